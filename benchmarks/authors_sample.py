"""Authors of htmldate's dated pages, labelled by reading: a sample, scored side by side.

htmldate's dated pages (``../shared/corpora/metadata/htmldate-dev``) have date gold only. This
draws pages from them, writes a reading file per page for a labeller (the page's visible text
and the markup that may name its author), and scores articlekit and trafilatura against the
labels, on all pages and on the pages in no headline batch (``benchmarks/data/headlines-*``,
whose authors were labelled before and whose misses author rounds read)::

    python benchmarks/authors_sample.py draw --seed 311 --pages 80 --out /tmp/authors
    python benchmarks/authors_sample.py score [--set authors-a] [--errors]

Labels are in ``benchmarks/data/authors-sample.jsonl``, one row per page: ``{"page", "set",
"authors": [...], "note"?}``, written by readers who follow ``benchmarks/data/authors-guide.md``
and run no extractor. Scoring as ``meta_bench.py`` scores authors: equal sets of names after
NFKC, case folding and white-space collapse, names split on ";" and ","; also token F1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATED = SHARED / "corpora" / "metadata" / "htmldate-dev"
SAMPLE = ROOT / "benchmarks" / "data" / "authors-sample.jsonl"

#: Markup that may name an article's author, read for the labeller (a reader of the page sees
#: the visible byline; these say what the page declares).
_META = re.compile(
    r"<meta[^>]+(?:name|property)=[\"'](?:author|article:author|dc\.creator|dcterms\.creator|sailthru\.author|"
    r"parsely-author|byl|twitter:creator)[\"'][^>]*>",
    re.IGNORECASE,
)
_JSON_AUTHOR = re.compile(r"\"author\"\s*:\s*(\{[^{}]*\}|\[[^\]]*\]|\"[^\"]*\")", re.IGNORECASE)


def _pages() -> list[tuple[str, str, bytes]]:
    """(page id, url, raw bytes) of every dated page."""
    gold = json.loads((DATED / "gold.json").read_text(encoding="utf-8"))
    out = []
    for url in sorted(gold):
        path = DATED / "pages" / f"{gold[url]['file']}.gz"
        if path.is_file():
            out.append(
                (f"htmldate-dev/{gold[url]['file']}", url, gzip.decompress(path.read_bytes()))
            )
    return out


def _decoded(raw: bytes) -> str:
    """The page as text: UTF-8, else the charset its markup declares, else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096])
    for name in ([declared.group(1).decode("ascii")] if declared else []) + ["cp1252"]:
        try:
            return raw.decode(name, errors="replace")
        except LookupError:
            continue
    return raw.decode("latin-1")


def _visible(raw: bytes) -> str:
    """The page's visible text, a paragraph per line (as a reader sees it)."""
    import html_text  # noqa: PLC0415 - a benchmark dependency only
    import lxml.html  # noqa: PLC0415

    tree = lxml.html.document_fromstring(_decoded(raw))
    for node in tree.xpath("//head|//script|//style|//noscript|//template"):
        node.drop_tree()
    return str(html_text.extract_text(tree, guess_layout=True))


#: The visible text a reading file holds: a long page's end (where bylines and author boxes also
#: stand) is kept.
_READ = 60_000


def _headline_batches() -> set[str]:
    """The dated pages the headline batches hold, as ``htmldate-dev/<file>`` ids.

    Their authors are labelled too, and author rounds read the misses of some of them.
    """
    found = set()
    for path in (ROOT / "benchmarks" / "data").glob("headlines-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("corpus") == "htmldate":
                found.add("htmldate-dev/" + Path(row["file"]).name.removesuffix(".gz"))
    return found


def draw(out: Path, *, seed: int, pages: int) -> None:
    """Draw ``pages`` dated pages in no sample yet; write a reading file for each."""
    known = _headline_batches()
    if SAMPLE.is_file():
        known |= {
            json.loads(line)["page"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()
        }
    chosen = [p for p in _pages() if p[0] not in known]
    random.Random(seed).shuffle(chosen)  # noqa: S311 - a reproducible draw, not a secret
    out.mkdir(parents=True, exist_ok=True)
    listing = []
    for k, (pid, url, raw) in enumerate(chosen[:pages]):
        text = _decoded(raw)
        visible = _visible(raw)
        marks = _META.findall(text) + [m[:300] for m in _JSON_AUTHOR.findall(text)]
        name = f"page{k:03d}.txt"
        (out / name).write_text(
            f"PAGE {pid}\nURL {url}\n\n== markup that may name the author ==\n"
            + "\n".join(marks[:12])
            + "\n\n== visible text ==\n"
            + visible[:_READ],
            encoding="utf-8",
        )
        listing.append({"file": name, "page": pid})
    (out / "pages.json").write_text(json.dumps(listing, indent=1), encoding="utf-8")
    print(f"{len(listing)} pages -> {out}")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def author_set(names: list[str]) -> frozenset[str]:
    """Names as ``meta_bench.py`` compares them: split on ";" and ",", normalised."""
    return frozenset(_norm(p) for n in names for p in re.split(r"[;,]", n) if _norm(p))


def _tokens(names: frozenset[str]) -> list[str]:
    return [t for n in sorted(names) for t in re.findall(r"\w+", n)]


def _token_f1(gold: frozenset[str], found: frozenset[str]) -> float:
    g, f = _tokens(gold), _tokens(found)
    if not g and not f:
        return 1.0
    common = sum(min(g.count(t), f.count(t)) for t in set(g))
    if not common:
        return 0.0
    p, r = common / len(f), common / len(g)
    return 2 * p * r / (p + r)


def _articlekit(raw: bytes, url: str) -> list[str]:
    import adapters  # noqa: PLC0415 - benchmarks/ is on the path (score puts it there once)

    return list(adapters.meta(raw, url)["authors"])


def _trafilatura(raw: bytes, url: str) -> list[str]:
    import trafilatura  # noqa: PLC0415

    found: Any = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    value = getattr(found, "author", None) if found is not None else None
    return [a.strip() for a in value.split(";")] if value else []


def score(sets: list[str], *, errors: bool) -> None:
    """Exact set accuracy and token F1 per system, on the labelled rows of ``sets``."""
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if not sets or r["set"] in sets]
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    batches = _headline_batches()
    print("all pages:")
    _score(rows, errors=errors)
    print("\npages in no headline batch (never labelled before):")
    _score([r for r in rows if r["page"] not in batches], errors=errors)


def _score(rows: list[dict[str, Any]], *, errors: bool) -> None:
    raw = {pid: (url, data) for pid, url, data in _pages()}
    systems = {"articlekit": _articlekit, "trafilatura": _trafilatura}
    print(f"{len(rows)} pages ({sum(bool(r['authors']) for r in rows)} with an author)")
    if not rows:
        return
    print(
        "| system | exact (all pages) | exact (pages with an author) | token F1 (with) | none-ok |"
    )
    print("|---|---|---|---|---|")
    for name, fn in systems.items():
        exact = with_exact = f1 = none_ok = 0.0
        n_with = 0
        lines = []
        for r in rows:
            url, data = raw[r["page"]]
            gold = author_set(r["authors"])
            found = author_set(fn(data, url))
            ok = gold == found
            exact += ok
            if gold:
                n_with += 1
                with_exact += ok
                f1 += _token_f1(gold, found)
            else:
                none_ok += not found
            if not ok:
                lines.append(f"  {r['page']}: gold {sorted(gold)} found {sorted(found)}")
        n_none = len(rows) - n_with
        print(
            f"| {name} | {exact / len(rows):.3f} | {with_exact / max(n_with, 1):.3f} | "
            f"{f1 / max(n_with, 1):.3f} | {none_ok / max(n_none, 1):.3f} |"
        )
        if errors and name == "articlekit":
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> None:
    """Draw pages for labelling, or score the labelled sample."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("command", choices=("draw", "score"))
    ap.add_argument("--seed", type=int, default=311)
    ap.add_argument("--pages", type=int, default=80)
    ap.add_argument("--out", type=Path, required=False, default=Path("authors-draw"))
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    if args.command == "draw":
        draw(args.out, seed=args.seed, pages=args.pages)
    else:
        score(args.set, errors=args.errors)


if __name__ == "__main__":
    main()
