"""Decoding, normalisation and HTML rendering."""

from __future__ import annotations

import concurrent.futures
import copy
import gzip
import html
import pickle
import re
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from unittest import mock

import pytest

from _support import FIXTURES, corpus
from articlekit import (
    BlockKind,
    Document,
    InputError,
    MediaType,
    OffsetMap,
    Source,
    Span,
    _render,
    extract,
    from_html,
    from_text,
    load,
    normalize,
)
from articlekit.io import decode, looks_like_html
from articlekit.model import deferred_offset_map

SAMPLE = "Straße, café “quoted” – 20 €"


class TestDecode:
    @pytest.mark.parametrize(
        ("encoding", "text"),
        [
            ("utf-8", SAMPLE),
            ("cp1252", SAMPLE),
            ("utf-16", SAMPLE),
            ("utf-8-sig", SAMPLE),
            ("shift_jis", "日本語のテキストです。東京で会議が開かれました。" * 5),
            ("utf-16-le", SAMPLE * 3),
        ],
        ids=["utf-8", "cp1252", "utf-16-bom", "utf-8-bom", "shift-jis", "utf-16-le-no-bom"],
    )
    def test_undeclared_text(self, encoding: str, text: str) -> None:
        """Text bytes decode by BOM, then UTF-8, then detection."""
        assert decode(text.encode(encoding))[0] == text

    def test_declared_charset_wins(self) -> None:
        """An HTML page's declared charset is used (latin-1 read as cp1252, as browsers do)."""
        page = '<meta charset="iso-8859-1"><p>“Grüße”</p>'.encode("cp1252")
        text, encoding = decode(page, is_html=True)
        assert "“Grüße”" in text
        assert encoding == "cp1252"

    def test_valid_utf8_outweighs_a_legacy_declaration(self) -> None:
        """A page declaring Latin-1 whose bytes are valid UTF-8 is UTF-8 (its server said so)."""
        page = '<meta charset="iso-8859-1"><p>marcos l\u00f3pez, Espa\u00f1a</p>'.encode()
        text, encoding = decode(page, is_html=True)
        assert "marcos l\u00f3pez, Espa\u00f1a" in text
        assert encoding == "utf-8"

    def test_ascii_bytes_keep_their_declaration(self) -> None:
        """Without a multi-byte character, the declared charset still names the page."""
        assert decode(b'<meta charset="iso-8859-2"><p>Hi</p>', is_html=True)[1] == "iso8859-2"

    def test_shift_jis_page(self) -> None:
        """A Shift-JIS page declaring its charset comes out right."""
        body = (
            "<html><head><meta charset='shift_jis'><title>東京</title></head>"
            "<body><p>会議</p></body></html>"
        )
        src = from_html(body.encode("shift_jis"))
        assert src.text.split("\n\n")[:2] == ["東京", "会議"]


class TestNormalize:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("a\r\nb", "a\nb"),
            ("a\n\n\n\nb", "a\n\nb"),
            ("  a \t b  ", "a b"),
            ("a\xa0b", "a b"),
            ("Cafe\u0301", "Café"),
            ("a\x00b\ufeff", "ab"),
            ("line \n  next", "line\nnext"),
            ("a\u2028b", "a\nb"),
        ],
    )
    def test_examples(self, raw: str, expected: str) -> None:
        """White space, newlines, controls and composition are normalised."""
        assert normalize(raw) == expected


def _dump_blocks(text: str) -> list[str]:
    """The texts of a text dump's blocks."""
    src = from_text(text)
    return [src.slice(b.span) for b in src.blocks]


class TestFromText:
    def test_blocks_are_lines(self, seed_text: str) -> None:
        """A text dump's blocks are its non-empty lines (the seed wraps no paragraph)."""
        src = from_text(seed_text)
        assert src.media_type is MediaType.TEXT
        first = src.blocks[0]
        assert (
            src.slice(first.span) == "Sony sells 8.8 million smartphones, narrows loss in Q2 2012"
        )
        assert all("\n" not in src.slice(b.span) for b in src.blocks)

    def test_a_hard_wrapped_paragraph_is_one_block(self) -> None:
        """A long line cut mid-sentence and the lower-case line that goes on are one block."""
        wrapped = (
            "Decorators in Python enable you to modify the behaviour of existing\n"
            "functions without changing the original function; advice in Lisp,\n"
            "which traces back to the eighties, enables the same."
        )
        assert _dump_blocks(f"Meta-programming in Emacs\n\n{wrapped}\n\nPosted by T. V. Raman") == [
            "Meta-programming in Emacs",
            wrapped,
            "Posted by T. V. Raman",
        ]

    def test_a_paragraph_wrapped_at_a_width_is_one_block(self) -> None:
        """Lines as long as the width allows, as a dump tool wraps them, whatever their case.

        German nouns open many of the wrapped lines with a capital: only a few go on in lower
        case, but no line could have taken the next line's first word.
        """
        paragraph = (
            "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt "
            "beschlossen. Kritiker sagten, der Plan beruhe auf optimistischen Prognosen der "
            "Einnahmen, während Befürworter argumentierten, die Stadt könne sich keine weitere "
            "Verzögerung der Reparaturen an Straßen und Schulen leisten."
        )
        wrapped = textwrap.fill(paragraph, width=60)
        assert _dump_blocks(f"Haushalt beschlossen\n\n{wrapped}\n\nTeilen") == [
            "Haushalt beschlossen",
            wrapped,
            "Teilen",
        ]

    def test_a_dump_wrapped_at_one_width_joins_each_paragraphs_lines(self) -> None:
        """A dump wrapped at 72 columns throughout: a line that was full goes on in the next.

        Paragraphs whose wrapped lines all open with a capital (German nouns) are read as one
        block each, because no line of the dump is longer than 72 columns and every paragraph
        reaches it.
        """
        paragraphs = [
            "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt "
            f"beschlossen, Sitzung Nummer {n} des Jahres, Abstimmung Ende Februar."
            for n in range(4)
        ]
        wrapped = [textwrap.fill(p, width=72) for p in paragraphs]
        # no line goes on in lower case: only the dump's one width tells the lines belong together
        assert not any(line[:1].islower() for w in wrapped for line in w.split("\n"))
        assert _dump_blocks("\n\n".join(["Haushalt beschlossen", *wrapped])) == [
            "Haushalt beschlossen",
            *wrapped,
        ]

    def test_a_list_of_titles_as_long_as_each_other_stays_apart(self) -> None:
        """Teaser titles of about one length, each opening with a capital: no wrapped paragraph."""
        titles = [
            "Microsoft Is Using DNA to Solve Our Impending Data Storage",
            "Thanks to Microsoft, We Can Watch Superman for Thousands of",
            "Seagate Will Ship 18TB and 20TB Hard Drives in 2020",
        ]
        assert _dump_blocks("\n".join(titles)) == titles

    @pytest.mark.parametrize(
        "lines",
        [
            ("file simdjson JSON for Modern C++", "apache_builds 2.3 GB/s 0.098 GB/s"),  # a table
            ("Council approves the budget for next year", "von Jane Doe"),  # a byline
            ("Council approves the budget for next year", "am 5. Mai 2020"),  # a date line
            ("The council approved the budget on Tuesday.", "the mayor signs it next week"),
            ("apples", "bananas"),  # short lines: a list
        ],
    )
    def test_lines_that_do_not_go_on_stay_apart(self, lines: tuple[str, str]) -> None:
        """A sentence's end, a short line, a table row, a byline or date line: no wrapping."""
        assert _dump_blocks("\n".join(lines)) == list(lines)

    def test_reference_time_naive_means_utc(self) -> None:
        """A naive reference time is taken as UTC; an aware one is kept."""
        assert from_text("x", reference_time=datetime(2012, 11, 1)).reference_time == datetime(  # noqa: DTZ001
            2012, 11, 1, tzinfo=UTC
        )
        tz = timezone(timedelta(hours=9))
        kept = from_text("x", reference_time=datetime(2012, 11, 1, tzinfo=tz)).reference_time
        assert kept is not None
        assert kept.tzinfo is tz

    @pytest.mark.parametrize("bad", [None, 3, ["a"], bytearray(b"x")])
    def test_wrong_type(self, bad: object) -> None:
        """Anything but str or bytes is an InputError."""
        with pytest.raises(InputError) as info:
            from_text(bad)  # type: ignore[arg-type]
        assert info.value.reason == "type"

    @pytest.mark.parametrize("build", [from_text, from_html, load])
    def test_wrong_url_or_reference_time(self, build: Callable[..., Source]) -> None:
        """A URL that is not a str, or a reference time that is not a datetime: InputError."""
        with pytest.raises(InputError, match="url: expected a str, got int") as info:
            build("<p>x</p>", url=12)
        assert info.value.reason == "type"
        with pytest.raises(InputError, match="reference_time: expected a datetime"):
            build("<p>x</p>", reference_time="2012-11-01")

    def test_too_large(self) -> None:
        """Inputs over the maximum size raise a typed error."""
        with pytest.raises(InputError) as info:
            from_text("x" * 11, max_size=10)
        assert info.value.reason == "too-large"


class TestFromHtml:
    def test_fixture_page(self) -> None:
        """The latin-1 fixture decodes, drops script/style/comment and renders blocks."""
        raw = (FIXTURES / "html-latin1-next2games" / "input.html").read_bytes()
        src = from_html(raw)
        assert src.encoding == "cp1252"
        kinds = [(b.kind, b.hint) for b in src.blocks[:3]]
        assert kinds == [
            (BlockKind.TITLE, "title"),
            (BlockKind.META, "description"),
            (BlockKind.META, "html:lang"),
        ]
        texts = [src.slice(b.span) for b in src.blocks]
        assert texts[0] == "next2games | Vorschauen: Anno 1800 Beta"
        assert (
            "Das Beziehungsoverlay zeigt euch schnell, wer euch gewogen ist und wer nicht" in texts
        )
        paragraph = next(t for t in texts if t.startswith("Treten Sie näher!"))
        assert paragraph.startswith("Treten Sie näher!\nAnno 1800 bringt")
        assert paragraph.endswith("beschränkt – die Attraktivitätseinschätzung eurer Inseln.")
        assert "Copyright © 2001 - 2020 n2g media network - Alle Rechte vorbehalten" in texts
        assert "not text" not in src.text
        assert "color: red" not in src.text
        assert "comment" not in src.text

    def test_block_kinds_and_levels(self) -> None:
        """Headings, list items, quotes, pre and cells get their kinds, levels and link counts."""
        src = from_html(
            "<h2 class='t'>Head</h2><ul><li>one <a href='#'>link</a></li></ul>"
            "<blockquote><p>quoted</p></blockquote><pre>code  here</pre>"
            "<table><tr><td>cell</td></tr></table>"
        )
        got = [(b.kind, b.level, src.slice(b.span), b.link_chars) for b in src.blocks]
        assert got == [
            (BlockKind.HEADING, 2, "Head", 0),
            (BlockKind.LIST_ITEM, 1, "one link", 4),
            (BlockKind.QUOTE, 0, "quoted", 0),
            (BlockKind.PREFORMATTED, 0, "code here", 0),
            (BlockKind.TABLE_CELL, 0, "cell", 0),
        ]
        assert src.blocks[0].hint == "h2.t"

    def test_script_anchor_around_paragraphs_is_text(self) -> None:
        """A ``javascript:`` anchor around paragraphs holds text; a short one stays a link."""
        src = from_html(
            '<body><a href="javascript:"><p>abc</p><p>def</p>ghi</a>'
            '<p><a href=" JavaScript:history.back()">back</a></p>'
            '<p><a href="javascript:mail()"><div>By</div> Ann</a></p></body>'
        )
        got = [(src.slice(b.span), b.link_chars) for b in src.blocks]
        assert got == [("abc", 0), ("def", 0), ("ghi", 0), ("back", 4), ("By", 2), ("Ann", 3)]

    def test_jsonld_and_meta(self) -> None:
        """JSON-LD article fields and whitelisted meta tags become META blocks."""
        page = (
            '<html lang="en"><head><meta property="og:title" content="OG &amp; title">'
            '<link rel="canonical" href="https://example.com/a">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD head",'
            ' "author": [{"@type": "Person", "name": "Ann Lee"}], "datePublished": "2012-11-01"}'
            "</script></head><body><p>Body.</p></body></html>"
        )
        src = from_html(page)
        meta = {b.hint: src.slice(b.span) for b in src.blocks if b.kind is BlockKind.META}
        assert meta == {
            "og:title": "OG & title",
            "jsonld:headline": "LD head",
            "jsonld:datePublished": "2012-11-01",
            "jsonld:author": "Ann Lee",
            "link:canonical": "https://example.com/a",
            "html:lang": "en",
        }

    def test_rdfa_property_lists_and_dublin_core_prefixes(self) -> None:
        """An RDFa ``property`` list gives each known term; ``dc:``/``dcterms:`` read as DC."""
        page = (
            '<html><head><meta property="x:title dc:title" content="My title">'
            '<meta property="dc:creator twitter:site_name" content="Ann Lee">'
            '<meta property="dcterms:publisher" content="Example News">'
            '<meta name="x:title dc:title" content="not RDFa: one name">'
            "</head><body><p>Body.</p></body></html>"
        )
        src = from_html(page)
        meta = [(b.hint, src.slice(b.span)) for b in src.blocks if b.kind is BlockKind.META]
        assert meta == [
            ("dc.title", "My title"),
            ("dc.creator", "Ann Lee"),
            ("dcterms.publisher", "Example News"),
        ]
        doc = extract(page)
        assert doc.metadata.title is not None
        assert doc.metadata.title.value == "My title"
        assert [a.value for a in doc.metadata.authors] == ["Ann Lee"]

    @pytest.mark.parametrize(
        "page",
        [
            "",
            "   ",
            "<",
            "<html>",
            "<?xml version='1.0' encoding='utf-8'?><p>x</p>",
            "<p>a\x00b</p>",
            # Tags that only case-insensitive matching reads as script/style (they crashed the
            # offset map with a KeyError once).
            "<p>a</p><\u017fcript>x</\u017fcript><p>b</p>",
            "<p>a</p><scr\u0130pt>x</scr\u0130pt><STYLE>y</STYLE>",
        ],
    )
    def test_degenerate_pages(self, page: str) -> None:
        """Empty, broken or XML-declared pages give a valid (possibly empty) source."""
        src = from_html(page)
        assert src.media_type is MediaType.HTML
        assert load(page, offsets=False).text == src.text

    def test_offsets_back_to_raw(self) -> None:
        """Each body block maps back to the raw markup that holds its text."""
        raw = "<p>Tom &amp; Jerry</p>\n<p>plain <b>bold</b>   text</p>"
        src = from_html(raw)
        assert src.offsets is not None
        spans = [src.offsets.to_raw(b.span) for b in src.blocks]
        assert [raw[s.start : s.end] for s in spans] == [
            "Tom &amp; Jerry",
            "plain <b>bold</b>   text",
        ]

    @pytest.mark.parametrize("build", [from_html, from_text, load])
    def test_offsets_can_be_skipped(self, build: Callable[..., Source]) -> None:
        """``offsets=False`` leaves no raw map and the same text and blocks."""
        raw = "<title>T</title><p>Tom &amp; Jerry</p>\n<p>plain <b>bold</b>   text</p>"
        mapped, unmapped = build(raw), build(raw, offsets=False)
        assert mapped.offsets is not None
        assert unmapped.offsets is None
        assert (unmapped.text, unmapped.blocks) == (mapped.text, mapped.blocks)

    def test_an_html_map_is_built_when_first_read(self) -> None:
        """Loading finds no text node in the raw page; the first read of the map does, once."""
        raw = "<title>T</title><p>Tom &amp; Jerry</p>\n<p>plain <b>bold</b>   text</p>"
        with mock.patch.object(_render, "_mapped_runs", wraps=_render._mapped_runs) as mapped:
            src = from_html(raw)
            assert mapped.call_count == 0
            assert src.offsets is not None
            runs = src.offsets.runs
            assert src.offsets.runs is runs
            assert mapped.call_count == 1
        spans = [src.offsets.to_raw(b.span) for b in src.blocks]
        assert [raw[s.start : s.end] for s in spans] == [
            "T",
            "Tom &amp; Jerry",
            "plain <b>bold</b>   text",
        ]

    def test_a_deferred_map_is_an_offset_map(self) -> None:
        """Equal to, hashing, printing, pickling and copying as the eager map of its runs."""
        runs = ((0, 3, 6), (3, 9, 9))
        eager = OffsetMap(5, runs)

        def deferred() -> OffsetMap:
            return deferred_offset_map(5, lambda: runs)

        assert deferred() == eager
        assert eager == deferred()
        assert not (deferred() != eager)  # noqa: SIM202 - __ne__ is under test
        assert deferred() != OffsetMap(5, ((0, 3, 7),))
        assert hash(deferred()) == hash(eager)
        assert repr(deferred()) == repr(eager)
        for copied in (
            pickle.loads(pickle.dumps(deferred())),  # noqa: S301 - our own bytes
            copy.copy(deferred()),
            copy.deepcopy(deferred()),
        ):
            assert type(copied) is OffsetMap
            assert copied == eager
        assert deferred().to_raw(Span(1, 2)) == Span(4, 5)

    def test_a_deferred_map_lets_go_of_the_page_and_serves_a_late_reader(self) -> None:
        """Once read, it drops what it was computed from; a read that lost the race gets the runs.

        Two threads may both miss the runs and enter the computation; the one that finds the
        computation already done (``_compute`` gone) reads the runs the other one set.
        """
        runs = ((0, 3, 6),)
        late = deferred_offset_map(5, lambda: runs)
        assert late.runs == runs
        assert late._compute is None  # type: ignore[attr-defined]  # the page is let go
        assert late.__getattr__("runs") == runs  # type: ignore[attr-defined]  # a late reader

    def test_a_document_with_a_deferred_map_round_trips(self) -> None:
        """Serialised, the deferred map is the eager one: the Document reads back equal."""
        doc = extract("<title>T</title><p>Tom &amp; Jerry went home today.</p>")
        assert Document.from_dict(doc.to_dict()) == doc

    def test_unclosed_markup_in_noscript_does_not_swallow_the_page(self) -> None:
        """Browsers read <noscript> as text when scripts run: an open div inside it closes nothing.

        From parcoabruzzo.it (trafilatura dev set): libxml2 nested the whole page in <noscript>.
        """
        raw = (
            '<body><noscript><div id="nojava"></noscript><div id="main"><p>Il risultato è molto '
            "positivo.</p></div></body>"
        )
        src = from_html(raw)
        assert [src.slice(b.span) for b in src.blocks] == ["Il risultato è molto positivo."]
        assert src.offsets is not None
        (block,) = src.blocks
        span = src.offsets.to_raw(block.span)
        assert raw[span.start : span.end] == "Il risultato è molto positivo."


class TestHtmlWhiteSpace:
    """HTML's white-space rules (issue 18): only <br>, block boundaries and <pre> break lines."""

    def test_source_line_breaks_inside_a_paragraph_are_spaces(self) -> None:
        """'visitors at\nthe museum' and '4.2\nteraflops' read as one line each."""
        raw = "<p>The visitors at\nthe museum</p><p>It ran at 4.2\n\tteraflops</p>"
        src = from_html(raw)
        assert [src.slice(b.span) for b in src.blocks] == [
            "The visitors at the museum",
            "It ran at 4.2 teraflops",
        ]

    def test_br_and_pre_still_break_lines(self) -> None:
        """A <br> is a line break, and so is a line break inside <pre>."""
        src = from_html("<p>first line<br>second\nhalf</p><pre>a = 1\nb = 2</pre>")
        assert [src.slice(b.span) for b in src.blocks] == [
            "first line\nsecond half",
            "a = 1\nb = 2",
        ]

    def test_offsets_still_point_at_the_raw_text(self) -> None:
        """The spaces stand for the raw line breaks: the offset map keeps pointing at them."""
        raw = "<p>The visitors at\nthe museum</p>"
        src = from_html(raw)
        assert src.offsets is not None
        span = src.offsets.to_raw(src.blocks[0].span)
        assert raw[span.start : span.end] == "The visitors at\nthe museum"


def _rendered(raw: str) -> list[str]:
    """A page's block texts, rendered by the Python walk and (when built) the compiled one."""
    texts = []
    for compiled in (False, True):
        src = _render.render_html(
            raw, url=None, reference_time=None, encoding=None, offsets=True, compiled=compiled
        )
        texts.append([src.slice(b.span) for b in src.blocks])
    assert texts[0] == texts[1]
    return texts[0]


class TestHiddenContent:
    """What HTML and CSS hide from every reader is not rendered (issue 18, renderer's share)."""

    def test_hidden_attribute(self) -> None:
        """An element with ``hidden`` is dropped; the text after it is not."""
        raw = "<p>Shown <span hidden>secret</span>after.</p><p hidden=hidden>Gone.</p><p>End.</p>"
        assert _rendered(raw) == ["Shown after.", "End."]

    def test_closed_dialog_is_hidden(self) -> None:
        """A ``<dialog>`` a browser does not show until a script opens it is not rendered."""
        raw = "<p>Story.</p><dialog><p>Sign up now.</p></dialog><dialog open><p>Open.</p></dialog>"
        assert _rendered(raw) == ["Story.", "Open."]

    @pytest.mark.parametrize("classes", ["hidden", "d-none", "modal fade", "x hidden y"])
    def test_css_framework_hiding_classes_hide(self, classes: str) -> None:
        """The frameworks' ``hidden``, ``d-none`` and ``modal`` hide until a script shows.

        A paywall's meter wall, a rating dialog, a log-in overlay: no reader sees them.
        """
        raw = f'<p>Story.</p><div class="{classes}"><p>No free articles left.</p></div><p>End.</p>'
        assert _rendered(raw) == ["Story.", "End."]

    @pytest.mark.parametrize(
        "classes",
        [
            "hidden lg:flex",  # Tailwind: hidden on small screens only
            "d-none d-md-block",  # Bootstrap: the same
            "hidden-xs",  # a different class, not the token
            "modal-body",
            "Hidden",  # class names are case-sensitive
        ],
    )
    def test_classes_that_show_on_some_screen_show(self, classes: str) -> None:
        """An element shown on some screens, or a class that only looks alike, is content."""
        assert _rendered(f'<div class="{classes}"><p>Shown.</p></div>') == ["Shown."]

    def test_a_comment_thread_collapsed_by_class_is_rendered(self) -> None:
        """A thread behind a "show comments" button, hidden by class, is revealed by a click.

        The comments step reads it. A style or attribute that hides it still does.
        """
        thread = '<ol class="comment-list"><li class="comment">Great post!</li></ol>'
        raw = f'<p>Story.</p><div class="col-12 hidden">{thread}</div>'
        assert _rendered(raw) == ["Story.", "Great post!"]
        assert _rendered(f'<p>Story.</p><div style="display:none">{thread}</div>') == ["Story."]

    def test_a_forms_labels_are_not_rendered(self) -> None:
        """A form's labels caption its controls (a consent box, a poll): furniture, as they are.

        Labels outside a form stay: recipe cards label their ingredient lines.
        """
        raw = (
            "<article><p>Story.</p><form><label><input type=checkbox>"
            "<span>I agree to receive offers by e-mail.</span></label>"
            "<label for=e>E-mail address</label><input id=e></form>"
            "<ul><li><label>1 cup of milk</label></li></ul></article>"
        )
        assert _rendered(raw) == ["Story.", "1 cup of milk"]

    def test_hidden_until_found_is_content(self) -> None:
        """``hidden="until-found"`` is text a browser's find-in-page reveals: kept."""
        assert _rendered('<p hidden="until-found">Found text.</p>') == ["Found text."]

    @pytest.mark.parametrize(
        "style",
        [
            "display:none",
            "display: none;",
            "color: red; DISPLAY : NONE !important",
            "visibility:hidden",
            "margin:0;visibility: hidden;",
        ],
    )
    def test_inline_style_hides(self, style: str) -> None:
        """Inline ``display: none`` and ``visibility: hidden`` hide the element and its children."""
        raw = f'<div style="{style}"><p>Hidden one.</p><p>Hidden two.</p></div><p>Shown.</p>'
        assert _rendered(raw) == ["Shown."]

    @pytest.mark.parametrize(
        "style", ["display:block", "display:nonexistent", "visibility:visible", "font: none"]
    )
    def test_other_styles_show(self, style: str) -> None:
        """Declarations that only look alike hide nothing."""
        assert _rendered(f'<p style="{style}">Shown.</p>') == ["Shown."]

    def test_document_hidden_while_scripts_run_is_shown(self) -> None:
        """Anti-flicker snippets hide <html> or <body> until a script shows them: rendered."""
        raw = '<html style="visibility:hidden"><body style="display:none"><p>Text.</p></body>'
        assert _rendered(raw) == ["Text."]

    def test_aria_hidden_is_shown(self) -> None:
        """``aria-hidden`` hides from screen readers what sighted readers see (pull quotes)."""
        raw = '<p>Story.</p><aside aria-hidden="true">A pull quote.</aside>'
        assert _rendered(raw) == ["Story.", "A pull quote."]

    def test_declared_paywalled_part_is_content(self) -> None:
        """schema.org paywall markup names the hidden part that is the article: it is kept."""
        jsonld = (
            '{"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "isAccessibleForFree": false, "hasPart": {"@type": "WebPageElement",'
            ' "isAccessibleForFree": false, "cssSelector": ".paywall-full, #other"}}'
        )
        raw = (
            f'<html><head><script type="application/ld+json">{jsonld}</script></head><body>'
            "<p>Teaser.</p>"
            '<div class="paywall-full x" style="display:none"><p>Full text.</p></div>'
            '<div class="menu" style="display:none"><p>Menu.</p></div></body></html>'
        )
        assert _rendered(raw) == ["Teaser.", "Full text."]

    def test_offsets_after_hidden_content(self) -> None:
        """Text after a hidden element still maps back to its raw text."""
        raw = '<p>One.</p><div style="display:none">' + "<p>x</p>" * 300 + "</div><p>Two.</p>"
        src = from_html(raw)
        assert src.offsets is not None
        assert [src.slice(b.span) for b in src.blocks] == ["One.", "Two."]
        span = src.offsets.to_raw(src.blocks[1].span)
        assert raw[span.start : span.end] == "Two."


class TestLoad:
    def test_sniffs_html_and_text(self, seed_text: str) -> None:
        """Auto-detection tells pages from dumps, also for UTF-16 bytes."""
        assert load(seed_text).media_type is MediaType.TEXT
        assert (
            load("<html><body><p>x</p></body></html>".encode("utf-16")).media_type is MediaType.HTML
        )
        assert not looks_like_html("a < b and c > d")

    def test_a_dump_quoting_markup_is_text(self) -> None:
        """A dump that quotes a few tags is a dump; a fragment of markup is HTML.

        Drupal's comment form lists "Allowed HTML tags: <a href hreflang> <em> …" on one line
        of a page's many; a fragment, one line or many, has tags on most lines.
        """
        lines = [f"Line {k} of the page as a reader sees it." for k in range(30)]
        lines[20] = "Allowed HTML tags: <a href hreflang> <em> <strong> <cite> <ul type> <li>"
        assert load("\n".join(lines)).media_type is MediaType.TEXT
        assert looks_like_html("<p>One.</p><p>Two.</p>")
        fragment = "\n".join(f"<p>Paragraph {k}.</p>" for k in range(30))
        assert load(fragment).media_type is MediaType.HTML

    def test_a_fragment_of_phrasing_tags_scripts_and_comments_is_html(self) -> None:
        """No <p> or <div> is needed: comments, scripts and inline tags are markup too.

        (inscriptis's test page invisible3.html; it rendered its markup as text.)
        """
        fragment = (
            "<!--An invisible element cannot be made visible by a style -->\n"
            '<script style="display: inline"><b>Hallo</b></script>'
        )
        source = load(fragment)
        assert source.media_type is MediaType.HTML
        assert source.text == ""
        assert looks_like_html("Some <em>emphasis</em> and <strong>more</strong>.")
        # quoted code is no markup: "k<i;" is no tag
        assert not looks_like_html("for (k = 0; k<i; k++) { a<b; }")

    def test_page_opening_with_long_style(self) -> None:
        """A page that opens with kilobytes of inline CSS is still HTML (a real case)."""
        css = (
            "<style>\n" + ".box { opacity: 1; transition: transform 0.3s; }\n" * 400 + "</style>\n"
        )
        page = css + "<html><body><p>Hello</p></body></html>"
        assert load(page).media_type is MediaType.HTML

    def test_unknown_media_type(self) -> None:
        """An unknown media type names the valid ones."""
        with pytest.raises(InputError, match="text/html"):
            load("x", media_type="application/pdf")


def test_real_pages_render_and_map() -> None:
    """On the scrapinghub pages, at least 99% of body blocks map back to their raw text."""
    folder = corpus("body", "scrapinghub", "html")
    total = exact = 0
    for path in sorted(folder.glob("*.html.gz"))[:40]:
        raw = gzip.decompress(path.read_bytes())
        src = from_html(raw)
        decoded = decode(raw, is_html=True)[0]
        assert src.offsets is not None
        for block in src.blocks:
            if block.kind in {BlockKind.TITLE, BlockKind.META}:
                continue
            span = src.offsets.to_raw(block.span)
            raw_text = html.unescape(re.sub(r"<[^>]*>", "", decoded[span.start : span.end]))
            total += 1
            exact += "".join(raw_text.split()) == "".join(src.slice(block.span).split())
    assert total > 1000
    assert exact / total >= 0.99


def test_threads_render_what_one_thread_renders() -> None:
    """Each thread parses with its own reused parser: concurrent loads equal sequential ones."""
    pages = [
        (FIXTURES / name / "input.html").read_bytes()
        for name in ("html-wordpress-comments-pft", "html-latin1-next2games",
                     "html-kicker-related-industriemagazin")
    ] * 4  # fmt: skip
    expected = [load(page) for page in pages]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(load, pages)) == expected


def test_a_page_lxml_cannot_parse_falls_back_to_beautifulsoup() -> None:
    """A doctype alone has no text; after it, BeautifulSoup's tree is rendered as usual."""
    assert from_html("<!DOCTYPE html>").text == ""
    assert from_html("<!DOCTYPE html>").blocks == ()
