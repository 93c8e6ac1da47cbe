"""Comment dates, read once per distinct form on a page.

A thread shows every comment's date in one or two forms ("March 10, 2017 at 12:20 am",
"3 hours ago", "hace 28 minutos"). :class:`DateReader` parses the first date of each form with
dateparser (in the page's languages, relative to the reference time only) and learns which
number is which field; later dates of the same form are built from their numbers directly. It
lives for one page: no cache outlives the call that made it.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime, timedelta
from typing import Final, TypeAlias

from articlekit._dates import parse_date, writes_month_first
from articlekit._language import written_language
from articlekit._patterns import compile_later
from articlekit._text import caseless_key
from articlekit.model import Granularity, Source

__all__ = ["DateReader", "ParsedDates", "page_languages"]

#: What :func:`parse_date` gave for (text, languages, reference time, month first): readers of
#: one page can share it, so that a date two of them read is parsed once.
ParsedDates: TypeAlias = dict[
    tuple[str, tuple[str, ...] | None, datetime | None, bool],
    tuple[datetime, Granularity] | None,
]

_DIGITS: Final = compile_later(r"\d+")
_YEAR: Final = compile_later(r"\d{4}|\d[./-]\d{1,2}[./-]\d{2}\b|'\d\d\b")
_AGO: Final = compile_later(
    r"^(?P<n>\d+|an?|one)\s+(?P<unit>second|minute|min|hour|hr|day|week|month|year)s?\s+ago$",
    re.IGNORECASE,
)
_UNIT_SECONDS: Final = {
    "second": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "hr": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2592000,
    "year": 31536000,
}
_FIXED_UNITS: Final = (1, 60, 3600, 86400, 604800)
_MONTHS: Final = (
    r"jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|ene|abr|ago|dic|janv|févr|fév"
    r"|avr|juil|déc|gen|mag|giu|lug|set|ott|mei|okt|maart|fev|out|dez|des|agu"
)
#: What a date looks like in any of the common languages: a year, a time, a numeric date, a
#: month name or a relative expression. Text without any of these is never sent to dateparser.
_DATEISH: Final = compile_later(
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b(?:" + _MONTHS + r")[a-zäéû]*\.?\s*\d|\d{1,2}\.?\s+(?:" + _MONTHS + r")"
    r"|\bago\b|\bhace\b|\bvor\s+\d|\bvor\s+(?:einer|einem)|il\s+y\s+a|\bfa\b|\bhá\b|geleden"
    r"|sedan|yesterday|gestern|\bayer\b|\bhier\b|\bieri\b|ontem|gisteren|igår|just\s+now"
    r"|\btoday\b|\bheute\b|\bhoy\b|aujourd|\boggi\b|\bhoje\b|vandaag|\bidag\b",
    re.IGNORECASE,
)
_WEEKDAYS: Final = (
    r"mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|mié|jeu|jue|ven|vie|sam|sáb|dim|dom|mo|di|mi|do|fr"
    r"|sa|so|ma|wo|vr|za|zo|seg|ter|qua|qui|sex"
)
#: Where a date may start: a number, a month or weekday name, or a relative-date word.
_STARTS: Final = compile_later(
    r"(?<!\d)\d|(?<![^\W\d_])(?:"
    + _MONTHS
    + "|"
    + _WEEKDAYS
    + r")|(?:hace|vor|il\s+y\s+a|há|yesterday"
    r"|gestern|ayer|hier|ieri|ontem|gisteren|igår|just\s+now|today|heute|hoy|aujourd|oggi|hoje"
    r"|vandaag|idag|an?\s+(?:minute|hour|day|week|month|year)|one\s)"
    r"|(?-i:(?<=[a-zà-ÿ.])(?=[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
#: Month names and relative words that are not English: worth asking dateparser to detect.
_FOREIGN: Final = compile_later(
    r"\b(?:januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio"
    r"|giugno|luglio|settembre|ottobre|dicembre|maart|mei|augustus|hace|vor|il\s+y\s+a|fa|há"
    r"|geleden|sedan)\b",
    re.IGNORECASE,
)
#: The languages whose words :data:`_FOREIGN` knows: dateparser detects among these, not among
#: every language it has (whose first parse loads them all, seconds).
_FOREIGN_LANGUAGES: Final = ("de", "es", "fr", "it", "nl", "pt", "sv")
_COUNTER: Final = compile_later(r"(?<=\D)\s*#?\d{1,5}$")
#: A word run into a number ("Sana6. Juni 2015 um 10:23", "Mathias Autor11. Dezember 2012": a
#: name or label rendered without the space before the date): the text is no date as a whole, in
#: any language; the date starts at the number, which :meth:`DateReader.find` tries next. Any
#: word at the start; elsewhere two letters or more, since one letter before a number belongs to
#: the date (French "09h23", ISO's "T").
_RUN_INTO_NUMBER: Final = compile_later(r"^[^\W\d_]+\d|[A-Za-zÀ-ÖØ-öø-ÿ]{2}\d")
#: The English word between a date and its time ("Desember 30, 2015 at 4:36 am"): themes are
#: written in English and keep it when WordPress puts the month in the site's language.
_AT_TIME: Final = compile_later(r"\s+(?:at|@)\s+(?=\d{1,2}[:h.]\d{2})", re.IGNORECASE)
_FIELDS: Final = ("year", "month", "day", "hour", "minute", "second")


_ENGLISH_MONTHS: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: English month names and their three-letter abbreviations, by month number.
_MONTH_NUMBER: Final = {
    **{name: n for n, name in enumerate(_ENGLISH_MONTHS, 1)},
    **{name[:3]: n for n, name in enumerate(_ENGLISH_MONTHS, 1)},
    "sept": 9,
}
_MONTH_WORD: Final = compile_later(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")(?![^\W\d_])"
)
#: Stands for an English month name in a date's form.
_MONTH_SLOT: Final = "\x01"


#: The am/pm of a 12-hour clock ("8:41 pm", "12:48 p.m.").
_MERIDIEM: Final = compile_later(r"\d\s*[ap]\.?m\b\.?", re.IGNORECASE)


def _form(text: str) -> str:
    """The shape of a date: numbers and English month names left out ("Aug 09" ~ "Sep 12")."""
    return _MONTH_WORD.sub(_MONTH_SLOT, _DIGITS.sub("0", text.casefold()), count=1)


def _month_in(text: str) -> int:
    """The month the (first) English month name of ``text`` names."""
    m = _MONTH_WORD.search(text.casefold())
    return _MONTH_NUMBER[m.group()] if m is not None else 0


def _template(
    text: str, value: datetime, fields: tuple[str, ...] = _FIELDS
) -> tuple[str, ...] | None:
    """Which field each number of ``text`` gives, when that is unambiguous."""
    out: list[str] = []
    for raw in _DIGITS.findall(text):
        n = int(raw)
        hits = [
            f
            for f in fields
            if (
                n == getattr(value, f)
                or (f == "year" and len(raw) == 2 and n == value.year % 100)  # noqa: PLR2004
                or (f == "hour" and n % 12 == value.hour % 12 and n <= 12)  # noqa: PLR2004
            )
        ]
        if f"{len(raw)}" == "4" and "year" in hits:
            hits = ["year"]
        if len(hits) != 1 or hits[0] in out:
            return None
        out.append(hits[0])
    return tuple(out)


class DateReader:
    """Parses a page's comment dates, each distinct form with dateparser once.

    >>> from datetime import UTC, datetime
    >>> dates = DateReader(datetime(2017, 3, 10, 12, tzinfo=UTC), ("es", "en"))
    >>> dates.read("hace 28 minutos").isoformat()
    '2017-03-10T11:32:00+00:00'
    >>> dates.find("Lucía M. hace 1 hora")[0]
    9
    >>> english = DateReader(None)
    >>> english.read("Aug 09, 2012").date(), english.read("Sep 12, 2012").date()
    (datetime.date(2012, 8, 9), datetime.date(2012, 9, 12))
    """

    __slots__ = ("_forms", "_languages", "_month_first", "_page", "_parsed", "_reference", "_seen")

    def __init__(
        self,
        reference_time: datetime | None,
        languages: tuple[str, ...] = ("en",),
        *,
        month_first: bool = True,
        parsed: ParsedDates | None = None,
    ) -> None:
        """Read dates relative to ``reference_time`` (never the wall clock) in ``languages``.

        ``month_first``: whether the page writes "03-10-2017" as March 10 (American English,
        see :func:`articlekit._dates.writes_month_first`). ``parsed``: the parses of another
        reader of the same page, shared (both add to it).
        """
        self._parsed: ParsedDates = {} if parsed is None else parsed
        self._reference = reference_time
        self._languages = list(languages)
        self._month_first = month_first
        #: form -> (template, first value, relative unit in seconds or 0)
        self._forms: dict[str, tuple[tuple[str, ...], datetime, int]] = {}
        self._seen: dict[str, datetime | None] = {}
        #: the page whose languages and date order are still to be read (:meth:`for_page`)
        self._page: Source | None = None

    @classmethod
    def for_page(
        cls, source: Source, reference_time: datetime | None, *, parsed: ParsedDates | None = None
    ) -> DateReader:
        """A reader in the page's languages and date order.

        The language the page's text is written in (its words, :mod:`articlekit._language`)
        comes first, then its ``<html lang>``, then English: a German blog on a template that
        declares ``en``, or a text dump that declares nothing, still has German comment dates.
        They are read when a date first needs dateparser: most comment dates are read by
        convention, and reading a page's language is a tenth of the comment markup's work.
        """
        reader = cls(reference_time, parsed=parsed)
        reader._page = source
        return reader

    def _read_page(self) -> None:
        """Take the page's languages and date order, if a page is still to be read."""
        source = self._page
        if source is None:
            return
        self._page = None
        declared = _page_lang(source)
        written = written_language(source.text[:_LANGUAGE_TEXT], declared)
        languages = _languages(written)
        if declared and written != declared:
            languages = tuple(dict.fromkeys((*languages[:-1], *_languages(declared))))
        self._languages = list(languages)
        self._month_first = writes_month_first(written)

    def read(self, text: str) -> datetime | None:
        """The date ``text`` states, or ``None``."""
        t = " ".join(text.split())
        if t in self._seen:
            return self._seen[t]
        value = self._read(t)
        self._seen[t] = value
        return value

    def _read(self, t: str) -> datetime | None:  # noqa: PLR0911 - one return per kind of date
        ref = self._reference
        m = _AGO.match(t)
        if m is not None:
            if ref is None:
                return None
            n = 1 if m.group("n").lower() in {"a", "an", "one"} else int(m.group("n"))
            return ref - timedelta(seconds=n * _UNIT_SECONDS[caseless_key(m.group("unit"))])
        if t.lower() == "just now":
            return ref
        if not _DATEISH.search(t) or _RUN_INTO_NUMBER.search(t):
            return None
        form = _form(t)
        known = self._forms.get(form)
        numbers = [int(x) for x in _DIGITS.findall(t)]
        if known is not None:
            fields, first, unit = known
            if unit and ref is not None:
                return ref - timedelta(seconds=numbers[0] * unit)
            try:
                parts: dict[str, int] = dict(zip(fields, numbers, strict=True))
                if _MONTH_SLOT in form:
                    parts["month"] = _month_in(t)
                return first.replace(**parts)  # type: ignore[arg-type]
            except ValueError:
                pass
        self._read_page()
        parsed = self._parse(t, self._languages)
        if parsed is None and self._languages != ["en"]:
            parsed = self._parse(t, ["en"])
            bare = _AT_TIME.sub(" ", t)
            if parsed is None and bare != t:
                parsed = self._parse(bare, self._languages)
        if parsed is None and _FOREIGN.search(t):  # a date in another language than the page's
            parsed = self._parse(t, list(_FOREIGN_LANGUAGES))
        if parsed is None:
            return None
        value = parsed[0]
        if ref is not None and value > ref and not _YEAR.search(t):
            # a date without its year ("17 juillet à 22:09") is the last one before the page
            with contextlib.suppress(ValueError):  # 29 February stays as read
                value = value.replace(year=value.year - 1)
        if known is None:
            self._learn(form, t, numbers, value)
        return value

    def _parse(self, text: str, languages: list[str] | None) -> tuple[datetime, Granularity] | None:
        """:func:`parse_date` in this reader's reference time and date order, parsed once."""
        key = (
            text,
            None if languages is None else tuple(languages),
            self._reference,
            self._month_first,
        )
        if key not in self._parsed:
            self._parsed[key] = parse_date(
                text,
                reference_time=self._reference,
                languages=languages,
                month_first=self._month_first,
            )
        return self._parsed[key]

    def _learn(self, form: str, t: str, numbers: list[int], value: datetime) -> None:
        ref = self._reference
        if ref is not None and len(numbers) == 1 and value < ref:
            seconds = (ref - value).total_seconds() / max(1, numbers[0])
            if seconds in _FIXED_UNITS and not re.search(r"\d{4}|\d:\d", t):
                self._forms[form] = ((), value, int(seconds))
                return
        if _MONTH_SLOT in form:  # the month is named: learn the form if the name says that month
            if _month_in(t) != value.month:
                return
            fields = _template(t, value, tuple(f for f in _FIELDS if f != "month"))
        else:
            fields = _template(t, value)
        if fields is not None:
            hour = "hour" in fields and (
                numbers[fields.index("hour")] != value.hour or _MERIDIEM.search(t) is not None
            )
            if hour:  # a 12-hour clock ("12:48 pm" too): "8:41 pm" is not 08:41, ask each time
                return
            self._forms[form] = (fields, value, 0)

    def find(self, text: str) -> tuple[int, datetime] | None:
        """Where in ``text`` a date starts that runs to its end, and the date.

        The leftmost start that reads as a whole date wins ("by bob » Fri Mar 10, 2017 12:20 am"
        gives the offset of "Fri").
        """
        t = text.rstrip()
        for m in _STARTS.finditer(t):
            at = m.start()
            rest = t[at:]
            if not _DATEISH.search(rest):
                break
            value = self.read(rest)
            if value is None:  # a counter after the date ("12:20am 2", "#2")
                short = _COUNTER.sub("", rest)
                value = self.read(short) if short != rest else None
            if value is not None:
                return at, value
        return None


def _page_lang(source: Source) -> str | None:
    """The page's ``<html lang>`` tag, or ``None``."""
    for block in source.blocks:
        if block.hint == "html:lang":
            return source.text[block.span.start : block.span.end].strip()
    return None


#: How much of a page's text decides the language it is written in.
_LANGUAGE_TEXT: Final = 50_000


def _languages(lang: str | None) -> tuple[str, ...]:
    code = (lang or "").lower()[:2]
    return (code, "en") if code.isalpha() and code != "en" else ("en",)


def page_languages(source: Source) -> tuple[str, ...]:
    """The languages to read a page's dates in: its ``<html lang>`` first, English last."""
    return _languages(_page_lang(source))
