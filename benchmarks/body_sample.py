"""A fresh body sample: ``with``/``without`` snippets on pages no body rule was tuned on (issue 18).

The pages come from ``../shared/corpora/metadata/htmldate-dev`` (real news and blog pages, labelled
there for dates only), never from the body development sets, and never from the headline batches
(``benchmarks/data/headlines-*``). The labels follow trafilatura's evaluation format (see
``../shared/corpora/body/trafilatura-dev/README.md``): per page, ``with`` snippets that must be
in the extracted body and ``without`` snippets (boilerplate) that must not. The guide is
``benchmarks/data/body-guide.md``; only labels go into the repository, never pages. Sub-commands,
run from the repository root::

    python benchmarks/body_sample.py draw --seed 83 --pages 60 --exclude FILE ...
    python benchmarks/body_sample.py show > /tmp/body-pages.txt
    python benchmarks/body_sample.py check
    PYTHONPATH=src:benchmarks python benchmarks/body_sample.py score \
        --extractor trafilatura,readability,goose3,newspaper4k,adapters:body

``draw``
    Seeded random sample (``--seed``, ``--pages``) of htmldate-dev pages, one entry per page file
    (two URLs of that corpus share one file), skipping every page named by an ``--exclude`` file
    (a draw ``.json`` with ``pages`` or labels ``.jsonl``, repeatable; matched on the page file
    and on the URL). Writes ``benchmarks/data/body-draw.json`` (``--out``).
``show``
    Prints, for each drawn page, its URL and the visible text as a reader sees it: the text of
    ``<body>`` with ``script``/``style``/``noscript``/``template``, ``hidden`` elements and
    inline ``display:none`` removed, each block element on its own line, white space collapsed,
    empty lines dropped. lxml only: no extractor runs here. ``--width`` clips long lines for
    reading (0: no clipping); ``--only`` shows one page (index or file).
``check``
    Checks the labels (``--labels``, default ``benchmarks/data/body-fresh.jsonl``) against the
    ``show`` view: every snippet occurs, whitespace-normalised, exactly once in the page's visible
    text, and every drawn page is labelled or recorded as skipped. Runs no extractor.
``score``
    Builds, in a temporary directory removed afterwards, the layout that
    ``../shared/eval/body_bench.py`` reads (``evaldata.json`` from the labels of the pages not
    skipped, ``cache/<file>.gz`` symlinks to the corpus pages) and runs ``body_bench.py --task
    body`` with ``--extractor`` (anchors and articlekit in the same run), printing its table.
    Extra arguments after ``--`` go to ``body_bench.py``.

Batch 1 (``body-draw.json``, ``body-fresh.jsonl``), 2026-12-03. Drawn with::

    python benchmarks/body_sample.py draw --seed 83 --pages 60 \\
        --exclude benchmarks/data/headlines-fresh.jsonl \\
        --exclude benchmarks/data/headlines-fresh2.jsonl \\
        --exclude benchmarks/data/headlines-fresh3.jsonl \\
        --exclude benchmarks/data/headlines-fresh4.jsonl \\
        --exclude benchmarks/data/headlines-sample.jsonl \\
        --exclude benchmarks/data/headlines-draw.json \\
        --exclude benchmarks/data/headlines-draw2.json \\
        --exclude benchmarks/data/headlines-draw3.json \\
        --exclude benchmarks/data/headlines-draw4.json \\
        --exclude benchmarks/data/headlines-draw5.json \\
        --exclude ../main/benchmarks/data/headlines-draw6.json

The guide was written first. The first draw (without the last ``--exclude``: headline batch 6
did not exist yet) was labelled and committed (ac701cb) before any extractor ran; batch 6 then
landed on main (1bfb87b, seed 71) and shared 25 of its pages. Those 25 labels (23 labelled, 2
skipped) moved to ``body-overlap.jsonl``, kept for reference and never scored. The draw above
(same seed, batch 6 excluded; on main the path is ``benchmarks/data/headlines-draw6.json``) keeps
the other 35 pages in order and adds 25; those were labelled the same way and committed before
any scoring. Three drawn pages with no visible text were passed over (``failed``). Result: 60
pages, 56 labelled (168 ``with``, 165 ``without`` snippets), 4 skipped (a listing page, a podcast
page, an error page, a page double-encoded beyond reading).

The one scoring run, anchors only, was made on the first labelled set (57 pages, 23 of them now
in ``body-overlap.jsonl``), shared 2-core machine, speed as CPU ratios against trafilatura in the
same run::

    PYTHONPATH=src:benchmarks python benchmarks/body_sample.py score \\
        --extractor trafilatura,readability,goose3,newspaper4k

    system       version  P            R            F1           acc    empty  cpu x ref
    trafilatura  2.3.1    0.948±0.018  0.959±0.017  0.953±0.013  0.953  0      1.00
    readability  0.9      0.940±0.022  0.912±0.034  0.926±0.021  0.926  2      1.11
    goose3       3.1.22   0.966±0.017  0.825±0.039  0.890±0.024  0.896  2      3.98
    newspaper4k  0.9.6    0.938±0.025  0.789±0.040  0.857±0.026  0.866  4      9.62

(P/R/F1 micro-averaged over snippets, ± a bootstrap std over pages; acc = share of snippets
judged right, ``with`` found or ``without`` absent; empty = pages with no output.) No scoring
run has been made on the final 56-page set: its first run should score the anchors and
articlekit together (``score --extractor
trafilatura,readability,goose3,newspaper4k,adapters:body``).

Batch 2 (``body-draw2.json``, ``body-fresh2.jsonl``), 2026-12-04, drawn during stop 39 after the
HTML rules of that stop were tuned on the overlap labels, to check them on pages no body rule
saw: htmldate-dev pages outside both earlier body batches and outside trafilatura-dev (whose
pages the body rules are tuned on; the list of its files and URLs is passed as a labels file)::

    python benchmarks/body_sample.py draw --seed 109 --pages 30 \
        --exclude benchmarks/data/body-draw.json --exclude benchmarks/data/body-fresh.jsonl \
        --exclude benchmarks/data/body-overlap.jsonl --exclude TD_PAGES.jsonl \
        --out benchmarks/data/body-draw2.json

Three helpers labelled ten pages each by the guide from the ``show`` view, blind to every
extractor; the labels (25 pages, 75 ``with`` and 72 ``without`` snippets, 5 pages skipped: two
without an article body, a paywall teaser, two unreadable encodings) were committed before the
first scoring run. Score them with ``score --labels benchmarks/data/body-fresh2.jsonl``.

Batch 3 (``body-draw3.json``, ``body-fresh3.jsonl``), 2026-12-04, drawn after a tuning round on
batch 2, the same way (``--seed 113``, also excluding ``body-draw2.json``): 30 pages labelled by
three helpers, blind; 29 labelled (87 ``with``, 86 ``without``), one skipped (a paywall teaser);
committed before scoring. Score them with ``score --labels benchmarks/data/body-fresh3.jsonl``.

Batch 4 (``body-draw4.json``, ``body-fresh4.jsonl``), 2026-12-04 (stop 40), drawn after the tuning
rounds of stop 39 on batches 2 and 3, the same way (``--seed 127``, also excluding
``body-draw3.json``): 30 pages labelled by three helpers, blind; 28 labelled (84 ``with``, 81
``without``; one page with a single ``without``, one with two: pages with almost no boilerplate),
two skipped (each prints its whole body twice, so no body snippet occurs once); committed before
any scoring run. Score them with ``score --labels benchmarks/data/body-fresh4.jsonl``.

Batch 5 (``body-draw5.json``, ``body-fresh5.jsonl``), 2026-12-04 (stop 40), drawn after a tuning
round on batch 4, the same way (``--seed 131``, also excluding ``body-draw4.json``): 30 pages
labelled by three helpers, blind; 26 labelled (78 ``with``, 78 ``without``), four skipped (a
paywall whose hidden part is lorem-ipsum filler, three double-encoded beyond reading); committed
before any scoring run. Score them with ``score --labels benchmarks/data/body-fresh5.jsonl``.

Batch 6 (``body-draw6.json``, ``body-fresh6.jsonl``), 2026-12-04 (stop 40), drawn after the
tuning rounds on batches 4 and 5, the same way (``--seed 137``, also excluding
``body-draw5.json``): 30 pages labelled by three helpers, blind; 26 labelled (78 ``with``, 78
``without``), four skipped (a double-encoded Cyrillic page, a blog's front page, a body printed
twice, a live blog whose updates are not in the page); committed before any scoring run. Score
them with ``score --labels benchmarks/data/body-fresh6.jsonl``.

Batch 7 (``body-draw7.json``, ``body-fresh7.jsonl``), 2026-12-04 (stop 43), drawn after that
stop's rules were written against the misses of every earlier batch, the same way (``--seed
139``, also excluding ``body-draw6.json``; the trafilatura-dev list passed as a labels file of
its files and URLs): 30 pages labelled by three helpers, blind; 28 labelled (84 ``with``, 83
``without``), two skipped (a double-encoded Cyrillic page, a wiki's diff of a redirect page);
committed before any scoring run. Its first run scored the anchors, the code at the start of
stop 43 and its end together. Score them with ``score --labels
benchmarks/data/body-fresh7.jsonl``.

Batch 8 (``body-draw8.json``, ``body-fresh8.jsonl``), 2026-12-05 (stop 48), drawn before any body
rule of that stop, the same way (``--seed 151``, also excluding ``body-draw7.json`` and the three
htmldate-dev pages of the claims batch ``claims-fresh9.jsonl``, passed as a labels file of their
files): 30 pages labelled by three helpers, blind; 26 labelled (78 ``with``, 78 ``without``), four
skipped (two double-encoded beyond reading, a photo gallery, a paywalled page whose visible
paragraphs are placeholder text); committed before any scoring run. Its first run scored the
anchors and the code of stop 48 together: articlekit .962, readability .974, trafilatura .938,
goose3 .883, newspaper4k .803 (text dumps .928). Score them with ``score --labels
benchmarks/data/body-fresh8.jsonl``.

Batch 9 (``body-draw9.json``, ``body-fresh9.jsonl``), 2026-12-05 (stop 49), drawn after that stop's
first three body rules (written against batches 1, 3, 6 and 8), the same way (``--seed 163``,
excluding every earlier draw and labels file, the trafilatura-dev list, and the htmldate-dev pages
of every claims batch, passed as a labels file of their files): 30 pages labelled by three helpers,
blind; 28 labelled (84 ``with``, 84 ``without``), two skipped (a photo page whose text is a
membership banner, a live radio player); committed before any scoring run. One of its pages
(``1635095370.html``) was seen once before the labels: the snapshot check of the third rule
listed it among the Documents that changed. Score them with ``score --labels
benchmarks/data/body-fresh9.jsonl``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import lxml.html
from headline_sample import sample_rows  # the same draw and labels file formats

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HTMLDATE = SHARED / "corpora" / "metadata" / "htmldate-dev"
BODY_BENCH = SHARED / "eval" / "body_bench.py"
DATA = ROOT / "benchmarks" / "data"
DRAW = DATA / "body-draw.json"
LABELS = DATA / "body-fresh.jsonl"
ANCHORS = "trafilatura,readability,goose3,newspaper4k"

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_DROP = (
    "//script|//style|//noscript|//template|//*[@hidden]"
    '|//*[contains(translate(@style, " ", ""), "display:none")]'
)
_BLOCKS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer"
    " form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul"
    " caption option select button".split()
)


def decode(raw: bytes) -> str:
    """Decodes page bytes as ``body_bench.py`` does (UTF-8, declared charset, cp1252)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(raw[:8192])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def norm(text: str) -> str:
    """White space collapsed to single spaces, as ``body_bench.py`` compares snippets."""
    return " ".join(text.split())


def candidates() -> list[dict[str, str]]:
    """One entry per htmldate-dev page file (first URL by sort order), sorted by file."""
    gold = json.loads((HTMLDATE / "gold.json").read_text(encoding="utf-8"))
    seen: dict[str, dict[str, str]] = {}
    for url, v in sorted(gold.items()):
        seen.setdefault(v["file"], {"file": v["file"], "url": url})
    return [seen[k] for k in sorted(seen)]


def read_page(file: str) -> str:
    """The decoded HTML of one htmldate-dev page file."""
    return decode(gzip.decompress((HTMLDATE / "pages" / f"{file}.gz").read_bytes()))


def _base(file: str) -> str:
    """``pages/x.html.gz`` and ``x.html`` both become ``x.html``."""
    name = file.rsplit("/", 1)[-1]
    return name.removesuffix(".gz")


def excluded(paths: list[str]) -> tuple[set[str], set[str]]:
    """Page files and URLs named in the given draws (``.json``) or labels (``.jsonl``)."""
    files: set[str] = set()
    urls: set[str] = set()
    for path in paths:
        for it in sample_rows(path):
            if it.get("corpus", "htmldate") == "htmldate" and it.get("file"):
                files.add(_base(it["file"]))
            if it.get("url"):
                urls.add(it["url"])
    return files, urls


def visible_text(html: str) -> str:
    """The text of ``<body>`` a reader sees, one block element per line (lxml only).

    >>> visible_text("<html><body><p>One <b>two</b></p><script>x</script><div>three</div></body>")
    'One two\\nthree'
    """
    tree = lxml.html.document_fromstring(html.encode("utf-8", errors="replace"))
    for node in tree.xpath(_DROP):
        if node.getparent() is not None:
            node.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCKS
        if block:
            parts.append("\n")
        if isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el is not root and el.tail:
            parts.append(el.tail)

    walk(root)
    lines = (norm(x) for x in "".join(parts).split("\n"))
    return "\n".join(x for x in lines if x)


def load_labels(path: Path) -> list[dict[str, Any]]:
    """The labelled pages, in file order."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def cmd_draw(args: argparse.Namespace) -> None:
    """Draws the seeded sample, skipping excluded pages and pages that fail to decode."""
    rng = random.Random(args.seed)  # noqa: S311 - a reproducible sample, not a secret
    files, urls = excluded(args.exclude)
    pool = candidates()
    rng.shuffle(pool)
    out: dict[str, Any] = {"seed": args.seed, "pages_wanted": args.pages, "exclude": args.exclude}
    pages: list[dict[str, str]] = []
    failed: list[dict[str, str]] = []
    for item in pool:
        if len(pages) == args.pages:
            break
        if item["file"] in files or item["url"] in urls:
            continue
        try:
            text = visible_text(read_page(item["file"]))
        except (OSError, ValueError) as exc:
            failed.append({**item, "reason": f"{type(exc).__name__}: {exc}"[:200]})
            continue
        if not text.strip():
            failed.append({**item, "reason": "no visible text"})
            continue
        pages.append(item)
    out["pages"] = pages
    out["failed"] = failed
    dest = Path(args.out)
    dest.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"drew {len(pages)} pages, {len(failed)} failed, {len(files)} files excluded -> {dest}")


def cmd_show(args: argparse.Namespace) -> None:
    """Prints each drawn page's URL and visible text."""
    pages = json.loads(Path(args.draw).read_text(encoding="utf-8"))["pages"]
    for i, item in enumerate(pages):
        if args.only is not None and args.only not in (str(i), item["file"]):
            continue
        print(f"=== [{i}] {item['file']}\n=== {item['url']}")
        for line in visible_text(read_page(item["file"])).splitlines():
            cut = args.width and len(line) > args.width
            print(line[: args.width] + " …" if cut else line)
        print()


def cmd_check(args: argparse.Namespace) -> None:
    """Checks that every snippet occurs once in its page's visible text."""
    pages = json.loads(Path(args.draw).read_text(encoding="utf-8"))["pages"]
    labels = {it["file"]: it for it in load_labels(Path(args.labels))}
    bad = 0
    for item in pages:
        lab = labels.get(item["file"])
        if lab is None:
            print(f"unlabelled: {item['file']}")
            bad += 1
            continue
        if lab.get("skipped"):
            continue
        text = norm(visible_text(read_page(item["file"])).replace("\n", " "))
        for kind in ("with", "without"):
            for snip in lab[kind]:
                n = text.count(norm(snip))
                if n != 1:
                    print(f"{item['file']}: {kind} snippet found {n}x: {snip!r}")
                    bad += 1
    done = sum(1 for it in labels.values() if not it.get("skipped"))
    skipped = len(labels) - done
    print(f"{len(labels)} pages in labels ({done} labelled, {skipped} skipped); {bad} problems")
    if bad:
        sys.exit(1)


def cmd_score(args: argparse.Namespace, rest: list[str]) -> None:
    """Runs ``body_bench.py --task body`` on the labelled pages in a temporary layout."""
    labels = [it for it in load_labels(Path(args.labels)) if not it.get("skipped")]
    with tempfile.TemporaryDirectory(prefix="body-fresh-") as tmp:
        cache = Path(tmp) / "cache"
        cache.mkdir()
        evaldata: dict[str, dict[str, Any]] = {}
        for it in labels:
            (cache / f"{it['file']}.gz").symlink_to(HTMLDATE / "pages" / f"{it['file']}.gz")
            evaldata[it["url"]] = {"file": it["file"], "with": it["with"], "without": it["without"]}
        (Path(tmp) / "evaldata.json").write_text(
            json.dumps(evaldata, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        cmd = [sys.executable, str(BODY_BENCH), "--data", tmp, "--task", "body"]
        cmd += ["--extractor", args.extractor, *rest]
        print(f"# {len(labels)} labelled pages; " + " ".join(cmd[1:]), flush=True)
        subprocess.run(cmd, check=True)  # noqa: S603 - our own harness, no shell


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="draw the seeded sample")
    d.add_argument("--seed", type=int, default=83)
    d.add_argument("--pages", type=int, default=60)
    d.add_argument("--exclude", action="append", default=[], help="draw .json / labels .jsonl")
    d.add_argument("--out", default=str(DRAW))
    s = sub.add_parser("show", help="print each drawn page's visible text (lxml only)")
    s.add_argument("--draw", default=str(DRAW))
    s.add_argument("--width", type=int, default=0, help="clip lines to N characters (0: off)")
    s.add_argument("--only", help="one page: its index in the draw or its file")
    c = sub.add_parser("check", help="check the labels against the visible text")
    c.add_argument("--draw", default=str(DRAW))
    c.add_argument("--labels", default=str(LABELS))
    sc = sub.add_parser("score", help="run body_bench.py on the labelled pages")
    sc.add_argument("--labels", default=str(LABELS))
    sc.add_argument("--extractor", default=ANCHORS, help="body_bench.py extractors")
    argv = sys.argv[1:]
    rest: list[str] = []
    if "--" in argv:
        k = argv.index("--")
        argv, rest = argv[:k], argv[k + 1 :]
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        cmd_draw(args)
    elif args.cmd == "show":
        cmd_show(args)
    elif args.cmd == "check":
        cmd_check(args)
    else:
        cmd_score(args, rest)


if __name__ == "__main__":
    main()
