"""Units the quantity step recognises: money from CLDR, physical and ratio units from a table.

Money (ISO 4217 codes, symbols such as ``$``, ``US$``, ``Rs`` and ``€``, and names such as
"euros" or "yen") is read from ``data/currencies.json``, generated from the Unicode CLDR by
``scripts/generate_currencies.py``. Physical units are the table below: each row is a code (the
usual symbol), its dimension, its case-sensitive symbols and its case-insensitive names. The
dimensions are checked against pint's registry in the test suite, so the table cannot drift from
the physics; pint itself is not needed at run time (its import alone costs more than a page).

Lookups are exact dictionary hits on already tokenised text: the step never scans a unit list.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Final

from articlekit.model import Dimension, Unit

__all__ = [
    "CURRENCY_CODES",
    "CURRENCY_NAMES",
    "CURRENCY_SYMBOLS",
    "NAMES",
    "SYMBOLS",
    "currency",
    "unit_for",
]

_D = Dimension

#: (code, dimension, symbols (case-sensitive), names (lower case, singular and plural)).
_TABLE: Final[tuple[tuple[str, Dimension, tuple[str, ...], tuple[str, ...]], ...]] = (
    ("%", _D.RATIO, ("%", "％"), ("percent", "per cent", "pct", "percents", "percentage")),
    (
        "pp",
        _D.RATIO,
        ("pp", "ppt", "pts"),
        ("percentage point", "percentage points", "percent point", "percent points"),
    ),
    ("bp", _D.RATIO, ("bp", "bps"), ("basis point", "basis points")),
    ("‰", _D.RATIO, ("‰",), ("per mille", "per mil")),
    ("ppm", _D.RATIO, ("ppm",), ("parts per million", "part per million")),
    ("ppb", _D.RATIO, ("ppb",), ("parts per billion", "part per billion")),
    # length
    ("m", _D.LENGTH, ("m",), ("meter", "meters", "metre", "metres")),
    (
        "km",
        _D.LENGTH,
        ("km", "kms", "Km", "KM"),
        ("kilometer", "kilometers", "kilometre", "kilometres"),
    ),
    ("cm", _D.LENGTH, ("cm",), ("centimeter", "centimeters", "centimetre", "centimetres")),
    ("mm", _D.LENGTH, ("mm",), ("millimeter", "millimeters", "millimetre", "millimetres")),
    (
        "µm",
        _D.LENGTH,
        ("µm", "μm", "um"),
        ("micrometer", "micrometers", "micrometre", "micrometres", "micron", "microns"),
    ),
    ("nm", _D.LENGTH, ("nm",), ("nanometer", "nanometers", "nanometre", "nanometres")),
    ("pm", _D.LENGTH, (), ("picometer", "picometers", "picometre", "picometres")),
    ("dm", _D.LENGTH, ("dm",), ("decimeter", "decimeters", "decimetre", "decimetres")),
    ("mi", _D.LENGTH, ("mi",), ("mile", "miles")),
    ("ft", _D.LENGTH, ("ft",), ("foot", "feet")),
    ("in", _D.LENGTH, (), ("inch", "inches")),
    ("yd", _D.LENGTH, ("yd", "yds"), ("yard", "yards")),
    ("nmi", _D.LENGTH, ("nmi",), ("nautical mile", "nautical miles")),
    ("ly", _D.LENGTH, ("ly",), ("light year", "light years", "light-year", "light-years")),
    ("au", _D.LENGTH, ("AU",), ("astronomical unit", "astronomical units")),
    ("Å", _D.LENGTH, ("Å",), ("angstrom", "angstroms", "ångström", "ångströms")),
    # area
    (
        "m²",
        _D.AREA,
        ("m²", "m2", "m^2", "sqm"),
        ("square meter", "square meters", "square metre", "square metres", "sq m"),
    ),
    (
        "km²",
        _D.AREA,
        ("km²", "km2", "km^2"),
        ("square kilometer", "square kilometers", "square kilometre", "square kilometres", "sq km"),
    ),
    (
        "cm²",
        _D.AREA,
        ("cm²", "cm2"),
        ("square centimeter", "square centimeters", "square centimetre", "square centimetres"),
    ),
    ("mi²", _D.AREA, ("mi²", "mi2"), ("square mile", "square miles", "sq mi")),
    ("ft²", _D.AREA, ("ft²", "ft2", "sqft"), ("square foot", "square feet", "sq ft", "sq. ft")),
    ("ha", _D.AREA, ("ha",), ("hectare", "hectares")),
    ("acre", _D.AREA, (), ("acre", "acres")),
    # volume
    ("L", _D.VOLUME, ("L", "l"), ("liter", "liters", "litre", "litres")),
    (
        "mL",
        _D.VOLUME,
        ("ml", "mL", "cc", "cm³", "cm3"),
        (
            "milliliter",
            "milliliters",
            "millilitre",
            "millilitres",
            "cubic centimeter",
            "cubic centimeters",
            "cubic centimetre",
            "cubic centimetres",
        ),
    ),
    ("cL", _D.VOLUME, ("cl", "cL"), ("centiliter", "centiliters", "centilitre", "centilitres")),
    ("m³", _D.VOLUME, ("m³", "m3"), ("cubic meter", "cubic meters", "cubic metre", "cubic metres")),
    (
        "km³",
        _D.VOLUME,
        ("km³", "km3"),
        ("cubic kilometer", "cubic kilometers", "cubic kilometre", "cubic kilometres"),
    ),
    ("ft³", _D.VOLUME, ("ft³", "ft3"), ("cubic foot", "cubic feet")),
    ("gal", _D.VOLUME, ("gal",), ("gallon", "gallons")),
    (
        "µL",
        _D.VOLUME,
        ("µl", "μl", "µL", "μL", "ul", "uL"),
        ("microliter", "microliters", "microlitre", "microlitres"),
    ),
    ("tbsp", _D.VOLUME, ("tbsp", "Tbsp", "tbs"), ("tablespoon", "tablespoons")),
    ("tsp", _D.VOLUME, ("tsp",), ("teaspoon", "teaspoons")),
    ("cup", _D.VOLUME, (), ("cup", "cups")),
    ("fl oz", _D.VOLUME, (), ("fluid ounce", "fluid ounces", "fl oz")),
    ("pt", _D.VOLUME, (), ("pint", "pints")),
    ("bbl", _D.VOLUME, ("bbl",), ("barrel", "barrels")),
    # mass
    (
        "kg",
        _D.MASS,
        ("kg", "kgs", "Kg"),
        ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    ),
    ("g", _D.MASS, ("g", "gr"), ("gram", "grams", "gramme", "grammes")),
    ("mg", _D.MASS, ("mg",), ("milligram", "milligrams", "milligramme", "milligrammes")),
    (
        "µg",
        _D.MASS,
        ("µg", "μg", "ug", "mcg"),
        ("microgram", "micrograms", "microgramme", "microgrammes"),
    ),
    ("ng", _D.MASS, ("ng",), ("nanogram", "nanograms")),
    ("M⊕", _D.MASS, ("M⊕",), ("earth mass", "earth masses")),
    ("M☉", _D.MASS, ("M☉", "M⊙"), ("solar mass", "solar masses")),
    ("t", _D.MASS, ("t",), ("tonne", "tonnes", "metric ton", "metric tons")),
    ("ton", _D.MASS, (), ("ton", "tons")),
    ("lb", _D.MASS, ("lb", "lbs"), ()),  # "pound(s)" is decided in context (money or mass)
    ("oz", _D.MASS, ("oz",), ("ounce", "ounces")),
    # time
    ("s", _D.TIME, ("s", "sec", "secs"), ("second", "seconds")),
    ("ms", _D.TIME, ("ms",), ("millisecond", "milliseconds")),
    ("min", _D.TIME, ("min", "mins"), ("minute", "minutes")),
    ("h", _D.TIME, ("h", "hr", "hrs"), ("hour", "hours")),
    ("d", _D.TIME, (), ("day", "days")),
    ("wk", _D.TIME, ("wk", "wks"), ("week", "weeks")),
    ("mo", _D.TIME, (), ("month", "months")),
    ("yr", _D.TIME, ("yr", "yrs"), ("year", "years")),
    ("decade", _D.TIME, (), ("decade", "decades")),
    ("century", _D.TIME, (), ("century", "centuries")),
    ("Myr", _D.TIME, ("Myr",), ("megayear", "megayears")),
    ("Gyr", _D.TIME, ("Gyr",), ("gigayear", "gigayears")),
    # temperature (bare "degrees" is decided in context)
    (
        "°C",
        _D.TEMPERATURE,
        ("°C", "℃", "ºC", "° C", "º C"),
        (
            "degree celsius",
            "degrees celsius",
            "deg celsius",
            "degree centigrade",
            "degrees centigrade",
            "celsius",
            "centigrade",
            "degrees c",
            "deg c",
            "celcius",
            "degrees celcius",
            "centigrate",
            "degrees centigrate",
        ),
    ),
    (
        "°F",
        _D.TEMPERATURE,
        ("°F", "℉", "ºF", "° F", "º F"),
        (
            "degree fahrenheit",
            "degrees fahrenheit",
            "deg fahrenheit",
            "fahrenheit",
            "degrees farenheit",
            "farenheit",
            "degrees f",
            "deg f",
        ),
    ),
    ("K", _D.TEMPERATURE, ("K",), ("kelvin", "kelvins")),
    ("mK", _D.TEMPERATURE, ("mK",), ("millikelvin", "millikelvins")),
    ("µK", _D.TEMPERATURE, ("µK", "μK"), ("microkelvin", "microkelvins")),
    # speed
    (
        "km/h",
        _D.SPEED,
        ("km/h", "kph", "kmh", "km/hr", "kmph"),
        ("kilometers per hour", "kilometres per hour", "kilometers an hour", "kilometres an hour"),
    ),
    ("mph", _D.SPEED, ("mph",), ("miles per hour", "miles an hour", "mile per hour")),
    ("m/s", _D.SPEED, ("m/s",), ("meters per second", "metres per second")),
    ("kn", _D.SPEED, ("kn", "kt", "kts"), ("knot", "knots")),
    # energy and power
    ("J", _D.ENERGY, ("J",), ("joule", "joules")),
    ("kJ", _D.ENERGY, ("kJ",), ("kilojoule", "kilojoules")),
    ("MJ", _D.ENERGY, ("MJ",), ("megajoule", "megajoules")),
    ("cal", _D.ENERGY, ("cal",), ("calorie", "calories")),
    ("kcal", _D.ENERGY, ("kcal", "Cal"), ("kilocalorie", "kilocalories")),
    ("Wh", _D.ENERGY, ("Wh",), ("watt hour", "watt hours", "watt-hour", "watt-hours")),
    (
        "kWh",
        _D.ENERGY,
        ("kWh", "KWh", "kwh"),
        ("kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"),
    ),
    (
        "MWh",
        _D.ENERGY,
        ("MWh",),
        ("megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours"),
    ),
    (
        "GWh",
        _D.ENERGY,
        ("GWh",),
        ("gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours"),
    ),
    (
        "TWh",
        _D.ENERGY,
        ("TWh",),
        ("terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours"),
    ),
    (
        "eV",
        _D.ENERGY,
        ("eV",),
        ("electronvolt", "electronvolts", "electron volt", "electron volts"),
    ),
    ("keV", _D.ENERGY, ("keV",), ("kiloelectronvolt", "kiloelectronvolts")),
    ("MeV", _D.ENERGY, ("MeV",), ("megaelectronvolt", "megaelectronvolts")),
    ("GeV", _D.ENERGY, ("GeV",), ("gigaelectronvolt", "gigaelectronvolts")),
    ("TeV", _D.ENERGY, ("TeV",), ("teraelectronvolt", "teraelectronvolts")),
    ("W", _D.POWER, ("W",), ("watt", "watts")),
    ("kW", _D.POWER, ("kW", "KW"), ("kilowatt", "kilowatts")),
    ("MW", _D.POWER, ("MW",), ("megawatt", "megawatts")),
    ("GW", _D.POWER, ("GW",), ("gigawatt", "gigawatts")),
    ("TW", _D.POWER, ("TW",), ("terawatt", "terawatts")),
    ("hp", _D.POWER, ("hp", "bhp"), ("horsepower",)),
    ("VA", _D.POWER, ("VA",), ("volt-ampere", "volt-amperes")),
    ("kVA", _D.POWER, ("kVA",), ("kilovolt-ampere", "kilovolt-amperes")),
    ("MVA", _D.POWER, ("MVA",), ("megavolt-ampere", "megavolt-amperes")),
    # data
    ("bit", _D.DATA, (), ("bit", "bits")),
    ("B", _D.DATA, (), ("byte", "bytes")),
    ("kB", _D.DATA, ("kB", "KB"), ("kilobyte", "kilobytes")),
    ("MB", _D.DATA, ("MB",), ("megabyte", "megabytes")),
    ("GB", _D.DATA, ("GB", "gb", "Gb"), ("gigabyte", "gigabytes")),
    ("TB", _D.DATA, ("TB",), ("terabyte", "terabytes")),
    ("Mbit/s", _D.DATA, ("Mbps", "Mbit/s", "Mb/s"), ("megabits per second",)),
    ("Gbit/s", _D.DATA, ("Gbps", "Gbit/s", "Gb/s"), ("gigabits per second",)),
    # frequency and electricity
    ("Hz", _D.FREQUENCY, ("Hz",), ("hertz",)),
    ("kHz", _D.FREQUENCY, ("kHz",), ("kilohertz",)),
    ("MHz", _D.FREQUENCY, ("MHz",), ("megahertz",)),
    ("GHz", _D.FREQUENCY, ("GHz",), ("gigahertz",)),
    ("V", _D.OTHER, ("V",), ("volt", "volts")),
    ("kV", _D.OTHER, ("kV",), ("kilovolt", "kilovolts")),
    ("mV", _D.OTHER, ("mV",), ("millivolt", "millivolts")),
    ("A", _D.OTHER, (), ("ampere", "amperes", "amp", "amps")),
    ("mA", _D.OTHER, ("mA",), ("milliampere", "milliamperes")),
    ("mAh", _D.OTHER, ("mAh",), ("milliampere hour", "milliampere hours")),
    ("Pa", _D.OTHER, ("Pa",), ("pascal", "pascals")),
    ("kPa", _D.OTHER, ("kPa",), ("kilopascal", "kilopascals")),
    ("ksi", _D.OTHER, ("ksi",), ("kilopound per square inch", "kilopounds per square inch")),
    # sports statistics: points, rebounds, assists per game
    ("ppg", _D.OTHER, ("ppg",), ("points per game", "point per game")),
    ("rpg", _D.OTHER, ("rpg",), ("rebounds per game", "rebound per game")),
    ("apg", _D.OTHER, ("apg",), ("assists per game", "assist per game")),
    ("MPa", _D.OTHER, ("MPa",), ("megapascal", "megapascals")),
    ("GPa", _D.OTHER, ("GPa",), ("gigapascal", "gigapascals")),
    ("bar", _D.OTHER, ("bar",), ("bar", "bars")),
    ("mbar", _D.OTHER, ("mbar",), ("millibar", "millibars")),
    ("atm", _D.OTHER, ("atm",), ("atmosphere", "atmospheres")),
    ("psi", _D.OTHER, ("psi",), ()),
    ("rpm", _D.FREQUENCY, ("rpm", "RPM", "U/min"), ("revolutions per minute",)),
    ("Ω", _D.OTHER, ("Ω",), ("ohm", "ohms")),
    ("kΩ", _D.OTHER, ("kΩ",), ("kiloohm", "kiloohms", "kilohm", "kilohms")),
    ("mol", _D.OTHER, ("mol",), ("mole", "moles")),
    ("mmol", _D.OTHER, ("mmol",), ("millimole", "millimoles")),
    ("M", _D.OTHER, (), ("molar",)),
    ("mM", _D.OTHER, ("mM",), ("millimolar",)),
    ("µM", _D.OTHER, ("µM", "μM", "uM"), ("micromolar",)),
    ("nM", _D.OTHER, ("nM",), ("nanomolar",)),
    ("pM", _D.OTHER, ("pM",), ("picomolar",)),
    ("Gy", _D.OTHER, ("Gy",), ("gray", "grays")),
    ("T", _D.OTHER, (), ("tesla", "teslas")),
    ("mT", _D.OTHER, ("mT",), ("millitesla", "milliteslas")),
    ("kG", _D.OTHER, ("kG",), ("kilogauss",)),
    ("pH", _D.OTHER, (), ()),  # written before the number: "pH 7.4"
    ("rad", _D.OTHER, ("rad",), ("radian", "radians")),
    ("°", _D.OTHER, ("°", "º"), ("degree", "degrees", "deg")),
    ("sr", _D.OTHER, ("sr",), ("steradian", "steradians")),
    ("arcmin", _D.OTHER, ("arcmin", "′"), ("arcminute", "arcminutes")),
    ("arcsec", _D.OTHER, ("arcsec", "″", "′′"), ("arcsecond", "arcseconds")),
    ("dB", _D.OTHER, ("dB",), ("decibel", "decibels")),
    ("px", _D.OTHER, ("px",), ("pixel", "pixels")),
    ("MP", _D.OTHER, ("MP", "Mpx"), ("megapixel", "megapixels")),
)

#: Units written before their number ("pH 7.4").
PREFIX_UNITS: Final = frozenset({"pH"})

#: Symbols that are also ordinary words or letters: read only glued to a number ("5m", "20g").
GLUED_ONLY: Final = frozenset(
    {
        "in",
        "A",
        "t",
        "l",
        "ly",
        "gr",
        "pts",
        "kt",
        "bar",
        "rad",
        "px",
        "MP",
        "cal",
        "Cal",
        "M",
        "pp",
        "a",
    }
)

#: Unit names in the big European news languages (German, French, Spanish, Italian, Portuguese,
#: Dutch, the Scandinavian languages, Polish, Russian, Ukrainian), by the code of a row of the
#: table above: lower case, singular and plural forms (the Slavic ones in the cases a count
#: takes: "5 лет", "2 года"). Only forms that are no English word ("ore", Italian hours,
#: French "an", Dutch "week" are left out). Ages written as compounds are years ("die
#: 83-jährige", "de 27-jarige", "den 27-årige", "58-летнего", "25-річна", "25-letni").
_FOREIGN_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "%": (
        "प्रतिशत",
        "फीसदी",
        "फ़ीसदी",
        "\u095e\u0940\u0938\u0926\u0940",
        # Persian and Hebrew
        "درصد",
        "אחוז",
        "אחוזים",
        "prozent",
        # the German adjective after a number and its hyphen: "eine 3-prozentige Lösung"
        "prozentig",
        "prozentige",
        "prozentigen",
        "prozentiger",
        "prozentiges",
        "prozentigem",
        "por ciento",
        "pour cent",
        "per cento",
        "por cento",
        "procent",
        "prosent",
        "процент",
        "процента",
        "процентов",
        # Indonesian and Malay, then Arabic
        "persen",
        "peratus",
        "بالمائة",
        "بالمئة",
        "في المائة",
        "في المئة",
    ),
    "pp": ("prozentpunkt", "prozentpunkte", "prozentpunkten"),
    "yr": tuple(
        (
            # Hindi
            "साल सालों वर्ष वर्षों "
            "jahr jahre jahren jahres jährig jährige jährigen jähriger jähriges jarige jarigen "
            "årig årige åring ans année années año años ano anos anno anni jaar jaren år åren "
            "года лет рік роки років rok lata летний летняя летнего летней летнему летним "
            "летнем летние летних річний річна річного річної річному річним річні річних "
            "letni letnia letniego letniej letnim letnie letnich "
            # Indonesian and Malay, Turkish (and its age "47 yaşında"), Arabic, Persian, Hebrew
            "tahun yıl yıllık yaşında yaşındaki عاما عام سنة سنوات أعوام سال שנים שנה"
        ).split()
    ),
    "mo": tuple(
        # Hindi
        "महीने महीना महीनों माह "
        "monat monate monaten monats mois mes meses mese mesi maand maanden månad månader "
        "måned måneder месяц месяца месяцев місяць місяці місяців miesiąc miesiące "
        "miesięcy bulan ay aylık شهر شهرا أشهر شهور ماه חודשים חודש".split()
    ),
    "wk": tuple(
        # Hindi
        "हफ्ते हफ़्ते \u0939\u095e\u094d\u0924\u0947 सप्ताह "
        "woche wochen semaine semaines semana semanas settimana settimane weken veckor uker "
        "uger неделя недели недель тиждень тижні тижнів tydzień tygodnie tygodni minggu hafta "
        "أسبوع أسابيع هفته שבועות שבוע".split()
    ),
    "d": tuple(
        # Hindi
        "दिन दिनों "
        "tag tage tagen jour jours día días dias giorno giorni dagen dagar dager день дня дней "
        "дні днів dzień dni hari gün يوم يوما أيام روز ימים יום".split()
    ),
    "decade": tuple(
        "jahrzehnt jahrzehnte jahrzehnten décennie décennies década décadas decennio "
        "decenni".split()
    ),
    "h": tuple(
        # Hindi
        "घंटे घंटा घंटों "
        "stunde stunden heure heures hora horas uur uren timmar godzina godziny godzin "
        "час часа часов jam saat ساعة ساعات ساعت שעות שעה".split()
    ),
    "min": tuple(
        # Hindi
        "मिनट "
        "minuten minutos minuti minuter minutter minuto minut minuty минута минуты минут menit "
        "dakika دقيقة دقائق".split()
    ),
    "s": tuple(
        "सेकंड sekunde sekunden secondes segundos secondi seconden sekunder секунда секунды "
        "секунд detik saniye".split()
    ),
    # "gr" is how recipes and shops in the other languages abbreviate grams ("100 gr de
    # chocolate", "200 gr Mehl")
    "g": ("gramm", "gramos", "grammi", "gramas", "грамм", "грамма", "граммов", "gramów", "gr"),
    "mg": ("milligramm", "miligramos", "milligrammi", "miligramas", "миллиграмм", "miligramów"),
    "kg": (
        "किलो",
        "किलोग्राम",
        "kilogramm",
        "kilogramos",
        "chilogrammi",
        "quilos",
        "quilogramas",
        "кг",
        "килограмм",
        "килограмма",
        "килограммов",
    ),
    "t": ("टन", "मीट्रिक टन", "tonnen", "toneladas", "tonnellate", "тонн", "тонны", "тонна"),
    "m": ("मीटर", "metern", "metros", "metri", "mètre", "mètres", "метров", "метра", "metrów"),
    "km": (
        "किलोमीटर",
        "kilometern",
        "kilómetros",
        "kilometros",
        "chilometri",
        "quilômetros",
        "quilómetros",
        "kilomètre",
        "kilomètres",
        "км",
        "километров",
        "километра",
        "kilometrów",
    ),
    "cm": ("zentimeter", "zentimetern", "centímetros", "centimetri", "centimètres", "см"),
    "mm": ("millimetern", "milímetros", "millimetri", "millimètres"),
    "m²": (
        "quadratmeter",
        "quadratmetern",
        "metros cuadrados",
        "metro cuadrado",
        "metri quadrati",
        "metro quadrato",
        "mètres carrés",
        "mètre carré",
        "metros quadrados",
        "metro quadrado",
        "vierkante meter",
        "квадратных метров",
        "metrów kwadratowych",
    ),
    "km²": (
        "quadratkilometer",
        "quadratkilometern",
        "kilomètres carrés",
        "kilomètre carré",
        "kilómetros cuadrados",
        "kilómetro cuadrado",
        "chilometri quadrati",
        "chilometro quadrato",
        "quilômetros quadrados",
        "quilómetros quadrados",
        "vierkante kilometer",
        "квадратных километров",
        "kilometrów kwadratowych",
    ),
    "m³": ("kubikmeter", "kubikmetern"),
    "L": ("litros", "litri", "litern"),
    "ha": ("hektar", "hektaren", "hectárea", "hectáreas", "ettaro", "ettari"),
    "kWh": ("kilowattstunde", "kilowattstunden"),
    "MW": ("megawat", "megawaty", "megawatów"),
    "°": ("grad", "grados", "gradi", "degré", "degrés", "градус", "градуса", "градусов"),
    "tbsp": (
        "esslöffel",
        "cucharada",
        "cucharadas",
        "cuillère à soupe",
        "cuillères à soupe",
        "colher de sopa",
        "colheres de sopa",
    ),
    "tsp": (
        "teelöffel",
        "cucharadita",
        "cucharaditas",
        "cuillère à café",
        "cuillères à café",
        "colher de chá",
        "colheres de chá",
    ),
    "°C": ("grad celsius", "grados celsius", "gradi celsius", "degrés celsius"),
}

SYMBOLS: Final[dict[str, Unit]] = {}
NAMES: Final[dict[str, Unit]] = {}
for _code, _dim, _symbols, _names in _TABLE:
    _unit = Unit(_code, _dim)
    for _s in (_code, *_symbols):
        SYMBOLS.setdefault(_s, _unit)
    for _n in _names:
        NAMES.setdefault(_n, _unit)
    for _n in _FOREIGN_NAMES.get(_code, ()):
        NAMES.setdefault(_n, _unit)


def _load_currencies() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    raw = resources.files("articlekit.facts").joinpath("data/currencies.json").read_text("utf-8")
    data = json.loads(raw)
    return data["codes"], data["symbols"], data["names"]


CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_NAMES = _load_currencies()

#: Three-letter codes that are also everyday upper-case words or acronyms ("ALL", "TOP", "AMD").
AMBIGUOUS_CODES: Final = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "PEN",
        "MAD",
        "SOS",
        "BOB",
        "GEL",
        "AMD",
        "TRY",
        "DOP",
        "ANG",
        "MOP",
        "BAM",
        "CVE",
        "LAK",
        "MRU",
        "COP",  # also the Conference of the Parties: "COP26", "die COP27"
    }
)
#: Codes that may be written in lower case ("usd 20", lower-cased news wires), and aliases.
LOWER_CODES: Final = {
    **{
        c: c.upper()
        for c in (
            "usd eur gbp jpy cny inr chf cad aud nzd hkd sgd krw rub brl mxn zar sek nok dkk "
            "pln czk huf btc"
        ).split()
    },
    "rmb": "CNY",
}
#: Minor units: value = count x 0.01 of the major unit (the major unit is read from context).
MINOR_UNITS: Final = {
    "cent": "USD",
    "cents": "USD",
    "sen": "MYR",  # a hundredth of the ringgit (also of the rupiah and, formerly, the yen)
    "penny": "GBP",
    "pence": "GBP",
    "pennies": "GBP",
    "p": "GBP",
    "¢": "USD",
    "c": "USD",
    "ct": "EUR",
    "kopecks": "RUB",
    "paise": "INR",
    "centimes": "EUR",
    "euro cents": "EUR",
    "eurocents": "EUR",
}
#: Not ISO 4217 but reported like money.
EXTRA_CURRENCIES: Final = {
    "₿": "BTC",
    "btc": "BTC",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "xbt": "BTC",
    # slang of the dollar and the pound after an amount: "20 bucks", "50 quid"
    "bucks": "USD",
    "buck": "USD",
    "quid": "GBP",
    # the rupee in Hindi ("1925 रुपये"), in the forms a count takes
    **dict.fromkeys(("रुपये", "रुपए", "रुपया", "रुपयों"), "INR"),
    "डॉलर": "USD",
    # the rial in Persian, the shekel in Hebrew ("200 שקל", "ש״ח")
    "ریال": "IRR",
    **dict.fromkeys(("שקל", "שקלים", "ש״ח", 'ש"ח'), "ILS"),
    # the hryvnia in Ukrainian and Russian, by the case forms a count takes
    **dict.fromkeys(("гривня", "гривні", "гривень", "гривны", "гривен", "грн"), "UAH"),
}

_CURRENCY_UNITS: Final[dict[str, Unit]] = {}


def currency_symbol(sym: str) -> str | None:
    """The ISO code of a money symbol or code as written ("US$", "hk$", "€", "BTC", "rmb")."""
    code = CURRENCY_SYMBOLS.get(sym) or EXTRA_CURRENCIES.get(sym.lower())
    if code is not None:
        return code
    if len(sym) > 1 and sym.endswith("$"):
        head = sym[:-1]
        code = _DOLLAR_PREFIXES.get(head.lower())
        if code is not None:
            return code
    if sym in CURRENCY_CODES and sym not in AMBIGUOUS_CODES:
        return sym
    return LOWER_CODES.get(sym)


_DOLLAR_PREFIXES: Final = {
    **{k[:-1].lower(): v for k, v in CURRENCY_SYMBOLS.items() if k.endswith("$") and len(k) > 1},
    **{c.lower(): c for c in CURRENCY_CODES if c.endswith("D") or c in {"MXN", "BRL", "TWD"}},
    "mex": "MXN",
    "u.s.": "USD",
    "u.s": "USD",
    "us": "USD",
}


def currency(code: str) -> Unit:
    """The :class:`Unit` for an ISO 4217 code (cached: one object per code)."""
    unit = _CURRENCY_UNITS.get(code)
    if unit is None:
        unit = _CURRENCY_UNITS[code] = Unit(code, Dimension.CURRENCY)
    return unit


def unit_for(code: str) -> Unit | None:
    """The unit for a physical unit code or symbol, or an ISO currency code; else ``None``.

    >>> unit_for("km")
    Unit(code='km', dimension=<Dimension.LENGTH: 'length'>)
    >>> unit_for("EUR").dimension.value
    'currency'
    """
    if code in CURRENCY_CODES:
        return currency(code)
    return SYMBOLS.get(code) or NAMES.get(code.lower())


#: Units, currencies and counters written in Chinese or Japanese after a number, glued as the
#: script writes them ("3.5亿元", "5公里", "3个月", "19歳"): currency codes, unit codes of the
#: table above, or the counter itself as the counted noun ("15万人" counts 人).
CJK_UNITS: Final[dict[str, str]] = {
    **dict.fromkeys(("元", "人民币", "块"), "CNY"),
    **dict.fromkeys(("美元", "ドル"), "USD"),
    **dict.fromkeys(("港元", "港币", "港幣"), "HKD"),
    **dict.fromkeys(("日元", "円"), "JPY"),
    **dict.fromkeys(("欧元", "ユーロ"), "EUR"),
    "英镑": "GBP",
    "公里": "km",
    "米": "m",
    "メートル": "m",
    "キロメートル": "km",
    "厘米": "cm",
    "センチ": "cm",
    "毫米": "mm",
    **dict.fromkeys(("公斤", "キログラム"), "kg"),
    **dict.fromkeys(("克", "グラム"), "g"),
    **dict.fromkeys(("吨", "トン"), "t"),
    **dict.fromkeys(("升", "リットル"), "L"),
    "平方米": "m²",
    "平方公里": "km²",
    **dict.fromkeys(("小时", "小時", "時間"), "h"),
    **dict.fromkeys(("分钟", "分鐘"), "min"),
    "秒": "s",
    **dict.fromkeys(("天", "日間"), "d"),
    **dict.fromkeys(("周", "週間"), "wk"),
    **dict.fromkeys(("个月", "個月", "か月", "ヶ月", "カ月"), "mo"),
    **dict.fromkeys(("年", "年間"), "yr"),
    **dict.fromkeys(("岁", "歲", "歳"), "yr"),
}
#: Counters: the counted noun is the counter ("人" people, "家" firms, "件" cases).
CJK_COUNTERS: Final = frozenset(
    "人 名 个 個 位 家 件 台 辆 輛 架 艘 座 所 项 項 次 回 例 "
    # sheets and tickets, sets, animals by the head, volumes, flat things, votes
    "張 张 組 组 頭 匹 冊 册 枚 票".split()
)


#: Korean writes its units, currencies and counters glued to the number, and the case particle
#: glued after them ("5만원이다", "3개월 동안", "10안타를"). The tokenizer splits such a word
#: into its scale syllables, its unit or counter, and the rest (:func:`split_korean`).
#: Units and currencies by code, as :data:`CJK_UNITS`: "원" won, "년" years (a four-digit
#: number before it is the year itself), "개월" months, "세"/"살" years of age.
KOREAN_UNITS: Final[dict[str, str]] = {
    "원": "KRW",
    "달러": "USD",
    "엔": "JPY",
    "유로": "EUR",
    "위안": "CNY",
    "파운드": "GBP",
    **dict.fromkeys(("년", "년간", "해"), "yr"),
    **dict.fromkeys(("세", "살"), "yr"),
    "개월": "mo",
    **dict.fromkeys(("주", "주간", "주일"), "wk"),
    **dict.fromkeys(("일간", "일동안"), "d"),
    "시간": "h",
    "분": "min",
    "초": "s",
    "킬로미터": "km",
    "미터": "m",
    "센티미터": "cm",
    "킬로그램": "kg",
    "킬로": "kg",
    "그램": "g",
    "톤": "t",
    "리터": "L",
    "퍼센트": "%",
}
#: Korean counters, each the counted noun ("15명" counts 명, people): people, things, cases,
#: places, animals, volumes, kinds, households, countries, buildings, ships, sheets.
KOREAN_COUNTERS: Final = frozenset(
    "명 개 건 곳 마리 권 가지 가구 개국 개사 채 척 장 그루 벌 켤레 잔 병 표 석".split()
)
#: Words after a number that make it a date, a time of day, a rank or another label: the day
#: and month of a date, the hour of a clock, rank, place, round, ordinal, number, floor, base
#: and outs of baseball, innings and the nth time ("3회" is more often the third than three
#: times), century, school year, term, page, clause.
KOREAN_LABELS: Final = frozenset(
    "일 월 시 위 등 차 번째 호 층 루 루수 사 회 회초 회말 회째 강 세기 학년 기 면 쪽 항".split()
)
#: The scale syllables Korean glues before a unit ("5만원", "3조원", "2천억원").
KOREAN_SCALES: Final = frozenset("십백천만억조")
