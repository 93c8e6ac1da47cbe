"""Reader comments: the section, each comment's fields, and the reply tree with confidence."""

from __future__ import annotations

from articlekit.comments.comments import (
    MARKUP,
    CommentExtractor,
    find_comment_section,
    find_comments,
)
from articlekit.comments.formats import FORMATS, CommentFormat

__all__ = [
    "FORMATS",
    "MARKUP",
    "CommentExtractor",
    "CommentFormat",
    "find_comment_section",
    "find_comments",
]
