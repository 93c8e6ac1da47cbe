"""CPU time of the comments step (and the comment-section search of the layout step) on the seed.

    python benchmarks/comments_speed.py [--page fixtures/sony-q2-2012-phonearena/input.txt]
        [--rounds 15]

The page is extracted once up to the comments step's inputs; then the step alone runs
``--rounds`` times and the median CPU time (``time.process_time``) is printed; the very first
call is shown apart (it pays for dateparser's and the model's lazy loading). The
comment-section search (``find_comment_section``, run inside the layout step) and the tree search
alone (``_tree.infer`` on the page's numbered comments) are timed the same way. Machines here are
shared: compare runs made in the same session, not absolutes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import articlekit
from articlekit.comments import _tree, find_comment_section

ROOT = Path(__file__).resolve().parent.parent


def _cpu_ms(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """(first run, median of the other runs) in CPU milliseconds."""
    times = []
    for _ in range(rounds + 1):
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    return times[0], statistics.median(times[1:])


def main(argv: list[str] | None = None) -> int:
    """Time the comments step, the section search and the tree search on one page."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--page", type=Path, default=ROOT / "fixtures" / "sony-q2-2012-phonearena" / "input.txt"
    )
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args(argv)
    pipeline = articlekit.Pipeline.default()
    source = articlekit.from_text(args.page.read_text(encoding="utf-8"))
    doc = pipeline.without("comments", "sentences", "quantities", "claims").run(source)
    step = pipeline["comments"]
    start = time.process_time()
    done = step(doc)
    cold = (time.process_time() - start) * 1000
    text = doc.source.text
    nodes = [
        _tree.Node(
            ref=int(c.ref) if c.ref and c.ref.isdigit() else None,
            author=c.author or "",
            body=text[c.body.start : c.body.end],
            registered=c.is_registered,
        )
        for c in done.comments
    ]
    rows = [
        ("comments step", lambda: step(doc)),
        ("comment-section search (layout)", lambda: find_comment_section(doc.source)),
        ("tree search (_tree.infer)", lambda: _tree.infer(nodes)),
    ]
    print(f"{args.page}: {len(done.comments)} comments; CPU ms, median of {args.rounds} runs")
    print(f"  {'comments step, first call (cold)':34s} {cold:7.2f}")
    for name, fn in rows:
        first, median = _cpu_ms(fn, args.rounds)
        print(f"  {name:34s} {median:7.2f}   (first of the timed runs {first:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
