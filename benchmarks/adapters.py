"""Plug-ins for the scoring harnesses in ../shared/eval (``module:function``).

Run the harnesses with this folder on the path, e.g.::

    PYTHONPATH=benchmarks python ../shared/eval/body_bench.py \
        --data ../shared/corpora/body/scrapinghub --extractor trafilatura,adapters:body
"""

from __future__ import annotations

import articlekit

_PIPELINE = articlekit.Pipeline.default()


def body(inp: str, url: str | None) -> dict[str, str | None]:
    """Body and headline of a page (HTML or a text dump, auto-detected)."""
    doc = _PIPELINE.run(articlekit.load(inp, url=url))
    return {"body": doc.body_text, "title": doc.headline.text if doc.headline else None}
