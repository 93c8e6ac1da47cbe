"""Reader comments: the section, each comment's fields, and the reply tree with confidence."""

from __future__ import annotations

from articlekit.comments.comments import CommentExtractor, find_comments
from articlekit.comments.formats import FORMATS, CommentFormat

__all__ = ["FORMATS", "CommentExtractor", "CommentFormat", "find_comments"]
