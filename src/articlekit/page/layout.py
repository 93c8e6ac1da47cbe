"""Page analysis: what the headline, body and comment steps share, computed once.

:func:`find_layout` reads the rendered page once:

1. every content block gets features (:mod:`._features`): length, sentence shape, link density,
   class/id hints, and multilingual boilerplate, section-end and comment-furniture markers;
2. the comment section is found (:func:`articlekit.comments.find_comment_section`, with the
   step's comment formats): nothing from its start on is article body;
3. the article's core and region are found (:mod:`._regions`): for HTML, a readability-style core
   grown inside the element whose blocks are worth most; for text, the densest cluster of good
   blocks joined with similar neighbours;
4. the headline just above the core is guessed, and the blocks the article is expected to hold
   are selected below it (:mod:`._article`), so that the headline step can look just above them
   (and the body step, given that headline, takes them as they are).

The result is a :class:`~articlekit.model.Layout` stored on the Document; it is derived data,
never serialised.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from articlekit.comments.formats import FORMATS, CommentFormat
from articlekit.comments.section import find_comment_section
from articlekit.model import Document, Layout, Source
from articlekit.page._article import article_paragraphs, named_content, slug_anchor
from articlekit.page._features import block_features
from articlekit.page._headings import headline_in
from articlekit.page._regions import (
    best_cluster,
    clusters,
    gaps,
    html_region,
    joined_region,
    reexamined,
    with_edges,
    with_recipe,
)
from articlekit.page._urls import page_url, slug_words

__all__ = ["LayoutExtractor", "find_layout"]


def find_layout(source: Source, *, comment_formats: Sequence[CommentFormat] = FORMATS) -> Layout:
    """Analyse the page: block features, the article's core and region, the comment section.

    >>> from articlekit import from_text
    >>> body = "This is a long body sentence with many words in it. " * 3
    >>> thread = "1. ann unregistered\\n\\nFirst!\\n\\n2. bob unregistered\\n\\nHi\\n"
    >>> page = "Menu\\nHome\\n\\nSony sells more phones\\n\\n" + body + "\\n\\n" + thread
    >>> layout = find_layout(from_text(page))
    >>> layout.heading.text, layout.blocks[layout.core[0]].text[:14]
    ('Sony sells more phones', 'This is a long')
    >>> layout.comments.format, len(layout.comments.comments)
    ('numbered', 2)
    """
    section = find_comment_section(source, comment_formats)
    blocks = block_features(source, comment_start=section.start if section is not None else None)
    body_blocks = len(blocks)
    if section is not None:
        body_blocks = next(
            (k for k, f in enumerate(blocks) if f.block.span.start >= section.start), body_blocks
        )
    feats = blocks[:body_blocks]
    max_gap, join_gap = gaps(source)
    anchor = slug_anchor(source, feats)
    topic = frozenset(w for w in slug_words(page_url(source)) if not w.isdigit())
    found = clusters(feats, max_gap, topic)
    best = best_cluster(found, anchor)
    core = (best.start, best.end) if best is not None else None
    region = html_region(source, feats) if source.elements else None
    if source.elements:
        better = reexamined(source, feats, region)
        if better is not None:
            feats, region = better
            blocks = (*feats, *blocks[body_blocks:])
    if region is None:
        region = joined_region(feats, found, join_gap=join_gap, anchor=anchor)
        if region is not None:
            region = with_recipe(feats, with_edges(feats, region), max_gap, join_gap)
    bounds = (feats[core[0]].block.span, feats[core[1]].block.span) if core is not None else None
    layout = Layout(
        blocks=blocks,
        body_blocks=body_blocks,
        core=core,
        region=region,
        fallback=named_content(feats) if source.elements else None,
        anchor=anchor,
        heading=headline_in(source, bounds, into_body=False),
        comments=section,
    )
    expected = article_paragraphs(source, layout, layout.heading)
    if not expected:
        return layout
    return attrs.evolve(layout, article=(expected[0].span, expected[-1].span), paragraphs=expected)


@attrs.frozen(kw_only=True)
class LayoutExtractor:
    """The layout step: fills :attr:`Document.layout` using :func:`find_layout`.

    Attributes:
        comment_formats: the flattened comment styles the comment section is looked for with;
            add your own here (``(*FORMATS, my_format)``) so that the body stops where your
            comments start and the comments step reads them.
    """

    comment_formats: tuple[CommentFormat, ...] = FORMATS
    name: str = "layout"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset({"layout"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its page analysis."""
        return doc.evolve(layout=find_layout(doc.source, comment_formats=self.comment_formats))
