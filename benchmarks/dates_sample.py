"""Publication dates on labelled pages no date rule was tuned on: HTML and text dumps.

The date harness (``meta_bench.py``) scores htmldate's dated pages and trafilatura-dev, the two
sets the date rules were written against. The scrapinghub body set has no date gold; its 181
pages were labelled by reading (``benchmarks/data/dates-scrapinghub.jsonl``, guide in
``benchmarks/data/dates-guide.md``: the day the article was first published, as the page shows
or declares it; ``null`` when it gives none) before they were scored. This script scores the
published day the default pipeline finds in each page's HTML and in its text dump (rendered
with the body harness's own renderer, ``body_bench.page_dump``), next to htmldate and
trafilatura on the HTML in the same run.

    python benchmarks/dates_sample.py [--show-fails N] [--dumps]

``--dumps`` also scores the text dumps of the two sets the date rules were written against
(htmldate-dev's gold dates, trafilatura-dev's evaluation data): ``meta_bench.py`` scores only
their HTML.

``accuracy`` is over the pages with a labelled date (a wrong day and no day are both misses);
``none-ok`` is the share of pages labelled ``null`` left without a date.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import articlekit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "benchmarks" / "data" / "dates-scrapinghub.jsonl"
sys.path.insert(0, str(SHARED / "eval"))
import body_bench  # noqa: E402 - the harnesses live in ../shared/eval

_PIPELINE = articlekit.Pipeline.default().without("comments", "sentences", "quantities", "claims")
Finder = Callable[[str, str | None], str | None]


def _articlekit(text: str, url: str | None) -> str | None:
    found = _PIPELINE.run(articlekit.load(text, url=url)).metadata.published
    return found.value.date().isoformat() if found is not None else None


def _htmldate(extensive: bool) -> Finder:  # noqa: FBT001
    import htmldate  # noqa: PLC0415 - an anchor, installed with the bench extra

    def find(html: str, url: str | None) -> str | None:
        found = htmldate.find_date(html, url=url, extensive_search=extensive)
        return str(found)[:10] if found else None

    return find


def _trafilatura(html: str, url: str | None) -> str | None:
    import trafilatura  # noqa: PLC0415 - an anchor, installed with the bench extra

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    day = getattr(found, "date", None) if found is not None else None
    return str(day)[:10] if day else None


def main(argv: list[str] | None = None) -> int:
    """Score every system on the labelled pages and print one table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-fails", type=int, default=0, metavar="N")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--dumps", action="store_true", help="also htmldate-dev and trafilatura-dev")
    args = ap.parse_args(argv)
    if not args.labels.exists() or not (SHARED / "corpora/body/scrapinghub").exists():
        print(f"needs {args.labels} and ../shared/corpora", file=sys.stderr)
        return 1
    gold = {
        row["file"].removesuffix(".html.gz"): row["published"]
        for row in map(json.loads, args.labels.read_text(encoding="utf-8").splitlines())
        if row
    }
    root = str(SHARED / "corpora/body/scrapinghub")
    pages = [p for p in body_bench.load_pages(root, "scrapinghub", None) if p.pid in gold]
    dumps = {p.pid: body_bench.page_dump(p.html) for p in pages}
    systems: list[tuple[str, Finder, bool]] = [
        ("articlekit, HTML", _articlekit, False),
        ("articlekit, text dump", _articlekit, True),
    ]
    anchors: tuple[tuple[str, Callable[[], Finder]], ...] = (
        ("htmldate extensive", lambda: _htmldate(True)),  # noqa: FBT003
        ("htmldate fast", lambda: _htmldate(False)),  # noqa: FBT003
        ("trafilatura", lambda: _trafilatura),
    )
    for name, make in anchors:
        try:
            systems.append((name, make(), False))
        except ImportError:
            print(f"({name} not installed: skipped)", file=sys.stderr)
    dated = sum(1 for p in pages if gold[p.pid])
    nulls = len(pages) - dated
    print(f"scrapinghub: {len(pages)} labelled pages, {dated} with a date, {nulls} null")
    print(f"{'system':24s}{'accuracy':>10s}{'none-ok':>9s}{'CPU s':>8s}")
    for name, find, text in systems:
        ok = none_ok = 0
        fails = []
        start = time.process_time()
        for p in pages:
            got = find(dumps[p.pid] if text else p.html, p.url)
            want = gold[p.pid]
            if want:
                ok += got == want
            else:
                none_ok += got is None
            if got != want:
                fails.append((p.pid[:12], want, got))
        cpu = time.process_time() - start
        print(f"{name:24s}{ok / max(1, dated):>10.3f}{none_ok / max(1, nulls):>9.3f}{cpu:>8.1f}")
        for fail in fails[: args.show_fails]:
            print("    ", *fail)
    if args.dumps:
        _development_dumps()
    return 0


def _development_dumps() -> None:
    """Text-dump date accuracy on htmldate-dev and trafilatura-dev (pages with a gold date)."""
    import gzip  # noqa: PLC0415 - only for this option

    root = SHARED / "corpora/metadata/htmldate-dev"
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    sets: dict[str, list[tuple[str, str | None, str]]] = {"htmldate-dev": []}
    for url, item in gold.items():
        path = root / "pages" / f"{item['file']}.gz"
        if item.get("date") and path.exists():
            html = body_bench.decode_html(gzip.decompress(path.read_bytes()))
            sets["htmldate-dev"].append((html, url, item["date"][:10]))
    td = SHARED / "corpora/body/trafilatura-dev"
    evaldata = json.loads((td / "evaldata.json").read_text(encoding="utf-8"))
    sets["trafilatura-dev"] = [
        (p.html, p.url, evaldata[p.pid]["date"][:10])
        for p in body_bench.load_pages(str(td), "trafilatura", None)
        if isinstance(evaldata[p.pid].get("date"), str) and evaldata[p.pid]["date"].strip()
    ]
    for name, pages in sets.items():
        ok = sum(_articlekit(body_bench.page_dump(html), url) == day for html, url, day in pages)
        share = ok / max(1, len(pages))
        print(f"{name} text dumps: date accuracy {share:.3f} ({len(pages)} pages)")


if __name__ == "__main__":
    raise SystemExit(main())
