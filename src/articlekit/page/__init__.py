"""Reading the page: layout analysis, headline, body paragraphs and metadata.

The layout step analyses the page once (block features, the article region, the comment
section's start) and stores the result on the Document; the headline, body and metadata steps read
it. Each step is a thin wrapper over a pure ``find_*`` function.
"""

from __future__ import annotations

from articlekit.page.body import BodyExtractor, find_paragraphs
from articlekit.page.headline import HeadlineExtractor, find_headline
from articlekit.page.layout import LayoutExtractor, find_layout
from articlekit.page.metadata import MetadataExtractor, find_metadata

__all__ = [
    "BodyExtractor",
    "HeadlineExtractor",
    "LayoutExtractor",
    "MetadataExtractor",
    "find_headline",
    "find_layout",
    "find_metadata",
    "find_paragraphs",
]
