"""Claims: each sentence's assertion with its kind, speaker, hedges and check-worthiness.

Pure functions, each usable alone:

- :func:`find_attributions` — who says it: cue ("said", "admitted", "according to"), source
  ("Sony", "the company", "he") and content spans, direct (quoted) or indirect, in the three
  common shapes: ``SOURCE CUE (that) CONTENT``, ``CONTENT, CUE SOURCE`` / ``CONTENT, SOURCE CUE``,
  and ``according to SOURCE, CONTENT``.
- :func:`find_hedges` — hedges by type: modal ("might", "could"), epistemic ("expects to",
  "likely", "seems"), approximator ("about", "around", "nearly" — only before a number, so "turn
  around" is not one), weasel ("some say", "reportedly", "critics"), booster ("definitely").
- :func:`claim_kind` — the kind, by ordered rules (first match wins):
  1. ``question``: the sentence ends with a question mark;
  2. ``quote``: an attribution whose content is in quotation marks;
  3. ``forecast``: future or intention ("will", "expects to", "plans to", "forecast");
  4. ``opinion``: evaluative language without a reporting source (first person, evaluative
     adjectives, "should", "might not seem");
  5. ``statistic``: the sentence holds a numeric fact;
  6. ``factual``: everything else.
- check-worthiness from :mod:`._checkworthy` (a small logistic regression shipped as data).

The :class:`ClaimExtractor` step makes one claim per sentence of the headline, the body and the
comments (comment claims are marked ``is_comment``). Its numeric facts are not stored twice:
``Document.facts_in(claim.span)`` derives them from the spans.
"""

from __future__ import annotations

import bisect

import attrs

from articlekit.claims import _checkworthy
from articlekit.claims._attribution import Cue, find_attributions
from articlekit.claims._hedges import find_hedges
from articlekit.claims._kinds import claim_kind
from articlekit.model import Attribution, Claim, Document, Hedge, Span

__all__ = [
    "ClaimExtractor",
    "Cue",
    "claim_kind",
    "find_attributions",
    "find_hedges",
]


@attrs.frozen
class ClaimExtractor:
    """The claims step: one claim per sentence, with kind, attribution, hedges and a score."""

    name: str = "claims"
    requires: frozenset[str] = frozenset({"sentences", "quantities"})
    provides: frozenset[str] = frozenset({"claims"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its claims."""
        starts = [q.span.start for q in doc.quantities]
        claims: list[Claim] = []
        for index, s in enumerate(doc.sentences):
            # a fact lies inside the sentence: binary search instead of a scan per sentence
            k = bisect.bisect_left(starts, s.span.start)
            has_fact = k < len(starts) and doc.quantities[k].span.end <= s.span.end
            claims.append(
                _claim(index, s.span, s.text, is_comment=s.comment is not None, has_fact=has_fact)
            )
        return doc.evolve(claims=tuple(claims))


def _claim(index: int, span: Span, text: str, *, is_comment: bool, has_fact: bool) -> Claim:
    base = span.start
    cues = find_attributions(text)
    attribution = None
    if cues:
        c = cues[0]
        attribution = Attribution(
            speaker=Span(base + c.source[0], base + c.source[1]) if c.source else None,
            cue=Span(base + c.cue[0], base + c.cue[1]),
            content=Span(base + c.content[0], base + c.content[1]) if c.content else None,
            is_direct=c.is_direct,
        )
    hedges = tuple(
        Hedge(Span(base + a, base + b), text[a:b], kind) for a, b, kind in find_hedges(text)
    )
    kind, why = claim_kind(text, has_fact=has_fact, attributions=cues)
    score, signals = _checkworthy.score(text)
    return Claim(
        span=span,
        text=text,
        kind=kind,
        sentence=index,
        attribution=attribution,
        hedges=hedges,
        checkworthiness=round(score, 4),
        signals=(*why, *signals),
        is_comment=is_comment,
    )
