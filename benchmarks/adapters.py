"""Plug-ins for the scoring harnesses in ../shared/eval (``module:function``).

Run the harnesses with this folder on the path, e.g.::

    PYTHONPATH=benchmarks python ../shared/eval/body_bench.py \
        --data ../shared/corpora/body/scrapinghub --extractor trafilatura,adapters:body
"""

from __future__ import annotations

from decimal import Decimal

import articlekit
from articlekit.claims import _checkworthy

#: The body benchmark times what trafilatura does: body and title (no comments, facts or claims).
_PIPELINE = articlekit.Pipeline.default().without(
    "metadata", "comments", "sentences", "quantities", "claims"
)


def body(inp: str, url: str | None) -> dict[str, str | None]:
    """Body and headline of a page (HTML or a text dump, auto-detected), default loading."""
    doc = _PIPELINE.run(articlekit.load(inp, url=url))
    return {"body": doc.text, "title": doc.headline.text if doc.headline else None}


def body_unmapped(inp: str, url: str | None) -> dict[str, str | None]:
    """As :func:`body`, loaded with ``offsets=False``: like the anchors, no map to raw markup."""
    doc = _PIPELINE.run(articlekit.load(inp, url=url, offsets=False))
    return {"body": doc.text, "title": doc.headline.text if doc.headline else None}


#: The metadata benchmark: what metadata needs (layout, headline, body), no comments, facts or
#: claims.
_META_PIPELINE = articlekit.Pipeline.default().without(
    "comments", "sentences", "quantities", "claims"
)


def meta(inp: str | bytes, url: str | None) -> dict[str, object]:
    """``meta_bench.py`` plug-in: declared title, authors, published day and site name."""
    doc = _META_PIPELINE.run(articlekit.load(inp, url=url))
    found = doc.metadata
    title = found.title.value if found.title is not None else None
    return {
        "title": title,
        "authors": [a.value for a in found.authors],
        "date": found.published.value.date().isoformat() if found.published else None,
        "site": found.site.value if found.site else None,
    }


_CENT = Decimal("0.01")
_KIND = {
    "currency": "currency",
    "ratio": "percent",
    "temperature": "temperature",
    "time": "time",
}


def quantities(text: str) -> list[dict[str, object]]:
    """Quantities of one text for ``quantity_bench.py`` (offsets into ``text``).

    A range is ``[low, high]``; a unit is the ISO code or symbol, else the counted noun; the
    period is the normalised label. A bare number qualified as a bound ("no less than 30") is
    the open range the Recognizers NumberRange spec expects (``[30, None]``). A money rate
    ("$1.40 a share" is ``USD/share``) is reported by its currency, which is what the harness
    scores for money. Units named without a number (``find_unit_mentions``) come with the value
    ``None``.
    """
    from articlekit.facts.quantities import (  # noqa: PLC0415
        find_quantities,
        find_unit_mentions,
    )
    from articlekit.model import Qualifier  # noqa: PLC0415

    out: list[dict[str, object]] = []
    found = find_quantities(text)
    for q in found:
        value: object
        if q.value is None:
            value = [float(q.low or 0), float(q.high or 0)]
        else:
            value = float(q.value)
            if q.unit is None and q.noun is None and q.qualifier is not None:
                if q.qualifier in {Qualifier.MORE_THAN, Qualifier.AT_LEAST}:
                    value = [value, None]
                elif q.qualifier in {Qualifier.LESS_THAN, Qualifier.AT_MOST, Qualifier.UP_TO}:
                    value = [None, value]
        unit = q.unit.code if q.unit else q.noun
        if q.unit is not None and q.unit.dimension.value == "currency":
            unit = q.unit.code.partition("/")[
                0
            ]  # a rate ("USD/share"): the harness asks which currency
        if q.unit is not None and q.scale == _CENT and q.value is not None:
            value, unit = float(q.value * 100), "cent"  # reported in the minor unit, as written
        kind = _KIND.get(q.unit.dimension.value, "dimension") if q.unit else "number"
        out.append(
            {
                "start": q.span.start,
                "end": q.span.end,
                "value": value,
                "unit": unit,
                "kind": kind,
                "period": q.period.label if q.period else None,
            }
        )
    for m in find_unit_mentions(
        text, quantities=found
    ):  # a unit named without a number ("to fahrenheit")
        unit_kind = _KIND.get(m.unit.dimension.value, "dimension")
        out.append(
            {
                "start": m.span.start,
                "end": m.span.end,
                "value": None,
                "unit": m.unit.code,
                "kind": unit_kind,
                "period": None,
            }
        )
    out.sort(key=lambda d: (d["start"], d["end"]))  # type: ignore[arg-type]
    return out


class _Checkworthiness:
    """``claims_bench.py`` plug-in: the shipped model, or one fitted by ``fit`` on a split."""

    def __init__(self) -> None:
        self.model: _checkworthy.Model | None = None

    def __call__(self, sentence: str) -> float:
        prob, _ = _checkworthy.score(sentence, self.model)
        return prob

    def fit(self, texts: list[str], labels: list[object]) -> None:
        self.model = _checkworthy.train(texts, [int(bool(int(str(y)))) for y in labels])


checkworthiness = _Checkworthiness()


def checkworthiness_shipped(sentence: str) -> float:
    """The shipped (ClaimBuster-trained) model, never refitted: for sets it was not trained on."""
    return _checkworthy.score(sentence)[0]


def sentences(text: str) -> list[tuple[int, int]]:
    """``sentences_bench.py`` / ``claims_quotes_bench.py`` segmenter: sentence offsets."""
    from articlekit.claims.sentences import split_sentences  # noqa: PLC0415

    return split_sentences(text)


def attributions(sentence: str) -> list[dict[str, tuple[int, int] | None]]:
    """``claims_quotes_bench.py`` plug-in: cue, source and content offsets in the sentence."""
    from articlekit.claims.claims import find_attributions  # noqa: PLC0415

    return [
        {"cue": c.cue, "source": c.source, "content": c.content}
        for c in find_attributions(sentence)
    ]


_COMMENTS_PIPELINE = articlekit.Pipeline.default().without("sentences", "quantities", "claims")


def comments(text: str) -> list[dict[str, object]]:
    """``comments_bench.py`` plug-in: the page text through the pipeline, comments as records."""
    doc = _COMMENTS_PIPELINE.run(articlekit.from_text(text))
    out: list[dict[str, object]] = []
    for i, c in enumerate(doc.comments):
        out.append(
            {
                "id": c.ref if c.ref is not None else f"c{i}",
                "author": c.author,
                "parent_id": None
                if c.parent is None
                else (
                    doc.comments[c.parent].ref
                    if doc.comments[c.parent].ref is not None
                    else f"c{c.parent}"
                ),
                "body": doc.text_of(c.body),
            }
        )
    return out
