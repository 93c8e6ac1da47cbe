"""Retrain the comment-tree model shipped in ``src/articlekit/comments/data/comment_tree.json``.

Reads the development threads (``../shared/corpora/comments/threads-dev.jsonl.gz``) with the
scoring harness's own reader and renderer (``../shared/eval/comments_bench.py``), so the display
order and numbers are exactly those of a flattened page. Reports leave-one-document-out parent
accuracy per source and the expected calibration error of the out-of-fold confidences, fits the
temperature on those out-of-fold scores, and writes the model trained on every thread.

    python scripts/train_comment_tree.py [--threads PATH] [--folds N] [--report-only]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

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


def threads_of(path: Path) -> list[tuple[str, Thread]]:
    """(source, (nodes, gold parent indices)) per document, in display order."""
    cb = _harness()
    out = []
    for doc in cb.read_docs(str(path)):
        _, gold = cb.render(doc, "phonearena")
        index = {g["id"]: i for i, g in enumerate(gold)}
        nodes = [Node(ref=int(g["id"]), author=str(g["author"]), body=str(g["body"])) for g in gold]
        parents = [None if g["parent_id"] is None else index[g["parent_id"]] for g in gold]
        out.append((str(doc["source"]), (nodes, parents)))
    return out


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


def cross_validate(
    data: list[tuple[str, Thread]], folds: int
) -> tuple[dict[str, float], float, float, float, list[tuple[dict[str, float], bool]]]:
    """Parent accuracy per source, temperature, raw and calibrated ECE, and all OOF pairs."""
    oof_models: list[tuple[Model, list[tuple[str, Thread]]]] = []
    for f in range(folds):
        test = [t for i, t in enumerate(data) if i % folds == f]
        fit = [t for i, t in enumerate(data) if i % folds != f]
        oof_models.append((train([t for _, t in fit]), test))
    temps = [fit_temperature(m, [t for _, t in test]).temperature for m, test in oof_models]
    temperature = sorted(temps)[len(temps) // 2]
    per_fold: list[list[tuple[dict[str, float], bool]]] = []
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m, test in oof_models:
        fold_pairs: list[tuple[dict[str, float], bool]] = []
        for source, (nodes, gold) in test:
            got = infer(nodes, Model(m.weights, temperature))
            hits = [d.parent == g for d, g in zip(got, gold, strict=True)]
            for key in (source, "ALL"):
                acc[key][0] += sum(hits)
                acc[key][1] += len(nodes)
            fold_pairs.extend((d.signals, h) for d, h in zip(got, hits, strict=True))
        per_fold.append(fold_pairs)
    # calibration, cross-validated: fit on the other folds' out-of-fold pairs, score this fold
    calibrated: list[tuple[float, bool]] = []
    raw_pairs: list[tuple[float, bool]] = []
    all_pairs: list[tuple[dict[str, float], bool]] = []
    for f, fold_pairs in enumerate(per_fold):
        others = [p for g, fp in enumerate(per_fold) if g != f for p in fp]
        cal = Model({}, calibrator=fit_calibrator(others))
        calibrated.extend((cal.confidence(x), y) for x, y in fold_pairs)
        raw_pairs.extend((x["raw"], y) for x, y in fold_pairs)
        all_pairs.extend(fold_pairs)
    accuracy = {k: ok / n for k, (ok, n) in acc.items()}
    return accuracy, temperature, ece(raw_pairs), ece(calibrated), all_pairs


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, calibrate, train on everything and write the model."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--threads", type=Path, default=SHARED / "corpora/comments/threads-dev.jsonl.gz"
    )
    ap.add_argument("--folds", type=int, default=5, help="0 = leave one document out")
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args(argv)
    data = threads_of(args.threads)
    folds = args.folds or len(data)
    accuracy, temperature, raw_ece, cal_ece, pairs = cross_validate(data, folds)
    print(f"cross-validated parent accuracy ({folds} folds): ALL {accuracy['ALL']:.3f}")
    for source, value in sorted(accuracy.items()):
        if source != "ALL":
            print(f"  {source}: {value:.3f}")
    print(
        f"temperature {temperature}; ECE raw {raw_ece:.3f}, "
        f"calibrated (cross-validated) {cal_ece:.3f}"
    )
    if args.report_only:
        return 0
    final = Model(
        train([t for _, t in data]).weights, temperature, calibrator=fit_calibrator(pairs)
    )
    OUT.write_text(final.to_json() + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
