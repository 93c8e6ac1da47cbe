"""Inferring the reply tree of a flattened, numbered comment thread.

Pages such as the seed print comments depth-first with siblings in chronological order and show
each comment's chronological number, but not the indentation. The numbers constrain the tree:
a comment can only reply to the previous comment or one of its ancestors, must be younger than
its parent, and must be younger than the earlier siblings it follows; a top-level comment must be
younger than the previous top-level one. Within those constraints every candidate parent gets a
score from a small conditional-logit model over transparent features (id gaps, depth, @mentions
and names, quoted text, back-and-forth between two authors, reply phrasing, lexical overlap, and
page-level evidence such as how often the page's numbers descend), and the tree is built left to
right, keeping every comment's probabilities so the alternatives and a calibrated confidence come
with the answer.

The weights ship in ``data/comment_tree.json``; ``scripts/train_comment_tree.py`` retrains them
from the development threads, deterministically.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Final, NamedTuple

import attrs

from articlekit._patterns import compile_later

__all__ = [
    "Decision",
    "Model",
    "Node",
    "confidence_features",
    "fit_calibrator",
    "fit_temperature",
    "infer",
    "load",
    "option_features",
    "train",
]

#: How deep below the current comment the options reach (keeps long chains linear).
_MAX_DEPTH: Final = 24
_WORD: Final = compile_later(r"[a-z0-9']+")
_REPLY_START: Final = compile_later(
    r"^\s*(?:@|>|yes\b|yeah\b|yep\b|no\b|nope\b|nah\b|agree|i agree|exactly|true\b|indeed|lol\b|"
    r"haha|lmao|this\b|you\b|your\b|you're|so you|well\b|but\b|and\b|thanks|thank you|right\b|"
    r"what\?|why\b|how\b|wait\b|except\b|actually\b|same\b|ok\b|okay\b|sure\b|"
    r"not really|dude|man\b|bro\b|\^)",
    re.IGNORECASE,
)
_STOP: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "me",
        "him",
        "them",
        "not",
        "no",
        "so",
        "if",
        "as",
        "by",
        "from",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "just",
        "like",
        "can",
        "will",
        "would",
        "what",
        "all",
        "about",
        "out",
        "up",
        "one",
        "get",
        "there",
        "more",
        "when",
        "than",
        "then",
        "its",
        "it's",
        "i'm",
        "don't",
    ]
)


@attrs.frozen
class Node:
    """What the tree inference knows about one comment, in display order."""

    ref: int | None
    author: str
    body: str
    registered: bool | None = None


@attrs.frozen
class Decision:
    """The chosen parent (an index, or ``None`` for top level) and every option's probability.

    ``signals`` are what the confidence was computed from (see :func:`confidence_features`).
    """

    parent: int | None
    confidence: float
    options: tuple[tuple[int | None, float], ...]
    signals: dict[str, float] = attrs.field(factory=dict, hash=False, eq=False)


def confidence_features(  # noqa: PLR0917
    agree: float, local: float, n_options: int, depth: int, position: float, page: _Page
) -> dict[str, float]:
    """What says how sure a placement is.

    Beam agreement, its option probability, how many options it had, depth, where on the page it
    sits, and how often the page's numbers descend.
    """
    return {
        "bias": 1.0,
        "raw": 0.5 * agree + 0.5 * local,
        "agree": agree,
        "local": local,
        "forced": float(n_options == 1),
        f"options_{min(n_options, 4)}": 1.0,
        f"depth_{min(depth, 3)}": 1.0,
        "position": position,
        "descent_rate": page.descent_rate,
        "agree*local": agree * local,
        "forced*descent_rate": float(n_options == 1) * page.descent_rate,
        "agree*descent_rate": agree * page.descent_rate,
        "forced_share": page.forced_share,
        "cue_share": page.cue_share,
        "agree*forced_share": agree * page.forced_share,
        "agree*cue_share": agree * page.cue_share,
        f"root_{depth == 0}*forced_share": page.forced_share,
        f"root_{depth == 0}*cue_share": page.cue_share,
        f"agree_bin_{min(int(agree * 5), 4)}": 1.0,
        f"local_bin_{min(int(local * 5), 4)}": 1.0,
    }


def fit_calibrator(
    examples: Sequence[tuple[Mapping[str, float], bool]], *, epochs: int = 30, rate: float = 0.05
) -> dict[str, float]:
    """Logistic regression of "the placement is right" on decision features (AdaGrad)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    for _ in range(epochs):
        for feats, y in examples:
            z = sum(w.get(k, 0.0) * v for k, v in feats.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - float(y)
            for k, v in feats.items():
                gv = grad * v + 1e-4 * w.get(k, 0.0)
                g2[k] = g2.get(k, 0.0) + gv * gv
                w[k] = w.get(k, 0.0) - rate * gv / math.sqrt(g2[k] + 1e-8)
    return w


@attrs.frozen
class Model:
    """Weights per feature and a temperature that calibrates the option probabilities."""

    weights: dict[str, float] = attrs.field(hash=False)
    temperature: float = 1.0
    #: logistic calibrator over decision features (see :func:`confidence_features`)
    calibrator: dict[str, float] = attrs.field(factory=dict, hash=False)

    def confidence(self, feats: Mapping[str, float]) -> float:
        """The probability that a decision is right, from its features."""
        if not self.calibrator:
            return feats.get("raw", 0.0)
        z = sum(self.calibrator.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        """The model as JSON (rounded weights)."""
        w = {k: round(v, 5) for k, v in sorted(self.weights.items())}
        calibrator = {k: round(v, 5) for k, v in sorted(self.calibrator.items())}
        return json.dumps(
            {
                "temperature": round(self.temperature, 4),
                "calibrator": calibrator,
                "weights": w,
            },
            indent=0,
        )


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}  # noqa: PLR2004


def _mentions(text: str, author: str) -> bool:
    """Whether ``text`` addresses ``author`` (an @mention, or the name as a word)."""
    if not author or len(author) < 3:  # noqa: PLR2004
        return False
    low = text.lower()
    name = author.lower()
    if "@" + name in low:
        return True
    return re.search(r"(?<![\w@])" + re.escape(name) + r"(?!\w)", low) is not None


class _Page:
    """Page-level evidence and each comment's text features, computed once per thread.

    Pairwise features (does comment ``k`` name or quote comment ``j``'s author or text) are
    computed when first asked for and kept for the rest of the thread's search: the beam asks
    for the same pairs again and again.
    """

    __slots__ = (
        "_grams",
        "_mention",
        "_nodes",
        "_pairs",
        "_words",
        "as_reply",
        "as_root",
        "cue_share",
        "descent_rate",
        "forced_share",
        "max_before",
        "reply_start",
    )

    def __init__(
        self, nodes: Sequence[Node], descent_rate: float, max_before: tuple[int, ...]
    ) -> None:
        self._nodes = nodes
        #: how often the numbers go down in display order (a reply to an older comment shown
        #: after younger ones)
        self.descent_rate = descent_rate
        #: the largest number shown before each position (0 before the first)
        self.max_before = max_before
        self.reply_start = [_REPLY_START.match(n.body) is not None for n in nodes]
        # How often people reply on this page, from its own evidence: the share of comments the
        # numbers alone make replies (an older comment is shown after them, so they cannot start
        # a thread), and the share that open like replies ("@ann", "> quote", "Yes, ...").
        ahead = _suffix_min(nodes)
        later = sum(
            1 for n, low in zip(nodes, ahead, strict=True) if n.ref is not None and n.ref > low
        )
        self.forced_share = later / max(1, len(nodes) - 1)
        self.cue_share = sum(self.reply_start[1:]) / max(1, len(nodes) - 1)
        #: the page-level features of every "starts a thread" and every "replies" option
        self.as_root = {
            "root*descent_rate": descent_rate,
            "root*forced_share": self.forced_share,
            "root*cue_share": self.cue_share,
        }
        self.as_reply = {"reply*descent_rate": descent_rate}
        self._words: list[set[str] | None] = [None] * len(nodes)
        self._grams: list[tuple[frozenset[str], tuple[str, ...]] | None] = [None] * len(nodes)
        self._mention: dict[tuple[int, str], bool] = {}
        self._pairs: dict[tuple[int, int], tuple[bool, float]] = {}

    @classmethod
    def of(cls, nodes: Sequence[Node]) -> _Page:
        refs = [n.ref for n in nodes if n.ref is not None]
        descents = sum(1 for a, b in pairwise(refs) if b < a)
        running, top = [], 0
        for n in nodes:
            running.append(top)
            top = max(top, n.ref or 0)
        return cls(nodes, descents / max(1, len(refs) - 1), tuple(running))

    def mentions(self, k: int, author: str) -> bool:
        """Whether comment ``k`` addresses ``author`` (see :func:`_mentions`)."""
        key = (k, author)
        hit = self._mention.get(key)
        if hit is None:
            hit = self._mention[key] = _mentions(self._nodes[k].body, author)
        return hit

    def _grams_of(self, k: int) -> tuple[frozenset[str], tuple[str, ...]]:
        got = self._grams[k]
        if got is None:
            w = self._nodes[k].body.lower().split()
            grams = tuple(" ".join(w[i : i + 6]) for i in range(len(w) - 5))
            got = self._grams[k] = (frozenset(grams), grams)
        return got

    def _words_of(self, k: int) -> set[str]:
        got = self._words[k]
        if got is None:
            got = self._words[k] = _words(self._nodes[k].body)
        return got

    def quotes(self, k: int, j: int) -> bool:
        """Whether comment ``k`` repeats six consecutive words of comment ``j``."""
        return self.pair(k, j)[0]

    def pair(self, k: int, j: int) -> tuple[bool, float]:
        """(comment ``k`` quotes comment ``j``, their lexical overlap)."""
        got = self._pairs.get((k, j))
        if got is None:
            parent_grams, _ = self._grams_of(j)
            _, child_grams = self._grams_of(k)
            quotes = bool(parent_grams) and not parent_grams.isdisjoint(child_grams)
            pw, cw = self._words_of(j), self._words_of(k)
            overlap = len(pw & cw) / math.sqrt(1 + len(pw) * len(cw)) if pw and cw else 0.0
            got = self._pairs[(k, j)] = (quotes, overlap)
        return got


def option_features(  # noqa: PLR0917
    nodes: Sequence[Node],
    k: int,
    option: int | None,
    path: Sequence[int],
    parents: Sequence[int | None],
    page: _Page,
) -> dict[str, float]:
    """Features of "comment ``k`` replies to ``option``" (``None``: it starts a thread).

    ``path`` is the chain from the current thread's root to comment ``k - 1``.
    """
    c = nodes[k]
    f: dict[str, float] = {}
    reply_start = page.reply_start[k]
    mentions_any = any(
        page.mentions(k, nodes[j].author) for j in path[-_MAX_DEPTH:] if nodes[j].author != c.author
    )
    prev = nodes[path[-1]] if path else None
    rise = prev is not None and c.ref is not None and prev.ref is not None and c.ref > prev.ref
    maxref = page.max_before[k] if k < len(page.max_before) else 0
    newest = c.ref is not None and c.ref > maxref
    prev_depth = min(len(path) - 1, 3) if path else 0
    if option is None:
        f["root"] = 1.0
        f["root*rise"] = float(rise)
        f["root*newest"] = float(newest)
        f[f"root*prev_depth_{prev_depth}"] = 1.0
        f.update(page.as_root)
        f["root*reply_start"] = float(reply_start)
        f["root*mentions_thread"] = float(mentions_any)
        f["root*quotes_prev"] = float(bool(path) and page.quotes(k, path[-1]))
        if path and c.ref is not None and nodes[path[0]].ref is not None:
            gap = c.ref - (nodes[path[0]].ref or 0)
            f["root*log_gap"] = math.log1p(max(0, gap))
            f["root*gap1"] = float(gap == 1)
        return f
    p = nodes[option]
    depth = path.index(option) if option in path else 0
    f["reply"] = 1.0
    f.update(page.as_reply)
    f["is_prev*cue_share"] = float(option == path[-1]) * page.cue_share
    f[f"depth_{min(depth, 3)}"] = 1.0
    f["is_prev"] = float(option == path[-1])
    f["is_prev*rise"] = float(option == path[-1] and rise)
    f["is_prev*newest"] = float(option == path[-1] and newest)
    f["reply*newest"] = float(newest)
    f[f"depth_{min(depth, 3)}*prev_depth_{prev_depth}"] = 1.0
    f["is_prev*reply_start"] = float(option == path[-1] and reply_start)
    if c.ref is not None and p.ref is not None:
        gap = c.ref - p.ref
        f["log_gap"] = math.log1p(max(0, gap))
        f["gap1"] = float(gap == 1)
    mentions_parent = page.mentions(k, p.author)
    f["mentions_parent"] = float(mentions_parent)
    f["mentions_other"] = float(mentions_any and not mentions_parent)
    f["same_author"] = float(p.author == c.author)
    gp = parents[option]
    f["back_and_forth"] = float(gp is not None and nodes[gp].author == c.author)
    quotes, overlap = page.pair(k, option)
    f["quotes_parent"] = float(quotes)
    f["overlap"] = overlap
    f["reply_start"] = float(reply_start)
    return f


def _suffix_min(nodes: Sequence[Node]) -> list[float]:
    """For each position, the smallest number shown after it (infinity at the end)."""
    out = [math.inf] * len(nodes)
    low = math.inf
    for k in range(len(nodes) - 1, -1, -1):
        out[k] = low
        ref = nodes[k].ref
        if ref is not None:
            low = min(low, ref)
    return out


def _options(
    nodes: Sequence[Node], k: int, path: Sequence[int], suffix_min: Sequence[float] | None = None
) -> list[int | None]:
    """The parents comment ``k`` may have given the display order and the numbers.

    A top-level comment must be younger than the previous top-level one, and older than every
    comment shown after it (later threads start with younger roots, and its own replies are
    younger still): the second condition looks ahead, and rules out most replies.
    """
    c = nodes[k]
    out: list[int | None] = []
    if not path:
        return [None]
    root_ref = nodes[path[0]].ref
    ahead_ok = suffix_min is None or c.ref is None or c.ref < suffix_min[k]
    if (c.ref is None or root_ref is None or c.ref > root_ref) and ahead_ok:
        out.append(None)
    # replies deeper than _MAX_DEPTH below their thread's root are read at that depth
    for depth in range(max(0, len(path) - _MAX_DEPTH), len(path)):
        p = path[depth]
        child = path[depth + 1] if depth + 1 < len(path) else None
        pr = nodes[p].ref
        if c.ref is not None and pr is not None and c.ref <= pr:
            continue
        if child is not None and c.ref is not None and (nodes[child].ref or 0) >= c.ref:
            continue
        out.append(p)
    return out


def _softmax(scores: Sequence[float], temperature: float) -> list[float]:
    m = max(scores)
    exps = [math.exp((s - m) / temperature) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _score(weights: Mapping[str, float], feats: Mapping[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in feats.items())


_Ranked = tuple[tuple[int | None, float], ...]


class _State(NamedTuple):
    logp: float
    parents: tuple[int | None, ...]
    path: tuple[int, ...]
    probs: tuple[_Ranked, ...]


def infer(nodes: Sequence[Node], model: Model | None = None, *, beam: int = 8) -> list[Decision]:
    """The most probable tree under the constraints, by beam search over the display order.

    A partial tree that leaves a later comment no valid parent is dropped, so the numbers further
    down the page also decide earlier attachments. Each comment's confidence is the share of the
    final beam's probability mass that agrees with the chosen parent, mixed with the option
    probability it had when it was placed.
    """
    m = model or load()
    page = _Page.of(nodes)
    ahead = _suffix_min(nodes)
    states = [_State(0.0, (), (), ())]
    for k in range(len(nodes)):
        grown: list[_State] = []
        # the options and their probabilities depend on the path alone (a comment's parent on
        # the path is the comment above it there), and beam states often share their path
        by_path: dict[tuple[int, ...], tuple[list[int | None], list[float], _Ranked]] = {}
        for st in states:
            known = by_path.get(st.path)
            if known is None:
                options = _options(nodes, k, st.path, ahead)
                if len(options) == 1:
                    probs = [1.0]
                elif options:
                    scores = [
                        _score(m.weights, option_features(nodes, k, o, st.path, st.parents, page))
                        for o in options
                    ]
                    probs = _softmax(scores, m.temperature)
                else:
                    probs = []
                ranked = tuple(sorted(zip(options, probs, strict=True), key=lambda op: -op[1]))
                known = by_path[st.path] = (options, probs, ranked)
            options, probs, ranked = known
            for o, pr in zip(options, probs, strict=True):
                path = (k,) if o is None else (*st.path[: st.path.index(o) + 1], k)
                grown.append(
                    _State(
                        st.logp + math.log(max(pr, 1e-12)),
                        (*st.parents, o),
                        path,
                        (*st.probs, ranked),
                    )
                )
        if not grown:  # inconsistent numbers: start a new thread and go on
            grown = [
                _State(st.logp, (*st.parents, None), (k,), (*st.probs, ((None, 1.0),)))
                for st in states
            ]
        grown.sort(key=lambda st: -st.logp)
        states = grown[:beam]
    best = states[0]
    top = max(st.logp for st in states)
    weights = [math.exp(st.logp - top) for st in states]
    total = sum(weights)
    decisions = []
    for k, parent in enumerate(best.parents):
        agree = sum(w for w, st in zip(weights, states, strict=True) if st.parents[k] == parent)
        local = dict(best.probs[k]).get(parent, 0.0)
        depth = 0
        q = parent
        while q is not None:
            depth += 1
            q = best.parents[q]
        feats = confidence_features(
            agree / total, local, len(best.probs[k]), depth, k / max(1, len(nodes) - 1), page
        )
        decisions.append(Decision(parent, m.confidence(feats), best.probs[k], feats))
    return decisions


def _gold_choices(
    threads: Sequence[tuple[Sequence[Node], Sequence[int | None]]],
) -> Iterator[tuple[list[dict[str, float]], int]]:
    """Along each gold tree: the options of every real choice and the index of the true one."""
    for nodes, gold in threads:
        page = _Page.of(nodes)
        ahead = _suffix_min(nodes)
        path: list[int] = []
        for k in range(len(nodes)):
            options = _options(nodes, k, path, ahead)
            target = gold[k]
            if len(options) > 1 and target in options:
                feats = [option_features(nodes, k, o, path, gold, page) for o in options]
                yield feats, options.index(target)
            if target is not None and target in path:
                path = [*path[: path.index(target) + 1], k]
            else:
                path = [k]


def train(
    threads: Sequence[tuple[Sequence[Node], Sequence[int | None]]],
    *,
    epochs: int = 15,
    rate: float = 0.05,
    l2: float = 1e-4,
    thread_weights: Sequence[float] | None = None,
) -> Model:
    """Fit the conditional logit on threads with known parents (indices in display order).

    Training follows the gold tree (the path is the true one), AdaGrad with L2, fixed order.
    ``thread_weights`` weighs each thread's choices (1 by default). The temperature stays 1;
    :func:`fit_temperature` calibrates it on other threads.
    """
    weights = thread_weights if thread_weights is not None else [1.0] * len(threads)
    examples = [
        (feats, y, weight)
        for thread, weight in zip(threads, weights, strict=True)
        for feats, y in _gold_choices([thread])
    ]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    for _ in range(epochs):
        for feats, y, weight in examples:
            probs = _softmax([_score(w, f) for f in feats], 1.0)
            grad: dict[str, float] = {}
            for i, f in enumerate(feats):
                delta = weight * (probs[i] - (1.0 if i == y else 0.0))
                for name, value in f.items():
                    grad[name] = grad.get(name, 0.0) + delta * value
            for name, raw_grad in grad.items():
                gv = raw_grad + l2 * w.get(name, 0.0)
                g2[name] = g2.get(name, 0.0) + gv * gv
                w[name] = w.get(name, 0.0) - rate * gv / math.sqrt(g2[name] + 1e-8)
    return Model(weights=w)


def fit_temperature(
    model: Model, threads: Sequence[tuple[Sequence[Node], Sequence[int | None]]]
) -> Model:
    """The model with the temperature that maximises the likelihood of the threads' parents.

    Fit it on threads the weights were not trained on (the training script uses out-of-fold
    predictions), so the probabilities are calibrated rather than over-confident.
    """
    scored = [([_score(model.weights, f) for f in feats], y) for feats, y in _gold_choices(threads)]
    best_t, best_ll = 1.0, -math.inf
    for step in range(5, 61):
        t = step / 20
        ll = sum(math.log(max(1e-12, _softmax(s, t)[y])) for s, y in scored)
        if ll > best_ll:
            best_t, best_ll = t, ll
    return attrs.evolve(model, temperature=best_t)


@cache
def load() -> Model:
    """The shipped model (``data/comment_tree.json``)."""
    raw = resources.files("articlekit.comments").joinpath("data/comment_tree.json")
    data = json.loads(raw.read_text("utf-8"))
    return Model(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        temperature=float(data["temperature"]),
        calibrator={str(k): float(v) for k, v in data.get("calibrator", {}).items()},
    )
