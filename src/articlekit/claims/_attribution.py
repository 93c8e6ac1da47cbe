"""Attributions: cue, source and content of who says what in one sentence."""

from __future__ import annotations

from typing import Final

import attrs

from articlekit.claims._sources import (
    agent_by,
    appositive,
    closing_source,
    inverted,
    name_then_aside,
    passive,
    postposed_source,
    quantified_subject,
    source_after,
    source_before,
    subject,
)
from articlekit.claims._vocab import (
    COLON_QUOTE,
    COLON_SPEAKER,
    EVIDENTIAL,
    NEEDS_SPEECH,
    QUOTES,
    REPORTING,
    SPEAKER_SELF,
    SPEECH,
    STANCE,
    STANCE_ADJECTIVES,
    cues,
    span_strip,
    tokens,
)


@attrs.frozen
class Cue:
    """An attribution found in a sentence: offsets relative to the sentence."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    is_direct: bool
    #: whether the cue reports speech or writing ("said", "according to", a colon), not a
    #: stance or intention ("believes", "plans")
    speech: bool = True
    #: whether the source is the label that opens the line before its colon ("Precht: …",
    #: "Advantages: …"): a transcript's speaker or a note's topic
    label: bool = False


Span2 = tuple[int, int]
#: A shape's reading of a cue: (source, content); ``None`` when the cue is not an attribution.
_Reading = tuple[Span2 | None, Span2 | None]

#: Cue words that are nouns after "the" or "the United": "the plans", "the United States".
_NOUN_AFTER_THE: Final = frozenset(
    "states state view views plans claims calls questions decision support read show".split()
)

#: Cues that open a sentence with the source after them ("Stated Stone: …", "So says …").
_LEADING_CUES: Final = REPORTING | {"stated"}


def _colon_cues(sentence: str) -> list[Cue]:
    """Colon shapes: '…: "quote"' (the subject speaks) and "Graham: …" (headlines, transcripts)."""
    out: list[Cue] = []
    if ":" not in sentence:
        return out
    n = len(sentence)
    colon = COLON_SPEAKER.search(sentence)
    quote_colon = COLON_QUOTE.search(sentence) if colon is None else None
    if quote_colon is not None:
        c = quote_colon.start()
        out.append(
            Cue(
                (c, c + 1),
                subject(sentence, tokens(sentence, 0, c)),
                span_strip(sentence, c + 1, n),
                is_direct=True,
            )
        )
    if colon is not None:
        # a speaker before a colon, as in headlines and transcripts
        c = colon.end() - 1
        content = span_strip(sentence, c + 1, n)
        out.append(
            Cue(
                (c, c + 1),
                (colon.start(1), colon.end(1)),
                content,
                is_direct=any(q in sentence[c:] for q in QUOTES),
            )
        )
    return out


def _opens_line(sentence: str, source: Span2) -> bool:
    """Whether ``source`` opens the sentence (after a dash at most) and its colon follows it."""
    a, b = source
    return sentence[b : b + 2].lstrip().startswith(":") and not sentence[:a].strip(" -–—")


def _according_to(sentence: str, before: str, a: int, b: int) -> _Reading:
    """'according to SOURCE, CONTENT' or 'CONTENT, according to SOURCE'."""
    source = source_after(sentence, b)
    if before.strip(" ,"):
        return source, span_strip(sentence, 0, a)
    after_src = source[1] if source else b
    return source, span_strip(sentence, after_src, len(sentence))


def _evidential(sentence: str, a: int, b: int) -> _Reading:
    """An evidential cue: the subject's apparent stance ("She appeared to imply …").

    "It appears …" is nobody's.
    """
    source = source_before(sentence, a)
    if source is not None and sentence[source[0] : source[1]].lower() in {
        "it",
        "there",
        "this",
        "that",
        "which",
    }:
        source = None
    return source, span_strip(sentence, b, len(sentence))


def _leading_cue(sentence: str, b: int, cue_text: str) -> _Reading:
    """A cue that opens the sentence: the source follows ("Stated Stone: …").

    "So says a booming voice …"; for a participle ("Noting that …, Tester added") the main
    clause's subject.
    """
    n = len(sentence)
    source = (
        subject(sentence, tokens(sentence, 0, n))
        if cue_text.endswith("ing")
        else source_after(sentence, b)
    )
    return source, span_strip(sentence, source[1] if source else b, n)


def _after_comma(sentence: str, before: str, a: int, b: int) -> _Reading:
    """'Dean Johnson, a salesman from Sumter, says …'.

    'Facebook created the tool, a spokeswoman, Anna White, said': the appositive right before
    the cue, else the subject.
    """
    head = tokens(sentence, 0, a)
    source = (
        subject(sentence, head)
        if name_then_aside(head)
        else appositive(before) or subject(sentence, head)
    )
    return source, span_strip(sentence, b, len(sentence))


def _before_cue(sentence: str, before: str, a: int, b: int, cue_text: str) -> _Reading | None:
    """The common shape: 'SOURCE CUE (that) CONTENT', or 'CONTENT, SOURCE CUE.'."""
    n = len(sentence)
    source = quantified_subject(sentence, a) or closing_source(sentence, before, b)
    if source is None:
        source = source_before(sentence, a, participle=cue_text.endswith("ing"))
    if source is None and cue_text.endswith("ing") and not before.strip():
        source = subject(sentence, tokens(sentence, 0, n))  # "Noting that …, Tester"
    if source is None and cue_text not in REPORTING:
        return None  # a stance word without a holder is usually not an attribution
    rest = b
    nxt = sentence[rest:].lstrip()
    if nxt.lower().startswith("that "):
        rest = n - len(nxt) + 5
    content = span_strip(sentence, rest, n)
    src_start = source[0] if source else a
    if src_start > 0 and sentence[:src_start].rstrip().endswith(","):
        # 'CONTENT, Smith said.'
        pre = span_strip(sentence, 0, sentence[:src_start].rstrip().rfind(","))
        tail = sentence[b:].strip(' .!?"”')
        if pre is not None and not tail:
            content = pre
    return source, content


def _read_cue(sentence: str, a: int, b: int, cue_text: str) -> _Reading | None:
    """Source and content of the cue at ``a:b`` by the first shape that fits it."""
    before = sentence[:a].rstrip()
    if cue_text.startswith(("according", "in the words", "as reported")):
        return _according_to(sentence, before, a, b)
    if cue_text in EVIDENTIAL:
        return _evidential(sentence, a, b)
    if before.strip() in {"", "So", "Thus", "And", "Also"} and cue_text in _LEADING_CUES:
        return _leading_cue(sentence, b, cue_text)
    return _read_by_position(sentence, before, a, b, cue_text)


def _read_by_position(sentence: str, before: str, a: int, b: int, cue_text: str) -> _Reading | None:
    """Shapes told apart by what stands before the cue: a quote, a comma, a passive."""
    postposed = postposed_source(before)
    if postposed is not None:
        # '“Quote,” Tina Tchen, Mrs. Obama's chief of staff, said in an interview.'
        return postposed, span_strip(sentence, 0, postposed[0])
    if inverted(sentence, before, b):
        # inverted or postposed: 'CONTENT," said X' or 'CONTENT, said the company.'
        source = source_after(sentence, b)
        return None if source is None else (source, span_strip(sentence, 0, len(before)))
    if passive(before, cue_text):
        by = agent_by(sentence, b)
        if by is not None:
            # 'The meeting was first reported by Politico.', 'was recommended for the job by
            # Roger Stone', 'has been called "strategic ambiguity" by Joshua Hendrick'
            return source_after(sentence, by), span_strip(sentence, 0, a)
    if before.endswith((",", "—", "–")) and before.split(maxsplit=1)[0][:1].isupper():
        return _after_comma(sentence, before, a, b)
    if (
        passive(before, cue_text)
        and cue_text not in STANCE_ADJECTIVES
        and not sentence[b:].lstrip().lower().startswith("by ")
    ):
        # 'Trump is expected to deliver …': no holder named
        return None, span_strip(sentence, b, len(sentence))
    return _before_cue(sentence, before, a, b, cue_text)


def _not_attribution(sentence: str, a: int, b: int, cue_text: str, holder: str) -> bool:
    """Cue words that are nouns here, or a speaker's own stance inside a quoted speech."""
    if sentence[max(0, a - 7) : a].lower().endswith(("united ", "the ")) and (
        cue_text in _NOUN_AFTER_THE
    ):
        return True  # "the United States", "the plans": nouns
    if cue_text in {"states", "state"} and not sentence[b:].lstrip().lower().startswith("that"):
        return True  # "30 states": the noun
    # "I think …" in a speech: the stance of whoever is quoted, said elsewhere
    return holder in SPEAKER_SELF and cue_text in STANCE


def find_attributions(
    sentence: str, *, hits: list[tuple[int, int, str]] | None = None
) -> list[Cue]:
    """Attributions in one sentence (offsets relative to it), left to right.

    ``hits``: if a caller has located them already, the sentence's words from a vocabulary that
    holds every cue word, as ``(start, end, lower-case word)`` left to right (the claims step
    locates the words of cues and hedges once for both); found here when not given.

    >>> [(sentence[c.cue[0]:c.cue[1]], sentence[c.source[0]:c.source[1]])
    ...  for sentence in ['Sony admitted there is "a contraction of the market."']
    ...  for c in find_attributions(sentence)]
    [('admitted', 'Sony')]
    >>> s = '"We are done," said John Smith, the chief executive.'
    >>> c, = find_attributions(s)
    >>> (s[c.source[0]:c.source[1]], s[c.content[0]:c.content[1]], c.is_direct)
    ('John Smith', '"We are done,"', True)
    """
    out = _colon_cues(sentence)
    for a, b, cue_text in cues(sentence, hits):
        if cue_text in NEEDS_SPEECH and sentence[b:].lstrip()[:1] not in ':"“':
            continue  # "Sony continues restructuring": not "Cruz continued: “…”"
        reading = _read_cue(sentence, a, b, cue_text)
        if reading is None:
            continue
        source, content = reading
        is_direct = content is not None and any(
            q in sentence[content[0] : content[1]] for q in QUOTES
        )
        if out and out[-1].content is not None and out[-1].content[0] <= a < out[-1].content[1]:
            continue  # a cue inside an earlier content ('he said she told him …')
        holder = sentence[source[0] : source[1]].lower() if source else ""
        if _not_attribution(sentence, a, b, cue_text, holder):
            continue
        speech = cue_text in SPEECH or cue_text.startswith(("according", "in the words", "as "))
        out.append(Cue((a, b), source, content, is_direct, speech=speech))
    # whichever reader found it, a source that opens the line before a colon is its label
    return [
        attrs.evolve(c, label=True) if c.source and _opens_line(sentence, c.source) else c
        for c in out
    ]
