"""Extraction steps: one module per concern, each a pure ``find_*`` function plus a step class."""

from __future__ import annotations

from articlekit.pipeline import Step

__all__ = ["default_steps"]


def default_steps() -> tuple[Step, ...]:
    """Return the steps of :meth:`articlekit.Pipeline.default`, in order."""
    from articlekit.extractors.body import BodyExtractor  # noqa: PLC0415 - avoid import cycles
    from articlekit.extractors.claims import ClaimExtractor  # noqa: PLC0415
    from articlekit.extractors.comments import CommentExtractor  # noqa: PLC0415
    from articlekit.extractors.headline import HeadlineExtractor  # noqa: PLC0415
    from articlekit.extractors.metadata import MetadataExtractor  # noqa: PLC0415
    from articlekit.extractors.quantities import QuantityExtractor  # noqa: PLC0415
    from articlekit.extractors.sentences import SentenceExtractor  # noqa: PLC0415

    return (
        BodyExtractor(),
        HeadlineExtractor(),
        MetadataExtractor(),
        CommentExtractor(),
        SentenceExtractor(),
        QuantityExtractor(),
        ClaimExtractor(),
    )
