"""Counted nouns: "8.8 million smartphones" counts ``smartphone``; singular forms of plurals.

Two readings. :func:`noun_after` takes the noun right after the number (or after one common
adjective), and decides whether the number is a count at all. :func:`noun_phrase` runs only on a
count already kept as a bare number and finds the head of a longer English noun phrase, by the
grammar of counts rather than a word list: the last plural noun after up to three modifiers
("24 older adults", "16,000 processor cores", "three high-ranking insurgents"), a hyphenated
compound adjective ("a 6-member delegation", "a four-game streak"), or the noun of a partitive
("four of the 12 boxes", "two of our top charities").
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from types import ModuleType
from typing import Final

from articlekit._language import SPACELESS_LETTERS
from articlekit._patterns import cache_folder, compile_later
from articlekit.facts._tokens import Tokens, letters
from articlekit.facts._vocab import MONTH_WORDS, SMALL, STOP

_ADJ_BEFORE_NOUN: Final = frozenset(
    (
        "new more additional active monthly daily weekly unique registered paying full-time "
        "part-time former existing total young old small large big major minor other extra "
        "independent separate different local foreign american chinese british indian such"
    ).split()
)


_IRREGULAR: Final = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "staff": "staff",
    "personnel": "personnel",
    "police": "police",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "series": "series",
    "species": "species",
    "data": "data",
    "media": "media",
    "news": "news",
}


_INVARIANT_PLURALS: Final = frozenset({"series", "species", "means", "news", "headquarters"})

#: Irregular plurals that end compounds: "grandchildren", "businesswomen", "townspeople".
_COMPOUND_IRREGULAR: Final = ("children", "women", "people")


def _irregular_compound(low: str) -> str | None:
    """The singular of a compound that ends in an irregular plural, or ``None``.

    "grandchildren" → "grandchild", "policemen" → "policeman". A "-men" word is a compound
    plural only after a stem of four letters or more that ends in a consonant, "e" or "y"
    ("businessmen", "countrymen"): "specimen", "abdomen", "regimen" and "bitumen" are singular.
    """
    for plural in _COMPOUND_IRREGULAR:
        if low.endswith(plural) and len(low) >= len(plural) + 3:
            return low[: -len(plural)] + _IRREGULAR[plural]
    stem = low[:-3]
    if low.endswith("men") and len(stem) >= 4 and stem[-1] not in "aiou" and stem.isalpha():
        return stem + "man"
    return None


_OES: Final = frozenset({"shoes", "canoes", "oboes", "horseshoes", "tiptoes", "floes"})
#: Plurals in "-is" (most words in "-is" are singular: "analysis", "crisis", "tennis").
_IS_PLURALS: Final = frozenset(
    "rabbis taxis skis kiwis alibis bikinis yetis safaris martinis khakis wikis emojis "
    "maharishis".split()
)


def singular(word: str) -> str:
    """Naive English singular ("smartphones" → "smartphone", "companies" → "company").

    >>> [singular(w) for w in ("smartphones", "jobs", "companies", "boxes", "people", "news")]
    ['smartphone', 'job', 'company', 'box', 'person', 'news']
    >>> [singular(w) for w in ("grandchildren", "policemen", "specimen", "prizes", "waltzes")]
    ['grandchild', 'policeman', 'specimen', 'prize', 'waltz']
    """
    low = word.lower()
    irregular = _IRREGULAR.get(low) or _irregular_compound(low)
    if irregular is not None:
        return irregular
    if len(low) > 5 and low.endswith("oes") and low not in _OES:
        return low[:-2]  # "heroes", "potatoes" (not "shoes", "canoes")
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith(("ches", "shes", "sses", "xes", "zzes", "tzes")):
        return low[:-2]
    if (
        len(low) > 3
        and low.endswith("s")
        and (low in _IS_PLURALS or not low.endswith(("ss", "us", "is")))
    ):
        return low[:-1]
    return low


def looks_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR or _irregular_compound(low) is not None or low in _IS_PLURALS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


def _noun_behind_adjective(t: Tokens, j: int) -> tuple[int, str] | None:
    """A plural noun after an adjective at ``j``: "5 new stores", "3 additional staff"."""
    nxt = t.get(j + 1)
    if nxt.isalpha() and nxt.islower() and looks_plural(nxt) and t.lower[j + 1] not in STOP:
        return _before_head(t, j + 1)  # "two chemical weapons attacks" counts attacks
    return (j + 2, nxt[:-1]) if _acronym_plural(nxt) else None


def noun_after(t: Tokens, j: int, value: Decimal | None) -> tuple[int, str] | None:
    """A counted noun right after the number: "8.8 million smartphones", "5 new stores"."""
    w = t.get(j)
    if w in _OPENING_QUOTES and not t.glued(j) and t.glued(j + 1) and t.get(j + 1).islower():
        found = _lower_noun(t, j + 1, value)  # two “deliveries” of payloads
        closed = found is not None and t.get(found[0]) in _CLOSING_QUOTES
        return (found[0] + 1, found[1]) if found is not None and closed else None
    if not w.isalpha() or t.glued(j) or len(w) < 3:
        return None
    if not w.islower():
        return (j + 1, w[:-1]) if _acronym_plural(w) else _proper_plural(t, j)
    return _lower_noun(t, j, value)


_OPENING_QUOTES: Final = frozenset({"“", '"', "‘"})
_CLOSING_QUOTES: Final = frozenset({"”", '"', "’"})


def _acronym_plural(w: str) -> bool:
    """An acronym's plural, its "s" in lower case: "PACs", "CEOs", "NGOs", "SUVs"."""
    return 3 <= len(w) <= 6 and w[-1] == "s" and w[:-1].isupper() and w[:-1].isalpha()


def _proper_plural(t: Tokens, j: int) -> tuple[int, str] | None:
    """A capitalised plural that heads the phrase: "four Americans at", "Two Republicans voted".

    Peoples, party members and the like are written capitalised. It heads the phrase when
    punctuation, a function word or a past participle follows; before another noun it is a
    modifier ("two Texas towns", "3 Giants fans") or part of a name.
    """
    w = t.get(j)
    if not (w[:1].isupper() and w[1:].islower() and len(w) > 4):
        return None
    if not looks_plural(w) or w.endswith(("ies", "ics", "os")) or t.low(j) in MONTH_WORDS:
        return None
    nxt = t.get(j + 1)
    # a verb or an adverb after it ("four Americans lost", "two Democrats currently back");
    # a plural after it is what it modifies ("3 Giants fans")
    acting = nxt.isalpha() and nxt.islower() and not looks_plural(nxt)
    return (j + 1, w[:-1]) if _ends_phrase(t, j + 1) or acting else None


def _lower_noun(t: Tokens, j: int, value: Decimal | None) -> tuple[int, str] | None:
    w, low = t.get(j), t.lower[j]
    if low in STOP or low in MONTH_WORDS:
        return _noun_behind_adjective(t, j) if low in _ADJ_BEFORE_NOUN else None
    hyphened = t.get(j + 1) == "-" and t.glued(j + 1)
    verb = value == 1 and looks_plural(w) and t.get(j - 1) == "1" and low not in _INVARIANT_PLURALS
    if verb:  # "1 corresponds to", "k = 1 represents": a verb agreeing with "1"
        return None
    one = value == 1 and not low.endswith(("ed", "ing", "ly"))
    if not hyphened and (looks_plural(w) or one):
        return _before_head(t, j)
    if not hyphened and _acronym_plural(t.get(j + 1)):
        return j + 2, t.get(j + 1)[:-1]  # "70 super PACs"
    if low in _ADJ_BEFORE_NOUN or low.endswith(("al", "ive", "ed", "ing")):
        return _noun_behind_adjective(t, j)
    return None


#: Words that end a noun phrase's modifiers although they are no stop words: prepositions and
#: adverbs that may follow a number ("5 below normal levels", "3 behind the leaders").
_NOT_MODIFIER: Final = frozenset(
    (
        "above below beyond across along behind near toward towards versus like unlike despite "
        "amid amidst including plus minus ahead apart away back instead among"
    ).split()
)

#: Second parts of hyphenated compounds after a number that name no counted thing: "20-odd",
#: "10-fold", "30-something", "60-plus", "3-way" is kept (ways are counted).
_NOT_COMPOUND_NOUN: Final = frozenset(
    "odd fold something ish plus like style based related old strong long wide high deep".split()
)

#: Determiners of a partitive: "four of the boxes", "two of our top charities".
_PARTITIVE_DET: Final = frozenset("the our their its his her my your those these all".split())

#: Words that order the whole of a partitive before its number: "of the past seven contests".
_ORDER_WORDS: Final = frozenset("past last next first previous remaining final other".split())

#: Words that size the whole of a partitive without a number: "two of the many reasons".
_VAGUE_WHOLE: Final = frozenset("many several numerous few countless".split())

_MAX_MODIFIERS: Final = 3

#: Conjunctions that join two modifiers of one head: "security and diplomatic officials".
_COORDINATION: Final = frozenset({"and", "or"})


def _is_word(t: Tokens, k: int) -> bool:
    w = t.get(k)
    return w.isalpha() and not t.glued(k)


#: Nouns plural in form that modify another noun as they are: "news networks", "sales figures".
_PLURAL_MODIFIERS: Final = frozenset(
    "news sales sports arms savings goods customs earnings clothes".split()
)


def _before_head(t: Tokens, k: int) -> tuple[int, str]:
    """The noun at ``k`` in the singular, or the head after it if it modifies one as a plural.

    "three news outlets", "four cable news networks": :data:`_PLURAL_MODIFIERS`; "two firearms
    licenses": :func:`_plural_modifies`.
    """
    listed = t.low(k) in _PLURAL_MODIFIERS and _head(t, k + 1)
    if listed or _plural_modifies(t, k):
        return k + 2, singular(t.get(k + 1))
    return k + 1, singular(t.get(k))


#: Words that follow a verb's "-s" rather than a plural noun: its object's determiner, an adverb.
_AFTER_A_VERB: Final = frozenset(
    "the a an this that these those its their his her our my your some any no each every further "
    "not also only".split()
)
#: Prepositions whose object a counted phrase may be, its verb further on.
_PREPOSITIONS: Final = frozenset(
    "of between among with for in on to from by about into over under after before".split()
)
_MODIFIER_REACH: Final = 6


def _plural_modifies(t: Tokens, k: int) -> bool:
    """Whether the plural at ``k`` modifies the plural after it: "two firearms licenses".

    Not before a number ("45 children ages 3 to 17"), nor where the word after reads as the verb
    of another subject: one its object or an adverb follows ("the two sails requires the"), or
    the count stands in a prepositional phrase ("between the two emission mechanisms occurs").
    """
    if not (_head(t, k) and _head(t, k + 1) and _is_word(t, k + 1)):
        return False
    if t.get(k + 2)[:1].isdigit() or t.low(k + 2) in _AFTER_A_VERB:
        return False
    i = k - 1
    while i > k - _MODIFIER_REACH and not (t.get(i)[:1].isdigit() or t.low(i) in SMALL):
        i -= 1
    return not (t.low(i - 1) in {"the", "these", "those"} and t.low(i - 2) in _PREPOSITIONS)


def _head(t: Tokens, k: int) -> bool:
    """Whether token ``k`` can head a counted noun phrase: a plural lower-case noun."""
    w, low = t.get(k), t.low(k)
    return (
        len(w) >= 3
        and w.islower()
        and looks_plural(w)
        and low not in STOP
        and low not in MONTH_WORDS
        and low not in _NOT_MODIFIER
    )


def _dotted_acronym_end(t: Tokens, k: int) -> int | None:
    """The token after an acronym written with dots at ``k`` ("U.S.", "U.K."), if one starts."""
    end = k
    while (
        len(t.get(end)) == 1
        and t.get(end).isupper()
        and t.get(end + 1) == "."
        and t.glued(end + 1)
        and (end == k or t.glued(end))
    ):
        end += 2
    return end if end >= k + 4 else None


def _modifier_end(t: Tokens, k: int, *, capitals: bool, proper: bool = True) -> int | None:
    """The token after a noun-phrase modifier at ``k`` ("older", "big-name", "processor").

    An acronym modifies whatever its letters spell in lower case ("two US officials"); one
    written with dots names no model, so it is read even after a model-like number ("200 U.S.
    military personnel").
    """
    w, low = t.get(k), t.low(k)
    if not t.glued(k):
        dotted = _dotted_acronym_end(t, k)
        if dotted is not None:
            return dotted
    if not _is_word(t, k) or low in _NOT_MODIFIER or low in MONTH_WORDS:
        return None
    degree = low in _DEGREE_WORDS and t.get(k + 1).islower() and t.low(k + 1) not in STOP
    # a compound adjective whose first part is a function word: "18 first-place votes"
    compound = t.get(k + 1) in {"-", "‐"} and t.glued(k + 1) and t.get(k + 2).islower()
    compound = compound and t.glued(k + 2) and t.get(k + 2).isalpha() and w.islower()
    kept = low in _ADJ_BEFORE_NOUN or (proper and _acronym(w)) or degree or compound
    if low in STOP and not kept:
        return None
    if not w.islower() and not capitals and not _proper_modifier(w, acronyms=proper):
        return None
    end = k + 1
    while t.get(end) == "-" and t.glued(end) and t.glued(end + 1) and t.get(end + 1).isalpha():
        end += 2  # "high-ranking", "big-name", "state-of-the-art"
    if end == k + 1 and len(w) == 1 and w.isupper():
        return None  # a lone capital is a symbol or an initial: "2 M units" ("W-band" is read)
    return end


#: Degree words before an adjective in a counted noun phrase: "two very different approaches",
#: "the 10 most popular apps".
_DEGREE_WORDS: Final = frozenset({"very", "most", "least"})


def _proper_modifier(word: str, *, acronyms: bool = True) -> bool:
    """A capitalised modifier that names no model, even after digits.

    A nationality or a party ("30,000 American soldiers", "two Chinese firms", "459 Democratic
    primary voters") or, with ``acronyms``, an acronym ("16 GOP candidates", "20 NFL teams"):
    not after a number that may be a model's ("737 MAX jets": the caller decides).
    """
    nationality = word[1:].islower() and word.endswith(("an", "ese", "ish", "ic"))
    return (acronyms and _acronym(word)) or (word[:1].isupper() and nationality)


def _acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: two to five capitals ("GOP", "US")."""
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 5


def _phrase_head(
    t: Tokens, j: int, *, capitals: bool, proper: bool = True
) -> tuple[int, str] | None:
    """The plural head after up to three modifiers from ``j``: (token after it, singular)."""
    k = j
    for _ in range(_MAX_MODIFIERS):
        end = _modifier_end(t, k, capitals=capitals, proper=proper)
        if end is None:
            return None
        if not capitals and _proper_modifier(t.get(k), acronyms=False):
            capitals = True  # a name runs on after a nationality: "168 Republican National …"
        if t.low(end) in _COORDINATION:
            # coordinated modifiers: "four national security and diplomatic officials"
            after = _modifier_end(t, end + 1, capitals=capitals, proper=proper)
            if after is not None and _is_word(t, after) and _head(t, after):
                return _before_head(t, after)  # "uniformed and plainclothes police officers"
            if after is not None and not _head(t, end + 1):
                end = after  # "seven current and former Clinton aides": the phrase goes on
        if _is_word(t, end) and _head(t, end):
            return _before_head(t, end)
        hyphened = t.get(end + 1) == "-" and t.glued(end + 1)  # "Sanders-linked accounts"
        if capitals and not hyphened and _proper_plural(t, end) is not None:
            return end + 1, t.get(end)[:-1]  # "two radicalized Muslims"
        if end > k + 1 and t.glued(end - 1) and _head(t, end - 1) and _ends_phrase(t, end):
            # a hyphenated plural heads the phrase: "15 co-defendants", "two e-mails"
            compound = t.text[t.starts[k] : t.ends[end - 1]]
            return end, compound[: -len(t.get(end - 1))] + singular(t.get(end - 1))
        k = end
    return None


def _ends_phrase(t: Tokens, k: int) -> bool:
    """Whether a noun phrase ends before token ``k``: punctuation, a function word, a participle.

    A plural followed by another noun is a modifier ("two Texas towns", "3 Giants fans").
    """
    nxt, low = t.get(k), t.low(k)
    return not nxt[:1].isalnum() or (nxt.islower() and (low in STOP or low.endswith("ed")))


def _compound(t: Tokens, j: int) -> tuple[int, str] | None:
    """The noun of a compound adjective: "a 6-member delegation", "a four-game streak"."""
    w, low = t.get(j + 1), t.low(j + 1)
    if not (t.get(j) == "-" and t.glued(j) and t.glued(j + 1) and w.isalpha() and w.islower()):
        return None
    if len(w) < 3 or low in STOP or low in _NOT_COMPOUND_NOUN or low.endswith("ly"):
        return None
    if t.get(j + 2) == "-" and t.glued(j + 2):
        return None  # "5-year-old", "two-and-a-half": more than one compound part
    if len(w) >= 4 and low.endswith("ed") and not low.endswith("eed"):  # "10-speed" counts
        noun = _possessed(low)
        return None if noun is None else (j + 2, noun)
    return j + 2, singular(w)


_VOWELS: Final = frozenset("aeiou")
_SHORT_STEM: Final = 2


def _possessed(adjective: str) -> str | None:
    """The noun of a possessive "-ed" adjective: "pointed" → "point", "sided" → "side".

    "a six-pointed star", "a two-layered cake", "a four-legged friend" count points, layers
    and legs. The noun comes back by English spelling: a doubled consonant is single
    ("legged"), a consonant after a single vowel takes back its silent "e" ("sided", "bladed",
    "eyed"), "-ied" is "-y" ("storied").
    """
    stem = adjective[:-2]
    if len(stem) <= _SHORT_STEM:  # "eyed" → "eye", "toed" → "toe"
        return stem + "e"
    if adjective.endswith("ied"):
        return stem[:-1] + "y"  # "storied" → "story"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS | {"l", "s"}:
        return stem[:-1]  # "legged" → "leg"
    single_vowel = stem[-2:-1] in _VOWELS and stem[-3:-2] not in _VOWELS
    if single_vowel and stem[-1] not in _VOWELS | {"r", "w", "y"} and not stem.endswith("en"):
        return stem + "e"  # "sided" → "side", "bladed" → "blade"
    return stem


def _partitive(t: Tokens, j: int, *, share: bool = False) -> str | None:
    """The noun counted from a whole: "four of the 12 boxes", "46 of their close contacts".

    A possessive name determines the whole as "the" does: "22 of Clinton's emails".
    """
    if share and t.low(j) in _PARTITIVE_DET and t.low(j) != "all":
        j -= 1  # a share's "of" may go unsaid before a determiner: "half the people"
    elif t.low(j) != "of":
        return None
    if t.low(j + 1) in _PARTITIVE_DET:
        k = j + 2
    elif _possessive_name(t, j + 1):
        k = j + 4
    elif t.get(j + 1)[:1].isupper() and t.get(j + 1).isalpha() and _possessive_name(t, j + 2):
        k = j + 5  # a full name's: "half of Hillary Clinton's meetings"
    elif share and _proper_plural(t, j + 1) is not None:
        return t.get(j + 1)[:-1]  # "half of Americans"
    elif share and t.get(j + 1).isalpha() and t.low(j + 1) not in STOP:
        k = j + 1  # a share needs no determiner: "a third of Dutch voters", "half of respondents"
    else:
        return None
    if _possessive(t, k):
        k += 3  # "all 40 of the state's delegates"
    if t.low(k) in _ORDER_WORDS and (t.get(k + 1)[:1].isdigit() or t.low(k + 1) in SMALL):
        k += 1  # "six of the past seven contests", "three of his last four races"
    if t.get(k)[:1].isdigit() or t.low(k) in SMALL or t.low(k) in _VAGUE_WHOLE:
        k += 1  # "of the 12 boxes", "of the three requirements", "of the many reasons"
    if _is_word(t, k) and _head(t, k):
        return singular(t.get(k))
    # The determiner names the whole, so capitalised words in it are modifiers or a plural
    # name: eight of its Hong Kong shares, two of the nation's highest-profile Republicans.
    found = _phrase_head(t, k, capitals=True)
    return None if found is None else found[1]


def _possessive(t: Tokens, k: int) -> bool:
    """Whether the word at ``k`` takes a possessive "'s" ("the state's")."""
    return (
        t.get(k + 1) in {"'", "’"}
        and t.glued(k + 1)
        and t.low(k + 2) == "s"
        and t.glued(k + 2)
        and _is_word(t, k)
    )


def _possessive_name(t: Tokens, k: int) -> bool:
    """Whether a name with a possessive "'s" stands at ``k`` ("Clinton's", "CERN's")."""
    w = t.get(k)
    return w[:1].isupper() and (w[1:].islower() or w.isupper()) and len(w) > 1 and _possessive(t, k)


def noun_phrase(
    t: Tokens, j: int, *, words: bool, whole: bool = True, proper: bool = True, share: bool = False
) -> tuple[int, str] | None:
    """The counted noun of a longer noun phrase after a bare count ending before token ``j``.

    Returns (the token after the mention, the noun in the singular); a partitive leaves the
    mention where it ends ("four" in "four of the 12 boxes"). Capitalised modifiers ("six
    Democratic presidential candidates") are read after numbers in words only: after digits
    they name models ("737 Max jets"), except acronyms and nationalities (``proper``: "16 GOP
    candidates", not after a model-like number). A compound adjective counts only after a whole
    number (``whole``): "a 6.0-sigma result" counts nothing.

    >>> from articlekit.facts._tokens import Tokens
    >>> t = Tokens.of("more than 100 powerful geysers")
    >>> noun_phrase(t, 3, words=False)
    (5, 'geyser')
    >>> noun_phrase(Tokens.of("four of the 12 boxes"), 1, words=True)
    (1, 'box')
    """
    found = _compound(t, j) if whole else None
    if found is not None:
        return found
    part = _partitive(t, j, share=share)
    if part is not None:
        return j, part
    return _phrase_head(t, j, capitals=words, proper=proper)


#: Function words of other languages that may follow a number and are no counted noun.
_FOREIGN_STOP: Final = frozenset(
    (
        "der die das den dem des und oder bis von vom zum zur mit für auf bei nach über unter "
        "pro mal uhr les aux sur par pour dans avec entre las los del por para con una uno "
        "della dei degli delle per dos com het van voor met tot och til med fra som ile "
        "được và của là với trong từ đến những các này khi đã sẽ đang "
        # Polish, Russian and Ukrainian prepositions, conjunctions and possessives
        "dla na do od za po przy że oraz lub albo czy nie się jest są "
        "для на до от за по при что и а или не это мой моя мои моих наших ваших своих этих тех "
        "від про під над що та або це моїх своїх цих тих "
        # Hindi postpositions, particles and the copula; Arabic prepositions and conjunctions
        "का की के को में से पर ने तक ही भी और या है हैं था थे थी लिए साथ बाद "
        "في من على إلى عن مع أو ما لا هذا هذه التي الذي قد كان دون بعد قبل حتى عند بين نحو "
        "مساء صباح يوم أمس اليوم"
    ).split()
)


def _trie_dictionaries(strategies: ModuleType) -> object | None:
    """The dictionaries of simplemma as tries kept on disk, or None to decode them in each process.

    simplemma's default decodes a language's whole dictionary into memory the first time a
    process meets the language (German 0.9 s, Polish 2.7 s with simplemma 2.0). Its
    ``TrieDictionaryFactory`` (with ``marisa-trie``, which the ``lemmas`` extra installs) builds
    a trie once per machine and language, about 2.5 times that cost, and later processes load
    it in milliseconds with a tenth of the memory. The tries live in articlekit's cache folder
    (:func:`articlekit._patterns.cache_folder`); with no cache, or one that cannot be written,
    the default is kept, which costs less than a trie built again in every process.
    """
    factory: Callable[..., object] | None = getattr(strategies, "TrieDictionaryFactory", None)
    folder = cache_folder()
    if factory is None or folder is None or importlib.util.find_spec("marisa_trie") is None:
        return None
    # importlib.metadata costs 10 ms to import: only a process that lemmatises pays it
    version = str(importlib.import_module("importlib.metadata").version("simplemma"))
    cache = folder / f"lemmas-simplemma-{version}"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(cache, os.W_OK) and not any(cache.glob("*.dic")):
        return None
    return factory(disk_cache_dir=str(cache))


@functools.cache
def _lemmatizer() -> Callable[[str, str], str] | None:
    """The lemmatizer of simplemma when the ``lemmas`` extra is installed, else None."""
    try:
        module = importlib.import_module("simplemma")
    except ImportError:
        return None
    lemmatize: Callable[..., str] = module.lemmatize
    is_known: Callable[..., bool] = module.is_known
    strategies = importlib.import_module("simplemma.strategies")
    tries = _trie_dictionaries(strategies)
    if tries is not None:
        plain = module.Lemmatizer(
            lemmatization_strategy=strategies.DefaultStrategy(dictionary_factory=tries)
        )
        greedy_mode = module.Lemmatizer(
            lemmatization_strategy=strategies.DefaultStrategy(greedy=True, dictionary_factory=tries)
        )
        lookup = strategies.DictionaryLookupStrategy(tries)

        def lemmatize(word: str, lang: str, *, greedy: bool = False) -> str:
            return str((greedy_mode if greedy else plain).lemmatize(word, lang))

        def is_known(word: str, lang: str) -> bool:
            return lookup.get_lemma(unicodedata.normalize("NFC", word), lang) is not None

    def lemma_of(word: str, lang: str) -> str:
        try:
            found = lemmatize(word, lang=lang)
            if found != word or is_known(word, lang=lang):
                return found
            # A word the dictionary lacks is most often a compound. German ones are read by
            # their head; elsewhere simplemma's greedy mode splits off known parts
            # ("photojournalistes" → "photojournaliste"), where it keeps the word's case.
            if lang == "de":
                return _german_head_lemma(word, lemmatize, is_known)
            found = lemmatize(word, lang=lang, greedy=True)
        except ValueError:  # a language simplemma has no dictionary for
            return word
        return found if found[:1].isupper() == word[:1].isupper() else word

    return lemma_of


#: The shortest first part and last part of a German compound split by its known last part.
_MIN_PART: Final = 3


def _german_head_lemma(
    word: str, lemmatize: Callable[..., str], is_known: Callable[..., bool]
) -> str:
    """A German compound with its head lemmatised: "Maltechniken" → "Maltechnik".

    German compounds are right-headed, so the longest known noun the word ends with is its head
    and carries its number; a word whose head is already singular stays as written.
    """
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return word  # a name written in camel case ("WordPress") is no compound
    for i in range(_MIN_PART, len(word) - _MIN_PART):
        head = word[i].upper() + word[i + 1 :]
        if is_known(head, lang="de"):
            found = lemmatize(head, lang="de")
            plural = found != head and found[:1].isupper()
            return word[:i] + found.lower() if plural else word
    return word


#: German words that end as an inflected adjective does (-e, -en, -er, -es, -em) but are
#: determiners, pronouns, adverbs, prepositions or auxiliary verbs: never skipped before a noun.
_GERMAN_NOT_ADJECTIVES: Final = frozenset(
    (
        "eine einen einem einer eines keine keinen keinem keiner keines seine seinen seinem "
        "seiner ihre ihren ihrem ihrer unsere unseren unserem unserer eure euren diese dieser "
        "diesen diesem dieses jede jeden jedem jeder jedes jene jener jenen solche solchen "
        "welche welchen welcher manche manchen alle allen aller alles beide beiden einige "
        "einigen viele vielen wenige wenigen mehrere mehreren denen deren dessen aber oder "
        "wieder immer später früher weniger bisher daher vorher nachher sicher leider "
        "außerdem trotzdem indem seitdem nachdem zudem sowie gegen wegen zwischen neben oben "
        "unten ohne gerne heute hinter unter über etwa haben hatten werden wurden waren sind "
        "können konnten müssen mussten sollen sollten wollen wollten dürfen lassen kommen "
        "gehen geben stehen liegen sehen bleiben"
    ).split()
)
GERMAN_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
_MAX_ADJECTIVES: Final = 2


def _german_adjective(t: Tokens, j: int, *, bracketed: bool = False) -> bool:
    """Whether token ``j`` reads as an inflected German adjective ("dunkle", "rufende").

    ``bracketed``: it may touch the bracket before it ("(nassen)").
    """
    w = t.get(j)
    return (
        len(w) >= 4  # "neue" is the shortest common one
        and w.isalpha()
        and w.islower()
        and w.endswith(GERMAN_ADJECTIVE_ENDINGS)
        and not w.endswith("weise")  # adverbs: "beispielsweise", "teilweise"
        and (bracketed or not t.glued(j))
        and w not in _GERMAN_NOT_ADJECTIVES
    )


#: German degree words that may stand before an adjective between a number and its noun ("3 ganz
#: zentrale Tipps", "zwei sehr gute Gründe"), and adverbs of extent built with "-weit" ("43 der
#: weltweit führenden Werbetreibenden").
_GERMAN_DEGREE: Final = frozenset(
    "sehr ganz besonders äußerst extrem ziemlich recht relativ überaus höchst echt wirklich "
    "richtig völlig eher".split()
)
#: Quotation marks German writers open a word with, and close it with: „…“, "…", »…«.
_GERMAN_QUOTES: Final = frozenset({"„", '"', "»", "“"})
_CLOSING_GERMAN_QUOTES: Final = frozenset({"“", '"', "«", "”"})
#: Conjunctions between two adjectives of one noun ("einfachen und schönen Maltechniken").
_GERMAN_ADJECTIVE_JOINS: Final = frozenset({"und", "oder", ","})


def _german_adverb(t: Tokens, k: int) -> bool:
    """Whether token ``k`` may be an adverb before an adjective ("zwei sehr gute Gründe").

    A degree word, an adverb of extent in "-weit" ("weltweit führenden"), or any uninflected
    word in lower case that is no function word: German uses its adjectives and participles
    uninflected as adverbs ("zwei schwer verletzte Personen", "26 unerlaubt eingereiste
    Personen", "zwei künstlich intelligente Projekte").
    """
    w = t.get(k)
    if not (w.isalpha() and w.islower()) or t.glued(k):
        return False
    if w in _GERMAN_DEGREE or w.endswith("weit"):
        return True
    return len(w) >= 3 and w not in _FOREIGN_STOP and w not in _GERMAN_DETERMINERS


#: German determiners in all their forms, which stand before adjectives but are no adverbs
#: ("die Beklagte zu 1 keine eigene Gewissheit").
_GERMAN_DETERMINERS: Final = frozenset(
    stem + ending
    for stem in "ein kein mein dein sein ihr unser euer dies jed all welch solch manch".split()
    for ending in ("", "e", "en", "em", "er", "es")
)


def _german_modifier(t: Tokens, k: int) -> int | None:
    """The token after one German attributive modifier at ``k``, if one stands there.

    An inflected adjective ("dunkle"), one after a degree word ("ganz einfache", "weltweit
    führenden"), one in brackets ("(nassen)"), or the first part of two adjectives sharing
    their ending, left hanging on a hyphen ("west- und osteuropäischen").
    """
    w = t.low(k)
    if _german_adjective(t, k):
        return k + 1
    if _german_adverb(t, k) and _german_adjective(t, k + 1):
        return k + 2
    if w == "(" and _german_adjective(t, k + 1, bracketed=True) and t.get(k + 2) == ")":
        return k + 3
    hanging = t.get(k + 1) in {"-", "‐"} and t.glued(k + 1) and t.low(k + 2) in _GERMAN_JOINS
    if hanging and w.isalpha() and t.get(k).islower() and _german_adjective(t, k + 3):
        return k + 4
    return None


def _german_modifiers_end(t: Tokens, j: int) -> int:
    """The token after up to two German modifiers from ``j`` (see :func:`_german_modifier`).

    Two adjectives joined by "und", "oder" or a comma count as one ("vier ganz einfachen und
    schönen Maltechniken").
    """
    k = j
    for _ in range(_MAX_ADJECTIVES):
        end = _german_modifier(t, k)
        if end is None:
            break
        if t.low(end) in _GERMAN_ADJECTIVE_JOINS:
            joined = _german_modifier(t, end + 1)
            if joined is not None:
                end = joined
        k = end
    return k


def _compound_end(t: Tokens, j: int) -> int | None:
    """The token after a hyphenated compound starting at ``j`` ("WM-Medaillen"), if one does."""
    k = j
    while t.get(k + 1) == "-" and t.glued(k + 1) and t.glued(k + 2) and t.get(k + 2).isalnum():
        k += 2
    return k + 1 if k > j else None


#: Conjunctions after a German compound's first part left hanging ("Alten- und Pflegeheime").
_GERMAN_JOINS: Final = frozenset({"und", "oder", "bzw", "sowie"})


def _suspended_compound(t: Tokens, k: int) -> int:
    """The last noun of German compounds that share their head, else ``k``.

    "50 Alten- und Pflegeheime" counts the last compound, "Pflegeheim"; the first part hangs on
    a hyphen before the conjunction.
    """
    w = t.get(k)
    joined = t.get(k + 1) == "-" and t.glued(k + 1) and t.low(k + 2) in _GERMAN_JOINS
    if not (joined and w[:1].isupper() and w.isalpha() and not t.glued(k + 2)):
        return k
    last = t.get(k + 3)
    return k + 3 if last[:1].isupper() and last.isalpha() and not t.glued(k + 3) else k


def foreign_noun(t: Tokens, j: int, *, adjectives: bool = True) -> tuple[int, str, int] | None:
    """The counted noun right after a number in a language other than English.

    Returns the token after it, the noun, and the token of its head word (the last part of a
    compound, after any adjectives), or ``None``.

    German capitalises its nouns ("45.000 Besucher", "28 Sportarten"); the other languages write
    them in lower case ("12 episodi", "350 fotballskoler"). The noun is its lemma when simplemma
    is installed (the ``lemmas`` extra: "Sportarten" → "Sportart"), else the word as written.

    In German, where capitals tell nouns from adjectives, up to two inflected adjectives may
    stand between the number and the noun ("zwei dunkle Gestalten", unless ``adjectives`` is
    false), and a hyphenated compound is one noun, its last part lemmatised ("sieben
    WM-Medaillen" → "WM-Medaille").
    """
    if t.lang == "de":
        k = _german_modifiers_end(t, j) if adjectives else j
        k = _suspended_compound(t, k)
        quoted = t.get(k) in _GERMAN_QUOTES and not t.glued(k) and t.glued(k + 1)
        if quoted and t.get(k + 2) in _CLOSING_GERMAN_QUOTES and t.glued(k + 2):
            # a noun in quotation marks: "160 „Designerinnen“"
            found = _one_word_noun(t, k + 1, glued=True)
            return None if found is None else (found[0] + 1, found[1], found[2])
        end = _compound_end(t, k)
        if end is not None:
            last = t.get(end - 1)
            if not (last.isalpha() and last[:1].isupper() and len(last) >= 3):
                return None
            head = t.text[t.starts[k] : t.starts[end - 1]]
            return end, head + lemma(last, t.lang), end - 1
        j = k
    elif adjectives and t.low(j) in _PRENOMINAL.get(t.lang, ()) and t.get(j + 1).islower():
        j += 1  # "70 mil nuevos casos", "dos principales autoridades", "trois grands projets"
    elif adjectives and t.lang in _SLAVIC_ADJECTIVE_ENDINGS:
        j = _slavic_adjectives_end(t, j)  # "90 pionowych wyrzutniach", "два новых дома"
    elif adjectives and t.lang == "hi" and _hindi_plural_after(t, j):
        j += 1  # "30 प्रमुख क्षेत्रों", "32 क्रय केंद्रों": a modifier before the plural noun
    return _one_word_noun(t, j)


#: The ending of a Hindi noun in the oblique plural, which a count's noun takes before a
#: postposition ("केंद्रों पर", at the centres); its modifiers do not inflect so.
_HINDI_OBLIQUE_PLURAL: Final = "ों"


def _hindi_plural_after(t: Tokens, j: int) -> bool:
    """Whether the word after ``j`` is the counted plural noun that the word at ``j`` modifies."""
    w, nxt = t.get(j), t.get(j + 1)
    return (
        nxt.endswith(_HINDI_OBLIQUE_PLURAL)
        and not w.endswith(_HINDI_OBLIQUE_PLURAL)
        and letters(w)
        and letters(nxt)
        and t.low(j) not in _FOREIGN_STOP
        and not t.glued(j + 1)
    )


#: Endings of Slavic adjectives in the cases a count takes, long enough to tell them from
#: nouns ("pionowych", "pokładowe", "новых", "нових"); the adjective stands before its noun.
_SLAVIC_ADJECTIVE_ENDINGS: Final = {
    "pl": ("owych", "owymi", "owe", "owy", "owa", "nych", "nymi", "nego", "nej", "ckich", "skich",
           "skie", "ckie", "skimi", "ych"),
    "ru": ("ых", "ыми", "ие", "ые", "ого", "ими", "ской", "ская", "ский", "ское"),
    "uk": ("их", "ими", "ого", "ські", "ська", "ський", "ське", "ові"),
}  # fmt: skip


def _slavic_adjectives_end(t: Tokens, j: int) -> int:
    """The token after up to two Slavic adjectives before a counted noun, else ``j``."""
    endings = _SLAVIC_ADJECTIVE_ENDINGS[t.lang]
    k = j
    for _ in range(_MAX_ADJECTIVES):
        w, nxt = t.get(k), t.get(k + 1)
        adjective = w.isalpha() and w.islower() and len(w) > 4 and w.endswith(endings)
        if not (adjective and nxt.isalpha() and nxt.islower() and not t.glued(k + 1)):
            break
        k += 1
    return k


def _one_word_noun(t: Tokens, j: int, *, glued: bool = False) -> tuple[int, str, int] | None:
    """The one-word noun at ``j`` as :func:`foreign_noun` returns it (any language's casing).

    ``glued``: it may touch the token before it (an opening quotation mark).
    """
    w = t.get(j)
    elided = glued or t.get(j - 1) in {"'", "’"}  # "d'habitants": glued to an elided link only
    stop = t.low(j) in _FOREIGN_STOP and w not in _GERMAN_NOUNS_NOT_STOP
    caseless = t.lang != "de" and _caseless_word(w)
    if not (w.isalpha() or caseless) or (t.glued(j) and not elided) or len(w) < 3 or stop:
        return None
    if t.get(j + 1) == "-" and t.glued(j + 1):
        return None  # a compound of other languages, not joined
    cased = (t.lang == "de") != w[:1].isupper() or (t.lang != "de" and not w.islower())
    if cased and not caseless:
        return None
    found = lemma(w, t.lang)
    if found in _AUXILIARIES:
        return None  # "huit véhicules sur dix étaient garés": a verb, no noun
    return j + 1, found, j


def _caseless_word(w: str) -> bool:
    """A word of a script without case, with its marks: "लोग", "حقيبة" (never one in Latin).

    Not in the scripts that write no space between words (Thai, Lao, Khmer, Burmese, Tibetan):
    there what spaces set apart is a phrase ("ไปยังประเทศเพื่อนบ้านได้หายออกจาก…", went to a
    neighbouring country and disappeared from …), not a noun.
    """
    return w == w.upper() == w.lower() and letters(w) and _UNSPACED_SCRIPT.search(w) is None


#: Thai, Lao, Burmese and Khmer letters, and Tibetan.
_UNSPACED_SCRIPT: Final = compile_later(f"[{SPACELESS_LETTERS}\u0f00-\u0fff]")


#: The lemmas of the auxiliary and commonest verbs of the Romance languages and Dutch, which a
#: word after a count may be ("dix étaient", "tres son", "due sono").
_AUXILIARIES: Final = frozenset(
    "être avoir aller faire ser estar haber ir hacer essere avere stare fare ter zijn hebben "
    "worden".split()
)


#: Adjectives that Romance writers put before the noun they count, in the plural ("nuevos
#: casos", "nouveaux projets", "nuovi casi", "novos casos"): new, great, first, last, main,
#: best, small, other.
_PRENOMINAL: Final = {
    lang: frozenset(words.split())
    for lang, words in {
        "es": (
            "nuevos nuevas grandes primeros primeras últimos últimas principales mejores "
            "pequeños pequeñas otros otras"
        ),
        "fr": (
            "nouveaux nouvelles grands grandes premiers premières derniers dernières principaux "
            "meilleurs meilleures petits petites autres"
        ),
        "it": (
            "nuovi nuove grandi primi prime ultimi ultime principali migliori piccoli piccole "
            "altri altre"
        ),
        "pt": (
            "novos novas grandes primeiros primeiras últimos últimas principais melhores "
            "pequenos pequenas outros outras"
        ),
    }.items()
}

#: Function words whose capitalised form is a German noun: "zehn Mal" counts times ("2 mal 3"
#: multiplies).
_GERMAN_NOUNS_NOT_STOP: Final = frozenset({"Mal"})
#: Abbreviated German nouns after a count, by their lemma: "12 Pkt" (points in a table).
_ABBREVIATED: Final = {"Pkt": "Punkt", "Stk": "Stück"}


def lemma(word: str, lang: str) -> str:
    """A counted noun of another language than English as its lemma, where simplemma is installed.

    German abbreviations a table lists come back whole ("Pkt" is "Punkt"); without the
    ``lemmas`` extra a word stays as written.
    """
    if lang == "de" and word in _ABBREVIATED:
        return _ABBREVIATED[word]
    lemmatize = _lemmatizer()
    return lemmatize(word, lang) if lemmatize is not None else word
