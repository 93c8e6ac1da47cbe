"""Sentences and claims: sentence offsets, claim kinds, speakers, hedges and check-worthiness."""

from __future__ import annotations

from articlekit.claims.claims import (
    ClaimExtractor,
    Cue,
    claim_kind,
    find_attributions,
    find_hedges,
    not_a_claim,
)
from articlekit.claims.sentences import SentenceExtractor, split_sentences

__all__ = [
    "ClaimExtractor",
    "Cue",
    "SentenceExtractor",
    "claim_kind",
    "find_attributions",
    "find_hedges",
    "not_a_claim",
    "split_sentences",
]
