"""Claims: each sentence's assertion with its kind, speaker, hedges and check-worthiness.

Pure functions, each usable alone:

- :func:`find_attributions` — who says it: cue ("said", "admitted", "according to"), source
  ("Sony", "the company", "he") and content spans, direct (quoted) or indirect, in the three
  common shapes: ``SOURCE CUE (that) CONTENT``, ``CONTENT, CUE SOURCE`` / ``CONTENT, SOURCE CUE``,
  and ``according to SOURCE, CONTENT``.
- :func:`find_hedges` — hedges by type: modal ("might", "could"), epistemic ("expects to",
  "likely", "seems"), approximator ("about", "around", "nearly" — only before a number, so "turn
  around" is not one), weasel ("some say", "reportedly", "critics"), booster ("definitely").
- :func:`claim_kind` — the kind, by ordered rules (first match wins):
  1. ``question``: the sentence ends with a question mark;
  2. ``quote``: an attribution whose content is in quotation marks;
  3. ``forecast``: future or intention ("will", "expects to", "plans to", "forecast");
  4. ``opinion``: evaluative language without a reporting source (first person, evaluative
     adjectives, "should", "might not seem");
  5. ``statistic``: the sentence holds a numeric fact;
  6. ``factual``: everything else.
- check-worthiness from :mod:`._checkworthy` (a small logistic regression shipped as data).

The :class:`ClaimExtractor` step makes one claim per sentence of the headline, the body and the
comments (comment claims are marked ``is_comment``). Its numeric facts are not stored twice:
``Document.facts_in(claim.span)`` derives them from the spans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

from articlekit.claims import _checkworthy
from articlekit.model import (
    Attribution,
    Claim,
    ClaimKind,
    Document,
    Hedge,
    HedgeKind,
    Span,
)

__all__ = [
    "ClaimExtractor",
    "Cue",
    "claim_kind",
    "find_attributions",
    "find_hedges",
]

# --------------------------------------------------------------------------------------------
# Attribution
# --------------------------------------------------------------------------------------------

_CUE_VERBS: Final = (
    "said say says saying told tell tells added adds adding stated states admitted admits "
    "admitting announced announces explained explains noted notes argued argues arguing "
    "claimed claims claiming insisted insists warned warns wrote writes asked asks replied "
    "responded answered acknowledged acknowledges conceded concedes confirmed confirms denied "
    "denies suggested suggests predicted predicts estimated estimates reported reports "
    "declared declares emphasized stressed recalled observed remarked commented described "
    "urged promised promises vowed pledged threatened accused accuses blamed criticized "
    "praised believes believe believed thinks think thought feels felt hopes hoped hope "
    "expects expected wants wanted plans planned knows knew tweeted revealed disclosed "
    "alleged alleges contended maintained indicated signaled signalled agreed disagreed "
    "boasted complained joked testified assured reminded projected forecast forecasts "
    "announcing explaining noting warning telling asking insisting suggesting adding "
    "acknowledging calling called calls charged countered cautioned concluded "
    "contends indicate indicates shows showed found finds says "
    # stance, belief, perception and intention cues (PolNeAR-style attribution of positions)
    "seemed seems seem appeared appears appear continued continues declined declines "
    "see sees saw support supports supported supporting backing backed backs endorsed "
    "endorses endorsing want know suggest cited citing cite argue refused refuses proposed "
    "proposes opposed opposes opposing defended defends defending sought seeks seeking "
    "dismissed dismisses offered insist ordered fears feared decided questioned questions "
    "claim posted discussed discusses feel view views rejected rejects slammed slams blasted "
    "blasts worried worries expect attacked attacks mocked ridiculed criticizes criticised "
    "criticizing condemned condemns welcomed welcomes praised praises demanded demands "
    "requested recommends recommended accepts accepted opposed acknowledging insisting "
    "contending predicting promising vowing pledging threatening announcing reportedly "
    "pointed show read reads named note notes mentioned mentions released emailed prefers "
    "prefer titled agrees agree concludes referred decried applauded learned mean means "
    "filed laid"
).split()
_CUE_SET: Final = frozenset(w.lower() for w in _CUE_VERBS)
_WORDS: Final = re.compile(r"[A-Za-z]+")
#: Multi-word cues (checked by one small regex; single-word cues are a set lookup).
_CUE_PHRASE: Final = re.compile(
    r"\b(?:according\s+to|in\s+the\s+words\s+of|as\s+reported\s+by|pointed\s+(?:out|to)|"
    r"talk(?:s|ed|ing)?\s+about|would\s+like|known\s+as|did\s+not\s+mention|"
    r"in(?=\s+an?\s+[\w/ .-]{0,40}?(?:poll|survey|study|statement|interview|report|op-ed|letter|"
    r"tweet|post|speech|memo|email|editorial|column)\b))\b",
    re.IGNORECASE,
)


def _cues(sentence: str) -> list[tuple[int, int, str]]:
    """Cue candidates, left to right: (start, end, lower-cased text)."""
    phrases = [(m.start(), m.end(), m.group().lower()) for m in _CUE_PHRASE.finditer(sentence)]
    taken = {i for a, b, _ in phrases for i in range(a, b)}
    words = [
        (m.start(), m.end(), w)
        for m in _WORDS.finditer(sentence)
        if (w := m.group().lower()) in _CUE_SET and m.start() not in taken
    ]
    return sorted(phrases + words) if phrases else words


_NEEDS_SPEECH: Final = frozenset({"continued", "continues", "continue", "read", "reads"})
_SPEAKER_SELF: Final = frozenset({"i", "you", "we"})
_STANCE: Final = frozenset(
    (
        "think thought believe believed know knew want wanted see saw feel felt hope hoped say "
        "support expect"
    ).split()
)
#: Reporting verbs: an attribution even when the source is not found in the sentence.
_REPORTING: Final = frozenset(
    (
        "said says say saying told tells added adding wrote writes stated announced explained "
        "noted noting argued claimed insisted warned asked replied responded acknowledged "
        "confirmed denied reported declared tweeted reportedly"
    ).split()
)
_PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we", "i", "you", "who"])
_DETERMINERS: Final = frozenset(("the a an his her their its our this that these those").split())
_BOUNDARY_WORDS: Final = frozenset(
    ("that which and but or because while although though if when where as so than then").split()
)
_ADVERBS: Final = frozenset(
    "both long still already never ever just really also even only not further then now "
    "once again first later later_on soon".split()
)
_AUX: Final = frozenset(
    (
        "has have had was were is are be been also later previously repeatedly once again would "
        "will could may might can has't hasn't never not publicly privately reportedly recently "
        "earlier first then just already often frequently do does did don't doesn't didn't "
        "don’t doesn’t didn’t"
    ).split()
)
_QUOTES: Final = '"“”„«»'
_TOKEN: Final = re.compile(r"[\w’'.-]+|[^\w\s]")
_NOT_SOURCE: Final = frozenset(
    ("there here it's this that what which who when where how why if").split()
) - {"it"}


@attrs.frozen
class Cue:
    """An attribution found in a sentence: offsets relative to the sentence."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    is_direct: bool


_COLON_SPEAKER: Final = re.compile(
    r"(?:^|(?<=[-–—]\s))((?:[A-Z][\w.’'-]+\s){0,3}[A-Z][\w’'-]+)\s?:\s+(?=[\"“‘'A-Z])"
)


_COLON_QUOTE: Final = re.compile(r":\s*(?=[\"“‘])")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


#: Words that open a clause whose subject is the phrase after them ("after 55 percent said").
_SUBORDINATORS: Final = frozenset("after before since until than as because while".split())
#: Prepositions that quantify a subject ("about half", "nearly 6 in 10", "over 40 percent").
_QUANTIFYING: Final = frozenset("about around over under nearly almost roughly".split())
_SHARES: Final = frozenset(
    "half third thirds quarter quarters majority majorities two-thirds three-quarters "
    "one two three four five six seven eight nine ten".split()
)
_PREPOSITIONS: Final = frozenset(
    (
        "on in at by for to with from despite after before during about than like into over "
        "under through via without within among against toward towards upon outside inside "
        "alongside beside besides beyond amid amidst across behind near"
    ).split()
)


def _trim_before_cue(
    toks: list[tuple[int, int, str]],
) -> tuple[list[tuple[int, int, str]], tuple[int, int] | None]:
    """Drop what stands between a subject and its cue; a pronoun before an aside is returned.

    Auxiliaries, adverbs and time words ("has long", "last week"), a parenthesis ("Warren
    (D-MA) said") and an aside between commas ("who, after trading insults, said").
    """
    # skip auxiliaries, adverbs, time words and a parenthesis ("Warren (D-MA) said")
    while toks and (
        toks[-1][2].lower() in _AUX
        or toks[-1][2].lower() in _TIME_WORDS
        or toks[-1][2].lower() in _ADVERBS
        or (toks[-1][2].endswith("ly") and toks[-1][2].islower() and len(toks[-1][2]) > 4)
    ):
        toks.pop()  # "who has long opposed", "they enthusiastically endorsed"
        if toks and toks[-1][2].lower() in {"on", "last", "this", "next"} and len(toks) > 1:
            toks.pop()  # "who on Tuesday endorsed", "Trump last week said"
    if len(toks) > 2 and toks[-1][2] == ",":
        # "Bret Stephens, who, after trading insults with Mr. Hannity, said": skip the aside
        k = len(toks) - 2
        while k > 0 and toks[k][2] != "," and len(toks) - k < 20:
            k -= 1
        if k > 0 and toks[k][2] == "," and toks[k - 1][2].lower() in _PRONOUNS | {"which"}:
            return toks, (toks[k - 1][0], toks[k - 1][1])
    if toks and toks[-1][2] == ")":
        depth = 0
        while toks:
            w = toks.pop()[2]
            depth += (w == ")") - (w == "(")
            if depth == 0:
                break
    return toks, None


def _clause_relative(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """A relative pronoun opening the cue's clause: "Beck, who has in the past described …"."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
        w = toks[k][2]
        if w in {",", ";", ":", "(", ")", '"', "“", "”"}:
            return None
        if w.lower() in {"who", "which"} and k > 0 and toks[k - 1][2] == ",":
            return _holder_after_relative(toks, k) or (toks[k][0], toks[k][1])
    return None


def _holder_after_relative(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """The holder between a relative pronoun and the cue.

    "which they say left a vacuum", "which Mr. Ailes denies", "which the campaign says",
    "who Beck on Wednesday called".
    """
    rest = toks[k + 1 :]
    if not rest:
        return None
    first = rest[0][2]
    if first.lower() in _PRONOUNS - {"who", "it"} or (
        first.isalpha() and first.islower() and first.endswith("s") and len(first) > 3
    ):
        end = 1  # "which they say", "which officials said"
    elif first[:1].isupper() or first.lower() in _DETERMINERS:
        end = 1
        while end < len(rest) and (
            rest[end][2][:1].isupper()
            or rest[end][2] in {"'s", "’s", "."}
            or (first.lower() in _DETERMINERS and rest[end][2][:1].islower() and end < 3)
        ):
            if rest[end][2].lower() in _AUX | _ADVERBS | _TIME_WORDS:
                break
            end += 1
    else:
        return None
    tail = [t[2].lower() for t in rest[end:]]
    if all(
        w in _AUX or w in _ADVERBS or w in _TIME_WORDS or w == "on" or w.endswith("ly")
        for w in tail
    ):
        return rest[0][0], rest[end - 1][1]
    return None


def _source_before(  # noqa: C901, PLR0911, PLR0912
    text: str, cue_start: int, *, participle: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right before a cue: "Sony", "the company", "a spokesman for X", "he".

    When the words before the cue are not its subject (a prepositional phrase, an object, a
    participle clause: "said on Twitter", "Obama punctuated his list by saying"), the sentence's
    own subject is the source.
    """
    toks = _tokens(text, max(0, cue_start - 160), cue_start)
    toks, aside = _trim_before_cue(toks)
    if aside is not None:
        return aside
    relative = _clause_relative(toks)
    if relative is not None:
        return relative
    if not toks:
        return None
    last = toks[-1][2]
    low_last = last.lower()
    if low_last in {"and", "but", "by", ","} and toks[0][0] == 0:
        return _subject(text, toks)  # "Sony continues restructuring and expects to …"
    if low_last in _PRONOUNS or low_last in {"which", "that"}:
        # "he said", "chances are you didn't see", "which notes"
        return toks[-1][0], toks[-1][1]  # relative pronouns are sources too ("which notes")
    end = toks[-1][1]
    start = None
    k = len(toks) - 1
    words = 0
    while k >= 0 and words < 7:
        w = toks[k][2]
        low = w.lower()
        if not (w[:1].isalnum() or w in {"'s", "’s", "-", "&"}):
            break
        if low in _BOUNDARY_WORDS or (low in _AUX and words) or (low in _PRONOUNS and words):
            break
        if low in _PREPOSITIONS and low != "of":
            nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else ""
            if not (low in _QUANTIFYING and (nxt[:1].isdigit() or nxt in _SHARES)):
                break  # "about half of the voters said": "about" belongs to the subject
        start = toks[k][0]
        words += 1
        if low in _DETERMINERS:
            k -= 1
            break
        k -= 1
    if start is None:
        return _subject(text, toks) if toks[0][0] == 0 else None
    before = toks[k][2].lower() if k >= 0 else ""
    head = toks[-1][2].lower()
    if participle and head in _MEDIA and toks[0][0] == 0:
        # "BLM issued a statement saying", "The campaign sent an email Wednesday saying"
        return _subject(text, toks) or (start, end)
    if participle and before in _PREPOSITIONS and start is not None:
        return start, end  # "a group backing Bush", "with O'Malley calling Trump a fascist"
    if (before in _PREPOSITIONS and before not in _SUBORDINATORS) or (
        before
        and before[:1].isalpha()
        and before not in _BOUNDARY_WORDS
        and before != "of"
        and words < 2
        and text[start:end][:1].islower()
    ):
        # "said on Twitter", "telling them": not the subject
        return _subject(text, toks) if toks[0][0] == 0 else None
    phrase = text[start:end]
    first = phrase.split()[0].lower()
    if first in _NOT_SOURCE:
        return None
    return start, end


#: Carriers of a message: "issued a statement saying" — the sentence's subject is the source.
_MEDIA: Final = frozenset(
    (
        "statement statements email e-mail emails letter letters release ad ads advertisement "
        "video tweet tweets post posts memo note message messages report filing speech op-ed "
        "column editorial interview response petition"
    ).split()
)
_LEADING_ADVERBS: Final = frozenset(
    (
        "But And So Yet Still However Meanwhile Now Then Also Instead Rather Overall Indeed "
        "Separately Later Earlier Previously Today Yesterday Additionally Moreover Furthermore "
        "Nevertheless Nonetheless Similarly Likewise Finally Ultimately Apparently Notably "
        "Specifically Politically , ; —"
    ).split()
)
_TIME_WORDS: Final = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday earlier later today yesterday "
        "tonight last this past week month year night morning afternoon evening"
    ).split()
)


_ORDINAL_OPENERS: Final = frozenset("First Second Third Fourth Fifth Finally Again Instead".split())
_TIME_UNITS: Final = frozenset("moment minute hour day week month year decade while".split())
#: The words of a leading time phrase ("A few minutes later", "Two days ago").
_TIME_PHRASE: Final = (
    frozenset(
        (
            "a an the few several some many couple of just only about nearly almost two three "
            "four five six seven eight nine ten"
        ).split()
    )
    | _TIME_UNITS
    | {unit + "s" for unit in _TIME_UNITS}
)
_MONTHS: Final = frozenset(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)


def _skip_lead(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a dateline, leading adverbs and a leading time phrase before a sentence's subject."""
    # skip a dateline ("WASHINGTON (AP) —") and a leading conjunction or sentence adverb
    dash = next((k for k, t in enumerate(toks[:8]) if t[2] in {"—", "–", "-"}), None)
    if dash is not None and ((toks[0][2].isupper() and len(toks[0][2]) > 1) or toks[0][2] == "("):
        toks = toks[dash + 1 :]  # "WASHINGTON (AP) —", "(Reuters) -"
    while toks and toks[0][2] in {*_LEADING_ADVERBS, "("}:
        toks = toks[1:]
    if (
        len(toks) > 2
        and toks[1][2] == ","
        and (
            (toks[0][2].endswith("ly") and toks[0][2][:1].isupper())
            or toks[0][2] in _ORDINAL_OPENERS
        )
    ):
        toks = toks[2:]  # "Essentially, Clinton's lawyers …", "First, she …"
    elif len(toks) > 1 and toks[0][2] == "First" and toks[1][2].lower() in _DETERMINERS:
        toks = toks[1:]  # "First his wife, … announced"
    # a leading date or time phrase closed by a comma: "Friday, Texas asked", "On Tuesday, he"
    comma = next((k for k, t in enumerate(toks[:5]) if t[2] == ","), None)
    if comma and all(
        t[2].lower() in _TIME_WORDS | _MONTHS | {"on", "in", "at", "by", "early", "late"}
        or t[2].isdigit()
        for t in toks[:comma]
    ):
        toks = toks[comma + 1 :]
    # a leading time phrase: "A few minutes later they …", "Two days ago, the senator …"
    for k, t in enumerate(toks[:6]):
        if k and not all(x[2].lower() in _TIME_PHRASE or x[2].isdigit() for x in toks[:k]):
            break  # "DuPont, only two months later, announced": a subject comes first
        after_unit = k > 0 and toks[k - 1][2].lower().rstrip("s") in _TIME_UNITS
        before_comma = k + 1 < len(toks) and toks[k + 1][2] == ","
        if t[2].lower() in {"later", "ago", "earlier"} and (after_unit or before_comma):
            toks = toks[k + 1 :]
            while toks and toks[0][2] == ",":
                toks = toks[1:]
            break
    return toks


def _subject(text: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:  # noqa: PLR0911
    """The subject at the start of a sentence: a name or determiner phrase, with apposition."""
    if not toks:
        return None
    toks = _skip_lead(toks)
    if not toks:
        return None
    first = toks[0][2]
    has_comma = any(t[2] == "," for t in toks[1:12])
    # a participle opens a clause only before a lower-case word: "Speaking in Salem, …";
    # "Schilling, through a spokeswoman, …" and "Ted Cruz, …" are names
    verbal = len(toks) > 1 and toks[1][2][:1].islower()
    opener = (
        (first.lower().endswith("ing") and verbal)
        or first.lower() in _PREPOSITIONS
        or first
        in {"As", "If", "When", "After", "Before", "While", "Although", "Because", "Since", "Once"}
        or (
            first in {"Even", "Shortly", "Just", "Long", "Soon", "Right"}
            and len(toks) > 1
            and toks[1][2].lower() in _SUBORDINATORS | {"if", "though", "last", "this", "days"}
        )
        or (first.endswith("ed") and verbal and has_comma)  # "Pressed again about it, Perez …"
    )
    if opener:
        # "Speaking in Salem, New Hampshire, Trump went after Bush": the subject after the
        # comma that is followed by a phrase and then a lower-case word (its verb)
        commas = [k for k, t in enumerate(toks) if t[2] == ","]
        for c in commas:
            found = _subject(text, toks[c + 1 :])
            if found is None:
                continue
            after = next((t for t in toks[c + 1 :] if t[0] >= found[1]), None)
            if after is not None and after[2][:1].islower() and after[2].isalpha():
                return found
        return _subject(text, toks[commas[0] + 1 :]) if commas else None
    if first.lower() in _NOT_SOURCE or first == "Asked":
        return None  # "Asked about it" with no comma after: no subject here
    if first.lower() in _PRONOUNS and first.lower() != "you":
        return toks[0][0], toks[0][1]
    start = toks[0][0]
    end = None
    for k, (_, b, w) in enumerate(toks[:8]):
        low = w.lower()
        if (k == 0 and (w[:1].isupper() or low in _DETERMINERS or w[:1].isdigit())) or (
            k > 0
            and end is not None
            and (
                w[:1].isupper()
                or w in {"'s", "’s", "-", "&"}
                or low == "of"
                or (
                    w[:1].islower()
                    and w[:1].isalpha()
                    and k <= 3
                    and low not in _AUX
                    and low not in _BOUNDARY_WORDS
                    and low not in _PREPOSITIONS
                    and toks[0][2].lower() in _DETERMINERS
                )
            )
        ):
            end = b
        else:
            break
    if end is None:
        low = first.lower()
        if (
            first.isalpha()
            and first.islower()
            and low not in _AUX | _BOUNDARY_WORDS | _PREPOSITIONS | _NOT_SOURCE | _ADVERBS
        ):
            return toks[0][0], toks[0][1]  # "current and former officials … have said"
        return None
    return start, end


def _source_after(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue: '…," said John Smith, the …'."""
    toks = _tokens(text, pos, min(len(text), pos + 120))
    start = end = None
    words = 0
    for a, b, w in toks:
        low = w.lower()
        if not (w[:1].isalnum() or w in {"'s", "’s", "-", "&"}):
            break
        if low in _BOUNDARY_WORDS or (
            low
            in {
                "on",
                "in",
                "at",
                "during",
                "after",
                "before",
                "who",
                "to",
                "last",
                "this",
                "yesterday",
            }
            and words
        ):
            break
        if start is None:
            start = a
        end = b
        words += 1  # noqa: SIM113 - counts kept words, not loop steps
        if words >= 6:
            break
    if start is None or end is None:
        return None
    if (
        text[end - 1] == "."
        and not text[end:].strip(' "”’)')
        and (len(text[start:end].rsplit(maxsplit=1)[-1]) > 4)
    ):
        end -= 1
    return start, end


_EVIDENTIAL: Final = frozenset(["appears", "appear", "appeared", "seems", "seem", "seemed"])
_CLOSING_QUOTES: Final = '"”»'


def _postposed_source(before: str) -> tuple[int, int] | None:
    """A source between a closing quote and the cue: '“…,” Jenna Golden, director, said'."""
    doubled = before.rfind("''")  # '' as a closing quote (NYT style): its second mark
    q = max(*(before.rfind(c) for c in _CLOSING_QUOTES), doubled + 1 if doubled >= 0 else -1)
    if q < 0 or q + 1 >= len(before):
        return None
    seg = before[q + 1 :]
    if "“" in seg or '"' in seg:
        return None
    words = seg.strip(" ,—–-").split()
    if (
        not words
        or len(words) > 20
        or not (words[0][:1].isupper() or words[0].lower() in (_DETERMINERS | _PRONOUNS))
    ):
        return None
    mark = doubled if doubled >= 0 and q == doubled + 1 else q  # where the closing quote starts
    if not before[:mark].rstrip().endswith((",", "?", "!", "…", ".")) and before[
        mark - 1 : mark
    ] not in {
        ",",
        "?",
        "!",
        ".",
    }:
        return None
    start = q + 1 + (len(seg) - len(seg.lstrip(" ,—–-")))
    end = q + 1 + len(seg.rstrip(" ,—–-"))
    return (start, end) if end > start else None


_QUANTIFIED: Final = re.compile(
    r"(?:^|(?<=[\s,]))((?:(?:about|around|nearly|almost|roughly|over|at least|more than|fewer than)"
    r"\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+\d+"
    r"(?:\s+of\s+[^,;:]{1,80}?)?)\s*$",
    re.IGNORECASE,
)


def _appositive(before: str) -> tuple[int, int] | None:
    """The comma-delimited noun phrase that ends right before a cue, if it looks like one."""
    body = before[:-1].rstrip()
    cut = max(body.rfind(","), body.rfind("—"), body.rfind("–"))
    segment = body[cut + 1 :]
    words = segment.split()
    if not words or len(words) > 8 or cut < 0:
        return None
    if not (words[0][:1].isupper() or words[0].lower() in _DETERMINERS):
        return None
    if words[0].lower() in _NOT_SOURCE or words[-1].lower() in _PREPOSITIONS:
        return None
    start = cut + 1 + (len(segment) - len(segment.lstrip()))
    return start, len(body)


def _name_then_aside(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a sentence opens with a bare name and then an aside before the cue.

    "Trump, speaking at a rally in Wilmington, N.C., warned": the subject is "Trump", not the
    last comma-delimited phrase; "Facebook created the tool, a spokeswoman, Anna White, said"
    opens with a clause, so the phrase before the cue is the source.
    """
    commas = [k for k, t in enumerate(toks) if t[2] == ","]
    if len(commas) < 2 or commas[0] > 4 or commas[0] == 0:
        return False
    head = toks[: commas[0]]
    while len(head) > 1 and head[0][2] in _LEADING_ADVERBS:
        head = head[1:]  # "Then DuPont, only two months later, announced"
    if head[0][2] in _LEADING_ADVERBS or head[0][2].lower() in _PREPOSITIONS | _NOT_SOURCE:
        return False
    if not head[0][2][:1].isupper() or head[0][2].endswith("ly"):
        return False
    return all(w[:1].isupper() or w in {"'s", "’s", "."} for _, _, w in head[1:])


_AGENT: Final = re.compile(r"\bby\s+")
_AGENT_REACH: Final = 60  # characters between a passive cue and its "by" agent


def _agent_by(sentence: str, cue_end: int) -> int | None:
    """Where the agent of a passive cue starts: after "by", in the same clause, close by."""
    m = _AGENT.search(sentence, cue_end, cue_end + _AGENT_REACH + 4)
    if m is None or any(c in sentence[cue_end : m.start()] for c in ",;:—–()"):
        return None
    return m.end()


def _closing_source(sentence: str, before: str, cue_end: int) -> tuple[int, int] | None:
    """The speaker of a closing "…, a source close to him said." (the cue ends the sentence)."""
    if sentence[cue_end:].strip(" .!?\"”’'") or "," not in before:
        return None
    cut = before.rfind(",")
    segment = before[cut + 1 :]
    words = segment.split()
    if not 2 <= len(words) <= 10 or words[0].lower() not in _DETERMINERS | {"one"}:
        return None
    start = cut + 1 + len(segment) - len(segment.lstrip())
    return start, len(before)


def _quantified_subject(sentence: str, cue_start: int) -> tuple[int, int] | None:
    """A survey subject right before the cue: "About 4 in 10 (voters) say …"."""
    m = _QUANTIFIED.search(sentence, 0, cue_start)
    return (m.start(1), m.end(1)) if m else None


#: Participles that are the subject's own state after "is": "the government is worried that".
_STANCE_ADJECTIVES: Final = frozenset("worried concerned convinced confident assured".split())
#: Cues whose object follows them: "X, its chairman, told Reuters" is never an inversion.
_TAKES_OBJECT: Final = frozenset(
    "told tells tell asked asks urged urges informed informs reminded reminds assured "
    "assures".split()
)


def _inverted(sentence: str, before: str, cue_end: int) -> bool:  # noqa: PLR0911
    """Whether the source follows the cue: after a quote, or '…, said the company.'."""
    if not before:
        return False
    if before[-1] in _QUOTES or before.endswith((',"', ",”", ",’", "?”", "!”", "''")):
        return True
    if not before.endswith(","):
        return False
    cue = sentence[len(before) : cue_end].strip().lower()
    if cue.endswith("ing") or cue not in _REPORTING or cue in _TAKES_OBJECT:
        return False  # "…, telling Reuters …", "Mukasey, …, criticized Clinton": not inverted
    src = _source_after(sentence, cue_end)
    if src is None:
        return False
    phrase = sentence[src[0] : src[1]]
    first = phrase.split()[0].lower()
    if (
        first in _PRONOUNS
        or first in _PREPOSITIONS
        or first in _TIME_WORDS
        or len(phrase.split()) > 5
        or any(w.lower() in _AUX for w in phrase.split()[1:])
    ):
        return False  # "Schoen, says his man has the money": a clause, not a postposed name
    rest = sentence[src[1] :].lstrip()
    return not rest or rest[0] in ".,;!?"


def _passive(before: str, cue: str) -> bool:
    """Whether the cue is a passive participle ("was reported", "is expected")."""
    if cue.lower().endswith("ing"):
        return False
    words = [w for w in before.lower().split()[-3:] if w not in _AUX - _BE]
    return bool(words) and words[-1] in _BE


_BE: Final = frozenset({"is", "are", "was", "were", "been", "be", "being", "'s", "’s"})


def _span_strip(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and (text[a].isspace() or text[a] in ",:;"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return (a, b) if b > a else None


def find_attributions(sentence: str) -> list[Cue]:  # noqa: C901, PLR0912, PLR0915
    """Attributions in one sentence (offsets relative to it), left to right.

    >>> [(sentence[c.cue[0]:c.cue[1]], sentence[c.source[0]:c.source[1]])
    ...  for sentence in ['Sony admitted there is "a contraction of the market."']
    ...  for c in find_attributions(sentence)]
    [('admitted', 'Sony')]
    >>> s = '"We are done," said John Smith, the chief executive.'
    >>> c, = find_attributions(s)
    >>> (s[c.source[0]:c.source[1]], s[c.content[0]:c.content[1]], c.is_direct)
    ('John Smith', '"We are done,"', True)
    """
    out: list[Cue] = []
    n = len(sentence)
    colon = _COLON_SPEAKER.search(sentence)
    quote_colon = _COLON_QUOTE.search(sentence) if colon is None else None
    if quote_colon is not None:
        c = quote_colon.start()
        out.append(
            Cue(
                (c, c + 1),
                _subject(sentence, _tokens(sentence, 0, c)),
                _span_strip(sentence, c + 1, n),
                is_direct=True,
            )
        )
    if colon is not None:
        # a speaker before a colon, as in headlines and transcripts
        c = colon.end() - 1
        content = _span_strip(sentence, c + 1, n)
        out.append(
            Cue(
                (c, c + 1),
                (colon.start(1), colon.end(1)),
                content,
                is_direct=any(q in sentence[c:] for q in _QUOTES),
            )
        )
    for a, b, cue_text in _cues(sentence):
        if cue_text in _NEEDS_SPEECH and sentence[b:].lstrip()[:1] not in ':"“':
            continue  # "Sony continues restructuring": not "Cruz continued: “…”"
        before = sentence[:a].rstrip()
        source: tuple[int, int] | None
        postposed = _postposed_source(before)
        if cue_text.startswith(("according", "in the words", "as reported")):
            source = _source_after(sentence, b)
            if before.strip(" ,"):
                content = _span_strip(sentence, 0, a)
            else:
                after_src = source[1] if source else b
                content = _span_strip(sentence, after_src, n)
        elif cue_text in _EVIDENTIAL:
            # "She appeared to imply …": the subject's apparent stance; "It appears …": nobody's
            source = _source_before(sentence, a)
            if source is not None and sentence[source[0] : source[1]].lower() in {
                "it",
                "there",
                "this",
                "that",
                "which",
            }:
                source = None
            content = _span_strip(sentence, b, n)
        elif before.strip() in {"", "So", "Thus", "And", "Also"} and cue_text in _REPORTING | {
            "stated"
        }:
            # "Stated Stone: …", "So says a booming voice …": the source follows;
            # "Noting that …, Tester added": the main clause's subject
            source = (
                _subject(sentence, _tokens(sentence, 0, n))
                if cue_text.endswith("ing")
                else _source_after(sentence, b)
            )
            content = _span_strip(sentence, source[1] if source else b, n)
        elif postposed is not None:
            # '“Quote,” Tina Tchen, Mrs. Obama's chief of staff, said in an interview.'
            source = postposed
            content = _span_strip(sentence, 0, postposed[0])
        elif _inverted(sentence, before, b):
            # inverted or postposed: 'CONTENT," said X' or 'CONTENT, said the company.'
            source = _source_after(sentence, b)
            content = _span_strip(sentence, 0, len(before))
            if source is None:
                continue
        elif _passive(before, cue_text) and (by := _agent_by(sentence, b)) is not None:
            # 'The meeting was first reported by Politico.', 'was recommended for the job by
            # Roger Stone', 'has been called "strategic ambiguity" by Joshua Hendrick'
            source = _source_after(sentence, by)
            content = _span_strip(sentence, 0, a)
        elif before.endswith((",", "—", "–")) and before.split()[0][:1].isupper():
            # 'Dean Johnson, a salesman from Sumter, says …', 'Facebook created the tool, a
            # spokeswoman, Anna White, said': the appositive right before the cue, else the subject
            head = _tokens(sentence, 0, a)
            source = (
                _subject(sentence, head)
                if _name_then_aside(head)
                else _appositive(before) or _subject(sentence, head)
            )
            content = _span_strip(sentence, b, n)
        elif (
            _passive(before, cue_text)
            and cue_text not in _STANCE_ADJECTIVES
            and not sentence[b:].lstrip().lower().startswith("by ")
        ):
            source = None  # 'Trump is expected to deliver …': no holder named
            content = _span_strip(sentence, b, n)
        else:
            source = _quantified_subject(sentence, a) or _closing_source(sentence, before, b)
            if source is None:
                source = _source_before(sentence, a, participle=cue_text.endswith("ing"))
            if source is None and cue_text.endswith("ing") and not before.strip():
                source = _subject(sentence, _tokens(sentence, 0, n))  # "Noting that …, Tester"
            if source is None and cue_text not in _REPORTING:
                continue  # a stance word without a holder is usually not an attribution
            rest = b
            nxt = sentence[rest:].lstrip()
            if nxt.lower().startswith("that "):
                rest = n - len(nxt) + 5
            content = _span_strip(sentence, rest, n)
            src_start = source[0] if source else a
            if src_start > 0 and sentence[:src_start].rstrip().endswith(","):
                # 'CONTENT, Smith said.'
                pre = _span_strip(sentence, 0, sentence[:src_start].rstrip().rfind(","))
                tail = sentence[b:].strip(' .!?"”')
                if pre is not None and not tail:
                    content = pre
        if content is not None:
            text = sentence[content[0] : content[1]]
            is_direct = any(q in text for q in _QUOTES)
        else:
            is_direct = False
        if out and out[-1].content is not None and out[-1].content[0] <= a < out[-1].content[1]:
            continue  # a cue inside an earlier content ('he said she told him …')
        if sentence[max(0, a - 7) : a].lower().endswith(("united ", "the ")) and cue_text in {
            "states",
            "state",
            "view",
            "views",
            "plans",
            "claims",
            "calls",
            "questions",
            "decision",
            "support",
            "read",
            "show",
        }:
            continue  # "the United States", "the plans": nouns
        if cue_text in {"states", "state"} and not sentence[b:].lstrip().lower().startswith("that"):
            continue  # "30 states": the noun
        holder = sentence[source[0] : source[1]].lower() if source else ""
        if holder in _SPEAKER_SELF and cue_text in _STANCE:
            continue  # "I think …" in a speech: the stance of whoever is quoted, said elsewhere
        out.append(Cue((a, b), source, content, is_direct))
    return out


# --------------------------------------------------------------------------------------------
# Hedges
# --------------------------------------------------------------------------------------------

_HEDGE_LEXICON: Final[tuple[tuple[HedgeKind, str], ...]] = (
    (
        HedgeKind.EPISTEMIC,
        (
            r"expects? to|expected to|is likely to|are likely to|likely|unlikely|"
            r"probably|possibly|perhaps|maybe|apparently|presumably|seems?|seemed|"
            r"appears? to|appeared to|suggests?|suggested|believes?|believed|"
            r"thinks?|thought|assumes?|assumed|potentially|estimated|"
            r"it is possible|not clear|unclear|in theory|tends? to|hopes? to"
        ),
    ),
    (HedgeKind.MODAL, r"may|might|could|would|should|can|must"),
    (
        HedgeKind.WEASEL,
        (
            r"some (?:people|say|believe|argue|experts|critics|analysts)|"
            r"many (?:people|believe|say|experts|observers)|critics|observers|"
            r"experts say|reportedly|allegedly|it is said|it is believed|"
            r"it has been (?:said|suggested|claimed)|sources say|according to sources|"
            r"is said to|are said to|widely (?:believed|considered|regarded)"
        ),
    ),
    (
        HedgeKind.BOOSTER,
        (
            r"definitely|certainly|clearly|obviously|undoubtedly|surely|"
            r"of course|always|never|indeed|in fact|without doubt|no doubt|"
            r"absolutely|totally|completely|really"
        ),
    ),
)


def _split_lexicon(
    lexicon: tuple[tuple[HedgeKind, str], ...],
) -> tuple[dict[str, HedgeKind], re.Pattern[str]]:
    """Single words become a dictionary lookup, phrases and patterns one small regex."""
    words: dict[str, HedgeKind] = {}
    phrases: list[str] = []
    for kind, pattern in lexicon:
        for alt in pattern.split("|"):
            if re.fullmatch(r"[a-z]+", alt):
                words.setdefault(alt, kind)
            elif re.fullmatch(r"[a-z]+s\?", alt):  # "seems?" -> "seem", "seems"
                words.setdefault(alt[:-2], kind)
                words.setdefault(alt[:-1], kind)
            else:
                phrases.append(f"(?P<{kind.value}_{len(phrases)}>{alt})")
    return words, re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


_HEDGE_WORDS, _HEDGE_PHRASES = _split_lexicon(_HEDGE_LEXICON)
_APPROX: Final = re.compile(
    r"\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|circa|close to|"
    r"an estimated|more or less|upwards of)\s+(?=[$€£¥]?\s?\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a dozen|half|a third|a quarter)\b)",
    re.IGNORECASE,
)


_APPROX_HEADS: Final = (
    "about",
    "around",
    "approx",
    "roughly",
    "nearly",
    "almost",
    "some",
    "circa",
    "close to",
    "estimated",
    "more or less",
    "upwards",
)


def find_hedges(sentence: str) -> list[tuple[int, int, HedgeKind]]:
    """Hedges and boosters of one sentence: ``(start, end, kind)``, offsets relative to it.

    >>> s = "Sony expects to slash around 10,000 jobs but might turn around."
    >>> [(s[a:b], k.value) for a, b, k in find_hedges(s)]
    [('expects to', 'epistemic'), ('around', 'approximator'), ('might', 'modal')]
    """
    low = sentence.lower()
    found = []
    if any(w in low for w in _APPROX_HEADS):
        found = [
            (
                m.start(),
                m.end() - (len(m.group()) - len(m.group().rstrip())),
                HedgeKind.APPROXIMATOR,
            )
            for m in _APPROX.finditer(sentence)
        ]
    taken = {i for a, b, _ in found for i in range(a, b)}
    for m in _HEDGE_PHRASES.finditer(sentence):
        if m.start() in taken:
            continue
        kind = HedgeKind((m.lastgroup or HedgeKind.MODAL.value).rsplit("_", 1)[0])
        found.append((m.start(), m.end(), kind))
        taken.update(range(m.start(), m.end()))
    for m in _WORDS.finditer(sentence):
        hedge = _HEDGE_WORDS.get(m.group().lower())
        if hedge is not None and m.start() not in taken:
            found.append((m.start(), m.end(), hedge))
    found.sort()
    return found


# --------------------------------------------------------------------------------------------
# Kind
# --------------------------------------------------------------------------------------------

_FUTURE_WORDS: Final = frozenset(
    (
        "will won't shall forecast forecasts forecasted projected predicts predicted outlook "
        "guidance upcoming"
    ).split()
)
_FUTURE: Final = re.compile(
    r"\b(?:going to|is set to|are set to|is due to|are due to|expects? to|expected to|"
    r"plans? to|planned to|planning to|aims? to|intends? to|intended to|projects? (?:that|to)|"
    r"next (?:year|quarter|month|week)|by (?:19|20)\d\d|in the coming)\b|'ll\b|’ll\b",
    re.IGNORECASE,
)
_EVALUATIVE_WORDS: Final = frozenset(
    (
        "great terrible horrible awful disgrace disgraceful disastrous disaster shameful "
        "ridiculous absurd outrageous wonderful amazing awesome best worst good bad evil stupid "
        "dumb crazy insane brilliant excellent poor pathetic fantastic impressive disappointing "
        "welcome huge tremendous incredible beautiful ugly nice lovely sad unfortunately "
        "fortunately hopefully sadly definitely clearly obviously seem seems should must ought "
        "curious interesting surprising shocking important"
    ).split()
)
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|us|our)\b")


def claim_kind(
    sentence: str, *, has_fact: bool, attributions: Sequence[Cue] = ()
) -> tuple[ClaimKind, tuple[str, ...]]:
    """The kind of a claim by the ordered rules of the module docstring, and why.

    >>> claim_kind("Will Sony recover?", has_fact=False)
    (<ClaimKind.QUESTION: 'question'>, ('question mark',))
    >>> claim_kind("Sony sold 8.8 million smartphones.", has_fact=True)
    (<ClaimKind.STATISTIC: 'statistic'>, ('numeric fact',))
    """
    stripped = sentence.rstrip().rstrip(_QUOTES + "’')]")
    if stripped.endswith("?"):
        return ClaimKind.QUESTION, ("question mark",)
    if any(c.is_direct for c in attributions):
        return ClaimKind.QUOTE, ("quoted content",)
    words = [w.lower() for w in _WORDS.findall(sentence)]
    future = next((w for w in words if w in _FUTURE_WORDS), None)
    m = _FUTURE.search(sentence) if future is None else None
    if future is not None or m is not None:
        return ClaimKind.FORECAST, (f"future: {future or m.group().lower()}",)  # type: ignore[union-attr]
    evaluative = [w for w in words if w in _EVALUATIVE_WORDS]
    if "sign of improvement" in sentence.lower():
        evaluative.append("sign of improvement")
    first_person = _FIRST_PERSON.search(sentence) is not None
    reported = any(c.source is not None for c in attributions)
    if not reported and (len(evaluative) >= 2 or (evaluative and first_person)):
        why = [f"evaluative: {w.lower()}" for w in evaluative[:3]]
        if first_person:
            why.append("first person")
        return ClaimKind.OPINION, tuple(why)
    if has_fact:
        return ClaimKind.STATISTIC, ("numeric fact",)
    return ClaimKind.FACTUAL, ()


# --------------------------------------------------------------------------------------------
# The step
# --------------------------------------------------------------------------------------------


@attrs.frozen
class ClaimExtractor:
    """The claims step: one claim per sentence, with kind, attribution, hedges and a score."""

    name: str = "claims"
    requires: frozenset[str] = frozenset({"sentences", "quantities"})
    provides: frozenset[str] = frozenset({"claims"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its claims."""
        starts = [q.span.start for q in doc.quantities]
        claims: list[Claim] = []
        for index, s in enumerate(doc.sentences):
            # a fact lies inside the sentence: binary search instead of a scan per sentence
            k = bisect.bisect_left(starts, s.span.start)
            has_fact = k < len(starts) and doc.quantities[k].span.end <= s.span.end
            claims.append(
                _claim(index, s.span, s.text, is_comment=s.comment is not None, has_fact=has_fact)
            )
        return doc.evolve(claims=tuple(claims))


def _claim(index: int, span: Span, text: str, *, is_comment: bool, has_fact: bool) -> Claim:
    base = span.start
    cues = find_attributions(text)
    attribution = None
    if cues:
        c = cues[0]
        attribution = Attribution(
            speaker=Span(base + c.source[0], base + c.source[1]) if c.source else None,
            cue=Span(base + c.cue[0], base + c.cue[1]),
            content=Span(base + c.content[0], base + c.content[1]) if c.content else None,
            is_direct=c.is_direct,
        )
    hedges = tuple(
        Hedge(Span(base + a, base + b), text[a:b], kind) for a, b, kind in find_hedges(text)
    )
    kind, why = claim_kind(text, has_fact=has_fact, attributions=cues)
    score, signals = _checkworthy.score(text)
    return Claim(
        span=span,
        text=text,
        kind=kind,
        sentence=index,
        attribution=attribution,
        hedges=hedges,
        checkworthiness=round(score, 4),
        signals=(*why, *signals),
        is_comment=is_comment,
    )
