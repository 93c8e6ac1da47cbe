"""Text dumps on pages with no body gold: the HTML body as a silver reference.

The body harness scores text dumps on scrapinghub and trafilatura-dev only. htmldate-dev's 500
real pages (``../shared/corpora/metadata/htmldate-dev``, labelled for dates) have no body gold,
but each has its HTML: the body this library reads from the HTML (F1 .97 / .94 against the two
golds) is a silver reference for the body it reads from the same page's text dump. Each page is
rendered to a dump with the harness's own renderer (``body_bench.page_dump``, as
``body_bench.py --mode text`` does), both are read with the page's URL by the body pipeline the
harness times (``adapters.body``), and the dump's body is scored against the HTML's with the
harness's token F1 (bag of ``\\w+`` tokens, case-folded). Headlines are compared exactly.

Where the two disagree, one of them is wrong, most often the dump's: a teaser list or a box of
the site's most read stories joined to the story, share buttons' labels, a consent dialog. The
pages were not used to write rules one by one: the disagreements were read for conventions
(``docs/extraction.md``), and each change was judged on every development set.

    python benchmarks/text_silver.py [--show N] [--save run.json] [--compare old.json]

Measured 2026-12-07 (stop 72; the code at the start of the stop, then at its end):

=======================  ===========  ===========
htmldate-dev (500)       start        end
=======================  ===========  ===========
text-dump body F1        .890         .901
precision / recall       .893 / .917  .906 / .919
headline agreement       .822         .822
=======================  ===========  ===========
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
PAGES = SHARED / "corpora" / "metadata" / "htmldate-dev"
sys.path[:0] = [str(HERE), str(SHARED / "eval")]

from body_templates import token_prf as prf  # noqa: E402 - needs the paths above


def run() -> dict[str, dict[str, str | None]]:
    """Body and headline of every page, from its HTML and from its text dump."""
    import adapters  # noqa: PLC0415 - needs the paths above
    from body_bench import page_dump  # noqa: PLC0415

    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    urls = {item["file"]: url for url, item in gold.items()}
    out: dict[str, dict[str, str | None]] = {}
    for path in sorted((PAGES / "pages").iterdir()):
        name = path.name.removesuffix(".gz")
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        html = raw.decode("utf-8", "replace")
        url = urls.get(name)
        from_html = adapters.body(html, url)
        from_dump = adapters.body(page_dump(html), url)
        out[name] = {
            "html": from_html["body"],
            "text": from_dump["body"],
            "html_title": from_html["title"],
            "text_title": from_dump["title"],
        }
    return out


def summary(found: dict[str, dict[str, str | None]]) -> dict[str, float]:
    """Mean precision, recall and F1 of the dumps' bodies, and the headlines' agreement."""
    scores = [prf(v["text"], v["html"]) for v in found.values()]
    return {
        "pages": len(scores),
        "precision": statistics.mean(s[0] for s in scores),
        "recall": statistics.mean(s[1] for s in scores),
        "f1": statistics.mean(s[2] for s in scores),
        "headline": statistics.mean(
            (v["text_title"] or "") == (v["html_title"] or "") for v in found.values()
        ),
    }


def main(argv: list[str] | None = None) -> int:
    """Score, print, and optionally save or compare with an earlier run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="list the N least agreeing pages")
    parser.add_argument("--save", type=Path, help="write every page's bodies to this file")
    parser.add_argument("--compare", type=Path, help="an earlier --save: pages that changed")
    args = parser.parse_args(argv)
    if not PAGES.is_dir():
        print(f"{PAGES} is missing (it is in ../shared, not in a clone)", file=sys.stderr)
        return 1
    found = run()
    s = summary(found)
    print(
        f"htmldate-dev {s['pages']} pages: text-dump body F1 {s['f1']:.3f} "
        f"(P {s['precision']:.3f} R {s['recall']:.3f}), headline agreement {s['headline']:.3f}"
    )
    worst = sorted((prf(v["text"], v["html"])[2], k) for k, v in found.items())
    for f1, name in worst[: args.show]:
        print(f"  {f1:.3f}  {name}")
    if args.compare is not None:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        for name in sorted(set(old) & set(found)):
            before = prf(old[name]["text"], old[name]["html"])[2]
            after = prf(found[name]["text"], found[name]["html"])[2]
            if abs(after - before) > 0.001:  # noqa: PLR2004 - the printed precision
                print(f"  {before:.3f} -> {after:.3f}  {name}")
    if args.save is not None:
        args.save.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
