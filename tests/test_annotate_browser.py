"""The annotated page, opened in a real headless browser (Debian's chromium, installed by .ci/run).

The page checks every highlight against the source text it embeds and records the result in the
DOM; the test reads the DOM chromium rendered, and keeps a screenshot as an artifact
(``test-artifacts/annotate-*.png``, or ``$ARTICLEKIT_ARTIFACTS``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _support import FIXTURES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)"
)

PAGES = {
    "seed-text": FIXTURES / "sony-q2-2012-phonearena" / "input.txt",
    "wordpress-html": FIXTURES / "html-wordpress-comments-pft" / "input.html",
}


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None, "chromium is required here (ARTICLEKIT_REQUIRE_BROWSER=1)"
    return subprocess.run(  # noqa: S603 - the system browser, fixed arguments
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--virtual-time-budget=5000",
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )


@pytest.mark.parametrize("name", sorted(PAGES))
def test_highlights_are_where_the_spans_say(tmp_path: Path, name: str) -> None:
    page = tmp_path / f"{name}.html"
    made = subprocess.run(  # noqa: S603 - our own CLI
        [
            sys.executable,
            "-m",
            "articlekit",
            "annotate",
            str(PAGES[name]),
            "-o",
            str(page),
            "--reference-time",
            "2012-11-03",
        ],
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    dom = _chromium("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r'<body[^>]*data-marks="(\d+)"[^>]*data-bad="(\d+)"', dom.stdout)
    assert body is not None, "the page script did not run"
    marks, bad = int(body.group(1)), int(body.group(2))
    assert marks > 10
    assert bad == 0
    assert 'data-ok="0"' not in dom.stdout
    kinds = set(re.findall(r'data-kind="(\w+)"', dom.stdout))
    assert {"headline", "paragraph", "claim", "fact", "comment"} <= kinds
    artifacts = Path(os.environ.get("ARTICLEKIT_ARTIFACTS", ROOT / "test-artifacts"))
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / f"annotate-{name}.png"
    taken = _chromium("--window-size=1400,900", f"--screenshot={shot}", page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert shot.stat().st_size > 10_000


def _annotated(tmp_path: Path, text: str) -> Path:
    from articlekit import extract  # noqa: PLC0415
    from articlekit.annotate import annotate  # noqa: PLC0415

    page = tmp_path / "hostile.html"
    page.write_text(annotate(extract(text, media_type="text/plain")), encoding="utf-8")
    return page


HOSTILE = (
    "Markup in the text <!--<script> must stay text.\n\n"
    "So must </script><script>document.body.dataset.evil = 1</script> and <script>.\n\n"
    "Sales rose 12% to $20.5 billion in the second quarter, the company said."
)


def test_page_text_cannot_stop_the_viewer_script(tmp_path: Path) -> None:
    """Text holding ``<!--<script>`` or ``</script>`` is data: the viewer's own script runs."""
    dom = _chromium("--dump-dom", _annotated(tmp_path, HOSTILE).as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r'<body[^>]*data-marks="(\d+)"[^>]*data-bad="(\d+)"', dom.stdout)
    assert body is not None, "the page script did not run"
    assert int(body.group(1)) > 0
    assert int(body.group(2)) == 0
    assert "data-evil" not in dom.stdout


def test_the_content_security_policy_blocks_any_other_script(tmp_path: Path) -> None:
    """A script added to the page does not run; the page's own (hashed) script still does."""
    page = _annotated(tmp_path, HOSTILE)
    html = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html
    injected = "<script>document.body.dataset.injected = 'ran'</script>"
    page.write_text(html.replace("<main>", injected + "<main>", 1), encoding="utf-8")
    dom = _chromium("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "data-marks=" in dom.stdout  # the viewer's own script ran
    assert "data-injected" not in dom.stdout
