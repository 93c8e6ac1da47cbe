"""Headline candidates and their scores (private to the page steps).

HTML pages: the page's own signals vote. ``og:title``, ``twitter:title``, JSON-LD ``headline``,
Dublin Core/citation/parsely titles and the ``<title>`` (with its site-name part split off) are
compared with the visible headings; the visible heading most signals agree on wins, so the span
points at the headline readers see. Without a visible match, the meta value most signals agree
on is used.

Text dumps: the headline is the line just above the article body that reads like a title (a few
words, no final full stop, not a date, byline or menu entry); a line the page repeats (title and
heading, as in many dumps) or one that starts the page gets extra weight.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Final

import attrs

from articlekit import _lexicon as lex
from articlekit._patterns import compile_later
from articlekit.model import Block, BlockKind, Headline, MediaType, Source, Span
from articlekit.page._urls import host_of, page_url, slug_words
from articlekit.page._words import fold, overlap

Bounds = tuple[Span, Span]
"""The spans of the first and last block of the article."""

__all__ = ["Bounds", "headline_in", "is_titled_block"]

_META_TITLES: Final = (
    "og:title",
    "twitter:title",
    "jsonld:headline",
    "jsonld:alternativeHeadline",
    "dc.title",
    "citation_title",
    "parsely-title",
    "sailthru.title",
)
_WORD: Final = compile_later(r"\w+")
_MAX_LEVEL: Final = 3
_MIN_SITE_KEY: Final = 3
_SITE_HINTS: Final = frozenset({"og:site_name", "application-name", "jsonld:publisher"})
_WINDOW: Final = 25  # lines above the body a text dump's headline may be
_INTO_BODY: Final = 3
_MAX_TITLE_WORDS: Final = 25
_MIN_PARTIAL_WORDS: Final = 3
_MIN_OPENING_WORDS: Final = 2
#: The placeholder text of page templates and fixtures ("Lorem ipsum dolor sit amet").
_PLACEHOLDER: Final = compile_later(r"\s*lorem\s+ipsum\b", re.IGNORECASE)
_SLUG_MATCH: Final = 0.5
_PREFIX_SHARE: Final = 0.6
# A tagline after the declared title in a visible heading: a colon or a dash, then words.
_SUBTITLE: Final = compile_later(r"\s*(?::|\s[-–—])\s+[^\W\d_]")
_PARTIAL_SHARE: Final = 2  # the agreed part is at least half of the heading
_MAX_HEADLINE: Final = 300
_LEVEL_BONUS: Final = {1: 2.0, 2: 0.5}
_DATE_LIKE: Final = compile_later(
    r"^[\W\d]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4})",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    """Comparison key: NFKC, casefolded, word characters only."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


@attrs.frozen
class _Signal:
    name: str
    key: str
    variants: frozenset[str]
    texts: tuple[str, ...]  # the variants as written, longest first


def _without_ends(text: str) -> tuple[str, ...]:
    """``text`` without its first and without its last separated part, when it has parts."""
    separators = list(lex.TITLE_SEPARATORS.finditer(text))
    if not separators:
        return ()
    return (text[: separators[-1].start()].strip(), text[separators[0].end() :].strip())


def _text_variants(text: str) -> tuple[str, ...]:
    """The ways a page title may hold the headline, as written, longest first.

    The whole, each separated part, and what is left without the first or the last part (the
    site's name, wherever it stands).
    """
    found = {text}
    separators = list(lex.TITLE_SEPARATORS.finditer(text))
    found.update(p.strip() for p in lex.TITLE_SEPARATORS.split(text) if p.strip())
    if separators:
        found.add(text[: separators[-1].start()].strip())
        found.add(text[separators[0].end() :].strip())
    return tuple(sorted((t for t in found if t), key=len, reverse=True))


def _html_signals(source: Source, site: frozenset[str]) -> tuple[_Signal, ...]:
    """The page's declared titles; ``site``: the keys of the site's name (:func:`_site_keys`)."""
    signals = []
    for block in source.blocks:  # the text of a title or metadata title block only
        if block.kind is BlockKind.TITLE:
            text = source.slice(block.span)
            texts = _text_variants(text)
            after_site = _after_site_colon(text, site)
            if after_site:
                texts = tuple(sorted({*texts, *after_site}, key=len, reverse=True))
            keys = frozenset(_key(t) for t in texts)
            signals.append(_Signal("title", _key(text), keys, texts))
        elif block.kind is BlockKind.META and block.hint in _META_TITLES:
            # Meta titles agree as written or without the site's name at either end.
            text = source.slice(block.span)
            trimmed = _without_ends(text)
            keys = frozenset({_key(text)} | {_key(t) for t in trimmed})
            signals.append(_Signal(block.hint, _key(text), keys, (text, *trimmed)))
    return tuple(signals)


def _after_site_colon(text: str, site: frozenset[str]) -> tuple[str, ...]:
    """The title after its site's name and a colon ("BDZV: Olafur Eliasson gestaltet …").

    A colon is no title separator (headlines hold colons: "Brexit: what next"), unless the
    part before it names the site.
    """
    head, colon, rest = text.partition(": ")
    if not colon or not rest.strip() or len(head) > _MAX_SITE_PREFIX:
        return ()
    return (rest.strip(),) if _is_site(_key(head), site) else ()


_MAX_SITE_PREFIX: Final = 40


def _partial(text: str, signals: tuple[_Signal, ...]) -> tuple[int, int, list[str]] | None:
    """Find a signal's text inside a heading that adds a kicker or date ("Kicker: Headline").

    Returns the offsets of the longest such text inside ``text`` (at least half of it) and the
    names of the signals that contain it.
    """
    folded = text.casefold()
    if len(folded) != len(text):
        return None  # casefolding changed lengths: offsets would not line up
    found: dict[str, list[str]] = {}
    for signal in signals:
        for variant in signal.texts:
            if (
                len(_WORD.findall(variant)) >= _MIN_PARTIAL_WORDS
                and _PARTIAL_SHARE * len(variant) >= len(text) > len(variant)
                and variant.casefold() in folded
            ):
                found.setdefault(variant.casefold(), []).append(signal.name)
    if not found:
        return None
    longest = max(found, key=len)
    at = folded.find(longest)
    return at, at + len(longest), found[longest]


def _agreeing(key: str, signals: tuple[_Signal, ...]) -> list[str]:
    """Names of the signals that say the same as ``key``.

    A signal also agrees when it starts with ``key`` and adds little ("Headline, Thailand").
    """
    if not key:
        return []
    words = key.count(" ") + 1
    return [
        s.name
        for s in signals
        if key in s.variants
        or (
            words >= _MIN_PARTIAL_WORDS
            and any(
                v.startswith(key + " ") and len(key) >= _PREFIX_SHARE * len(v) for v in s.variants
            )
        )
    ]


_LEADING_DATE: Final = compile_later(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*[-–—|:]\s*")
#: The bullet a text dump prints before a list item's text ("* ", "+ ", "• "; inscriptis, Markdown)
_LEADING_BULLET: Final = compile_later(r"[*+•·▪‣◦]\s+(?=\w|[«»“„\"'‘])")
# Permalink marks documentation generators put after a heading ("Install¶", "Usage #").
_ANCHOR_MARK: Final = compile_later(r"\s*[¶§#🔗]+\s*$")


_LEADING_SEPARATOR: Final = compile_later(r"[-:|•·–—]\s+")


def _main_line(source: Source, span: Span) -> Span:
    """The headline part of a heading: without a kicker line or a leading date."""
    text = source.slice(span)
    if "\n" in text:
        lines = text.split("\n")
        longest = max(lines, key=len)
        start = span.start + text.index(longest)
        span = Span(start, start + len(longest))
        text = longest
    date = _LEADING_DATE.match(text)
    if date and date.end() < len(text):
        span = Span(span.start + date.end(), span.end)
        text = text[date.end() :]
    # The separator a set-apart kicker leaves (a colon for screen readers: "Klimaschutz: …").
    separator = _LEADING_SEPARATOR.match(text)
    if separator and separator.end() < len(text):
        span = Span(span.start + separator.end(), span.end)
        text = text[separator.end() :]
    mark = _ANCHOR_MARK.search(text)
    if mark and mark.start() > 0:
        span = Span(span.start, span.start + mark.start())
    return span


_KICKER_BREAK: Final = compile_later(r"[:|•·–—-]\s*\n|\n\s*[:|•·–—-]")


def _broken_line(text: str) -> bool:
    """Whether a heading of two lines is one line broken (no kicker, date or separator)."""
    lines = text.split("\n")
    return (
        len(lines) == 2  # noqa: PLR2004
        and _KICKER_BREAK.search(text) is None
        and _LEADING_DATE.match(text) is None
        and _DATE_LIKE.match(text) is None
    )


def _last_title_parts(source: Source) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the last parts of ``<title>`` ("Headline | Site"), and the shorter ones.

    The second set holds the last parts with fewer words than the rest of their title: the
    site's name after a headline.
    """
    keys = set()
    shorter = set()
    for block in source.blocks:
        if block.kind is BlockKind.TITLE:
            parts = lex.TITLE_SEPARATORS.split(source.slice(block.span))
            if len(parts) > 1:
                last = _key(parts[-1])
                keys.add(last)
                if last.count(" ") < _key(" ".join(parts[:-1])).count(" "):
                    shorter.add(last)
    return frozenset(keys), frozenset(shorter)


def _headings_before(source: Source, first_body: Span | None) -> list[Block]:
    return [
        b
        for b in source.blocks
        if b.kind is BlockKind.HEADING
        and b.level <= _MAX_LEVEL
        and (first_body is None or b.span.start <= first_body.end)
    ]


def _site_keys(source: Source) -> frozenset[str]:
    """Comparison keys of the site's own name.

    From og:site_name, application-name, the publisher and the URL's host name (the declared
    URL's for a page handed over without one).
    """
    keys = set()
    for block in source.blocks:
        if block.kind is BlockKind.META and block.hint in _SITE_HINTS:
            keys.add(_key(source.slice(block.span)))
    url = page_url(source)
    if url:
        host = host_of(url)
        labels = [label for label in host.split(".") if label not in {"www", "m", "amp"}]
        if labels:
            keys.add(_key(labels[0]))
            keys.add(_key(" ".join(labels)))
    keys.discard("")
    return frozenset(keys)


def _is_site(key: str, site: frozenset[str]) -> bool:
    """Whether ``key`` names the site ("bumm film gmbh" for bummfilm.de)."""
    if not key:
        return False
    compact = key.replace(" ", "")
    return any(
        key == s
        or (len(s) > _MIN_SITE_KEY and (s in key or key in s or s.replace(" ", "") in compact))
        for s in site
    )


def is_titled_block(block: Block) -> bool:
    """Whether a block that is not a heading element is one by its classes (``entry-title``).

    Only the block's own descriptor counts (``div.post-title``), not its ancestors'.
    """
    if block.kind is not BlockKind.PARAGRAPH or not block.hint:
        return False
    return lex.TITLE_CLASS.search(block.hint.rsplit(" > ", 1)[-1]) is not None


def _heading_level(block: Block) -> int | None:
    """The level a block counts with as a headline candidate, or ``None``.

    Headings up to ``h3``; a block the template's classes name as the entry's title counts as
    an ``h1``.
    """
    if block.kind is BlockKind.HEADING:
        return block.level if block.level <= _MAX_LEVEL else None
    return 1 if is_titled_block(block) else None


def _visible_signal(block: Block, level: int) -> str:
    """How a headline candidate shows itself: ``"h2"``, or ``"entry-title"`` for a class."""
    return f"h{level}" if block.kind is BlockKind.HEADING else "entry-title"


def _html_headline(source: Source, region: Bounds | None) -> Headline | None:
    """Pick the visible heading the page's signals agree on, else the best metadata title."""
    site = _site_keys(source)
    signals = _html_signals(source, site)
    first_body = region[0] if region else None
    last_parts, site_parts = _last_title_parts(source)
    # score, main line, level, agreeing signals, visible signal
    best: tuple[float, Span, int, list[str], str] | None = None
    for block in source.blocks:
        level = _heading_level(block)
        if level is None:
            continue
        if first_body is not None and block.span.start > first_body.end + 1:
            break
        line = _main_line(source, block.span)
        text = source.slice(line)
        key = _key(text)
        if not key or len(text) > _MAX_HEADLINE or text.startswith("<"):
            continue
        agree = _agreeing(key, signals)
        if line != block.span and _broken_line(source.slice(block.span)):
            # A headline broken by <br> is whole where the declared titles say it whole.
            whole = _key(source.slice(block.span))
            whole_agree = _agreeing(whole, signals)
            if whole_agree and len(whole_agree) >= len(agree):
                line, key, agree = block.span, whole, whole_agree
        # Agreeing with a part of <title> does not make the site's name ("Site » Headline") a
        # title, nor does the last part of "Headline | Site", shorter than the headline, where
        # nothing else agrees (a template's h1 holding the site's name as its logo).
        is_site = (_is_site(key, site) or key in site_parts) and not (set(agree) - {"title"})
        score = 2.0 * len(agree) + _LEVEL_BONUS.get(level, 0.0) - (3.0 if is_site else 0.0)
        if key in last_parts:
            score -= 1.0  # the last part of "Headline | Site" is usually the site's name
        if first_body is not None and line.start <= first_body.start:
            score += 1.0
        # Ties go to the later heading: the one closer to the body.
        if best is None or score >= best[0]:
            best = (score, line, level, agree, _visible_signal(block, level))
    if best is not None:
        better = _beyond_best(source, first_body, signals, best[3], _key(source.slice(best[1])))
        if better is not None:
            return better
        score, line, level, agree, shown = best
        # A visible h1 that is not the site's name is the headline even without agreement,
        # unless it is a lone word (a logo, a section) and the page declares a longer title.
        lone = len(_WORD.findall(source.slice(line))) < _MIN_OPENING_WORDS
        # Placeholder text ("Lorem ipsum dolor") in a template's h1 is no title either.
        unwritten = lone or _PLACEHOLDER.match(source.slice(line)) is not None
        if agree or (level == 1 and score > 0 and not (unwritten and _titled(signals, site))):
            return Headline(span=line, text=source.slice(line), signals=(shown, *agree))
    if not _agreed_title(signals, site):
        # A page whose metadata titles agree has said what its title is: a heading none of
        # them agrees with (a subheading inside the body) does not overrule it.
        opening = _opening_headline(source, first_body, signals, site, region)
        if opening is not None:
            return opening
    return _declared_heading(source, signals) or _meta_headline(source, signals, site)


def _declared_heading(source: Source, signals: tuple[_Signal, ...]) -> Headline | None:
    """The first visible heading anywhere that says what the declared titles say.

    Used when nothing above the region did: the heading may stand below a lead the region
    starts with, and pointing at it lets the body start after it.
    """
    return next(_agreed_headings(source, signals), None)


def _agreed_headings(source: Source, signals: tuple[_Signal, ...]) -> Iterator[Headline]:
    """The visible headings, in page order, that a declared title agrees with."""
    for block in source.blocks:
        if block.kind is BlockKind.HEADING and block.level <= _MAX_LEVEL:
            line = _main_line(source, block.span)
            agree = _agreeing(_key(source.slice(line)), signals)
            if agree:
                text = source.slice(line)
                yield Headline(span=line, text=text, signals=(f"h{block.level}", *agree))


def _beyond_best(
    source: Source,
    first_body: Span | None,
    signals: tuple[_Signal, ...],
    agree: list[str],
    key: str,
) -> Headline | None:
    """A heading to prefer to the best one (``key``) above the body, given what agrees with it.

    Nothing agrees: a heading that holds a declared title with a kicker or a date. Only
    <title> agrees (a part of it: "Economia" of "Headline - Economia - iG"): a heading further
    down that more of the page's titles agree on, or, where <title> is the only declared title,
    an ``h1`` that says the title's longer part ("Site - Section - Headline": the menu's
    "Section" heading agrees with a part too).
    """
    if not agree:
        return _partial_heading(source, first_body, signals)
    if agree == ["title"]:
        declared = _most_agreed_heading(source, signals)
        if declared is not None and len(declared.signals) > 2:  # noqa: PLR2004 - h1 + 2 titles
            return declared
        if all(s.name == "title" for s in signals) and key.count(" ") < _MIN_OPENING_WORDS - 1:
            return _longer_title_part(source, signals, key)
    return None


def _longer_title_part(source: Source, signals: tuple[_Signal, ...], key: str) -> Headline | None:
    """The first ``h1`` that says a part of <title> longer than ``key``, a lone word."""
    for heading in _agreed_headings(source, signals):
        if heading.signals[0] == "h1" and len(_key(heading.text)) > len(key):
            return heading
    return None


def _partial_heading(
    source: Source, first_body: Span | None, signals: tuple[_Signal, ...]
) -> Headline | None:
    """A heading that adds a kicker or date to what the signals say: its agreed part.

    A tagline after the agreed part ("Headline: einfach köstlich!") stays: the heading is shown so.
    """
    for block in _headings_before(source, first_body):
        text = source.slice(block.span)
        found = _partial(text, signals)
        if found is not None:
            start, end, names = found
            if start == 0 and _SUBTITLE.match(text, end):
                return Headline(span=block.span, text=text, signals=("partial", *names))
            span = Span(block.span.start + start, block.span.start + end)
            return Headline(span=span, text=source.slice(span), signals=("partial", *names))
    return None


def _most_agreed_heading(source: Source, signals: tuple[_Signal, ...]) -> Headline | None:
    """The visible heading anywhere that the most declared titles agree with (the first of ties)."""
    return max(_agreed_headings(source, signals), key=lambda h: len(h.signals), default=None)


def _declared(signals: tuple[_Signal, ...], site: frozenset[str]) -> list[_Signal]:
    return [s for s in signals if s.key and not _is_site(s.key, site)]


def _titled(signals: tuple[_Signal, ...], site: frozenset[str]) -> bool:
    """Whether the page declares a title of several words that is not the site's name."""
    return any(
        len(_WORD.findall(t)) >= _MIN_OPENING_WORDS
        for s in _declared(signals, site)
        for t in s.texts
        if not _is_site(_key(t), site)
    )


def _agreed_title(signals: tuple[_Signal, ...], site: frozenset[str]) -> bool:
    """Whether two of the page's declared titles (``<title>``, og:title, JSON-LD...) agree."""
    declared = _declared(signals, site)
    return any(
        a.variants & b.variants and _FAMILY.get(a.name, a.name) != _FAMILY.get(b.name, b.name)
        for i, a in enumerate(declared)
        for b in declared[i + 1 :]
    )


# The social cards copy each other (one plugin writes both): their agreement is one voice.
_FAMILY: Final = {"og:title": "social", "twitter:title": "social"}


def _opening_headline(
    source: Source,
    first_body: Span | None,
    signals: tuple[_Signal, ...],
    site: frozenset[str],
    region: Bounds | None,
) -> Headline | None:
    """The heading that opens the body, unless it is the first of the article's sections.

    A first section's heading says nothing the declared title says and has a sibling of its
    own level further on.
    """
    opening = _opening_heading(source, first_body, site)
    if opening is None:
        return None
    text = source.slice(opening.span)
    if _unrelated(text, signals, site) and _sections(source, opening, region):
        return None
    if _PLACEHOLDER.match(text) and _titled(signals, site):
        return None  # a template's "Lorem ipsum dolor" under a declared title
    return Headline(span=opening.span, text=text, signals=(f"h{opening.level}", "opening"))


def _sections(source: Source, heading: Block, region: Bounds | None) -> bool:
    """Whether a heading of the same level follows it inside the article: one of its sections."""
    end = region[1].end if region else len(source.text)
    return any(
        b.kind is BlockKind.HEADING
        and b.level == heading.level
        and heading.span.end <= b.span.start < end
        for b in source.blocks
    )


def _unrelated(text: str, signals: tuple[_Signal, ...], site: frozenset[str]) -> bool:
    """Whether a heading shares no word with the title the page declares.

    Only judged when the page declares a title of several words and the heading has words of
    four or more letters to compare (not in scripts written without spaces); the words are
    compared folded ("Café" = "cafe").
    """
    if _UNSPACED.search(text):
        return False
    declared = {
        w
        for s in _declared(signals, site)
        for t in s.texts
        for w in _WORD.findall(fold(t))
        if len(w) >= _MIN_SHARED_WORD
    }
    if not declared or not _titled(signals, site):
        return False
    words = [w for w in _WORD.findall(fold(text)) if len(w) >= _MIN_SHARED_WORD]
    return bool(words) and not any(w in declared for w in words)


_MIN_SHARED_WORD: Final = 4
_UNSPACED: Final = compile_later(r"[\u0e00-\u0e7f\u3040-\u9fff]")  # Thai, kana, CJK ideographs


def _opening_heading(source: Source, first_body: Span | None, site: frozenset[str]) -> Block | None:
    """The heading block that opens the body (or stands right above it) when nothing agrees."""
    if first_body is None:
        return None
    previous: Block | None = None
    for block in source.blocks:
        if block.span.start > first_body.start:
            break
        if block.kind in {BlockKind.META, BlockKind.TITLE}:
            continue
        # The body may open with the heading itself; otherwise take the block above the body.
        if block.span.start < first_body.start or block.kind is BlockKind.HEADING:
            previous = block
    if previous is None or previous.kind is not BlockKind.HEADING or previous.level > _MAX_LEVEL:
        return None
    text = source.slice(previous.span)
    if _is_site(_key(text), site) or len(_WORD.findall(text)) < _MIN_OPENING_WORDS:
        return None
    return previous


def _meta_headline(
    source: Source, signals: tuple[_Signal, ...], site: frozenset[str]
) -> Headline | None:
    """Fall back to the metadata title most signals agree on, without the site's name."""
    best: tuple[int, int, Block] | None = None
    for order, block in enumerate(source.blocks):
        if block.kind is BlockKind.META and block.hint in _META_TITLES:
            agree = len(_agreeing(_key(source.slice(block.span)), signals))
            if best is None or agree > best[0]:
                best = (agree, order, block)
    chosen = best[2] if best is not None else None
    if chosen is None:
        chosen = next((b for b in source.blocks if b.kind is BlockKind.TITLE), None)
    if chosen is None:
        return None
    span = _without_site(source, chosen.span, site)
    return Headline(span=span, text=source.slice(span), signals=(chosen.hint or "title",))


def _without_site(source: Source, span: Span, site: frozenset[str]) -> Span:
    """Trim a "Headline | Site" title to the headline part (a sub-span, so offsets stay true)."""
    text = source.slice(span)
    parts = list(lex.TITLE_SEPARATORS.finditer(text))
    if not parts:
        return span
    last, first = parts[-1], parts[0]
    head, tail = text[: first.start()], text[last.end() :]
    if _is_site(_key(tail), site):
        return Span(span.start, span.start + last.start())
    if _is_site(_key(head), site):
        return Span(span.start + first.end(), span.end)
    # No known site name: "Headline | Site" and "Headline - Section - Site" are the usual orders.
    return Span(span.start, span.start + first.start())


#: The words that open a dateline in several languages ("am 3. März", "on March 3", "le 3 mars",
#: "il 3 marzo", "el 3 de marzo") and, far more often, a sentence or a headline ("Le ministre …").
_DATELINE_OPENING: Final = compile_later(r"am|on|le|il|el", re.IGNORECASE)


def _is_meta_line(text: str, words: int) -> bool:
    """A short line of dates, bylines, categories or contact data.

    A word that may open a dateline ("le", "am", "on") makes one only with its date.
    """
    if words > 20:  # noqa: PLR2004 - metadata lines are short
        return False
    if words <= _CLOCKED_LINE_WORDS and _YEAR_AND_CLOCK.search(text):
        return True  # "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00": a dateline in any language
    date = lex.DATE.search(text)
    meta = lex.META_LINE.search(text)
    if meta is not None and date is None and _DATELINE_OPENING.fullmatch(meta.group()):
        meta = lex.META_LINE.search(text, meta.end())  # the line's other metadata marks
    if date is not None and meta is None and not lex.BYLINE.match(text):
        # a title that names a date ("… lockdown from July 10") is no dateline: a dateline is
        # mostly its date
        lead = len(_WORD.findall(text, 0, date.start()))
        rest = lead + len(_WORD.findall(text, date.end()))
        if (
            lead >= _TITLE_LEAD
            and rest > _DATELINE_WORDS
            and not _DATE_LIKE.match(text)
            and not _PUBLISHED.search(text)
        ):
            return False
    byline = lex.BYLINE.match(text) or lex.KIND_BYLINE.match(text)
    return bool(byline or _DATE_LIKE.match(text) or date or meta)


#: A year and a clock time on one short line date it, whatever language names its month.
_YEAR_AND_CLOCK: Final = compile_later(
    r"(?<!\d)(?:19|20)\d\d(?!\d).*(?<![\d:])\d{1,2}:\d{2}(?![\d:]?\d)"
    r"|(?<![\d:])\d{1,2}:\d{2}(?!\d).*(?<!\d)(?:19|20)\d\d(?!\d)"
)
_CLOCKED_LINE_WORDS: Final = 12


_DATELINE_WORDS: Final = 6  # words besides its date a dateline holds at most
_TITLE_LEAD: Final = 3  # words before the date of a title that names one (a dateline opens with it)
#: The words a dateline says its date with ("Updated Thu, 16 Apr 2020", "Stand: 22.04.2020").
_PUBLISHED: Final = compile_later(
    r"\b(?:updated|published|posted|last\s+modified|aktualisiert|veröffentlicht|publiziert"
    r"|erstellt|stand|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)


# How much each observation about a candidate line counts (text dumps). Chosen on the
# trafilatura dev pages' text dumps, kept only where both halves of that set (even and odd pages)
# agreed; every weight is a general layout cue, none is site-specific.
LINE_WEIGHTS: Final = {
    "title_length": 2.0,  # 4-25 words (8-60 CJK characters)
    "bad_length": 3.0,  # fewer than 3 words or more than 40
    "no_full_stop": 1.0,
    "near": 2.0,  # right above the body ...
    "near_decay": 0.25,  # ... less per line in between
    "overlap": 3.0,  # share of its words the body uses
    "repeated": 1.5,  # the dump shows it twice (title and heading)
    "first": 0.5,  # the dump's first line
    "above_meta": 2.0,  # a date or byline follows
    "above_byline": 1.5,  # ... and a "By" byline above all
    "below_meta": 1.0,  # a date or byline precedes
    "isolated": 2.5,  # blank lines around it
    "grouped": 1.5,  # lines directly above and below (menus)
    "comma_list": 1.0,  # long comma lists are keywords, not titles
    "slug": 8.0,  # share of its words the URL's path spells ("/sony-sells-8-8-million-phones")
}


_CJK_WORD: Final = 4  # CJK characters that make a line more than one word


@attrs.frozen(kw_only=True)
class _LineContext:
    """Where a candidate line sits in a text dump."""

    is_furniture: bool  # a date, byline, menu or share line (never a headline)
    distance: int  # non-metadata lines between it and the body
    repeated: bool  # the page shows the same line again (title and heading)
    first: bool
    above_meta: bool  # a date or byline follows it
    above_byline: bool  # a byline ("By Jane Doe") follows it
    below_meta: bool  # a date or byline precedes it
    isolated: bool  # blank lines around it, as dumps render headings
    grouped: bool  # lines directly above and below, as dumps render menus
    overlap: float  # share of its words the body uses
    slug: float  # share of its words the URL's path spells


#: Sentence ends in the scripts of the development pages: a title has none ("。" is the CJK full
#: stop, "।" the Devanagari one; "，" "；" "：" the full-width clause marks).
_FULL_STOPS: Final = (".", "。", "．", "।")
_CLAUSE_ENDS: Final = (*_FULL_STOPS, ",", ";", ":", "，", "；", "：")


#: A comment's header names its writer in a few words ("Jane Doe says:", "bob wrote"); a longer
#: line ending in a speech verb without a colon is a headline of reported speech ("House Hitler
#: was born in will become a police station, Austria says").
_COMMENT_HEADER_WORDS: Final = 6


def _comment_header(text: str, words: int) -> bool:
    """Whether a line is comment furniture (a header, a score, "3 hours ago")."""
    return bool(lex.COMMENT_META.match(text)) and (
        words <= _COMMENT_HEADER_WORDS or text.rstrip().endswith(":")
    )


def _line_score(text: str, ctx: _LineContext) -> float:
    words = len(_WORD.findall(text))
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    if ctx.is_furniture or lex.SECTION_END.match(text) or _comment_header(text, words):
        return -10.0
    w = LINE_WEIGHTS
    score = 0.0
    if 4 <= words <= 25 or 8 <= cjk <= 60:  # noqa: PLR2004
        score += w["title_length"]
    elif (words < 3 and cjk < 6) or words > 40:  # noqa: PLR2004
        score -= w["bad_length"]
    if not text.endswith(_CLAUSE_ENDS) or text.endswith("..."):
        score += w["no_full_stop"]
    score += max(0.0, w["near"] - w["near_decay"] * ctx.distance)
    # A headline shares its vocabulary with the article below it, in any language.
    score += w["overlap"] * ctx.overlap
    # A single word matches the URL trivially ("Politics" under /politics/…): half the credit.
    score += w["slug"] * ctx.slug * (0.5 if words < 2 and cjk < _CJK_WORD else 1.0)  # noqa: PLR2004
    if ctx.repeated and words >= 2:  # noqa: PLR2004 - menus repeat single words
        score += w["repeated"]
    if ctx.first:
        score += w["first"]
    if ctx.above_meta:
        score += w["above_meta"]
    if ctx.above_byline:
        score += w["above_byline"]
    if ctx.below_meta:
        score += w["below_meta"]
    if ctx.isolated:
        score += w["isolated"]
    if ctx.grouped:
        score -= w["grouped"]
    if "," in text and words > 12:  # noqa: PLR2004 - lists of keywords and long clauses
        score -= w["comma_list"]
    return score


def _text_headline(source: Source, region: Bounds | None, into_body: int) -> Headline | None:
    lines = [b for b in source.blocks if b.kind is not BlockKind.META]
    if not lines:
        return None
    end = next(
        (i for i, b in enumerate(lines) if region and b.span.start >= region[0].start), len(lines)
    )
    end = min(end, len(lines))
    counts: dict[str, int] = {}
    for block in lines[: max(end, 1) + 1]:
        key = _key(source.slice(block.span))
        counts[key] = counts.get(key, 0) + 1
    region_text = " ".join(
        source.slice(b.span).casefold()
        for b in lines[end:]
        if region and region[0].start <= b.span.start <= region[1].start
    )
    region_words = Counter(w for w in _WORD.findall(region_text) if len(w) >= 4)  # noqa: PLR2004
    vocabulary = set(region_words)
    slug = slug_words(source.url)
    best: tuple[float, int] | None = None
    start = max(0, end - _WINDOW)
    # The body may start with the headline itself when it is long: look at its first lines too.
    stop = max(1, min(len(lines), end + into_body))
    candidates = list(range(start, stop)) or [0]
    if start > 0:
        candidates.insert(0, 0)
    # A dated or bulleted line ("23.01.2022 - Headline", "* Headline"): the title after it.
    # Only the lines up to the one below the last candidate are read (the candidates, those
    # between a candidate and the body, and their neighbours): not the body and what follows.
    read = lines[: stop + 1]
    starts = [_title_start(source.slice(b.span)) for b in read]
    texts = [source.slice(b.span)[at:] for b, at in zip(read, starts, strict=True)]
    if slug:
        # Far above the body, a line the URL spells is still a candidate.
        window = set(candidates)
        candidates += [
            i
            for i, text in enumerate(texts[:stop])
            if i not in window
            and len(text) <= _MAX_HEADLINE
            and overlap(fold(text), slug) >= _SLUG_MATCH
        ]
    is_meta = [_is_meta_line(t, len(_WORD.findall(t))) for t in texts]
    # A line right above a byline ("By Jane Doe") is a candidate wherever it is: a headline's
    # byline sits under it, however far a gallery or a player pushes the body down.
    bylined = {i for i in range(min(end, len(texts) - 1)) if lex.BYLINE.match(texts[i + 1])}
    window = set(candidates)
    candidates += [
        i for i in sorted(bylined - window) if len(texts[i]) <= _MAX_HEADLINE and not is_meta[i]
    ]
    # Share bars and image credits between headline and body do not push the headline away.
    is_furniture = [
        m or bool(lex.BOILERPLATE.match(t)) for m, t in zip(is_meta, texts, strict=True)
    ]
    for i in candidates:
        block = lines[i]
        text = texts[i]
        if i >= end and (text.endswith(_FULL_STOPS) or len(_WORD.findall(text)) > _MAX_TITLE_WORDS):
            continue
        before = source.text[max(0, block.span.start - 2) : block.span.start]
        after = source.text[block.span.end : block.span.end + 2]
        score = _line_score(
            text,
            _LineContext(
                is_furniture=is_furniture[i],
                distance=sum(1 for k in range(i + 1, end) if not is_furniture[k]) if i < end else 1,
                repeated=counts.get(_key(text), 0) > 1,
                first=i == 0,
                above_meta=i + 1 < len(lines) and is_meta[i + 1],
                above_byline=i in bylined,
                below_meta=i > 0 and is_meta[i - 1],
                isolated=before in {"", "\n\n"} and after in {"", "\n\n"},
                grouped=before.endswith("\n")
                and before != "\n\n"
                and after[:2] not in {"", "\n\n"},
                overlap=overlap(text, _without(region_words, text) if i >= end else vocabulary),
                slug=overlap(fold(text), slug),
            ),
        )
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] < 2.0:  # noqa: PLR2004 - nothing title-like
        return None
    block = lines[best[1]]
    span = Span(block.span.start + starts[best[1]], block.span.end)
    return Headline(span=span, text=source.slice(span), signals=("text-line",))


def _without(words: Counter[str], line: str) -> set[str]:
    """The region's words less a line of the region itself: a line shares no words with itself."""
    own = Counter(_WORD.findall(line.casefold()))
    return {w for w, n in words.items() if n > own.get(w, 0)}


def _title_start(text: str) -> int:
    """Where the title of a dated or bulleted line starts ("23.01.2022 - Headline", "* Headline").

    A dump prints a list item's bullet before its text: a breadcrumb's or a teaser list's last
    item may be the headline, without its bullet.
    """
    bullet = _LEADING_BULLET.match(text)
    if bullet is not None:
        return bullet.end()
    date = _LEADING_DATE.match(text)
    if date is None or len(_WORD.findall(text, date.end())) < _MIN_PARTIAL_WORDS:
        return 0
    return date.end()


_ELLIPSIS: Final = ("...", "…")


def _tidy(source: Source, headline: Headline) -> Headline:
    """Undo two rendering artefacts of text dumps in a chosen headline line.

    A kicker rendered in front of the title it repeats ("Wurmkiste Wurmkiste selber bauen")
    loses its first copy; a truncated teaser ("«Wir waren fast 40 Tage in...") is replaced by
    the full line it abbreviates when the page has it.
    """
    text = headline.text
    words = text.split()
    for k in range(1, min(4, len(words) // 2) + 1):
        if words[:k] == words[k : 2 * k]:
            cut = text.index(words[k], len(" ".join(words[:k])))
            span = Span(headline.span.start + cut, headline.span.end)
            return attrs.evolve(headline, span=span, text=source.slice(span))
    if text.endswith(_ELLIPSIS):
        stem = text.rstrip(".… ").strip()
        if len(stem) >= 12:  # noqa: PLR2004
            at = source.text.find("\n" + stem)
            while at >= 0:
                end = source.text.find("\n", at + 1)
                end = len(source.text) if end < 0 else end
                line = source.text[at + 1 : end]
                if len(line.strip()) > len(stem) + 3 and not line.rstrip().endswith(_ELLIPSIS):
                    start = at + 1
                    span = Span(start, start + len(line.rstrip()))
                    return attrs.evolve(headline, span=span, text=source.slice(span))
                at = source.text.find("\n" + stem, at + 1)
    return headline


def headline_in(source: Source, bounds: Bounds | None, *, into_body: bool) -> Headline | None:
    """The headline for an article expected between ``bounds``, or ``None``.

    ``into_body``: whether the first lines of a text dump's article may be the headline itself
    (dumps often start the body with a long headline).
    """
    if source.media_type is MediaType.HTML:
        return _html_headline(source, bounds)
    found = _text_headline(source, bounds, _INTO_BODY if into_body else 0)
    return _tidy(source, found) if found is not None else None
