"""Composable pipelines of extraction steps.

A :class:`Step` is any callable ``Document -> Document`` with a ``name`` and the Document fields
it ``requires`` and ``provides``. A :class:`Pipeline` is an immutable value: building one checks
that names are unique and every requirement is provided by an earlier step; running one checks
that each step changed only the fields it declared. :meth:`Pipeline.run_many` never loses an
input: each yields a :class:`~articlekit.model.Document` or a :class:`Failure`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Protocol, runtime_checkable

import attrs

from articlekit import io
from articlekit.claims import ClaimExtractor, SentenceExtractor
from articlekit.comments import CommentExtractor
from articlekit.errors import ArticlekitError, ExtractorError, InputError, PipelineError
from articlekit.facts import QuantityExtractor
from articlekit.model import Document, MediaType, Source
from articlekit.page import (
    BodyExtractor,
    HeadlineExtractor,
    LayoutExtractor,
    MetadataExtractor,
)

__all__ = ["DOCUMENT_FIELDS", "Failure", "Pipeline", "Step", "default_steps"]

DOCUMENT_FIELDS = frozenset(f.name for f in attrs.fields(Document))
"""The names a step may list in ``requires``/``provides``."""


@runtime_checkable
class Step(Protocol):
    """One extraction step.

    Attributes:
        name: unique within a pipeline.
        requires: Document fields that must be provided by earlier steps (``"source"`` always is).
        provides: Document fields this step writes; it must leave all others untouched.
    """

    @property
    def name(self) -> str:
        """The step's unique name."""
        ...

    @property
    def requires(self) -> frozenset[str]:
        """Fields an earlier step must provide."""
        ...

    @property
    def provides(self) -> frozenset[str]:
        """Fields this step writes."""
        ...

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with this step's fields filled in."""
        ...


@attrs.frozen
class Failure:
    """The record of an input that could not be turned into a Document.

    Attributes:
        input_id: the caller's id for the input (or its position, ``"#3"``).
        error_type: the exception class name (``"InputError"``, ``"ExtractorError"``...).
        message: the error message.
        step: the step that failed, when a step did.
    """

    input_id: str
    error_type: str
    message: str
    step: str | None = None


def default_steps() -> tuple[Step, ...]:
    """Return the steps of :meth:`Pipeline.default`, in order."""
    return (
        LayoutExtractor(),
        HeadlineExtractor(),
        BodyExtractor(),
        MetadataExtractor(),
        CommentExtractor(),
        SentenceExtractor(),
        QuantityExtractor(),
        ClaimExtractor(),
    )


InputItem = Source | Document | str | bytes | tuple[str, Source | Document | str | bytes]


def _check_steps(steps: tuple[Step, ...]) -> None:
    provided = {"source"}
    seen: set[str] = set()
    for step in steps:
        if not isinstance(step, Step):
            raise PipelineError(
                f"{step!r} is not a Step: it needs name, requires, provides and __call__"
            )
        if step.name in seen:
            raise PipelineError(f"duplicate step name {step.name!r}; names: {sorted(seen)}")
        unknown = (set(step.requires) | set(step.provides)) - DOCUMENT_FIELDS
        if unknown:
            raise PipelineError(
                f"step {step.name!r} names unknown fields {sorted(unknown)}; "
                f"valid fields: {sorted(DOCUMENT_FIELDS)}"
            )
        missing = set(step.requires) - provided
        if missing:
            raise PipelineError(
                f"step {step.name!r} requires {sorted(missing)}, which no earlier step provides; "
                f"provided so far: {sorted(provided)}"
            )
        seen.add(step.name)
        provided |= set(step.provides)


def _to_steps(steps: Iterable[Step]) -> tuple[Step, ...]:
    return tuple(steps)


@attrs.frozen
class Pipeline:
    """An immutable sequence of steps.

    >>> from articlekit.model import Document
    >>> Pipeline(()).run(io.from_text("Hello.")).source.text
    'Hello.'
    """

    steps: tuple[Step, ...] = attrs.field(converter=_to_steps)

    def __attrs_post_init__(self) -> None:
        """Validate names and requirements."""
        _check_steps(self.steps)

    @classmethod
    def default(cls) -> Pipeline:
        """Return the pipeline :func:`articlekit.extract` uses."""
        return cls(default_steps())

    @classmethod
    def from_spec(cls, spec: str) -> Pipeline:
        """Return the pipeline ``"module:attribute"`` names (a Pipeline, or a function making one).

        How batch jobs, the command line (``--pipeline``), Dask and Scrapy take a custom pipeline
        by name, so worker processes can build it themselves.

        >>> Pipeline.from_spec("articlekit:Pipeline.default").names[0]
        'layout'

        Raises:
            PipelineError: when the name cannot be imported or is not a pipeline.
        """
        module_name, _, attribute = spec.partition(":")
        if not module_name or not attribute:
            raise PipelineError(f"expected 'module:attribute', got {spec!r}")
        try:
            value: object = importlib.import_module(module_name)
            for part in attribute.split("."):
                value = getattr(value, part)
        except (ImportError, AttributeError) as error:
            raise PipelineError(f"cannot load pipeline {spec!r}: {error}") from error
        if callable(value) and not isinstance(value, Pipeline):
            value = value()
        if not isinstance(value, Pipeline):
            raise PipelineError(f"{spec!r} is a {type(value).__name__}, not a Pipeline")
        return value

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(step.name for step in self.steps)

    def __iter__(self) -> Iterator[Step]:
        """The steps, in order (``list(pipeline)``, ``for step in pipeline``)."""
        return iter(self.steps)

    def __getitem__(self, name: str) -> Step:
        """Return the step called ``name``.

        Raises:
            PipelineError: when there is no such step.
        """
        return self.steps[self._index(name)]

    def _index(self, name: str) -> int:
        for i, step in enumerate(self.steps):
            if step.name == name:
                return i
        raise PipelineError(f"no step named {name!r}; steps: {list(self.names)}")

    def replace(self, name: str, step: Step) -> Pipeline:
        """Return a pipeline with the step called ``name`` replaced by ``step``."""
        i = self._index(name)
        return Pipeline((*self.steps[:i], step, *self.steps[i + 1 :]))

    def insert(
        self, step: Step, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """Return a pipeline with ``step`` added before or after a named step (default: last)."""
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        if before is not None:
            i = self._index(before)
        elif after is not None:
            i = self._index(after) + 1
        else:
            i = len(self.steps)
        return Pipeline((*self.steps[:i], step, *self.steps[i:]))

    def without(self, *names: str) -> Pipeline:
        """Return a pipeline without the named steps.

        Raises:
            PipelineError: when a name is unknown, or a remaining step needs a removed one.
        """
        for name in names:
            self._index(name)
        return Pipeline(step for step in self.steps if step.name not in names)

    def only(self, *names: str) -> Pipeline:
        """Return a pipeline of the named steps and the earlier steps they need, in order.

        >>> Pipeline.default().only("body").names
        ('layout', 'headline', 'body')

        Raises:
            PipelineError: when a name is unknown.
        """
        needed = set(names)
        for name in names:
            self._index(name)
        for step in reversed(self.steps):
            if step.name in needed:
                needed |= {s.name for s in self.steps if set(s.provides) & set(step.requires)}
        return Pipeline(step for step in self.steps if step.name in needed)

    # -- running ---------------------------------------------------------------------------------

    def run(self, source: Source | Document) -> Document:
        """Run every step on ``source`` and return the Document.

        Raises:
            InputError: when ``source`` is neither a Source nor a Document.
            ExtractorError: when a step raises (the cause is chained).
            PipelineError: when a step changes fields it did not declare or returns a
                non-Document.
        """
        if isinstance(source, Document):
            doc = source
        elif isinstance(source, Source):
            doc = Document(source=source, problems=source.problems)
        else:
            raise InputError(
                f"run() takes a Source or a Document, got {type(source).__name__}; "
                "raw pages (str or bytes) go through articlekit.load() or articlekit.extract()",
                reason="type",
            )
        for step in self.steps:
            try:
                result = step(doc)
            except ArticlekitError as error:
                if isinstance(error, ExtractorError | PipelineError):
                    raise
                raise ExtractorError(step.name, f"{type(error).__name__}: {error}") from error
            except Exception as error:
                raise ExtractorError(step.name, f"{type(error).__name__}: {error}") from error
            _check_result(step, doc, result)
            doc = result
        return doc

    def run_many(
        self,
        inputs: Iterable[InputItem],
        *,
        media_type: MediaType | str | None = None,
        url: str | None = None,
        reference_time: datetime | None = None,
        offsets: bool = True,
    ) -> Iterator[Document | Failure]:
        """Run the pipeline over many inputs, yielding one result per input, in order.

        Inputs may be Sources, Documents, raw ``str``/``bytes`` (auto-detected), or
        ``(input_id, any of those)`` pairs. An input that fails yields a :class:`Failure` with
        its id; nothing is ever dropped. ``media_type`` (default: detected), ``url``,
        ``reference_time`` and ``offsets`` (see :func:`articlekit.load`) apply to raw inputs.
        """
        for position, item in enumerate(inputs):
            input_id, payload = _split(item, position)
            try:
                if not isinstance(payload, Source | Document | str | bytes):
                    raise InputError(  # noqa: TRY301 - recorded as this input's Failure below
                        "run_many() takes Sources, Documents, str or bytes, "
                        f"got {type(payload).__name__}",
                        reason="type",
                    )
                if isinstance(payload, str | bytes):
                    payload = io.load(
                        payload,
                        media_type=media_type,
                        url=url,
                        reference_time=reference_time,
                        offsets=offsets,
                    )
                yield self.run(payload)
            except ArticlekitError as error:
                step = error.step if isinstance(error, ExtractorError) else None
                yield Failure(input_id, type(error).__name__, str(error), step)
            except Exception as error:  # noqa: BLE001 - batch work must never lose a record
                yield Failure(input_id, type(error).__name__, str(error))


def _split(item: InputItem, position: int) -> tuple[str, Source | Document | str | bytes]:
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):  # noqa: PLR2004
        return item[0], item[1]
    if isinstance(item, Source) and item.url:
        return item.url, item
    if isinstance(item, Document) and item.source.url:
        return item.source.url, item
    return f"#{position}", item


def _check_result(step: Step, before: Document, after: object) -> None:
    if not isinstance(after, Document):
        raise PipelineError(
            f"step {step.name!r} returned {type(after).__name__}, expected a Document"
        )
    changed = [
        name
        for name in sorted(DOCUMENT_FIELDS - set(step.provides))
        if getattr(before, name) is not getattr(after, name)
        and getattr(before, name) != getattr(after, name)
    ]
    if changed:
        raise PipelineError(
            f"step {step.name!r} changed {changed}, but provides only {sorted(step.provides)}"
        )
