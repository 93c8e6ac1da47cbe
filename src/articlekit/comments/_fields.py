"""Reading a flattened comment's fields: author, registration, details, date, mentions, quotes."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final

from articlekit._patterns import compile_later
from articlekit.comments._dates import DateReader
from articlekit.comments._markup import MENTION
from articlekit.comments._split import Raw
from articlekit.model import AuthorDetails, Comment, Span

_QUOTE_LINE: Final = compile_later(r"^[ \t]*>[^\n]*", re.MULTILINE)


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def read_comment(raw: Raw, text: str, dates: DateReader, since_dates: DateReader) -> Comment:
    """One flattened comment's fields from its split.

    ``dates`` reads the comment's date against the page's reference time; ``since_dates`` reads
    "Member since" dates, which are absolute (no reference time). Both live for one page.
    """
    f = raw.fields
    author = f.get("author")
    posts = f.get("posts")
    since = f.get("since")
    when = f.get("time")
    body = Span(raw.body_start, raw.body_end)
    body_text = text[raw.body_start : raw.body_end]
    mentions = tuple(
        Span(raw.body_start + m.start(), raw.body_start + m.end())
        for m in MENTION.finditer(body_text)
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
            member_since=_day(since_dates.read(since[0])) if since else None,
        ),
        posted=dates.read(when[0]) if when else None,
        posted_span=Span(when[1], when[2]) if when else None,
        mentions=mentions,
        quotes=quotes,
        votes=int(votes[0].replace(",", "")) if votes else None,
    )
