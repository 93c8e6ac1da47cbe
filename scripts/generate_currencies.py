"""Regenerate ``src/articlekit/facts/data/currencies.json`` from CLDR (via Babel).

The quantity step recognises money by ISO 4217 code, by symbol ("$", "US$", "€", "Rs", "zł") and by
name ("euros", "yen", "pesetas"). Those facts come from the Unicode CLDR as packaged by Babel, so
they are generated rather than typed in: run ``python scripts/generate_currencies.py`` (needs
``pip install babel``) and commit the JSON. Only ambiguities are decided here, by the ``PRIORITY``
table ("$" is the US dollar unless the text says otherwise, "pound" is sterling).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from babel import Locale  # type: ignore[import-not-found,unused-ignore]

OUT = Path(__file__).resolve().parents[1] / "src/articlekit/facts/data/currencies.json"

#: Locales whose symbols we collect (the currencies' home locales and the big news languages).
LOCALES = [
    "en",
    "en_US",
    "en_GB",
    "en_IN",
    "en_AU",
    "en_CA",
    "en_NZ",
    "en_SG",
    "en_HK",
    "en_ZA",
    "en_PH",
    "en_NG",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "pt_BR",
    "nl",
    "sv",
    "da",
    "nb",
    "pl",
    "cs",
    "sk",
    "hu",
    "ro",
    "bg",
    "ru",
    "uk",
    "tr",
    "el",
    "he",
    "ar",
    "hi",
    "ja",
    "zh",
    "ko",
    "th",
    "vi",
    "id",
    "ms",
]

#: Who wins a shared symbol or short name.
PRIORITY = {
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "yen": "JPY",
    "yuan": "CNY",
    "元": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₨": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "peso": "MXN",
    "pesos": "MXN",
    "kr": "SEK",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "dinar": "KWD",
    "dinars": "KWD",
    "riyal": "SAR",
    "riyals": "SAR",
    "rial": "IRR",
    "rials": "IRR",
    "lira": "TRY",
    "lire": "ITL",
    "won": "KRW",
    "shilling": "KES",
    "shillings": "KES",
    "real": "BRL",
    "reais": "BRL",
    "mark": "DEM",
    "marks": "DEM",
    "euro": "EUR",
    "euros": "EUR",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "dirham": "AED",
    "dirhams": "AED",
    "rand": "ZAR",
    "naira": "NGN",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "rupiah": "IDR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "shekel": "ILS",
    "shekels": "ILS",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "lei": "RON",
    "leu": "RON",
    "kip": "LAK",
    "kips": "LAK",
    "peseta": "ESP",
    "pesetas": "ESP",
    "guilder": "NLG",
    "guilders": "NLG",
    "₩": "KRW",
    "₱": "PHP",
    "R$": "BRL",
    "₪": "ILS",
    "₫": "VND",
    "₦": "NGN",
    "₴": "UAH",
    "₽": "RUB",
    "₺": "TRY",
    "₹": "INR",
    "€": "EUR",
    "฿": "THB",
    "₭": "LAK",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "RM": "MYR",
    "Rp": "IDR",
    "C$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "US$": "USD",
    "MX$": "MXN",
    "NT$": "TWD",
    "CN¥": "CNY",
    "JP¥": "JPY",
    "руб": "RUB",
    "руб.": "RUB",
    "грн": "UAH",
    "грн.": "UAH",
    "лв": "BGN",
    "лв.": "BGN",
    "₡": "CRC",
    "₲": "PYG",
    "₵": "GHS",
    "₸": "KZT",
    "₼": "AZN",
    "₾": "GEL",
    "﷼": "SAR",
    # Head nouns in the big news languages: CLDR names them with an adjective ("dólar
    # estadounidense", "Schweizer Franken"), and a page writes the noun alone after its number
    # ("14 millones de dólares"). Nouns that are also common words are left out: "libra(s)",
    # "Pfund" and "livre(s)" (weights, books), "franco" (free, a name), "Kronen"/"corona"
    # (crowns, several currencies).
    "dólar": "USD",
    "dólares": "USD",
    "dollaro": "USD",
    "dollari": "USD",
    "dolar": "USD",
    "dolara": "USD",
    "dolary": "USD",
    "dolarów": "USD",
    "доллар": "USD",
    "доллара": "USD",
    "долларов": "USD",
    "franken": "CHF",
    "franchi": "CHF",
    "francos": "CHF",
    "franków": "CHF",
    "rubel": "RUB",
    "rublos": "RUB",
    "rubli": "RUB",
    "рубль": "RUB",
    "рубля": "RUB",
    "рублей": "RUB",
    "złoty": "PLN",
    "złote": "PLN",
    "złotych": "PLN",
    "злотых": "PLN",
    "sterlina": "GBP",
    "sterline": "GBP",
    "esterlinas": "GBP",
    "yenes": "JPY",
    "иен": "JPY",
    "yuanes": "CNY",
    "юаней": "CNY",
    "rupias": "INR",
    "рупий": "INR",
    "гривен": "UAH",
    "гривны": "UAH",
    "гривна": "UAH",
    "евро": "EUR",
    "دولار": "USD",
    "يورو": "EUR",
}

#: Names writers use that CLDR spells otherwise ("Neuseeland-Dollar", "Polnischer Złoty") or
#: leaves out (the Vietnamese "đồng"): name -> code.
EXTRA_NAMES = {
    "neuseeländische dollar": "NZD",
    "neuseeländischen dollar": "NZD",
    "polnische zloty": "PLN",
    "polnischen zloty": "PLN",
    "đồng": "VND",
}

#: Letter-only symbols safe to read next to a number (others, like "R" or "K", are too ambiguous).
LETTER_SYMBOLS = {
    "Rs",
    "Rs.",
    "Rp",
    "kr",
    "Kč",
    "Ft",
    "RM",
    "lei",
    "руб",
    "руб.",
    "грн",
    "грн.",
    "лв",
    "лв.",
    "zł",
    "Bs",
    "Q",
    "S/",
}
LETTER_SYMBOLS.discard("Q")  # Q2 is a quarter, not quetzales

#: Names that are ordinary English words or too ambiguous without context.
SKIP_NAMES = {
    "real",
    "mark",
    "marks",
    "won",
    "rand",
    "dong",
    "lei",
    "leu",
    "kip",
    "kips",
    "rial",
    "rials",
    "riel",
    "riels",
    "som",
    "pula",
    "vatu",
    "tala",
    "loti",
    "lari",
    "para",
    "cedi",
    "lek",
    "leks",
    "kyat",
    "manat",
    "dram",
    "drams",
    "kwacha",
}
SKIP_NAMES.discard("rand")  # "5 billion rand" is common in South African news


#: Last words of currency names that are not currency names on their own.
GENERIC = {
    "account",
    "code",
    "currency",
    "funds",
    "rights",
    "value",
    "unit",
    "units",
    "gold",
    "silver",
    "platinum",
    "palladium",
}


def _words(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


#: Languages whose currency names of two words or more are read too ("kanadische Dollar",
#: "dollars canadiens", "libras sirias"): the nationality tells the currency, where the head
#: noun alone would read as the dollar or the pound.
NAME_LOCALES = ["de", "fr", "es", "it", "pt", "nl"]
#: A German adjective of nationality and its ending: the other endings a text may write.
_GERMAN_ADJECTIVE = re.compile(r"(\w+isch)(?:e|en|er|es|em)?")


#: The CLDR data of :data:`NAME_LOCALES`, parsed once.
_NAME_LOCALE_DATA = {tag: Locale.parse(tag) for tag in NAME_LOCALES}


def _local_names(code: str) -> set[str]:
    """The names of ``code`` of two words or more in :data:`NAME_LOCALES`, lower case.

    CLDR gives the singular and the plural ("Kanadischer Dollar", "Kanadische Dollar"); a
    German adjective also takes its other endings ("mit 100 kanadischen Dollar").
    """
    forms: set[str] = set()
    for tag, loc in _NAME_LOCALE_DATA.items():
        names = {loc.currencies.get(code, "")}
        plural = loc._data["currency_names_plural"].get(code) or {}  # noqa: SLF001 - CLDR data
        names.update(plural.values())
        for name in names:
            form = _words(name)
            if " " not in form or "(" in form:
                continue
            forms.add(form)
            first, rest = form.split(" ", 1)
            adjective = _GERMAN_ADJECTIVE.fullmatch(first) if tag == "de" else None
            if adjective is not None:
                stem = adjective.group(1)
                forms.update(f"{stem}{ending} {rest}" for ending in ("e", "en", "er", "es", "em"))
    return forms


def main() -> int:
    """Write the table; print a one-line summary."""
    en = Locale.parse("en")
    names: dict[str, set[str]] = {}
    symbols: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    for code, name in en.currencies.items():
        if "(" in name or not re.fullmatch(r"[A-Z]{3}", code):
            continue  # historic variants "(1927–2002)" and odd codes
        if code.startswith("X") and code not in {"XAF", "XOF", "XCD", "XPF"}:
            continue  # metals, drawing rights, test and fund codes
        codes[code] = name
        forms = {_words(name)}
        plural = en._data["currency_names_plural"].get(code, {})  # noqa: SLF001 - CLDR data
        forms.update(_words(p) for p in plural.values())
        for form in sorted(forms):  # a copy: the loop adds to the set
            last = form.split(" ")[-1]  # "japanese yen" -> "yen"
            if last.isalpha() and last not in GENERIC:
                forms.add(last)
        forms.update(_local_names(code))
        for form in forms:
            names.setdefault(form, set()).add(code)
    for tag in LOCALES:
        loc = Locale.parse(tag)
        for code, sym in loc.currency_symbols.items():
            if code not in codes or sym == code:
                continue
            letters_only = bool(re.fullmatch(r"[^\W\d_]+\.?", sym))
            if letters_only and sym not in LETTER_SYMBOLS:
                continue
            symbols.setdefault(sym, set()).add(code)
    table_names = {}
    for form, owners in sorted(names.items()):
        if form in SKIP_NAMES:
            continue
        if form in PRIORITY:
            table_names[form] = PRIORITY[form]
        elif len(owners) == 1:
            table_names[form] = next(iter(owners))
    table_symbols = {}
    for sym, owners in sorted(symbols.items()):
        if sym in PRIORITY:
            table_symbols[sym] = PRIORITY[sym]
        elif len(owners) == 1:
            table_symbols[sym] = next(iter(owners))
    for name, code in EXTRA_NAMES.items():
        table_names.setdefault(name, code)
    for key, code in PRIORITY.items():  # symbols CLDR spells differently in every locale
        is_symbol = not key.isalpha() or key in LETTER_SYMBOLS
        if is_symbol and key not in table_symbols:
            table_symbols[key] = code
        elif not is_symbol and key not in table_names and key not in SKIP_NAMES:
            table_names[key] = code
    data = {
        "source": "Unicode CLDR via Babel; generated by scripts/generate_currencies.py",
        "codes": dict(sorted(codes.items())),
        "symbols": table_symbols,
        "names": table_names,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", "utf-8")
    print(f"{len(codes)} codes, {len(table_symbols)} symbols, {len(table_names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
