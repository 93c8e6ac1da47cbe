"""Quality gate: metadata scores on the development sets stay above pinned floors.

Scored with ../shared/eval/meta_bench.py's own loaders and metrics (imported, not copied) through
the ``meta`` plug-in of benchmarks/adapters.py; skipped when the sets are absent. The floors live
in eval_floors.json next to this file (htmldate-dev is left to ``benchmarks/run_meta.sh``: its
500 pages take a minute to decode).
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from _support import ROOT, corpus, harness, load_module

FLOORS = json.loads((ROOT / "tests" / "golden" / "eval_floors.json").read_text(encoding="utf-8"))


def _score(path: str) -> dict[str, Any]:
    bench: ModuleType = harness("meta_bench")
    adapters = load_module("adapters", ROOT / "benchmarks" / "adapters.py")
    data = bench.load_set(path, None)
    preds = []
    for item in data["items"]:
        page = bench.decode_html(item.page) if isinstance(item.page, bytes) else item.page
        preds.append({"out": adapters.meta(page, item.url), "cpu": 0.0})
    keys = frozenset({"title", "authors", "date", "site"})
    result: dict[str, Any] = bench.score_set(data, preds, keys)
    return result


def test_unit_cases() -> None:
    """The unit cases of trafilatura: title, author, date and site name above their floors."""
    fields = _score(str(corpus("metadata", "trafilatura-unit-cases.json")))["fields"]
    for field in ("title", "author", "date", "sitename"):
        assert fields[field]["accuracy"] >= FLOORS[f"meta_unit_{field}"], (field, fields[field])


def test_trafilatura_dev() -> None:
    """Author and date accuracy on the trafilatura dev pages stay above their floors."""
    fields = _score(str(corpus("body", "trafilatura-dev")))["fields"]
    assert fields["author"]["accuracy"] >= FLOORS["meta_trafilatura_dev_author_acc"], fields
    assert fields["date"]["accuracy"] >= FLOORS["meta_trafilatura_dev_date_acc"], fields
