"""Batch work survives workers that die, hang or run out of memory: one record per input, once.

Issue 20, case 1: a killed worker used to hang the batch for good, and killing the main process
left the workers running as orphans.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _hostile import pipeline
from articlekit.batch import Input, Record, extract_records
from articlekit.pipeline import Failure

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the memory budget and kill tests are Linux's"
)

TESTS = Path(__file__).resolve().parent.parent


def _inputs(cues: list[str]) -> list[Input | Failure]:
    return [Input(f"in-{i}", f"Page {i} {cue}".encode()) for i, cue in enumerate(cues)]


def _errors(records: list[Record]) -> dict[str, str]:
    return {r.input_id: r.data["error"]["error_type"] for r in records if not r.ok}


def test_a_killed_worker_costs_its_input_only() -> None:
    """The input whose worker was killed gets a WorkerDied record; the rest are extracted."""
    cues = ["", "KILL", "", "", "KILL", "", "", ""]
    records = list(extract_records(_inputs(cues), pipeline=pipeline(), jobs=2, window=2))
    assert [r.input_id for r in records] == [f"in-{i}" for i in range(len(cues))]
    assert _errors(records) == {"in-1": "WorkerDied", "in-4": "WorkerDied"}
    assert "signal 9" in records[1].data["error"]["message"]


def test_a_hanging_input_times_out_and_the_batch_goes_on() -> None:
    """An input over the time budget gets a Timeout record; its worker is replaced."""
    cues = ["", "HANG", "", "", ""]
    start = time.monotonic()
    records = list(extract_records(_inputs(cues), pipeline=pipeline(), jobs=2, window=1, timeout=5))
    assert time.monotonic() - start < 60
    assert [r.input_id for r in records] == [f"in-{i}" for i in range(len(cues))]
    assert _errors(records) == {"in-1": "Timeout"}


def test_one_worker_with_a_budget_is_supervised_too() -> None:
    """jobs=1 with a timeout runs in a supervised worker, not in this process."""
    records = list(extract_records(_inputs(["HANG", ""]), pipeline=pipeline(), jobs=1, timeout=5))
    assert _errors(records) == {"in-0": "Timeout"}
    assert records[1].ok


def test_an_input_over_the_memory_budget_gets_a_memory_error_record() -> None:
    """An input that allocates past the budget fails alone; its record names the MemoryError."""
    cues = ["", "BLOAT", "", ""]
    records = list(
        extract_records(_inputs(cues), pipeline=pipeline(), jobs=2, window=1, memory=256)
    )
    assert [r.input_id for r in records] == [f"in-{i}" for i in range(len(cues))]
    assert _errors(records) == {"in-1": "ExtractorError"}  # the step that ran out is named
    assert "MemoryError" in records[1].data["error"]["message"]


def test_failures_and_errors_keep_their_place() -> None:
    """Unreadable inputs and raising steps give error records in input order, none twice."""
    items: list[Input | Failure] = [*_inputs(["", "RAISE"]), Failure("gone", "OSError", "no")]
    items += _inputs(["", "KILL", ""])[2:]
    records = list(extract_records(items, pipeline=pipeline(), jobs=2, window=1, timeout=30))
    assert [r.input_id for r in records] == ["in-0", "in-1", "gone", "in-2"]
    assert _errors(records) == {"in-1": "ExtractorError", "gone": "OSError"}


def test_an_early_stop_leaves_no_worker_behind() -> None:
    """Closing the record iterator mid-way (``--fail-fast``) stops every worker."""
    before = set(_children(os.getpid()))  # other tests' helpers (a Dask cluster) may live on
    records = extract_records(
        _inputs(["", "HANG", "", ""]), pipeline=pipeline(), jobs=2, window=1, timeout=30
    )
    assert next(records).ok
    children = [c for c in _children(os.getpid()) if c not in before]
    assert len(children) == 2
    records.close()
    assert _wait_gone(children)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pids: list[int], seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


def test_killing_the_main_process_leaves_no_orphan(tmp_path: Path) -> None:
    """``kill -9`` of ``articlekit extract -j 2`` takes its workers with it."""
    for i in range(4):
        (tmp_path / f"p{i}.txt").write_text(f"Page {i} HANG")
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    main = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [
            *(sys.executable, "-m", "articlekit", "extract", str(tmp_path), "-j", "2"),
            *("--pipeline", "_hostile:pipeline", "--timeout", "600"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(main.pid)
        assert len(workers) == 2
        main.send_signal(signal.SIGKILL)
        main.wait(10)
        assert _wait_gone(workers), "workers outlived the main process"
    finally:
        if main.poll() is None:
            main.kill()


def test_workers_killed_while_idle_are_replaced_and_lose_nothing_twice() -> None:
    """Every worker killed between inputs: idle ones' next input goes to a fresh worker."""
    cues = [""] * 12
    records = extract_records(_inputs(cues), pipeline=pipeline(), jobs=2, window=1, timeout=30)
    before = set(_children(os.getpid()))
    first = next(records)
    for child in set(_children(os.getpid())) - before:
        os.kill(child, signal.SIGKILL)
    rest = list(records)
    assert [r.input_id for r in [first, *rest]] == [f"in-{i}" for i in range(len(cues))]
    errors = _errors(rest)
    assert set(errors.values()) <= {"WorkerDied"}
    assert len(errors) <= 2  # at most the inputs the two workers held when killed
