"""Unchecked construction of model objects, for the renderer only.

:mod:`articlekit._render` builds thousands of blocks, elements and spans per page from values
that are right by construction; these constructors skip the per-field checks the model's own
constructors run (see ``docs/model.md``). They live apart from :mod:`articlekit.model` so that
the optional compiled build compiles them (the model's attrs classes stay plain Python). A
hypothesis property rebuilds every rendered source through the checked constructors.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from articlekit.model import (
    Block,
    BlockKind,
    Element,
    MediaType,
    OffsetMap,
    Problem,
    Source,
    Span,
)

__all__ = [
    "unchecked_block",
    "unchecked_element",
    "unchecked_offset_map",
    "unchecked_source",
    "unchecked_span",
]

_new = object.__new__
_SPAN_START, _SPAN_END = (Span.__dict__[name].__set__ for name in ("start", "end"))
(
    _BLOCK_SPAN,
    _BLOCK_KIND,
    _BLOCK_LEVEL,
    _BLOCK_TAG,
    _BLOCK_HINT,
    _BLOCK_LINK_CHARS,
    _BLOCK_ELEMENT,
) = (Block.__dict__[a.name].__set__ for a in attrs.fields(Block))
_ELEMENT_TAG, _ELEMENT_SPAN, _ELEMENT_PARENT, _ELEMENT_HINT = (
    Element.__dict__[a.name].__set__ for a in attrs.fields(Element)
)


def unchecked_span(start: int, end: int) -> Span:
    """A :class:`Span` built without its checks (see :func:`unchecked_block`)."""
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


def unchecked_block(  # noqa: PLR0917 - the fields, in order
    span: Span,
    kind: BlockKind,
    level: int,
    tag: str | None,
    hint: str | None,
    link_chars: int,
    element: int | None,
) -> Block:
    """A :class:`Block` built without its per-field checks.

    Only for :mod:`articlekit._render`, which builds thousands per page from values that are
    right by construction; :class:`Source` still checks them as a whole, and a hypothesis
    property rebuilds every block and element the renderer makes through the checked
    constructors.
    """
    block: Block = _new(Block)
    _BLOCK_SPAN(block, span)
    _BLOCK_KIND(block, kind)
    _BLOCK_LEVEL(block, level)
    _BLOCK_TAG(block, tag)
    _BLOCK_HINT(block, hint)
    _BLOCK_LINK_CHARS(block, link_chars)
    _BLOCK_ELEMENT(block, element)
    return block


def unchecked_element(tag: str, span: Span, parent: int | None, hint: str | None) -> Element:
    """An :class:`Element` built without its per-field checks (see :func:`unchecked_block`)."""
    element: Element = _new(Element)
    _ELEMENT_TAG(element, tag)
    _ELEMENT_SPAN(element, span)
    _ELEMENT_PARENT(element, parent)
    _ELEMENT_HINT(element, hint)
    return element


_MAP_LENGTH, _MAP_RUNS = (OffsetMap.__dict__[a.name].__set__ for a in attrs.fields(OffsetMap))


def unchecked_offset_map(length: int, runs: tuple[tuple[int, int, int], ...]) -> OffsetMap:
    """An :class:`OffsetMap` built without checking its runs (see :func:`unchecked_block`).

    The renderer emits runs in text order, each at the length reached so far; checking them
    again took about as long as building them.
    """
    offsets: OffsetMap = _new(OffsetMap)
    _MAP_LENGTH(offsets, length)
    _MAP_RUNS(offsets, runs)
    return offsets


_SOURCE_SETTERS = tuple(Source.__dict__[a.name].__set__ for a in attrs.fields(Source))


def unchecked_source(  # noqa: PLR0917 - the fields, in order
    text: str,
    media_type: MediaType,
    url: str | None,
    reference_time: datetime | None,
    encoding: str | None,
    blocks: tuple[Block, ...],
    offsets: OffsetMap | None,
    elements: tuple[Element, ...],
    problems: tuple[Problem, ...] = (),
) -> Source:
    """A :class:`Source` the renderer built, without re-running the model's checks.

    What the caller passed on (URL, reference time) was checked by :mod:`articlekit.io` before
    rendering; the text, blocks, elements and offsets are right by construction, and a
    hypothesis property rebuilds every rendered source through the checked constructor (see
    :func:`unchecked_block`).
    """
    source: Source = _new(Source)
    values = (text, media_type, url, reference_time, encoding, blocks, offsets, elements, problems)
    for setter, value in zip(_SOURCE_SETTERS, values, strict=True):
        setter(source, value)
    return source
