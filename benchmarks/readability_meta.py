"""Headline and byline against Readability.js's metadata rules, on every labelled page.

Issue 18's held-out "~90 real news and blog pages" are Mozilla Readability's test pages
(``../shared/corpora/body/edge-cases/README.md``: 37 structural pages here, 93 real ones held
out), whose gold ``title`` and ``byline`` are what Readability.js's own rules return. This script
applies those rules (Readability.js ``_getJSONLD``, ``_getArticleMetadata``,
``_getArticleTitle``, and a simple reading of its byline nodes) to the development pages that
have a labelled headline or author, so the gold of the held-out set can be compared with the
labels of the sets in front of us:

- **title**: JSON-LD ``name``/``headline`` of an Article, else ``dc:title``, ``og:title``,
  ``twitter:title``…, else ``<title>`` cut at its last separator. It reproduces all 34 titles of
  the 37 structural pages (``--check``).
- **byline**: JSON-LD ``author`` names, else ``dc:creator``, ``meta name=author``…, else the
  text of the first element marked ``rel=author``, ``itemprop=author`` or a class or id with
  ``byline``/``author`` (under 100 characters).

For each labelled page: whether articlekit's headline, Readability's title and trafilatura's
title equal the label (NFKC, case-folded); on pages where Readability finds a byline, token F1
of articlekit's and trafilatura's authors against it::

    python benchmarks/readability_meta.py [--check] [--show N] [--bylines]

Measured 2026-12-07 (stop 73): exact headline match with the labels, and Readability's title
against the same labels:

=====================================  ===============  ========  ===========
labelled headline                      trafilatura-dev  htmldate  scrapinghub
=====================================  ===============  ========  ===========
pages                                  277              431       181
articlekit headline = label            .906             .951      .983
Readability title = label              .614             .680      .746
articlekit headline = Readability      .661             .696      .740
=====================================  ===============  ========  ===========

Authors, on the pages where Readability finds a byline (``--bylines``; token F1 of the names
joined by commas against the byline, as the held-out set scores them):

=====================================  ===============  ========  ===========
Readability's byline                   trafilatura-dev  htmldate  scrapinghub
=====================================  ===============  ========  ===========
pages                                  236              384       159
articlekit authors                     .587             .608      .738
trafilatura's author                   .738             .750      .765
=====================================  ===============  ========  ===========

Where articlekit's headline and Readability's title differ, the label sides with articlekit on
82 / 119 / 45 pages and with Readability on 1 / 2 / 2: Readability's title is the publisher's
declared one, often with the site's name ("… | Boing Boing", "Opinion | …") or an SEO wording
of the story ("Prison guards charged …" over the visible "Two federal prison officers charged
…"). articlekit's ``headline`` is the title the reader sees (with a span into the text), so a
held-out score against Readability's titles caps near these agreements; the declared title is
``doc.metadata.title``. Bylines: where Readability's comes from the markup, it is most often the
site or publisher ("LinkNaija", "fem.com", "Hanns-Seidel-Stiftung e.V."), which the labelling
guide (``benchmarks/data/authors-guide.md``) and trafilatura's evaluation gold do not count.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html

import articlekit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import body_bench  # noqa: E402 - the harnesses live in ../shared/eval

_ARTICLE_TYPES = re.compile(
    r"^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
    r"|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report"
    r"|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting"
    r"|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$"
)
_SCHEMA = re.compile(r"^https?://schema\.org/?$")
_SEPARATOR = re.compile(r" [|\-–—\\/>»] ")
_HIERARCHICAL = re.compile(r" [\\/>»] ")
_PROPERTY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title"
    r"|site_name)\s*",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name)\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"byline|author|dateline|writtenby|p-author", re.IGNORECASE)
_SKIP = frozenset({"script", "style", "head", "meta", "link", "noscript", "html", "body"})
_MAX_BYLINE = 100
#: What the headline and authors need: no comments, facts or claims.
_PIPELINE = articlekit.Pipeline.default().without("comments", "sentences", "quantities", "claims")
_SHORT_TITLE = 3  # words: a cut title this short takes the other side of the separator
_FEW_WORDS = 4
_LONG_PREFIX = 5
_SIMILAR = 0.75


def _words(text: str) -> int:
    return len(text.split())


def _similarity(a: str, b: str) -> float:
    """Readability's ``_textSimilarity``: the share of ``b``'s text made of ``a``'s tokens."""
    ta = [t for t in re.split(r"\W+", a.lower()) if t]
    tb = [t for t in re.split(r"\W+", b.lower()) if t]
    if not ta or not tb:
        return 0.0
    unique = [t for t in tb if t not in ta]
    return 1 - len(" ".join(unique)) / max(1, len(" ".join(tb)))


def _document_title(root: Any) -> str:  # noqa: ANN401 - lxml element
    """Readability's ``_getArticleTitle``: ``<title>`` cut at its separators."""
    found = root.find(".//title")
    current = original = (found.text_content() if found is not None else "").strip()
    hierarchical = False
    if _SEPARATOR.search(current):
        hierarchical = bool(_HIERARCHICAL.search(current))
        current = original[: list(_SEPARATOR.finditer(original))[-1].start()]
        if _words(current) < _SHORT_TITLE:
            current = re.sub(r"^[^|\-–—\\/>»]*[|\-–—\\/>»]", "", original, count=1)
    elif ": " in current:
        headings = [h.text_content().strip() for h in root.iter("h1", "h2")]
        if current.strip() not in headings:
            current = original[original.rfind(":") + 1 :]
            if _words(current) < _SHORT_TITLE:
                current = original[original.find(":") + 1 :]
            elif _words(original[: original.find(":")]) > _LONG_PREFIX:
                current = original
    elif not 15 <= len(current) <= 150:  # noqa: PLR2004 - Readability's bounds
        h1s = list(root.iter("h1"))
        if len(h1s) == 1:
            current = h1s[0].text_content()
    current = re.sub(r"\s{2,}", " ", current.strip())
    count = _words(current)
    if count <= _FEW_WORDS and (
        not hierarchical or count != _words(re.sub(r"[|\-–—\\/>»]+", "", original)) - 1
    ):
        current = original
    return current


def _jsonld_article(root: Any) -> dict[str, Any] | None:  # noqa: ANN401 - lxml element
    """The page's first JSON-LD object Readability takes for its article."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", script.text or "")
        try:
            parsed = json.loads(text)
        except ValueError:
            continue
        if isinstance(parsed, list):
            parsed = next((o for o in parsed if _typed(o)), None)
        if not isinstance(parsed, dict):
            continue
        context = parsed.get("@context")
        vocab = context.get("@vocab") if isinstance(context, dict) else context
        if not isinstance(vocab, str) or not _SCHEMA.match(vocab):
            continue
        if "@type" not in parsed and isinstance(parsed.get("@graph"), list):
            parsed = next((o for o in parsed["@graph"] if _typed(o)), None)
        if _typed(parsed):
            return parsed  # the first article found; a script of other things is passed over
    return None


def _typed(obj: Any) -> bool:  # noqa: ANN401 - parsed JSON
    return (
        isinstance(obj, dict)
        and isinstance(obj.get("@type"), str)
        and bool(_ARTICLE_TYPES.match(obj["@type"]))
    )


def _meta_values(root: Any) -> dict[str, str]:  # noqa: ANN401 - lxml element
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        name, prop, content = meta.get("name"), meta.get("property"), meta.get("content")
        if not content:
            continue
        found = _PROPERTY.findall(prop) if prop else []
        for kind, field in found:
            values[f"{kind}:{field}".lower()] = content.strip()
        if not found and name and _NAME.match(name):
            values[re.sub(r"\s", "", name.lower()).replace(".", ":")] = content.strip()
    return values


def readability(page: str) -> tuple[str | None, str | None]:
    """Readability.js's metadata title and byline of ``page`` (``None`` where it has none)."""
    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None, None
    article = _jsonld_article(root)
    title = byline = None
    if article is not None:
        name, headline = article.get("name"), article.get("headline")
        if isinstance(name, str) and isinstance(headline, str) and name != headline:
            shown = _document_title(root)
            by_name = _similarity(name, shown) > _SIMILAR
            title = headline if _similarity(headline, shown) > _SIMILAR and not by_name else name
        elif isinstance(name, str):
            title = name.strip()
        elif isinstance(headline, str):
            title = headline.strip()
        author = article.get("author")
        authors = author if isinstance(author, list) else [author]
        names = [
            a["name"].strip()
            for a in authors
            if isinstance(a, dict) and isinstance(a.get("name"), str)
        ]
        byline = ", ".join(names) or None
    values = _meta_values(root)
    for key in ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "title"):
        title = title or values.get(key)
    title = title or values.get("twitter:title") or values.get("parsely-title")
    title = title or _document_title(root)
    for key in ("dc:creator", "dcterm:creator", "author", "parsely-author"):
        byline = byline or values.get(key)
    if byline and byline.startswith("http"):
        byline = None
    byline = byline or _byline_node(root)
    return (html.unescape(title) if title else None), (html.unescape(byline) if byline else None)


def _byline_node(root: Any) -> str | None:  # noqa: ANN401 - lxml element
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.lower() in _SKIP:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if (
            element.get("rel") == "author"
            or "author" in (element.get("itemprop") or "")
            or _BYLINE.search(names)
        ):
            inner = next(
                (d for d in element.iter() if "name" in str(d.get("itemprop") or "")), element
            )
            text = " ".join(inner.text_content().split())
            if 0 < len(text) < _MAX_BYLINE:
                return text
    return None


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def _token_f1(found: str, gold: str) -> float:
    a = Counter(re.findall(r"\w+", found.casefold()))
    g = Counter(re.findall(r"\w+", gold.casefold()))
    common = sum((a & g).values())
    return 2 * common / (sum(a.values()) + sum(g.values())) if common else 0.0


def _labelled() -> list[tuple[str, str, str | None, str]]:
    """(corpus, page, url, labelled headline) of every page with a labelled headline."""
    pages = body_bench.load_pages(str(SHARED / "corpora/body/trafilatura-dev"), "trafilatura", None)
    out = [("trafilatura-dev", p.html, p.url, p.gold_title) for p in pages if p.gold_title]
    for path in sorted((ROOT / "benchmarks" / "data").glob("headlines-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if not row.get("headline"):
                continue
            base = "metadata/htmldate-dev" if row["corpus"] == "htmldate" else "body/scrapinghub"
            raw = (SHARED / "corpora" / base / row["file"]).read_bytes()
            page = body_bench.decode_html(
                gzip.decompress(raw) if row["file"].endswith(".gz") else raw
            )
            out.append((row["corpus"], page, row.get("url"), row["headline"]))
    return out


def check() -> None:
    """Readability's titles of the 37 structural pages, against their expected metadata."""
    base = SHARED / "corpora" / "body" / "edge-cases"
    right = total = 0
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        if not (expected.get("title") or "").strip():
            continue
        page = body_bench.decode_html(gzip.decompress((folder / "source.html.gz").read_bytes()))
        total += 1
        right += _norm(readability(page)[0]) == _norm(expected["title"])
    print(f"Readability titles reproduced: {right} of {total}")


def _all_pages() -> list[tuple[str, str, str | None]]:
    """(corpus, page, url) of every development page: htmldate-dev, trafilatura-dev, scrapinghub."""
    out = []
    dated = SHARED / "corpora" / "metadata" / "htmldate-dev"
    gold = json.loads((dated / "gold.json").read_text(encoding="utf-8"))
    for url, item in sorted(gold.items()):
        path = dated / "pages" / f"{item['file']}.gz"
        if path.is_file():
            out.append(
                ("htmldate", body_bench.decode_html(gzip.decompress(path.read_bytes())), url)
            )
    for name, layout in (("trafilatura-dev", "trafilatura"), ("scrapinghub", "scrapinghub")):
        pages = body_bench.load_pages(str(SHARED / "corpora" / "body" / name), layout, None)
        out.extend((name, page.html, page.url) for page in pages)
    return out


def bylines() -> None:
    """Token F1 of articlekit's and trafilatura's authors against Readability's byline."""
    import trafilatura  # noqa: PLC0415 - an anchor, only for this report

    pipeline = articlekit.Pipeline.default().without(
        "comments", "sentences", "quantities", "claims"
    )
    scores: dict[str, list[tuple[float, float]]] = {}
    for corpus, page, url in _all_pages():
        byline = readability(page)[1]
        if not byline or not re.search(r"\w", byline):
            continue
        meta = pipeline.run(articlekit.load(page, url=url)).metadata
        ours = ", ".join(a.value for a in meta.authors) if meta is not None else ""
        found = trafilatura.bare_extraction(page, url=url, with_metadata=True)
        theirs = (getattr(found, "author", None) if found is not None else None) or ""
        scores.setdefault(corpus, []).append((_token_f1(ours, byline), _token_f1(theirs, byline)))
    for corpus, rows in scores.items():
        n = len(rows)
        print(
            f"{corpus:16} {n:4} pages with a Readability byline: token F1 articlekit"
            f" {sum(r[0] for r in rows) / n:.3f}, trafilatura {sum(r[1] for r in rows) / n:.3f}"
        )


def main() -> None:
    """Score articlekit's headline against the labels and Readability's title, per corpus."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--check", action="store_true", help="reproduce the structural pages' titles")
    ap.add_argument("--show", type=int, default=0, help="list N pages where the two differ")
    ap.add_argument("--bylines", action="store_true", help="authors against Readability's byline")
    args = ap.parse_args()
    if args.check:
        check()
        return
    if args.bylines:
        bylines()
        return
    pipeline = articlekit.Pipeline.default().without(
        "comments", "sentences", "quantities", "claims"
    )
    counts: Counter[tuple[str, str]] = Counter()
    shown = 0
    for corpus, page, url, label in _labelled():
        doc = pipeline.run(articlekit.load(page, url=url))
        ours = _norm(doc.headline.text if doc.headline else None)
        theirs = _norm(readability(page)[0])
        gold = _norm(label)
        counts[corpus, "pages"] += 1
        counts[corpus, "ours"] += ours == gold
        counts[corpus, "readability"] += theirs == gold
        counts[corpus, "agree"] += ours == theirs
        if ours != theirs:
            counts[corpus, "label with articlekit"] += ours == gold
            counts[corpus, "label with Readability"] += theirs == gold
            if shown < args.show:
                shown += 1
                print(f"{corpus}: label {label!r}\n  articlekit {ours!r}\n  Readability {theirs!r}")
    for corpus in ("trafilatura-dev", "htmldate", "scrapinghub"):
        n = counts[corpus, "pages"] or 1
        print(
            f"{corpus:16} {counts[corpus, 'pages']:4} pages:"
            f" articlekit {counts[corpus, 'ours'] / n:.3f}"
            f"  Readability {counts[corpus, 'readability'] / n:.3f}"
            f"  agree {counts[corpus, 'agree'] / n:.3f}; where they differ the label is"
            f" articlekit's {counts[corpus, 'label with articlekit']},"
            f" Readability's {counts[corpus, 'label with Readability']}"
        )


if __name__ == "__main__":
    main()
