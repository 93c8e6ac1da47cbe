"""Where the article is: regions of content blocks, as inclusive index ranges (private).

Two methods, both over :func:`._blocks.block_features`:

* **Clusters** (text dumps, and the headline's anchor everywhere): *good* blocks group into
  clusters that tolerate short gaps; the cluster with the most good text (discounted for comment
  furniture and for following a comment-section heading) is the article's core; neighbouring
  clusters of similar quality join it unless a section end lies between.
* **Containers** (HTML, using :attr:`Source.elements`): a readability-style score picks the
  element holding the article's core paragraphs; a second score picks the element whose blocks
  are worth most (article words for, furniture against); the core then grows inside that outer
  element over article blocks separated by short gaps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Final

import attrs

from articlekit import _lexicon as lex
from articlekit._patterns import compile_later
from articlekit.model import BlockFeatures, BlockKind, Element, MediaType, Source
from articlekit.page._features import (
    MAX_LINK_RATIO_INSIDE,
    TRUNCATED,
    dated_excerpts,
    heads_related_box,
    is_caption,
    is_date_line,
    keep_inside,
)
from articlekit.page._words import fold

Region = tuple[int, int]

_ANCHOR_REACH: Final = 8  # lines between the headline and the body's first good block
_ANCHOR_BOOST: Final = 2.0
_ARTICLE_BEFORE_END: Final = 50.0  # good words before a section end that make it an article's end
_META_DISCOUNT: Final = 0.5
_MIN_HEADLINES: Final = 3  # teaser headlines that make a cluster a column of them
_AFTER_END_DISCOUNT: Final = 0.3
_JOIN_SHARE: Final = 0.15
_JOIN_MIN_WORDS: Final = 30.0
_EDGE_LINES: Final = 2
_LIST_LINES: Final = 40  # lines of a list the article's last paragraph announces
_LIST_ITEM_WORDS: Final = 25
_MIN_EDGE_WORDS: Final = 3
_LEAD_WORDS: Final = 6
_GROW_GAP: Final = 6
_TEASER_LINK_RATIO: Final = 0.15
_COMMENT_META_COST: Final = 10.0
_CORE_MIN_WORDS: Final = 5
_SIBLING_SHARE: Final = 0.2
_SIBLING_MIN: Final = 10.0
_TOPIC_BOOST: Final = 0.5
_MIN_TOPIC: Final = 3
_WORDS: Final = compile_later(r"[a-z0-9]+")
_SMALL_SHARE: Final = 0.3  # of the page's prose: a region holding less is re-examined
_MIN_PROSE: Final = 150.0  # words of prose a page needs before its region is re-examined
_REEXAMINED_GAIN: Final = 2.0  # the re-examined region must hold this many times more
_PROSE_WORDS: Final = 20
_PROSE_SENTENCE_WORDS: Final = 10
_PROSE_LINKS: Final = 0.4
_RECIPE_HEADING_WORDS: Final = 5
_RECIPE_REACH: Final = 80  # lines from the ingredients' heading to the method's
_MIN_AMOUNTS: Final = 3  # lines of amounts that make a list of ingredients
_MIN_LIFTED: Final = 3  # paragraphs of one container whose class verdict is looked at again


def gaps(source: Source) -> tuple[int, int]:
    """Return ``(max_gap, join_gap)``: HTML pages interleave more furniture than text dumps."""
    return (8, 30) if source.media_type is MediaType.HTML else (6, 15)


# -- clusters of good blocks -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Cluster:
    """A run of good blocks with short gaps."""

    start: int
    end: int  # inclusive
    good_words: float
    comment_meta: int = 0
    after_section_end: bool = False
    topic: float = 0.0  # share of the page's topic words (its URL's) the cluster's text holds
    resumes: bool = False  # the story resuming below a box of links set into it

    @property
    def score(self) -> float:
        """Good words, discounted for listing marks and for following a comment heading.

        Listing marks (``comment_meta``) are comment furniture, date lines, dated excerpts
        between title lines and a column of teaser headlines.

        An article speaks of what its URL names: a cluster holding all the URL's words counts
        half as much again as one that holds none (a listing, a reader forum beside the story).
        """
        score = self.good_words / (1.0 + _META_DISCOUNT * self.comment_meta)
        score *= 1.0 + _TOPIC_BOOST * self.topic
        return score * _AFTER_END_DISCOUNT if self.after_section_end else score


def clusters(
    feats: Sequence[BlockFeatures], max_gap: int, topic: frozenset[str] = frozenset()
) -> list[Cluster]:
    """Group good blocks into clusters; a section end always closes one.

    Clusters after a section end that follows an article's worth of text are marked
    ``after_section_end``, except the one right after an inline box of related links (see
    :func:`_inline_box`) when it speaks of what the URL names: the story resumes there.

    ``topic``: the words the page's URL spells (folded, see :func:`._urls.slug_words`).
    """
    found: list[Cluster] = []
    start = last = -1
    words = 0.0
    ended = False  # a section end followed a substantial cluster
    boxed = False  # ... but it headed an inline box: the next cluster's topic decides
    cited = False  # a list of references' heading came before the next cluster
    excerpts = dated_excerpts(feats)  # a teaser list's dated excerpts mark a listing too

    def close() -> None:
        nonlocal ended, boxed, cited
        # Comment furniture and date lines (one per teaser or comment) mark listings.
        meta = sum(f.is_comment_meta or is_date_line(f.text) for f in feats[start : last + 1])
        meta += sum(1 for k in excerpts if start <= k <= last)
        # A column of teaser headlines: long lines, most of the cluster's, none closing a
        # sentence (headlines take no full stop; a table's rows open with a figure).
        good = [f for f in feats[start : last + 1] if f.is_good]
        headlines = sum(1 for f in good if not f.ends_sentence and not f.text[:1].isdigit())
        if headlines >= _MIN_HEADLINES and 2 * headlines >= len(good):
            meta += headlines
        if cited:
            # Under a "References" heading, each entry is one of a list's (a citation).
            meta += len(good)
            cited = False
        share = _topic_share(feats, start, last, topic)
        resumes = boxed and share >= _BOX_TOPIC and share * len(topic) >= _BOX_TOPIC_WORDS
        if boxed:
            # Prose right after a box of related links that speaks of what the URL names is
            # the story resuming (see _parted); prose about other things is past its end.
            ended, boxed = not resumes, False
        found.append(
            Cluster(
                start=start,
                end=last,
                good_words=words,
                comment_meta=meta,
                after_section_end=ended,
                topic=share,
                resumes=resumes,
            )
        )

    for k, f in enumerate(feats):
        if f.is_section_end:
            if start >= 0:
                close()
                start = -1
            cited = lex.REFERENCES_HEADING.match(f.text) is not None
            # An article's worth of text in more than one block (one long line may be a
            # flattened list) before a section end makes everything after it suspect, however
            # many short clusters (a tag line, a "posted in" line) came between.
            if not ended and any(
                c.good_words >= _ARTICLE_BEFORE_END and c.end > c.start for c in found
            ):
                if _inline_box(feats, k):
                    boxed = True
                else:
                    ended, boxed = True, False
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
    return found


def _topic_share(feats: Sequence[BlockFeatures], lo: int, hi: int, topic: frozenset[str]) -> float:
    """Share of the topic words found among the good blocks' words from ``lo`` to ``hi``."""
    if len(topic) < _MIN_TOPIC:
        return 0.0  # a slug of one or two words ("/news/sport") says little about the text
    found: set[str] = set()
    for f in feats[lo : hi + 1]:
        if f.is_good:
            folded = fold(f.text)
            # (a topic word that is no piece of the text is none of its words: most blocks hold
            # none, and are not split into words)
            if any(word in folded for word in topic if word not in found):
                found.update(topic.intersection(_WORDS.findall(folded)))
                if len(found) == len(topic):
                    break
    return len(found) / len(topic)


def _anchored_score(cluster: Cluster, anchor: int | None) -> float:
    """A cluster starting just below the line the URL spells (the headline) is the article."""
    if anchor is not None and anchor < cluster.start <= anchor + _ANCHOR_REACH:
        return cluster.score * _ANCHOR_BOOST
    return cluster.score


def best_cluster(found: list[Cluster], anchor: int | None = None) -> Cluster | None:
    """The article's core among the page's clusters, if there is any."""
    return max(found, key=lambda c: _anchored_score(c, anchor)) if found else None


_BOX_LINES: Final = 10  # teaser lines of an inline "Related stories" box (titles, bylines)
_BOX_PROSE_WORDS: Final = 40  # a paragraph of prose, longer than a teaser's summary
_BOX_TOPIC: Final = 0.3  # share of the URL's words the prose beyond an inline box speaks of
_BOX_TOPIC_WORDS: Final = 2  # ... and two of its words at least (one in a short slug is chance)


def _parted(feats: Sequence[BlockFeatures], lo: int, hi: int, beyond: Cluster) -> bool:
    """Whether a section end in ``feats[lo:hi]`` parts the region from the cluster ``beyond``.

    A box of related links set into a story ("RELATED STORIES", "Zobacz także", then a few
    teaser titles) does not, when the prose beyond it speaks of what the page's URL names: the
    story resumes there. Teasers after the story's end speak of other things.
    """
    return any(
        f.is_section_end and not (beyond.topic >= _BOX_TOPIC and _inline_box(feats, k))
        for k, f in enumerate(feats[lo:hi], lo)
    )


def _heads_box(f: BlockFeatures) -> bool:
    """Whether ``f`` heads a box of links to other stories: related ones, or the story's tags."""
    return heads_related_box(f) or lex.TAGS_HEADING.match(f.text.split("\n", 1)[0]) is not None


def _inline_box(feats: Sequence[BlockFeatures], at: int) -> bool:
    """Whether the section end at ``at`` heads a few teaser lines with prose right after them.

    Only a box of links to other stories ("Related articles", :data:`lex.RELATED_HEADING`, or
    the story's tags, :data:`lex.TAGS_HEADING`) is set into a story; a comment form's heading
    is where the story ended.
    """
    if not _heads_box(feats[at]):
        return False
    end = min(len(feats), at + _BOX_LINES + 2)
    for k in range(at + 1, end):
        f = feats[k]
        # Prose resumes with a long paragraph or two in a row; a teaser's title or summary
        # (the story itself may be one of the box's) stands alone among the box's links.
        if f.is_good and (f.words >= _BOX_PROSE_WORDS or (k + 1 < end and feats[k + 1].is_good)):
            return k > at + 1  # the box holds at least one teaser line
        if (
            (f.is_section_end and not _heads_box(f))  # boxes stack: "Trending", "Videos"
            or f.is_comment_meta
            or f.is_comment_start
        ):
            return False
    return False


_DATA_ROW_WORDS: Final = 8


def _is_data_row(f: BlockFeatures) -> bool:
    """A short line with a figure: a table's row, which belongs to the text around it."""
    return f.words <= _DATA_ROW_WORDS and not f.is_section_end and any(c.isdigit() for c in f.text)


def _gap(feats: Sequence[BlockFeatures], lo: int, hi: int) -> int:
    """The distance from block ``lo`` to block ``hi``, a table's rows between them not counted."""
    return hi - lo - sum(1 for f in feats[lo + 1 : hi] if _is_data_row(f))


def joined_region(
    feats: Sequence[BlockFeatures],
    found: list[Cluster],
    *,
    join_gap: int,
    anchor: int | None = None,
) -> Region | None:
    """The best of the page's clusters joined with neighbours of similar quality."""
    if not found:
        return None
    best_i = max(range(len(found)), key=lambda i: _anchored_score(found[i], anchor))
    best = found[best_i]
    lo, hi = best.start, best.end
    threshold = max(_JOIN_MIN_WORDS, _JOIN_SHARE * best.good_words)
    # The story resuming below a box of links set into it (joined back to the best), and its
    # last lines above the box (joined on from the best), are joined however short they are.
    for c in reversed(found[:best_i]):
        if (
            _gap(feats, c.end, lo) > join_gap
            or (c.good_words < threshold and not c.resumes)
            or _parted(feats, c.end, lo, c)
        ):
            break
        lo = c.start
    for i in range(best_i + 1, len(found)):
        c = found[i]
        above_box = i + 1 < len(found) and found[i + 1].resumes
        if (
            _gap(feats, hi, c.start) > join_gap
            or (c.good_words < threshold and not above_box)
            or c.comment_meta
            or _parted(feats, hi, c.start + 1, c)
        ):
            break
        hi = c.end
    return lo, hi


def _heading_line(f: BlockFeatures, pattern: re.Pattern[str]) -> bool:
    return f.words <= _RECIPE_HEADING_WORDS and pattern.fullmatch(f.text) is not None


def with_recipe(
    feats: Sequence[BlockFeatures], region: Region, max_gap: int, join_gap: int
) -> Region:
    """A text dump's region taken over the recipe it touches: ingredients, then the method.

    A recipe page lists its ingredients under their heading ("Zutaten", "Ingredients") as short
    lines of amounts, then its steps under theirs ("Zubereitung", "Directions"): the list is no
    furniture between two pieces of text, and the introduction just above it is the article's.
    """
    lo, hi = region
    for i, f in enumerate(feats):
        if not _heading_line(f, lex.INGREDIENTS_HEADING):
            continue
        j = next(
            (
                k
                for k in range(i + 1, min(len(feats), i + _RECIPE_REACH))
                if _heading_line(feats[k], lex.METHOD_HEADING)
            ),
            None,
        )
        if j is None:
            continue
        amounts = sum(1 for g in feats[i + 1 : j] if lex.AMOUNT_LINE.match(g.text))
        if amounts < _MIN_AMOUNTS:
            continue
        end, gap = j, 0
        for k in range(j + 1, len(feats)):
            if feats[k].is_section_end:
                break
            if feats[k].is_good:
                end, gap = k, 0
            else:
                gap += 1
                if gap > max_gap:
                    break
        start = i
        for k in range(i - 1, max(-1, i - _EDGE_LINES - 1), -1):
            if feats[k].is_good:
                start = k  # the recipe's introduction
        if end > j and _gap(feats, hi, start) <= join_gap and lo <= end + max_gap:
            return min(lo, start), max(hi, end)
    return lo, hi


def _is_sentence_line(f: BlockFeatures) -> bool:
    return f.ends_sentence and f.words >= _MIN_EDGE_WORDS and keep_inside(f) and f.text[-1] != ":"


def _is_list_line(f: BlockFeatures) -> bool:
    """A text dump's line that can be an item of a list: short, kept inside, no meta line."""
    return (
        f.words <= _LIST_ITEM_WORDS
        and keep_inside(f)
        and not f.text.endswith(":")
        and lex.META_LINE.match(f.text) is None
    )


def _announces_list(f: BlockFeatures) -> bool:
    """A line of its own that announces a list ("The tour's 2020 dates:").

    A related box's heading ("You may also want to check these out:") and a link's label
    ("Mehr lesen:", "Lesen Sie auch:") announce none.
    """
    return (
        f.text.endswith(":")
        and f.words <= _LIST_ITEM_WORDS
        and keep_inside(f)
        and not f.is_section_end
        and lex.READ_MORE.match(f.text) is None
        and lex.SEE_ALSO.match(f.text) is None
    )


def with_edges(feats: Sequence[BlockFeatures], region: Region) -> Region:
    """Take in sentence-like lines right before and after the region (a closing one-liner).

    When the region's last paragraph announces a list ("…, so I'll summarize them:"), or a line
    of its own right after it does ("The tour's 2020 dates:"), the list's lines after it are the
    article's too: a dump prints each item as a short line, which is no prose block, so the
    region stopped before them.
    """
    lo, hi = region
    if hi + 2 < len(feats) and _announces_list(feats[hi + 1]) and _is_list_line(feats[hi + 2]):
        hi += 1  # ... or a line of its own right after it ("The tour's dates:")
    if feats[hi].text.endswith(":"):
        end = hi
        while end + 1 < len(feats) and end - hi < _LIST_LINES and _is_list_line(feats[end + 1]):
            end += 1
        hi = end
    for _ in range(_EDGE_LINES):
        if hi + 1 < len(feats) and _is_sentence_line(feats[hi + 1]):
            hi += 1
    for _ in range(_EDGE_LINES):
        if lo > 0 and _is_sentence_line(feats[lo - 1]) and feats[lo - 1].words >= _LEAD_WORDS:
            lo -= 1
    return lo, hi


# -- containers (HTML) -------------------------------------------------------------------------


def _inside(feats: Sequence[BlockFeatures], start: int, end: int) -> Region | None:
    """The feature index range of the blocks within ``[start, end)``."""
    inside = [
        k for k, f in enumerate(feats) if start <= f.block.span.start and f.block.span.end <= end
    ]
    return (inside[0], inside[-1]) if inside else None


def _block_value(f: BlockFeatures, *, after_end: bool) -> float:
    """What a block adds to a container: article words count for, furniture against.

    A picture's caption counts for neither: articles hold pictures, and a container of the
    article's sections, each with its figure, is no worse for its captions.

    ``after_end`` marks blocks after a comment-section heading that follows real article text:
    prose there is the readers', not the article's.
    """
    furniture = (
        f.is_boilerplate
        or f.is_section_end
        or f.link_ratio > MAX_LINK_RATIO_INSIDE
        # a teaser: a linked headline plus its summary
        or (f.block.kind is BlockKind.LIST_ITEM and f.link_ratio > _TEASER_LINK_RATIO)
    )
    if f.is_comment_meta:
        value = -_COMMENT_META_COST
    elif furniture and is_caption(f):
        value = 0.0  # a picture's caption is no article text, but it sits in the article
    elif furniture:
        value = -max(f.words, 1.0)
    elif f.is_good:
        value = -0.5 * f.words if after_end else f.words * (0.5 if f.hint < 0 else 1.0)
    else:
        value = -f.words if f.hint < 0 else 0.0
    return value


def _add_to_ancestors(elements: tuple[Element, ...], totals: list[Any]) -> None:
    """Turn per-element totals into subtree totals (a parent always precedes its children).

    The totals are ints or floats (``Any``: a constrained type variable would not compile with
    mypyc, and the list is only added to).
    """
    for node in range(len(elements) - 1, -1, -1):
        parent = elements[node].parent
        if parent is not None:
            totals[parent] += totals[node]


def container_region(source: Source, feats: Sequence[BlockFeatures]) -> Region | None:
    """The element whose blocks are worth most, as a feature index range.

    Wrappers that add navigation around the article lose value, so the choice stops at the
    tightest element that holds the whole article, however deep its paragraphs are nested.
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
        if f.block.element is not None:
            value[f.block.element] += _block_value(f, after_end=after_end)
    _add_to_ancestors(elements, value)  # block values are multiples of 1/4: sums are exact
    best = max(range(len(elements)), key=value.__getitem__)
    if value[best] <= 0:
        return None
    span = elements[best].span
    return _inside(feats, span.start, span.end)


def _is_excerpt(f: BlockFeatures) -> bool:
    """A teaser's cut-off excerpt ("… as investors awaited ..."): prose-like, no article text."""
    return f.text.endswith(TRUNCATED)


def _readability_scores(
    elements: tuple[Element, ...], feats: Sequence[BlockFeatures]
) -> list[float]:
    """Score elements as readability does.

    Each sentence-like block's points go to its parent element, half to the grandparent; the
    elements are then scaled by their link density and class/id hints.
    """
    n = len(elements)
    score = [0.0] * n
    chars = [0] * n
    links = [0] * n
    for f in feats:
        holder = f.block.element
        if holder is not None:
            chars[holder] += len(f.block.span)
            links[holder] += f.block.link_chars
        if (
            holder is None
            or f.words < _CORE_MIN_WORDS
            or f.is_boilerplate
            or f.is_comment_meta
            or f.link_ratio > MAX_LINK_RATIO_INSIDE
            or _is_excerpt(f)
        ):
            continue
        points = 1.0 + f.text.count(",") + f.text.count("，") + min(f.words / 20.0, 3.0)
        parent = elements[holder].parent
        if parent is None:
            score[holder] += points
            continue
        score[parent] += points
        grand = elements[parent].parent
        if grand is not None:
            score[grand] += points / 2.0
    _add_to_ancestors(elements, chars)
    _add_to_ancestors(elements, links)
    for i, element in enumerate(elements):
        if score[i] > 0:
            score[i] *= (1.0 - links[i] / max(1, chars[i])) * _hint_weight(element.hint)
    return score


@lru_cache(maxsize=1 << 16)
def _hint_weight(hint: str | None) -> float:
    weight = 1.0
    if hint:
        if lex.NEGATIVE_HINT.search(hint):
            weight *= 0.5
        if lex.POSITIVE_HINT.search(hint):
            weight *= 1.25
    return weight


def core_region(source: Source, feats: Sequence[BlockFeatures]) -> Region | None:
    """Readability-style choice of the element holding the article's core paragraphs.

    The best element and its siblings scoring at least a fifth as much delimit the region.
    """
    elements = source.elements
    if not elements:
        return None
    score = _readability_scores(elements, feats)
    best = max(range(len(elements)), key=score.__getitem__)
    if score[best] <= 0:
        return None
    parent = elements[best].parent
    threshold = max(_SIBLING_MIN, _SIBLING_SHARE * score[best])
    spans = [elements[best].span] + [
        e.span
        for i, e in enumerate(elements)
        if i != best and parent is not None and e.parent == parent and score[i] >= threshold
    ]
    return _inside(feats, min(s.start for s in spans), max(s.end for s in spans))


def grow(feats: Sequence[BlockFeatures], core: Region, bound: Region) -> Region:
    """Grow the core region inside ``bound`` over article blocks separated by short gaps.

    Growing down stops at a comment heading, or at a section end once the region holds an
    article's worth of text; growing up stops at any section end but a related-links heading:
    above the core, such a heading heads a box set inside the article ("Mehr zum Thema" between
    its two halves), and the box's links count as a gap.
    """
    lo, hi = core
    good = sum(f.words for f in feats[lo : hi + 1] if f.is_good)

    def stops_down(f: BlockFeatures) -> bool:
        return f.is_comment_start or (f.is_section_end and good >= _ARTICLE_BEFORE_END)

    def stops_up(f: BlockFeatures) -> bool:
        return f.is_section_end and not heads_related_box(f)

    styles = {_style(f.block.hint) for f in feats[lo : hi + 1] if f.is_good and f.block.hint}
    hi = _extend(feats, hi, range(hi + 1, bound[1] + 1), stops_down, styles)
    lo = _extend(feats, lo, range(lo - 1, bound[0] - 1, -1), stops_up, styles)
    return lo, hi


def _extend(
    feats: Sequence[BlockFeatures],
    edge: int,
    steps: range,
    stops: Callable[[BlockFeatures], bool],
    styles: set[str | None],
) -> int:
    """Walk ``steps`` from ``edge``, moving the edge to each good block until a stop.

    After a long gap (an inline box of related links, say) only good blocks styled like the
    core's paragraphs (the same class path) continue the article. A teaser's cut-off excerpt
    ("… awaited for ...") does not continue it, nor count as a gap.
    """
    gap = 0
    for k in steps:
        f = feats[k]
        if stops(f):
            break
        if f.is_good and _is_excerpt(f):
            continue
        if f.is_good and (gap <= _GROW_GAP or _style(f.block.hint) in styles):
            edge, gap = k, 0
        elif _is_gap(f) or f.is_good:
            gap += 1
            if gap > _GROW_GAP and not styles:
                break
    return edge


_ID: Final = compile_later(r"#[^ .>]+")


def _style(hint: str | None) -> str | None:
    """A block's class path without ids ("section#Sec1" and "section#Abs1" share a style)."""
    return None if hint is None else _ID.sub("", hint)


def _is_gap(f: BlockFeatures) -> bool:
    """Whether a block between article blocks counts against growing over it.

    Short neutral blocks (captions, subheadings, credits of an image) do not; furniture does.
    """
    return not keep_inside(f)


def html_region(source: Source, feats: Sequence[BlockFeatures]) -> Region | None:
    """The article region of an HTML page: the core grown inside the most valuable container."""
    container = container_region(source, feats)
    core = core_region(source, feats)
    if core is not None and container is not None:
        return grow(feats, core, (min(core[0], container[0]), max(core[1], container[1])))
    return core or container


# -- re-examination (HTML) ---------------------------------------------------------------------


def _is_prose(f: BlockFeatures) -> bool:
    """Article-like prose whatever its class names say (``is_good`` without the hint)."""
    return (
        not f.is_boilerplate
        and not f.is_comment_meta
        and f.link_ratio <= _PROSE_LINKS
        and (f.words >= _PROSE_WORDS or (f.words >= _PROSE_SENTENCE_WORDS and f.ends_sentence))
    )


def _good_words(feats: Sequence[BlockFeatures], region: Region | None) -> float:
    """The article words of a region: its good blocks, less teasers' cut-off excerpts.

    An excerpt that ends in an ellipsis ("… as global investors awaited for ...") reads like
    prose but is a teaser's summary: a region of teasers must not pass for an article.
    """
    if region is None:
        return 0.0
    return sum(
        f.words for f in feats[region[0] : region[1] + 1] if f.is_good and not _is_excerpt(f)
    )


#: The page's footer, whose verdict is never lifted: its legal notes and the publisher's
#: address are prose no story hides in (a story's column may be named "sidebar-1", though).
_FOOTER: Final = compile_later(r"footer|copyright", re.IGNORECASE)


def _liftable(f: BlockFeatures) -> bool:
    """Prose whose furniture verdict comes from class names re-examination may lift.

    A story body's container may carry a misleading name (``js-dynamic-advertorial``, a
    main column's ``sidebar-1``), but not the page's footer (:data:`_FOOTER`, in the
    block's two innermost descriptors).
    """
    if f.hint >= 0 or not _is_prose(f):
        return False
    hint = f.block.hint
    return not (hint and any(_FOOTER.search(part) for part in hint.split(" > ")[-2:]))


def reexamined(
    source: Source, feats: Sequence[BlockFeatures], region: Region | None
) -> tuple[tuple[BlockFeatures, ...], Region] | None:
    """A better region when the chosen one holds a small share of the page's prose.

    Class names mislead now and then: a story body inside ``div.js-dynamic-advertorial``, a
    post inside a wrapper named for its share bar. When the region's article words are under
    a third of the page's prose, the one container holding most prose that its class names
    call furniture (at least three paragraphs, twice the region's words) is looked at again
    with that verdict lifted; the new region wins when it holds at least twice the article
    words and no comment furniture. Returns the features with the lifted verdicts and the new
    region, or ``None`` to keep the first choice.
    """
    total = sum(f.words for f in feats if _is_prose(f))
    found = _good_words(feats, region)
    if total < _MIN_PROSE or found >= _SMALL_SHARE * total:
        return None
    held: dict[int, list[int]] = {}
    for k, f in enumerate(feats):
        if _liftable(f) and f.block.element is not None:
            parent = source.elements[f.block.element].parent
            if parent is not None:
                held.setdefault(parent, []).append(k)
    if not held:
        return None
    parent, best = max(held.items(), key=lambda item: sum(feats[k].words for k in item[1]))
    if len(best) < _MIN_LIFTED or sum(feats[k].words for k in best) < _REEXAMINED_GAIN * max(
        found, 1.0
    ):
        return None
    span = source.elements[parent].span  # its lists and quotes too
    lifting = {
        k
        for k, f in enumerate(feats)
        if _liftable(f) and span.start <= f.block.span.start < span.end
    }
    lifted = tuple(attrs.evolve(f, hint=0) if k in lifting else f for k, f in enumerate(feats))
    again = html_region(source, lifted)
    if again is None or _good_words(lifted, again) < _REEXAMINED_GAIN * max(found, 1.0):
        return None
    if any(f.is_comment_meta or f.is_comment_start for f in lifted[again[0] : again[1] + 1]):
        return None
    return lifted, again
