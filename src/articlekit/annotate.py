"""A self-contained HTML page that shows what was extracted, where.

:func:`annotate` renders a :class:`~articlekit.model.Document` as the normalised source text with
every extracted item highlighted by kind — headline, body paragraphs, claims, numeric facts,
comments (with author and date), and everything else dimmed as boilerplate. Hovering or clicking a
highlight shows its details (normalised value, unit, period, claim kind, speaker, parent and
confidence); a collapsible comment tree sits beside the text. No external files: styles, script and
data are inline, so the page can be mailed or attached to a bug report.

Each highlight carries ``data-start``/``data-end`` (its span); on load the page checks every
highlight's text against the source text it embeds and marks it ``data-ok="1"``, so a browser test
can verify that the highlights are where the spans say.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Iterable
from typing import Any, Final

from articlekit.model import Comment, Document, Quantity, Span

__all__ = ["annotate"]

_STYLE: Final = """
body{font:15px/1.55 system-ui,sans-serif;margin:0;display:flex;color:#222}
main{flex:3;padding:1.5em 2em;white-space:pre-wrap;word-wrap:break-word}
aside{flex:1;min-width:18em;max-width:26em;border-left:1px solid #ddd;padding:1em;
 background:#fafafa;height:100vh;overflow:auto;position:sticky;top:0;font-size:13px}
mark{background:none;color:inherit;border-radius:3px;cursor:pointer}
.ak-boilerplate{color:#aaa}
.ak-headline{background:#ffe8a3;font-weight:600}
.ak-paragraph{background:#eef6ff}
.ak-claim{border-bottom:2px solid #7aa7e0}
.ak-claim[data-claim-kind=opinion]{border-bottom-color:#c97fd6}
.ak-claim[data-claim-kind=forecast]{border-bottom-color:#e0a33b}
.ak-claim[data-claim-kind=quote]{border-bottom-color:#4bb37c}
.ak-claim[data-claim-kind=question]{border-bottom-color:#999}
.ak-fact{background:#ffd0d0;font-weight:600}
.ak-comment{background:#f1f1f1;display:inline}
.ak-author{background:#d8f0d8}
.ak-date{background:#e6e0f8}
#ak-details{position:fixed;bottom:1em;left:1em;max-width:36em;background:#fff;border:1px solid #bbb;
 box-shadow:0 2px 8px rgba(0,0,0,.2);padding:.6em .9em;font:12px/1.4 ui-monospace,monospace;
 white-space:pre-wrap;display:none}
.legend span{display:inline-block;margin:0 .4em .3em 0;padding:0 .3em;border-radius:3px}
details{margin-left:.8em}
summary{cursor:pointer}
"""

_SCRIPT: Final = """
(function(){
  // Python offsets count code points: slice by code point, not UTF-16 unit
  var src = Array.from(JSON.parse(document.getElementById('ak-source').textContent));
  var box = document.getElementById('ak-details');
  var marks = document.querySelectorAll('mark[data-start]');
  var bad = 0;
  marks.forEach(function(m){
    var s = +m.dataset.start, e = +m.dataset.end;
    var ok = m.textContent === src.slice(s, e).join('');
    m.dataset.ok = ok ? '1' : '0';
    if (!ok) bad++;
    function show(ev){
      ev.stopPropagation();
      box.textContent = m.dataset.kind + ' [' + s + ', ' + e + ')\\n' +
        JSON.stringify(JSON.parse(m.dataset.info || '{}'), null, 1);
      box.style.display = 'block';
    }
    m.addEventListener('click', show);
    m.addEventListener('mouseenter', show);
  });
  document.body.addEventListener('click', function(){ box.style.display = 'none'; });
  document.body.dataset.marks = marks.length;
  document.body.dataset.bad = bad;
  document.querySelectorAll('[data-goto]').forEach(function(a){
    a.addEventListener('click', function(ev){
      ev.preventDefault();
      var t = document.getElementById(a.dataset.goto);
      if (t) { t.scrollIntoView({block: 'center'}); t.click(); }
    });
  });
})();
"""


def _fact_info(q: Quantity) -> dict[str, Any]:
    info: dict[str, Any] = {"text": q.text}
    if q.value is not None:
        info["value"] = str(q.value)
    else:
        info["range"] = [str(q.low), str(q.high)]
    for name in ("scale", "noun", "measured"):
        value = getattr(q, name)
        if value is not None:
            info[name] = str(value)
    if q.unit is not None:
        info["unit"] = q.unit.code
        info["dimension"] = q.unit.dimension.value
    if q.qualifier is not None:
        info["qualifier"] = q.qualifier.value
    if q.change is not None:
        info["change"] = q.change.value
    if q.period is not None:
        info["period"] = q.period.label + (" (fiscal)" if q.period.is_fiscal else "")
    return info


def _comment_info(doc: Document, index: int, c: Comment) -> dict[str, Any]:
    info: dict[str, Any] = {"index": index, "ref": c.ref, "author": c.author}
    if c.is_registered is not None:
        info["registered"] = c.is_registered
    if c.details.post_count is not None:
        info["posts"] = c.details.post_count
    if c.details.member_since is not None:
        info["member_since"] = c.details.member_since.isoformat()
    if c.posted is not None:
        info["posted"] = c.posted.isoformat()
    if c.parent is not None:
        info["parent"] = doc.comments[c.parent].ref or c.parent
    if c.parent_confidence is not None:
        info["parent_confidence"] = c.parent_confidence
    if c.alternatives:
        info["alternatives"] = [
            [doc.comments[a.parent].ref if a.parent is not None else None, a.confidence]
            for a in c.alternatives
        ]
    return info


def _items(doc: Document) -> list[tuple[Span, str, str, dict[str, Any], str | None]]:
    """(span, css class, kind label, details, element id) for every highlight."""
    out: list[tuple[Span, str, str, dict[str, Any], str | None]] = []
    if doc.headline is not None:
        out.append(
            (
                doc.headline.span,
                "ak-headline",
                "headline",
                {"signals": list(doc.headline.signals)},
                None,
            )
        )
    for i, p in enumerate(doc.paragraphs):
        out.append((p.span, "ak-paragraph", "paragraph", {"index": i, "kind": p.kind.value}, None))
    for i, c in enumerate(doc.comments):
        out.append((c.span, "ak-comment", "comment", _comment_info(doc, i, c), f"ak-comment-{i}"))
        if c.author_span is not None:
            out.append((c.author_span, "ak-author", "author", {"author": c.author}, None))
        if c.posted_span is not None:
            out.append(
                (
                    c.posted_span,
                    "ak-date",
                    "posted",
                    {"posted": c.posted.isoformat() if c.posted else None},
                    None,
                )
            )
    for claim in doc.claims:
        info: dict[str, Any] = {
            "kind": claim.kind.value,
            "checkworthiness": claim.checkworthiness,
            "signals": list(claim.signals),
        }
        if claim.attribution is not None:
            a = claim.attribution
            info["speaker"] = doc.text_of(a.speaker) if a.speaker else None
            info["cue"] = doc.text_of(a.cue) if a.cue else None
            info["direct"] = a.is_direct
        if claim.hedges:
            info["hedges"] = [[h.text, h.kind.value] for h in claim.hedges]
        info["comment"] = claim.is_comment
        out.append((claim.span, "ak-claim", "claim", info, None))
    out.extend((q.span, "ak-fact", "fact", _fact_info(q), None) for q in doc.quantities)
    return out


def _nest(
    items: Iterable[tuple[Span, str, str, dict[str, Any], str | None]],
) -> list[tuple[Span, str, str, dict[str, Any], str | None]]:
    """Keep the items that nest properly (containers first); drop partial overlaps."""
    ordered = sorted(items, key=lambda it: (it[0].start, -it[0].end))
    kept: list[tuple[Span, str, str, dict[str, Any], str | None]] = []
    stack: list[Span] = []
    for it in ordered:
        span = it[0]
        if span.end <= span.start:
            continue
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            continue  # crosses its container's end
        kept.append(it)
        stack.append(span)
    return kept


def _body(text: str, items: list[tuple[Span, str, str, dict[str, Any], str | None]]) -> str:
    """The source text with nested ``<mark>`` elements; uncovered text is boilerplate."""
    parts: list[str] = []
    pos = 0
    stack: list[Span] = []

    def plain(a: int, b: int) -> None:
        if a >= b:
            return
        chunk = html.escape(text[a:b])
        parts.append(chunk if stack else f'<span class="ak-boilerplate">{chunk}</span>')

    for span, css, kind, info, ident in items:
        while stack and stack[-1].end <= span.start:
            plain(pos, stack[-1].end)
            pos = stack[-1].end
            stack.pop()
            parts.append("</mark>")
        plain(pos, span.start)
        pos = span.start
        attrs_ = (
            f' class="{css}" data-kind="{kind}" data-start="{span.start}" data-end="{span.end}"'
            f" data-info='{html.escape(json.dumps(info, ensure_ascii=False), quote=True)}'"
        )
        if css == "ak-claim":
            attrs_ += f' data-claim-kind="{html.escape(str(info.get("kind", "")))}"'
        if ident:
            attrs_ += f' id="{ident}"'
        parts.append(f"<mark{attrs_}>")
        stack.append(span)
    while stack:
        plain(pos, stack[-1].end)
        pos = stack[-1].end
        stack.pop()
        parts.append("</mark>")
    plain(pos, len(text))
    return "".join(parts)


def _tree(doc: Document) -> str:
    if not doc.comments:
        return "<p>No comments.</p>"

    def node_html(node: Any) -> str:  # noqa: ANN401 - CommentNode, recursive
        c = node.comment
        conf = "" if c.parent_confidence is None else f" · {c.parent_confidence:.2f}"
        label = html.escape(f"#{c.ref or node.index} {c.author or '?'}{conf}")
        link = f'<a href="#" data-goto="ak-comment-{node.index}">{label}</a>'
        if not node.children:
            return f"<div>{link}</div>"
        inner = "".join(node_html(ch) for ch in node.children)
        return f"<details open><summary>{link}</summary>{inner}</details>"

    return "".join(node_html(n) for n in doc.comment_tree())


def _script_json(value: object) -> str:
    """JSON for a ``<script>`` block: nothing in it can end the block or change how it parses.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so no ``</script``, ``<!--`` or
    ``<script`` can appear (the last two would put the HTML parser in a state where the page's
    own script never runs); U+2028 and U+2029 are escaped for older JavaScript parsers.

    >>> _script_json("<!--<script>")
    '"\\\\u003c!--\\\\u003cscript\\\\u003e"'
    """
    text = json.dumps(value, ensure_ascii=False)
    return text.translate(_SCRIPT_SAFE)


_SCRIPT_SAFE: Final = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def _hash(code: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"
    )


#: The page may run its own script and style and nothing else: no other script, no network
#: (no images, fonts, frames, forms or connections), whatever the page's text holds.
_POLICY: Final = (
    f"default-src 'none'; script-src {_hash(_SCRIPT)}; style-src {_hash(_STYLE)}; "
    "base-uri 'none'; form-action 'none'"
)


def annotate(doc: Document, *, title: str | None = None) -> str:
    """The annotated page for ``doc`` as one HTML string."""
    text = doc.source.text
    items = _nest(_items(doc))
    head = title or (doc.headline.text if doc.headline else "articlekit annotation")
    legend = (
        '<div class="legend"><span class="ak-headline">headline</span>'
        '<span class="ak-paragraph">body</span><span class="ak-claim">claim</span>'
        '<span class="ak-fact">fact</span><span class="ak-comment">comment</span>'
        '<span class="ak-author">author</span><span class="ak-boilerplate">boilerplate</span></div>'
    )
    counts = (
        f"{len(doc.paragraphs)} paragraphs · {len(doc.claims)} claims · "
        f"{len(doc.quantities)} facts · {len(doc.comments)} comments"
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        f"<title>{html.escape(head)}</title><style>{_STYLE}</style></head><body>"
        f"<main>{_body(text, items)}</main>"
        f"<aside><h3>articlekit</h3>{legend}<p>{html.escape(counts)}</p>"
        f"<h4>Comment tree</h4>{_tree(doc)}</aside>"
        '<div id="ak-details"></div>'
        f'<script type="application/json" id="ak-source">{_script_json(text)}</script>'
        f"<script>{_SCRIPT}</script></body></html>"
    )
