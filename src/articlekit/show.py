"""A human view of a document in the terminal (``articlekit show``), drawn with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.tree import Tree

from articlekit.model import CommentNode, Document

__all__ = ["render"]


def _facts(doc: Document) -> Table:
    table = Table(title="Numeric facts", show_lines=False, expand=True)
    for column in ("fact", "value", "unit / noun", "qualifier", "change", "measured", "period"):
        table.add_column(column, overflow="fold")
    for q in doc.quantities:
        value = str(q.value) if q.value is not None else f"{q.low} – {q.high}"
        unit = q.unit.code if q.unit else (q.noun or "")
        period = ""
        if q.period is not None:
            period = q.period.label + (" (fiscal)" if q.period.is_fiscal else "")
        table.add_row(
            q.text,
            value,
            unit,
            q.qualifier.value if q.qualifier else "",
            q.change.value if q.change else "",
            q.measured or "",
            period,
        )
    return table


def _claims(doc: Document, limit: int) -> Table:
    table = Table(title=f"Claims (top {limit} by check-worthiness)", expand=True)
    for column in ("score", "kind", "speaker", "hedges", "claim"):
        table.add_column(column, overflow="fold")
    ranked = sorted(doc.claims, key=lambda c: -c.checkworthiness)[:limit]
    for c in ranked:
        speaker = ""
        if c.attribution is not None and c.attribution.speaker is not None:
            speaker = doc.text_of(c.attribution.speaker)
        hedges = ", ".join(h.text for h in c.hedges)
        text = ("[comment] " if c.is_comment else "") + c.text
        table.add_row(f"{c.checkworthiness:.2f}", c.kind.value, speaker, hedges, text)
    return table


def _comments(doc: Document) -> Tree:
    tree = Tree(f"Comments ({len(doc.comments)})")

    def add(parent: Tree, node: CommentNode) -> None:
        c = node.comment
        conf = "" if c.parent_confidence is None else f" [dim]p={c.parent_confidence:.2f}[/dim]"
        body = doc.text_of(c.body).replace("\n", " ")
        label = f"[bold]#{c.ref or node.index} {c.author or '?'}[/bold]{conf}: {body[:80]}"
        branch = parent.add(label)
        for child in node.children:
            add(branch, child)

    for root in doc.comment_tree():
        add(tree, root)
    return tree


def render(doc: Document, *, console: Console | None = None, claims: int = 10) -> None:
    """Print the headline, metadata, facts, claims and comment tree of ``doc``."""
    out = console or Console()
    meta = doc.metadata
    lines = [f"[bold]{doc.headline.text if doc.headline else '(no headline)'}[/bold]"]
    if meta.site:
        lines.append(f"site: {meta.site.value}")
    if meta.authors:
        lines.append("by " + ", ".join(a.value for a in meta.authors))
    if meta.published:
        lines.append(f"published: {meta.published.value.isoformat()}")
    if meta.credits:
        lines.append("credits: " + "; ".join(c.value for c in meta.credits))
    lines.append(f"{len(doc.paragraphs)} paragraphs, {len(doc.sentences)} sentences")
    out.print(Panel("\n".join(lines), title="articlekit"))
    out.print(Group(_facts(doc), _claims(doc, claims), _comments(doc)))
