"""Quality gate: body and headline scores on the development corpora stay above pinned floors.

Scored with the metrics of ../shared/eval/body_bench.py (imported, not copied); skipped when the
corpora are absent. The floors live in eval_floors.json next to this file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import articlekit
from _support import ROOT, corpus, harness

FLOORS = json.loads((ROOT / "tests" / "golden" / "eval_floors.json").read_text(encoding="utf-8"))


def _harness() -> ModuleType:
    return harness("body_bench")


def _predict(pages: list[object]) -> list[dict[str, str | None]]:
    pipeline = articlekit.Pipeline.default()
    out = []
    for page in pages:
        doc = pipeline.run(articlekit.load(page.html, url=page.url))  # type: ignore[attr-defined]
        out.append({"body": doc.text, "title": doc.headline.text if doc.headline else None})
    return out


def _score(root: Path) -> tuple[dict[str, float], dict[str, float] | None]:
    bb = _harness()
    layout = bb.detect_layout(str(root))
    pages = bb.load_pages(str(root), layout, None)
    preds = _predict(pages)
    body = bb.score_body(pages, [p["body"] for p in preds], layout, 0)
    titled = any(p.gold_title for p in pages)
    title = bb.score_title(pages, [p["title"] for p in preds], 0) if titled else None
    return body, title


def test_scrapinghub_html_body() -> None:
    """Body F1 on the scrapinghub pages (HTML) stays above its floor."""
    body, _ = _score(corpus("body", "scrapinghub"))
    assert body["f1"] >= FLOORS["scrapinghub_html_body_f1"], body


def test_trafilatura_dev_html() -> None:
    """Body snippet F1 and headline scores on the trafilatura dev pages stay above their floors."""
    body, title = _score(corpus("body", "trafilatura-dev"))
    assert title is not None
    assert body["f1"] >= FLOORS["trafilatura_dev_html_body_f1"], body
    assert title["exact"] >= FLOORS["trafilatura_dev_html_title_exact"], title
    assert title["token_f1"] >= FLOORS["trafilatura_dev_html_title_token_f1"], title


def _score_text(root: Path) -> tuple[dict[str, float], dict[str, float] | None]:
    """Score text dumps of the pages, made as ``body_bench.py --mode text`` makes them."""
    pytest.importorskip("html_text", reason="text dumps are made with html-text (bench extra)")
    bb = _harness()
    layout = bb.detect_layout(str(root))
    pages = bb.load_pages(str(root), layout, None)
    pipeline = articlekit.Pipeline.default().without(
        "comments", "sentences", "quantities", "claims"
    )
    preds = []
    for page in pages:
        doc = pipeline.run(articlekit.load(bb.page_dump(page.html), url=page.url))
        preds.append((doc.text, doc.headline.text if doc.headline else None))
    body = bb.score_body(pages, [b for b, _ in preds], layout, 0)
    titled = any(p.gold_title for p in pages)
    title = bb.score_title(pages, [t for _, t in preds], 0) if titled else None
    return body, title


def test_scrapinghub_text_body() -> None:
    """Body F1 on text dumps of the scrapinghub pages stays above its floor."""
    body, _ = _score_text(corpus("body", "scrapinghub"))
    assert body["f1"] >= FLOORS["scrapinghub_text_body_f1"], body


def test_trafilatura_dev_text() -> None:
    """Body F1 and headline exact on text dumps of the trafilatura dev pages stay above floors."""
    body, title = _score_text(corpus("body", "trafilatura-dev"))
    assert title is not None
    assert body["f1"] >= FLOORS["trafilatura_dev_text_body_f1"], body
    assert title["exact"] >= FLOORS["trafilatura_dev_text_title_exact"], title


def test_edge_cases() -> None:
    """Body F1 and title exact on the structural edge-case pages stay above their floors."""
    root = corpus("body", "edge-cases")
    sys.modules.setdefault("body_bench", _harness())  # edge_cases_bench imports it by name
    ec = harness("edge_cases_bench")
    cases = ec.load_cases(str(root))
    pipeline = articlekit.Pipeline.default()
    outs = []
    for case in cases:
        doc = pipeline.run(articlekit.load(case.html, url="http://fakehost/test/page.html"))
        outs.append({"body": doc.text, "title": doc.headline.text if doc.headline else None})
    scores = ec.score(cases, outs)
    assert scores["f1"] >= FLOORS["edge_cases_body_f1"], scores["f1"]
    assert scores["title_exact"] >= FLOORS["edge_cases_title_exact"], scores["title_exact"]
