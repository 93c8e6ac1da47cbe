"""Quality gate for comments on the development threads (skipped without ../shared).

Detection and author accuracy on all four flattened styles with page noise, parent accuracy on
the numbered style, and parent accuracy from the nested HTML of the WordPress dev pages, each
above a floor in eval_floors.json. Scored with the harness's own renderer and matcher.
"""

from __future__ import annotations

import json
from collections import Counter
from types import ModuleType

import pytest

from _support import ROOT, corpus, harness, load_module

FLOORS = json.loads((ROOT / "tests" / "golden" / "eval_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return harness("comments_bench")


@pytest.mark.parametrize("style", ["phonearena", "wordpress_says", "disqus_like", "hn_like"])
def test_flattened_styles_with_noise(bench: ModuleType, style: str) -> None:
    adapters = load_module("adapters", ROOT / "benchmarks" / "adapters.py")
    total: Counter[str] = Counter()
    for doc in bench.read_docs(str(corpus("comments", "threads-dev.jsonl.gz"))):
        text, gold = bench.render(doc, style, noise=True)
        total.update(bench.score_doc(gold, adapters.comments(text)))
    precision = total["matched"] / total["pred"]
    recall = total["matched"] / total["gold"]
    assert 2 * precision * recall / (precision + recall) >= FLOORS["comments_detect_f1"]
    assert total["author_ok"] / total["matched"] >= FLOORS["comments_author_acc"]
    if style == "phonearena":
        assert total["parent_ok"] / total["gold"] >= FLOORS["comments_numbered_parent_acc"]


def test_wordpress_html_parents() -> None:
    data = corpus("comments", "wordpress-dev")
    html_bench = load_module("comments_html", ROOT / "benchmarks" / "comments_html.py")
    scores = html_bench.score(data.resolve())
    assert scores["detect_R"] >= FLOORS["comments_detect_f1"]
    assert scores["parent_acc"] >= FLOORS["comments_html_parent_acc"]


@pytest.fixture(scope="module")
def cross_validated() -> tuple[ModuleType, list[dict[str, object]], list[object]]:
    """The training script, the dev threads and the 5 fold models (each fitted without its fold)."""
    path = corpus("comments", "threads-dev.jsonl.gz")
    script = load_module("train_comment_tree", ROOT / "scripts" / "train_comment_tree.py")
    docs = script.read_docs(path)
    return script, docs, script.fold_models(docs, 5)


def test_tree_model_cross_validated(
    cross_validated: tuple[ModuleType, list[dict[str, object]], list[object]],
) -> None:
    """5-fold CV on the dev threads: accuracy, lead over id-only rules, calibration.

    Parent accuracy overall, ahead of the best id-only rule on every source, and the expected
    calibration error of the calibrated confidence.
    """
    script, docs, models = cross_validated
    accuracy, _, calibrated_ece = script.cross_validate(docs, 5, models=models)
    assert accuracy["ALL"] >= FLOORS["comments_cv_parent_acc"], accuracy
    for source, best_rule in FLOORS["comments_id_only_best"].items():
        assert accuracy[source] > best_rule, (source, accuracy[source])
    assert calibrated_ece <= FLOORS["comments_cv_ece"]


@pytest.mark.parametrize("rate", [1 / 3, 1 / 6, 1 / 10])
def test_tree_model_on_threads_with_few_replies(
    bench: ModuleType,
    cross_validated: tuple[ModuleType, list[dict[str, object]], list[object]],
    rate: float,
) -> None:
    """The dev threads thinned to few replies: ahead of every id-only rule, still calibrated."""
    script, docs, models = cross_validated
    accuracy, _, calibrated_ece = script.cross_validate(docs, 5, rate=rate, models=models)
    rules: Counter[str] = Counter()
    total = 0
    for doc in docs:
        nodes, gold = script.thread_of(script.thin_replies(doc, rate))
        refs = [n.ref for n in nodes]
        gold_refs = [None if g is None else refs[g] for g in gold]
        total += len(nodes)
        for rule in ("flat", "newthread", "root", "deepest"):
            got = bench.apply_rule(refs, rule)
            rules[rule] += sum(a == b for a, b in zip(got, gold_refs, strict=True))
    best_rule = max(rules.values()) / total
    assert accuracy["ALL"] >= best_rule + FLOORS["comments_thin_lead"], (accuracy, best_rule)
    assert calibrated_ece <= FLOORS["comments_cv_ece"]
