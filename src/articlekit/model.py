"""The immutable, fully typed data model.

The :class:`Source` text is the single source of truth; every extracted item is a frozen value that
holds a :class:`Span` of half-open code-point offsets into it. Nothing is stored twice: the facts
inside a claim, the text of a span and the nested comment tree are derived by :class:`Document`.

Invariants are enforced when a value is built and violations raise
:class:`~articlekit.errors.ModelError` naming the field, what was expected and what was got.
"""

from __future__ import annotations

import itertools
import operator
import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final, Protocol, TypeVar

import attrs

from articlekit import _validators as v
from articlekit import serialize
from articlekit._text import is_normalized
from articlekit.errors import ModelError

__all__ = [
    "Attribution",
    "AuthorDetails",
    "Block",
    "BlockFeatures",
    "BlockKind",
    "Change",
    "Claim",
    "ClaimKind",
    "Comment",
    "CommentNode",
    "CommentSection",
    "DateValue",
    "Dimension",
    "Document",
    "Element",
    "Granularity",
    "Headline",
    "Hedge",
    "HedgeKind",
    "Layout",
    "MediaType",
    "MetaValue",
    "Metadata",
    "OffsetMap",
    "Paragraph",
    "ParentOption",
    "Period",
    "Problem",
    "Qualifier",
    "Quantity",
    "RawComment",
    "Sentence",
    "Source",
    "Span",
    "Unit",
]


# --------------------------------------------------------------------------------------------
# Closed vocabularies
# --------------------------------------------------------------------------------------------


class MediaType(StrEnum):
    """What the input was."""

    TEXT = "text/plain"
    HTML = "text/html"


class BlockKind(StrEnum):
    """The structural role of a rendered block of the source."""

    TITLE = "title"  #: the HTML ``<title>``
    META = "meta"  #: a metadata value from ``<meta>`` or JSON-LD; ``Block.hint`` names it
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    PREFORMATTED = "preformatted"
    TABLE_CELL = "table_cell"


class ClaimKind(StrEnum):
    """What sort of assertion a claim is."""

    STATISTIC = "statistic"
    FACTUAL = "factual"
    FORECAST = "forecast"
    QUOTE = "quote"
    OPINION = "opinion"
    QUESTION = "question"


class HedgeKind(StrEnum):
    """How a hedge weakens (or, for boosters, strengthens) a claim."""

    MODAL = "modal"
    EPISTEMIC = "epistemic"
    APPROXIMATOR = "approximator"
    WEASEL = "weasel"
    BOOSTER = "booster"


class Qualifier(StrEnum):
    """How a quantity's value is qualified by the text."""

    ABOUT = "about"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    UP_TO = "up_to"
    NEARLY = "nearly"


class Change(StrEnum):
    """The direction of change the text attaches to a quantity."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Dimension(StrEnum):
    """The physical or economic dimension of a unit."""

    CURRENCY = "currency"
    RATIO = "ratio"  #: percent, percentage points, per mille
    LENGTH = "length"
    AREA = "area"
    VOLUME = "volume"
    MASS = "mass"
    TIME = "time"
    TEMPERATURE = "temperature"
    SPEED = "speed"
    ENERGY = "energy"
    POWER = "power"
    DATA = "data"
    FREQUENCY = "frequency"
    OTHER = "other"


class Granularity(StrEnum):
    """How precise a date or period is."""

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    TIME = "time"


# --------------------------------------------------------------------------------------------
# Spans and the source
# --------------------------------------------------------------------------------------------


@attrs.frozen
class Span:
    """Half-open code-point offsets ``[start, end)`` into :attr:`Source.text`.

    >>> Span(4, 9).slice("the quick fox")
    'quick'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        """Check ``0 <= start <= end`` with ints (one check: spans are built by the million)."""
        start, end = self.start, self.end
        if type(start) is not int or start < 0:
            raise ModelError("Span.start", "an int >= 0", start)
        if type(end) is not int or end < start:
            raise ModelError("Span.end", f"an int >= start ({start})", end)

    def __len__(self) -> int:
        """Return the number of code points covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Return whether ``other`` lies inside this span (an empty span at an edge counts)."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end


def _check_count(field: str, value: object) -> None:
    if type(value) is not int or value < 0:
        raise ModelError(field, "an int >= 0", value)


def _check_optional_str(field: str, value: object) -> None:
    if value is not None and type(value) is not str:
        raise ModelError(field, "a str or None", value)


def _check_span_in(field: str, span: Span, length: int) -> None:
    if span.end > length:
        raise ModelError(field, f"a span inside the source text (length {length})", span)


@attrs.frozen
class Block:
    """A unit of the rendered source: a heading, paragraph, list item, metadata value, ...

    Attributes:
        span: where the block's text is in :attr:`Source.text`.
        kind: its structural role.
        level: heading level (1-6) or list nesting depth; 0 when it does not apply.
        tag: the HTML tag it was rendered from, ``None`` for text input.
        hint: a structural hint: for HTML the ``class``/``id`` path of its ancestors; for
            ``META`` blocks the metadata key (``og:title``, ``jsonld:headline``...).
        link_chars: how many of its characters are inside links (for link density).
    """

    span: Span
    kind: BlockKind
    level: int = 0
    tag: str | None = None
    hint: str | None = None
    link_chars: int = 0
    element: int | None = None

    def __attrs_post_init__(self) -> None:
        """Check every field in one pass (pages have thousands of blocks)."""
        if type(self.span) is not Span:
            raise ModelError("Block.span", "a Span", self.span)
        if not isinstance(self.kind, BlockKind):
            raise ModelError("Block.kind", "a BlockKind", self.kind)
        _check_count("Block.level", self.level)
        _check_count("Block.link_chars", self.link_chars)
        if self.link_chars > self.span.end - self.span.start:
            raise ModelError("Block.link_chars", f"an int <= {len(self.span)}", self.link_chars)
        _check_optional_str("Block.tag", self.tag)
        _check_optional_str("Block.hint", self.hint)
        if self.element is not None:
            _check_count("Block.element", self.element)


@attrs.frozen
class Element:
    """A block-level HTML element that holds rendered text: a node of the page's outline.

    Extractors use the outline to reason about containers (the ``<article>`` or ``<div>`` that
    holds most of the body text) without parsing the page again.

    Attributes:
        tag: the element's tag name.
        span: from the start of its first block to the end of its last.
        parent: index of the enclosing element in :attr:`Source.elements`, always smaller than
            its own; ``None`` for the outermost.
        hint: its ``tag.class#id`` descriptor, when it has a class or id.
    """

    tag: str
    span: Span
    parent: int | None = None
    hint: str | None = None

    def __attrs_post_init__(self) -> None:
        """Check every field in one pass (pages have thousands of elements)."""
        if type(self.tag) is not str:
            raise ModelError("Element.tag", "a str", self.tag)
        if type(self.span) is not Span:
            raise ModelError("Element.span", "a Span", self.span)
        if self.parent is not None:
            _check_count("Element.parent", self.parent)
        _check_optional_str("Element.hint", self.hint)


@attrs.frozen
class OffsetMap:
    """Maps offsets in the normalised text back to offsets in the decoded raw input.

    ``runs`` is a sorted tuple of ``(start, raw_start, raw_end)``: the normalised text from
    ``start`` up to the next run's start (or ``length``) came from ``raw[raw_start:raw_end]``.
    When both have the same length the run maps character by character; otherwise (collapsed
    whitespace, an entity, a composed character) it maps as a whole. Runs for text that has no
    raw counterpart (separators the renderer inserted) have ``raw_start == raw_end``.
    """

    length: int = attrs.field(validator=v.non_negative_int)
    runs: tuple[tuple[int, int, int], ...] = attrs.field(validator=v.instance_of(tuple, "a tuple"))

    def __attrs_post_init__(self) -> None:
        """Check the runs are well formed and sorted."""
        if self._runs_are_valid():
            return
        previous = -1
        for i, run in enumerate(self.runs):
            if (
                not isinstance(run, tuple)
                or len(run) != 3  # noqa: PLR2004 - a run is a triple
                or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in run)
            ):
                raise ModelError(f"OffsetMap.runs[{i}]", "a triple of ints >= 0", run)
            start, raw_start, raw_end = run
            if start <= previous or start >= max(self.length, 1) or raw_end < raw_start:
                raise ModelError(
                    f"OffsetMap.runs[{i}]",
                    f"increasing starts below length {self.length} and raw_start <= raw_end",
                    run,
                )
            previous = start
        if self.length and (not self.runs or self.runs[0][0] != 0):
            raise ModelError("OffsetMap.runs", "a first run starting at 0", self.runs[:1])

    def _runs_are_valid(self) -> bool:
        """The common case checked in C-level passes; errors are located by the loop above."""
        runs = self.runs
        if not runs:
            return not self.length
        if set(map(type, runs)) != {tuple} or set(map(len, runs)) != {3}:
            return False
        flat = list(itertools.chain.from_iterable(runs))
        if set(map(type, flat)) != {int} or min(flat) < 0:
            return False
        starts, raw_starts, raw_ends = flat[0::3], flat[1::3], flat[2::3]
        return (
            starts[0] == 0
            and starts[-1] < max(self.length, 1)
            and all(map(operator.lt, starts, starts[1:]))
            and all(map(operator.le, raw_starts, raw_ends))
        )

    def _run_index(self, position: int) -> int:
        lo, hi = 0, len(self.runs) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.runs[mid][0] <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _run_end(self, index: int) -> int:
        return self.runs[index + 1][0] if index + 1 < len(self.runs) else self.length

    def to_raw(self, span: Span) -> Span:
        """Return the span of the raw input that ``span`` of the normalised text came from.

        Raises:
            ModelError: when ``span`` is not inside the normalised text.
        """
        _check_span_in("span", span, self.length)
        if not self.runs:
            return Span(0, 0)
        first = self._run_index(span.start)
        start, raw_start, raw_end = self.runs[first]
        linear = self._run_end(first) - start == raw_end - raw_start
        raw_begin = raw_start + (span.start - start) if linear else raw_start
        if len(span) == 0:
            return Span(raw_begin, raw_begin)
        last = self._run_index(span.end - 1)
        start, raw_start, raw_end = self.runs[last]
        linear = self._run_end(last) - start == raw_end - raw_start
        raw_finish = raw_start + (span.end - start) if linear else raw_end
        return Span(raw_begin, max(raw_begin, raw_finish))


_MAP_RUNS_SLOT: Final = OffsetMap.__dict__["runs"]


class _DeferredOffsetMap(OffsetMap):
    """An :class:`OffsetMap` whose runs are computed the first time anything reads them.

    Mapping a page back to its raw markup costs about a seventh of loading it, and most callers
    never ask; :func:`deferred_offset_map` makes one. It is an ``OffsetMap`` in every way a caller
    can see: equal to (and hashing like) the eager map of the same runs, printed, pickled and
    copied as one.
    """

    __slots__ = ("_compute",)
    _compute: Callable[[], tuple[tuple[int, int, int], ...]] | None

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - only ever the runs
        """Compute the runs on their first read (an unset slot lands here)."""
        if name != "runs":
            raise AttributeError(name)
        compute = self._compute
        if compute is None:  # another thread set the runs since this read missed them
            return _MAP_RUNS_SLOT.__get__(self)
        runs = compute()
        _MAP_RUNS_SLOT.__set__(self, runs)
        object.__setattr__(self, "_compute", None)  # the raw page it held is no longer needed
        return runs

    def __eq__(self, other: object) -> bool:
        """Equal to any map of the same length and runs, deferred or not."""
        if not isinstance(other, OffsetMap):
            return NotImplemented
        return (self.length, self.runs) == (other.length, other.runs)

    __hash__ = OffsetMap.__hash__

    def __repr__(self) -> str:
        """As the eager map prints."""
        return OffsetMap.__repr__(self).replace(type(self).__name__, OffsetMap.__name__, 1)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled and copied as the eager map."""
        return OffsetMap, (self.length, self.runs)


def deferred_offset_map(
    length: int, compute: Callable[[], tuple[tuple[int, int, int], ...]]
) -> OffsetMap:
    """An :class:`OffsetMap` of ``length`` whose runs ``compute`` returns when first read.

    For the loaders (:mod:`articlekit.io`): ``compute`` must return runs an ``OffsetMap`` of
    ``length`` accepts; they are not checked again.
    """
    offsets: _DeferredOffsetMap = object.__new__(_DeferredOffsetMap)
    object.__setattr__(offsets, "length", length)
    object.__setattr__(offsets, "_compute", compute)
    return offsets


def _check_blocks(blocks: tuple[Block, ...], length: int) -> None:
    end = 0
    for i, block in enumerate(blocks):
        _check_span_in(f"Source.blocks[{i}].span", block.span, length)
        if block.span.start < end:
            raise ModelError(
                f"Source.blocks[{i}].span", f"a span starting at or after {end}", block.span
            )
        end = block.span.end


@attrs.frozen
class Problem:
    """Something a step could not extract, or a doubt it wants the user to see.

    Attributes:
        step: the step that saw it; ``"load"`` for what reading the input could not do
            faithfully (see :attr:`Source.problems`).
        message: what happened, for a person.
        span: where in the source, when it is one place.
    """

    step: str = attrs.field(validator=v.instance_of(str, "a str"))
    message: str = attrs.field(validator=v.instance_of(str, "a str"))
    span: Span | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Span, "a Span"))
    )


@attrs.frozen
class Source:
    """The normalised input text and what was known about it.

    Attributes:
        text: the normalised text every span points into (NFC, ``\\n`` newlines, collapsed
            spaces; normalising it again changes nothing).
        media_type: whether the input was plain text or HTML.
        url: the page URL, when the caller gave one.
        reference_time: the time relative dates ("yesterday", "last year") are resolved against;
            never the wall clock. ``None`` leaves relative dates unresolved.
        encoding: the encoding bytes input was decoded with, ``None`` for ``str`` input.
        blocks: the structural units the text was rendered into, in order, non-overlapping.
        offsets: maps spans of ``text`` back to the decoded raw input.
        elements: for HTML, the outline of block-level elements the blocks sit in
            (``Block.element`` points into it); empty for text.
        problems: what loading could not read faithfully (bytes that were not valid in their
            encoding, markup nested past the parser's limit); a pipeline starts the
            Document's :attr:`~Document.problems` with them.
    """

    text: str = attrs.field(validator=v.instance_of(str, "a str"))
    media_type: MediaType = attrs.field(validator=v.enum_member(MediaType))
    url: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str, "a str")))
    reference_time: datetime | None = attrs.field(default=None, validator=v.aware_datetime)
    encoding: str | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(str, "a str"))
    )
    blocks: tuple[Block, ...] = attrs.field(default=(), validator=v.tuple_of(Block, "a Block"))
    offsets: OffsetMap | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(OffsetMap, "an OffsetMap"))
    )
    elements: tuple[Element, ...] = attrs.field(
        default=(), validator=v.tuple_of(Element, "an Element")
    )
    problems: tuple[Problem, ...] = attrs.field(
        default=(), validator=v.tuple_of(Problem, "a Problem")
    )

    def __attrs_post_init__(self) -> None:
        """Check the text is normalised and blocks, elements and offsets fit it."""
        if not is_normalized(self.text):
            raise ModelError(
                "Source.text", "normalised text (see articlekit.normalize)", self.text[:80]
            )
        _check_blocks(self.blocks, len(self.text))
        for i, element in enumerate(self.elements):
            _check_span_in(f"Source.elements[{i}].span", element.span, len(self.text))
            if element.parent is not None and element.parent >= i:
                raise ModelError(f"Source.elements[{i}].parent", f"an index < {i}", element.parent)
        for i, block in enumerate(self.blocks):
            if block.element is not None and block.element >= len(self.elements):
                raise ModelError(
                    f"Source.blocks[{i}].element", f"an index < {len(self.elements)}", block.element
                )
        if self.offsets is not None and self.offsets.length != len(self.text):
            raise ModelError(
                "Source.offsets.length", f"the text length {len(self.text)}", self.offsets.length
            )

    def slice(self, span: Span) -> str:
        """Return the text ``span`` covers."""
        return span.slice(self.text)


# --------------------------------------------------------------------------------------------
# Extracted items
# --------------------------------------------------------------------------------------------

_SPAN = v.instance_of(Span, "a Span")
_OPT_SPAN = v.optional(_SPAN)
_STR = v.instance_of(str, "a str")
_OPT_STR = v.optional(_STR)


@attrs.frozen
class Headline:
    """The article's headline.

    Attributes:
        span: where it is in the source.
        text: the headline text (equal to the source slice).
        signals: which page signals agreed on it (``"title"``, ``"og:title"``, ``"h1"``,
            ``"first-line"``, ``"repeated"``...).
    """

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    signals: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str, "a str"))


@attrs.frozen
class Paragraph:
    """A paragraph of the article body (boilerplate removed)."""

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    kind: BlockKind = attrs.field(default=BlockKind.PARAGRAPH, validator=v.enum_member(BlockKind))


@attrs.frozen
class Sentence:
    """A sentence of the headline, of a body paragraph or of a comment body.

    Attributes:
        paragraph: index into :attr:`Document.paragraphs`, or ``None`` outside the body.
        comment: index into :attr:`Document.comments`, or ``None`` outside the comments.
            A headline sentence has neither.
    """

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    paragraph: int | None = attrs.field(default=None, validator=v.optional_non_negative_int)
    comment: int | None = attrs.field(default=None, validator=v.optional_non_negative_int)


@attrs.frozen
class Hedge:
    """A word or phrase that hedges (or boosts) a claim."""

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    kind: HedgeKind = attrs.field(validator=v.enum_member(HedgeKind))


@attrs.frozen
class Attribution:
    """Who asserts a claim and how ("Sony admitted there is ...").

    Attributes:
        speaker: the source's span ("Sony"), ``None`` when unnamed.
        cue: the attribution cue ("admitted", "said", "according to").
        content: the attributed content.
        is_direct: whether the content is a direct (quoted) speech.
    """

    speaker: Span | None = attrs.field(default=None, validator=_OPT_SPAN)
    cue: Span | None = attrs.field(default=None, validator=_OPT_SPAN)
    content: Span | None = attrs.field(default=None, validator=_OPT_SPAN)
    is_direct: bool = attrs.field(default=False, validator=v.instance_of(bool, "a bool"))


@attrs.frozen
class Claim:
    """An assertion the article (or a comment) makes.

    The numeric facts inside it are not stored: use :meth:`Document.facts_in`.

    Attributes:
        sentence: index into :attr:`Document.sentences` of the sentence holding it.
        checkworthiness: a score in ``[0, 1]``; ``signals`` says which signals fired.
        is_comment: whether it comes from a comment rather than the body.
    """

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    kind: ClaimKind = attrs.field(validator=v.enum_member(ClaimKind))
    sentence: int = attrs.field(validator=v.non_negative_int)
    attribution: Attribution | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Attribution, "an Attribution"))
    )
    hedges: tuple[Hedge, ...] = attrs.field(default=(), validator=v.tuple_of(Hedge, "a Hedge"))
    checkworthiness: float = attrs.field(default=0.0, validator=v.unit_interval)
    signals: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str, "a str"))
    is_comment: bool = attrs.field(default=False, validator=v.instance_of(bool, "a bool"))


@attrs.frozen
class Unit:
    """A normalised unit: an ISO 4217 code for money, a symbol otherwise (``"%"``, ``"km"``)."""

    code: str = attrs.field(validator=_STR)
    dimension: Dimension = attrs.field(validator=v.enum_member(Dimension))


@attrs.frozen
class Period:
    """The time period a fact refers to ("Q2 2012", "last year").

    Attributes:
        span: where the period is mentioned, ``None`` when inferred from the article.
        text: the mention (equal to the source slice), ``None`` when inferred.
        label: a normalised label (``"2012-Q2"``, ``"FY2012"``, ``"2012-10"``).
        start, end: the first and last day, when resolved.
        is_fiscal: whether the text says the period is fiscal.
    """

    label: str = attrs.field(validator=_STR)
    granularity: Granularity = attrs.field(validator=v.enum_member(Granularity))
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)
    text: str | None = attrs.field(default=None, validator=_OPT_STR)
    start: date | None = attrs.field(default=None, validator=v.optional_date)
    end: date | None = attrs.field(default=None, validator=v.optional_date)
    is_fiscal: bool = attrs.field(default=False, validator=v.instance_of(bool, "a bool"))

    def __attrs_post_init__(self) -> None:
        """Check ``start <= end`` and that span and text come together."""
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ModelError("Period.end", f"a date >= start ({self.start})", self.end)
        if (self.span is None) != (self.text is None):
            raise ModelError("Period.text", "a text exactly when there is a span", self.text)


@attrs.frozen
class Quantity:
    """A numeric fact: a value or range, its scale, unit or counted noun, qualifier and period.

    Attributes:
        text: the raw mention (equal to the source slice), e.g. ``"$20.5 billion"``.
        value: the resolved value (``Decimal("20.5E9")``), ``None`` for a range.
        low, high: the resolved bounds of a range (``low <= high``), ``None`` for a single value.
        scale: the multiplier the text applied (``Decimal("1E9")`` for "billion"), if any.
        unit: the normalised unit, if any.
        noun: the counted noun in singular form ("smartphone"), if any.
        measured: what is measured when the sentence says it ("losses", "total revenue").
    """

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    value: Decimal | None = attrs.field(default=None, validator=v.finite_decimal)
    low: Decimal | None = attrs.field(default=None, validator=v.finite_decimal)
    high: Decimal | None = attrs.field(default=None, validator=v.finite_decimal)
    scale: Decimal | None = attrs.field(default=None, validator=v.finite_decimal)
    unit: Unit | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Unit, "a Unit"))
    )
    noun: str | None = attrs.field(default=None, validator=_OPT_STR)
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(Qualifier))
    )
    change: Change | None = attrs.field(default=None, validator=v.optional(v.enum_member(Change)))
    measured: str | None = attrs.field(default=None, validator=_OPT_STR)
    period: Period | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Period, "a Period"))
    )

    def __attrs_post_init__(self) -> None:
        """Check that there is a value or a range, not both, and ``low <= high``."""
        is_range = self.low is not None or self.high is not None
        if self.value is not None and is_range:
            raise ModelError("Quantity.value", "a value or a low/high range, not both", self.value)
        if self.value is None and not is_range:
            raise ModelError("Quantity.value", "a value or a low/high range", None)
        if is_range and (self.low is None or self.high is None):
            raise ModelError("Quantity.low", "both low and high for a range", (self.low, self.high))
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ModelError("Quantity.high", f"a value >= low ({self.low})", self.high)


@attrs.frozen
class UnitMention:
    """A unit named without a number: not a fact, but what a sentence talks about or converts to.

    ``find_unit_mentions("convert 10 celsius to fahrenheit")`` gives "fahrenheit" (the number
    and "celsius" are a ``Quantity``); "the percentage of voters" gives "percentage".
    """

    span: Span = attrs.field(validator=_SPAN)
    text: str = attrs.field(validator=_STR)
    unit: Unit = attrs.field(validator=v.instance_of(Unit, "a Unit"))


@attrs.frozen
class ParentOption:
    """An alternative parent for an inferred comment and its probability."""

    parent: int | None = attrs.field(validator=v.optional_non_negative_int)
    confidence: float = attrs.field(validator=v.unit_interval)


@attrs.frozen
class AuthorDetails:
    """Profile data a page shows next to a comment author ("Posts: 973; Member since: ...")."""

    post_count: int | None = attrs.field(default=None, validator=v.optional_non_negative_int)
    member_since: date | None = attrs.field(default=None, validator=v.optional_date)


@attrs.frozen
class Comment:
    """A reader comment.

    Attributes:
        span: the whole comment (header and body).
        ref: the id shown on the page ("16"), if any.
        author, author_span: the author's name as shown and where.
        is_registered: ``False`` for "unregistered" posters, ``None`` when the page does not say.
        posted: when it was posted (relative times resolved against the reference time).
        body: the span of the comment's text.
        parent: index into :attr:`Document.comments` of the comment it replies to (always
            smaller than its own index), ``None`` for top level.
        parent_confidence: how sure the parent is: 1.0 when the markup nested it, a calibrated
            probability when inferred from a flattened thread.
        alternatives: other candidate parents with their probabilities.
    """

    span: Span = attrs.field(validator=_SPAN)
    body: Span = attrs.field(validator=_SPAN)
    ref: str | None = attrs.field(default=None, validator=_OPT_STR)
    author: str | None = attrs.field(default=None, validator=_OPT_STR)
    author_span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)
    is_registered: bool | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(bool, "a bool"))
    )
    details: AuthorDetails = attrs.field(
        factory=AuthorDetails, validator=v.instance_of(AuthorDetails, "an AuthorDetails")
    )
    posted: datetime | None = attrs.field(default=None, validator=v.aware_datetime)
    posted_span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)
    parent: int | None = attrs.field(default=None, validator=v.optional_non_negative_int)
    parent_confidence: float | None = attrs.field(default=None, validator=v.unit_interval)
    alternatives: tuple[ParentOption, ...] = attrs.field(
        default=(), validator=v.tuple_of(ParentOption, "a ParentOption")
    )
    mentions: tuple[Span, ...] = attrs.field(default=(), validator=v.tuple_of(Span, "a Span"))
    quotes: tuple[Span, ...] = attrs.field(default=(), validator=v.tuple_of(Span, "a Span"))
    votes: int | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(int, "an int"))
    )

    def __attrs_post_init__(self) -> None:
        """Check the body lies inside the comment."""
        if not self.span.contains(self.body):
            raise ModelError(
                "Comment.body", f"a span inside the comment span {self.span}", self.body
            )


@attrs.frozen
class MetaValue:
    """A metadata value: the text as found, where, and its normalised value.

    ``span`` is ``None`` when the value came from markup that is not rendered into the text
    (an attribute such as ``<html lang>``).
    """

    text: str = attrs.field(validator=_STR)
    value: str = attrs.field(validator=_STR)
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)


@attrs.frozen
class DateValue:
    """A date or time found in the page, parsed against an explicit reference time."""

    text: str = attrs.field(validator=_STR)
    value: datetime = attrs.field(validator=v.aware_datetime)
    granularity: Granularity = attrs.field(validator=v.enum_member(Granularity))
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)


_OPT_META = v.optional(v.instance_of(MetaValue, "a MetaValue"))
_OPT_LANGUAGE = v.optional(v.instance_of(str, "a str"))
_OPT_DATE = v.optional(v.instance_of(DateValue, "a DateValue"))


@attrs.frozen
class Metadata:
    """What the page says about itself.

    Attributes:
        site: the site's name (``og:site_name``…, else the host).
        authors: the article's authors, persons only, each once.
        published: when the article was first published.
        modified: when it was last modified (never taken for ``published``).
        language: the language the page declares (``<html lang>``, ``content-language``...).
        written_language: the primary language subtag (``"en"``) the headline and first
            paragraphs are written in, as their script and function words show it; where they
            show none clearly, the declared language's; ``None`` when neither tells. Guessed,
            so it has no span: a text dump declares nothing, and a template may declare a
            language the article is not written in.
        credits: source lines such as "source: Sony (PDF)", kept out of the body.
        title: the page's title as metadata tools read it: the declared title (``og:title``,
            JSON-LD ``headline``...), else the page's only ``<h1>``, else ``<title>`` without
            the site's name, else the first ``<h1>`` or ``<h2>``; the visible headline the
            article starts under is :attr:`Document.headline`.
    """

    site: MetaValue | None = attrs.field(default=None, validator=_OPT_META)
    authors: tuple[MetaValue, ...] = attrs.field(
        default=(), validator=v.tuple_of(MetaValue, "a MetaValue")
    )
    published: DateValue | None = attrs.field(default=None, validator=_OPT_DATE)
    modified: DateValue | None = attrs.field(default=None, validator=_OPT_DATE)
    language: MetaValue | None = attrs.field(default=None, validator=_OPT_META)
    canonical_url: MetaValue | None = attrs.field(default=None, validator=_OPT_META)
    description: MetaValue | None = attrs.field(default=None, validator=_OPT_META)
    credits: tuple[MetaValue, ...] = attrs.field(
        default=(), validator=v.tuple_of(MetaValue, "a MetaValue")
    )
    title: MetaValue | None = attrs.field(default=None, validator=_OPT_META)
    written_language: str | None = attrs.field(default=None, validator=_OPT_LANGUAGE)


# --------------------------------------------------------------------------------------------
# Page analysis (derived: computed by the layout step, never serialised)
# --------------------------------------------------------------------------------------------

_MAX_LINK_RATIO_GOOD = 0.4
_LONG_BLOCK = 20  # words that make a block article-like on length alone
_SENTENCE_BLOCK = 10  # words that make a sentence-like block article-like


@attrs.frozen
class BlockFeatures:
    """What page analysis knows about one content block of :attr:`Source.blocks`.

    Attributes:
        index: the block's index in :attr:`Source.blocks`.
        block: the block itself.
        text: its text (the source slice).
        words: its length in words (CJK characters count as half a word).
        ends_sentence: whether it ends like a sentence.
        link_ratio: the share of its characters inside links.
        hint: what its class/id path says: -1 furniture, 0 nothing, +1 content.
        is_boilerplate: furniture by its text or links (markers, credits, captions, repeats).
        is_section_end: a line that ends the article ("Related articles", "34 comments").
        is_comment_meta: comment furniture ("Reply", "3 days ago").
        is_comment_start: a heading naming the comment section.
        is_good: article-like prose: long, or sentence-like, and no furniture (derived).
    """

    index: int
    block: Block
    text: str
    words: float
    ends_sentence: bool
    link_ratio: float
    hint: int
    is_boilerplate: bool
    is_section_end: bool
    is_comment_meta: bool
    is_comment_start: bool
    is_good: bool = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        """Derive ``is_good`` from the other features."""
        words = self.words
        object.__setattr__(
            self,
            "is_good",
            not self.is_boilerplate
            and self.link_ratio <= _MAX_LINK_RATIO_GOOD
            and self.hint >= 0
            and (words >= _LONG_BLOCK or (words >= _SENTENCE_BLOCK and self.ends_sentence)),
        )


@attrs.frozen
class RawComment:
    """One comment as the comment section was split, before its fields are read.

    Attributes:
        span: the whole comment (header and body).
        body: its text.
        fields: the named parts the comment format matched (``author``, ``time``, ``ref``...),
            with their spans, in the order found.
    """

    span: Span = attrs.field(validator=v.instance_of(Span, "a Span"))
    body: Span = attrs.field(validator=v.instance_of(Span, "a Span"))
    fields: tuple[tuple[str, Span], ...] = ()


@attrs.frozen
class CommentSection:
    """Where a page's reader comments are, as page analysis found them.

    Attributes:
        start: where the first comment starts; nothing from here on is article body.
        format: the name of the flattened comment format the section was split with, or
            ``"markup"`` when the page nests its comments in HTML containers.
        is_numbered: whether the format numbers its comments (their tree is inferred from the
            numbers).
        comments: the comments of a flattened section; empty for ``"markup"``.
    """

    start: int = attrs.field(validator=v.non_negative_int)
    format: str = attrs.field(validator=v.instance_of(str, "a str"))
    is_numbered: bool = False
    comments: tuple[RawComment, ...] = ()


@attrs.frozen(eq=False)
class Layout:
    """What page analysis found, computed once and read by the headline, body and comment steps.

    Derived from :attr:`Document.source` by the layout step: it is not compared, hashed or
    serialised with the Document (:meth:`Document.from_json` gives ``layout=None``). Regions are
    inclusive ``(first, last)`` index ranges into :attr:`blocks`.

    Attributes:
        blocks: the features of every content block, in order.
        body_blocks: how many of ``blocks`` come before the comment section (the body is never
            looked for after it).
        core: the densest run of article-like blocks, the article's core.
        region: the core grown into the article region (before the headline bounds it).
        fallback: the blocks of the element the page names as its content, for pages whose
            article has no prose-like block.
        anchor: the block the page's URL spells (its headline, most often), if one clearly does.
        heading: page analysis' guess of the headline just above the core.
        article: the spans of the first and last block the article is expected to hold.
        comments: the comment section, if the page has one.
        paragraphs: the paragraphs the article is expected to hold below ``heading`` (those
            ``article`` spans): the body step's answer when the Document's headline is
            ``heading``, so that it does not select them again.
    """

    blocks: tuple[BlockFeatures, ...] = ()
    body_blocks: int = 0
    core: tuple[int, int] | None = None
    region: tuple[int, int] | None = None
    fallback: tuple[int, int] | None = None
    anchor: int | None = None
    heading: Headline | None = None
    article: tuple[Span, Span] | None = None
    comments: CommentSection | None = None
    paragraphs: tuple[Paragraph, ...] = ()

    @property
    def body_features(self) -> tuple[BlockFeatures, ...]:
        """The features of the blocks before the comment section."""
        return self.blocks[: self.body_blocks]


# --------------------------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------------------------


class _HasSpan(Protocol):
    @property
    def span(self) -> Span: ...


T = TypeVar("T", bound=_HasSpan)


@attrs.frozen
class CommentNode:
    """A comment in the nested view built by :meth:`Document.comment_tree`."""

    index: int
    comment: Comment
    children: tuple[CommentNode, ...] = ()

    def walk(self) -> Iterator[tuple[int, CommentNode]]:
        """Yield ``(depth, node)`` for this node and its descendants, depth first."""
        stack: list[tuple[int, CommentNode]] = [(0, self)]
        while stack:
            depth, node = stack.pop()
            yield depth, node
            stack.extend((depth + 1, child) for child in reversed(node.children))


def _spans_of(value: object, path: str) -> Iterator[tuple[str, Span, str | None]]:
    """Yield ``(path, span, stored_text)`` for every span inside an extracted item."""
    if isinstance(value, Span):
        yield path, value, None
        return
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _spans_of(item, f"{path}[{i}]")
        return
    cls = type(value)
    if not attrs.has(cls):
        return
    own_text = getattr(value, "text", None)
    for field in attrs.fields(cls):
        item = getattr(value, field.name)
        if field.name == "span" and isinstance(item, Span):
            yield f"{path}.span", item, own_text if isinstance(own_text, str) else None
        elif field.name != "text":
            yield from _spans_of(item, f"{path}.{field.name}")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The attrs field names of ``cls`` (none for other types), looked up once per class."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else ()
        _FIELD_NAMES[cls] = names
    return names


# Values with no span inside (enum members are strings): the quick check skips them.
_SPANLESS: Final = (str, int, float, Decimal, date, type(None))


def _spans_fit(value: object, text: str, length: int) -> bool:
    """Whether every span inside ``value`` is in the text and stored texts equal their slices.

    The quick form of the checks :func:`_spans_of` reports on: no paths are built, so valid
    documents (nearly all of them) cost one pass over their items.
    """
    if isinstance(value, Span):
        return value.end <= length
    if isinstance(value, tuple):
        return _items_fit(value, text, length)
    names = _field_names(type(value))
    if not names:
        return True
    own_text = getattr(value, "text", None)
    for name in names:
        item = getattr(value, name)
        if name == "span" and isinstance(item, Span):
            if item.end > length or (
                isinstance(own_text, str) and text[item.start : item.end] != own_text
            ):
                return False
        elif (
            name != "text"
            and not isinstance(item, _SPANLESS)
            and not _spans_fit(item, text, length)
        ):
            return False
    return True


def _items_fit(items: tuple[object, ...], text: str, length: int) -> bool:
    """:func:`_spans_fit` for each of ``items`` (a loop, not a generator per tuple)."""
    for item in items:
        if not isinstance(item, _SPANLESS) and not _spans_fit(item, text, length):
            return False
    return True


_ITEM_FIELDS = (
    "headline",
    "metadata",
    "paragraphs",
    "sentences",
    "claims",
    "quantities",
    "comments",
    "problems",
)


@attrs.frozen
class Document:
    """Everything extracted from one article, anchored in :attr:`source`.

    Build one with :func:`articlekit.extract` or a :class:`~articlekit.Pipeline`; change one with
    :meth:`evolve` or :func:`attrs.evolve` (documents are frozen and hashable).
    """

    source: Source = attrs.field(validator=v.instance_of(Source, "a Source"))
    headline: Headline | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Headline, "a Headline"))
    )
    metadata: Metadata = attrs.field(
        factory=Metadata, validator=v.instance_of(Metadata, "a Metadata")
    )
    paragraphs: tuple[Paragraph, ...] = attrs.field(
        default=(), validator=v.tuple_of(Paragraph, "a Paragraph")
    )
    sentences: tuple[Sentence, ...] = attrs.field(
        default=(), validator=v.tuple_of(Sentence, "a Sentence")
    )
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=v.tuple_of(Claim, "a Claim"))
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), validator=v.tuple_of(Quantity, "a Quantity")
    )
    comments: tuple[Comment, ...] = attrs.field(
        default=(), validator=v.tuple_of(Comment, "a Comment")
    )
    problems: tuple[Problem, ...] = attrs.field(
        default=(), validator=v.tuple_of(Problem, "a Problem")
    )

    layout: Layout | None = attrs.field(
        default=None,
        eq=False,
        repr=False,
        validator=v.optional(v.instance_of(Layout, "a Layout")),
        metadata={"derived": True},
    )
    """Page analysis the layout step stored for later steps; not compared or serialised."""

    def __attrs_post_init__(self) -> None:
        """Check spans, stored texts, indices and order against the source.

        Every span is inside the source, stored texts equal their slices, indices point backwards
        or into existing items, and ordered collections are ordered.
        """
        self._check(_ITEM_FIELDS)

    def evolve(self, **changes: Any) -> Document:  # noqa: ANN401 - field values of any type
        """Return a copy with ``changes``, checking only the fields they touch.

        The same result as :func:`attrs.evolve`, which checks every field again: steps call this
        once each, on documents with thousands of items. Fields that refer to a changed one (the
        sentences' paragraph indices when the paragraphs change, say) are checked too.

        Raises:
            ModelError: for an unknown field or a value that breaks an invariant.

        >>> doc = Document(source=Source(text="Hi.", media_type=MediaType.TEXT))
        >>> doc.evolve(paragraphs=(Paragraph(span=Span(0, 3), text="Hi."),)).paragraphs[0].text
        'Hi.'
        """
        unknown = changes.keys() - _FIELDS.keys()
        if unknown:
            raise ModelError(
                "Document.evolve", f"field names from {sorted(_FIELDS)}", sorted(unknown)
            )
        if "source" in changes:
            return attrs.evolve(self, **changes)
        new = object.__new__(Document)
        for name, (field, read) in _FIELDS.items():
            if name in changes:
                value = changes[name]
                if field.validator is not None:
                    field.validator(new, field, value)
            else:
                value = read(self)  # the slot itself, whatever the instance's class does
            object.__setattr__(new, name, value)
        touched = set(changes)
        for name in changes:
            touched |= _DEPENDENTS.get(name, frozenset())
        new._check(tuple(name for name in _ITEM_FIELDS if name in touched))
        return new

    def _check(self, names: tuple[str, ...]) -> None:
        """Check the named item fields against the source and the fields they refer to."""
        text = self.source.text
        length = len(text)
        fit = all(_spans_fit(getattr(self, name), text, length) for name in names)
        for name in () if fit else names:  # locate and report what does not fit
            for path, span, stored in _spans_of(getattr(self, name), name):
                _check_span_in(path, span, length)
                if stored is not None and span.slice(text) != stored:
                    raise ModelError(
                        f"{path.removesuffix('.span')}.text",
                        f"the source slice {span.slice(text)[:60]!r}",
                        stored[:60],
                    )
        if "paragraphs" in names:
            self._check_order("paragraphs", self.paragraphs)
        if "quantities" in names:
            self._check_order("quantities", self.quantities)
        if "comments" in names:
            self._check_comments()
        if "sentences" in names:
            self._check_sentences()
        if "claims" in names:
            for i, claim in enumerate(self.claims):
                if claim.sentence >= len(self.sentences):
                    raise ModelError(
                        f"claims[{i}].sentence", f"an index < {len(self.sentences)}", claim.sentence
                    )

    def _check_comments(self) -> None:
        self._check_order("comments", self.comments)
        for i, comment in enumerate(self.comments):
            if comment.parent is not None and comment.parent >= i:
                raise ModelError(f"comments[{i}].parent", f"an index < {i} or None", comment.parent)
            for j, option in enumerate(comment.alternatives):
                if option.parent is not None and option.parent >= i:
                    raise ModelError(
                        f"comments[{i}].alternatives[{j}].parent", f"an index < {i}", option.parent
                    )

    def _check_sentences(self) -> None:
        for i, sentence in enumerate(self.sentences):
            if sentence.paragraph is not None and sentence.paragraph >= len(self.paragraphs):
                raise ModelError(
                    f"sentences[{i}].paragraph",
                    f"an index < {len(self.paragraphs)}",
                    sentence.paragraph,
                )
            if sentence.comment is not None and sentence.comment >= len(self.comments):
                raise ModelError(
                    f"sentences[{i}].comment", f"an index < {len(self.comments)}", sentence.comment
                )

    @staticmethod
    def _check_order(name: str, items: tuple[_HasSpan, ...]) -> None:
        """Check the items are in order and do not overlap."""
        end = 0
        for i, item in enumerate(items):
            if item.span.start < end:
                raise ModelError(
                    f"{name}[{i}].span", f"a span starting at or after {end}", item.span
                )
            end = max(end, item.span.end)

    # -- serialisation -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-compatible dict (see :mod:`articlekit.serialize`)."""
        return serialize.to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the document as JSON text; :meth:`from_json` reads it back exactly."""
        return serialize.to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: object) -> Document:
        """Build a document from :meth:`to_dict` output.

        Raises:
            ModelError: when the data does not describe a valid document.
        """
        return serialize.from_dict(data, cls)

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """Build a document from :meth:`to_json` output.

        Raises:
            ModelError: when the text is not a valid serialised document.
        """
        return serialize.from_json(text, cls)

    # -- derived views -------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The article text: the body paragraphs joined by blank lines.

        The whole page (boilerplate, comments and all) is :attr:`Source.text`,
        ``doc.source.text``, which every span points into.

        >>> doc = Document(source=Source(text="Menu\\n\\nHi there.", media_type=MediaType.TEXT))
        >>> doc.evolve(paragraphs=(Paragraph(span=Span(6, 15), text="Hi there."),)).text
        'Hi there.'
        >>> doc.source.text
        'Menu\\n\\nHi there.'
        """
        return "\n\n".join(p.text for p in self.paragraphs)

    def text_of(self, span: Span) -> str:
        """Return the source text ``span`` covers.

        Raises:
            ModelError: when ``span`` is not inside the source.
        """
        _check_span_in("span", span, len(self.source.text))
        return span.slice(self.source.text)

    @staticmethod
    def within(span: Span, items: Iterable[T]) -> tuple[T, ...]:
        """Return the items whose span lies inside ``span``, in their order."""
        return tuple(item for item in items if span.contains(item.span))

    def facts_in(self, span: Span) -> tuple[Quantity, ...]:
        """Return the numeric facts inside ``span`` (a claim's, a sentence's, a paragraph's)."""
        return self.within(span, self.quantities)

    @property
    def body_text(self) -> str:
        """Deprecated alias of :attr:`text` (the article text); removed in 0.3.

        Until 0.2 ``doc.text`` was the whole page and the article was ``doc.body_text``.
        """
        warnings.warn(
            "Document.body_text is deprecated: the article text is now Document.text "
            "(and the whole page Document.source.text)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.text

    def comment_tree(self) -> tuple[CommentNode, ...]:
        """Return the top-level comments with their replies nested below them."""
        children: dict[int | None, list[int]] = {}
        for i, comment in enumerate(self.comments):
            children.setdefault(comment.parent, []).append(i)

        # Parents always come before children, so building from the last comment backwards
        # sees every child's node before its parent's.
        nodes: dict[int, CommentNode] = {}
        for i in range(len(self.comments) - 1, -1, -1):
            kids = tuple(nodes.pop(k) for k in children.get(i, ()))
            nodes[i] = CommentNode(index=i, comment=self.comments[i], children=kids)
        return tuple(nodes[i] for i in children.get(None, ()))


# Each field with a reader of its slot (bypassing the instance's own attribute lookup).
_FIELDS: Final[dict[str, tuple[attrs.Attribute[Any], Any]]] = {
    field.name: (field, Document.__dict__[field.name].__get__) for field in attrs.fields(Document)
}
# Fields whose indices point into another: checked again when that one changes.
_DEPENDENTS: Final = {
    "paragraphs": frozenset({"sentences"}),
    "comments": frozenset({"sentences"}),
    "sentences": frozenset({"claims"}),
}
