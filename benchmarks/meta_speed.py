"""CPU of the metadata step on real pages, against htmldate and trafilatura in the same run.

    python benchmarks/meta_speed.py [--data ../shared/corpora/body/trafilatura-dev] [--limit N]

Each page is rendered once (``articlekit.load``: the head's metadata and the markup scan are
part of it) and run up to the metadata step; then, page by page, the CPU time of the metadata
step alone, of loading, of ``htmldate.find_date(extensive_search=True)`` and of trafilatura's
``bare_extraction(with_metadata=True)`` are taken. Printed: medians per page and the median of
per-page ratios. Machines here are shared: compare ratios from one run, not absolutes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import articlekit

T = TypeVar("T")


def _cpu(fn: Callable[..., T], *args: object, **kwargs: object) -> tuple[float, T]:
    start = time.process_time()
    out = fn(*args, **kwargs)
    return time.process_time() - start, out


def main(argv: list[str] | None = None) -> int:
    """Time the metadata step against htmldate and trafilatura on the same pages."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/trafilatura-dev"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    gold = json.loads((args.data / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, entry in sorted(gold.items()):
        for folder in ("cache", "eval"):
            path = args.data / folder / (entry["file"] + ".gz")
            if not path.exists():
                path = args.data / folder / entry["file"]
            if path.exists():
                raw = path.read_bytes()
                pages.append((url, gzip.decompress(raw) if path.suffix == ".gz" else raw))
                break
    if args.limit:
        pages = pages[: args.limit]
    if not pages:
        print(f"no pages under {args.data}", file=sys.stderr)
        return 1
    import htmldate  # noqa: PLC0415 - anchors, optional
    import trafilatura  # noqa: PLC0415

    pipeline = articlekit.Pipeline.default()
    before = pipeline.only("layout", "headline", "body")
    step = pipeline["metadata"]
    rows: dict[str, list[float]] = {"load": [], "metadata": [], "htmldate": [], "trafilatura": []}
    for url, raw in pages:
        text = raw.decode("utf-8", errors="replace")
        load, source = _cpu(articlekit.load, text, url=url)
        doc = before.run(source)
        meta, _ = _cpu(step, doc)
        hd, _ = _cpu(htmldate.find_date, text, url=url, original_date=True, extensive_search=True)
        tr, _ = _cpu(trafilatura.bare_extraction, text, url=url, with_metadata=True)
        for key, value in zip(rows, (load, meta, hd, tr), strict=True):
            rows[key].append(value)
    print(f"{len(pages)} pages of {args.data}; median CPU per page (ms):")
    for key, values in rows.items():
        print(f"  {key:<12}{1000 * statistics.median(values):8.2f}")
    for anchor in ("htmldate", "trafilatura"):
        ratios = [m / a for m, a in zip(rows["metadata"], rows[anchor], strict=True) if a > 0]
        print(f"  metadata step / {anchor}: median per-page ratio {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
