"""Hostile inputs: what the quantity reader returns where it once took quadratic time or crashed.

Timing is measured by ``benchmarks/quantities_scaling.py``, not asserted here; these
tests pin the results, so a faster reader cannot change what it reads.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

import articlekit
from articlekit.errors import InputError
from articlekit.facts._periods import Anchor, find_periods
from articlekit.facts._tokens import Tokens
from articlekit.facts.quantities import find_quantities


def test_long_runs_of_digit_groups_stay_separate_numbers() -> None:
    """'1 111 111 … 1' is no number in groups (the run does not end as one): every group counts."""
    found = find_quantities("1" + " 111" * 8000 + " 1")
    assert len(found) == 8002
    assert {q.value for q in found} == {Decimal(1), Decimal(111)}


def test_digit_groups_that_end_a_number_join() -> None:
    """'40 000', '1 234 567,5' are one number each; '1 234 5' is three."""
    assert [q.value for q in find_quantities("40 000 and 1 234 567,5")] == [
        Decimal(40000),
        Decimal("1234567.5"),
    ]
    assert [q.text for q in find_quantities("1 234 5")] == ["1", "234", "5"]


def test_tokens_join_groups_as_the_single_pattern_did() -> None:
    """The one-pass joining gives the tokens the former backtracking pattern gave."""
    cases = {
        "1 234 567": ["1 234 567"],
        "12 1234 567 890": ["12", "1234", "567 890"],
        "1 234,5 678": ["1", "234,5", "678"],
        "1 234,567,890": ["1", "234,567,890"],
        "a1 234b": ["a", "1 234", "b"],
        "5\u202f000\u00a0000 km": ["5\u202f000\u00a0000", "km"],
    }
    for text, words in cases.items():
        assert list(Tokens.of(text).words) == words, text


def test_a_page_of_winning_numbers() -> None:
    """A 32 KB run of three-digit numbers reads every number."""
    text = "Winning numbers: " + " ".join(["123"] * 8000) + " 4"
    found = find_quantities(text)
    assert len(found) == 8001
    assert found[-1].value == Decimal(4)


def test_repeated_number_words() -> None:
    """Long chains of number words read in bounded depth (no RecursionError)."""
    found = find_quantities("two hundred and " * 2000)
    assert len(found) == 2000
    assert {q.value for q in found} == {Decimal(200)}
    assert len(find_quantities("one hundred and twenty " * 1000)) == 1000


def test_relative_periods_at_the_end_of_the_calendar() -> None:
    """'next year' in 9999 and 'last year' in year 1 keep their phrase instead of failing.

    A whole document refuses such a reference time up front (``InputError``); the period reader
    itself must still not fail on the calendar's edges.
    """
    text = "Acme said sales rose 5% to $3 million and will rise again next year, it said.\n"
    with pytest.raises(InputError):
        articlekit.extract(text, reference_time=datetime(9999, 12, 31, tzinfo=UTC))
    doc = articlekit.extract(text, reference_time=datetime(8999, 12, 31, tzinfo=UTC))
    assert not [p for p in doc.problems if p.step == "quantities"]
    assert {q.period.label for q in doc.quantities if q.period is not None} == {"9000"}
    nxt = find_periods("next year", anchor=Anchor(today=date(9999, 6, 1)))
    assert [p.label for p in nxt] == ["next year"]
    last = find_periods("last year", anchor=Anchor(today=date(1, 6, 1)))
    assert [p.label for p in last] == ["last year"]
