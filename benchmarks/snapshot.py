"""Digest every development page's full Document, to show a change leaves outputs identical.

Runs the default pipeline on every page of the development corpora (``../shared/corpora``): HTML
and whole-page text dumps of the body sets, the edge cases, htmldate's dated pages, the WordPress
comment pages, and the repository's fixtures. Writes ``{page: sha256 of the Document's JSON}``;
``--compare OLD.json`` prints the pages whose output changed (and which fields did).

    python benchmarks/snapshot.py --out /tmp/before.json
    ... change the code ...
    python benchmarks/snapshot.py --out /tmp/after.json --compare /tmp/before.json

Not a test: it needs the corpora and takes minutes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import articlekit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
_REFERENCE = datetime(2030, 1, 1, tzinfo=UTC)
#: Fields that hold derived analysis, not extracted items; left out of the digest.
_DERIVED = frozenset({"layout"})


def _body_bench() -> Any:  # noqa: ANN401 - the harness module
    sys.path.insert(0, str(SHARED / "eval"))
    import body_bench  # noqa: PLC0415

    return body_bench


def pages(*, text_dumps: bool = True) -> Iterator[tuple[str, str | bytes, str | None]]:
    """Yield ``(page id, input, url)`` for every development page."""
    bench = _body_bench()
    for name in ("scrapinghub", "trafilatura-dev"):
        root = CORPORA / "body" / name
        if not root.is_dir():
            continue
        for page in bench.load_pages(str(root), bench.detect_layout(str(root)), None):
            yield f"{name}/html/{page.pid}", page.html, page.url
            if text_dumps:
                yield f"{name}/text/{page.pid}", bench.page_dump(page.html), page.url
    edge = CORPORA / "body" / "edge-cases"
    for folder in sorted(p for p in edge.glob("*") if p.is_dir()):
        yield (
            f"edge-cases/{folder.name}",
            gzip.decompress((folder / "source.html.gz").read_bytes()),
            None,
        )
    dated = CORPORA / "metadata" / "htmldate-dev"
    if (dated / "gold.json").is_file():
        gold = json.loads((dated / "gold.json").read_text(encoding="utf-8"))
        for key in sorted(gold):
            item = gold[key]
            path = dated / "pages" / f"{item['file']}.gz"
            if path.is_file():
                yield f"htmldate-dev/{item['file']}", gzip.decompress(path.read_bytes()), key
    for path in sorted((CORPORA / "comments" / "wordpress-dev" / "html").glob("*")):
        yield f"wordpress-dev/{path.name}", gzip.decompress(path.read_bytes()), None
    for case in sorted((ROOT / "fixtures").glob("*/input.*")):
        yield f"fixtures/{case.parent.name}", case.read_bytes(), None


def digest(doc: articlekit.Document) -> dict[str, str]:
    """Per-field digests of a Document's JSON (derived fields left out)."""
    data = doc.to_dict()
    if not data["source"].get("problems", True):
        # Source.problems (issue 20) is empty on most pages: leave it out, so snapshots from
        # before it existed stay comparable.
        del data["source"]["problems"]
    return {
        key: hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]
        for key, value in sorted(data.items())
        if key not in _DERIVED
    }


def main() -> None:
    """Write the digests, and compare them with an earlier run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--no-text", action="store_true", help="skip the text dumps")
    args = parser.parse_args()
    result: dict[str, dict[str, str]] = {}
    for pid, inp, url in pages(text_dumps=not args.no_text):
        try:
            doc = articlekit.extract(inp, url=url, reference_time=_REFERENCE)
            result[pid] = digest(doc)
        except articlekit.ArticlekitError as error:
            result[pid] = {"error": f"{type(error).__name__}: {error}"}
    args.out.write_text(json.dumps(result, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(result)} pages -> {args.out}")
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = {
            pid: sorted(
                k
                for k in set(result[pid]) | set(old.get(pid, {}))
                if result[pid].get(k) != old.get(pid, {}).get(k)
            )
            for pid in result
            if result[pid] != old.get(pid)
        }
        missing = sorted(set(old) - set(result))
        for pid, fields in sorted(changed.items()):
            print(f"changed {pid}: {', '.join(fields)}")
        print(f"{len(changed)} changed, {len(missing)} missing of {len(old)}")


if __name__ == "__main__":
    main()
