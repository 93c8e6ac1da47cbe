"""Parent accuracy of flattened, numbered threads as the share of replies falls.

The development threads (``../shared/corpora/comments/threads-dev.jsonl.gz``) are mostly replies;
many sites' threads are mostly top-level. Each thread is thinned to a target share of replies
(leaf replies dropped at random, seeded; ``scripts/train_comment_tree.py``'s ``thin_replies``) and
rendered in the seed's style; the table gives, per reply rate, the parent accuracy of the best
id-only rule of the scoring harness (``flat``, ``newthread``, ``root``, ``deepest``; the best one at
that rate, chosen with hindsight), of the shipped model, and of the model trained by
``scripts/train_comment_tree.py`` under ``--folds``-fold cross-validation (each fold's model never
saw the test threads at any rate), with the expected calibration error of its confidences.

    python benchmarks/comments_reply_rate.py [--folds 5] [--rates 1 .5 .33 .17 .1]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from articlekit.comments._tree import infer, load

ROOT = Path(__file__).resolve().parent.parent


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Print the reply-rate table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rates", type=float, nargs="+", default=[1.0, 0.5, 1 / 3, 1 / 6, 0.1])
    args = ap.parse_args(argv)
    train = _module(ROOT / "scripts" / "train_comment_tree.py", "train_comment_tree")
    cb = train._harness()  # noqa: SLF001 - the scoring harness, loaded by the training script
    docs: list[dict[str, Any]] = train.read_docs(
        train.SHARED / "corpora/comments/threads-dev.jsonl.gz"
    )
    folds = args.folds
    models = train.fold_models(docs, folds)
    shipped = load()
    print(
        f"reply rate | comments | replies | best id-only rule | shipped model (in-sample) | "
        f"cross-validated model ({folds} folds) | ECE"
    )
    print("|".join(["---"] * 7))
    for rate in args.rates:
        n = replies = 0
        rule_ok: dict[str, int] = defaultdict(int)
        ok_shipped = ok_cv = 0
        pairs: list[tuple[float, bool]] = []
        for i, doc in enumerate(docs):
            thin = train.thin_replies(doc, rate) if rate < 1 else doc
            nodes, gold = train.thread_of(thin)
            n += len(nodes)
            replies += sum(g is not None for g in gold)
            refs = [node.ref for node in nodes]
            gold_refs = [None if g is None else refs[g] for g in gold]
            for rule in ("flat", "newthread", "root", "deepest"):
                got = cb.apply_rule(refs, rule)
                rule_ok[rule] += sum(a == b for a, b in zip(got, gold_refs, strict=True))
            ok_shipped += sum(
                d.parent == g for d, g in zip(infer(nodes, shipped), gold, strict=True)
            )
            for d, g in zip(infer(nodes, models[i % folds]), gold, strict=True):
                ok_cv += d.parent == g
                pairs.append((d.confidence, d.parent == g))
        best = max(rule_ok, key=lambda r: rule_ok[r])
        label = "as is" if rate >= 1 else f"≤ {rate:.2f}"
        print(
            f"{label} | {n} | {replies / n:.2f} | {rule_ok[best] / n:.3f} ({best}) | "
            f"{ok_shipped / n:.3f} | **{ok_cv / n:.3f}** | {train.ece(pairs):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
