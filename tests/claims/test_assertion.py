"""What is not a claim: questions, headings, bylines, datelines, credits, navigation, imperatives.

Examples grouped by provenance, price-parser style: ``CLAIMS`` must stay claims, ``NOT_CLAIMS``
name the reason. Real lines come from the development pages (issue 22's unseen-page report and
``benchmarks/data/claims-sample.jsonl``); the source of a real excerpt is in fixtures/NOTES.md.
"""

from __future__ import annotations

import pytest

from articlekit.claims import not_a_claim
from articlekit.model import BlockKind

CLAIMS = [
    "Sony cut 10,000 jobs.",
    "Sales fell 5%.",
    "By the end of the year, Sony will cut jobs.",
    "Shares of Sony fell 5% on Monday.",
    "Support for the bill grew among Democrats.",
    "Thanks to the new law, prices fell.",
    "Isn't it true that prices fell last year?",
    "Press reports said the talks had failed.",
    "Photos show the damage to the building.",
    "Updated figures suggest growth slowed.",
    "Published reports say the firm is for sale.",
    'Von Broock: "Schon die Sanierung des Netzes wird ein Kraftakt.',
    "You can't trust the White House on this.",
    "Patch releases and the corresponding pre-releases are performed\nfrom within the branch.",
]

NOT_CLAIMS = [
    ("So what is the sea telling us?", "question"),
    ("“Why now?” he asked.", "question"),
    ("A version of this article appears in print on Nov. 3, 2019, Section A.", "dateline"),
    ("Updated 3:14 p.m. ET, Mon November 18, 2019", "dateline"),
    ("By Jane Doe and John Smith", "byline"),
    ("Jane Doe is a staff writer at the Post.", "byline"),
    ("Photo: Reuters/John Smith", "credit"),
    ("© 2019 Sony Corporation", "credit"),
    ("— Digital Foundry (@digitalfoundry) November 18, 2019", "credit"),
    ("Diese Folge zitieren: Holger Klein: Resonator-Podcast. 16.08.2019, https://x.de", "credit"),
    ("Click here to get more information or download this game.", "navigation"),
    ("Sign up for our newsletter to get the latest news.", "navigation"),
    ("Read more about the case.", "navigation"),
    ("Mehr Informationen:", "heading"),
    ("Dip each ball into the melted chocolate.", "imperative"),
    ("Or allow the mixture to chill in the fridge for an hour.", "imperative"),
    ("Alternatively, you can also use an electric hand mixer.", "imperative"),
    ("Please try it out!", "imperative"),
    ("Thanks!", "other"),
    ("Liebe Grüße Gabi", "other"),
    ("2.3 GB/s", "other"),
    ("Lage: Google Maps\nLatitude: 53.365333\nLongitude: 7.202361", "other"),
]


@pytest.mark.parametrize("sentence", CLAIMS, ids=lambda s: s[:40])
def test_claims_stay_claims(sentence: str) -> None:
    """Declaratives stay claims, even when they open like a template line."""
    assert not_a_claim(sentence, block=BlockKind.PARAGRAPH) is None


@pytest.mark.parametrize(("sentence", "reason"), NOT_CLAIMS, ids=lambda s: str(s)[:40])
def test_not_claims(sentence: str, reason: str) -> None:
    """Page furniture and questions are not claims, and the reason is named."""
    assert not_a_claim(sentence, block=BlockKind.PARAGRAPH) == reason


def test_headings_by_block_and_length() -> None:
    """A heading block, a short label-like headline, an unpunctuated one-line block."""
    assert not_a_claim("Hostage swap", block=BlockKind.HEADING) == "heading"
    assert not_a_claim("Install Docker Engine", headline=True) == "heading"
    assert not_a_claim("Sony sells 8.8 million smartphones, narrows loss", headline=True) is None
    assert not_a_claim("Follow the Case", block=BlockKind.PARAGRAPH, alone=True) == "heading"
    # a lead paragraph marked up as a heading is a sentence
    lead = "Speculation is mounting that the relationship between the chief and the board worsened."
    assert not_a_claim(lead, block=BlockKind.HEADING) is None
