"""Quality gate for comments on the development threads (skipped without ../shared).

Detection and author accuracy on all four flattened styles with page noise, parent accuracy on
the numbered style, and parent accuracy from the nested HTML of the WordPress dev pages, each
above a floor in eval_floors.json. Scored with the harness's own renderer and matcher.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from types import ModuleType

import pytest

from _support import ROOT, SHARED, corpus

FLOORS = json.loads((ROOT / "tests" / "golden" / "eval_floors.json").read_text(encoding="utf-8"))


def _load(name: str, path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    path = SHARED / "eval" / "comments_bench.py"
    if not path.exists():
        pytest.skip("the scoring harness is only in the development checkout")
    return _load("comments_bench", str(path))


@pytest.mark.parametrize("style", ["phonearena", "wordpress_says", "disqus_like", "hn_like"])
def test_flattened_styles_with_noise(harness: ModuleType, style: str) -> None:
    adapters = _load("adapters", str(ROOT / "benchmarks" / "adapters.py"))
    total: Counter[str] = Counter()
    for doc in harness.read_docs(str(corpus("comments", "threads-dev.jsonl.gz"))):
        text, gold = harness.render(doc, style, noise=True)
        total.update(harness.score_doc(gold, adapters.comments(text)))
    precision = total["matched"] / total["pred"]
    recall = total["matched"] / total["gold"]
    assert 2 * precision * recall / (precision + recall) >= FLOORS["comments_detect_f1"]
    assert total["author_ok"] / total["matched"] >= FLOORS["comments_author_acc"]
    if style == "phonearena":
        assert total["parent_ok"] / total["gold"] >= FLOORS["comments_numbered_parent_acc"]


def test_wordpress_html_parents() -> None:
    data = corpus("comments", "wordpress-dev")
    bench = _load("comments_html", str(ROOT / "benchmarks" / "comments_html.py"))
    scores = bench.score(data.resolve())
    assert scores["detect_R"] >= FLOORS["comments_detect_f1"]
    assert scores["parent_acc"] >= FLOORS["comments_html_parent_acc"]


def test_tree_model_cross_validated() -> None:
    """5-fold CV on the dev threads: accuracy, lead over id-only rules, calibration.

    Parent accuracy overall, ahead of the best id-only rule on every source, and the expected
    calibration error of the calibrated confidence.
    """
    corpus("comments", "threads-dev.jsonl.gz")
    script = _load("train_comment_tree", str(ROOT / "scripts" / "train_comment_tree.py"))
    data = script.threads_of(SHARED / "corpora" / "comments" / "threads-dev.jsonl.gz")
    accuracy, _, _, calibrated_ece, _ = script.cross_validate(data, 5)
    assert accuracy["ALL"] >= FLOORS["comments_cv_parent_acc"], accuracy
    for source, best_rule in FLOORS["comments_id_only_best"].items():
        assert accuracy[source] > best_rule, (source, accuracy[source])
    assert calibrated_ece <= FLOORS["comments_cv_ece"]
