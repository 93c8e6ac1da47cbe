"""Golden claims on a real markets report (fixtures/text-claims-reuters-markets, issue 22).

Which sentences are claims, their kinds and speakers; the question stays a sentence but is not a
claim, and the agency byline line and the print-edition note are not body. A known miss is
pinned as a strict xfail.
"""

from __future__ import annotations

import pytest

import articlekit
from _support import FIXTURES
from articlekit.model import ClaimKind, Document

CASE = FIXTURES / "text-claims-reuters-markets"


@pytest.fixture(scope="module")
def doc() -> Document:
    return articlekit.extract((CASE / "input.txt").read_text(encoding="utf-8"))


def _claim(doc: Document, start: str) -> articlekit.Claim:
    return next(c for c in doc.claims if c.text.startswith(start))


def test_page_furniture_is_not_claimed(doc: Document) -> None:
    """The question is a sentence, not a claim; the byline line and the print note are not body.

    The print-edition note is furniture (``_lexicon``), and the agency's byline line after the
    article's last sentence is left out of the body with it.
    """
    claimed = {c.sentence for c in doc.claims}
    left = [s.text for i, s in enumerate(doc.sentences) if i not in claimed]
    assert [t.split()[0] for t in left] == ["So"]
    assert len(doc.claims) == len(doc.sentences) - 1
    body = " ".join(p.text for p in doc.paragraphs)
    assert "Reporting by" not in body
    assert "appears in print" not in body


@pytest.mark.parametrize(
    ("start", "kind", "speaker"),
    [
        ("“Moreover, Russia", ClaimKind.QUOTE, "Commerzbank analyst Carsten Fritsch"),
        ("Oil fell after sources", ClaimKind.FORECAST, None),
        ("U.S. crude fell 3.38%", ClaimKind.STATISTIC, None),
        ("While the dollar", ClaimKind.FORECAST, "Juan Perez"),
    ],
)
def test_kinds_and_speakers(
    doc: Document, start: str, kind: ClaimKind, speaker: str | None
) -> None:
    """Kinds by evidence; the speaker of a report of speech, never the sentence's first word."""
    c = _claim(doc, start)
    assert c.kind == kind
    got = doc.text_of(c.attribution.speaker) if c.attribution and c.attribution.speaker else None
    assert got == speaker


def test_modal_outlook_is_a_forecast(doc: Document) -> None:
    """The greenback "may be in for some weakness" looks ahead."""
    assert _claim(doc, "While the dollar").kind == ClaimKind.FORECAST
