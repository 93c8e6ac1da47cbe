"""Pipeline properties: determinism and steps touching only what they declare."""

from __future__ import annotations

from hypothesis import given

from articlekit import DOCUMENT_FIELDS, Document, Pipeline
from articlekit.testing import sources


@given(sources())
def test_default_pipeline_deterministic(src: object) -> None:
    """The same input gives the same document."""
    from articlekit import Source  # noqa: PLC0415

    assert isinstance(src, Source)
    pipeline = Pipeline.default()
    assert pipeline.run(src) == pipeline.run(src)


@given(sources())
def test_each_default_step_changes_only_its_fields(src: object) -> None:
    """Each step of the default pipeline leaves undeclared fields untouched."""
    from articlekit import Source  # noqa: PLC0415

    assert isinstance(src, Source)
    doc = Document(source=src)
    for step in Pipeline.default().steps:
        after = step(doc)
        for name in DOCUMENT_FIELDS - step.provides:
            assert getattr(after, name) == getattr(doc, name), (step.name, name)
        doc = after
