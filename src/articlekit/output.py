"""What people read and store: record profiles and output formats, as pure functions.

A :class:`~articlekit.Document` holds everything (the page text, its blocks and outline, the offset
map, every sentence): the *full* profile, :meth:`Document.to_dict` / :meth:`Document.to_json`,
which reads back exactly. Most users want less. This module gives

- :func:`record`: the *compact* profile, a plain JSON-ready dict with the headline, metadata
  values, the article text and its paragraphs, the numeric facts, the claims and the comments,
  each item with its span (``[start, end]`` into :attr:`Source.text`) but without a copy of the
  page, its blocks, elements or offsets, and without repeating each claim's sentence. Plain
  values come first (``title``, ``authors``, ``published``, ``text``...), as users of
  newspaper4k and trafilatura expect; ``fields=`` chooses the keys (:data:`FIELDS` lists them).
  The JSON Schema of the profile is ``schema/record.schema.json``.
- :func:`to_text` (headline and article text), :func:`to_markdown` (headings, lists, quotes,
  preformatted text and tables kept from the page's structure), :func:`csv_header` and
  :func:`csv_rows` (one row per page, or one per fact), :func:`to_jsonl` (one line).
- :func:`render`: any of those by :class:`Format` name, for command lines and jobs.

Examples:
    >>> import articlekit
    >>> doc = articlekit.extract(
    ...     "Sony posts a loss\\n\\n"
    ...     "Sony lost $155 million in the second quarter of 2012, the company said on Thursday."
    ... )
    >>> rec = record(doc)
    >>> rec["title"], rec["text"][:30]
    ('Sony posts a loss', 'Sony lost $155 million in the ')
    >>> fact = rec["facts"][0]
    >>> fact["text"], fact["span"], fact["value"], fact["unit"], fact["period"]["label"]
    ('$155 million', (29, 41), '155000000', 'USD', '2012-Q2')
    >>> print(to_text(doc)[:41])
    Sony posts a loss
    <BLANKLINE>
    Sony lost $155 million
"""

from __future__ import annotations

import bisect
import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final, NewType, TypedDict, cast

from articlekit._patterns import compile_later
from articlekit.errors import ArticlekitError
from articlekit.model import (
    Attribution,
    BlockKind,
    Change,
    ClaimKind,
    DateValue,
    Dimension,
    Document,
    Granularity,
    HedgeKind,
    MetaValue,
    Period,
    Qualifier,
    Quantity,
    Span,
)

__all__ = [
    "CSV_FIELDS",
    "DEFAULT_FIELDS",
    "FACT_CSV_FIELDS",
    "FIELDS",
    "CompactRecord",
    "FieldError",
    "Format",
    "Profile",
    "check_fields",
    "csv_header",
    "csv_rows",
    "record",
    "render",
    "to_jsonl",
    "to_markdown",
    "to_text",
]

#: A decimal number written as a string, exactly (``"2.05E+10"``, ``"155000000"``).
DecimalText = NewType("DecimalText", str)
#: An ISO 8601 date and time with its UTC offset.
DateTimeText = NewType("DateTimeText", str)
#: An ISO 8601 date.
DateText = NewType("DateText", str)
#: Half-open code-point offsets ``[start, end]`` into the normalised page text.
SpanPair = tuple[int, int]


class Profile(StrEnum):
    """How much of a Document a record carries."""

    COMPACT = "compact"  #: :func:`record`: the extracted items with spans, no page copy
    FULL = "full"  #: :meth:`Document.to_dict`: everything, round-trippable


class Format(StrEnum):
    """Output formats :func:`render` writes."""

    TXT = "txt"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSONL = "jsonl"
    JSON = "json"


class FieldError(ArticlekitError, ValueError):
    """An unknown record field was asked for; the message lists the valid ones."""


# --------------------------------------------------------------------------------------------
# The compact record's shape (the schema generator reads these)
# --------------------------------------------------------------------------------------------


class TextSpan(TypedDict):
    """A piece of the page: its text and where it is."""

    text: str
    span: SpanPair


class CompactHeadline(TypedDict):
    """The headline and which page signals agreed on it."""

    text: str
    span: SpanPair
    signals: list[str]


class CompactValue(TypedDict):
    """A metadata value: normalised ``value``, the ``text`` as found, and where (if rendered)."""

    value: str
    text: str
    span: SpanPair | None


class CompactDate(TypedDict):
    """A date the page gives, normalised, with its precision."""

    value: DateTimeText
    text: str
    granularity: Granularity
    span: SpanPair | None


class CompactMetadata(TypedDict):
    """What the page says about itself."""

    site: CompactValue | None
    authors: list[CompactValue]
    published: CompactDate | None
    modified: CompactDate | None
    language: CompactValue | None
    written_language: str | None
    canonical_url: CompactValue | None
    description: CompactValue | None
    credits: list[CompactValue]


class CompactParagraph(TypedDict):
    """A paragraph of the article (a heading, list item, quote... by ``kind``).

    Its text is not repeated: it is ``text[in_text[0]:in_text[1]]`` of the record's ``text``.
    """

    kind: BlockKind
    span: SpanPair
    in_text: SpanPair


class CompactPeriod(TypedDict):
    """The period a fact refers to; ``text``/``span`` are null when inferred from the article."""

    label: str
    granularity: Granularity
    start: DateText | None
    end: DateText | None
    is_fiscal: bool
    text: str | None
    span: SpanPair | None


# Items keep the keys they always have in one class and the keys left out when null or empty in
# a ``total=False`` subclass (Python 3.11 reads ``NotRequired`` wrongly in postponed annotations).


class _FactKeys(TypedDict):
    text: str
    span: SpanPair


class CompactFact(_FactKeys, total=False):
    """A numeric fact: ``value`` or a ``low``..``high`` range, exact decimals as strings.

    Keys whose value would be null are left out.
    """

    value: DecimalText
    low: DecimalText
    high: DecimalText
    unit: str
    dimension: Dimension
    noun: str
    qualifier: Qualifier
    change: Change
    measured: str
    period: CompactPeriod


class CompactHedge(TypedDict):
    """A hedging (or boosting) word of a claim."""

    text: str
    span: SpanPair
    kind: HedgeKind


class CompactAttribution(TypedDict):
    """Who asserts a claim (``speaker``), the cue ("said"), and the attributed content."""

    speaker: TextSpan | None
    cue: TextSpan | None
    content: SpanPair | None
    is_direct: bool


class _ClaimKeys(TypedDict):
    text: str
    span: SpanPair
    kind: ClaimKind
    checkworthiness: float


class CompactClaim(_ClaimKeys, total=False):
    """A claim (every sentence of the headline, body and comments is one, of some kind).

    ``facts`` are the indices into the record's ``facts`` of those inside it, ``comment`` the
    index into ``comments`` of the comment it is in. Keys whose value would be null or empty
    are left out.
    """

    attribution: CompactAttribution
    hedges: list[CompactHedge]
    facts: list[int]
    comment: int


class _CommentKeys(TypedDict):
    text: str
    span: SpanPair
    body_span: SpanPair


class CompactComment(_CommentKeys, total=False):
    """A reader comment: ``text`` is its body, ``parent`` the index of the comment it answers.

    Keys whose value would be null are left out (a top-level comment has no ``parent``).
    """

    ref: str
    author: str
    is_registered: bool
    posted: DateTimeText
    votes: int
    parent: int
    parent_confidence: float


class CompactProblem(TypedDict):
    """Something a step could not extract."""

    step: str
    message: str
    span: SpanPair | None


class _CompactRecordKeys(TypedDict):
    """The keys of every compact record."""

    url: str | None
    title: str | None
    authors: list[str]
    published: DateTimeText | None
    language: str | None
    site: str | None
    text: str
    headline: CompactHeadline | None
    metadata: CompactMetadata
    paragraphs: list[CompactParagraph]
    facts: list[CompactFact]
    claims: list[CompactClaim]
    comments: list[CompactComment]
    problems: list[CompactProblem]


# Optional keys through ``total=False`` rather than ``NotRequired``: with postponed annotations
# Python 3.11 counts a ``NotRequired`` key as required.
class CompactRecord(_CompactRecordKeys, total=False):
    """The compact profile of a Document: what was extracted, with spans, and no page copy.

    Plain values first (``url``, ``title``, ``authors``, ``published``, ``language``, ``site``,
    ``text``), then the items with their spans. ``language`` is the declared language, else
    the one the text is written in (:attr:`Metadata.written_language`, a guess).
    ``page_text`` (the whole normalised page, which the spans point into) is only there when
    asked for with ``fields=``.
    """

    page_text: str


# --------------------------------------------------------------------------------------------
# Building the compact record
# --------------------------------------------------------------------------------------------


def _span(span: Span) -> SpanPair:
    return (span.start, span.end)


def _opt_span(span: Span | None) -> SpanPair | None:
    return None if span is None else (span.start, span.end)


def _decimal(value: Decimal | None) -> DecimalText | None:
    return None if value is None else DecimalText(str(value))


def _datetime(value: datetime | None) -> DateTimeText | None:
    return None if value is None else DateTimeText(value.isoformat())


def _date(value: date | None) -> DateText | None:
    return None if value is None else DateText(value.isoformat())


def _value(meta: MetaValue | None) -> CompactValue | None:
    if meta is None:
        return None
    return {"value": meta.value, "text": meta.text, "span": _opt_span(meta.span)}


def _dated(found: DateValue | None) -> CompactDate | None:
    if found is None:
        return None
    return {
        "value": DateTimeText(found.value.isoformat()),
        "text": found.text,
        "granularity": found.granularity,
        "span": _opt_span(found.span),
    }


def _metadata(doc: Document) -> CompactMetadata:
    meta = doc.metadata
    return {
        "site": _value(meta.site),
        "authors": [v for v in map(_value, meta.authors) if v is not None],
        "published": _dated(meta.published),
        "modified": _dated(meta.modified),
        "language": _value(meta.language),
        "written_language": meta.written_language,
        "canonical_url": _value(meta.canonical_url),
        "description": _value(meta.description),
        "credits": [v for v in map(_value, meta.credits) if v is not None],
    }


def _period(period: Period | None) -> CompactPeriod | None:
    if period is None:
        return None
    return {
        "label": period.label,
        "granularity": period.granularity,
        "start": _date(period.start),
        "end": _date(period.end),
        "is_fiscal": period.is_fiscal,
        "text": period.text,
        "span": _opt_span(period.span),
    }


def _present(item: dict[str, Any]) -> dict[str, Any]:
    """The item without its null and empty values (compact items leave them out)."""
    return {key: value for key, value in item.items() if value is not None and value != []}


def _fact(q: Quantity) -> CompactFact:
    fact = {
        "text": q.text,
        "span": _span(q.span),
        "value": _decimal(q.value),
        "low": _decimal(q.low),
        "high": _decimal(q.high),
        "unit": q.unit.code if q.unit is not None else None,
        "dimension": q.unit.dimension if q.unit is not None else None,
        "noun": q.noun,
        "qualifier": q.qualifier,
        "change": q.change,
        "measured": q.measured,
        "period": _period(q.period),
    }
    return cast("CompactFact", _present(fact))


def _text_span(doc: Document, span: Span | None) -> TextSpan | None:
    return None if span is None else {"text": doc.text_of(span), "span": _span(span)}


def _attribution(doc: Document, found: Attribution | None) -> CompactAttribution | None:
    if found is None:
        return None
    return {
        "speaker": _text_span(doc, found.speaker),
        "cue": _text_span(doc, found.cue),
        "content": _opt_span(found.content),
        "is_direct": found.is_direct,
    }


def _claims(doc: Document) -> list[CompactClaim]:
    starts = [q.span.start for q in doc.quantities]
    out: list[CompactClaim] = []
    for claim in doc.claims:
        span = claim.span
        first = bisect.bisect_left(starts, span.start)
        last = bisect.bisect_left(starts, span.end, lo=first)
        facts = [i for i in range(first, last) if span.contains(doc.quantities[i].span)]
        item = {
            "text": claim.text,
            "span": _span(span),
            "kind": claim.kind,
            "checkworthiness": claim.checkworthiness,
            "attribution": _attribution(doc, claim.attribution),
            "hedges": [
                {"text": h.text, "span": _span(h.span), "kind": h.kind} for h in claim.hedges
            ],
            "facts": facts,
            "comment": doc.sentences[claim.sentence].comment,
        }
        out.append(cast("CompactClaim", _present(item)))
    return out


def _comments(doc: Document) -> list[CompactComment]:
    items = [
        {
            "ref": c.ref,
            "author": c.author,
            "is_registered": c.is_registered,
            "posted": _datetime(c.posted),
            "votes": c.votes,
            "text": doc.text_of(c.body),
            "span": _span(c.span),
            "body_span": _span(c.body),
            "parent": c.parent,
            "parent_confidence": c.parent_confidence,
        }
        for c in doc.comments
    ]
    return [cast("CompactComment", _present(item)) for item in items]


def _paragraphs(doc: Document) -> list[CompactParagraph]:
    out: list[CompactParagraph] = []
    at = 0
    for p in doc.paragraphs:
        end = at + len(p.text)
        out.append({"kind": p.kind, "span": _span(p.span), "in_text": (at, end)})
        at = end + 2  # the blank line that joins paragraphs in Document.text
    return out


def _headline(doc: Document) -> CompactHeadline | None:
    h = doc.headline
    if h is None:
        return None
    return {"text": h.text, "span": _span(h.span), "signals": list(h.signals)}


def _meta_plain(meta: MetaValue | None) -> str | None:
    return None if meta is None else meta.value


#: Every field a record can hold, with how it is read from a Document, in record order.
FIELDS: Final[Mapping[str, Callable[[Document], Any]]] = {
    "url": lambda d: d.source.url,
    "title": lambda d: d.headline.text if d.headline is not None else None,
    "authors": lambda d: [a.value for a in d.metadata.authors],
    "published": lambda d: (
        d.metadata.published.value.isoformat() if d.metadata.published is not None else None
    ),
    "language": lambda d: _meta_plain(d.metadata.language) or d.metadata.written_language,
    "site": lambda d: _meta_plain(d.metadata.site),
    "text": lambda d: d.text,
    "headline": _headline,
    "metadata": _metadata,
    "paragraphs": _paragraphs,
    "facts": lambda d: [_fact(q) for q in d.quantities],
    "claims": _claims,
    "comments": _comments,
    "problems": lambda d: [
        {"step": p.step, "message": p.message, "span": _opt_span(p.span)} for p in d.problems
    ],
    "page_text": lambda d: d.source.text,
}

#: The fields of the compact profile, in order (all of :data:`FIELDS` but ``page_text``).
DEFAULT_FIELDS: Final[tuple[str, ...]] = tuple(name for name in FIELDS if name != "page_text")


def check_fields(fields: Sequence[str], valid: Iterable[str] = FIELDS) -> tuple[str, ...]:
    """Return ``fields`` as a tuple after checking each is one of ``valid`` (:data:`FIELDS`).

    Raises:
        FieldError: for an unknown field or none at all; the message lists the valid ones.

    Examples:
        >>> check_fields(["title", "text"])
        ('title', 'text')
    """
    known = tuple(valid)
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise FieldError(f"unknown field(s) {unknown}; choose from {list(known)}")
    if not fields:
        raise FieldError(f"no fields chosen; choose from {list(known)}")
    return tuple(fields)


def _profile(profile: Profile | str) -> Profile:
    try:
        return Profile(profile)
    except ValueError:
        raise FieldError(
            f"unknown profile {profile!r}; choose from {[p.value for p in Profile]}"
        ) from None


def record(
    doc: Document, *, fields: Sequence[str] | None = None, profile: Profile | str = "compact"
) -> dict[str, Any]:
    """Return the JSON-ready record of ``doc`` in a profile, or with only the chosen ``fields``.

    Args:
        doc: the document.
        fields: the keys to keep, in this order (names from :data:`FIELDS`); default all of
            :data:`DEFAULT_FIELDS`. Only for the compact profile.
        profile: ``"compact"`` (default) or ``"full"``: :meth:`Document.to_dict`, which
            :meth:`Document.from_dict` reads back exactly.

    Raises:
        FieldError: for an unknown field or profile, or fields with the full profile.

    Examples:
        >>> import articlekit
        >>> doc = articlekit.extract(
        ...     "Sony posts a loss\\n\\nSony lost $155 million in the quarter, it said Monday."
        ... )
        >>> record(doc, fields=["title", "text"])  # doctest: +NORMALIZE_WHITESPACE
        {'title': 'Sony posts a loss',
         'text': 'Sony lost $155 million in the quarter, it said Monday.'}
    """
    if _profile(profile) is Profile.FULL:
        if fields is not None:
            raise FieldError("fields choose keys of the compact profile; the full one has all")
        return doc.to_dict()
    chosen = DEFAULT_FIELDS if fields is None else check_fields(fields, FIELDS)
    return {name: FIELDS[name](doc) for name in chosen}


def to_jsonl(doc: Document, *, fields: Sequence[str] | None = None, full: bool = False) -> str:
    """Return the record of ``doc`` as one line of JSON (no newline at the end).

    ``full=True`` writes the full, round-trippable Document instead of the compact record.
    """
    if full:
        return doc.to_json()
    return json.dumps(record(doc, fields=fields), ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------------------------
# Text and Markdown
# --------------------------------------------------------------------------------------------


def to_text(doc: Document) -> str:
    """Return the headline and the article text, separated by a blank line.

    The article text is :attr:`Document.text` (paragraphs joined by blank lines).
    """
    parts = [doc.headline.text] if doc.headline is not None else []
    if doc.text:
        parts.append(doc.text)
    return "\n\n".join(parts)


_INLINE_SPECIAL = compile_later(r"([\\`*\[\]<|]|&(?=#?\w+;))")
_EDGE_UNDERSCORE = compile_later(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
# A block quote's ">" needs nothing after it (">0" quotes "0"); the other line markers a space.
_LINE_START_SPECIAL = compile_later(r"^(\s*)(>|(?:[#+=~-]+|\d{1,9}[.)])(?=\s|$))")


def _escape(text: str) -> str:
    """Escape what Markdown would read as markup, so the text reads back as the same text."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _EDGE_UNDERSCORE.sub(r"\\_", text)
    lines = []
    for line in text.split("\n"):
        m = _LINE_START_SPECIAL.match(line)
        if m is not None:
            marker = m.group(2)
            escaped = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
            lines.append(m.group(1) + escaped + line[m.end() :])
        else:
            lines.append(line)
    return "\n".join(lines)


_CLOSING_HASHES = compile_later(r"(?<=\s)(#+)$")


def _heading(level: int, text: str) -> str:
    """An ATX heading; a trailing run of ``#`` is escaped, or it would read as a closing mark."""
    line = _CLOSING_HASHES.sub(r"\\\1", text.replace("\n", " "))
    return "#" * min(max(level, 1), 6) + " " + line


def _block_info(doc: Document) -> Callable[[Span], tuple[BlockKind, int, str | None, int | None]]:
    """A lookup from a paragraph's span to its block's kind, level, tag and element."""
    blocks = doc.source.blocks
    starts = [b.span.start for b in blocks]

    def info(span: Span) -> tuple[BlockKind, int, str | None, int | None]:
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and blocks[i].span.contains(span):
            b = blocks[i]
            return b.kind, b.level, b.tag, b.element
        return BlockKind.PARAGRAPH, 0, None, None

    return info


def _ancestor(doc: Document, element: int | None, tags: frozenset[str]) -> int | None:
    elements = doc.source.elements
    while element is not None:
        if elements[element].tag in tags:
            return element
        element = elements[element].parent
    return None


_LIST_TAGS: Final = frozenset({"ul", "ol", "menu", "dl"})
_ROW_TAGS: Final = frozenset({"tr"})
_TABLE_TAGS: Final = frozenset({"table"})


def _table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + " --- |" * width]
    lines.extend("| " + " | ".join(r) + " |" for r in padded[1:])
    return "\n".join(lines)


def _list_item(
    doc: Document, text: str, level: int, element: int | None, open_items: list[tuple[int, int]]
) -> str:
    """One list item, nested under the deepest open item of a lower level.

    ``open_items`` holds ``(level, content column)`` of the items it may nest under; an item's
    indentation is its parent's content column, so a jump in levels (a list inside an item
    that holds no text) never indents far enough to read as code.
    """
    parent = _ancestor(doc, element, _LIST_TAGS)
    ordered = parent is not None and doc.source.elements[parent].tag == "ol"
    marker = "1." if ordered else "-"
    while open_items and open_items[-1][0] >= level:
        open_items.pop()
    column = open_items[-1][1] if open_items else 0
    open_items.append((level, column + len(marker) + 1))
    indent = " " * column
    body = text.replace("\n", "\n" + " " * (column + len(marker) + 1))
    return f"{indent}{marker} {body}"


def to_markdown(doc: Document) -> str:
    """Return the headline and the article as Markdown, keeping the page's structure.

    The headline is a level-1 heading; body headings keep their level, list items their
    nesting and whether the list is numbered, quotes become ``>`` blocks, preformatted text a
    fenced block, and table cells (from HTML) a table per ``<table>``, its first row as the
    header. Text is escaped so Markdown reads it back as the same text. Plain-text input has no
    such structure: its paragraphs stay paragraphs.

    Examples:
        >>> import articlekit
        >>> page = (
        ...     "<article><h1>Sony posts a loss</h1>"
        ...     "<p>Sony lost $155 million in the second quarter, the company said on Thursday.</p>"
        ...     "<h2>How the divisions did</h2>"
        ...     "<p>Games and phones did differently, as the list below shows in some detail.</p>"
        ...     "<ul><li>Games: up 5%</li><li>Phones: down 2%</li></ul>"
        ...     "<blockquote><p>We will recover, said a spokesman for the company.</p></blockquote>"
        ...     "</article>"
        ... )
        >>> print(to_markdown(articlekit.extract(page)))
        # Sony posts a loss
        <BLANKLINE>
        Sony lost $155 million in the second quarter, the company said on Thursday.
        <BLANKLINE>
        ## How the divisions did
        <BLANKLINE>
        Games and phones did differently, as the list below shows in some detail.
        <BLANKLINE>
        - Games: up 5%
        - Phones: down 2%
        <BLANKLINE>
        > We will recover, said a spokesman for the company.
    """
    info = _block_info(doc)
    out: list[str] = []
    if doc.headline is not None:
        out.append(_heading(1, _escape(doc.headline.text)))
    rows: list[list[str]] = []
    row_element: int | None = None
    table_element: int | None = None
    open_items: list[tuple[int, int]] = []
    in_list = False
    for paragraph in doc.paragraphs:
        block_kind, level, _tag, element = info(paragraph.span)
        # The paragraph's kind, but cells stay cells (the body calls them paragraphs).
        kind = block_kind if block_kind is BlockKind.TABLE_CELL else paragraph.kind
        text = _escape(paragraph.text)
        if kind is BlockKind.TABLE_CELL:
            row = _ancestor(doc, element, _ROW_TAGS)
            table = _ancestor(doc, element, _TABLE_TAGS)
            if rows and table != table_element:
                out.append(_table(rows))
                rows = []
            if not rows or row != row_element or row is None:
                rows.append([])
            rows[-1].append(text.replace("\n", " "))
            row_element, table_element = row, table
            in_list = False
            open_items = []
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if kind is BlockKind.LIST_ITEM:
            item = _list_item(doc, text, level, element, open_items)
            if in_list:
                out[-1] += "\n" + item  # items of one list: no blank line between them
            else:
                out.append(item)
            in_list = True
            continue
        in_list = False
        open_items = []
        if kind is BlockKind.HEADING:
            out.append(_heading(level, text))
        elif kind is BlockKind.QUOTE:
            out.append("> " + text.replace("\n", "\n> "))
        elif kind is BlockKind.PREFORMATTED:
            fence = "```" if "```" not in paragraph.text else "~~~~"
            out.append(f"{fence}\n{paragraph.text}\n{fence}")
        else:
            out.append(text)
    if rows:
        out.append(_table(rows))
    return "\n\n".join(out)


# --------------------------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------------------------

#: The default columns of a CSV row per page (``authors`` joined by ``"; "``).
CSV_FIELDS: Final[tuple[str, ...]] = (
    "url",
    "title",
    "authors",
    "published",
    "language",
    "site",
    "text",
)

#: The columns of a CSV row per fact (``--facts``): the page's URL and title, then the fact.
FACT_CSV_FIELDS: Final[tuple[str, ...]] = (
    "url",
    "title",
    "fact",
    "start",
    "end",
    "value",
    "low",
    "high",
    "unit",
    "dimension",
    "noun",
    "qualifier",
    "change",
    "measured",
    "period",
    "sentence",
)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return str(value)  # an enum member as its plain value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False)


def csv_header(*, fields: Sequence[str] | None = None, facts: bool = False) -> list[str]:
    """Return the CSV header row.

    Per page: ``fields`` (default :data:`CSV_FIELDS`); per fact: :data:`FACT_CSV_FIELDS`.

    Raises:
        FieldError: for an unknown field, or fields chosen with ``facts``.
    """
    if facts:
        if fields is not None:
            raise FieldError("the per-fact CSV has fixed columns; leave out fields")
        return list(FACT_CSV_FIELDS)
    return list(CSV_FIELDS if fields is None else check_fields(fields, FIELDS))


_FACT_KEYS: Final = (
    "value",
    "low",
    "high",
    "unit",
    "dimension",
    "noun",
    "qualifier",
    "change",
    "measured",
)


def _sentence_of(doc: Document, span: Span) -> str:
    for sentence in doc.sentences:
        if sentence.span.contains(span):
            return sentence.text
    return ""


def csv_rows(
    doc: Document, *, fields: Sequence[str] | None = None, facts: bool = False
) -> list[list[str]]:
    """Return the CSV rows of ``doc``: one row (per page), or one per numeric fact.

    A list value becomes its items joined by ``"; "`` (authors) or, for nested fields
    (``facts``, ``claims``...), its JSON text.

    Examples:
        >>> import articlekit
        >>> doc = articlekit.extract(
        ...     "Sony posts a loss\\n\\n"
        ...     "Sony lost $155 million in the second quarter of 2012, it said."
        ... )
        >>> csv_header(facts=True)[2:10]
        ['fact', 'start', 'end', 'value', 'low', 'high', 'unit', 'dimension']
        >>> [row[2:10] for row in csv_rows(doc, facts=True)]
        [['$155 million', '29', '41', '155000000', '', '', 'USD', 'currency']]
    """
    if not facts:
        header = csv_header(fields=fields)
        return [[_cell(FIELDS[name](doc)) for name in header]]
    csv_header(fields=fields, facts=True)  # fields with facts=True are refused
    title = doc.headline.text if doc.headline is not None else ""
    url = doc.source.url or ""
    rows = []
    for q in doc.quantities:
        fact: dict[str, Any] = dict(_fact(q))
        period = fact.get("period")
        rows.append(
            [
                url,
                title,
                q.text,
                str(q.span.start),
                str(q.span.end),
                *(_cell(fact.get(key)) for key in _FACT_KEYS),
                period["label"] if period is not None else "",
                _sentence_of(doc, q.span),
            ]
        )
    return rows


def _csv_text(rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# One entry point by name
# --------------------------------------------------------------------------------------------


def render(
    doc: Document,
    fmt: Format | str,
    *,
    fields: Sequence[str] | None = None,
    full: bool = False,
    facts: bool = False,
    header: bool = True,
) -> str:
    """Return ``doc`` in format ``fmt``: ``txt``, ``markdown``, ``csv``, ``jsonl`` or ``json``.

    Args:
        doc: the document.
        fmt: a :class:`Format` or its name.
        fields: for ``csv``, ``jsonl`` and ``json``, the record fields to write.
        full: for ``jsonl`` and ``json``, the full Document instead of the compact record.
        facts: for ``csv``, one row per numeric fact instead of one per page.
        header: for ``csv``, whether to start with the header row.

    Raises:
        FieldError: for an unknown format or field, or options the format does not take.
    """
    try:
        chosen = Format(fmt)
    except ValueError:
        raise FieldError(
            f"unknown format {fmt!r}; choose from {[f.value for f in Format]}"
        ) from None
    if full and fields is not None:
        raise FieldError("--full writes the whole Document; fields choose keys of the compact one")
    if chosen is Format.TXT:
        return to_text(doc) + "\n"
    if chosen is Format.MARKDOWN:
        return to_markdown(doc) + "\n"
    if chosen is Format.CSV:
        rows = csv_rows(doc, fields=fields, facts=facts)
        return _csv_text([csv_header(fields=fields, facts=facts), *rows] if header else rows)
    if chosen is Format.JSON:
        data = doc.to_dict() if full else record(doc, fields=fields)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return to_jsonl(doc, fields=fields, full=full) + "\n"
