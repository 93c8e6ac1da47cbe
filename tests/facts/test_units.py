"""The unit table agrees with pint's registry, and the currency table with ISO 4217 (CLDR)."""

from __future__ import annotations

import pytest

from articlekit.facts import _units as units
from articlekit.model import Dimension, Unit

pint = pytest.importorskip("pint")

_PINT_DIMENSION: dict[Dimension, dict[str, int]] = {
    Dimension.LENGTH: {"[length]": 1},
    Dimension.AREA: {"[length]": 2},
    Dimension.VOLUME: {"[length]": 3},
    Dimension.MASS: {"[mass]": 1},
    Dimension.TIME: {"[time]": 1},
    Dimension.TEMPERATURE: {"[temperature]": 1},
    Dimension.SPEED: {"[length]": 1, "[time]": -1},
    Dimension.ENERGY: {"[length]": 2, "[mass]": 1, "[time]": -2},
    Dimension.POWER: {"[length]": 2, "[mass]": 1, "[time]": -3},
    Dimension.FREQUENCY: {"[time]": -1},
}
#: Our codes spelled the way pint parses them.
_PINT_NAME = {
    "µm": "micrometer",
    "m²": "m**2",
    "km²": "km**2",
    "cm²": "cm**2",
    "mi²": "mi**2",
    "ft²": "ft**2",
    "m³": "m**3",
    "km³": "km**3",
    "ft³": "ft**3",
    "µL": "microliter",
    "µg": "microgram",
    "µK": "microkelvin",
    "yr": "year",
    "wk": "week",
    "mo": "month",
    "°C": "degC",
    "°F": "degF",
    "kn": "knot",
    "fl oz": "fluid_ounce",
    "cup": "cup",
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "cal": "calorie",
    "kcal": "kilocalorie",
    "kB": "kilobyte",
    "ly": "light_year",
    "au": "astronomical_unit",
    "Å": "angstrom",
    "t": "metric_ton",
    "ton": "short_ton",
    "h": "hour",
    "d": "day",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "pt": "pint",
    "decade": "year",
    "Myr": "megayear",
    "Gyr": "gigayear",
    "M⊕": "earth_mass",
    "M☉": "solar_mass",
}  # pint's "decade" is the logarithmic unit, not 10 years


def _code(unit: object) -> str:
    assert isinstance(unit, Unit)
    return unit.code


@pytest.fixture(scope="module")
def registry() -> object:
    reg = pint.UnitRegistry()
    # pint has no astronomical masses; the IAU nominal values (only the dimension is checked)
    reg.define("earth_mass = 5.9722e24 kg")
    reg.define("solar_mass = 1.98841e30 kg")
    return reg


@pytest.mark.parametrize(
    "unit",
    sorted({u for u in units.SYMBOLS.values() if u.dimension in _PINT_DIMENSION}, key=_code),
    ids=_code,
)
def test_dimension_matches_pint(registry: object, unit: Unit) -> None:
    name = _PINT_NAME.get(unit.code, unit.code)
    dims = registry.parse_units(name).dimensionality  # type: ignore[attr-defined]
    assert dict(dims) == _PINT_DIMENSION[unit.dimension], (unit.code, dims)


def test_currency_table_is_iso_4217() -> None:
    assert all(len(code) == 3 and code.isupper() for code in units.CURRENCY_CODES)
    assert {"USD", "EUR", "GBP", "JPY", "INR", "CNY", "CHF"} <= set(units.CURRENCY_CODES)
    known = set(units.CURRENCY_CODES) | set(units.EXTRA_CURRENCIES.values())
    assert set(units.CURRENCY_SYMBOLS.values()) <= known | {"ILP", "CYP", "IEP", "MTP", "RHD"}
    assert units.CURRENCY_SYMBOLS["$"] == "USD"
    assert units.CURRENCY_SYMBOLS["€"] == "EUR"
    assert units.CURRENCY_NAMES["yen"] == "JPY"
