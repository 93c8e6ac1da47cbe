"""Step contracts are honest, and configuration given to one step reaches the steps after it.

Every default step is run on a Document whose fields outside its ``requires`` (and its own
``provides``, which it may extend) are poisoned: reading one raises. A step that reads a field it
does not declare fails here, naming the field, instead of silently losing data when a user
reorders the pipeline.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import articlekit
from _support import FIXTURES
from articlekit import Document, Headline, Layout, Pipeline
from articlekit.comments import FORMATS, CommentFormat, find_comments
from articlekit.page import LayoutExtractor

_SEED = (FIXTURES / "sony-q2-2012-phonearena" / "input.txt").read_text(encoding="utf-8")
_PAGE = (FIXTURES / "html-wordpress-comments-pft" / "input.html").read_bytes()
_ALWAYS = frozenset({"source"})


class UndeclaredReadError(AssertionError):
    """A step read a Document field it does not declare."""


def _poisoned(doc: Document, allowed: frozenset[str]) -> Document:
    """``doc`` with every field outside ``allowed`` raising when a step reads it."""

    class Poisoned(Document):
        __slots__ = ()

        def __getattribute__(self, name: str) -> Any:
            if name in _FIELDS and name not in allowed:
                raise UndeclaredReadError(name)
            return super().__getattribute__(name)

    poisoned = object.__new__(Poisoned)
    for field in attrs.fields(Document):
        object.__setattr__(poisoned, field.name, Document.__dict__[field.name].__get__(doc))
    return poisoned


_FIELDS = frozenset(f.name for f in attrs.fields(Document))


def _inputs() -> list[tuple[str, Document]]:
    """Full documents of a text dump and an HTML page, as the steps' inputs."""
    return [
        ("seed", articlekit.extract(_SEED)),
        ("wordpress", articlekit.extract(_PAGE, url="https://example.com/2019/09/a-post/")),
    ]


@pytest.mark.parametrize("step", Pipeline.default().steps, ids=lambda step: step.name)
@pytest.mark.parametrize(("label", "doc"), _inputs(), ids=lambda value: str(value)[:9])
def test_each_step_reads_only_what_it_declares(step: Any, label: str, doc: Document) -> None:
    """A step sees only its ``requires``, ``provides`` and the source; it gives the same result."""
    allowed = _ALWAYS | set(step.requires) | set(step.provides)
    try:
        result = step(_poisoned(doc, frozenset(allowed)))
    except UndeclaredReadError as error:
        pytest.fail(f"step {step.name!r} reads {error} on {label} but does not require it")
    expected = step(doc)
    for name in step.provides:
        assert _comparable(getattr(result, name)) == _comparable(getattr(expected, name))


def _comparable(value: object) -> object:
    """The layout compares by identity (derived data): compare its contents instead."""
    return attrs.asdict(value, recurse=False) if isinstance(value, Layout) else value


def test_the_poison_is_real() -> None:
    """The check can fail: a step that reads an undeclared field is caught."""

    @attrs.frozen
    class ReadsComments:
        name: str = "sneaky"
        requires: frozenset[str] = frozenset()
        provides: frozenset[str] = frozenset({"problems"})

        def __call__(self, doc: Document, /) -> Document:
            return doc.evolve(problems=doc.problems[: len(doc.comments)])

    doc = articlekit.extract(_SEED)
    with pytest.raises(UndeclaredReadError, match="comments"):
        ReadsComments()(_poisoned(doc, frozenset({"source", "problems"})))


_LEAD = "The lead paragraph sits above the real headline on this odd page of news."
_BODY = "Sony sold more phones than it expected in the quarter, the company said today. " * 3
_MORE = "Analysts had expected fewer sales, and the shares rose by four percent on the news."
_HTML = (
    "<html><head><title>Sony sells more phones</title></head><body><h1>Phones</h1>"
    f"<p>{_LEAD}</p><h2>Sony sells more phones</h2><p>{_BODY}</p><p>{_MORE}</p></body></html>"
)


@attrs.frozen
class LeadAsHeadline:
    """A custom headline step: the page's lead paragraph is the headline."""

    name: str = "headline"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset({"headline"})

    def __call__(self, doc: Document, /) -> Document:
        block = next(b for b in doc.source.blocks if doc.text_of(b.span) == _LEAD)
        return doc.evolve(headline=Headline(span=block.span, text=_LEAD))


def test_a_custom_headline_step_bounds_the_body() -> None:
    """Replacing the headline step changes where the body starts: the body reads the headline."""
    default = articlekit.extract(_HTML)  # its headline: the h2 the <title> agrees with
    assert default.paragraphs[0].text == _BODY.strip()
    custom = Pipeline.default().replace("headline", LeadAsHeadline())
    doc = articlekit.extract(_HTML, pipeline=custom)
    assert doc.headline is not None
    assert doc.headline.text == _LEAD
    texts = [p.text for p in doc.paragraphs]
    assert texts == ["Sony sells more phones", _BODY.strip(), _MORE]


_BANG = CommentFormat(
    name="bang",
    header=__import__("re").compile(r"^!! (?P<author>\w+) !!$"),
)
_THREAD = "\n\n".join(
    f"!! {name} !!\n\nThis is what {name} thinks about the phones, at some length."
    for name in ("ann", "bob", "cid", "dee")
)


def test_a_custom_comment_format_reaches_the_body() -> None:
    """A format given to the layout step stops the body and yields the comments."""
    page = f"Sony sells more phones\n\n{_BODY}\n\n{_THREAD}\n"
    source = articlekit.from_text(page)
    assert len(find_comments(source, formats=(*FORMATS, _BANG))) == 4
    default = articlekit.extract(page)
    assert default.comments == ()
    assert any("ann thinks" in p.text for p in default.paragraphs)  # swallowed into the body
    custom = Pipeline.default().replace(
        "layout", LayoutExtractor(comment_formats=(*FORMATS, _BANG))
    )
    doc = articlekit.extract(page, pipeline=custom)
    assert [c.author for c in doc.comments] == ["ann", "bob", "cid", "dee"]
    assert not any("thinks about the phones" in p.text for p in doc.paragraphs)
    assert doc.paragraphs[-1].span.end <= doc.comments[0].span.start
    assert doc.comments[0].span.start == doc.source.text.index("!! ann !!")


def test_the_comments_step_reads_no_section_the_layout_step_did_not_find() -> None:
    """No comment section in the layout: the comments step does not look for one again.

    The layout step's formats decide where comments are; a page whose thread only the default
    formats split yields no comments when the layout step was given none of them.
    """
    thread = "1. ann unregistered\n\nFirst!\n\n2. bob unregistered\n\n@ann welcome\n"
    page = f"Sony sells more phones\n\n{_BODY}\n\n{thread}"
    assert len(find_comments(articlekit.from_text(page))) == 2
    assert len(articlekit.extract(page).comments) == 2
    blind = Pipeline.default().replace("layout", LayoutExtractor(comment_formats=()))
    doc = articlekit.extract(page, pipeline=blind)
    assert doc.layout is not None
    assert doc.layout.comments is None
    assert doc.comments == ()
