"""Hostile and broken input at the loading boundary (issue 20, cases 6-11).

Single calls raise only the documented typed errors; bytes are decoded as browsers decode them
(WHATWG); what could not be read faithfully is a :class:`Problem`; binary input is refused.
"""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from articlekit import Span, extract, from_html, from_text, load
from articlekit.errors import InputError
from articlekit.io import decode

# -- case 7: errors outside the documented set ------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://example.com:99999/", "http://a:port/", "http://a/\nb"]
)
def test_a_malformed_url_is_an_input_error_at_load_time(url: str) -> None:
    with pytest.raises(InputError) as caught:
        load("<p>Hello world.</p>", url=url)
    assert caught.value.reason == "url"


def test_extract_with_a_malformed_url_raises_input_error_not_a_step_failure() -> None:
    with pytest.raises(InputError):
        extract("<p>Hello world.</p>", url="http://[::1")


@pytest.mark.parametrize("max_size", ["5", 5.0, None, True])
def test_a_max_size_of_the_wrong_type_is_an_input_error(max_size: object) -> None:
    with pytest.raises(InputError) as caught:
        extract("<p>x</p>", max_size=max_size)  # type: ignore[arg-type]
    assert caught.value.reason == "type"


@pytest.mark.parametrize("year", [1, 999, 9001, 9999])
def test_a_reference_time_at_the_ends_of_the_calendar_is_an_input_error(year: int) -> None:
    with pytest.raises(InputError) as caught:
        extract("Next year it grows.", reference_time=datetime(year, 12, 31))  # noqa: DTZ001
    assert caught.value.reason == "date"


# -- case 9: decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_a_bom_is_decoded(codec: str) -> None:
    """ASCII markup in UTF-16/32 without a byte-order mark is still markup, not text."""
    page = "<html><body><h1>Title</h1><p>Caf\u00e9 prices rose.</p></body></html>"
    source = load(page.encode(codec))
    assert source.media_type.value == "text/html"
    assert source.text == "Title\n\nCaf\u00e9 prices rose."


def test_a_declared_utf16_on_an_ascii_page_means_utf8() -> None:
    """Browsers read ``<meta charset=utf-16>`` found in ASCII bytes as UTF-8 (WHATWG)."""
    page = '<html><head><meta charset="utf-16"></head><body><p>Price \u20ac20</p></body></html>'
    source = from_html(page.encode("utf-8"))
    assert source.text == "Price \u20ac20"
    assert source.encoding == "utf-8"


def test_one_stray_byte_leaves_a_utf8_page_utf8_with_a_problem() -> None:
    """A stray byte becomes U+FFFD and a Problem; the currency sign is kept."""
    page = "<p>Tickets cost \u20ac20, caf\u00e9 included, for everyone.</p>".encode() + b"\xff"
    doc = extract(page)
    assert doc.source.encoding == "utf-8"
    assert "\u20ac20" in doc.source.text
    load_problems = [p for p in doc.problems if p.step == "load"]
    assert len(load_problems) == 1
    assert "1 malformed byte sequence in utf-8" in load_problems[0].message


def test_a_cp1252_page_is_not_taken_for_utf8() -> None:
    """Mostly-valid means it: Latin-1 accents alone never pass for UTF-8."""
    text, encoding = decode("Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9.".encode("cp1252"))
    assert encoding != "utf-8"
    assert text.startswith("Caf\u00e9")


def test_a_clean_page_has_no_load_problem() -> None:
    assert load("<p>Caf\u00e9 \u20ac20</p>".encode()).problems == ()


# -- case 10: text normalisation ---------------------------------------------------------------


def test_one_combining_character_is_composed_and_mapped_locally() -> None:
    """A decomposed é far into a long dump is composed; text before it maps one to one."""
    raw = "Plain line of text.\n" * 2000 + "Cafe\u0301 at the end."
    source = from_text(raw)
    assert source.text.endswith("Caf\u00e9 at the end.")
    assert source.offsets is not None
    at = source.text.index("Caf\u00e9")
    assert source.offsets.to_raw(Span(at, at + 4)).slice(raw) == "Cafe\u0301"
    assert source.offsets.to_raw(Span(0, 5)) == Span(0, 5)


# -- case 11: binary input ----------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256))


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PNG, "PNG image"),
        (PDF, "PDF document"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
        (b"\x1f\x8b\x08\x00" + bytes(100), "gzip"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF"),
    ],
    ids=["png", "pdf", "zip", "gzip", "elf"],
)
def test_known_binary_formats_are_refused_by_name(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as caught:
        extract(data)
    assert caught.value.reason == "binary"
    assert kind in str(caught.value)


def test_random_bytes_are_refused() -> None:
    junk = os.urandom(5000)
    with pytest.raises(InputError) as caught:
        load(junk)
    assert caught.value.reason == "binary"


def test_a_few_control_bytes_in_a_page_are_not_binary() -> None:
    page = b"<p>Some text\x01 with a stray control\x02 or two.</p>" * 3
    assert "Some text" in load(page).text


# -- case 2 (outside facts/comments): one element with tens of thousands of attributes -----------


def test_attributes_past_the_cap_are_ignored_with_a_problem() -> None:
    """libxml2 is quadratic in attributes: the excess is blanked (offsets stay), with a Problem."""
    attributes = " ".join(f"data-a{i}=1" for i in range(5000))
    page = f"<html><body><p {attributes}>Text</p><p>More text</p></body></html>"
    source = load(page)
    assert source.text == "Text\n\nMore text"
    (problem,) = source.problems
    assert "5,000 attributes" in problem.message
    assert source.offsets is not None
    more = source.text.index("More")
    assert source.offsets.to_raw(Span(more, more + 9)).slice(page) == "More text"


def test_a_long_tag_with_few_attributes_is_left_alone() -> None:
    """A 100 KB data: URI is one attribute, not a reason to touch the tag."""
    page = f'<p><img src="data:image/png;base64,{"A" * 100_000}" alt="x">Caption text</p>'
    source = from_html(page)
    assert source.text == "Caption text"
    assert source.problems == ()


@pytest.mark.parametrize(
    ("reference", "text"),
    [
        ("&#" + "9" * 5000 + ";", "\ufffd"),
        ("&#" + "0" * 5000 + "65;", "A"),
        ("&#" + "1" * 1200, "\ufffd"),
    ],
    ids=["huge", "zero-padded", "no-semicolon"],
)
def test_a_decimal_reference_of_thousands_of_digits_is_read_as_browsers_do(
    reference: str, text: str
) -> None:
    """Python's int() refuses over 4,300 digits; the page still loads, offsets intact."""
    page = f"<p>x {reference} y</p>"
    source = from_html(page)
    assert source.text == f"x {text} y"
    assert source.offsets is not None
    last = source.offsets.to_raw(Span(len(source.text) - 1, len(source.text)))
    assert last.end == page.index("</p>")  # a node with entities maps as a whole
    assert extract(page).source.text == source.text


# -- case 4: content after deep nesting ----------------------------------------------------------


def test_content_after_300_nested_elements_is_kept() -> None:
    """Browsers keep 'Final' after 300 nested <b>; so does the parser (2,048 levels)."""
    page = "<html><body>" + "<b>x " * 300 + "<p>Final</p></body></html>"
    source = from_html(page)
    assert source.text.endswith("Final")
    assert source.problems == ()


def test_content_cut_by_nesting_past_the_limit_is_reported() -> None:
    """Past 2,048 levels libxml2 drops the rest of the page: a Problem says so."""
    page = "<html><body>" + "<b>x " * 3000 + "<p>Final</p></body></html>"
    doc = extract(page)
    (problem,) = [p for p in doc.problems if p.step == "load"]
    assert "Excessive depth" in problem.message
    assert "missing" in problem.message
