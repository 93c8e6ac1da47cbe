"""The claims' kind evidence and the learned kind model judged against the rules.

:func:`claim_sentences` is what the claims step and the kind benchmark both read: the sentences
that are claims with the evidence of their kind (a linked fact, quotation marks, a block
quotation). The learned model lives in ``benchmarks/kinds_lobo.py`` (it did not beat the rules
leave-one-batch-out, so it is not shipped); these tests pin that it learns clear cases, keeps
the hard conventions and serialises, so the judgement can be repeated on more batches.
"""

from __future__ import annotations

import json
from types import ModuleType

import pytest

import articlekit
from _support import ROOT, load_module
from articlekit.claims.claims import claim_sentences
from articlekit.model import ClaimKind


@pytest.fixture(scope="module")
def lobo() -> ModuleType:
    return load_module("kinds_lobo", ROOT / "benchmarks" / "kinds_lobo.py")


PAGE = """<html><body><article><h1>Acme to cut 300 jobs next year</h1>
<p>Acme sold 8 million phones in 2012. The chief executive resigned on Monday.</p>
<blockquote><p>We are proud of our teams.</p></blockquote>
<p>\u201cWe will recover,\u201d said Jane Doe, a spokeswoman. Who could blame them?</p>
</article></body></html>"""


def test_claim_sentences_are_the_steps_claims() -> None:
    """The step makes one claim per candidate, in order, and nothing else."""
    doc = articlekit.extract(PAGE)
    candidates = list(claim_sentences(doc))
    assert [c.index for c in candidates] == [c.sentence for c in doc.claims]
    assert "Who could blame them?" not in [c.sentence.text for c in candidates]


def test_claim_sentences_evidence() -> None:
    """A linked figure, a block quotation and quotation marks are found per sentence."""
    doc = articlekit.extract(PAGE)
    by_text = {c.sentence.text: c for c in claim_sentences(doc)}
    sold = by_text["Acme sold 8 million phones in 2012."]
    assert sold.has_fact
    assert not sold.block_quote
    assert sold.quoted == 0.0
    resigned = by_text["The chief executive resigned on Monday."]
    assert not resigned.has_fact
    assert by_text["We are proud of our teams."].block_quote
    spoken = next(c for t, c in by_text.items() if t.startswith("\u201cWe will recover"))
    assert 0.2 < spoken.quoted < 1.0


CLEAR = [
    ("Sony will cut 10,000 jobs next year.", ClaimKind.FORECAST, True),
    ("The company will open a new plant in Ohio.", ClaimKind.FORECAST, False),
    ("The minister will travel to Paris next week.", ClaimKind.FORECAST, False),
    ("Prices are expected to rise again.", ClaimKind.FORECAST, False),
    ("I think the council should resign.", ClaimKind.OPINION, False),
    ("We believe the plan is a terrible mistake.", ClaimKind.OPINION, False),
    ("This is the best film of the year!", ClaimKind.OPINION, False),
    ("I really think they should have waited.", ClaimKind.OPINION, False),
    ("The mayor opened the bridge in March.", ClaimKind.FACTUAL, False),
    ("Police arrested the driver after the crash.", ClaimKind.FACTUAL, False),
    ("The company was founded in Tokyo.", ClaimKind.FACTUAL, False),
    ("The court rejected the appeal on Tuesday.", ClaimKind.FACTUAL, False),
    ("Sales fell 5% to $3 billion.", ClaimKind.STATISTIC, True),
    ("The city has 40,000 residents.", ClaimKind.STATISTIC, True),
]


def _feats(lobo: ModuleType, text: str, *, has_fact: bool) -> list[str]:
    feats: list[str] = lobo.features(text, has_fact=has_fact)
    return feats


def test_learns_clear_cases(lobo: ModuleType) -> None:
    """Trained on clear cases, it decides unseen clear ones: 'will', 'I think … should', past."""
    model = lobo.train([_feats(lobo, t, has_fact=f) for t, _, f in CLEAR], [k for _, k, _ in CLEAR])
    for text, kind, fact in [
        ("The museum will close its doors next month.", ClaimKind.FORECAST, False),
        ("I think the referee should apologise.", ClaimKind.OPINION, False),
        ("The firefighters rescued two cats on Sunday.", ClaimKind.FACTUAL, False),
    ]:
        feats = _feats(lobo, text, has_fact=fact)
        quote = any(f.startswith("quote:") for f in feats)
        assert lobo.decide(model, feats, has_fact=fact, quote=quote) is kind, text


def test_hard_conventions(lobo: ModuleType) -> None:
    """No linked fact, never a statistic; no quotation evidence, never a quote."""
    rows = [_feats(lobo, t, has_fact=f) for t, _, f in CLEAR]
    model = lobo.train(rows, [ClaimKind.STATISTIC] * len(rows))
    feats = _feats(lobo, "The mayor opened the bridge in March.", has_fact=False)
    assert lobo.decide(model, feats, has_fact=False, quote=False) is not ClaimKind.STATISTIC
    model = lobo.train(rows, [ClaimKind.QUOTE] * len(rows))
    assert lobo.decide(model, feats, has_fact=False, quote=False) is not ClaimKind.QUOTE


def test_features_name_the_rules_evidence(lobo: ModuleType) -> None:
    """The rule's kind and every piece of evidence below it are features, not only the first."""
    feats = lobo.features("I think the plan will fail badly!", has_fact=False, words=False)
    assert feats[0] == "rule:forecast"  # the rules stop at the future reference ...
    assert "eval:stance" in feats  # ... the model still sees the stance
    assert "future:will" in feats
    assert {"first_person", "exclamation"} <= set(feats)
    assert not any(f.startswith(("w:", "b:")) for f in feats)


def test_model_json_shape(lobo: ModuleType) -> None:
    """The model serialises as one bias and weight tables (by kind of feature) per kind."""
    model = lobo.train([_feats(lobo, t, has_fact=f) for t, _, f in CLEAR], [k for _, k, _ in CLEAR])
    data = json.loads(model.to_json())
    assert set(data["kinds"]) == {"quote", "forecast", "statistic", "opinion", "factual"}
    assert all(set(m) == {"bias", "named", "words", "pairs"} for m in data["kinds"].values())
    assert data["words"] is True


def test_lexicon_rule_changes_only_what_its_mode_allows(lobo: ModuleType) -> None:
    """The lexicon moves only what its mode allows.

    ``up`` only turns a rule factual into an opinion at or above the threshold; ``down`` only
    turns an opinion resting on judgement words alone into a factual (statistic with a fact).
    """
    factual = {"rule": "factual", "has_fact": False}
    statistic = {"rule": "statistic", "has_fact": True}
    words = {"rule": "opinion", "has_fact": True, "words_only": True}
    stance = {"rule": "opinion", "has_fact": False, "words_only": False}
    assert lobo._with_lexicon(factual, 0.8, 0.5, "up") == "opinion"
    assert lobo._with_lexicon(factual, 0.4, 0.5, "up") == "factual"
    assert lobo._with_lexicon(statistic, 0.9, 0.5, "up") == "statistic"
    assert lobo._with_lexicon(words, 0.1, 0.5, "down") == "statistic"
    assert lobo._with_lexicon(words, 0.6, 0.5, "down") == "opinion"
    assert lobo._with_lexicon(stance, 0.0, 0.5, "down") == "opinion"


def test_opinion_macro_f1(lobo: ModuleType) -> None:
    """Opinion against not-opinion: perfect is 1, one of each class wrong halves both F1s."""
    perfect = [("opinion", "opinion"), ("factual", "quote"), ("statistic", "factual")]
    assert lobo._opinion_f1(perfect) == 1.0
    swapped = [("opinion", "factual"), ("factual", "opinion")]
    assert lobo._opinion_f1(swapped) == 0.0
    half = [("opinion", "opinion"), ("opinion", "factual"), ("factual", "factual")]
    assert lobo._opinion_f1(half) == pytest.approx(2 / 3)  # each class: tp 1, one error


def test_lexicon_scores_read_judgements(lobo: ModuleType) -> None:
    """The library lexicons (bench extra) score a judgement above a past-tense report.

    Pattern's negation keeps "not bad" subjective while turning its polarity.
    """
    sentiments = pytest.importorskip("textblob.en.sentiments")
    pytest.importorskip("vaderSentiment")
    scores = lobo.lexicon_scores()
    judged, reported = "This is a terrible decision.", "The council approved the budget on Tuesday."
    for name in ("pattern subjectivity", "pattern |polarity|", "vader |compound|"):
        assert scores[name](judged) > scores[name](reported), name
    assert scores["pattern subjectivity"]("It is not bad.") > 0.5
    assert sentiments.PatternAnalyzer().analyze("It is not bad.").polarity > 0
