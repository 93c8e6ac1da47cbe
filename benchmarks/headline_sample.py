"""Headline and author labels on pages no rule was tuned on (issue 18).

Three sub-commands:

``draw``
    Seeded random sample of 70 htmldate-dev pages and 50 scrapinghub pages
    (``--seed``, default 18). Writes the drawn ids, in order, to
    ``benchmarks/data/headlines-draw.json`` with the pages that failed to decode.
``show``
    Prints, for each drawn page, what a reader sees: ``<title>``, ``og:title``,
    ``twitter:title``, JSON-LD ``headline``/``name``/``author``, ``meta name=author``,
    every ``h1``/``h2``, elements whose class contains ``byline``/``author``, and the
    first lines of visible text. Uses lxml only: the labels are written from this
    view, before any extractor has run on the pages.
``score``
    Scores articlekit, trafilatura, goose3, newspaper4k and readability-lxml side by
    side against ``benchmarks/data/headlines-sample.jsonl`` (guide:
    ``benchmarks/data/headlines-guide.md``).

Run from the repository root with the bench extra installed::

    python benchmarks/headline_sample.py draw
    python benchmarks/headline_sample.py show --corpus htmldate > /tmp/pages.txt
    PYTHONPATH=src python benchmarks/headline_sample.py score --show-fails 20
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
HTMLDATE = SHARED / "metadata" / "htmldate-dev"
SCRAPINGHUB = SHARED / "body" / "scrapinghub"
DATA = ROOT / "benchmarks" / "data"
DRAW = DATA / "headlines-draw.json"
SAMPLE = DATA / "headlines-sample.jsonl"
SIZES = {"htmldate": 70, "scrapinghub": 50}

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


def decode(raw: bytes) -> str:
    """Decodes page bytes: BOM / UTF-8 first, then the declared charset.

    Raises:
        UnicodeDecodeError, LookupError: when neither works (the page is skipped).
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(raw[:4096])
    if m:
        return raw.decode(m.group(1).decode("ascii"))
    return raw.decode("cp1252")


def candidates() -> dict[str, list[dict[str, str]]]:
    """All pages of both corpora, in a stable order."""
    gold = json.loads((HTMLDATE / "gold.json").read_text(encoding="utf-8"))
    hd = [
        {"corpus": "htmldate", "id": v["file"], "file": f"pages/{v['file']}.gz", "url": url}
        for url, v in sorted(gold.items(), key=lambda kv: kv[1]["file"])
    ]
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    sh = [
        {"corpus": "scrapinghub", "id": k, "file": f"html/{k}.html.gz", "url": v["url"]}
        for k, v in sorted(truth.items())
    ]
    return {"htmldate": hd, "scrapinghub": sh}


def root_of(corpus: str) -> Path:
    return HTMLDATE if corpus == "htmldate" else SCRAPINGHUB


def read_page(item: dict[str, Any]) -> str:
    path = root_of(item["corpus"]) / item["file"]
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return decode(raw)


def cmd_draw(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    out: dict[str, Any] = {"seed": args.seed, "sizes": SIZES, "pages": [], "skipped": []}
    for corpus, pool in candidates().items():
        order = pool[:]
        rng.shuffle(order)
        taken = 0
        for item in order:
            if taken == SIZES[corpus]:
                break
            try:
                html = read_page(item)
                if not html.strip():
                    raise ValueError("empty page")
            except (OSError, ValueError, LookupError) as exc:
                out["skipped"].append({**item, "reason": f"{type(exc).__name__}: {exc}"[:200]})
                continue
            out["pages"].append(item)
            taken += 1
    DRAW.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"drew {len(out['pages'])} pages, skipped {len(out['skipped'])} -> {DRAW}")


def _jsonld(tree: Any) -> list[Any]:
    found: list[Any] = []
    for s in tree.xpath('//script[contains(@type, "ld+json")]'):
        try:
            data = json.loads(s.text_content() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                if "@graph" in d:
                    stack.append(d["@graph"])
                keep = {k: d[k] for k in ("@type", "headline", "name", "author") if k in d}
                if "headline" in keep or "author" in keep:
                    found.append(keep)
    return found


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def cmd_show(args: argparse.Namespace) -> None:
    import lxml.html

    draw = json.loads(DRAW.read_text(encoding="utf-8"))
    for n, item in enumerate(draw["pages"]):
        if args.corpus and item["corpus"] != args.corpus:
            continue
        if args.start is not None and not (args.start <= n < args.start + args.count):
            continue
        html = read_page(item)
        print("=" * 100)
        print(f"#{n} {item['corpus']} {item['id']}\nURL {item['url']}")
        try:
            tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - a viewer, not a library
            print("PARSE FAIL", exc)
            continue
        for label, xp in [
            ("title", "//title"),
            ("og:title", '//meta[@property="og:title"]/@content'),
            ("tw:title", '//meta[@name="twitter:title"]/@content'),
            ("meta author", '//meta[@name="author"]/@content'),
            ("art:author", '//meta[@property="article:author"]/@content'),
            ("rel=author", '//a[@rel="author"]'),
            ("itemprop author", '//*[@itemprop="author"]'),
        ]:
            vals = [v if isinstance(v, str) else v.text_content() for v in tree.xpath(xp)]
            vals = [_clip(str(v)) for v in vals if str(v).strip()]
            if vals:
                print(f"{label:>15}: " + " | ".join(dict.fromkeys(vals[:4])))
        for d in _jsonld(tree)[:4]:
            print(f"{'jsonld':>15}: {_clip(json.dumps(d, ensure_ascii=False), 300)}")
        for tag in ("h1", "h2"):
            hs = [_clip(h.text_content(), 120) for h in tree.iter(tag)]
            hs = [h for h in hs if h]
            if hs:
                print(f"{tag:>15}: " + " || ".join(hs[:8]) + (f" (+{len(hs) - 8})" if len(hs) > 8 else ""))
        bys = []
        for el in tree.xpath('//*[contains(@class,"byline") or contains(@class,"author") or contains(@class,"Byline") or contains(@class,"Author")]'):
            t = _clip(el.text_content(), 100)
            if t and t not in bys:
                bys.append(t)
        if bys:
            print(f"{'byline/author':>15}: " + " || ".join(bys[:6]))
        body = tree.find("body")
        if body is not None:
            for bad in body.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            for br in body.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "tr", "header", "section", "article"):
                br.tail = "\n" + (br.tail or "")
            lines = [" ".join(x.split()) for x in body.text_content().splitlines()]
            lines = [x for x in lines if x]
            # Start a little above the first line that repeats an h1 / og:title, so the
            # window shows the article's top (title, byline, lead) rather than the menu.
            heads = {_clip(h.text_content(), 400) for h in tree.iter("h1")}
            heads |= {_clip(v, 400) for v in tree.xpath('//meta[@property="og:title"]/@content')}
            start = next((i for i, x in enumerate(lines) if x in heads), 0)
            start = max(0, start - 3)
            print(f"   --- text from line {start} of {len(lines)} ---")
            for x in lines[start : start + args.lines]:
                print("   " + _clip(x, 140))


# ---------------------------------------------------------------- scoring


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="draw the seeded sample")
    d.add_argument("--seed", type=int, default=18)
    s = sub.add_parser("show", help="print what a reader sees, for labelling")
    s.add_argument("--corpus", choices=["htmldate", "scrapinghub"])
    s.add_argument("--start", type=int, help="first draw index")
    s.add_argument("--count", type=int, default=10)
    s.add_argument("--lines", type=int, default=40)
    args = ap.parse_args(argv)
    {"draw": cmd_draw, "show": cmd_show}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
