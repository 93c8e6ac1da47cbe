"""Comment sections in each platform's own default markup: every field and the tree exact.

Each ``fixtures/comments/<platform>.html`` is a small page written from the platform's default
templates (see ``fixtures/NOTES.md``); ``<platform>.json`` holds what a reader sees: every comment's
author, posted time, body and parent (an index into the list), in page order.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

import articlekit
from _support import FIXTURES

CASES = sorted((FIXTURES / "comments").glob("*.json"))


def _read(case: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    expected = json.loads(case.read_text("utf-8"))
    ref = expected.get("reference_time")
    doc = articlekit.extract(
        case.with_suffix(".html").read_bytes(),
        reference_time=datetime.fromisoformat(ref) if ref else None,
    )
    got: list[dict[str, object]] = [
        {
            "author": c.author,
            "posted": c.posted.isoformat() if c.posted else None,
            "body": re.sub(r"\s*\n\s*", "\n", doc.text_of(c.body)),
            "parent": c.parent,
        }
        for c in doc.comments
    ]
    want = [{**c, "body": re.sub(r"\s*\n\s*", "\n", str(c["body"]))} for c in expected["comments"]]
    return got, want


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_platform_comments_exact(case: Path) -> None:
    """Comments, authors, dates, bodies and the tree are exactly what the page shows."""
    got, want = _read(case)
    assert got == want
