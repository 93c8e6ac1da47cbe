"""Numeric facts: values, scales, ranges, units or counted nouns, qualifiers, changes and periods.

:func:`find_quantities` reads one piece of text (a headline, a paragraph, a comment body) and
returns every numeric fact in it. :func:`parse_quantity` reads a single mention
(``parse_quantity("$20.5 billion")``). :class:`QuantityExtractor` is the pipeline step: it runs
over the headline, the body paragraphs and the comment bodies, and resolves relative periods
("last trimester") against the article's dominant period or the source's reference time.

How a mention is read, in order (each rule is local, so results never depend on a global table):

1. The text is tokenised once (numbers, words, single symbols, each with its offsets and whether
   it is glued to the token before).
2. At each number (digits like ``10,000``/``8.8``/``1.234,5``, or number words like "two
   hundred", "half a million") the reader takes an optional money prefix (``$``, ``US$``,
   ``Rs``, ``USD``), the scale (``million``, ``bn``, ``k``, ``lakh``; a glued ``m`` is million
   after money and metres otherwise), an optional second bound ("55-63 million", "between 2 and
   4", "from $1 to $2 billion"; the scale of the upper bound applies to a bare lower bound) and
   then what follows: a percent sign or "percentage points", a money name or code ("euros",
   "USD"), a physical unit ("km", "miles per hour", "°C"), else a counted noun in singular form
   ("8.8 million smartphones" → ``smartphone``).
3. Numbers that are not facts are dropped by their context: years (periods, see
   :mod:`._periods`), dates and times, list markers ("1. Samsung …", "2: Apple"), model and
   product names ("Lumia 920", "Galaxy S3", "XE-5", "sgs 3"), phone numbers, and profile data
   ("Posts: 973").
4. The words before a mention give its qualifier ("about", "more than", "up to"…), the verbs of its
   clause its change ("fell", "narrowed", "slash"), and its clause what is measured ("losses",
   "total revenue"); the nearest period mention of its sentence gives its period.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Final

import attrs

from articlekit._language import primary_language, written_language, written_languages
from articlekit._patterns import compile_later
from articlekit.errors import InputError
from articlekit.facts import _numwords as numwords
from articlekit.facts import _units as units
from articlekit.facts._modifiers import PeriodIndex
from articlekit.facts._nouns import looks_plural, singular
from articlekit.facts._periods import (
    Anchor,
    dominant_period,
    find_periods,
    period_matches,
    periods_of,
)
from articlekit.facts._reader import german_word_compound, read_at, starting_tokens
from articlekit.facts._tokens import Tokens, is_num
from articlekit.facts._unit_reader import match_unit
from articlekit.facts._vocab import (
    ARTICLE_ONE,
    COMPARED_WITH,
    FOREIGN_SCALES,
    FRACTION_NOUNS,
    HALF_ADJECTIVES,
    LANGUAGE_NUMBERS,
    LANGUAGE_SCALES,
    MONTH_WORDS,
    ONE_BEFORE_SCALE,
    OUT_OF,
    PART_OF,
    STARTERS,
    STOP,
    word_alternation,
)
from articlekit.model import (
    Dimension,
    Document,
    Period,
    Qualifier,
    Quantity,
    Span,
    UnitMention,
)

__all__ = ["QuantityExtractor", "find_quantities", "find_unit_mentions", "parse_quantity"]


_DIGIT: Final = compile_later(r"[\d½¼¾⅓⅔⅛⅜⅝⅞]")
_NUMBER_WORD: Final = compile_later(
    r"\b(?:" + word_alternation(numwords.NUMBER_WORDS) + r")\b", re.IGNORECASE
)


def _has_number(text: str, language: str | None = None) -> bool:
    """Whether ``text`` may hold a number: digits, vulgar fractions or a word the reader reads.

    Built from the reader's own tables, so that nothing it reads is skipped ("a lakh rupees",
    and in its language "zwei Bilder").
    """
    if _DIGIT.search(text) is not None or _NUMBER_WORD.search(text) is not None:
        return True
    lang = primary_language(language)
    return any(p.search(text) is not None for p in _language_words(lang))


@functools.cache
def _language_words(lang: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of what the reader reads as a number in ``lang`` besides digits.

    Its number words; fractions written as nouns and halves as adjectives ("die Hälfte", "eine
    halbe Stunde"); the article before a unit of time or length ("about an hour", "knapp eine
    Minute": the reader decides whether a word around it makes it a measure); the article that
    counts one before a scale word ("un millón", "eine Milliarde"). Built for a language when a
    text in it first comes: most processes read a few languages of the dozens listed.
    """
    found = []
    words = LANGUAGE_NUMBERS.get(lang)
    if words is not None:
        found.append(_words_pattern(word_alternation(words)))
    nouns = FRACTION_NOUNS.get(lang)
    if nouns is not None:
        found.append(_words_pattern(word_alternation([*nouns, *HALF_ADJECTIVES.get(lang, ())])))
    articles = ARTICLE_ONE.get(lang)
    if articles is not None:
        measures = _measure_alternation()
        found.append(_words_pattern(word_alternation(articles) + r")\s+(?:" + measures))
    if lang == "de":  # "ein zehnköpfiges Team"
        found.append(compile_later(r"\b" + german_word_compound() + r"\b", re.IGNORECASE))
    ones = ONE_BEFORE_SCALE.get(lang)
    if ones is not None:
        scales = [w for w in FOREIGN_SCALES if w.isalpha()] + list(LANGUAGE_SCALES.get(lang, ()))
        found.append(_words_pattern(word_alternation(ones) + r")\s+(?:" + word_alternation(scales)))
    return tuple(found)


def _words_pattern(alternation: str) -> re.Pattern[str]:
    return compile_later(r"\b(?:" + alternation + r")\b", re.IGNORECASE)


@functools.cache
def _measure_alternation() -> str:
    """The one-word names of units of time and length as one alternation (for every language)."""
    return word_alternation(
        name
        for name, unit in units.NAMES.items()
        if unit.dimension in {Dimension.TIME, Dimension.LENGTH} and " " not in name
    )


def find_quantities(
    text: str,
    *,
    offset: int = 0,
    anchor: Anchor | None = None,
    periods: Sequence[Period] | None = None,
    language: str | None = None,
) -> tuple[Quantity, ...]:
    """Every numeric fact in ``text``, in order, with spans shifted by ``offset``.

    ``periods`` are the period mentions of ``text`` (found here when not given); relative ones
    resolve against ``anchor``. ``language`` (a BCP 47 tag, as the page declares it) and the
    text's own words decide the language it is read in (``articlekit._language``): how digits
    are grouped (in a language that writes decimals with a comma, by CLDR, "1.000" is one
    thousand; without one, the text's own numbers decide: "14.372,4") and which scale, unit and
    number words are read.

    >>> [(q.text, str(q.value), q.unit.code if q.unit else q.noun)
    ...  for q in find_quantities("Sony sold 8.8 million smartphones and lost $198 million")]
    [('8.8 million smartphones', '8800000.0', 'smartphone'), ('$198 million', '198000000', 'USD')]
    >>> q, = find_quantities("1. Samsung 55-63 million")
    >>> (str(q.low), str(q.high))
    ('55000000', '63000000')
    >>> find_quantities("the Lumia 920 and Galaxy S3 in 2012")
    ()
    >>> [str(q.value) for q in find_quantities("Mit über 1.000 Ausstellern ist es groß.")]
    ['1000']
    """
    language = written_language(text, language)
    if not _has_number(text, language):
        return ()
    if periods is None:
        found = lambda: find_periods(text, offset=offset, anchor=anchor)  # noqa: E731
        return _find(text, offset, found, language=language)
    given = periods
    return _find(text, offset, lambda: given, language=language)


def _find(
    text: str,
    offset: int,
    periods: Callable[[], Sequence[Period]],
    *,
    language: str | None = None,
) -> tuple[Quantity, ...]:
    """The facts of ``text``; ``periods`` is called once, when the first fact needs a period."""
    t = Tokens.of(text, language=language)
    index = PeriodIndex(periods)
    out: list[Quantity] = []
    nxt = 0
    last_end = 0
    # "…?q=30%25%2020%": digits in a link are not facts; links are sorted, so one pointer
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "/" in text else []
    u = 0
    for i in starting_tokens(t):
        if i < nxt:
            continue  # inside the mention read before
        while u < len(urls) and urls[u][1] <= t.starts[i]:
            u += 1
        if u < len(urls) and urls[u][0] <= t.starts[i]:
            continue
        q, nxt = read_at(t, i, last_end=last_end, offset=offset, periods=index)
        if q is not None and (not out or q.span.start >= out[-1].span.end):
            out.append(q)
            last_end = nxt
    found = _distribute_units(text, offset, out, t.lang)
    found = _named_before(text, offset, found, english=t.english, lang=t.lang or "en")
    if len(found) > 1 and t.english:
        found = _bounded(text, offset, found)
    return _poll_points(text, offset, found) if t.english and "point" in text else found


_LOWER_BOUNDS: Final = frozenset((Qualifier.MORE_THAN, Qualifier.AT_LEAST))
_UPPER_BOUNDS: Final = frozenset((Qualifier.LESS_THAN, Qualifier.AT_MOST, Qualifier.UP_TO))
#: What joins a lower and an upper bound into one range: "and" (or "but", or a comma) and the
#: second bound's words, "more than 10 and less than 40", "at most 100 and at least 20".
_BOUNDS_JOINED: Final = compile_later(
    r"(?:,?\s+(?:and|but)\s+|,\s+)(?:[a-z]+\s+){1,5}", re.IGNORECASE
)


def _bounded(text: str, offset: int, found: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """Two bounds of one thing joined by "and" are its range.

    "More than 10 and less than 40 people" is 10 to 40 people, "at most 100 and at least 20"
    20 to 100. The second bound's words alone stand between them, both have a value in the same
    unit (or the first none) and scale, and the lower bound lies below the upper one.
    """
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        q = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        merged = _bounds_range(text, offset, q, nxt) if nxt is not None else None
        if merged is not None:
            out.append(merged)
            k += 2
        else:
            out.append(q)
            k += 1
    return tuple(out)


def _bounds_range(text: str, offset: int, q: Quantity, nxt: Quantity) -> Quantity | None:
    if q.value is None or nxt.value is None or q.qualifier is None or nxt.qualifier is None:
        return None
    if q.qualifier in _LOWER_BOUNDS and nxt.qualifier in _UPPER_BOUNDS:
        low, high = q.value, nxt.value
    elif q.qualifier in _UPPER_BOUNDS and nxt.qualifier in _LOWER_BOUNDS:
        low, high = nxt.value, q.value
    else:
        return None
    gap = text[q.span.end - offset : nxt.span.start - offset]
    if (
        low >= high
        or q.scale != nxt.scale  # "more than 10 and less than 40 million": unclear
        or _BOUNDS_JOINED.fullmatch(gap) is None
        or (q.unit is not None and q.unit != nxt.unit)
        or (q.noun is not None and q.noun != nxt.noun)
    ):
        return None
    start, end = q.span.start, nxt.span.end
    return attrs.evolve(
        nxt,
        span=Span(start, end),
        text=text[start - offset : end - offset],
        value=None,
        low=low,
        high=high,
        qualifier=None,
    )


#: What shows points to be a poll's or a vote's: a poll, a share, an election.
_POLL_CONTEXT: Final = compile_later(
    r"%|\b(?:polls?|polling|pollsters?|surveys?|surveyed|approval|favou?rab\w*|margin of "
    r"(?:sampling )?error|percent|per cent|percentage|primar(?:y|ies)|caucus(?:es)?|elections?|"
    r"electorates?|voters?|votes?|ballots?|nominees?|nomination|campaign)\b",
    re.IGNORECASE,
)
#: What shows points to be a game's, a table's or an index's.
_NOT_POLL_POINTS: Final = compile_later(
    r"\b(?:Dow|S&P|Nasdaq|Sensex|Nifty\w*|DAX|FTSE|Nikkei|index|indices|games?|match(?:es)?|"
    r"season|scored|rebounds|assists|goals?|league|standings|quarterback|innings)\b"
)
_POINT_UNIT: Final = units.unit_for("pp")
_BARE_POINTS: Final = compile_later(r"\S+(?:\s+|-)points?")


def _poll_points(text: str, offset: int, found: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """Points of a poll, a vote or an election margin, in English: percentage points.

    "Polls show Clinton up by 10 points", "an 18-point lead … according to the Fox poll", "won
    the district by 10 points in 2016": a writer on polls and elections says "points" for
    percentage points. A game's, a league table's or a market index's points stay points.
    """
    if _POINT_UNIT is None or _POLL_CONTEXT.search(text) is None:
        return found
    if _NOT_POLL_POINTS.search(text) is not None:
        return found
    out = list(found)
    for k, q in enumerate(out):
        after = text[q.span.end - offset : q.span.end - offset + 6]
        decimal_compound = q.noun is None and q.unit is None and after == "-point"
        # the number and "points" alone: not "a six-pointed star", "11 velocity points"
        points = q.noun == "point" and q.unit is None and _BARE_POINTS.fullmatch(q.text)
        if points or decimal_compound:
            out[k] = attrs.evolve(q, noun=None, unit=_POINT_UNIT)
    return tuple(out)


#: The words that join a list's members or a change's two amounts, by language: "and", "or",
#: "to" ("from 12.1 to 14 billion"); the words of "to" take the next member's scale.
_JOINS: Final = {
    "": ("and|or", "to"),
    "en": ("and|or", "to"),
    "de": ("und|oder", "auf|bis"),
    "fr": ("et|ou", "à"),
    "es": ("y|o", "a"),
    "it": ("e|o", "a"),
    "pt": ("e|ou", "a"),
}
_LIST_JOINTS: Final = {
    lang: compile_later(rf"\s*(?:,|,?\s+(?:{both}|{to})|;)\s*$|\s+(?:{both})\s+$")
    for lang, (both, to) in _JOINS.items()
}
_TO_WORDS: Final = frozenset(w for _, to in _JOINS.values() for w in to.split("|"))


def _distribute_units(
    text: str, offset: int, found: list[Quantity], lang: str = ""
) -> tuple[Quantity, ...]:
    """Give a list's last unit to its bare members: "5, 10 and 15%", "80.5 and 76.2 mg".

    In the words of the text's language ("von 228,4 auf 211,5 Millionen Dollar"); a language
    without its words listed here joins by punctuation and the English words only.
    """
    joint = _LIST_JOINTS.get(lang, _LIST_JOINTS[""])
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if q.unit is not None or q.noun is not None or nxt.unit is None:
            continue
        if q.scale is not None and q.scale != nxt.scale:
            continue  # a scale of its own: "5 million and 10%"
        if q.value is not None and 0 < q.value < 1 and not q.text[:1].isdigit():
            continue  # a share in words: "um ein Fünftel auf 1,2 Milliarden Euro"
        if nxt.unit.dimension == Dimension.CURRENCY and not nxt.text[:1].isdigit():
            continue  # "$5 and 10": a symbol before the number names only that number
        at = q.span.start - offset
        if _SAMPLE_SIZE.search(text, max(0, at - 6), at) is not None:
            continue  # "(n=876, 37.3%)": a sample size counts cases, the share is its own
        gap = text[q.span.end - offset : nxt.span.start - offset]
        if len(gap) <= 6 and joint.fullmatch(gap) is not None:
            scale = _shared_scale(q, nxt, gap)
            if scale is not None and q.value is not None:
                q = attrs.evolve(q, value=q.value * scale, scale=scale)
            found[k] = attrs.evolve(q, unit=nxt.unit)
    return tuple(found)


#: A bare count that is the subject of a passive or perfect verb: "21 were wounded".
_SUBJECT_OF_VERB: Final = compile_later(r"\s+(?:were|was|are|had|have)\b")
#: What may stand between two counts of one noun in a sentence: no sentence or clause end.
_SAME_CLAUSE: Final = compile_later(r"[^.!?;:()\[\]\n]{1,60}")


def _named_before(
    text: str, offset: int, found: tuple[Quantity, ...], *, english: bool, lang: str
) -> tuple[Quantity, ...]:
    """Fill in what a writer named once in a clause and left out of the next amount.

    A bare scaled amount takes the currency of the scaled amount before it ("7,4 Milliarden
    Euro - über 3 Milliarden mehr", "$5 billion, up from 4 billion"); in English, a bare count
    that is the subject of a verb takes the noun of the count before it ("nine people were
    killed and 21 were wounded" counts people twice), as does the object of a verb of casualty
    news ("killed 49 people and wounded 53"), a list member in parallel with the one before
    or after it ("four votes for Trump, 31 for Cruz", "13 for Cruz, and 36 votes for Trump")
    and one whose subject repeats the verb before the count before it ("Ted Cruz has 11
    delegates, Marco Rubio has 10");
    a bare count that "the number of <nouns>" is given as takes those nouns ("the number of
    cases rose to 15"), and one set off by a dash after a plural restates it ("the fewest
    delegates — 71 in all —"). In every language of :data:`_PART_OF`, a bare count after the
    words that take a part of the count before it counts the same things ("800 condamnations,
    dont 388", "sieben WM-Medaillen, davon zwei in Gold"), as does one compared with it in
    German ("86 Krimis … - 14 mehr als Odenthal").
    """
    out = list(found)
    if english:  # "the number of people … to 65 million, from 49 million": first the subject's
        for k, q in enumerate(out):
            noun = _number_of_subject(text, offset, q)
            if noun is not None:
                out[k] = attrs.evolve(q, noun=noun)
    for k in range(1, len(out)):
        q, before = out[k], out[k - 1]
        filled = _currency_named_before(q, before)
        if filled is None:
            filled = _part_of_before(text, offset, q, before, lang)
        if filled is None and not english:
            filled = _compared_in(text, offset, q, before, lang)
        if filled is None and english:
            filled = _noun_named_before(text, offset, q, before)
        if filled is None:
            continue
        if _SAME_CLAUSE.fullmatch(text, before.span.end - offset, q.span.start - offset) is None:
            continue
        out[k] = filled
    _currency_carried(text, offset, out)
    if english:
        for k, q in enumerate(out):
            noun = _appositive_count(text, offset, q)
            if noun is None and k + 1 < len(out):
                noun = _noun_named_after(text, offset, q, out[k + 1])
            if noun is not None:
                out[k] = attrs.evolve(q, noun=noun)
    return tuple(out)


def _bare_count(q: Quantity) -> bool:
    """Whether ``q`` is a count with no unit, noun or scale of its own ("21", "13")."""
    return q.unit is None and q.noun is None and q.scale is None and q.value is not None


def _noun_named_after(text: str, offset: int, q: Quantity, nxt: Quantity) -> str | None:
    """The noun of the next list member in parallel: "13 for Ted Cruz, and 36 votes for …"."""
    if not _bare_count(q) or nxt.noun is None or nxt.unit is not None:
        return None
    gap = text[q.span.end - offset : nxt.span.start - offset]
    return nxt.noun if _parallel(text, offset, nxt, gap) else None


#: "the number of coronavirus cases … rose to 15": the subject names what the bare count counts.
_NUMBER_OF: Final = compile_later(
    r"\b[Tt]he (?:total |overall |daily |official )?number of ((?:[a-z][a-z-]+ ){0,3})"
)
#: Verbs that give the number of something a value: "rose to", "reached", "stood at", "was".
_GIVES_NUMBER: Final = compile_later(
    r"\b(?:rose|rises|risen|rise|fell|falls|fallen|fall|increased|decreased|climbed|climbs|"
    r"grew|grows|grow|jumped|dropped|declined|doubled|surged|soared|swell|swells|swelled|"
    r"reached|reaches|reach|hit|hits|topped|exceeded|surpassed|stood|stands|was|is|be|"
    r"totall?ed|totals|came)\b"
)


#: A plural noun and the dash that sets off a count of it in apposition: "the fewest delegates
#: — |71 in all —", "his own group of Trump boosters - |34, to be exact".
_APPOSED: Final = compile_later(r"\b([a-z][a-z-]+)(?:\s*[—–]\s*|\s+-{1,2}\s+)$")


def _appositive_count(text: str, offset: int, q: Quantity) -> str | None:
    """The plural noun a bare count set off by a dash restates, in English."""
    if not _bare_count(q):
        return None
    at = q.span.start - offset
    m = _APPOSED.search(text, max(0, at - 40), at)
    if m is None or m.group(1) in STOP or not looks_plural(m.group(1)):
        return None
    return singular(m.group(1))


def _number_of_subject(text: str, offset: int, q: Quantity) -> str | None:
    """The noun of "the number of <nouns>" whose clause gives ``q`` as its value, in English."""
    if q.unit is not None or q.noun is not None or (q.value is None and q.high is None):
        return None
    at = q.span.start - offset
    start = max(0, at - 120)
    for m in _NUMBER_OF.finditer(text, start, at):
        words = m.group(1).split()
        head = ""
        for w in words:
            verb = _GIVES_NUMBER.fullmatch(w) is not None  # "the number of cases rose to 15"
            if w in STOP or verb or (head and w.endswith(("ed", "ing"))):
                break  # "the number of refugees admitted", "of cases in the county"
            head = w
        if not head or not looks_plural(head):
            continue
        gap = text[m.start(1) : at]
        if _SAME_CLAUSE.fullmatch(gap) is None or _GIVES_NUMBER.search(gap) is None:
            continue
        return singular(head)
    return None


#: A sentence's end between two amounts: a stop before a capital, or a line break.
_SENTENCE_BREAK: Final = compile_later(r"[.!?](?=\s+[\"“(¿¡]?[A-ZÀ-Þ])|\n")
#: The closing bracket right after an amount: a conversion into another currency, an aside.
_OPENING_BRACKET: Final = compile_later(r"\s*\(\s*")
_CLOSING_BRACKET: Final = compile_later(r"\s*\)")
#: How far a currency is carried to a later amount of the same scale in its sentence.
_CARRY_REACH: Final = 240


def _currency_carried(text: str, offset: int, out: list[Quantity]) -> None:
    """Carry a currency over asides to the later bare amounts of its scale in the sentence.

    "aumentó en 884,3 millones de dólares (6,6 %) respecto a 2020 (13.488,1 millones), … de
    849,1 millones": the writer names the currency once; a share or a year between the amounts
    changes nothing, another scaled amount with its own noun or unit ends the carrying, and an
    amount in brackets is a conversion ("1.6 billion ($2.54 billion)") that carries nothing.
    """
    for k, q in enumerate(out):
        if q.scale is None or q.unit is not None or q.noun is not None:
            continue
        b = next((j for j in range(k - 1, -1, -1) if out[j].scale is not None), None)
        if b is None or out[b].scale != q.scale:
            continue
        before = out[b]
        start, end = before.span.end - offset, q.span.start - offset
        if end - start > _CARRY_REACH or _SENTENCE_BREAK.search(text, start, end) is not None:
            continue
        if b > 0 and _conversion(text, offset, out[b - 1], before):
            continue  # "1.6 billion ($2.54 billion), … 2.0 billion": a conversion in brackets
        filled = _currency_named_before(q, before)
        if filled is not None:
            out[k] = filled


def _conversion(text: str, offset: int, converted: Quantity, q: Quantity) -> bool:
    """Whether ``q`` stands in brackets right after the amount it converts."""
    opening = _OPENING_BRACKET.fullmatch(text, converted.span.end - offset, q.span.start - offset)
    return opening is not None and _CLOSING_BRACKET.match(text, q.span.end - offset) is not None


def _gap_endings(table: dict[str, tuple[str, str]], after: str) -> dict[str, re.Pattern[str]]:
    """Per language, the end of the text between two amounts: a word of ``table``, a qualifier.

    ``after`` is what may stand between the qualifier and the amount.
    """
    return {
        lang: compile_later(
            rf"(?:^|[\s,(–—-])(?:{words})\s+(?:(?:{qualifiers}){after})?$", re.IGNORECASE
        )
        for lang, (words, qualifiers) in table.items()
    }


#: What ends the text between a count and a part of it (:data:`PART_OF`), by language.
_PART_OF: Final = _gap_endings(PART_OF, r"\s+")
#: What ends the text between an amount and the one compared with it (:data:`COMPARED_WITH`).
_COMPARED_WITH_IN: Final = _gap_endings(COMPARED_WITH, r"\s*")  # "contre l'|18": no space
#: What may follow an amount compared with one before it, in those languages: the clause's end,
#: a year or a word of time or place, never a noun of its own ("contre 18 l'an dernier").
_AFTER_COMPARED_IN: Final = compile_later(
    r"\s*(?:$|[,.;:!?)\]—–]|-{1,2}\s|\s(?:im|in|am|vor|des|der|und|oder|zuvor|davor|damals|"
    r"l['’]|en|lors|et|ou|un|une|au|el|la|del|hace|y|o|nel|nella|dello|della|e|no|na|do|da|"
    r"op|vorig|vorige|het|bij)\b|\s\d{4}\b)",
    re.IGNORECASE,
)
#: A German count compared with the count before it: "86 Krimis … - 14| mehr als Odenthal".
_GERMAN_MORE_THAN: Final = compile_later(r"\s+(?:mehr|weniger)\s+als\b")


def _part_of_before(
    text: str, offset: int, q: Quantity, before: Quantity, lang: str
) -> Quantity | None:
    """``q`` with the noun of ``before`` if it is a bare count of a part of it (:data:`_PART_OF`).

    Also the whole a count is taken from ("huit véhicules sur dix", :data:`OUT_OF`), and in
    German a bare count compared with it ("14 mehr als").
    """
    if before.noun is None or before.unit is not None or not _bare_count(q):
        return None
    if before.scale != q.scale:
        return None
    pattern = _PART_OF.get(lang)
    gap = text[before.span.end - offset : q.span.start - offset]
    part = pattern is not None and pattern.search(gap) is not None
    whole = OUT_OF.get(lang)
    part = part or (whole is not None and gap.strip().lower() == whole)  # "huit véhicules sur dix"
    compared = lang == "de" and _GERMAN_MORE_THAN.match(text, q.span.end - offset) is not None
    return attrs.evolve(q, noun=before.noun) if part or compared else None


def _compared_in(
    text: str, offset: int, q: Quantity, before: Quantity, lang: str
) -> Quantity | None:
    """``q`` with the noun or unit of ``before`` if it is the amount that one is compared with.

    The words of :data:`COMPARED_WITH` end the text between them and nothing of a noun follows
    ``q``: "31 morts, contre 18 l'an dernier", "81.000 Menschen …, 1918 waren es 200.000"; both
    amounts have the same scale. The other languages' :func:`_compared`.
    """
    pattern = _COMPARED_WITH_IN.get(lang)
    if pattern is None or q.unit is not None or q.noun is not None or q.value is None:
        return None
    if before.scale != q.scale or q.low is not None:
        return None
    unit = before.unit
    if unit is not None and (before.noun is not None or "/" in unit.code):
        return None
    if unit is None and before.noun is None:
        return None
    gap = text[before.span.end - offset : q.span.start - offset]
    if pattern.search(gap) is None or _AFTER_COMPARED_IN.match(text, q.span.end - offset) is None:
        return None
    return attrs.evolve(q, unit=unit) if unit is not None else attrs.evolve(q, noun=before.noun)


def _currency_named_before(q: Quantity, before: Quantity) -> Quantity | None:
    """``q`` with the currency of ``before`` if both are scaled amounts and only it names one."""
    if q.scale is None or q.unit is not None or q.noun is not None or before.scale is None:
        return None
    unit = before.unit
    if unit is None or unit.dimension != Dimension.CURRENCY or "/" in unit.code:
        return None
    return attrs.evolve(q, unit=unit)


def _noun_named_before(text: str, offset: int, q: Quantity, before: Quantity) -> Quantity | None:
    """``q`` with the noun of ``before`` if ``q`` is a bare count of the same things.

    As the subject of a verb ("21 were wounded"), the object of a verb of casualty news joined
    to the first count's ("killed 49 people and wounded 53"), or the amount the count is
    compared with (:func:`_compared`: "160 security personnel …, up from 90 last year"). A bare
    amount compared with a measure takes its unit ("44,947 megawatts, much lower than the
    46,797").
    """
    gap = text[before.span.end - offset : q.span.start - offset]
    unit = before.unit
    if unit is not None and before.noun is None and "/" not in unit.code:
        # a measure compared with the one before: "44,947 megawatts, much lower than the 46,797"
        return attrs.evolve(q, unit=unit) if _compared(text, offset, q, before, gap) else None
    if before.noun is None or unit is not None:
        return None
    if _compared(text, offset, q, before, gap):
        return attrs.evolve(q, noun=before.noun)
    if not _bare_count(q):
        return None
    end = q.span.end - offset
    subject = _SUBJECT_OF_VERB.match(text, end) is not None
    more = _APPOSITION.fullmatch(gap) is not None and _MORE_AFTER.match(text, end) is not None
    if (
        not (subject or more)
        and _OBJECT_OF_VERB.fullmatch(gap) is None
        and not _parallel(text, offset, q, gap)
        and not _same_verb(text, offset, before, gap)
    ):
        return None
    return attrs.evolve(q, noun=before.noun)


#: The words that compare an amount with the one before it, at the end of the text between
#: them: "160 security personnel …, up from |90", "2,400 billionaires …, compared with Forbes's |".
_COMPARED_WITH: Final = compile_later(
    r"(?:^|[\s,])(?:(?:up|down|rising|falling) from|from|compared (?:with|to)|versus|vs\.?|"
    r"against|(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger) than the)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|just|some|only|probably|an estimated)"
    r"\s+)?(?:[A-Z][\w.&'’-]*(?:'s|’s|’|')\s+)?$"
)
#: What may follow an amount compared with one before it: the clause's end, or a word that
#: starts no noun ("from 90 last year", "from 1.25 million in 2018").
_AFTER_COMPARED: Final = compile_later(
    r"\s*(?:$|[,.;:!?)\]—–]|-{1,2}\s|\s(?:in|on|at|a|an|last|this|that|the|earlier|previously|"
    r"before|ago|during|over|when|while|and|or|per|each|as|he|she|it|they|we|you|I)\b)"
)


def _compared(text: str, offset: int, q: Quantity, before: Quantity, gap: str) -> bool:
    """Whether ``q`` is the amount the count ``before`` is compared with, of the same things.

    "160 security personnel along the route, up from 90 last year", "1.24 million vehicles,
    from 1.25 million in 2018", "2,400 billionaires, compared with Forbes's 1,864": the writer
    names the noun once. Both amounts have the same scale; a range's start ("from 40 to 45")
    is no such amount.
    """
    if q.unit is not None or q.noun is not None or q.value is None or q.scale != before.scale:
        return False
    if _COMPARED_WITH.search(gap) is None:
        return False
    at = before.span.start - offset
    if text[max(0, at - 4) : at].lower() == "per ":
        return False  # "65.2 cases per 100,000 people, up from 33.8": the rate is compared
    return _AFTER_COMPARED.match(text, q.span.end - offset) is not None


#: A list member that repeats the verb of the one before, its subject a name: ", Marco Rubio
#: has |10", " and Ben Carson has |three".
_VERB_MEMBER: Final = compile_later(
    r"(?:\s+(?:this|last|that|on|in)\s+[\w.'’-]+)?"  # "got 18 votes this week, Rubio got 7"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+([a-z]+)\s+"
)
#: A count that says by how much it exceeds another, right after the count of its things:
#: "332 electoral votes, |62 more than the 270 needed".
_MORE_AFTER: Final = compile_later(r"\s+(?:more|fewer|less)\s+than\b")
_APPOSITION: Final = compile_later(r"\s*(?:,|—|–|--)\s*")


def _same_verb(text: str, offset: int, before: Quantity, gap: str) -> bool:
    """Whether the count after ``gap`` repeats the verb before ``before`` for another subject.

    "Ted Cruz has 11 delegates, Marco Rubio has 10, John Kasich has five": each name has as
    many of the same things.
    """
    member = _VERB_MEMBER.fullmatch(gap)
    if member is None:
        return False
    verb = member.group(1)
    at = before.span.start - offset
    return text[max(0, at - len(verb) - 2) : at] == f" {verb} "


#: The prepositions that open a list member's tail after its count ("31 for Ted Cruz").
_LIST_PREPOSITIONS: Final = "in|for|from|at|on|against|with"
#: A list member's tail after its count, its preposition first: "votes| for Trump, |31 for …".
_MEMBER_TAIL: Final = compile_later(
    rf"\s+({_LIST_PREPOSITIONS})\s[^,;:.()\n]{{1,40}}?(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_PREPOSITION_AFTER: Final = compile_later(rf"\s+({_LIST_PREPOSITIONS})\s")


def _parallel(text: str, offset: int, q: Quantity, gap: str) -> bool:
    """Whether ``q`` and the list member before it (``gap`` between them) are in parallel.

    "four votes for Trump, 31 for Ted Cruz", "1,051 registered voters in Florida and 1,077 in
    Pennsylvania": the same preposition follows both counts.
    """
    tail = _MEMBER_TAIL.fullmatch(gap)
    if tail is None:
        return False
    after = _PREPOSITION_AFTER.match(text, q.span.end - offset)
    return after is not None and after.group(1) == tail.group(1)


#: A second count of the same people, the object of a verb of casualty news joined to the
#: first's: "killed 49 people and wounded 53", "shot a hundred people, killing 49".
_OBJECT_OF_VERB: Final = compile_later(
    r"(?:\s+and|,)\s+(?:kill|wound|injur|hurt|arrest|rescu|detain|evacuat|hospitaliz|infect|"
    r"sav|shoot|shot)(?:ed|ing|e)?\s+"
)


#: The statistical sample-size label right before a number: "n=876", "(N = 40".
_SAMPLE_SIZE: Final = compile_later(r"(?<![\w.])[nN]\s?=\s?$")


def _shared_scale(q: Quantity, nxt: Quantity, gap: str) -> Decimal | None:
    """The scale of the next member, for a bare decimal before "to".

    "from 12.1 to 14-16 billion euros" is 12.1 billion euros; a whole number keeps its value
    ("5 to 10 million" is read as a range already).
    """
    if nxt.scale is None or q.scale is not None or q.value is None:
        return None
    if q.value == q.value.to_integral_value():
        return None
    return nxt.scale if gap.strip() in _TO_WORDS else None


_URL: Final = compile_later(r"\b(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)


_CONVERSION: Final = compile_later(
    r"\b(?:convert\w*|conversion|how (?:many|much)|in terms of|equals?|equal to)\b", re.IGNORECASE
)


_MENTION_HINT: Final = compile_later(
    r"[%％]|per ?cent|pct|celsius|celcius|fahrenheit|farenheit|kelvin|centigra", re.IGNORECASE
)


class _Taken:
    """Spans already used (facts, links), to ask in log time whether a position is inside one."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def holds(self, pos: int) -> bool:
        """Whether ``start <= pos < end`` for a span."""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def holds_end(self, pos: int) -> bool:
        """Whether ``start < pos <= end`` for a span."""
        k = bisect.bisect_left(self._starts, pos) - 1
        return k >= 0 and pos <= self._ends[k]


def find_unit_mentions(
    text: str, *, offset: int = 0, quantities: Sequence[Quantity] | None = None
) -> tuple[UnitMention, ...]:
    """Units named without a number, in order.

    Percent and temperature scale names anywhere; any unit by name in a conversion ("how many
    feet in a mile", "convert … to fahrenheit").

    They are not numeric facts (``find_quantities`` leaves them out); they say what a sentence
    is about or asks for. A unit followed by "of" and a number ("percent of 10") is left out.
    ``quantities``: the facts of ``text`` when already found (their units are not mentions).

    >>> [(m.text, m.unit.code) for m in find_unit_mentions("convert 10 celsius to fahrenheit")]
    [('fahrenheit', '°F')]
    >>> [m.text for m in find_unit_mentions("Only a small percent attain the top ranks")]
    ['percent']
    """
    conversion = _CONVERSION.search(text) is not None
    if not conversion and not _MENTION_HINT.search(text):
        return ()
    t = Tokens.of(text)
    if quantities is None:
        quantities = find_quantities(text, offset=offset)
    spans = [(q.span.start - offset, q.span.end - offset) for q in quantities]
    if "/" in text:  # nothing in a URL is a mention ("issn%280024")
        spans += [(m.start(), m.end()) for m in _URL.finditer(text)]
    taken = _Taken(spans)
    if conversion:
        candidates: Iterable[int] = range(len(t))
    else:  # only where a percent or temperature word is, and the word before ("degrees celsius")
        at = {bisect.bisect_right(t.starts, m.start()) - 1 for m in _MENTION_HINT.finditer(text)}
        candidates = sorted(at | {j - 1 for j in at if j > 0})
    out: list[UnitMention] = []
    after = 0
    for j in candidates:
        if j < after:
            continue
        start = t.starts[j]
        word = t.get(j)
        if taken.holds(start) or not ((word.isalpha() and len(word) >= 3) or word in {"%", "％"}):
            continue
        found = match_unit(t, j, money=False)
        if found is None or taken.holds_end(t.ends[found[0] - 1]):
            continue
        end, unit = found
        named = all(t.get(x).isalpha() or t.get(x) in {"-", "%", "％"} for x in range(j, end))
        wanted = (unit.dimension == Dimension.RATIO) or (
            unit.dimension == Dimension.TEMPERATURE and unit.code != "°"
        )
        computed = t.low(end) == "of" and (is_num(t.get(end + 1)) or t.low(end + 1) in STARTERS)
        symbol_after_number = word in {"%", "％"} and is_num(t.get(j - 1))
        if named and (wanted or conversion) and not computed and not symbol_after_number:
            span = Span(start + offset, t.ends[end - 1] + offset)
            out.append(UnitMention(span, text[start : t.ends[end - 1]], unit))
        after = end
    return tuple(out)


def parse_quantity(text: str) -> Quantity:
    """Read one mention: ``parse_quantity("$20.5 billion")`` → 20.5e9 USD.

    Raises:
        InputError: when ``text`` is not a str (``reason="type"``) or holds no quantity
            (``reason="no-quantity"``).

    >>> q = parse_quantity("$20.5 billion")
    >>> (q.value, q.unit.code, q.scale)
    (Decimal('20500000000.0'), 'USD', Decimal('1000000000'))
    >>> parse_quantity("£20m").value
    Decimal('20000000')
    >>> parse_quantity("5 m").unit.code
    'm'
    """
    if not isinstance(text, str):
        raise InputError(f"parse_quantity expects a str, got {type(text).__name__}", reason="type")
    found = find_quantities(text)
    if not found:
        raise InputError(f"no quantity in {text[:80]!r}", reason="no-quantity")
    return found[0]


def _regions(doc: Document) -> Iterable[Span]:
    if doc.headline is not None:
        yield doc.headline.span
    for p in doc.paragraphs:
        yield p.span
    for c in doc.comments:
        yield c.body


@attrs.frozen
class QuantityExtractor:
    """The quantities step: numeric facts of the headline, body paragraphs and comment bodies.

    Periods: every period mention is read first. Relative ones count from the article's
    dominant quarter or half (an earnings story about "Q2 2012" means Q1 2012 by "last
    quarter"), and from its publication day (``metadata.published``, else the source's
    reference time) for years and months: "last year" in a 2013 story about 2005 is 2012.
    """

    name: str = "quantities"
    requires: frozenset[str] = frozenset({"headline", "paragraphs", "comments", "metadata"})
    provides: frozenset[str] = frozenset({"quantities"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its quantities."""
        text = doc.source.text
        regions = list(_regions(doc))
        n_body = len(regions) - len(doc.comments)
        chunks = [text[r.start : r.end] for r in regions]
        # Period mentions are matched once per region. Only the relative ones depend on the
        # anchor, which needs the explicit ones of the headline and body first; an explicit
        # period has digits, so only regions with digits are read for the anchor.
        matches: list[list[re.Match[str]] | None] = [
            period_matches(c) if k < n_body and _DIGIT.search(c) else None
            for k, c in enumerate(chunks)
        ]
        raw = [
            p
            for r, m in zip(regions, matches, strict=True)
            if m is not None
            for p in periods_of(m, offset=r.start, anchor=Anchor())
        ]
        today = _publication_day(doc)
        declared = doc.metadata.language
        # Each region is read in the language of its own words, else in the page's (its body's
        # words, else what it declares).
        tags = written_languages(
            chunks, str(declared.value) if declared is not None else None, page=n_body
        )
        anchor = Anchor(period=dominant_period(raw), today=today)
        found: list[Quantity] = []
        seen: set[tuple[int, int]] = set()
        for r, chunk, m, tag in zip(regions, chunks, matches, tags, strict=True):
            if m is None and not _has_number(chunk, tag):
                continue
            periods = _periods_later(chunk, m, offset=r.start, anchor=anchor)
            for q in _find(chunk, r.start, periods, language=tag):
                key = (q.span.start, q.span.end)
                if key not in seen:
                    seen.add(key)
                    found.append(q)
        found.sort(key=lambda q: (q.span.start, -q.span.end))
        labels = _product_numbers(text, found)
        kept: list[Quantity] = []
        for q in found:  # regions may overlap (a headline inside the first paragraph)
            if _is_bare_integer(q) and q.text in labels:
                continue  # "920" after "lumia 920" elsewhere on the page: a model, not a fact
            if not kept or q.span.start >= kept[-1].span.end:
                kept.append(q)
        return doc.evolve(quantities=tuple(kept))


def _publication_day(doc: Document) -> date | None:
    """The day relative periods count from.

    The page's publication date, else the reference time the source was loaded with; never the
    wall clock.
    """
    published = doc.metadata.published
    if published is not None:
        return published.value.date()
    ref = doc.source.reference_time
    return ref.date() if ref is not None else None


def _periods_later(
    chunk: str, matches: list[re.Match[str]] | None, *, offset: int, anchor: Anchor
) -> Callable[[], list[Period]]:
    """The periods of ``chunk``, read when first needed (from ``matches`` when already found)."""

    def periods() -> list[Period]:
        found = matches if matches is not None else period_matches(chunk)
        return periods_of(found, offset=offset, anchor=anchor)

    return periods


def _is_bare_integer(q: Quantity) -> bool:
    return (
        q.value is not None
        and q.unit is None
        and q.noun is None
        and q.scale is None
        and q.value == q.value.to_integral_value()
        and q.text.isdigit()
    )


_MODEL_NAME: Final = compile_later(r"\b([A-Za-z][A-Za-z+-]{1,20})\s(\d{1,4})\b")


def _product_numbers(text: str, found: Sequence[Quantity]) -> set[str]:
    """Numbers the page uses as model names.

    After a product word seen before several numbers ("lumia 920", "lumia 510"), or after a
    capitalised name ("Lumia 920").
    """
    bare = {q.text for q in found if _is_bare_integer(q)}
    if not bare:
        return set()
    words: dict[str, set[str]] = {}
    labels: set[str] = set()
    for m in _MODEL_NAME.finditer(text):
        word, number = m.group(1), m.group(2)
        low = word.lower()
        if low in STOP or low in MONTH_WORDS or low.endswith(("ed", "ing")):
            continue
        words.setdefault(low, set()).add(number)
        if any(c.isupper() for c in word) and m.start() > 0 and text[m.start() - 1] not in ".\n":
            labels.add(number)
    for numbers in words.values():
        if len(numbers) >= 2:
            labels |= numbers
    return labels & bare
