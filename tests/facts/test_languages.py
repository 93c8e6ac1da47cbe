"""How other languages write numbers: decimal marks, scale words, unit and currency names, dates."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

import articlekit
from articlekit._language import guess_language, written_language
from articlekit.facts import _nouns
from articlekit.facts._tokens import Tokens, dot_groups
from articlekit.facts._vocab import LANGUAGE_NUMBERS, writes_decimal_comma
from articlekit.facts.quantities import find_quantities
from articlekit.model import Quantity


def _first_unit(text: str, language: str | None) -> str | None:
    """The unit code of the first fact ``find_quantities`` reads in ``text`` (it must read one)."""
    q = find_quantities(text, language=language)[0]
    return q.unit.code if q.unit is not None else None


def _readings(text: str, language: str | None) -> list[tuple[str, Decimal | None, str | None]]:
    return [
        (q.text, q.value, q.unit.code if q.unit else None)
        for q in find_quantities(text, language=language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # a dot before three digits groups thousands where decimals take a comma (CLDR)
        ("mit über 1.000 Ausstellern", "de", Decimal(1000)),
        ("rund 45.000 Besucher kamen", "de-AT", Decimal(45000)),
        ("1.500 trabajadores", "es", Decimal(1500)),
        ("3,5 Tonnen", "de", Decimal("3.5")),
        # not in English, nor where the territory writes a decimal point
        ("a ratio of 1.000 exactly", "en", Decimal("1.000")),
        ("1.500 trabajadores", "es-MX", Decimal("1.500")),
        # the text's own numbers show dot groups in any language
        ("ventas de 14.372,4 dólares y 1.000 unidades", None, Decimal("14372.4")),
    ],
)
def test_decimal_marks_follow_the_language(text: str, language: str | None, value: Decimal) -> None:
    assert find_quantities(text, language=language)[0].value == value


def test_decimal_comma_languages_come_from_cldr() -> None:
    assert [writes_decimal_comma(x) for x in ("fr-CH", "de-CH", "pt-BR", "nl", "ja")] == [
        True,
        False,
        True,
        True,
        False,
    ]
    assert not dot_groups("1,234.5 and 1.000", decimal_comma=True)  # the text shows its mark


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Der Umsatz stieg auf 3,5 Millionen Euro.",
            "de",
            ("3,5 Millionen Euro", "3500000", "EUR"),
        ),
        ("Sie investierte 12 Mio. Euro.", "de", ("12 Mio. Euro", "12000000", "EUR")),
        ("Il a coûté 3,2 milliards d'euros.", "fr", ("3,2 milliards d'euros", "3200000000", "EUR")),
        ("dépense 250 millions de dollars", "fr", ("250 millions de dollars", "250000000", "USD")),
        ("costó 3 mil millones de pesos", "es", ("3 mil millones de pesos", "3000000000", "MXN")),
        ("ricavi per 5 milioni di euro", "it", ("5 milioni di euro", "5000000", "EUR")),
        ("lucro de 2 milhões de reais", "pt-BR", ("2 milhões de reais", "2000000", "BRL")),
        ("eine Schuld von 2 Billionen Euro", "de", ("2 Billionen Euro", "2000000000000", "EUR")),
        ("ganó 40 dólares", "es", ("40 dólares", "40", "USD")),
        ("kostet 30 Franken", "de", ("30 Franken", "30", "CHF")),
        ("kostet 200 Schweizer Franken", "de", ("200 Schweizer Franken", "200", "CHF")),
        ("für 300 syrische Pfund", "de", ("300 syrische Pfund", "300", "SYP")),
        ("mit 500 kanadischen Dollar", "de", ("500 kanadischen Dollar", "500", "CAD")),
        ("giảm trừ gia cảnh là 15,4 triệu đồng", "vi", ("15,4 triệu đồng", "15400000", "VND")),
        ("có 2 tỷ đồng", "vi", ("2 tỷ đồng", "2000000000", "VND")),
    ],
)
def test_scale_words_and_currencies_of_other_languages(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value, q.unit.code if q.unit else None) == (
        expected[0],
        Decimal(expected[1]),
        expected[2],
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("80 Prozent der Stimmen", "%"),
        ("seit 9 Jahren", "yr"),
        ("nach 75 Minuten", "min"),
        ("die 83-jährige Fahrerin", "yr"),
        ("nur 68 Gramm schwer", "g"),
        ("auf den 1500 Metern", "m"),
        ("una joven de 15 años", "yr"),
        ("durante 3 semanas", "wk"),
        ("pendant 4 heures", "h"),
        ("dopo 3 mesi", "mo"),
        ("Es brannten 412 Hektar Wald", "ha"),
        ("mit 30.000 Litern Wasser", "L"),
        ("in der Nacht sank die Temperatur auf 10 Grad", "°C"),
        ("Ausgehend von einer 3,45-prozentigen Verzinsung", "%"),
        ("rund 50 Kilowattstunden im Jahr", "kWh"),
        ("se quemaron 26.854 hectáreas", "ha"),
        ("готовить 10 минут", "min"),
        ("czekali 6 godzin", "h"),
        ("nur noch 80 Milligramm Stickoxide", "mg"),
        ("bei Lagern bis 10.000 U/min.", "rpm"),
        ("über den Vorwiderstand (39 Ohm) zur LED", "Ω"),
    ],
)
def test_unit_names_of_other_languages(text: str, unit: str) -> None:
    (q,) = find_quantities(text, language=None)
    assert q.unit is not None
    assert q.unit.code == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Treffpunkt um 18.30 Uhr", "de"),  # a clock time
        ("das Turnier am 11. März", "de"),  # a date: day with its dot before a month
        ("vom 21. bis zum 23. Juni", "de"),
        ("seit Ende des 20. Jahrhunderts", "de"),  # an ordinal after an article
        ("le 3 mars à Paris", "fr"),
        ("el 5 de mayo", "es"),
        # a range that ends at a time of day starts at one
        ("Sprechstunde von 10 bis 12 Uhr und 17 bis 18 Uhr", "de"),
        ("Freitag bis Sonntag · 15 – 18 Uhr", "de"),
        ("open from 9 to 5 p.m.", "en"),
        # the Romance article of the hours
        ("el jueves a las 11, antes de la sesión prevista para las 12 del mediodía", "es"),
        ("a las 8 y media", "es"),
        ("in campo domani sera alle 21.45", "it"),
        # ordinal endings glued to the digits
        ("la 5e place du classement", "fr"),
        ("la 18ma partita del girone", "it"),
        ("quedó en el 2º lugar", "es"),
        # telephone numbers, codes and cited pages
        ("unter 030 62 93 34 19 eine Telefonsprechstunde", "de"),
        ("Call 0800 123 456 now", "en"),
        ("Kundenhotline: 01805 – 4444", "de"),
        ("die Rechte auf MODE=0666 erweitern", "de"),
        ("Großmann, HRRS 2013, 518 f", "de"),
        ("Rn. 12 ff. und Abb. 2", "de"),
        # legal references, clock phrases, list markers, addresses
        ("Paragraph 10 des Telemediengesetzes sagt dazu", "de"),
        ("nach Artikel 5 des Grundgesetzes", "de"),
        ("eine Debatte, die um Viertel vor zehn stattfindet", "de"),
        ("wir treffen uns um halb acht", "de"),
        # an hour in words before the clock's mark, as one in digits ("18 Uhr")
        ("Es ist sechs Uhr früh und noch stockdunkel.", "de"),
        ("We met at six p.m. on Friday.", "en"),
        # a court's file number, the numbered parties of a case, a list of bus lines
        ("Betäubungsmitteln zu verhindern“ (Az.: 3 C 8.22 und 3 C 9.22).", "de"),
        ("hat die Beklagte zu 1 die Kochrezepte freigeschaltet", "de"),
        ("Die Beklagten zu 2 bis 4 seien als Geschäftsführer tätig.", "de"),
        ("in Neapel die Buslinien R2, 152 und 202, die das Zentrum verbinden", "de"),
        # the heart typed at the end of a line
        ("Ich wünsche euch allen einen schönen Sonntag <3", "de"),
        # a day's, a child's or a round's number; an article's part by its letter
        ("Kind 1 ist bei jedem einzelnen Schritt begeistert.", "de"),
        ("im Rahmen einer 15a-Vereinbarung die Bundesländer", "de"),
        ("love you all <3", "en"),
        ("1- Entenda o propósito da varanda", "pt"),
        ("aus der IP-Adresse 123.123.123.123 wird 10.0.12.7", "de"),
        # the days of a span before their month, and a span of years
        ("se llevará a cabo del 21 al 24 de abril en Glasgow", "es"),
        ("entre le 11 et le 28 mars", "fr"),
        ("am 3 und 4 Mai geschlossen", "de"),
        ("Zwischen 1518 und 1803 gaben sich die Portugiesen", "de"),
        # an acronym's edition, a coordinate, the verb "to sift"
        ("nach den Bestimmungen (CC BY-ND 2.0), aber auch", "de"),
        ("barrierefrei nach WCAG 2.1 AA und didaktisch", "de"),
        ("Google Maps Latitude: 53.3683998 Longitude: 7.1965988", "de"),
        ("das Mehl in eine Schüssel sieben und dann den Rest", "de"),
        # a summit's number, a long identifier, a number sign, a rank, a glued list marker
        ("Die COP26 ist auch deshalb so wichtig", "de"),
        ("ISBN-13: 9783518029817", "de"),
        ("#2 Sortierspiele", "de"),
        ("kam er auf Rang drei.", "de"),
        ("3.Montessori Spielzeug für Babys", "de"),
        # a part's number, a note after a quoted word, a written date's old year, inline markers
        ("Neben der in Teil 1 analysierten Feindlichkeit", "de"),
        ("dans la partie 2 du rapport", "fr"),
        ('von der "vollen Identifikation"1, dem Linke aufsitzen', "de"),
        ("am 31. Oktober 1517 schlug Luther seine Thesen an", "de"),
        ("sofern sie 1. keine Kenntnis haben und 2. unverzüglich tätig werden", "de"),
        ("sofern sie 1. keine Kenntnis haben“ und 2. „unverzüglich tätig werden", "de"),
        # an hour in words after "um", a label in dimensions, "around the clock"
        ("ist jemand morgen um neun hier?", "de"),
        ("doit se rendre ce vendredi à 16 heures au Château", "fr"),
        # a dateline's month abbreviation, a note after a quotation's closing mark
        ("Bruselas, 7 oct (EFE).- El alto representante", "es"),
        ("(ANSA) - ROMA, 28 LUG - Sarà Ghersini l'arbitro", "it"),
        ("die wir nicht nutzen.”1 Und dann", "de"),
        ("Auf den Leinwänden sind auch 3-D-Filme zu sehen.", "de"),
    ],
)
def test_dates_times_and_ordinals_of_other_languages_are_not_facts(
    text: str, language: str
) -> None:
    assert find_quantities(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # guards: an amount in quotes, a year of this era, ordinals before a capital
        ('Er nannte "1 Million" als Ziel', "de", ["1 Million"]),
        ("am 31. Oktober 2017 kamen 95 Gäste", "de", ["95 Gäste"]),
        ("am 1. und 2. Oktober kamen 5 Leute", "de", ["5 Leute"]),
        ("Der Preis stieg um zwei Euro", "de", ["zwei Euro"]),  # a noun after the number
        ("à 2 heures de Paris", "fr", ["2 heures"]),  # a distance in time
        ("vimos 7 mar adentro", "es", ["7 mar"]),  # an abbreviation before a word
        ("24 heures de garde", "fr", ["24 heures"]),
        # "sur 24" says always: the hours are kept, the second number is no amount
        ("une supérette ouverte 24 heures sur 24", "fr", ["24 heures"]),
    ],
)
def test_quoted_amounts_and_ordinals_before_capitals_stay(
    text: str, language: str, kept: list[str]
) -> None:
    assert [q.text for q in find_quantities(text, language=language)] == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a 5 mil coating", Decimal(5)),  # "mil" is a thousand only in Spanish and Portuguese
        ("The 3 Mars rovers", Decimal(3)),  # a foreign month name counts only in its language
        ("a 5 grad students", Decimal(5)),  # German "Grad" is a unit only in a text not English
    ],
)
def test_english_text_keeps_its_readings(text: str, value: Decimal) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, language="en")] == [(value, None)]


def test_the_step_reads_numbers_by_the_page_language() -> None:
    html = (
        '<html lang="de"><body><article><p>Zur Messe kamen 45.000 Besucher aus dem ganzen Land, '
        "mehr als im Vorjahr. Der Umsatz lag bei 3,5 Millionen Euro.</p></article></body></html>"
    )
    doc = articlekit.extract(html)
    assert [(q.value, q.unit.code if q.unit else None) for q in doc.quantities] == [
        (Decimal(45000), None),
        (Decimal("3500000.0"), "EUR"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        ("Zur Messe kamen 45.000 Besucher", "de", "Besucher"),  # German nouns are capitalised
        ("sono previsti 12 episodi", "it", "episodio"),
        ("over 350 fotballskoler", "nb", "fotballskole"),
        ("Reiten zählt zu den 28 Sportarten", "de", "Sportart"),
        # Romance adjectives written before the noun they count
        ("Ayer hubo 70 mil nuevos casos", "es", "caso"),
        ("sus dos principales autoridades", "es", "autoridad"),
        ("trois nouveaux projets", "fr", "projet"),
        # a German counting adjective after a number and its hyphen
        ("ein 6-poliger DIN-Stecker", "de", "Pol"),
        ("der über 30-köpfige Knabenchor", "de", "Kopf"),
        ("ein 3-teiliges Set", "de", "Teil"),
        # Italian names what "sono N" counts after the plural article
        ("Sono almeno 9 le femmine di orso", "it", "femmina"),
        ("erano 5 i feriti.", "it", "ferito"),
    ],
)
def test_counted_nouns_of_other_languages_are_lemmas(text: str, language: str, noun: str) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    (q,) = find_quantities(text, language=language)
    assert q.noun == noun


@pytest.mark.parametrize(
    ("text", "value", "unit", "noun"),
    [
        # German writes the numbers up to twelve in words, and their adjectives as one word
        ("Es gab ein etwa zehnköpfiges Entwicklerteam.", 10, None, "Kopf"),
        ("Teil 2 der dreiteiligen Serie", 3, None, "Teil"),
        ("Dieses zweistufige System erzeugte Strom.", 2, None, "Stufe"),
        ("Der Texaner war Sohn einer zwölfköpfigen Familie.", 12, None, "Kopf"),
        ("Twitter war ein einjähriger Säugling.", 1, "yr", None),
        ("Es kommt ein Achtjähriger zu Besuch.", 8, "yr", None),
        ("vor Beginn der zweitägigen Verhandlungen", 2, "d", None),
        ("während eines sechsmonatigen Aufenthalts", 6, "mo", None),
        ("in ein Lager für eine zweiwöchige Quarantäne", 2, "wk", None),
        ("nach einem zweistündigen Treffen", 2, "h", None),
        ("sein fünfzehnjähriges Bestehen", 15, "yr", None),
    ],
)
def test_german_number_word_adjectives(
    text: str, value: int, unit: str | None, noun: str | None
) -> None:
    (q,) = find_quantities(text, language="de")
    assert (q.value, q.unit.code if q.unit else None, q.noun) == (Decimal(value), unit, noun)


@pytest.mark.parametrize(
    "text",
    [
        "eine einmalige Chance",  # unique
        "eine einseitige Berichterstattung",  # one-sided
        "ein eingängiger Refrain",  # catchy
        "die vielseitige Sängerin",  # no number word
    ],
)
def test_german_idioms_of_number_word_adjectives(text: str) -> None:
    assert not find_quantities(text, language="de")


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        # a degree of temperature without its scale is Celsius outside English
        ("ein recht herbstlicher Dienstag bei bis zu 12 Grad", "de", "°C"),
        ("die Muffins im vorgeheizten Backofen bei 180 Grad backen", "de", "°C"),
        ("zur Erreichung des 1,5-Grad-Ziels", "de", "°C"),
        ("mit Fieber 40 Grad", "de", "°C"),
        ("разогреть духовку до 180 градусов", "ru", "°C"),
        ("una temperatura massima media di 13,5 gradi", "it", "°C"),
        # an angle stays a degree
        ("eine 45-Grad-Neigung nicht überschreiten", "de", "°"),
        ("die Kamera dreht sich um 360 Grad", "de", "°"),
        ("der Abstrahlwinkel beträgt 10 Grad", "de", "°"),
        # English "degrees" may be Fahrenheit or Celsius
        ("daytime temperatures reaching 14 degrees", "en", "°"),
        # the double prime glued to a number is the inch of screens and speakers ...
        ("ein Würfel mit 8″-AER-Custom-Twin-Cone-Lautsprecher", "de", "in"),
        ("ein 27″ Monitor", "de", "in"),
        ("Download this 10″ x 8″ wall art", "en", "in"),
        # ... and a second of arc after an angle's degree and minute, or in a text about the sky
        ("at 48° 51′ 24″ N", "en", "°"),
        ("the telescope reached a seeing of 0.8″ tonight", "en", "arcsec"),
        # the hryvnia and the rouble in the case forms a count takes
        ("3 мільйони гривень", "uk", "UAH"),
        ("500 грн", "uk", "UAH"),
        ("100 рублей", "ru", "RUB"),
        # square units named in words
        ("une zone de 1,4 kilomètre carré", "fr", "km²"),
        ("3 kilómetros cuadrados", "es", "km²"),
        ("un appartamento di 80 metri quadrati", "it", "m²"),
        ("5 квадратных метров", "ru", "m²"),
    ],
)
def test_units_named_by_each_language(text: str, language: str, unit: str) -> None:
    assert _first_unit(text, language) == unit


def test_a_word_of_an_indic_script_is_one_token_with_its_vowel_signs() -> None:
    words = Tokens.of("1925 रुपये प्रति क्विंटल। अगला", language="hi").words
    assert words == ("1925", "रुपये", "प्रति", "क्विंटल", "।", "अगला")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Nepali and Marathi write India's scales too (newspaper4k's test page nepali_article.txt)
        ("२१ हजार उजुरी परेका छन्", "ne", Decimal(21_000)),
        ("करीब 2 लाख लोग आए", "ne", Decimal(200_000)),
        ("३ अर्ब रुपैयाँ", "ne", Decimal(3_000_000_000)),
        ("५ कोटी रुपये", "mr", Decimal(50_000_000)),
    ],
)
def test_indian_scales_in_nepali_and_marathi(text: str, language: str, expected: Decimal) -> None:
    (q,) = find_quantities(text, language=language)
    assert q.value == expected


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        # a script without case has its counted noun after the number, as lower case has
        ("जनपद के 32 केंद्रों पर खरीद शुरू हुई", "hi", "केंद्र"),
        ("تضمنت السرقة نحو 30 حقيبة من علامة هيرميس", "ar", "حقيبة"),
        # Hindi: the count's noun in the oblique plural after a modifier
        ("निर्यात के 30 प्रमुख क्षेत्रों में गिरावट", "hi", "क्षेत्र"),
        ("उसने 399 अरब डॉलर का आयात किया", "hi", None),  # money: a currency, no noun
        ("و 50 ألفاً مساء الخميس", "ar", None),  # a scale with its accusative ending, a time
        # Thai and Burmese write no space between words: what follows is a phrase, no noun
        # (newspaper4k's test pages thai_article.html and burmese_article.html)
        ("รัฐประหาร 2557 ไปยังประเทศเพื่อนบ้านได้หายออกจากที่พัก", "th", None),
        ("Eleven ဂျာနယ် စာမျက်နှာ ၂၆ မှာပါဝင်တဲ့ ကလောင်အမည်", "my", None),
    ],
)
def test_the_counted_noun_of_a_script_without_case(
    text: str, language: str, noun: str | None
) -> None:
    pytest.importorskip("simplemma")
    (q,) = find_quantities(text, language=language)
    assert q.noun == noun


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("15 जून तक खरीद होगी", "hi"),
        ("في 13 ديسمبر الماضي", "ar"),
        ("৫ আগস্ট থেকে", "bn"),
        ("در ۱۵ خرداد گذشته", "fa"),
        ("ב-2020 זה קרה שוב", "he"),  # a year after the prefix "in"
        ("جاء بعد 56 دون أن يتكلم", "ar"),  # a preposition after the number is no noun
    ],
)
def test_dates_of_hindi_arabic_and_bengali(text: str, language: str) -> None:
    assert [q.noun for q in find_quantities(text, language=language)] in ([], [None])
    assert all(q.text[-1:].isdigit() for q in find_quantities(text, language=language))


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        # Indonesian: units and scales after the number
        ("harga naik 10 persen", "id", ("10 persen", Decimal(10), "%")),
        ("menjadi Rp 5 juta", "id", ("Rp 5 juta", Decimal(5_000_000), "IDR")),
        ("dapat sanksi 10 tahun penjara", "id", ("10 tahun", Decimal(10), "yr")),
        ("selama 2 bulan", "id", ("2 bulan", Decimal(2), "mo")),
        # Turkish writes the percent before the number
        ("Fiyatlar yüzde 20 arttı", "tr", ("yüzde 20", Decimal(20), "%")),
        ("enflasyon %15 düştü", "tr", ("%15", Decimal(15), "%")),
        ("47 yaşında bir adam", "tr", ("47 yaşında", Decimal(47), "yr")),
        ("20 bin kişi katıldı", "tr", ("20 bin kişi", Decimal(20_000), None)),
        # Arabic: years of age, percent, hours
        # (the word keeps its vowel sign, which its reading looks past)
        ("البالغة من العمر 47 عاماً", "ar", ("47 عاماً", Decimal(47), "yr")),
        ("أكثر من 90 بالمائة من انتاجه", "ar", ("90 بالمائة", Decimal(90), "%")),
        ("خلال الـ 24 ساعة الماضية", "ar", ("24 ساعة", Decimal(24), "h")),
        # Hindi: scales of the Indian numbering, the rupee, units, number words
        ("इस बार 15 हजार मीट्रिक टन गेहूं", "hi", ("15 हजार मीट्रिक टन", Decimal(15_000), "t")),
        ("पहले दिन चार मीट्रिक टन ही गेहूं", "hi", ("चार मीट्रिक टन", Decimal(4), "t")),
        ("कीमत 5 करोड़ रुपये है", "hi", ("5 करोड़ रुपये", Decimal(50_000_000), "INR")),
        ("ब्याज दर 20 प्रतिशत है", "hi", ("20 प्रतिशत", Decimal(20), "%")),
        ("वह 3 साल से यहां है", "hi", ("3 साल", Decimal(3), "yr")),
        ("करीब 2 लाख लोग आए", "hi", ("2 लाख लोग", Decimal(200_000), None)),
        # Arabic writes a large number as its scaled part and the rest, joined by "و"
        ("أودى بحياة 49 ألفاً و759 مصاباً", "ar", ("49 ألفاً و759 مصاباً", Decimal(49_759), None)),
        (
            "بلغ عدد السكان 2 مليون و500 ألف نسمة",
            "ar",
            ("2 مليون و500 ألف نسمة", Decimal(2_500_000), None),
        ),
        # Persian (its own digits) and Hebrew (a prefix with a hyphen before the digits)
        ("تورم به ۴۰ درصد رسید", "fa", ("۴۰ درصد", Decimal(40), "%")),
        ("۳ میلیون نفر بیکار شدند", "fa", ("۳ میلیون نفر", Decimal(3_000_000), None)),
        ("قیمت ۱۰۰ ریال است", "fa", ("۱۰۰ ریال", Decimal(100), "IRR")),
        ("האבטלה עלתה ל-5 אחוז היום", "he", ("5 אחוז", Decimal(5), "%")),
        ("המחיר 200 שקל בלבד", "he", ("200 שקל", Decimal(200), "ILS")),
        ("לפני 10 שנים בדיוק", "he", ("10 שנים", Decimal(10), "yr")),
    ],
)
def test_units_scales_and_percent_of_more_languages(
    text: str, language: str, reading: tuple[str, Decimal, str | None]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value, q.unit.code if q.unit else None) == reading


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        # the Slavic languages decline their number words; adjectives stand before the noun
        ("na terytorium Bułgarii trzech agentów GRU", "pl", ("trzech agentów", 3, "agent")),
        ("silniki obracające dwiema śrubami", "pl", ("dwiema śrubami", 2, "śruba")),
        ("w 90 pionowych wyrzutniach", "pl", ("90 pionowych wyrzutniach", 90, "wyrzutnia")),
        ("nawet dwa pokładowe śmigłowce", "pl", ("dwa pokładowe śmigłowce", 2, "śmigłowiec")),
        ("5 tysięcy osób", "pl", ("5 tysięcy osób", 5000, "osoba")),
        ("построили два новых дома", "ru", ("два новых дома", 2, "дом")),
        ("погибли пять человек", "ru", ("пять человек", 5, "человек")),
        ("півтори тисячі на рило", "uk", ("півтори тисячі", 1500, None)),
        ("просив ще 200 тисяч для себе", "uk", ("200 тисяч", 200_000, None)),
    ],
)
def test_slavic_number_words_and_adjectives(
    text: str, language: str, reading: tuple[str, int, str | None]
) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value, q.noun) == (reading[0], Decimal(reading[1]), reading[2])


@pytest.mark.parametrize(
    ("text", "language", "nouns"),
    [
        # the whole a count is taken from counts the same things; a verb is no noun
        ("huit véhicules sur dix étaient garés", "fr", ["véhicule", "véhicule"]),
        ("seven victories out of eight in all competitions", "en", ["victory", "victory"]),
        ("Er traf drei Elfmeter von zehn.", "de", ["Elfmeter", "Elfmeter"]),
        ("los tres son amigos", "es", [None]),
    ],
)
def test_the_whole_a_count_is_taken_from(text: str, language: str, nouns: list[str | None]) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    assert [q.noun for q in find_quantities(text, language=language)] == nouns


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        # the dot of an abbreviated scale is neither a date's nor an ordinal's
        ("gab es erst rund 1.1 Mio. Homeschooler", "de", ("1.1 Mio. Homeschooler", "1100000")),
        ("es gab 3,4 Mio. Menschen", "de", ("3,4 Mio. Menschen", "3400000")),
        ("pokonaniu 13 tys. mil morskich", "pl", ("13 tys. mil", "13000")),
        # a scale after the plus of "at least"
        ("über 400+ Millionen Werke im Internet", "de", ("400+ Millionen Werke", "400000000")),
        ("it has 400+ million users", "en", ("400+ million users", "400000000")),
    ],
)
def test_scales_after_an_abbreviation_dot_or_a_plus(
    text: str, language: str, reading: tuple[str, str]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value) == (reading[0], Decimal(reading[1]))


def test_a_russian_idiom_of_a_hundred() -> None:
    assert not find_quantities("выглядит она до сих пор на все сто, её", language="ru")


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # German joins a tally's counts with "zu" or "gegen"; a score stays bare
        (
            "Die Abgeordneten stimmten mit 322 zu 306 Stimmen einem Antrag zu.",
            [("322", "Stimme"), ("306 Stimmen", "Stimme")],
        ),
        (
            "Der Antrag wurde mit 400 gegen 150 Stimmen angenommen.",
            [("400", "Stimme"), ("150 Stimmen", "Stimme")],
        ),
        ("Bayern gewann 3 zu 1 gegen Dortmund.", [("3", None), ("1", None)]),
    ],
)
def test_german_tallies(text: str, readings: list[tuple[str, str | None]]) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    assert [(q.text, q.noun) for q in find_quantities(text, language="de")] == readings


def test_a_german_label_noun_leaves_measures_after_it() -> None:
    assert [q.text for q in find_quantities("Tag 1 startet mit 3 Minuten.", language="de")] == [
        "3 Minuten"
    ]
    assert [q.text for q in find_quantities("Am Tag 3 Stunden arbeiten", language="de")] == [
        "3 Stunden"
    ]
    assert [q.text for q in find_quantities("2500 pro Tag eine Woche später", language="de")][
        -1
    ] == "eine Woche"


def test_a_german_determiner_is_no_adverb_before_an_adjective() -> None:
    (q,) = find_quantities("hat sich die Kanzlei zu 1 keine eigene Gewissheit", language="de")
    assert q.noun is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("immerhin die Nummer 3 der Welt", "de"),  # a label's number is taken from no whole
        ("bereits 15 tore", "de"),  # German nouns are capitalised
        ("etwa 12 beispielsweise Brüche", "de"),  # an adverb in -weise is no adjective
        ("Seit 2019 wurden neue Anlagen gebaut.", "de"),  # a year before a verb counts nothing
        ("costó 3 Euros", "es"),  # a currency is a unit
    ],
)
def test_no_foreign_noun_without_a_noun(text: str, language: str) -> None:
    assert all(q.noun is None for q in find_quantities(text, language=language))


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        # German capitalises nouns, so adjectives before one can be passed over
        ("Am Ufer standen drei alte Fischerhütten.", "drei alte Fischerhütten", "Fischerhütte"),
        ("mit 30 unabhängigen Sendern", "30 unabhängigen Sendern", "Sender"),
        ("Sie hat zwei neue Trainer verpflichtet.", "zwei neue Trainer", "Trainer"),
        # a hyphenated compound is one noun, its last part lemmatised
        ("Sie gewann vier Olympia-Medaillen.", "vier Olympia-Medaillen", "Olympia-Medaille"),
        ("in zehn Bundesliga-Spielen", "zehn Bundesliga-Spielen", "Bundesliga-Spiel"),
        # a compound the dictionary lacks: its head, the last known noun, is lemmatised
        ("Es gab 4.338 Prämienanträge.", "4.338 Prämienanträge", "Prämienantrag"),
        ("mit vier einfachen Maltechniken", "vier einfachen Maltechniken", "Maltechnik"),
        ("in 3 Größenvarianten", "3 Größenvarianten", "Größenvariante"),
    ],
)
def test_german_nouns_after_adjectives_and_in_compounds(text: str, span: str, noun: str) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    (q,) = find_quantities(text, language="de")
    assert (q.text, q.noun) == (span, noun)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("eine Option für fünf weitere Jahre", "fünf weitere Jahre", "yr"),
        ("Das Abo kostet 10 US-Dollar.", "10 US-Dollar", "USD"),
    ],
)
def test_a_unit_after_german_adjectives_or_in_a_compound(text: str, span: str, unit: str) -> None:
    (q,) = find_quantities(text, language="de")
    assert (q.text, q.unit.code if q.unit else None, q.noun) == (span, unit, None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("sieben Prozent weniger als im Vorjahr", "de", (Decimal(7), "%")),
        ("vier Jahre später", "de", (Decimal(4), "yr")),
        ("sur vingt ans", "fr", (Decimal(20), "yr")),
        ("durante tres semanas", "es", (Decimal(3), "wk")),
    ],
)
def test_number_words_of_the_page_language(
    text: str, language: str, expected: tuple[Decimal, str]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.value, q.unit.code if q.unit else None) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("it is due to rain", "en"),  # "due" is two only in Italian
        ("Nächste Vorstellungen: 20.10., 17 Uhr, 24./30.10., 2./5.11., 20 Uhr", "de"),
        ("der Sieger von 2001 um Trainer Thomas", "de"),  # "um" is a word, not µm
    ],
)
def test_words_and_dates_that_only_look_like_numbers(text: str, language: str) -> None:
    assert find_quantities(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Chinese and Japanese count in myriads, with units and counters glued
        ("フォロワーは15万人を突破した", "ja", ("15万人", Decimal(150000), None, "人")),
        ("营收达到3.5亿元", "zh", ("3.5亿元", Decimal("350000000.0"), "CNY", None)),
        ("融资100亿美元", "zh", ("100亿美元", Decimal(10_000_000_000), "USD", None)),
        ("全程5公里", "zh", ("5公里", Decimal(5), "km", None)),
        ("3个月后", "zh", ("3个月", Decimal(3), "mo", None)),
        ("与田祐希（19）の写真集", "ja", ("19", Decimal(19), "yr", None)),  # an age in brackets
        # Korean glues or spaces its units and counters, and glues its particles to them
        ("15만 명이 참가했다", "ko", ("15만 명", Decimal(150000), None, "명")),
        ("사망자는 15명으로 늘었다", "ko", ("15명", Decimal(15), None, "명")),
        ("가격은 5만원이다", "ko", ("5만원", Decimal(50000), "KRW", None)),
        ("매출은 3조 2천억원을 기록했다", "ko", ("3조 2천억원", Decimal(32) * 10**11, "KRW", None)),
        # an amount in parts by falling scales, glued (newspaper4k's test page korean_article.txt)
        ("금액은 6억1000만원이라며", "ko", ("6억1000만원", Decimal(610_000_000), "KRW", None)),
        ("销售额为3亿5000万元。", "zh", ("3亿5000万元", Decimal(350_000_000), "CNY", None)),
        ("売上高は1兆2000億円に増えた。", "ja", ("1兆2000億円", Decimal(12) * 10**11, "JPY", None)),
        ("5000억 원 규모의 투자", "ko", ("5000억 원", Decimal(5) * 10**11, "KRW", None)),
        ("약 1년 전부터 알고 지냈다", "ko", ("1년", Decimal(1), "yr", None)),
        ("3개월 동안 머물렀다", "ko", ("3개월", Decimal(3), "mo", None)),
        ("25세 남성", "ko", ("25세", Decimal(25), "yr", None)),
        ("10안타를 맞았다", "ko", ("10안타를", Decimal(10), None, "안타")),
        ("約６０か国の代表", "ja", ("６０か国", Decimal(60), None, "国")),  # countries' counter
    ],
)
def test_numbers_in_chinese_japanese_and_korean(
    text: str, language: str, expected: tuple[str, Decimal, str | None, str | None]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value, q.unit.code if q.unit else None, q.noun) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2月15日（土）7時0分 オリコン",  # a date and a clock time
        "乃木坂46の新曲",  # a name with its number
        "2020年的报告",  # a year, not a duration
    ],
)
def test_cjk_dates_and_names_are_not_facts(text: str) -> None:
    assert find_quantities(text, language="ja") == ()


@pytest.mark.parametrize(
    "text",
    [
        "노경은은 27일 부산에서 열린 경기에",  # a date
        "주말 밤 9시 MBC와 SBS는",  # a clock time
        "2020년 3월에 1위를 차지했다",  # a year, a month, a rank
        "2회초 1사 2루. 2루수 땅볼로 잡았다.",  # innings, outs, bases of baseball
        "3점째 실점",  # an ordinal
        "인구의 3분의",  # a fraction's denominator
    ],
)
def test_korean_dates_and_labels_are_not_facts(text: str) -> None:
    assert find_quantities(text, language="ko") == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Es brüten 50 bis 60 Paare", "de", (Decimal(50), Decimal(60), None)),
        ("nach 2 bis 3 Monaten", "de", (Decimal(2), Decimal(3), "mo")),
        ("in acht bis elf Kilometer Höhe", "de", (Decimal(8), Decimal(11), "km")),
        ("zwischen 500.000 und 5 Mio. EUR", "de", (Decimal(500000), Decimal(5000000), "EUR")),
        ("entre 2 et 4 heures", "fr", (Decimal(2), Decimal(4), "h")),
        ("de 3 a 5 años", "es", (Decimal(3), Decimal(5), "yr")),
        # "entre … a …" in Spanish and Portuguese; an approximate upper bound
        ("pagar entre 50 a 300 dólares", "es", (Decimal(50), Decimal(300), "USD")),
        ("entre 2 a 3 anos", "pt", (Decimal(2), Decimal(3), "yr")),
        (
            "von 300 bis etwa 420 Millionen Euro",
            "de",
            (Decimal(3) * 10**8, Decimal(42) * 10**7, "EUR"),
        ),
        ("von 3 bis ca. 5 Euro", "de", (Decimal(3), Decimal(5), "EUR")),
        ("from 2 to about 4 hours", "en", (Decimal(2), Decimal(4), "h")),
    ],
)
def test_ranges_in_other_languages(
    text: str, language: str, expected: tuple[Decimal, Decimal, str | None]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.low, q.high, q.unit.code if q.unit else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("1 von 17", "de", []),
        ("Fotos\n5 von 17\nweiter", "de", []),
        ("1 of 17", "en", []),
        ("Er gewann 5 von 17 Rennen.", "de", ["5", "17 Rennen"]),  # in a sentence: a count
    ],
)
def test_a_counter_that_is_its_whole_line_is_no_fact(
    text: str, language: str, kept: list[str]
) -> None:
    assert [q.text for q in find_quantities(text, language=language)] == kept


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Russian, Ukrainian and Polish unit names in the cases a count takes
        ("Результат 5 кг за 7 дней.", "ru", [("5 кг", "kg"), ("7 дней", "d")]),
        ("составляет около 40 граммов", "ru", [("40 граммов", "g")]),
        ("толщиной 2 см.", "ru", [("2 см", "cm")]),
        ("2 года назад", "ru", [("2 года", "yr")]),
        ("протягом 3 тижнів", "uk", [("3 тижнів", "wk")]),
        # a year followed by the word "year" is a date
        ("в 2019 году", "ru", []),
        ("w 2019 roku", "pl", []),
        ("около 2000 лет", "ru", [("2000 лет", "yr")]),
    ],
)
def test_units_and_years_in_slavic_languages(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    found = find_quantities(text, language=language)
    assert [(q.text, q.unit.code if q.unit else None) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the article counts one before a scale word; "eineinhalb" is one and a half
        ("mit einer Milliarde Nutzer", "de", ("einer Milliarde Nutzer", Decimal(10) ** 9)),
        ("eine Million Euro", "de", ("eine Million Euro", Decimal(10) ** 6)),
        ("un millón de personas", "es", ("un millón de personas", Decimal(10) ** 6)),
        ("un milione di euro", "it", ("un milione di euro", Decimal(10) ** 6)),
        (
            "über eineinhalb Millionen Kinder",
            "de",
            ("eineinhalb Millionen Kinder", Decimal(1500000)),
        ),
    ],
)
def test_one_before_a_scale_word(text: str, language: str, expected: tuple[str, Decimal]) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value) == expected


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        ("gewann vier von sechs Aufeinandertreffen", "de", "Aufeinandertreffen"),
        ("o arrombamento de dois dos cinco automóveis", "pt", "automóvel"),
        ("trois des dix villes", "fr", "ville"),
    ],
)
def test_a_partitive_counts_the_wholes_noun(text: str, language: str, noun: str) -> None:
    pytest.importorskip("simplemma")  # "automóveis" → "automóvel"
    part, whole = find_quantities(text, language=language)
    assert (part.noun, whole.noun) == (noun, noun)


def test_an_article_alone_is_no_number() -> None:
    assert find_quantities("eine Frau und ein Mann", language="de") == ()
    assert find_quantities("un hombre", language="es") == ()


def test_a_spanish_score_is_no_range() -> None:
    assert [q.low for q in find_quantities("ganó 2 a 1", language="es")] == [None, None]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        # a period written before the amount, or before its qualifier, makes it a rate
        ("auf jährlich rund 28 Millionen Euro.", "de", "EUR/yr"),
        ("das sind pro Jahr über 500 Euro an Mehrkosten", "de", "EUR/yr"),
        ("jährlich circa 306.000 jungen Menschen", "de", "Mensch/yr"),
        ("to extend a weekly $600 added benefit", "en", "USD/wk"),
        ("give workers a $500 annual tax credit", "en", "USD/yr"),
        # a share keeps its unit
        ("Die Preise steigen jährlich um 5 %.", "de", "%"),
    ],
)
def test_a_period_before_the_amount_makes_a_rate(text: str, language: str, unit: str) -> None:
    pytest.importorskip("simplemma")  # "Menschen" → "Mensch"
    (q,) = find_quantities(text, language=language)
    assert q.unit is not None
    assert q.unit.code == unit


def test_rates_in_other_languages() -> None:
    (q,) = find_quantities("mit 1223 Kilometer pro Stunde", language="de")
    assert q.unit is not None
    assert q.unit.code == "km/h"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("unter Tel. 02382 59743 (info@example.org)", "de"),  # a telephone number
        ("Tel: 0731 / 153 87-0\nFax: 0731 / 153 87-117", "de"),
        ("Fone: (047) 2106-8000", "pt"),
        ("Projektraum, Gleditschstraße 37, 10781 Berlin", "de"),  # house number and postcode
        ("Beethovenstr. 1\n89073 Ulm", "de"),
        ("Kerns Verlag, Tübingen, S. 415", "de"),  # a page
    ],
)
def test_phone_numbers_addresses_and_pages_are_not_facts(text: str, language: str) -> None:
    assert find_quantities(text, language=language) == ()


def test_a_count_before_a_capitalised_noun_stays_a_fact() -> None:
    """German nouns are capitalised: "12 Mitarbeiter" is a count, not a postcode and town."""
    (q,) = find_quantities("Die Firma hat 12 Mitarbeiter.", language="de")
    assert q.value == 12


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3 Esslöffel Zucker", "de", ("3 Esslöffel", Decimal(3), "tbsp")),
        ("بلغت 700 ألف دولار", "ar", ("700 ألف دولار", Decimal(700000), "USD")),
    ],
)
def test_kitchen_units_and_arabic_scales(
    text: str, language: str, expected: tuple[str, Decimal, str]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.value, q.unit.code if q.unit else None) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [("был избит 11 февраля", "ru"), ("w dniu 3 marca", "pl"), ("den 5 maj", "sv")],
)
def test_dates_in_russian_polish_and_swedish(text: str, language: str) -> None:
    assert find_quantities(text, language=language) == ()


# -- the language a text is written in, when the page declares none or the wrong one ----------


def test_a_text_dump_is_read_in_the_language_of_its_words() -> None:
    # A plain-text dump declares no language: its words do ("Besucher", "Millionen Euro").
    dump = (
        "Messe in Hannover\n\n"
        "Zur Messe kamen 45.000 Besucher aus dem ganzen Land, mehr als im Vorjahr. "
        "Der Umsatz lag bei 3,5 Millionen Euro und die Aussteller waren zufrieden.\n\n"
        "Die nächste Messe ist für den Herbst geplant."
    )
    doc = articlekit.extract(dump)
    assert [(q.value, q.unit.code if q.unit else None) for q in doc.quantities] == [
        (Decimal(45000), None),
        (Decimal("3500000.0"), "EUR"),
    ]


def test_a_paragraph_in_another_language_than_the_page_declares() -> None:
    # A CMS template says "en-US" around a German article; an English quote in a German page.
    german = (
        '<html lang="en-US"><body><article><p>Auf der Messe werden dieses Jahr mehr als 40.000 '
        "Besucher erwartet, und die Aussteller sind mit der Planung sehr zufrieden.</p>"
        "</article></body></html>"
    )
    assert [q.value for q in articlekit.extract(german).quantities] == [Decimal(40000)]
    english = (
        '<html lang="de"><body><article><p>Der Konzern meldete am Montag seine Zahlen.</p>'
        "<p>The company said that it has sold 1,500 cars in the first week of the year, "
        "and that it expects more.</p></article></body></html>"
    )
    assert [q.value for q in articlekit.extract(english).quantities] == [Decimal(1500)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mit über 1.000 Ausstellern und mehr als 100 Seminaren ist die Messe groß.", "de"),
        ("Le chiffre d'affaires est en hausse de 3 % dans les magasins de la ville.", "fr"),
        ("La deuda externa del país aumentó en 884 millones de dólares, según el banco.", "es"),
        ("Il fatturato della società è cresciuto del 5 per cento nel primo trimestre.", "it"),
        ("O governo anunciou que a inflação foi de 4 por cento no ano passado.", "pt"),
        ("Het bedrijf heeft dit jaar meer dan 200 mensen aangenomen in de regio.", "nl"),
        ("Företaget har anställt 200 personer och det är inte slut än.", "sv"),
        ("Firmaet har ansat 200 af de nye medarbejdere, og det er ikke slut.", "da"),
        ("Firmaet har ikke ansatt flere enn 200 av de nye, og det er godt.", "nb"),
        ("W tym roku firma zatrudniła 200 osób, ale to nie jest koniec.", "pl"),
        ("The company said that it would cut 1,000 jobs by the end of the year.", "en"),
        ("Продажи выросли на 5 млн рублей.", "ru"),
        ("销售额增长了3.5亿元。", "zh"),
        ("売上高は3.5億円に増えた。", "ja"),
        # the script with the most letters, not the first to outnumber the Latin ones: a
        # Bengali text's dandas ("।") are in the Devanagari block, a Chinese name's dot in kana's
        ("কুষ্টিয়া-১ আসনের সংসদ সদস্য। তিনি বলেন।", "bn"),
        ("卡尔・马克思是德国哲学家，他的著作影响深远。", "zh"),
        ("서울의 인구는 줄고 있다. 韓國", "ko"),
        ("नई दिल्ली में आज बारिश हुई।", "hi"),
        # the other scripts of the web (newspaper4k's test page burmese_article.html)
        ("တရားစွဲ အဖမ်းခံထားရတဲ့ အလဲဗင်းသတင်းစာတိုက်က တာဝန်ခံအယ်ဒီတာ", "my"),
        ("சென்னையில் இன்று மழை பெய்தது.", "ta"),
        ("ភ្នំពេញ ជារាជធានីនៃប្រទេសកម្ពុជា។", "km"),
        ("Երևանը Հայաստանի մայրաքաղաքն է։", "hy"),
    ],
)
def test_the_words_or_script_of_a_text_name_its_language(text: str, language: str) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "6 Min.",  # too few words to tell
        "Meal 1",
        "Samsung Galaxy S3 Mini",
        "Die Hard 4",  # one German-looking word in an English title
    ],
)
def test_short_or_unclear_text_names_no_language(text: str) -> None:
    assert guess_language(text) is None


def test_the_declared_language_stands_unless_the_text_shows_another() -> None:
    ukrainian = "Продажі зросли на 5 млн гривень."
    assert guess_language(ukrainian, declared="uk") == "uk"  # Cyrillic, as Ukrainian is written
    assert written_language("6 Min.", "de-AT") == "de-AT"
    assert written_language("Der Umsatz ist nicht gestiegen, und das ist gut.", "de-CH") == "de-CH"
    assert written_language("Der Umsatz ist nicht gestiegen, und das ist gut.", "en") == "de"
    assert written_language("6 Min.", None, fallback="de") == "de"


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("it costs $5 million annually", "en", "USD/yr"),
        ("he earns $600 weekly", "en", "USD/wk"),
        ("rund 28 Millionen Euro jährlich", "de", "EUR/yr"),
        ("für etwa 10 Euro monatlich", "de", "EUR/mo"),
        ("cobra 300 euros mensuales", "es", "EUR/mo"),
        ("the $5 daily", "de", "USD/d"),  # English words read in any language
        ("ganó 300 euros semanales", "en", "EUR"),  # another language's only in it
    ],
)
def test_a_period_word_after_money_makes_a_rate(text: str, language: str, unit: str) -> None:
    (q,) = find_quantities(text, language=language)
    assert q.unit is not None
    assert q.unit.code == unit


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        ("Llegaron las 11 provincias", "es", ("11", "provincia")),  # a count after "las"
        ("alle 5 squadre del girone", "it", ("5", "squadra")),
        ("Schaden für rund 80’000 Franken", "de", ("80000", "CHF")),  # Swiss groups
        ("Es kostet 1'250'000 CHF.", "de", ("1250000", "CHF")),
        ("Le budget est de 2,5 Mds d'euros.", "fr", ("2500000000.0", "EUR")),
        ("Le budget est de 2,5 Md€.", "fr", ("2500000000.0", "EUR")),
        # India's groups of two after the thousands, Arabic's separators, Japanese full-width
        ("About 1,00,000 people attended.", "en", ("100000", "person")),
        ("Sales were Rs 12,34,567.", "en", ("1234567", "INR")),
        ("بلغت الإيرادات ٣٫٥ مليون دولار", "ar", ("3500000.0", "USD")),
        ("حضر ١٢٬٠٠٠ شخص", "ar", ("12000", "شخص")),
        ("売上高は３．５億円だった。", "ja", ("350000000.0", "JPY")),
        ("Die Fahrt dauert 2 bis 3 Stunden.", "de", ("2-3", "h")),  # no time of day
        ("423 0000", "en", ("423", None)),  # zeros are a zero, not a code
        # a number word of the language takes the scale word after it
        ("Das kostet fünf Milliarden Euro", "de", ("5000000000", "EUR")),
        ("drei Millionen Aufrufe", "de", ("3000000", "Aufruf")),
        ("deux millions de personnes", "fr", ("2000000", "personne")),
        ("tres mil millones de dólares", "es", ("3000000000", "USD")),
        # a round ten and its units
        ("Vingt-cinq ans plus tard", "fr", ("25", "yr")),
        ("vingt-cinq millions d'euros", "fr", ("25000000", "EUR")),
        ("Tiene treinta y cinco años", "es", ("35", "yr")),
        ("Tem vinte e cinco anos", "pt", ("25", "yr")),
        # a signed upper bound after a range word
        ("Temperaturen zwischen -12 und -2 Grad Celsius", "de", ("-12--2", "°C")),
        ("from -5 to -1 percent", "en", ("-5--1", "%")),
    ],
)
def test_counts_and_amounts_beside_the_time_and_code_rules(
    text: str, language: str, reading: tuple[str, str | None]
) -> None:
    q = find_quantities(text, language=language)[0]
    value = f"{q.low}-{q.high}" if q.value is None else str(q.value)
    assert (value, q.noun or (q.unit.code if q.unit else None)) == reading


@pytest.mark.parametrize(
    ("text", "language", "span", "noun"),
    [
        # a scale word, its link and the counted noun: "millones de habitantes"
        ("supera los dos millones de habitantes.", "es", "dos millones de habitantes", "habitante"),
        ("ultrapassou os sete milhões de casos.", "pt", "sete milhões de casos", "caso"),
        ("plus de 2 millions d'habitants", "fr", "2 millions d'habitants", "habitant"),
        ("3 milioni di persone", "it", "3 milioni di persone", "persona"),
        # German compounds sharing their head count the last one
        ("über 50 Alten- und Pflegeheime", "de", "50 Alten- und Pflegeheime", "Pflegeheim"),
    ],
)
def test_counted_noun_after_a_scale_or_a_shared_head(
    text: str, language: str, span: str, noun: str
) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    (q,) = find_quantities(text, language=language)
    assert (q.text, q.unit, q.noun) == (span, None, noun)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Mit fast zwei Jahrzehnten engagierter Arbeit", "de", 2),
        ("durante tres décadas", "es", 3),
    ],
)
def test_decades_in_other_languages(text: str, language: str, value: int) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.value, q.unit.code if q.unit else None) == (Decimal(value), "decade")


def test_an_elided_link_is_no_unit_symbol() -> None:
    (q,) = find_quantities("plus de 2 millions d'arbres", language="fr")
    assert q.unit is None  # not "d", days
    # the link before a currency still leads to it
    (q,) = find_quantities("3,2 milliards d'euros", language="fr")
    assert q.unit is not None
    assert q.unit.code == "EUR"


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("zh-Hant", "TWD"),  # traditional script without a region: Taiwan, by CLDR
        ("zh-TW", "TWD"),
        ("zh-HK", "HKD"),
        ("zh-Hant-HK", "HKD"),
        ("zh-CN", "CNY"),
        ("zh", "CNY"),
        (None, "CNY"),
    ],
)
def test_yuan_is_the_currency_of_the_texts_region(language: str | None, code: str) -> None:
    found = find_quantities("票價50元，頭獎20萬元", language=language)
    assert [q.unit.code if q.unit else None for q in found] == [code, code]


@pytest.mark.parametrize(
    ("text", "language", "readings"),
    [
        # the first amount of a change takes the scale and currency written after the second
        (
            "Der Verlust sank von 228,4 auf 211,5 Millionen Dollar.",
            "de",
            [("228400000.0", "USD"), ("211500000.0", "USD")],
        ),
        ("5, 10 und 15 Prozent", "de", [("5", "%"), ("10", "%"), ("15", "%")]),
        # a bare amount of the same scale takes the currency its clause named before it
        (
            "netto 7,4 Milliarden Euro - über 3 Milliarden mehr",
            "de",
            [("7400000000.0", "EUR"), ("3000000000", "EUR")],
        ),
        ("rose to $5 billion from 4 billion", "en", [("5000000000", "USD"), ("4000000000", "USD")]),
        # German recipe spoons, Turkish lira
        ("1 TL Vanilleextrakt und 2 EL Zucker", "de", [("1", "tsp"), ("2", "tbsp")]),
        ("fiyatı 100 TL oldu", "tr", [("100", "TRY")]),
    ],
)
def test_units_shared_and_named_once(
    text: str, language: str, readings: list[tuple[str, str]]
) -> None:
    found = find_quantities(text, language=language)
    assert [(str(q.value), q.unit.code if q.unit else None) for q in found] == readings


def test_a_bare_amount_across_a_sentence_or_before_a_noun_keeps_no_currency() -> None:
    found = find_quantities("$5 billion in sales and 3 million users. 4 billion people")
    assert [q.unit.code if q.unit else q.noun for q in found] == ["USD", "user", "person"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("drei Serien zu je zehn Mal", "Mal"),  # "Mal" capitalised is a noun, "2 mal 3" is not
        ("Werder (10 Pkt)", "Punkt"),  # an abbreviated noun
    ],
)
def test_german_times_and_abbreviated_nouns(text: str, noun: str) -> None:
    assert find_quantities(text, language="de")[-1].noun == noun


def test_lower_case_mal_multiplies() -> None:
    assert [q.noun for q in find_quantities("2 mal 3 ist 6", language="de")] == [None] * 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Niewykluczone, że na ten temat będą rozmawiać", "pl"),  # "ten" is "this" in Polish
        ("in den 80ern von einem Italiener", "de"),  # German decades and names with "er"
        ("Seit den 70er-Jahren in Betzdorf", "de"),
        ("an eine 50er Vespa", "de"),
        ("degli anni ’80", "it"),  # a decade after the Romance word for "years"
        ("der Linien 40, 62 und 64", "de"),  # a list of labels after its label noun
        ("auf Platz zwei", "de"),
        ("am besten Größe 8, 10 oder 12", "de"),
    ],
)
def test_no_fact_in_labels_decades_and_other_languages_words(text: str, language: str) -> None:
    assert find_quantities(text, language=language) == ()


def test_a_list_of_labels_in_english_and_a_list_of_amounts() -> None:
    assert find_quantities("Route 1, 9 and 12 were closed") == ()
    assert [str(q.value) for q in find_quantities("scores of 5, 10 and 15%")] == ["5", "10", "15"]


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        # two near amounts offered as alternatives: one estimate, a range
        ("that happened 40 or 50 years ago", "en", ("40", "50", "yr", None)),
        ("She needs one or two big ideas", "en", ("1", "2", None, "idea")),
        ("in 2 or 3 states", "en", ("2", "3", None, "state")),
        ("in 20, 30 Jahren", "de", ("20", "30", "yr", None)),
        ("un ou deux ans", "fr", ("1", "2", "yr", None)),
        ("uno o dos años", "es", ("1", "2", "yr", None)),
        # where "one" is also the article, the next amount takes it in as its lower bound
        ("nach ein, zwei Tagen", "de", ("1", "2", "d", None)),
        ("Ein oder zwei anständige Shoppingtage", "de", ("1", "2", None, "Shoppingtag")),
        ("über ein bis drei Jahre", "de", ("1", "3", "yr", None)),
        ("zwischen einem und drei Jahren", "de", ("1", "3", "yr", None)),
        ("entre una y tres semanas", "es", ("1", "3", "wk", None)),
        # "one" counts in a range of words ("one" alone before a noun may be "a")
        ("one to three days", "en", ("1", "3", "d", None)),
        # the minus sign and the wave dashes of Japanese join a range's bounds
        ("обжаривайте еще 5−6 минут", "ru", ("5", "6", "min", None)),
        ("今後２～３週間に退避を予定", "ja", ("2", "3", "wk", None)),
        ("約2〜3週間", "ja", ("2", "3", "wk", None)),
    ],
)
def test_alternatives_and_article_ones_make_ranges(
    text: str, language: str, reading: tuple[str, str, str | None, str | None]
) -> None:
    (q,) = find_quantities(text, language=language)
    assert q.value is None
    assert (str(q.low), str(q.high), q.unit.code if q.unit else None, q.noun) == reading


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # a third amount makes a list; far apart amounts, years and months are no estimate
        ("he scored 1, 2 or 3 points", "en", ["1", "2", "3"]),
        ("Er kaufte 3, 4 und 5 Äpfel", "de", ["3", "4", "5"]),
        ("5 or 50 people", "en", ["5", "50"]),
        ("in 2019 or 2020 the rate was 5%", "en", ["5"]),
        ("Er hat ein Haus, zwei Autos", "de", ["2"]),
        ("去年11-12月期統一發票", "zh-TW", []),
    ],
)
def test_lists_far_amounts_and_dates_are_no_alternatives(
    text: str, language: str, values: list[str]
) -> None:
    found = find_quantities(text, language=language)
    assert [str(q.value) for q in found] == values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("BGHZ 173, 188 - Marions Kochbuch", "de"),  # a reference: volume and page
        ("oder auch für 10 oder 15.", "de"),  # options, with nothing they estimate after them
        ("the 3 or 7 different sites", "en"),  # not neighbours: two methods
    ],
)
def test_bare_far_or_referenced_pairs_are_no_range(text: str, language: str) -> None:
    assert all(q.high is None for q in find_quantities(text, language=language))


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        # money per a unit, after a slash in any language or after "pro" in German
        ("beträgt die Umlage 0,57 Ct/kWh", "de", "EUR/kWh"),
        ("kostet 5 Euro pro Kilogramm", "de", "EUR/kg"),
        ("30 Euro/Monat", "de", "EUR/mo"),
        ("costs $5/kg", "en", "USD/kg"),
        # a measure per a unit after "pro"
        ("wiegen etwa 10 kg pro Quadratmeter", "de", "kg/m²"),
        # money per a German noun, capitalised and singular after "pro"; a hyphened compound's head
        ("3 Euro pro Person", "de", "EUR/Person"),
        ("Amazon: 99 Cent pro Streaming-Leihfilm", "de", "EUR/Leihfilm"),
        # a "Cent" in a language of the euro area is a euro's
        ("liegt bei 10-15 Cent pro Kilometer", "de", "EUR/km"),
        # English money per a word keeps the word, as before
        ("$4 a gallon", "en", "USD/gallon"),
    ],
)
def test_rates_per_unit_and_noun(text: str, language: str, unit: str) -> None:
    (q,) = find_quantities(text, language=language)
    assert q.unit is not None
    assert q.unit.code == unit


def test_a_slash_between_two_amounts_is_no_rate() -> None:
    assert [q.text for q in find_quantities("$300/$200 and 5 Euro/2019", language="en")] == [
        "$300",
        "$200",
        "5 Euro",
    ]


def test_money_per_money_is_no_price() -> None:
    (q,) = find_quantities("Gläubiger erhalten 59,3 Cents je Euro zurück", language="de")
    assert q.unit is not None
    assert q.unit.code == "EUR"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("beträgt 0,059 Euro", "de", "0.059"),  # no group of thousands is "0"
        ("0,059 mg", None, "0.059"),
        ("10,000 people", "en", "10000"),
    ],
)
def test_a_comma_after_a_lone_zero_is_decimal(text: str, language: str | None, value: str) -> None:
    assert str(find_quantities(text, language=language)[0].value) == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # only English abbreviates million with a glued "m"; German "sek" is seconds
        ("Bestleistung von 13,15m im Dreisprung", "13.15", "m"),
        ("mit einer Zeit von 7,52 sek", "7.52", "s"),
        ("kostet 100 SEK", "100", "SEK"),
    ],
)
def test_german_metres_and_seconds(text: str, value: str, unit: str) -> None:
    (q,) = find_quantities(text, language="de")
    assert q.unit is not None
    assert (str(q.value), q.unit.code) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Für ca. 15 Min. bei 80 Grad köcheln lassen", "min"),
        ("den Teig 2 Std. ruhen lassen", "h"),
    ],
)
def test_german_abbreviations_of_minutes_and_hours(text: str, unit: str) -> None:
    q = find_quantities(text, language="de")[0]
    assert q.unit is not None
    assert q.unit.code == unit


@pytest.mark.parametrize(
    ("text", "language", "ages"),
    [
        ("Mehr Fälle als Udo Wachtveitl (62) und Miroslav Nemec (66) haben", "de", ["62", "66"]),
        ("Het team van Jan Jansen (45) won", "nl", ["45"]),
        ("Der Vorstand (5) tagte", "de", []),  # a noun with its article, not a name
        ("Tom Brady (12) threw", "en", []),  # English brackets hold jersey numbers
    ],
)
def test_an_age_in_brackets_after_a_name(text: str, language: str, ages: list[str]) -> None:
    found = find_quantities(text, language=language)
    assert [q.text for q in found if q.unit is not None and q.unit.code == "yr"] == ages


def test_sieben_after_no_noun_is_seven() -> None:
    """Only after its object is "sieben" the verb to sift ("das Mehl sieben und …")."""
    (q,) = find_quantities("Die Kinder waren sieben.", language="de")
    assert q.value == Decimal(7)


def _es(text: str) -> tuple[Quantity, ...]:
    return find_quantities(text, language="es")


def test_a_currency_is_carried_over_asides_to_amounts_of_its_scale() -> None:
    """The writer names the currency once; a share in brackets between changes nothing."""
    text = (
        "La deuda aumentó en 884,3 millones de dólares (6,6 %) respecto a 2020 (13.488,1 "
        "millones), debido a la deuda pública de 849,1 millones."
    )
    found = [(q.text, q.unit.code if q.unit else None) for q in _es(text)]
    assert found == [
        ("884,3 millones de dólares", "USD"),
        ("6,6 %", "%"),
        ("13.488,1 millones", "USD"),
        ("849,1 millones", "USD"),
    ]
    # another sentence ends the carrying, and a conversion in brackets carries nothing
    other = find_quantities("Revenue was $5 billion. Then 3 billion were lost.", language="en")
    assert [q.unit for q in other][1] is None
    text = "a deficit of 1.6 billion ($2.54 billion), compared with August's 2.0 billion"
    assert [q.unit for q in find_quantities(text, language="en")][2] is None


def test_a_latin_unit_glued_after_a_cjk_character_measures() -> None:
    """A race over 2,000 metres of turf ("芝2000m"); "乃木坂46" stays a name."""
    (q,) = find_quantities("五稜郭ステークス 芝2000m 牡4", language="ja")
    assert (q.value, q.unit.code if q.unit else None) == (Decimal(2000), "m")
    assert find_quantities("乃木坂46のメンバー", language="ja") == ()


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("Das Kopieren dauert bei mir knapp eine Minute.", "de", "eine Minute"),
        ("seit mehr als einem Monat auf der Suche", "de", "einem Monat"),
        ("innerhalb einer Woche gelöscht", "de", "einer Woche"),
        ("hace un año", "es", "un año"),
    ],
)
def test_the_article_as_one_unit_in_other_languages(text: str, language: str, kept: str) -> None:
    assert [q.text for q in find_quantities(text, language=language)] == [kept]


def test_lemmas_read_from_tries_in_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dictionary of simplemma as a trie on disk reads as the dictionary it was built from."""
    pytest.importorskip("marisa_trie")  # the ``lemmas`` extra installs it with simplemma
    strategies = pytest.importorskip("simplemma.strategies")
    monkeypatch.setenv("ARTICLEKIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ARTICLEKIT_NO_CACHE", raising=False)
    tries = _nouns._trie_dictionaries(strategies)
    assert tries is not None
    built = strategies.DictionaryLookupStrategy(tries)
    decoded = strategies.DictionaryLookupStrategy(strategies.DEFAULT_DICTIONARY_FACTORY)
    words = list(itertools.islice(strategies.DEFAULT_DICTIONARY_FACTORY.get_dictionary("id"), 500))
    assert [built.get_lemma(w, "id") for w in words] == [decoded.get_lemma(w, "id") for w in words]
    assert [p.name for p in tmp_path.glob("lemmas-simplemma-*/*")] == ["id.dic"]
    # a second process finds the trie written by the first
    assert strategies.DictionaryLookupStrategy(_nouns._trie_dictionaries(strategies)).get_lemma(
        words[0], "id"
    ) == decoded.get_lemma(words[0], "id")
    monkeypatch.setenv("ARTICLEKIT_NO_CACHE", "1")  # no cache: each process decodes its own
    assert _nouns._trie_dictionaries(strategies) is None


def test_lemmas_are_the_same_with_and_without_tries(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("marisa_trie")
    strategies = pytest.importorskip("simplemma.strategies")
    assert _nouns._trie_dictionaries(strategies) is not None  # the tests' own cache folder
    with_tries = _nouns._lemmatizer.__wrapped__()
    monkeypatch.setattr(_nouns, "_trie_dictionaries", lambda _: None)
    decoded = _nouns._lemmatizer.__wrapped__()
    assert with_tries is not None
    assert decoded is not None
    words = [
        ("Häuser", "de"),
        ("Maltechniken", "de"),  # a compound read by its head
        ("WordPress", "de"),
        ("photojournalistes", "fr"),  # simplemma's greedy mode
        ("automóveis", "pt"),
        ("femmine", "it"),
        ("Unbekanntwörter", "de"),
        ("casas", "xx"),  # a language simplemma has no dictionary for
    ]
    assert [with_tries(w, lang) for w, lang in words] == [decoded(w, lang) for w, lang in words]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "noun"),
    [
        # German writes fractions as nouns after the number or the article
        ("Zwei Drittel der Befragten stimmten zu.", "Zwei Drittel", Decimal(2) / 3, None, None),
        ("Ein Viertel der Stimmen ging an ihn.", "Ein Viertel", Decimal("0.25"), None, None),
        ("drei Viertel aller Deutschen", "drei Viertel", Decimal("0.75"), None, None),
        ("Mehr als die Hälfte der Mitglieder kam.", "die Hälfte", Decimal("0.5"), None, None),
        # a half as an adjective, before a unit or a noun
        ("Er wartete eine halbe Stunde.", "eine halbe Stunde", Decimal("0.5"), "h", None),
        (
            "macht eine halbe Tafel Schokolade aus",
            "eine halbe Tafel",
            Decimal("0.5"),
            None,
            "Tafel",
        ),
        ("Ein halbes Dutzend Gebiete gibt es.", "Ein halbes Dutzend Gebiete", 6, None, "Gebiet"),
        # a change by a share, then the amount: no range, no scale taken from the amount
        (
            "Der Umsatz legte um ein Fünftel auf 1,2 Milliarden Euro zu.",
            "ein Fünftel",
            Decimal("0.2"),
            None,
            None,
        ),
    ],
)
def test_german_fractions(
    text: str, span: str, value: Decimal, unit: str | None, noun: str | None
) -> None:
    q = find_quantities(text, language="de")[0]
    assert (q.text, q.value, q.unit.code if q.unit else None, q.noun) == (span, value, unit, noun)


@pytest.mark.parametrize(
    "text",
    [
        "Er wohnt im Viertel.",  # a quarter of a town
        "Das Viertel ist ruhig.",
        "Sie teilten den Kuchen in zwei Hälften.",  # two halves are two things
    ],
)
def test_german_fraction_nouns_that_are_no_fraction(text: str) -> None:
    assert all(q.value is None or q.value >= 1 for q in find_quantities(text, language="de"))


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        # a period after the words that say what is measured makes a rate
        ("Frauen sollten 150 Minuten körperliche Aktivität pro Woche haben.", "de", "min/wk"),
        ("Die Versicherung ist 200 Franken teurer pro Jahr.", "de", "CHF/yr"),
        ("dass 20 Millionen Tonnen des natürlichen Wasserstoffs pro Jahr entweichen", "de", "t/yr"),
        ("at least 150 minutes of physical activity per week", "en", "min/wk"),
        # not a time after the period, a share, nor across punctuation or a number
        ("$5 million of debt a year later", "en", "USD"),
        ("it provides 45-day windows a year", "en", "d"),  # the period rates the windows
        ("Die Preise stiegen um 5 Prozent pro Jahr.", "de", "%"),
        ("Er zahlte 500 Euro, 20 Euro pro Monat.", "de", "EUR"),
    ],
)
def test_a_period_after_what_is_measured_makes_a_rate(text: str, language: str, unit: str) -> None:
    assert _first_unit(text, language) == unit


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        # a count taken from a definite whole: "of the" and its plural, adjectives before it
        ("Heute zeig ich euch 3 der verrücktesten Sachen.", "de", "Sache"),
        ("Drei der besten Spieler kamen.", "de", "Spieler"),
        ("tres de los mejores jugadores", "es", "jugador"),
        ("trois des meilleurs joueurs", "fr", "joueur"),
        # not a share of the whole, nor a label's number
        ("30 Prozent der Menschen", "de", None),
        ("immerhin die Nummer 3 der Welt", "de", None),
        ("lors de l’acte 8 des gilets jaunes", "fr", None),
        ("un top 10 des macronistes", "fr", None),
    ],
)
def test_a_count_of_the_whole_it_is_taken_from(text: str, language: str, noun: str | None) -> None:
    nouns = [q.noun for q in find_quantities(text, language=language)]
    assert nouns == [noun] if noun is not None else nouns in ([None], [])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # German idioms of a number word between two words
        ("bleibt der Trabsitz für viele ein Buch mit sieben Siegeln.", []),
        ("Sie können Ihre eigenen vier Wände entspannt verlassen.", []),
        ("Sie sprachen unter vier Augen.", []),
        ("Das Haus hat vier Wände.", ["vier Wände"]),
    ],
)
def test_german_number_idioms(text: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(text, language="de")] == kept


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        # the nationality after the currency's noun tells the currency (CLDR's names)
        ("Il a payé 10 dollars canadiens.", "fr", "CAD"),
        ("2000 livres syriennes", "fr", "SYP"),
        ("costó 10 dólares canadienses", "es", "CAD"),
        ("5 pesos mexicanos", "es", "MXN"),
        ("10 dollari canadesi", "it", "CAD"),
        ("mit 100 kanadischen Dollar", "de", "CAD"),
        ("50 neuseeländische Dollar", "de", "NZD"),
        # the noun alone stays the dollar
        ("Il a payé 10 dollars.", "fr", "USD"),
        # the slang of the dollar and the pound
        ("sometimes we only make 20 bucks", "en", "USD"),
        ("it cost me 50 quid", "en", "GBP"),
    ],
)
def test_currency_names_with_their_nationality(text: str, language: str, code: str) -> None:
    assert len(find_quantities(text, language=language)) == 1
    assert _first_unit(text, language) == code


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the ordinal indicator typed as a glued "a" or "o"
        ("1a etapa: 10 de março – Interlagos", "pt"),
        ("o 2o turno", "pt"),
        ("la 5a edición", "es"),
    ],
)
def test_ordinals_with_a_typed_indicator(text: str, language: str) -> None:
    assert find_quantities(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # a street's type before its name, then the house number; a Brazilian postcode; a
        # French business postcode
        ("Rua Walter Marquardt, 1111 - Barra do Rio Molha - 89259-565 - SC", "pt", []),
        ("en la calle Mayor, 5, Madrid", "es", []),
        ("Flos Showroom corso Monforte, 15, Milan", "en", []),
        ("38018 Grenoble cedex 01", "fr", []),
        # a name without a street's type keeps its count
        ("La Plaza Mayor tiene 237 balcones.", "es", ["237 balcones"]),
        ("Ela comprou 12 livros.", "pt", ["12 livros"]),
        ("via Roma 12", "it", []),
        # a street's type that is an English word opens no address in English
        ("They announced it via Twitter, 5 people said.", "en", ["5 people"]),
    ],
)
def test_addresses_in_the_romance_languages(text: str, language: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(text, language=language)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a number with its dot that the sentence goes on after is an ordinal (German)
        ("gegen Brasilien (4. und 5. März 2022 in Rio de Janeiro)", []),
        ("Pfingsten, 03. und 31. Oktober, 24., 25., 26. und 31. Dezember", []),
        ("als er geteilter 17. wurde", []),
        # a span of days with a dash
        ("Ras al Khaimah Championship, 4. – 7. Februar", []),
        # German capitalises nouns: a noun after the dot has the number as its ordinal
        ("DP World Tour: Ras al Khaimah Championship, 4. Tag in Ras al Khaimah", []),
        ("Da erlebst Du direkt aus 1. Hand, wie ich arbeite.", []),
        ("nur Gäste mit einem Flexpreis 1. Klasse oder einer Bahncard", []),
        ("der insgesamt 13. Weltcupsieg und der Zweite in Antholz (6. Podestplatz)", []),
        # a sentence that ends after the number keeps it
        ("Er wurde 24. Danach ging er.", ["24"]),
        ("In mm sind es 39. Daraus folgern wir, dass es passt.", ["39"]),
        ("Die Zahl stieg auf 12. Im Süden blieb es ruhig.", ["12"]),
        ("Es waren 12.\nRettungskräfte suchen weiter.", ["12"]),
    ],
)
def test_german_ordinals_the_sentence_goes_on_after(text: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(text, language="de")] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Seither treffen sich in Auschwitz 30 Teilnehmer aus elf Ländern.",
            ["30 Teilnehmer", "elf Ländern"],
        ),
        ("Sie stimmten am Freitag 149 Abgeordnete zu.", ["149 Abgeordnete"]),
        ("Der Rechner läuft mit Windows 10 Pro ganz gut.", []),
        ("Das steht in Paragraf 45 SGB V.", []),
    ],
)
def test_a_german_count_after_a_phrase_of_place_or_time(text: str, kept: list[str]) -> None:
    """German capitalises both nouns: "in Auschwitz 30 Teilnehmer" is no name "Auschwitz 30"."""
    assert [q.text for q in find_quantities(text, language="de")] == kept


def test_a_hungarian_time_of_day_and_day_of_the_month_are_no_facts() -> None:
    assert find_quantities("Temetése 13.00 órakor lesz.", language="hu") == ()
    assert find_quantities("10 órakor kezdődik", language="hu") == ()
    # Hungarian writes the day after the month
    assert find_quantities("2020. augusztus 14-én lesz.", language="hu") == ()
    assert [q.text for q in find_quantities("május 5-én 10 ember jött.", language="hu")] == [
        "10 ember"
    ]


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        # grams as recipes and shops abbreviate them, spoons as recipes name them
        ("100 gr de chocolate 70% cacau", "pt", "g"),
        ("200 gr de harina", "es", "g"),
        ("2 colheres de sopa de açúcar", "pt", "tbsp"),
        ("1 cucharadita de sal", "es", "tsp"),
    ],
)
def test_kitchen_units_of_other_languages(text: str, language: str, code: str) -> None:
    assert _first_unit(text, language) == code


@pytest.mark.parametrize(
    ("language", "code"),
    [("zh-TW", "TWD"), ("zh-Hant", "TWD"), ("zh-HK", "HKD"), ("zh", "CNY"), (None, "CNY")],
)
def test_the_yuan_is_the_currency_of_the_text_s_region(language: str | None, code: str) -> None:
    q = find_quantities("1人在南投縣購買50元的咖啡", language=language)[-1]
    assert (q.text, q.unit.code if q.unit else None) == ("50元", code)


@pytest.mark.parametrize(
    ("text", "noun"),
    [("千萬發票仍有4張未領", "張"), ("18頭の馬が優勝しました", "頭"), ("增開1組", "組")],
)
def test_more_cjk_counters(text: str, noun: str) -> None:
    assert [q.noun for q in find_quantities(text)][:1] == [noun]


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        # currency symbols of letters after a spaced number, in their countries' languages
        ("kosztuje 5 zł teraz", "pl", "PLN"),
        ("przelać 6 mld zł", "pl", "PLN"),
        ("stojí 5 Kč", "cs", "CZK"),
        ("5000 Ft", "hu", "HUF"),
        ("50 kr", "sv", "SEK"),
        ("50 kr", "da", "DKK"),
        ("100 руб", "ru", "RUB"),
        # elsewhere they are no currency: German Reichsmark, Swiss Rappen, English feet
        ("100 RM", "de", None),
        ("50 Rp", "de", None),
        ("He is 6 Ft tall", "en", None),
    ],
)
def test_letter_currency_symbols_in_their_languages(
    text: str, language: str, code: str | None
) -> None:
    assert _first_unit(text, language) == code


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # money after a year-like number is a price
        ("They paid 2000 dollars.", "en", ["2000 dollars"]),
        ("They paid a fine of 2000 dollars.", "en", ["2000 dollars"]),
        ("Sie zahlten 2000 syrische Pfund.", "de", ["2000 syrische Pfund"]),
        # the year of the money, a year after a word of time, a compound
        ("GDP in 2012 dollars rose.", "en", []),
        ("Seit 2019 Euro-Mitglied", "de", []),
    ],
)
def test_money_after_a_year_like_number(text: str, language: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(text, language=language)] == kept


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        # a degree word before the adjective, two adjectives joined, a bracketed adjective
        ("Hier sind 3 ganz zentrale Tipps.", "3 ganz zentrale Tipps", "Tipp"),
        # an uninflected adjective or participle as the adverb before the adjective
        ("nur 26 unerlaubt eingereiste Personen", "26 unerlaubt eingereiste Personen", "Person"),
        ("in zwei künstlich intelligente Projekte", None, "Projekt"),
        ("13 pädagogisch wertvolle Ideen für Babys", None, "Idee"),
        ("mit vier ganz einfachen und schönen Maltechniken", None, "Maltechnik"),
        ("Die 16 (nassen) Schuhpaare stehen dort.", "16 (nassen) Schuhpaare", "Schuhpaar"),
        # two adjectives sharing their ending, the first left hanging on a hyphen
        ("aus elf west- und osteuropäischen Ländern", None, "Land"),
        # a noun in quotation marks
        ("Die Tasche ist von 160 „Designerinnen“ entworfen.", "160 „Designerinnen“", "Designerin"),
        # a partitive of a definite whole with an adverb of extent
        ("bei 43 der weltweit führenden Werbetreibenden", "43", "Werbetreibende"),
        # the counted part of a compound
        ("Die Partei hat einen 17-Punkte-Plan vorgelegt.", "17-Punkte", "Punkt"),
        ("Das 5-Sterne-Hotel hat einen Pool.", "5-Sterne", "Stern"),
    ],
)
def test_german_counted_noun_behind_modifiers(text: str, span: str | None, noun: str) -> None:
    pytest.importorskip("simplemma")  # the ``lemmas`` extra, which the test extra installs
    (q,) = find_quantities(text, language="de")
    assert (q.noun, q.unit) == (noun, None)
    if span is not None:
        assert q.text == span


@pytest.mark.parametrize(
    "text",
    [
        "Es kamen 3 und dann noch mehr.",  # no noun: a conjunction after the number
        "Um 3 ganz ruhig bleiben",  # a degree word before no adjective
        "Die 4 (neu) kommt später.",  # an uninflected word in brackets
    ],
)
def test_german_modifiers_need_an_inflected_adjective_and_a_noun(text: str) -> None:
    assert all(q.noun is None for q in find_quantities(text, language="de"))


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Die 300-Millionen-Euro-Anleihe fiel.", ("300000000", "EUR")),
        ("die 2-Euro-Münze", ("2", "EUR")),
        ("ein 10-Milliarden-Dollar-Geschäft", ("10000000000", "USD")),
    ],
)
def test_german_compound_with_a_scale_and_a_currency(text: str, reading: tuple[str, str]) -> None:
    (q,) = find_quantities(text, language="de")
    assert q.unit is not None
    assert (str(q.value.normalize()) if q.value is not None else None, q.unit.code) == (
        f"{Decimal(reading[0]).normalize()}",
        reading[1],
    )


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        ("Sie gewann sieben WM-Medaillen, davon zwei in Gold.", "de", "WM-Medaille"),
        ("ses 800 condamnations, dont 388 avec de la prison", "fr", "condamnation"),
        ("It had 800 convictions, of which 388 led to prison.", "en", "conviction"),
        ("80 casi, di cui 12 in terapia intensiva", "it", "caso"),
        ("निर्यात के 30 प्रमुख क्षेत्रों में से 17 में गिरावट आई", "hi", "क्षेत्र"),
        # a word of approximation between the part's words and its number
        ("25 Regierungsmitglieder, davon rund 9 neue.", "de", "Regierungsmitglied"),
        ("It had 800 convictions, of which about 388 led to prison.", "en", "conviction"),
        ("86 Krimis haben die beiden gedreht - 14 mehr als Odenthal.", "de", "Krimi"),
    ],
)
def test_a_part_of_the_count_before_counts_the_same_things(
    text: str, language: str, noun: str
) -> None:
    pytest.importorskip("simplemma")
    found = find_quantities(text, language=language)
    assert [q.noun for q in found] == [noun, noun]


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        # the amount a count or a measure is compared with names its noun or unit once
        ("L'accident a fait 31 morts, contre 18 l'an dernier.", "fr", ("mort", None)),
        ("Se registraron 120 casos, frente a los 80 del año pasado.", "es", ("caso", None)),
        (
            "1914 arbeiteten 81.000 Menschen für den Konzern, 1918 waren es 200.000.",
            "de",
            ("Mensch", None),
        ),
        ("Dort wurden 180 Milligramm gemessen statt 80.", "de", (None, "mg")),
        ("Il comune conta 120 casi contro i 95 del 2022.", "it", ("caso", None)),
    ],
)
def test_the_amount_compared_with_takes_the_noun_or_unit_before(
    text: str, language: str, reading: tuple[str | None, str | None]
) -> None:
    pytest.importorskip("simplemma")
    first, second = find_quantities(text, language=language)
    assert (first.noun, first.unit.code if first.unit else None) == reading
    assert (second.noun, second.unit.code if second.unit else None) == reading


def test_an_amount_compared_with_keeps_its_own_noun_and_scale() -> None:
    found = find_quantities("31 morts, contre 18 blessés l'an dernier.", language="fr")
    assert found[1].noun in {"blessé", "blessés"}
    found = find_quantities("1,2 millions de visiteurs, contre 300 le dimanche", language="fr")
    assert found[1].noun is None  # another scale
    found = find_quantities("Es kamen 500 Gäste, nach 20 Minuten gingen sie.", language="de")
    assert [q.text for q in found][1] == "20 Minuten"


def test_a_part_keeps_its_own_noun_and_scale() -> None:
    found = find_quantities("25 Regierungsmitglieder, davon 9 Frauen.", language="de")
    assert [q.noun for q in found][1] in {"Frau", "Frauen"}
    # another scale is another kind of amount: no noun carried
    found = find_quantities("1,2 Millionen Besucher, davon 300 am Sonntag", language="de")
    assert found[1].noun is None


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Das kostet 500 Euro im Jahr.", "de", "EUR/yr"),
        ("Er zahlt 7,99 Euro im Monat.", "de", "EUR/mo"),
        ("Sie bekommt 50 Euro jedes Jahr.", "de", "EUR/yr"),
        ("Sie arbeitet 10 Stunden in der Woche.", "de", "h/wk"),
        ("fa nascere 0.2 cuccioli ogni anno", "it", "cucciolo/yr"),
        ("It costs $5 every week.", "en", "USD/wk"),
        # the rate names whom it is per, then its period
        ("13 Tonnen pro Kopf und Jahr", "de", "t/yr"),
        ("2 Liter pro Person und Tag", "de", "L/d"),
        # a unit after what is measured, in another language than English
        ("80 Milligramm Stickoxide pro Kilometer", "de", "mg/km"),
    ],
)
def test_rates_by_the_languages_words_for_every(text: str, language: str, unit: str) -> None:
    assert _first_unit(text, language) == unit


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Er zahlte 500 Euro im Jahr 2020.", "de", "EUR"),  # a year, not a rate
        ("Er zahlte 500 Euro im Jahr zuvor.", "de", "EUR"),
        ("Er zahlte 500 Euro im Monat März.", "de", "EUR"),
        ("Die Quote lag bei 5 % im Jahr.", "de", "%"),  # a share keeps its unit
        ("It rose $5 every year since 2010.", "en", "USD"),
        ("He scored 5 goals every two weeks.", "en", None),
    ],
)
def test_a_point_in_time_is_no_rate(text: str, language: str, unit: str | None) -> None:
    assert _first_unit(text, language) == unit


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Es kam in der Nordstraße in 31167 Bockenem zu einem Einbruch.", []),
        ("Am Straberger See\n41542 Dormagen", []),
        # an amount: grouped as German writes it, or not where a place stands
        ("Es kamen 50.000 Menschen.", ["50000"]),
        ("Es kamen 50000 Menschen.", ["50000"]),
    ],
)
def test_german_postcode_before_its_town(text: str, found: list[str]) -> None:
    assert [str(q.value) for q in find_quantities(text, language="de")] == found


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Nur sechzehn von 120 Vorhaben kamen durch.", "de", 16),
        ("Sie ist einundzwanzig Jahre alt.", "de", 21),
        ("Es kamen sechsundneunzig Gäste.", "de", 96),
        ("Es kamen achtzig Gäste.", "de", 80),
        ("Llegaron dieciocho personas.", "es", 18),
        ("Tiene veinticinco años.", "es", 25),
        ("Sono arrivate diciassette persone.", "it", 17),
        ("Chegaram dezesseis pessoas.", "pt", 16),
        ("Er kwamen zeventien mensen.", "nl", 17),
        ("Il y avait quatorze personnes.", "fr", 14),
    ],
)
def test_number_words_past_twelve(text: str, language: str, value: int) -> None:
    q = find_quantities(text, language=language)[0]
    assert q.value == Decimal(value)


def test_german_number_words_follow_the_units_first_rule() -> None:
    words = LANGUAGE_NUMBERS["de"]
    assert (words["einundzwanzig"], words["neunundneunzig"], words["dreiundvierzig"]) == (
        Decimal(21),
        Decimal(99),
        Decimal(43),
    )


def test_a_german_count_after_the_noun_of_the_count_before_is_no_model() -> None:
    found = find_quantities(
        "Er hat in den vergangenen 18 Monaten 600 Leute aufgebaut.", language="de"
    )
    assert [str(q.value) for q in found] == ["18", "600"]
    # a model's number after its name stays no fact
    assert find_quantities("Es gibt das Lumia 920 Modell.", language="de") == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("личность подозреваемого — 58-летнего жителя", "ru"),
        ("Погибла 25-летняя женщина.", "ru"),
        ("25-річна жінка", "uk"),
        ("25-letni mężczyzna", "pl"),
    ],
)
def test_slavic_ages_written_as_compounds_are_years(text: str, language: str) -> None:
    assert len(find_quantities(text, language=language)) == 1
    assert _first_unit(text, language) == "yr"


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Gol de cabeza de Leonel Peralta al 15'.", "es", []),
        ("tiro libre ejecutado por Randall Azofeifa (28')", "es", []),
        ("Tor von Müller in der 90'", "de", []),
        # English measures feet so
        ("a 6' tall man", "en", ["6"]),
    ],
)
def test_a_games_minute_is_no_fact(text: str, language: str, found: list[str]) -> None:
    assert [str(q.value) for q in find_quantities(text, language=language)] == found
