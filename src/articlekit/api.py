"""The one-call entry point."""

from __future__ import annotations

from datetime import datetime

from articlekit import io
from articlekit.model import Document, MediaType
from articlekit.pipeline import Pipeline

__all__ = ["extract"]


def extract(
    raw: io.PageInput,
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
        raw: the page, as text or as bytes in any encoding; or a path to it (``os.PathLike``,
            read as bytes: a ``.txt`` suffix means a text dump, anything else is sniffed); or a
            file object open for reading (``open(name, "rb")``, :class:`io.BytesIO`). The
            library never fetches: to read a page on the web, fetch it and pass its bytes
            with ``url=``.
        url: the page URL, if known.
        reference_time: what relative dates are resolved against; ``None`` leaves them
            unresolved (the wall clock is never used).
        media_type: ``"text/html"`` or ``"text/plain"`` to skip detection.
        pipeline: the steps to run (default: :meth:`Pipeline.default`).
        max_size: the largest input accepted.
        offsets: whether to map the source text back to the raw input
            (:attr:`Source.offsets`, built when first read for HTML); ``False`` leaves it out.

    Raises:
        InputError: for a wrong type, an oversized input, a path that cannot be read, or a
            ``str`` that is only a URL or a file name (see :func:`articlekit.load`).
        ExtractorError: when a step fails.

    >>> extract("Headline\\n\\nSome text.").source.media_type.value
    'text/plain'
    >>> from pathlib import Path
    >>> extract(Path("fixtures/sony-q2-2012-phonearena/input.txt")).headline.text
    'Sony sells 8.8 million smartphones, narrows loss in Q2 2012'
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
