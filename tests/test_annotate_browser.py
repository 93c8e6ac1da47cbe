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
