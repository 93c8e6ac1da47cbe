"""Time one pipeline step on real pages: sentences per second for ``sentences`` and ``claims``.

    python benchmarks/step_speed.py [--data ../shared/corpora/body/scrapinghub] [--rounds 3]
        [--steps quantities]

Pages are extracted once up to the step's inputs; then only the step is timed, over all pages,
``--rounds`` times (the median CPU time is reported). Machines here are shared: compare runs
of two versions made one after the other, not absolutes (e.g. an older checkout with
``PYTHONPATH=/path/to/old/src``).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

import articlekit


def main(argv: list[str] | None = None) -> int:
    """Time the sentences, quantities and claims steps."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/scrapinghub"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--steps", default="sentences,quantities,claims", help="comma-separated step names"
    )
    args = ap.parse_args(argv)
    paths = sorted((args.data / "html").glob("*.html.gz"))
    if not paths:
        print(f"no pages under {args.data}/html", file=sys.stderr)
        return 1
    pipeline = articlekit.Pipeline.default()
    before_claims = pipeline.without("claims")
    docs = [before_claims.run(articlekit.load(gzip.decompress(p.read_bytes()))) for p in paths]
    sentences = sum(len(d.sentences) for d in docs)
    for name in args.steps.split(","):
        step = pipeline[name]
        times = []
        for _ in range(args.rounds):
            start = time.process_time()  # CPU: the machine is shared
            for d in docs:
                step(d)
            times.append(time.process_time() - start)
        t = statistics.median(times)
        print(
            f"{name:10s} {len(docs)} pages, {sentences} sentences: {sentences / t:,.0f} sentences/s"
            f" ({t:.2f} s CPU, median of {args.rounds})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
