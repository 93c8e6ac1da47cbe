"""Where quotation marks open and close in a text, across its sentences.

English (“…”, "…"), German („…“), French and Swiss («…») conventions; single quotes are left out
(they double as apostrophes). A quotation still open at the end of the text runs to its end, as
a quotation that goes on into the next paragraph does.
"""

from __future__ import annotations

from typing import Final

from articlekit._patterns import compile_later

__all__ = ["quoted_share", "quoted_spans"]

_MARKS: Final = compile_later('["“”„«»]')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each quotation in ``text``, marks included.

    >>> t = 'He said: „Wir sind fertig.“ Then “We are done.'
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['„Wir sind fertig.“', '“We are done.']
    """
    spans: list[tuple[int, int]] = []
    opener = ""
    start = 0
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if not opener:
            if ch in '"“„«':
                opener, start = ch, i
            continue
        closes = (
            (ch == '"' and opener == '"')
            or (ch == "“" and opener == "„")
            or (ch == "”" and opener in '“"„')
            or (ch == "»" and opener == "«")
        )
        if closes:
            spans.append((start, i + 1))
            opener = ""
    if opener:
        spans.append((start, len(text)))
    return spans


def quoted_share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of ``start:end`` that lies inside the quotations ``spans``.

    >>> quoted_share([(0, 10)], 5, 15)
    0.5
    """
    if end <= start:
        return 0.0
    inside = sum(max(0, min(b, end) - max(a, start)) for a, b in spans)
    return inside / (end - start)
