"""Reading a flattened comment's fields: author, registration, details, date, mentions, quotes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final

from articlekit._dates import parse_date
from articlekit._text import caseless_key
from articlekit.comments._split import Raw
from articlekit.model import AuthorDetails, Comment, Span

_AGO: Final = re.compile(
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
_MENTION: Final = re.compile(r"(?<![\w@])@[\w.-]{2,40}")
_QUOTE_LINE: Final = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)


@lru_cache(maxsize=4096)
def parse_when(text: str, reference_time: datetime | None) -> datetime | None:
    t = text.strip()
    m = _AGO.match(t)
    if m is not None:
        if reference_time is None:
            return None
        n = 1 if m.group("n").lower() in {"a", "an", "one"} else int(m.group("n"))
        return reference_time - timedelta(seconds=n * _UNIT_SECONDS[caseless_key(m.group("unit"))])
    if t.lower() == "just now":
        return reference_time
    parsed = parse_date(t, reference_time=reference_time)
    return parsed[0] if parsed else None


def _member_since(text: str) -> date | None:
    parsed = parse_date(text)
    return parsed[0].date() if parsed else None


def read_comment(raw: Raw, text: str, reference_time: datetime | None) -> Comment:
    f = raw.fields
    author = f.get("author")
    posts = f.get("posts")
    since = f.get("since")
    when = f.get("time")
    body = Span(raw.body_start, raw.body_end)
    body_text = text[raw.body_start : raw.body_end]
    mentions = tuple(
        Span(raw.body_start + m.start(), raw.body_start + m.end())
        for m in _MENTION.finditer(body_text)
    )
    quotes = tuple(
        Span(raw.body_start + m.start(), raw.body_start + m.end())
        for m in _QUOTE_LINE.finditer(body_text)
        if m.group().strip()
    )
    registered: bool | None = None
    if "unregistered" in f:
        registered = False
    elif posts is not None or since is not None:
        registered = True
    votes = f.get("votes")
    return Comment(
        span=Span(raw.start, max(raw.end, raw.body_end)),
        body=body,
        ref=f["ref"][0] if "ref" in f else None,
        author=author[0] if author else None,
        author_span=Span(author[1], author[2]) if author else None,
        is_registered=registered,
        details=AuthorDetails(
            post_count=int(posts[0].replace(",", "")) if posts else None,
            member_since=_member_since(since[0]) if since else None,
        ),
        posted=parse_when(when[0], reference_time) if when else None,
        posted_span=Span(when[1], when[2]) if when else None,
        mentions=mentions,
        quotes=quotes,
        votes=int(votes[0].replace(",", "")) if votes else None,
    )
