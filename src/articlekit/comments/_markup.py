"""Comments nested in HTML containers: exact parents from the nesting, fields from the parts."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Final

import attrs

from articlekit.comments._fields import parse_when
from articlekit.model import Comment, Source, Span

_COMMENT_ID: Final = re.compile(r"(?:li-)?comment-\d+")
_AUTHOR_HINT: Final = re.compile(
    r"comment-author|\bfn\b|[.]author|username|user-name|"
    r"comment__author|commenter",
    re.IGNORECASE,
)
_META_HINT: Final = re.compile(
    r"comment-meta|commentmetadata|comment-date|[.]date|[.]time|"
    r"comment-time|published",
    re.IGNORECASE,
)
_REPLY_HINT: Final = re.compile(r"[.]reply|comment-reply|reply-link", re.IGNORECASE)
_SAYS: Final = re.compile(
    r"\s+(?:says|sagt|schreibt|dit|dice|disse|zegt|skriver)\s*:?\s*$", re.IGNORECASE
)


_SAYS_INLINE: Final = re.compile(
    r"\s+(?:says|sagt|schreibt|dit|dice|disse|zegt|skriver)\s*:", re.IGNORECASE
)


@lru_cache(maxsize=1 << 16)
def _hint_role(hint: str) -> str:
    """What an element inside a comment holds, by its class/id: author, meta, reply or body."""
    if _AUTHOR_HINT.search(hint):
        return "author"
    if _META_HINT.search(hint):
        return "meta"
    if _REPLY_HINT.search(hint):
        return "reply"
    return "body"


@lru_cache(maxsize=1 << 16)
def _is_container(hint: str | None, tag: str) -> bool:
    if not hint or tag not in {"li", "article", "div", "section"}:
        return False
    h = hint.split("#", 1)
    classes = h[0].split(".")[1:]
    ident = h[1] if len(h) > 1 else ""
    if _COMMENT_ID.fullmatch(ident):
        return True  # WordPress "li#comment-12" ("div-comment-12" is the inner body box)
    return "comment" in classes and tag in {"li", "article"}


@attrs.frozen
class _Nesting:
    """Comment containers of a page, the blocks each one owns, and each block's role."""

    containers: tuple[int, ...]
    blocks_by: dict[int, list[int]] = attrs.field(hash=False)
    role: dict[int, str] = attrs.field(hash=False)

    def with_body(self) -> list[int]:
        """The containers that hold comment text (the others are wrappers)."""
        return [
            c for c in self.containers if any(self.role[b] == "body" for b in self.blocks_by[c])
        ]


def nesting_of(source: Source) -> _Nesting | None:
    """Read the comment containers from the element outline (``None`` when there are none)."""
    els = source.elements
    containers = [i for i, e in enumerate(els) if _is_container(e.hint, e.tag)]
    if not containers:
        return None
    cset = set(containers)
    blocks_by: dict[int, list[int]] = {c: [] for c in containers}
    role: dict[int, str] = {}
    for b, block in enumerate(source.blocks):
        if block.element is None:
            continue
        j: int | None = block.element
        kind = "body"
        while j is not None and j not in cset:
            if kind == "body":
                kind = _hint_role(els[j].hint or "")
            j = els[j].parent
        if j is not None:
            blocks_by[j].append(b)
            role[b] = kind
    return _Nesting(tuple(containers), blocks_by, role)


def html_comments(source: Source, reference_time: datetime | None) -> list[Comment]:
    """Comments from nested comment markup (exact parents), in document order."""
    nesting = nesting_of(source)
    if nesting is None:
        return []
    els = source.elements
    cset = set(nesting.containers)
    blocks_by, role = nesting.blocks_by, nesting.role

    def owner(i: int | None) -> int | None:
        """The nearest comment container strictly above element ``i``."""
        j = els[i].parent if i is not None else None
        while j is not None and j not in cset:
            j = els[j].parent
        return j

    text = source.text
    out: list[Comment] = []
    kept: list[int] = []
    for c in nesting.with_body():
        bs = blocks_by[c]
        body_blocks = [b for b in bs if role[b] == "body"]
        author_blocks = [b for b in bs if role[b] == "author"]
        meta_blocks = [b for b in bs if role[b] == "meta"]
        author_span = None
        author = None
        # the author block, else a header line "name says: date" in the meta block
        for b in (*author_blocks, *meta_blocks):
            sp = source.blocks[b].span
            raw = text[sp.start : sp.end].split("\n", 1)[0]
            m = _SAYS.search(raw) or _SAYS_INLINE.search(raw)
            if b in meta_blocks and m is None:
                continue
            cut = m.start() if m else len(raw)
            name = raw[:cut].strip()
            if name:
                s0 = sp.start + raw.index(name)
                author_span, author = Span(s0, s0 + len(name)), name
                break
        posted = posted_span = None
        if meta_blocks:
            sp = source.blocks[meta_blocks[0]].span
            when = parse_when(text[sp.start : sp.end], reference_time)
            if when is not None:
                posted, posted_span = when, sp
        first = source.blocks[body_blocks[0]].span.start
        last = source.blocks[body_blocks[-1]].span.end
        start = min(source.blocks[b].span.start for b in bs)
        end = max(source.blocks[b].span.end for b in bs)
        out.append(
            Comment(
                span=Span(start, max(end, last)),
                body=Span(first, last),
                ref=(els[c].hint or "").rsplit("#comment-", 1)[-1]
                if "#comment-" in (els[c].hint or "")
                else None,
                author=author,
                author_span=author_span,
                posted=posted,
                posted_span=posted_span,
                parent_confidence=1.0,
            )
        )
        kept.append(c)
    position = {c: n for n, c in enumerate(kept)}
    fixed = []
    for cm, c in zip(out, kept, strict=True):
        p = owner(c)
        while p is not None and p not in position:
            p = owner(p)
        fixed.append(attrs.evolve(cm, parent=position.get(p) if p is not None else None))
    return _ordered(fixed)


def _ordered(comments: list[Comment]) -> list[Comment]:
    """Comments whose spans overlap a parent's (nested markup) are cut to keep the model's order."""
    out: list[Comment] = []
    end = 0
    for c in comments:
        start = max(c.span.start, end)
        span = Span(start, max(start, c.span.end))
        body = (
            c.body
            if span.contains(c.body)
            else Span(max(c.body.start, start), max(c.body.start, start, c.body.end))
        )
        if not span.contains(body):
            continue
        out.append(attrs.evolve(c, span=span, body=body))
        end = max(end, span.end)
    return out
