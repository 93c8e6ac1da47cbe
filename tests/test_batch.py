"""Batch extraction in worker processes: every input gives a record, in order."""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest

from articlekit import batch
from articlekit.batch import Input, extract_records


def _inputs(count: int) -> list[Input]:
    body = b"Some article text about the quarter. " * 20
    return [
        Input(
            input_id=f"page-{i}",
            raw=b"<html><body><h1>Title %d</h1><p>" % i + body + b"</p></body></html>",
            url=f"https://example.com/{i}",
        )
        for i in range(count)
    ]


@pytest.mark.skipif(sys.platform == "darwin", reason="workers are forked only off macOS")
def test_workers_replaced_mid_job_lose_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a fresh worker after every chunk, all records still come back, in input order."""
    monkeypatch.setattr(batch, "_TASKS_PER_WORKER", 1)
    record = batch._record  # the forked workers inherit the patched module

    def with_pid(*args: Any) -> batch.Record:
        done = record(*args)
        return batch.Record(done.input_id, {**done.data, "pid": os.getpid()})

    monkeypatch.setattr(batch, "_record", with_pid)
    inputs = _inputs(12)
    records = list(extract_records(inputs, jobs=2, window=2, without=["claims", "quantities"]))
    pids = [r.data.pop("pid") for r in records]
    assert len(set(pids)) > 2  # more workers than the pool of 2 holds at once
    assert [r.input_id for r in records] == [i.input_id for i in inputs]
    assert all(r.ok for r in records)
    assert [r.data["document"]["headline"]["text"] for r in records] == [
        f"Title {i}" for i in range(12)
    ]
    monkeypatch.setattr(batch, "_record", record)
    sequential = list(extract_records(inputs, without=["claims", "quantities"]))
    assert [r.data for r in records] == [r.data for r in sequential]
