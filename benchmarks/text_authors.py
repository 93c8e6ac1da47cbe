"""Text-dump authors on every page with known authors, next to the same pages' HTML.

No harness scores the authors of a text dump: ``meta_bench.py`` hands extractors the HTML. This
script renders each page to a dump with the body harness's own renderer
(``body_bench.page_dump``) and compares the authors the default pipeline finds in it with the
gold: the labelled headline batches' authors (``benchmarks/data/headlines-*.jsonl``: htmldate-dev
and scrapinghub pages) and trafilatura-dev's evaluation data (its ``author`` field, names split
on ``;`` and ``,``; an empty value there may just be unannotated). Names are compared as sets
after NFKC, casefold and white-space collapse, as ``meta_bench.py`` does.

    python benchmarks/text_authors.py [--show-fails N]

Measured 2026-12-04 (stop 36), exact author sets, text dumps (HTML of the same pages):

==========================  ==================  ==================  ===============
                            htmldate-dev        scrapinghub         trafilatura-dev
==========================  ==================  ==================  ===============
pages with a gold author    310                 148                 176
start of stop 36            .306 (HTML .819)    .399 (HTML .953)    .295
now                         .432 (HTML .819)    .595 (HTML .953)    .443
pages without, left empty   .953 -> .938        .970 -> .939        .916 -> .890
==========================  ==================  ==================  ===============

Stop 73 (2026-12-07), start -> end, same session: text dumps .468 -> .529, .622 -> .669,
.466 -> .517 (HTML .839 -> .858, .953, .682 -> .710); pages without an author left empty
.938, .909 -> .848, .877 -> .857.

Since stop 74 a fourth row, ``authors-sample``: the pages of ``benchmarks/data/authors-sample
.jsonl`` (htmldate-dev, labelled by reading) in no headline batch, so never among the misses a
text-dump author round read: the rules' held-out row. Stop 74 (2026-12-08), start -> end:
authors-sample .404 -> .426 (47 pages; empty .929, 14), htmldate .529 -> .561, scrapinghub
.669 -> .730, trafilatura-dev .517 -> .545; empty .938 -> .930, .848, .857 -> .851; HTML
unchanged.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import headline_sample

import articlekit

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import body_bench  # noqa: E402 - the harnesses live in ../shared/eval

_PIPELINE = articlekit.Pipeline.default().without("comments", "sentences", "quantities", "claims")
_SPLIT = re.compile(r"[;,]")


def pages() -> list[dict[str, Any]]:
    """Every page with an author label: labelled batches, the authors sample, trafilatura-dev."""
    out = []
    for name in headline_sample.ALL_SETS:
        for row in headline_sample.sample_rows(str(headline_sample.SETS[name])):
            if "authors" in row:
                html = headline_sample.read_page(row)
                out.append(
                    {
                        "corpus": row["corpus"],
                        "url": row["url"],
                        "html": html,
                        "gold": row["authors"] or [],
                    }
                )
    out.extend(_sample_pages(_batch_files()))
    root = SHARED / "corpora/body/trafilatura-dev"
    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for page in body_bench.load_pages(str(root), "trafilatura", None):
        value = evaldata[page.url].get("author")
        gold = [n for n in _SPLIT.split(value) if n.strip()] if isinstance(value, str) else []
        out.append({"corpus": "trafilatura-dev", "url": page.url, "html": page.html, "gold": gold})
    return out


def _batch_files() -> set[str]:
    """The htmldate-dev file names of the headline batches' pages."""
    return {
        str(row["file"]).split("/")[-1].removesuffix(".gz")
        for name in headline_sample.ALL_SETS
        for row in headline_sample.sample_rows(str(headline_sample.SETS[name]))
    }


def _sample_pages(batch: set[str]) -> list[dict[str, Any]]:
    """The authors sample's pages in no headline batch (``benchmarks/data/authors-sample.jsonl``).

    Labelled by reading, and never among the pages whose text-dump misses author rounds read:
    the text-dump rules' held-out row.
    """
    root = SHARED / "corpora/metadata/htmldate-dev"
    urls = {
        item["file"]: url
        for url, item in json.loads((root / "gold.json").read_text(encoding="utf-8")).items()
    }
    sample = Path(__file__).resolve().parent / "data" / "authors-sample.jsonl"
    out = []
    for line in sample.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        name = row["page"].split("/")[-1]
        if name in batch:
            continue
        raw = gzip.decompress((root / "pages" / f"{name}.gz").read_bytes())
        gold = [n for a in row["authors"] for n in _SPLIT.split(a) if n.strip()]
        html = body_bench.decode_html(raw)
        out.append({"corpus": "authors-sample", "url": urls.get(name), "html": html, "gold": gold})
    return out


def _found(inp: str, url: str) -> set[str]:
    doc = _PIPELINE.run(articlekit.load(inp, url=url))
    if doc.metadata is None:
        return set()
    return {headline_sample.norm(a.value) for a in doc.metadata.authors}


def main(argv: Sequence[str] | None = None) -> None:
    """Print exact author accuracy per corpus for text dumps and HTML."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-fails", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    ok: Counter[tuple[str, str, bool]] = Counter()
    seen: Counter[tuple[str, str, bool]] = Counter()
    fails: list[tuple[str, list[str], list[str]]] = []
    for page in pages():
        gold = {headline_sample.norm(n) for n in page["gold"]}
        for mode in ("text", "html"):
            inp = body_bench.page_dump(page["html"]) if mode == "text" else page["html"]
            found = _found(inp, page["url"])
            key = (page["corpus"], mode, bool(gold))
            seen[key] += 1
            ok[key] += found == gold
            if mode == "text" and found != gold:
                fails.append((page["corpus"], sorted(gold), sorted(found)))
    for corpus in sorted({c for c, _, _ in seen}):
        cells = []
        for mode in ("text", "html"):
            with_gold, without = (corpus, mode, True), (corpus, mode, False)
            cells.append(
                f"{mode} {ok[with_gold] / max(1, seen[with_gold]):.3f} ({seen[with_gold]})"
                f" / empty {ok[without] / max(1, seen[without]):.3f} ({seen[without]})"
            )
        print(f"{corpus:16s} " + "   ".join(cells))
    for corpus, gold, found in fails[: args.show_fails]:
        print(f"    {corpus:16s} gold {gold}  found {found}")


if __name__ == "__main__":
    main()
