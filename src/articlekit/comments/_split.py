"""Splitting a flattened comment section into comments, with the best-evidenced format.

The section's lines are read once; every :class:`~.formats.CommentFormat` counts the comments it
would find (headers, or footers confirmed by headers), and the one with the most evidence splits
the section into :class:`Raw` comments: offsets of the whole comment, its body, and the named
fields its header, details and date lines matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from articlekit import _lexicon as lex
from articlekit._patterns import compile_later
from articlekit.comments._markup import ACTION_LINE
from articlekit.comments.formats import FORMATS, CommentFormat

__all__ = ["split_section"]


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


_END_MARKER: Final = compile_later(
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
class Raw:
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
    # Walk forward by index: slicing ``lines[i + 1 :]`` would copy the rest of the page for
    # every header line (quadratic on long dumps).
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].text), None)
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


def _split_headers(fmt: CommentFormat, lines: Sequence[_Line]) -> list[Raw]:
    heads = _headers(fmt, lines)
    out: list[Raw] = []
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
        out.append(Raw(lines[i].start, end, body_start, body_end, fields))
    return out


def _split_footers(fmt: CommentFormat, lines: Sequence[_Line]) -> list[Raw]:
    assert fmt.footer is not None  # noqa: S101 - only called for footer formats
    feet = [i for i, ln in enumerate(lines) if ln.text and fmt.footer.match(ln.text)]
    out: list[Raw] = []
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
                # a name with its date ("Ann\nMay 10, 2017", "Ann May 10, 2017 4:14 PM") is a
                # header: the last one before the first footer opens the first comment
                dated = [i for i in names if _dated(fmt, lines, i, f)]
                head = dated[-1] if dated else names[0] if names else None
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
        while bounds is not None and ACTION_LINE.match(lines[bounds[1]].text):
            bounds = _body_bounds(lines, first, bounds[1])  # "Reply Delete" before the footer
        if bounds is None:
            body_start = body_end = lines[head].end
        else:
            body_start, body_end = lines[bounds[0]].start, lines[bounds[1]].end
        out.append(Raw(lines[head].start, lines[f].end, body_start, body_end, fields))
    return out


_YEAR: Final = compile_later(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dated(fmt: CommentFormat, lines: Sequence[_Line], i: int, stop: int) -> bool:
    """Whether line ``i`` holds a date or the next non-blank line before ``stop`` is one."""
    if fmt.date_line is None:
        return False
    if _YEAR.search(lines[i].text) and fmt.date_line.match(lines[i].text):
        return True
    nxt = next((j for j in range(i + 1, stop) if lines[j].text), None)
    return nxt is not None and fmt.date_line.match(lines[nxt].text) is not None


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


_MIN_FOOTERS: Final = 2  # one "Reply" line is not a thread
_MIN_DATED_HEADERS: Final = 2  # nor is one dated header


def _footers(fmt: CommentFormat, lines: Sequence[_Line]) -> int:
    assert fmt.footer is not None  # noqa: S101 - only called for footer formats
    return sum(1 for ln in lines if ln.text and fmt.footer.match(ln.text))


def _evidence(fmt: CommentFormat, lines: Sequence[_Line]) -> int:
    """How many comments the format would find; footer styles need two footers to count at all.

    A footer style with ``dated_headers_split`` counts its dated headers instead when the thread
    shows no footers (a closed thread has no "Reply" links; "Ann on May 3, 2018 … said:" still
    marks each comment).
    """
    if fmt.footer is not None:
        n = _footers(fmt, lines)
        if n < _MIN_FOOTERS:
            if not fmt.dated_headers_split:
                return 0
            dated = sum(1 for _, m in _headers(fmt, lines) if m.groupdict().get("time"))
            return dated if dated >= _MIN_DATED_HEADERS else 0
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
) -> tuple[CommentFormat | None, list[Raw]]:
    """Split ``text[lo:hi]`` into comments with the best-evidenced format.

    A format finds nothing in a text that holds none of its
    :attr:`~.formats.CommentFormat.cue` words, so the lines are only read for the others (most
    pages hold no flattened thread).
    """
    part = lex.CaselessText(text[lo:hi])
    tried = [f for f in formats if not f.cue or part.holds_any(f.cue)]
    if not tried:
        return None, []
    lines = _lines(text, lo, hi)
    best: CommentFormat | None = None
    best_n = 0
    for fmt in tried:
        n = _evidence(fmt, lines)
        if n > best_n:
            best, best_n = fmt, n
    if best is None:
        return None, []
    if best.footer is not None and _footers(best, lines) >= _MIN_FOOTERS:
        return best, _split_footers(best, lines)
    return best, _split_headers(best, lines)  # a header style, or a closed thread's dated headers
