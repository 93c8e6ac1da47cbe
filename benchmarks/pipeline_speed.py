"""CPU of the whole default pipeline per page, against trafilatura in the same run.

    python benchmarks/pipeline_speed.py [--data ../shared/corpora/body/scrapinghub] [--rounds 3]
        [--limit N] [--without claims,comments]

Issue 17's goal: ``articlekit.extract(page)`` (every default step: layout, headline, body,
metadata, comments, sentences, quantities, claims) at most 0.6x the CPU of trafilatura's
``bare_extraction(with_metadata=True)`` on real pages. Each round times every page with both
systems, interleaved page by page (so a load change on a shared machine hits both alike); the
median over rounds of the total CPU is reported, with the ratio, and the per-step share of
articlekit's time (from ``Pipeline.run`` over each step). Compare ratios from one run, not
absolutes.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import articlekit


def _pages(data: Path, limit: int) -> list[bytes]:
    paths = sorted((data / "html").glob("*.html.gz")) or sorted((data / "cache").glob("*.htm*"))
    out = []
    for p in paths[: limit or None]:
        raw = p.read_bytes()
        out.append(gzip.decompress(raw) if p.suffix == ".gz" else raw)
    return out


def main(argv: list[str] | None = None) -> int:
    """Time the full pipeline and trafilatura's bare_extraction on the same pages."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/scrapinghub"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--without", default="", help="steps to leave out (comma-separated)")
    args = ap.parse_args(argv)
    try:
        import trafilatura  # noqa: PLC0415 - an anchor from the bench extra
    except ImportError:
        print("trafilatura is not installed (pip install -e '.[bench]')", file=sys.stderr)
        return 1
    pages = _pages(args.data, args.limit)
    if not pages:
        print(f"no pages under {args.data}", file=sys.stderr)
        return 1
    pipeline = articlekit.Pipeline.default()
    if args.without:
        pipeline = pipeline.without(*args.without.split(","))
    # Warm both up (regex compilation, dateparser's first parse, lxml) outside the timing.
    pipeline.run(articlekit.load(pages[0]))
    trafilatura.bare_extraction(pages[0], with_metadata=True)
    ours, theirs = [], []
    steps: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.rounds):
        a = b = 0.0
        per_step: dict[str, float] = defaultdict(float)
        for raw in pages:
            start = time.process_time()
            source = articlekit.load(raw)
            doc = articlekit.Document(source=source, problems=source.problems)
            per_step["load"] += time.process_time() - start
            for step in pipeline:
                t0 = time.process_time()
                doc = step(doc)
                per_step[step.name] += time.process_time() - t0
            a += time.process_time() - start
            start = time.process_time()
            trafilatura.bare_extraction(raw, with_metadata=True)
            b += time.process_time() - start
        ours.append(a)
        theirs.append(b)
        for name, seconds in per_step.items():
            steps[name].append(seconds)
    mine, anchor = statistics.median(ours), statistics.median(theirs)
    n = len(pages)
    print(f"{args.data.name}: {n} pages, {args.rounds} rounds (median CPU)")
    print(f"  articlekit full pipeline  {1000 * mine / n:7.1f} ms/page")
    print(f"  trafilatura bare_extr.    {1000 * anchor / n:7.1f} ms/page")
    print(f"  ratio                     {mine / anchor:7.2f}x  (goal <= 0.6x)")
    total = sum(statistics.median(v) for v in steps.values())
    for name, values in steps.items():
        share = statistics.median(values) / total
        print(f"    {name:<12} {1000 * statistics.median(values) / n:6.1f} ms/page  {share:5.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
