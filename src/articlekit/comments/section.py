"""Finding a page's comment section: nested comment markup, else a flattened, split section.

This is all the layout step needs from the comments package; fields and trees are read later by
the comments step (:func:`articlekit.comments.find_comments`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from articlekit.comments._markup import comment_containers
from articlekit.comments._split import split_section
from articlekit.comments.formats import FORMATS, CommentFormat
from articlekit.model import CommentSection, RawComment, Source, Span

__all__ = ["MARKUP", "find_comment_section"]

MARKUP: Final = "markup"
"""The :attr:`CommentSection.format` of comments nested in HTML containers."""


def find_comment_section(
    source: Source, formats: Sequence[CommentFormat] = FORMATS
) -> CommentSection | None:
    """Where the page's comments are and how they split, or ``None`` without any.

    Nested comment markup wins; otherwise the flattened section is split with the format of
    ``formats`` that has the most evidence on the page. Fields and the tree are read later
    (:func:`find_comments`).
    """
    found = comment_containers(source)
    if found is not None:  # the comments' fields are read later
        nesting, kept = found
        start = min(source.blocks[b].span.start for c in kept for b in nesting.blocks_by[c])
        return CommentSection(start=start, format=MARKUP)
    fmt, raws = split_section(source.text, 0, len(source.text), formats)
    if fmt is None or not raws:
        return None
    return CommentSection(
        start=raws[0].start,
        format=fmt.name,
        is_numbered=fmt.numbered,
        comments=tuple(
            RawComment(
                span=Span(r.start, r.end),
                body=Span(r.body_start, r.body_end),
                fields=tuple((name, Span(a, b)) for name, (_, a, b) in r.fields.items()),
            )
            for r in raws
        ),
    )
