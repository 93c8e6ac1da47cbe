"""Instructions executed for body and headline, counted by valgrind: A/B on a noisy machine.

    python benchmarks/instructions.py --pages 0:60 [--data ../shared/corpora/body/scrapinghub]
    python benchmarks/instructions.py --against /tmp/start/src --anchor --pages 0:30
    python benchmarks/instructions.py --step quantities --against /tmp/start/src --pages 0:60

CPU time on a shared machine spreads by ±10 % between runs of the same code, which hides the
few per cent most speed changes make. The number of instructions a process executes does not
spread: ``valgrind --tool=callgrind`` counts them (about fifty times slower than a plain run, so
take a slice of the pages). Each tree runs twice in fresh processes, once to set up (import,
pages read, a first tiny page) and once to set up and extract the slice's body and headline;
the difference is the work on the pages. ``--against SRC`` counts another source tree the same
way; ``--anchor`` counts trafilatura's ``bare_extraction(with_metadata=True)`` on the same
pages, as ``../shared/eval/body_bench.py`` runs it. ``PYTHONHASHSEED=0`` keeps the counts
repeatable.

Instructions are not time: a C loop in lxml retires more of them per cycle than the Python
interpreter does. The figure to quote for a change is the ratio of two trees' counts; against
the anchor it is a second opinion beside the CPU ratio of ``body_bench.py``.

``--step NAME`` counts one step of the default pipeline instead: both processes run the steps
before it on every page and then the step once on every document (a first time: patterns and a
language's tables are built then); the counting one runs the step on every document again.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

_HERE = Path(__file__).resolve()
_EVAL = _HERE.parents[2] / "shared" / "eval"

_WORK = r"""
import sys
sys.path.insert(0, EVAL)
import body_bench
root = DATA
pages = body_bench.load_pages(root, body_bench.detect_layout(root), None)[LO:HI]
if WHO == "anchor":
    run = body_bench.make_extractor("trafilatura", "html", False)
    want = frozenset({"body", "title"})
    run(pages[0].html, pages[0].url, want)
    if WORK:
        for p in pages:
            run(p.html, p.url, want)
elif STEP:
    import articlekit
    steps = articlekit.Pipeline.default().steps
    at = [s.name for s in steps].index(STEP)
    before = articlekit.Pipeline(steps[:at])
    docs = [before.run(articlekit.load(p.html, url=p.url)) for p in pages]
    for doc in docs:
        steps[at](doc)
    if WORK:
        for doc in docs:
            steps[at](doc)
else:
    import articlekit
    pipe = articlekit.Pipeline.default().without(
        "metadata", "comments", "sentences", "quantities", "claims"
    )
    pipe.run(articlekit.load("<html><body><h1>T</h1><p>A first page to set up.</p></body></html>"))
    if WORK:
        for p in pages:
            pipe.run(articlekit.load(p.html, url=p.url))
"""


def _count(who: str, src: str | None, data: str, lo: int, hi: int, *, step: str, work: bool) -> int:
    """Instructions of one fresh process (setting up, and extracting if ``work``)."""
    code = (
        _WORK.replace("EVAL", repr(str(_EVAL)))
        .replace("STEP", repr(step))
        .replace("DATA", repr(data))
        .replace("LO", str(lo))
        .replace("HI", str(hi))
        .replace("WHO", repr(who))
        .replace("WORK", repr(work))
    )
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if src is not None:
        env["PYTHONPATH"] = src
    valgrind = shutil.which("valgrind") or "valgrind"
    command = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    out = subprocess.run(  # noqa: S603 - our own code, run by this interpreter
        [*command, sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no count:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def _work(who: str, src: str | None, data: str, lo: int, hi: int, *, step: str = "") -> int:
    """Instructions spent on the pages: the extracting process less the one that only sets up."""
    return _count(who, src, data, lo, hi, step=step, work=True) - _count(
        who, src, data, lo, hi, step=step, work=False
    )


def main() -> None:
    """Count and print each tree's (and the anchor's) instructions on the slice of pages."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", default=str(_HERE.parents[2] / "shared/corpora/body/scrapinghub"))
    ap.add_argument("--pages", default="0:30", help="a slice of the pages, LO:HI")
    ap.add_argument("--against", help="another source tree to count the same way")
    ap.add_argument("--anchor", action="store_true", help="count trafilatura too")
    ap.add_argument("--step", default="", help="count this step of the default pipeline alone")
    args = ap.parse_args()
    if args.step and args.anchor:
        raise SystemExit("--anchor counts body and headline; it has no --step")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    lo, hi = (int(x) for x in args.pages.split(":"))
    here = str(_HERE.parents[1] / "src")
    this = _work("articlekit", here, args.data, lo, hi, step=args.step)
    what = f"the {args.step} step" if args.step else "body and headline"
    print(f"this     {this / 1e6:10.0f} M instructions ({what}), pages {lo}:{hi} of {args.data}")
    if args.against:
        other = _work("articlekit", args.against, args.data, lo, hi, step=args.step)
        print(f"against  {other / 1e6:10.0f} M   this / against {this / other:.3f}")
    if args.anchor:
        anchor = _work("anchor", None, args.data, lo, hi)
        print(f"anchor   {anchor / 1e6:10.0f} M   this / trafilatura {this / anchor:.3f}")


if __name__ == "__main__":
    main()
