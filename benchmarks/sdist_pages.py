"""Pages no one here tuned on: the article pages of newspaper4k's test suite, side by side.

newspaper4k's source distribution ships, under ``tests/data``, real article pages
(``html/<name>.html``) with the text (``txt/<name>.txt``) and metadata
(``metadata/<name>.json``: title, authors, publish_date, url) its own extractor gave when the
tests were written. They are no held-out set of ours and no development set: Chinese, Japanese,
Thai, Burmese, Arabic, Latvian, Spanish and English news pages, most of them unlike any
development page. The expected values are newspaper4k's regression outputs, not human gold, so
the figures are *agreement* with newspaper4k; every disagreement is printed for reading (several
are newspaper4k's errors: authors taken from related-article lists, a site's name as author).

Fetch the pages (nothing is copied into this repository)::

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/np
    tar xzf /tmp/np/newspaper4k-0.9.6.tar.gz -C /tmp/np
    python benchmarks/sdist_pages.py --data /tmp/np/newspaper4k-0.9.6/tests/data

Per page and on average: body token F1 against newspaper4k's text (characters for Chinese,
Japanese, Thai and Burmese, which write no spaces between words; words elsewhere), whether the
headline, the author set and the published day agree with newspaper4k's metadata, for
articlekit and trafilatura (``bare_extraction(with_metadata=True)``) in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import articlekit

_UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f\u1000-\u109f]")


def tokens(text: str | None) -> list[str]:
    """Words, or characters in the scripts that write no spaces between words."""
    text = text or ""
    if _UNSPACED.search(text):
        return [c for c in text if not c.isspace()]
    return re.findall(r"\w+", text.lower())


def token_f1(gold: str, pred: str | None) -> float:
    """Bag-of-tokens F1."""
    g, p = Counter(tokens(gold)), Counter(tokens(pred))
    overlap = sum((g & p).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _norm(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _articlekit(raw: bytes, url: str | None) -> dict[str, Any]:
    doc = articlekit.extract(raw, url=url)
    meta = doc.metadata
    published = meta.published.value.date().isoformat() if meta and meta.published else None
    return {
        "body": doc.text,
        "title": doc.headline.text if doc.headline else None,
        "authors": [a.value for a in meta.authors] if meta else [],
        "day": published,
    }


def _trafilatura(raw: bytes, url: str | None) -> dict[str, Any]:
    import trafilatura  # noqa: PLC0415 - an anchor, imported when run

    found = trafilatura.bare_extraction(raw.decode("utf-8", "replace"), url=url, with_metadata=True)
    author = getattr(found, "author", None)
    return {
        "body": getattr(found, "text", None),
        "title": getattr(found, "title", None),
        "authors": [a.strip() for a in author.split(";")] if author else [],
        "day": getattr(found, "date", None),
    }


def main() -> None:
    """Print the side-by-side table and every disagreement."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="newspaper4k's tests/data folder")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    systems = {"articlekit": _articlekit, "trafilatura": _trafilatura}
    totals: dict[str, Counter[str]] = {name: Counter() for name in systems}
    pages = 0
    for html in sorted((args.data / "html").glob("*.html")):
        text_file = args.data / "txt" / f"{html.stem}.txt"
        meta_file = args.data / "metadata" / f"{html.stem}.json"
        if not text_file.exists():
            continue  # a site's front page or a feed: no article text expected
        pages += 1
        gold = text_file.read_text(encoding="utf-8")
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        url = meta.get("url")
        raw = html.read_bytes()
        print(f"## {html.stem}")
        for name, run in systems.items():
            out = run(raw, url)
            f1 = token_f1(gold, out["body"])
            totals[name]["f1"] += f1  # type: ignore[assignment]
            row = [f"body F1 {f1:.3f}"]
            checks = {
                "title": (
                    meta.get("title"),
                    _norm(out["title"]) == _norm(meta.get("title")),
                ),
                "authors": (
                    meta.get("authors"),
                    sorted(map(_norm, out["authors"]))
                    == sorted(map(_norm, meta.get("authors") or [])),
                ),
                "day": (
                    meta.get("publish_date"),
                    (out["day"] or None) == (str(meta.get("publish_date") or "")[:10] or None),
                ),
            }
            for field, (expected, agrees) in checks.items():
                if field in meta or (field == "day" and "publish_date" in meta):
                    totals[name][f"{field} n"] += 1
                    totals[name][field] += agrees
                    if not agrees:
                        row.append(f"{field}: {out[field]!r} (newspaper4k {expected!r})")
            print(f"  {name:12s} " + "; ".join(row))
    print(f"\n{pages} pages: agreement with newspaper4k's expected outputs")
    for name, t in totals.items():
        parts = [f"body F1 {t['f1'] / pages:.3f}"]
        parts += [f"{f} {t[f]}/{t[f + ' n']}" for f in ("title", "authors", "day")]
        print(f"  {name:12s} " + ", ".join(parts))


if __name__ == "__main__":
    main()
