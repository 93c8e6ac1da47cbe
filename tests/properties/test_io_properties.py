"""Input handling never crashes, normalisation is idempotent, offsets lead back to the input."""

from __future__ import annotations

import html
import re
import textwrap
import unicodedata
from collections.abc import Callable

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlekit import (
    Block,
    Element,
    InputError,
    OffsetMap,
    Source,
    Span,
    from_html,
    from_text,
    load,
    normalize,
)
from articlekit._text import _NOT_NORMALIZED, caseless_key, is_normalized, normalize_with_map
from articlekit.io import _LONG_TAG, _long_tags
from articlekit.testing import html_pages, raw_texts

any_input = st.one_of(raw_texts(), st.text(), st.binary(max_size=300), html_pages())


@pytest.mark.parametrize("build", [from_text, from_html], ids=["from_text", "from_html"])
@given(raw=any_input)
def test_builders_only_raise_input_error(
    build: Callable[[str | bytes], Source], raw: str | bytes
) -> None:
    """from_text and from_html accept any str/bytes, or raise InputError; the text is normalised."""
    try:
        src = build(raw)
    except InputError:
        return
    assert is_normalized(src.text)


@given(any_input)
def test_load_only_raises_input_error(raw: str | bytes) -> None:
    """Load (auto-detection) accepts any str/bytes, or raises InputError."""
    try:
        load(raw)
    except InputError:
        return


@given(st.one_of(raw_texts(), st.text()))
def test_normalisation_idempotent(text: str) -> None:
    """normalize(normalize(x)) == normalize(x), and is_normalized agrees."""
    once = normalize(text)
    assert normalize(once) == once
    assert is_normalized(once)
    assert is_normalized(text) == (once == text)


_SPECIAL = (
    "\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\xad\u1680\u2003\u200b\u2028\u202f\u3000\ufeff\ufffe e\u0301 "
)


@given(st.text(alphabet=st.one_of(st.sampled_from(_SPECIAL), st.characters()), max_size=20))
def test_is_normalized_fast_path_agrees_with_the_definition(text: str) -> None:
    """The printable-text shortcut gives the verdict of the full pattern and NFC check."""
    definition = _NOT_NORMALIZED.search(text) is None and unicodedata.is_normalized("NFC", text)
    assert is_normalized(text) == definition


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=20))
def test_ascii_text_node_shortcut_agrees_with_is_normalized(text: str) -> None:
    """For a stripped ASCII text node, the renderer's printable, no-double-space test is exact."""
    stripped = text.strip()
    shortcut = stripped.isprintable() and "  " not in stripped
    assert shortcut == ("\n" not in stripped and is_normalized(stripped))


@given(st.one_of(raw_texts(), st.text()))
def test_text_offsets_map_blocks_back(text: str) -> None:
    """For text input, every block's raw span normalises to exactly the block's text."""
    src = from_text(text)
    assert src.offsets is not None
    for block in src.blocks:
        raw_span = src.offsets.to_raw(block.span)
        assert normalize(text[raw_span.start : raw_span.end]) == src.slice(block.span)


_WRAPPED_WORDS = st.lists(
    st.sampled_from(["the", "council", "Haushalt", "approved", "budget", "on", "a", "Tuesday,"]),
    min_size=1,
    max_size=60,
)


@given(
    st.one_of(
        raw_texts(),
        st.text(),
        # paragraphs wrapped at a width, as dump tools print them
        st.lists(
            st.tuples(_WRAPPED_WORDS, st.integers(min_value=20, max_value=90)), max_size=6
        ).map(lambda ps: "\n\n".join(textwrap.fill(" ".join(w), width=n) for w, n in ps)),
    )
)
def test_text_blocks_are_whole_lines_in_order(text: str) -> None:
    """A text dump's blocks are its non-empty lines in order, wrapped ones joined, none lost."""
    src = from_text(text)
    lines: list[str] = []
    previous_end = -1
    for block in src.blocks:
        assert block.span.start > previous_end  # in order, apart
        assert block.span.start == 0 or src.text[block.span.start - 1] == "\n"
        assert block.span.end == len(src.text) or src.text[block.span.end] == "\n"
        part = src.slice(block.span)
        assert "\n\n" not in part
        lines += part.split("\n")
        previous_end = block.span.end
    assert lines == [line for line in src.text.split("\n") if line]


@given(st.one_of(raw_texts(), st.text()))
def test_from_text_of_normalised_text_is_identity(text: str) -> None:
    """from_text(t).text equals normalize(t), and normalised text maps onto itself."""
    src = from_text(text)
    assert src.text == normalize(text)
    out, runs = normalize_with_map(src.text)
    assert out == src.text
    assert all(start == raw_start for start, raw_start, _ in runs)


@given(html_pages())
def test_html_offsets_map_blocks_back(page: str) -> None:
    """For HTML input, each body block's raw span holds the block's text once tags are stripped."""
    src = from_html(page)
    assert src.offsets is not None
    for block in src.blocks:
        raw_span = src.offsets.to_raw(block.span)
        raw_text = html.unescape(re.sub(r"<[^>]*>", "", page[raw_span.start : raw_span.end]))
        assert "".join(raw_text.split()) == "".join(src.slice(block.span).split())


@given(any_input)
def test_loading_without_offsets_changes_nothing_else(raw: str | bytes) -> None:
    """``offsets=False`` skips the raw map and nothing else: same text, blocks and outline."""
    try:
        mapped = load(raw)
    except InputError:
        return
    unmapped = load(raw, offsets=False)
    assert unmapped.offsets is None
    assert (unmapped.text, unmapped.blocks, unmapped.elements, unmapped.encoding) == (
        mapped.text,
        mapped.blocks,
        mapped.elements,
        mapped.encoding,
    )


@given(any_input)
def test_rendered_blocks_and_elements_pass_the_model_checks(raw: str | bytes) -> None:
    """Rendered sources, blocks, elements and spans pass the checks they were built without.

    The renderer builds them unchecked for speed; rebuilt through the checked constructors,
    every one is accepted and equal.
    """
    try:
        src = load(raw)
    except InputError:
        return
    assert Source(**{a.name: getattr(src, a.name) for a in attrs.fields(Source)}) == src
    if src.offsets is not None:
        assert OffsetMap(src.offsets.length, src.offsets.runs) == src.offsets
    for block in src.blocks:
        assert Block(**{a.name: getattr(block, a.name) for a in attrs.fields(Block)}) == block
        assert Span(block.span.start, block.span.end) == block.span
    for element in src.elements:
        assert Element(element.tag, Span(element.span.start, element.span.end), element.parent,
                       element.hint) == element  # fmt: skip


_CASE_VARIANTS = {"s": "sSſ", "k": "kK\u212a", "i": "iI\u0130\u0131"}
_KEYS = ("first", "second", "third", "fourth", "final", "last", "minute", "hour", "week", "sink")


@given(st.sampled_from(_KEYS), st.data())
def test_caseless_key_undoes_what_ignorecase_matches(key: str, data: st.DataObject) -> None:
    """Any spelling a case-insensitive pattern matches for an ASCII word maps back to it."""
    variant = "".join(data.draw(st.sampled_from(_CASE_VARIANTS.get(c, c + c.upper()))) for c in key)
    assert re.fullmatch(key, variant, re.IGNORECASE)
    assert caseless_key(variant) == key


_WORDS = st.lists(
    st.tuples(
        st.text(alphabet="abcdefghij0123456789.,", min_size=1, max_size=8),
        st.sampled_from([" ", "\n", "\t", "\r\n", " \n  ", "\n\n"]),
    ),
    min_size=1,
    max_size=12,
)


@given(_WORDS)
def test_html_paragraph_text_has_no_source_line_break(words: list[tuple[str, str]]) -> None:
    """No block of an HTML paragraph holds a line break its source wrote as white space."""
    body = "".join(word + space for word, space in words)
    src = from_html(f"<html><body><p>{body}</p></body></html>")
    assert all("\n" not in src.slice(b.span) for b in src.blocks)
    assert " ".join(src.slice(b.span) for b in src.blocks).split() == body.split()


# Pieces of pages around the long-tag length: tags just under, at and over 8,000 characters
# (closed, unclosed, cut by another tag) at any offset, text without brackets longer than the
# scan's stretch.
_TAG_PIECES = st.one_of(
    st.builds(
        lambda offset, name, size, close: f"{'y' * offset}<{name}{'x' * size}{close}",
        st.integers(min_value=0, max_value=8000),
        st.sampled_from(["a", "Z", "1", " "]),
        st.sampled_from([0, 3998, 3999, 4000, 7998, 7999, 8000, 8001, 12_001]),
        st.sampled_from([">", "<", ""]),
    ),
    st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(["<", ">", "a", " ", 'x="1" ', "<b ", "\n"]),
        st.integers(min_value=1, max_value=9000),
    ),
)


@given(st.lists(_TAG_PIECES, min_size=1, max_size=6).map("".join))
@example("<a" + "x" * 8000 + ">")
@example("y" * 4002 + "<a" + "x" * 8000 + ">" + "<b" + "x" * 7999 + ">")
def test_long_tag_scan_finds_what_the_pattern_finds(text: str) -> None:
    """The attribute cap's scan of bracketless stretches finds every tag the pattern finds."""
    expected = [m.span() for m in _LONG_TAG.finditer(text)]
    assert [m.span() for m in _long_tags(text)] == expected
