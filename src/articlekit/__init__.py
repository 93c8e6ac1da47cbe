"""articlekit: turn raw scraped articles into typed, span-anchored data.

>>> import articlekit
>>> doc = articlekit.extract("A headline\\n\\nThe body of the article.")
>>> articlekit.Document.from_json(doc.to_json()) == doc
True
"""

from __future__ import annotations

from articlekit import _render, errors
from articlekit._text import normalize
from articlekit.api import extract
from articlekit.errors import (
    ArticlekitError,
    ExtractorError,
    InputError,
    ModelError,
    PipelineError,
)
from articlekit.facts import find_quantities, find_unit_mentions, parse_quantity
from articlekit.io import from_html, from_text, load
from articlekit.model import (
    Attribution,
    AuthorDetails,
    Block,
    BlockFeatures,
    BlockKind,
    Change,
    Claim,
    ClaimKind,
    Comment,
    CommentNode,
    CommentSection,
    DateValue,
    Dimension,
    Document,
    Element,
    Granularity,
    Headline,
    Hedge,
    HedgeKind,
    Layout,
    MediaType,
    Metadata,
    MetaValue,
    OffsetMap,
    Paragraph,
    ParentOption,
    Period,
    Problem,
    Qualifier,
    Quantity,
    RawComment,
    Sentence,
    Source,
    Span,
    Unit,
    UnitMention,
)
from articlekit.pipeline import DOCUMENT_FIELDS, Failure, Pipeline, Step


def compiled() -> bool:
    """Return whether this installation runs the optional compiled (mypyc) build.

    The compiled build renders and reads pages faster and behaves identically; a plain
    ``pip install`` is pure Python. See ``docs/install.md``.

    >>> isinstance(compiled(), bool)
    True
    """
    return not (_render.__file__ or "").endswith(".py")


__all__ = [
    "DOCUMENT_FIELDS",
    "ArticlekitError",
    "Attribution",
    "AuthorDetails",
    "Block",
    "BlockFeatures",
    "BlockKind",
    "Change",
    "Claim",
    "ClaimKind",
    "Comment",
    "CommentNode",
    "CommentSection",
    "DateValue",
    "Dimension",
    "Document",
    "Element",
    "ExtractorError",
    "Failure",
    "Granularity",
    "Headline",
    "Hedge",
    "HedgeKind",
    "InputError",
    "Layout",
    "MediaType",
    "MetaValue",
    "Metadata",
    "ModelError",
    "OffsetMap",
    "Paragraph",
    "ParentOption",
    "Period",
    "Pipeline",
    "PipelineError",
    "Problem",
    "Qualifier",
    "Quantity",
    "RawComment",
    "Sentence",
    "Source",
    "Span",
    "Step",
    "Unit",
    "UnitMention",
    "__version__",
    "compiled",
    "errors",
    "extract",
    "find_quantities",
    "find_unit_mentions",
    "from_html",
    "from_text",
    "load",
    "normalize",
    "parse_quantity",
]


def __dir__() -> list[str]:
    return list(__all__)


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for.

    Reading package metadata costs more than the rest of a one-page command line run's imports,
    so it waits until someone asks.
    """
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("articlekit")
        except PackageNotFoundError:  # pragma: no cover - a source tree without install
            return "0.0.0"
    raise AttributeError(f"module 'articlekit' has no attribute {name!r}")
