"""Score comment trees read from nested HTML against the WordPress dev pages' gold threads.

    python benchmarks/comments_html.py [--data ../shared/corpora/comments/wordpress-dev]

Comments are matched to the gold by body (the harness's own ``match``/``score_doc`` from
``../shared/eval/comments_bench.py``), then detection, author and parent accuracy are reported.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import articlekit


def _harness(root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "comments_bench", root / "eval" / "comments_bench.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load the comments harness")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(data: Path) -> dict[str, float]:
    """Totals over the pages: detection P/R, author and parent accuracy."""
    cb = _harness(data.parents[2])
    pipeline = articlekit.Pipeline.default().without("sentences", "quantities", "claims")
    total: Counter[str] = Counter()
    for doc in cb.read_docs(str(data / "threads.jsonl.gz")):
        name = doc["doc_id"].split(":", 1)[1]
        path = data / "html" / name
        path = path if path.exists() else path.with_name(path.name + ".gz")
        raw = path.read_bytes()
        html = gzip.decompress(raw) if path.suffix == ".gz" else raw
        got = pipeline.run(articlekit.load(html))
        pred = [
            {"id": i, "author": c.author, "body": got.text_of(c.body), "parent_id": c.parent}
            for i, c in enumerate(got.comments)
        ]
        gold = [
            {"id": c["cid"], "author": c["author"], "body": c["body"], "parent_id": c["parent"]}
            for c in doc["comments"]
        ]
        total.update(cb.score_doc(gold, pred))
    return {
        "gold": total["gold"],
        "pred": total["pred"],
        "detect_P": total["matched"] / max(1, total["pred"]),
        "detect_R": total["matched"] / max(1, total["gold"]),
        "author_acc": total["author_ok"] / max(1, total["matched"]),
        "parent_acc": total["parent_ok"] / max(1, total["gold"]),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the scores as JSON."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/comments/wordpress-dev"))
    args = ap.parse_args(argv)
    print(json.dumps(score(args.data.resolve()), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
