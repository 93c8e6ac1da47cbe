"""Unit tests of the model's invariants and derived views."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

import attrs
import pytest

from articlekit import (
    BlockKind,
    Comment,
    Document,
    Headline,
    MediaType,
    ModelError,
    OffsetMap,
    Paragraph,
    Period,
    Quantity,
    Source,
    Span,
    from_text,
)
from articlekit.model import Block, Element, Granularity

TEXT = "Sony sells 8.8 million phones\n\nFirst comment\n\nA reply"


def source() -> Source:
    return from_text(TEXT)


class TestSpan:
    def test_slice_and_len(self) -> None:
        """A span slices half-open offsets and measures its length."""
        span = Span(5, 10)
        assert span.slice(TEXT) == "sells"
        assert len(span) == 5

    @pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (True, 2), (1.0, 2)])
    def test_rejects_bad_offsets(self, start: object, end: object) -> None:
        """Negative, reversed, boolean or float offsets raise ModelError."""
        with pytest.raises(ModelError):
            Span(start, end)  # type: ignore[arg-type]

    def test_message_names_field_expectation_and_value(self) -> None:
        """The error names the field, what was expected and what was got."""
        with pytest.raises(ModelError) as info:
            Span(4, 2)
        assert info.value.field == "Span.end"
        assert "start (4)" in info.value.expected
        assert info.value.got == 2
        assert str(info.value) == "Span.end: expected an int >= start (4), got 2"

    def test_contains_and_overlaps(self) -> None:
        """Containment includes edges; overlap needs a shared code point."""
        assert Span(0, 10).contains(Span(0, 10))
        assert Span(0, 10).contains(Span(10, 10))
        assert not Span(0, 10).overlaps(Span(10, 12))
        assert Span(0, 10).overlaps(Span(9, 12))

    def test_frozen(self) -> None:
        """Spans cannot be mutated."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(1, 2).start = 0  # type: ignore[misc]


class TestSource:
    def test_rejects_unnormalised_text(self) -> None:
        """Source text must already be normalised."""
        with pytest.raises(ModelError, match=r"Source\.text"):
            Source(text="a  b", media_type=MediaType.TEXT)

    def test_rejects_block_outside_text(self) -> None:
        """A block past the end of the text is rejected."""
        with pytest.raises(ModelError, match=r"blocks\[0\]"):
            Source(
                text="abc",
                media_type=MediaType.TEXT,
                blocks=(Block(Span(0, 9), BlockKind.PARAGRAPH),),
            )

    def test_rejects_overlapping_blocks(self) -> None:
        """Blocks are ordered and disjoint."""
        blocks = (Block(Span(0, 2), BlockKind.PARAGRAPH), Block(Span(1, 3), BlockKind.PARAGRAPH))
        with pytest.raises(ModelError, match=r"blocks\[1\]"):
            Source(text="abc", media_type=MediaType.TEXT, blocks=blocks)

    def test_rejects_naive_reference_time(self) -> None:
        """The reference time must carry a timezone."""
        with pytest.raises(ModelError, match="reference_time"):
            Source(text="a", media_type=MediaType.TEXT, reference_time=datetime(2012, 1, 1))  # noqa: DTZ001

    def test_rejects_offsets_of_other_length(self) -> None:
        """The offset map must cover exactly the text."""
        with pytest.raises(ModelError, match="offsets"):
            Source(text="abc", media_type=MediaType.TEXT, offsets=OffsetMap(2, ((0, 0, 2),)))


class TestItems:
    def test_quantity_needs_value_or_range(self) -> None:
        """A quantity has a value or a low/high range, never both or neither."""
        with pytest.raises(ModelError):
            Quantity(span=Span(0, 1), text="x")
        with pytest.raises(ModelError):
            Quantity(span=Span(0, 1), text="x", value=Decimal(1), low=Decimal(0), high=Decimal(2))
        with pytest.raises(ModelError):
            Quantity(span=Span(0, 1), text="x", low=Decimal(1))

    def test_quantity_range_ordered(self) -> None:
        """``low <= high``."""
        with pytest.raises(ModelError, match=r"Quantity\.high"):
            Quantity(span=Span(0, 1), text="x", low=Decimal(5), high=Decimal(4))

    def test_quantity_value_finite(self) -> None:
        """NaN and infinities are not values."""
        with pytest.raises(ModelError):
            Quantity(span=Span(0, 1), text="x", value=Decimal("NaN"))

    def test_period_dates_ordered(self) -> None:
        """A period's end is not before its start."""
        with pytest.raises(ModelError, match=r"Period\.end"):
            Period(
                label="x", granularity=Granularity.DAY, start=date(2012, 2, 1), end=date(2012, 1, 1)
            )

    def test_comment_body_inside_comment(self) -> None:
        """A comment's body lies inside the comment."""
        with pytest.raises(ModelError, match=r"Comment\.body"):
            Comment(span=Span(5, 10), body=Span(0, 3))

    def test_comment_posted_must_be_aware(self) -> None:
        """Posted times carry a timezone."""
        with pytest.raises(ModelError, match="posted"):
            Comment(span=Span(0, 3), body=Span(0, 3), posted=datetime(2012, 1, 1))  # noqa: DTZ001


class TestDocument:
    def test_text_must_equal_slice(self) -> None:
        """An item's stored text must be its source slice."""
        with pytest.raises(ModelError) as info:
            Document(source=source(), headline=Headline(span=Span(0, 4), text="Sonx"))
        assert info.value.field == "headline.text"

    def test_span_inside_source(self) -> None:
        """Spans past the end of the source are rejected with the item's path."""
        with pytest.raises(ModelError, match=r"paragraphs\[0\]\.span"):
            Document(source=source(), paragraphs=(Paragraph(span=Span(0, 999), text=TEXT),))

    def test_parent_index_points_back(self) -> None:
        """A comment's parent has a smaller index."""
        comments = (
            Comment(span=Span(31, 44), body=Span(31, 44), parent=1),
            Comment(span=Span(46, 53), body=Span(46, 53)),
        )
        with pytest.raises(ModelError, match=r"comments\[0\]\.parent"):
            Document(source=source(), comments=comments)

    def test_comment_tree_and_facts(self) -> None:
        """The nested comment view and facts-in-span are derived, not stored."""
        src = source()
        fact = Quantity(span=Span(11, 22), text="8.8 million", value=Decimal("8.8E6"))
        comments = (
            Comment(span=Span(31, 44), body=Span(31, 44)),
            Comment(span=Span(46, 53), body=Span(46, 53), parent=0, parent_confidence=0.7),
        )
        doc = Document(
            source=src,
            paragraphs=(Paragraph(span=Span(0, 29), text=src.text[:29]),),
            quantities=(fact,),
            comments=comments,
        )
        tree = doc.comment_tree()
        assert [node.index for node in tree] == [0]
        assert [(depth, node.index) for depth, node in tree[0].walk()] == [(0, 0), (1, 1)]
        assert doc.facts_in(doc.paragraphs[0].span) == (fact,)
        assert doc.facts_in(Span(30, 53)) == ()
        assert doc.text_of(Span(0, 4)) == "Sony"
        assert doc.text == "Sony sells 8.8 million phones"
        with pytest.raises(ModelError):
            doc.text_of(Span(0, 999))

    def test_frozen_and_hashable(self) -> None:
        """Documents are immutable values; evolve makes changed copies."""
        doc = Document(source=source())
        assert hash(doc) == hash(Document(source=source()))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            doc.paragraphs = ()  # type: ignore[misc]
        changed = attrs.evolve(doc, headline=Headline(span=Span(0, 4), text="Sony"))
        assert changed.headline is not None
        assert doc.headline is None

    def test_lists_are_rejected(self) -> None:
        """Collections are tuples, so values stay hashable."""
        with pytest.raises(ModelError, match="tuple"):
            Document(source=source(), paragraphs=[])  # type: ignore[arg-type]

    def test_posted_round_trips_with_timezone(self) -> None:
        """Aware datetimes keep their offset through JSON."""
        comment = Comment(
            span=Span(0, 4), body=Span(0, 4), posted=datetime(2012, 11, 1, 9, tzinfo=UTC)
        )
        doc = Document(source=source(), comments=(comment,))
        assert Document.from_json(doc.to_json()) == doc


class TestOffsetMap:
    def test_rejects_unsorted_runs(self) -> None:
        """Runs must start at 0 and increase."""
        with pytest.raises(ModelError):
            OffsetMap(4, ((0, 0, 2), (0, 2, 4)))
        with pytest.raises(ModelError):
            OffsetMap(4, ((1, 0, 2),))

    @pytest.mark.parametrize(
        "runs",
        [
            ((0, 0, 2), (3, 5, 4)),  # raw_end < raw_start
            ((0, 0, 2), (4, 2, 4)),  # a start at the length
            ((0, -1, 2),),  # negative
            ((0, True, 2),),  # a bool is not an int
            ((0, 0.0, 2),),  # nor a float
            ((0, 0),),  # not a triple
            ([0, 0, 2],),  # not a tuple
        ],
    )
    def test_rejects_malformed_runs(self, runs: tuple[Any, ...]) -> None:
        """The quick check and the locating loop agree: every malformed run is refused."""
        with pytest.raises(ModelError):
            OffsetMap(4, runs)

    def test_accepts_tuple_subclasses(self) -> None:
        """A named tuple run is a triple of ints like any other."""

        class Run(NamedTuple):
            start: int
            raw_start: int
            raw_end: int

        assert OffsetMap(4, (Run(0, 0, 4),)).to_raw(Span(1, 2)) == Span(1, 2)
        assert OffsetMap(0, ()).runs == ()
        with pytest.raises(ModelError):
            OffsetMap(3, ())

    def test_tuple_fields_refuse_wrong_items(self) -> None:
        """A tuple field checks each item's type, bools included."""
        with pytest.raises(ModelError, match=r"blocks\[1\]"):
            Source(
                text="ab",
                media_type=MediaType.TEXT,
                blocks=(Block(Span(0, 1), BlockKind.PARAGRAPH), "b"),  # type: ignore[arg-type]
            )

    def test_maps_linear_and_atomic_runs(self) -> None:
        """Equal-length runs map per character, others as a whole."""
        src = from_text("ab   cd")
        assert src.text == "ab cd"
        assert src.offsets is not None
        assert src.offsets.to_raw(Span(3, 5)) == Span(5, 7)
        assert src.offsets.to_raw(Span(2, 3)) == Span(2, 5)
        assert src.offsets.to_raw(Span(0, 5)) == Span(0, 7)


def test_unchecked_constructors_build_what_the_checked_ones_do() -> None:
    """The renderer's unchecked constructors give equal, equally hashed, still frozen objects."""
    from articlekit import _render  # noqa: PLC0415

    span = _render._unchecked_span(2, 9)
    assert (span, hash(span)) == (Span(2, 9), hash(Span(2, 9)))
    block = _render._unchecked_block(span, BlockKind.HEADING, 2, "h2", "div.story", 3, 0)
    assert block == Block(Span(2, 9), BlockKind.HEADING, 2, "h2", "div.story", 3, 0)
    element = _render._unchecked_element("div", span, None, "div.story")
    assert element == Element("div", Span(2, 9), None, "div.story")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.level = 3  # type: ignore[misc]
    offsets = _render._unchecked_offset_map(9, ((0, 0, 9),))
    assert offsets == OffsetMap(9, ((0, 0, 9),))
    text = "x" * 9
    source = _render._unchecked_source(
        text, MediaType.HTML, None, None, None, (block,), None, (element,)
    )
    assert source == Source(
        text=text, media_type=MediaType.HTML, blocks=(block,), elements=(element,)
    )
