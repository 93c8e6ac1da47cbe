"""Speakers are mentions that can speak: people, organisations, roles, documents."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.claims import find_attributions
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


def _speakers(text: str) -> list[str | None]:
    doc = articlekit.extract(text)
    out: list[str | None] = []
    for claim in doc.claims:
        speaker = claim.attribution.speaker if claim.attribution is not None else None
        out.append(speaker.slice(doc.source.text) if speaker is not None else None)
    return out


def test_a_note_label_is_no_speaker() -> None:
    """Labels of notes and lists before a colon name their topic, not who speaks."""
    page = (
        "Skinfold calipers are cheap.\n\n"
        "Advantages: Skinfold calipers are very affordable and quick to use.\n\n"
        "Disadvantages: The method requires practice and some knowledge of anatomy."
    )
    speakers = _speakers(page)
    assert len(speakers) >= 2
    assert set(speakers) == {None}


def test_a_transcript_label_names_its_speaker() -> None:
    """A full name, then the surname, label an interview's turns; a title opens a name."""
    page = (
        "Karin Fischer: Richard David Precht, a study from Oxford predicts a loss of jobs.\n\n"
        "Precht: The middle of the service professions is hit hardest by it.\n\n"
        "Fischer: My own bank branch has almost been closed already.\n\n"
        "Prof. Carlos: We recorded the song here last year."
    )
    assert _speakers(page) == ["Karin Fischer", "Precht", "Fischer", "Prof. Carlos"]


def test_the_reader_marks_a_line_label() -> None:
    """``Cue.label``: the source opens the line before its colon, whichever shape found it."""
    (label,) = find_attributions("Precht: The middle of the service professions is hit hardest.")
    assert label.label
    (said,) = find_attributions("Precht said the middle of the service professions is hit.")
    assert not said.label
