"""Where quotation marks open and close in a text, across its sentences.

English (“…”, "…"), German („…“), French and Swiss («…») conventions, and English's curly
single quotes (‘…’, in British style and in headlines), told from apostrophes by where they
stand: one opens before a word and after none, one closes after a word and before none
("don’t", "the students’" close nothing inside a word; the ASCII "'" is left out, it is mostly
an apostrophe). A quotation still open at the end of the text runs to its end, as a quotation
that goes on into the next paragraph does; a single quote that never closes is no quotation (a
stray "‘90s").
"""

from __future__ import annotations

from typing import Final

from articlekit._patterns import compile_later

__all__ = ["quoted_share", "quoted_spans"]

_MARKS: Final = compile_later('["“”„«»‘’]')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each quotation in ``text``, marks included.

    >>> t = 'He said: „Wir sind fertig.“ Then “We are done.'
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['„Wir sind fertig.“', '“We are done.']
    >>> t = "‘We don’t know,’ the minister’s aide said. Rock ‘n’ roll in the ‘90s"
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['‘We don’t know,’', '‘n’']
    """
    spans: list[tuple[int, int]] = []
    opener = ""
    start = 0
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if not opener:
            if ch in '"“„«' or (ch == "‘" and _opens_single(text, i)):
                opener, start = ch, i
            continue
        closes = (
            (ch == '"' and opener == '"')
            or (ch == "“" and opener == "„")
            or (ch == "”" and opener in '“"„')
            or (ch == "»" and opener == "«")
            or (ch == "’" and opener == "‘" and _closes_single(text, i))
        )
        if closes:
            spans.append((start, i + 1))
            opener = ""
    if opener and opener != "‘":
        spans.append((start, len(text)))
    return spans


def _opens_single(text: str, i: int) -> bool:
    """Whether the "‘" at ``i`` opens a quotation: after no letter, before a word."""
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()


def _closes_single(text: str, i: int) -> bool:
    """Whether the "’" at ``i`` closes a quotation: after a word or its punctuation, before none."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum())


def quoted_share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of ``start:end`` that lies inside the quotations ``spans``.

    >>> quoted_share([(0, 10)], 5, 15)
    0.5
    """
    if end <= start:
        return 0.0
    inside = sum(max(0, min(b, end) - max(a, start)) for a, b in spans)
    return inside / (end - start)
