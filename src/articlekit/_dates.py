"""Parsing one date or time expression, shared by the metadata and comment steps (private).

ISO 8601 is read directly; everything else goes to dateparser with an explicit base for relative
expressions, never the wall clock.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

import dateparser

from articlekit.model import Granularity

__all__ = ["parse_date"]

_ISO: Final = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_TIME: Final = re.compile(r"\d{1,2}:\d{2}")
_SENTINEL: Final = datetime(1900, 1, 1)  # noqa: DTZ001 - dateparser wants a naive base


def parse_date(
    text: str, *, reference_time: datetime | None = None, languages: list[str] | None = None
) -> tuple[datetime, Granularity] | None:
    """Parse one date or time expression, or return ``None``.

    ISO 8601 is read directly; anything else goes to dateparser with ``reference_time`` as the
    base for relative expressions. Without a reference time, relative expressions return
    ``None``: the wall clock is never used. Naive results are taken as UTC.

    >>> parse_date("2019-11-19T08:57:40+01:00")[0].isoformat()
    '2019-11-19T08:57:40+01:00'
    >>> parse_date("2 days ago") is None
    True
    """
    text = text.strip()
    if not text:
        return None
    granularity = Granularity.TIME if _TIME.search(text) else Granularity.DAY
    if _ISO.match(text):
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            value = None
        if value is not None:
            return (value if value.tzinfo else value.replace(tzinfo=UTC)), granularity
    base = reference_time.replace(tzinfo=None) if reference_time else _SENTINEL
    settings = {
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "PREFER_DAY_OF_MONTH": "first",
    }
    try:
        value = dateparser.parse(text, languages=languages, settings=settings)
    except (ValueError, TypeError, OverflowError, RecursionError):
        return None
    if value is None or (reference_time is None and value.year <= _SENTINEL.year):
        return None
    return value, granularity
