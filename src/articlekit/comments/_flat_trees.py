"""Reply trees of flattened sections: numbered threads, depth links, and @mentions."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from articlekit.comments import _tree as tree
from articlekit.comments._split import Raw
from articlekit.model import Comment, ParentOption


def numbered_tree(comments: list[Comment], text: str) -> list[Comment]:
    nodes = [
        tree.Node(
            ref=int(c.ref) if c.ref and c.ref.isdigit() else None,
            author=c.author or "",
            body=text[c.body.start : c.body.end],
            registered=c.is_registered,
        )
        for c in comments
    ]
    out = []
    for c, d in zip(comments, tree.infer(nodes), strict=True):
        alternatives = tuple(
            ParentOption(parent=o, confidence=round(min(1.0, max(0.0, p)), 4))
            for o, p in d.options
            if o != d.parent
        )[:3]
        out.append(
            attrs.evolve(
                c,
                parent=d.parent,
                parent_confidence=round(d.confidence, 4),
                alternatives=alternatives,
            )
        )
    return out


def hint_tree(comments: list[Comment], raws: Sequence[Raw]) -> list[Comment]:
    """Hacker-News-style depth links: no "parent" = top level, "parent" = depth 1, "root" = 2+."""
    out: list[Comment] = []
    depth_of: list[int] = []
    for k, (c, r) in enumerate(zip(comments, raws, strict=True)):
        if "parent" not in r.fields:
            parent, depth, conf = None, 0, 1.0
        elif "root" not in r.fields:
            parent = next((j for j in range(k - 1, -1, -1) if depth_of[j] == 0), None)
            depth, conf = 1, 1.0
        else:
            parent = k - 1 if k else None
            depth = depth_of[k - 1] + 1 if k else 0
            conf = 0.6
        depth_of.append(depth)
        out.append(attrs.evolve(c, parent=parent, parent_confidence=conf))
    return out


def mention_tree(comments: list[Comment], text: str) -> list[Comment]:
    """Styles without structure: a comment that @mentions an earlier author replies to them."""
    out: list[Comment] = []
    for k, c in enumerate(comments):
        parent = None
        for m in c.mentions:
            name = text[m.start + 1 : m.end].lower()
            parent = next(
                (j for j in range(k - 1, -1, -1) if (comments[j].author or "").lower() == name),
                None,
            )
            if parent is not None:
                break
        out.append(
            attrs.evolve(c, parent=parent, parent_confidence=0.7 if parent is not None else 0.5)
        )
    return out
