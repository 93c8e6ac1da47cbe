"""Claims: each sentence's assertion with its kind, speaker, hedges and check-worthiness.

Pure functions, each usable alone:

- :func:`find_attributions` — who says it: cue ("said", "admitted", "according to"), source
  ("Sony", "the company", "he") and content spans, direct (quoted) or indirect, in the three
  common shapes: ``SOURCE CUE (that) CONTENT``, ``CONTENT, CUE SOURCE`` / ``CONTENT, SOURCE CUE``,
  and ``according to SOURCE, CONTENT``.
- :func:`find_hedges` — hedges by type: modal ("might", "could"), epistemic ("expects to",
  "likely", "seems"), approximator ("about", "around", "nearly" — only before a number, so "turn
  around" is not one), weasel ("some say", "reportedly", "critics"), booster ("definitely").
- :func:`claim_kind` — the kind, by ordered rules of :mod:`._kinds` (first match wins):
  ``quote`` (quotation marks that hold most of the sentence, a block quotation, or a quoted
  attribution), ``forecast`` (a future reference by tense, aspect or modality), ``statistic`` (a
  linked numeric fact), ``opinion`` (evaluative or normative language, stance), ``factual``.
  A learned model over the same evidence was judged leave-one-batch-out and did not beat these
  rules (``benchmarks/kinds_lobo.py``).
- check-worthiness from :mod:`._checkworthy` (a small logistic regression shipped as data).

The :class:`ClaimExtractor` step makes one claim per sentence of the headline, the body and the
comments that :func:`not_a_claim` does not rule out (:func:`claim_sentences`; comment claims are
marked ``is_comment``). Its numeric facts are not stored twice:
``Document.facts_in(claim.span)`` derives them from the spans.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Final

import attrs

from articlekit._language import page_language, primary_language
from articlekit._patterns import compile_later
from articlekit.claims import _checkworthy
from articlekit.claims._assertion import not_a_claim
from articlekit.claims._attribution import Cue, find_attributions
from articlekit.claims._hedges import HEDGE_OR_PHRASE_WORDS, find_hedges
from articlekit.claims._kinds import claim_kind, is_statistic
from articlekit.claims._quotation import quoted_share, quoted_spans
from articlekit.claims._speakers import can_speak, label_speaks, names_in, transcript_names
from articlekit.claims._vocab import CUE_OR_PHRASE_WORDS, word_hits
from articlekit.model import (
    Attribution,
    BlockKind,
    Claim,
    Document,
    Hedge,
    Sentence,
    Span,
)

__all__ = [
    "Candidate",
    "ClaimExtractor",
    "Cue",
    "claim_kind",
    "claim_sentences",
    "find_attributions",
    "find_hedges",
    "not_a_claim",
]


@attrs.frozen
class ClaimExtractor:
    """The claims step: the sentences that assert something, with kind, speaker, hedges, score.

    Questions, headings, bylines, datelines, credits, captions, navigation and instructions to
    the reader stay sentences but are not claims (:func:`not_a_claim`).
    """

    name: str = "claims"
    requires: frozenset[str] = frozenset({"sentences", "quantities", "paragraphs", "comments"})
    provides: frozenset[str] = frozenset({"claims"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its claims."""
        # words the article writes in lower case: capitalised, they open a sentence (one scan of
        # the paragraphs joined by line breaks, which no word touches, finds the same words)
        common = frozenset(_LOWER_WORD.findall("\n".join(p.text for p in doc.paragraphs)))
        names = _Names(doc)
        claims = [_claim(c, common=common, names=names) for c in claim_sentences(doc)]
        return doc.evolve(claims=tuple(claims))


@attrs.frozen
class Candidate:
    """A sentence that is a claim, with the evidence of its kind found around it."""

    index: int
    sentence: Sentence
    #: whether a numeric fact that makes a statistic lies in it (:func:`is_statistic`)
    has_fact: bool
    #: the share of it inside quotation marks, quotations of its paragraph or comment counted
    quoted: float
    #: whether it stands in a block quotation
    block_quote: bool


def claim_sentences(doc: Document) -> Iterator[Candidate]:
    """The sentences of ``doc`` that are claims (:func:`not_a_claim`), with their kind evidence.

    Needs the document's sentences, paragraphs, comments and quantities.
    """
    facts = [q for q in doc.quantities if is_statistic(q, doc.source.text)]
    starts = [q.span.start for q in facts]
    quotations = _Quotations(doc)
    for index, s in enumerate(doc.sentences):
        paragraph = doc.paragraphs[s.paragraph] if s.paragraph is not None else None
        block = paragraph.kind if paragraph is not None else None
        headline = s.paragraph is None and s.comment is None
        alone = paragraph is not None and paragraph.span == s.span
        if not_a_claim(s.text, block=block, headline=headline, alone=alone) is not None:
            continue
        # a fact lies inside the sentence: binary search instead of a scan per sentence
        k = bisect.bisect_left(starts, s.span.start)
        yield Candidate(
            index=index,
            sentence=s,
            has_fact=k < len(starts) and facts[k].span.end <= s.span.end,
            quoted=quotations.share(s),
            block_quote=block is BlockKind.QUOTE,
        )


#: A lower-case word in running text (not part of a URL, a handle or an e-mail address).
_LOWER_WORD: Final = compile_later(r"(?<![\w./@#-])[a-z]+(?![\w./@-])")


#: The dashes that open direct speech in the news of many languages (Finnish, Swedish,
#: Norwegian, Danish, Russian, Spanish, Portuguese, Polish: "– Näin on tulevaisuudessakin.").
_DIALOGUE_DASHES: Final = ("–", "—")
#: Languages whose pages open a list's items with a dash, not speech: there a line after a
#: dash is a bullet.
_DASH_BULLET_LANGUAGES: Final = frozenset({"en", "de", "nl", "fr", "it"})


#: A line that opens with a dialogue dash.
_DIALOGUE_LINE: Final = compile_later("(?m)^[" + "".join(_DIALOGUE_DASHES) + "]")


def _dash_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that open with a dialogue dash: each one speaker's words.

    >>> text = "– Näin on.\\nHän sanoi.\\n– Niin."
    >>> [text[a:b] for a, b in _dash_lines(text)]
    ['– Näin on.', '– Niin.']
    """
    out = []
    for m in _DIALOGUE_LINE.finditer(text):
        end = text.find("\n", m.start())
        out.append((m.start(), len(text) if end < 0 else end))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap joined (a quotation inside a dash line counts once).

    >>> _merged([(5, 9), (0, 20), (25, 30)])
    [(0, 20), (25, 30)]
    """
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class _Quotations:
    """Quotation spans per paragraph and comment of one document, found when first asked.

    A line of a paragraph that opens with a dialogue dash is one quotation in a page whose
    language prints direct speech so (:data:`_DIALOGUE_DASHES`): an interview's answers, a
    speaker's words before "Hämälä totesi".
    """

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self._dash_speech: bool | None = None

    def _dashes_open_speech(self) -> bool:
        """Whether the page's language prints direct speech after a dash (read when first asked)."""
        if self._dash_speech is None:
            language = page_language([p.text for p in self._doc.paragraphs], None)
            self._dash_speech = primary_language(language) not in _DASH_BULLET_LANGUAGES
        return self._dash_speech

    def share(self, s: Sentence) -> float:
        """The share of the sentence inside quotation marks of its paragraph or comment."""
        if s.paragraph is not None:
            key, span = ("p", s.paragraph), self._doc.paragraphs[s.paragraph].span
        elif s.comment is not None:
            key, span = ("c", s.comment), self._doc.comments[s.comment].body
        else:
            key, span = ("h", 0), s.span
        spans = self._spans.get(key)
        if spans is None:
            text = self._doc.source.text[span.start : span.end]
            found = quoted_spans(text)
            if key[0] == "p" and _DIALOGUE_LINE.search(text) and self._dashes_open_speech():
                found = _merged([*found, *_dash_lines(text)])
            spans = [(a + span.start, b + span.start) for a, b in found]
            self._spans[key] = spans
        return quoted_share(spans, s.span.start, s.span.end) if spans else 0.0


#: The words of cues and hedges (see ``hits`` of :func:`find_attributions` and :func:`find_hedges`).
_READ_WORDS: Final = CUE_OR_PHRASE_WORDS | HEDGE_OR_PHRASE_WORDS


class _Names:
    """The names a document's headline and body write, found when first asked.

    See :func:`names_in` and :func:`transcript_names`.
    """

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._names: frozenset[str] | None = None

    def get(self) -> frozenset[str]:
        if self._names is None:
            # the headline's sentences (neither a paragraph's nor a comment's), then the body
            headline = [
                s.text for s in self._doc.sentences if s.paragraph is None and s.comment is None
            ]
            text = "\n".join([*headline, *(p.text for p in self._doc.paragraphs)])
            self._names = names_in(text) | transcript_names(text)
        return self._names


def _claim(cand: Candidate, *, common: frozenset[str], names: _Names) -> Claim:
    index, s = cand.index, cand.sentence
    text, base = s.text, s.span.start
    # the words the cue and hedge readers look for, located once for both
    hits = word_hits(text, _READ_WORDS)
    cues = find_attributions(text, hits=hits)
    attribution = None
    if cues:
        # the claim's attribution is its first report of speech with a source, else its first
        # cue: in "the greenback may be in for some weakness, said Juan Perez" the speaker is
        # Juan Perez, not the agent of an earlier "was supported by"
        c = next((c for c in cues if c.speech and c.source is not None), cues[0])
        # the source of an attribution may be any phrase ("the bloodshed showed …"); a speaker
        # is one that can speak: "the sea" in "what is the sea telling us" is not one
        speaks = (
            c.source is not None
            and can_speak(text[c.source[0] : c.source[1]], common=common)
            # a line's label speaks when it names someone ("Precht: …", not "Advantages: …")
            and (not c.label or label_speaks(text[c.source[0] : c.source[1]], names.get()))
        )
        attribution = Attribution(
            speaker=Span(base + c.source[0], base + c.source[1]) if c.source and speaks else None,
            cue=Span(base + c.cue[0], base + c.cue[1]),
            content=Span(base + c.content[0], base + c.content[1]) if c.content else None,
            is_direct=c.is_direct,
        )
    hedges = tuple(
        Hedge(Span(base + a, base + b), text[a:b], kind)
        for a, b, kind in find_hedges(text, hits=hits)
    )
    kind, why = claim_kind(
        text,
        has_fact=cand.has_fact,
        attributions=cues,
        quoted=cand.quoted,
        block_quote=cand.block_quote,
    )
    score, signals = _checkworthy.score(text)
    return Claim(
        span=s.span,
        text=text,
        kind=kind,
        sentence=index,
        attribution=attribution,
        hedges=hedges,
        checkworthiness=round(score, 4),
        signals=(*why, *signals),
        is_comment=s.comment is not None,
    )
