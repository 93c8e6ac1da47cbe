"""Invariants of the model, checked on arbitrary valid documents.

What the constructors enforce (spans inside the source, stored texts equal to their slices,
frozen values) is tested once, as the constructors' behaviour (``tests/test_model.py`` and the
rejection properties below), not re-asserted on documents that were built through them.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Document, ModelError, Span
from articlekit.model import _ITEM_FIELDS, _spans_fit, _spans_of
from articlekit.testing import documents, sources, spans


@given(documents())
def test_json_round_trip(doc: Document) -> None:
    """from_json(to_json(d)) == d for any valid document."""
    assert Document.from_json(doc.to_json()) == doc


@given(documents())
def test_comment_tree_is_a_forest(doc: Document) -> None:
    """The comment tree holds every comment once and parents precede children."""
    seen = []
    for root in doc.comment_tree():
        for _, node in root.walk():
            seen.append(node.index)
            for child in node.children:
                assert child.index > node.index
    assert sorted(seen) == list(range(len(doc.comments)))


@given(documents(), st.data())
def test_quick_span_check_agrees_with_the_reporting_one(doc: Document, data: st.DataObject) -> None:
    """The path-free check accepts exactly what the reporting walk finds no fault in."""
    length = data.draw(st.integers(0, len(doc.source.text)))  # a shorter text makes spans stick out
    text = doc.source.text[:length] + "\x00" * (
        len(doc.source.text) - length
    )  # and stored texts differ
    for field in _ITEM_FIELDS:
        value = getattr(doc, field)
        faultless = all(
            span.end <= length and (stored is None or span.slice(text) == stored)
            for _, span, stored in _spans_of(value, field)
        )
        assert _spans_fit(value, text, length) == faultless, field


@given(sources(), st.data())
def test_out_of_range_spans_rejected(src: object, data: st.DataObject) -> None:
    """A paragraph span past the end of the source raises ModelError, never anything else."""
    from articlekit import Paragraph, Source  # noqa: PLC0415

    assert isinstance(src, Source)
    extra = data.draw(st.integers(1, 50))
    span = Span(0, len(src.text) + extra)
    with pytest.raises(ModelError):
        Document(source=src, paragraphs=(Paragraph(span=span, text=src.text),))


@given(sources(), st.data())
def test_text_of_matches_slice(src: object, data: st.DataObject) -> None:
    """Document.text_of returns exactly the slice."""
    from articlekit import Source  # noqa: PLC0415

    assert isinstance(src, Source)
    span = data.draw(spans(src))
    assert Document(source=src).text_of(span) == src.text[span.start : span.end]


@given(st.integers(-5, 5), st.integers(-5, 5))
def test_span_validation(start: int, end: int) -> None:
    """Spans exist exactly when 0 <= start <= end."""
    if 0 <= start <= end:
        assert len(Span(start, end)) == end - start
    else:
        with pytest.raises(ModelError):
            Span(start, end)
