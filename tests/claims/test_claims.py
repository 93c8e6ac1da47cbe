"""Claims: kinds by evidence, attribution shapes, hedges, check-worthiness, linked facts."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit
from _support import FIXTURES
from articlekit.claims import _checkworthy, _hedges
from articlekit.claims._hedges import HEDGE_OR_PHRASE_WORDS
from articlekit.claims._vocab import CUE_OR_PHRASE_WORDS, word_hits
from articlekit.claims.claims import claim_kind, find_attributions, find_hedges, not_a_claim
from articlekit.model import ClaimKind, Document, HedgeKind


@pytest.fixture(scope="module")
def seed() -> Document:
    raw = (FIXTURES / "sony-q2-2012-phonearena" / "input.txt").read_text("utf-8")
    return articlekit.extract(raw, reference_time=datetime(2012, 11, 3, tzinfo=UTC))


def claim_of(doc: Document, start: str) -> articlekit.Claim:
    return next(c for c in doc.claims if c.text.startswith(start))


def test_seed_quote_by_sony(seed: Document) -> None:
    c = claim_of(seed, "Sony admitted there is")
    assert c.kind == ClaimKind.QUOTE
    assert c.attribution is not None
    assert c.attribution.speaker is not None
    assert c.attribution.cue is not None
    assert seed.text_of(c.attribution.speaker) == "Sony"
    assert seed.text_of(c.attribution.cue) == "admitted"
    assert c.attribution.is_direct


def test_seed_forecast_hedged_with_its_fact(seed: Document) -> None:
    c = claim_of(seed, "Sony continues restructuring and expects to slash 10,000 jobs")
    assert c.kind == ClaimKind.FORECAST
    assert c.attribution is not None
    assert c.attribution.speaker is not None
    assert seed.text_of(c.attribution.speaker) == "Sony"
    assert [(h.text, h.kind) for h in c.hedges] == [("expects to", HedgeKind.EPISTEMIC)]
    assert [q.text for q in seed.facts_in(c.span)] == ["10,000 jobs"]


def test_seed_opinion_hedged_by_might(seed: Document) -> None:
    c = claim_of(seed, "This might not seem like a huge advancement")
    assert c.kind == ClaimKind.OPINION
    assert ("might", HedgeKind.MODAL) in [(h.text, h.kind) for h in c.hedges]


def test_seed_figures_sit_in_statistic_claims(seed: Document) -> None:
    headline = claim_of(seed, "Sony sells 8.8 million smartphones, narrows loss in Q2 2012")
    first = claim_of(seed, "After a slow first quarter in the red")
    for c in (headline, first):
        assert c.kind == ClaimKind.STATISTIC
        assert seed.facts_in(c.span)
    assert [q.text for q in seed.facts_in(first.span)] == ["$198 million", "$20.5 billion"]


def test_claims_are_the_sentences_that_assert(seed: Document) -> None:
    """Each claim is one sentence; sentences that assert nothing (questions) are not claims."""
    assert 0 < len(seed.claims) < len(seed.sentences)
    for c in seed.claims:
        s = seed.sentences[c.sentence]
        assert (c.span, c.is_comment) == (s.span, s.comment is not None)
        assert 0.0 <= c.checkworthiness <= 1.0
    claimed = {c.sentence for c in seed.claims}
    left_out = [s.text for i, s in enumerate(seed.sentences) if i not in claimed]
    assert left_out
    assert all(not_a_claim(text) for text in left_out if text.endswith("?"))
    ranked = sorted(seed.claims, key=lambda c: -c.checkworthiness)
    assert seed.facts_in(ranked[0].span), "the most check-worthy claim holds a figure"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('"We will recover," said Kaz Hirai.', ClaimKind.QUOTE),
        ("Sony will cut 10,000 jobs.", ClaimKind.FORECAST),
        ("I think this is a terrible idea.", ClaimKind.OPINION),
        ("Sony lost $155 million.", ClaimKind.STATISTIC),
        ("Sony is based in Tokyo.", ClaimKind.FACTUAL),
    ],
)
def test_kind_rules_in_order(sentence: str, kind: ClaimKind) -> None:
    has_fact = bool(articlekit.find_quantities(sentence))
    got, why = claim_kind(sentence, has_fact=has_fact, attributions=find_attributions(sentence))
    assert got == kind
    assert kind == ClaimKind.FACTUAL or why


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "direct"),
    [
        ("Sony admitted there is a contraction.", "admitted", "Sony", False),
        ('"We are done," said John Smith, the chief executive.', "said", "John Smith", True),
        ("Sales will fall, according to the company.", "according to", "the company", False),
        (
            "“It is over,” Jane Doe, a spokeswoman, said on Monday.",
            "said",
            "Jane Doe, a spokeswoman",
            True,
        ),
        ("The meeting was first reported by Politico.", "reported", "Politico", False),
        (
            "Trump returned the compliment, telling Reuters the two were friends.",
            "telling",
            "Trump",
            False,
        ),
        ("Sony continues restructuring and expects to slash jobs.", "expects", "Sony", False),
    ],
)
def test_attribution_shapes(sentence: str, cue: str, source: str, direct: bool) -> None:  # noqa: FBT001
    found = find_attributions(sentence)
    assert found, sentence
    c = found[0]
    assert sentence[c.cue[0] : c.cue[1]] == cue
    assert c.source is not None
    assert sentence[c.source[0] : c.source[1]] == source
    assert c.is_direct is direct


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # shapes from PolNeAR train (github:networkdynamics/PolNeAR) that the subject finder missed
        (
            'Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."',
            "told",
            "Htay Oo",
        ),
        (
            "Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes it.",
            "warned",
            "Trump",
        ),
        (
            "Bloomberg's pollster, Douglas Schoen, says his man has the money.",
            "says",
            "Douglas Schoen",
        ),
        ("Schilling, through a spokeswoman, declined to comment.", "declined", "Schilling"),
        ("Then DuPont, only two months later, announced plans to merge.", "announced", "DuPont"),
        (
            "Essentially, Clinton's lawyers looked through the e-mails and found that one had it.",
            "found",
            "Clinton's",
        ),
        ("First, she and other Democrats on the stage refused to say the words.", "refused", "she"),
        (
            "(Mr. Lewandowski, who did not respond, has denied that he was working on a book.)",
            "denied",
            "Mr. Lewandowski",
        ),
        (
            "Friday, Texas, leading a coalition of 13 states, asked a judge to block the rules.",
            "asked",
            "Texas",
        ),
        (
            "Noting that both battled the media, Schlafly put her finger on one facet.",
            "Noting",
            "Schlafly",
        ),
        (
            "The Mexican government is worried that the rhetoric could hurt investment.",
            "worried",
            "The Mexican government",
        ),
        (
            "The donor list, which the campaign says includes 2.7 million donors, is an asset.",
            "says",
            "the campaign",
        ),
        ("Bannon, who Beck on Wednesday called a horrible human being, left.", "called", "Beck"),
        ("They are focused on the drawdown, which they say left a vacuum.", "say", "they"),
        (
            "Black Lives Matter issued a statement saying it took the action.",
            "saying",
            "Black Lives Matter",
        ),
        ("A few minutes later they said it was over.", "said", "they"),
        (
            "Still, Cruz will rethink his approach, a source close to him said.",
            "said",
            "a source close to him",
        ),
        ("The changes, which officials said will start soon, will not apply.", "said", "officials"),
        (
            "Outside the campaign, many Democrats are warning against it.",
            "warning",
            "many Democrats",
        ),
        ("He was recommended for the job by Roger Stone, an aide.", "recommended", "Roger Stone"),
        (
            'It has been called "strategic ambiguity" by Joshua Hendrick.',
            "called",
            "Joshua Hendrick",
        ),
        (
            "Reince Priebus, the chairman, this past week announced it.",
            "announced",
            "Reince Priebus",
        ),
        (
            "They reacted to a shooting, where authorities reported 20 victims.",
            "reported",
            "authorities",
        ),
    ],
)
def test_subject_finder_shapes(sentence: str, cue: str, source: str) -> None:
    c = find_attributions(sentence)[0]
    assert sentence[c.cue[0] : c.cue[1]] == cue
    assert c.source is not None
    assert sentence[c.source[0] : c.source[1]] == source


def test_no_attribution_for_nouns() -> None:
    assert find_attributions("That's 30 states with 309 electoral votes.") == []
    assert find_attributions("Sony is based in Tokyo.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sony might turn around next year.", [("might", HedgeKind.MODAL)]),
        ("Sony sold around 5 million phones.", [("around", HedgeKind.APPROXIMATOR)]),
        ("It is likely to rain.", [("is likely to", HedgeKind.EPISTEMIC)]),
        (
            "Critics say Sony reportedly cut jobs.",
            [("Critics", HedgeKind.WEASEL), ("reportedly", HedgeKind.WEASEL)],
        ),
        ("It will definitely happen.", [("definitely", HedgeKind.BOOSTER)]),
        # not hedges: a named group of experts, a bound on a number, "can" of ability
        ("Experts at the lab measured nearly 60 samples.", []),
        ("The probation department works with experts.", []),
        ("He is nearly 60 years old and can run.", []),
        (
            "Some experts argue it might work.",
            [("Some experts", HedgeKind.WEASEL), ("might", HedgeKind.MODAL)],
        ),
    ],
)
def test_hedges(sentence: str, expected: list[tuple[str, HedgeKind]]) -> None:
    assert [(sentence[a:b], k) for a, b, k in find_hedges(sentence)] == expected


#: The hedge phrases as the one alternation they stand for, each alternative named by its kind.
_HEDGE_ALTERNATION = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<{kind.value}_{k}>{alt})"
        for k, (kind, alt) in enumerate(
            (kind, alt)
            for kind, pattern in _hedges._HEDGE_LEXICON
            for alt in _hedges._alternatives(pattern)
            if not re.fullmatch(r"[a-z]+(?:s\?)?", alt)
        )
    )
    + r")\b",
    re.IGNORECASE,
)
_HEDGE_PIECES = (
    "expect to",
    "expects to",
    "is likely to",
    "appear to",
    "not clear",
    "in theory",
    "some people",
    "many say",
    "several experts said",
    "critics warned",
    "experts",
    "it is said",
    "is said to",
    "it has been claimed",
    "according to sources",
    "widely regarded",
    "of course",
    "in fact",
    "without doubt",
    "no doubt",
    *"it is are to the said some of Sony , . ;".split(),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEDGE_PIECES), min_size=1, max_size=8))
def test_hedge_phrases_scanned_by_their_words_find_what_the_alternation_finds(
    pieces: list[str],
) -> None:
    """Scanning only the phrases whose words a sentence holds finds the same phrases."""
    sentence = " ".join(pieces)
    present = {w for _, _, w in word_hits(sentence, _hedges._PHRASE_WORDS)}
    expected = [
        (m.start(), m.end(), (m.lastgroup or "").rsplit("_", 1)[0])
        for m in _HEDGE_ALTERNATION.finditer(sentence)
    ]
    got = [(a, b, kind.value) for a, b, kind in _hedges._phrase_matches(sentence, present)]
    assert got == expected


# Pieces that make cues (single words and phrases), hedges, and words of neither.
_READER_PIECES = (
    *_HEDGE_PIECES,
    "said",
    "says",
    "told",
    "according to",
    "in a poll",
    "in the words of",
    "as reported by",
    "pointed out",
    "known as",
    "Sony admitted",
    "believes",
    "expects",
    "warned,",
    "noted that",
    "The report,",
    "he said",
    '"We are done,"',
    "Smith",
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_READER_PIECES), min_size=1, max_size=12).map(" ".join))
def test_cue_and_hedge_readers_given_shared_word_hits_read_what_they_read_alone(
    sentence: str,
) -> None:
    """The claims step locates cue and hedge words once for both: the same cues and hedges."""
    hits = word_hits(sentence, CUE_OR_PHRASE_WORDS | HEDGE_OR_PHRASE_WORDS)
    assert find_attributions(sentence, hits=hits) == find_attributions(sentence)
    assert find_hedges(sentence, hits=hits) == find_hedges(sentence)


def test_checkworthiness_explains_itself() -> None:
    high, why = _checkworthy.score(
        "Unemployment fell to 4.2 percent in 2019, the lowest rate since 1969."
    )
    low, _ = _checkworthy.score("Thank you very much, it is great to be here tonight.")
    assert high > 0.8 > low
    assert "number" in why


# Words that make the model's named signals, words and word pairs (repeated pairs included).
_SCORED_WORDS = (
    "the tax rate rose by 5 percent per cent in 2019 we will cut jobs and I said according to "
    "more than going to need the the of the Senate 's we'll"
).split()


@given(st.lists(st.sampled_from(_SCORED_WORDS), max_size=30).map(" ".join))
def test_checkworthiness_terms_are_the_features_the_model_knows(sentence: str) -> None:
    """Scoring reads the weights of exactly the training features (each word pair once)."""
    model = _checkworthy.load()
    features = _checkworthy.features(sentence)
    terms = model.terms(sentence)
    assert sorted(f for _, f in terms) == sorted(f for f in features if model.weights.get(f))
    assert math.isclose(model.bias + sum(w for w, _ in terms), model.raw(features), abs_tol=1e-9)


@given(st.lists(st.sampled_from(_SCORED_WORDS), max_size=30).map(" ".join))
def test_checkworthiness_score_is_the_logistic_of_its_terms(sentence: str) -> None:
    """The score and its signals are those of the terms, strongest first (names built lazily)."""
    model = _checkworthy.load()
    terms = model.terms(sentence)
    z = model.bias + math.fsum(w for w, _ in terms)
    pushing = sorted(((w, f) for w, f in terms if w > 0.05), reverse=True)[:5]
    prob, signals = _checkworthy.score(sentence, model)
    assert prob == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    assert signals == tuple(f.split(":", 1)[-1] for _, f in pushing)


def test_training_is_deterministic() -> None:
    texts = [
        "Taxes rose 5 percent.",
        "Thank you all.",
        "Jobs fell by 300,000.",
        "Good evening.",
    ] * 5
    labels = [1, 0, 1, 0] * 5
    a = _checkworthy.train(texts, labels, epochs=3)
    b = _checkworthy.train(texts, labels, epochs=3)
    assert a.to_json() == b.to_json()
    assert a.raw(_checkworthy.features("Taxes fell 3 percent.")) > a.raw(
        _checkworthy.features("Good evening, all.")
    )


def _kinds_of(text: str) -> dict[str, ClaimKind]:
    doc = articlekit.extract(text)
    return {c.text: c.kind for c in doc.claims}


def test_a_dialogue_dash_opens_direct_speech_where_the_language_prints_it_so() -> None:
    """A line after "–" is a speaker's words in Finnish (or Nordic, Russian, Spanish) news."""
    page = (
        "<html><body><article><h1>Metsäteollisuus luottaa hallitukseen</h1>"
        "<p>Metsäteollisuuden johto tapasi pääministerin keskiviikkona Helsingissä, ja "
        "keskustelu kesti kaksi tuntia.</p>"
        "<p>– Metsäteollisuus on Suomessa yhteiskunnallinen ja tärkeä asia, ja tässä on eri "
        "toimijoilla mielipiteitä.<br>Hämälä kertoi asiasta toimittajille tapaamisen jälkeen "
        "Helsingissä.</p>"
        "<p>– Keskustelu oli hyvä ja yhteys on aina ollut tiivis, Hämälä totesi.</p>"
        "</article></body></html>"
    )
    kinds = _kinds_of(page)
    speech = (
        "– Metsäteollisuus on Suomessa yhteiskunnallinen ja tärkeä asia, ja tässä on eri "
        "toimijoilla mielipiteitä."
    )
    assert kinds[speech] is ClaimKind.QUOTE
    assert kinds["– Keskustelu oli hyvä ja yhteys on aina ollut tiivis, Hämälä totesi."] is (
        ClaimKind.QUOTE
    )
    # the line after the quotation in the same paragraph is the writer's again
    after = "Hämälä kertoi asiasta toimittajille tapaamisen jälkeen Helsingissä."
    assert kinds[after] is ClaimKind.FACTUAL


def test_a_dash_opens_a_bullet_in_english() -> None:
    """English pages open list items with a dash: no speech."""
    page = (
        "<html><body><article><h1>The company reported on its year</h1>"
        "<p>The company said on Monday that it had a busy year in Europe and in Asia.</p>"
        "<p>– The company opened a new office in Berlin in the spring of that year.</p>"
        "<p>– It hired a new head of research for the office in Tokyo in the autumn.</p>"
        "</article></body></html>"
    )
    kinds = _kinds_of(page)
    bullet = "– The company opened a new office in Berlin in the spring of that year."
    assert kinds[bullet] is ClaimKind.FACTUAL
