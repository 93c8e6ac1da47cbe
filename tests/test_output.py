"""Record profiles and output formats (articlekit.output): compact records, txt, Markdown, CSV."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

import articlekit
from _support import FIXTURES, ROOT, corpus
from articlekit import BlockKind, Document, Headline, Paragraph, Source
from articlekit.output import (
    CSV_FIELDS,
    DEFAULT_FIELDS,
    FACT_CSV_FIELDS,
    FIELDS,
    FieldError,
    csv_header,
    csv_rows,
    record,
    render,
    to_jsonl,
    to_markdown,
    to_text,
)
from articlekit.testing import sources

RECORD_SCHEMA = ROOT / "schema" / "record.schema.json"
SEED = FIXTURES / "sony-q2-2012-phonearena" / "input.txt"
FIXTURE_INPUTS = sorted(FIXTURES.glob("*/input.*"))


def _keys(value: object) -> Iterator[str]:
    """Every object key anywhere inside a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(RECORD_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@cache
def _fixture_doc(path: Path) -> Document:
    return articlekit.extract(path.read_bytes())


def _as_json(value: object) -> Any:
    """The value as a JSON reader sees it (tuples become lists, enums strings)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


class TestCompactRecord:
    @pytest.mark.parametrize("path", FIXTURE_INPUTS, ids=lambda p: p.parent.name)
    def test_validates_against_the_record_schema(self, path: Path) -> None:
        """Every fixture's compact record is valid under schema/record.schema.json."""
        rec = _as_json(record(_fixture_doc(path)))
        errors = sorted(_validator().iter_errors(rec), key=str)
        assert not errors, errors[0]

    def test_schema_is_not_vacuous(self) -> None:
        """A wrong type, an unknown key or a missing key fails the record schema."""
        rec = _as_json(record(_fixture_doc(SEED)))
        validator = _validator()
        assert validator.is_valid(rec)
        assert not validator.is_valid({**rec, "title": 3})
        assert not validator.is_valid({**rec, "blocks": []})
        assert not validator.is_valid({k: v for k, v in rec.items() if k != "text"})
        bad_fact = {**rec["facts"][0], "value": "lots"}
        assert not validator.is_valid({**rec, "facts": [bad_fact]})

    def test_no_page_copy_no_blocks_no_sentences(self) -> None:
        """The compact record leaves out the page text, blocks, outline, offsets and sentences."""
        doc = _fixture_doc(SEED)
        rec = record(doc)
        assert list(rec) == list(DEFAULT_FIELDS)
        keys = set(_keys(_as_json(rec)))
        assert not keys & {"source", "blocks", "elements", "offsets", "sentences", "sentence"}
        assert doc.source.text not in json.dumps(rec, ensure_ascii=False)
        assert rec["text"] == doc.text

    def test_plain_values_as_newspaper_users_expect(self) -> None:
        """title, text, authors and published are plain values, not objects."""
        html = (FIXTURES / "html-wordpress-comments-pft" / "input.html").read_bytes()
        doc = articlekit.extract(html)
        rec = record(doc)
        assert rec["title"] == doc.headline.text if doc.headline else rec["title"] is None
        assert isinstance(rec["text"], str)
        assert rec["authors"] == [a.value for a in doc.metadata.authors]
        assert all(isinstance(a, str) for a in rec["authors"])
        published = doc.metadata.published
        assert rec["published"] == (published.value.isoformat() if published else None)

    def test_language_is_the_declared_one_else_the_written_one(self) -> None:
        """The seed (a text dump) declares nothing: its record says the language it is in."""
        seed = record(_fixture_doc(SEED))
        assert seed["language"] == "en"
        assert seed["metadata"]["language"] is None
        assert seed["metadata"]["written_language"] == "en"
        html = (
            "<html lang='en'><body><h1>Neue Regeln</h1><p>"
            + "Ab Montag gilt in der Stadt eine neue Regel, und die Polizei wird sie prüfen. " * 4
            + "</p></body></html>"
        )
        declared = record(articlekit.extract(html))
        assert declared["language"] == "en"  # what the page declares comes first
        assert declared["metadata"]["written_language"] == "de"

    @pytest.mark.parametrize("path", FIXTURE_INPUTS, ids=lambda p: p.parent.name)
    def test_spans_point_at_their_texts(self, path: Path) -> None:
        """Each item's [start, end] slices the page text to the item's text."""
        doc = _fixture_doc(path)
        rec = record(doc)
        page = doc.source.text

        def at(span: tuple[int, int]) -> str:
            return page[span[0] : span[1]]

        if rec["headline"] is not None:
            assert at(rec["headline"]["span"]) == rec["headline"]["text"]
        for item in [*rec["facts"], *rec["claims"]]:
            assert at(item["span"]) == item["text"]
        for paragraph in rec["paragraphs"]:
            start, end = paragraph["in_text"]
            assert at(paragraph["span"]) == rec["text"][start:end]
        for comment in rec["comments"]:
            assert at(comment["body_span"]) == comment["text"]
        for claim in rec["claims"]:
            speaker = claim.get("attribution", {}).get("speaker")
            if speaker is not None:
                assert at(speaker["span"]) == speaker["text"]
            if "comment" in claim:
                comment = rec["comments"][claim["comment"]]
                assert comment["span"][0] <= claim["span"][0] <= comment["span"][1]

    def test_claim_facts_are_the_facts_inside_it(self) -> None:
        """A claim's fact indices are doc.facts_in(claim.span), pointing into the record's facts."""
        doc = _fixture_doc(SEED)
        rec = record(doc)
        assert any(c["facts"] for c in rec["claims"])
        for claim, compact in zip(doc.claims, rec["claims"], strict=True):
            assert [rec["facts"][i]["text"] for i in compact.get("facts", [])] == [
                q.text for q in doc.facts_in(claim.span)
            ]

    def test_comment_tree_survives(self) -> None:
        """Comment parents are indices into the record's comments, as in the Document."""
        doc = _fixture_doc(SEED)
        rec = record(doc)
        assert len(rec["comments"]) == len(doc.comments) == 28
        assert [c.get("parent") for c in rec["comments"]] == [c.parent for c in doc.comments]
        assert [c.get("author") for c in rec["comments"]] == [c.author for c in doc.comments]
        assert sum("comment" in c for c in rec["claims"]) == sum(c.is_comment for c in doc.claims)

    def test_fields_choose_keys_in_order(self) -> None:
        """fields= keeps exactly the chosen keys, in the order given; page_text only on request."""
        doc = _fixture_doc(SEED)
        assert list(record(doc, fields=["text", "title"])) == ["text", "title"]
        assert "page_text" not in record(doc)
        assert record(doc, fields=["page_text"]) == {"page_text": doc.source.text}
        chosen = _as_json(record(doc, fields=["title", "facts"]))
        properties = json.loads(RECORD_SCHEMA.read_text(encoding="utf-8"))["properties"]
        assert set(chosen) <= set(properties)

    def test_unknown_field_lists_the_valid_ones(self) -> None:
        """An unknown field raises FieldError (a ValueError) naming every valid field."""
        doc = _fixture_doc(SEED)
        with pytest.raises(FieldError, match="unknown field") as caught:
            record(doc, fields=["title", "body"])
        assert isinstance(caught.value, ValueError)
        assert all(name in str(caught.value) for name in FIELDS)
        with pytest.raises(FieldError, match="no fields"):
            record(doc, fields=[])

    def test_full_profile_is_the_round_trippable_document(self) -> None:
        """profile='full' is Document.to_dict(), which reads back exactly."""
        doc = _fixture_doc(SEED)
        full = record(doc, profile="full")
        assert full == doc.to_dict()
        assert Document.from_dict(full) == doc
        with pytest.raises(FieldError):
            record(doc, profile="full", fields=["title"])
        with pytest.raises(FieldError, match="compact"):
            record(doc, profile="short")

    def test_compact_is_at_most_a_quarter_of_full_on_real_pages(self) -> None:
        """On 12 scrapinghub pages the compact records total at most 25% of the full ones."""
        pages = sorted(corpus("body", "scrapinghub", "html").glob("*.html.gz"))[:12]
        full = compact = 0
        for page in pages:
            doc = articlekit.extract(gzip.decompress(page.read_bytes()))
            full += len(doc.to_json().encode())
            compact += len(to_jsonl(doc).encode())
        assert compact <= 0.25 * full, f"compact is {compact / full:.1%} of full"


class TestText:
    def test_headline_and_article_text(self) -> None:
        """The txt format is the headline, a blank line, and the article text (not the page)."""
        doc = _fixture_doc(SEED)
        text = to_text(doc)
        assert doc.headline is not None
        assert text == doc.headline.text + "\n\n" + doc.text
        assert "XPERIA-KNIGHT" not in text  # a commenter: comments are not the article

    def test_empty_document(self) -> None:
        """A page with nothing extracted gives an empty text, not an error."""
        assert to_text(articlekit.extract("")) == ""
        assert to_markdown(articlekit.extract("")) == ""


class TestDocumentText:
    def test_text_is_the_article_and_source_text_the_page(self) -> None:
        """doc.text is the body paragraphs; the whole page is doc.source.text."""
        doc = _fixture_doc(SEED)
        assert doc.text == "\n\n".join(p.text for p in doc.paragraphs)
        assert len(doc.source.text) > 2 * len(doc.text)
        assert "Much love Sony" in doc.source.text
        assert "Much love Sony" not in doc.text

    def test_body_text_is_a_deprecated_alias(self) -> None:
        """doc.body_text still answers, with a DeprecationWarning pointing at doc.text."""
        doc = _fixture_doc(SEED)
        with pytest.warns(DeprecationWarning, match=r"Document\.text"):
            assert doc.body_text == doc.text


# --------------------------------------------------------------------------------------------
# Markdown: read the output back with a CommonMark parser and compare the structure
# --------------------------------------------------------------------------------------------

_PARSER = MarkdownIt("commonmark").enable("table")


def _inline_text(token: Token) -> str:
    out = []
    for child in token.children or ():
        if child.type in {"softbreak", "hardbreak"}:
            out.append("\n")
        else:
            out.append(child.content)
    return "".join(out)


def _read_back(markdown: str) -> list[tuple[str, str]]:
    """The (kind, text) blocks a CommonMark reader finds in ``markdown``."""
    found: list[tuple[str, str]] = []
    context: list[str] = []
    heading_level = 0
    for token in _PARSER.parse(markdown):
        if token.type in {"blockquote_open", "list_item_open", "th_open", "td_open"}:
            context.append(token.type)
        elif token.type in {"blockquote_close", "list_item_close", "th_close", "td_close"}:
            context.pop()
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type in {"fence", "code_block"}:
            found.append(("preformatted", token.content.removesuffix("\n")))
        elif token.type == "inline":
            text = _inline_text(token)
            if heading_level:
                found.append((f"h{heading_level}", text))
                heading_level = 0
            elif context and context[-1] in {"th_open", "td_open"}:
                if text:
                    found.append(("table_cell", text))
            elif "list_item_open" in context:
                found.append(("list_item", text))
            elif "blockquote_open" in context:
                found.append(("quote", text))
            else:
                found.append(("paragraph", text))
    return found


def _expected(doc: Document) -> list[tuple[str, str]]:
    """The (kind, text) blocks the document holds, as the Markdown should show them."""
    blocks = {b.span.start: b for b in doc.source.blocks}
    out = []
    if doc.headline is not None:
        out.append(("h1", doc.headline.text.replace("\n", " ")))
    for p in doc.paragraphs:
        block = blocks.get(p.span.start)
        is_cell = block is not None and block.kind is BlockKind.TABLE_CELL
        kind = "table_cell" if is_cell else p.kind.value
        if kind == "heading":
            level = block.level if block is not None else 1
            out.append((f"h{min(max(level, 1), 6)}", p.text.replace("\n", " ")))
        elif kind == "table_cell":
            out.append((kind, p.text.replace("\n", " ")))
        elif kind == "preformatted":
            out.append((kind, p.text))
        else:  # a blank line inside a block (<br><br>) starts a new Markdown paragraph
            out.extend((kind, part) for part in p.text.split("\n\n"))
    return out


class TestMarkdown:
    def test_structure_of_a_small_page(self) -> None:
        """Headings, nested and numbered lists, quotes, code and tables read back as they were."""
        html = """<article><h1>Quarterly results</h1>
        <p>Sony lost $155 million in the second quarter of 2012, the company said on Thursday.</p>
        <h2>Divisions</h2>
        <p>The divisions did very differently from each other, as the list shows in detail.</p>
        <ul><li>Games: up 5%<ul><li>consoles</li><li>software</li></ul></li><li>Phones</li></ul>
        <ol><li>first step</li><li>second step</li></ol>
        <blockquote><p>We will recover, a spokesman for the company told us.</p></blockquote>
        <table><tr><th>Division</th><th>Change</th></tr><tr><td>Games</td><td>+5% | up</td></tr>
        </table>
        <pre>revenue = 20.5</pre>
        <p>The full report is on the company's site, along with the usual tables and charts.</p>
        </article>"""
        doc = articlekit.extract(html)
        markdown = to_markdown(doc)
        assert _read_back(markdown) == _expected(doc)
        assert "    - consoles" in markdown.replace("  - consoles", "    - consoles")
        assert "1. first step\n1. second step" in markdown
        assert "| Division | Change |\n| --- | --- |\n| Games | +5% \\| up |" in markdown

    @pytest.mark.parametrize(
        "text",
        [
            "# not a heading, just a hash",
            "1. not a list: a year-like number",
            "- not a bullet",
            "> not a quote",
            "a *star* and an _underscore_ and `code` and [brackets](x) and <b>tags</b>",
            "snake_case_name and a\\backslash and &amp; an entity",
            "===",
            "---",
            "+ plus",
            "| a | b |",
            "Vote #",
            "* * *",
            "&#42; and &copy;",
        ],
    )
    def test_text_is_escaped_not_read_as_markup(self, text: str) -> None:
        """Text that looks like Markdown reads back as the same text, as a paragraph or an item."""
        for kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.HEADING):
            source = articlekit.from_text(f"Title\n\n{text}\n\nmore")
            paragraphs = tuple(
                Paragraph(span=b.span, text=source.slice(b.span), kind=kind)
                for b in source.blocks[1:]
            )
            headline = Headline(span=source.blocks[0].span, text="Title")
            doc = Document(source=source, headline=headline, paragraphs=paragraphs)
            name = "h1" if kind is BlockKind.HEADING else kind.value
            expected = [("h1", "Title"), (name, text), (name, "more")]
            assert _read_back(to_markdown(doc)) == expected

    def test_real_development_pages_keep_their_structure(self) -> None:
        """On real pages (three body sets) every block reads back with its kind and text."""
        checked = 0
        kinds: set[str] = set()
        for name, raw in _development_pages():
            doc = articlekit.extract(raw)
            expected = _expected(doc)
            assert _read_back(to_markdown(doc)) == expected, name
            kinds.update(kind for kind, _ in expected)
            checked += 1
        assert checked >= 60
        assert {"h1", "h2", "list_item", "paragraph"} <= kinds


def _development_pages() -> Iterator[tuple[str, bytes]]:
    """20 scrapinghub pages, the 40 cached trafilatura-dev pages and every edge case."""
    for path in sorted(corpus("body", "scrapinghub", "html").glob("*.html.gz"))[:20]:
        yield path.name, gzip.decompress(path.read_bytes())
    for path in sorted(corpus("body", "trafilatura-dev", "cache").glob("*.html.gz")):
        yield path.name, gzip.decompress(path.read_bytes())
    for path in sorted(corpus("body", "edge-cases").glob("*/source.html.gz")):
        yield path.parent.name, gzip.decompress(path.read_bytes())


class TestCsv:
    def test_one_row_per_page(self) -> None:
        """The per-page CSV has the default columns; authors are joined, nested fields JSON."""
        doc = _fixture_doc(SEED)
        text = render(doc, "csv")
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == list(CSV_FIELDS)
        assert len(rows) == 2
        assert rows[1][CSV_FIELDS.index("text")] == doc.text
        (row,) = csv_rows(doc, fields=["title", "facts"])
        assert row[0] == (doc.headline.text if doc.headline else "")
        assert [f["text"] for f in json.loads(row[1])] == [q.text for q in doc.quantities]

    def test_one_row_per_fact(self) -> None:
        """--facts gives one row per numeric fact with its value, unit, period and sentence."""
        doc = _fixture_doc(SEED)
        rows = list(csv.reader(io.StringIO(render(doc, "csv", facts=True))))
        assert rows[0] == list(FACT_CSV_FIELDS) == csv_header(facts=True)
        assert len(rows) == 1 + len(doc.quantities)
        header = rows[0]
        loss = next(r for r in rows[1:] if r[header.index("fact")] == "$198 million")
        assert loss[header.index("value")] == "198000000"
        assert loss[header.index("unit")] == "USD"
        assert loss[header.index("period")] == "2012-Q2"
        assert "narrowed down losses" in loss[header.index("sentence")]
        with pytest.raises(FieldError):
            csv_header(fields=["title"], facts=True)
        with pytest.raises(FieldError):
            csv_rows(doc, fields=["title"], facts=True)

    def test_header_can_be_left_out(self) -> None:
        """header=False writes rows only (for appending page after page)."""
        doc = _fixture_doc(SEED)
        assert render(doc, "csv", header=False).count("\n") >= 1
        assert not render(doc, "csv", header=False).startswith("url,")


class TestRender:
    def test_every_format(self) -> None:
        """render() writes each format; jsonl/json default to the compact record."""
        doc = _fixture_doc(SEED)
        assert render(doc, "txt") == to_text(doc) + "\n"
        assert render(doc, "markdown") == to_markdown(doc) + "\n"
        assert json.loads(render(doc, "jsonl")) == _as_json(record(doc))
        assert render(doc, "jsonl").count("\n") == 1
        assert json.loads(render(doc, "json")) == _as_json(record(doc))
        assert Document.from_json(render(doc, "jsonl", full=True)) == doc
        assert json.loads(render(doc, "jsonl", fields=["title"])) == {"title": doc.headline.text}  # type: ignore[union-attr]

    def test_unknown_format_and_conflicting_options(self) -> None:
        """An unknown format lists the valid ones; full with fields is refused."""
        doc = _fixture_doc(SEED)
        with pytest.raises(FieldError, match="markdown"):
            render(doc, "xml")
        with pytest.raises(FieldError):
            render(doc, "jsonl", full=True, fields=["title"])


_KINDS = [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.HEADING]


@given(sources(html=False), st.sampled_from(_KINDS))
# a block quote's ">" needs no space after it (found by this property)
@example(source=articlekit.from_text(">0"), kind=BlockKind.PARAGRAPH)
@example(source=articlekit.from_text(">> x\n\n1) y"), kind=BlockKind.LIST_ITEM)
def test_any_text_reads_back_from_markdown(source: Source, kind: BlockKind) -> None:
    """Whatever the text, a CommonMark reader gets every paragraph back with its kind and text."""
    paragraphs = tuple(
        Paragraph(span=b.span, text=source.slice(b.span), kind=kind) for b in source.blocks
    )
    doc = Document(source=source, paragraphs=paragraphs)
    assert _read_back(to_markdown(doc)) == _expected(doc)
