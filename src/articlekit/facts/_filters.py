"""Numbers that are not facts, told by their context.

Labels, dates and times, list markers, phone numbers, profile data, model and product names,
ordinals.
"""

from __future__ import annotations

import re
from typing import Final

from articlekit.facts import _units as units
from articlekit.facts._number import Num
from articlekit.facts._tokens import Tokens, is_num
from articlekit.facts._vocab import MONTH_WORDS, PROFILE, STOP


def _in_numbered_list(t: Tokens, n: int) -> bool:
    """Whether the text also has the marker before or after ``n`` ("3. LG … 4. Sony")."""
    found = t.cues.list_markers()
    return n - 1 in found or n + 1 in found


_DATE_SEPARATORS: Final = frozenset({"/", "-", "."})
_CLOCK_WORDS: Final = frozenset({"am", "pm", "a.m", "p.m", "h", "uhr"})


def _glued_to_word(t: Tokens, num: Num, first: int) -> bool:
    """Glued to letters: "S3", "XE-5", "COVID-19", "MP3"."""
    prev = t.get(first - 1)
    if t.glued(first) and prev.isalpha() and first == num.start:
        return True
    return (
        prev in {"-", "‐"}
        and t.glued(first)
        and t.get(first - 2).isalpha()
        and t.glued(first - 1)
        and not (t.glued(first - 2) and is_num(t.get(first - 3)))
    )


def _month_or_colon(t: Tokens, num: Num, first: int) -> bool:
    """Next to a month name ("Aug 09", "9 August") or a colon between digits ("10:30")."""
    i, end = num.start, num.end
    prev = t.get(first - 1)
    if t.low(first - 1).rstrip(".") in MONTH_WORDS and first == i and prev[:1].isupper():
        return True
    if t.low(end) in MONTH_WORDS and t.get(end)[:1].isupper() and num.plain:
        return True
    if t.get(end) == ":" and t.glued(end) and is_num(t.get(end + 1)) and t.glued(end + 1):
        return True
    return t.get(i - 1) == ":" and t.glued(i) and is_num(t.get(i - 2)) and t.glued(i - 1)


def _clock(t: Tokens, num: Num) -> bool | None:
    """Reads "5pm", "9 a.m." as times (True), "5 h" as a duration (False); None: neither."""
    after = t.low(num.end)
    if after in _CLOCK_WORDS and num.plain and len(t.get(num.start)) <= 2:
        return after != "h"
    return None


def _date_part(t: Tokens, num: Num) -> bool:
    """A part of a date or phone number: "2012-10-23", "10/12/2012", "+1-222-2222-2222"."""
    i, end = num.start, num.end
    nxt = t.get(end)
    if (
        t.get(i - 1) in _DATE_SEPARATORS
        and t.glued(i)
        and is_num(t.get(i - 2))
        and t.glued(i - 1)
        and (
            (t.get(i - 3) in _DATE_SEPARATORS and t.glued(i - 2))
            or (nxt in _DATE_SEPARATORS and t.glued(end) and is_num(t.get(end + 1)))
        )
    ):
        return True  # a later part
    return (
        nxt in _DATE_SEPARATORS
        and t.glued(end)
        and is_num(t.get(end + 1))
        and t.glued(end + 1)
        and t.get(end + 2) in _DATE_SEPARATORS
        and t.glued(end + 2)
        and is_num(t.get(end + 3))
    )


def _list_marker(t: Tokens, num: Num, first: int) -> bool:
    """List markers "1. Samsung", "2: Apple", "3) ..." at a line start or before a capital."""
    tok, end = t.get(num.start), num.end
    nxt = t.get(end)
    if not (num.plain and len(tok) <= 2 and nxt in {".", ":", ")"} and first == num.start):
        return False
    if not t.glued(end) or end + 1 >= len(t) or t.glued(end + 1):
        return False
    capital = t.get(end + 1)[:1].isupper()
    return (
        t.newline_before(first)
        or (nxt == ":" and capital)
        or (capital and _in_numbered_list(t, int(tok)))
    )


def not_a_fact(t: Tokens, num: Num, first: int) -> bool:
    """Context rules for numbers that are labels, dates or names rather than quantities."""
    if num.words:
        return False
    if _glued_to_word(t, num, first) or _month_or_colon(t, num, first):
        return True
    clock = _clock(t, num)
    if clock is not None:
        return clock
    profile = t.get(first - 1) == ":" and t.low(first - 2) in PROFILE  # "Posts: 973"
    return _date_part(t, num) or _list_marker(t, num, first) or profile


def model_name(t: Tokens, num: Num, first: int) -> bool:
    """A product or model name: "Lumia 920", "iPhone 5", "sgs 3", "Galaxy Note 2"."""
    i = num.start
    prev, prev_low = t.get(first - 1), t.low(first - 1)
    if not (first == i and num.plain and prev and prev.isalpha() and not t.glued(i)):
        return False
    caps = (
        prev[:1].isupper()
        and not t.newline_before(first - 1)
        and t.get(first - 2) not in {".", "!", "?", ""}
    )
    mixed = any(c.isupper() for c in prev[1:]) and any(c.islower() for c in prev)
    consonants = prev.islower() and len(prev) <= 4 and not re.search("[aeiouy]", prev)
    known = prev_low in MONTH_WORDS or prev_low in STOP or prev in units.CURRENCY_CODES
    return (caps or mixed or consonants) and not known and prev not in {"Q", "H", "FY"}


def label_suffix(word: str) -> bool:
    """Letters glued to a number that make it a label or an ordinal ("4G", "3D", "5th")."""
    return word.lower() in {"st", "nd", "rd", "th"} or (
        word.isalpha() and word.isupper() and len(word) <= 2
    )
