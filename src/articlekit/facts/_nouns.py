"""Counted nouns: "8.8 million smartphones" counts ``smartphone``; singular forms of plurals."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from articlekit.facts._tokens import Tokens
from articlekit.facts._vocab import MONTH_WORDS, STOP

_ADJ_BEFORE_NOUN: Final = frozenset(
    (
        "new more additional active monthly daily weekly unique registered paying full-time "
        "part-time former existing total young old small large big major minor other extra "
        "independent separate different local foreign american chinese british indian"
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


_OES: Final = frozenset({"shoes", "canoes", "oboes", "horseshoes", "tiptoes", "floes"})


def singular(word: str) -> str:
    """Naive English singular ("smartphones" → "smartphone", "companies" → "company").

    >>> [singular(w) for w in ("smartphones", "jobs", "companies", "boxes", "people", "news")]
    ['smartphone', 'job', 'company', 'box', 'person', 'news']
    """
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if len(low) > 5 and low.endswith("oes") and low not in _OES:
        return low[:-2]  # "heroes", "potatoes" (not "shoes", "canoes")
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def looks_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


def _noun_behind_adjective(t: Tokens, j: int) -> tuple[int, str] | None:
    """A plural noun after an adjective at ``j``: "5 new stores", "3 additional staff"."""
    nxt = t.get(j + 1)
    if nxt.isalpha() and nxt.islower() and looks_plural(nxt) and t.lower[j + 1] not in STOP:
        return j + 2, singular(nxt)
    return None


def noun_after(t: Tokens, j: int, value: Decimal | None) -> tuple[int, str] | None:
    """A counted noun right after the number: "8.8 million smartphones", "5 new stores"."""
    w = t.get(j)
    if not w.isalpha() or t.glued(j) or len(w) < 3:
        return None
    if not w.islower():
        return None
    return _lower_noun(t, j, value)


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
        return j + 1, singular(w)
    if low in _ADJ_BEFORE_NOUN or low.endswith(("al", "ive", "ed", "ing")):
        return _noun_behind_adjective(t, j)
    return None
