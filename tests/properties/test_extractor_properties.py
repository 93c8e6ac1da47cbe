"""Extractor invariants on arbitrary and real input."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import articlekit
from _support import FIXTURES, ROOT, corpus
from articlekit import Document, Pipeline
from articlekit.io import is_address
from articlekit.pipeline import DOCUMENT_FIELDS
from articlekit.testing import html_pages, raw_texts

FLOORS = json.loads((ROOT / "tests" / "golden" / "eval_floors.json").read_text(encoding="utf-8"))

# Text that is only a URL or a file name is refused at load time (tests/test_api_input.py).
pages = st.one_of(
    raw_texts(max_size=2000),
    html_pages(),
    st.text(max_size=500).filter(lambda text: not is_address(text)),
)


@given(pages)
def test_items_sit_where_they_belong(raw: str) -> None:
    """Any input gives a document (never an exception) whose items nest as the model says.

    The constructors check spans against the source; what they cannot check is asserted here:
    comments never overlap the body, sentences lie inside their paragraph or comment, claims
    inside their sentence, and facts inside the headline, a paragraph or a comment body.
    """
    doc = articlekit.extract(raw)
    for comment in doc.comments:
        assert not any(p.span.overlaps(comment.span) for p in doc.paragraphs)
    for sentence in doc.sentences:
        if sentence.paragraph is not None:
            assert doc.paragraphs[sentence.paragraph].span.contains(sentence.span)
        if sentence.comment is not None:
            assert doc.comments[sentence.comment].body.contains(sentence.span)
    for claim in doc.claims:
        assert doc.sentences[claim.sentence].span.contains(claim.span)
    regions = [p.span for p in doc.paragraphs] + [c.body for c in doc.comments]
    if doc.headline is not None:
        regions.append(doc.headline.span)
    for q in doc.quantities:
        assert any(r.contains(q.span) for r in regions), q


@given(pages)
def test_deterministic(raw: str) -> None:
    """The same input gives the same document."""
    assert articlekit.extract(raw) == articlekit.extract(raw)


def _real_pages() -> list[tuple[str, bytes]]:
    seed = FIXTURES / "sony-q2-2012-phonearena" / "input.txt"
    return [("seed", seed.read_bytes())]


@pytest.mark.parametrize(
    ("name", "raw"), _real_pages(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_body_alone_gives_the_same_body(name: str, raw: bytes) -> None:
    """A document made of the extracted body alone yields the same body again."""
    body = articlekit.extract(raw).text
    assert body, name
    again = articlekit.extract(body)
    assert " ".join(again.text.split()) == " ".join(body.split())


def test_body_alone_on_corpus_pages() -> None:
    """Idempotence on real pages, as a pinned floor (see tests/golden/eval_floors.json).

    The HTML path still keeps some furniture lines (gallery links, dates, credits) that the text
    path then drops; this floor keeps that share from growing while it is worked down.
    """
    folder = corpus("body", "scrapinghub", "html")
    checked = same = 0
    for path in sorted(folder.glob("*.html.gz"))[:60]:
        body = articlekit.extract(gzip.decompress(path.read_bytes())).text
        if len(body) < 500:
            continue
        checked += 1
        same += " ".join(articlekit.extract(body).text.split()) == " ".join(body.split())
    assert checked >= 50
    assert same / checked >= FLOORS["body_alone_idempotent_share"]


@given(pages)
def test_steps_change_only_what_they_declare(raw: str) -> None:
    """Every default step leaves undeclared fields untouched (checked by the pipeline too)."""
    doc = Document(source=articlekit.load(raw))
    for step in Pipeline.default().steps:
        after = step(doc)
        for name in sorted(DOCUMENT_FIELDS - step.provides):
            assert getattr(after, name) == getattr(doc, name), (step.name, name)
        doc = after


_NUMERIC_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "$",
                "US$",
                "€",
                "£",
                "Rs",
                "million",
                "bn",
                "m",
                "k",
                "%",
                "-",
                "–",
                "to",
                "and",
                "between",
                "about",
                "more than",
                "km",
                "miles",
                "jobs",
                "Q2",
                "2012",
                "last year",
                "Lumia",
                "1.",
                ":",
                "/",
                ".",
                ",",
                "±",
                "x10^",
                "half",
                "a",
                "two",
                "thirds",
                "½",
                "cents",
                "\n",
                " ",
                # the number-word grammar: cardinals, ordinals, fractions, joints
                "zero",
                "nought",
                "one",
                "twenty",
                "fifty-four",
                "hundred",
                "thousand",
                "lakh",
                "crore",
                "dozen",
                "point",
                "fifth",
                "fifths",
                "twenty-first",
                "hundredths",
                "quarter",
                "quarters",
                "of",
                "percent",
                "celsius",
                "convert",
                "^",
                "^-",
                "mm2",
                "http://x.y/a%20b",
                # other languages: decimal marks, scale words, units, dates, CJK
                "1.000",
                "3,5",
                "Millionen",
                "Mrd.",
                "de",
                "d'euros",
                "zwei",
                "Uhr",
                "am",
                "15万人",
                "3.5亿元",
                "3月10日",
                "乃木坂46",
                "（19）",
            ]
        ),
        st.integers(min_value=0, max_value=10**7).map(str),
        st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
        st.text(max_size=4),
    ),
    max_size=14,
).map(" ".join)


_LANGUAGES = st.sampled_from([None, "en", "de", "de-CH", "fr", "es", "es-MX", "it", "ja", "zh"])


@given(_NUMERIC_TEXT, st.integers(min_value=0, max_value=50), _LANGUAGES)
@example("0 - $", 0, None)  # a range dash before a trailing symbol once read past the last token
def test_quantities_are_ordered_slices_of_their_text(
    text: str, offset: int, language: str | None
) -> None:
    """Any text in any language: facts never overlap, come in order, each its text's slice."""
    found = articlekit.find_quantities(text, offset=offset, language=language)
    end = offset
    for q in found:
        assert q.span.start >= end
        assert text[q.span.start - offset : q.span.end - offset] == q.text
        assert q.value is not None or (q.low is not None and q.high is not None and q.low <= q.high)
        end = q.span.end


@given(_NUMERIC_TEXT, st.integers(min_value=0, max_value=50))
def test_unit_mentions_are_slices_outside_every_fact(text: str, offset: int) -> None:
    """Unit mentions are in order, are their text's slice, and never overlap a fact."""
    facts = articlekit.find_quantities(text, offset=offset)
    end = offset
    for m in articlekit.find_unit_mentions(text, offset=offset):
        assert m.span.start >= end
        assert text[m.span.start - offset : m.span.end - offset] == m.text
        assert not any(q.span.start < m.span.end and m.span.start < q.span.end for q in facts)
        end = m.span.end
