"""Which blocks are the article: the selection the layout and body steps share (private).

Given the page analysis (:class:`~articlekit.model.Layout`: block features, the core and the grown
region) and the headline that bounds the article from above, the article is:

1. the region, started below the headline when the headline opens the article's core, and
   reaching up to a lead that a gallery or a table of contents parts from the region;
2. inside it, the good blocks and the short blocks that read like part of an article (headings,
   short paragraphs, list items), without furniture, bylines, dates or credits;
3. for a short result, the element the page names as its content, when that holds more;
4. for HTML, the page's own JSON-LD ``articleBody`` confirms visible blocks, and stands in for
   the body when the page renders its text by script.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from articlekit import _lexicon as lex
from articlekit._patterns import compile_later
from articlekit.model import (
    Block,
    BlockFeatures,
    BlockKind,
    Headline,
    Layout,
    MediaType,
    Paragraph,
    Source,
    Span,
)
from articlekit.page._features import (
    MAX_LINK_RATIO_INSIDE,
    container_of,
    heads_related_box,
    is_caption,
    is_date_line,
    is_subheading,
    keep_inside,
)
from articlekit.page._urls import page_url, slug_words
from articlekit.page._words import fold, overlap

__all__ = ["article_paragraphs", "named_content", "slug_anchor"]

_WORD: Final = compile_later(r"\w+")
_HEADLINE_INTO_CORE: Final = 3  # the headline may open the core, not sit deep in it
_MIN_ANCHOR_WORDS: Final = 3
_MAX_ANCHOR_WORDS: Final = 30
_ANCHOR_MATCH: Final = 0.6
_LEAD_REACH: Final = 40  # blocks between the headline and the region still searched for a lead
_LEAD_BLOCKS: Final = 3
_TEXT_LEAD_BLOCKS: Final = 2  # a text dump's lead is at least this many paragraphs
_AGREEING: Final = frozenset({"og:title", "title", "jsonld:headline", "twitter:title"})
_DEK: Final = compile_later(
    r"dek|standfirst|sub-?title|sub-?head|summary|teaser|excerpt|kicker|description|strapline"
    r"|metadata|image|img|photo",
    re.IGNORECASE,
)
_SHORT_BODY: Final = 25  # words: a region holding less may have missed a short article
_SHINGLE: Final = 3
_CONFIRMED: Final = 0.6  # share of a block's shingles found in the JSON-LD body
_MIN_JSONLD_WORDS: Final = 40


def article_paragraphs(
    source: Source, layout: Layout, headline: Headline | None
) -> tuple[Paragraph, ...]:
    """The article's paragraphs, in order, below ``headline`` when it bounds the article."""
    feats = layout.body_features
    found = _in_region(source, layout, feats, headline)
    if source.media_type is not MediaType.HTML:
        return found
    reference = _jsonld_body(source)
    if reference is None:
        steps = _meta_block(source, "jsonld:recipeInstructions")
        if steps is None:
            return found
        # A recipe's steps are its article, wherever the template puts them.
        return _merged(found, _confirmed_by(source.slice(steps.span), feats))
    text = source.slice(reference.span)
    confirmed = _confirmed_by(text, feats)
    if not confirmed:
        # Nothing visible matches the page's own article body: the page renders it by script,
        # unless what is visible is longer (the JSON-LD holds a truncated preview).
        if sum(len(_WORD.findall(p.text)) for p in found) > len(_WORD.findall(text)):
            return found
        return _lines_of(source, reference)
    return _merged(found, confirmed)


def _merged(found: tuple[Paragraph, ...], confirmed: list[Paragraph]) -> tuple[Paragraph, ...]:
    merged = {p.span: p for p in found}
    for paragraph in confirmed:
        merged.setdefault(paragraph.span, paragraph)
    return tuple(merged[span] for span in sorted(merged, key=lambda span: span.start))


def _in_region(
    source: Source,
    layout: Layout,
    feats: Sequence[BlockFeatures],
    headline: Headline | None,
) -> tuple[Paragraph, ...]:
    kept: list[BlockFeatures] = []
    if layout.region is not None:
        lo, hi = _below_headline(source, feats, layout.region, layout.core, headline)
        html = source.media_type is MediaType.HTML
        lead = _lead(feats, lo, headline, html=html)
        kept = _without_author_box(
            source, feats, lead + _kept(feats, lo, hi, boxes=not html, source=source)
        )
        if html and _words(kept) < _GALLERY_INTRO:
            shown = {f.index for f in kept}
            last = max((k for k, f in enumerate(feats) if f.index in shown), default=lo)
            kept += _slides(feats, last, _words(kept))
        if _words(kept) >= _SHORT_BODY:
            return _paragraphs(kept)
    fallback = _kept(feats, *layout.fallback, source=source) if layout.fallback is not None else []
    chosen = fallback if _words(fallback) > _words(kept) else kept
    if not chosen and source.media_type is MediaType.HTML:
        # Nothing reads like an article (a page of a few short lines): its visible text that
        # is neither links nor furniture is all there is, as a reader sees it. (A text dump
        # cannot tell a menu's lines from such text: it stays empty.)
        chosen = [f for f in feats if _is_plain_text(f)]
    return _paragraphs(chosen)


def _slides(feats: Sequence[BlockFeatures], last: int, intro: float) -> list[BlockFeatures]:
    """A gallery's slides after a short introduction (``last``, its last block): their text.

    A gallery or slideshow article ("90+ costumes to make at home") says little in prose;
    its text is in the captions of its pictures, one after another below the introduction.
    A caption is no article prose on a page with a story, so the slides count only where
    they hold far more text than the introduction (:data:`_GALLERY_SHARE` times, in
    :data:`_MIN_SLIDES` captions or more) and follow it with no prose of their own between.
    """
    slides: list[BlockFeatures] = []
    captions = 0
    words = 0.0
    through = 0  # slides up to the last caption (a heading after it is the next section's)
    for f in feats[last + 1 :]:
        if f.is_section_end or f.is_comment_start or (f.is_good and not is_caption(f)):
            break
        if is_caption(f) and f.words >= _MIN_CAPTION_WORDS:
            captions += 1
            words += f.words
            slides.append(f)
            through = len(slides)
        elif f.block.kind is BlockKind.HEADING and f.words <= _SLIDE_TITLE:
            slides.append(f)
    if captions < _MIN_SLIDES or words < _GALLERY_SHARE * max(intro, 1.0):
        return []
    return slides[:through]


_GALLERY_INTRO: Final = 150  # words: a story says more than a gallery's introduction
_GALLERY_SHARE: Final = 2.0
_MIN_SLIDES: Final = 5
_MIN_CAPTION_WORDS: Final = 3
_SLIDE_TITLE: Final = 20


#: A paragraph that opens with a name and a verb of a writer's self-description: an author box
#: ("Ganesh Sitaraman is a professor at …", "Jake is the co-founder of …", "Markus Reuter
#: beschäftigt sich mit …").
_BIO_START: Final = compile_later(
    r"(?P<name>(?:[^\W\d_][\w’'.-]*\s){0,2}[^\W\d_][\w’'.-]*)\s+(?:is|was|has\s+been|writes|"
    r"covers|lives|teaches|joined|ist|war|schreibt|arbeitet|lebt|beschäftigt|est|était|écrit|"
    r"vit|es|escribe|vive)\s"
)
_BIO_TAIL: Final = 2  # an author box is among the article's last blocks
#: A writer's self-description in the first person ("I am a freelance writer", "Ich bin …").
_FIRST_PERSON_BIO: Final = compile_later(r"(?:I\s+am|I['’]m|Ich\s+bin|Je\s+suis|Yo\s+soy)\s")


def _block_before(feats: Sequence[BlockFeatures], f: BlockFeatures) -> BlockFeatures | None:
    """The block right before ``f`` in the page, if any."""
    at = next((j for j in range(len(feats)) if feats[j] is f), 0)
    return feats[at - 1] if at > 0 else None


_BIO_WORDS: Final = 80
_NAME_LINE_WORDS: Final = 4
_NAME_LINE_MIN: Final = 2  # a first and a last name


def _is_name_line(text: str) -> bool:
    """A line of two to four capitalised words and nothing else: a person's name."""
    words = text.split()
    return _NAME_LINE_MIN <= len(words) <= _NAME_LINE_WORDS and all(
        w[:1].isupper() and w.isalpha() for w in words
    )


def _without_author_box(
    source: Source, feats: Sequence[BlockFeatures], kept: list[BlockFeatures]
) -> list[BlockFeatures]:
    """The article without the author box that closes it.

    Blogs and magazines end an article with its writer's short self-description: a paragraph
    that opens with the writer's name and "is", "writes", "ist", "est" … — the name printed as
    a line of its own just above it, or (a full name) on the article's byline ("By Jane Doe");
    or one in the first person ("I am a full-time freelance writer …") right under the name
    line. The box and whatever follows it are no part of the article.
    """
    if len(kept) < _BIO_TAIL + 1:
        return kept
    for k in range(len(kept) - _BIO_TAIL, len(kept)):
        f = kept[k]
        if f.words > _BIO_WORDS:
            continue
        match = _BIO_START.match(f.text)
        if match is None:
            # "I am a full-time freelance writer in Asheville …" right under the writer's name.
            name_above = kept[k - 1]
            if (
                _FIRST_PERSON_BIO.match(f.text)
                and _is_name_line(name_above.text)
                and _block_before(feats, f) is name_above
            ):
                return kept[: k - 1]
            continue
        name = match["name"]
        tokens = name.split()
        if not all(t[0].isupper() for t in tokens):
            continue
        before = _block_before(feats, f)
        name_line = (
            before is not None
            and before.words <= _NAME_LINE_WORDS
            and before.text.split()[: len(tokens)] == tokens
            and all(t[:1].isupper() for t in before.text.split())
        )
        byline = rf"(?i:\b(?:{lex.BYLINE_WORD}))\s+{_name_written(tokens)}(?!\w)"
        bylined = len(tokens) > 1 and re.search(byline, source.text[: f.block.span.start])
        if name_line or bylined:
            cut = k - 1 if name_line and k > 0 and kept[k - 1] is before else k
            return kept[:cut]
    return kept


_INITIAL: Final = compile_later(r"[^\W\d_]\.?")


def _name_written(tokens: list[str]) -> str:
    """A pattern for a name as a byline may write it: with or without a middle initial.

    "Evan V. Symon" in the box is "Evan Symon" on the byline, and the other way round.
    """
    if len(tokens) == 3 and _INITIAL.fullmatch(tokens[1]):  # noqa: PLR2004 - first, initial, last
        tokens = [tokens[0], tokens[2]]
    if len(tokens) != 2:  # noqa: PLR2004 - a first and a last name
        return r"\s+".join(map(re.escape, tokens))
    first, last = map(re.escape, tokens)
    return rf"{first}(?:\s+[^\W\d_]\.?)?\s+{last}"


def _is_plain_text(f: BlockFeatures) -> bool:
    """A block that is neither links, nor marked as furniture, nor comment furniture."""
    return not (
        f.is_boilerplate
        or f.is_section_end
        or f.is_comment_meta
        or f.hint < 0
        or f.link_ratio > MAX_LINK_RATIO_INSIDE
    )


def _words(kept: list[BlockFeatures]) -> float:
    return sum(f.words for f in kept)  # CJK-aware word counts, as the block features have them


def _paragraphs(kept: list[BlockFeatures]) -> tuple[Paragraph, ...]:
    return tuple(_paragraph(f) for f in kept)


def _kind(block: Block) -> BlockKind:
    return BlockKind.PARAGRAPH if block.kind is BlockKind.TABLE_CELL else block.kind


def _paragraph(f: BlockFeatures) -> Paragraph:
    return Paragraph(span=f.block.span, text=f.text, kind=_kind(f.block))


def _kept(
    feats: Sequence[BlockFeatures],
    lo: int,
    hi: int,
    *,
    boxes: bool = False,
    source: Source | None = None,
) -> list[BlockFeatures]:
    """The blocks of the region from ``lo`` to ``hi`` that are the article's.

    An author box's label ("Autoreninfo", :data:`lex.AUTHOR_BOX_LABEL`) and the writer's
    self-description under it are left out wherever they stand (above the story, too).

    With ``boxes`` (a text dump), the lines between a section end inside the region and the
    prose after it are the teaser titles of an inline box ("RELATED STORIES", two titles), and
    are left out; on an HTML page only a related-links heading opens such a box, and the
    article's next heading (no furniture, no linked teaser title) or prose closes it. With the
    page's ``source``, a linked line in the element that holds the box's heading is one of the
    box's teasers however long it reads ("Ethik-Kommission eingesetzt Welche Entscheidungen darf
    ein selbstfahrendes Auto treffen?" under "Mehr zum Thema"): the article's prose stands
    outside the box.
    """
    kept = []
    under_label = False
    box = _box_above(feats, lo, source) if source is not None and not boxes else None
    in_box = box is not None
    for k, f in enumerate(feats[lo : hi + 1], start=lo):
        if f.is_good or (
            in_box
            and f.block.kind is BlockKind.HEADING
            and f.hint >= 0
            and not (f.is_boilerplate or f.is_section_end)
        ):
            in_box = in_box and (
                _box_teaser(f, box, source) or (boxes and _dump_teaser_blurb(feats, k, lo, hi))
            )
        elif (f.is_section_end and (boxes or heads_related_box(f))) or (
            boxes and lex.SEE_ALSO.match(f.text)
        ):
            in_box = True
            box = None if boxes or source is None else container_of(source, f.block)
        if in_box or (boxes and _teaser_title(feats, k)):
            continue
        if under_label and f.words <= _BIO_WORDS:
            under_label = False
            continue  # the writer's self-description under an author box's label
        under_label = lex.AUTHOR_BOX_LABEL.match(f.text) is not None
        if under_label:
            continue
        prev = feats[k - 1] if k > lo else None
        if f.is_good or keep_inside(f) or (k < hi and is_subheading(f, feats[k + 1], prev)):
            kept.append(f)
    return kept


_BOX_REACH: Final = 6  # lines of a box above the region searched for its heading
_TEASER_LINKS: Final = 0.15  # share of a teaser line's text that is its link


def _box_above(feats: Sequence[BlockFeatures], lo: int, source: Source) -> int | None:
    """The element of a related-links box whose heading stands right above the region, if any.

    A region may start at a box's long teaser lines when the box's heading and its first, short
    teasers read as furniture: those teasers are still the box's, the heading says so.
    """
    first = feats[lo] if lo < len(feats) else None
    if first is None or first.link_ratio < _TEASER_LINKS:
        return None
    box = container_of(source, first.block)
    for k in range(lo - 1, max(-1, lo - _BOX_REACH - 1), -1):
        f = feats[k]
        if container_of(source, f.block) != box or f.is_good:
            return None
        if heads_related_box(f):
            return box
    return None


def _box_teaser(f: BlockFeatures, box: int | None, source: Source | None) -> bool:
    """Whether an article-like block is a linked teaser line of the open box (see :func:`_kept`)."""
    return (
        box is not None
        and source is not None
        and f.link_ratio >= _TEASER_LINKS
        and container_of(source, f.block) == box
    )


def _dump_teaser_blurb(feats: Sequence[BlockFeatures], k: int, lo: int, hi: int) -> bool:
    """Whether block ``k`` of a text dump's inline box is a teaser's one-line summary.

    A box of related stories ("Related Coverage") may give each title a line of summary;
    the dump keeps them as lines in turn. A short prose line between two title lines (a line
    of a few words that closes no sentence) is such a summary, not the story resuming.
    """
    return (
        lo < k < hi
        and feats[k].words <= _BLURB_WORDS
        and _dump_title_line(feats[k - 1])
        and _dump_title_line(feats[k + 1])
    )


def _dump_title_line(f: BlockFeatures) -> bool:
    """A teaser's title in a text dump: a line of a few words that closes no sentence."""
    return not f.is_good and not f.ends_sentence and f.words >= _DUMP_TITLE_WORDS


_BLURB_WORDS: Final = 25
_DUMP_TITLE_WORDS: Final = 3


def _teaser_title(feats: Sequence[BlockFeatures], k: int) -> bool:
    """Whether block ``k`` is the title of an inline teaser: a short line over a "Read more".

    A text dump keeps an inline teaser of another story as two lines, its title and the link's
    label ("Third of Cambridge University staff 'have experienced bullying'", "Read more").
    """
    f = feats[k]
    return (
        not f.is_good and k + 1 < len(feats) and lex.READ_MORE.match(feats[k + 1].text) is not None
    )


def named_content(feats: Sequence[BlockFeatures]) -> tuple[int, int] | None:
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


def slug_anchor(source: Source, feats: Sequence[BlockFeatures]) -> int | None:
    """The block the page's URL spells best (its headline, most often), if one clearly does."""
    slug = slug_words(page_url(source))
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
    """Whether the headline bounds a lead: a visible top heading or one the titles agree with.

    A top heading is an ``h1`` or the block a template names ``entry-title``.
    """
    if "h1" in signals or "entry-title" in signals:
        return True
    visible = any(len(s) == 2 and s[0] == "h" and s[1].isdigit() for s in signals)  # noqa: PLR2004
    return visible and any(s in _AGREEING for s in signals)


def _lead(
    feats: Sequence[BlockFeatures], lo: int, headline: Headline | None, *, html: bool
) -> list[BlockFeatures]:
    """Reach up to the lead when a gallery or a table of contents parts it from the region.

    Prose between the page's headline and the region belongs to the article, unless it is a
    run of teasers or a standfirst the page marks as such ("dek", "summary", "subtitle"). Date
    lines are not part of a lead. A text dump has no markup to set a standfirst apart: there
    the lead is two or more paragraphs, never one line.
    """
    if (
        headline is None
        or headline.span.end > feats[lo].block.span.start
        or (html and not _confirmed_heading(headline.signals))
    ):
        return []  # in HTML, only a visible h1 or a heading its metadata confirms bounds a lead
    first = next((k for k in range(lo) if feats[k].block.span.start >= headline.span.end), lo)
    if lo - first > _LEAD_REACH:
        return []
    good = [f for f in feats[first:lo] if f.is_good and not is_date_line(f.text)]
    if len(good) > _LEAD_BLOCKS or any(
        f.is_section_end or f.hint < 0 or (f.block.hint and _DEK.search(f.block.hint)) for f in good
    ):
        return []  # teasers, or the standfirst the page sets apart from its body
    if not html and len(good) < _TEXT_LEAD_BLOCKS and not _after_dateline(feats[first:lo]):
        return []  # a text dump cannot tell one standfirst line from a lead
    return good


def _after_dateline(between: Sequence[BlockFeatures]) -> bool:
    """Whether a date line stands between the headline and the first prose of ``between``.

    News templates print the headline, the standfirst, then the byline and date: a paragraph
    below the date line is the story's, not its standfirst.
    """
    for f in between:
        if is_date_line(f.text):
            return True
        if f.is_good:
            return False
    return False


def _below_headline(
    source: Source,
    feats: Sequence[BlockFeatures],
    region: tuple[int, int],
    core: tuple[int, int] | None,
    headline: Headline | None,
) -> tuple[int, int]:
    """Start the region after the headline when the headline opens the article's core.

    In a text dump the headline may have been taken from the article's first lines; only a
    headline above the core bounds it there (one inside is left to the body).
    """
    lo, hi = region
    if core is None or headline is None:
        return region
    core_span = feats[core[0]].block.span
    if source.media_type is not MediaType.HTML and headline.span.end > core_span.start:
        first = feats[lo]
        if first.block.span == headline.span and not first.ends_sentence:
            # ... unless it is the region's first line and reads as a title (no full stop):
            # the page printed its headline above the story, as its own line.
            return min(lo + 1, hi), hi
        return region
    core_start = next(
        (k for k in range(lo, hi + 1) if feats[k].block.span.start >= core_span.start), hi
    )
    limit = feats[min(hi, core_start + _HEADLINE_INTO_CORE)].block.span.start
    if feats[lo].block.span.start < headline.span.end <= limit:
        lo = next(k for k in range(lo, hi + 1) if feats[k].block.span.start >= headline.span.end)
    return lo, hi


def _shingles(text: str) -> list[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return [tuple(words[i : i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))]


def _meta_block(source: Source, hint: str) -> Block | None:
    """The page's first META block with ``hint`` (``jsonld:recipeInstructions``...), if any."""
    return next((b for b in source.blocks if b.kind is BlockKind.META and b.hint == hint), None)


def _jsonld_body(source: Source) -> Block | None:
    """The page's JSON-LD ``articleBody`` block, when it is long enough to be the article."""
    block = _meta_block(source, "jsonld:articleBody")
    if block is None or len(_WORD.findall(source.slice(block.span))) < _MIN_JSONLD_WORDS:
        return None
    return block


def _confirmed_by(reference: str, feats: Sequence[BlockFeatures]) -> list[Paragraph]:
    """Visible blocks whose text the JSON-LD body contains.

    Not a block that is furniture both by its text and by its class names: a CMS's article
    body holds its inline "Also read: …" teasers too.
    """
    grams = set(_shingles(reference))
    confirmed = []
    for f in feats:
        if f.is_boilerplate and f.hint < 0:
            continue
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
