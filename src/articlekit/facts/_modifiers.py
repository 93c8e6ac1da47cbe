"""What surrounds a quantity: qualifier, change, what is measured and period.

Its qualifier ("about", "more than", "or more"), the change its clause states ("fell", "rose"),
what is measured ("losses", "total revenue") and the period it refers to.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Final

from articlekit.facts._tokens import Tokens, is_num
from articlekit.facts._vocab import STARTERS, STOP
from articlekit.model import Change, Dimension, Period, Qualifier, Span, Unit

_QUALIFIERS: Final[tuple[tuple[tuple[str, ...], Qualifier], ...]] = tuple(
    (tuple(phrase.split()), q)
    for q, phrases in (
        (
            Qualifier.AT_LEAST,
            (
                "greater than or equal to",
                "more than or equal to",
                "larger than or equal to",
                "bigger than or equal to",
                "higher than or equal to",
                "at least or equal to",
                "greater or equal to",
                "greater or equal than",
                "higher or equal than",
                "bigger or equal than",
                "> =",  # ">=", which the tokenizer splits in two
                "≥",
                "at least",
                "no less than",
                "no fewer than",
                "a minimum of",
                "minimum of",
                "not less than",
            ),
        ),
        (
            Qualifier.AT_MOST,
            (
                "less than or equal to",
                "fewer than or equal to",
                "smaller than or equal to",
                "lower than or equal to",
                "less or equal to",
                "less or equal than",
                "smaller or equal than",
                "lower or equal than",
                "< =",  # "<="
                "≤",
                "at most",
                "no more than",
                "a maximum of",
                "maximum of",
                "not more than",
            ),
        ),
        (Qualifier.UP_TO, ("up to", "as many as", "as much as", "as high as", "as little as")),
        (
            Qualifier.MORE_THAN,
            (
                "more than",
                "greater than",
                "in excess of",
                "upwards of",
                "over",
                "above",
                "exceeding",
                "exceed",
                "exceeds",
                "beyond",
                "higher than",
                "larger than",
                "bigger than",
                "surpass",
                "surpassing",
                "surpasses",
                ">",
            ),
        ),
        (
            Qualifier.LESS_THAN,
            ("less than", "fewer than", "under", "below", "lower than", "smaller than", "<"),
        ),
        (
            Qualifier.NEARLY,
            ("nearly", "almost", "close to", "just under", "just shy of", "not quite"),
        ),
        (
            Qualifier.ABOUT,
            (
                "about",
                "around",
                "approximately",
                "approx",
                "roughly",
                "some",
                "circa",
                "ca",
                "an estimated",
                "estimated",
                "~",
                "≈",
                "some",
                "an approximate",
                "or so",
            ),
        ),
    )
    for phrase in phrases
)


_POSTFIX: Final[tuple[tuple[tuple[str, ...], Qualifier], ...]] = tuple(
    (tuple(phrase.split()), q)
    for q, phrases in (
        (
            Qualifier.AT_LEAST,
            (
                "or more",
                "or greater",
                "and more",
                "and above",
                "or above",
                "or higher",
                "and over",
                "and up",
                "plus",
                "+",
                "or greater than",
                "or more than",
            ),
        ),
        (
            Qualifier.AT_MOST,
            (
                "or less",
                "or fewer",
                "or below",
                "or lower",
                "and under",
                "and below",
                "or less than",
            ),
        ),
        (Qualifier.ABOUT, ("or so", "odd")),
    )
    for phrase in phrases
)


_DECREASE: Final = frozenset(
    (
        "fell fall falls falling dropped drop drops dropping declined decline declines "
        "declining decreased decrease decreases decreasing narrowed narrow narrows narrowing "
        "slashed slash slashes slashing cut cuts cutting shrank shrink shrinks shrinking lost "
        "lose loses losing slumped slump slumps plunged plunge plunges tumbled tumble tumbles "
        "sank sink sinks reduced reduce reduces reducing lowered lower lowers eliminated "
        "eliminate eliminating trimmed trim trims down slid slide slides dipped dip dips "
        "retreated shed sheds shedding contracted contraction fewer"
    ).split()
)


_INCREASE: Final = frozenset(
    (
        "rose rise rises rising increased increase increases increasing grew grow grows growing "
        "jumped jump jumps jumping climbed climb climbs climbing gained gain gains gaining "
        "widened widen widens surged surge surges soared soar soars boosted boost boosts raised "
        "raise raises raising added add adds adding up expanded expand expands doubled tripled "
        "rallied advanced spiked hiked hike hikes"
    ).split()
)


#: Verbs of a change: "rose from 5 to 7" names where a quantity was and where it went.
CHANGE_VERBS: Final = _INCREASE | _DECREASE


#: Nouns after money that say what is measured ("a $312 million loss").
_MONEY_NOUNS: Final = frozenset(
    (
        "loss losses profit profits revenue revenues sales income earnings deal deals contract "
        "contracts fine fines budget debt debts investment investments valuation price cost "
        "costs salary bonus bonuses fee fees payment payments settlement bid offer acquisition "
        "takeover merger loan loans grant grants fund funds funding round deficit surplus "
        "turnover dividend dividends buyback bailout package stake tax taxes penalty "
        "compensation spending writedown write-down charge charges"
    ).split()
)


def _by_word(
    phrases: tuple[tuple[tuple[str, ...], Qualifier], ...], at: int
) -> dict[str, tuple[tuple[tuple[str, ...], Qualifier], ...]]:
    """The phrases indexed by their word at ``at`` (0: first, -1: last), in their order."""
    index: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = {}
    for phrase, q in phrases:
        index.setdefault(phrase[at], []).append((phrase, q))
    return {word: tuple(found) for word, found in index.items()}


#: Qualifiers by their last word, postfixes by their first: one look-up per quantity.
_QUALIFIERS_BY_LAST: Final = _by_word(_QUALIFIERS, -1)
_POSTFIX_BY_FIRST: Final = _by_word(_POSTFIX, 0)


def qualifier_before(t: Tokens, first: int) -> tuple[Qualifier | None, int]:
    """The qualifier ending right before token ``first``, and its first token."""
    for phrase, q in _QUALIFIERS_BY_LAST.get(t.low(first - 1), ()):
        s = first - len(phrase)
        if s >= 0 and t.lower[s:first] == phrase:
            return q, s
    return None, first


def postfix_qualifier(t: Tokens, end: int) -> Qualifier | None:
    """A qualifier after the quantity: "200 or more", "30 or so", "5+", "20-odd"."""
    found = postfix_phrase(t, end)
    return None if found is None else found[0]


def postfix_phrase(t: Tokens, end: int) -> tuple[Qualifier, int] | None:
    """:func:`postfix_qualifier` and the token after its phrase (where a counted noun may be)."""
    if t.get(end) in {"-", "‐"} and t.low(end + 1) == "odd" and t.glued(end) and t.glued(end + 1):
        return Qualifier.ABOUT, end + 2  # "20-odd senators"
    for phrase, q in _POSTFIX_BY_FIRST.get(t.low(end), ()):
        if t.lower[end : end + len(phrase)] == phrase:
            if phrase == ("+",) and not t.glued(end):
                continue
            if phrase == ("plus",) and (is_num(t.get(end + 1)) or t.low(end + 1) in STARTERS):
                continue  # "three plus four": arithmetic
            after = end + len(phrase)
            if phrase[-1] != "than" and (t.low(after) == "than" or is_num(t.get(after))):
                continue  # "30 to 44 and more than 70 percent": the next amount's qualifier
            return q, after
    return None


_CLAUSE_BREAK: Final = frozenset({".", ";", "!", "?", ",", "(", ")", ":", "—", "–"})


def _clause_before(t: Tokens, first: int, limit: int = 8) -> range:
    """The tokens of the clause before ``first``, stopping at punctuation or another number."""
    s = first
    while (
        s > 0
        and first - s < limit
        and t.get(s - 1) not in _CLAUSE_BREAK
        and not (is_num(t.get(s - 1)) or t.get(s - 1) in _MONEY_MARKS)
    ):
        s -= 1
    return range(s, first)


_MONEY_MARKS: Final = frozenset({"$", "€", "£", "¥", "₹", "million", "billion", "thousand"})


def change_of(t: Tokens, first: int) -> Change | None:
    for x in reversed(_clause_before(t, first)):
        w = t.lower[x]
        if w in _DECREASE:
            return Change.DECREASE
        if w in _INCREASE:
            return Change.INCREASE
    return None


def measured_of(t: Tokens, first: int, end: int, unit: Unit | None) -> str | None:
    """What is measured: "$20.5 billion of total revenue", "narrowed losses to $198 million"."""
    money_or_ratio = unit is not None and unit.dimension in {Dimension.CURRENCY, Dimension.RATIO}
    if not money_or_ratio:
        return None
    # after: "of total revenue", "in sales", or a money noun "a $312 million loss"
    if t.low(end) in _MONEY_NOUNS:
        return t.lower[end]
    if t.low(end) in {"of", "in"}:
        words: list[str] = []
        x = end + 1
        while x < len(t) and len(words) < 3 and t.get(x).isalpha() and t.low(x) not in STOP:
            words.append(t.lower[x])
            x += 1
            if words[-1] in _MONEY_NOUNS:
                break
        if words and words[-1] in _MONEY_NOUNS:
            return " ".join(words)
    # before: "<noun> (fell|rose|narrowed down|was) (to|by)? <qty>", "narrowed losses to <qty>"
    clause = _clause_before(t, first, limit=10)
    for x in reversed(clause):
        w = t.lower[x]
        if w in _MONEY_NOUNS:
            words = [w]
            y = x - 1
            while y >= clause.start and t.lower[y] in {
                "total",
                "net",
                "operating",
                "annual",
                "quarterly",
                "gross",
                "pre-tax",
                "pretax",
                "its",
                "their",
            }:
                if t.lower[y] not in {"its", "their"}:
                    words.insert(0, t.lower[y])
                y -= 1
            return " ".join(words)
    return None


class PeriodIndex:
    """The period mentions of one text, sorted, to attach each quantity to one in log time."""

    __slots__ = ("_ends", "_periods", "_read", "_starts")

    def __init__(self, periods: Callable[[], Sequence[Period]]) -> None:
        """Index what ``periods`` returns, when the first quantity asks for its period."""
        self._read: Callable[[], Sequence[Period]] | None = periods
        self._periods: list[Period] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _load(self) -> None:
        if self._read is None:
            return
        spanned = sorted(
            (p for p in self._read() if p.span is not None),
            key=lambda p: p.span.start if p.span else 0,
        )
        self._read = None
        self._periods = spanned
        self._starts = [p.span.start for p in spanned if p.span is not None]
        self._ends = [p.span.end for p in spanned if p.span is not None]

    def attach(self, t: Tokens, span: Span, text_start: int) -> Period | None:
        """The period of a quantity: the nearest mention after it in its sentence, else before."""
        self._load()
        if not self._periods:
            return None
        sent_end = text_start + t.cues.sentence_end(span.end - text_start)
        k = bisect.bisect_left(self._starts, span.end)
        if k < len(self._starts) and self._starts[k] < sent_end:
            return self._periods[k]
        sent_start = text_start + t.cues.sentence_start(span.start - text_start)
        k = bisect.bisect_left(self._starts, span.start) - 1
        while k >= 0 and self._starts[k] >= sent_start:
            if self._ends[k] <= span.start:
                return self._periods[k]
            k -= 1
        return None
