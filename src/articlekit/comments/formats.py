"""Flattened comment styles, as values users can extend.

A :class:`CommentFormat` says how one style looks once a page's comment thread is flattened into
text: the header line that opens a comment (with named groups for the fields it shows), an
optional details line (author profile) and date line after it, and an optional footer line that
closes a comment ("Reply", "Reply • Share ›"). :data:`FORMATS` holds the built-in styles; the
comments step picks, per page, the format with the most evidence (matching headers and footers),
never by site name. Add your own with ``CommentExtractor(formats=(*FORMATS, my_format))``.

Named groups a header may use: ``ref`` (the id shown), ``author``, ``unregistered``, ``time``,
``votes``, ``root`` and ``parent`` (Hacker-News-style depth hints).
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from articlekit._patterns import compile_now

__all__ = ["FORMATS", "CommentFormat"]


@attrs.frozen
class CommentFormat:
    """One flattened comment style.

    Attributes:
        name: a label for problems and docs.
        header: matches a whole header line.
        footer: matches a whole line that closes a comment, if the style has one.
        details: matches an author-details line right after the header ("Posts: 973; …").
        date_line: matches a posted-date line right after the header.
        numbered: whether headers show the site's chronological comment number.
        needs_confirmation: a header only counts when the style's ``unregistered`` group matched
            or a details line follows (guards numbered lists inside comment bodies).
        dated_headers_split: for a footer style, two or more headers showing a ``time`` split the
            thread when it has no footers (a closed thread shows no "Reply" links).
        cue: words, in any letter case, one of which every text in which this style finds
            comments holds (its counted headers or footers always show one); a page holding
            none is not read line by line for this style. Empty (the default): every page is.
    """

    name: str
    header: re.Pattern[str]
    footer: re.Pattern[str] | None = None
    details: re.Pattern[str] | None = None
    date_line: re.Pattern[str] | None = None
    numbered: bool = False
    needs_confirmation: bool = False
    dated_headers_split: bool = False
    cue: tuple[str, ...] = ()


_AGO = (
    r"(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|just\s+now|an?\s+(?:minute|hour|day|week|month|year)\s+ago|yesterday)"
)

NUMBERED: Final = CommentFormat(
    name="numbered",
    header=compile_now(
        r"^(?P<ref>\d{1,5})\.\s+(?P<author>\S(?:[^\n]{0,48}?\S)?)"
        r"(?:\s+(?P<unregistered>unregistered))?$"
    ),
    details=compile_now(
        r"^Posts:\s*(?P<posts>\d[\d,]*)\s*;\s*Member since:\s*(?P<since>[^\n]+)$", re.IGNORECASE
    ),
    numbered=True,
    needs_confirmation=True,
    # a header counts only when it says "unregistered" or a details line follows it
    cue=("unregistered", "posts:"),
)
WORDPRESS_SAYS: Final = CommentFormat(
    name="wordpress_says",
    header=compile_now(
        # "Ann says:", and WordPress's older default themes' "Ann on May 3, 2018 at 4:47 pm said:".
        # The lookahead turns away the lines that do not end in a colon (nearly all of a page)
        # before the author is looked for.
        r"^(?=[^\n]*:$)(?P<author>\S[^\n]{0,80}?)(?:\s+(?:says|sagt|schreibt|dit|dice|disse|zegt|skriver)"
        r"|\s+on\s+(?P<time>[^\n]{0,30}\d{4}[^\n]{0,24}?)\s+said):$",
        re.IGNORECASE,
    ),
    footer=compile_now(r"^(?:Reply|Antworten|Répondre|Responder|Rispondi|Beantwoorden)$"),
    date_line=compile_now(
        r"^(?P<time>[^\n]{0,40}\d{4}[^\n]{0,20}(?:at|um|à|a las|alle)?[^\n]{0,12}"
        r"(?:\d{1,2}[:.]\d{2}[^\n]{0,6})?)$",
        re.IGNORECASE,
    ),
    dated_headers_split=True,
    # footers, else headers with a time: only the "… said:" header has one
    cue=("reply", "antworten", "répondre", "responder", "rispondi", "beantwoorden", "said:"),
)
DISQUS_LIKE: Final = CommentFormat(
    name="disqus_like",
    header=compile_now(r"^(?P<author>\S[^\n]{0,80}?)(?:\s+•\s+(?P<time>[^\n]{1,40}))?$"),
    footer=compile_now(r"^Reply\s+•\s+Share\s+›$"),
    cue=("›",),  # only its footers count
)
HN_LIKE: Final = CommentFormat(
    name="hn_like",
    header=compile_now(
        r"^(?P<author>\S[^\n]{0,60}?)(?:\s+(?P<time>" + _AGO + r"))?\s+\|\s+"
        r"(?:(?P<root>root)\s+\|\s+)?(?:(?P<parent>parent)\s+\|\s+)?(?:prev\s+\|\s+)?next\s+\[[–-]\]$"
    ),
    footer=compile_now(r"^reply$"),
    cue=("reply",),  # only its footers count
)
REDDIT_LIKE: Final = CommentFormat(
    name="reddit_like",
    header=compile_now(
        r"^(?P<author>\S{1,40})\s+·\s+(?P<votes>-?\d[\d,]*)\s+points?\s+·\s+(?P<time>[^\n]{1,40})$"
    ),
    cue=("·",),
)

#: The built-in styles, most specific first.
FORMATS: Final = (NUMBERED, HN_LIKE, REDDIT_LIKE, WORDPRESS_SAYS, DISQUS_LIKE)
