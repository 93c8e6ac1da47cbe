"""Time against input size for hostile input families (issue 20): is every family linear?

Each family builds an input of about 1, 2, 4 and 8 MB and times one stage on it in a fresh
subprocess with a time limit, so a quadratic family shows as a growing ratio (or as the limit)
instead of hanging the run. Two stages:

- ``load``: decoding, HTML parsing and rendering, text normalisation (``articlekit.load``);
- ``extract``: the whole default pipeline (``articlekit.extract``).

Next to each time, an anchor measured in the same subprocess on the same input: lxml parsing the
HTML (``lxml.html.document_fromstring``) or CPython normalising the text (``unicodedata``), so
the figures read as ratios on a shared, noisy machine. ``growth`` is time(largest) / time(1 MB):
linear is about 8 for 1 -> 8 MB.

Families whose code belongs to other capabilities (``facts``: the quantity reader; ``comments``:
comment furniture; ``claims``: the kinds' look-aheads) are listed and measured too, marked with
their owner.

Usage::

    python benchmarks/scaling.py                       # load stage, 1-8 MB, every family
    python benchmarks/scaling.py --stage extract --sizes 1,2,4 --timeout 300
    python benchmarks/scaling.py --family deep-nesting --family text-dump
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
DUMP: Final = ROOT / "fixtures" / "sony-q2-2012-phonearena" / "input.txt"
PAGE: Final = ROOT / "fixtures" / "html-wordpress-comments-pft" / "input.html"
MB: Final = 1_000_000


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _text_dump(size: int) -> str:
    return _repeat(DUMP.read_text(encoding="utf-8") + "\n\n", size)


def _html_page(size: int) -> str:
    page = PAGE.read_bytes().decode("utf-8", errors="replace")
    start, end = page.index("<body"), page.rindex("</body>")
    body = page[page.index(">", start) + 1 : end]
    return page[:start] + "<body>" + _repeat(body, size - len(page) + len(body)) + "</body></html>"


def _combining(size: int) -> str:
    # One decomposed é at the very end: before issue 20 the whole text went through NFC by hand.
    return _text_dump(size) + "Cafe\u0301"


def _mojibake(size: int) -> str:
    return _repeat("CafÃ© crÃ¨me, dÃ©jÃ  vu: the cafe\u0301 is open.\n", size)


def _long_line(size: int) -> str:
    return _repeat("word ", size)


def _blank_lines(size: int) -> str:
    return _repeat("a\n\n\n \t \n", size)


def _deep_nesting(size: int) -> str:
    return "<html><body>" + _repeat("<b>x ", size) + "<p>Final</p></body></html>"


def _flat_tags(size: int) -> str:
    return "<html><body>" + _repeat("<p>Short paragraph.</p>", size) + "</body></html>"


def _attributes(size: int) -> str:
    count = size // 12
    attributes = " ".join(f"a{i}=1" for i in range(count))
    return f"<html><body><p {attributes}>Text</p></body></html>"


def _char_refs(size: int) -> str:
    return "<html><body><p>" + _repeat("&#8364;20 &amp; &#x1F600; ", size) + "</p></body></html>"


def _unclosed_comment(size: int) -> str:
    return "<html><body><p>Before</p><!-- " + _repeat("<p>hidden</p>", size)


def _unclosed_script(size: int) -> str:
    return "<html><body><p>Before</p><script>" + _repeat("var x = '<p>';", size)


def _digit_groups(size: int) -> str:
    return "1" + _repeat(" 111", size) + " 1"


def _winning_numbers(size: int) -> str:
    return "Winning numbers: " + _repeat("123 ", size) + "4"


def _number_words(size: int) -> str:
    return _repeat("one hundred and twenty ", size)


def _posts_furniture(size: int) -> str:
    return _repeat("Posts: 1\n", size)


def _modal_words(size: int) -> str:
    # one German sentence without an end: every "will" looks ahead for a negation
    return "Der Plan " + _repeat("will die und der ", size)


#: name -> (builder, owner). Owner "" is the loading code (issue 20's scope).
FAMILIES: Final[dict[str, tuple[Callable[[int], str], str]]] = {
    "text-dump": (_text_dump, ""),
    "html-page": (_html_page, ""),
    "combining-mark": (_combining, ""),
    "mojibake": (_mojibake, ""),
    "long-line": (_long_line, ""),
    "blank-lines": (_blank_lines, ""),
    "deep-nesting": (_deep_nesting, ""),
    "flat-tags": (_flat_tags, ""),
    "attributes": (_attributes, ""),
    "char-refs": (_char_refs, ""),
    "unclosed-comment": (_unclosed_comment, ""),
    "unclosed-script": (_unclosed_script, ""),
    "digit-groups": (_digit_groups, "facts"),
    "winning-numbers": (_winning_numbers, "facts"),
    "number-words": (_number_words, "facts"),
    "posts-furniture": (_posts_furniture, "comments"),
    "modal-words": (_modal_words, "claims"),
}

_CHILD: Final = """
import json, sys, time, unicodedata
import articlekit, articlekit.io, lxml.html
stage, path = sys.argv[1], sys.argv[2]
raw = open(path, encoding="utf-8").read()
html = articlekit.io.looks_like_html(raw)
start = time.process_time()
if stage == "load":
    articlekit.load(raw, max_size=10**9)
else:
    articlekit.extract(raw, max_size=10**9)
print(json.dumps({"seconds": time.process_time() - start}), flush=True)
start = time.process_time()
if html:
    lxml.html.document_fromstring(raw)
else:
    unicodedata.normalize("NFC", raw)
print(json.dumps({"anchor": time.process_time() - start}), flush=True)
"""


def _measure(
    stage: str, text: str, timeout: float, work: Path
) -> tuple[float | None, float | None]:
    """CPU seconds of the stage and of the anchor; ``None`` for what ran out of time."""
    path = work / "input.txt"
    path.write_text(text, encoding="utf-8")
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-c", _CHILD, stage, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        output, failed = done.stdout, done.returncode != 0
    except subprocess.TimeoutExpired as expired:
        # The anchor may be what ran out of time (lxml on 80,000 attributes): keep what came.
        out = expired.stdout
        output, failed = (out.decode() if isinstance(out, bytes) else out or ""), False
    if failed:
        raise SystemExit(f"the measurement failed: {done.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, float] = {}
    for line in output.splitlines():
        figures.update(json.loads(line))
    return figures.get("seconds"), figures.get("anchor")


def main() -> None:
    """Print one table row per family: seconds at each size, the anchor, and the growth."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=["load", "extract"], default="load")
    parser.add_argument("--sizes", default="1,2,4,8", help="sizes in MB (default 1,2,4,8)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    work = Path(f"/tmp/articlekit-scaling-{time.time_ns()}")  # noqa: S108 - scratch files
    work.mkdir(parents=True)
    header = " | ".join(f"{s:g} MB" for s in sizes)
    print(f"stage: {args.stage}; CPU seconds (anchor in brackets); shared machine, one run")
    print(f"| family | owner | {header} | growth |")
    print("|---|---|" + "---|" * len(sizes) + "---|")
    figures: dict[str, list[float | None]] = {}
    for name in args.family or FAMILIES:
        build, owner = FAMILIES[name]
        cells: list[str] = []
        times: list[float | None] = []
        for size in sizes:
            seconds, anchor = _measure(args.stage, build(int(size * MB)), args.timeout, work)
            if seconds is None:
                cells.append(f"> {args.timeout:g}")
                times.append(None)
                break
            shown = "> limit" if anchor is None else f"{anchor:.2f}"
            cells.append(f"{seconds:.2f} ({shown})")
            times.append(seconds)
        cells += ["-"] * (len(sizes) - len(cells))
        first, last = times[0], times[-1]
        growth = f"{last / first:.1f}" if first and last and len(times) == len(sizes) else "-"
        figures[name] = times
        print(f"| {name} | {owner or 'io'} | {' | '.join(cells)} | {growth} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"stage": args.stage, "sizes": sizes, **figures}))
    for path in work.iterdir():
        path.unlink()
    work.rmdir()


if __name__ == "__main__":
    main()
