"""Per-block features shared by the body steps (private).

A block's features say how article-like it is: its length in words (CJK characters count as half
a word), whether it ends like a sentence, its link density and class/id hints, and whether the
multilingual markers of :mod:`._lexicon` call it furniture (boilerplate, a section end, comment
furniture).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import attrs

from articlekit import _lexicon as lex
from articlekit._language import ANY_FUNCTION_WORD, has_non_latin
from articlekit._patterns import compile_later
from articlekit.model import Block, BlockFeatures, BlockKind, MediaType, Source
from articlekit.page._urls import declared_url, host_of
from articlekit.page._words import compact

_WORD: Final = compile_later(r"\w+")


def _ascii_word_marks() -> bytes:
    """A byte table: ASCII word characters (what ``\\w`` matches there) to "w", the rest to " "."""
    word = set((string.ascii_letters + string.digits + "_").encode("ascii"))
    return bytes(ord("w") if c in word else ord(" ") for c in range(256))


_ASCII_WORD_MARKS: Final = _ascii_word_marks()
_DIGIT: Final = compile_later(r"\d")  # every date expression holds one (lex.DATE_EXPRESSION)
_CJK: Final = compile_later(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_SENTENCE_END_CHARS: Final = frozenset(".!?。！？…\"”»')]:")
MAX_LINK_RATIO_INSIDE: Final = 0.5
SHORT: Final = 120  # section headings and comment furniture are shorter
_HEADING: Final = 80
_TITLED_HEADING: Final = 300  # a comment list's heading that quotes the post's title
_MARKED: Final = 400  # boilerplate markers describe lines shorter than this
_MIN_REPEATED: Final = 30  # shorter repeated blocks ("Reply", "Share") are judged on their own
_LONG_REPEATED: Final = 200  # repeated blocks this long are duplicated articles, not captions
_COPIED_RUN: Final = 3  # long repeated paragraphs in a row: a text dump's duplicated article
_LONE_COPY: Final = 400  # characters of a paragraph shown twice that make it the article's
_NEAR_COPY: Final = 4  # blocks between the two copies of such a paragraph
TRUNCATED: Final = ("...", "…", "[…]", "[...]")  # a teaser's cut-off excerpt
_MIN_WORDS_KEPT: Final = 3
# Inside the article, headings and table cells are content however short ("Pos.", "12").
_ALWAYS_KEPT: Final = frozenset({BlockKind.HEADING, BlockKind.TABLE_CELL})
CONTENT_KINDS: Final = frozenset(
    {
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
        BlockKind.PREFORMATTED,
        BlockKind.TABLE_CELL,
    }
)


def word_count(text: str) -> float:
    """Words in ``text``; CJK characters count as half a word."""
    if text.isascii():
        # No CJK, and ``\w`` is [A-Za-z0-9_]: mark word characters "w", others " ", and count
        # where a word starts (no list of words is built).
        marks = text.encode("ascii").translate(_ASCII_WORD_MARKS)
        return marks.count(b" w") + marks.startswith(b"w")
    if _CJK.search(text) is None:
        return len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk / 2


@lru_cache(maxsize=1 << 16)
def _hint_part(part: str) -> tuple[bool, bool]:
    """The (furniture, content) verdict for one class/id descriptor.

    Pages share their frameworks' class names, so verdicts are cached across documents.
    """
    return (
        lex.NEGATIVE_HINT.search(part) is not None,
        lex.POSITIVE_HINT.search(part) is not None,
    )


_BODY_CLASS: Final = compile_later(
    r"article-?body|article-?content|entry-?content|post-?body|post-?content|story-?body",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 16)
def hint_score(hint: str | None) -> int:
    """Score a block's class/id hint: -1 furniture, +1 content, 0 neither.

    Only the innermost descriptors speak for a block: a "share" div inside "article" is
    furniture, a paragraph inside a page wrapper named "has-sidebar" is not.
    """
    if not hint:
        return 0
    path = hint.split(" > ")
    parts = path[-2:]
    if _container_decides(path):
        return -1
    verdicts = [_hint_part(part) for part in parts]
    inner_negative, inner_positive = verdicts[-1]
    if inner_positive and not inner_negative:
        return 1  # a content element inside a wrapper named for its share bar is content
    if inner_positive and inner_negative:
        # "article-copyright", "entry-author": the furniture of an article; but the article's
        # own body stays content whatever state class it carries ("article-body pagination-first")
        return 1 if _names_the_body(parts[-1]) else -1
    if any(negative and not positive for negative, positive in verdicts):
        return -1
    return 1 if any(positive for _, positive in verdicts) else 0


_CONTAINER_DEPTH: Final = 3  # a box two levels inside its container
_NAMES: Final = compile_later(r"[\s.#]+")  # a descriptor's tag, class and id names


def _container_decides(path: list[str]) -> bool:
    """Whether a block's container makes it furniture, whatever the block's own names say.

    A text widget right inside a sidebar; a box two levels inside a sidebar, an entry's footer,
    a comment section or an author box ("entry-footer > got-a-tip > got-a-tip__contents"),
    unless an article body's own class lies below the container (the article's body in a
    layout "with sidebar": "article__container-sidebar > article__body#article-body").
    """
    if len(path) > 1 and lex.SIDEBAR.search(path[-2]) and not _names_the_body(path[-1]):
        return True
    return (
        len(path) >= _CONTAINER_DEPTH
        and lex.CONTAINER_DECIDES.search(path[-_CONTAINER_DEPTH]) is not None
        and not any(_names_the_body(part) for part in path[-2:])
    )


def _names_the_body(part: str) -> bool:
    """Whether a descriptor names the article's body in a name of its own.

    A state class beside it leaves it the body ("article-body pagination-first"); a name that
    goes on to a furniture word is a part inside it, BEM-style ("article-body-content--author-
    blurb", "entry-content-share").
    """
    return any(
        _BODY_CLASS.search(name) and not lex.NEGATIVE_HINT.search(name)
        for name in _NAMES.split(part)
    )


_CAPTION: Final = compile_later(r"caption|wp-caption-text|image-credit|photo-credit", re.IGNORECASE)


def _is_caption(block: Block) -> bool:
    """Whether a block is an image caption, which is not article prose.

    A ``<figcaption>``, an element whose class names a caption, or text inside one.
    """
    if block.tag == "figcaption":
        return True
    return block.hint is not None and _caption_hint(block.hint)


def is_caption(f: BlockFeatures) -> bool:
    """Whether a block is a picture's caption: by its element, or by a figure's numbered label.

    Captions are no article prose, but they sit inside the article, beside its pictures
    (:data:`lex.FIGURE_LABEL`).
    """
    return _is_caption(f.block) or lex.FIGURE_LABEL.match(f.text) is not None


@lru_cache(maxsize=1 << 16)
def _caption_hint(hint: str) -> bool:
    return any(_CAPTION.search(part) for part in hint.split(" > ")[-2:])


def is_comment_heading(text: str) -> bool:
    """A short heading-like line naming the comment section ("34 responses to ...").

    A share bar's "Comment" button names none (:func:`_is_share_bar`).
    """
    if len(text) >= _HEADING:
        # WordPress's "15 thoughts on “Title”" quotes the post's title, however long
        return len(text) < _TITLED_HEADING and lex.COMMENTS_ON_TITLE.match(text) is not None
    return (
        not text.endswith(".")
        and bool(lex.COMMENT_HEADING.search(text) or lex.COMMENTS_ON_TITLE.match(text))
        and not _is_share_bar(text)
    )


#: The labels of a share bar's buttons: social networks and what a reader can do with a story.
_SHARE_WORDS: Final = frozenset(
    (
        "share shares connect tweet email e-mail mail print comment comments more save copy link "
        "sms facebook twitter x linkedin pinterest whatsapp reddit google+ flipboard telegram "
        "xing tumblr messenger threads mastodon bluesky"
    ).split()
)
_SHARE_BAR_MARKS: Final = "|/·•,"
_SHARE_BAR_WORDS: Final = 3  # labels that make a line a share bar ("Share Tweet" may be prose)


def _is_share_bar(text: str) -> bool:
    """A line of a share bar's button labels ("CONNECT TWEET LINKEDIN COMMENT EMAIL MORE").

    Its "comment" button names no comment section.
    """
    tokens = text.lower().split()
    if len(tokens) < _SHARE_BAR_WORDS:  # (most lines: prose's first word is no label)
        return False
    labels = 0
    for token in tokens:
        word = token.strip(_SHARE_BAR_MARKS)
        if word:
            if word not in _SHARE_WORDS:
                return False
            labels += 1
    return labels >= _SHARE_BAR_WORDS


@lru_cache(maxsize=1 << 14)
def _is_marked(text: str) -> bool:
    """Whether a short line reads as furniture by its words (markers, credits, share bars).

    The markers are :mod:`articlekit._lexicon`'s boilerplate, credit and promotion lines. Pages
    share their furniture's lines ("Advertisement", "Share this:", "Read more"; on scrapinghub
    four in ten short lines were on an earlier page), so verdicts are cached across documents,
    as the class/id verdicts are.
    """
    return bool(
        lex.BOILERPLATE.match(text)
        or lex.CREDIT.match(text)
        or lex.PROMOTION.match(text)
        or _is_share_bar(text)
        or "javascript:" in text  # a script link printed as text ("保存 javascript:void(0)")
    )


def is_date_line(text: str) -> bool:
    """A line that is mostly a date ("sexta-feira, 22 de outubro de 2010 às 20:13")."""
    if len(text) > SHORT or _DIGIT.search(text) is None:  # a digit search is ~3x cheaper
        return False
    match = lex.DATE_EXPRESSION_FOLDED.search(text)
    return match is not None and 2 * len(match.group()) >= len(text)


def _is_dated_meta(text: str) -> bool:
    """A short "Published: …, Updated: …" line."""
    return len(text) < SHORT and bool(lex.META_LINE.match(text)) and bool(lex.DATE.search(text))


#: What parts a date from the byline or category after it on a meta line ("23.06.2016 - Jane Doe")
_AFTER_DATE: Final = compile_later(r"\s[-–—|]\s")


def _opens_with_a_date(text: str) -> bool:
    """A short line that opens with a date and a separator, and goes on with more than a date.

    "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "October 9, 2018 | by Olivia
    Larsen"; not "29 November 2018 | 20 January 2019" (the span of an exhibition).
    """
    if len(text) >= SHORT or _DIGIT.search(text) is None or _AFTER_DATE.search(text) is None:
        return False  # (the two searches are cheap; most lines have no separator)
    # the line opens with the date, after a mark such as "| " at most
    start = next((k for k, c in enumerate(text) if c.isalnum()), len(text))
    date = lex.DATE_EXPRESSION_FOLDED.match(text[start:])
    if date is None:
        return False
    after = _AFTER_DATE.match(text, start + date.end())
    return after is not None and not is_date_line(text[after.end() :])


def _opens_with_dated_prose(text: str) -> bool:
    """A paragraph that opens with a full date and goes straight on with its text.

    "26.01.2022 Strava wertet mit einem Update …": how a teaser list dates each excerpt.
    """
    if not text[:1].isalnum() or _DIGIT.search(text, 0, 12) is None:
        return False
    date = lex.DATE_EXPRESSION_FOLDED.match(text)
    if date is None:
        return False
    rest = text[date.end() :]
    return rest[:1].isspace() and rest.lstrip()[:1].isalpha()


def dated_excerpts(feats: Sequence[BlockFeatures]) -> set[int]:
    """The good blocks opening with a date whose neighbours do not: a listing's dated excerpts.

    A teaser list shows each story as a title line or two and an excerpt opening with the
    story's date; a timeline or a diary dates paragraph after paragraph, one after the other.
    """
    return _lone([f.is_good and _opens_with_dated_prose(f.text) for f in feats])


def _lone(flags: list[bool]) -> set[int]:
    """The positions whose flag is set while both neighbours' flags are not."""
    last = len(flags) - 1
    return {
        k
        for k, flag in enumerate(flags)
        if flag and not (k > 0 and flags[k - 1]) and not (k < last and flags[k + 1])
    }


def _lone_dated_lines(texts: list[str]) -> set[int]:
    """The lines opening with a date and a separator whose neighbours do not: meta lines.

    One such line is the article's date, byline and comment count; a run of them is a list of
    dated entries (a concert programme, a timeline, a teaser list), which the region decides on.
    """
    return _lone([_opens_with_a_date(t) for t in texts])


def _is_furniture(f: BlockFeatures) -> bool:
    """Furniture by its features (markers, links, class hints) or its text (byline, dates)."""
    return (
        f.is_boilerplate
        or f.is_section_end
        or f.is_comment_meta
        or f.link_ratio > MAX_LINK_RATIO_INSIDE
        or f.hint < 0
        or bool(lex.BYLINE.match(f.text))
        or is_date_line(f.text)
        or _is_dated_meta(f.text)
    )


def heads_related_box(f: BlockFeatures) -> bool:
    """Whether a block's first line is a related-links heading ("Related articles").

    Such a heading heads a box of links to other stories, which a page may set inside a story.
    """
    return lex.RELATED_HEADING.match(f.text.split("\n", 1)[0]) is not None


def keep_inside(f: BlockFeatures) -> bool:
    """Decide for a block inside the article region that is not a *good* block."""
    if _is_furniture(f):
        return False
    if f.block.kind in _ALWAYS_KEPT:
        return True
    if f.block.kind is BlockKind.LIST_ITEM and f.block.link_chars == 0:
        return True  # ingredient and bullet lists inside the article; menus are links
    return f.words >= _MIN_WORDS_KEPT or (f.ends_sentence and f.words >= 1)


_MIN_SUBHEADING_WORDS: Final = 2  # one word only between two paragraphs (see is_subheading)
_MAX_SUBHEADING_WORDS: Final = 10
_MIN_HEADING_WORD: Final = 4  # letters of a one-word subheading ("Fazit"; not "PA", a credit)
_CLOSING_MARKS: Final = (".", ",", ";", ":", "|", "»", "›")


def is_subheading(f: BlockFeatures, nxt: BlockFeatures, prev: BlockFeatures | None = None) -> bool:
    """A text dump's short line that heads the paragraph after it ("Hostage swap", "TL;DR").

    HTML marks headings (and keeps them, see :func:`keep_inside`); a dump only shows a short
    line, capitalised, without closing punctuation, that is no furniture and is followed by prose.
    One word alone ("Fazit", "Performativité") heads a paragraph only between two paragraphs of
    prose (``prev``): elsewhere it is as often a button's or a box's label.
    """
    least = _MIN_SUBHEADING_WORDS
    if prev is not None and prev.is_good and f.text.isalpha() and len(f.text) >= _MIN_HEADING_WORD:
        least = 1
    return (
        f.block.tag is None
        and nxt.is_good
        and least <= f.words <= _MAX_SUBHEADING_WORDS
        and not f.text.endswith(_CLOSING_MARKS)
        and (f.text[:1].isupper() or f.text[:1].isdigit())
        and not _is_furniture(f)
    )


def block_features(
    source: Source, *, comment_start: int | None = None
) -> tuple[BlockFeatures, ...]:
    """Return the features of every content block of ``source``, in order.

    ``comment_start``: where the comment section the comment formats found starts. A numbered
    line before it ("1. CVS/pharmacy") heads an item of the article's own list, not a comment,
    so it does not end the article.
    """
    return tuple(_block_features(source, comment_start))


def container_of(source: Source, block: Block) -> int | None:
    """The element holding a block's own element (a paragraph's ``div``), if known.

    A list item's parent is its list: its container is the element holding the list, so the
    same step repeated in two lists of one article body has one container.
    """
    if block.element is None:
        return None
    parent = source.elements[block.element].parent
    if block.kind is BlockKind.LIST_ITEM and parent is not None:
        return source.elements[parent].parent
    return parent


def _in_repeated_run(blocks: list[tuple[int, Block, str]], at: int, seen: dict[str, int]) -> bool:
    """Whether the block at ``at`` sits next to a copy of another repeated text."""
    text = blocks[at][2]
    for near in (at - 1, at + 1):
        if 0 <= near < len(blocks):
            other = blocks[near][2]
            if other != text and seen.get(other, 0) > 1:
                return True
    return False


def _first_copy_runs(blocks: list[tuple[int, Block, str]], seen: dict[str, int]) -> set[int]:
    """Positions of a text dump's duplicated article: its first copy's run of long paragraphs.

    A page that shows its article twice (a print or app copy) repeats its paragraphs in order;
    three or more long repeated paragraphs in a row (a subheading between them allowed) are
    the article's first copy. A lone repeated paragraph (a gallery caption, a teaser) is not,
    nor is a run of cut-off excerpts ("…"), which is a teaser list shown twice.
    """
    runs: set[int] = set()
    run: list[int] = []
    shown: set[str] = set()
    between = 0
    for at, (_, _, text) in enumerate(blocks):
        if (
            len(text) >= _LONG_REPEATED
            and seen.get(text, 0) > 1
            and text not in shown
            and not text.endswith(TRUNCATED)
        ):
            shown.add(text)
            run.append(at)
            between = 0
            continue
        between += 1
        if between > 1 or len(text) >= _LONG_REPEATED:
            if len(run) >= _COPIED_RUN:
                runs.update(run)
            run, between = [], 0
    if len(run) >= _COPIED_RUN:
        runs.update(run)
    return runs | _lone_copies(blocks, seen)


def _lone_copies(blocks: list[tuple[int, Block, str]], seen: dict[str, int]) -> set[int]:
    """Positions of a text dump's very long paragraphs shown twice a few lines apart.

    A one-paragraph story (a wire brief) shown as a teaser and again as the article, a paywall
    notice between the copies; a caption or a teaser is shorter, furniture repeats far apart
    (at the top and the bottom of the page).
    """
    first: dict[str, int] = {}
    out: set[int] = set()
    for at, (_, _, text) in enumerate(blocks):
        if len(text) < _LONE_COPY or seen.get(text, 0) != 2 or text.endswith(TRUNCATED):  # noqa: PLR2004 - twice
            continue
        if text not in first:
            first[text] = at
        elif at - first[text] <= _NEAR_COPY:
            out.add(first[text])
    return out


def _ends_section(text: str, block: Block, comment_start: int | None) -> bool:
    """Whether a short block's first line ends the article (see :data:`lex.SECTION_END`)."""
    line = text.split("\n", 1)[0]
    if not lex.SECTION_END.match(line):
        return False
    before_comments = comment_start is None or block.span.start < comment_start
    return not (before_comments and lex.NUMBERED_HEADER.fullmatch(line))


_LIST_WORD: Final = compile_later(r"[^\W\d_]+")
_LIST_MIN_WORDS: Final = 20
_LIST_SENTENCE: Final = compile_later(r"[.!?…](?:\s|$)|[。！？]")
_LIST_FUNCTION_SHARE: Final = 0.05
#: Code and file trees are not lists of labels, whatever their words
_CODE_LIKE: Final = compile_later(r"[=;{}]|\w\(|\|--")


def _is_flattened_list(text: str, words: float) -> bool:
    """A long line of labels with no sentence in it: a menu, archive or tag list run together.

    Prose in any language listed in :data:`._language.FUNCTION_WORDS` is held together by
    function words; a select box's options or a tag cloud flattened into one line has none,
    and the options of a rating or sharing widget repeat one phrase ("Rate Porridge with apple
    1/5 Rate Porridge with apple 2/5 …").
    """
    if (
        words < _LIST_MIN_WORDS
        or _LIST_SENTENCE.search(text)
        or _CODE_LIKE.search(text)
        or has_non_latin(text)
    ):
        return False
    tokens = _LIST_WORD.findall(text.lower())
    if not tokens:
        return True
    hits = sum(1 for t in tokens if t in ANY_FUNCTION_WORD)
    return hits < _LIST_FUNCTION_SHARE * len(tokens) or _repeats_one_phrase(tokens)


_PHRASE: Final = 3  # words of a repeated option's phrase
_PHRASE_REPEATS: Final = 3
_REPEATED_SHARE: Final = 0.6  # of the line's words inside phrases it repeats


def _repeats_one_phrase(tokens: list[str]) -> bool:
    """Whether most of ``tokens`` lie inside three-word phrases the line says three times."""
    grams = list(zip(tokens, tokens[1:], tokens[2:], strict=False))
    counts: dict[tuple[str, ...], int] = {}
    for g in grams:
        counts[g] = counts.get(g, 0) + 1
    covered: set[int] = set()
    for k, g in enumerate(grams):
        if counts[g] >= _PHRASE_REPEATS:
            covered.update(range(k, k + _PHRASE))
    return len(covered) >= _REPEATED_SHARE * len(tokens)


def _block_features(source: Source, comment_start: int | None) -> list[BlockFeatures]:
    text_of = source.text
    blocks = [
        (i, b, text_of[b.span.start : b.span.end])
        for i, b in enumerate(source.blocks)
        if b.kind in CONTENT_KINDS
    ]
    # Text the page repeats (gallery captions, teaser titles, "share" bars) is not article prose.
    seen: dict[str, int] = {}
    # ... unless every copy sits in one container (a recipe repeating "Eat 60–90 minutes before")
    first_container: dict[str, int | None] = {}
    spread: set[str] = set()  # texts whose copies sit in more than one container
    for _, block, text in blocks:
        if len(text) >= _MIN_REPEATED:
            seen[text] = seen.get(text, 0) + 1
            container = container_of(source, block)
            if text not in first_container:
                first_container[text] = container
            elif first_container[text] != container:
                spread.add(text)
    out = []
    is_html = source.media_type is MediaType.HTML
    copied_run = set() if is_html else _first_copy_runs(blocks, seen)
    lone_dated = _lone_dated_lines([text for _, _, text in blocks])
    first_copy: set[str] = set()
    site = _site_label(source)
    comment_meta = lex.COMMENT_META.match
    buttons: list[int] = []  # a form's buttons and a post's credit lines: see _lines_of_boxes
    post_credits: list[int] = []
    for at, (i, block, text) in enumerate(blocks):
        size = len(text)
        repeated = seen.get(text, 0) > 1
        if repeated and size >= _LONG_REPEATED and (is_html or at in copied_run):
            if text not in first_copy:
                # A long paragraph the page shows twice (print or mobile copy): keep the first.
                first_copy.add(text)
                repeated = False
            else:
                # A later copy is furniture only as part of a repeated run (a duplicated article
                # or teaser list repeats its paragraphs in order); a paragraph a writer repeats
                # on its own is the article's.
                repeated = _in_repeated_run(blocks, at, seen)
        # The markers describe short lines; long paragraphs skip the regular expressions.
        is_short = size < SHORT
        comment_heading = is_comment_heading(text)
        hint = hint_score(block.hint) if is_html else 0
        if (
            repeated
            and text not in spread
            and (hint > 0 or (is_html and hint == 0 and first_container[text] is not None))
        ):
            # Every copy in one element that no class calls furniture: a recipe's "Eat 60–90
            # minutes before" inside the entry content, a line a writer repeats between the
            # paragraphs of a bare <article> or <div>. Captions and teasers repeat in elements
            # of their own (a figure each, a gallery), or in ones named for what they are.
            repeated = False
        link_ratio = block.link_chars / max(1, size)
        words = word_count(text)
        out.append(
            BlockFeatures(
                index=i,
                block=block,
                text=text,
                words=words,
                ends_sentence=text[-1] in _SENTENCE_END_CHARS,
                link_ratio=link_ratio,
                hint=hint,
                # A link list is furniture whatever its words say (every reader of the verdict
                # already treats it so): the markers are only read for the other blocks.
                is_boilerplate=repeated
                or _is_caption(block)
                or link_ratio > MAX_LINK_RATIO_INSIDE
                or (size < _MARKED and _is_marked(text))
                or (site is not None and size <= _CALL_CHARS and _calls_to_site(text, site))
                or (not is_html and _is_flattened_list(text, words))
                or at in lone_dated,
                is_section_end=is_short
                and bool(comment_heading or _ends_section(text, block, comment_start)),
                is_comment_meta=is_short and bool(comment_meta(text)),
                is_comment_start=comment_heading,
            )
        )
        if words <= _BUTTON_WORDS and at > 1 and lex.FORM_BUTTON.match(text):
            buttons.append(at)
        elif text.startswith(_FACEBOOK_CREDIT):
            post_credits.append(at)
    boxed = _lines_of_boxes(out, buttons, post_credits)
    if is_html:
        boxed.extend(_teaser_summaries(source, out))
    for k in boxed:
        if not out[k].is_boilerplate:
            out[k] = attrs.evolve(out[k], is_boilerplate=True)
    return out


def _lines_of_boxes(
    feats: list[BlockFeatures], buttons: list[int], post_credits: list[int]
) -> list[int]:
    """Lines that neighbours show to be part of a box the page sets into the article.

    - A sign-up box reads "Get our Essential Politics newsletter", one line on what it brings
      ("The latest news, analysis and insights from our bureau chiefs"), then its field or
      button ("Email", "Sign Me Up"; ``buttons``, :data:`lex.FORM_BUTTON`): the line in between
      is the box's, however much it reads like prose.
    - Facebook's embed code prints a post and then "Posted by SPÖ on Monday, February 7, 2022"
      (``post_credits``, the lines opening so; :data:`lex.EMBEDDED_POST_CREDIT`): the post is the
      page's quotation of another site.
    """
    out: list[int] = []
    for k in buttons:
        heading, blurb = feats[k - 2], feats[k - 1]
        if (
            heading.is_boilerplate
            and heading.words <= _HEADING_WORDS
            and blurb.words <= _BLURB_WORDS
            and not blurb.text.startswith(_QUOTE_OPENERS)
            and lex.SIGN_UP_HEADING.match(heading.text)
        ):
            out.append(k - 1)
    for k in post_credits:
        f = feats[k]
        if f.words <= _CREDIT_WORDS and lex.EMBEDDED_POST_CREDIT.match(f.text):
            out.extend((k - 1, k) if k > 0 else (k,))
    return out


def _teaser_summaries(source: Source, feats: list[BlockFeatures]) -> list[int]:
    """The summaries of a run of teaser cards: other stories' headlines, each with its blurb.

    A listing (a "Top stories" strip, a river of posts beside the article) repeats one unit: a
    card holding a heading that is wholly a link to another page and a line or two of summary.
    The headings are furniture by their links already; their summaries read like prose. Three
    cards in a row make a listing, and their summaries are its furniture too. An article's own
    subheadings are not links, and a section under one runs longer than a blurb; a paragraph
    outside the last card (the story after a strip of linked video titles) is no summary. A
    story's title has a few words; a linked label of one or two opens an accordion's or a
    tab's panel of the article ("Eigentum", "Zinsabzug").
    """
    out: list[int] = []
    run: list[int] = []
    cards = 0
    k, n = 0, len(feats)
    while k < n:
        f = feats[k]
        if (
            f.block.kind is BlockKind.HEADING
            and f.link_ratio >= _LINKED_TITLE
            and f.words >= _TITLE_WORDS
        ):
            j = k + 1
            while (
                j < n
                and j - k <= _CARD_LINES
                and feats[j].block.kind is not BlockKind.HEADING
                and feats[j].words <= _BLURB_WORDS
            ):
                j += 1
            if j > k + 1 and _one_card(source, feats, k, j):
                run.extend(range(k + 1, j))
            cards += 1
            k = j
            continue
        if cards >= _LISTING_CARDS:
            out.extend(run)
        run, cards = [], 0
        k += 1
    if cards >= _LISTING_CARDS:
        out.extend(run)
    return out


def _one_card(source: Source, feats: list[BlockFeatures], title: int, end: int) -> bool:
    """Whether the blocks ``title`` to ``end - 1`` sit in one element that holds no other.

    The card is the heading's nearest ancestor holding the lines after it; it must hold
    neither the block before the heading nor the one after the lines (another card's).
    """
    elements = source.elements
    node = feats[title].block.element
    last = feats[end - 1].block.span
    while node is not None and elements[node].span.end < last.end:
        node = elements[node].parent
    if node is None:
        return False
    span = elements[node].span
    before = feats[title - 1].block.span if title > 0 else None
    after = feats[end].block.span if end < len(feats) else None
    return not (
        (before is not None and span.start <= before.start)
        or (after is not None and after.end <= span.end)
    )


_LINKED_TITLE: Final = 0.9  # share of a card's heading inside its link
_TITLE_WORDS: Final = 4
_CARD_LINES: Final = 2  # a card's summary lines (a date and a blurb)
_LISTING_CARDS: Final = 3
_FACEBOOK_CREDIT: Final = "Posted by "  # as Facebook's embed code prints it
_QUOTE_OPENERS: Final = ('"', "“", "„", "«")
_HEADING_WORDS: Final = 12
_BLURB_WORDS: Final = 30
_BUTTON_WORDS: Final = 4
_CREDIT_WORDS: Final = 20
_CALL_CHARS: Final = 300  # the longest line :data:`lex.SITE_CALL` reads
_MIN_SITE_LABEL: Final = 5  # a shorter host name ("zdf") is a piece of too many words
#: The labels a country's registry puts under its top-level domain ("co" of example.co.uk).
_SECOND_LEVEL: Final = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})


def _site_label(source: Source) -> str | None:
    """The name the page's host gives its site, squeezed ("rosa-mag.de" -> "rosamag").

    The host is the given URL's, else the one the page declares (a caller may pass an id that
    names no host).
    """
    host = host_of(source.url) or host_of(declared_url(source))
    labels = host.removeprefix("www.").split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    label = compact(labels[-1]) if labels else ""
    return label if len(label) >= _MIN_SITE_LABEL else None


def _calls_to_site(text: str, site: str) -> bool:
    """Whether a line asks the reader to take up the site's own offer (its app, its paper)."""
    # The call's words first: most lines have none, and that costs less to see than the name.
    return lex.SITE_CALL.match(text) is not None and site in compact(text)
