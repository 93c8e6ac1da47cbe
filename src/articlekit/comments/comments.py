"""Reader comments: found, split, read into fields, and arranged into a tree with confidence.

Two sources:

- **HTML** with nested markup (WordPress ``ol.commentlist > li#comment-N > ul.children``,
  ``article.comment``, schema.org-style ``Comment`` containers, generic nested ``comment``
  containers): the nesting in :attr:`Source.elements` gives exact parents (confidence 1.0); the
  author, date and body come from the container's parts.
- **Text dumps** (and HTML pages whose comments are flattened): the comment section after the body
  is split by the :class:`~._comment_formats.CommentFormat` with the most evidence on the page
  (numbered, WordPress "says:", Disqus-like, Hacker-News-like, Reddit-like; users add their own).
  Numbered threads get their tree from :mod:`._comment_tree` (constraints from the numbers, a
  small learned scorer, beam search, calibrated confidence and alternatives); Hacker-News-style
  pages from their depth links; other styles from @mentions, else top level.

Relative times ("3 days ago") resolve against the source's reference time only; without one they
stay unresolved (the wall clock is never used).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final

import attrs

from articlekit import _lexicon as lex
from articlekit._dates import parse_date
from articlekit._text import caseless_key
from articlekit.comments import _tree as tree
from articlekit.comments.formats import FORMATS, CommentFormat
from articlekit.model import (
    AuthorDetails,
    Comment,
    CommentSection,
    Document,
    ParentOption,
    RawComment,
    Source,
    Span,
)

__all__ = ["MARKUP", "CommentExtractor", "find_comment_section", "find_comments"]

MARKUP: Final = "markup"
"""The :attr:`CommentSection.format` of comments nested in HTML containers."""

# --------------------------------------------------------------------------------------------
# Lines
# --------------------------------------------------------------------------------------------


class _Line:
    """A line of the section: its stripped text and where that sits; blank lines have no text.

    A plain class (native when compiled): section detection reads every line of every page.
    """

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        """Keep where the stripped line sits and its text."""
        self.start = start
        self.end = end
        self.text = text


def _lines(text: str, lo: int, hi: int) -> list[_Line]:
    out = []
    pos = lo
    parts = text[lo:hi].split("\n")
    if not parts[-1]:
        parts.pop()  # a range ending in a newline has no line after it
    for raw in parts:
        stripped = raw.strip()
        if stripped:
            s = pos if len(stripped) == len(raw) else pos + len(raw) - len(raw.lstrip())
            out.append(_Line(s, s + len(stripped), stripped))
        else:
            out.append(_Line(pos, pos, ""))
        pos += len(raw) + 1
    return out


_END_MARKER: Final = re.compile(
    r"^(?:want\s+to\s+comment\b.*|(?:please\s+)?(?:log\s*in|sign\s+in|register)\s+to\s+(?:comment|reply)\b.*"
    r"|this\s+copy\s+is\s+for\s+your\s+personal.*|latest\s+stories|load\s+more\s+comments"
    r"|show\s+more\s+comments|view\s+all\s+comments|(?:leave|post)\s+a\s+(?:reply|comment).*)$",
    re.IGNORECASE,
)


def _is_end(line: str) -> bool:
    """A line that ends the comment section (page furniture after the last comment)."""
    return bool(_END_MARKER.match(line) or lex.BOILERPLATE.match(line))


# --------------------------------------------------------------------------------------------
# Splitting a flattened section
# --------------------------------------------------------------------------------------------


@attrs.frozen
class _Raw:
    """One comment as read from a flattened section (offsets into the source text)."""

    start: int
    end: int
    body_start: int
    body_end: int
    fields: dict[str, tuple[str, int, int]] = attrs.field(hash=False)  # name -> (text, start, end)


def _groups(m: re.Match[str], offset: int) -> dict[str, tuple[str, int, int]]:
    return {
        name: (value, offset + m.start(name), offset + m.end(name))
        for name, value in m.groupdict().items()
        if value is not None
    }


def _confirmed(fmt: CommentFormat, lines: Sequence[_Line], i: int, m: re.Match[str]) -> bool:
    if not fmt.needs_confirmation:
        return True
    if m.groupdict().get("unregistered"):
        return True
    nxt = next((ln for ln in lines[i + 1 :] if ln.text), None)
    return bool(nxt is not None and fmt.details is not None and fmt.details.match(nxt.text))


def _headers(fmt: CommentFormat, lines: Sequence[_Line]) -> list[tuple[int, re.Match[str]]]:
    """Header lines of a header-driven format: (line index, match), in order."""
    out = []
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        if not ln.text or (i > 0 and lines[i - 1].text):
            continue
        m = fmt.header.match(ln.text)
        if m is None or not _confirmed(fmt, lines, i, m):
            continue
        ref = m.groupdict().get("ref")
        if ref is not None:
            if ref in seen:
                continue
            seen.add(ref)
        out.append((i, m))
    return out


def _body_bounds(lines: Sequence[_Line], a: int, b: int) -> tuple[int, int] | None:
    """The first and last non-blank line indices in ``lines[a:b]``."""
    idx = [i for i in range(a, b) if lines[i].text]
    return (idx[0], idx[-1]) if idx else None


def _split_headers(fmt: CommentFormat, lines: Sequence[_Line]) -> list[_Raw]:
    heads = _headers(fmt, lines)
    out: list[_Raw] = []
    for n, (i, m) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        if n + 1 == len(heads):  # the last comment ends at the page furniture after it
            for j in range(i + 1, stop):
                if lines[j].text and _is_end(lines[j].text):
                    stop = j
                    break
        fields = _groups(m, lines[i].start)
        first = i + 1
        nxt = next((j for j in range(first, stop) if lines[j].text), None)
        if nxt is not None and fmt.details is not None:
            d = fmt.details.match(lines[nxt].text)
            if d is not None:
                fields.update(_groups(d, lines[nxt].start))
                first = nxt + 1
        if nxt is not None and fmt.date_line is not None and first == i + 1:
            d = fmt.date_line.match(lines[nxt].text)
            if d is not None:
                fields.update(_groups(d, lines[nxt].start))
                first = nxt + 1
        bounds = _body_bounds(lines, first, stop)
        if bounds is None:
            body_start = body_end = lines[first - 1].end if first - 1 >= i else lines[i].end
            end = lines[i].end if first - 1 == i else lines[first - 1].end
        else:
            body_start, body_end = lines[bounds[0]].start, lines[bounds[1]].end
            end = body_end
        out.append(_Raw(lines[i].start, end, body_start, body_end, fields))
    return out


def _split_footers(fmt: CommentFormat, lines: Sequence[_Line]) -> list[_Raw]:
    assert fmt.footer is not None  # noqa: S101 - only called for footer formats
    feet = [i for i, ln in enumerate(lines) if ln.text and fmt.footer.match(ln.text)]
    out: list[_Raw] = []
    prev = -1
    for n, f in enumerate(feet):
        chunk = [i for i in range(prev + 1, f) if lines[i].text]
        prev = f
        if not chunk:
            continue
        head = None
        if n == 0:
            # the section may start with the article, headings and furniture: the last strong
            # header, else the first block after the last furniture line that could be a name
            strong = [i for i in chunk if _strong_header(fmt, lines[i].text)]
            if strong:
                head = strong[-1]
            else:
                furniture = [i for i in chunk if _furniture(lines[i].text)]
                after = furniture[-1] if furniture else -1
                names = [i for i in chunk if i > after and _name_like(lines, i)]
                head = names[0] if names else None
        else:
            head = chunk[0]
        if head is None:
            continue
        m = fmt.header.match(lines[head].text)
        fields = (
            _groups(m, lines[head].start)
            if m
            else {"author": (lines[head].text, lines[head].start, lines[head].end)}
        )
        first = head + 1
        nxt = next((j for j in range(first, f) if lines[j].text), None)
        if nxt is not None and fmt.date_line is not None:
            d = fmt.date_line.match(lines[nxt].text)
            if d is not None and nxt < f - 1:
                fields.update(_groups(d, lines[nxt].start))
                first = nxt + 1
        bounds = _body_bounds(lines, first, f)
        if bounds is None:
            body_start = body_end = lines[head].end
        else:
            body_start, body_end = lines[bounds[0]].start, lines[bounds[1]].end
        out.append(_Raw(lines[head].start, lines[f].end, body_start, body_end, fields))
    return out


def _name_like(lines: Sequence[_Line], i: int) -> bool:
    """A short line opening a block, not ending like a sentence: could be a commenter's name."""
    text = lines[i].text
    return (i == 0 or not lines[i - 1].text) and len(text) <= 60 and text[-1:] not in ".!?:;,"  # noqa: PLR2004


def _strong_header(fmt: CommentFormat, line: str) -> bool:
    m = fmt.header.match(line)
    if m is None:
        return False
    groups = m.groupdict()
    # a permissive header (Disqus without a time) is only strong with a time or votes
    return bool(
        groups.get("time") or groups.get("votes") or groups.get("ref") or fmt.name != "disqus_like"
    )


def _furniture(line: str) -> bool:
    return bool(
        lex.BOILERPLATE.match(line)
        or lex.SECTION_END.match(line)
        or (len(line) < 60 and lex.COMMENT_HEADING.search(line))  # noqa: PLR2004
        or line.lower() in {"related news and reviews", "article"}
    )


def _evidence(fmt: CommentFormat, lines: Sequence[_Line]) -> int:
    """How many comments the format would find; footer styles need two to count at all."""
    if fmt.footer is not None:
        n = sum(1 for ln in lines if ln.text and fmt.footer.match(ln.text))
        if n < 2:  # noqa: PLR2004 - one "Reply" line is not a thread
            return 0
        # styles sharing a footer ("Reply") are told apart by their headers
        heads = sum(
            1
            for ln in lines
            if ln.text and _strong_header(fmt, ln.text) and fmt.name != "disqus_like"
        )
        return n + heads
    return len(_headers(fmt, lines))


def split_section(
    text: str, lo: int, hi: int, formats: Sequence[CommentFormat] = FORMATS
) -> tuple[CommentFormat | None, list[_Raw]]:
    """Split ``text[lo:hi]`` into comments with the best-evidenced format."""
    lines = _lines(text, lo, hi)
    best: CommentFormat | None = None
    best_n = 0
    for fmt in formats:
        n = _evidence(fmt, lines)
        if n > best_n:
            best, best_n = fmt, n
    if best is None:
        return None, []
    raws = _split_footers(best, lines) if best.footer is not None else _split_headers(best, lines)
    return best, raws


# --------------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------------

_AGO: Final = re.compile(
    r"^(?P<n>\d+|an?|one)\s+(?P<unit>second|minute|min|hour|hr|day|week|month|year)s?\s+ago$",
    re.IGNORECASE,
)
_UNIT_SECONDS: Final = {
    "second": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "hr": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2592000,
    "year": 31536000,
}
_MENTION: Final = re.compile(r"(?<![\w@])@[\w.-]{2,40}")
_QUOTE_LINE: Final = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)


@lru_cache(maxsize=4096)
def _when(text: str, reference_time: datetime | None) -> datetime | None:
    t = text.strip()
    m = _AGO.match(t)
    if m is not None:
        if reference_time is None:
            return None
        n = 1 if m.group("n").lower() in {"a", "an", "one"} else int(m.group("n"))
        return reference_time - timedelta(seconds=n * _UNIT_SECONDS[caseless_key(m.group("unit"))])
    if t.lower() == "just now":
        return reference_time
    parsed = parse_date(t, reference_time=reference_time)
    return parsed[0] if parsed else None


def _member_since(text: str) -> date | None:
    parsed = parse_date(text)
    return parsed[0].date() if parsed else None


def _comment(raw: _Raw, text: str, reference_time: datetime | None) -> Comment:
    f = raw.fields
    author = f.get("author")
    posts = f.get("posts")
    since = f.get("since")
    when = f.get("time")
    body = Span(raw.body_start, raw.body_end)
    body_text = text[raw.body_start : raw.body_end]
    mentions = tuple(
        Span(raw.body_start + m.start(), raw.body_start + m.end())
        for m in _MENTION.finditer(body_text)
    )
    quotes = tuple(
        Span(raw.body_start + m.start(), raw.body_start + m.end())
        for m in _QUOTE_LINE.finditer(body_text)
        if m.group().strip()
    )
    registered: bool | None = None
    if "unregistered" in f:
        registered = False
    elif posts is not None or since is not None:
        registered = True
    votes = f.get("votes")
    return Comment(
        span=Span(raw.start, max(raw.end, raw.body_end)),
        body=body,
        ref=f["ref"][0] if "ref" in f else None,
        author=author[0] if author else None,
        author_span=Span(author[1], author[2]) if author else None,
        is_registered=registered,
        details=AuthorDetails(
            post_count=int(posts[0].replace(",", "")) if posts else None,
            member_since=_member_since(since[0]) if since else None,
        ),
        posted=_when(when[0], reference_time) if when else None,
        posted_span=Span(when[1], when[2]) if when else None,
        mentions=mentions,
        quotes=quotes,
        votes=int(votes[0].replace(",", "")) if votes else None,
    )


# --------------------------------------------------------------------------------------------
# Trees for flattened sections
# --------------------------------------------------------------------------------------------


def _numbered_tree(comments: list[Comment], text: str) -> list[Comment]:
    nodes = [
        tree.Node(
            ref=int(c.ref) if c.ref and c.ref.isdigit() else None,
            author=c.author or "",
            body=text[c.body.start : c.body.end],
            registered=c.is_registered,
        )
        for c in comments
    ]
    out = []
    for c, d in zip(comments, tree.infer(nodes), strict=True):
        alternatives = tuple(
            ParentOption(parent=o, confidence=round(min(1.0, max(0.0, p)), 4))
            for o, p in d.options
            if o != d.parent
        )[:3]
        out.append(
            attrs.evolve(
                c,
                parent=d.parent,
                parent_confidence=round(d.confidence, 4),
                alternatives=alternatives,
            )
        )
    return out


def _hint_tree(comments: list[Comment], raws: Sequence[_Raw]) -> list[Comment]:
    """Hacker-News-style depth links: no "parent" = top level, "parent" = depth 1, "root" = 2+."""
    out: list[Comment] = []
    depth_of: list[int] = []
    for k, (c, r) in enumerate(zip(comments, raws, strict=True)):
        if "parent" not in r.fields:
            parent, depth, conf = None, 0, 1.0
        elif "root" not in r.fields:
            parent = next((j for j in range(k - 1, -1, -1) if depth_of[j] == 0), None)
            depth, conf = 1, 1.0
        else:
            parent = k - 1 if k else None
            depth = depth_of[k - 1] + 1 if k else 0
            conf = 0.6
        depth_of.append(depth)
        out.append(attrs.evolve(c, parent=parent, parent_confidence=conf))
    return out


def _mention_tree(comments: list[Comment], text: str) -> list[Comment]:
    """Styles without structure: a comment that @mentions an earlier author replies to them."""
    out: list[Comment] = []
    for k, c in enumerate(comments):
        parent = None
        for m in c.mentions:
            name = text[m.start + 1 : m.end].lower()
            parent = next(
                (j for j in range(k - 1, -1, -1) if (comments[j].author or "").lower() == name),
                None,
            )
            if parent is not None:
                break
        out.append(
            attrs.evolve(c, parent=parent, parent_confidence=0.7 if parent is not None else 0.5)
        )
    return out


# --------------------------------------------------------------------------------------------
# HTML: nested markup
# --------------------------------------------------------------------------------------------

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


def _nesting(source: Source) -> _Nesting | None:
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
    nesting = _nesting(source)
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
            when = _when(text[sp.start : sp.end], reference_time)
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


# --------------------------------------------------------------------------------------------
# The step
# --------------------------------------------------------------------------------------------


def find_comment_section(
    source: Source, formats: Sequence[CommentFormat] = FORMATS
) -> CommentSection | None:
    """Where the page's comments are and how they split, or ``None`` without any.

    Nested comment markup wins; otherwise the flattened section is split with the format of
    ``formats`` that has the most evidence on the page. Fields and the tree are read later
    (:func:`find_comments`).
    """
    nesting = _nesting(source)
    kept = nesting.with_body() if nesting is not None else []
    if nesting is not None and kept:  # no need to read authors and dates here
        start = min(source.blocks[b].span.start for c in kept for b in nesting.blocks_by[c])
        return CommentSection(start=start, format=MARKUP)
    fmt, raws = split_section(source.text, 0, len(source.text), formats)
    if fmt is None or not raws:
        return None
    return CommentSection(
        start=raws[0].start,
        format=fmt.name,
        is_numbered=fmt.numbered,
        comments=tuple(
            RawComment(
                span=Span(r.start, r.end),
                body=Span(r.body_start, r.body_end),
                fields=tuple((name, Span(a, b)) for name, (_, a, b) in r.fields.items()),
            )
            for r in raws
        ),
    )


def find_comments(
    source: Source,
    *,
    after: int = 0,
    formats: Sequence[CommentFormat] = FORMATS,
    section: CommentSection | None = None,
) -> tuple[Comment, ...]:
    """The comments of a page: nested HTML markup first, else a flattened section.

    Comments starting before ``after`` (the body's end, in the pipeline) are left out.
    ``section`` is the page's comment section when already found (the layout step finds it
    with its own formats); otherwise it is found with ``formats``.

    >>> import articlekit
    >>> page = "Title\\n\\nBody text.\\n\\nComments\\n\\n1. ann unregistered\\n\\nFirst!\\n\\n" \\
    ...        "2. bob unregistered\\n\\n@ann welcome\\n"
    >>> [(c.ref, c.author, c.is_registered) for c in find_comments(articlekit.from_text(page))]
    [('1', 'ann', False), ('2', 'bob', False)]
    """
    if section is None:
        section = find_comment_section(source, formats)
    if section is None:
        return ()
    ref = source.reference_time
    if section.format == MARKUP:
        return tuple(html_comments(source, ref))
    text = source.text
    raws = [
        _Raw(
            c.span.start,
            c.span.end,
            c.body.start,
            c.body.end,
            {name: (text[s.start : s.end], s.start, s.end) for name, s in c.fields},
        )
        for c in section.comments
        if c.span.start >= after
    ]
    if not raws:
        return ()
    comments = [_comment(r, text, ref) for r in raws]
    if section.is_numbered:
        comments = _numbered_tree(comments, text)
    elif (
        any("parent" in r.fields or "root" in r.fields for r in raws) or section.format == "hn_like"
    ):
        comments = _hint_tree(comments, raws)
    else:
        comments = _mention_tree(comments, text)
    return tuple(comments)


def _section_start(doc: Document) -> int:
    """Comments never start inside the body.

    The headline does not bound them: a page's title line may have been taken from anywhere.
    """
    return max((p.span.end for p in doc.paragraphs), default=0) if doc.paragraphs else 0


@attrs.frozen(kw_only=True)
class CommentExtractor:
    """The comments step: reader comments with authors, details, dates, bodies and parents.

    The section is the one the layout step found (configure its formats there:
    ``LayoutExtractor(comment_formats=...)``), so the body and the comments agree on where the
    comments start.
    """

    name: str = "comments"
    requires: frozenset[str] = frozenset({"layout", "paragraphs"})
    provides: frozenset[str] = frozenset({"comments"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its comments."""
        section = doc.layout.comments if doc.layout is not None else None
        found = find_comments(doc.source, after=_section_start(doc), section=section)
        return doc.evolve(comments=found)
