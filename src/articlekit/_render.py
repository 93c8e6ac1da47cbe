"""Rendering a page into a :class:`~articlekit.model.Source`: the work every input goes through.

:mod:`articlekit.io` checks and decodes the input, then hands the text here:

* :func:`render_text` normalises a plain-text dump; its blocks are its non-empty lines (a
  hard-wrapped paragraph's lines are one block).
* :func:`render_html` parses HTML with lxml (BeautifulSoup only as a fallback), drops scripts,
  styles and comments, and renders the page into blocks: the head's metadata first, then the
  visible content, with the element outline and (optionally) the offset map to the raw page.

This module holds no public API of its own; it is kept apart so that the optional compiled build
(mypyc, see ``docs/install.md``) can compile it while :mod:`articlekit.io`, which checks what
users pass in, stays plain Python.

There is one renderer, :class:`_Renderer`. What feeds it is a tree walk (:func:`_walk`, or in
the compiled build :func:`articlekit._htmlwalk.walk`, the same walk over libxml2's nodes in C)
that reports each element's start and end with its text, and the raw page's scans, done with
regular expressions here and with ``memchr`` in ``_htmlwalk``.
"""

from __future__ import annotations

import bisect
import functools
import html
import importlib
import itertools
import json
import re
import threading
from collections.abc import Collection, Iterator
from datetime import datetime
from types import ModuleType
from typing import Any, Final, Protocol, cast

import attrs
import lxml.etree

from articlekit import _lexicon as lex
from articlekit._markup import CUE, CUE_KEYS, CUE_TAGS, markup_values
from articlekit._patterns import compile_later
from articlekit._text import is_normalized, normalize, normalize_with_map
from articlekit.model import (
    Block,
    BlockKind,
    Element,
    MediaType,
    OffsetMap,
    Problem,
    Source,
    Span,
    deferred_offset_map,
)

__all__ = ["render_html", "render_text"]

# The compiled build's tree walk and raw-page scans (``_htmlwalk.pyx``, docs/install.md): the
# same events and spans as :func:`_walk` and the scans below, without an element proxy per node
# or a regular expression. A plain install has no such module and runs the Python code here.
_htmlwalk: ModuleType | None
try:
    from articlekit import _htmlwalk
except (ImportError, ValueError):
    # ValueError: Cython's check that lxml's C types still have the size the module was built
    # against (an lxml upgraded past a layout change). The Python walk then walks.
    _htmlwalk = None


def render_text(
    text: str,
    *,
    url: str | None,
    reference_time: datetime | None,
    encoding: str | None,
    offsets: bool,
) -> Source:
    """The :class:`Source` of a decoded plain-text dump.

    Its blocks are its non-empty lines; the lines of a hard-wrapped paragraph are one block:
    a line cut mid-sentence and the line that goes on with it (:func:`_wraps_onto`), a run of
    lines wrapped at a width (:func:`_greedily_wrapped`), and in a dump wrapped at one width
    throughout (:func:`_wrap_width`) every line that was full (:func:`_fills`).
    """
    if offsets:
        normalized, runs = normalize_with_map(text)
    else:
        normalized, runs = normalize(text), []
    blocks = []
    start = 0
    lines = normalized.split("\n")
    runs_of_lines = _runs(lines)
    width = _wrap_width(lines, runs_of_lines)
    at = 0  # the line after the last run: the lines up to the next run are blank
    for k, end in runs_of_lines:
        start += k - at  # (a blank line is its newline alone)
        run = lines[k:end]
        wrapped = width is None and _greedily_wrapped(run)
        block_start = start
        for i, line in enumerate(run):
            start += len(line) + 1
            last = i + 1 == len(run)
            if last or not (
                wrapped
                or _wraps_onto(line, run[i + 1])
                or (width is not None and _fills(line, run[i + 1], width))
            ):
                span = _unchecked_span(block_start, start - 1)
                blocks.append(_unchecked_block(span, BlockKind.PARAGRAPH, 0, None, None, 0, None))
                block_start = start
        at = end
    return _unchecked_source(
        normalized,
        MediaType.TEXT,
        url,
        reference_time,
        encoding,
        tuple(blocks),
        _unchecked_offset_map(len(normalized), tuple(runs)) if offsets else None,
        (),
    )


#: A line at least this long that does not end a sentence may have been wrapped onto the next.
_WRAPPED_LINE: Final = 30
#: A line cut mid-sentence ends in a word (letters), a comma or a hyphen.
_CUT_END: Final = compile_later(r"[^\W\d_],?$|[,\u2013-]$")


#: The widths a dump wraps its lines at (a terminal's 72 or 80 columns, a mail's 66 or 76).
_WRAP_WIDTHS: Final = range(40, 121)
_WRAPPED_RUN: Final = 3  # lines that show a run was wrapped at a width


def _greedily_wrapped(run: list[str]) -> bool:
    """Whether a run of lines is one paragraph wrapped at a width, as a dump tool wraps it.

    Every line but the last is as long as it could be: the next line's first word would not
    have fitted into it (``html2text``, ``lynx -dump`` and mail clients wrap so).
    """
    if len(run) < _WRAPPED_RUN:
        return False
    width = max(len(line) for line in run)
    if width not in _WRAP_WIDTHS:
        return False
    # ... and some line goes on in lower case: a list of titles is as long, line by line
    return any(after[:1].islower() for after in run[1:]) and all(
        _fills(line, after, width) for line, after in itertools.pairwise(run)
    )


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of non-empty lines (no blank line between them): ``(first, end)`` indices."""
    out = []
    k = 0
    while k < len(lines):
        if not lines[k]:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end]:
            end += 1
        out.append((k, end))
        k = end
    return out


_WIDTH_RUNS: Final = 3  # runs that reach one width before a dump counts as wrapped at it
_WIDTH_SLACK: Final = 8  # how far short of the width a wrapped run's longest line may stop
_WIDER_LINES: Final = 2  # lines past the width a wrapped dump may hold (or one in fifty)


def _wrap_width(lines: list[str], runs: list[tuple[int, int]]) -> int | None:
    """The width the whole dump was wrapped at, if it was (``html2text``: 78 columns).

    Its runs of several lines all reach about one width: their longest lines stop at most a
    word short of it. A dump that prints a paragraph per line has no such width.
    """
    longest = [max(len(line) for line in lines[k:end]) for k, end in runs if end - k > 1]
    longest = [n for n in longest if n in _WRAP_WIDTHS]
    if len(longest) < _WIDTH_RUNS:
        return None
    width = max(longest)
    near = sum(1 for n in longest if n >= width - _WIDTH_SLACK)
    # ... and hardly a line goes past it (a URL or a table row may): a dump that prints a
    # paragraph per line has many longer ones
    wider = sum(1 for line in lines if len(line) > width)
    filled = sum(1 for line in lines if line)
    if 2 * near < len(longest) or wider > max(_WIDER_LINES, filled // 50):
        return None
    return width


def _fills(line: str, after: str, width: int) -> bool:
    """Whether ``line`` was full at ``width``: the next line's first word would not fit."""
    return len(line) + 1 + len(after.split(" ", 1)[0]) > width


def _wraps_onto(line: str, after: str) -> bool:
    """Whether ``after`` goes on with the sentence ``line`` was cut in: a hard-wrapped paragraph.

    A dump wraps its long paragraphs into lines (``<pre>`` text, a mail, a tool that wraps at
    a width): a long line that ends mid-sentence (in a word, a comma or a hyphen), followed at
    once by a line that goes on with a word in lower case.
    """
    if len(line) < _WRAPPED_LINE or not after[:1].islower() or not _CUT_END.search(line):
        return False
    word = after.split(" ", 1)[0].rstrip(",;:.!?")
    # A word, not a table's label ("apache_builds 2.3 GB/s"); not a byline or a date line
    # under a heading, which META_LINE reads ("von Jane Doe", "am 5. Mai 2020").
    return word.isalpha() and lex.META_LINE.search(after) is None


def render_html(
    text: str,
    *,
    url: str | None,
    reference_time: datetime | None,
    encoding: str | None,
    offsets: bool,
    compiled: bool = True,
) -> Source:
    """The :class:`Source` of a decoded HTML page.

    ``compiled=False`` walks and scans in Python even in the compiled build (the tests compare).
    With ``offsets``, the map back to ``text`` is built the first time it is read (most callers
    never read it): the renderer notes where each text node went, and :func:`_mapped_runs`
    finds the nodes in the raw page then.
    """
    htmlwalk = _htmlwalk if compiled else None
    root, limit = _parse(text, htmlwalk=htmlwalk)
    renderer = _Renderer(text, offsets=offsets)
    if root is not None:
        scan = _scan(root)
        _render_head(renderer, root, scan)
        _mark_hidden(root, scan)
        _unlink_script_anchors(scan.anchors)
        _set_apart_kickers(root)
        walk = _walk if htmlwalk is None else htmlwalk.walk
        walk(root, renderer, _SKIP_TAGS, _BLOCK_TAGS)
    problems = () if limit is None else (Problem("load", limit),)
    return renderer.source(
        url=url,
        reference_time=reference_time,
        encoding=encoding,
        problems=problems,
        htmlwalk=htmlwalk,
    )


# What :func:`_mark_hidden` renames the elements a page hides to: a name no HTML element has.
_HIDDEN_TAG: Final = "articlekit-hidden"
_SKIP_TAGS: Final = frozenset(
    {
        _HIDDEN_TAG, "script", "style", "noscript", "template", "svg", "math", "head", "iframe",
        "object", "embed", "canvas", "select", "option", "textarea", "button", "input", "audio",
        "video", "map", "applet", "frameset", "frame",
    }
)  # fmt: skip
_BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_HEADINGS: Final = {f"h{n}": n for n in range(1, 7)}
_LISTS: Final = frozenset({"ul", "ol", "dl"})
_LIST_ITEMS: Final = frozenset({"li", "dt", "dd"})
_META_KEYS: Final = frozenset(
    {
        "og:title", "og:site_name", "og:description", "og:url", "og:locale", "og:type",
        "twitter:title", "twitter:description", "description", "author", "article:author",
        "article:published_time", "article:modified_time", "article:section", "dc.title",
        "dc.creator", "dc.date", "dc.date.issued", "dc.language", "date", "pubdate",
        "publishdate", "citation_title", "citation_author", "citation_publication_date",
        "parsely-title", "parsely-author", "parsely-pub-date", "sailthru.title", "sailthru.author",
        "sailthru.date", "application-name", "byl", "content-language",
        # titles, sites and authors in other vocabularies (Dublin Core terms, Open Graph's
        # article/book objects as pages write them, publisher names)
        "title", "dcterms.title", "article:publisher", "publisher", "dc.publisher",
        "dcterms.publisher", "og:author", "og:article:author", "article:author_name",
        "book:author", "dcterms.creator", "cxenseparse:author", "twitter:data1",
        # published dates (htmldate's list of conventions, the common ones)
        "og:published_time", "og:article:published_time", "article:published",
        "article:published_date", "article:publicationdate", "article:post_date",
        "published_time", "published-date", "published_date", "publish_date", "publish-date",
        "publish_time", "publication_date", "date_published", "datepublished", "dateposted",
        "dcterms.date", "dcterms.created", "dcterms.issued", "dc.date.created", "dc.created",
        "dc.date.publication", "dc.date.published", "dc:date", "dc:created", "citation_date",
        "citation_online_date", "originalpublicationdate", "article.published", "article.created",
        "displaydate",
        "cxenseparse:recs:publishtime", "rnews:datepublished", "og:pubdate", "pdate",
        "bt:pubdate", "release_date", "og:regdate", "created",
        # modified dates
        "og:updated_time", "og:modified_time", "article:modified", "article:modified_date",
        "modified_time", "dcterms.modified", "dc.modified", "last-modified", "lastmod",
        "datemodified", "updated_time",
    }
)  # fmt: skip
_JSONLD_FIELDS: Final = (
    "headline", "name", "alternativeHeadline", "description", "datePublished", "dateCreated",
    "dateModified", "inLanguage", "articleBody",
)  # fmt: skip
_JSONLD_PEOPLE: Final = ("author", "creator", "publisher")
# Things that have a headline, an author and a date of publication (schema.org CreativeWork
# kinds that pages describe themselves as).
_ARTICLE_TYPES: Final = compile_later(
    r"Article|Posting|Report|WebPage|Blog|Recipe|VideoObject|CreativeWork|Episode|MediaObject"
    r"|Review|Thesis|Book|Chapter",
    re.IGNORECASE,
)
_ORGANISATION_TYPES: Final = compile_later(r"Organi[sz]ation|Corporation|NewsMedia|WebSite|Brand")
_ITEMPROP_META: Final = frozenset(
    {"author", "headline", "datepublished", "datecreated", "datemodified", "publisher"}
)
# The dates of JSON-LD that does not parse (trailing commas, raw newlines, two objects glued).
_JSONLD_DATE: Final = compile_later(
    r'"(datePublished|dateModified)"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]{0,30})"'
)

# Used only to find where text nodes came from: runs of text after a tag that are not white space
# only (``\s`` is what ``str.isspace`` calls white space), minus the script, style and comment
# sections whose insides are not text.
_RAW_DATA: Final = compile_later(r">(\s*[^\s<][^<]*)")
_RAW_OPAQUE_START: Final = compile_later(r"<!--|<(script|style)\b", re.IGNORECASE)
_RAW_OPAQUE_END: Final = {
    "script": compile_later(r"</script", re.IGNORECASE),
    "style": compile_later(r"</style", re.IGNORECASE),
}
# lxml refuses XML-incompatible characters and encoding declarations in str input; replacing
# them by spaces of the same length keeps raw offsets valid.
_UNPARSABLE: Final = compile_later(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECL: Final = compile_later(r"\A\s*<\?xml[^>]*>")
_NOSCRIPT: Final = compile_later(r"<noscript\b[^>]*>.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)

# Where the visible content starts in the raw page: text before it (the <title>) is head data.
_BODY_START: Final = compile_later(r"<body\b[^>]*>|</head\s*>|</title\s*>", re.IGNORECASE)


# How many times a page's text nodes are searched for past the scan's window (_locate_far).
_FAR_SEARCHES: Final = 64


class _Context:
    """The block-level element text is currently rendered into.

    A plain class (native when compiled): one is made for every block-level element.
    ``depth`` is how many elements were open once it opened (itself included): its class/id
    hint is read from their descriptors when it holds a block (see :meth:`_Renderer.hint`).
    """

    __slots__ = ("depth", "kind", "level", "tag")

    def __init__(self, kind: BlockKind, level: int, tag: str, depth: int) -> None:
        """Keep the block's kind, level, tag and depth."""
        self.kind = kind
        self.level = level
        self.tag = tag
        self.depth = depth


class _Renderer:
    """Renders a walked tree into normalised text, blocks, outline and (optionally) an offset map.

    The one renderer of both builds. A walk (:func:`_walk`, or ``_htmlwalk.walk`` compiled)
    calls :meth:`start` and :meth:`end` for every element it enters, in document order, with the
    element's text and tail, and :meth:`text` for the tails of what it does not enter;
    :meth:`add_meta` adds the head's metadata before that. With ``offsets`` it notes where each
    piece of ``raw`` went in the text (:data:`_Noted`), for the map back to ``raw``.
    """

    def __init__(self, raw: str, *, offsets: bool) -> None:
        self.raw = raw
        self.offsets = offsets
        self.noted: list[_Noted] = []
        self.pieces: list[str] = []
        self.length = 0
        # (start, end, kind, level, tag, hint, link_chars, element), built into Blocks at the end
        self.blocks: list[
            tuple[int, int, BlockKind, int, str | None, str | None, int, int | None]
        ] = []
        self.block_start = -1  # where the open block starts in the text; -1: none is open
        self.pending: str | None = None
        self.link_depth = 0
        self.link_chars = 0
        # The outline: (tag, parent, hint) per block-level element, and the open ones.
        self.elements: list[tuple[str, int | None, str | None]] = []
        self.element_stack: list[int] = []
        # The walk's state: the open block-level elements' contexts, the open elements'
        # class/id descriptors (None for inline ones), and how many lists are open.
        self.contexts = [_Context(BlockKind.PARAGRAPH, 0, "html", 0)]
        self.descriptors: list[str | None] = []
        self.list_depth = 0

    # -- the walk's events ---------------------------------------------------------------------

    def start(self, tag: str, ident: str | None, classes: str | None, text: str | None) -> None:
        """An element the walk enters: its lower-cased tag and its text.

        ``ident`` and ``classes`` are its ``id`` and ``class`` attributes if it is block-level
        (``_BLOCK_TAGS``); the walk reads no attributes of other elements.
        """
        if tag in _BLOCK_TAGS:
            descriptor = _descriptor(tag, ident, classes)
            descriptors = self.descriptors
            descriptors.append(descriptor)
            if tag in _LISTS:
                self.list_depth += 1
            contexts = self.contexts
            if self.block_start >= 0:  # (no block open: nothing to close, nothing pending)
                self.close_block(contexts[-1])
            contexts.append(_context_for(tag, contexts[-1], len(descriptors), self.list_depth))
            self.open_element(tag, descriptor)
        else:
            # Inline elements' classes say little; only block-level ones make the hint.
            self.descriptors.append(None)
            if tag == "br":
                self.line_break()
            elif tag == "a":
                self.link_depth += 1
        if text:
            self.text(text)

    def end(self, tag: str, tail: str | None) -> None:
        """The end of an element :meth:`start` entered, and the text after it."""
        if tag in _BLOCK_TAGS:
            if tag in _LISTS:
                self.list_depth -= 1
            self.close_block(self.contexts.pop())  # its hint is read before its descriptor goes
            self.close_element()
        elif tag == "a":
            self.link_depth -= 1
        self.descriptors.pop()
        if tail:
            self.text(tail)

    def text(self, text: str) -> None:
        """A text node, or a run of them (any white space only run may come as ``" "``)."""
        if text.isspace():  # most nodes: the white space between tags
            if self.block_start >= 0 and self.pending is None:
                self.pending = " "
        else:
            self._add_text(text)

    # -- output --------------------------------------------------------------------------------

    def _emit(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def open_block(self) -> int:
        """Open a block for the text that comes next; where its separator went (-1: none)."""
        if self.block_start >= 0:
            return -1
        at = -1
        if self.length:
            at = self.length
            self._emit("\n\n")
        self.block_start = self.length
        self.link_chars = 0
        self.pending = None
        return at

    def open_element(self, tag: str, hint: str | None) -> None:
        parent = self.element_stack[-1] if self.element_stack else None
        self.elements.append((tag, parent, hint))
        self.element_stack.append(len(self.elements) - 1)

    def close_element(self) -> None:
        if self.element_stack:
            self.element_stack.pop()

    def close_block(self, context: _Context) -> None:
        if self.block_start >= 0 and self.length > self.block_start:
            self.blocks.append(
                (
                    self.block_start,
                    self.length,
                    context.kind,
                    context.level,
                    context.tag,
                    self.hint(context),
                    min(self.link_chars, self.length - self.block_start),
                    self.element_stack[-1] if self.element_stack else None,
                )
            )
        self.block_start = -1
        self.pending = None

    def hint(self, context: _Context) -> str | None:
        """The class/id hint of a block rendered into ``context``.

        The descriptors of its element and the three elements around it (inline ones have
        none), innermost last: ``div.story-body > p.lead``. The descriptors below an open
        element do not change while it is open, so they are read when a block needs them.
        """
        depth = context.depth
        return " > ".join([d for d in self.descriptors[max(0, depth - 4) : depth] if d]) or None

    def _add_text(self, text: str) -> None:
        """Add a text node of the current block, noting it for the offset map if asked.

        Never white space only: :meth:`text` takes that. Outside ``<pre>``, HTML renders every
        run of white space in a text node (line breaks and tabs included) as one space; only
        ``<br>``, block boundaries and ``<pre>`` break lines. The white space is replaced one
        character for one, so offsets into the node still hold for the raw text.
        """
        raw_text = text
        # Most nodes are printable (no line break or tab): one scan instead of a copy.
        if not text.isprintable() and self.contexts[-1].kind is not BlockKind.PREFORMATTED:
            # (four replacements cost a tenth of one translate with a table)
            text = text.replace("\n", " ").replace("\r", " ").replace("\t", " ").replace("\f", " ")
        stripped = text.strip()
        # Normalised once the white space around it is gone: its only white space is single
        # spaces, so its search key (see _Locator) is a piece of it. For ASCII that is: printable
        # (no control, no line break) and no double space (most nodes; cheaper to ask).
        if stripped.isascii():
            simple = stripped.isprintable() and "  " not in stripped
        else:
            simple = "\n" not in stripped and is_normalized(stripped)
        norm = stripped if simple else normalize(text)
        if not norm:
            if text and self.block_start >= 0 and self.pending is None:
                self.pending = " "
            return
        separator_at = self.open_block()
        if self.length > self.block_start:
            sep = self.pending or (" " if text[0].isspace() else None)
            if sep:
                separator_at = self.length
                self._emit(sep)
        if self.offsets:
            self.noted.append((separator_at, self.length, raw_text, text, simple))
        self._emit(norm)
        if self.link_depth:
            self.link_chars += len(norm)
        self.pending = " " if text[-1].isspace() else None

    def line_break(self) -> None:
        if self.block_start >= 0 and self.length > self.block_start:
            self.pending = "\n"

    # -- metadata ------------------------------------------------------------------------------

    def add_meta(self, kind: BlockKind, hint: str | None, value: str) -> None:
        """Add a metadata value of the page's head as a block of its own."""
        norm = normalize(value)
        if not norm:
            return
        separator_at = -1
        if self.length:
            separator_at = self.length
            self._emit("\n\n")
        start = self.length
        if self.offsets:
            self.noted.append((separator_at, start, value, None, False))
        self._emit(norm)
        self.blocks.append((start, self.length, kind, 0, None, hint, 0, None))

    def outline(self) -> tuple[tuple[Element, ...], tuple[Block, ...]]:
        """Keep the elements that hold text, with their spans, and point blocks at them."""
        outline = self.elements
        count = len(outline)
        # Element index -> span of its blocks (start -1: holds none); lists, not dicts: the
        # indices are dense and this runs for every element of every page.
        starts = [-1] * count
        ends = [0] * count
        for block_start, block_end, *_, holder in self.blocks:
            if holder is not None:
                # Blocks come in text order: the first one a holder sees starts its span.
                if starts[holder] < 0:
                    starts[holder] = block_start
                ends[holder] = block_end
        # Children come after their parents, so one backward pass carries spans upwards.
        for node in range(count - 1, -1, -1):
            parent = outline[node][1]
            start = starts[node]
            if start >= 0 and parent is not None:
                if starts[parent] < 0:
                    starts[parent], ends[parent] = start, ends[node]
                else:
                    starts[parent] = min(starts[parent], start)
                    ends[parent] = max(ends[parent], ends[node])
        new_index = [-1] * count
        elements: list[Element] = []
        for old in range(count):
            start = starts[old]
            if start < 0:
                continue
            tag, parent, hint = outline[old]
            while parent is not None and new_index[parent] < 0:
                parent = outline[parent][1]
            new_index[old] = len(elements)
            parent_index = new_index[parent] if parent is not None else None
            outer = _unchecked_span(start, ends[old])
            elements.append(_unchecked_element(tag, outer, parent_index, hint))
        blocks: list[Block] = []
        for start, end, kind, level, block_tag, block_hint, link_chars, holder in self.blocks:
            element: int | None = None
            span: Span | None = None
            if holder is not None:
                element = new_index[holder]
                if starts[holder] == start and ends[holder] == end:
                    span = elements[element].span  # a paragraph and its block: one span object
            if span is None:
                span = _unchecked_span(start, end)
            blocks.append(
                _unchecked_block(span, kind, level, block_tag, block_hint, link_chars, element)
            )
        return tuple(elements), tuple(blocks)

    def source(
        self,
        *,
        url: str | None,
        reference_time: datetime | None,
        encoding: str | None,
        problems: tuple[Problem, ...] = (),
        htmlwalk: ModuleType | None = None,
    ) -> Source:
        """The rendered :class:`Source`, once the walk is over (closes the last block).

        Its offset map (with ``offsets``) is made when first read, by :func:`_mapped_runs` with
        ``htmlwalk``'s scans (see :func:`_raw_data`).
        """
        self.close_block(self.contexts[-1])
        text = "".join(self.pieces)
        elements, blocks = self.outline()
        offsets = None
        if self.offsets:
            offsets = deferred_offset_map(
                len(text), functools.partial(_mapped_runs, self.raw, self.noted, htmlwalk)
            )
        return _unchecked_source(
            text,
            MediaType.HTML,
            url,
            reference_time,
            encoding,
            blocks,
            offsets,
            elements,
            problems,
        )


# What the renderer notes for the offset map, per text node and metadata value, in text order:
# ``(separator_at, at, raw, text, simple)``. ``separator_at`` is where the separator put before
# it starts in the text (-1: none), ``at`` where its normalised text starts. A text node's
# ``raw`` is the node as the tree holds it, ``text`` the same with HTML's white space made
# spaces, ``simple`` whether its normalised text is ``text`` stripped (see
# :meth:`_Renderer._add_text`). A metadata value's ``raw`` is the value, its ``text`` ``None``.
_Noted = tuple[int, int, str, str | None, bool]


def _mapped_runs(
    raw: str, noted: list[_Noted], htmlwalk: ModuleType | None
) -> tuple[tuple[int, int, int], ...]:
    """The offset map's runs of the text the renderer noted ``noted`` for, back to ``raw``.

    Text nodes are found in the raw page's text runs in order (:class:`_Locator`); a node found
    verbatim maps character by character, any other as a whole. A metadata value is looked for
    anywhere in the page, as written or escaped, and maps as a whole (values are short and often
    escaped in attributes). A separator maps to the empty raw range where the text after it
    starts.
    """
    data, first = _raw_data(raw, htmlwalk=htmlwalk)
    locator = _Locator(raw, data, first)
    # Pages repeat their values (og:title, twitter:title, the JSON-LD headline): each is looked
    # for once, a value found nowhere costing two full scans.
    value_at: dict[str, int] = {}
    runs: list[tuple[int, int, int]] = []
    for separator_at, at, node, text, simple in noted:
        if text is None:  # a metadata value: one run, as a whole
            found = value_at.get(node)
            if found is None:
                found = raw.find(node)
                if found < 0:
                    found = raw.find(html.escape(node, quote=True))
                value_at[node] = found
            raw_start, raw_end = (found, found + len(node)) if found >= 0 else (0, 0)
            if separator_at >= 0:
                runs.append((separator_at, raw_start, raw_start))
            runs.append((at, raw_start, raw_end))
            continue
        raw_start, raw_end, verbatim = locator.locate(node, simple)
        if separator_at >= 0:
            runs.append((separator_at, raw_start, raw_start))
        if not verbatim:
            runs.append((at, raw_start, raw_end))
        elif simple:
            lead = len(text) - len(text.lstrip())
            runs.append((at, raw_start + lead, raw_start + len(text.rstrip())))
        else:
            runs.extend(
                (at + s, raw_start + a, raw_start + b) for s, a, b in normalize_with_map(text)[1]
            )
    return tuple(runs)


class _Locator:
    """Finds where text nodes came from in the raw page, scanning its text runs forward.

    ``data`` are the raw text runs (:func:`_raw_data`), ``index`` the next one to look at.
    """

    def __init__(self, raw: str, data: list[tuple[int, int]], index: int) -> None:
        self.raw = raw
        self.data = data
        self.data_index = index
        self.far_searches = 0  # searches past the window (_locate_far) so far

    def locate(self, text: str, simple: bool) -> tuple[int, int, bool]:  # noqa: FBT001
        """Find the raw range a text node came from, scanning the raw data tokens forward.

        Returns the range and whether the raw text there is the node's text verbatim. The next
        token usually is the node verbatim: when the node is ``simple`` (its search key is a
        piece of it, see ``_add_text``), that token is the one the scan below would find first.
        """
        data, raw, index = self.data, self.raw, self.data_index
        if simple and index < len(data):
            start, end = data[index]
            if end - start == len(text) and raw.startswith(text, start):
                self.data_index = index + 1
                return start, end, True
        key = " ".join(text[:80].split())[:24]
        last = data[index - 1][1] if index else 0
        for j in range(index, min(len(data), index + 256)):
            start, end = data[j]
            # Most nodes are the next token verbatim (found without copying it); entities and
            # odd white space take the slow comparison.
            if raw.find(key, start, end) >= 0 or key in " ".join(
                html.unescape(raw[start:end]).split()
            ):
                self.data_index = j + 1
                return start, end, end - start == len(text) and raw.startswith(text, start)
        found = self._locate_far(key, index + 256)
        if found is not None:
            start, end = found
            return start, end, end - start == len(text) and raw.startswith(text, start)
        return last, last, False

    def _locate_far(self, key: str, index: int) -> tuple[int, int] | None:
        """The raw text run from ``index`` on that holds ``key``, past the scan's window.

        Content the walk does not enter (a hidden menu, a long ``<select>``) can hold more runs
        than the window. One search of the raw page finds the run; it is bounded per page, so
        that text the raw page does not hold verbatim cannot make rendering quadratic.
        """
        data = self.data
        if index >= len(data) or self.far_searches >= _FAR_SEARCHES or not key:
            return None
        self.far_searches += 1
        at = self.raw.find(key, data[index][0])
        if at < 0:
            return None
        j = bisect.bisect_right(data, (at, len(self.raw))) - 1
        if j < index:
            return None
        start, end = data[j]
        if self.raw.find(key, start, end) < 0:
            return None  # the key is in markup (an attribute), not in a text run
        self.data_index = j + 1
        return start, end


def _raw_data(raw: str, *, htmlwalk: ModuleType | None) -> tuple[list[tuple[int, int]], int]:
    """The raw page's text runs outside comments, scripts and styles, and the first visible one.

    Text nodes are located in these runs, in order, to map the rendered text back to the page.
    ``htmlwalk`` is the compiled build's module, whose scans find the same runs, or ``None``.
    """
    if htmlwalk is not None:
        opaque, data = htmlwalk.opaque_sections(raw), htmlwalk.data_tokens(raw)
    else:
        opaque = _opaque_sections(raw)
        data = [m.span(1) for m in _RAW_DATA.finditer(raw)]
    if opaque:
        data = _outside(data, opaque)
    body = _BODY_START.search(raw)
    body_at = body.end() if body else 0
    # The runs are in order: the first one starting at body_at or later (``(body_at,)`` sorts
    # before every run that starts there).
    return data, bisect.bisect_left(data, (body_at,))


def _opaque_sections(raw: str) -> list[tuple[int, int]]:
    """Return the spans of comments, scripts and styles (their insides are not text)."""
    sections = []
    position = 0
    while match := _RAW_OPAQUE_START.search(raw, position):
        start = match.start()
        if match.group(1) is None:
            end = raw.find("-->", start + 4)
            end = len(raw) if end < 0 else end + 3
        else:
            # "script" or "style" in any case; the second letter tells them apart ("ſcript",
            # which matches case-insensitively, lower-cases to no key).
            name = "style" if match.group(1)[1] in "tT" else "script"
            closing = _RAW_OPAQUE_END[name].search(raw, match.end())
            end = len(raw) if closing is None else closing.start()
        sections.append((start, end))
        position = max(end, match.end())
    return sections


def _outside(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop the (sorted) spans that start inside one of the (sorted) holes."""
    starts = [start for start, _ in spans]
    out: list[tuple[int, int]] = []
    kept_from = 0
    for hole_start, hole_end in holes:
        first = bisect.bisect_left(starts, hole_start, kept_from)
        last = bisect.bisect_left(starts, hole_end, first)
        out.extend(spans[kept_from:first])
        kept_from = last
    out.extend(spans[kept_from:])
    return out


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# C0 controls libxml2 refuses (tab, newline and carriage return are text).
_C0_BYTES: Final = bytes(c for c in range(32) if c not in {9, 10, 13})


def _utf8_if_clean(text: str) -> bytes | None:
    """The page as UTF-8 when it holds nothing libxml2 refuses, else ``None``.

    Parsing UTF-8 bytes skips lxml's own check of ``str`` input and a scan for the characters to
    blank: the common case costs one encode and two byte scans instead of a regular expression.
    """
    if "\ufffe" in text or "\uffff" in text:
        return None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return None
    return data if len(data.translate(None, _C0_BYTES)) == len(data) else None


# This thread's two HTML parsers (UTF-8 bytes, and ``str``), made on first use. A parser is reused
# rather than made per page, as lxml's own default parser is: a fresh parser sets up its libxml2
# context on first use, about a tenth of parsing a page. lxml lets one thread at a time use a
# parser; one pair per thread keeps threads from waiting on each other. A plain
# ``threading.local`` (not a subclass: mypyc cannot compile one soundly, and reading the instance
# crashed the compiled build).
_PARSERS: Final = threading.local()


def _parser(*, utf8: bool) -> lxml.etree.HTMLParser:
    parsers: dict[bool, lxml.etree.HTMLParser] | None = getattr(_PARSERS, "by_encoding", None)
    if parsers is None:
        parsers = _PARSERS.by_encoding = {}
    parser = parsers.get(utf8)
    if parser is None:
        parser = parsers[utf8] = lxml.etree.HTMLParser(
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            # Nesting up to 2,048 elements deep (256 without) and text nodes over 10 MB are
            # kept; entities stay unexpanded (the HTML parser reads no DTD).
            huge_tree=True,
            recover=True,
            collect_ids=False,  # nothing looks elements up by id: no id table (~9% of parsing)
            encoding="utf-8" if utf8 else None,
        )
    return parser


def _parse(
    text: str, *, htmlwalk: ModuleType | None
) -> tuple[lxml.etree._Element | None, str | None]:
    """The page's tree (or ``None``) and what cut it short, if anything did.

    ``htmlwalk`` (or ``None``) checks what libxml2 refuses. libxml2 stops at a resource limit
    (markup nested deeper than 2,048 elements) and drops the rest of the page; the second value
    says so, for a :class:`Problem`; so does it when neither lxml nor BeautifulSoup reads the page.
    """
    if "<noscript" in text or "<NOSCRIPT" in text:
        # Browsers read <noscript> as raw text when scripts run, so markup inside it cannot
        # swallow the page ("<noscript><div></noscript>" leaves the div open for libxml2).
        # Its content is never rendered here, so it is blanked before parsing.
        text = _NOSCRIPT.sub(_blank, text)
    data = _utf8_if_clean(text) if htmlwalk is None else htmlwalk.utf8_if_clean(text)
    cleaned = text if data is not None else _UNPARSABLE.sub(" ", _XML_DECL.sub(_blank, text))
    parser = _parser(utf8=data is not None)
    try:
        root = lxml.etree.fromstring(data if data is not None else cleaned, parser)
    except (lxml.etree.LxmlError, ValueError):
        root = None
    if root is None and cleaned.strip():
        try:
            root = _soup_tree(cleaned)
        except (ValueError, TypeError, AttributeError) as error:  # bs4 rejects the markup too
            return None, f"neither HTML parser could read the page ({error}): its text is missing"
        return root, None
    return root, _limit_hit(parser)


def _soup_tree(text: str) -> lxml.etree._Element:
    """BeautifulSoup's tree of a page lxml cannot parse.

    BeautifulSoup (and its CSS engine) loads only for such a rare page, by name: a local
    ``import`` statement does not compile with mypyc.

    Raises:
        ValueError: when BeautifulSoup rejects the markup too (its ``ParserRejectedMarkup``:
            Python's ``html.parser`` stops at "<![" with no name after it).
    """
    soupparser = importlib.import_module("lxml.html.soupparser")
    rejected: type[Exception] = importlib.import_module("bs4").ParserRejectedMarkup
    # BeautifulSoup renders a doctype it finds nothing after as the text "html".
    text = _DOCTYPE.sub(" ", text)
    try:
        return cast("lxml.etree._Element", soupparser.fromstring(text))  # noqa: SLF001 - lxml types
    except rejected as error:
        raise ValueError("BeautifulSoup rejected the markup") from error


_DOCTYPE: Final = compile_later(r"<!doctype[^>]*>", re.IGNORECASE)


def _limit_hit(parser: lxml.etree.HTMLParser) -> str | None:
    """What a resource limit of libxml2 cut from the last page ``parser`` read, if anything."""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT" or "depth" in error.message.lower():
            what = error.message.split(", use ")[0].strip()  # libxml2 suggests its own option
            return (
                f"the HTML parser stopped at a limit ({what}) at line {error.line}: the page's "
                "content after that point is missing"
            )
    return None


# Elements the page hides from every reader, by HTML and CSS semantics (what a browser does not
# show): the ``hidden`` attribute (but ``hidden="until-found"``, text a browser's find-in-page
# reveals), inline ``display: none`` or ``visibility: hidden``, and a ``<dialog>`` that is not
# ``open`` (a modal a script may show: log-in, consent, newsletter). Pre-filtered in libxml2; the
# values are checked below. Not ``aria-hidden="true"``: it hides from screen readers what sighted
# readers see (pull quotes that repeat the text, icons), and dropping it lost pull quotes the
# gold texts hold on 4 scrapinghub pages (docs/extraction.md).
# The CSS frameworks' classes that hide an element until a script shows it, as a closed
# ``<dialog>`` is: Bootstrap 3's and Tailwind's ``hidden``, Bootstrap 4/5's ``d-none`` and
# Bootstrap's ``modal`` (an overlay: log-in, rating, newsletter), each a whole class token...
_HIDDEN_CLASSES: Final = frozenset({"hidden", "d-none", "modal"})
# ... unless another token shows it on some screens (Tailwind's "hidden lg:flex", Bootstrap's
# "d-none d-md-block") or it holds a comment thread collapsed behind a "show comments" button
# ("hidden article-comments-detail"): a click reveals it, and the comment step reads it.
_SHOWN_ON_A_SCREEN: Final = compile_later(
    r"(?:[\w-]+:)+(?:block|flex|inline|inline-block|inline-flex|grid|inline-grid|table"
    r"|table-\w+|contents|flow-root|list-item)|d-(?:sm|md|lg|xl|xxl)-(?!none\b)[\w-]+"
)
_COMMENTS_INSIDE: Final = lxml.etree.XPath(
    "boolean(descendant-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])"
)
_HIDDEN_STYLE: Final = compile_later(
    r"(?:\A|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|\Z)",
    re.IGNORECASE,
)
# A form's labels caption its controls ("E-Mail Adresse *", "I have read the privacy policy and
# accept it", a poll's options): furniture, as the controls are (``input``, ``select``, ``button``
# are not rendered). Labels outside a form stay: recipe cards label their ingredient lines so.
# Pages hide the whole document while scripts set it up ("anti-flicker" snippets of A/B-testing
# and consent tools); what a script shows anyway is not hidden content.
_NEVER_HIDDEN: Final = frozenset({"html", "body", "head"})


class _Scan:
    """What one pass over a parsed page's elements finds for the steps before the walk.

    Every element of the tree is looked at once, in document order, its attributes read as
    plain strings: one pass in Python costs less than the XPath searches it replaces, each of
    which walked the whole tree.

    - ``cues``: the candidates of the author and date markup (:func:`markup_values`).
    - ``hidden``: the elements that may hide themselves (:func:`_is_hidden` decides): owners of
      a ``hidden`` or ``style`` attribute or of a class that holds ``hidden``, ``d-none`` or
      ``modal`` (see ``_HIDDEN_CLASSES``), and every ``<dialog>`` without ``open``.
    - ``labels``: the ``<label>`` elements (a form's are furniture: :func:`_mark_hidden`).
    - ``anchors``: the ``javascript:`` anchors (:func:`_unlink_script_anchors`).
    - ``links``: the other ``<a href>`` (a link to the author's page, :func:`markup_values`).
    """

    __slots__ = ("anchors", "cues", "hidden", "labels", "links")

    def __init__(self) -> None:
        """Start with nothing found."""
        self.cues: list[lxml.etree._Element] = []
        self.hidden: list[lxml.etree._Element] = []
        self.labels: list[lxml.etree._Element] = []
        self.anchors: list[lxml.etree._Element] = []
        self.links: list[lxml.etree._Element] = []


def _scan(root: lxml.etree._Element) -> _Scan:
    """Look at every element of ``root``'s tree once (see :class:`_Scan`)."""
    scan = _Scan()
    cue = CUE.search
    # A page repeats its class names ("menu-item", "clearfix"): each is searched once.
    cue_in: dict[str, bool] = {}
    scheme_length = len(_SCRIPT_SCHEME)
    for element in root.getroottree().iter(lxml.etree.Element):
        tag = element.tag
        is_cue = tag in CUE_TAGS
        may_hide = tag == "dialog" and element.get("open") is None
        for key, raw_value in element.items():
            value: str = raw_value  # type: ignore[assignment]  # lxml gives str (stubs: bytes too)
            if key in CUE_KEYS:
                if not is_cue:
                    known = cue_in.get(value)
                    if known is None:
                        known = cue_in[value] = cue(value) is not None
                    is_cue = known
                if key == "class" and ("hidden" in value or "d-none" in value or "modal" in value):
                    may_hide = True
            elif key in {"hidden", "style"}:
                may_hide = True
            elif key == "href" and tag == "a":
                if (
                    value.lstrip(_XML_SPACE)[:scheme_length].translate(_SCHEME_CASE)
                    == _SCRIPT_SCHEME
                ):
                    scan.anchors.append(element)
                else:
                    scan.links.append(element)
        if is_cue:
            scan.cues.append(element)
        if may_hide:
            scan.hidden.append(element)
        if tag == "label":
            scan.labels.append(element)
    return scan


def _is_hidden(element: lxml.etree._Element) -> bool:
    """Whether the page hides ``element`` from every reader (of :attr:`_Scan.hidden`)."""
    hidden = element.get("hidden")
    if hidden is not None and hidden.strip().lower() != "until-found":
        return True
    if element.tag == "dialog" and element.get("open") is None:
        return True
    classes = element.get("class")
    if classes is not None:
        tokens = classes.split()
        if (
            not _HIDDEN_CLASSES.isdisjoint(tokens)
            and not any(_SHOWN_ON_A_SCREEN.fullmatch(t) for t in tokens)
            and not _COMMENTS_INSIDE(element)
        ):
            return True
    style = element.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _mark_hidden(root: lxml.etree._Element, scan: _Scan) -> None:
    """Mark the elements the page hides for the walk (both walks: it edits the tree).

    ``root`` is the tree :func:`_parse` made for this page, read by nothing after the walk, and
    ``scan`` what :func:`_scan` found in it. A hidden element is renamed to ``_HIDDEN_TAG``, a
    skipped tag: the walk does not enter it and still reports its tail. Parts the page declares
    paywalled (:func:`_paywalled`) stay: their text is the article, hidden until a subscriber's
    script shows it. A form's labels are skipped the same way (``_Scan.labels``).
    """
    for label in scan.labels:
        if next(label.iterancestors("form"), None) is not None:
            label.tag = _HIDDEN_TAG
    hidden = [
        element
        for element in scan.hidden
        if isinstance(element.tag, str)
        and element.tag.lower() not in _NEVER_HIDDEN
        and _is_hidden(element)
    ]
    if not hidden:
        return
    paywalled = _paywalled(root)
    for element in hidden:
        if not paywalled or not any(_matches(element, sel) for sel in paywalled):
            element.tag = _HIDDEN_TAG


# Anchors whose ``href`` is a ``javascript:`` URL: following one runs a script, it goes nowhere.
# Wrapped around paragraphs (made clickable by a script), they hold text a reader reads as text,
# not link text. Other ones stay links: "back", bylines and e-mail addresses a script
# unscrambles (even around a spacer ``<div>``), share and print buttons are furniture, as their
# real links would be.
# Read as XPath does ``starts-with(translate(normalize-space(@href), 'JAVSCRIPT', 'javscript'),
# 'javascript:')``: XML white space before it, the scheme in any case. A Python loop over the
# anchors costs half the XPath's string functions.
_XML_SPACE: Final = " \t\r\n"
_SCRIPT_SCHEME: Final = "javascript:"
_SCHEME_CASE: Final = str.maketrans("JAVSCRIPT", "javscript")
_PLAIN_INLINE: Final = "span"
_PROSE_TAGS: Final = frozenset({"p", "blockquote", "pre", "ul", "ol", "dl", "table"})


def _unlink_script_anchors(anchors: list[lxml.etree._Element]) -> None:
    """Render ``javascript:`` anchors around paragraphs as plain inline text (see above).

    ``anchors`` are the ``javascript:`` anchors :func:`_scan` found in the tree :func:`_parse`
    made for this page, read by nothing after the walk; those hidden since are left alone.
    """
    for anchor in anchors:
        if anchor.tag == "a" and any(
            isinstance(inner.tag, str) and inner.tag.lower() in _PROSE_TAGS
            for inner in anchor.iterdescendants()
        ):
            anchor.tag = _PLAIN_INLINE


# A heading's kicker (``_lexicon.KICKER_CLASS``) is styled as a line of its own: it is not part
# of the headline. It is rendered as this block-level element.
_BLOCK_INLINE: Final = "div"


def _set_apart_kickers(root: lxml.etree._Element) -> None:
    """Render the kicker inside a heading as a block of its own, so the heading is the title.

    Only where the heading has text besides the kicker. ``root`` is the tree :func:`_parse`
    made for this page, read by nothing after the walk.
    """
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        kickers = [
            inner
            for inner in heading.iterdescendants()
            if isinstance(inner.tag, str)
            and (classes := inner.get("class"))
            and lex.KICKER_CLASS.search(classes)
        ]
        if not kickers:
            continue
        kicker_text = sum(_text_length(kicker) for kicker in kickers)
        if _text_length(heading) > kicker_text + 1:
            for kicker in kickers:
                kicker.tag = _BLOCK_INLINE


def _text_length(element: lxml.etree._Element) -> int:
    """How many characters of text ``element`` holds, without the white space around it."""
    return len("".join(str(text) for text in element.itertext()).strip())


# A simple CSS selector: an optional tag, then classes and ids (what paywall markup names).
_SIMPLE_SELECTOR: Final = compile_later(r"\A([A-Za-z][\w-]*)?((?:[.#][\w-]+)+)\Z")
_SELECTOR_PART: Final = compile_later(r"([.#])([\w-]+)")


def _paywalled(root: lxml.etree._Element) -> list[tuple[str | None, set[str], str | None]]:
    """The simple selectors of the parts the page's JSON-LD declares not free to read.

    schema.org's paywall markup (as search engines ask publishers to write it): a ``hasPart``
    ``WebPageElement`` with ``isAccessibleForFree: false`` and a ``cssSelector``. Each selector is
    ``(tag, classes, id)``; selectors other than a tag with classes and ids are not read.
    """
    selectors: list[tuple[str | None, set[str], str | None]] = []
    for script in root.iter("script"):
        text = script.text or ""
        if "cssSelector" not in text:
            continue
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        for obj in _jsonld_objects(data, depth=0):
            for part in _as_list(obj.get("hasPart")):
                if not isinstance(part, dict) or str(
                    part.get("isAccessibleForFree", "")
                ).lower() not in {"false", "0"}:
                    continue
                for selector in _as_list(part.get("cssSelector")):
                    if isinstance(selector, str):
                        selectors.extend(_simple_selectors(selector))
    return selectors


def _simple_selectors(text: str) -> Iterator[tuple[str | None, set[str], str | None]]:
    for piece in text.split(","):
        match = _SIMPLE_SELECTOR.match(piece.strip())
        if match is None:
            continue
        classes = set()
        ident = None
        for mark, name in _SELECTOR_PART.findall(match.group(2)):
            if mark == ".":
                classes.add(name)
            else:
                ident = name
        yield (match.group(1).lower() if match.group(1) else None), classes, ident


def _matches(
    element: lxml.etree._Element, selector: tuple[str | None, set[str], str | None]
) -> bool:
    """Whether ``element`` or one of its ancestors matches the simple ``selector``."""
    tag, classes, ident = selector
    node: lxml.etree._Element | None = element
    while node is not None:
        if (
            isinstance(node.tag, str)
            and (tag is None or node.tag.lower() == tag)
            and (ident is None or node.get("id") == ident)
            and classes <= set((node.get("class") or "").split())
        ):
            return True
        node = node.getparent()
    return False


# HTML's sectioning elements for what is not the page's or the article's main content: its
# navigation, content aside from it, and a section's footer (author, copyright, related
# documents). Their tag speaks for them even without a class or id.
_FURNITURE_TAGS: Final = frozenset({"nav", "aside", "footer"})


def _descriptor(tag: str, raw_id: str | None, raw_class: str | None) -> str | None:
    """An element's class/id descriptor (``div.story-body#main``), from its lower-cased tag.

    A bare ``<nav>``, ``<aside>`` or ``<footer>`` is described by its tag alone.
    """
    ident = (raw_id or "").strip() if raw_id is not None else ""
    classes = raw_class.split() if raw_class is not None else []
    if not ident and not classes:  # most elements: nothing to build
        return tag if tag in _FURNITURE_TAGS else None
    out = tag
    if classes:
        out += "." + ".".join(classes[:3])
    return f"{out}#{ident}" if ident else out


def _jsonld_values(root: lxml.etree._Element) -> Iterator[tuple[str, str]]:
    """Yield ``(field, value)`` pairs from the page's JSON-LD article-like objects.

    Authors and publishers given by reference (``{"@id": ...}``, as Yoast's ``@graph`` does) are
    looked up among the page's JSON-LD objects; a publisher (or an author of an organisation
    type) is yielded as ``publisher``, the ``WebSite``'s name as ``website``.
    """
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            for match in _JSONLD_DATE.finditer(text):
                yield match.group(1), match.group(2)
            continue
        objects.extend(_jsonld_objects(data, depth=0))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    for obj in objects:
        kinds = _jsonld_type(obj)
        if "WebSite" in kinds and isinstance(obj.get("name"), str):
            yield "website", obj["name"]
        if not _ARTICLE_TYPES.search(kinds):
            continue
        for field in _JSONLD_FIELDS:
            value = obj.get(field)
            if isinstance(value, str):
                yield field, value
        steps = "\n".join(_instruction_lines(obj.get("recipeInstructions"), depth=0))
        if steps:
            yield "recipeInstructions", steps
        for field in _JSONLD_PEOPLE:
            for item in _as_list(obj.get(field)):
                person = _encoded_object(item)
                if isinstance(person, dict) and set(person) <= {"@id", "@type"}:
                    person = by_id.get(person.get("@id"), person)
                name = _jsonld_name(person)
                if name is None:
                    continue
                # An organisation named as author is the publisher, not a person.
                is_org = isinstance(person, dict) and bool(
                    _ORGANISATION_TYPES.search(_jsonld_type(person))
                )
                yield ("publisher" if is_org else field), name


def _instruction_lines(value: object, depth: int) -> Iterator[str]:
    """A schema.org Recipe's instructions as lines: text, ``HowToStep`` texts, sections' steps."""
    if depth > 4:  # noqa: PLR2004 - sections of steps; bound hostile nesting
        return
    if isinstance(value, str):
        yield from (line.strip() for line in value.splitlines() if line.strip())
    elif isinstance(value, list):
        for item in value:
            yield from _instruction_lines(item, depth + 1)
    elif isinstance(value, dict):
        text = value.get("text")
        if isinstance(text, str):
            yield from _instruction_lines(text, depth + 1)
        else:
            yield from _instruction_lines(value.get("itemListElement"), depth + 1)


def _jsonld_type(obj: dict[str, Any]) -> str:
    kinds = obj.get("@type", "")
    return " ".join(str(k) for k in kinds) if isinstance(kinds, list) else str(kinds)


def _encoded_object(value: object) -> object:
    """A person given as a JSON object encoded once more as a string, decoded; else ``value``.

    Some CMSs write ``"author": "{ \\"@type\\":\\"Person\\", \\"name\\":\\"Jane Doe\\" }"``.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("{") and text.endswith("}"):
        try:
            decoded = json.loads(text, strict=False)
        except ValueError:
            return value
        if isinstance(decoded, dict):
            return decoded
    return value


def _jsonld_name(person: object) -> str | None:
    if isinstance(person, str):
        return person
    if not isinstance(person, dict):
        return None
    name = person.get("name")
    if isinstance(name, list) and name and isinstance(name[0], str):
        name = name[0]
    if isinstance(name, str):
        return name
    given, family = person.get("givenName"), person.get("familyName")
    if isinstance(given, str) and isinstance(family, str):
        return f"{given} {family}"
    return None


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _jsonld_objects(data: object, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:  # noqa: PLR2004 - JSON-LD graphs are shallow; bound hostile nesting
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            inner = data.get(key)
            if isinstance(inner, (list, dict)):
                yield from _jsonld_objects(inner, depth + 1)


# Dublin Core as RDFa writes it ("dc:creator", "dcterms:title") and as HTML meta names do
# ("DC.creator", "dcterms.title"): one vocabulary, read under the names' dotted form.
_DUBLIN_CORE_PREFIX: Final = compile_later(r"\A(dc|dcterms):(?=\w)")


def _meta_key(name: str) -> str:
    """A lower-cased meta ``name``/``property`` term as :data:`_META_KEYS` lists it."""
    if name in _META_KEYS:
        return name
    return _DUBLIN_CORE_PREFIX.sub(r"\1.", name)


def _render_head(renderer: _Renderer, root: lxml.etree._Element, scan: _Scan) -> None:
    for title in root.iter("title"):
        renderer.add_meta(BlockKind.TITLE, "title", "".join(str(t) for t in title.itertext()))
        break
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").strip()
        # RDFa's ``property`` holds a list of terms ("dc:creator twitter:site_name").
        terms = key.lower().split() if meta.get("property") else [key.lower()]
        for term in terms:
            name = _meta_key(term)
            if name in _META_KEYS:
                renderer.add_meta(BlockKind.META, name, meta.get("content") or "")
        if not key and meta.get("itemprop"):
            # schema.org microdata as <meta itemprop=... content=...>: the page's own in the
            # head; in the body only its dates (an author there may be any item's: a product's,
            # a review's; the markup scan reads the body's visible authors).
            in_head = _in_head(meta)
            for prop in (meta.get("itemprop") or "").lower().split():
                if prop in _ITEMPROP_META and (in_head or prop.startswith("date")):
                    renderer.add_meta(BlockKind.META, f"itemprop:{prop}", meta.get("content") or "")
    for field, value in _jsonld_values(root):
        renderer.add_meta(BlockKind.META, f"jsonld:{field}", value)
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            renderer.add_meta(BlockKind.META, "link:canonical", link.get("href") or "")
            break
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        renderer.add_meta(BlockKind.META, "html:lang", lang)
    for hint, value in markup_values(scan.cues, links=scan.links):
        renderer.add_meta(BlockKind.META, hint, value)


def _in_head(element: lxml.etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "head"


def _context_for(tag: str, parent: _Context, depth: int, list_depth: int) -> _Context:
    if tag in _HEADINGS:
        return _Context(BlockKind.HEADING, _HEADINGS[tag], tag, depth)
    if tag in _LIST_ITEMS:
        return _Context(BlockKind.LIST_ITEM, list_depth, tag, depth)
    if tag == "pre":
        return _Context(BlockKind.PREFORMATTED, 0, tag, depth)
    if tag in {"td", "th"}:
        return _Context(BlockKind.TABLE_CELL, 0, tag, depth)
    if tag == "blockquote" or parent.kind is BlockKind.QUOTE:
        return _Context(BlockKind.QUOTE, 0, tag, depth)
    return _Context(BlockKind.PARAGRAPH, 0, tag, depth)


class _Handler(Protocol):
    """What a walk reports to: :class:`_Renderer` (or, in the tests, a recorder)."""

    def start(self, tag: str, ident: str | None, classes: str | None, text: str | None, /) -> None:
        """An element the walk enters (see :meth:`_Renderer.start`)."""

    def end(self, tag: str, tail: str | None, /) -> None:
        """The end of an element the walk entered (see :meth:`_Renderer.end`)."""

    def text(self, text: str, /) -> None:
        """The tail of what the walk does not enter (see :meth:`_Renderer.text`)."""


def _walk(
    root: lxml.etree._Element,
    handler: _Handler,
    skip_tags: Collection[str],
    described_tags: Collection[str],
) -> None:
    """Walk the tree under ``root`` in document order, telling ``handler`` what is there.

    Every element is reported with its lower-cased tag: :meth:`_Renderer.start` with its text
    (and its ``id`` and ``class`` if its tag is in ``described_tags``) and :meth:`_Renderer.end`
    with its tail. Elements in ``skip_tags`` are not entered, and only their tail is reported
    (:meth:`_Renderer.text`), as are the tails of comments a fallback parser kept.

    ``_htmlwalk.walk`` is this walk over libxml2's nodes (the compiled build);
    ``tests/test_htmlwalk.py`` holds the two to the same calls.
    """
    start, end, text = handler.start, handler.end, handler.text
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    # The lower-cased tag of every open node, ``None`` for one the walk does not enter: an end
    # event takes its tag from here instead of reading and lower-casing it again.
    open_tags: list[str | None] = []
    for event, element in walker:
        if event == "end":
            tag = open_tags.pop()
            if tag is not None:
                end(tag, element.tail)
            elif element.tail:  # a skipped element's tail, or a comment's a fallback parser kept
                text(element.tail)
            continue
        tag = element.tag
        if not isinstance(tag, str):  # comments/PIs that a fallback parser kept
            open_tags.append(None)
            continue
        tag = tag.lower()
        if tag in skip_tags:
            walker.skip_subtree()
            open_tags.append(None)
            continue
        open_tags.append(tag)
        if tag in described_tags:
            start(tag, element.get("id"), element.get("class"), element.text)
        else:
            start(tag, None, None, element.text)


# -- model values built without re-running their checks ----------------------------------------
#
# The renderer builds thousands of blocks, elements and spans per page from values that are right
# by construction; these constructors skip the per-field checks the model's own constructors run
# (see ``docs/model.md``). They live here, not in :mod:`articlekit.model`, so that the compiled
# build compiles them (the model's attrs classes stay plain Python). ``Source`` still holds them
# as a whole, and a hypothesis property rebuilds every rendered source through the checked
# constructors (``tests/properties/test_io_properties.py``).

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
_MAP_LENGTH, _MAP_RUNS = (OffsetMap.__dict__[a.name].__set__ for a in attrs.fields(OffsetMap))
_SOURCE_SETTERS = tuple(Source.__dict__[a.name].__set__ for a in attrs.fields(Source))


def _unchecked_span(start: int, end: int) -> Span:
    """A :class:`Span` built without its checks."""
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


def _unchecked_block(  # noqa: PLR0917 - the fields, in order
    span: Span,
    kind: BlockKind,
    level: int,
    tag: str | None,
    hint: str | None,
    link_chars: int,
    element: int | None,
) -> Block:
    """A :class:`Block` built without its per-field checks."""
    block: Block = _new(Block)
    _BLOCK_SPAN(block, span)
    _BLOCK_KIND(block, kind)
    _BLOCK_LEVEL(block, level)
    _BLOCK_TAG(block, tag)
    _BLOCK_HINT(block, hint)
    _BLOCK_LINK_CHARS(block, link_chars)
    _BLOCK_ELEMENT(block, element)
    return block


def _unchecked_element(tag: str, span: Span, parent: int | None, hint: str | None) -> Element:
    """An :class:`Element` built without its per-field checks."""
    element: Element = _new(Element)
    _ELEMENT_TAG(element, tag)
    _ELEMENT_SPAN(element, span)
    _ELEMENT_PARENT(element, parent)
    _ELEMENT_HINT(element, hint)
    return element


def _unchecked_offset_map(length: int, runs: tuple[tuple[int, int, int], ...]) -> OffsetMap:
    """An :class:`OffsetMap` built without checking its runs.

    The renderer emits runs in text order, each at the length reached so far; checking them
    again took about as long as building them.
    """
    offsets: OffsetMap = _new(OffsetMap)
    _MAP_LENGTH(offsets, length)
    _MAP_RUNS(offsets, runs)
    return offsets


def _unchecked_source(  # noqa: PLR0917 - the fields, in order
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
    rendering; the text, blocks, elements and offsets are right by construction.
    """
    source: Source = _new(Source)
    values = (text, media_type, url, reference_time, encoding, blocks, offsets, elements, problems)
    for setter, value in zip(_SOURCE_SETTERS, values, strict=True):
        setter(source, value)
    return source
