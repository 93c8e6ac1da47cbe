"""Body F1 on text dumps hard-wrapped at a width, as ``html2text`` or ``lynx -dump`` print them.

The body harness renders its text dumps with ``html_text``, one paragraph per line. Dump tools
that wrap at a terminal's width (``html2text`` at 78 columns, ``lynx -dump`` at 76, ``w3m`` at
80) print a paragraph as several lines instead. This scores the default pipeline on the
development pages' dumps wrapped so (each line of the harness's dump filled to ``--width``):

    PYTHONPATH=src:benchmarks python benchmarks/wrapped_dumps.py [--width 78]

The sets are ``../shared/corpora/body/trafilatura-dev`` (with/without snippets) and
``../shared/corpora/body/scrapinghub`` (shingle F1, as ``body_bench.py`` scores them).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

import adapters

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import body_bench  # noqa: E402 - the harnesses live in ../shared/eval


def wrapped(dump: str, width: int) -> str:
    """The dump with every line filled to ``width`` columns (blank lines kept)."""
    return "\n".join(
        textwrap.fill(line, width) if line.strip() else line for line in dump.split("\n")
    )


def main(argv: list[str] | None = None) -> None:
    """Score both body sets' wrapped dumps and print one line per set."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--width", type=int, default=78)
    args = ap.parse_args(argv)
    for name in ("trafilatura-dev", "scrapinghub"):
        root = SHARED / "corpora/body" / name
        if not root.exists():
            print(f"{name}: not found (../shared is not here)")
            continue
        layout = body_bench.detect_layout(str(root))
        counts = []
        for page in body_bench.load_pages(str(root), layout, None):
            dump = wrapped(body_bench.page_dump(page.html, "html_text"), args.width)
            body = adapters.body(dump, page.url)["body"]
            if layout == "scrapinghub":
                counts.append(body_bench.shingle_counts(page.gold_body, body))
            else:
                counts.append(body_bench.snippet_counts(page.snippets, body))
        score = (
            body_bench.shingle_prf(counts)
            if layout == "scrapinghub"
            else body_bench.snippet_prf(counts)
        )
        print(
            f"{name:<16} {len(counts)} pages wrapped at {args.width}: body F1 {score['f1']:.3f} "
            f"(P {score['precision']:.3f}, R {score['recall']:.3f})"
        )


if __name__ == "__main__":
    main()
