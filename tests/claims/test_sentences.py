"""Sentence splitting: abbreviations, initials, decimals, ellipses, quotations, lists and URLs."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlekit
from _support import FIXTURES, corpus
from articlekit.claims.sentences import split_sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
        ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
        ("Please turn to p. 55.", ["Please turn to p. 55."]),
        (
            "Let's ask Jane and co. They should know.",
            ["Let's ask Jane and co.", "They should know."],
        ),
        (
            "I work for the U.S. Government in Virginia.",
            ["I work for the U.S. Government in Virginia."],
        ),
        ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        (
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then left.",
            [
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left the bank at 6 P.M.",
                "Mr. Smith then left.",
            ],
        ),
        ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
        (
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check.",
            [
                "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                "Please check.",
            ],
        ),
        (
            'She turned to him, "This is great." she said.',
            ['She turned to him, "This is great." she said.'],
        ),
        (
            "She works at Yahoo! in the accounting department.",
            ["She works at Yahoo! in the accounting department."],
        ),
        ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
        ("a. The first item b. The second item", ["a. The first item", "b. The second item"]),
        (
            "I never meant that.... She left the store.",
            ["I never meant that....", "She left the store."],
        ),
        (
            "I wasn’t really ... well, what I mean...see . . . what I'm saying.",
            ["I wasn’t really ... well, what I mean...see . . . what I'm saying."],
        ),
        (
            "Sony sold 8.8 million phones. Sales rose 5%.",
            ["Sony sold 8.8 million phones.", "Sales rose 5%."],
        ),
    ],
)
def test_rules(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese and Japanese end sentences with the ideographic full stop and full-width marks,
        # which no space follows (a closing quote or bracket stays with its sentence)
        (
            "他说：“我们会来。”然后走了。好吗？好！",
            ["他说：“我们会来。”", "然后走了。", "好吗？", "好！"],
        ),
        (
            "習近平も重要な陰の参戦者だった。核放棄を巡って「検証可能な」の文字がなく、その判断は…",
            [
                "習近平も重要な陰の参戦者だった。",
                "核放棄を巡って「検証可能な」の文字がなく、その判断は…",
            ],
        ),
        # Korean, Arabic and Hebrew write no upper case: a letter after the full stop may start
        # a sentence (an initial stays: "د. محمد", Dr. Mohammed)
        (
            "그런데 남상미는 다른 식으로 그렸다. 그녀의 감정연기가 폭발했다.",
            ["그런데 남상미는 다른 식으로 그렸다.", "그녀의 감정연기가 폭발했다."],
        ),
        (
            "كيف يمكن تقييم الحصيلة؟ قال د. محمد إن السودان دفع ثمنا غاليا.",
            ["كيف يمكن تقييم الحصيلة؟", "قال د. محمد إن السودان دفع ثمنا غاليا."],
        ),
        # Devanagari's danda and Burmese's full stop end sentences as "." does
        ("गेहूं की खरीद हो पाई। दूसरा वाक्य है।", ["गेहूं की खरीद हो पाई।", "दूसरा वाक्य है।"]),
        ("မရှိခဲ့ဘူး။ တရားခွင်မှာ ရှိတယ်။", ["မရှိခဲ့ဘူး။", "တရားခွင်မှာ ရှိတယ်။"]),
        # and English still needs its capital: a comma or a lower-case word goes on
        ("It was great. she said, smiling.", ["It was great. she said, smiling."]),
    ],
)
def test_scripts_without_letter_case(text: str, expected: list[str]) -> None:
    """Sentences of scripts without letter case, found on newspaper4k's test pages."""
    assert split(text) == expected


def test_pysbd_golden_rules() -> None:
    """All 48 of pySBD's English Golden Rules (read from the development corpora)."""
    data = json.loads(corpus("sentences", "golden-rules-en.json").read_text(encoding="utf-8"))
    failed = [r["id"] for r in data["rules"] if split(r["text"]) != r["expected"]]
    assert failed == []


@given(st.text(alphabet=st.sampled_from(list("ab .?!\"“”'()…\n1A")), max_size=80))
def test_sentences_are_ordered_trimmed_slices(text: str) -> None:
    spans = split_sentences(text)
    end = 0
    for a, b in spans:
        assert end <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        assert text[end:a].strip() == ""
        end = b
    assert text[end:].strip() == ""


def test_step_splits_headline_and_paragraphs_of_the_seed() -> None:
    doc = articlekit.extract(
        (FIXTURES / "sony-q2-2012-phonearena" / "input.txt").read_text("utf-8")
    )
    first, second = doc.sentences[:2]
    assert (first.text, first.paragraph, first.comment) == (
        "Sony sells 8.8 million smartphones, narrows loss in Q2 2012",
        None,
        None,
    )
    assert second.paragraph == 0
    assert second.text.startswith("Sony posted its financials")
    body = [s.paragraph for s in doc.sentences[1:] if s.paragraph is not None]
    assert body == sorted(body)
    comment_sentences = [s for s in doc.sentences if s.comment is not None]
    assert comment_sentences, "comment bodies are split too"
    assert [s.comment for s in comment_sentences] == sorted(
        s.comment or 0 for s in comment_sentences
    )
    assert all(doc.text_of(s.span) == s.text for s in doc.sentences)
    forecast = "Sony continues restructuring and expects to slash 10,000 jobs to optimize its"
    assert any(s.text == forecast + " costs this year." for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a German ordinal keeps its dot inside the sentence
        ("Das Turnier findet am 11. März in Berlin statt. Danach geht es weiter.", 2),
        ("Seit Ende des 20. Jahrhunderts gibt es das. Heute nicht mehr.", 2),
        ("Am kommenden Donnerstag, 24. Oktober, kommt er.", 1),
        # an abbreviated scale ends a sentence only before a sentence start
        ("Der Umsatz lag bei 64,2 Mrd. Euro im Jahr. Das ist viel.", 2),
        ("Der Umsatz lag bei 64,2 Mrd. Das ist viel.", 2),
        # a number at the end of a sentence still ends it
        ("Die Zahl stieg auf 54. Danach kam nichts.", 2),
    ],
)
def test_german_ordinals_and_scale_abbreviations(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # German capitalises nouns: a noun after a number's dot has it as its ordinal
        ("DP World Tour: Ras al Khaimah Championship, 4. Tag in Ras al Khaimah. Dann Pause.", 2),
        ("Da erlebst Du direkt aus 1. Hand, wie ich arbeite. Außerdem bekommst Du mehr.", 2),
        # a word that opens sentences, or a new line, ends one
        ("In mm sind es 39. Daraus folgern wir, dass es passt.", 2),
        ("Es waren insgesamt 12.\nRettungskräfte suchen weiter.", 2),
        # a number that the noun before it labels is no ordinal
        ("Er kritisiert ihn im Gespräch ab Seite 49. Leser kritisieren ihn ab Seite 52.", 2),
    ],
)
def test_german_ordinals_before_a_noun(text: str, count: int) -> None:
    assert len(split_sentences(text, language="de")) == count


def test_an_ordinal_before_a_noun_is_german_only() -> None:
    text = "He scored 3. Smith said so."
    assert len(split_sentences(text, language="en")) == 2
    assert len(split_sentences(text)) == 2  # the text's own words are not German
    german = "Der Spieler erreichte bei dem Turnier in der Halle nur den 3. Platz und war traurig."
    assert len(split_sentences(german)) == 1  # read as German by its own words


def test_the_sentences_step_reads_a_german_page_as_german() -> None:
    html = (
        "<html><body><article><h1>Golf im Fernsehen</h1>"
        "<p>Die Übertragung der Championship, 4. Tag in Ras al Khaimah, läuft bei Sky, und "
        "die Zuschauer sind wie immer dabei. Danach gibt es eine Pause.</p>"
        "<p>Die Spieler sind mit der Lage zufrieden, und es ist nicht zu heiß für sie.</p>"
        "</article></body></html>"
    )
    doc = articlekit.extract(html)
    assert any("4. Tag in Ras al Khaimah" in s.text for s in doc.sentences)
