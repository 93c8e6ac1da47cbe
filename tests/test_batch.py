"""Batch extraction in worker processes: every input gives a record, in order."""

from __future__ import annotations

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


def test_workers_replaced_mid_job_lose_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a fresh worker after every chunk, all records still come back, in input order."""
    monkeypatch.setattr(batch, "_TASKS_PER_WORKER", 1)
    inputs = _inputs(12)
    records = list(extract_records(inputs, jobs=2, window=2, without=["claims", "quantities"]))
    assert [r.input_id for r in records] == [i.input_id for i in inputs]
    assert all(r.ok for r in records)
    assert [r.data["document"]["headline"]["text"] for r in records] == [
        f"Title {i}" for i in range(12)
    ]
    sequential = list(extract_records(inputs, without=["claims", "quantities"]))
    assert [r.data for r in records] == [r.data for r in sequential]
