"""The command line, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from _support import FIXTURES

SEED = FIXTURES / "sony-q2-2012-phonearena" / "input.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "articlekit", *args], input=stdin, capture_output=True, check=False
    )


def test_extract_file_prints_document() -> None:
    """`articlekit extract PATH` prints a JSON document that round-trips."""
    from articlekit import Document  # noqa: PLC0415 - import after the subprocess is defined

    result = run("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    doc = Document.from_json(lines[0])
    assert doc.source.text.startswith("Sony sells 8.8 million smartphones")


def test_extract_stdin_html() -> None:
    """Standard input is read by default; --html forces the media type."""
    result = run("extract", "--html", stdin=b"<p>Hello <b>there</b></p>")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["media_type"] == "text/html"
    assert data["source"]["text"] == "Hello there"


def test_failure_is_a_record_and_exit_code() -> None:
    """A missing file yields an error record, the others still print, and the exit code is 1."""
    result = run("extract", "/nonexistent/page.html", str(SEED))
    assert result.returncode == 1
    first, second = result.stdout.decode().splitlines()
    assert json.loads(first)["error"]["input_id"] == "/nonexistent/page.html"
    assert json.loads(first)["error"]["error_type"] == "FileNotFoundError"
    assert "source" in json.loads(second)
    assert b"Traceback" not in result.stderr
