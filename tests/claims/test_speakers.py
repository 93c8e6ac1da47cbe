"""Speakers are mentions that can speak: people, organisations, roles, documents."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.claims._speakers import can_speak


@pytest.mark.parametrize(
    "phrase",
    [
        "Sony",
        "the company",
        "he",
        "we’ve",
        "a spokesman for Sony",
        "officials",
        "the report",
        "a new poll",
        "47 percent of voters",
        "the retired neurosurgeon",
        "4 in 10",
    ],
)
def test_can_speak(phrase: str) -> None:
    """Names, pronouns, roles, groups, organisations and documents speak."""
    assert can_speak(phrase)


@pytest.mark.parametrize("phrase", ["the sea", "stop", "the bloodshed", "the issue", "taking"])
def test_cannot_speak(phrase: str) -> None:
    """Things and verbs do not."""
    assert not can_speak(phrase)


def test_claim_speaker_is_never_a_thing() -> None:
    """The attribution keeps its cue, but a source that cannot speak is no speaker."""
    doc = articlekit.extract("The sea is telling us that the climate has changed.")
    (claim,) = doc.claims
    assert claim.attribution is not None
    assert claim.attribution.cue is not None
    assert claim.attribution.speaker is None
