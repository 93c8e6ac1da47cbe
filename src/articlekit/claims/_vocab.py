"""Word classes and patterns the attribution rules share, and the tokeniser they run on.

Cue verbs and phrases, pronouns, determiners, auxiliaries, time words, quotation marks.
"""

from __future__ import annotations

import re
from typing import Final

from articlekit._patterns import compile_later

CUE_VERBS: Final = (
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
CUE_SET: Final = frozenset(w.lower() for w in CUE_VERBS)
WORDS: Final = compile_later(r"[A-Za-z]+")
#: Multi-word cues (checked by one small regex; single-word cues are a set lookup).
CUE_PHRASE: Final = compile_later(
    r"\b(?:according\s+to|in\s+the\s+words\s+of|as\s+reported\s+by|pointed\s+(?:out|to)|"
    r"talk(?:s|ed|ing)?\s+about|would\s+like|known\s+as|did\s+not\s+mention|"
    r"in(?=\s+an?\s+[\w/ .-]{0,40}?(?:poll|survey|study|statement|interview|report|op-ed|letter|"
    r"tweet|post|speech|memo|email|editorial|column)\b))\b",
    re.IGNORECASE,
)


_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def word_hits(sentence: str, vocabulary: frozenset[str]) -> list[tuple[int, int, str]]:
    """The words of ``sentence`` (maximal runs of ASCII letters) that are in ``vocabulary``.

    ``(start, end, lower-cased word)``, left to right; the same as scanning every word of
    :data:`WORDS`, but the scan runs in C: the vocabulary is intersected with the sentence's
    words first and only the words present are located.

    >>> word_hits("He said, she says: Said.", frozenset({"said"}))
    [(3, 7, 'said'), (19, 23, 'said')]
    """
    low = sentence.lower()
    if len(low) != len(sentence):  # a letter whose lower case is longer ("İ"): scan words
        return [
            (m.start(), m.end(), w)
            for m in WORDS.finditer(sentence)
            if (w := m.group().lower()) in vocabulary
        ]
    present = vocabulary.intersection(WORDS.findall(low))
    out = []
    n = len(low)
    for word in present:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or low[i - 1] not in _ASCII_LETTERS) and (
                j == n or low[j] not in _ASCII_LETTERS
            ):
                out.append((i, j, word))
            i = low.find(word, j)
    out.sort()
    return out


#: A multi-word cue holds one of these words: without any, the phrase scan is skipped.
_CUE_PHRASE_WORDS: Final = frozenset(
    (
        "according words reported pointed talk talks talked talking like known mention poll "
        "survey study statement interview report op letter tweet post speech memo email "
        "editorial column"
    ).split()
)


#: The words :func:`cues` locates: single-word cues and the words of multi-word ones.
CUE_OR_PHRASE_WORDS: Final = CUE_SET | _CUE_PHRASE_WORDS


def cues(
    sentence: str, hits: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int, str]]:
    """Cue candidates, left to right: (start, end, lower-cased text).

    ``hits``: the sentence's :func:`word_hits` of any vocabulary that holds
    :data:`CUE_OR_PHRASE_WORDS` (found once for several readers); read here when not given.
    """
    if hits is None:
        hits = word_hits(sentence, CUE_OR_PHRASE_WORDS)
    if not any(w in _CUE_PHRASE_WORDS for _, _, w in hits):
        return [hit for hit in hits if hit[2] in CUE_SET]
    phrases = [(m.start(), m.end(), m.group().lower()) for m in CUE_PHRASE.finditer(sentence)]
    taken = {i for a, b, _ in phrases for i in range(a, b)}
    words = [hit for hit in hits if hit[2] in CUE_SET and hit[0] not in taken]
    return sorted(phrases + words) if phrases else words


NEEDS_SPEECH: Final = frozenset({"continued", "continues", "continue", "read", "reads"})
SPEAKER_SELF: Final = frozenset({"i", "you", "we"})
STANCE: Final = frozenset(
    (
        "think thought believe believed know knew want wanted see saw feel felt hope hoped say "
        "support expect"
    ).split()
)
#: Reporting verbs: an attribution even when the source is not found in the sentence.
REPORTING: Final = frozenset(
    (
        "said says say saying told tells added adding wrote writes stated announced explained "
        "noted noting argued claimed insisted warned asked replied responded acknowledged "
        "confirmed denied reported declared tweeted reportedly"
    ).split()
)
#: Cues that report speech or writing: a quotation they introduce is a quote.
SPEECH: Final = REPORTING | frozenset(
    (
        "say accused urged promised vowed admitted admits insists argues warns explains "
        "asks adds continued continues called calls described tell recalled remarked commented "
        "emphasized stressed conceded boasted complained joked testified added states replies "
        "responds declares announces confirms denies claims tweets posted writes"
    ).split()
)
PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we", "i", "you", "who"])
DETERMINERS: Final = frozenset(("the a an his her their its our this that these those").split())
BOUNDARY_WORDS: Final = frozenset(
    ("that which and but or because while although though if when where as so than then").split()
)
ADVERBS: Final = frozenset(
    "both long still already never ever just really also even only not further then now "
    "once again first later later_on soon".split()
)
AUX: Final = frozenset(
    (
        "has have had was were is are be been also later previously repeatedly once again would "
        "will could may might can has't hasn't never not publicly privately reportedly recently "
        "earlier first then just already often frequently do does did don't doesn't didn't "
        "don’t doesn’t didn’t"
    ).split()
)
QUOTES: Final = '"“”„«»'
TOKEN: Final = compile_later(r"[\w’'.-]+|[^\w\s]")
NOT_SOURCE: Final = frozenset(
    ("there here it's this that what which who when where how why if").split()
) - {"it"}


COLON_SPEAKER: Final = compile_later(
    r"(?:^|(?<=[-–—]\s))((?:[A-Z][\w.’'-]+\s){0,3}[A-Z][\w’'-]+)\s?:\s+(?=[\"“‘'A-Z])"
)


COLON_QUOTE: Final = compile_later(r":\s*(?=[\"“‘])")


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, hi)]


#: Words that open a clause whose subject is the phrase after them ("after 55 percent said").
SUBORDINATORS: Final = frozenset("after before since until than as because while".split())
#: Prepositions that quantify a subject ("about half", "nearly 6 in 10", "over 40 percent").
QUANTIFYING: Final = frozenset("about around over under nearly almost roughly".split())
SHARES: Final = frozenset(
    "half third thirds quarter quarters majority majorities two-thirds three-quarters "
    "one two three four five six seven eight nine ten".split()
)
PREPOSITIONS: Final = frozenset(
    (
        "on in at by for to with from despite after before during about than like into over "
        "under through via without within among against toward towards upon outside inside "
        "alongside beside besides beyond amid amidst across behind near"
    ).split()
)


#: Carriers of a message: "issued a statement saying" — the sentence's subject is the source.
MEDIA: Final = frozenset(
    (
        "statement statements email e-mail emails letter letters release ad ads advertisement "
        "video tweet tweets post posts memo note message messages report filing speech op-ed "
        "column editorial interview response petition"
    ).split()
)
LEADING_ADVERBS: Final = frozenset(
    (
        "But And So Yet Still However Meanwhile Now Then Also Instead Rather Overall Indeed "
        "Separately Later Earlier Previously Today Yesterday Additionally Moreover Furthermore "
        "Nevertheless Nonetheless Similarly Likewise Finally Ultimately Apparently Notably "
        "Specifically Politically , ; —"
    ).split()
)
TIME_WORDS: Final = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday earlier later today yesterday "
        "tonight last this past week month year night morning afternoon evening"
    ).split()
)


ORDINAL_OPENERS: Final = frozenset("First Second Third Fourth Fifth Finally Again Instead".split())
TIME_UNITS: Final = frozenset("moment minute hour day week month year decade while".split())
#: The words of a leading time phrase ("A few minutes later", "Two days ago").
TIME_PHRASE: Final = (
    frozenset(
        (
            "a an the few several some many couple of just only about nearly almost two three "
            "four five six seven eight nine ten"
        ).split()
    )
    | TIME_UNITS
    | {unit + "s" for unit in TIME_UNITS}
)
MONTHS: Final = frozenset(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)


EVIDENTIAL: Final = frozenset(["appears", "appear", "appeared", "seems", "seem", "seemed"])
CLOSING_QUOTES: Final = '"”»'


QUANTIFIED: Final = compile_later(
    r"(?:^|(?<=[\s,]))((?:(?:about|around|nearly|almost|roughly|over|at least|more than|fewer than)"
    r"\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+\d+"
    r"(?:\s+of\s+[^,;:]{1,80}?)?)\s*$",
    re.IGNORECASE,
)


AGENT: Final = compile_later(r"\bby\s+")
AGENT_REACH: Final = 60  # characters between a passive cue and its "by" agent


#: Participles that are the subject's own state after "is": "the government is worried that".
STANCE_ADJECTIVES: Final = frozenset("worried concerned convinced confident assured".split())
#: Cues whose object follows them: "X, its chairman, told Reuters" is never an inversion.
TAKES_OBJECT: Final = frozenset(
    "told tells tell asked asks urged urges informed informs reminded reminds assured "
    "assures".split()
)


BE: Final = frozenset({"is", "are", "was", "were", "been", "be", "being", "'s", "’s"})


def span_strip(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and (text[a].isspace() or text[a] in ",:;"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return (a, b) if b > a else None
