"""Retrain the check-worthiness model shipped in ``src/articlekit/claims/data/``.

Reads the ClaimBuster training split of the development corpora (``../shared/corpora/claims/
claimbuster/train.json``, or ``--data PATH``) and writes ``checkworthiness.json``. Training is
deterministic (fixed order, no sampling), so the same data gives the same file.

    python scripts/train_checkworthiness.py [--data PATH] [--epochs N]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from articlekit.claims._checkworthy import train

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "claims" / "claimbuster" / "train.json"
OUT = ROOT / "src" / "articlekit" / "claims" / "data" / "checkworthiness.json"


def main(argv: list[str] | None = None) -> int:
    """Train on the given data and write the model."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = json.loads(args.data.read_text(encoding="utf-8"))
    texts = [str(r["text"]) for r in rows]
    labels = [int(r["label"]) for r in rows]
    model = train(texts, labels, epochs=args.epochs)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"trained on {len(texts)} sentences: {len(model.weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
