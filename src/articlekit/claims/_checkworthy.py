"""Check-worthiness: a small logistic regression over transparent sentence features.

The model is a weight per feature (words, word pairs, and named signals such as ``number`` or
``first_person``) plus a bias, stored in ``data/checkworthiness.json``. ``scripts/
train_checkworthiness.py`` retrains it reproducibly from the ClaimBuster training split of the
development corpora with :func:`train` (AdaGrad on the logistic loss with L2, fixed order, no
randomness), so no machine-learning library is needed at run time or to retrain.

:func:`score` returns the probability and the signals that fired, strongest first, so a user can
see why a sentence ranks where it does.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Final

import attrs

from articlekit._patterns import compile_later

__all__ = [
    "Model",
    "debate_features",
    "features",
    "load",
    "score",
    "train",
    "train_features",
]

_WORD: Final = compile_later(r"[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[$€£%]")
_NUMBER_WORDS: Final = frozenset(
    (
        "hundred thousand million billion trillion percent half twice double doubled tripled "
        "dozen $ € £ %"
    ).split()
)
_STAT_WORDS: Final = frozenset(
    (
        "percent rate rates tax taxes job jobs deficit debt budget cost costs revenue income "
        "wage wages price prices average median poll survey gdp economy inflation growth loss "
        "losses profit profits sales population record highest lowest largest unemployment "
        "unemployed spending spend spent statistics statistic"
    ).split()
)
_CHANGE_WORDS: Final = frozenset(
    (
        "increase increased increases increasing decrease decreased decreases decreasing rose "
        "risen fell fallen grew grown decline declined declines declining doubled tripled cut "
        "cuts slash slashed slashing reduce reduced reduces reduction raised lowered narrow "
        "narrowed narrows since compared"
    ).split()
)
_CHANGE_PHRASES: Final = ("more than", "less than", "fewer than", "at least", "up to")
_FIRST_PERSON: Final = frozenset(["i", "i'm", "i've", "i'll", "me", "my", "mine"])
_WE: Final = frozenset(["we", "we're", "we've", "we'll", "us", "our", "ours"])
_FUTURE: Final = frozenset(["will", "won't", "would", "gonna"])
_FUTURE_PHRASES: Final = ("going to", "'ll", "’ll", "plan to", "plans to")
_MODAL: Final = frozenset(["should", "must", "ought"])
_MODAL_PHRASES: Final = ("need to", "needs to", "have to", "has to")
_REPORT: Final = frozenset(
    (
        "said says told reported announced admitted confirmed found showed study report estimated"
    ).split()
)
_DIGIT: Final = compile_later(r"\d")
_YEAR: Final = compile_later(r"\b(?:19|20)\d\d\b")
_CAPITAL_INSIDE: Final = compile_later(r"(?<=[a-z,;:] )(?!I\b)[A-Z][a-z]+")


def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of the literal ``phrases`` (as ``any(p in text for p in phrases)``)."""
    return compile_later("|".join(re.escape(p) for p in phrases))


_CHANGE_PHRASE: Final = _any_of(_CHANGE_PHRASES)
_FUTURE_PHRASE: Final = _any_of(_FUTURE_PHRASES)
_MODAL_PHRASE: Final = _any_of(_MODAL_PHRASES)
_PHATIC: Final = compile_later(
    r"^(?:thank|thanks|good (?:evening|morning|night)|well[,.]|yes[,.]|no[,.]|okay|ok[,.]|"
    r"all right|applause|laughter)",
    re.IGNORECASE,
)


def features(sentence: str) -> list[str]:
    """The binary features of a sentence: named signals, words and adjacent word pairs.

    >>> features("Sales fell 5%.")[:4]
    ['number', 'statistic_word', 'change_word', 'length_0']
    """
    words, present, out = _signals(sentence)
    out.extend(f"w:{w}" for w in present)
    out.extend({f"b:{a} {b}" for a, b in pairwise(words)})
    return out


def _signals(sentence: str) -> tuple[list[str], set[str], list[str]]:
    """The sentence's words, their set, and its named signals (length included)."""
    low = sentence.lower()
    words = _WORD.findall(low)
    present = set(words)
    out: list[str] = []
    if _DIGIT.search(low) or not present.isdisjoint(_NUMBER_WORDS) or "per cent" in low:
        out.append("number")
    if not present.isdisjoint(_STAT_WORDS):
        out.append("statistic_word")
    if not present.isdisjoint(_CHANGE_WORDS) or _CHANGE_PHRASE.search(low):
        out.append("change_word")
    if "number" in out and _YEAR.search(sentence):
        out.append("year")
    if not present.isdisjoint(_FIRST_PERSON):
        out.append("first_person")
    if not present.isdisjoint(_WE):
        out.append("we")
    if not present.isdisjoint(_FUTURE) or _FUTURE_PHRASE.search(low):
        out.append("future")
    if not present.isdisjoint(_MODAL) or _MODAL_PHRASE.search(low):
        out.append("obligation")
    if not present.isdisjoint(_REPORT) or "according to" in low:
        out.append("reporting")
    if _CAPITAL_INSIDE.search(sentence):
        out.append("named_entity")
    if sentence.rstrip().endswith("?"):
        out.append("question")
    if _PHATIC.match(sentence.lstrip()):
        out.append("phatic")
    out.append(f"length_{min(len(words) // 6, 6)}")
    return words, present, out


_SIGNAL_WEIGHT: Final = 0.05


def _signal_name(feature: str) -> str:
    """A named feature's name as a signal: without its ``kind:`` prefix, if any."""
    return feature.split(":", 1)[1] if ":" in feature else feature


#: a known feature's weight, the feature, and its name as a signal (the feature without its
#: ``w:``/``b:`` prefix)
_Term = tuple[float, str, str]


@attrs.frozen
class Model:
    """A weight per feature and a bias; the probability is the logistic of their sum.

    The weights are kept by kind of feature, as the shipped file holds them: named signals
    (``number``, ``length_2``) as they are, words (``w:``) and word pairs (``b:``, written
    ``"a b"``) without their prefix. Zero weights are left out.
    """

    named: dict[str, float] = attrs.field(hash=False)
    words: dict[str, float] = attrs.field(hash=False)
    pairs: dict[str, float] = attrs.field(hash=False)
    bias: float = 0.0
    #: each known feature's term ``(weight, feature, signal name)`` by named signal, by word and
    #: by word pair, so scoring a sentence builds no feature string: it looks up its words and
    #: pairs (in C, by set intersections) and gets their terms
    _named_terms: dict[str, _Term] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _word_terms: dict[str, _Term] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _pair_terms: dict[tuple[str, str], _Term] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        """Build each known feature's term."""
        named = {k: (v, k, _signal_name(k)) for k, v in self.named.items() if v}
        words = {k: (v, "w:" + k, k) for k, v in self.words.items() if v}
        pairs: dict[tuple[str, str], _Term] = {}
        for k, v in self.pairs.items():
            if v:
                first, second = k.split(" ", 1)
                pairs[first, second] = (v, "b:" + k, k)
        object.__setattr__(self, "_named_terms", named)
        object.__setattr__(self, "_word_terms", words)
        object.__setattr__(self, "_pair_terms", pairs)

    @classmethod
    def from_weights(cls, weights: Mapping[str, float], bias: float = 0.0) -> Model:
        """The model of feature weights (``w:word``, ``b:first second``, named signals)."""
        named: dict[str, float] = {}
        words: dict[str, float] = {}
        pairs: dict[str, float] = {}
        for k, v in weights.items():
            if not v:
                continue
            prefix = k[:2]
            if prefix == "w:":
                words[k[2:]] = v
            elif prefix == "b:" and " " in k:
                pairs[k[2:]] = v
            else:
                named[k] = v
        return cls(named, words, pairs, bias)

    @property
    def weights(self) -> dict[str, float]:
        """Every feature's weight, by the feature's name as :func:`features` writes it."""
        out = dict(self.named)
        out.update({f"w:{k}": v for k, v in self.words.items()})
        out.update({f"b:{k}": v for k, v in self.pairs.items()})
        return out

    def weight(self, feature: str) -> float:
        """One feature's weight (0 for a feature the model does not know)."""
        prefix = feature[:2]
        if prefix == "w:":
            return self.words.get(feature[2:], 0.0)
        if prefix == "b:" and " " in feature:
            return self.pairs.get(feature[2:], 0.0)
        return self.named.get(feature, 0.0)

    def terms(self, sentence: str) -> list[tuple[float, str]]:
        """The weight of each feature of ``sentence`` that the model knows, with its name."""
        return [(w, f) for w, f, _ in self.named_terms(sentence)]

    def named_terms(self, sentence: str) -> list[_Term]:
        """As :meth:`terms`, each with its signal name (in no fixed order; each pair once)."""
        words, present, named = _signals(sentence)
        get = self._named_terms.get
        out = [t for f in named if (t := get(f)) is not None]
        # the intersections run in C over the sentence's own words and pairs
        out.extend(map(self._word_terms.__getitem__, self._word_terms.keys() & present))
        pairs = self._pair_terms
        out.extend(map(pairs.__getitem__, pairs.keys() & pairwise(words)))
        return out

    def raw(self, feats: Iterable[str]) -> float:
        """The linear score (log-odds) of a feature list."""
        return self.bias + sum(map(self.weight, feats))

    def to_json(self) -> str:
        """The model as compact JSON (weights rounded to 4 decimals, zeros dropped).

        Kept by kind of feature, as the model holds them: loading reads no feature name apart.
        """

        def rounded(weights: dict[str, float]) -> dict[str, float]:
            return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}

        data = {
            "bias": round(self.bias, 4),
            "named": rounded(self.named),
            "words": rounded(self.words),
            "pairs": rounded(self.pairs),
        }
        return json.dumps(data, sort_keys=True)


def train(
    texts: Sequence[str],
    labels: Sequence[int],
    *,
    epochs: int = 60,
    rate: float = 0.01,
    l2: float = 1e-4,
    min_count: int = 2,
) -> Model:
    """Fit the logistic regression with AdaGrad, deterministically (fixed order, no sampling).

    Features seen fewer than ``min_count`` times are dropped (they would only memorise). The
    defaults were chosen on an inner validation split of the ClaimBuster training share (never
    on the share the harness scores): rate .01 and 60 epochs gave inner AUC .913 against .865
    for rate .3 and 12 epochs.
    """
    return train_features(
        [features(t) for t in texts], labels, epochs=epochs, rate=rate, l2=l2, min_count=min_count
    )


def train_features(
    rows: Sequence[Sequence[str]],
    labels: Sequence[int],
    *,
    epochs: int = 60,
    rate: float = 0.01,
    l2: float = 1e-4,
    min_count: int = 2,
) -> Model:
    """Fit the logistic regression on feature lists (see :func:`train`)."""
    counts: dict[str, int] = {}
    for row in rows:
        for f in row:
            counts[f] = counts.get(f, 0) + 1
    kept = [[f for f in row if counts[f] >= min_count] for row in rows]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, bias_g2 = 0.0, 0.0
    for _ in range(epochs):
        for row, y in zip(kept, labels, strict=True):
            z = bias + sum(w.get(f, 0.0) for f in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - float(y)
            bias_g2 += grad * grad
            bias -= rate * grad / math.sqrt(bias_g2 + 1e-8)
            for f in row:
                gf = grad + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + gf * gf
                w[f] = w.get(f, 0.0) - rate * gf / math.sqrt(g2[f] + 1e-8)
    return Model.from_weights(w, bias)


@cache
def load() -> Model:
    """The shipped model (``data/checkworthiness.json``)."""
    raw = resources.files("articlekit.claims").joinpath("data/checkworthiness.json")
    data = json.loads(raw.read_text("utf-8"))  # written by ``Model.to_json``: names to floats
    return Model(data["named"], data["words"], data["pairs"], float(data["bias"]))


def score(sentence: str, model: Model | None = None) -> tuple[float, tuple[str, ...]]:
    """The check-worthiness probability of ``sentence`` and the signals that raised it.

    Signals are the named signals and words whose weight pushed the score up, strongest first
    (at most five).
    """
    m = model or load()
    terms = m.named_terms(sentence)
    # fsum is exact whatever the terms' order (a set's, which depends on the hash seed).
    z = m.bias + math.fsum([t[0] for t in terms])
    prob = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    # a term's feature is unique, so the sort never reaches the signal name
    pushing = sorted([t for t in terms if t[0] > _SIGNAL_WEIGHT], reverse=True)
    signals = tuple(t[2] for t in pushing[:5])
    return prob, signals


_SHARE_BUCKETS: Final = 10
_TURN_BUCKETS: Final = (1, 2, 4, 8)


def debate_features(speakers: Sequence[str], texts: Sequence[str]) -> list[list[str]]:
    """Sentence features plus the debate's own context, for each line of a transcript.

    Check-worthiness in a debate is a ranking within it: who speaks (a moderator who asks most
    of the questions, or a candidate who holds the floor), where a sentence stands in its turn
    (the first sentence after someone else's question, the last of a long answer), how long the
    turn is, and whether the sentences around it hold figures or comparisons.

    >>> rows = debate_features(["MOD", "A", "A"], ["Is it true?", "Taxes rose 5%.", "Thanks."])
    >>> [f for f in rows[1] if f.startswith("ctx:")][:4]
    ['ctx:turn_first', 'ctx:answers_question', 'ctx:speaker_share_6', 'ctx:speaker_asks_0']
    """
    n = len(texts)
    lines: dict[str, int] = {}
    asks: dict[str, int] = {}
    for speaker, text in zip(speakers, texts, strict=True):
        lines[speaker] = lines.get(speaker, 0) + 1
        asks[speaker] = asks.get(speaker, 0) + text.rstrip().endswith("?")
    turns = _turn_lengths(speakers)
    plain = [features(text) for text in texts]
    out = []
    for i, (speaker, row) in enumerate(zip(speakers, plain, strict=True)):
        ctx = []
        first = i == 0 or speakers[i - 1] != speaker
        if first:
            ctx.append("ctx:turn_first")
            if i and texts[i - 1].rstrip().endswith("?"):
                ctx.append("ctx:answers_question")
        if i == n - 1 or speakers[i + 1] != speaker:
            ctx.append("ctx:turn_last")
        ctx.append(f"ctx:speaker_share_{min(_SHARE_BUCKETS * lines[speaker] // n, 9)}")
        ctx.append(f"ctx:speaker_asks_{4 * asks[speaker] // lines[speaker]}")
        ctx.append(f"ctx:turn_{sum(turns[i] > b for b in _TURN_BUCKETS)}")
        for side, j in (("prev", i - 1), ("next", i + 1)):
            if 0 <= j < n and speakers[j] == speaker:
                ctx.extend(
                    f"ctx:{side}_{f}"
                    for f in plain[j]
                    if f in {"number", "statistic_word", "change_word", "year"}
                )
        out.append([*row, *ctx])
    return out


def _turn_lengths(speakers: Sequence[str]) -> list[int]:
    """For each line, how many lines its speaker's turn holds."""
    out = [0] * len(speakers)
    start = 0
    for i in range(1, len(speakers) + 1):
        if i == len(speakers) or speakers[i] != speakers[start]:
            out[start:i] = [i - start] * (i - start)
            start = i
    return out
