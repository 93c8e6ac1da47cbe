"""Reader comments: found, split, read into fields, and arranged into a tree with confidence.

Two sources:

- **HTML** with nested markup (WordPress ``ol.commentlist > li#comment-N > ul.children``,
  ``article.comment``, schema.org-style ``Comment`` containers, generic nested ``comment``
  containers): the nesting in :attr:`Source.elements` gives exact parents (confidence 1.0); the
  author, date and body come from the container's parts.
- **Text dumps** (and HTML pages whose comments are flattened): the comment section after the body
  is split by the :class:`~._comment_formats.CommentFormat` with the most evidence on the page
  (numbered, WordPress "says:", Disqus-like, Hacker-News-like, Reddit-like; users add their own).
  Numbered threads get their tree from :mod:`._comment_tree` (constraints from the numbers, a
  small learned scorer, beam search, calibrated confidence and alternatives); Hacker-News-style
  pages from their depth links; other styles from @mentions, else top level.

Relative times ("3 days ago") resolve against the source's reference time only; without one they
stay unresolved (the wall clock is never used).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from articlekit.comments._dates import DateReader
from articlekit.comments._fields import read_comment
from articlekit.comments._flat_trees import hint_tree, mention_tree, numbered_tree
from articlekit.comments._markup import html_comments
from articlekit.comments._split import Raw
from articlekit.comments.formats import FORMATS, CommentFormat
from articlekit.comments.section import MARKUP, find_comment_section
from articlekit.model import Comment, CommentSection, Document, Source

__all__ = ["MARKUP", "CommentExtractor", "find_comment_section", "find_comments"]


def find_comments(
    source: Source,
    *,
    after: int = 0,
    formats: Sequence[CommentFormat] = FORMATS,
    section: CommentSection | None = None,
) -> tuple[Comment, ...]:
    """The comments of a page: nested HTML markup first, else a flattened section.

    Comments starting before ``after`` (the body's end, in the pipeline) are left out.
    ``section`` is the page's comment section when already found (the layout step finds it
    with its own formats); otherwise it is found with ``formats``.

    >>> import articlekit
    >>> page = "Title\\n\\nBody text.\\n\\nComments\\n\\n1. ann unregistered\\n\\nFirst!\\n\\n" \\
    ...        "2. bob unregistered\\n\\n@ann welcome\\n"
    >>> [(c.ref, c.author, c.is_registered) for c in find_comments(articlekit.from_text(page))]
    [('1', 'ann', False), ('2', 'bob', False)]
    """
    if section is None:
        section = find_comment_section(source, formats)
    if section is None:
        return ()
    ref = source.reference_time
    if section.format == MARKUP:
        return tuple(html_comments(source, ref))
    text = source.text
    raws = [
        Raw(
            c.span.start,
            c.span.end,
            c.body.start,
            c.body.end,
            {name: (text[s.start : s.end], s.start, s.end) for name, s in c.fields},
        )
        for c in section.comments
        if c.span.start >= after
    ]
    if not raws:
        return ()
    dates = DateReader.for_page(source, ref)
    since_dates = DateReader.for_page(source, None)
    comments = [read_comment(r, text, dates, since_dates) for r in raws]
    if section.is_numbered:
        comments = numbered_tree(comments, text)
    elif (
        any("parent" in r.fields or "root" in r.fields for r in raws) or section.format == "hn_like"
    ):
        comments = hint_tree(comments, raws)
    else:
        comments = mention_tree(comments, text)
    return tuple(comments)


def _section_start(doc: Document) -> int:
    """Comments never start inside the body.

    The headline does not bound them: a page's title line may have been taken from anywhere.
    """
    return max((p.span.end for p in doc.paragraphs), default=0) if doc.paragraphs else 0


@attrs.frozen(kw_only=True)
class CommentExtractor:
    """The comments step: reader comments with authors, details, dates, bodies and parents.

    The section is the one the layout step found (configure its formats there:
    ``LayoutExtractor(comment_formats=...)``), so the body and the comments agree on where the
    comments start.
    """

    name: str = "comments"
    requires: frozenset[str] = frozenset({"layout", "paragraphs"})
    provides: frozenset[str] = frozenset({"comments"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its comments."""
        if doc.layout is None:  # a Document built by hand: look for the section here
            found = find_comments(doc.source, after=_section_start(doc))
        elif doc.layout.comments is None:  # page analysis found none: none to read
            found = ()
        else:
            found = find_comments(
                doc.source, after=_section_start(doc), section=doc.layout.comments
            )
        return doc.evolve(comments=found)
