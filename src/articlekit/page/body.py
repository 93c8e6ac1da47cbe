"""The article body: boilerplate removed, split into paragraphs.

The body step works on the page analysis of the layout step (:mod:`.layout`: block features, the
article's core and region, the comment section) with the same features for text dumps (a block
is a line) and HTML (a block is a rendered element; link density, tags, class/id hints and the
element outline add evidence). The headline bounds the body from above; inside the region, short
blocks are kept when they read like part of the article (headings, short paragraphs, list items)
and dropped when they are furniture, bylines, dates or credits (:mod:`._article`). For HTML, the
page's own JSON-LD ``articleBody`` confirms visible blocks, and stands in for the body when the
page renders its text by script.

Nothing after the start of the comment section is body: the comments step reads that part.
"""

from __future__ import annotations

import attrs

from articlekit.model import Document, Headline, Layout, Paragraph, Problem, Source
from articlekit.page._article import article_paragraphs
from articlekit.page.layout import find_layout

__all__ = ["BodyExtractor", "find_paragraphs"]


def find_paragraphs(
    source: Source, *, layout: Layout | None = None, headline: Headline | None = None
) -> tuple[Paragraph, ...]:
    """Return the article's body paragraphs, in order.

    Args:
        source: the page.
        layout: the page's analysis (:func:`articlekit.page.find_layout`), found when not given;
            nothing at or after the start of its comment section is body.
        headline: the headline that bounds the body from above; by default the one page analysis
            guessed (:attr:`Layout.heading`).

    >>> from articlekit import from_text
    >>> body = "This is a long body sentence with many words in it. " * 3
    >>> comment = "Someone says: this is a long comment with plenty of words in it. " * 2
    >>> text = "Menu\\nHome\\n\\nA headline\\n\\n" + body + "\\n\\n1 Comment\\n" + comment
    >>> [p.text[:30] for p in find_paragraphs(from_text(text))]
    ['This is a long body sentence w']
    """
    if layout is None:
        layout = find_layout(source)
    return _paragraphs(source, layout, layout.heading if headline is None else headline)


def _paragraphs(source: Source, layout: Layout, headline: Headline | None) -> tuple[Paragraph, ...]:
    """The article's paragraphs below ``headline``.

    Below the headline page analysis guessed (as the headline step finds it on almost every
    page), they are the ones the layout step already selected (:attr:`Layout.paragraphs`).
    """
    if layout.paragraphs and headline == layout.heading:
        return layout.paragraphs
    return article_paragraphs(source, layout, headline)


@attrs.frozen(kw_only=True)
class BodyExtractor:
    """The body step: fills :attr:`Document.paragraphs`, below the Document's headline."""

    name: str = "body"
    requires: frozenset[str] = frozenset({"layout", "headline"})
    provides: frozenset[str] = frozenset({"paragraphs", "problems"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its body paragraphs."""
        layout = doc.layout if doc.layout is not None else find_layout(doc.source)
        paragraphs = _paragraphs(doc.source, layout, doc.headline)
        problems = doc.problems
        if not paragraphs:
            problems = (*problems, Problem(self.name, "no article body found"))
        return doc.evolve(paragraphs=paragraphs, problems=problems)
