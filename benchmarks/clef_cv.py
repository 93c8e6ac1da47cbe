"""Check-worthiness on the CLEF-2019 debates, cross-validated by debate (issue 5).

``claims_bench.py --split-data`` scores one split (five debates); this script scores every
debate exactly once with a model that never saw it: K folds grouped by debate file, the harness's
own loader and average precision (imported from ``../shared/eval/claims_bench.py``), MAP over all
19 debates. Systems, in the same run:

* ``rule_score`` — the harness's transparent rules (nothing fitted);
* ``tfidf_lr`` — the harness's TF-IDF + logistic regression, fitted on the other folds;
* ``shipped`` — articlekit's shipped model (trained on ClaimBuster only: no CLEF debate seen);
* ``fit_clef`` — articlekit's learner fitted on the other folds' debates;
* ``fit_both`` — articlekit's learner fitted on ClaimBuster train plus the other folds' debates;
* ``context_clef`` — the learner on each line's sentence features plus the debate's own context
  (``_checkworthy.debate_features``: speaker turns, the speaker's share of lines and of
  questions, the line's place in its turn, figures in the neighbouring lines of the same turn),
  fitted on the other folds' debates;
* ``context_both`` — the same, with ClaimBuster train (sentence features only) added.

    python benchmarks/clef_cv.py [--folds 5] [--corpora ../shared/corpora] [--systems a,b]
        [--epochs 60]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from articlekit.claims import _checkworthy

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def _harness(name: str) -> ModuleType:
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no harness {name} in {EVAL}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _folds(groups: Sequence[str], k: int) -> list[set[str]]:
    """Debates dealt round-robin in sorted order: deterministic, balanced by count."""
    names = sorted(set(groups))
    return [set(names[i::k]) for i in range(k)]


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--systems",
        default="rule_score,tfidf_lr,shipped,fit_clef,fit_both,context_clef,context_both",
        help="comma-separated systems to run (the learners retrain on every fold: slow)",
    )
    ap.add_argument("--epochs", type=int, default=60, help="training epochs of the learners")
    return ap.parse_args(argv)


def _debate_context(
    bench: ModuleType, corpora: Path, texts: Sequence[str], groups: Sequence[str]
) -> list[list[str]]:
    """Each line's sentence and debate-context features (``_checkworthy.debate_features``)."""
    _, _, speakers = bench.load(
        str(corpora / "claims" / "clef19" / "CT19-T1-Training.csv"), "text", "label", "1", "speaker"
    )
    context: list[list[str]] = [[] for _ in texts]
    for g in sorted(set(groups)):
        idx = [i for i, x in enumerate(groups) if x == g]
        rows = _checkworthy.debate_features([speakers[i] for i in idx], [texts[i] for i in idx])
        for i, row in zip(idx, rows, strict=True):
            context[i] = row
    return context


def main(argv: list[str] | None = None) -> int:
    """Score every debate once per system and print MAP, mean AUC and time."""
    args = _arguments(argv)
    wanted = set(args.systems.split(","))
    bench = _harness("claims_bench")
    base = _harness("claims_baselines")
    texts, labels, groups = bench.load(
        str(args.corpora / "claims" / "clef19" / "CT19-T1-Training.csv"),
        "text",
        "label",
        "1",
        "file_name",
    )
    context = _debate_context(bench, args.corpora, texts, groups)
    cb_texts, cb_labels, _ = bench.load(
        str(args.corpora / "claims" / "claimbuster" / "train.json"), "text", "label", "1"
    )
    print(
        f"CLEF-2019 training: {len(texts)} sentences, {sum(labels)} check-worthy, "
        f"{len(set(groups))} debates, {args.folds} folds by debate"
    )
    scores: dict[str, list[float]] = {}
    spent: dict[str, float] = {}

    def run(name: str, fn: Callable[[int], float], idx: Sequence[int]) -> None:
        t0 = time.process_time()
        out = [float(fn(i)) for i in idx]
        spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        for i, s in zip(idx, out, strict=True):
            scores.setdefault(name, [0.0] * len(texts))[i] = s

    for held in _folds(groups, args.folds):
        test = [i for i, g in enumerate(groups) if g in held]
        train = [i for i, g in enumerate(groups) if g not in held]
        tr_x = [texts[i] for i in train]
        tr_y = [labels[i] for i in train]
        if "rule_score" in wanted:
            run("rule_score", lambda i: base.rule_score(texts[i]), test)
        if "tfidf_lr" in wanted:
            tfidf = base._Learned("tfidf")  # noqa: SLF001 - the harness's own baseline
            tfidf.fit(tr_x, tr_y)
            run("tfidf_lr", lambda i, m=tfidf: m(texts[i]), test)
        if "shipped" in wanted:
            run("shipped", lambda i: _checkworthy.score(texts[i])[0], test)
        if "fit_clef" in wanted:
            clef = _checkworthy.train(tr_x, tr_y, epochs=args.epochs)
            run("fit_clef", lambda i, m=clef: _checkworthy.score(texts[i], m)[0], test)
        if "fit_both" in wanted:
            both = _checkworthy.train([*cb_texts, *tr_x], [*cb_labels, *tr_y], epochs=args.epochs)
            run("fit_both", lambda i, m=both: _checkworthy.score(texts[i], m)[0], test)
        if "context_clef" in wanted:
            ctx = _checkworthy.train_features([context[i] for i in train], tr_y, epochs=args.epochs)
            run("context_clef", lambda i, m=ctx: m.raw(context[i]), test)
        if "context_both" in wanted:
            ctx_both = _checkworthy.train_features(
                [_checkworthy.features(s) for s in cb_texts] + [context[i] for i in train],
                [*cb_labels, *tr_y],
                epochs=args.epochs,
            )
            run("context_both", lambda i, m=ctx_both: m.raw(context[i]), test)

    print(f"{'system':<12} {'MAP':>6} {'meanAUC':>8} {'cpu s':>7}")
    for name, s in scores.items():
        aps, aucs = [], []
        for g in sorted(set(groups)):
            idx = [i for i, x in enumerate(groups) if x == g]
            y = [labels[i] for i in idx]
            aps.append(bench.average_precision(y, [s[i] for i in idx]))
            aucs.append(bench.roc_auc(y, [s[i] for i in idx]))
        print(
            f"{name:<12} {statistics.mean(aps):6.3f} {statistics.mean(aucs):8.3f} "
            f"{spent[name]:7.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
