"""The command line under damage: torn output files, killed workers (issue 20)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "articlekit", *args],
        capture_output=True,
        check=False,
        env=env,
        timeout=600,
    )


def _pages(folder: Path, cues: list[str]) -> list[Path]:
    folder.mkdir()
    paths = []
    for i, cue in enumerate(cues):
        path = folder / f"p{i}.txt"
        path.write_text(f"Page {i}. A short article about something. {cue}")
        paths.append(path)
    return paths


def test_resume_after_a_torn_last_line_leaves_valid_json_lines(tmp_path: Path) -> None:
    """The torn tail is cut off and redone: every line parses, every input appears once."""
    paths = _pages(tmp_path / "in", ["", "", ""])
    output = tmp_path / "out.jsonl"
    first = run("extract", str(paths[0]), "--output", str(output), "--steps", "headline")
    assert first.returncode == 0, first.stderr
    torn = json.dumps({"input_id": str(paths[1]), "document": {"source": {}}})[:37]
    with output.open("a", encoding="utf-8") as handle:
        handle.write(torn)  # a crash mid-write: no newline, cut JSON
    again = run(
        "extract", str(tmp_path / "in"), "--output", str(output), "--resume", "--steps", "headline"
    )
    assert again.returncode == 0, again.stderr
    lines = output.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["input_id"] for line in lines]  # every line is JSON
    assert sorted(ids) == sorted(str(p) for p in paths)


def test_a_killed_worker_gives_an_error_record_and_exit_1(tmp_path: Path) -> None:
    """``-j 2`` with a worker killed mid-input: every input has exactly one record."""
    paths = _pages(tmp_path / "in", ["", "KILL", "", "", ""])
    result = run(
        "extract",
        str(tmp_path / "in"),
        "-j",
        "2",
        "--pipeline",
        "_hostile:pipeline",
        "--format",
        "jsonl",
    )
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["input_id"] for r in records] == [str(p) for p in paths]
    assert [r["error"]["error_type"] for r in records if "error" in r] == ["WorkerDied"]
