"""Unit tests of the quantities step: one behaviour per case, real phrasings from the news."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

import articlekit
from articlekit.errors import InputError
from articlekit.facts.quantities import (
    QuantityExtractor,
    find_quantities,
    find_unit_mentions,
    parse_quantity,
)
from articlekit.model import Change, Dimension, Qualifier, Quantity

D = Decimal


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$20.5 billion", D("20.5e9"), "USD"),
        ("US$ 1.2 million", D("1.2e6"), "USD"),
        ("USD 200", D(200), "USD"),
        ("Rs 9999", D(9999), "INR"),
        ("€3,5 Mio", D("3.5e6"), "EUR"),
        ("£20m", D("20e6"), "GBP"),
        ("¥5 bn", D("5e9"), "JPY"),
        ("323 million euros", D("323e6"), "EUR"),
        ("five million yen", D("5e6"), "JPY"),
        ("c $ 16.4 million", D("16.4e6"), "CAD"),
        ("HK$10.05 billion", D("10.05e9"), "HKD"),
        ("75 USD million", D("75e6"), "USD"),
        ("30 MUSD", D("30e6"), "USD"),
        ("3 dollars 50 cents", D("3.5"), "USD"),
        ("Rs 2 crore", D("2e7"), "INR"),
        ("Rs 3 lakh", D("3e5"), "INR"),
        # a scale hyphened to the amount (Canadian papers), a million before the euro sign
        ("$3.5-billion", D("3.5e9"), "USD"),
        ("300 M€", D("300e6"), "EUR"),
    ],
)
def test_money(text: str, value: Decimal, unit: str) -> None:
    q = one(text)
    assert q.value == value
    assert q.unit is not None
    assert (q.unit.code, q.unit.dimension) == (unit, Dimension.CURRENCY)
    assert q.text == text


def test_minor_units_are_scaled_to_the_major_unit() -> None:
    assert one("it costs 40c a litre").value == D("0.40")  # a lower-case "c" is cents
    assert find_quantities("Flight 5C was delayed") == ()  # a capital is no cent
    q = one("shares rose 50 cents")
    assert (q.value, q.scale, q.unit.code if q.unit else None) == (D("0.50"), D("0.01"), "USD")
    assert one("a 470 pence share price").unit == articlekit.Unit("GBP", Dimension.CURRENCY)


@pytest.mark.parametrize(
    ("text", "value", "unit", "dimension"),
    [
        ("5 m tall", D(5), "m", Dimension.LENGTH),
        ("17 km from Ambur", D(17), "km", Dimension.LENGTH),
        ("188 miles an hour", D(188), "mph", Dimension.SPEED),
        ("40 deg celsius", D(40), "°C", Dimension.TEMPERATURE),
        # British papers' degrees, a capital glued, in a text about the weather
        ("temperatures hit 40C", D(40), "°C", Dimension.TEMPERATURE),
        ("the hottest day, at 104F", D(104), "°F", Dimension.TEMPERATURE),
        ("200lbs", D(200), "lb", Dimension.MASS),
        ("24703m2", D(24703), "m²", Dimension.AREA),
        ("a 45-acre site", D(45), "acre", Dimension.AREA),
        ("5 feet 2 inches", D(5) + D(2) / 12, "ft", Dimension.LENGTH),
        ("20 [kg]", D(20), "kg", Dimension.MASS),
        ("50 km/h", D(50), "km/h", Dimension.SPEED),
        ("3 km s−1", D(3), "km/s", Dimension.SPEED),
        ("2.43 g", D("2.43"), "g", Dimension.MASS),
        ("a 16 GB phone", D(16), "GB", Dimension.DATA),
        ("15%", D(15), "%", Dimension.RATIO),
        ("3 percentage points", D(3), "pp", Dimension.RATIO),
        ("five years old", D(5), "yr", Dimension.TIME),
        ("until around 3 years of age", D(3), "yr", Dimension.TIME),
        # grobid-quantities (CC-BY 4.0): powers of a length the table does not list
        ("a hardness of 93kg/mm2", D(93), "kg/mm²", Dimension.OTHER),
        ("a 5 mm2 wire", D(5), "mm²", Dimension.AREA),
        ("2 µm3", D(2), "µm³", Dimension.VOLUME),
        # grobid-quantities: exponents printed apart, as PDF superscripts are; unit chains
        ("speeds of 7.2 km · h −1 and", D("7.2"), "km/h", Dimension.SPEED),
        ("a VO2max of 50 ± 8 ml · kg −1 · min −1 was", D(50), "mL/kg/min", Dimension.OTHER),
        ("50 ml.kg −1 .min −1 in", D(50), "mL/kg/min", Dimension.OTHER),
        ("a density of 1 g cm −3 and", D(1), "g/cm³", Dimension.OTHER),
        ("a density of 0.1g/cm 3 and", D("0.1"), "g/cm³", Dimension.OTHER),
        ("accelerations of 1.162 mm/s 2 were", D("1.162"), "mm/s²", Dimension.OTHER),
        ("a rate of 600 h −1 today", D(600), "h⁻¹", Dimension.FREQUENCY),
        ("the band at 1600 cm^-1 and", D(1600), "cm⁻¹", Dimension.OTHER),
        ("an age of 4.5 Gyr", D("4.5"), "Gyr", Dimension.TIME),
        ("a mass of 14 M⊕ (earth-masses)", D(14), "M⊕", Dimension.MASS),
        ("a K D value of 113 nM", D(113), "nM", Dimension.OTHER),
        ("noise of about 300 µK", D(300), "µK", Dimension.TEMPERATURE),
        ("more than 20 MJ (4,800 kcal)", D(20), "MJ", Dimension.ENERGY),
        ("OR (95%CI) 0.97", D(95), "%", Dimension.RATIO),
        ("for a 10%sucrose solution", D(10), "%", Dimension.RATIO),
        ("dissolved in 0.15 M sodium chloride solution", D("0.15"), "M", Dimension.OTHER),
        ("unfolded in 6.0 M GdmCl.", D(6), "M", Dimension.OTHER),
        ("final concentration: 1 x 10-4 M", D("1e-4"), "M", Dimension.OTHER),
    ],
)
def test_physical_and_ratio_units(
    text: str, value: Decimal, unit: str, dimension: Dimension
) -> None:
    q = find_quantities(text)[0]
    assert q.value == value
    assert q.unit is not None
    assert (q.unit.code, q.unit.dimension) == (unit, dimension)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Sony sold 8.8 million smartphones", "smartphone"),
        ("expects to slash 10,000 jobs", "job"),
        ("hired 300 new workers", "worker"),
        ("twenty-one people died", "person"),
        ("1 company", "company"),
    ],
)
def test_counted_nouns_are_singular(text: str, noun: str) -> None:
    q = one(text)
    assert (q.unit, q.noun) == (None, noun)


@pytest.mark.parametrize(
    ("text", "unit", "noun"),
    [
        ("a density of 300 people per square kilometre", "person/km²", "person"),
        ("fluxes of 3.1 grains m −2 were", "grain/m²", "grain"),  # grobid-quantities
        ("fluxes of 3.1 grains/m 2 were", "grain/m²", "grain"),
    ],
)
def test_counted_nouns_per_unit_are_densities(text: str, unit: str, noun: str) -> None:
    q = one(text)
    assert q.unit is not None
    assert (q.unit.code, q.noun) == (unit, noun)


@pytest.mark.parametrize(
    "text",
    [
        "a ratio equal to 1 corresponds to the performance",  # grobid-quantities: verbs
        "k = 1 represents the rate",
    ],
)
def test_a_verb_after_one_is_not_a_counted_noun(text: str) -> None:
    assert all(q.noun is None for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        # the plural head after modifiers: adjectives, noun modifiers, hyphenated compounds
        ("the club signed 14 promising young players", "14", "player"),
        ("a study of 312 rural primary schools found", "312", "school"),
        ("police arrested five well-known local activists", "5", "activist"),
        ("the league fined three Premier League clubs", "3", "club"),  # capitals after words
        # compound adjectives count their noun
        ("a 12-storey building", "12", "storey"),
        ("she leads a nine-member panel", "9", "member"),
        ("a 100-bed hospital", "100", "bed"),
        # partitives count the whole's noun; the whole is read on its own
        ("seven of the 20 tested samples were clean", "7", "sample"),
        ("three of their closest allies", "3", "ally"),
        ("officials deemed 22 of Clinton’s emails secret", "22", "email"),  # a possessive name
        # acronyms modify ("US" is no pronoun here); one with dots even after a model-like number
        ("Two US officials said", "2", "official"),
        ("Some 200 U.S. military personnel remain", "200", "personnel"),
        # coordinated modifiers, a determiner-like "such", compounds of irregular plurals
        ("four national security and diplomatic officials testified", "4", "official"),
        ("from about 4,500 such donors", "4500", "donor"),
        ("she has two grandchildren", "2", "grandchild"),
        ("three policemen were hurt", "3", "policeman"),
    ],
)
def test_counted_noun_of_a_noun_phrase(text: str, value: str, noun: str) -> None:
    q = find_quantities(text)[0]
    assert (str(q.value), q.unit, q.noun) == (value, None, noun)


@pytest.mark.parametrize(
    "text",
    [
        "the 747 Jumbo jets were retired",  # capitals after digits name a model
        "rainfall was 5 below normal levels",  # a preposition ends the modifiers
        "a 10-fold increase in claims",  # "-fold", "-odd": no counted thing
        "some 20-odd years",
        "the score stood at 3 after extra time",  # no plural head
        "he sold 4 shiny old red car parts",  # more than three modifiers before the head
        "a 6.0-sigma result",  # a compound adjective counts only after a whole number
        "he won 3 and lost the rest",  # a conjunction joins modifiers only after one
        "they kept two specimen",  # "-men" after a short or vowel-final stem is no plural
        "the 747 US carriers",  # an undotted acronym after a model-like number: a model
    ],
)
def test_no_counted_noun_without_a_plural_head(text: str) -> None:
    assert [q.noun for q in find_quantities(text)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minus before a number that goes on is a number, not an exponent
        ("he ran 5 km − 1.5 km later", [("5 km", "km"), ("1.5 km", "km")]),
        ("sold 2 M units of the acid", [("2", None)]),  # millions of units, not molar
        ("You can go to http://x.com/q?issn%280024%2D9114%29 now", []),
    ],
)
def test_exponents_and_symbols_in_context(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [(q.text, q.unit.code if q.unit else None) for q in find_quantities(text)]
    assert found == expected
    assert find_unit_mentions(text) == ()


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("55-63 million", D("55e6"), D("63e6")),
        ("2-4 weeks", D(2), D(4)),
        ("between 2 and 4 hours", D(2), D(4)),
        ("from $1 to $2 billion", D("1e9"), D("2e9")),
        ("5k-20k", D(5000), D(20000)),
        ("eight to 10 feet", D(8), D(10)),
        # a lower and an upper bound of one thing, in either order
        ("more than 10 and less than 40 people", D(10), D(40)),
        ("at most 100 and at least 20", D(20), D(100)),
        ("higher or equal than one hundred, lower or equal than three hundred", D(100), D(300)),
    ],
)
def test_ranges(text: str, low: Decimal, high: Decimal) -> None:
    q = one(text)
    assert (q.value, q.low, q.high) == (None, low, high)


def test_bounds_of_two_things_stay_apart() -> None:
    """Bounds of different clauses, in the wrong order or of other scales are two facts."""
    for text in (
        "More than 10 people were hurt and fewer than 5 died.",
        "more than 50 and less than 20",
        "more than 10 and less than 40 million",
    ):
        assert [q.low for q in find_quantities(text)] == [None, None], text


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        # recipes and durations write ranges with mixed numbers at either end
        ("1-1 1/2 cups flour", "1-1 1/2 cups", D(1), D("1.5"), "cup"),
        ("1 – 1 1/2 tbsp soy sauce", "1 – 1 1/2 tbsp", D(1), D("1.5"), "tbsp"),
        ("1 1/2-2 tbsp oil", "1 1/2-2 tbsp", D("1.5"), D(2), "tbsp"),
        ("1/2-1 tsp salt", "1/2-1 tsp", D("0.5"), D(1), "tsp"),
        ("bake for 2 to 2 1/2 hours", "2 to 2 1/2 hours", D(2), D("2.5"), "h"),
        ("2 to 2½ hours", "2 to 2½ hours", D(2), D("2.5"), "h"),
        ("between 3 and 3 1/2 feet", "3 and 3 1/2 feet", D(3), D("3.5"), "ft"),
    ],
)
def test_ranges_with_mixed_numbers(
    text: str, span: str, low: Decimal, high: Decimal, unit: str
) -> None:
    q = one(text)
    assert (q.text, q.value, q.low, q.high, q.unit.code if q.unit else None) == (
        span,
        None,
        low,
        high,
        unit,
    )


def test_a_fraction_before_a_year_is_no_range() -> None:
    # "10/12-2012" is a date (read as a fraction of its own, a known limit), never a range
    assert all(q.high is None for q in find_quantities("on 10/12-2012 we met"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half a million", D("5e5")),
        ("two hundred and five", D(205)),
        ("one and a half hours", D("1.5")),
        ("two thirds", D(2) / 3),
        ("10 1/2 miles", D("10.5")),
        ("1½ cups", D("1.5")),
        (".08", D("0.08")),
        ("1.3x10^6", D("1.3e6")),
        ("-5%", D(-5)),
        ("1.234,56 EUR", D("1234.56")),
        ("3/4", D("0.75")),
        ("3 dozen eggs", D(36)),
    ],
)
def test_number_forms(text: str, value: Decimal) -> None:
    assert find_quantities(text)[0].value == value


@pytest.mark.parametrize(
    "text",
    [
        "the Lumia 920 and the Lumia 510",
        "a Galaxy S3 or a Note II",
        "the XE-5 and the sgs 3",
        "his iPhone 5",
        "in 2012 and after the disastrous 2011",
        "Posts: 973; Member since: Aug 09, 2012",
        "at 10:30 on 2012-10-23",
        "call +1-222-2222-2222",
        "COVID-19 and 4G",
        "one of the best",
        "DOI: 10.1073/pnas.1907828116",  # a DOI's registrant prefix
        "open 9.30 A.M. / 7.00 P.M.",  # clock times with minutes after a dot
        # airliners by their model numbers, in a text about aviation
        "Boeing got bids for the embattled 737 Max jet",
        "a prior order of delayed 777x jets",
        "That's the $64,000 question, he said.",  # an idiom
        "after the Group of 20 conference in Turkey",  # a name
    ],
)
def test_not_facts(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # English groups thousands with commas: a plain space parts two numbers ...
        ("Its fleet of roughly 400 737 Max jets was grounded.", "en", [D(400)]),
        # ... unless a group cannot stand alone, or print's thin space joins them
        ("a population of 1 000 000 people", "en", [D(1_000_000)]),
        ("a population of 12\u2009345 people", "en", [D(12_345)]),
        ("12 345 personnes", "fr", [D(12_345)]),
    ],
)
def test_digit_groups_spaced(text: str, language: str, values: list[Decimal]) -> None:
    assert [q.value for q in find_quantities(text, language=language)] == values


def test_list_markers_are_not_facts() -> None:
    found = find_quantities("1. Samsung 55-63 million 2: Apple 45-50 million")
    assert [(q.text, q.low, q.high) for q in found] == [
        ("55-63 million", D("55e6"), D("63e6")),
        ("45-50 million", D("45e6"), D("50e6")),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about $2 billion", Qualifier.ABOUT),
        ("around 5 million users", Qualifier.ABOUT),
        ("more than 15%", Qualifier.MORE_THAN),
        ("up to 300 km", Qualifier.UP_TO),
        ("nearly 8,000 jobs", Qualifier.NEARLY),
        ("at least 20 people", Qualifier.AT_LEAST),
        ("no more than 50 seats", Qualifier.AT_MOST),
        ("fewer than 10 cases", Qualifier.LESS_THAN),
        ("200 or more", Qualifier.AT_LEAST),
        # comparison signs, ASCII's two characters too
        ("a score >= 30", Qualifier.AT_LEAST),
        ("a score ≥ 30", Qualifier.AT_LEAST),
        ("a score <= 30", Qualifier.AT_MOST),
        ("a score < = 30", Qualifier.AT_MOST),
        ("p < 0.05", Qualifier.LESS_THAN),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier) -> None:
    assert one(text).qualifier == qualifier


def test_change_and_measured() -> None:
    first, second = find_quantities(
        "Sony narrowed down losses to $198 million on $20.5 billion of total revenue"
    )
    assert (first.change, first.measured) == (Change.DECREASE, "losses")
    assert (second.change, second.measured) == (None, "total revenue")
    assert one("revenue rose 5%").change == Change.INCREASE
    assert one("a $312 million loss").measured == "loss"


def test_pounds_in_context() -> None:
    assert one("he paid 5 million pounds").unit == articlekit.Unit("GBP", Dimension.CURRENCY)
    assert one("it weighs 200 pounds").unit == articlekit.Unit("lb", Dimension.MASS)


def test_degrees_in_context() -> None:
    assert one("the temperature rose 20 degrees").unit == articlekit.Unit(
        "°", Dimension.TEMPERATURE
    )
    assert one("turn it by 90 degrees").unit == articlekit.Unit("°", Dimension.OTHER)


def test_periods_attach_to_the_nearest_mention() -> None:
    found = find_quantities(
        "a $312 million loss in Q1 2012 and $350 million in the same period of 2011"
    )
    assert [q.period.label if q.period else None for q in found] == ["2012-Q1", "2011"]


def test_periods_spelled_with_letters_ignorecase_matches() -> None:
    """A long s or a dotted capital I (which case-insensitive patterns match) crashed once."""
    found = find_quantities("a $5 billion loss in the \u017fecond quarter of 2012")
    assert [q.period.label if q.period else None for q in found] == ["2012-Q2"]
    found = find_quantities("5 million sold in Apr\u0131l 2012, up from the last tr\u0130mester")
    assert [q.period.label if q.period else None for q in found] == ["2012-04"]


def test_offsets_shift_spans() -> None:
    q = find_quantities("sold 5 cars", offset=100)[0]
    assert (q.span.start, q.span.end) == (105, 111)


def test_parse_quantity() -> None:
    q = parse_quantity("$20.5 billion")
    assert (q.value, q.scale, q.unit) == (
        D("20.5e9"),
        D("1e9"),
        articlekit.Unit("USD", Dimension.CURRENCY),
    )
    assert articlekit.parse_quantity("8.8 million smartphones").noun == "smartphone"
    with pytest.raises(InputError):
        parse_quantity("no number here")
    with pytest.raises(InputError):
        parse_quantity(b"$5")  # type: ignore[arg-type]


def test_step_resolves_relative_periods_against_the_dominant_period() -> None:
    text = (
        "Sony narrows loss in Q2 2012\n\n"
        "Sony posted its results for the second fiscal quarter. Sony lost $155 million in Q2 "
        "2012 after a $312 million loss last trimester and $350 million in the same period "
        "last year, and expects to cut 10,000 jobs this year.\n"
    )
    doc = articlekit.extract(text, reference_time=datetime(2012, 11, 2, tzinfo=UTC))
    labels = {q.text: q.period.label if q.period else None for q in doc.quantities}
    assert labels == {
        "$155 million": "2012-Q2",
        "$312 million": "2012-Q1",
        "$350 million": "2011-Q2",
        "10,000 jobs": "2012",
    }
    last = next(q for q in doc.quantities if q.text == "$312 million")
    assert last.period is not None
    assert last.period.is_fiscal
    assert doc.source.text[last.period.span.start : last.period.span.end] == "last trimester"  # type: ignore[union-attr]


def test_step_is_in_the_default_pipeline() -> None:
    assert "quantities" in articlekit.Pipeline.default().names
    assert QuantityExtractor().provides == frozenset({"quantities"})


# Known failures, kept so they are not forgotten: strict, so a fix makes them fail loudly.
def _known(text: str, expected: tuple[str, Decimal, str], source: str, reason: str) -> object:
    """A strict xfail case: ``expected`` is (raw text, value, unit code) of the missed fact."""
    return pytest.param(
        text, expected, id=source, marks=pytest.mark.xfail(strict=True, reason=reason)
    )


_KNOWN_FAILURES = [
    _known(
        "percent of 10",
        ("percent of 10", Decimal(10), "%"),
        "rt-percent: a unit before its number",
        "'percent of 10' is read as the bare 10",
    ),
    _known(
        "objects typically less than 5m in size",
        ("5m", Decimal(5), "m"),
        "grobid: metres by size",
        "'in size' is not a length cue: 5 million",
    ),
    _known(
        "disk temperatures were 2.5K higher",
        ("2.5K", Decimal("2.5"), "K"),
        "grobid: glued kelvin",
        "a glued K is thousands, as in news",
    ),
    _known(
        "precisions around 1ms −1 today",
        ("1ms −1", Decimal(1), "m/s"),
        "grobid: m s-1 written ms-1",
        "read as per millisecond",
    ),
    _known(
        "an intake of 2.7 l · day −1 on average",
        ("2.7 l · day −1", Decimal("2.7"), "L/d"),
        "grobid: a spaced litre",
        "a lone 'l' is read only glued ('2.7l')",
    ),
    _known(
        "the current is 22 A per 1 MVA",
        ("22 A", Decimal(22), "A"),
        "grobid: a spaced ampere",
        "a spaced 'A' is too often a grade or label",
    ),
    _known(
        "winds of 25 kt were measured",
        ("25 kt", Decimal(25), "kn"),
        "grobid: knots",
        "'kt' is also kilotonnes (yields)",
    ),
    _known(
        "it vanishes at about 45'C. This",
        ("45'C", Decimal(45), "°C"),
        "grobid: OCR degree sign",
        "an apostrophe for the degree sign",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _KNOWN_FAILURES)
def test_known_failures(text: str, expected: tuple[str, Decimal, str]) -> None:
    raw, value, unit = expected
    found = [(q.text, q.value, q.unit.code if q.unit else None) for q in find_quantities(text)]
    assert (raw, value, unit) in found


def test_a_range_of_ages_stays_a_range() -> None:
    """rt-age labels "about 40 - 50 years old" as the single value 50; it is the range 40-50."""
    q = one("He is about 40 - 50 years old")
    assert (q.low, q.high, q.value) == (Decimal(40), Decimal(50), None)
    assert q.unit is not None
    assert q.unit.code == "yr"


def test_number_words_found_as_read() -> None:
    """The presence test comes from the reader's own tables: what parse_quantity reads is found."""
    for text in ("a lakh rupees", "three crore people", "two dozen eggs", "a fifth of voters"):
        found = find_quantities(text)
        assert found, text
        assert found[0] == parse_quantity(text)
    assert find_quantities("a lakh rupees")[0].value == D(100000)


def test_step_matches_periods_once_per_region(monkeypatch: pytest.MonkeyPatch) -> None:
    """The step scans each region for period mentions once (the anchor is applied afterwards)."""
    from articlekit.facts import quantities as module  # noqa: PLC0415

    calls: list[str] = []
    real = module.period_matches  # type: ignore[attr-defined]

    def counting(text: str) -> object:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(module, "period_matches", counting)
    text = (
        "Sony narrows loss in Q2 2012\n\n"
        "Sony posted its results for the second fiscal quarter. Sony lost $155 million in Q2 "
        "2012 after a $312 million loss last trimester and $350 million in the same period "
        "last year, and expects to cut 10,000 jobs this year.\n"
    )
    doc = articlekit.extract(text)
    assert calls
    assert len(calls) == len(set(calls))
    last = next(q for q in doc.quantities if q.text == "$312 million")
    assert last.period is not None
    assert last.period.label == "2012-Q1"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Officers arrested Christopher D. Battin, 33, who resides", True),  # news style
        ("Ramaswamy, who is 38 and uses the app", True),  # a person being an age
        ("with Cameron, who was only 17 at the time of the attack", True),
        ("be an actor when they turn 18.", True),
        ("since I was 17 (I wish I still had it)", True),
        ("it was 17 at halftime", False),  # no person
        ("the total is 38 and rising", False),
    ],
)
def test_ages_in_news_style(text: str, *, age: bool) -> None:
    q = next(q for q in find_quantities(text) if q.value in {17, 18, 33, 38})
    assert (q.unit is not None and q.unit.code == "yr") == age


def test_a_bound_keeps_its_own_scale_when_it_is_already_larger() -> None:
    """A bare bound shares the scale ("55-63 million") unless it is larger without it."""
    (q,) = find_quantities("between 200,000 and 1.2 million people")
    assert (q.low, q.high) == (Decimal(200000), Decimal("1200000.0"))
    assert find_quantities("at 4.39pm on Monday") == ()  # a clock time with minutes


def test_a_sample_size_does_not_take_the_share_after_it() -> None:
    """A sample size "(n=876, 37.3%)" counts cases: the share after it is its own."""
    text = "Ratings were low (n=876, 37.3%), moderate (N = 1,287, 54.8%) or high."
    found = [(q.text, q.unit.code if q.unit else None) for q in find_quantities(text)]
    assert found == [("876", None), ("37.3%", "%"), ("1,287", None), ("54.8%", "%")]
    # a list without the label still shares its last unit
    assert [q.unit.code for q in find_quantities("values of 3, 4 and 5%") if q.unit] == ["%"] * 3


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        # a second count whose noun the clause named before it, as the subject of a verb
        ("nine people were killed and 21 were wounded", ["person", "person"]),
        ("Among the 50 stocks in the index, 31 were trading up", ["stock", "stock"]),
        # not across a sentence, nor without the verb
        ("He has 3 cats. 2 were adopted.", ["cat", None]),
        ("nine people were killed in 21 towns", ["person", "town"]),
        ("3 cats and 2 dogs", ["cat", "dog"]),
        # the object of a verb of casualty news joined to the first count's verb
        ("the attack killed 49 people and wounded 53.", ["person", "person"]),
        ("he shot a hundred people, killing 49, then", ["person", "person"]),
        ("sold 5 cars and earned 300", ["car", None]),
        # list members in parallel: the same preposition after each count
        ("announced four votes for Trump, 31 for Ted Cruz", ["vote", "vote"]),
        ("1,051 registered voters in Florida and 1,077 in Pennsylvania", ["voter", "voter"]),
        ("13 for Ted Cruz, and 36 votes for Trump", ["vote", "vote"]),
        # an amount compared with the count before it, of the same scale, counts its things
        ("5 people in Paris, up from 3 in 2019", ["person", "person"]),
        ("added 160 security personnel along the route, up from 90 last year", ["personnel"] * 2),
        ("to 1.24 million vehicles, from 1.25 million in 2018", ["vehicle", "vehicle"]),
        ("2,400 individual billionaires, compared with Forbes's 1,864.", ["billionaire"] * 2),
        # not a range's start, another scale, a rate's base, nor an amount with a noun of its own
        ("the index moved 5 points from 40 to 45", ["point", None]),
        ("5 people, up from 3 million", ["person", None]),
        ("65.2 cases per 100,000 people, up from 33.8 in May", ["case", "person", None]),
        ("12 people from 30 applicants", ["person", "applicant"]),
        # a count set off by a dash restates the plural noun before it
        ("Missouri had the fewest delegates — 71 in all — at stake.", ["delegate"]),
        ("his own group of Trump boosters - 34, to be exact", ["booster"]),
        ("The party took the most seats -- 123 -- in the election", ["seat"]),
        ("Prices rose - 5 was the peak.", [None]),
        # the number of something that the clause gives a value
        ("the number of coronavirus cases in the county increased from nine to 13", ["case"] * 2),
        ("By Sunday the total number of cases in the county rose to 15.", ["case"]),
        ("the number of refugees admitted rose to 85,000", ["refugee"]),
        # the verb right after the noun ends its phrase; the amount compared takes it too
        ("The number of cases rose to 15.", ["case"]),
        ("while the number of active cases stands at an alarming 698.", ["case"]),
        (
            (
                "the number of people collecting Social Security projected to swell to 65 "
                "million in 2025, from 49 million in 2015"
            ),
            ["person", "person"],
        ),
        # not "a number of", nor without a verb that gives the value, nor across a sentence
        ("A number of people came to 5.", [None]),
        ("the number of people in 12 towns", ["town"]),
        ("We counted the number of cases. It rose to 15.", [None]),
    ],
)
def test_a_count_takes_the_noun_its_clause_left_out(text: str, nouns: list[str | None]) -> None:
    assert [q.noun for q in find_quantities(text)] == nouns


def test_a_partitive_of_a_whole_sized_in_words() -> None:
    # "of the many reasons": the whole is sized without a number, its noun is still counted
    assert [q.noun for q in find_quantities("two of the many reasons")] == ["reason"]
    assert [q.noun for q in find_quantities("three of the few survivors said")] == ["survivor"]


def test_a_change_by_a_share_then_the_amount_is_no_range() -> None:
    a_third, amount = find_quantities("Revenue rose by a third to 1.2 billion euros.")
    assert (a_third.text, a_third.value, a_third.unit) == ("a third", Decimal(1) / 3, None)
    assert (amount.value, amount.unit.code if amount.unit else None) == (Decimal("1.2e9"), "EUR")
    (both,) = find_quantities("one third to one half of patients")  # two shares: a range
    assert (both.low, both.high) == (Decimal(1) / 3, Decimal("0.5"))


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("one in 45 children ages 3 to 17 has autism", "ages 3 to 17", 3, 17),
        ("voters aged 18-29 backed him", "aged 18-29", 18, 29),
        ("millennials, between the ages of 18 and 29, backed him", "18 and 29", 18, 29),
        ("voters aged between 18 and 34 backed him", "18 and 34", 18, 34),
    ],
)
def test_a_range_of_ages_is_in_years(text: str, span: str, low: int, high: int) -> None:
    q = find_quantities(text)[-1]
    reading = (q.text, q.low, q.high, q.unit.code if q.unit else None)
    assert reading == (span, Decimal(low), Decimal(high), "yr")


def test_a_money_sign_glued_to_the_next_number_opens_it() -> None:
    three, prize = find_quantities("They won three $50,000 prizes.")
    assert (three.text, three.unit) == ("three", None)
    assert (prize.text, prize.value, prize.unit.code if prize.unit else None) == (
        "$50,000",
        Decimal(50000),
        "USD",
    )
    # a sign after a number, spaced, stays its currency ("20 $" in French-Canadian style)
    (q,) = find_quantities("il coûte 20 $ maintenant", language="fr")
    assert q.unit is not None
    assert q.unit.code == "USD"


def test_plurals_in_zes_drop_only_the_s() -> None:
    (q,) = find_quantities("the two biggest prizes")
    assert q.noun == "prize"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # an adjective of duration between a number and its time unit
        ("It was down for four straight years", "four straight years", "yr"),
        ("we can't go 20 more years without a raise", "20 more years", "yr"),
        ("for three consecutive days", "three consecutive days", "d"),
        # time per period is a rate, as money per period is
        ("users spend 50 minutes a day on it", "50 minutes a day", "min/d"),
        ("data centres use 200 terawatt hours", "200 terawatt hours", "TWh"),
    ],
)
def test_durations_rates_and_energy(text: str, span: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.unit.code if q.unit else None, q.noun) == (span, unit, None)


def test_a_missing_space_before_a_word_is_no_unit() -> None:
    found = find_quantities("scores of 18 and 54and white")
    assert [(q.text, q.unit) for q in found] == [("18", None), ("54", None)]
    (q,) = find_quantities("3 more stores opened")  # "more" before a noun that is no unit
    assert (q.unit, q.noun) == (None, "store")


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # a change names where a quantity was and where it went: two amounts, not a range
        ("support fell from 54% to 35%", [("54", "%"), ("35", "%")]),
        ("cases increased from nine to 13", [("9", None), ("13", None)]),
        ("the population grew from 300 to 450 million", [("300000000", None), ("450000000", None)]),
        ("revenue rose from 5 to 7 million dollars", [("5000000", "USD"), ("7000000", "USD")]),
        # without a verb of change, or across a sentence, "from … to" is a range
        ("prices range from $5 to $10", [("5-10", "USD")]),
        ("It has increased. From 5 to 16 knots, it", [("5-16", "kn")]),
        ("sales rose from 5-7 million", [("5000000-7000000", None)]),  # a dash keeps a range
        # a year, then the new amount: no range
        ("sales dropped in 2019 to 1.24 million vehicles", [("1240000.00", None)]),
    ],
)
def test_changes_and_ranges(text: str, readings: list[tuple[str, str | None]]) -> None:
    found = [
        (f"{q.low}-{q.high}" if q.value is None else str(q.value), q.unit.code if q.unit else None)
        for q in find_quantities(text)
    ]
    assert found == readings


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a degree sign and its scale written apart
        ("it was 90° F outside", "90° F", "°F"),
        ("45° Fahrenheit at noon", "45° Fahrenheit", "°F"),
        ("20° degrees Celsius", "20° degrees Celsius", "°C"),
        ("turn it 90° Clockwise", "90°", "°"),  # a word, not the scale's letter
    ],
)
def test_a_degree_sign_and_its_scale_apart(text: str, span: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.unit.code if q.unit else None) == (span, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        # a share of one unit: "half a", "a quarter of a"
        ("it took half an hour", "half an hour", "0.5", "h"),
        ("for more than half a century", "half a century", "0.5", "century"),
        ("a quarter of a mile away", "a quarter of a mile", "0.25", "mi"),
    ],
)
def test_a_share_of_one_unit(text: str, span: str, value: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, str(q.value), q.unit.code if q.unit else None) == (span, value, unit)


@pytest.mark.parametrize("text", ["he had half a chance", "half a million people"])
def test_half_a_without_a_unit_is_no_unit(text: str) -> None:
    assert all(q.unit is None for q in find_quantities(text))


def test_one_after_a_count_cue_counts_the_whole_of_its_partitive() -> None:
    """Only one of the 168 members: one member; without the cue "one of" stays out."""
    (one, whole) = find_quantities("only one of the 168 members publicly supported him")
    assert (str(one.value), one.noun, whole.noun) == ("1", "member", "member")
    assert [q.text for q in find_quantities("one of the 168 members spoke")] == ["168 members"]
    assert find_quantities("only one of them") == ()


@pytest.mark.parametrize(
    "text",
    ["a year or two of international fury", "a chicken wing or two there", "an aircraft or two"],
)
def test_or_two_after_a_noun_is_a_few(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "stay with 7NEWS on-air",
        "7News cameras captured",
        "3Com sold",
        "the 49ers won",
        "76ers fans",
    ],
)
def test_a_capitalised_word_glued_after_digits_is_a_brand(text: str) -> None:
    assert find_quantities(text) == ()


def test_units_glued_after_digits_stay_units() -> None:
    found = find_quantities("a 5GHz chip on a 10Mbps line")
    assert [q.unit.code if q.unit else None for q in found] == ["GHz", "Mbit/s"]


@pytest.mark.parametrize(
    "text", ["this time a 4×4 as Stewart", "300 × 265 (same size)", "a 2 x 3 grid"]
)
def test_two_bare_numbers_crossed_are_a_size(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("a 3 × 4 m room", ["3", "4 m"]),  # a unit after them: a measure
        ("beta = 1.43 × 10 −4 here", ["1.43 × 10 −4"]),  # scientific notation
        ("1x 6-poligen DIN-Stecker", ["1", "6-poligen"]),  # "1x": one piece of
    ],
)
def test_crosses_that_are_no_size(text: str, texts: list[str]) -> None:
    language = "de" if "DIN" in text else None
    assert [q.text for q in find_quantities(text, language=language)] == texts


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("worth eight of its Hong Kong shares", "share"),
        ("between two of the nation’s highest-profile Republicans", "Republican"),
    ],
)
def test_a_partitive_whole_may_hold_capitalised_words(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He is 6'2\" tall", "6.17"),
        ("a 6′2″ forward", "6.17"),
        ("the 6’11” center", "6.92"),
        ("the 6-foot-2 guard", "6.17"),  # not feet to the power -2
    ],
)
def test_heights_in_feet_and_inches(text: str, value: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit is not None
    assert (q.unit.code, f"{q.value:.2f}") == ("ft", value)


def test_a_foot_mark_alone_is_no_height() -> None:
    assert [q.text for q in find_quantities("a 6-foot fence and the '90s")] == ["6-foot"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("ran for mayor three times.", "time"),
        ("was retweeted 3,200 times, leading", "time"),
        ("shooting McDonald 16 times in October", "time"),  # a count, not a model's number
        ("nearly ten times the number recorded", None),  # multipliers count nothing
        ("roughly three times as many voters", None),
        ("five times higher", None),
        ("a length 5.5 to 6.5 times said diameter", None),
    ],
)
def test_times_counts_a_frequency_not_a_multiplier(text: str, noun: str | None) -> None:
    assert find_quantities(text)[0].noun == noun


def test_list_members_that_repeat_the_verb_share_the_noun() -> None:
    text = "Ted Cruz has 11 delegates, Marco Rubio has 10 and Ben Carson has three."
    assert [q.noun for q in find_quantities(text)] == ["delegate"] * 3
    assert find_quantities("The Dow rose 5%, the Nasdaq rose 2.")[1].unit is None
    # a time after the first member's count
    text = "Trump got 18 first-place votes this week, Marco Rubio got seven and Ted Cruz got three."
    assert [q.noun for q in find_quantities(text)] == ["vote"] * 3


def test_a_count_by_which_the_one_before_exceeds_counts_the_same_things() -> None:
    text = "Obama won with 332 total electoral votes, 62 more than he needed."
    assert [q.noun for q in find_quantities(text)] == ["vote", "vote"]
    assert find_quantities("He scored 30 points, a record.")[0].noun == "point"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Less than a third of Dutch voters turned out", "voter"),  # a share needs no determiner
        ("a quarter of all cases", "case"),
        ("two of CERN's LHC experiments", "experiment"),  # an acronym's possessive
        # a full name's possessive, a share's unsaid "of", a capitalised plural whole
        ("more than half of Hillary Clinton's meetings as secretary", "meeting"),
        ("More than half the people outside the government met her", "person"),
        ("Less than half of Americans own any stock at all", "American"),
    ],
)
def test_partitives_of_shares_and_acronyms(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


def test_a_whole_count_needs_a_determiner_for_its_partitive() -> None:
    assert find_quantities("3 of voters")[0].noun is None


@pytest.mark.parametrize("text", ["He got 5 most of the time.", "The 3 most are here."])
def test_a_degree_word_before_no_adjective_counts_nothing(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.noun is None


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Polls show Clinton up by 10 points in the next contest.", ("10", "pp")),
        ("Trump got an 18-point lead over Cruz, according to the Fox poll.", ("18", "pp")),
        ("Clinton's 2.5-point edge, according to the average of polls.", ("2.5", "pp")),
        ("Clinton won by almost 60 points among the 30 percent of voters.", ("60", "pp")),
        # points of a market index, a game, a scoring line: the noun
        ("The Dow fell 102.2 points, or 0.36%.", ("102.2", "point")),
        ("The Lakers won by 10 points in the game.", ("10", "point")),
        ("Blakely 15 points.", ("15", "point")),
        ("a six-pointed star on the campaign poster", ("6", "point")),
        ("his 11 velocity points fit 5% of the votes in the poll", ("11", "point")),
    ],
)
def test_points_of_polls_and_elections_are_percentage_points(
    text: str, reading: tuple[str, str]
) -> None:
    q = find_quantities(text)[0]
    assert (str(q.value), q.unit.code if q.unit else q.noun) == reading


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a degree word before the adjective
        ("It listed 3 very important tips.", "tip"),
        ("It had two very different approaches.", "approach"),
        ("He named the 5 most important tips.", "tip"),
        # a compound adjective whose first part is a function word
        ("Trump got 18 first-place votes this week.", "vote"),
        ("He set 3 all-time records.", "record"),
        # two coordinated modifiers, then more of the phrase
        ("He deposed seven current and former Clinton aides.", "aide"),
        # a plural that modifies the plural after it
        ("It held two firearms licenses.", "license"),
        ("He won 12 Grand Slam singles titles.", "title"),
        ("An estimated 200 uniformed and plainclothes police officers came.", "officer"),
        ("the army carried out two chemical weapons attacks", "attack"),
    ],
)
def test_counted_noun_after_longer_modifiers(text: str, noun: str) -> None:
    (q,) = find_quantities(text)
    assert q.noun == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # the word after the plural reads as another subject's verb
        ("The crossover point between the two emission mechanisms occurs near 1cm.", "mechanism"),
        ("The combination of the two sails requires the optimization.", "sail"),
    ],
)
def test_a_plural_before_a_verb_is_the_head(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


def test_a_plural_before_a_label_is_the_head() -> None:
    found = find_quantities("one in 45 children ages 3 to 17 has autism")
    assert [(q.noun, q.unit.code if q.unit else None) for q in found] == [
        ("child", None),
        (None, "yr"),
    ]


def test_half_of_a_place_counts_no_noun() -> None:
    (q,) = find_quantities("More than half of Europe is cold")
    assert q.noun is None


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Demand reached 44,947 megawatts, much lower than the 46,797 he saw on Friday.", "MW"),
        ("It sold 300 cars, more than the 250 it sold last year.", "car"),
        ("Unemployment stood at 5.2%, up from 4.8 a year earlier.", "%"),
    ],
)
def test_an_amount_compared_with_a_measure_takes_its_unit(text: str, second: str) -> None:
    q = find_quantities(text)[1]
    assert (q.unit.code if q.unit else q.noun) == second


def test_a_rate_is_not_carried_to_the_amount_it_is_compared_with() -> None:
    found = find_quantities("65.2 cases per 100,000 people, up from 33.8 a week earlier")
    (q,) = [q for q in found if q.text == "33.8"]
    assert (q.unit, q.noun) == (None, None)  # the base of the rate before is no measure of it
