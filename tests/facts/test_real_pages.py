"""Numbers on real pages: each case a convention of how writers write (or do not write) facts.

The phrasings come from the development pages labelled in ``benchmarks/data/quantities-sample
.jsonl`` and from the numeric-facts issue; each group pins one convention, so that a rule that
only fits one page shows up as a failing neighbour.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest

import articlekit
from _support import FIXTURES
from articlekit.facts.quantities import find_quantities
from articlekit.model import Qualifier

D = Decimal


def texts(text: str) -> list[str]:
    return [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # decades and eras
        ("colleagues in the late 1980s attributed", []),
        ("a 1.7°C increase from the 1800s averages", ["1.7°C"]),
        # citation markers and bracketed labels
        ("stopped binge eating in 81% of participants (19).", ["81%"]),
        ("would instantly evaporate on contact with the dark fire.[6]", []),
        # slide, page and photo counters; improper "fractions"
        ("Photo 3/50: the crowd", []),
        ("students' online communication is monitored 24/7.", []),
        ("RSVP for Our Zoom panel on 11/9: Trust", []),
        # a slash pair with a denominator no writer uses for a fraction is a date or a name
        ("the worst terrorist attack on our soil since 9/11, and the second", []),
        ("the 9/11 attacks", []),
        ("add 5/16 inch and 1/3 of the sugar", ["5/16 inch", "1/3"]),
        # emergency numbers named by the words around them
        ("Police receive 911 calls saying shots have been fired", []),
        ("Mateen said in a 911 call from the scene", []),
        ("She dialled 999 and waited 10 minutes", ["10 minutes"]),
        # tallies and odds written as one hyphenated word (the larger number first)
        ("the U.S. Supreme Court's 5-to-4 decision last year", []),
        ("a 3-to-1 margin among 400 voters", ["400 voters"]),
        # a number word that ends a capitalised name, and pronouns after "the latter"
        ('his membership in the bipartisan "Gang of Eight" that pushed', []),
        ("the Big Ten's leading passer", []),
        ("they were overwhelmingly concerned about the latter two.", []),
        # a margin of error is no negative number; shares side by side are no range
        (
            "The margin of sampling error is plus or minus six percentage points.",
            ["six percentage points"],
        ),
        (
            "Trump leads Cruz by roughly 9 percentage points, 42%-32.7%, in",
            ["9 percentage points", "42%", "32.7%"],
        ),
        # labels, versions and models
        ("Docker is licensed under the Apache License, Version 2.0.", []),
        ("Mozilla/5.0 (Macintosh; Intel; rv:65.0) Gecko/20100101 Firefox/65.0", []),
        ("in § 291a Absatz 3 Nr. 5 SGB V", []),
        ("Then the iPhone 11 lineup landed with 802.11ax Wi-Fi 6 support", []),
        ("Chapter 11 bankruptcy protection", []),
        # streets, post boxes and postal codes
        ("Burton, of 3170 W. County Road 600S, was", []),
        ("You can also mail us materials at 520 Third Street, Suite 350, San Francisco", []),
        ("Contact Dear Abby at P.O. Box 69440, Los Angeles, CA 90069.", []),
        # clock times and dates
        ("Tickets go on sale at 10 a.m. Friday, Dec. 6.", []),
        ("with an opening reception on Saturday, November 11, 5-8pm.", []),
        ("The crash happened about 1.p.m.", []),
        ("WeWork announced on Sept. 30 that it was withdrawing", []),
        ("Fair Hill International Three-Day Event, Oct. 18–21, in Elkton", []),
        ("the Davis Cup Finals, which takes place 18-24 November.", []),
        ("until the end of the 2022/23 season", []),
        # names that are numbers
        ("when the Three Amigos met", []),
        ("Ascom registered shares are listed on the SIX Swiss Exchange in Zurich.", []),
        ("using Steven Covey's The 7 Habits of Highly Effective People as a guide", []),
        ("in the 1967 Six-Day War.", []),
        # idioms and pronoun numbers
        ("would love to one day purchase a water cooler", []),
        ("one place we hadn't yet visited were the Flatirons", []),
        ("no one else will be so foolish", []),
        ("when the two were on the ground", []),
        ("In the excerpt, the two did not directly discuss it.", []),
        ("The two may meet again.", []),
        ("They know she is the only one strong enough to stop it.", []),
        ("the two held talks on Monday", []),
        ("The other three were admitted.", []),
        ("trying to zero in on any potential causes", []),
        ("in the first half of next year", []),
        ("only one title at launch is exclusive", ["one title"]),
        ("with one occupant on board", ["one occupant"]),
        # "one" after a preposition is "a" unless it measures time: "in one email exchange"
        ("In one email exchange, for instance", []),
        ("the nephew of one president and the cousin of another", []),
        ("who had already filed for one office to withdraw", []),
        ("a period of one day seems a good choice", ["one day"]),
        ("more than one conversation", ["one conversation"]),
        # scores and records
        ("Croatia secured its spot with a 3-1 victory, while Germany's 4-0 rout was enough.", []),
        ("At 4-7, including 2-6 in the AFC, the Chargers would not make the playoffs.", []),
        # identifiers, resolutions, phone numbers
        ("— 9to5Mac.com (@9to5mac) November 4, 2019", []),
        ('a 34" 3440x1440 curved IPS panel', ['34"']),
        ("When streaming at 4K, we render at a native 1080p", []),
        ("More info: +49 (0)40 890 85-433", []),
        ("the commit hash, for example 0.0.0-20180720214833-f61e0f7.", []),
    ],
)
def test_numbers_that_are_not_facts(text: str, kept: list[str]) -> None:
    """Only the facts survive; labels, dates, names, idioms and scores do not."""
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # counted nouns are nouns, in the singular
        ("Two heroes", ("Two heroes", D(2), None, "hero")),
        ("12 potatoes", ("12 potatoes", D(12), None, "potato")),
        ("five new shoes", ("five new shoes", D(5), None, "shoe")),
        # the head of a longer noun phrase, in the singular
        ("900 kidney transplants", ("900 kidney transplants", D(900), None, "transplant")),
        ("24 older adults", ("24 older adults", D(24), None, "adult")),
        # capitalised modifiers after digits are not read: they name models ("737 Max jets")
        pytest.param(
            "300 Ford and Toyota trucks",
            ("300 Ford and Toyota trucks", D(300), None, "truck"),
            marks=pytest.mark.xfail(strict=True, reason="capitalised modifiers after digits"),
        ),
        # compound units and rates
        ("$61.10 per barrel", ("$61.10 per barrel", D("61.10"), "USD/barrel", None)),
        ("$2,000 a month", ("$2,000 a month", D(2000), "USD/mo", None)),
        ("the $10-a-month Stadia Pro subscription", ("$10-a-month", D(10), "USD/mo", None)),
        ("35 miles per gallon", ("35 miles per gallon", D(35), "mi/gal", None)),
        ("500,000 barrels a day", ("500,000 barrels a day", D(500000), "bbl/d", None)),
        ("21.4 ppg", ("21.4 ppg", D("21.4"), "ppg", None)),
        ("12 ksi", ("12 ksi", D(12), "ksi", None)),
        ("15 ppb", ("15 ppb", D(15), "ppb", None)),
        ("Chromecast captures are indeed 30fps, while", ("30fps", D(30), "fps", None)),
        # currencies
        ("Y=1,200 billion", ("Y=1,200 billion", D("1.2e12"), "JPY", None)),
        ("S$2mil", ("S$2mil", D(2000000), "SGD", None)),
        ("RM45,000", ("RM45,000", D(45000), "MYR", None)),
        ("12 sen", ("12 sen", D("0.12"), "MYR", None)),
        # signed values in words
        ("minus-40 degrees Celsius", ("minus-40 degrees Celsius", D(-40), "°C", None)),
        # scale words next to units
        ("a 7m statue", ("7m", D(7), "m", None)),
        # unit names of several words hyphenated into a compound adjective
        ("a 2,000-square-foot home", ("2,000-square-foot", D(2000), "ft²", None)),
        ("a 10-square-mile area", ("10-square-mile", D(10), "mi²", None)),
        ("£7m", ("£7m", D(7000000), "GBP", None)),
        ("5m users", ("5m users", D(5000000), None, "user")),
        # a scaled count heads a longer noun phrase too
        (
            "the theft of more than 21 million background check records",
            ("21 million background check records", D(21000000), None, "record"),
        ),
        # ages in news style
        ("Patrick Carlineo Jr., 55, could face", ("55", D(55), "yr", None)),
        # a person's noun before the age set off by commas
        ("The former star, 42, was voted off", ("42", D(42), "yr", None)),
        ("Pregnant girl, 13, jumps", ("13", D(13), "yr", None)),
        ("The company, 42, was", ("42", D(42), None, None)),
        ("and all of them are younger than 50.", ("50", D(50), "yr", None)),
        ("people who are under the age of 18 when", ("18", D(18), "yr", None)),
        # partitives with an order word before the whole's number
        (
            "Sanders will have pocketed six of the past seven contests.",
            ("six", D(6), None, "contest"),
        ),
        ("He won three of his last four races", ("three", D(3), None, "race")),
        # peoples and party members are written capitalised; they head the phrase before
        # punctuation, a function word or a participle, not before another noun
        ("the deaths of four Americans at Benghazi", ("four Americans", D(4), None, "American")),
        ("Two Republicans voted against it", ("Two Republicans", D(2), None, "Republican")),
        ("there are five Texas towns on the list", ("five Texas towns", D(5), None, "town")),
        # acronyms and nationalities modify a count after digits too (not after a model number)
        (
            "beat a large field of 16 GOP candidates",
            ("16 GOP candidates", D(16), None, "candidate"),
        ),
        (
            "deploy up to 30,000 American soldiers in",
            ("30,000 American soldiers", D(30000), None, "soldier"),
        ),
        # a name runs on after a party or nationality; after a whole count that no model's
        # number could be, capitalised modifiers are read as after a number in words
        (
            "Out of registered 459 Democratic primary voters, the margin",
            ("459 Democratic primary voters", D(459), None, "voter"),
        ),
        (
            "one of the 168 Republican National Committee members",
            ("168 Republican National Committee members", D(168), None, "member"),
        ),
        (
            "buys ad time for 4 Super Tuesday states",
            ("4 Super Tuesday states", D(4), None, "state"),
        ),
        ("more than 1,300 Clinton emails were", ("1,300 Clinton emails", D(1300), None, "email")),
        (
            "we have two radicalized Muslims, said",
            ("two radicalized Muslims", D(2), None, "Muslim"),
        ),
        # a hyphened name modifies ("Sanders-linked"); plurals in "-is" ("rabbis")
        (
            "four different Sanders-linked accounts conducted",
            ("four different Sanders-linked accounts", D(4), None, "account"),
        ),
        ("About 40 rabbis have said", ("40 rabbis", D(40), None, "rabbi")),
        (
            "More than 6 in 10 New York Democratic voters said",
            ("6 in 10 New York Democratic voters", D("0.6"), None, "voter"),
        ),
        # not after a model-like number, a decimal, or a heading's number opening a line
        ("the 911 Carrera cars were recalled", ("911", D(911), None, None)),
        ("Results.\n2.4 Sex differences in", ("2.4", D("2.4"), None, None)),
        ("1 Intelligent Autonomous Systems, Delft", ("1", D(1), None, None)),
        # a hyphenated plural heads its phrase; a possessive whole in a partitive
        ("Three of his 15 co-defendants were released", ("Three", D(3), None, "co-defendant")),
        ("That gets him all 40 of the state's delegates.", ("40", D(40), None, "delegate")),
        # people counted by their age: after "under"/"over", a range after the people, an age
        # "and older"
        ("she won voters under 30 in Iowa", ("30", D(30), "yr", None)),
        ("many of those over 45 back her", ("45", D(45), "yr", None)),
        ("among blacks 30 to 44 it was higher", ("30 to 44", None, "yr", None)),
        ("support among blacks 45 and older", ("45", D(45), "yr", None)),
        ("people 65 or older", ("65", D(65), "yr", None)),
        ("adults 65 and over", ("65", D(65), "yr", None)),
        ("scores of 90 and over", ("90", D(90), None, None)),
        ("finished in under 30 minutes", ("30 minutes", D(30), "min", None)),
        # a named subject turning an age
        ("Bloomberg turned 74 on Valentine's Day.", ("74", D(74), "yr", None)),
    ],
)
def test_readings(text: str, reading: tuple[str, Decimal, str | None, str | None]) -> None:
    """Value with its full unit, or with the counted noun."""
    q = find_quantities(text)[0]
    assert (q.text, q.value, q.unit.code if q.unit else None, q.noun) == reading


def test_an_age_and_older_is_an_age() -> None:
    """An age "and older" after people; "and more than" qualifies the next amount."""
    found = find_quantities("blacks 30 to 44 and more than 70 percent among blacks 45 and older")
    readings = [(q.text, q.unit.code if q.unit else None, q.qualifier) for q in found]
    assert readings == [
        ("30 to 44", "yr", None),
        ("70 percent", "%", Qualifier.MORE_THAN),
        ("45", "yr", None),
    ]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("between 3% and 4%", D(3), D(4), "%"),
        ("two per cent to 15 per cent", D(2), D(15), "%"),
        ("from 12.1 to 14-16 billion euros", D("14e9"), D("16e9"), "EUR"),
        ("aged 18 to 25 years", D(18), D(25), "yr"),
        # a suspended hyphen: the unit written once, after the upper bound
        ("a crucial two- or three-week period", D(2), D(3), "wk"),
        ("five- to 10-year terms", D(5), D(10), "yr"),
    ],
)
def test_ranges_with_units_on_both_bounds(
    text: str, low: Decimal, high: Decimal, unit: str
) -> None:
    """A unit written after both bounds, or shared from the upper bound."""
    q = next(q for q in find_quantities(text) if q.low is not None)
    assert (q.low, q.high, q.unit.code if q.unit else None) == (low, high, unit)


def test_scale_and_currency_distribute_to_a_bare_lower_bound() -> None:
    """'from 12.1 to 14-16 billion euros': the first figure is 12.1 billion euros too."""
    first = find_quantities("from 12.1 to 14-16 billion euros")[0]
    assert (first.value, first.unit.code if first.unit else None) == (D("12.1e9"), "EUR")


def test_relative_periods_count_from_the_publication_day() -> None:
    """'last year' in a 2013 story that mentions 2005 is 2012, not 2004."""
    html = (
        "<html><head><meta property='article:published_time' content='2013-05-02'></head>"
        "<body><article><h1>Rail fares</h1><p>In 2005 the line carried 2 million riders. "
        "Fares rose 4% last year, the operator said, and ridership fell.</p></article>"
        "</body></html>"
    )
    doc = articlekit.extract(html, reference_time=datetime(2030, 1, 1, tzinfo=UTC))
    fares = next(q for q in doc.quantities if q.text == "4%")
    assert fares.period is not None
    assert fares.period.label == "2012"


def test_fixture_real_page_numbers() -> None:
    """Seven real sentences full of numbers that are not facts keep exactly their facts."""
    case = FIXTURES / "facts-real-page-numbers"
    text = (case / "input.txt").read_text(encoding="utf-8")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))["facts"]
    found = [
        [q.text, str(q.value), q.unit.code if q.unit else q.noun] for q in find_quantities(text)
    ]
    assert found == expected


def test_reference_numbers_and_numbered_lines() -> None:
    """Journal references and numbers alone on their line are not facts; a sentence's are."""
    assert texts("Intern Med. 2013;52(12):1403–5.") == []
    assert texts("62.\n\nHe scored 62.") == ["62"]
    # a paragraph that holds only a list's number, or opens with it before a sentence
    assert texts("114.") == texts("114. What do you call a cat burrito?") == []
    assert texts("He was 114. What a life.") == ["114"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a run of bracket markers inside running text is a list, at any case
        ("Clinton 1) registers the words, 2) realizes them, 3) lets loose a laugh", []),
        ("others 1) didn't see them or 2) if they did, didn't explore", []),
        ("a range (ages 5-8) and 7) more", ["ages 5-8", "7"]),
        # a bracket that closes one opened before it marks nothing
        ("plots (n = 3) of TRA-1 and plots (n = 2) of CD34", ["3", "2"]),
        # a number alone on its line is a widget's count or a page number
        ("48", ["48"]),  # a text that is only the number keeps it
        ("Votes\n48\nShe gave 5 talks.", ["5 talks"]),
        # the hour after "quarter past", "half past"
        ("They met at a quarter past six.", []),
        ("a quarter of 100 people", ["a quarter", "100 people"]),
    ],
)
def test_markers_lone_numbers_and_clock_phrases(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


def test_a_dash_between_two_writings_sets_off_an_aside() -> None:
    """'half — 55 percent —' restates half; '10 — 20 percent' stays a range."""
    assert texts("only a bit more than half — 55 percent — of supporters") == [
        "half",
        "55 percent",
    ]
    (q,) = find_quantities("between 10 — 20 percent")
    assert (q.low, q.high) == (D(10), D(20))


def test_hyphened_three_quarters_is_a_fraction_after_a_period_word() -> None:
    """'the first three-quarters of his report' is 0.75; 'the first three quarters' are periods."""
    assert find_quantities("the first three-quarters of his report")[0].value == D("0.75")
    q = find_quantities("the first three quarters of 2012")[0]
    assert (q.value, q.noun) == (D(3), "quarter")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schilling, a six-time All-Star, was one", D(6)),
        ("a 6-time winner", D(6)),
        ("the nine different times Sanders has laid out a plan", D(9)),
    ],
)
def test_compound_and_qualified_times_count_times(text: str, value: Decimal) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.noun) == (value, "time")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The event takes place on November 4 and 5 in Leeds.", []),
        ("from 4 to 6 June", []),
        ("He gave 3 to 4 talks", ["3 to 4 talks"]),
        ("between 1500 and 2000 people", ["1500 and 2000 people"]),
    ],
)
def test_the_days_of_a_span_are_a_date(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Clinton would beat Trump 46 to 40 percent", [("46", "%"), ("40 percent", "%")]),
        ("The House voted 322 to 306 votes", [("322", "vote"), ("306 votes", "vote")]),
        (
            "leads 1,428 to 1,153 in pledged delegates, and 516 to 39 among superdelegates who",
            [
                ("1,428", "delegate"),
                ("1,153", "delegate"),
                ("516", "superdelegate"),
                ("39", "superdelegate"),
            ],
        ),
        # no noun named: "in the end", "in two games"
        ("won 6 to 3 in the end", [("6", None), ("3", None)]),
        ("beat them 10 to 2 in two games", [("10", None), ("2", None), ("two games", "game")]),
    ],
)
def test_the_counts_of_a_tally_share_what_the_second_names(
    text: str, readings: list[tuple[str, str | None]]
) -> None:
    found = [(q.text, q.unit.code if q.unit else q.noun) for q in find_quantities(text)]
    assert found == readings


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("the six-pointed Star of David", "point"),
        ("a two-layered 8-inch cake", "layer"),
        ("a four-legged friend", "leg"),
        ("a two-sided coin", "side"),
        ("a three-eyed fish", "eye"),
        ("a two-tiered system", "tier"),
        ("a 10-speed bike", "speed"),
    ],
)
def test_a_possessive_ed_compound_counts_its_noun(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "one" counts when the sentence counts the same thing again
        ("about 100 workers across six stores and one store in Everett", ["one store"]),
        ("one vote for Marco Rubio, 13 for Ted Cruz, and 36 votes for Trump", ["one vote"]),
        # idioms stay idioms
        ("at one point he had trailed Clinton by 50 points", []),
        ("one of the two major parties", []),
        ("one day we saw three films", []),
        ("I have one question", []),
        # the other count's phrase ends at a function word: "costs" is the verb there
        ("One costs $599 and the other costs $649", []),
    ],
)
def test_one_counts_when_the_sentence_counts_the_same_thing_again(
    text: str, kept: list[str]
) -> None:
    assert [q.text for q in find_quantities(text) if q.value == 1] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("69 TL 41.90 TL", ["69", "41.90"]),  # a price after a currency, not an edition
        ("123456789101231", ["123456789101231"]),  # a text that is only the number keeps it
        ("ISBN-13: 9783518029817", []),
    ],
)
def test_editions_and_identifiers_spare_prices_and_bare_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Justice Breyer will be 78, Justice Kennedy will be 80.", ["78", "80"]),
        ("She would be 40 in May.", ["40"]),
        ("The deficit will be 80.", []),
    ],
)
def test_a_named_person_who_will_be_an_age(text: str, ages: list[str]) -> None:
    assert [q.text for q in find_quantities(text) if q.unit and q.unit.code == "yr"] == ages


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the article as one unit of time or length, after a qualifier or before "ago"
        ("about an hour after the attack", ["an hour"]),
        ("a CIA Annex almost a mile from the main compound", ["a mile"]),
        ("an insurgence a century ago", ["a century"]),
        ("for more than a year", ["a year"]),
        # not a rate, an ordinal, a period compared with, or an article without its cue
        ("$15 an hour", ["$15 an hour"]),
        ("a second attack", []),
        ("up 5% from a year earlier", ["5%"]),
        ("in a year when prices rose", []),
    ],
)
def test_the_article_as_one_unit_of_time_or_length(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a qualifier between the number and what it counts
        ("among the 30 or so pastors", ("30 or so pastors", "pastor", None, Qualifier.ABOUT)),
        (
            "firms with 200 or more employees",
            ("200 or more employees", "employee", None, Qualifier.AT_LEAST),
        ),
        ("a group of 20-odd senators", ("20-odd senators", "senator", None, Qualifier.ABOUT)),
        ("for 20-odd years", ("20-odd years", None, "yr", Qualifier.ABOUT)),
        # an acronym's plural, and plural-form modifiers, before the head
        ("while 70 super PACs focused on races", ("70 super PACs", "PAC", None, None)),
        ("5 new SUVs", ("5 new SUVs", "SUV", None, None)),
        ("room for four cable news networks", ("four cable news networks", "network", None, None)),
        ("three news outlets said", ("three news outlets", "outlet", None, None)),
    ],
)
def test_what_is_counted_after_qualifiers_acronyms_and_plural_modifiers(
    text: str, reading: tuple[str, str | None, str | None, Qualifier | None]
) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.noun, q.unit.code if q.unit else None, q.qualifier) == reading


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Clinton could pick her own 40-something nominee.", D(40)),
        ("An agreeable, funny woman in her 80s, Jane Starner", D(80)),
        ("justices in or approaching their early 80s", D(80)),
        ("a man in his mid-40s", D(40)),
    ],
)
def test_an_age_by_its_decade(text: str, low: Decimal) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.unit.code if q.unit else None) == (low, low + 9, "yr")


def test_a_decade_without_a_possessive_is_the_years() -> None:
    assert texts("music of the 80s and the mid-90s") == []
    assert texts("a 15-something score") == ["15"]  # no decade of a life


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("While Garland is 63, which means he has less time on the bench.", ["63"]),
        ("Mr. Sanders is 74, and a senator.", ["74"]),
        # a state "is 29" electoral votes: no title, no personal pronoun
        ("Florida is 29, which means it matters.", []),
    ],
)
def test_a_named_person_who_is_an_age(text: str, ages: list[str]) -> None:
    assert [q.text for q in find_quantities(text) if q.unit and q.unit.code == "yr"] == ages


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "the two" acting; after a partitive's "of", or before a noun, it counts
        ("He married a woman, and the two lived briefly in Venezuela.", []),
        ("the two quickly agreed", []),
        ("the only one of the four accused of the violation", ["four"]),
        ("the two wounded soldiers", ["two wounded soldiers"]),
        ("the two elderly men", ["two elderly men"]),
        # none of a mass noun; none of a count
        ('there should be "zero shame" involved', []),
        ("a candidate with zero chance of winning", []),
        ("There were zero new cases.", ["zero new cases"]),
        ("a curve corresponding to zero ejection velocity", ["zero"]),  # a measure of nothing
        # a rank's cut-off; a share of the top
        ("3-D printing and 2-D images", []),  # labels, as "3D" is
        ("ranked in America's top 10 that cannot be cured", []),
        ("in her top-two Washington race", []),
        ("only the top 10 percent can afford it", ["10 percent"]),
        ("the age of the top 10 finishers rose", ["10 finishers"]),
        ("to place in the top ten of an age group", ["ten"]),
        # an earlier century's year after a preposition; a count written without a comma
        ("the Massachusetts Constitution of 1780.", []),
        ("The role, started in 1789, carries no powers", []),
        ("on October 31, 1517, Luther", []),
        ("a total of 1500.", ["1500"]),
    ],
)
def test_idioms_ranks_and_old_years(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


def test_points_two_shares_differ_by_are_percentage_points() -> None:
    poll = "Clinton leads Trump by 15 points among likely voters, 52 percent to 37 percent."
    assert [q.unit.code if q.unit else None for q in find_quantities(poll)] == ["pp", "%", "%"]
    game = "He scored 30 points on 50 percent shooting."
    assert [q.noun for q in find_quantities(game)] == ["point", None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("with more than $1 billion in bilateral trade each day", "USD/d"),
        ("$2 billion in aid a year", "USD/yr"),
        ("$3 million in a week", "USD"),  # "in a week": when, not what
    ],
)
def test_money_in_what_it_buys_per_period(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit is not None
    assert q.unit.code == unit


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a quarter is no ordinal: before a unit it is a share of one
        ("A quarter cup is roughly 33 calories.", ("A quarter cup", D("0.25"), "cup", None)),
        ("add one-quarter cup of sugar", ("one-quarter cup", D("0.25"), "cup", None)),
        # "a pair of" counts two of what follows
        ("a pair of cases involving business fraud", ("a pair of cases", D(2), None, "case")),
    ],
)
def test_quarters_and_pairs(
    text: str, reading: tuple[str, Decimal, str | None, str | None]
) -> None:
    q = find_quantities(text)[0]
    assert (q.text, q.value, q.unit.code if q.unit else None, q.noun) == reading


def test_a_quarter_past_the_hour_stays_a_time() -> None:
    assert texts("They met at a quarter past six, or a quarter to ten.") == []


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("pleaded guilty to one count each of identity theft", ("one count", "count")),
        ("faces one misdemeanor count of battery", ("one misdemeanor count", "count")),
        ("charged with two felony counts of fraud", ("two felony counts", "count")),
    ],
)
def test_counts_of_a_charge(text: str, reading: tuple[str, str]) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.noun) == reading


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a capitalised plural before a verb or an adverb heads the phrase
        ("where four Americans lost their lives", "American"),
        ("Only two Republicans currently back the bill", "Republican"),
        ("3 Giants fans cheered", None),  # before a plural it modifies
        # a compound after a number with its thousands grouped
        ("its nearly 8,000-word article", "word"),
        ("a 6.0-sigma result", None),  # not after a decimal
        # a counted noun in quotation marks
        ("doing two “deliveries” of payloads", "delivery"),
    ],
)
def test_capitalised_plurals_grouped_compounds_and_quoted_nouns(
    text: str, noun: str | None
) -> None:
    assert find_quantities(text)[0].noun == noun


def test_a_number_beyond_the_decimal_context_is_read_without_error() -> None:
    """A 30-digit number (found by the extractor properties) is read, not a crash."""
    big = D("100000000000000000000000000000")
    assert [q.value for q in find_quantities("100000000000000000000000000000")] == [big]
    assert find_quantities("a 100000000000000000000000000000-something nominee") == ()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # compounds that classify or name a concept
        ("Unity is a two-way street.", []),
        ("the physical viability of a two-state solution", []),
        ("the incoherence of the two-party system", []),
        ("a retired four-star general", []),
        ("open only for two-wheeler traffic", []),
        ("Mophie's 3-in-1 Wireless Charging Pad", []),
        # compounds that count
        ("a fierce three-way battle", ["three-way"]),
        ("committed to a 50-state strategy", ["50-state"]),
    ],
)
def test_compounds_that_classify_are_not_amounts(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a year by its last two digits after an apostrophe; a quoted count stays
        ("That’s what he did in ’08 and ’12.", []),
        ("Why Electing Hillary in ‘16 is More Important", []),
        ("He said '12 people died'", ["12 people"]),
        ("Jones’ 12 points led the team", ["12 points"]),
        # labels: a precinct, a code's title; a book of the Bible; a title naming a time
        ("at a field office in precinct 78 on the south side", []),
        ("looking at U.S. Code 18, Section 1001", []),
        ("he proceeded to recite 2 Timothy 3:1-5 from the Bible", []),
        ("in an interview on CBS' 60 Minutes last week", []),
        ("Zuckoff’s 13 Hours book, now made into a movie, is described", []),
        ("he waited 13 hours for help", ["13 hours"]),
        ("Man Rescued After 13 Hours In The Snow", ["13 Hours"]),  # a headline's title case
        ("4 Wochen kostenlos testen", ["4 Wochen"]),  # German capitalises every unit
    ],
)
def test_short_years_labels_books_and_titles(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # number words as pronouns before a verb or a preposition, and two idioms
        ("All three leave for the playground.", []),
        ("Obama won all three by single digits", []),
        ("the two became increasingly open", []),
        ("the two by-elections were held", ["two by-elections"]),  # the compound is counted
        ("sometimes the lesser of two evils will have to do", []),
        ("Exit polls told a tale of two parties, with", []),
        ("two evils", ["two evils"]),
        # idioms of "one" after a word that otherwise makes it a count
        ("insurgents could speak with one voice in talks", []),
        ("stalls will all be under one roof at the market", []),
        ("he won with one vote", ["one vote"]),
    ],
)
def test_number_words_as_pronouns_and_idioms(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


def test_a_partitive_whole_before_a_verb_counts() -> None:
    # "of the ten": the whole a partitive counts from, not a pronoun; a preposition keeps it too
    assert texts("one of the ten took care not to eat too much") == ["ten"]
    assert texts("lower than the other two for the whole duration") == ["two"]
