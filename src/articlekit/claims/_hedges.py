"""Hedges and boosters by kind: modal, epistemic, approximator, weasel, booster."""

from __future__ import annotations

import re
from typing import Final

from articlekit.claims._vocab import WORDS
from articlekit.model import HedgeKind

_HEDGE_LEXICON: Final[tuple[tuple[HedgeKind, str], ...]] = (
    (
        HedgeKind.EPISTEMIC,
        (
            r"expects? to|expected to|is likely to|are likely to|likely|unlikely|"
            r"probably|possibly|perhaps|maybe|apparently|presumably|seems?|seemed|"
            r"appears? to|appeared to|suggests?|suggested|believes?|believed|"
            r"thinks?|thought|assumes?|assumed|potentially|estimated|"
            r"it is possible|not clear|unclear|in theory|tends? to|hopes? to"
        ),
    ),
    (HedgeKind.MODAL, r"may|might|could|would|should|can|must"),
    (
        HedgeKind.WEASEL,
        (
            r"some (?:people|say|believe|argue|experts|critics|analysts)|"
            r"many (?:people|believe|say|experts|observers)|critics|observers|"
            r"experts say|reportedly|allegedly|it is said|it is believed|"
            r"it has been (?:said|suggested|claimed)|sources say|according to sources|"
            r"is said to|are said to|widely (?:believed|considered|regarded)"
        ),
    ),
    (
        HedgeKind.BOOSTER,
        (
            r"definitely|certainly|clearly|obviously|undoubtedly|surely|"
            r"of course|always|never|indeed|in fact|without doubt|no doubt|"
            r"absolutely|totally|completely|really"
        ),
    ),
)


def _split_lexicon(
    lexicon: tuple[tuple[HedgeKind, str], ...],
) -> tuple[dict[str, HedgeKind], re.Pattern[str]]:
    """Single words become a dictionary lookup, phrases and patterns one small regex."""
    words: dict[str, HedgeKind] = {}
    phrases: list[str] = []
    for kind, pattern in lexicon:
        for alt in pattern.split("|"):
            if re.fullmatch(r"[a-z]+", alt):
                words.setdefault(alt, kind)
            elif re.fullmatch(r"[a-z]+s\?", alt):  # "seems?" -> "seem", "seems"
                words.setdefault(alt[:-2], kind)
                words.setdefault(alt[:-1], kind)
            else:
                phrases.append(f"(?P<{kind.value}_{len(phrases)}>{alt})")
    return words, re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


_HEDGE_WORDS, _HEDGE_PHRASES = _split_lexicon(_HEDGE_LEXICON)
_APPROX: Final = re.compile(
    r"\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|circa|close to|"
    r"an estimated|more or less|upwards of)\s+(?=[$€£¥]?\s?\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a dozen|half|a third|a quarter)\b)",
    re.IGNORECASE,
)


_APPROX_HEADS: Final = (
    "about",
    "around",
    "approx",
    "roughly",
    "nearly",
    "almost",
    "some",
    "circa",
    "close to",
    "estimated",
    "more or less",
    "upwards",
)


def find_hedges(sentence: str) -> list[tuple[int, int, HedgeKind]]:
    """Hedges and boosters of one sentence: ``(start, end, kind)``, offsets relative to it.

    >>> s = "Sony expects to slash around 10,000 jobs but might turn around."
    >>> [(s[a:b], k.value) for a, b, k in find_hedges(s)]
    [('expects to', 'epistemic'), ('around', 'approximator'), ('might', 'modal')]
    """
    low = sentence.lower()
    found = []
    if any(w in low for w in _APPROX_HEADS):
        found = [
            (
                m.start(),
                m.end() - (len(m.group()) - len(m.group().rstrip())),
                HedgeKind.APPROXIMATOR,
            )
            for m in _APPROX.finditer(sentence)
        ]
    taken = {i for a, b, _ in found for i in range(a, b)}
    for m in _HEDGE_PHRASES.finditer(sentence):
        if m.start() in taken:
            continue
        kind = HedgeKind((m.lastgroup or HedgeKind.MODAL.value).rsplit("_", 1)[0])
        found.append((m.start(), m.end(), kind))
        taken.update(range(m.start(), m.end()))
    for m in WORDS.finditer(sentence):
        hedge = _HEDGE_WORDS.get(m.group().lower())
        if hedge is not None and m.start() not in taken:
            found.append((m.start(), m.end(), hedge))
    found.sort()
    return found
