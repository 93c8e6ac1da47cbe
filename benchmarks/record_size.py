"""Record sizes: the full Document's JSON against the compact record, on the body corpora.

Runs the default pipeline on every page of ``../shared/corpora/body/*`` (HTML, and with
``--text-dumps`` the whole-page text dumps too) and prints, per set, the mean and total size in
bytes (UTF-8) of one JSON line per page in each profile, the compact/full ratio, and the CPU time
of writing each (``Document.to_json`` against ``articlekit.output.to_jsonl``, as a ratio: a shared
machine's absolute times mean little). The goal of issue 23 is a compact record of at most 25% of
the full one.

    python benchmarks/record_size.py [--text-dumps] [--limit N]

Not a test: it needs the corpora and takes minutes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import articlekit
from articlekit.output import to_jsonl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from snapshot import _REFERENCE, pages  # the benchmarks folder is not a package


def main() -> int:
    """Print the size table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-dumps", action="store_true", help="also the text dumps")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    args = parser.parse_args()
    sizes: dict[str, list[tuple[int, int]]] = defaultdict(list)
    seconds = {"full": 0.0, "compact": 0.0}
    for page_id, raw, url in pages(text_dumps=args.text_dumps):
        parts = page_id.split("/")
        if parts[0] not in {"scrapinghub", "trafilatura-dev", "edge-cases"}:
            continue
        group = "/".join(parts[:2]) if parts[0] != "edge-cases" else "edge-cases/html"
        if args.limit and len(sizes[group]) >= args.limit:
            continue
        doc = articlekit.extract(raw, url=url, reference_time=_REFERENCE)
        started = time.process_time()
        full = len(doc.to_json().encode("utf-8"))
        seconds["full"] += time.process_time() - started
        started = time.process_time()
        compact = len(to_jsonl(doc).encode("utf-8"))
        seconds["compact"] += time.process_time() - started
        sizes[group].append((full, compact))
    print("| set | pages | full: mean bytes | compact: mean bytes | compact / full (totals) |")
    print("|---|---|---|---|---|")
    every: list[tuple[int, int]] = []
    for group in sorted(sizes):
        rows = sizes[group]
        every.extend(rows)
        _row(group, rows)
    _row("all", every)
    print(
        f"\nwriting CPU: compact {seconds['compact'] / max(seconds['full'], 1e-9):.2f}x the full "
        f"Document's ({seconds['full'] / max(len(every), 1) * 1000:.1f} ms a page for the full one)"
    )
    return 0


def _row(name: str, rows: list[tuple[int, int]]) -> None:
    full = [f for f, _ in rows]
    compact = [c for _, c in rows]
    ratio = sum(compact) / sum(full) if full else 0.0
    print(
        f"| {name} | {len(rows)} | {statistics.fmean(full):,.0f} | "
        f"{statistics.fmean(compact):,.0f} | {ratio:.1%} |"
    )


if __name__ == "__main__":
    raise SystemExit(main())
