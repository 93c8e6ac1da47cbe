"""CPU time of the claims step against the sentences step (the anchor), on real pages.

    python benchmarks/claims_speed.py [--data ../shared/corpora/body/scrapinghub] [--rounds 5]

Pages are run once up to the claims step; then the sentences step and the claims step are timed
(process CPU time, the median of ``--rounds``) on the same Documents. The machine is shared, so
the figure to compare between two versions of the code is the ratio claims / sentences measured
in one run, not sentences per second.
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
    """Print sentences per CPU second of both steps and their ratio."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/scrapinghub"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    paths = sorted((args.data / "html").glob("*.html.gz"))
    if not paths:
        print(f"no pages under {args.data}/html", file=sys.stderr)
        return 1
    pipeline = articlekit.Pipeline.default()
    before = pipeline.without("claims")
    docs = [before.run(articlekit.load(gzip.decompress(p.read_bytes()))) for p in paths]
    sentences = sum(len(d.sentences) for d in docs)
    times: dict[str, list[float]] = {"sentences": [], "claims": []}
    for _ in range(args.rounds):
        for name, spent in times.items():
            step = pipeline[name]
            start = time.process_time()
            for d in docs:
                step(d)
            spent.append(time.process_time() - start)
    t = {name: statistics.median(v) for name, v in times.items()}
    per_s = {name: sentences / v for name, v in t.items()}
    print(
        f"{len(docs)} pages, {sentences} sentences: sentences step {per_s['sentences']:,.0f}/s, "
        f"claims step {per_s['claims']:,.0f}/s, claims/sentences CPU "
        f"{t['claims'] / t['sentences']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
