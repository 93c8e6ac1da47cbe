"""Precision and recall of numeric facts on a labelled sample of real page sentences.

    python benchmarks/quantities_sample.py                 # score the sample, both sets
    python benchmarks/quantities_sample.py --show-errors   # and list every miss and false fact
    python benchmarks/quantities_sample.py --without-language  # as a text dump: no declared
                                     # language, the text's own words decide (_language.py)
    python benchmarks/quantities_sample.py build --out F   # draw a new sample (needs ../shared)
    python benchmarks/quantities_sample.py build --fresh-set fresh2 --pages-fresh 40 --out F
    python benchmarks/quantities_sample.py build --fresh-set intl1 --other-languages --out F
    python benchmarks/quantities_sample.py build --fresh-set fresh6 --source polnear --out F
                                     # English news text (PolNeAR), read as a text dump
                                     # a later batch: pages not in the sample yet, any corpus

The sample (``benchmarks/data/quantities-sample.jsonl``, labelled by reading, by the guide in
``benchmarks/data/quantities-guide.md``) holds sentences from the bodies of the development
pages: for each, its paragraph, its place in the paragraph, and one row per candidate that the
reader reported when the sentence was drawn (``label``: fact, not, wrong_value, wrong_unit,
wrong_noun) or per fact it missed (``missed``). Facts carry their gold reading.

Scoring re-runs ``find_quantities`` on each paragraph (with the page's ``language`` where the row
records it) and keeps what falls in the sentence. A
prediction overlapping a labelled fact is *detected*; it is *right* when its value (or range)
and its unit (or the head of its counted noun) equal the gold reading. A prediction over a
"not" row is a false fact, by class; one over no row is *unlabelled* and printed, so that it
can be read and labelled (new readings are never silently counted either way).

Figures: detection precision = detected facts / predictions; strict precision = right facts /
predictions; recall = gold facts detected / gold facts. Each by set ("main": labelled before
tuning, "fresh": pages labelled after tuning, "fresh2": a later batch labelled before the
noun-phrase rule, "intl1"/"intl2": pages in other languages, labelled before the rules for
their numbers; intl2 was scored once, after the tuning on intl1; the later batches fresh3-5
and intl3-6 are described in the guide) and by class.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from articlekit.facts.quantities import find_quantities
from articlekit.model import Quantity

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "benchmarks" / "data" / "quantities-sample.jsonl"
FACT_LABELS = frozenset({"fact", "wrong_value", "wrong_unit", "wrong_noun", "missed"})


def reading(q: Quantity) -> dict[str, Any]:
    """The parts of a quantity the sample judges."""
    return {
        "value": None if q.value is None else str(q.value),
        "low": None if q.low is None else str(q.low),
        "high": None if q.high is None else str(q.high),
        "unit": q.unit.code if q.unit else None,
        "noun": q.noun,
    }


def _same_number(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return Decimal(a) == Decimal(b)


def is_right(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Value (or range) and unit (or the head of the counted noun) as the gold says."""
    if gold.get("value") is not None or gold.get("low") is None:
        if not _same_number(pred.get("value"), gold.get("value")):
            return False
    elif not (
        _same_number(pred.get("low"), gold.get("low"))
        and _same_number(pred.get("high"), gold.get("high"))
    ):
        return False
    if gold.get("unit") is not None:
        return pred.get("unit") == gold["unit"]
    if gold.get("noun"):
        noun = pred.get("noun") or ""
        return noun.split()[-1:] == gold["noun"].split()[-1:]
    return pred.get("unit") is None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(rows: list[dict[str, Any]], *, show: bool) -> dict[str, dict[str, Any]]:
    """Score the current reader on every sentence of the sample, per set."""
    sentences: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        sentences.setdefault(row["sid"], []).append(row)
    out: dict[str, dict[str, Any]] = {}
    for sid, items in sentences.items():
        first = items[0]
        stats = out.setdefault(first["set"], Counter())
        para, (s0, s1) = first["paragraph"], first["sentence_span"]
        preds = [
            (q.span.start - s0, q.span.end - s0, reading(q))
            for q in find_quantities(para, language=first.get("language"))
            if s0 <= q.span.start and q.span.end <= s1
        ]
        labelled = [r for r in items if r.get("label")]
        for a, b, pred in preds:
            hits = [r for r in labelled if _overlap((a, b), tuple(r["span"]))]
            facts = [r for r in hits if r["label"] in FACT_LABELS]
            stats["predictions"] += 1
            if facts:
                stats["detected"] += 1
                if any(is_right(pred, r["gold"]) for r in facts):
                    stats["right"] += 1
                elif show:
                    text = first["sentence"][a:b]
                    print(f"WRONG {sid} {text!r} {pred} gold {facts[0]['gold']}")
            elif hits:
                cls = hits[0].get("class") or "other"
                stats[f"false:{cls}"] += 1
                if show:
                    print(f"FALSE {sid} [{cls}] {first['sentence'][a:b]!r}")
            else:
                stats["unlabelled"] += 1
                print(f"UNLABELLED {sid} {first['sentence'][a:b]!r} {a} {b} {pred}")
        for r in labelled:
            if r["label"] not in FACT_LABELS:
                continue
            stats["gold"] += 1
            if any(_overlap((a, b), tuple(r["span"])) for a, b, _ in preds):
                stats["found"] += 1
            elif show:
                print(f"MISSED {sid} {r['text']!r}")
    return out


def report(stats: dict[str, dict[str, Any]]) -> None:
    """Print the figures per set."""
    print("| set | predictions | detection P | strict P | gold facts | recall | unlabelled |")
    print("|---|---|---|---|---|---|---|")
    for name in sorted(stats):
        s = stats[name]
        n = s["predictions"] or 1
        print(
            f"| {name} | {s['predictions']} | {s['detected'] / n:.3f} | {s['right'] / n:.3f} "
            f"| {s['gold']} | {s['found'] / (s['gold'] or 1):.3f} | {s['unlabelled']} |"
        )
    print()
    print("| set | false facts by class |")
    print("|---|---|")
    for name in sorted(stats):
        s = stats[name]
        classes = sorted((k[6:], v) for k, v in s.items() if k.startswith("false:"))
        print(f"| {name} | " + ", ".join(f"{k} {v}" for k, v in classes) + " |")


def _pages_to_draw(snapshot: Any, fresh_set: str | None, source: str) -> list[tuple[str, Any, Any]]:  # noqa: ANN401
    """The pages a draw may take: (page id, input, url)."""
    if source == "polnear":
        lines = SAMPLE.read_text(encoding="utf-8").splitlines()
        known = {json.loads(line)["page"] for line in lines}
        return [(pid, inp, None) for pid, inp in _polnear_articles() if pid not in known]
    if fresh_set is None:
        return [
            (pid, inp, url)
            for pid, inp, url in snapshot.pages(text_dumps=False)
            if pid.startswith(("scrapinghub/", "trafilatura-dev/"))
        ]
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    known = {json.loads(line)["page"] for line in lines}
    return [
        (pid, inp, url)
        for pid, inp, url in snapshot.pages(text_dumps=False)
        if pid not in known and not pid.startswith(("fixtures/", "edge-cases/"))
    ]


def build(
    out: Path,
    *,
    seed: int,
    pages_main: int,
    pages_fresh: int,
    per_page: int,
    fresh_set: str | None = None,
    other_languages: bool = False,
    source: str = "pages",
) -> None:
    """Draw sentences with numbers from the English development pages' bodies (today's reader).

    With ``fresh_set``, only a later batch of that name is drawn: ``pages_fresh`` pages that the
    sample does not hold yet, from every development page corpus (the body sets, htmldate's
    dated pages, the WordPress comment pages), to be labelled before the next tuning round.
    With ``other_languages``, pages whose language is known and not English are drawn instead
    (how other languages write numbers: "1.000", "3,5 Millionen Euro"). With ``source``
    "polnear", a later batch is drawn from PolNeAR's 840 English news articles instead (plain
    text, read as a text dump; no page of the development corpora is left unlabelled in English).
    """
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import snapshot  # noqa: PLC0415

    import articlekit  # noqa: PLC0415

    chosen = _pages_to_draw(snapshot, fresh_set, source)
    if fresh_set is not None or source == "polnear":
        pages_main = 0
    rng = random.Random(seed)  # noqa: S311 - a reproducible draw, not a secret
    rng.shuffle(chosen)
    rows: list[dict[str, Any]] = []
    pipeline = articlekit.Pipeline.default().without("quantities", "claims")
    taken = 0
    for pid, inp, url in chosen:
        if taken >= pages_main + pages_fresh:
            break
        doc = pipeline.run(articlekit.load(inp, url=url))
        language = doc.metadata.language
        english = language is not None and str(language.value).lower().startswith("en")
        if source == "polnear":
            tag = "en"  # the corpus is English news; a text dump declares no language
        elif language is None or english == other_languages:
            continue  # one language group per batch: English, or the others
        else:
            tag = str(language.value)
        text = doc.source.text
        picks: list[dict[str, Any]] = []
        for p in doc.paragraphs:
            para = text[p.span.start : p.span.end]
            found = find_quantities(para, language=tag)
            for s in doc.within(p.span, doc.sentences):
                s0, s1 = s.span.start - p.span.start, s.span.end - p.span.start
                inside = [q for q in found if s0 <= q.span.start and q.span.end <= s1]
                if inside:
                    picks.append({"para": para, "span": (s0, s1), "found": inside})
        if not picks:
            continue
        set_name = "main" if taken < pages_main else (fresh_set or "fresh")
        taken += 1
        for k, pick in enumerate(rng.sample(picks, min(per_page, len(picks)))):
            s0, s1 = pick["span"]
            sentence = pick["para"][s0:s1]
            sid = f"{pid}#{k}"
            rows.extend(
                {
                    "sid": sid,
                    "set": set_name,
                    "page": pid,
                    "sentence": sentence,
                    "paragraph": pick["para"],
                    "sentence_span": [s0, s1],
                    "span": [q.span.start - s0, q.span.end - s0],
                    "text": q.text,
                    "reading": reading(q),
                    "label": None,
                    "language": tag,
                }
                for q in pick["found"]
            )
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} candidates from {taken} pages -> {out}")


POLNEAR = ROOT.parent / "shared" / "corpora" / "claims" / "polnear" / "polnear-train.tar.gz"


def _polnear_articles() -> list[tuple[str, str]]:
    """PolNeAR's training articles as (page id, text), in the archive's sorted order."""
    import tarfile  # noqa: PLC0415

    with tarfile.open(POLNEAR) as archive:
        members = sorted(
            (m for m in archive.getmembers() if m.name.endswith(".txt") and "/text/" in m.name),
            key=lambda m: m.name,
        )
        out = []
        for member in members:
            handle = archive.extractfile(member)
            if handle is not None:
                name = member.name.rsplit("/", 1)[-1].removesuffix(".txt")
                out.append((f"polnear/{name}", handle.read().decode("utf-8")))
    return out


def main(argv: list[str] | None = None) -> int:
    """Score the sample, or build a new one."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", nargs="?", default="score", choices=["score", "build"])
    ap.add_argument("--sample", type=Path, default=SAMPLE)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--pages-main", type=int, default=160)
    ap.add_argument("--pages-fresh", type=int, default=45)
    ap.add_argument("--per-page", type=int, default=2)
    ap.add_argument("--fresh-set", help="draw only a later batch of this name (unlabelled pages)")
    ap.add_argument("--other-languages", action="store_true", help="draw non-English pages")
    ap.add_argument(
        "--source",
        choices=["pages", "polnear"],
        default="pages",
        help="draw a later batch from PolNeAR's English news articles (needs --fresh-set)",
    )
    ap.add_argument(
        "--without-language",
        action="store_true",
        help="score as if no page declared its language (a text dump declares none)",
    )
    args = ap.parse_args(argv)
    if args.command == "build":
        build(
            args.out or args.sample,
            seed=args.seed,
            pages_main=args.pages_main,
            pages_fresh=args.pages_fresh,
            per_page=args.per_page,
            fresh_set=args.fresh_set,
            other_languages=args.other_languages,
            source=args.source,
        )
        return 0
    rows = [json.loads(line) for line in args.sample.read_text(encoding="utf-8").splitlines()]
    if args.without_language:
        rows = [{**row, "language": None} for row in rows]
    report(score(rows, show=args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
