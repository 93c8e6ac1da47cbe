"""Where the load step's CPU goes: lxml's parse against articlekit's own rendering, per phase.

    python benchmarks/load_speed.py [--data ../shared/corpora/body/scrapinghub] [--rounds 3]

``articlekit.load`` on an HTML page decodes the bytes, caps attributes, parses with lxml (which
no Python change shrinks), renders the head's metadata (``<meta>``, JSON-LD, the author and
date markup scan), marks hidden elements, walks the tree into blocks and builds the ``Source``;
the offset map is timed apart, as a caller that reads it pays (it is built when first read).
Each phase is timed alone, in pipeline order, on every page; the median over rounds is printed
per page, with its share of the phases' sum and ``load`` itself timed whole in the same rounds.
The phases are private functions of ``articlekit.io`` and ``articlekit._render`` (the
pure-Python walk; the compiled build's is not timed): this script follows them, it is no API.
The machine is shared: compare shares, or versions run one after the other, not absolutes.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import articlekit
from articlekit import _markup, _render, io


def _pages(data: Path) -> list[bytes]:
    paths = sorted((data / "html").glob("*.html.gz"))
    return [gzip.decompress(p.read_bytes()) for p in paths]


def _timed(times: dict[str, float], name: str, fn: Callable[..., Any], *args: Any) -> Any:  # noqa: ANN401 - any phase
    start = time.process_time()
    result = fn(*args)
    times[name] += time.process_time() - start
    return result


def _one_round(pages: list[bytes]) -> dict[str, float]:
    times: dict[str, float] = defaultdict(float)
    for raw in pages:
        text, _, _ = _timed(times, "decode", lambda r: io._decode(r, is_html=True), raw)  # noqa: SLF001
        text, _ = _timed(times, "attribute cap", io._cap_attributes, text)  # noqa: SLF001
        root, _ = _timed(times, "lxml parse", lambda t: _render._parse(t, htmlwalk=None), text)  # noqa: SLF001
        renderer = _render._Renderer(text, offsets=True)  # noqa: SLF001
        if root is not None:
            scan = _timed(times, "tree scan", _render._scan, root)  # noqa: SLF001
            _timed(times, "head metadata", _render._render_head, renderer, root, scan.cues)  # noqa: SLF001
            # the markup reading alone, again (the head's rendering above runs it once)
            _timed(times, "  of which markup", lambda c: list(_markup.markup_values(c)), scan.cues)
            _timed(times, "hidden + script links", _hide, root, scan)
            _timed(
                times,
                "tree walk",
                _render._walk,  # noqa: SLF001
                root,
                renderer,
                _render._SKIP_TAGS,  # noqa: SLF001
                _render._BLOCK_TAGS,  # noqa: SLF001
            )
        source = _timed(
            times,
            "source",
            lambda r: r.source(url=None, reference_time=None, encoding=None),
            renderer,
        )
        # The offset map is built when first read: the raw text runs and the nodes found in them.
        _timed(times, "offset map (when read)", lambda s: s.offsets.runs, source)
        _timed(times, "load (whole)", articlekit.load, raw)
    return times


def _hide(root: Any, scan: Any) -> None:  # noqa: ANN401 - an lxml element, the tree scan
    _render._mark_hidden(root, scan)  # noqa: SLF001
    _render._unlink_script_anchors(scan.anchors)  # noqa: SLF001


def main(argv: list[str] | None = None) -> int:
    """Time the load step's phases on real HTML pages."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/scrapinghub"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    pages = _pages(args.data)
    if not pages:
        print(f"no pages under {args.data}/html", file=sys.stderr)
        return 1
    articlekit.load(pages[0])  # warm up (regex compilation, lxml's parser)
    rounds = [_one_round(pages) for _ in range(args.rounds)]
    per_page = {
        name: statistics.median(r[name] for r in rounds) / len(pages) * 1000 for name in rounds[0]
    }
    phases = sum(v for k, v in per_page.items() if not k.startswith(" ") and k != "load (whole)")
    print(f"{args.data.name}: {len(pages)} HTML pages, {args.rounds} rounds (median CPU)")
    for name, ms in per_page.items():
        share = "" if name == "load (whole)" else f"  {ms / phases:6.1%}"
        print(f"  {name:24s} {ms:6.2f} ms/page{share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
