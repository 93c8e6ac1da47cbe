"""Tokens of a text for the quantity reader: numbers, words and single symbols with offsets.

The text is tokenised once; every later phase looks at tokens by index, asks whether a token is
glued to the one before, and reads digit tokens with their separators (:func:`digits_value`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Set as AbstractSet
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

import attrs

from articlekit._language import primary_language
from articlekit._patterns import compile_later
from articlekit.facts import _units as units
from articlekit.facts._vocab import writes_decimal_comma

if TYPE_CHECKING:
    from articlekit.model import Unit

#: Numbers with their separators, words (letters only) and single symbols. Digit groups spaced by
#: a (thin, no-break) space ("40 000", "1 234 567,5") are joined afterwards, in one pass
#: (:func:`_join_groups`): a pattern that tried them at every digit would backtrack over long
#: runs of digits ("123 123 123 … 4") and take quadratic time. An apostrophe before three digits
#: groups thousands as Swiss writers group them ("80’000 Franken", "1'250'000").
_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: The blocks whose scripts write vowels and other signs as combining marks after a letter:
#: combining diacritics, Cyrillic, Hebrew, Arabic, the Indic scripts (Devanagari to Sinhala),
#: Thai, Lao, Myanmar.
_MARKED_BLOCKS: Final = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0591, 0x05C7),
    (0x0610, 0x06FF),
    (0x0900, 0x0DFF),
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
)


def _marks() -> str:
    """A character class body of the combining marks of :data:`_MARKED_BLOCKS`, as ranges."""
    ranges: list[list[int]] = []
    for low, high in _MARKED_BLOCKS:
        for code in range(low, high + 1):
            if not unicodedata.category(chr(code)).startswith("M"):
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


#: Arabic's optional vowel signs and the stretching tatweel: a word is looked up without them
#: ("47 عاماً" is "عاما", years).
_ARABIC_VOWELS: Final = compile_later(r"[\u064b-\u0652\u0670\u0640]")


def letters(word: str) -> bool:
    """Whether ``word`` is letters, with the marks of the letters ("रुपये", "عاماً", "word").

    ``str.isalpha`` is false for a word with a vowel sign of an Indic script or Arabic.
    """
    return word.isalpha() or (
        word[:1].isalpha()
        and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)
    )


#: A word is letters with the marks that belong to them: "रुपये" is one word, not "र", "ु", "पय".
#: Between digits, Arabic's decimal and thousands separators ("٣٫٥", "١٢٬٠٠٠") and the
#: full-width full stop of Japanese full-width digits ("３．５") join a number as "." and "," do.
TOKEN: Final = compile_later(
    rf"\d+(?:[.,٫٬．]\d+|['’]\d{{3}}(?!\d))*|[{_HAN}]|[^\W\d_{_HAN}](?:[^\W\d_{_HAN}]|[{_marks()}])*|\S"
)
#: Those separators as "." and "," write them.
_OTHER_SEPARATORS: Final = str.maketrans({"٫": ".", "٬": ",", "．": "."})
#: Chinese and Japanese script, written without spaces: a Han character is a token of its own
#: (a word, a counter or a unit: "15万人", "3.5亿元"), kana runs stay whole.
_CJK: Final = compile_later(rf"[\u3040-\u30ff{_HAN}]")
_GROUP: Final = compile_later(r"\d{3}(?:[.,]\d+)?")
_GROUP_SPACES: Final = frozenset("\u00a0\u202f\u2009 ")
_SPACES: Final = compile_later(r"[\u00a0\u202f\u2009 ]")
_SPACED_GROUP: Final = compile_later(r"\d[\u00a0\u202f\u2009 ]\d{3}")
_ONE_DOT_GROUP: Final = compile_later(r"[1-9]\d{0,2}\.\d{3}")


def _group_run(
    text: str, starts: list[int], ends: list[int], words: list[str], k: int
) -> tuple[int, bool]:
    """The last token of the spaced digit groups that follow token ``k`` ("1" "234" "567,5").

    Every group but the first has three digits, joined by one space; only the last may carry
    decimals. The run must end the number: digits after one more space ("1 234 5") make it no
    number in groups at all, from any of its tokens. Returns (last token, whether it is one).
    """
    m, n = k, len(words)
    while (
        m + 1 < n
        and words[m].isdecimal()
        and ends[m] + 1 == starts[m + 1]
        and text[ends[m]] in _GROUP_SPACES
        and _GROUP.fullmatch(words[m + 1]) is not None
    ):
        m += 1
    e = ends[m]
    if e + 1 < len(text) and text[e] in _GROUP_SPACES and text[e + 1].isdecimal():
        return m, False
    return m, m > k


def _english_groups(text: str, ends: list[int], words: list[str], k: int, last: int) -> bool:
    """Whether English groups ``k``..``last`` make one number (see :func:`_join_groups`)."""
    plain = any(text[ends[x]] == " " for x in range(k, last))
    return not plain or any(words[x][:1] == "0" for x in range(k + 1, last + 1))


def _join_groups(
    text: str, starts: list[int], ends: list[int], words: list[str], *, english: bool
) -> tuple[list[int], list[int], list[str]]:
    """Join spaced digit groups into one token each, left to right, in linear time.

    English groups thousands with commas, so there a plain space parts two numbers ("400 737
    Max jets") unless a group could not stand alone ("1 000 000"); the no-break and thin
    spaces of print join its groups as in every language.
    """
    out_s: list[int] = []
    out_e: list[int] = []
    out_w: list[str] = []
    k, n = 0, len(words)
    while k < n:
        w = words[k]
        last, joined = k, False
        if len(w) <= 3 and w.isdecimal():
            last, joined = _group_run(text, starts, ends, words, k)
            if joined and english:
                joined = _english_groups(text, ends, words, k, last)
        if joined:
            out_s.append(starts[k])
            out_e.append(ends[last])
            out_w.append(text[starts[k] : ends[last]])
            k = last + 1
            continue
        for x in range(k, last + 1):  # a failed run: its tokens stay apart
            out_s.append(starts[x])
            out_e.append(ends[x])
            out_w.append(words[x])
        k = last + 1
    return out_s, out_e, out_w


_LIST_MARKER: Final = compile_later(r"(?<![\w.,])(\d{1,2})[.:)]\s+(?=[A-Z])")
#: A list marker inside running text: "1) registers …, 2) realizes …" (no opening bracket).
_INLINE_MARKER: Final = compile_later(r"(?<![\w.,(\[])(\d{1,2})([).])\s+[„“\"‚‘«»]?(?=\w)")
_WHITE: Final = compile_later(r"\s*")
_SENTENCE_END: Final = compile_later(r"[.!?](?=\s+[A-Z\"“(])|\n")


class TextCues:
    """What a whole text says once for all its numbers, each looked up on first use.

    Rules that look at the whole text ("is it about heat?", "is it a numbered list?") ask
    here, so that a text with many numbers is still read in linear time. Held by one
    :class:`Tokens` value and dropped with it: no global cache.
    """

    __slots__ = ("_found", "_inline", "_markers", "_sentences", "_text")

    def __init__(self, text: str) -> None:
        """Cues of ``text``."""
        self._text = text
        self._found: dict[re.Pattern[str], bool] = {}
        self._markers: frozenset[int] | None = None
        self._inline: dict[str, dict[int, int]] | None = None
        self._sentences: tuple[list[int], list[int], list[int]] | None = None

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` occurs anywhere in the text."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(self._text) is not None
        return found

    def list_markers(self) -> frozenset[int]:
        """The numbers used as list markers ("1. Samsung … 2. Apple")."""
        if self._markers is None:
            self._markers = frozenset(int(m.group(1)) for m in _LIST_MARKER.finditer(self._text))
        return self._markers

    def inline_markers(self, mark: str) -> dict[int, int]:
        """List markers inside running text, by offset: their numbers, for ``mark`` ")" or ".".

        "… 1) sees, 2) acts"; "sofern sie 1. keine Kenntnis … und 2. „unverzüglich": a dot
        marks one only before a word in lower case, a quotation mark allowed before it (a
        date's or a name's ordinal stands before a capital in the languages that write
        ordinals so). A bracket that closes one opened before it ("(n = 3) of") marks nothing.
        """
        if self._inline is None:
            text = self._text
            self._inline = {")": {}, ".": {}}
            for m in _INLINE_MARKER.finditer(text):
                if m.group(2) == ")":
                    if text.rfind("(", 0, m.start()) <= text.rfind(")", 0, m.start()):
                        self._inline[")"][m.start(1)] = int(m.group(1))
                elif text[m.end()].islower():
                    self._inline["."][m.start(1)] = int(m.group(1))
        return self._inline[mark]

    def _sentence_marks(self) -> tuple[list[int], list[int], list[int]]:
        if self._sentences is None:
            starts: list[int] = []
            seen: list[tuple[int, int]] = []  # (where the break is known, where the next begins)
            for m in _SENTENCE_END.finditer(self._text):
                starts.append(m.start())
                known = m.start()
                if m.group() != "\n":  # ". A": known once the capital is read
                    known = _WHITE.match(self._text, m.end()).end()  # type: ignore[union-attr]
                seen.append((known, m.end()))
            seen.sort()
            best, ends = 0, []
            for _, end in seen:
                best = max(best, end)
                ends.append(best)
            self._sentences = (starts, [k for k, _ in seen], ends)
        return self._sentences

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (a break at or after ``pos``)."""
        starts = self._sentence_marks()[0]
        k = bisect.bisect_left(starts, pos)
        return starts[k] if k < len(starts) else len(self._text)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts, from what the text shows before ``pos``."""
        _, known, ends = self._sentence_marks()
        k = bisect.bisect_left(known, pos)
        return ends[k - 1] if k > 0 else 0


@attrs.frozen
class Tokens:
    """A text's tokens: offsets, the token strings and their lower-case forms."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    lower: tuple[str, ...]
    cues: TextCues = attrs.field(eq=False, repr=False)
    #: Whether a dot before three digits groups thousands ("1.000 Besucher"); :func:`dot_groups`.
    dot_groups: bool = False
    #: The text's language, its primary subtag in lower case ("de"), or "" when unknown.
    lang: str = ""
    #: The currency "元" (yuan) names in the text's region: ``yuan_currency``.
    yuan: str = "CNY"
    #: The unit found at a token, by the token and whether money is read, for
    #: :func:`articlekit.facts._unit_reader.match_unit`: the label check, the range and the
    #: unit phase all ask at the token after a number.
    units_at: dict[tuple[int, bool], tuple[int, Unit] | None] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    @classmethod
    def of(cls, text: str, *, language: str | None = None) -> Tokens:
        """Tokenise ``text``, written in ``language`` (a BCP 47 tag, or ``None`` when unknown).

        The language decides how digits are grouped (:func:`dot_groups`) and which words only it
        uses are read (``lang``).
        """
        found = list(TOKEN.finditer(text))
        starts = [m.start() for m in found]
        ends = [m.end() for m in found]
        words = [m.group() for m in found]
        if _SPACED_GROUP.search(text) is not None:
            english = primary_language(language) == "en"
            starts, ends, words = _join_groups(text, starts, ends, words, english=english)
        if _DIGIT_HANGUL.search(text) is not None:
            starts, ends, words = split_korean(starts, ends, words)
        lower = tuple(w.lower() for w in words)
        if _ARABIC_VOWELS.search(text) is not None:
            lower = tuple(_ARABIC_VOWELS.sub("", w) for w in lower)
        groups = dot_groups(text, decimal_comma=writes_decimal_comma(language))
        lang = primary_language(language)
        cues = TextCues(text)
        return cls(
            text,
            tuple(starts),
            tuple(ends),
            tuple(words),
            lower,
            cues,
            groups,
            lang,
            yuan_currency(language),
        )

    @property
    def english(self) -> bool:
        """Whether the text is English, or in an unknown language (read as English)."""
        return self.lang in {"", "en"}

    def __len__(self) -> int:
        return len(self.words)

    def glued(self, i: int) -> bool:
        """Whether token ``i`` touches the token before it."""
        return 0 < i < len(self.words) and self.starts[i] == self.ends[i - 1]

    def newline_before(self, i: int) -> bool:
        """Whether a line break separates token ``i`` from the token before it."""
        start = self.ends[i - 1] if i > 0 else 0
        return i == 0 or "\n" in self.text[start : self.starts[i]]

    def ends_line(self, i: int) -> bool:
        """Whether a line ends before token ``i``: a line break or the end of the text."""
        return i >= len(self.words) or self.newline_before(i)

    def get(self, i: int) -> str:
        """Token ``i``, or "" outside the text."""
        return self.words[i] if 0 <= i < len(self.words) else ""

    def low(self, i: int) -> str:
        """Token ``i`` in lower case, or "" outside the text."""
        return self.lower[i] if 0 <= i < len(self.lower) else ""


#: A number grouped by dots with a decimal comma ("14.372,4"), and one grouped by commas with a
#: decimal point ("1,234.5"): what the text itself shows of its decimal mark.
_DOT_GROUPED: Final = compile_later(r"\d\.\d{3}(?:\.\d{3})*,\d")
_COMMA_GROUPED: Final = compile_later(r"\d,\d{3}(?:,\d{3})*\.\d")


def dot_groups(text: str, *, decimal_comma: bool) -> bool:
    """Whether "1.000" in ``text`` is one thousand rather than one.

    In a language that writes decimals with a comma (CLDR: German, Spanish, Italian, …) a dot
    is never a decimal point, so a dot before three digits groups thousands. The text's own
    numbers decide first: "14.372,4" shows dot groups in any language, "1,234.5" shows a decimal
    point (a Mexican page tagged ``es``).

    >>> dot_groups("Mit über 1.000 Ausstellern", decimal_comma=True)
    True
    >>> dot_groups("Mit über 1.000 Ausstellern", decimal_comma=False)
    False
    >>> dot_groups("ventas por 14.372,4 millones", decimal_comma=False)
    True
    """
    if "." not in text:
        return False
    if _COMMA_GROUPED.search(text) is not None:
        return False
    return decimal_comma or (_DOT_GROUPED.search(text) is not None)


_DIGIT_HANGUL: Final = compile_later(r"\d[\uac00-\ud7a3]")
_HANGUL: Final = compile_later(r"[\uac00-\ud7a3]+")
#: The longest Korean unit or counter (:data:`KOREAN_UNITS`, "킬로미터").
_LONGEST_KOREAN: Final = 4


def split_korean(
    starts: list[int], ends: list[int], words: list[str]
) -> tuple[list[int], list[int], list[str]]:
    """Split the Korean words glued to a number into scale, unit or counter, and the rest.

    Korean glues its scale syllables, its unit or counter and a particle to the number ("5만원이다":
    5, 만, 원, 이다; "3개월": 3, 개월; "27일": 27, 일). A word that starts with none of them
    stays whole ("10안타를"). Offsets keep pointing into the text.
    """
    out: tuple[list[int], list[int], list[str]] = ([], [], [])
    for k, (start, word) in enumerate(zip(starts, words, strict=True)):
        before = words[k - 1] if k > 0 else ""
        gap = start - ends[k - 1] if k > 0 else 2
        # glued to a number ("5만원"), or one space after it or after its scale ("3조 원을")
        after_number = before[-1:].isdigit() or before in units.KOREAN_SCALES
        parts = [word]
        if after_number and gap <= 1 and _HANGUL.fullmatch(word):
            parts = _korean_parts(word) if gap == 0 else _korean_unit_parts(word)
        at = start
        for part in parts:
            out[0].append(at)
            out[1].append(at + len(part))
            out[2].append(part)
            at += len(part)
    return out


#: At most this many scale syllables open a Korean amount ("2천억원": 천, 억).
_KOREAN_SCALE_RUN: Final = 3


def _korean_parts(word: str) -> list[str]:
    """A Korean word glued to a number as its scale syllables, unit or counter, and the rest."""
    parts: list[str] = []
    rest = word
    while rest[:1] and rest[0] in units.KOREAN_SCALES and len(parts) < _KOREAN_SCALE_RUN:
        parts.append(rest[0])
        rest = rest[1:]
    size = _longest_prefix(rest, _KOREAN_WORDS)
    if size:
        parts.append(rest[:size])
        rest = rest[size:]
    if not parts:
        return [word]
    return [*parts, rest] if rest else parts


def _korean_unit_parts(word: str) -> list[str]:
    """A spaced Korean unit or counter and its particle ("원을": 원, 을); else the word."""
    size = _longest_prefix(word, _KOREAN_UNITS_AND_COUNTERS)
    return [word[:size], word[size:]] if 0 < size < len(word) else [word]


def _longest_prefix(word: str, table: AbstractSet[str]) -> int:
    """The length of the longest start of ``word`` that ``table`` holds, 0 if none does."""
    for size in range(min(_LONGEST_KOREAN, len(word)), 0, -1):
        if word[:size] in table:
            return size
    return 0


_KOREAN_UNITS_AND_COUNTERS: Final = units.KOREAN_UNITS.keys() | units.KOREAN_COUNTERS
_KOREAN_WORDS: Final = units.KOREAN_UNITS.keys() | units.KOREAN_COUNTERS | units.KOREAN_LABELS


def is_hangul(tok: str) -> bool:
    """Whether ``tok`` is written in Korean script (its first character a Hangul syllable)."""
    return "\uac00" <= tok[:1] <= "\ud7a3"


def is_cjk(tok: str) -> bool:
    """Whether ``tok`` is written in Chinese or Japanese script (Han or kana)."""
    return _CJK.match(tok) is not None


def is_num(tok: str) -> bool:
    return tok[:1].isdigit()


def digits_value(tok: str, *, dot_groups: bool = False) -> Decimal | None:
    """The value of a digit token with separators: ``10,000``, ``8.8``, ``1.234,56``, ``40 000``.

    ``dot_groups``: a single dot before three digits groups thousands ("1.000" is 1000), as in
    the languages that write decimals with a comma.
    """
    if "’" in tok or "'" in tok:
        tok = tok.replace("’", "").replace("'", "")  # Swiss groups: "80’000"
    if not tok.isdigit() and ("٫" in tok or "٬" in tok or "．" in tok):
        tok = tok.translate(_OTHER_SEPARATORS)  # "٣٫٥", "١٢٬٠٠٠", "３．５"
    if not tok.isdigit() and _SPACES.search(tok):
        head = _SPACES.sub("", tok)
        return digits_value(head.replace(",", ".")) if head.count(",") == 1 else digits_value(head)
    if "," in tok and "." in tok:
        dec = "," if tok.rfind(",") > tok.rfind(".") else "."
        grp = "." if dec == "," else ","
        clean = tok.replace(grp, "").replace(dec, ".")
    elif "," in tok:
        parts = tok.split(",")
        # A decimal comma: "8,5"; before three digits too after a lone zero ("0,059": no
        # group of thousands is "0").
        single = len(parts) == 2 and bool(parts[0])
        decimal = single and (len(parts[1]) in (1, 2) or parts[0] == "0")
        if decimal:
            clean = tok.replace(",", ".")
        elif all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            clean = tok.replace(",", "")
        elif (
            len(parts) >= 3
            and 1 <= len(parts[0]) <= 2
            and all(len(p) == 2 for p in parts[1:-1])
            and len(parts[-1]) == 3
        ):
            clean = tok.replace(",", "")  # India's groups: "1,00,000", "12,34,567"
        else:
            return None  # "1,23,45": not one number
    elif dot_groups and tok.count(".") == 1 and _ONE_DOT_GROUP.fullmatch(tok):
        clean = tok.replace(".", "")  # "1.000", "45.000" in German or Spanish text
    elif tok.count(".") > 1:
        parts = tok.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            clean = tok.replace(".", "")  # "1.234.567"
        else:
            return None  # a version number or an IP address
    else:
        clean = tok
    try:
        return Decimal(clean)
    except InvalidOperation:  # pragma: no cover - the token regex admits only digits
        return None


#: The currency of "元" by region: Taiwan's new dollar, Hong Kong's and Macau's dollars.
_YUAN_BY_REGION: Final = {"tw": "TWD", "hk": "HKD", "mo": "MOP"}


def yuan_currency(language: str | None) -> str:
    """The currency that "元" names in a text written in ``language`` (a BCP 47 tag).

    "元" is the unit of the currency where the text is written: the renminbi in mainland China,
    the new Taiwan dollar in Taiwan, the Hong Kong dollar in Hong Kong. The tag's region decides;
    without one, Chinese in traditional script is Taiwan's by CLDR's likely subtags (zh-Hant is
    zh-Hant-TW), else mainland China's.

    >>> [yuan_currency(tag) for tag in ("zh-TW", "zh-Hant", "zh-HK", "zh")]
    ['TWD', 'TWD', 'HKD', 'CNY']
    """
    if not language:
        return "CNY"
    parts = language.replace("_", "-").lower().split("-")[1:]
    for part in parts:
        if len(part) == 2 and part in _YUAN_BY_REGION:
            return _YUAN_BY_REGION[part]
    if any(len(part) == 2 and part.isalpha() for part in parts):
        return "CNY"  # another region: "zh-CN", "zh-SG" writes 新元 for its own dollar
    return "TWD" if "hant" in parts else "CNY"
