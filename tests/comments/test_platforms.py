"""Comment sections in each platform's own default markup: every field and the tree exact.

Each ``fixtures/comments/<platform>.html`` is a small page written from the platform's default
templates (see ``fixtures/NOTES.md``); ``<platform>.json`` holds what a reader sees: every comment's
author, posted time, body and parent (an index into the list), in page order. The ``site-*``
pages are the smallest excerpts of development pages that went wrong once; where they say
``body_contains``, that article text must stay in the body.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlekit
from _support import FIXTURES
from articlekit.comments import _markup
from articlekit.comments._dates import DateReader

CASES = sorted((FIXTURES / "comments").glob("*.json"))


def _extract(case: Path) -> articlekit.Document:
    expected = json.loads(case.read_text("utf-8"))
    ref = expected.get("reference_time")
    return articlekit.extract(
        case.with_suffix(".html").read_bytes(),
        reference_time=datetime.fromisoformat(ref) if ref else None,
    )


def _read(case: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    expected = json.loads(case.read_text("utf-8"))
    doc = _extract(case)
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


BODY_CASES = [c for c in CASES if "body_contains" in json.loads(c.read_text("utf-8"))]


@pytest.mark.parametrize("case", BODY_CASES, ids=[c.stem for c in BODY_CASES])
def test_comment_markup_never_takes_the_article(case: Path) -> None:
    """Counters, forms and prompts named "comment" start no comment section before the text."""
    doc = _extract(case)
    want = json.loads(case.read_text("utf-8"))["body_contains"]
    assert any(want in doc.text_of(p.span) for p in doc.paragraphs)


def test_an_author_found_without_dates_signs_the_container_as_the_full_reading_does() -> None:
    """``comment_containers`` asks first for an author read without dates.

    When that reading finds one, the full reading finds an author or a date too (it takes the
    same path when it finds no date), so the container is signed either way: checked on every
    container of every fixture page with comment markup, with both outcomes seen.
    """
    pages = sorted((FIXTURES / "comments").glob("*.html")) + sorted(FIXTURES.glob("*/input.html"))
    outcomes: set[bool] = set()
    for path in pages:
        source = articlekit.load(path.read_bytes())
        nesting = _markup.nesting_of(source)
        if nesting is None:
            continue
        dates = DateReader.for_page(source, source.reference_time)
        for c in nesting.with_body():
            blocks = nesting.blocks_by[c]
            quick, _, _ = _markup._read(source, blocks, nesting.role, dates, read_dates=False)
            full, _, _ = _markup._read(source, blocks, nesting.role, dates)
            outcomes.add(quick.author is not None)
            if quick.author is not None:
                assert full.author is not None or full.posted is not None, (path.name, c)
            if full.posted is None:  # no date found: the same path, the same author
                assert quick.author == full.author, (path.name, c)
    assert outcomes == {True, False}


def _roles_by_walk(source: articlekit.Source, kinds: dict[int, str]) -> dict[int, list[int]]:
    """Each container's blocks by definition: every block walks up to its container, if any."""
    els = source.elements
    out: dict[int, list[int]] = {c: [] for c in kinds}
    for b, block in enumerate(source.blocks):
        j = block.element
        while j is not None and j not in kinds:
            j = els[j].parent
        if j is not None:
            out[j].append(b)
    return out


def test_container_blocks_are_those_a_walk_from_every_block_finds() -> None:
    """Blocks outside every container are passed over without a walk, and none is lost."""
    pages = sorted((FIXTURES / "comments").glob("*.html")) + sorted(FIXTURES.glob("*/input.html"))
    seen = 0
    for path in pages:
        source = articlekit.load(path.read_bytes())
        nesting = _markup.nesting_of(source)
        if nesting is None:
            continue
        seen += 1
        assert nesting.blocks_by == _roles_by_walk(source, nesting.kinds), path.name
    assert seen > 10


_DESCRIPTOR_PIECES = st.sampled_from(
    [
        "comment", "Comment", "COMMENTS", "comment-12", "li-comment-5", "dsq-comment", "comtr",
        "kommentar", "Kommentar-item", "reactie", "komentarz", "comentario", "commento",
        "thing_t1_abc", "answer-12", "elComment_7", "post", "Post", "postbit", "cpost",
        "message", "message--post", "p12", "post-12", "entry", "wrapper", "row", "x",
    ]
)  # fmt: skip


@given(
    st.sampled_from(["div", "li", "article", "section", "tr"]),
    st.lists(_DESCRIPTOR_PIECES, min_size=1, max_size=3),
    st.one_of(st.none(), _DESCRIPTOR_PIECES),
)
def test_the_container_word_guard_keeps_every_verdict(
    tag: str, classes: list[str], ident: str | None
) -> None:
    """A descriptor turned away by the word guard is one the patterns turn away too.

    Without the guard (the empty word is in every descriptor), the patterns give each verdict.
    """
    hint = tag + "".join(f".{c}" for c in classes) + (f"#{ident}" if ident else "")
    verdict = _markup._container_kind.__wrapped__
    guarded = verdict(hint, tag)
    with mock.patch.object(_markup, "_CONTAINER_WORDS", ("",)):
        assert verdict(hint, tag) == guarded
