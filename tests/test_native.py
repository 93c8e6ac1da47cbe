"""The compiled build's native renderer renders exactly what the Python renderer renders.

``articlekit._native`` (Cython, compiled build only) walks the parsed tree, renders it and scans
the raw page for the offset map; ``articlekit._render`` keeps the Python renderer as the
reference. Every test
here compares the two on the same input: generated tag soup (hypothesis), the bundled fixtures,
BeautifulSoup fallback trees, and the corpora when they are present.

A plain install has no native module: the tests skip, except in the compiled build's CI job
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
from articlekit import _render
from articlekit.model import BlockKind, Source


def _native_module() -> ModuleType:
    try:
        from articlekit import _native  # noqa: PLC0415 - optional, compiled build only
    except ImportError:
        if os.environ.get("ARTICLEKIT_EXPECT_COMPILED") == "1":
            pytest.fail("the compiled build has no articlekit._native")
        pytest.skip("pure Python install: no native renderer")
    return _native


@pytest.fixture(scope="module")
def native() -> ModuleType:
    """The native module (skips on a pure install)."""
    return _native_module()


def _both(text: str, *, offsets: bool) -> tuple[Source, Source]:
    return (
        _render.render_html(
            text, url=None, reference_time=None, encoding=None, offsets=offsets, native=True
        ),
        _render.render_html(
            text, url=None, reference_time=None, encoding=None, offsets=offsets, native=False
        ),
    )


def _assert_same(text: str) -> None:
    for offsets in (True, False):
        fast, reference = _both(text, offsets=offsets)
        assert fast.text == reference.text
        assert fast.blocks == reference.blocks
        assert fast.elements == reference.elements
        assert fast.offsets == reference.offsets


# Tag soup: what libxml2 and the walk must agree on, including what pages get wrong.
_TAGS = (
    "div", "p", "span", "a", "b", "br", "h1", "h3", "ul", "ol", "li", "dl", "dd", "table",
    "tr", "td", "pre", "blockquote", "article", "section", "script", "style", "noscript",
    "svg", "iframe", "button", "template", "DIV", "P", "A", "Br", "o:p", "fb:like", "font",
)  # fmt: skip
_ATTRIBUTES = (
    "", ' class="story-body"', " class='a b c d'", ' id="main"', ' id=" x "', " class",
    ' class=""', ' id="a&amp;b"', ' class="caption &#x41;"', ' class="x" id="y"',
    ' href="/x"', ' CLASS="Upper"', ' xml:lang="de"', ' class="\u00e9t\u00e9"',
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


@pytest.mark.usefixtures("native")
@given(_tag_soup())
def test_tag_soup_renders_the_same(page: str) -> None:
    """Generated tag soup renders to the same text, blocks, outline and offset map."""
    _assert_same(page)


@pytest.mark.usefixtures("native")
def test_fixture_pages_render_the_same() -> None:
    """The bundled HTML fixtures render identically through both renderers."""
    pages = sorted(FIXTURES.glob("*/input.html"))
    assert pages
    for path in pages:
        _assert_same(path.read_bytes().decode("utf-8", "replace"))


def _walk_both(root: lxml.etree._Element, native: ModuleType) -> tuple[Source, Source]:
    fast = native.Renderer("", offsets=False, data=[], data_index=0)
    fast.walk(
        root,
        _render._SKIP_TAGS,
        _render._BLOCK_TAGS,
        _render._LISTS,
        _render._context_for,
        _render._descriptor,
        _render._Context(BlockKind.PARAGRAPH, 0, "html", None),
    )
    reference = _render._Renderer("", offsets=False)
    _render._render_body(reference, root)
    none = {"url": None, "reference_time": None, "encoding": None}
    return fast.source(**none), reference.source(**none)


@given(_tag_soup())
def test_fallback_parser_trees_walk_the_same(native: ModuleType, page: str) -> None:
    """Trees from the BeautifulSoup fallback (comments kept, other names) walk the same."""
    try:
        root = lxml.html.soupparser.fromstring(page or "<p></p>")
    except (ValueError, TypeError, AttributeError):
        return  # the fallback's own failures are handled by _render._parse
    fast, reference = _walk_both(root, native)
    assert fast == reference


_ALPHABET = (
    "<", ">", "!", "-", "/", "s", "S", "\u017f", "c", "C", "r", "i", "I", "\u0130", "\u0131",
    "p", "P", "t", "T", "y", "Y", "l", "e", " ", "\n", "\xa0", "_", "\u00e9", "x", "1",
    "<script", "<STYLE", "</script", "</style>", "<!--", "-->", "\U0001f600",
    # code units whose bytes hold "<", ">" or "-" (the scans look for bytes first)
    "\u3e3e", "\u3c00", "\u003c\u3c3c", "\u2d2d", "\u3e2d",
    # what libxml2 refuses
    "\x00", "\x0b", "\x1f", "\t", "\r", "\ufffe", "\uffff", "\ud800",
)  # fmt: skip


@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_raw_scans_match_the_regular_expressions(native: ModuleType, raw: str) -> None:
    """The raw scans find what ``_RAW_DATA``, ``_opaque_sections`` and ``_utf8_if_clean`` find.

    The script/style names match as ``re.IGNORECASE`` does, long s and Turkish i included.
    """
    reference = [m.span(1) for m in _render._RAW_DATA.finditer(raw) if not m.group(1).isspace()]
    assert native.data_tokens(raw) == reference
    assert native.opaque_sections(raw) == _render._opaque_sections(raw)
    assert native.utf8_if_clean(raw) == _render._utf8_if_clean(raw)


def test_script_names_match_as_ignorecase_does(native: ModuleType) -> None:
    """Every character ``re.IGNORECASE`` lets stand for a letter of the names opens a section."""
    for name in ("script", "style"):
        for k, letter in enumerate(name):
            pattern = re.compile(re.escape(letter), re.IGNORECASE)
            for code in (*range(0x250), 0x1E9E, 0x212A, 0x212B):
                variant = name[:k] + chr(code) + name[k + 1 :]
                raw = f"a<{variant}>x</{name}>b"
                assert native.opaque_sections(raw) == _render._opaque_sections(raw), (
                    variant,
                    bool(pattern.fullmatch(chr(code))),
                )


@pytest.mark.usefixtures("native")
def test_corpus_pages_render_the_same() -> None:
    """Every scrapinghub corpus page renders identically through both renderers."""
    pages = sorted(corpus("body", "scrapinghub", "html").glob("*.html.gz"))
    assert pages
    for path in pages:
        _assert_same(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
