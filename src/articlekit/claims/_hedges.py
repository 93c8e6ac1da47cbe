"""Hedges and boosters by kind: modal, epistemic, approximator, weasel, booster."""

from __future__ import annotations

import re
from typing import Final

from articlekit._patterns import compile_later
from articlekit.claims._vocab import word_hits
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
    (HedgeKind.MODAL, r"may|might|could|would"),
    (
        HedgeKind.WEASEL,
        (
            r"(?:some|many|most) (?:people|say|believe|argue|think)|"
            r"(?:(?:some|many|most|several) )?(?:experts|critics|analysts|observers|officials|"
            r"sources|insiders|commentators)(?= (?:say|said|says|believe|believed|argue|argued|"
            r"claim|claimed|suggest|suggested|think|thought|warn|warned|fear|feared|note|noted))|"
            r"reportedly|allegedly|it is said|it is believed|it is claimed|"
            r"it has been (?:said|suggested|claimed)|according to sources|"
            r"is said to|are said to|widely (?:believed|considered|regarded)"
        ),
    ),
    (
        HedgeKind.BOOSTER,
        (
            r"definitely|certainly|clearly|obviously|undoubtedly|surely|"
            r"of course|indeed|in fact|without doubt|no doubt|absolutely"
        ),
    ),
)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (not those inside its groups)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


#: A hedge phrase: the words it needs (any of them), its kind, and its pattern.
_Phrase = tuple[frozenset[str], HedgeKind, re.Pattern[str]]


def _split_lexicon(
    lexicon: tuple[tuple[HedgeKind, str], ...],
) -> tuple[dict[str, HedgeKind], tuple[_Phrase, ...]]:
    """Single words become a dictionary lookup; each phrase a small regex with its words.

    The phrases keep the lexicon's order: scanned together (:func:`_phrase_matches`) they find
    what their one alternation would.
    """
    words: dict[str, HedgeKind] = {}
    phrases: list[_Phrase] = []
    for kind, pattern in lexicon:
        for alt in _alternatives(pattern):
            if re.fullmatch(r"[a-z]+", alt):
                words.setdefault(alt, kind)
            elif re.fullmatch(r"[a-z]+s\?", alt):  # "seems?" -> "seem", "seems"
                words.setdefault(alt[:-2], kind)
                words.setdefault(alt[:-1], kind)
            else:
                pattern_ = compile_later(r"\b(?:" + alt + r")\b", re.IGNORECASE)
                phrases.append((_needed_words(alt), kind, pattern_))
    return words, tuple(phrases)


def _required(alt: str) -> str:
    """A phrase pattern without its optional groups and lookaheads (what every match holds)."""
    out, i = [], 0
    while i < len(alt):
        if alt.startswith(("(?=", "(?:"), i):
            depth, j = 0, i
            while True:
                depth += (alt[j] == "(") - (alt[j] == ")")
                j += 1
                if depth == 0:
                    break
            optional = alt[j : j + 1] == "?"
            if optional or alt.startswith("(?=", i):
                i = j + optional
                continue
        out.append(alt[i])
        i += 1
    return "".join(out)


def _needed_words(alt: str) -> frozenset[str]:
    """Words of a phrase pattern one of which every match holds (none known: empty)."""
    required = _required(alt)
    found = set(re.findall(r"[a-z]+", required)) | set(re.findall(r"([a-z]+)s\?", required))
    return frozenset(found - _COMMON - {"s"})


#: Words too common to tell whether a hedge phrase may be present.
_COMMON: Final = frozenset(
    "to is are it in of no not has been a the some many most several".split()
)
_HEDGE_WORDS, _HEDGE_PHRASES = _split_lexicon(_HEDGE_LEXICON)
_HEDGE_WORD_SET: Final = frozenset(_HEDGE_WORDS)
#: A hedge phrase holds at least one of these words: without any, the phrase scan is skipped.
_PHRASE_WORDS: Final = frozenset(w for needs, _, _ in _HEDGE_PHRASES for w in needs)
#: The words :func:`find_hedges` locates: hedge words and the words of hedge phrases.
HEDGE_OR_PHRASE_WORDS: Final = _HEDGE_WORD_SET | _PHRASE_WORDS
#: Whether a phrase needs none of the sentence's words (then every sentence is scanned).
_ALWAYS_SCANNED: Final = any(not needs for needs, _, _ in _HEDGE_PHRASES)


def _phrase_matches(sentence: str, present: set[str]) -> list[tuple[int, int, HedgeKind]]:
    """The hedge phrases of ``sentence``, left to right and not overlapping, as one alternation.

    Only the phrases one of whose words is ``present`` are scanned for.
    """
    scanned = [
        (kind, pattern)
        for needs, kind, pattern in _HEDGE_PHRASES
        if not needs or not present.isdisjoint(needs)
    ]
    out = []
    pos = 0
    while scanned:
        best: tuple[re.Match[str], HedgeKind] | None = None
        for kind, pattern in scanned:
            m = pattern.search(sentence, pos)
            if m is not None and (best is None or m.start() < best[0].start()):
                best = (m, kind)
        if best is None:
            break
        out.append((best[0].start(), best[0].end(), best[1]))
        pos = best[0].end()
    return out


_APPROX: Final = compile_later(
    r"\b(?:about|around|approximately|approx\.?|roughly|some|circa|an estimated|"
    r"more or less)\s+(?=[$€£¥]?\s?\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a dozen|half|a third|a quarter)\b)",
    re.IGNORECASE,
)


_APPROX_HEADS: Final = (
    "about",
    "around",
    "approx",
    "roughly",
    "some",
    "circa",
    "estimated",
    "more or less",
)


def find_hedges(
    sentence: str, *, hits: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int, HedgeKind]]:
    """Hedges and boosters of one sentence: ``(start, end, kind)``, offsets relative to it.

    ``hits``: if a caller has located them already, the sentence's words from a vocabulary that
    holds :data:`HEDGE_OR_PHRASE_WORDS`, as ``(start, end, lower-case word)`` left to right;
    found here when not given.

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
    if hits is None:
        hits = word_hits(sentence, HEDGE_OR_PHRASE_WORDS)
    present = {w for _, _, w in hits if w in _PHRASE_WORDS}
    for a, b, kind in _phrase_matches(sentence, present) if present or _ALWAYS_SCANNED else ():
        if a in taken:
            continue
        found.append((a, b, kind))
        taken.update(range(a, b))
    for a, b, word in hits:
        if word in _HEDGE_WORDS and a not in taken:
            found.append((a, b, _HEDGE_WORDS[word]))
    found.sort()
    return found
