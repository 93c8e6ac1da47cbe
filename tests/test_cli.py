"""The command line, run as a real subprocess: files, folders, WARC, stdin, workers, records."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _support import FIXTURES

SEED = FIXTURES / "sony-q2-2012-phonearena" / "input.txt"
HTML = FIXTURES / "html-latin1-next2games" / "input.html"


def run(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "articlekit", *args],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=600,
    )


def records(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.decode().splitlines() if line.strip()]


def test_extract_file_prints_a_record_that_round_trips() -> None:
    from articlekit import Document  # noqa: PLC0415

    result = run("extract", "--full", str(SEED))
    assert result.returncode == 0, result.stderr
    (record,) = records(result)
    assert record["input_id"] == str(SEED)
    doc = Document.from_dict(record["document"])
    assert doc.source.text.startswith("Sony sells 8.8 million smartphones")
    assert len(doc.comments) == 28


def test_extract_stdin_html() -> None:
    result = run("extract", "--full", "--html", stdin=b"<p>Hello <b>there</b></p>")
    assert result.returncode == 0, result.stderr
    (record,) = records(result)
    assert record["input_id"] == "-"
    assert record["document"]["source"]["media_type"] == "text/html"  # type: ignore[index]


def test_extract_without_offsets() -> None:
    """--no-offsets leaves the raw map out of the record; the document is otherwise the same."""
    mapped = records(run("extract", "--full", str(HTML)))[0]["document"]
    unmapped = records(run("extract", "--full", "--no-offsets", str(HTML)))[0]["document"]
    assert isinstance(mapped, dict)
    assert isinstance(unmapped, dict)
    assert mapped["source"]["offsets"] is not None
    assert unmapped["source"]["offsets"] is None
    mapped["source"]["offsets"] = None
    assert unmapped == mapped


def test_failure_is_a_record_and_exit_code() -> None:
    result = run("extract", "--format", "jsonl", "/nonexistent/page.html", str(SEED))
    assert result.returncode == 1
    first, second = records(result)
    assert first["input_id"] == "/nonexistent/page.html"
    assert first["error"]["error_type"] == "FileNotFoundError"  # type: ignore[index]
    assert "document" in second
    assert b"Traceback" not in result.stderr


def test_folder_glob_and_output_dir(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_bytes(SEED.read_bytes())
    (pages / "sub" / "b.html").write_bytes(HTML.read_bytes())
    (pages / "notes.md").write_text("not a page")
    out = tmp_path / "out"
    result = run("extract", str(pages), "--glob", "**/*.*t*", "-o", str(out), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    written = sorted(json.loads(p.read_text())["input_id"] for p in out.glob("*.json"))
    assert written == [str(pages / "a.txt"), str(pages / "sub" / "b.html")]


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


# warcio's writer leaves its spooled buffers to the garbage collector
@pytest.mark.filterwarnings(
    "ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning"
)
def test_warc_jobs_errors_and_resume(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    page = (
        b"<html><body><h1>Title</h1><p>" + b"Some article text here. " * 30 + b"</p></body></html>"
    )
    _warc(warc, [(f"https://example.com/{i}", page) for i in range(6)])
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(gzip.compress(b"this is not a warc"))
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    result = run(
        "extract",
        str(warc),
        str(broken),
        "-j",
        "2",
        "--output",
        str(out),
        "--errors",
        str(errors),
        "--without",
        "claims,quantities",
    )
    assert result.returncode == 1, result.stderr
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(docs) == 6
    assert {d["document"]["url"] for d in docs} == {f"https://example.com/{i}" for i in range(6)}
    assert all(d["document"]["claims"] == [] for d in docs)
    (error,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert error["input_id"] == str(broken)
    # --resume skips what is done: only the broken archive is tried again
    again = run(
        "-v",
        "-v",
        "extract",
        str(warc),
        str(broken),
        "--output",
        str(out),
        "--resume",
        "--errors",
        str(errors),
    )
    assert again.returncode == 1
    assert len(out.read_text().splitlines()) == 6
    assert b"skip" in again.stderr


def test_fail_fast_and_json_format() -> None:
    result = run("extract", "/nope/1", "/nope/2", "--fail-fast", "--format", "jsonl")
    assert result.returncode == 1
    assert len(records(result)) == 1
    result = run("extract", str(SEED), str(SEED), "--format", "json", "--steps", "body,headline")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["input_id"] for r in data] == [str(SEED), str(SEED)]
    assert data[0]["document"]["comments"] == []


def test_unknown_step_is_a_usage_error() -> None:
    result = run("extract", str(SEED), "--steps", "nonsense")
    assert result.returncode == 2
    assert b"no step named 'nonsense'" in result.stderr


def test_show_draws_facts_claims_and_the_comment_tree() -> None:
    result = run("show", str(SEED), "--reference-time", "2012-11-03")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for expected in (
        "Sony sells 8.8 million smartphones",
        "$198 million",
        "2012-Q2",
        "forecast",
        "Comments (28)",
        "XPERIA-KNIGHT",
    ):
        assert expected in out


@pytest.mark.parametrize("path", [SEED, HTML])
def test_annotate_writes_a_self_contained_page(tmp_path: Path, path: Path) -> None:
    page = tmp_path / "page.html"
    result = run("annotate", str(path), "-o", str(page))
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script src" not in html
    assert "<link" not in html
    assert 'class="ak-paragraph"' in html


def _pipeline_module(folder: Path, body: str) -> dict[str, str]:
    """A module ``exiting`` in ``folder`` defining ``pipeline``; the environment to import it."""
    (folder / "exiting.py").write_text(
        "import atexit, pathlib, threading, time\n"
        "from articlekit import Pipeline\n"
        "HERE = pathlib.Path(__file__).parent\n"
        "pipeline = Pipeline.default().only('headline')\n" + body,
        encoding="utf-8",
    )
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), *sys.path])}


def test_the_command_ends_as_the_interpreter_would_without_its_teardown(tmp_path: Path) -> None:
    """Exit handlers run and files are complete; objects are not freed one by one at exit."""
    env = _pipeline_module(
        tmp_path,
        "atexit.register((HERE / 'handler.ran').write_text, 'yes')\n"
        "class Freed:\n"
        "    def __del__(self):\n"
        "        (HERE / 'teardown.ran').write_text('yes')\n"
        "KEPT = Freed()\n",
    )
    out = tmp_path / "out.jsonl"
    pipeline = ("--pipeline", "exiting:pipeline")
    result = run("extract", *pipeline, str(SEED), "--output", str(out), env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "handler.ran").read_text() == "yes"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert not (tmp_path / "teardown.ran").exists()  # the module's objects were never freed
    failed = run("extract", *pipeline, str(tmp_path / "missing"), env=env)
    assert failed.returncode == 1
    assert run("extract", "--no-such-option", env=env).returncode == 2


def test_a_thread_still_running_gets_the_usual_exit(tmp_path: Path) -> None:
    """The usual exit waits for non-daemon threads: so does the command."""
    env = _pipeline_module(
        tmp_path,
        "def later():\n"
        "    time.sleep(0.5)\n"
        "    (HERE / 'thread.ran').write_text('yes')\n"
        "threading.Thread(target=later).start()\n",
    )
    result = run("extract", "--pipeline", "exiting:pipeline", str(SEED), env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "thread.ran").read_text() == "yes"
