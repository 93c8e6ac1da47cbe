"""Text normalisation with an offset map back to the input.

Normalised text is NFC, uses ``\\n`` for every line break, has no control characters, no runs of
horizontal white space (each becomes one ASCII space), no spaces at the start or end of a line, at
most one blank line in a row, and no white space at the start or end. Normalising twice changes
nothing.

:func:`normalize_with_map` also returns runs ``(start, raw_start, raw_end)`` in the format of
:class:`articlekit.model.OffsetMap`.
"""

from __future__ import annotations

import bisect
import unicodedata
from typing import Final

from articlekit._patterns import compile_later

__all__ = ["Run", "caseless_key", "fold", "is_normalized", "normalize", "normalize_with_map"]

Run = tuple[int, int, int]

_NEWLINE_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SPACE_CHARS = "\t\x1f \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Controls, soft hyphen, BOM, lone surrogates and non-characters carry no text.
# (The surrogate range is a regular-expression escape, not literal characters: a compiled build
# cannot store lone surrogates in its string constants.)
_DROP_CHARS = "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\ufeff" r"\ud800-\udfff" "\ufffe\uffff"
_TEXT_CHAR = f"[^{_NEWLINE_CHARS}{_SPACE_CHARS}{_DROP_CHARS}]"

_TOKEN = compile_later(
    rf"(?P<text>{_TEXT_CHAR}+(?: {_TEXT_CHAR}+)*)"
    rf"|(?P<space>[{_SPACE_CHARS}]+)"
    rf"|(?P<newline>\r\n|[{_NEWLINE_CHARS}])"
    rf"|(?P<drop>[{_DROP_CHARS}]+)"
)

_NOT_NORMALIZED = compile_later(
    rf"[{_DROP_CHARS}]|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
    r"|[\t\x1f\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]"
    r"|  | \n|\n |\n\n\n|\A[ \n]|[ \n]\Z"
)


def is_normalized(text: str) -> bool:
    """Return whether ``text`` is already normalised.

    >>> is_normalized("a b\\n\\nc"), is_normalized("a  b")
    (True, False)
    """
    if (text.replace("\n", "") if "\n" in text else text).isprintable():
        # Apart from "\n", no control, line-break or special space character can be in printable
        # text, so only the ASCII spaces and the newlines are left to check (C-level searches).
        return (
            "  " not in text
            and " \n" not in text
            and "\n " not in text
            and "\n\n\n" not in text
            and text[:1] not in {" ", "\n"}
            and text[-1:] not in {" ", "\n"}
            and unicodedata.is_normalized("NFC", text)
        )
    return _NOT_NORMALIZED.search(text) is None and unicodedata.is_normalized("NFC", text)


def normalize(text: str) -> str:
    """Return the normalised form of ``text``.

    >>> normalize("  Caf\\u0065\\u0301\\r\\n\\r\\n\\r\\nbar\\tbaz ")
    'Café\\n\\nbar baz'
    """
    if is_normalized(text):
        return text
    return normalize_with_map(text)[0]


def normalize_with_map(text: str) -> tuple[str, list[Run]]:
    """Normalise ``text`` and return it with the runs mapping it back to ``text``.

    Each run ``(start, raw_start, raw_end)`` says the normalised text from ``start`` up to the
    next run came from ``text[raw_start:raw_end]``; equal lengths map character by character.
    """
    if is_normalized(text):
        return text, [(0, 0, len(text))] if text else []
    pieces: list[str] = []
    runs: list[Run] = []
    out_len = 0
    pending_newlines = 0
    pending_space = False
    gap_start = 0  # raw start of the white space waiting to be emitted

    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "text":
            if out_len:
                if pending_newlines:
                    sep = "\n" * min(pending_newlines, 2)
                elif pending_space:
                    sep = " "
                else:
                    sep = ""
                if sep:
                    pieces.append(sep)
                    runs.append((out_len, gap_start, start))
                    out_len += len(sep)
            _append_identity(runs, out_len, start, end)
            pieces.append(match.group())
            out_len += end - start
            pending_newlines = 0
            pending_space = False
            gap_start = end
        elif kind == "space":
            if not pending_space and not pending_newlines:
                gap_start = start
            pending_space = True
        elif kind == "newline":
            if not pending_space and not pending_newlines:
                gap_start = start
            pending_newlines += 1
        # dropped characters vanish; a text run after them continues the same word

    out = "".join(pieces)
    if not unicodedata.is_normalized("NFC", out):
        out, runs = _compose_nfc(out, runs)
    return out, runs


def _append_identity(runs: list[Run], out_start: int, raw_start: int, raw_end: int) -> None:
    """Add an identity run, merging with the previous one when both are contiguous."""
    if runs:
        p_start, p_raw_start, p_raw_end = runs[-1]
        if p_raw_end == raw_start and out_start - p_start == p_raw_end - p_raw_start:
            runs[-1] = (p_start, p_raw_start, raw_end)
            return
    runs.append((out_start, raw_start, raw_end))


def _char_ranges(runs: list[Run], starts: list[int], length: int, lo: int, hi: int) -> list[Run]:
    """The raw range of each character of ``text[lo:hi]``: ``(position, raw_start, raw_end)``."""
    ranges: list[Run] = []
    i = bisect.bisect_right(starts, lo) - 1
    position = lo
    while position < hi:
        start, raw_start, raw_end = runs[i]
        end = runs[i + 1][0] if i + 1 < len(runs) else length
        stop = min(end, hi)
        if end - start == raw_end - raw_start:
            ranges.extend(
                (k, raw_start + k - start, raw_start + k - start + 1) for k in range(position, stop)
            )
        else:
            ranges.extend((k, raw_start, raw_end) for k in range(position, stop))
        position = stop
        i += 1
    return ranges


def _copy_runs(
    runs: list[Run],
    starts: list[int],
    length: int,
    *,
    span: tuple[int, int],
    shift: int,
    out: list[Run],
) -> None:
    """Append the runs of ``text[lo:hi]`` to ``out``, moved by ``shift`` characters."""
    lo, hi = span
    if lo >= hi:
        return
    i = bisect.bisect_right(starts, lo) - 1
    while i < len(runs) and runs[i][0] < hi:
        start, raw_start, raw_end = runs[i]
        end = runs[i + 1][0] if i + 1 < len(runs) else length
        first, last = max(start, lo), min(end, hi)
        if end - start == raw_end - raw_start:
            _append_identity(
                out, first + shift, raw_start + first - start, raw_start + last - start
            )
        else:  # a separator: never split, as changed pieces stop at white space
            out.append((first + shift, raw_start, raw_end))
        i += 1


def _is_cluster_start(char: str) -> bool:
    # Hangul vowel and trailing jamo compose with the preceding syllable though they are starters.
    return unicodedata.combining(char) == 0 and not "\u1160" <= char <= "\u11ff"


def _changed_pieces(text: str) -> list[tuple[int, int]]:
    """The words of ``text`` that NFC changes, as ``(start, end)``.

    NFC never reaches across a space or a newline: both are starters that compose with nothing,
    so each word between them can be normalised on its own. Whole lines are checked in C first;
    only the words of lines that change are looked at, and only changed words are mapped
    character by character.
    """
    pieces: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if not unicodedata.is_normalized("NFC", line):
            at = offset
            for word in line.split(" "):
                if not unicodedata.is_normalized("NFC", word):
                    pieces.append((at, at + len(word)))
                at += len(word) + 1
        offset = end + 1
    return pieces


def _compose_nfc(text: str, runs: list[Run]) -> tuple[str, list[Run]]:
    """Apply NFC to the pieces that need it, cluster by cluster, mapping every changed cluster.

    Time and memory stay linear in the text with a small constant: the text is looked at line
    by line in C, and only the words NFC changes are mapped character by character.
    """
    starts = [run[0] for run in runs]
    length = len(text)
    pieces: list[str] = []
    new_runs: list[Run] = []
    shift = 0
    cursor = 0
    for lo, hi in _changed_pieces(text):
        _copy_runs(runs, starts, length, span=(cursor, lo), shift=shift, out=new_runs)
        pieces.append(text[cursor:lo])
        ranges = _char_ranges(runs, starts, length, lo, hi)
        composed = _compose_piece(text, (lo, hi), ranges, shift=shift, out=new_runs)
        pieces.append(composed)
        shift += len(composed) - (hi - lo)
        cursor = hi
    _copy_runs(runs, starts, length, span=(cursor, length), shift=shift, out=new_runs)
    pieces.append(text[cursor:])
    out = "".join(pieces)
    if not unicodedata.is_normalized("NFC", out):
        # Composition crossed our clusters (exotic scripts): keep the text exact and map it whole.
        out = unicodedata.normalize("NFC", text)
        raw_end = runs[-1][2] if runs else 0
        return out, [(0, 0, raw_end)] if out else []
    return out, new_runs


def _compose_piece(
    text: str, piece: tuple[int, int], ranges: list[Run], *, shift: int, out: list[Run]
) -> str:
    """NFC of ``text[lo:hi]`` cluster by cluster; its runs, moved by ``shift``, go to ``out``.

    A cluster NFC leaves alone maps character by character (merged into identity runs where
    the raw is contiguous); a changed cluster maps as a whole.
    """
    lo, hi = piece
    clusters: list[tuple[int, int]] = []
    start = lo
    for i in range(lo + 1, hi + 1):
        if i == hi or _is_cluster_start(text[i]):
            clusters.append((start, i))
            start = i
    composed_pieces: list[str] = []
    at = lo + shift
    for c_start, c_end in clusters:
        chunk = text[c_start:c_end]
        composed = unicodedata.normalize("NFC", chunk)
        if composed == chunk:
            for k, raw_start, raw_end in ranges[c_start - lo : c_end - lo]:
                position = at + k - c_start
                if raw_end - raw_start == 1:
                    _append_identity(out, position, raw_start, raw_end)
                else:
                    out.append((position, raw_start, raw_end))
        else:
            out.append((at, ranges[c_start - lo][1], ranges[c_end - 1 - lo][2]))
        composed_pieces.append(composed)
        at += len(composed)
    return "".join(composed_pieces)


def caseless_key(word: str) -> str:
    """Return the lower-case key of a word a case-insensitive pattern matched.

    ``re.IGNORECASE`` matches "ſ" (long s) for "s", "K" (Kelvin sign) for "k", and "İ" and "ı"
    for "i", which ``str.lower`` keeps apart from the ASCII words a table is keyed by; their
    compatibility decomposition without combining marks, lower-cased, is the key.

    >>> caseless_key("Second"), caseless_key("\u017fecond"), caseless_key("m\u0130nutes")
    ('second', 'second', 'minutes')
    """
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", word.replace("\u0131", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# Words as URL slugs spell them (the page steps compare headlines with slugs, and the markup
# scan a byline link's text with its target's slug).
_FOLDS: Final = str.maketrans(
    {
        "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o",
        # Cyrillic as URL slugs transliterate it ("Мастера вкуса" -> "mastera-vkusa"): the
        # common scheme of Russian, Ukrainian, Belarusian, Bulgarian and Serbian sites
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ђ": "dj", "ј": "j",
        "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    }
)  # fmt: skip


class _WithoutMarks(dict[int, str | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters turn up.

    Whether a character combines is asked once per character (most text holds a few hundred
    distinct ones), not once per character of every text folded.
    """

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value = None if unicodedata.combining(char) else char
        self[code] = value
        return value


_WITHOUT_MARKS: Final = _WithoutMarks()


def fold(text: str) -> str:
    """Lower-case ASCII spelling, as URL slugs write words ("Unterstützen" -> "unterstuetzen").

    >>> fold("Unterstützen Sie Café-Besitzer"), fold("Plain ASCII")
    ('unterstuetzen sie cafe-besitzer', 'plain ascii')
    """
    if text.isascii():
        return text.lower()  # what case folding, the folds and NFKD leave of ASCII
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDS))
    return folded if folded.isascii() else folded.translate(_WITHOUT_MARKS)
