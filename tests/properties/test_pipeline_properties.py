"""Pipeline properties: the same input gives the same document."""

from __future__ import annotations

from hypothesis import given

from articlekit import Pipeline
from articlekit.testing import sources


@given(sources())
def test_default_pipeline_deterministic(src: object) -> None:
    """The same input gives the same document."""
    from articlekit import Source  # noqa: PLC0415

    assert isinstance(src, Source)
    pipeline = Pipeline.default()
    assert pipeline.run(src) == pipeline.run(src)
