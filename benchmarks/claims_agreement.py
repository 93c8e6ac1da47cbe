"""How far two careful readers agree on the claims labels, and where the rules stand between them.

Issue 22 asks for kind accuracy >= .85 on the labelled claims. Whether that is within reach
depends on how sharply the guide (``benchmarks/data/claims-guide.md``) separates the kinds: if
two readers who follow it agree on the kind of fewer claims than that, no extractor can be
scored above their agreement by one of them. ``benchmarks/data/claims-relabel.jsonl`` holds a
second, independent labelling of every sentence of the six labelled batches (sample, fresh …
fresh5): the same guide, the same sentences with their preceding sentence, made without sight of
the first labels (stop 36). This script prints, per batch and pooled:

* agreement of the two labellings on claim / not a claim (share and Cohen's kappa);
* agreement on the kind, over the sentences both call claims (share, kappa, and a
  first × second table);
* the pipeline's kind accuracy on those claims against the first labels (what
  ``claims_sample.py score`` reports), against the second, and where the two agree.

    python benchmarks/claims_agreement.py [--table]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import claims_sample

ROOT = Path(__file__).resolve().parent.parent
RELABEL = ROOT / "benchmarks" / "data" / "claims-relabel.jsonl"
KINDS = claims_sample.CLAIM_KINDS


def _kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two labellings given as (first, second) pairs."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _rows() -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Per batch: (first label row, second label row), matched on batch file and line."""
    second: dict[tuple[str, int], dict[str, Any]] = {}
    for line in RELABEL.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            second[row["set"], row["line"]] = row
    out: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for name, path in claims_sample.SETS.items():
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            other = second.get((path.stem, i))
            if row.get("claim") is None or other is None:
                continue
            if other["text"] != row["text"]:
                msg = f"{path.name}:{i}: the second labelling holds another sentence"
                raise SystemExit(msg)
            out.setdefault(name, []).append((row, other))
    return out


def _report(name: str, pairs: list[tuple[dict[str, Any], dict[str, Any]]], *, table: bool) -> None:
    claim_pairs = [(str(bool(a["claim"])), str(bool(b["claim"]))) for a, b in pairs]
    both = [(a, b) for a, b in pairs if a["claim"] and b["claim"]]
    kind_pairs = [(a["kind"], b["kind"]) for a, b in both]
    preds = claims_sample.predictions([a for a, _ in both])
    rows, preds = claims_sample.unzip_found([a for a, _ in both], preds)
    seconds = {(a["page"], a["start"]): b["kind"] for a, b in both}
    scored = [
        (r["kind"], seconds[r["page"], r["start"]], k)
        for r, (hit, k, _) in zip(rows, preds, strict=True)
        if hit
    ]
    agreed = [(f, k) for f, s, k in scored if f == s]

    def share(xs: list[tuple[str, str]]) -> float:
        return sum(a == b for a, b in xs) / len(xs) if xs else float("nan")

    print(
        f"{name:8s} {len(pairs):4d} sentences  claim agreement {share(claim_pairs):.3f}"
        f" (kappa {_kappa(claim_pairs):.2f})  kind agreement {share(kind_pairs):.3f}"
        f" (kappa {_kappa(kind_pairs):.2f}, {len(kind_pairs)} claims)  rules vs first"
        f" {share([(f, k) for f, _, k in scored]):.3f}, vs second"
        f" {share([(s, k) for _, s, k in scored]):.3f}, where they agree {share(agreed):.3f}"
        f" ({len(agreed)} of {len(scored)} detected)"
    )
    if table:
        print(claims_sample.confusion_table(kind_pairs).replace("gold \\ pred", "1st \\ 2nd  "))


def main(argv: list[str] | None = None) -> None:
    """Print the agreement of the two labellings and the rules' accuracy against each."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", action="store_true", help="first x second kind tables")
    args = ap.parse_args(argv)
    batches = _rows()
    for name, pairs in batches.items():
        _report(name, pairs, table=args.table)
    _report("pooled", [p for pairs in batches.values() for p in pairs], table=args.table)


if __name__ == "__main__":
    main()
