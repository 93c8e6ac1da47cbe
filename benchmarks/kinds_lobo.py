"""Claim kinds, rules against the learned model, judged leave-one-batch-out.

Every labelled batch (``benchmarks/data/claims-{sample,fresh,...,fresh18}.jsonl``, the sets
of ``claims_sample.py``, each from pages no other batch uses; nineteen since stop 69). For each
batch, the kind model is trained on the true claims of the others (optionally with NewsSD's
training sentences for opinion against fact) and scored
on the held-out batch's true claims that the pipeline detects; the rules are scored on the same
claims. One table: per batch and pooled, rules and learned kind accuracy and the difference in
sentences.

    python benchmarks/kinds_lobo.py                 # the shipped configuration
    python benchmarks/kinds_lobo.py --newssd        # with NewsSD train added to opinion/factual
    python benchmarks/kinds_lobo.py --no-words      # named evidence only, no words and pairs
    python benchmarks/kinds_lobo.py --no-constraints  # statistic/quote evidence not enforced

The model: one-vs-rest logistic regression, one :class:`articlekit.claims._checkworthy.Model`
per kind, trained with the check-worthiness model's deterministic trainer (``train_features``:
AdaGrad, fixed order). Its features are the evidence the kind rules (``claims/_kinds.py``) find —
which rule fired, and every other piece of evidence further down their order (a future reference,
a linked numeric fact, evaluative words, obligations, stance, quotation marks, attributions) —
plus cheap cues of how writers write opinions and forecasts (first and second person,
exclamations, intensifiers, modal particles, modals, tense, emoji, length) and the sentence's words
and word pairs. Two conventions are hard constraints unless ``--no-constraints``: no linked fact,
no ``statistic``; no quotation evidence, no ``quote``.

It did not beat the rules (see ``docs/claims.md``), so it is not shipped: this script holds it
so the judgement can be repeated when more batches are labelled. Features are computed once per
run from the default pipeline (their input does not depend on the model), so all folds see the
same claims; ``--cache FILE`` keeps them between runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, Final

import attrs

import articlekit
from articlekit.claims import _kinds
from articlekit.claims._attribution import Cue
from articlekit.claims._checkworthy import Model, train_features
from articlekit.claims._vocab import QUOTES
from articlekit.claims.claims import claim_sentences, find_attributions
from articlekit.model import ClaimKind

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import claims_sample  # noqa: E402

#: The kinds, in the order ties are broken (the rules' order).
KINDS: Final = (
    ClaimKind.QUOTE,
    ClaimKind.FORECAST,
    ClaimKind.STATISTIC,
    ClaimKind.OPINION,
    ClaimKind.FACTUAL,
)
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_FIRST_PERSON: Final = frozenset(
    "i i'm i've i'd i'll me my mine ich mich mir mein meine meiner je moi mon ma mes yo".split()
)
_WE: Final = frozenset("we we're we've us our ours wir uns unser unsere nous notre nos".split())
_YOU: Final = frozenset(
    "you you're you've your yours du dich dir dein deine ihr euch euer eure vous votre".split()
)
_INTENSIFIERS: Final = frozenset(
    (
        "so very really too quite pretty absolutely totally extremely incredibly simply just "
        "truly highly such sehr so wirklich total absolut einfach echt besonders ganz très "
        "vraiment"
    ).split()
)
_PAST: Final = frozenset(
    "was were had did said told went came made took gave found saw got war waren hatte hatten "
    "wurde wurden sagte".split()
)
_PRESENT_BE: Final = frozenset("is are am isn't aren't ist sind bin est sont es son".split())
_HEDGES: Final = frozenset(
    "may might could perhaps maybe probably possibly seems seem appears likely vielleicht "
    "wohl wahrscheinlich peut-être".split()
)
#: German modal particles and their kin: the writer's stance in one word ("das ist doch klar").
_PARTICLES: Final = frozenset(
    "doch wohl ja eben halt eigentlich sicher bestimmt natürlich einfach schon nun".split()
)
#: Obligation and permission in any person: "muss", "must", "soll", "have to", "darf".
_MODALS: Final = frozenset(
    (
        "must should ought need needs muss musst müssen müsste soll sollte sollten sollen darf "
        "dürfen kann können könnte doit faut devrait"
    ).split()
)
_COMPARATIVE: Final = frozenset("than als que more less mehr weniger plus moins".split())
_EMOJI: Final = 0x1F300
_LENGTH_STEP: Final = 6
_LENGTH_MAX: Final = 6
_SPOKEN_SHARE: Final = 0.2
_QUOTED_SHARE: Final = 0.8


def features(
    sentence: str,
    *,
    has_fact: bool,
    attributions: Sequence[Cue] = (),
    quoted: float = 0.0,
    block_quote: bool = False,
    words: bool = True,
    rule: ClaimKind | None = None,
) -> list[str]:
    """The model's features of a claim: the rule kind and all its evidence, cues, words.

    Args:
        sentence: the claim's sentence.
        has_fact: whether a numeric fact that makes a statistic lies in it.
        attributions: its attributions.
        quoted: the share of it inside quotation marks (quotations of its paragraph counted).
        block_quote: whether it stands in a block quotation.
        words: whether to add the words and word pairs (named evidence only without).
        rule: the rules' kind, when already known (:func:`._kinds.claim_kind`).

    >>> features("I think the plan is awful!", has_fact=False, words=False)[:4]
    ['rule:opinion', 'eval:stance', 'eval:evaluative', 'eval_count_2']
    """
    if rule is None:
        rule, _ = _kinds.claim_kind(
            sentence,
            has_fact=has_fact,
            attributions=attributions,
            quoted=quoted,
            block_quote=block_quote,
        )
    out = [f"rule:{rule.value}"]
    ordered = [w.lower() for w in _WORD.findall(sentence)]
    present = frozenset(ordered)
    evaluation = _kinds.evaluation(sentence, present, ordered)
    out.extend(dict.fromkeys(f"eval:{e.split(':', 1)[0]}" for e in evaluation))
    if evaluation:
        out.append(f"eval_count_{min(len(evaluation), 3)}")
    future = _kinds.future(sentence, present)
    if future is not None:
        out.extend(("future", f"future:{future.split()[0]}"))
    quote = _kinds.quote_evidence(sentence, attributions, quoted=quoted, block_quote=block_quote)
    if quote is not None:
        out.append(f"quote:{quote}")
    out.extend(
        _context(
            has_fact=has_fact, attributions=attributions, quoted=quoted, block_quote=block_quote
        )
    )
    out.extend(_cues(sentence, present))
    out.append(f"length_{min(len(ordered) // _LENGTH_STEP, _LENGTH_MAX)}")
    if words:
        out.extend(f"w:{w}" for w in sorted(present))
        out.extend(sorted({f"b:{a} {b}" for a, b in pairwise(ordered)}))
    return out


def _context(
    *, has_fact: bool, attributions: Sequence[Cue], quoted: float, block_quote: bool
) -> list[str]:
    """Named cues of the claim's context: a linked fact, quotation marks, attributions."""
    out = []
    if has_fact:
        out.append("fact")
    if block_quote:
        out.append("block_quote")
    if quoted >= _QUOTED_SHARE:
        out.append("quoted_most")
    elif quoted >= _SPOKEN_SHARE:
        out.append("quoted_some")
    elif quoted > 0:
        out.append("quoted_little")
    if attributions:
        out.append("attribution")
        if any(c.speech for c in attributions):
            out.append("attribution_speech")
        if any(c.is_direct for c in attributions):
            out.append("attribution_direct")
    return out


def _cues(sentence: str, present: frozenset[str]) -> list[str]:
    """Named cues of the wording: person, intensifiers, particles, tense, punctuation."""
    out = []
    for name, vocab in (
        ("first_person", _FIRST_PERSON),
        ("we", _WE),
        ("you", _YOU),
        ("intensifier", _INTENSIFIERS),
        ("past", _PAST),
        ("present_be", _PRESENT_BE),
        ("hedge", _HEDGES),
        ("particle", _PARTICLES),
        ("modal", _MODALS),
        ("comparative", _COMPARATIVE),
    ):
        if present & vocab:
            out.append(name)
    stripped = sentence.rstrip(QUOTES + " ")
    if stripped.endswith("!"):
        out.append("exclamation")
    if "?" in sentence:
        out.append("question_mark")
    if any(c.isdigit() for c in sentence):
        out.append("digit")
    if any(ord(c) >= _EMOJI for c in sentence):
        out.append("emoji")
    if sum(w.endswith("ly") for w in present) >= 1:
        out.append("adverb_ly")
    return out


@attrs.frozen
class KindModel:
    """One logistic model per claim kind; the kind is the one whose score is highest."""

    models: dict[ClaimKind, Model] = attrs.field(hash=False)
    #: whether the model was trained with words and word pairs (see :func:`features`)
    words: bool = True

    def scores(self, feats: Sequence[str]) -> dict[ClaimKind, float]:
        """The log-odds of each kind for a feature list."""
        return {kind: model.raw(feats) for kind, model in self.models.items()}

    def to_json(self) -> str:
        """The model as JSON: per kind a bias and weights by kind of feature (rounded)."""
        return json.dumps(
            {
                "words": self.words,
                "kinds": {
                    kind.value: json.loads(self.models[kind].to_json())
                    for kind in KINDS
                    if kind in self.models
                },
            },
            sort_keys=True,
            indent=0,
        )


def train(
    rows: Sequence[Sequence[str]],
    labels: Sequence[ClaimKind],
    *,
    words: bool = True,
    epochs: int = 60,
    rate: float = 0.05,
    l2: float = 1e-4,
    min_count: int = 2,
) -> KindModel:
    """Fit one model per kind on feature lists (from :func:`features`), deterministically."""
    models = {
        kind: train_features(
            rows,
            [int(label == kind) for label in labels],
            epochs=epochs,
            rate=rate,
            l2=l2,
            min_count=min_count,
        )
        for kind in KINDS
    }
    return KindModel(models=models, words=words)


def decide(
    model: KindModel,
    feats: Sequence[str],
    *,
    has_fact: bool,
    quote: bool,
) -> ClaimKind:
    """The kind with the highest score among those the hard conventions allow."""
    scores = model.scores(feats)
    allowed = [
        k
        for k in KINDS
        if k in scores
        and (k is not ClaimKind.STATISTIC or has_fact)
        and (k is not ClaimKind.QUOTE or quote)
    ]
    return max(allowed, key=lambda k: scores[k])


#: Every labelled batch, in the order ``claims_sample.py`` lists them (sample, fresh, fresh2 …).
BATCHES = tuple(claims_sample.SETS)
NEWSSD = ROOT.parent / "shared" / "corpora" / "claims" / "newssd" / "train.csv"


_PAGE_SHARES: Final = (0.1, 0.25)


def _bucket(share: float) -> int:
    return sum(share >= b for b in _PAGE_SHARES) + (share > 0)


def page_context(doc: articlekit.Document) -> dict[int, list[str]]:
    """Context features per claim (by sentence index): where it is, the claim before, the page.

    Where: headline, body or comment. The claim before it in the same paragraph or comment: its
    rule kind. The page: the share of its claims the rules call opinions, and of its claims in
    the first person (reviews, blogs and comment threads argue; reports do not).
    """
    claims = doc.claims
    if not claims:
        return {}
    opinions = sum(c.kind is ClaimKind.OPINION for c in claims) / len(claims)
    first = sum(
        bool(_FIRST_PERSON & {w.lower() for w in _WORD.findall(c.text)}) for c in claims
    ) / len(claims)
    page = [f"ctx:page_opinion_{_bucket(opinions)}", f"ctx:page_first_person_{_bucket(first)}"]
    out: dict[int, list[str]] = {}
    prev: tuple[int | None, int | None, str] | None = None
    for c in claims:
        s = doc.sentences[c.sentence]
        where = (
            "comment"
            if s.comment is not None
            else "body"
            if s.paragraph is not None
            else "headline"
        )
        block = (s.paragraph, s.comment)
        before = prev[2] if prev is not None and prev[:2] == block else "none"
        out[c.sentence] = [f"ctx:where_{where}", f"ctx:prev_{before}", *page]
        prev = (*block, c.kind.value)
    return out


def labelled_claims() -> dict[str, list[dict[str, Any]]]:
    """Per batch: each labelled true claim the pipeline detects, with gold, rule kind, features.

    Each item: ``gold``, ``rule`` (kind values), ``feats``, ``has_fact``, ``quote`` (whether the
    quote evidence is there), ``text``.
    """
    pipeline = articlekit.Pipeline.default()
    out: dict[str, list[dict[str, Any]]] = {}
    second = _second_labels()
    rows_by = {
        b: [
            {**json.loads(line), "second": second.get((claims_sample.SETS[b].stem, i))}
            for i, line in enumerate(claims_sample.SETS[b].read_text(encoding="utf-8").splitlines())
            if line
        ]
        for b in BATCHES
    }
    wanted = {r["page"] for rows in rows_by.values() for r in rows}
    docs = {
        pid: articlekit.extract(raw, url=url, pipeline=pipeline)
        for pid, raw, url in claims_sample._pages()  # noqa: SLF001
        if pid in wanted
    }
    contexts: dict[str, dict[int, list[str]]] = {}
    for b, rows in rows_by.items():
        items = []
        for row in rows:
            if not row.get("claim") or row["page"] not in docs:
                continue
            doc = docs[row["page"]]
            span = claims_sample._locate(doc.source.text, row)  # noqa: SLF001
            if span is None:
                continue
            a, e = span
            best, cand = 0, None
            for c in claim_sentences(doc):
                s = c.sentence.span
                overlap = min(e, s.end) - max(a, s.start)
                if overlap > best:
                    best, cand = overlap, c
            if cand is None or best * 2 <= e - a:
                continue  # not detected: kinds are judged on detected true claims
            context = contexts.setdefault(row["page"], page_context(doc))
            text = cand.sentence.text
            cues = find_attributions(text)
            rule, _ = _kinds.claim_kind(
                text,
                has_fact=cand.has_fact,
                attributions=cues,
                quoted=cand.quoted,
                block_quote=cand.block_quote,
            )
            feats = features(
                text,
                has_fact=cand.has_fact,
                attributions=cues,
                quoted=cand.quoted,
                block_quote=cand.block_quote,
                rule=rule,
            )
            items.append(
                {
                    "gold": row["kind"],
                    "rule": rule.value,
                    "feats": feats + context.get(cand.index, []),
                    "has_fact": cand.has_fact,
                    "quote": any(f.startswith("quote:") for f in feats),
                    "text": text,
                    "second": row["second"],
                }
            )
        out[b] = items
    return out


def _second_labels() -> dict[tuple[str, int], str | None]:
    """The second labelling's kind of each sentence (``claims_agreement.py``), by file and line.

    ``None`` where the second reader found no claim.
    """
    path = claims_sample.DATA / "claims-relabel.jsonl"
    out: dict[tuple[str, int], str | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["set"], row["line"]] = row["kind"] if row["claim"] else None
    return out


def newssd_rows(*, words: bool = True) -> list[dict[str, Any]]:
    """NewsSD training sentences as opinion (SUBJ) or factual (OBJ) claims without context."""
    with NEWSSD.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        text = " ".join(r["Sentence"].split())
        feats = features(text, has_fact=False, words=words)
        gold = "opinion" if r["Label"] == "SUBJ" else "factual"
        out.append({"gold": gold, "feats": feats, "has_fact": False, "quote": False})
    return out


def fit(
    items: list[dict[str, Any]], *, words: bool, epochs: int, rate: float, l2: float
) -> KindModel:
    """Train the kind model on labelled items."""
    return train(
        [i["feats"] for i in items],
        [ClaimKind(i["gold"]) for i in items],
        words=words,
        epochs=epochs,
        rate=rate,
        l2=l2,
    )


def predict(model: KindModel, item: dict[str, Any], *, constraints: bool = True) -> str:
    """The model's kind of one labelled item."""
    if constraints:
        return decide(model, item["feats"], has_fact=item["has_fact"], quote=item["quote"]).value
    scores = model.scores(item["feats"])
    return max(KINDS, key=lambda k: scores[k]).value


def table(
    data: dict[str, list[dict[str, Any]]],
    extra: list[dict[str, Any]],
    args: argparse.Namespace,
) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """Print the table; return the pooled (gold, rule) and (gold, learned) pairs."""
    words = not args.no_words
    print(f"{'held out':10s} {'claims':>6s} {'rules':>7s} {'learned':>8s} {'diff':>5s}")
    worse = 0
    rule_pairs: list[tuple[str, str | None]] = []
    model_pairs: list[tuple[str, str | None]] = []
    for held, test in data.items():
        train = [i for b, items in data.items() if b != held for i in items] + extra
        model = fit(train, words=words, epochs=args.epochs, rate=args.rate, l2=args.l2)
        preds = [predict(model, i, constraints=not args.no_constraints) for i in test]
        rule_ok = sum(i["gold"] == i["rule"] for i in test)
        model_ok = sum(i["gold"] == p for i, p in zip(test, preds, strict=True))
        rule_pairs += [(i["gold"], i["rule"]) for i in test]
        model_pairs += [(i["gold"], p) for i, p in zip(test, preds, strict=True)]
        n, diff = len(test), model_ok - rule_ok
        worse += diff < -2  # noqa: PLR2004 - noise: two sentences
        print(f"{held:10s} {n:6d} {rule_ok / n:7.3f} {model_ok / n:8.3f} {diff:+5d}")
    n = len(rule_pairs)
    rule_ok = sum(g == k for g, k in rule_pairs)
    model_ok = sum(g == k for g, k in model_pairs)
    print(f"{'pooled':10s} {n:6d} {rule_ok / n:7.3f} {model_ok / n:8.3f} {model_ok - rule_ok:+5d}")
    beats = model_ok > rule_ok and worse <= 1
    print(f"batches lost beyond noise (more than 2 sentences): {worse}; ship: {beats}")
    return rule_pairs, model_pairs


#: A claim is an opinion on NewsSD when its label is SUBJ; all other kinds count as "not opinion".
_OPINION: Final = "opinion"
#: Thresholds tried for each lexicon score (the last never fires: the rules unchanged).
_THRESHOLDS: Final = (*(x / 20 for x in range(1, 21)), 1.01)


def lexicon_scores() -> dict[str, Any]:
    """Sentence scores from the subjectivity/sentiment lexicons of two well-kept libraries.

    TextBlob's ``PatternAnalyzer`` (pattern's ``en-sentiment.xml``: about 2.9k English adjectives
    rated for subjectivity, polarity and intensity, with negation and intensifiers) and VADER
    (``vaderSentiment``: about 7.5k rated words with rules for negation, boosters and
    punctuation). Both are in the ``bench`` extra only: they are measured here, not shipped.
    """
    from textblob.en import sentiment as pattern_lexicon  # noqa: PLC0415
    from textblob.en.sentiments import PatternAnalyzer  # noqa: PLC0415
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: PLC0415

    pattern = PatternAnalyzer()
    vader = SentimentIntensityAnalyzer()
    pattern_lexicon.load()

    def strongest(text: str) -> float:
        """The highest subjectivity of a lexicon word of the sentence (no averaging)."""
        values = [
            pattern_lexicon[w][None][1] for w in _WORD.findall(text.lower()) if w in pattern_lexicon
        ]
        return max(values, default=0.0)

    return {
        "pattern subjectivity": lambda t: pattern.analyze(t).subjectivity,
        "pattern |polarity|": lambda t: abs(pattern.analyze(t).polarity),
        "pattern strongest word": strongest,
        "vader |compound|": lambda t: abs(vader.polarity_scores(t)["compound"]),
    }


def _with_lexicon(item: dict[str, Any], score: float, threshold: float, mode: str) -> str:
    """The rule kind after the lexicon.

    ``up`` turns a rule factual with a score at or above the threshold into an opinion; ``down``
    turns a rule opinion whose evidence is judgement words only, scored below the threshold,
    into a factual (a statistic with a linked fact).
    """
    rule = str(item["rule"])
    if mode == "up" and rule == "factual" and score >= threshold:
        return _OPINION
    if mode == "down" and rule == _OPINION and item.get("words_only") and score < threshold:
        return "statistic" if item["has_fact"] else "factual"
    return rule


def _opinion_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 of opinion against not-opinion over (gold, predicted) kind pairs."""
    f1s = []
    for positive in (True, False):
        tp = sum((g == _OPINION) == positive and (p == _OPINION) == positive for g, p in pairs)
        fp = sum((g == _OPINION) != positive and (p == _OPINION) == positive for g, p in pairs)
        fn = sum((g == _OPINION) == positive and (p == _OPINION) != positive for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def newssd_claims() -> list[dict[str, Any]]:
    """NewsSD training sentences with the rules' kind (no page: no linked fact, no context)."""
    with NEWSSD.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        text = " ".join(r["Sentence"].split())
        rule, _ = _kinds.claim_kind(text, has_fact=False, attributions=find_attributions(text))
        gold = _OPINION if r["Label"] == "SUBJ" else "factual"
        out.append({"gold": gold, "rule": rule.value, "text": text, "has_fact": False})
    return out


def _mark_words_only(item: dict[str, Any]) -> None:
    """Whether the rules' opinion rests on judgement words alone (no obligation, stance, ...)."""
    text = str(item["text"])
    ordered = _kinds._WORD.findall(text.lower())  # noqa: SLF001
    evidence = _kinds.evaluation(text, frozenset(ordered), ordered)
    item["words_only"] = bool(evidence) and all(e.startswith("evaluative") for e in evidence)


_LEXICON_BUCKETS: Final = 5


def add_lexicon_features(data: dict[str, list[dict[str, Any]]]) -> None:
    """Give each claim pattern's sentence subjectivity and |polarity|, in fifths, as features."""
    scorers = lexicon_scores()
    for items in data.values():
        for i in items:
            for name, key in (("pattern subjectivity", "subj"), ("pattern |polarity|", "pol")):
                value = scorers[name](str(i["text"]))
                i["feats"].append(f"lex:{key}_{min(int(value * _LEXICON_BUCKETS), 4)}")


def _lexicon_ok(
    items: list[dict[str, Any]], scores: dict[int, float], threshold: float, mode: str
) -> int:
    """How many items the rules + lexicon give the gold kind."""
    return sum(_with_lexicon(i, scores[id(i)], threshold, mode) == i["gold"] for i in items)


def _best_threshold(items: list[dict[str, Any]], scores: dict[int, float], mode: str) -> float:
    """The threshold with the best kind accuracy on ``items`` (ties: the rules unchanged)."""
    keep = 1.01 if mode == "up" else 0.0
    return max(
        (*_THRESHOLDS, 0.0),
        key=lambda t: (_lexicon_ok(items, scores, t, mode), t == keep),
    )


_MODES: Final = {
    "up": "a rule factual scored at or above the threshold becomes an opinion",
    "down": "a rule opinion on judgement words alone scored below it becomes factual",
}


def lexicon_table(data: dict[str, list[dict[str, Any]]]) -> None:
    """Per lexicon score and mode: rules against rules + lexicon, per batch and on NewsSD.

    The threshold for each held-out batch is the one that gives the best kind accuracy on the
    other batches (ties: the one that changes least); NewsSD is scored with the threshold chosen
    on all batches, so it is never used for the choice.
    """
    scorers = lexicon_scores()
    newssd = newssd_claims() if NEWSSD.is_file() else []
    pool = [i for items in data.values() for i in items] + newssd
    for i in pool:
        _mark_words_only(i)
    for name, scorer in scorers.items():
        scores = {id(i): scorer(str(i["text"])) for i in pool}
        for mode, what in _MODES.items():
            print(f"\n{name}, {mode}: {what}")
            print(
                f"{'held out':10s} {'claims':>6s} {'thr':>5s} {'kind: rules':>11s} {'new':>6s}"
                f" {'diff':>5s} {'opinion-vs-not: rules':>21s} {'new':>6s} {'oracle':>6s}"
            )
            pooled = [0, 0, 0, 0]
            for held, test in data.items():
                train = [i for b, items in data.items() if b != held for i in items]
                t = _best_threshold(train, scores, mode)
                rule_ok = sum(i["rule"] == i["gold"] for i in test)
                new_ok = _lexicon_ok(test, scores, t, mode)
                rule_op = sum((i["rule"] == _OPINION) == (i["gold"] == _OPINION) for i in test)
                new_op = sum(
                    (_with_lexicon(i, scores[id(i)], t, mode) == _OPINION)
                    == (i["gold"] == _OPINION)
                    for i in test
                )
                # the best any threshold could do on the held-out batch itself: an upper bound
                oracle = _lexicon_ok(test, scores, _best_threshold(test, scores, mode), mode)
                n = len(test)
                pooled = [
                    pooled[0] + n,
                    pooled[1] + rule_ok,
                    pooled[2] + new_ok,
                    pooled[3] + oracle,
                ]
                print(
                    f"{held:10s} {n:6d} {t:5.2f} {rule_ok / n:11.3f} {new_ok / n:6.3f}"
                    f" {new_ok - rule_ok:+5d} {rule_op / n:21.3f} {new_op / n:6.3f}"
                    f" {oracle - rule_ok:+6d}"
                )
            n, r, w, o = pooled
            print(
                f"{'pooled':10s} {n:6d} {'':5s} {r / n:11.3f} {w / n:6.3f} {w - r:+5d}"
                f" {'':21s} {'':6s} {o - r:+6d}"
            )
            if newssd:
                t = _best_threshold([i for b in BATCHES for i in data[b]], scores, mode)
                rules = [(str(i["gold"]), str(i["rule"])) for i in newssd]
                new = [(str(i["gold"]), _with_lexicon(i, scores[id(i)], t, mode)) for i in newssd]
                acc_r = sum((g == _OPINION) == (p == _OPINION) for g, p in rules) / len(rules)
                acc_n = sum((g == _OPINION) == (p == _OPINION) for g, p in new) / len(new)
                own = _best_threshold(newssd, scores, mode)
                oracle = _lexicon_ok(newssd, scores, own, mode) - sum(
                    i["rule"] == i["gold"] for i in newssd
                )
                print(
                    f"{'NewsSD':10s} {len(newssd):6d} {t:5.2f} {'':11s} {'':6s} {'':5s}"
                    f" {acc_r:21.3f} {acc_n:6.3f} {oracle:+6d} (at {own:.2f})"
                    f"   macro-F1 {_opinion_f1(rules):.3f} -> {_opinion_f1(new):.3f}"
                )


def main() -> None:
    """Print the leave-one-batch-out table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--newssd", action="store_true", help="add NewsSD train (opinion/factual)")
    ap.add_argument("--no-words", action="store_true", help="named evidence only")
    ap.add_argument("--no-constraints", action="store_true", help="no hard statistic/quote rule")
    ap.add_argument("--no-context", action="store_true", help="no features of where and page")
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--confusion", action="store_true", help="pooled confusion tables")
    ap.add_argument("--cache", type=Path, help="keep the labelled claims' features in this file")
    ap.add_argument(
        "--consensus",
        action="store_true",
        help="only the claims whose kind the second labelling agrees on (claims_agreement.py)",
    )
    ap.add_argument(
        "--lexicon-feature",
        action="store_true",
        help="the learned model with the pattern subjectivity and polarity as features",
    )
    ap.add_argument(
        "--lexicon",
        action="store_true",
        help="rules against rules + a subjectivity lexicon score (TextBlob/pattern, VADER)",
    )
    args = ap.parse_args()
    words = not args.no_words
    if args.cache and args.cache.is_file():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        data = labelled_claims()
        if args.cache:
            args.cache.write_text(json.dumps(data), encoding="utf-8")
    if args.consensus:
        # only the batches the second labelling covers (``claims-relabel.jsonl``)
        relabelled = {name for name, _ in _second_labels()}
        data = {
            b: [i for i in items if i.get("second") == i["gold"]]
            for b, items in data.items()
            if claims_sample.SETS[b].stem in relabelled
        }
    if args.lexicon:
        lexicon_table(data)
        return
    if args.lexicon_feature:
        add_lexicon_features(data)
    drop = (() if words else ("w:", "b:")) + (("ctx:",) if args.no_context else ())
    if drop:
        for items in data.values():
            for i in items:
                i["feats"] = [f for f in i["feats"] if not f.startswith(drop)]
    extra = newssd_rows(words=words) if args.newssd else []
    print(
        f"kind model leave-one-batch-out: words={words} constraints={not args.no_constraints} "
        f"context={not args.no_context} newssd={args.newssd} consensus={args.consensus} "
        f"epochs={args.epochs} rate={args.rate} l2={args.l2}"
    )
    rule_pairs, model_pairs = table(data, extra, args)
    if args.confusion:
        print("rules (pooled held-out)")
        print(claims_sample.confusion_table(rule_pairs))
        print("learned (pooled held-out)")
        print(claims_sample.confusion_table(model_pairs))
    print("gold kinds pooled:", dict(Counter(g for g, _ in model_pairs).most_common()))


if __name__ == "__main__":
    main()
