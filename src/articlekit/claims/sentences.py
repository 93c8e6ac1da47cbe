"""Sentences with exact offsets, per paragraph and per comment body.

:func:`split_sentences` returns ``(start, end)`` offsets into the text it is given; the text is
never re-joined or rewritten, so every sentence is a slice of the source. The splitter is a single
pass over candidate boundaries (terminal punctuation followed by white space, and list markers),
each decided by ordered rules:

1. Protected material never splits: URLs, e-mail addresses, decimals and dotted numbers
   (``1026.253.553``) have no white space after their dots, so they are never candidates.
2. An ellipsis of three dots ("...", "…", ". . .") marks an omission inside a sentence; four dots
   end one ("that.... She", "period . . . . Next"); "word. . . . Next" ends after the word and the
   spaced ellipsis opens the next sentence.
3. After a single period, the word before decides: a prepositive abbreviation ("Mr.", "Dr.",
   "Mt.", "St.", "No.") or an initial ("E.") never ends a sentence; an abbreviation that can end one
   ("Co.", "Inc.", "U.S.", "a.m.", "etc.", "I.") does only when the next word usually starts one
   ("It", "How", "Mr.", "The"). A German ordinal's dot ("am 11. März", "aus 1. Hand", "der
   4. Tag" in a German text) never ends one.
4. Otherwise a boundary needs the next sentence to start like one: an upper-case letter, a digit
   after "?"/"!" or a quote, or an opening quote/bracket followed by one. A lower-case next word
   ("'This is great.' she said", "Yahoo! in", "co. at") continues the sentence.
5. Numbered, lettered and bulleted lists ("1.) …", "2) …", "a. …", "• 9. …") split before each
   item marker once the text has shown it is a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from articlekit._language import guess_language, page_language, primary_language
from articlekit._lexicon import MONTH_NAMES, ORDINAL_DOT_BEFORE, german_ordinal_noun
from articlekit._patterns import compile_later
from articlekit.model import Document, Sentence, Span

__all__ = ["SentenceExtractor", "split_sentences"]

#: Abbreviations that are followed by a name or number and never end a sentence.
_PREPOSITIVE: Final = frozenset(
    (
        "mr mrs ms mx dr prof rev hon gen lt col capt cmdr sgt maj adm gov sen rep pres supt "
        "det insp st mt ft no nos nr nrs vs v fig figs eq eqs ref refs vol vols ch chap sec art "
        "p pp para approx ca cf dept est jan feb mar apr jun jul aug sep sept oct nov dec mon "
        "tue tues wed thu thur thurs fri sat sun messrs mme mlle sr sra srta dra mssrs rd ave "
        "blvd n°"
    ).split()
)
#: Abbreviations that may end a sentence (checked against the next word).
_POSTPOSITIVE: Final = frozenset(
    (
        "co corp inc ltd llc plc bros jr sr esq etc al phd md ba ma bsc msc dds cpa am pm u.s "
        "u.k u.n e.u u.s.a usa a.m p.m i.e e.g ie eg viz jr.'s mio mrd tsd"
    ).split()
)
#: Words that usually open a sentence: after a postpositive abbreviation they confirm a boundary.
_STARTERS: Final = frozenset(
    (
        "i it its he she we they you this that these those there here the a an his her their "
        "our my your what when where why how who which whom whose if in on at as so but and or "
        "yet for after before while since although though because however meanwhile then now "
        "today yesterday tomorrow mr mrs ms dr prof do does did is are was were will would can "
        "could shall should may might must have has had not no yes please let one many some all "
        "most more each every both either neither such also still even only just "
        "der die das ein eine er es wir ich le la les il elle el los las"
    ).split()
)
_CLOSERS: Final = "\"'”’»)]}」』）】〕"
_OPENERS: Final = "\"'“‘«([{¿¡"

#: A terminal run: dots (possibly spaced: ". . ."), "?", "!", "…", and the full stops and question
#: marks of other scripts (Devanagari's danda "।", Burmese "။", Arabic "؟", Urdu "۔", Ethiopic
#: "።"), then closing quotes/brackets, before white space. The ideographic full stop and the
#: full-width "！", "？" of Chinese and Japanese, which no space follows, are
#: :data:`_IDEOGRAPHIC_TERMINAL`.
_TERMINAL: Final = compile_later(r"[.!?…‽।॥။؟۔።]+(?:[ \u00a0]\.)*[\"'”’»)\]}」』）】〕]*(?=\s|$)")
#: (a pattern of its own, searched only in a text that holds one: an alternation in
#: ``_TERMINAL`` would cost the engine its scan for the first character, most texts' only work)
_IDEOGRAPHIC_TERMINAL: Final = compile_later(r"[。！？｡]+[\"'”’»)\]}」』）】〕]*")
_IDEOGRAPHIC_STOPS: Final = "。！？｡"
#: List item markers, at the start of an item.
_MARKER: Final = compile_later(
    r"(?<!\S)(?P<bullet>[•◦▪‣⁃·*–-]\s?)?(?P<label>\d{1,2}|[a-z])(?P<punct>\.\)|\)|\.)(?=\s)"
)
_BULLET: Final = compile_later(r"(?<!\S)[•◦▪‣⁃](?=\s?\S)")
_BULLETS: Final = "•◦▪‣⁃"
_NEXT: Final = compile_later(r"\s*(\S*)")
_BLANK_LINE: Final = compile_later(r"\n[ \t]*\n")


def _word_before(text: str, end: int) -> str:
    """The white-space-delimited token ending at ``end`` (without the final period)."""
    if end == 0 or text[end - 1].isspace():
        return ""
    # a 48-character window: searching the whole prefix would make the splitter quadratic
    return text[max(0, end - 48) : end].rsplit(maxsplit=1)[-1]


def _starts_sentence(word: str) -> bool:
    """Whether ``word`` looks like the start of a sentence (upper case, digit, opening quote)."""
    if word[:1].isupper():
        return True
    w = word.lstrip(_OPENERS)
    if not w:
        return bool(word)
    c = w[0]
    # a letter of a script without letter case (Chinese, Japanese, Arabic, Hebrew, Devanagari,
    # Thai, Burmese) may start one
    return (
        c.isupper()
        or c.isdigit()
        or (not c.isalpha() and c not in ".,;:-–—)]}")
        or (c.isalpha() and not c.islower() and c.upper() == c)
    )


def _is_starter(word: str) -> bool:
    return word.strip(_OPENERS + _CLOSERS + ".,;:").lower() in _STARTERS


def _period_decision(  # noqa: PLR0911
    text: str, start: int, nxt: str, *, since: int, german: Callable[[], bool]
) -> bool:
    """Decide a boundary after a single period at ``start``; ``nxt`` is the next token.

    ``since`` is where the current sentence began: an abbreviation ends a sentence only when a
    full sentence (four words or more) precedes it ("At 5 a.m. Mr. Smith went" does not split).
    """
    word = _word_before(text, start)
    core = word.lstrip(_OPENERS).lower()
    if not core:
        return _starts_sentence(nxt)
    if core in _PREPOSITIVE or core.rstrip("°") + "°" == core:
        return False
    if core.isdigit() and len(core) <= 3 and _ordinal_dot(text, start, core, nxt, german):
        return False
    if len(core) == 1 and core.isalpha():
        if core == "i":
            return _is_starter(nxt) and _starts_sentence(nxt)
        return False  # an initial ("E. Smith", "p. 55") or a list label ("a. The")
    dotted = "." in core  # "U.S", "a.m", "e.g", "Jr.'s"
    if core in _POSTPOSITIVE or (dotted and re.fullmatch(r"(?:[a-z]\.)+[a-z]", core)):
        words = len(text[since:start].split())
        return _starts_sentence(nxt) and _is_starter(nxt) and words >= 4
    if nxt[:1].isdigit():
        # "p. 55" is handled above; "$100.00. It" splits; "in 2011. 2012 was" is ambiguous: keep
        return bool(re.search(r"\d$", core)) and False
    return _starts_sentence(nxt)


def _ordinal_dot(text: str, start: int, number: str, nxt: str, german: Callable[[], bool]) -> bool:
    """A German ordinal with its dot: "am 11. März", "des 20. Jahrhunderts", "die 54. Ausgabe".

    A day before a German month name, a number after a word that takes an ordinal there, or,
    in a text ``german`` says is German, a number before a noun on its line
    (:func:`articlekit._lexicon.german_ordinal_noun`).
    """
    if nxt.strip(_CLOSERS + ".,;:").lower() in MONTH_NAMES["de"] and len(number) <= 2:
        return True
    head = start - len(number)
    while head > 0 and text[head - 1].isspace():
        head -= 1
    written = _word_before(text, head)
    before = written.strip(_OPENERS + ",").lower()
    if before in ORDINAL_DOT_BEFORE:
        return True
    if head == 0 or text[head - 1] in ".!?:\n" or not written:
        return False  # a list's marker
    word = nxt.rstrip(_CLOSERS + ".,;:!?")
    if not german_ordinal_noun(written, word) or "\n" in text[start : text.find(nxt, start)]:
        return False  # no noun after it (:func:`german_ordinal_noun`), or on a new line
    return german()  # asked only for such a candidate


def _ellipsis_decision(run: str, text: str, start: int, nxt: str) -> int | None:
    """For a dotted run of 3+ dots, the split offset inside it, or None for no split."""
    dots = run.count(".") + run.count("…") * 3
    if dots < 4 or not _starts_sentence(nxt):
        return None
    glued_first = start > 0 and not text[start - 1].isspace() and run[1:2] == " "
    if glued_first:
        return start + 1  # "compounds. . . . The": the period ends it, ". . ." opens the next
    return start + len(run)


def _list_items(text: str) -> list[re.Match[str]]:
    """The item markers of a list: the first at the start of the text, then each next label."""
    items: list[re.Match[str]] = []
    prev: re.Match[str] | None = None
    head = text.lstrip()
    if not head or not (head[0].isalnum() or head[0] in _BULLETS or head[0] in "·*–-"):
        return items
    first = _MARKER.match(text, len(text) - len(head))
    if first is None:
        return items  # a list starts the text, or there is none
    for m in _MARKER.finditer(text, first.start()):
        if not text[m.end() :].lstrip()[:1].isupper():
            continue
        label, kind = m.group("label"), (m.group("label").isdigit(), m.group("punct"))
        if prev is None:
            if text[: m.start()].strip() == "":
                items.append(m)
                prev = m
            continue
        p_label = prev.group("label")
        p_kind = (p_label.isdigit(), prev.group("punct"))
        if kind == p_kind and (
            (label.isdigit() and int(label) == int(p_label) + 1)
            or (not label.isdigit() and ord(label) == ord(p_label) + 1)
        ):
            items.append(m)
            prev = m
    return items


def _list_splits(text: str, items: list[re.Match[str]]) -> list[int]:
    """Offsets where list items start (bulleted lists split before every bullet)."""
    out = [m.start() for m in items[1:]]
    if not any(b in text for b in _BULLETS):
        return out
    bullets = list(_BULLET.finditer(text))
    if len(bullets) >= 2:
        out.extend(b.start() for b in bullets[1:])
    return out


def _boundaries(text: str, german: Callable[[], bool]) -> Iterator[int]:
    """Offsets where a sentence ends (exclusive), in order, possibly repeated."""
    items = _list_items(text)
    inside = {i for m in items for i in range(m.start(), m.end())} if items else set()
    last = 0
    next_word = _NEXT.match
    terminals: Iterable[re.Match[str]] = _TERMINAL.finditer(text)
    if any(stop in text for stop in _IDEOGRAPHIC_STOPS):
        found = [*terminals, *_IDEOGRAPHIC_TERMINAL.finditer(text)]
        terminals = sorted(found, key=lambda m: m.start())
    for m in terminals:
        start = m.start()
        if inside and start in inside:
            continue  # the period of a list marker ("1. The first item")
        end = m.end()
        nm = next_word(text, end)
        nxt = nm.group(1)  # type: ignore[union-attr]
        if not nxt:
            continue
        core = m.group().rstrip(_CLOSERS)
        if core == ".":
            if _period_decision(text, start, nxt, since=last, german=german):
                last = end
                yield end
            continue
        if (len(core) >= 3 or core == "…") and not core.strip(". …"):
            split = _ellipsis_decision(core, text, start, nxt)
            if split is not None:
                yield split if split != start + len(core) else end
            continue
        # "?", "!", "?!", "!!", "…" and mixed runs
        if _starts_sentence(nxt):
            last = end
            yield end
    yield from _list_splits(text, items)
    # a blank line always ends a sentence (headings, datelines, paragraphs run together)
    for m in _BLANK_LINE.finditer(text):
        yield m.start()


def split_sentences(text: str, *, language: str | None = None) -> list[tuple[int, int]]:
    """Split ``text`` into sentences: ``(start, end)`` offsets, white space trimmed.

    ``language`` (a BCP 47 tag) is the text's; without one, the text's own words show it where
    it matters (a German ordinal's dot before a noun: "am 4. Tag" goes on).

    >>> t = "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then left."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then left.']
    >>> t = "1.) The first item 2.) The second item"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['1.) The first item', '2.) The second item']
    """
    if language is not None:
        german = primary_language(language) == "de"
        return _split(text, lambda: german)
    return _split(text, lambda: guess_language(text) == "de")


def _split(text: str, german: Callable[[], bool]) -> list[tuple[int, int]]:
    cuts = sorted(set(_boundaries(text, german)))
    out: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        seg = text[start:cut]
        right = len(seg.rstrip())
        if right:
            out.append((start + len(seg) - len(seg.lstrip()), start + right))
        start = cut
    return out


@attrs.frozen
class SentenceExtractor:
    """The sentences step: sentences of the headline, every body paragraph and comment body."""

    name: str = "sentences"
    requires: frozenset[str] = frozenset({"headline", "paragraphs", "comments"})
    provides: frozenset[str] = frozenset({"sentences"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its sentences: headline, body, then comments, each in text order.

        The headline's sentences have neither ``paragraph`` nor ``comment`` (unless the headline
        is also a body paragraph, when it is not repeated).
        """
        text = doc.source.text
        german = _PageGerman(text, doc)
        found: list[Sentence] = []
        h = doc.headline
        if h is not None and not any(
            p.span.start < h.span.end and h.span.start < p.span.end for p in doc.paragraphs
        ):
            found.extend(_sentences(text, h.span, german))
        for index, p in enumerate(doc.paragraphs):
            found.extend(_sentences(text, p.span, german, paragraph=index))
        for index, c in enumerate(doc.comments):
            found.extend(_sentences(text, c.body, german, comment=index))
        return doc.evolve(sentences=tuple(found))


class _PageGerman:
    """Whether a page's headline and body are written in German, read when first asked."""

    def __init__(self, text: str, doc: Document) -> None:
        self._text, self._doc = text, doc
        self._german: bool | None = None

    def __call__(self) -> bool:
        if self._german is None:
            d, text = self._doc, self._text
            spans = [p.span for p in d.paragraphs] + ([d.headline.span] if d.headline else [])
            self._german = page_language([text[s.start : s.end] for s in spans], None) == "de"
        return self._german


def _sentences(
    text: str,
    span: Span,
    german: Callable[[], bool],
    *,
    paragraph: int | None = None,
    comment: int | None = None,
) -> Iterator[Sentence]:
    chunk = text[span.start : span.end]
    for a, b in _split(chunk, german):
        yield Sentence(
            span=Span(span.start + a, span.start + b),
            text=chunk[a:b],
            paragraph=paragraph,
            comment=comment,
        )
