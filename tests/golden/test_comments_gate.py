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

from _support import ROOT, SHARED, corpus, harness, load_module

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


def test_tree_model_cross_validated() -> None:
    """5-fold CV on the dev threads: accuracy, lead over id-only rules, calibration.

    Parent accuracy overall, ahead of the best id-only rule on every source, and the expected
    calibration error of the calibrated confidence.
    """
    corpus("comments", "threads-dev.jsonl.gz")
    script = load_module("train_comment_tree", ROOT / "scripts" / "train_comment_tree.py")
    data = script.threads_of(SHARED / "corpora" / "comments" / "threads-dev.jsonl.gz")
    accuracy, _, _, calibrated_ece, _ = script.cross_validate(data, 5)
    assert accuracy["ALL"] >= FLOORS["comments_cv_parent_acc"], accuracy
    for source, best_rule in FLOORS["comments_id_only_best"].items():
        assert accuracy[source] > best_rule, (source, accuracy[source])
    assert calibrated_ece <= FLOORS["comments_cv_ece"]
