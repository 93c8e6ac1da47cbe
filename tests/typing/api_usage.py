"""Typed usage of the public API, checked by mypy --strict (not run by pytest).

Lines ending in ``# type: ignore[...]`` are negative cases: mypy must reject them, and
``warn_unused_ignores`` (part of strict) fails the check if it ever stops doing so.
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs

import articlekit
from articlekit import Document, Failure, Pipeline, Span


def headline_text(raw: bytes) -> str | None:
    doc: Document = articlekit.extract(
        raw, url="https://example.com/a", reference_time=datetime.now(UTC)
    )
    return doc.headline.text if doc.headline is not None else None


def batch(pages: list[tuple[str, bytes]]) -> list[str]:
    ids: list[str] = []
    for result in Pipeline.default().without("metadata").run_many(pages):
        if isinstance(result, Failure):
            ids.append(result.input_id)
        else:
            ids.append(result.source.url or "")
    return ids


def spans(doc: Document) -> list[str]:
    return [doc.text_of(Span(p.span.start, p.span.end)) for p in doc.paragraphs]


def frozen(doc: Document) -> Document:
    return attrs.evolve(doc, paragraphs=())


def negatives(doc: Document) -> None:
    doc.paragraphs = ()  # type: ignore[misc]
    Span("0", 1)  # type: ignore[arg-type]
    articlekit.extract(42)  # type: ignore[arg-type]


def outputs(doc: Document) -> tuple[str, str, int]:
    from articlekit.output import CompactRecord, record, render, to_text  # noqa: PLC0415

    rec = record(doc, fields=["title", "text"])
    title = rec.get("title")
    article: str = doc.text  # the article text
    page: str = doc.source.text  # the whole page
    shape: type[CompactRecord] = CompactRecord
    render(doc, "markdown", fields=("title",))
    to_text(doc, "txt")  # type: ignore[call-arg]
    return str(title), article + page + shape.__name__, len(render(doc, "csv", facts=True))


def inputs(name: str) -> list[Document]:
    from io import BytesIO  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    with Path(name).open("rb") as handle:
        from_file = articlekit.extract(handle, url="https://example.com/a")
    return [
        articlekit.extract(Path(name)),
        from_file,
        articlekit.extract(BytesIO(b"<p>Hello</p>")),
        articlekit.extract([name]),  # type: ignore[arg-type]
    ]
