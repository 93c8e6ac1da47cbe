"""The article body: boilerplate removed, split into paragraphs.

The same block-sequence method serves text dumps (a block is a line) and HTML (a block is a
rendered element; link density, tags and class/id hints add evidence):

1. every content block gets features: its length in words (CJK characters count as half a word),
   whether it ends like a sentence, its link density and class/id hints, and whether it is
   boilerplate by the multilingual markers in :mod:`._lexicon`;
2. *good* blocks (long, sentence-like, not furniture) are grouped into clusters that tolerate short
   gaps; the cluster with the most good text is the article, and neighbouring clusters of similar
   quality join it unless a section end (comments, "related stories") lies between them;
3. inside that region, short blocks are kept when they read like part of the article (headings,
   short paragraphs, list items) and dropped when they are furniture, bylines or credits.

Nothing after the start of a comment section is body: the comments step reads that part.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from articlekit.extractors import _lexicon as lex
from articlekit.extractors.headline import find_headline
from articlekit.model import Block, BlockKind, Document, MediaType, Paragraph, Problem, Source, Span

__all__ = ["BodyExtractor", "find_paragraphs"]

_WORD: Final = re.compile(r"\w+")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_SENTENCE_END_CHARS: Final = frozenset(".!?。！？…\"”»')]:")
_MAX_LINK_RATIO_GOOD: Final = 0.4
_LONG: Final = 20  # words that make a block article-like on length alone
_SENTENCE: Final = 10  # words that make a sentence-like block article-like
_SHORT: Final = 120  # section headings and comment furniture are shorter
_HEADING: Final = 80
_MARKED: Final = 400  # boilerplate markers describe lines shorter than this
_MAX_LINK_RATIO_INSIDE: Final = 0.5
_MIN_REPEATED: Final = 30  # shorter repeated blocks ("Reply", "Share") are judged on their own
_CONTENT_KINDS: Final = frozenset(
    {
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
        BlockKind.PREFORMATTED,
        BlockKind.TABLE_CELL,
    }
)


@attrs.define
class _Features:
    index: int
    block: Block
    text: str
    words: float
    ends_sentence: bool
    link_ratio: float
    hint: int  # -1 furniture hint, 0 none, +1 content hint
    is_boilerplate: bool
    is_section_end: bool
    is_comment_meta: bool
    is_comment_start: bool

    is_good: bool = False

    def __attrs_post_init__(self) -> None:
        # A good block is article-like prose: long or sentence-like, not furniture.
        self.is_good = (
            not self.is_boilerplate
            and self.link_ratio <= _MAX_LINK_RATIO_GOOD
            and self.hint >= 0
            and (self.words >= _LONG or (self.words >= _SENTENCE and self.ends_sentence))
        )


def _word_count(text: str) -> float:
    if _CJK.search(text) is None:
        return len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk / 2


def _hint_score(hint: str | None, memo: dict[str, tuple[bool, bool]]) -> int:
    """Score a block's class/id hint: -1 furniture, +1 content, 0 neither.

    Only the innermost descriptors speak for a block: a "share" div inside "article" is
    furniture, a paragraph inside a page wrapper named "has-sidebar" is not. ``memo`` caches
    the verdict per descriptor for one document (pages repeat the same classes).
    """
    if not hint:
        return 0
    verdicts = []
    for part in hint.split(" > ")[-2:]:
        if part not in memo:
            memo[part] = (
                lex.NEGATIVE_HINT.search(part) is not None,
                lex.POSITIVE_HINT.search(part) is not None,
            )
        verdicts.append(memo[part])
    if any(negative and not positive for negative, positive in verdicts):
        return -1
    return 1 if any(positive for _, positive in verdicts) else 0


def _is_comment_heading(text: str) -> bool:
    """A short heading-like line naming the comment section ("34 responses to ...")."""
    return (
        len(text) < 80  # noqa: PLR2004 - headings are short
        and not text.endswith(".")
        and bool(lex.COMMENT_HEADING.search(text))
    )


def _features(source: Source) -> list[_Features]:
    blocks = [(i, b) for i, b in enumerate(source.blocks) if b.kind in _CONTENT_KINDS]
    # Text the page repeats (gallery captions, teaser titles, "share" bars) is not article prose.
    seen: dict[str, int] = {}
    for _, block in blocks:
        if len(block.span) >= _MIN_REPEATED:
            key = source.slice(block.span)
            seen[key] = seen.get(key, 0) + 1
    out = []
    is_html = source.media_type is MediaType.HTML
    memo: dict[str, tuple[bool, bool]] = {}
    for i, block in blocks:
        text = source.slice(block.span)
        repeated = seen.get(text, 0) > 1
        size = len(text)
        # The markers describe short lines; long paragraphs skip the regular expressions.
        is_short = size < _SHORT
        comment_heading = size < _HEADING and _is_comment_heading(text)
        out.append(
            _Features(
                index=i,
                block=block,
                text=text,
                words=_word_count(text),
                ends_sentence=text[-1] in _SENTENCE_END_CHARS,
                link_ratio=block.link_chars / max(1, size),
                hint=_hint_score(block.hint, memo) if is_html else 0,
                is_boilerplate=repeated
                or block.tag == "figcaption"
                or (size < _MARKED and bool(lex.BOILERPLATE.match(text) or lex.CREDIT.match(text))),
                is_section_end=is_short
                and bool(comment_heading or lex.SECTION_END.match(text.split("\n", 1)[0])),
                is_comment_meta=is_short and bool(lex.COMMENT_META.match(text)),
                is_comment_start=comment_heading,
            )
        )
    return out


@attrs.frozen(kw_only=True)
class _Cluster:
    start: int  # index into the features list
    end: int  # inclusive
    good_words: float
    comment_meta: int = 0
    after_section_end: bool = False

    @property
    def score(self) -> float:
        # Comment threads are long and sentence-like too; their furniture gives them away, and
        # whatever follows a comment-section heading after a real article is not the article.
        score = self.good_words / (1.0 + 0.5 * self.comment_meta)
        return score * 0.3 if self.after_section_end else score


def _clusters(feats: list[_Features], max_gap: int) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    start = last = -1
    words = 0.0
    ended = False  # a section end followed a substantial cluster

    def close() -> None:
        meta = sum(f.is_comment_meta for f in feats[start : last + 1])
        clusters.append(
            _Cluster(
                start=start, end=last, good_words=words, comment_meta=meta, after_section_end=ended
            )
        )

    for k, f in enumerate(feats):
        if f.is_section_end:
            if start >= 0:
                close()
                start = -1
            if clusters and clusters[-1].good_words >= 50:  # noqa: PLR2004 - an article's worth
                ended = True
        if not f.is_good:
            continue
        if start >= 0 and k - last > max_gap:
            close()
            start = -1
        if start < 0:
            start, words = k, 0.0
        last = k
        words += f.words
    if start >= 0:
        close()
    return clusters


def _has_section_end(feats: list[_Features], lo: int, hi: int) -> bool:
    return any(f.is_section_end for f in feats[lo:hi])


def _gaps(source: Source) -> tuple[int, int]:
    """Return ``(max_gap, join_gap)``: HTML pages interleave more furniture than text dumps."""
    return (8, 30) if source.media_type is MediaType.HTML else (6, 15)


def article_region(source: Source) -> tuple[Span, Span] | None:
    """Return the spans of the first and last block of the densest article cluster, if any.

    This is the core of the body before neighbouring clusters join it; the headline is looked
    for just above it.
    """
    return _best_cluster(_features(source), _gaps(source)[0])


def _best_cluster(feats: list[_Features], max_gap: int) -> tuple[Span, Span] | None:
    clusters = _clusters(feats, max_gap)
    if not clusters:
        return None
    best = max(clusters, key=lambda c: c.score)
    return feats[best.start].block.span, feats[best.end].block.span


def _region(feats: list[_Features], *, max_gap: int, join_gap: int) -> tuple[int, int] | None:
    clusters = _clusters(feats, max_gap)
    if not clusters:
        return None
    best_i = max(range(len(clusters)), key=lambda i: clusters[i].score)
    best = clusters[best_i]
    lo, hi = best.start, best.end
    threshold = max(30.0, 0.15 * best.good_words)
    for c in reversed(clusters[:best_i]):
        if lo - c.end > join_gap or c.good_words < threshold or _has_section_end(feats, c.end, lo):
            break
        lo = c.start
    for c in clusters[best_i + 1 :]:
        if (
            c.start - hi > join_gap
            or c.good_words < threshold
            or c.comment_meta
            or _has_section_end(feats, hi, c.start + 1)
        ):
            break
        hi = c.end
    return lo, hi


_FURNITURE_WEIGHT: Final = 1.0
_GROW_GAP: Final = 6
_TEASER_LINK_RATIO: Final = 0.15
_ARTICLE_BEFORE_END: Final = 50.0  # good words before a section end that make it an article's end


def _block_value(f: _Features, *, after_end: bool) -> float:
    """What a block adds to a container: article words count for, furniture against.

    ``after_end`` marks blocks after a comment-section heading that follows real article text:
    prose there is the readers', not the article's.
    """
    if f.is_comment_meta:
        return -10.0
    if f.is_boilerplate or f.is_section_end or f.link_ratio > _MAX_LINK_RATIO_INSIDE:
        return -_FURNITURE_WEIGHT * max(f.words, 1.0)
    if f.block.kind is BlockKind.LIST_ITEM and f.link_ratio > _TEASER_LINK_RATIO:
        return -_FURNITURE_WEIGHT * f.words  # a teaser: linked headline plus summary
    if f.is_good:
        if after_end:
            return -0.5 * f.words
        return f.words * (0.5 if f.hint < 0 else 1.0)
    if f.hint < 0:
        return -_FURNITURE_WEIGHT * f.words
    return 0.0


def _container_region(source: Source, feats: list[_Features]) -> tuple[int, int] | None:
    """Choose the element holding the article, as a feature index range.

    Every element's value is the sum of its blocks' values (article words count for it, link
    lists, boilerplate and comment furniture against it); the element with the highest value is
    the article's container. Wrappers that add navigation around it lose value, so the choice
    stops at the tightest element that holds the whole article, however deep its paragraphs
    are nested.
    """
    elements = source.elements
    if not elements:
        return None
    value = [0.0] * len(elements)
    good_so_far = 0.0
    after_end = False
    for f in feats:
        if f.is_comment_start and good_so_far >= _ARTICLE_BEFORE_END:
            after_end = True
        if f.is_good:
            good_so_far += f.words
        points = _block_value(f, after_end=after_end)
        node = f.block.element
        while node is not None:
            value[node] += points
            node = elements[node].parent
    best = max(range(len(elements)), key=value.__getitem__)
    if value[best] <= 0:
        return None
    span = elements[best].span
    inside = [
        k
        for k, f in enumerate(feats)
        if span.start <= f.block.span.start and f.block.span.end <= span.end
    ]
    if not inside:
        return None
    return inside[0], inside[-1]


def _cut_at_section_end(feats: list[_Features], lo: int, hi: int) -> tuple[int, int]:
    """End the region at the first section end ("Comments", "Related stories") that follows
    an article's worth of text."""
    good = 0.0
    for k in range(lo, hi + 1):
        f = feats[k]
        if f.is_section_end and good >= _ARTICLE_BEFORE_END and k > lo:
            return lo, k - 1
        if f.is_good:
            good += f.words
    return lo, hi


def _core_region(source: Source, feats: list[_Features]) -> tuple[int, int] | None:
    """Readability-style choice of the element holding the article core, as a feature index range.

    Each sentence-like block scores by its length and commas; the score goes to the element
    holding it and (halved) to the one above, scaled down by the element's link density and
    moved by its class/id hints. The best element and its strong siblings delimit the region.
    """
    elements = source.elements
    if not elements:
        return None
    n = len(elements)
    score = [0.0] * n
    chars = [0] * n
    links = [0] * n
    for f in feats:
        node = f.block.element
        while node is not None:
            chars[node] += len(f.block.span)
            links[node] += f.block.link_chars
            node = elements[node].parent
        if (
            f.words < 5
            or f.is_boilerplate
            or f.is_comment_meta
            or f.link_ratio > _MAX_LINK_RATIO_INSIDE
        ):  # noqa: PLR2004
            continue
        points = 1.0 + f.text.count(",") + f.text.count("，") + min(f.words / 20.0, 3.0)
        holder = f.block.element
        if holder is None:
            continue
        parent = elements[holder].parent
        if parent is not None:
            score[parent] += points
            grand = elements[parent].parent
            if grand is not None:
                score[grand] += points / 2.0
        else:
            score[holder] += points
    best = -1
    best_score = 0.0
    final = [0.0] * n
    for i, element in enumerate(elements):
        if score[i] <= 0:
            continue
        density = links[i] / max(1, chars[i])
        weight = 1.0
        if element.hint:
            if lex.NEGATIVE_HINT.search(element.hint):
                weight *= 0.5
            if lex.POSITIVE_HINT.search(element.hint):
                weight *= 1.25
        final[i] = score[i] * (1.0 - density) * weight
        if final[i] > best_score:
            best, best_score = i, final[i]
    if best < 0:
        return None
    spans = [elements[best].span]
    parent = elements[best].parent
    threshold = max(10.0, 0.2 * best_score)
    for i, element in enumerate(elements):
        if i != best and element.parent == parent and parent is not None and final[i] >= threshold:
            spans.append(element.span)
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    inside = [
        k for k, f in enumerate(feats) if start <= f.block.span.start and f.block.span.end <= end
    ]
    if not inside:
        return None
    return inside[0], inside[-1]


def _grow(feats: list[_Features], core: tuple[int, int], bound: tuple[int, int]) -> tuple[int, int]:
    """Grow the core region inside ``bound`` over article blocks separated by short gaps."""
    lo, hi = core
    b_lo, b_hi = bound
    good = sum(f.words for f in feats[lo : hi + 1] if f.is_good)
    gap = 0
    for k in range(hi + 1, b_hi + 1):
        f = feats[k]
        if f.is_comment_start or (f.is_section_end and good >= _ARTICLE_BEFORE_END):
            break
        if f.is_good:
            hi, gap = k, 0
        else:
            gap += 1
            if gap > _GROW_GAP:
                break
    gap = 0
    for k in range(lo - 1, b_lo - 1, -1):
        f = feats[k]
        if f.is_section_end:
            break
        if f.is_good:
            lo, gap = k, 0
        else:
            gap += 1
            if gap > _GROW_GAP:
                break
    return lo, hi


def _keep_inside(f: _Features) -> bool:
    """Decide for a block inside the article region that is not a *good* block."""
    if (
        f.is_boilerplate
        or f.is_section_end
        or f.is_comment_meta
        or f.link_ratio > _MAX_LINK_RATIO_INSIDE
        or f.hint < 0
    ):
        return False
    if lex.BYLINE.match(f.text):
        return False
    if f.block.kind is BlockKind.HEADING:
        return True
    return f.words >= 3 or (f.ends_sentence and f.words >= 1)  # noqa: PLR2004


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


def _confirmed_by(reference: str, feats: list[_Features]) -> list[Paragraph]:
    """Visible blocks whose text the JSON-LD body contains."""
    grams = set(_shingles(reference))
    confirmed = []
    for f in feats:
        own = _shingles(f.text)
        if own and sum(g in grams for g in own) >= _CONFIRMED * len(own):
            confirmed.append(Paragraph(span=f.block.span, text=f.text, kind=_kind(f.block)))
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


def find_paragraphs(source: Source) -> tuple[Paragraph, ...]:
    """Return the article's body paragraphs, in order.

    When the headline lies inside the article region, nothing before it is body (teaser lists
    above an article look like prose).

    >>> from articlekit import from_text
    >>> body = "This is a long body sentence with many words in it. " * 3
    >>> comment = "Someone says: this is a long comment with plenty of words in it. " * 2
    >>> text = "Menu\\nHome\\n\\nA headline\\n\\n" + body + "\\n\\n1 Comment\\n" + comment
    >>> [p.text[:30] for p in find_paragraphs(from_text(text))]
    ['This is a long body sentence w']
    """
    feats = _features(source)
    found = _find_in_region(source, feats)
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


def _find_in_region(source: Source, feats: list[_Features]) -> tuple[Paragraph, ...]:
    max_gap, join_gap = _gaps(source)
    region = None
    if source.elements:
        container = _container_region(source, feats)
        core = _core_region(source, feats)
        if core is not None and container is not None:
            bound = (min(core[0], container[0]), max(core[1], container[1]))
            region = _grow(feats, core, bound)
        else:
            region = core or container
    if region is None:
        region = _region(feats, max_gap=max_gap, join_gap=join_gap)
    if region is None:
        return ()
    lo, hi = region
    core = _best_cluster(feats, max_gap)
    found = find_headline(source, region=core) if core else None
    headline = found.span if found else None
    if (
        headline is not None
        and feats[lo].block.span.start < headline.end <= feats[hi].block.span.start
    ):
        lo = next(k for k in range(lo, hi + 1) if feats[k].block.span.start >= headline.end)
    paragraphs = []
    for f in feats[lo : hi + 1]:
        if f.is_good or _keep_inside(f):
            paragraphs.append(Paragraph(span=f.block.span, text=f.text, kind=_kind(f.block)))
    return tuple(paragraphs)


@attrs.frozen(kw_only=True)
class BodyExtractor:
    """The body step: fills :attr:`Document.paragraphs` using :func:`find_paragraphs`."""

    name: str = "body"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset({"paragraphs", "problems"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its body paragraphs."""
        paragraphs = find_paragraphs(doc.source)
        problems = doc.problems
        if not paragraphs:
            problems = (*problems, Problem(self.name, "no article body found"))
        return attrs.evolve(doc, paragraphs=paragraphs, problems=problems)
