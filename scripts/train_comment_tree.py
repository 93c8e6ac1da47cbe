"""Retrain the comment-tree model shipped in ``src/articlekit/comments/data/comment_tree.json``.

Reads the development threads (``../shared/corpora/comments/threads-dev.jsonl.gz``) with the
scoring harness's own reader and renderer (``../shared/eval/comments_bench.py``), so the display
order and numbers are exactly those of a flattened page. The development threads are mostly
replies; many sites' are mostly top-level, so the weights also learn from each thread thinned to
a half, a quarter and an eighth of replies (``thin_replies``), and the model reads each page's own
evidence of how often people reply (``_tree._Page``). Reports cross-validated parent accuracy per
source and the expected calibration error of the out-of-fold confidences (each fold's model,
temperature and calibrator fitted without the fold's threads), then writes the model fitted on
every thread. ``benchmarks/comments_reply_rate.py`` gives the same figures per reply rate.

    python scripts/train_comment_tree.py [--threads PATH] [--folds N] [--report-only]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from articlekit.comments._tree import (
    Model,
    Node,
    fit_calibrator,
    fit_temperature,
    infer,
    train,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "articlekit" / "comments" / "data" / "comment_tree.json"

Thread = tuple[list[Node], list[int | None]]


def _harness() -> ModuleType:
    path = SHARED / "eval" / "comments_bench.py"
    spec = importlib.util.spec_from_file_location("comments_bench", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_docs(path: Path) -> list[dict[str, Any]]:
    """The harness's documents (chronological comments with ``cid``, ``parent``, ``author``...)."""
    docs: list[dict[str, Any]] = _harness().read_docs(str(path))
    return docs


def thread_of(doc: dict[str, Any]) -> Thread:
    """(nodes, gold parent indices) of one document, in the display order of a flattened page."""
    _, gold = _harness().render(doc, "phonearena")
    index = {g["id"]: i for i, g in enumerate(gold)}
    nodes = [Node(ref=int(g["id"]), author=str(g["author"]), body=str(g["body"])) for g in gold]
    parents = [None if g["parent_id"] is None else index[g["parent_id"]] for g in gold]
    return nodes, parents


def threads_of(path: Path) -> list[tuple[str, Thread]]:
    """(source, (nodes, gold parent indices)) per document, in display order."""
    return [(str(doc["source"]), thread_of(doc)) for doc in read_docs(path)]


def thin_replies(doc: dict[str, Any], rate: float, seed: int = 0) -> dict[str, Any]:
    """The document with replies removed until at most ``rate`` of its comments are replies.

    Replies without replies of their own are dropped at random (seeded by the document and
    ``seed``), so every kept comment keeps its real parent and the chronological numbers are
    those the thinner thread would show.
    """
    comments = list(doc["comments"])
    rng = random.Random(f"{doc.get('doc_id', '')}/{rate}/{seed}")  # noqa: S311 - sampling
    while comments:
        replies = [c for c in comments if c["parent"] is not None]
        if len(replies) <= rate * len(comments):
            break
        parents = {c["parent"] for c in comments}
        leaves = [c for c in replies if c["cid"] not in parents]
        drop = rng.choice(leaves)
        comments = [c for c in comments if c is not drop]
    return {**doc, "comments": comments}


#: Reply shares the training threads are also thinned to, so the weights see sparse threads too.
AUGMENT_RATES: tuple[float, ...] = (1 / 2, 1 / 4, 1 / 8)


#: Weight of all thinned copies together, against 1 for the threads as they are.
AUGMENT_WEIGHT: float = 0.5


def training_threads(
    docs: list[dict[str, Any]], rates: tuple[float, ...]
) -> tuple[list[Thread], list[float]]:
    """Every document as it is and thinned to each of ``rates``, with the weight of each."""
    out = [thread_of(d) for d in docs]
    out.extend(thread_of(thin_replies(d, r)) for r in rates for d in docs)
    share = AUGMENT_WEIGHT / len(rates) if rates else 0.0
    return out, [1.0] * len(docs) + [share] * (len(out) - len(docs))


def fit_model(
    docs: list[dict[str, Any]], *, folds: int = 3, rates: tuple[float, ...] | None = None
) -> Model:
    """The model for ``docs``: weights, temperature and confidence calibrator.

    The weights are trained on every document and its copies thinned to each of ``rates``; the
    temperature and the calibrator are fitted on ``folds``-fold out-of-fold predictions on the
    same documents (thinned alike), so the confidences stay calibrated whatever the page's share
    of replies.
    """
    rates = AUGMENT_RATES if rates is None else rates
    temps: list[float] = []
    signals: list[tuple[dict[str, float], bool]] = []
    for f in range(folds):
        fit = [d for i, d in enumerate(docs) if i % folds != f]
        test, _ = training_threads([d for i, d in enumerate(docs) if i % folds == f], rates)
        fit_threads, fit_weights = training_threads(fit, rates)
        m = train(fit_threads, thread_weights=fit_weights)
        t = fit_temperature(m, test).temperature
        temps.append(t)
        for nodes, gold in test:
            for d, g in zip(infer(nodes, Model(m.weights, t)), gold, strict=True):
                signals.append((d.signals, d.parent == g))
    temperature = sorted(temps)[len(temps) // 2]
    threads, thread_weights = training_threads(docs, rates)
    weights = train(threads, thread_weights=thread_weights).weights
    return Model(weights, temperature, calibrator=fit_calibrator(signals))


def evaluate(
    model: Model, threads: list[tuple[str, Thread]]
) -> tuple[dict[str, float], list[tuple[float, bool]]]:
    """Parent accuracy per source and (confidence, correct) pairs."""
    ok: dict[str, int] = defaultdict(int)
    n: dict[str, int] = defaultdict(int)
    pairs = []
    for source, (nodes, gold) in threads:
        for d, g in zip(infer(nodes, model), gold, strict=True):
            hit = d.parent == g
            for key in (source, "ALL"):
                ok[key] += hit
                n[key] += 1
            pairs.append((d.confidence, hit))
    return {k: ok[k] / n[k] for k in n}, pairs


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error of (confidence, correct) pairs."""
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        chunk = [(c, y) for c, y in pairs if lo < c <= hi or (b == 0 and c == 0)]
        if chunk:
            conf = sum(c for c, _ in chunk) / len(chunk)
            acc = sum(y for _, y in chunk) / len(chunk)
            total += len(chunk) / len(pairs) * abs(conf - acc)
    return total


def fold_models(docs: list[dict[str, Any]], folds: int) -> list[Model]:
    """One model per fold, each fitted (:func:`fit_model`) without the fold's documents.

    Document ``i`` belongs to fold ``i % folds``.
    """
    return [fit_model([d for i, d in enumerate(docs) if i % folds != f]) for f in range(folds)]


def cross_validate(
    docs: list[dict[str, Any]], folds: int, *, rate: float = 1.0, models: list[Model] | None = None
) -> tuple[dict[str, float], float, float]:
    """Parent accuracy per source and the ECE of raw and calibrated confidences, out of fold.

    Each document is scored by the model fitted without its fold (``models`` from
    :func:`fold_models`, computed when not given), thinned to ``rate`` replies when below 1.
    """
    models = models if models is not None else fold_models(docs, folds)
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    raw_pairs: list[tuple[float, bool]] = []
    calibrated: list[tuple[float, bool]] = []
    for i, doc in enumerate(docs):
        nodes, gold = thread_of(thin_replies(doc, rate) if rate < 1 else doc)
        got = infer(nodes, models[i % folds])
        hits = [d.parent == g for d, g in zip(got, gold, strict=True)]
        for key in (str(doc["source"]), "ALL"):
            acc[key][0] += sum(hits)
            acc[key][1] += len(nodes)
        raw_pairs.extend((d.signals["raw"], h) for d, h in zip(got, hits, strict=True))
        calibrated.extend((d.confidence, h) for d, h in zip(got, hits, strict=True))
    accuracy = {k: ok / n for k, (ok, n) in acc.items()}
    return accuracy, ece(raw_pairs), ece(calibrated)


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, train on everything and write the model."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--threads", type=Path, default=SHARED / "corpora/comments/threads-dev.jsonl.gz"
    )
    ap.add_argument("--folds", type=int, default=5, help="0 = leave one document out")
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args(argv)
    docs = read_docs(args.threads)
    folds = args.folds or len(docs)
    accuracy, raw_ece, cal_ece = cross_validate(docs, folds)
    print(f"cross-validated parent accuracy ({folds} folds): ALL {accuracy['ALL']:.3f}")
    for source, value in sorted(accuracy.items()):
        if source != "ALL":
            print(f"  {source}: {value:.3f}")
    print(f"ECE raw {raw_ece:.3f}, calibrated (cross-validated) {cal_ece:.3f}")
    if args.report_only:
        return 0
    final = fit_model(docs)
    OUT.write_text(final.to_json() + "\n", encoding="utf-8")
    print(f"temperature {final.temperature}; wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
