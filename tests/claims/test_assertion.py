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
    # Chinese and Japanese sentences, counted by their characters (no spaces between words)
    "国家药监局持续采集短缺药品生产供应及停产报告信息。",
    "救急隊が現場で6人の頭部を発見した。",
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
    # German statements that end on an infinitive-like word: a finite verb, a subject, a
    # relative clause, "zu", a participle or a noun keeps them claims
    "Die Kinder wollen morgen backen.",
    "Darin stecken Anteile an Kobalt, die sich wiederverwenden lassen.",
    "Bisherige Verfahren beruhen meist darauf, die Akkus einzuschmelzen.",
    "Reform der Pflegefinanzierung vorgeschlagen",
    "Den erhofft sich Jansen auch für seine Teamkollegen.",
    "Auch schön: im Whirlpool entspannen und die Seele baumeln lassen.",
    # a third person that reads like a plural imperative, and a condition
    "Macht einfach gleich mehr her.",
    # English words spelled like German imperatives
    "Leg injuries kept him out of the last three games.",
    "Lies spread faster than the truth on social media.",
    "Gibt es keine Einigung, platzt der Deal.",
    "The firm earns a commission on every trade.",
    # a condition or a label before a statement, not before an instruction
    "When prices fell, investors sold their shares.",
    "When the storm hit, cut power lines fell on cars.",
    "The verdict: guilty on all counts.",
    "Lakers: Visit the Thunder on Friday.",
    "When you do this, you can count on steady growth.",
    # a lead-in that asserts before its colon
    "The results of the survey show three things:",
    "The showy plant can be used in a multitude of ways:",
    "Alle seine Photos entstanden mit seinen Smartphones, hier ein sensationelles Beispiel:",
    "Dennoch ist festzuhalten, dass die Epidemie bislang nicht überwunden ist:",
    "Folgender Befehl exportiert alle HTTPS-URLs in einem Paketmitschnitt:",
    "The following four jokes were written by Kaleb, age 4, as told to his grandpa:",
    "Die Preise sind 2022 stark gestiegen, hier sind die wichtigsten Gründe:",
    "Wichtig ist vor allem, dass die Vorteile für die Mieter groß sind:",
    # a sentence after a dash: direct speech as Nordic, Finnish, Russian, Spanish and Polish news
    # print it, or a bullet; not a credit line
    "– Näin on tulevaisuudessakin.",
    "— Я всегда любила готовить.",
    "–Sí, es un silencio distinto al de Chile.",
    "- Student_innen und Professor_innen äußern sich gegen Diktatur und Faschismus.",
    # a hope about the world, not for the reader
    "I hope the Python community takes the opportunity to reflect on this.",
    "Ich hoffe, dass die Regierung die Steuern bald senkt.",
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
    ("– Jane Doe, Reuters.", "credit"),
    ("—reader submitted by Gillian P.", "credit"),
    ("Diese Folge zitieren: Holger Klein: Resonator-Podcast. 16.08.2019, https://x.de", "credit"),
    ("Click here to get more information or download this game.", "navigation"),
    ("Sign up for our newsletter to get the latest news.", "navigation"),
    ("Read more about the case.", "navigation"),
    ("Mehr Informationen:", "heading"),
    ("Dip each ball into the melted chocolate.", "imperative"),
    ("Or allow the mixture to chill in the fridge for an hour.", "imperative"),
    ("Alternatively, you can also use an electric hand mixer.", "imperative"),
    ("Please try it out!", "imperative"),
    ("See how we got two cribs to fit in this tiny nursery.", "imperative"),
    # German instructions: the infinitive of recipes and manuals, and imperative forms
    ("Esslöffel vom Teig in jedes Muffinförmchen geben.", "imperative"),
    ("Danach aus dem Ofen holen und in Ruhe abkühlen lassen.", "imperative"),
    ("Die Muffins bei 180 Grad 15 bis 30 Minuten backen (je nach Größe).", "imperative"),
    ("Salz, Backpulver und Zucker hinzugeben und alles vermischen.", "imperative"),
    ("Nimm den Kuchen dann aus dem Ofen.", "imperative"),
    ("Nehmt euch Zeit für die Mahlzeiten.", "imperative"),
    ("Achtet mal gezielt darauf, wann ihr zugreift.", "imperative"),
    ("Klicke hier, um zum Rezept zu springen.", "imperative"),
    # an instruction after a condition or a label and its colon
    ("Wenn du noch rohen Teig am Zahnstocher siehst, backe noch ein paar Minuten.", "imperative"),
    ("If it sticks, add a little more water.", "imperative"),
    ("Vor allem aber: Nehmt euch Zeit.", "imperative"),
    ("Tip: Use a sharp knife.", "imperative"),
    ("If your skin itches, you may want to check your detergent.", "imperative"),
    # affiliate disclosures, where to follow the site, a label and its link, a sign-off
    (
        "Microsoft may earn an Affiliate Commission if you purchase something through links.",
        "navigation",
    ),
    ("If you buy through our links, we may receive a small commission.", "navigation"),
    ("Ihr findet uns auf Instagram als @dussmann.official.", "navigation"),
    ("More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports", "navigation"),
    ("Caroline Hawley, BBC diplomatic correspondent", "byline"),
    ("Thanks!", "other"),
    # hoping the reader likes it, glad they did, good wishes, thanks in other languages
    ("I hope you find some clarity on these pages.", "other"),
    ("I’m glad you liked it and thanks for your feedback.", "other"),
    ("Ich hoffe euch gefällt der Relaunch.", "other"),
    ("Viel Spaß beim Backen!", "other"),
    ("Obrigado por compartilhar nosso conteúdo!", "other"),
    ("Liebe Grüße Gabi", "other"),
    ("2.3 GB/s", "other"),
    ("Lage: Google Maps\nLatitude: 53.365333\nLongitude: 7.202361", "other"),
    # a lead-in that only presents what follows its colon
    ("Here are some of the security options available on both platforms:", "other"),
    ("Here's what stood out in the Sixers' win:", "other"),
    ("Hier sind einige Zahlen, die ein Gefühl für das Ausmaß vermitteln:", "other"),
    ("Nachfolgend lesen Sie das Policy Paper der Hochschule mit Studienergebnissen:", "other"),
    ("Sein Porträt und viele weitere Beispiele findet man hier:", "other"),
    ("Die großen Vorteile von CC-Lizenzen sind:", "other"),
    ("The regional award winners for this year's prize are:", "other"),
    # a line of a script without spaces that no full stop closes: a label, heading or link
    ("歌曲名称（歌曲说明）", "other"),
    ("タグ: ソフトウェア", "other"),
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
