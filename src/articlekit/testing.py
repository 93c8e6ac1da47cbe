"""Hypothesis strategies for articlekit values, for property-testing your own steps.

Every strategy builds valid values by construction (never by filtering), so tests stay fast.
Needs the ``testing`` extra: ``pip install articlekit[testing]``.

>>> from hypothesis import given
>>> from articlekit.testing import documents
>>> @given(documents())
... def test_my_step_keeps_source(doc):
...     assert my_step(doc).source == doc.source
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "articlekit.testing needs hypothesis: pip install 'articlekit[testing]'"
    ) from error

from articlekit import io
from articlekit.model import (
    Attribution,
    AuthorDetails,
    Claim,
    ClaimKind,
    Comment,
    Dimension,
    Document,
    Granularity,
    Headline,
    Hedge,
    HedgeKind,
    Metadata,
    MetaValue,
    Paragraph,
    Period,
    Problem,
    Qualifier,
    Quantity,
    Sentence,
    Source,
    Span,
    Unit,
)

__all__ = [
    "FRAGMENTS",
    "decimals",
    "documents",
    "html_pages",
    "raw_texts",
    "sources",
    "spans",
]

FRAGMENTS = (
    "$20.5 billion",
    "8.8 million smartphones",
    "Q2 2012",
    "the same period last year",
    "45-50 million",
    "£20m",
    '"a contraction of the market," he said.',
    "Sony admitted there is",
    "16. eisenbricher",
    "Posts: 973; Member since: Aug 09, 2012",
    "2. wendygarett unregistered",
    "Lumia 920",
    "source: Sony (PDF)",
    "Café",
    "Straße",
    "Москва",
    "東京",
    "서울",
    "القاهرة",
)

_CHARS = st.characters(exclude_categories=["Cs"])


def raw_texts(*, max_size: int = 400) -> st.SearchStrategy[str]:
    """Arbitrary text mixed with realistic article fragments and white space."""
    piece = st.one_of(
        st.text(_CHARS, max_size=40),
        st.sampled_from(FRAGMENTS),
        st.sampled_from(["\n", "\n\n", "\r\n", "  ", "\t", "\xa0", "\u2028"]),
    )
    # A text that is only a URL or a file name ("0.gz") is refused by ``load``: never drawn.
    return (
        st.lists(piece, max_size=max(1, max_size // 20))
        .map("".join)
        .filter(lambda text: not io.is_address(text))
    )


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Small HTML pages built from headings, paragraphs, lists and inline markup."""
    words = st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS), st.from_regex(r"[A-Za-z0-9.,]{1,12}", fullmatch=True)
        ),
        min_size=1,
        max_size=6,
    ).map(" ".join)
    inline = st.one_of(
        words, words.map(lambda w: f"<b>{w}</b>"), words.map(lambda w: f"<a href='/x'>{w}</a>")
    )
    para = st.lists(inline, min_size=1, max_size=4).map(" ".join)
    block = st.one_of(
        para.map(lambda t: f"<p>{t}</p>"),
        words.map(lambda t: f"<h2>{t}</h2>"),
        st.lists(words, min_size=1, max_size=3).map(
            lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        ),
        para.map(lambda t: f"<blockquote>{t}</blockquote>"),
    )
    title = draw(words)
    body = draw(st.lists(block, max_size=8))
    return f"<html><head><title>{title}</title></head><body>{''.join(body)}</body></html>"


@st.composite
def sources(draw: st.DrawFn, *, html: bool | None = None) -> Source:
    """Valid :class:`Source` values, from text dumps or (``html=True``) HTML pages."""
    use_html = draw(st.booleans()) if html is None else html
    if use_html:
        return io.from_html(draw(html_pages()))
    return io.from_text(draw(raw_texts()))


@st.composite
def spans(draw: st.DrawFn, source: Source | str) -> Span:
    """Spans inside ``source`` (a Source or its text)."""
    length = len(source if isinstance(source, str) else source.text)
    start = draw(st.integers(0, length))
    end = draw(st.integers(start, length))
    return Span(start, end)


def decimals() -> st.SearchStrategy[Decimal]:
    """Finite decimals of the size quantities have."""
    return st.decimals(
        min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False
    )


_aware = st.datetimes(
    min_value=datetime(1990, 1, 1),  # noqa: DTZ001 - hypothesis adds the timezone
    max_value=datetime(2040, 1, 1),  # noqa: DTZ001 - hypothesis adds the timezone
    timezones=st.just(UTC),
)


def _item(source: Source, span: Span) -> dict[str, Any]:
    return {"span": span, "text": span.slice(source.text)}


@st.composite
def _quantity(draw: st.DrawFn, source: Source, span: Span) -> Quantity:
    is_range = draw(st.booleans())
    value = low = high = None
    if is_range:
        a, b = draw(decimals()), draw(decimals())
        low, high = min(a, b), max(a, b)
    else:
        value = draw(decimals())
    period = draw(
        st.none()
        | st.builds(
            Period,
            label=st.just("2012-Q2"),
            granularity=st.sampled_from(Granularity),
            start=st.just(date(2012, 4, 1)),
            end=st.just(date(2012, 6, 30)),
            is_fiscal=st.booleans(),
        )
    )
    return Quantity(
        **_item(source, span),
        value=value,
        low=low,
        high=high,
        scale=draw(st.sampled_from([None, Decimal(1000), Decimal("1E6"), Decimal("1E9")])),
        unit=draw(
            st.none()
            | st.builds(Unit, st.sampled_from(["USD", "%", "km"]), st.sampled_from(Dimension))
        ),
        noun=draw(st.none() | st.sampled_from(["smartphone", "job"])),
        qualifier=draw(st.none() | st.sampled_from(Qualifier)),
        period=period,
    )


@st.composite
def documents(draw: st.DrawFn, *, source: Source | None = None) -> Document:
    """Whole valid documents.

    They have a headline, metadata, paragraphs with sentences, claims and facts, and a comment
    thread whose parents always come earlier.
    """
    src = source if source is not None else draw(sources())
    body_blocks = [b for b in src.blocks if len(b.span)]
    roles = [draw(st.sampled_from(["skip", "paragraph", "comment"])) for _ in body_blocks]

    headline = None
    if draw(st.booleans()) and body_blocks:
        first = body_blocks[0].span
        headline = Headline(**_item(src, first), signals=("first-line",))
        roles[0] = "skip"

    paragraphs: list[Paragraph] = []
    comments: list[Comment] = []
    sentences: list[Sentence] = []
    quantities: list[Quantity] = []
    for block, role in zip(body_blocks, roles, strict=True):
        if role == "paragraph":
            paragraphs.append(Paragraph(**_item(src, block.span)))
        elif role == "comment":
            parent = draw(st.none() | st.integers(0, len(comments) - 1)) if comments else None
            comments.append(
                Comment(
                    span=block.span,
                    body=Span(draw(st.integers(block.span.start, block.span.end)), block.span.end),
                    ref=str(len(comments) + 1),
                    author=draw(st.none() | st.sampled_from(["alice", "bob"])),
                    is_registered=draw(st.none() | st.booleans()),
                    details=AuthorDetails(post_count=draw(st.none() | st.integers(0, 10_000))),
                    posted=draw(st.none() | _aware),
                    parent=parent,
                    parent_confidence=None if parent is None else draw(st.floats(0, 1)),
                )
            )
    for i, para in enumerate(paragraphs):
        sentences.append(Sentence(**_item(src, para.span), paragraph=i))
        if len(para.span) >= 2 and draw(st.booleans()):  # noqa: PLR2004 - room for a sub-span
            start = draw(st.integers(para.span.start, para.span.end - 1))
            end = draw(st.integers(start + 1, para.span.end))
            quantities.append(draw(_quantity(src, Span(start, end))))
    for i, comment in enumerate(comments):
        sentences.append(Sentence(**_item(src, comment.body), comment=i))

    claims = []
    for i, sentence in enumerate(sentences):
        if draw(st.booleans()):
            s = sentence.span
            cue = Span(s.start, s.start + min(1, len(s)))
            claims.append(
                Claim(
                    **_item(src, s),
                    kind=draw(st.sampled_from(ClaimKind)),
                    sentence=i,
                    attribution=Attribution(
                        speaker=None, cue=cue, content=s, is_direct=draw(st.booleans())
                    ),
                    hedges=(Hedge(**_item(src, cue), kind=draw(st.sampled_from(HedgeKind))),),
                    checkworthiness=draw(st.floats(0, 1)),
                    signals=("number",),
                    is_comment=sentence.comment is not None,
                )
            )

    site = None
    if draw(st.booleans()) and src.blocks:
        block_span = src.blocks[-1].span
        site = MetaValue(block_span.slice(src.text), "example", block_span)
    return Document(
        source=src,
        headline=headline,
        metadata=Metadata(site=site, authors=(MetaValue("Jane Doe", "Jane Doe"),)),
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        claims=tuple(claims),
        quantities=tuple(quantities),
        comments=tuple(comments),
        problems=(Problem("test", "generated", None),) if draw(st.booleans()) else (),
    )
