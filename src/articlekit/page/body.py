"""The article body: boilerplate removed, split into paragraphs.

The body step works on the blocks :mod:`articlekit.io` rendered, with the same features for text
dumps (a block is a line) and HTML (a block is a rendered element; link density, tags, class/id
hints and the element outline add evidence):

1. every content block gets features (:mod:`._blocks`): length, sentence shape, link density,
   class/id hints, and multilingual boilerplate, section-end and comment-furniture markers;
2. the article region is found (:mod:`._regions`): for HTML, a readability-style core grown
   inside the element whose blocks are worth most; for text, the densest cluster of good blocks
   joined with similar neighbours;
3. nothing above the headline is body (teaser lists above an article look like prose), and
   inside the region short blocks are kept when they read like part of the article (headings,
   short paragraphs, list items) and dropped when they are furniture, bylines, dates or credits;
4. for HTML, the page's own JSON-LD ``articleBody`` confirms visible blocks, and stands in for
   the body when the page renders its text by script.

Nothing after the start of a comment section is body: the comments step reads that part.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from articlekit.model import Block, BlockKind, Document, MediaType, Paragraph, Problem, Source, Span
from articlekit.page._features import (
    Features,
    block_features,
    is_subheading,
    keep_inside,
)
from articlekit.page._regions import (
    Cluster,
    Region,
    best_cluster,
    clusters,
    gaps,
    html_region,
    joined_region,
    with_edges,
)
from articlekit.page._urls import fold, overlap, slug_words
from articlekit.page.headline import find_headline

__all__ = ["BodyExtractor", "article_region", "find_paragraphs"]

_WORD: Final = re.compile(r"\w+")
_HEADLINE_INTO_CORE: Final = 3  # the headline may open the core, not sit deep in it
_MIN_ANCHOR_WORDS: Final = 3
_MAX_ANCHOR_WORDS: Final = 30
_ANCHOR_MATCH: Final = 0.6
_LEAD_REACH: Final = 40  # blocks between the headline and the region still searched for a lead
_LEAD_BLOCKS: Final = 3
_AGREEING: Final = frozenset({"og:title", "title", "jsonld:headline", "twitter:title"})
_DEK: Final = re.compile(
    r"dek|standfirst|sub-?title|sub-?head|summary|teaser|excerpt|kicker|description|strapline"
    r"|metadata|image|img|photo",
    re.IGNORECASE,
)
_SHORT_BODY: Final = 25  # words: a region holding less may have missed a short article


def article_region(source: Source) -> tuple[Span, Span] | None:
    """Return the spans of the first and last block of the densest article cluster, if any.

    This is the core of the body before neighbouring clusters join it; the headline is looked
    for just above it.
    """
    feats = block_features(source)
    return _core_spans(feats, best_cluster(clusters(feats, gaps(source)[0])))


def _core_spans(feats: list[Features], core: Cluster | None) -> tuple[Span, Span] | None:
    if core is None:
        return None
    return feats[core.start].block.span, feats[core.end].block.span


_SHINGLE: Final = 3
_CONFIRMED: Final = 0.6  # share of a block's shingles found in the JSON-LD body
_MIN_JSONLD_WORDS: Final = 40


def _shingles(text: str) -> list[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return [tuple(words[i : i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))]


def _jsonld_body(source: Source) -> Block | None:
    """The page's JSON-LD ``articleBody`` block, when it is long enough to be the article."""
    for block in source.blocks:
        if block.kind is BlockKind.META and block.hint == "jsonld:articleBody":
            if len(_WORD.findall(source.slice(block.span))) >= _MIN_JSONLD_WORDS:
                return block
            return None
    return None


def _confirmed_by(reference: str, feats: list[Features]) -> list[Paragraph]:
    """Visible blocks whose text the JSON-LD body contains."""
    grams = set(_shingles(reference))
    confirmed = []
    for f in feats:
        own = _shingles(f.text)
        if own and sum(g in grams for g in own) >= _CONFIRMED * len(own):
            confirmed.append(_paragraph(f))
    return confirmed


def _lines_of(source: Source, block: Block) -> tuple[Paragraph, ...]:
    paragraphs = []
    start = block.span.start
    for line in source.slice(block.span).split("\n"):
        if line:
            paragraphs.append(Paragraph(span=Span(start, start + len(line)), text=line))
        start += len(line) + 1
    return tuple(paragraphs)


def _kind(block: Block) -> BlockKind:
    return BlockKind.PARAGRAPH if block.kind is BlockKind.TABLE_CELL else block.kind


def find_paragraphs(source: Source, *, stop: int | None = None) -> tuple[Paragraph, ...]:
    """Return the article's body paragraphs, in order; nothing at or after ``stop`` is body.

    The step passes the start of the page's comments as ``stop`` (see
    :func:`articlekit.comments.comments.section_start`), so a thread longer than the article
    can never be taken for it.

    >>> from articlekit import from_text
    >>> body = "This is a long body sentence with many words in it. " * 3
    >>> comment = "Someone says: this is a long comment with plenty of words in it. " * 2
    >>> text = "Menu\\nHome\\n\\nA headline\\n\\n" + body + "\\n\\n1 Comment\\n" + comment
    >>> [p.text[:30] for p in find_paragraphs(from_text(text))]
    ['This is a long body sentence w']
    """
    feats = block_features(source)
    if stop is not None:
        feats = [f for f in feats if f.block.span.start < stop]
    found = _paragraphs_in_region(source, feats)
    reference = _jsonld_body(source) if source.media_type is MediaType.HTML else None
    if reference is None:
        return found
    confirmed = _confirmed_by(source.slice(reference.span), feats)
    if not confirmed:
        # Nothing visible matches the page's own article body: the page renders it by script.
        return _lines_of(source, reference)
    merged = {p.span: p for p in found}
    for paragraph in confirmed:
        merged.setdefault(paragraph.span, paragraph)
    return tuple(merged[span] for span in sorted(merged, key=lambda span: span.start))


def _paragraphs_in_region(source: Source, feats: list[Features]) -> tuple[Paragraph, ...]:
    max_gap, join_gap = gaps(source)
    anchor = _slug_anchor(source, feats)
    found = clusters(feats, max_gap)
    region = html_region(source, feats) if source.elements else None
    if region is None:
        region = joined_region(feats, found, join_gap=join_gap, anchor=anchor)
        if region is not None:
            region = with_edges(feats, region)
    kept: list[Features] = []
    if region is not None:
        lo, hi = _below_headline(source, feats, region, best_cluster(found, anchor))
        lead = _lead(source, feats, lo) if source.media_type is MediaType.HTML else []
        kept = lead + _kept(feats, lo, hi)
        if _words(kept) >= _SHORT_BODY:
            return _paragraphs(kept)
    named = _named_content(feats) if source.elements else None
    fallback = _kept(feats, *named) if named is not None else []
    return _paragraphs(fallback if _words(fallback) > _words(kept) else kept)


def _words(kept: list[Features]) -> float:
    return sum(f.words for f in kept)  # CJK-aware word counts, as the block features have them


def _paragraphs(kept: list[Features]) -> tuple[Paragraph, ...]:
    return tuple(_paragraph(f) for f in kept)


def _paragraph(f: Features) -> Paragraph:
    return Paragraph(span=f.block.span, text=f.text, kind=_kind(f.block))


def _kept(feats: list[Features], lo: int, hi: int) -> list[Features]:
    return [
        f
        for k, f in enumerate(feats[lo : hi + 1], start=lo)
        if f.is_good or keep_inside(f) or (k < hi and is_subheading(f, feats[k + 1]))
    ]


def _named_content(feats: list[Features]) -> tuple[int, int] | None:
    """The blocks of the element the page names as content holding the most words, if any.

    The fallback for a short article with no prose-like block to anchor a region
    ("articleBody" holding a calendar, say).
    """
    words: dict[str, float] = {}
    for f in feats:
        if f.hint > 0 and f.block.hint and keep_inside(f):
            words[f.block.hint] = words.get(f.block.hint, 0.0) + f.words
    if not words:
        return None
    best = max(words, key=words.__getitem__)
    at = [k for k, f in enumerate(feats) if f.block.hint == best]
    return at[0], at[-1]


def _slug_anchor(source: Source, feats: list[Features]) -> int | None:
    """The block the page's URL spells best (its headline, most often), if one clearly does."""
    slug = slug_words(source.url)
    if not slug:
        return None
    best: tuple[float, int] | None = None
    for k, f in enumerate(feats):
        if _MIN_ANCHOR_WORDS <= f.words <= _MAX_ANCHOR_WORDS:
            share = overlap(fold(f.text), slug)
            if share >= _ANCHOR_MATCH and (best is None or share > best[0]):
                best = (share, k)
    return best[1] if best else None


def _confirmed_heading(signals: tuple[str, ...]) -> bool:
    visible = [s for s in signals if len(s) == 2 and s[0] == "h" and s[1].isdigit()]  # noqa: PLR2004
    return bool(visible) and ("h1" in visible or any(s in _AGREEING for s in signals))


def _lead(source: Source, feats: list[Features], lo: int) -> list[Features]:
    """Reach up to the lead when a gallery or a table of contents parts it from the region.

    Prose between the page's headline and the region belongs to the article, unless it is a
    run of teasers or a standfirst the page marks as such ("dek", "summary", "subtitle").
    """
    headline = find_headline(source)
    if (
        headline is None
        or headline.span.end > feats[lo].block.span.start
        or not _confirmed_heading(headline.signals)
    ):
        return []  # only a visible h1, or a heading the page's metadata confirms, bounds a lead
    first = next((k for k in range(lo) if feats[k].block.span.start >= headline.span.end), lo)
    if lo - first > _LEAD_REACH:
        return []
    good = [f for f in feats[first:lo] if f.is_good]
    if len(good) > _LEAD_BLOCKS or any(
        f.is_section_end or f.hint < 0 or (f.block.hint and _DEK.search(f.block.hint)) for f in good
    ):
        return []  # teasers, or the standfirst the page sets apart from its body
    return good


def _below_headline(
    source: Source, feats: list[Features], region: Region, cluster: Cluster | None
) -> Region:
    """Start the region after the headline when the headline opens the article's core."""
    lo, hi = region
    core = _core_spans(feats, cluster)
    if core is None:
        return region
    found = find_headline(source, region=core, into_body=False)
    if found is None:
        return region
    core_start = next(
        (k for k in range(lo, hi + 1) if feats[k].block.span.start >= core[0].start), hi
    )
    limit = feats[min(hi, core_start + _HEADLINE_INTO_CORE)].block.span.start
    if feats[lo].block.span.start < found.span.end <= limit:
        lo = next(k for k in range(lo, hi + 1) if feats[k].block.span.start >= found.span.end)
    return lo, hi


@attrs.frozen(kw_only=True)
class BodyExtractor:
    """The body step: fills :attr:`Document.paragraphs` using :func:`find_paragraphs`."""

    name: str = "body"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset({"paragraphs", "problems"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its body paragraphs."""
        from articlekit.comments.comments import section_start  # noqa: PLC0415 - import cycle

        paragraphs = find_paragraphs(doc.source, stop=section_start(doc.source))
        problems = doc.problems
        if not paragraphs:
            problems = (*problems, Problem(self.name, "no article body found"))
        return attrs.evolve(doc, paragraphs=paragraphs, problems=problems)
