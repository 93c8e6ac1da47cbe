"""The comment sections of every development page that has one: expected, found, and defects.

    python benchmarks/comments_pages.py [--corpora ../shared/corpora] [--all]

Pages are the HTML of ``body/scrapinghub``, ``body/trafilatura-dev``, ``metadata/htmldate-dev``
and ``comments/wordpress-dev`` whose markup holds comment ids (WordPress ``comment-N``, Disqus
``dsq-comment-N``, Blogger ``li.comment#cN``). "expected" counts those distinct ids in the raw
HTML, independently of the extractor; "found" is what the pipeline returns. Each comment is
checked for the defects issue 21 names: an author holding a date, "says", an action word or a
separator; a body starting or ending in an action line ("Reply", "Report", "Antworten") or
holding the "<name> says:" / "wrote on" header; a missing date where the markup shows one
(``<time>``, ``comment-meta``/``comment-date``/``datetime`` parts). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

import articlekit

ROOT = Path(__file__).resolve().parent.parent
_IDS = re.compile(
    rb"""id=["'](?:li-|dsq-)?comment-(\d+)["']|<li[^>]*class=["']comment["'][^>]*id=["']c(\d+)["']"""
)
_DATED = re.compile(rb"comment-meta|comment-date|commentmetadata|<time|datetime", re.IGNORECASE)
#: A line of nothing but action links ("Reply", "Report | Reply", "Like 3"); a line a commenter
#: wrote ("Like!", "Reply to Ann: yes") is text.
_WORDS = (
    r"(?:reply|report|permalink|antworten|responder|répondre|rispondi|beantwoorden|melden"
    r"|edit|delete|löschen|eliminar|supprimer|share|like|quote)(?:\s+\d+)?"
)
_ACTION = re.compile(rf"^{_WORDS}(?:\s*[|·•]?\s*{_WORDS})*[\s↓↑→»›]*$", re.IGNORECASE)
_BAD_AUTHOR = re.compile(
    r"\b(?:says|sagt|wrote|schrieb|reply|report|antworten)\b|[·|•»]|\b(?:19|20)\d\d\b|\d:\d\d",
    re.IGNORECASE,
)
_HEADER_IN_BODY = re.compile(r"\b(?:says|sagt|schreibt|wrote on|schrieb am)\s*:", re.IGNORECASE)


def _pages(corpora: Path) -> list[Path]:
    out: list[Path] = []
    for pattern in (
        "body/scrapinghub/html/*.html*",
        "body/trafilatura-dev/cache/*.html*",
        "metadata/htmldate-dev/pages/*.html*",
        "comments/wordpress-dev/html/*.html*",
    ):
        out.extend(sorted(corpora.glob(pattern)))
    return out


def _raw(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def audit(path: Path, pipeline: articlekit.Pipeline) -> dict[str, object] | None:
    """The page's row, or ``None`` when its markup holds no comment ids."""
    html = _raw(path)
    ids = {a or b for a, b in _IDS.findall(html)}
    if not ids:
        return None
    doc = pipeline.run(articlekit.load(html))
    authors = dates = bad_author = bad_body = 0
    for c in doc.comments:
        body = doc.text_of(c.body)
        for q in c.quotes:  # a header inside a quoted comment is the quoted comment's
            body = body.replace(doc.text_of(q), "")
        authors += c.author is not None
        dates += c.posted is not None
        bad_author += c.author is not None and (
            bool(_BAD_AUTHOR.search(c.author)) or len(c.author) > 60  # noqa: PLR2004
        )
        lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
        bad_body += bool(
            not lines
            or _ACTION.match(lines[-1])
            or (_ACTION.match(lines[0]) and len(lines[0]) < 20)  # noqa: PLR2004
            or _HEADER_IN_BODY.search(body)
        )
    return {
        "page": f"{path.parent.parent.name}/{path.name.removesuffix('.gz')}",
        "expected": len(ids),
        "found": len(doc.comments),
        "authors": authors,
        "dates": dates,
        "dated_markup": bool(_DATED.search(html)),
        "bad_author": bad_author,
        "bad_body": bad_body,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the table and a total line."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = ap.parse_args(argv)
    pipeline = articlekit.Pipeline.default().without("sentences", "quantities", "claims")
    seen: set[str] = set()
    print("| page | expected | found | with author | with date | author defects | body defects |")
    print("|---|---|---|---|---|---|---|")
    total = dict.fromkeys(("expected", "found", "authors", "dates", "bad_author", "bad_body"), 0)
    for path in _pages(args.corpora):
        if path.name in seen:  # the WordPress dev pages are also body/metadata pages
            continue
        seen.add(path.name)
        row = audit(path, pipeline)
        if row is None:
            continue
        for key in total:
            total[key] += int(row[key])  # type: ignore[call-overload]
        dated = "" if row["dated_markup"] else " (none shown)"
        print(
            f"| {row['page']} | {row['expected']} | {row['found']} | {row['authors']} "
            f"| {row['dates']}{dated} | {row['bad_author']} | {row['bad_body']} |"
        )
    print(
        f"| **all** | {total['expected']} | {total['found']} | {total['authors']} "
        f"| {total['dates']} | {total['bad_author']} | {total['bad_body']} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
