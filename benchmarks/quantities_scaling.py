"""Time the quantity reader against input size: it must grow linearly.

    python benchmarks/quantities_scaling.py [--sizes 256,512,1024,2048] [--family all]

For each family of input (the hostile ones of the robustness issue, and real page text: the
bodies of the scrapinghub development pages, concatenated), prints the CPU time of
``find_quantities`` and of the quantities step at each size in KB, the time per MB, and the
ratio between the largest and smallest size per MB (about 1 when the growth is linear). Sizes in
KB; defaults stop at 2 MB because the hostile families hold a number every 4 characters (a
quarter of a million facts per MB). Shared machine: compare ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

import articlekit
from articlekit.facts.quantities import find_quantities

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "corpora" / "body" / "scrapinghub" / "html"


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


_ENOUGH_TEXT = 2_000_000


def _page_text(size: int) -> str:
    bodies: list[str] = []
    total = 0
    pipeline = articlekit.Pipeline.default().only("layout", "headline", "body")
    for path in sorted(PAGES.glob("*.html.gz")):
        doc = pipeline.run(articlekit.load(gzip.decompress(path.read_bytes())))
        bodies.append(doc.text)
        total += len(bodies[-1])
        if total > _ENOUGH_TEXT:
            break
    text = "\n\n".join(bodies)
    return (text * (size // max(len(text), 1) + 1))[:size]


FAMILIES: dict[str, Callable[[int], str]] = {
    "digit groups '1 111 111 … 1'": lambda size: "1" + " 111" * ((size - 3) // 4) + " 1",
    "winning numbers '123 123 … 4'": lambda size: (
        "Winning numbers: " + _repeat("123 ")(size - 20) + "4"
    ),
    "'one hundred and twenty …'": _repeat("one hundred and twenty "),
    "'two hundred and …'": _repeat("two hundred and "),
    "page text (scrapinghub bodies)": _page_text,
}


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    """Print time against size for every family."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="256,512,1024,2048", help="sizes in KB, comma-separated")
    ap.add_argument("--family", default="all", help="a substring of a family name, or 'all'")
    args = ap.parse_args(argv)
    sizes = [int(s) * 1024 for s in args.sizes.split(",")]
    page_cache: dict[int, str] = {}
    print("| family | KB | find_quantities s | per MB s | facts |")
    print("|---|---|---|---|---|")
    for name, make in FAMILIES.items():
        if args.family != "all" and args.family not in name:
            continue
        if "page" in name and not PAGES.is_dir():
            print(f"| {name} | - | skipped: {PAGES} is absent | | |")
            continue
        per_mb: list[float] = []
        for size in sizes:
            text = page_cache.setdefault(size, make(size)) if "page" in name else make(size)
            found: list[object] = []
            seconds = _cpu(lambda text=text, found=found: found.extend(find_quantities(text)))
            per_mb.append(seconds / (len(text) / 2**20))
            kb = len(text) // 1024
            print(f"| {name} | {kb} | {seconds:.2f} | {per_mb[-1]:.2f} | {len(found)} |")
        print(f"| {name} | growth per MB, largest/smallest | {per_mb[-1] / per_mb[0]:.2f} | | |")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
