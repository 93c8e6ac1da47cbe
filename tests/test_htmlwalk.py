"""The compiled build's tree walk and raw scans give the renderer exactly what the Python ones do.

``articlekit._htmlwalk`` (Cython, compiled build only) walks the parsed tree over libxml2's nodes
and scans the raw page for the offset map; ``articlekit._render`` walks with lxml's ``iterwalk``
and scans with regular expressions. Both feed the one renderer, ``_render._Renderer``. Every test
here compares the two on the same input: the calls each walk makes, and the sources rendered from
generated tag soup (hypothesis), the bundled fixtures, BeautifulSoup fallback trees, and the
corpora when they are present.

A plain install has no compiled walk: the tests skip, except in the compiled build's CI job
(``ARTICLEKIT_EXPECT_COMPILED=1``), where a missing module is a failure.
"""

from __future__ import annotations

import gzip
import os
import re
from types import ModuleType

import lxml.etree
import lxml.html.soupparser
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _support import FIXTURES, corpus
from articlekit import _markup, _render
from articlekit.model import Source


def _htmlwalk_module() -> ModuleType:
    try:
        from articlekit import _htmlwalk  # noqa: PLC0415 - optional, compiled build only
    except ImportError:
        if os.environ.get("ARTICLEKIT_EXPECT_COMPILED") == "1":
            pytest.fail("the compiled build has no articlekit._htmlwalk")
        pytest.skip("pure Python install: no compiled walk")
    return _htmlwalk


@pytest.fixture(scope="module")
def htmlwalk() -> ModuleType:
    """The compiled walk's module (skips on a pure install)."""
    return _htmlwalk_module()


def _both(text: str, *, offsets: bool) -> tuple[Source, Source]:
    """The page rendered with the compiled walk and scans, and with the Python ones."""
    return (
        _render.render_html(
            text, url=None, reference_time=None, encoding=None, offsets=offsets, compiled=True
        ),
        _render.render_html(
            text, url=None, reference_time=None, encoding=None, offsets=offsets, compiled=False
        ),
    )


class _Calls:
    """A walk's handler that records the calls, white space only text as one space.

    The compiled walk hands white space only text over as ``" "`` without reading it, and empty
    text as ``None``; the renderer takes each the same way as what the Python walk hands over.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, ...]] = []

    def start(self, tag: str, ident: str | None, classes: str | None, text: str | None) -> None:
        self.calls.append(("start", tag, ident, classes, _plain(text)))

    def end(self, tag: str, tail: str | None) -> None:
        self.calls.append(("end", tag, _plain(tail)))

    def text(self, text: str) -> None:
        self.calls.append(("text", _plain(text)))


def _plain(text: str | None) -> str | None:
    if not text:
        return None
    return " " if text.isspace() else text


def _calls(root: lxml.etree._Element, htmlwalk: ModuleType) -> tuple[list[object], list[object]]:
    """The calls the compiled walk and the Python walk make for the tree under ``root``."""
    compiled, reference = _Calls(), _Calls()
    htmlwalk.walk(root, compiled, _render._SKIP_TAGS, _render._BLOCK_TAGS)
    _render._walk(root, reference, _render._SKIP_TAGS, _render._BLOCK_TAGS)
    return list(compiled.calls), list(reference.calls)


def _assert_same(text: str) -> None:
    htmlwalk = _htmlwalk_module()
    root, _ = _render._parse(text, htmlwalk=None)
    if root is not None:
        compiled_calls, reference_calls = _calls(root, htmlwalk)
        assert compiled_calls == reference_calls
    for offsets in (True, False):
        compiled, reference = _both(text, offsets=offsets)
        assert compiled.text == reference.text
        assert compiled.blocks == reference.blocks
        assert compiled.elements == reference.elements
        assert compiled.offsets == reference.offsets


# Tag soup: what libxml2 and the walk must agree on, including what pages get wrong.
_TAGS = (
    "div", "p", "span", "a", "b", "br", "h1", "h3", "ul", "ol", "li", "dl", "dd", "table",
    "tr", "td", "pre", "blockquote", "article", "section", "script", "style", "noscript",
    "svg", "iframe", "button", "template", "DIV", "P", "A", "Br", "o:p", "fb:like", "font",
    "dialog",
)  # fmt: skip
_ATTRIBUTES = (
    "", ' class="story-body"', " class='a b c d'", ' id="main"', ' id=" x "', " class",
    ' class=""', ' id="a&amp;b"', ' class="caption &#x41;"', ' class="x" id="y"',
    ' href="/x"', ' CLASS="Upper"', ' xml:lang="de"', ' class="\u00e9t\u00e9"',
    # what the renderer hides (_render._mark_hidden edits the tree both walks walk)
    " hidden", ' style="display:none"', ' style="visibility: hidden"', ' hidden="until-found"',
    " open",
)  # fmt: skip
_TEXTS = (
    "Hello", "world.", " ", "\n", "\t \n ", "\xa0", "\u3000", "&nbsp;", "&amp;", "&lt;b&gt;",
    "Caf\u00e9", "\u6771\u4eac", "\u0645\u0635\u0631", "a  b", " lead", "trail ", "x\u200by",
    "<!-- a comment -->", "<?pi data?>", "<![CDATA[cdata]]>", "&#0;", "&bogus;", ">", "<",
    "\u017fcript", "</", "<!--", "-->",
)  # fmt: skip


@st.composite
def _tag_soup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        move = draw(st.integers(0, 3))
        if move == 0:
            tag = draw(st.sampled_from(_TAGS))
            parts.append(f"<{tag}{draw(st.sampled_from(_ATTRIBUTES))}>")
            open_tags.append(tag)
        elif move == 1 and open_tags and draw(st.booleans()):
            parts.append(f"</{open_tags.pop()}>")
        elif move == 1:
            parts.append(f"</{draw(st.sampled_from(_TAGS))}>")  # stray or early close
        else:
            parts.append(draw(st.sampled_from(_TEXTS)))
    head = draw(st.sampled_from(("", "<html><head><title>T</title></head><body>", "<body>")))
    return head + "".join(parts)


@pytest.mark.usefixtures("htmlwalk")
@given(_tag_soup())
def test_tag_soup_renders_the_same(page: str) -> None:
    """Generated tag soup walks with the same calls and renders to the same source."""
    _assert_same(page)


@pytest.mark.usefixtures("htmlwalk")
def test_fixture_pages_render_the_same() -> None:
    """The bundled HTML fixtures walk and render identically both ways."""
    pages = sorted(FIXTURES.glob("*/input.html"))
    assert pages
    for path in pages:
        _assert_same(path.read_bytes().decode("utf-8", "replace"))


@given(_tag_soup())
def test_fallback_parser_trees_walk_the_same(htmlwalk: ModuleType, page: str) -> None:
    """Trees from the BeautifulSoup fallback (comments kept, other names) walk the same."""
    try:
        root = lxml.html.soupparser.fromstring(page or "<p></p>")
    except (ValueError, TypeError, AttributeError):
        return  # the fallback's own failures are handled by _render._parse
    compiled_calls, reference_calls = _calls(root, htmlwalk)
    assert compiled_calls == reference_calls
    sources = []
    for walk in (htmlwalk.walk, _render._walk):
        renderer = _render._Renderer("", offsets=False)
        walk(root, renderer, _render._SKIP_TAGS, _render._BLOCK_TAGS)
        sources.append(renderer.source(url=None, reference_time=None, encoding=None))
    assert sources[0] == sources[1]


_ALPHABET = (
    "<", ">", "!", "-", "/", "s", "S", "\u017f", "c", "C", "r", "i", "I", "\u0130", "\u0131",
    "p", "P", "t", "T", "y", "Y", "l", "e", " ", "\n", "\xa0", "_", "\u00e9", "x", "1",
    "<script", "<STYLE", "</script", "</style>", "<!--", "-->", "\U0001f600",
    # code units whose bytes hold "<", ">" or "-" (the scans look for bytes first)
    "\u3e3e", "\u3c00", "\u003c\u3c3c", "\u2d2d", "\u3e2d",
    # what libxml2 refuses
    "\x00", "\x0b", "\x1f", "\t", "\r", "\ufffe", "\uffff", "\ud800",
)  # fmt: skip


def _data_runs(raw: str) -> list[tuple[int, int]]:
    """The raw text runs by their definition: after a ``>``, up to a ``<``, not white space only."""
    return [m.span(1) for m in re.finditer(r">([^<]+)", raw) if not m.group(1).isspace()]


@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_raw_data_pattern_finds_the_runs(raw: str) -> None:
    """``_RAW_DATA`` skips white space only runs itself, as ``str.isspace`` sees white space."""
    assert [m.span(1) for m in _render._RAW_DATA.finditer(raw)] == _data_runs(raw)


def test_raw_data_pattern_sees_white_space_as_str_does() -> None:
    """Every character ``str.isspace`` calls white space (and no other) makes a run white space."""
    for code in (*range(0x3100), 0x205F, 0x3000, 0xFEFF):
        raw = f"a>{chr(code)}<b> x{chr(code)}<"
        assert [m.span(1) for m in _render._RAW_DATA.finditer(raw)] == _data_runs(raw), hex(code)


@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_raw_scans_match_the_regular_expressions(htmlwalk: ModuleType, raw: str) -> None:
    """The raw scans find what ``_RAW_DATA``, ``_opaque_sections`` and ``_utf8_if_clean`` find.

    The script/style names match as ``re.IGNORECASE`` does, long s and Turkish i included.
    """
    assert htmlwalk.data_tokens(raw) == _data_runs(raw)
    assert htmlwalk.opaque_sections(raw) == _render._opaque_sections(raw)
    assert htmlwalk.utf8_if_clean(raw) == _render._utf8_if_clean(raw)


def test_script_names_match_as_ignorecase_does(htmlwalk: ModuleType) -> None:
    """Every character ``re.IGNORECASE`` lets stand for a letter of the names opens a section."""
    for name in ("script", "style"):
        for k, letter in enumerate(name):
            pattern = re.compile(re.escape(letter), re.IGNORECASE)
            for code in (*range(0x250), 0x1E9E, 0x212A, 0x212B):
                variant = name[:k] + chr(code) + name[k + 1 :]
                raw = f"a<{variant}>x</{name}>b"
                assert htmlwalk.opaque_sections(raw) == _render._opaque_sections(raw), (
                    variant,
                    bool(pattern.fullmatch(chr(code))),
                )


@pytest.mark.usefixtures("htmlwalk")
def test_corpus_pages_render_the_same() -> None:
    """Every scrapinghub corpus page walks and renders identically both ways."""
    pages = sorted(corpus("body", "scrapinghub", "html").glob("*.html.gz"))
    assert pages
    for path in pages:
        _assert_same(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))


# -- the one pass over the tree before the walk (_render._scan) ---------------------------------

_SCAN_TAGS = ("div", "p", "a", "span", "time", "abbr", "dialog", "label", "form", "address")
_SCAN_ATTRIBUTES = (
    'class="hidden"', 'class="d-none d-md-block"', 'class="modal-open"', 'class="byline"',
    'class="AuthorName"', 'id="post-date"', 'rel="author"', 'itemprop="datePublished"',
    'data-testid="article-author"', 'style="display:none"', "hidden", "open",
    'href="javascript:void(0)"', 'href=" JavaScript:go()"', 'href="/x"', 'title="x"',
)  # fmt: skip


@st.composite
def _scan_pages(draw: st.DrawFn) -> str:
    """Nested elements of the tags and attributes :func:`_render._scan` looks for."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(_SCAN_TAGS))
        attributes = " ".join(draw(st.lists(st.sampled_from(_SCAN_ATTRIBUTES), max_size=3)))
        inner = "".join(
            element(depth + 1) for _ in range(draw(st.integers(0, 3 if depth < 3 else 0)))
        )
        return f"<{tag} {attributes}>x{inner}</{tag}>"

    return "<html><body>" + "".join(element(0) for _ in range(draw(st.integers(1, 4))))


# What each list of the scan holds, as XPath and lxml's own iteration select it.
_HIDDEN_XPATH = lxml.etree.XPath(
    "(//@hidden | //@style | //@class[contains(., 'hidden') or contains(., 'd-none')"
    " or contains(., 'modal')])/.. | //dialog[not(@open)]"
)
_CUE_XPATH = lxml.etree.XPath(
    "//time | //address | //author | //abbr | (//@class | //@id | //@rel | //@itemprop"
    " | //@data-testid | //@data-component)[" + " or ".join(
        f"contains(., '{cue}')" for cue in _markup.CUE.pattern.split("|")
    ) + "]/.."
)  # fmt: skip
_SCRIPT_ANCHORS = lxml.etree.XPath(
    "//a[starts-with(translate(normalize-space(@href), 'JAVSCRIPT', 'javscript'), 'javascript:')]"
)


@given(_scan_pages())
def test_the_tree_scan_finds_what_xpath_selects(page: str) -> None:
    """Each of the scan's lists is its XPath's selection, in document order."""
    root, _ = _render._parse(page, htmlwalk=None)
    assert root is not None
    scan = _render._scan(root)
    assert scan.cues == _CUE_XPATH(root)
    assert scan.hidden == _HIDDEN_XPATH(root)
    assert scan.anchors == _SCRIPT_ANCHORS(root)
    assert scan.labels == list(root.iter("label"))
