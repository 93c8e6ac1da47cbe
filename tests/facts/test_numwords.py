"""Numbers in words, fractions and mixed forms; units named without a number.

Cases come from the Recognizers-Text English Number and Percent/Temperature specs (MIT,
github:microsoft/Recognizers-Text Specs/ @90e968e) and from news phrasings that must stay out.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from articlekit.facts.quantities import find_quantities, find_unit_mentions

D = Decimal


def only(text: str) -> tuple[str, Decimal]:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.value is not None, q
    return q.text, q.value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # Recognizers-Text NumberModel.json
        (
            "one hundred and three and two thirds",
            "one hundred and three and two thirds",
            D(103) + D(2) / 3,
        ),
        (
            "twenty-one trillion and three hundred",
            "twenty-one trillion and three hundred",
            D("21000000000300"),
        ),
        ("fifty - two", "fifty - two", D(52)),
        ("twenty and three fifths", "twenty and three fifths", D("20.6")),
        ("two and fifty-four hundredths", "two and fifty-four hundredths", D("2.54")),
        ("a hundredth", "a hundredth", D("0.01")),
        ("a trillionth", "a trillionth", D("1e-12")),
        ("a hundred trillionths", "a hundred trillionths", D("1e-10")),
        ("one twenty-fifth", "one twenty-fifth", D("0.04")),
        ("three twenty-firsts", "three twenty-firsts", D(3) / 21),
        ("one one hundred and fifth", "one one hundred and fifth", D(1) / 105),
        ("one-eighth", "one-eighth", D("0.125")),
        ("five - eighths", "five - eighths", D("0.625")),
        ("ninety - five hundred-fifths", "ninety - five hundred-fifths", D(1900)),
        ("three hundred and two dozens", "three hundred and two dozens", D(324)),
        ("two hundred point zero three", "two hundred point zero three", D("200.03")),
        ("nine point nought four", "nine point nought four", D("9.04")),
        ("3 hundred and 21", "3 hundred and 21", D(321)),
        ("4 thousand 3 hundred and 21 is a valid number.", "4 thousand 3 hundred and 21", D(4321)),
        (
            "There are one million and a half possibilities",
            "one million and a half possibilities",
            D(1500000),
        ),
        ("five and a half million", "five and a half million", D(5500000)),
        (
            "one billion and three quarters million",
            "one billion and three quarters million",
            D(1000750000),
        ),
        ("two thirds of a million", "two thirds of a million", D(2000000) / 3),
        ("The total is three lakh crore", "three lakh crore", D("3e12")),
        ("1.1^23", "1.1^23", D("1.1") ** 23),
        ("2.5^-1", "2.5^-1", D("0.4")),
        ("The answer is negative one over 20", "negative one over 20", D("-0.05")),
        ("2mil", "2mil", D(2000000)),
        ("five dozs", "five dozs", D(60)),
        # news phrasings
        ("a fifth of the workforce", "a fifth", D("0.2")),
        ("more than half of voters", "half", D("0.5")),
        ("about two-thirds of the cost", "two-thirds", D(2) / 3),
        # a whole number and a half, hyphenated or after digits
        ("after five-and-a-half years in charge", "five-and-a-half years", D("5.5")),
        ("a two-and-a-quarter-hour flight", "two-and-a-quarter-hour", D("2.25")),
        ("3 and a half hours", "3 and a half hours", D("3.5")),
        ("booked a year and a half ahead", "a year and a half", D("1.5")),
        ("an hour and a half later", "an hour and a half", D("1.5")),
    ],
)
def test_words_fractions_and_mixed_forms(text: str, mention: str, value: Decimal) -> None:
    got_text, got_value = only(text)
    assert got_text == mention
    assert abs(got_value - value) < D("1e-20") * max(D(1), abs(value))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("3 hundred and 2 hundred are two valid numbers.", [D(300), D(200), D(2)]),
        ("4 thousand 3 hundred and 0 are two valid numbers.", [D(4300), D(0), D(2)]),
        ("two million three million", [D(2000000), D(3000000)]),
        ("zero is 0", [D(0), D(0)]),
    ],
)
def test_where_one_number_ends_and_the_next_begins(text: str, values: list[Decimal]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose for a third straight quarter",
        "He won a fifth term",
        "the twenty-first century",
        "on its twenty fifth anniversary",
        "You can go to https://www.test.com/search?q=30%25%2020%",
        "a zero-sum game",
    ],
)
def test_ordinals_links_and_compounds_are_not_facts(text: str) -> None:
    assert find_quantities(text) == ()


def test_fiscal_quarters_are_counted_not_fractions() -> None:
    (q,) = find_quantities("over the past three quarters")
    assert (q.value, q.noun) == (D(3), "quarter")
    (q,) = find_quantities("three quarters of the vote")
    assert q.value == D("0.75")


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("convert 10 celsius to fahrenheit", ["fahrenheit"]),
        ("could you convert 51 fahrenheit to degrees celsius", ["degrees celsius"]),
        (
            "fahrenheit to celsius 101 fahrenheit is how much celsius",
            ["fahrenheit", "celsius", "celsius"],
        ),
        ("Only a small percent attain the top ranks", ["percent"]),
        ("The table shows the % of increase in the last month", ["%"]),
        ("How do I calculate a percentage?", ["percentage"]),
        ("how many feet are in a mile", ["feet", "mile"]),
        # a unit with its number is a fact, not a mention; a computation is neither
        ("prices rose 5 percent", []),
        ("percent of 10", []),
        ("the feet of the statue", []),
    ],
)
def test_unit_mentions(text: str, mentions: list[str]) -> None:
    found = find_unit_mentions(text)
    assert [m.text for m in found] == mentions
    assert all(text[m.span.start : m.span.end] == m.text for m in found)


def test_unit_mentions_shift_by_offset_and_reuse_found_facts() -> None:
    text = "convert 10 celsius to fahrenheit"
    facts = find_quantities(text, offset=100)
    (m,) = find_unit_mentions(text, offset=100, quantities=facts)
    assert (m.span.start, m.span.end) == (122, 132)
    assert m.unit.dimension.value == "temperature"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("5, 10 and 15%", ["%", "%", "%"]),
        ("80.5 and 76.2 mg respectively", ["mg", "mg"]),
        ("sold 5 and lost $10", [None, "USD"]),
        ("in 2011 and 5%", ["%"]),
    ],
)
def test_list_members_share_the_last_unit(text: str, units: list[str | None]) -> None:
    assert [q.unit.code if q.unit else None for q in find_quantities(text)] == units
