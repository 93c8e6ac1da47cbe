"""A labelled sample of development sentences: claim detection and kind accuracy.

Sentences come from the default pipeline run on development pages (``../shared/corpora``): the
body sets, htmldate's dated pages and the WordPress comment pages. Each line of
``benchmarks/data/claims-sample.jsonl`` holds one sentence, where it is (page, offsets in the
normalised source text) and its label by a reader who followed ``benchmarks/data/claims-guide.md``:
``claim`` true/false and a ``kind`` (a claim kind, or why it is not a claim).

    python benchmarks/claims_sample.py score                  # the labelled sample
    python benchmarks/claims_sample.py score --set fresh      # the fresh set, labelled after tuning
    python benchmarks/claims_sample.py score --set fresh4     # labelled before the kind model
    python benchmarks/claims_sample.py score --set fresh5     # labelled before the lexicon
    python benchmarks/claims_sample.py score --set fresh6     # labelled before the furniture rules
    python benchmarks/claims_sample.py score --set fresh7     # labelled after them
    python benchmarks/claims_sample.py score --set fresh8     # labelled in stop 42, before scoring
    python benchmarks/claims_sample.py score --set fresh9     # labelled in stop 48, before scoring
    python benchmarks/claims_sample.py score --set fresh10    # labelled in stop 60, before scoring
    python benchmarks/claims_sample.py score --set fresh11    # labelled in stop 61, before scoring
    python benchmarks/claims_sample.py score --set fresh12    # labelled in stop 62, before scoring
    python benchmarks/claims_sample.py score --set fresh13    # labelled in stop 63, before scoring
    python benchmarks/claims_sample.py score --set fresh14    # labelled in stop 64, before scoring
    python benchmarks/claims_sample.py score --set fresh15    # labelled in stop 68, before scoring
    python benchmarks/claims_sample.py score --set fresh16    # ... drawn after its first rules
    python benchmarks/claims_sample.py score --set fresh17    # ... drawn after its dash rules
    python benchmarks/claims_sample.py score --set fresh18    # ... drawn after its last rule
    python benchmarks/claims_sample.py score --half tune      # pages kind rules may be tuned on
    python benchmarks/claims_sample.py score --half check     # pages held out from that tuning
    python benchmarks/claims_sample.py draw --pages 44 --per-page 10 --out FILE   # unlabelled
    python benchmarks/claims_sample.py draw --fresh --pages 8 --per-page 10 --out FILE

``score`` re-runs the pipeline on each page, finds each labelled sentence in the new source text
(nearest occurrence to the stored offset) and the claim that covers most of it, and prints
detection precision/recall/F1, kind accuracy on the true claims that were detected, a confusion
table and, with ``--errors``, every miss.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import articlekit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SETS = {
    "sample": DATA / "claims-sample.jsonl",
    "fresh": DATA / "claims-fresh.jsonl",
    "fresh2": DATA / "claims-fresh2.jsonl",
    "fresh3": DATA / "claims-fresh3.jsonl",
    "fresh4": DATA / "claims-fresh4.jsonl",
    "fresh5": DATA / "claims-fresh5.jsonl",
    "fresh6": DATA / "claims-fresh6.jsonl",
    "fresh7": DATA / "claims-fresh7.jsonl",
    "fresh8": DATA / "claims-fresh8.jsonl",
    "fresh9": DATA / "claims-fresh9.jsonl",
    "fresh10": DATA / "claims-fresh10.jsonl",
    "fresh11": DATA / "claims-fresh11.jsonl",
    "fresh12": DATA / "claims-fresh12.jsonl",
    "fresh13": DATA / "claims-fresh13.jsonl",
    "fresh14": DATA / "claims-fresh14.jsonl",
    "fresh15": DATA / "claims-fresh15.jsonl",
    "fresh16": DATA / "claims-fresh16.jsonl",
    "fresh17": DATA / "claims-fresh17.jsonl",
    "fresh18": DATA / "claims-fresh18.jsonl",
}
CORPORA = ("scrapinghub", "trafilatura-dev", "htmldate-dev", "wordpress-dev")
CLAIM_KINDS = ("statistic", "factual", "forecast", "quote", "opinion")
_MIN_BODY_SENTENCES = 4
NOT_CLAIM_KINDS = (
    "question",
    "heading",
    "caption",
    "byline",
    "dateline",
    "credit",
    "navigation",
    "imperative",
    "other",
)


def _pages() -> Iterator[tuple[str, str | bytes, str | None]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import snapshot  # noqa: PLC0415

    for pid, raw, url in snapshot.pages(text_dumps=False):
        if pid.split("/", 1)[0] in CORPORA:
            yield pid, raw, url


def _rank(pid: str) -> str:
    return hashlib.sha1(pid.encode()).hexdigest()  # noqa: S324 - an ordering, not security


def half(pid: str) -> str:
    """The half of the sample a page is in, fixed by a hash of the page id.

    ``tune``: kind rules may be read and tuned on its sentences; ``check``: held out from that.
    """
    return "tune" if int(_rank(pid), 16) % 2 == 0 else "check"


def confusion_table(kinds: list[tuple[str, str | None]]) -> str:
    """A gold-by-predicted table of claim kinds (rows gold, columns predicted)."""
    cols = [*CLAIM_KINDS, "None"]
    counts = Counter((g, str(k)) for g, k in kinds)
    lines = ["gold \\ pred  " + " ".join(f"{c[:9]:>9s}" for c in cols) + "    acc"]
    for g in CLAIM_KINDS:
        row = [counts[g, c] for c in cols]
        total = sum(row)
        acc = f"{counts[g, g] / total:.3f}" if total else "  -  "
        lines.append(f"{g:12s} " + " ".join(f"{n:9d}" for n in row) + f"  {acc}")
    return "\n".join(lines)


def _extract(raw: str | bytes, url: str | None) -> articlekit.Document:
    return articlekit.extract(raw, url=url)


def draw(args: argparse.Namespace) -> None:
    """Write an unlabelled sample: sentences of pages chosen by a hash of their id."""
    used = set()
    for path in SETS.values():
        if path.is_file():
            used |= {json.loads(line)["page"] for line in path.read_text().splitlines() if line}
    by_corpus: dict[str, list[tuple[str, str | bytes, str | None]]] = {}
    for page in _pages():
        by_corpus.setdefault(page[0].split("/", 1)[0], []).append(page)
    share = {
        "scrapinghub": 0.3,
        "trafilatura-dev": 0.3,
        "htmldate-dev": 0.25,
        "wordpress-dev": 0.15,
    }
    rows = []
    for corpus, pages in by_corpus.items():
        want = max(1, round(args.pages * share[corpus]))
        taken = 0
        for pid, raw, url in sorted(pages, key=lambda p: _rank(p[0])):
            if taken >= want:
                break
            if pid in used:
                continue
            doc = _extract(raw, url)
            body = [s for s in doc.sentences if s.comment is None]
            comments = [s for s in doc.sentences if s.comment is not None]
            if len(body) < _MIN_BODY_SENTENCES:
                continue
            rng = random.Random(_rank(pid))  # noqa: S311 - a reproducible sample, not a secret
            picked = rng.sample(body, min(args.per_page, len(body)))
            picked += rng.sample(comments, min(args.per_comment_page, len(comments)))
            taken += 1
            for s in sorted(picked, key=lambda s: s.span.start):
                i = doc.sentences.index(s)
                prev = doc.sentences[i - 1].text if i else ""
                where = "comment" if s.comment is not None else "body"
                if s.paragraph is None and s.comment is None:
                    where = "headline"
                block = doc.paragraphs[s.paragraph].kind.value if s.paragraph is not None else ""
                rows.append(
                    {
                        "page": pid,
                        "start": s.span.start,
                        "end": s.span.end,
                        "where": where,
                        "block": block,
                        "text": s.text,
                        "previous": prev[-200:],
                        "claim": None,
                        "kind": None,
                    }
                )
    with Path(args.out).open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"{len(rows)} sentences from {len({r['page'] for r in rows})} pages -> {args.out}")


def _locate(text: str, row: dict[str, Any]) -> tuple[int, int] | None:
    """The labelled sentence in a (possibly re-rendered) source: nearest occurrence.

    Rendering may change white space between runs (a line break inside a paragraph becomes a
    space), so the words are matched with any run of white space between them. Where the page
    shows the sentence twice (a pull quote repeats the article's), the occurrences right after
    the labelled sentence's predecessor are the ones labelled.
    """
    if text[row["start"] : row["end"]] == row["text"]:
        return row["start"], row["end"]
    pattern = re.compile(_spaced(row["text"]))
    previous = re.compile(_spaced(row["previous"]) + r"\s*\Z") if row.get("previous") else None
    found = [(match.start(), match.end()) for match in pattern.finditer(text)]
    near = [span for span in found if abs(span[0] - row["start"]) <= _NEAR]
    if previous is not None and len(near) > 1:
        after = [span for span in near if previous.search(text, 0, span[0])]
        found = after or found
    return min(found, key=lambda span: abs(span[0] - row["start"]), default=None)


_NEAR = 1000  # characters a re-rendered page moves a sentence at most (a page's copies lie far)


def _spaced(sentence: str) -> str:
    """A pattern of ``sentence``'s words with any run of white space between them."""
    return r"\s+".join(re.escape(word) for word in sentence.split())


def predictions(rows: list[dict[str, Any]]) -> list[tuple[bool, str | None, str]]:
    """For each row: whether claims cover the sentence, and the kind of the one covering most.

    A labelled sentence is claimed when claims cover more than half of it. It is usually one
    sentence of today's splitter, so one claim; where the splitter now cuts it (an interview's
    "*Question? -Answer. More answer." labelled as one unit, before Arabic's "؟" ended a
    sentence), the claims of its parts count together.
    """
    raw_pages = {pid: (raw, url) for pid, raw, url in _pages() if pid in {r["page"] for r in rows}}
    docs = {pid: _extract(raw, url) for pid, (raw, url) in sorted(raw_pages.items())}
    out: list[tuple[bool, str | None, str]] = []
    for row in rows:
        doc = docs[row["page"]]
        span = _locate(doc.source.text, row)
        if span is None:
            out.append((False, None, "not found"))
            continue
        a, b = span
        best, covered, kind, why = 0, 0, None, ""
        for c in doc.claims:
            overlap = min(b, c.span.end) - max(a, c.span.start)
            if overlap > 0:
                covered += overlap  # (claims never overlap each other)
            if overlap > best:
                best, kind, why = overlap, c.kind.value, "; ".join(c.signals[:2])
        hit = covered * 2 > b - a
        out.append((hit, kind if hit else None, why if hit else ""))
    return out


def unzip_found(
    rows: list[dict[str, Any]], preds: list[tuple[bool, str | None, str]]
) -> tuple[list[dict[str, Any]], list[tuple[bool, str | None, str]]]:
    """The rows (and predictions) whose sentence is still in the rendered page."""
    kept = [(r, p) for r, p in zip(rows, preds, strict=True) if p[2] != "not found"]
    return [r for r, _ in kept], [p for _, p in kept]


def score(args: argparse.Namespace) -> None:
    """Print claim-detection precision/recall/F1 and kind accuracy on a labelled set."""
    path = SETS[args.set]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("claim") is not None]
    if args.half != "all":
        rows = [r for r in rows if half(r["page"]) == args.half]
    preds = predictions(rows)
    gone = sum(1 for _, _, why in preds if why == "not found")
    # A sentence the page no longer renders (the renderer now leaves out content the page hides)
    # cannot be judged as a claim: it is reported, and the body benchmarks judge its loss.
    rows, preds = unzip_found(rows, preds)
    tp = sum(1 for r, (p, _, _) in zip(rows, preds, strict=True) if r["claim"] and p)
    fp = sum(1 for r, (p, _, _) in zip(rows, preds, strict=True) if not r["claim"] and p)
    fn = sum(1 for r, (p, _, _) in zip(rows, preds, strict=True) if r["claim"] and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kinds = [(r["kind"], k) for r, (p, k, _) in zip(rows, preds, strict=True) if r["claim"] and p]
    kind_acc = sum(g == k for g, k in kinds) / len(kinds) if kinds else 0.0
    pages = len({r["page"] for r in rows})
    print(
        f"set: {path.name} ({args.half} pages), {len(rows)} sentences from {pages} pages"
        f" ({gone} no longer rendered)"
    )
    print(f"claims labelled: {sum(bool(r['claim']) for r in rows)}, detected: {tp + fp}")
    print(
        f"claim detection  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
        f"   (tp {tp}, fp {fp}, fn {fn})"
    )
    print(f"kind accuracy on detected true claims  {kind_acc:.3f}  ({len(kinds)})")
    print(confusion_table(kinds))
    fp_by = Counter(
        r["kind"] for r, (p, _, _) in zip(rows, preds, strict=True) if p and not r["claim"]
    )
    print("false claims by labelled kind:", dict(fp_by.most_common()))
    if args.errors:
        for r, (p, k, why) in zip(rows, preds, strict=True):
            if bool(r["claim"]) != p or (p and r["claim"] and r["kind"] != k):
                text = " ".join(r["text"].split())[:150]
                print(f"- gold {r['kind']:10s} pred {k!s:10s} [{why}] {r['page'][:24]}: {text}")


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write an unlabelled sample")
    d.add_argument("--pages", type=int, default=44)
    d.add_argument("--per-page", type=int, default=10)
    d.add_argument("--per-comment-page", type=int, default=4)
    d.add_argument("--fresh", action="store_true", help="only pages no labelled set uses")
    d.add_argument("--out", required=True)
    s = sub.add_parser("score", help="score the pipeline on a labelled set")
    s.add_argument("--set", choices=sorted(SETS), default="sample")
    s.add_argument("--errors", action="store_true", help="list every miss")
    s.add_argument(
        "--half",
        choices=("all", "tune", "check"),
        default="all",
        help="only the pages of one half of the sample (see half())",
    )
    args = parser.parse_args()
    draw(args) if args.command == "draw" else score(args)


if __name__ == "__main__":
    main()
