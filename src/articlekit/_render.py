"""Rendering a page into a :class:`~articlekit.model.Source`: the work every input goes through.

:mod:`articlekit.io` checks and decodes the input, then hands the text here:

* :func:`render_text` normalises a plain-text dump; its blocks are its non-empty lines.
* :func:`render_html` parses HTML with lxml (BeautifulSoup only as a fallback), drops scripts,
  styles and comments, and renders the page into blocks: the head's metadata first, then the
  visible content, with the element outline and (optionally) the offset map to the raw page.

This module holds no public API of its own; it is kept apart so that the optional compiled build
(mypyc, see ``docs/install.md``) can compile it while :mod:`articlekit.io`, which checks what
users pass in, stays plain Python.
"""

from __future__ import annotations

import bisect
import html
import json
import re
import threading
from collections.abc import Iterator
from datetime import datetime
from types import ModuleType
from typing import Any, Final, Protocol

import lxml.etree
import lxml.html.soupparser

from articlekit._markup import markup_values
from articlekit._text import Run, is_normalized, normalize, normalize_with_map
from articlekit._trusted import (
    unchecked_block,
    unchecked_element,
    unchecked_offset_map,
    unchecked_source,
    unchecked_span,
)
from articlekit.model import (
    Block,
    BlockKind,
    Element,
    MediaType,
    Source,
    Span,
)

__all__ = ["render_html", "render_text"]

# The compiled build's native renderer (``_native.pyx``, docs/install.md): the tree walk and
# the renderer without Python-level calls per node, and the raw page's scans. The Python code in
# this module is the reference it is tested against; a plain install runs it.
_native: ModuleType | None
try:
    from articlekit import _native
except (ImportError, ValueError):
    # ValueError: Cython's check that lxml's C types still have the size the module was built
    # against (an lxml upgraded past a layout change). The Python renderer then renders.
    _native = None


class _MetaSink(Protocol):
    """What :func:`_render_head` writes to: either renderer (Python or native)."""

    def add_meta(self, kind: BlockKind, hint: str | None, value: str) -> None:
        """Add a metadata value as a block of its own."""


def render_text(
    text: str,
    *,
    url: str | None,
    reference_time: datetime | None,
    encoding: str | None,
    offsets: bool,
) -> Source:
    """The :class:`Source` of a decoded plain-text dump (blocks are its non-empty lines)."""
    if offsets:
        normalized, runs = normalize_with_map(text)
    else:
        normalized, runs = normalize(text), []
    blocks = []
    start = 0
    for line in normalized.split("\n"):
        if line:
            span = unchecked_span(start, start + len(line))
            blocks.append(unchecked_block(span, BlockKind.PARAGRAPH, 0, None, None, 0, None))
        start += len(line) + 1
    return unchecked_source(
        normalized,
        MediaType.TEXT,
        url,
        reference_time,
        encoding,
        tuple(blocks),
        unchecked_offset_map(len(normalized), tuple(runs)) if offsets else None,
        (),
    )


def render_html(
    text: str,
    *,
    url: str | None,
    reference_time: datetime | None,
    encoding: str | None,
    offsets: bool,
    native: bool = True,
) -> Source:
    """The :class:`Source` of a decoded HTML page.

    ``native=False`` keeps to the Python renderer even in the compiled build (the tests compare).
    """
    module = _native if native else None
    root = _parse(text, native=module is not None)
    if module is not None:
        data, data_index = _raw_data(text, native=True) if offsets else ([], 0)
        fast = module.Renderer(text, offsets, data, data_index)
        if root is not None:
            _render_head(fast, root)
            fast.walk(
                root,
                _SKIP_TAGS,
                _BLOCK_TAGS,
                _LISTS,
                _context_for,
                _descriptor,
                _Context(BlockKind.PARAGRAPH, 0, "html", None),
            )
        source: Source = fast.source(url=url, reference_time=reference_time, encoding=encoding)
        return source
    renderer = _Renderer(text, offsets=offsets)
    if root is not None:
        _render_head(renderer, root)
        _render_body(renderer, root)
    return renderer.source(url=url, reference_time=reference_time, encoding=encoding)


_SKIP_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "button", "input", "audio", "video",
        "map", "applet", "frameset", "frame",
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
        "dc.date.publication", "dc:date", "dc:created", "citation_date", "citation_online_date",
        "originalpublicationdate", "article.published", "article.created", "displaydate",
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
_ARTICLE_TYPES: Final = re.compile(
    r"Article|Posting|Report|WebPage|Blog|Recipe|VideoObject|CreativeWork|Episode|MediaObject"
    r"|Review|Thesis|Book|Chapter",
    re.IGNORECASE,
)
_ORGANISATION_TYPES: Final = re.compile(r"Organi[sz]ation|Corporation|NewsMedia|WebSite|Brand")
_ITEMPROP_META: Final = frozenset(
    {"author", "headline", "datepublished", "datecreated", "datemodified", "publisher"}
)
# The dates of JSON-LD that does not parse (trailing commas, raw newlines, two objects glued).
_JSONLD_DATE: Final = re.compile(
    r'"(datePublished|dateModified)"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]{0,30})"'
)

# Used only to find where text nodes came from: runs of text after a tag, minus the script,
# style and comment sections whose insides are not text.
_RAW_DATA: Final = re.compile(r">([^<]+)")
_RAW_OPAQUE_START: Final = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)
_RAW_OPAQUE_END: Final = {
    "script": re.compile(r"</script", re.IGNORECASE),
    "style": re.compile(r"</style", re.IGNORECASE),
}
# lxml refuses XML-incompatible characters and encoding declarations in str input; replacing
# them by spaces of the same length keeps raw offsets valid.
_UNPARSABLE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECL: Final = re.compile(r"\A\s*<\?xml[^>]*>")
_NOSCRIPT: Final = re.compile(r"<noscript\b[^>]*>.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)

# Where the visible content starts in the raw page: text before it (the <title>) is head data.
_BODY_START: Final = re.compile(r"<body\b[^>]*>|</head\s*>|</title\s*>", re.IGNORECASE)


class _Context:
    """The block-level element text is currently rendered into.

    A plain class (native when compiled): one is made for every block-level element.
    """

    __slots__ = ("hint", "kind", "level", "tag")

    def __init__(self, kind: BlockKind, level: int, tag: str, hint: str | None) -> None:
        """Keep the block's kind, level, tag and class/id hint."""
        self.kind = kind
        self.level = level
        self.tag = tag
        self.hint = hint


class _Renderer:
    """Renders an lxml tree into normalised text, blocks and (optionally) offset runs.

    The compiled build renders with ``_native.Renderer``, this class in native code; this one is
    the reference it is tested against (``tests/test_native.py``): keep the two in step.
    """

    def __init__(self, raw: str, *, offsets: bool = True) -> None:
        self.raw = raw
        self.offsets = offsets
        # The raw text runs text nodes are located in, and the next one to look at.
        self.data, self.data_index = _raw_data(raw, native=False) if offsets else ([], 0)
        self.pieces: list[str] = []
        self.runs: list[Run] = []
        self.length = 0
        # (start, end, kind, level, tag, hint, link_chars, element), built into Blocks at the end
        self.blocks: list[
            tuple[int, int, BlockKind, int, str | None, str | None, int, int | None]
        ] = []
        self.block_start: int | None = None
        self.pending: str | None = None
        self.link_depth = 0
        self.link_chars = 0
        # The outline: (tag, parent, hint) per block-level element, and the open ones.
        self.elements: list[tuple[str, int | None, str | None]] = []
        self.element_stack: list[int] = []

    # -- output --------------------------------------------------------------------------------

    def _emit(self, text: str, runs: list[Run]) -> None:
        if self.offsets:
            self.runs.extend(runs)
        self.pieces.append(text)
        self.length += len(text)

    def _separator(self, text: str, raw_at: int) -> None:
        self._emit(text, [(self.length, raw_at, raw_at)])

    def open_block(self, raw_at: int) -> None:
        if self.block_start is None:
            if self.length:
                self._separator("\n\n", raw_at)
            self.block_start = self.length
            self.link_chars = 0
            self.pending = None

    def open_element(self, tag: str, hint: str | None) -> None:
        parent = self.element_stack[-1] if self.element_stack else None
        self.elements.append((tag, parent, hint))
        self.element_stack.append(len(self.elements) - 1)

    def close_element(self) -> None:
        if self.element_stack:
            self.element_stack.pop()

    def close_block(self, context: _Context) -> None:
        if self.block_start is not None and self.length > self.block_start:
            self.blocks.append(
                (
                    self.block_start,
                    self.length,
                    context.kind,
                    context.level,
                    context.tag,
                    context.hint,
                    min(self.link_chars, self.length - self.block_start),
                    self.element_stack[-1] if self.element_stack else None,
                )
            )
        self.block_start = None
        self.pending = None

    def add_text(self, text: str) -> None:
        """Add a text node of the current block, mapping it back to the raw input if asked."""
        if text.isspace():
            if self.block_start is not None and self.pending is None:
                self.pending = " "
            return
        stripped = text.strip()
        rel_runs: list[Run] = []
        # Normalised once the white space around it is gone: its only white space is single
        # spaces, so its search key (see _locate) is a piece of it.
        simple = "\n" not in stripped and is_normalized(stripped)
        if simple:
            # Most nodes (one run).
            norm = stripped
            if self.offsets:
                lead = len(text) - len(text.lstrip())
                rel_runs = [(0, lead, lead + len(stripped))]
        elif self.offsets:
            norm, rel_runs = normalize_with_map(text)
        else:
            norm = normalize(text)
        if not norm:
            if text and self.block_start is not None and self.pending is None:
                self.pending = " "
            return
        raw_start, raw_end, verbatim = self._locate(text, simple) if self.offsets else (0, 0, False)
        self.open_block(raw_start)
        if self.length > (self.block_start or 0):
            sep = self.pending or (" " if text[0].isspace() else None)
            if sep:
                self._separator(sep, raw_start)
        if not self.offsets:
            runs = []
        elif verbatim:
            runs = [(self.length + s, raw_start + a, raw_start + b) for s, a, b in rel_runs]
        else:
            runs = [(self.length, raw_start, raw_end)]
        self._emit(norm, runs)
        if self.link_depth:
            self.link_chars += len(norm)
        self.pending = " " if text[-1].isspace() else None

    def line_break(self) -> None:
        if self.block_start is not None and self.length > self.block_start:
            self.pending = "\n"

    def _locate(self, text: str, simple: bool) -> tuple[int, int, bool]:  # noqa: FBT001
        """Find the raw range a text node came from, scanning the raw data tokens forward.

        Returns the range and whether the raw text there is the node's text verbatim. The next
        token usually is the node verbatim: when the node is ``simple`` (its search key is a
        piece of it, see ``add_text``), that token is the one the scan below would find first.
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
        return last, last, False

    # -- metadata ------------------------------------------------------------------------------

    def add_meta(self, kind: BlockKind, hint: str | None, value: str) -> None:
        norm, _ = normalize_with_map(value)
        if not norm:
            return
        at = -1
        if self.offsets:
            at = self.raw.find(value)
            if at < 0:
                at = self.raw.find(html.escape(value, quote=True))
        raw_range = (at, at + len(value)) if at >= 0 else (0, 0)
        if self.length:
            self._separator("\n\n", raw_range[0])
        start = self.length
        # A single atomic run: metadata values are short and often escaped in attributes.
        self._emit(norm, [(start, *raw_range)])
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
            outer = unchecked_span(start, ends[old])
            elements.append(unchecked_element(tag, outer, parent_index, hint))
        blocks: list[Block] = []
        for start, end, kind, level, block_tag, block_hint, link_chars, holder in self.blocks:
            element: int | None = None
            span: Span | None = None
            if holder is not None:
                element = new_index[holder]
                if starts[holder] == start and ends[holder] == end:
                    span = elements[element].span  # a paragraph and its block: one span object
            if span is None:
                span = unchecked_span(start, end)
            blocks.append(
                unchecked_block(span, kind, level, block_tag, block_hint, link_chars, element)
            )
        return tuple(elements), tuple(blocks)

    def source(
        self, *, url: str | None, reference_time: datetime | None, encoding: str | None
    ) -> Source:
        text = "".join(self.pieces)
        elements, blocks = self.outline()
        return unchecked_source(
            text,
            MediaType.HTML,
            url,
            reference_time,
            encoding,
            blocks,
            unchecked_offset_map(len(text), tuple(self.runs)) if self.offsets else None,
            elements,
        )


def _raw_data(raw: str, *, native: bool) -> tuple[list[tuple[int, int]], int]:
    """The raw page's text runs outside comments, scripts and styles, and the first visible one.

    Text nodes are located in these runs, in order, to map the rendered text back to the page.
    """
    if native and _native is not None:
        opaque, data = _native.opaque_sections(raw), _native.data_tokens(raw)
    else:
        opaque = _opaque_sections(raw)
        data = [m.span(1) for m in _RAW_DATA.finditer(raw) if not m.group(1).isspace()]
    if opaque:
        data = _outside(data, opaque)
    body = _BODY_START.search(raw)
    body_at = body.end() if body else 0
    first = next((i for i, (start, _) in enumerate(data) if start >= body_at), len(data))
    return data, first


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


class _Parsers(threading.local):
    """This thread's two HTML parsers (UTF-8 bytes, and ``str``), made on first use.

    A parser is reused rather than made per page, as lxml's own default parser is: a fresh
    parser sets up its libxml2 context on first use, about a tenth of parsing a page. lxml lets
    one thread at a time use a parser; one pair per thread keeps threads from waiting on each
    other.
    """

    def __init__(self) -> None:
        self.by_encoding: dict[bool, lxml.etree.HTMLParser] = {}


_PARSERS: Final = _Parsers()


def _parser(*, utf8: bool) -> lxml.etree.HTMLParser:
    parsers = _PARSERS.by_encoding
    parser = parsers.get(utf8)
    if parser is None:
        parser = parsers[utf8] = lxml.etree.HTMLParser(
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=False,
            recover=True,
            collect_ids=False,  # nothing looks elements up by id: no id table (~9% of parsing)
            encoding="utf-8" if utf8 else None,
        )
    return parser


def _parse(text: str, *, native: bool = False) -> lxml.etree._Element | None:
    if "<noscript" in text or "<NOSCRIPT" in text:
        # Browsers read <noscript> as raw text when scripts run, so markup inside it cannot
        # swallow the page ("<noscript><div></noscript>" leaves the div open for libxml2).
        # Its content is never rendered here, so it is blanked before parsing.
        text = _NOSCRIPT.sub(_blank, text)
    data = _native.utf8_if_clean(text) if native and _native is not None else _utf8_if_clean(text)
    cleaned = text if data is not None else _UNPARSABLE.sub(" ", _XML_DECL.sub(_blank, text))
    parser = _parser(utf8=data is not None)
    try:
        root = lxml.etree.fromstring(data if data is not None else cleaned, parser)
    except (lxml.etree.LxmlError, ValueError):
        root = None
    if root is None and cleaned.strip():
        try:
            root = lxml.html.soupparser.fromstring(cleaned)
        except (ValueError, TypeError, AttributeError):  # pragma: no cover - bs4 rarely fails
            return None
    return root


def _descriptor(tag: str, raw_id: str | None, raw_class: str | None) -> str | None:
    """An element's class/id descriptor (``div.story-body#main``), from its lower-cased tag."""
    if raw_id is None and raw_class is None:
        return None  # most elements: nothing to build
    ident = (raw_id or "").strip()
    classes = (raw_class or "").split()
    if not ident and not classes:
        return None
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
        for field in _JSONLD_PEOPLE:
            for person in _as_list(obj.get(field)):
                if isinstance(person, dict) and set(person) <= {"@id", "@type"}:
                    person = by_id.get(person.get("@id"), person)  # noqa: PLW2901
                name = _jsonld_name(person)
                if name is None:
                    continue
                # An organisation named as author is the publisher, not a person.
                is_org = isinstance(person, dict) and bool(
                    _ORGANISATION_TYPES.search(_jsonld_type(person))
                )
                yield ("publisher" if is_org else field), name


def _jsonld_type(obj: dict[str, Any]) -> str:
    kinds = obj.get("@type", "")
    return " ".join(str(k) for k in kinds) if isinstance(kinds, list) else str(kinds)


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


def _render_head(renderer: _MetaSink, root: lxml.etree._Element) -> None:
    for title in root.iter("title"):
        renderer.add_meta(BlockKind.TITLE, "title", "".join(str(t) for t in title.itertext()))
        break
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").strip()
        if key.lower() in _META_KEYS:
            renderer.add_meta(BlockKind.META, key.lower(), meta.get("content") or "")
        elif not key and meta.get("itemprop"):
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
    for hint, value in markup_values(root):
        renderer.add_meta(BlockKind.META, hint, value)


def _in_head(element: lxml.etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "head"


def _context_for(tag: str, parent: _Context, hint: str | None, list_depth: int) -> _Context:
    if tag in _HEADINGS:
        return _Context(BlockKind.HEADING, _HEADINGS[tag], tag, hint)
    if tag in _LIST_ITEMS:
        return _Context(BlockKind.LIST_ITEM, list_depth, tag, hint)
    if tag == "pre":
        return _Context(BlockKind.PREFORMATTED, 0, tag, hint)
    if tag in {"td", "th"}:
        return _Context(BlockKind.TABLE_CELL, 0, tag, hint)
    if tag == "blockquote" or parent.kind is BlockKind.QUOTE:
        return _Context(BlockKind.QUOTE, 0, tag, hint)
    return _Context(BlockKind.PARAGRAPH, 0, tag, hint)


def _render_body(renderer: _Renderer, root: lxml.etree._Element) -> None:  # noqa: PLR0912
    # _native.Renderer.walk walks the same way (the compiled build); keep the two in step.
    contexts = [_Context(BlockKind.PARAGRAPH, 0, "html", None)]
    descriptors: list[str | None] = []
    list_depth = 0
    # The walk visits every element twice: the names below are bound once (a hot loop).
    add_text, close_block, open_element = (
        renderer.add_text,
        renderer.close_block,
        renderer.open_element,
    )
    skip_tags, block_tags, lists = _SKIP_TAGS, _BLOCK_TAGS, _LISTS
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            # comments/PIs that a fallback parser kept: only their tail is text
            if event == "end" and element.tail:
                add_text(element.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in skip_tags:
                walker.skip_subtree()
                continue
            if tag in block_tags:
                descriptor = _descriptor(tag, element.get("id"), element.get("class"))
                descriptors.append(descriptor)
                list_depth += tag in lists
                close_block(contexts[-1])
                hint = " > ".join([d for d in descriptors[-4:] if d]) or None
                contexts.append(_context_for(tag, contexts[-1], hint, list_depth))
                open_element(tag, descriptor)
            else:
                # Inline elements' classes say little; only block-level ones make the hint.
                descriptors.append(None)
                if tag == "br":
                    renderer.line_break()
                elif tag == "a":
                    renderer.link_depth += 1
            text = element.text
        else:
            if tag not in skip_tags:
                descriptors.pop()
                if tag in block_tags:
                    list_depth -= tag in lists
                    close_block(contexts.pop())
                    renderer.close_element()
                elif tag == "a":
                    renderer.link_depth -= 1
            text = element.tail
        if text:
            if text.isspace():  # most nodes: the white space between tags
                if renderer.block_start is not None and renderer.pending is None:
                    renderer.pending = " "
            else:
                add_text(text)
    close_block(contexts[-1])
