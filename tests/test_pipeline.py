"""Pipeline construction, validation, running and batch behaviour."""

from __future__ import annotations

from typing import ClassVar

import attrs
import pytest

import articlekit
from articlekit import (
    Document,
    ExtractorError,
    Failure,
    Headline,
    Pipeline,
    PipelineError,
    Problem,
    Span,
    from_text,
)


@attrs.frozen
class FirstLine:
    """A toy step: the first line is the headline."""

    name: str = "first-line"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset({"headline"})

    def __call__(self, doc: Document, /) -> Document:
        first = doc.source.blocks[0].span if doc.source.blocks else None
        if first is None:
            return attrs.evolve(doc, problems=doc.problems)
        return attrs.evolve(doc, headline=Headline(span=first, text=first.slice(doc.source.text)))


@attrs.frozen
class NeedsHeadline:
    """A toy step requiring the headline."""

    name: str = "needs"
    requires: frozenset[str] = frozenset({"headline"})
    provides: frozenset[str] = frozenset({"problems"})

    def __call__(self, doc: Document, /) -> Document:
        return attrs.evolve(doc, problems=(*doc.problems, Problem(self.name, "seen")))


@attrs.frozen
class Sneaky:
    """Writes a field it does not declare."""

    name: str = "sneaky"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()

    def __call__(self, doc: Document, /) -> Document:
        return attrs.evolve(doc, problems=(Problem(self.name, "x"),))


@attrs.frozen
class Boom:
    """Always fails."""

    name: str = "boom"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    calls: ClassVar[list[int]] = []

    def __call__(self, doc: Document, /) -> Document:
        msg = "kaput"
        raise RuntimeError(msg)


class TestConstruction:
    def test_requires_must_be_provided_earlier(self) -> None:
        """A step needing a field no earlier step provides is rejected at construction."""
        with pytest.raises(PipelineError, match="requires \\['headline'\\]"):
            Pipeline([NeedsHeadline(), FirstLine()])
        assert Pipeline([FirstLine(), NeedsHeadline()]).names == ("first-line", "needs")

    def test_unique_names(self) -> None:
        """Duplicate names are rejected."""
        with pytest.raises(PipelineError, match="duplicate"):
            Pipeline([FirstLine(), FirstLine()])

    def test_unknown_fields(self) -> None:
        """Declared fields must be Document fields; the message lists the valid ones."""
        with pytest.raises(PipelineError, match="valid fields"):
            Pipeline([FirstLine(provides=frozenset({"nonsense"}))])

    def test_not_a_step(self) -> None:
        """Objects without the Step protocol are rejected."""
        with pytest.raises(PipelineError, match="not a Step"):
            Pipeline([lambda doc: doc])  # type: ignore[list-item]

    def test_editing_returns_new_values(self) -> None:
        """replace/insert/without return new pipelines and validate them."""
        base = Pipeline([FirstLine()])
        longer = base.insert(NeedsHeadline(), after="first-line")
        assert longer.names == ("first-line", "needs")
        assert base.names == ("first-line",)
        assert longer.replace("needs", NeedsHeadline(name="again"))["again"].name == "again"
        assert base.insert(Sneaky(), before="first-line").names == ("sneaky", "first-line")
        with pytest.raises(PipelineError, match="requires"):
            longer.without("first-line")
        with pytest.raises(PipelineError, match="no step named 'zzz'"):
            longer.without("zzz")
        with pytest.raises(PipelineError):
            base.insert(Sneaky(), before="first-line", after="first-line")

    def test_default_is_valid(self) -> None:
        """The default pipeline validates and runs."""
        doc = Pipeline.default().run(from_text("Title\n\nBody text here."))
        assert isinstance(doc, Document)


class TestRun:
    def test_runs_steps_in_order(self) -> None:
        """Each step sees the previous one's output."""
        doc = Pipeline([FirstLine(), NeedsHeadline()]).run(from_text("Head\n\nBody"))
        assert doc.headline is not None
        assert doc.headline.text == "Head"
        assert doc.problems == (Problem("needs", "seen"),)

    def test_undeclared_change_is_caught(self) -> None:
        """A step that writes a field it did not declare fails the run."""
        with pytest.raises(PipelineError, match="sneaky"):
            Pipeline([Sneaky()]).run(from_text("x"))

    def test_step_error_is_wrapped(self) -> None:
        """A step's exception becomes ExtractorError with the step name and the cause."""
        with pytest.raises(ExtractorError) as info:
            Pipeline([Boom()]).run(from_text("x"))
        assert info.value.step == "boom"
        assert isinstance(info.value.__cause__, RuntimeError)

    def test_step_returning_non_document(self) -> None:
        """A step must return a Document."""

        @attrs.frozen
        class Bad:
            name: str = "bad"
            requires: frozenset[str] = frozenset()
            provides: frozenset[str] = frozenset()

            def __call__(self, doc: Document, /) -> Document:
                return "nope"  # type: ignore[return-value]

        with pytest.raises(PipelineError, match="returned str"):
            Pipeline([Bad()]).run(from_text("x"))


class TestRunMany:
    def test_never_loses_an_input(self) -> None:
        """Every input yields a Document or a Failure, in order, with its id."""
        pipeline = Pipeline([FirstLine()])
        inputs = [
            "Plain text",
            ("page-2", b"<p>html</p>"),
            ("bad-type", 42),
            from_text("A source"),
        ]
        results = list(pipeline.run_many(inputs))  # type: ignore[arg-type]
        assert len(results) == 4
        assert isinstance(results[0], Document)
        assert isinstance(results[1], Document)
        assert results[2] == Failure(
            "bad-type", "InputError", "run_many() takes Sources, Documents, str or bytes, got int"
        )
        assert isinstance(results[3], Document)

    def test_step_failure_is_recorded(self) -> None:
        """A failing step becomes a Failure naming the step."""
        results = list(Pipeline([Boom()]).run_many([("a", "x"), ("b", "y")]))
        assert [r.input_id for r in results if isinstance(r, Failure)] == ["a", "b"]
        assert all(isinstance(r, Failure) and r.step == "boom" for r in results)

    def test_extract_uses_default(self) -> None:
        """articlekit.extract runs the default pipeline."""
        assert articlekit.extract("x").source.text == "x"


def test_document_span_unchanged_by_pipeline() -> None:
    """Running steps never changes the source."""
    src = from_text("Head\n\nBody")
    doc = Pipeline([FirstLine()]).run(src)
    assert doc.source is src
    assert doc.headline is not None
    assert doc.headline.span == Span(0, 4)


def test_run_says_what_it_takes() -> None:
    """Pipeline.run on anything but a Source or Document names what it takes and got."""
    pipeline = Pipeline.default()
    with pytest.raises(articlekit.InputError, match="takes a Source or a Document, got int"):
        pipeline.run(3)  # type: ignore[arg-type]
    with pytest.raises(articlekit.InputError, match=r"articlekit\.load\(\)"):
        pipeline.run("<p>a page</p>")  # type: ignore[arg-type]


def test_only_keeps_what_the_named_steps_need() -> None:
    """Pipeline.only keeps the named steps and the earlier steps they require, in order."""
    assert Pipeline.default().only("comments").names == ("layout", "headline", "body", "comments")
    assert Pipeline.default().only("body", "layout").names == ("layout", "headline", "body")
    with pytest.raises(PipelineError, match="no step named"):
        Pipeline.default().only("nope")


def test_from_spec_loads_a_pipeline_or_a_factory() -> None:
    """Pipelines are named as module:attribute for batch, CLI, Dask and Scrapy."""
    assert Pipeline.from_spec("articlekit:Pipeline.default").names == Pipeline.default().names
    for bad in ("articlekit", "nope_module:x", "articlekit:__version__"):
        with pytest.raises(PipelineError):
            Pipeline.from_spec(bad)


def test_a_pipeline_iterates_over_its_steps() -> None:
    """``for step in pipeline`` walks the steps in order (not ``pipeline[0]``, a name lookup)."""
    pipeline = articlekit.Pipeline.default()
    assert [step.name for step in pipeline] == list(pipeline.names)
    assert list(pipeline.without("claims"))[-1].name == "quantities"
