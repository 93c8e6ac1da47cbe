"""The headline.

HTML pages: the page's own signals vote. ``og:title``, ``twitter:title``, JSON-LD ``headline``,
Dublin Core/citation/parsely titles and the ``<title>`` (with its site-name part split off) are
compared with the visible headings; the visible heading most signals agree on wins, so the span
points at the headline readers see. Without a visible match, the meta value most signals agree
on is used.

Text dumps: the headline is the line just above the article body that reads like a title (a few
words, no final full stop, not a date, byline or menu entry); a line the page repeats (title and
heading, as in many dumps) or one that starts the page gets extra weight.
"""

from __future__ import annotations

import attrs

from articlekit.model import Document, Headline, Layout, MediaType, Source
from articlekit.page._headings import headline_in
from articlekit.page.layout import find_layout

__all__ = ["HeadlineExtractor", "find_headline"]


def find_headline(source: Source, *, layout: Layout | None = None) -> Headline | None:
    """Return the article's headline, or ``None`` when nothing reads like one.

    Args:
        source: the page.
        layout: the page's analysis (see :func:`articlekit.page.find_layout`), found when not
            given; the headline is looked for just above the article it expects. On HTML, where
            that article starts at the layout's core, the layout's guess (:attr:`Layout.heading`)
            answers: it was looked for above the same blocks.

    >>> from articlekit import from_text
    >>> body = "Sony posted its numbers today and they were good. " * 3
    >>> text = "Sony sells phones\\n\\nSony sells phones\\n" + body
    >>> find_headline(from_text(text)).text
    'Sony sells phones'
    """
    if layout is None:
        layout = find_layout(source)
    core = layout.core
    core_bounds = (
        (layout.blocks[core[0]].block.span, layout.blocks[core[1]].block.span)
        if core is not None
        else None
    )
    bounds = layout.article if layout.article is not None else core_bounds
    if source.media_type is MediaType.HTML and bounds == core_bounds:
        # Page analysis guessed the headline above the same bounds, and on HTML the question is
        # the same (only a text dump's headline may be looked for inside the body).
        return layout.heading
    return headline_in(source, bounds, into_body=True)


@attrs.frozen(kw_only=True)
class HeadlineExtractor:
    """The headline step: fills :attr:`Document.headline` using :func:`find_headline`."""

    name: str = "headline"
    requires: frozenset[str] = frozenset({"layout"})
    provides: frozenset[str] = frozenset({"headline"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its headline, looked for above the article the layout expects."""
        return doc.evolve(headline=find_headline(doc.source, layout=doc.layout))
