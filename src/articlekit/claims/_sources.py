"""Sources of attributions: who holds what a cue reports.

The phrase before or after a cue, the sentence's subject, an appositive, a postposed name, a
passive agent.
"""

from __future__ import annotations

from typing import Final

from articlekit.claims._vocab import (
    ADVERBS,
    AGENT,
    AGENT_REACH,
    AUX,
    BE,
    BOUNDARY_WORDS,
    CLOSING_QUOTES,
    DETERMINERS,
    LEADING_ADVERBS,
    MEDIA,
    MONTHS,
    NOT_SOURCE,
    ORDINAL_OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIED,
    QUANTIFYING,
    QUOTES,
    REPORTING,
    SHARES,
    SUBORDINATORS,
    TAKES_OBJECT,
    TIME_PHRASE,
    TIME_UNITS,
    TIME_WORDS,
    tokens,
)

Tokens = list[tuple[int, int, str]]

# Word classes the rules below combine, joined once rather than on every call.
_PRONOUN_SUBJECTS: Final = PRONOUNS - {"who", "it"}
_AFTER_NAME: Final = AUX | ADVERBS | TIME_WORDS
_NOT_BARE_SUBJECT: Final = AUX | BOUNDARY_WORDS | PREPOSITIONS | NOT_SOURCE | ADVERBS
_AUX_NOT_BE: Final = AUX - BE
_LEADING_TIME: Final = TIME_WORDS | MONTHS | {"on", "in", "at", "by", "early", "late"}
_DETERMINER_OR_PRONOUN: Final = DETERMINERS | PRONOUNS
_PREPOSITION_OR_NOT_SOURCE: Final = PREPOSITIONS | NOT_SOURCE
_RELATIVE_OPENERS: Final = PRONOUNS | {"which"}
_AFTER_TIME_ADVERB: Final = SUBORDINATORS | {"if", "though", "last", "this", "days"}
_QUANTIFIER_HEADS: Final = DETERMINERS | {"one"}


def trim_before_cue(
    toks: list[tuple[int, int, str]],
) -> tuple[list[tuple[int, int, str]], tuple[int, int] | None]:
    """Drop what stands between a subject and its cue; a pronoun before an aside is returned.

    Auxiliaries, adverbs and time words ("has long", "last week"), a parenthesis ("Warren
    (D-MA) said") and an aside between commas ("who, after trading insults, said").
    """
    # skip auxiliaries, adverbs, time words and a parenthesis ("Warren (D-MA) said")
    while toks and (
        toks[-1][2].lower() in AUX
        or toks[-1][2].lower() in TIME_WORDS
        or toks[-1][2].lower() in ADVERBS
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
        if k > 0 and toks[k][2] == "," and toks[k - 1][2].lower() in _RELATIVE_OPENERS:
            return toks, (toks[k - 1][0], toks[k - 1][1])
    if toks and toks[-1][2] == ")":
        depth = 0
        while toks:
            w = toks.pop()[2]
            depth += (w == ")") - (w == "(")
            if depth == 0:
                break
    return toks, None


def clause_relative(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """A relative pronoun opening the cue's clause: "Beck, who has in the past described …"."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
        w = toks[k][2]
        if w in {",", ";", ":", "(", ")", '"', "“", "”"}:
            return None
        if w.lower() in {"who", "which"} and k > 0 and toks[k - 1][2] == ",":
            return holder_after_relative(toks, k) or (toks[k][0], toks[k][1])
    return None


def holder_after_relative(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """The holder between a relative pronoun and the cue.

    "which they say left a vacuum", "which Mr. Ailes denies", "which the campaign says",
    "who Beck on Wednesday called".
    """
    rest = toks[k + 1 :]
    if not rest:
        return None
    first = rest[0][2]
    if first.lower() in _PRONOUN_SUBJECTS or (
        first.isalpha() and first.islower() and first.endswith("s") and len(first) > 3
    ):
        end = 1  # "which they say", "which officials said"
    elif first[:1].isupper() or first.lower() in DETERMINERS:
        end = 1
        while end < len(rest) and (
            rest[end][2][:1].isupper()
            or rest[end][2] in {"'s", "’s", "."}
            or (first.lower() in DETERMINERS and rest[end][2][:1].islower() and end < 3)
        ):
            if rest[end][2].lower() in _AFTER_NAME:
                break
            end += 1
    else:
        return None
    tail = [t[2].lower() for t in rest[end:]]
    if all(
        w in AUX or w in ADVERBS or w in TIME_WORDS or w == "on" or w.endswith("ly") for w in tail
    ):
        return rest[0][0], rest[end - 1][1]
    return None


def _phrase_back(toks: Tokens) -> tuple[int | None, int, int]:
    """Walk back from the cue over a noun phrase: (its start, index before it, words taken)."""
    start = None
    k = len(toks) - 1
    words = 0
    while k >= 0 and words < 7:
        w = toks[k][2]
        low = w.lower()
        if not (w[:1].isalnum() or w in {"'s", "’s", "-", "&"}):
            break
        if low in BOUNDARY_WORDS or (low in AUX and words) or (low in PRONOUNS and words):
            break
        if low in PREPOSITIONS and low != "of":
            nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else ""
            if not (low in QUANTIFYING and (nxt[:1].isdigit() or nxt in SHARES)):
                break  # "about half of the voters said": "about" belongs to the subject
        start = toks[k][0]
        words += 1
        k -= 1
        if low in DETERMINERS:
            break
    return start, k, words


def _not_the_subject(text: str, before: str, phrase: tuple[int, int], words: int) -> bool:
    """Whether the phrase before a cue is an object or a prepositional phrase.

    "said on Twitter", "telling them".
    """
    if before in PREPOSITIONS and before not in SUBORDINATORS:
        return True
    return bool(
        before
        and before[:1].isalpha()
        and before not in BOUNDARY_WORDS
        and before != "of"
        and words < 2
        and text[phrase[0] : phrase[1]][:1].islower()
    )


def _is_clause_head(toks: Tokens) -> bool:
    """Whether a pronoun or a coordinated verb stands right before the cue."""
    low_last = toks[-1][2].lower()
    return (low_last in {"and", "but", "by", ","} and toks[0][0] == 0) or (
        low_last in PRONOUNS or low_last in {"which", "that"}
    )


def _clause_head(text: str, toks: Tokens) -> tuple[int, int] | None:
    """The source when a pronoun or a coordinated verb stands right before the cue."""
    if toks[-1][2].lower() in {"and", "but", "by", ","}:
        return subject(text, toks)  # "Sony continues restructuring and expects to …"
    # "he said", "chances are you didn't see"; relative pronouns are sources too ("which notes")
    return toks[-1][0], toks[-1][1]


def _phrase_source(text: str, toks: Tokens, *, participle: bool) -> tuple[int, int] | None:
    """The noun phrase that ends at the cue, or the sentence's subject when it is not one."""
    start, k, words = _phrase_back(toks)
    opens = toks[0][0] == 0
    if start is None:
        return subject(text, toks) if opens else None
    phrase = (start, toks[-1][1])
    before = toks[k][2].lower() if k >= 0 else ""
    if participle and toks[-1][2].lower() in MEDIA and opens:
        # "BLM issued a statement saying", "The campaign sent an email Wednesday saying"
        return subject(text, toks) or phrase
    if participle and before in PREPOSITIONS:
        return phrase  # "a group backing Bush", "with O'Malley calling Trump a fascist"
    if _not_the_subject(text, before, phrase, words):
        return subject(text, toks) if opens else None
    return None if text[start : phrase[1]].split(maxsplit=1)[0].lower() in NOT_SOURCE else phrase


def source_before(text: str, cue_start: int, *, participle: bool = False) -> tuple[int, int] | None:
    """The noun phrase right before a cue: "Sony", "the company", "a spokesman for X", "he".

    When the words before the cue are not its subject (a prepositional phrase, an object, a
    participle clause: "said on Twitter", "Obama punctuated his list by saying"), the sentence's
    own subject is the source.
    """
    toks = tokens(text, max(0, cue_start - 160), cue_start)
    toks, aside = trim_before_cue(toks)
    found = aside or clause_relative(toks)
    if found is not None or not toks:
        return found
    if _is_clause_head(toks):
        return _clause_head(text, toks)
    return _phrase_source(text, toks, participle=participle)


def skip_lead(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a dateline, leading adverbs and a leading time phrase before a sentence's subject."""
    # skip a dateline ("WASHINGTON (AP) —") and a leading conjunction or sentence adverb
    dash = next((k for k, t in enumerate(toks[:8]) if t[2] in {"—", "–", "-"}), None)
    if dash is not None and ((toks[0][2].isupper() and len(toks[0][2]) > 1) or toks[0][2] == "("):
        toks = toks[dash + 1 :]  # "WASHINGTON (AP) —", "(Reuters) -"
    while toks and toks[0][2] in {*LEADING_ADVERBS, "("}:
        toks = toks[1:]
    if (
        len(toks) > 2
        and toks[1][2] == ","
        and (
            (toks[0][2].endswith("ly") and toks[0][2][:1].isupper())
            or toks[0][2] in ORDINAL_OPENERS
        )
    ):
        toks = toks[2:]  # "Essentially, Clinton's lawyers …", "First, she …"
    elif len(toks) > 1 and toks[0][2] == "First" and toks[1][2].lower() in DETERMINERS:
        toks = toks[1:]  # "First his wife, … announced"
    # a leading date or time phrase closed by a comma: "Friday, Texas asked", "On Tuesday, he"
    comma = next((k for k, t in enumerate(toks[:5]) if t[2] == ","), None)
    if comma and all(t[2].lower() in _LEADING_TIME or t[2].isdigit() for t in toks[:comma]):
        toks = toks[comma + 1 :]
    # a leading time phrase: "A few minutes later they …", "Two days ago, the senator …"
    for k, t in enumerate(toks[:6]):
        if k and not all(x[2].lower() in TIME_PHRASE or x[2].isdigit() for x in toks[:k]):
            break  # "DuPont, only two months later, announced": a subject comes first
        after_unit = k > 0 and toks[k - 1][2].lower().rstrip("s") in TIME_UNITS
        before_comma = k + 1 < len(toks) and toks[k + 1][2] == ","
        if t[2].lower() in {"later", "ago", "earlier"} and (after_unit or before_comma):
            toks = toks[k + 1 :]
            while toks and toks[0][2] == ",":
                toks = toks[1:]
            break
    return toks


_CLAUSE_OPENERS: Final = frozenset(
    {"As", "If", "When", "After", "Before", "While", "Although", "Because", "Since", "Once"}
)


def _opens_clause(toks: Tokens) -> bool:
    """Whether the sentence opens with a subordinate or participle clause before its subject.

    A participle opens a clause only before a lower-case word: "Speaking in Salem, …";
    "Schilling, through a spokeswoman, …" and "Ted Cruz, …" are names.
    """
    first = toks[0][2]
    has_comma = any(t[2] == "," for t in toks[1:12])
    verbal = len(toks) > 1 and toks[1][2][:1].islower()
    return (
        (first.lower().endswith("ing") and verbal)
        or first.lower() in PREPOSITIONS
        or first in _CLAUSE_OPENERS
        or (
            first in {"Even", "Shortly", "Just", "Long", "Soon", "Right"}
            and len(toks) > 1
            and toks[1][2].lower() in _AFTER_TIME_ADVERB
        )
        or (first.endswith("ed") and verbal and has_comma)  # "Pressed again about it, Perez …"
    )


def _subject_after_clause(text: str, toks: Tokens) -> tuple[int, int] | None:
    """The subject after an opening clause and its comma.

    "Speaking in Salem, New Hampshire, Trump went after Bush": the comma that is followed by a
    phrase and then a lower-case word (its verb).
    """
    commas = [k for k, t in enumerate(toks) if t[2] == ","]
    for c in commas:
        found = subject(text, toks[c + 1 :])
        if found is None:
            continue
        after = next((t for t in toks[c + 1 :] if t[0] >= found[1]), None)
        if after is not None and after[2][:1].islower() and after[2].isalpha():
            return found
    return subject(text, toks[commas[0] + 1 :]) if commas else None


def _continues_phrase(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` continues the subject phrase that the tokens before it began."""
    w = toks[k][2]
    low = w.lower()
    return (
        w[:1].isupper()
        or w in {"'s", "’s", "-", "&"}
        or low == "of"
        or (
            w[:1].islower()
            and w[:1].isalpha()
            and k <= 3
            and low not in AUX
            and low not in BOUNDARY_WORDS
            and low not in PREPOSITIONS
            and toks[0][2].lower() in DETERMINERS
        )
    )


def _subject_phrase(toks: Tokens) -> tuple[int, int] | None:
    """A name or determiner phrase at the start: "Sony", "The company's chief"."""
    first = toks[0][2]
    if not (first[:1].isupper() or first.lower() in DETERMINERS or first[:1].isdigit()):
        low = first.lower()
        if first.isalpha() and first.islower() and low not in _NOT_BARE_SUBJECT:
            return toks[0][0], toks[0][1]  # "current and former officials … have said"
        return None
    end = toks[0][1]
    for k in range(1, min(8, len(toks))):
        if not _continues_phrase(toks, k):
            break
        end = toks[k][1]
    return toks[0][0], end


def subject(text: str, toks: Tokens) -> tuple[int, int] | None:
    """The subject at the start of a sentence: a name or determiner phrase, with apposition."""
    toks = skip_lead(toks) if toks else toks
    if not toks:
        return None
    if _opens_clause(toks):
        return _subject_after_clause(text, toks)
    first = toks[0][2].lower()
    if first in NOT_SOURCE or toks[0][2] == "Asked":
        return None  # "Asked about it" with no comma after: no subject here
    if first in PRONOUNS and first != "you":
        return toks[0][0], toks[0][1]
    return _subject_phrase(toks)


def source_after(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue: '…," said John Smith, the …'."""
    toks = tokens(text, pos, min(len(text), pos + 120))
    start = end = None
    words = 0
    for a, b, w in toks:
        low = w.lower()
        if not (w[:1].isalnum() or w in {"'s", "’s", "-", "&"}):
            break
        if low in BOUNDARY_WORDS or (
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


def postposed_source(before: str) -> tuple[int, int] | None:
    """A source between a closing quote and the cue: '“…,” Jenna Golden, director, said'."""
    doubled = before.rfind("''")  # '' as a closing quote (NYT style): its second mark
    q = max(*(before.rfind(c) for c in CLOSING_QUOTES), doubled + 1 if doubled >= 0 else -1)
    if q < 0 or q + 1 >= len(before):
        return None
    seg = before[q + 1 :]
    if "“" in seg or '"' in seg:
        return None
    words = seg.strip(" ,—–-").split()
    if (
        not words
        or len(words) > 20
        or not (words[0][:1].isupper() or words[0].lower() in _DETERMINER_OR_PRONOUN)
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


def appositive(before: str) -> tuple[int, int] | None:
    """The comma-delimited noun phrase that ends right before a cue, if it looks like one."""
    body = before[:-1].rstrip()
    cut = max(body.rfind(","), body.rfind("—"), body.rfind("–"))
    segment = body[cut + 1 :]
    words = segment.split()
    if not words or len(words) > 8 or cut < 0:
        return None
    if not (words[0][:1].isupper() or words[0].lower() in DETERMINERS):
        return None
    if words[0].lower() in NOT_SOURCE or words[-1].lower() in PREPOSITIONS:
        return None
    start = cut + 1 + (len(segment) - len(segment.lstrip()))
    return start, len(body)


def name_then_aside(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a sentence opens with a bare name and then an aside before the cue.

    "Trump, speaking at a rally in Wilmington, N.C., warned": the subject is "Trump", not the
    last comma-delimited phrase; "Facebook created the tool, a spokeswoman, Anna White, said"
    opens with a clause, so the phrase before the cue is the source.
    """
    commas = [k for k, t in enumerate(toks) if t[2] == ","]
    if len(commas) < 2 or commas[0] > 4 or commas[0] == 0:
        return False
    head = toks[: commas[0]]
    while len(head) > 1 and head[0][2] in LEADING_ADVERBS:
        head = head[1:]  # "Then DuPont, only two months later, announced"
    if head[0][2] in LEADING_ADVERBS or head[0][2].lower() in _PREPOSITION_OR_NOT_SOURCE:
        return False
    if not head[0][2][:1].isupper() or head[0][2].endswith("ly"):
        return False
    return all(w[:1].isupper() or w in {"'s", "’s", "."} for _, _, w in head[1:])


def agent_by(sentence: str, cue_end: int) -> int | None:
    """Where the agent of a passive cue starts: after "by", in the same clause, close by."""
    m = AGENT.search(sentence, cue_end, cue_end + AGENT_REACH + 4)
    if m is None or any(c in sentence[cue_end : m.start()] for c in ",;:—–()"):
        return None
    return m.end()


def closing_source(sentence: str, before: str, cue_end: int) -> tuple[int, int] | None:
    """The speaker of a closing "…, a source close to him said." (the cue ends the sentence)."""
    if sentence[cue_end:].strip(" .!?\"”’'") or "," not in before:
        return None
    cut = before.rfind(",")
    segment = before[cut + 1 :]
    words = segment.split()
    if not 2 <= len(words) <= 10 or words[0].lower() not in _QUANTIFIER_HEADS:
        return None
    start = cut + 1 + len(segment) - len(segment.lstrip())
    return start, len(before)


def quantified_subject(sentence: str, cue_start: int) -> tuple[int, int] | None:
    """A survey subject right before the cue: "About 4 in 10 (voters) say …"."""
    m = QUANTIFIED.search(sentence, 0, cue_start)
    return (m.start(1), m.end(1)) if m else None


def _name_after(sentence: str, cue_end: int) -> bool:
    """Whether a short name, and then the end of the clause, follows the cue.

    "Schoen, says his man has the money" is a clause, not a postposed name.
    """
    src = source_after(sentence, cue_end)
    if src is None:
        return False
    phrase = sentence[src[0] : src[1]].split()
    first = phrase[0].lower()
    if (
        first in PRONOUNS
        or first in PREPOSITIONS
        or first in TIME_WORDS
        or len(phrase) > 5
        or any(w.lower() in AUX for w in phrase[1:])
    ):
        return False
    rest = sentence[src[1] :].lstrip()
    return not rest or rest[0] in ".,;!?"


def inverted(sentence: str, before: str, cue_end: int) -> bool:
    """Whether the source follows the cue: after a quote, or '…, said the company.'."""
    if not before:
        return False
    if before[-1] in QUOTES or before.endswith((',"', ",”", ",’", "?”", "!”", "''")):
        return True
    if not before.endswith(","):
        return False
    cue = sentence[len(before) : cue_end].strip().lower()
    if cue.endswith("ing") or cue not in REPORTING or cue in TAKES_OBJECT:
        return False  # "…, telling Reuters …", "Mukasey, …, criticized Clinton": not inverted
    return _name_after(sentence, cue_end)


def passive(before: str, cue: str) -> bool:
    """Whether the cue is a passive participle ("was reported", "is expected")."""
    if cue.lower().endswith("ing"):
        return False
    words = [w for w in before.lower().split()[-3:] if w not in _AUX_NOT_BE]
    return bool(words) and words[-1] in BE
