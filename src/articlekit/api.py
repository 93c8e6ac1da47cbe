"""The one-call entry point."""

from __future__ import annotations

from datetime import datetime

from articlekit import io
from articlekit.model import Document, MediaType
from articlekit.pipeline import Pipeline

__all__ = ["extract"]


def extract(
    raw: str | bytes,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    media_type: MediaType | str | None = None,
    pipeline: Pipeline | None = None,
    max_size: int = io.DEFAULT_MAX_SIZE,
    offsets: bool = True,
) -> Document:
    """Extract a :class:`Document` from an HTML page or a plain-text page dump.

    Args:
        raw: the page, as text or as bytes in any encoding.
        url: the page URL, if known.
        reference_time: what relative dates are resolved against; ``None`` leaves them
            unresolved (the wall clock is never used).
        media_type: ``"text/html"`` or ``"text/plain"`` to skip detection.
        pipeline: the steps to run (default: :meth:`Pipeline.default`).
        max_size: the largest input accepted.
        offsets: whether to map the source text back to the raw input
            (:attr:`Source.offsets`); ``False`` is faster when nothing will ask.

    Raises:
        InputError: for a wrong type or an oversized input.
        ExtractorError: when a step fails.

    >>> extract("Headline\\n\\nSome text.").source.media_type.value
    'text/plain'
    """
    source = io.load(
        raw,
        media_type=media_type,
        url=url,
        reference_time=reference_time,
        max_size=max_size,
        offsets=offsets,
    )
    return (pipeline or Pipeline.default()).run(source)
