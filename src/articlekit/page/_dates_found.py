"""When the article was published and last modified (private).

Candidates in order of trust, as pages declare them (the conventions htmldate's evaluation
showed to hold; our own code):

1. the article's structured data: JSON-LD ``datePublished``, ``article:published_time`` and the
   other published-date ``<meta>`` conventions (Open Graph, Dublin Core, citation, parsely,
   sailthru…), microdata ``itemprop=datePublished``;
2. ``<time>``/``<abbr>`` elements marked as the publication (``pubdate``, hAtom ``published``,
   ``entry-date``);
3. a date in the URL's path (``/2012/11/01/``, ``/2020-06-07-…``);
4. visible dates: a date line near the headline, ``<time datetime>``, elements a template names
   ``date``/``posted``/``meta``;
5. the first date written in the text from the headline on, and
6. a line that is only a date further above the headline (share buttons, a kicker, the byline
   between), unless the lines there date more than one day (a listing's teasers); it comes
   before a date that 5. finds inside a paragraph.

Modified dates (``dateModified``, ``article:modified_time``, ``og:updated_time``, hAtom
``updated``) are kept apart and never taken for the publication date.

Machine timestamps are often written in UTC while the page shows the day where it was
published: a UTC timestamp that falls one day off a local date the page also gives (the URL's,
the visible date line's, a timestamp with its own offset) yields to that local date, and a date
line whose clock time names its zone ("Nov 18, 2019 at 9:24 pm ET") and shows the declared
moment on another day gives the page's day. Where the URL's month is the only date, a date line
that leaves out the year ("Posted Nov 18, 8:19 PM") gives the day in that month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Final

from articlekit import _lexicon as lex
from articlekit._dates import parse_date
from articlekit._patterns import compile_later
from articlekit.model import Block, BlockKind, DateValue, Granularity, Source, Span
from articlekit.page._features import is_date_line
from articlekit.page._urls import url_path

__all__ = ["find_dates"]

_PUBLISHED: Final = (
    "jsonld:datePublished",
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "article:published_date",
    "article:publicationdate",
    "article:post_date",
    "itemprop:datepublished",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date.published",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date.publication",
    "dc.created",
    "dcterms.date",
    "dc.date",
    "dc:date",
    "dc:created",
    "published_time",
    "published-date",
    "published_date",
    "publish_date",
    "publish-date",
    "publish_time",
    "publication_date",
    "date_published",
    "datepublished",
    "dateposted",
    "originalpublicationdate",
    "article.published",
    "article.created",
    "displaydate",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
    "og:pubdate",
    "bt:pubdate",
    "pdate",
    "jsonld:dateCreated",
    "itemprop:datecreated",
)
# Generic names ("date", "created"): any date the CMS fills in, trusted below <time>.
_PUBLISHED_WEAK: Final = ("date", "pubdate", "publishdate", "created")
_MODIFIED: Final = (
    "jsonld:dateModified",
    "article:modified_time",
    "og:updated_time",
    "og:modified_time",
    "article:modified",
    "article:modified_date",
    "itemprop:datemodified",
    "modified_time",
    "updated_time",
    "dcterms.modified",
    "dc.modified",
    "datemodified",
    "last-modified",
    "lastmod",
)
_URL_KEYS: Final = ("og:url", "link:canonical")
_URL_DAY: Final = compile_later(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[/_-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?:[/_.-]|$)"
)
# The same day written without separators ("/20131216/", "/news/20190604-slug"), eight digits
# standing alone in the path (nine or more are an id), and with the month's English name
# ("/2013/jan/09/", as the Guardian files its articles).
_URL_COMPACT_DAY: Final = compile_later(
    r"(?:^|[/_-])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[/_.-]|$)"
)
_URL_NAMED_DAY: Final = compile_later(
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"[a-z]*/(?P<d>[0-3]?\d)(?:[/_.-]|$)",
    re.IGNORECASE,
)
_URL_MONTH_NAMES: Final = tuple("jan feb mar apr may jun jul aug sep oct nov dec".split())
_URL_MONTH: Final = compile_later(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/")
_NO_DAY: Final = compile_later(r"^\d{4}(?:[-/.]\d{1,2})?$")
# Dates written the East Asian way: "2020年07月12日".
_CJK_DATE: Final = compile_later(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# Dotted dates written with spaces ("4. 2. 2022"), as in German and Czech.
_SPACED_DATE: Final = compile_later(r"(?<![\d.])\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d{2}(?!\d)")
_SHORT_LINE: Final = 40  # a date element's whole text is handed to dateparser up to this length
_HAS_ZONE: Final = compile_later(r"(?:Z|[+-]\d{2}:?\d{2})$")
_MIDNIGHT_EAST_HOURS: Final = frozenset({21, 22, 23})  # local midnight at UTC+3 .. UTC+1
_WHOLE_SECONDS: Final = compile_later(r"T\d{2}:00:00(?:\.0+)?(?:Z|[+-]00:?00)$")
_NEAR_DATE_LINE: Final = 120  # a date line is short
# Labels of an update written before its date in a date line.
_UPDATE_LABEL: Final = compile_later(
    r"\b(?:updated?|last\s+(?:updated|modified|edited)|modified|aktualisiert|geändert"
    r"|mis\s+à\s+jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|gewijzigd)\b",
    re.IGNORECASE,
)
_TEXT_BLOCKS: Final = 40  # blocks after the headline searched for a written date
# A date line that labels its date as the publication's ("Published: 10:48, Tue, Nov 19, 2019",
# "Veröffentlicht am …", "Publié le …"), or as the update's: said wherever it stands on the
# page's top, it dates the page where the lines around the headline do not.
_PUBLISHED_LABEL: Final = compile_later(
    r"^\W*(?:first\s+)?(?:published|posted|publié(?:e)?|publicado|publicada|pubblicato"
    r"|veröffentlicht|erschienen|gepubliceerd|publikováno|opublikowano|date\s+published)"
    r"(?:\s+(?:on|am|le|el|em|il|op|at))?\s*:?\s",
    re.IGNORECASE,
)
_LABELLED_UPDATE: Final = compile_later(
    rf"^[^:]{{0,60}}?(?:{_UPDATE_LABEL.pattern})\s*:?\s", re.IGNORECASE
)
_TOP_BLOCKS: Final = 200  # blocks from the page's top searched for a labelled date line
# A date written relative to the reader's now ("22 hours ago", "vor 2 Stunden", "il y a 3
# jours", "hace 2 horas", "yesterday"): a day only against the time the page was fetched.
_RELATIVE: Final = compile_later(
    r"\b(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month)s?\s+ago|yesterday"
    r"|vor\s+(?:\d+|einer?|einem)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?)|gestern"
    r"|il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?)"
    r"|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?)|ayer)\b",
    re.IGNORECASE,
)
_NEAR_LINES: Final = 6  # of the blocks handed to _relative_line, those around the headline
_AFTER_RELATIVE: Final = 20  # characters a date line may write after its relative date
# A month's name and a day without a year ("Nov 18", "November 18th"), and the separators
# between the dates of one date line ("Updated …; Posted …", "… | …").
_MONTH_DAY: Final = compile_later(
    rf"\b(?P<month>{lex.MONTHS_PATTERN})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})",
    re.IGNORECASE,
)
_DATE_LINE_PARTS: Final = compile_later(r"\s*[;|•·]\s*")
_MIN_YEAR: Final = 1990
_FIRST_YEAR: Final = 1901  # machine-written dates before this are empty values (see _placeholder)
_LAST_YEAR: Final = 2100  # and after this
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_ANY: Final = ["en", "de", "fr", "es", "it", "pt", "nl"]
_DAY_AND_YEAR: Final = compile_later(
    r"(?<!\d)\d{1,2}\.?\s+\S+\s+(?:19|20)\d{2}(?!\d)|\S+\s+\d{1,2},?\s+(?:19|20)\d{2}(?!\d)"
)  # dates written in a page's text before this are history, not its date


def _parse(
    text: str,
    languages: list[str] | None,
    month_first: bool,  # noqa: FBT001
    *,
    keep_zone: bool = False,
) -> tuple[datetime, Granularity] | None:
    return parse_date(text, languages=languages, month_first=month_first, keep_zone=keep_zone)


def _meta_date(
    source: Source,
    blocks: list[Block],
    languages: list[str] | None,
    month_first: bool,  # noqa: FBT001
) -> DateValue | None:
    for block in blocks:
        text = source.slice(block.span)
        if _NO_DAY.match(text.strip()):
            continue  # "2017", "2017/01": a year or a month is no day of publication
        parsed = _parse(text, languages, month_first)
        if parsed is not None and not _placeholder(parsed[0]):
            return DateValue(text=text, value=parsed[0], granularity=parsed[1], span=block.span)
    return None


def _placeholder(value: datetime) -> bool:
    """Whether a machine-written date is a template's empty value, not a day.

    A CMS that has no date prints its type's zero: .NET's ``DateTime.MinValue``
    ("0001-01-01T00:00:00Z"), SQL Server's first day (1753 or 1900), the Unix epoch
    ("1970-01-01T00:00:00Z"). No web page was written before 1901, and a date at the epoch's
    very first second is the zero of a timestamp; one after 2100 is a template's "never"
    ("9999-12-31") or another calendar's year.
    """
    return value.year < _FIRST_YEAR or value.year > _LAST_YEAR or value == _EPOCH


def _written_year(value: datetime) -> bool:
    """Whether a date written in the page's text falls in the web's years (1990 to 2100)."""
    return _MIN_YEAR <= value.year <= _LAST_YEAR


def _in_text(
    source: Source,
    block: Block,
    languages: list[str] | None,
    month_first: bool,  # noqa: FBT001
    *,
    at: int | None = None,
) -> DateValue | None:
    """The first date expression written in a block (or in visible text at ``at``).

    A clock time written with its zone ("Nov 18, 2019 at 9:24 pm ET") keeps the zone: the day
    is the one the page shows. A date labelled as the update yields to a later one that is not
    ("Updated March 15, 2016 · Published March 14, 2016").
    """
    text = source.slice(block.span)
    matches = [
        *lex.DATE_EXPRESSION.finditer(text),
        *_CJK_DATE.finditer(text),
        *_SPACED_DATE.finditer(text),
    ]
    update: DateValue | None = None
    previous_end = 0
    for match in sorted(matches, key=lambda m: m.start()):
        parsed = _parse(match.group(), languages, month_first, keep_zone=True)
        if parsed is None or not _written_year(parsed[0]):
            continue
        start = block.span.start + match.start()
        if at is not None:
            found = source.text.find(match.group(), at)
            start = found if found >= 0 else start
        span = Span(start, start + len(match.group()))
        value = DateValue(text=match.group(), value=parsed[0], granularity=parsed[1], span=span)
        if _UPDATE_LABEL.search(text, previous_end, match.start()):
            update = update or value
            previous_end = match.end()
            continue
        return value
    return update


def _relative_line(
    source: Source, blocks: list[Block], languages: list[str] | None, fetched: datetime
) -> DateValue | None:
    """The day a date line gives relative to when the page was fetched ("Published 1 day ago").

    Read only where the page gives no date of its own and the fetch time is known
    (``fetched``: ``Source.reference_time``, a WARC record's date): the lines around the
    headline first, then a line at the page's top labelled as the publication's.
    """
    for at, block in enumerate(blocks):
        if len(block.span) > _NEAR_DATE_LINE:
            continue
        text = source.slice(block.span)
        match = _RELATIVE.search(text)
        if (
            match is None
            or (at >= _NEAR_LINES and not _PUBLISHED_LABEL.match(text))
            # a date line ends with its date (and a clock time): "The council met yesterday."
            # is a sentence
            or len(text) - match.end() > _AFTER_RELATIVE
            or text.rstrip().endswith((".", "!", "?"))
        ):
            continue
        parsed = parse_date(match.group(), reference_time=fetched, languages=languages)
        if parsed is not None:
            day = parsed[0].replace(hour=0, minute=0, second=0, microsecond=0)
            start = block.span.start + match.start()
            span = Span(start, start + len(match.group()))
            return DateValue(text=match.group(), value=day, granularity=Granularity.DAY, span=span)
    return None


def _labelled_line(
    source: Source,
    blocks: list[Block],
    languages: list[str] | None,
    month_first: bool,  # noqa: FBT001
) -> DateValue | None:
    """The date of the first short line labelled as the publication's, else as the update's."""
    update = None
    for block in blocks:
        if len(block.span) > _NEAR_DATE_LINE:
            continue
        text = source.slice(block.span)
        if _PUBLISHED_LABEL.match(text):
            found = _in_text(source, block, languages, month_first)
            if found is not None:
                return found
        elif update is None and _LABELLED_UPDATE.match(text):
            update = _in_text(source, block, languages, month_first)
    return update


def _days_in(
    source: Source,
    block: Block,
    languages: list[str] | None,
    month_first: bool,  # noqa: FBT001
) -> set[date]:
    """Every day written in a block (month names read in the page's languages, else English)."""
    text = source.slice(block.span)
    days = set()
    for match in [*lex.DATE_EXPRESSION.finditer(text), *_CJK_DATE.finditer(text)]:
        parsed = _parse(match.group(), languages, month_first) or _parse(
            match.group(), ["en"], month_first
        )
        if parsed is not None:
            days.add(parsed[0].date())
    return days


def _declared_days(
    source: Source, by_key: dict[str, list[Block]], languages: list[str] | None
) -> set[date]:
    """The days of every declared published date (all of them, not only the most trusted)."""
    days = set()
    for key in _PUBLISHED:
        for block in by_key.get(key, []):
            found = _meta_date(source, [block], languages, True)  # noqa: FBT003 - machine-written
            if found is not None:
                days.add(found.value.date())
    return days


def _shown_as_published(
    source: Source,
    line: DateValue,
    block: Block,
    *,
    declared: DateValue,
    by_key: dict[str, list[Block]],
    languages: list[str] | None,
    month_first: bool,
) -> bool:
    """Whether the date line under the headline is shown as the article's date.

    Not when the line labels its date as the update ("Updated Nov 13, 2019", "Zuletzt
    geändert: …"), when the page marks the element it is written in as the update (hAtom
    ``updated``, ``itemprop=dateModified``), or when the line shows the declared day too
    ("Oct 24, 2023 · Updated Nov 7, 2023").
    """
    text = source.slice(block.span)
    before = text[: max(0, line.span.start - block.span.start)] if line.span else text
    if _UPDATE_LABEL.search(before):
        return False
    for marked in by_key.get("time:modified", []):
        found = _meta_date(source, [marked], languages, month_first)
        if found is not None and found.value.date() == line.value.date():
            return False
    return declared.value.date() not in _days_in(source, block, languages, month_first)


def _url_date(urls: list[str]) -> DateValue | None:
    """A date in a URL's path: the day (``/2012/11/01/``), else the month (``/2012/11/``)."""
    patterns = (
        (_URL_DAY, Granularity.DAY),
        (_URL_NAMED_DAY, Granularity.DAY),
        (_URL_COMPACT_DAY, Granularity.DAY),
        (_URL_MONTH, Granularity.MONTH),
    )
    for pattern, granularity in patterns:
        for url in urls:
            match = pattern.search(url_path(url))  # a page may declare "http://[broken"
            if match is None:
                continue
            day = int(match["d"]) if granularity is Granularity.DAY else 1
            month = match["m"]
            if not month.isdigit():
                month = str(_URL_MONTH_NAMES.index(month[:3].lower()) + 1)
            try:
                value = datetime(int(match["y"]), int(month), day, tzinfo=UTC)
            except ValueError:
                continue
            return DateValue(text=match.group(), value=value, granularity=granularity)
    return None


def _is_utc_instant(found: DateValue) -> bool:
    """A machine timestamp in UTC ("…T02:11:03Z", "+00:00"): its day may not be the local one."""
    offset = found.value.utcoffset()
    return (
        found.granularity is Granularity.TIME
        and offset is not None
        and offset == timedelta(0)
        and bool(_HAS_ZONE.search(found.text.strip()))
    )


def _local_midnight(found: DateValue) -> DateValue | None:
    """The local day of a date-only value stored as local midnight and written in UTC.

    CMSs and JavaScript front ends that keep a publication *day* store it as midnight where the
    site is and serialise it in UTC: midnight in the zones one to three hours east of UTC is
    ``T21:00``-``T23:00`` on the day before (``2022-11-06T23:00:00.000Z`` is 7 November in
    Central Europe). A UTC instant on such a whole hour, to the second, is read as that next day.
    """
    value = found.value
    if (
        _is_utc_instant(found)
        and value.hour in _MIDNIGHT_EAST_HOURS
        and value.minute == value.second == value.microsecond == 0
        and _WHOLE_SECONDS.search(found.text.strip())
    ):
        day = (value + timedelta(days=1)).replace(hour=0)
        return DateValue(text=found.text, value=day, granularity=Granularity.DAY, span=found.span)
    return None


def _day_of_month(
    source: Source, near: list[Block], month: DateValue, languages: list[str] | None
) -> DateValue | None:
    """The day a date line without a year gives in the URL's month ("Posted Nov 18, 8:19 PM").

    Templates that print this year's dates without the year (Advance Local's "Updated Nov 19,
    9:41 AM; Posted Nov 18, 8:19 PM") leave the year to the URL's ``/2019/11/``: a month name
    and a day in a date line under the headline, in the URL's month, is that day. An update's
    day is passed over for the posting's.
    """
    for block in near:
        if len(block.span) > _NEAR_DATE_LINE:
            continue
        text = source.slice(block.span)
        for part in _DATE_LINE_PARTS.split(text):
            match = _MONTH_DAY.search(part)
            if match is None or _UPDATE_LABEL.search(part[: match.start()]):
                continue
            written = f"{match['month']} {match['day']}, {month.value.year}"
            parsed = _parse(written, languages, False)  # noqa: FBT003 - the month is named
            if parsed is None or parsed[0].month != month.value.month:
                continue
            start = block.span.start + text.find(part) + match.start()
            span = Span(start, start + len(match.group()))
            return DateValue(
                text=match.group(), value=parsed[0], granularity=Granularity.DAY, span=span
            )
    return None


def _same_moment_shown(line: DateValue, declared: DateValue) -> bool:
    """Whether the date line shows the declared moment on the day it was where it was written.

    "Nov 18, 2019 at 9:24 pm ET" under the headline and a declared ``2019-11-19 02:24:00`` are
    the same moment, which the page shows on the 18th: a clock time with a zone other than UTC,
    less than a day from the declared time, on another day.
    """
    offset = line.value.utcoffset()
    return (
        line.granularity is Granularity.TIME
        and declared.granularity is Granularity.TIME
        and offset is not None
        and offset != timedelta(0)
        and abs(line.value - declared.value) < timedelta(days=1)
        and line.value.date() != declared.value.date()
    )


#: The UTC offsets news is published at: Hawaii (-10:00) to the Line Islands (+14:00).
_WEST_HOURS: Final = 10
_EAST_HOURS: Final = 14


def _zone_shifts(instant: DateValue, local: DateValue) -> bool:
    """Whether ``local``'s day is ``instant``'s UTC day as a time zone somewhere shows it.

    One day before only where a zone west of UTC can reach it (02:11Z is the evening before in
    New York; 10:04Z is the same morning everywhere from Hawaii east), one day after only where a
    zone east of UTC can (22:30Z is the next morning in Tokyo).
    """
    days = (local.value.date() - instant.value.date()).days
    hour = instant.value.hour + instant.value.minute / 60
    if days == -1:
        return hour < _WEST_HOURS
    if days == 1:
        return hour >= 24 - _EAST_HOURS
    return False


def _is_local(found: DateValue) -> bool:
    """A date as the page shows it: without a zone, or with a zone other than UTC."""
    if found.granularity is not Granularity.TIME:
        return True
    offset = found.value.utcoffset()
    has_zone = bool(_HAS_ZONE.search(found.text.strip()))
    return not has_zone or (offset is not None and offset != timedelta(0))


def find_dates(  # noqa: C901, PLR0911, PLR0912 - one ordered list of sources, read in order
    source: Source,
    *,
    near: list[Block],
    headline_at: int | None,
    languages: list[str] | None,
    month_first: bool,
    above: Sequence[Block] = (),
) -> tuple[DateValue | None, DateValue | None]:
    """The published and the modified date of the page (each ``None`` when not found).

    Args:
        source: the page.
        near: the visible blocks around the headline (where date lines are written).
        headline_at: where the headline starts, if known.
        languages: dateparser languages for dates written with month names.
        month_first: whether "09/01/2017" is September 1 (American English).
        above: the visible blocks above the headline, nearest first: where nothing else dates
            the page, a date line of its own among them does, if they agree on one day.
    """
    by_key: dict[str, list[Block]] = {}
    visible: list[Block] = []
    for block in source.blocks:
        if block.kind is BlockKind.META and block.hint is not None:
            by_key.setdefault(block.hint, []).append(block)
        elif block.kind is not BlockKind.TITLE:
            visible.append(block)

    def meta(keys: tuple[str, ...]) -> DateValue | None:
        for key in keys:
            # Machine-written values with slashes are American ("11/01/2023 12:43:42", the
            # invariant format of .NET and PHP), whatever the page's language.
            found = _meta_date(source, by_key.get(key, []), languages, True)  # noqa: FBT003
            if found is not None:
                return found
        return None

    modified = meta(_MODIFIED) or meta(("time:modified",))
    # <time> elements in document order: the first one (that is not the update) is the
    # article's; later ones are in related lists and comments.
    times = sorted(
        by_key.get("time:published", []) + by_key.get("time", []), key=lambda b: b.span.start
    )
    structured = (
        meta(_PUBLISHED)
        or _meta_date(source, times, languages, month_first)
        or meta(_PUBLISHED_WEAK)
    )
    urls = [source.slice(b.span) for k in _URL_KEYS for b in by_key.get(k, [])]
    url_date = _url_date([*([source.url] if source.url else []), *urls])
    if url_date is not None and url_date.granularity is not Granularity.DAY:
        url_date_month, url_date = url_date, None
    else:
        url_date_month = None
    line = line_block = None
    for block in near:
        if len(block.span) <= _NEAR_DATE_LINE:
            line = _in_text(source, block, languages, month_first)
            if line is not None:
                line_block = block
                break
    chosen = structured or url_date
    if (
        chosen is not None
        and line is not None
        and line_block is not None
        and abs((line.value.date() - chosen.value.date()).days) > 1
        and line.value.date() in _declared_days(source, by_key, languages)
    ):
        # The page declares two published dates (JSON-LD and Open Graph disagree): the one it
        # shows under the headline is its date.
        return line, modified
    if (
        chosen is not None
        and line is not None
        and line_block is not None
        and abs((line.value.date() - chosen.value.date()).days) > 1
        and _shown_as_published(
            source,
            line,
            line_block,
            declared=chosen,
            by_key=by_key,
            languages=languages,
            month_first=month_first,
        )
    ):
        # The page presents itself as of the line's day; the declared date that differs by more
        # than a time zone is then an import stamp or a first draft's.
        shown = _meta_date(source, times, languages, month_first)
        if any(
            other is not None and other.value.date() == line.value.date()
            for other in (shown, modified)
        ):
            return line, modified
    if (
        chosen is not None
        and line is not None
        and (
            _same_moment_shown(line, chosen)
            # the date line shows the URL's day, and its time
            or (chosen is url_date and line.value.date() == chosen.value.date())
        )
    ):
        return line, modified
    if chosen is not None:
        if _is_utc_instant(chosen):
            local = [url_date, line, meta(("time", "time:published"))]
            for other in local:
                if other is not None and _is_local(other) and _zone_shifts(chosen, other):
                    return other, modified
            midnight = _local_midnight(chosen)
            if midnight is not None:
                return midnight, modified
        return chosen, modified
    if line is not None:
        return line, modified
    text_start = visible[0].span.start if visible else 0
    for key in ("time", "markup:date"):
        for block in by_key.get(key, []):
            found = _meta_date(source, [block], languages, month_first) if key == "time" else None
            if found is None:
                found = _in_text(source, block, languages, month_first, at=text_start)
            if (
                found is None
                and len(block.span) <= _SHORT_LINE
                and _DAY_AND_YEAR.search(source.slice(block.span))
            ):
                # A date element's text in another language ("15 августа 2016, 13:43").
                found = _meta_date(
                    source, [block], None if languages == _ANY else languages, month_first
                )
            if found is not None and _written_year(found.value):
                return found, modified
    if url_date_month is not None:
        return _day_of_month(source, near, url_date_month, languages) or url_date_month, modified
    start = headline_at if headline_at is not None else text_start
    written = _written_date(source, visible, start, languages, month_first, above=above)
    if written is None and source.reference_time is not None:
        written = _relative_line(
            source, [*near, *visible[:_TOP_BLOCKS]], languages, source.reference_time
        )
    return written, modified


def _date_line_above(
    source: Source, above: Sequence[Block], languages: list[str] | None, *, month_first: bool
) -> DateValue | None:
    """The nearest line above the headline that is a date and nothing more, as a last resort.

    A template may print the date line above the headline, with share buttons, a kicker or
    the byline between ("01.11.2023 11:35" / "Teilen:" / … / headline). A listing dates
    each of its teasers: two date lines of different days above the headline are another
    list's, and give none.
    """
    found = [
        _in_text(source, block, languages, month_first)
        for block in above
        if is_date_line(source.slice(block.span))
    ]
    days = {f.value.date() for f in found if f is not None}
    if len(days) != 1:
        return None
    return next(f for f in found if f is not None)


def _written_date(
    source: Source,
    visible: list[Block],
    start: int,
    languages: list[str] | None,
    month_first: bool,  # noqa: FBT001
    *,
    above: Sequence[Block],
) -> DateValue | None:
    """The last resorts, in order.

    A labelled date line at the page's top, else the first date from ``start`` on, else a date
    line of its own ``above`` the headline (:func:`_date_line_above`). A date that the story's
    prose mentions ("Am 13. Dezember beginnt …") yields to that date line: a paragraph's date is
    what it tells of, a date line's the page's.
    """
    labelled = _labelled_line(source, visible[:_TOP_BLOCKS], languages, month_first)
    if labelled is not None:
        return labelled
    for block in [b for b in visible if b.span.end > start][:_TEXT_BLOCKS]:
        found = _in_text(source, block, languages, month_first)
        if found is not None:
            if len(block.span) <= _NEAR_DATE_LINE:
                return found
            return _date_line_above(source, above, languages, month_first=month_first) or found
    return _date_line_above(source, above, languages, month_first=month_first)
