"""The kind of a claim by ordered rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from articlekit.claims._attribution import Cue
from articlekit.claims._vocab import QUOTES, WORDS
from articlekit.model import ClaimKind

_FUTURE_WORDS: Final = frozenset(
    (
        "will won't shall forecast forecasts forecasted projected predicts predicted outlook "
        "guidance upcoming"
    ).split()
)
_FUTURE: Final = re.compile(
    r"\b(?:going to|is set to|are set to|is due to|are due to|expects? to|expected to|"
    r"plans? to|planned to|planning to|aims? to|intends? to|intended to|projects? (?:that|to)|"
    r"next (?:year|quarter|month|week)|by (?:19|20)\d\d|in the coming)\b|'ll\b|’ll\b",
    re.IGNORECASE,
)
_EVALUATIVE_WORDS: Final = frozenset(
    (
        "great terrible horrible awful disgrace disgraceful disastrous disaster shameful "
        "ridiculous absurd outrageous wonderful amazing awesome best worst good bad evil stupid "
        "dumb crazy insane brilliant excellent poor pathetic fantastic impressive disappointing "
        "welcome huge tremendous incredible beautiful ugly nice lovely sad unfortunately "
        "fortunately hopefully sadly definitely clearly obviously seem seems should must ought "
        "curious interesting surprising shocking important"
    ).split()
)
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|us|our)\b")


def claim_kind(
    sentence: str, *, has_fact: bool, attributions: Sequence[Cue] = ()
) -> tuple[ClaimKind, tuple[str, ...]]:
    """The kind of a claim by the ordered rules of the module docstring, and why.

    >>> claim_kind("Will Sony recover?", has_fact=False)
    (<ClaimKind.QUESTION: 'question'>, ('question mark',))
    >>> claim_kind("Sony sold 8.8 million smartphones.", has_fact=True)
    (<ClaimKind.STATISTIC: 'statistic'>, ('numeric fact',))
    """
    stripped = sentence.rstrip().rstrip(QUOTES + "’')]")
    if stripped.endswith("?"):
        return ClaimKind.QUESTION, ("question mark",)
    if any(c.is_direct for c in attributions):
        return ClaimKind.QUOTE, ("quoted content",)
    words = [w.lower() for w in WORDS.findall(sentence)]
    future = next((w for w in words if w in _FUTURE_WORDS), None)
    m = _FUTURE.search(sentence) if future is None else None
    if future is not None or m is not None:
        return ClaimKind.FORECAST, (f"future: {future or m.group().lower()}",)  # type: ignore[union-attr]
    evaluative = [w for w in words if w in _EVALUATIVE_WORDS]
    if "sign of improvement" in sentence.lower():
        evaluative.append("sign of improvement")
    first_person = _FIRST_PERSON.search(sentence) is not None
    reported = any(c.source is not None for c in attributions)
    if not reported and (len(evaluative) >= 2 or (evaluative and first_person)):
        why = [f"evaluative: {w.lower()}" for w in evaluative[:3]]
        if first_person:
            why.append("first person")
        return ClaimKind.OPINION, tuple(why)
    if has_fact:
        return ClaimKind.STATISTIC, ("numeric fact",)
    return ClaimKind.FACTUAL, ()
