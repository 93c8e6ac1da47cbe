"""Comments in HTML containers: parents from the nesting, fields from the parts' roles.

Containers are recognised by the conventions of the platforms scrapers meet, never by site:

- comment containers: an id such as ``comment-12``, ``li-comment-12``, ``dsq-comment-12``
  (WordPress, Disqus' fallback), ``thing_t1_x`` (old Reddit),
  ``answer-42`` (Stack Exchange), ``elComment_7`` (Invision); or a class token naming one comment
  in any language (``comment``, ``comment-item``, ``comentario``, ``kommentar``, ``comtr``...);
- forum posts (phpBB ``div.post#p12``, vBulletin ``postcontainer``, XenForo ``message--post``,
  Invision ``cPost``, Discourse ``crawler-post``): the first post on the page opens the thread and
  is the article, the others are comments.

A container nested in another replies to it; a container in a reply wrapper (Drupal's sibling
``div.indented``) replies to the container just before the wrapper; a wrapper container without
text of its own stands for the first comment inside it. Inside a container each block gets a role
from its class/id path (author, meta, action, body) and from its text: action links and vote
widgets ("Reply", "Report", "Permalink", "▲ 12") are never body; "<name> says:", "<name> wrote on
<date>:", "by <name> » <date>", "– <name>" give the author and the date; a date is read in the
page's language (``<html lang>``) with English as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Final

import attrs

from articlekit._lexicon import TITLE_SEPARATORS, CaselessText
from articlekit._patterns import compile_later
from articlekit.comments._dates import DateReader, ParsedDates
from articlekit.model import AuthorDetails, Block, BlockKind, Comment, Source, Span

__all__ = ["Nesting", "comment_containers", "html_comments", "nesting_of"]

_COMMENT_ID: Final = compile_later(
    r"(?:li-|dsq-)?comment-?\d+|thing_t1_\w+|answer-\d+|elComment_\d+", re.IGNORECASE
)
_COMMENT_CLASS: Final = compile_later(
    r"(?:comment|comentario|commentaire|kommentar|commento|reactie|komentarz|comtr|dsq-comment)"
    r"(?:-?(?:item|entry|box|single))?",
    re.IGNORECASE,
)
_POST_CLASS: Final = frozenset(
    {"postcontainer", "postbit", "postbitlegacy", "message--post", "cpost", "crawler-post"}
)
_PHPBB_ID: Final = compile_later(r"p\d+")  # phpBB's div.post#p12
_XF1_ID: Final = compile_later(r"post-\d+")  # XenForo 1's li.message#post-12
_REPLY_WRAPPER: Final = frozenset({"indented", "children", "replies", "comment-replies", "child"})
_TAGS: Final = frozenset({"li", "article", "div", "section", "tr"})
#: a piece of every name :func:`_container_kind` takes (the post classes, the comment ids and
#: classes), in lower case; XenForo's ``message`` class counts only with its ``post-N`` id
_CONTAINER_WORDS: Final = (
    "post", "comment", "thing_t1_", "answer-", "comentario", "kommentar", "reactie",
    "komentarz", "comtr",
)  # fmt: skip

#: WordPress marks a comment by the post's author with ``bypostauthor`` on its wrappers: a state
#: of the whole comment, not its author part.
_AUTHOR_HINT: Final = compile_later(
    r"(?<!bypost)author|\bfn\b|username|user-name|commenter|creator|user-details|userinfo|postprofile"
    r"|message-user\b(?!-)|\buser\b|[.](?:nombre|autor|name)\b(?!-)|-name\b(?!-)",
    re.IGNORECASE,
)
_META_HINT: Final = compile_later(
    r"meta|date|time|published|posted|submitted|attribution|posthead|tagline|comhead"
    r"|comment-header|cabecera|fecha",
    re.IGNORECASE,
)
_ACTION_HINT: Final = compile_later(
    r"(?<![a-z])(?:reply|actions|actionbar|buttons|controls|links|tools|flag|report|vote|score"
    r"|likes|share|post-menu|back2top|permalink|acciones|repondre|responder|antworten)",
    re.IGNORECASE,
)
#: Words of action links, vote widgets and counters; a block of nothing else is no body.
_ACTION_WORDS: Final = (
    r"reply(?:\s+with\s+quote)?|report(?:\s+post)?|permalink|share|edit|\(edit\)|delete|quote"
    r"|like|unlike|flag|embed|save|top|follow|improve\s+this\s+answer|add\s+comment|replies"
    r"|cancel\s+reply|load\s+more\S*|hide|context|parent|root|prev|next|link"
    r"|responder|denunciar|compartir|antworten|antwort|melden|zitieren|teilen|bearbeiten|löschen"
    r"|eliminar|supprimer|elimina|verwijderen"
    r"|répondre(?:\s+à\s+ce\s+message)?|reply\s+to\s+this\s+(?:comment|message)"
    r"|signaler|partager|citer|rispondi|segnala|condividi|beantwoorden|reageren|svara|odpowiedz"
    r"|curtir|permanenter\s+link|lien\s+permanent|enlace\s+permanente"
)
_ACTION: Final = compile_later(
    r"^(?:\s*(?:"
    + _ACTION_WORDS
    + r"|[▲▼↑↓+\-–|•·#\[\]()!]+|\d[\d,.]*\s*(?:points?|votes?|likes?)?"
    r"|\d+\s+children))*\s*$",
    re.IGNORECASE,
)
#: A line of action links only ("Reply Delete", "Antworten Löschen", "Report | Reply").
ACTION_LINE: Final = compile_later(
    r"^(?:\s*(?:" + _ACTION_WORDS + r")\s*[|·•]?)+\s*$", re.IGNORECASE
)
_TRAILING_ACTION: Final = compile_later(
    r"(?:\s*(?:\||·|•)?\s*(?:" + _ACTION_WORDS + r"))+\s*$", re.IGNORECASE
)
_NOISE: Final = compile_later(
    r"\[[–+-]\]|\(\d+\s+(?:children|child|replies|reply)\)|#\d+\b"
    r"|[-+]?\d[\d,.]*\s*(?:points?|votes?|punkte?|puntos?)(?![^\W\d_])",
    re.IGNORECASE,
)
_SAYS: Final = compile_later(
    r"^(?P<author>.{1,80}?)\s*(?:says|said|wrote|sagt|schreibt|schrieb|dit|a\s+écrit|écrit|dice"
    r"|escribió|escribe|disse|scrive|ha\s+scritto|zegt|schreef|skriver|skrev)"
    r"(?:\s+(?:on|am|le|el|il|em|op|på)\s+(?P<date>.+?))?\s*[:.…]*\s*$",
    re.IGNORECASE,
)
_BEFORE_DATE: Final = compile_later(r"[\s,]+(?:on|am|le|el|il|em|op|på)\s*$", re.IGNORECASE)
#: WordPress' "<name> on <date> said:" header whatever the name's length (a pingback is named by
#: the linking post's title) and even when the date cannot be read (a month in another language).
_ON_DATE_SAID: Final = compile_later(
    r"^(?P<author>.+?),?\s+on\s+(?P<date>\S.*?\b\d{4}\b.*?)\s+said\s*:?\s*$", re.IGNORECASE
)
_BY: Final = compile_later(
    r"^(?:(?:posted|submitted|written)\s+)?(?:by|von|par|por|di|door|av)\s+"
    r"|^(?:comment|kommentar|commentaire|comentario|commento|reactie)\s+"
    r"(?:by|von|par|de|por|di|door|van|av)\s+",
    re.IGNORECASE,
)
_DATE_BY: Final = compile_later(
    r"^(?:am|on|le|el|il|op|em)\s+(?P<date>.+?)\s+(?:von|by|par|por|di|door|de|av)\s+"
    r"(?P<author>\S.{0,60})$",
    re.IGNORECASE,
)
#: "In reply to: <title>" after a header (SPIP's "Le <date>, par <name> En réponse à : ..."):
#: what the comment answers, not its author.
_REPLY_TO: Final = compile_later(
    r"\s+(?:en\s+réponse\s+à|in\s+reply\s+to|als\s+antwort\s+auf|en\s+respuesta\s+a"
    r"|in\s+risposta\s+a|em\s+resposta\s+a|als\s+reactie\s+op)\b\s*:?.*$",
    re.IGNORECASE,
)
_SIGNATURE: Final = compile_later(r"^[–—-]\s*(?P<author>\S.{0,60})$")
_HN: Final = compile_later(
    r"^(?P<author>\S{1,40})\s+(?P<time>.{1,40}?\bago)\s*(?P<navs>(?:\|\s*(?:root|parent|prev"
    r"|next|context|on:.*?)\s*)*)\[[–+-]\]$"
)
#: A status after a name ("Harriet (not verified)"): not part of the name.
_STATUS: Final = compile_later(
    r"\s*\((?:not\s+verified|nicht\s+überprüft|non\s+vérifié|no\s+verificado|non\s+verificato"
    r"|guest|gast|invité|invitado|ospite)\)\s*$",
    re.IGNORECASE,
)
_EDGE: Final = compile_later(r"^[\s»«·•|:,–—-]+|[\s»«·•|:,–—-]+$")
_POSTS: Final = compile_later(
    r"^(?:posts|messages|beiträge)\s*:?\s*(?P<n>\d[\d,.]*)$", re.IGNORECASE
)
_JOINED: Final = compile_later(
    r"^(?:joined|join\s+date|registriert|member\s+since|mitglied\s+seit|registered)\s*:?\s*(?P<d>.+)$",
    re.IGNORECASE,
)
_PROFILE: Final = compile_later(r"user|profile|author|member", re.IGNORECASE)
_NAME_MAX: Final = 40
_NAME_WORDS: Final = 4
#: A form for writing a comment (old Reddit shows each comment's text in a form of its own).
_WRITE_FORM: Final = compile_later(
    r"comment|reply|respond|write|kommentar|comentario|commentaire|commento|reactie",
    re.IGNORECASE,
)
_WORD: Final = compile_later(r"[^\W\d_]{2}")
_PROSE_WORD: Final = compile_later(r"[^\W\d_]+")
_PROSE_WORDS: Final = 6
_SENTENCE_END: Final = compile_later(r"[^\W\d_][.!?…]")
#: WordPress' classes of a notice that another page links here; the platform names such a
#: comment by the linking page's title ("<post> | <site>").
_LINK_NOTICE: Final = frozenset({"pingback", "trackback"})
#: An "@name" mention in a comment's text.
MENTION: Final = compile_later(r"(?<![\w@])@[\w.-]{2,40}")
#: Title separators, and the ">" some sites put between their post's and their own name.
_SITE_SEPARATORS: Final = compile_later(TITLE_SEPARATORS.pattern + r"|\s+>\s+")
_NOTICE_LINE: Final = compile_later(
    r"^(?:pingback|trackback)\s*(?::|von|de|from|by|di|van)\s*:?\s*(?P<title>\S.*)$", re.IGNORECASE
)
#: A line of rule characters that ends a pasted quotation ("=====", "-----", "_____").
_RULE_LINE: Final = compile_later(r"^[ \t]*([=_*~-])\1{2,}[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1 << 16)
def _descriptor_parts(hint: str) -> tuple[frozenset[str], str]:
    """The class tokens (lower-cased) and the id of a ``tag.class#id`` descriptor."""
    head, _, ident = hint.partition("#")
    return frozenset(head.lower().split(".")[1:]), ident


@lru_cache(maxsize=1 << 16)
def _container_kind(hint: str | None, tag: str) -> str | None:
    """``"comment"``, ``"post"`` (a forum post) or ``None``, from an element's descriptor."""
    if not hint or tag not in _TAGS:
        return None
    if not CaselessText(hint).holds_any(_CONTAINER_WORDS):
        return None  # most descriptors: no piece of any container's name
    classes, ident = _descriptor_parts(hint)
    if (
        classes & _POST_CLASS
        or ("post" in classes and _PHPBB_ID.fullmatch(ident))
        or ("message" in classes and _XF1_ID.fullmatch(ident))
    ):
        return "post"
    if ident and _COMMENT_ID.fullmatch(ident):
        return "comment"
    # one search of the classes together rules out most descriptors: a class that is a comment
    # class holds a match of the pattern
    if _COMMENT_CLASS.search(hint) and any(_COMMENT_CLASS.fullmatch(c) for c in classes):
        return "comment"
    return None


def _own_comment(inner: str | None, outer: str | None) -> bool:
    """Whether a container inside another is a comment of its own, not a part of it.

    Twenty Ten's ``div#comment-5`` inside ``li#li-comment-5`` is one comment; a
    ``div#comment-7`` directly inside ``div#comment-5`` (a theme that nests replies without a
    list) is a reply.
    """
    a = _descriptor_parts(inner or "")[1]
    b = _descriptor_parts(outer or "")[1]
    if not (_COMMENT_ID.fullmatch(a) and _COMMENT_ID.fullmatch(b)):
        return False
    return re.sub(r"\D", "", a) != re.sub(r"\D", "", b)


@lru_cache(maxsize=1 << 16)
def _hint_role(hint: str) -> str:
    """What an element inside a comment holds, by its class/id: author, meta, action or body."""
    if _ACTION_HINT.search(hint):
        return "action"
    if _META_HINT.search(hint):
        return "meta"
    if _AUTHOR_HINT.search(hint):
        return "author"
    return "body"


@attrs.frozen
class Nesting:
    """Comment containers of a page, the blocks each one owns, and each block's role."""

    containers: tuple[int, ...]
    kinds: dict[int, str] = attrs.field(hash=False)
    blocks_by: dict[int, list[int]] = attrs.field(hash=False)
    role: dict[int, str] = attrs.field(hash=False)
    #: the containers with a body block of words, not only a counter or action links
    worded: frozenset[int] = frozenset()
    #: the containers named by a platform's id or post class (``comment-12``, ``postcontainer``),
    #: not only by a generic class such as ``comment``
    by_platform: frozenset[int] = frozenset()

    def with_body(self) -> list[int]:
        """The containers that hold comment text (the others are wrappers or widgets).

        A platform's comment holds any body text; a block that is only named "comment" must
        hold words.
        """
        kept = [
            c
            for c in self.containers
            if c in self.worded
            or (c in self.by_platform and any(self.role[b] == "body" for b in self.blocks_by[c]))
        ]
        posts = [c for c in kept if self.kinds[c] == "post"]
        if posts:  # a forum thread: its first post is the article
            kept.remove(posts[0])
        return kept


def nesting_of(source: Source) -> Nesting | None:
    """Read the comment containers from the element outline (``None`` when there are none)."""
    els = source.elements
    kinds = {}
    for i, e in enumerate(els):
        if e.hint and e.tag in _TAGS:  # (what the cached verdict looks at first)
            kind = _container_kind(e.hint, e.tag)
            if kind is not None:
                kinds[i] = kind
    if not kinds:
        return None
    # a container inside another one with no list or reply wrapper between them is a part of it
    # (Hacker News' div.comment inside its row, Twenty Ten's div#comment-N inside its li)
    for c in list(kinds):
        j: int | None = els[c].parent
        while j is not None and j not in kinds:
            if els[j].tag in {"ul", "ol"} or (
                els[j].hint and _descriptor_parts(els[j].hint or "")[0] & _REPLY_WRAPPER
            ):
                break
            j = els[j].parent
        else:
            if j is not None and not _own_comment(els[c].hint, els[j].hint):
                del kinds[c]
    blocks_by, role = _roles(source, kinds)
    text = source.text
    worded = frozenset(
        c
        for c, bs in blocks_by.items()
        if any(
            role[b] == "body"
            and _WORD.search(text, source.blocks[b].span.start, source.blocks[b].span.end)
            and not _is_action(text, source.blocks[b], heading=False)
            for b in bs
        )
    )
    by_platform = frozenset(
        c
        for c, kind in kinds.items()
        if kind == "post" or _COMMENT_ID.fullmatch(_descriptor_parts(els[c].hint or "")[1])
    )
    return Nesting(tuple(kinds), kinds, blocks_by, role, worded, by_platform)


def _roles(source: Source, kinds: dict[int, str]) -> tuple[dict[int, list[int]], dict[int, str]]:
    """The blocks inside each container, and what each of them holds (see :func:`_hint_role`)."""
    els = source.elements
    blocks_by: dict[int, list[int]] = {c: [] for c in kinds}
    role: dict[int, str] = {}
    # whether each element is inside a container (a parent comes before its children), so the
    # blocks outside every container, most of a page, are passed over without a walk
    inside: list[bool] = []
    for i, e in enumerate(els):
        inside.append(i in kinds or (e.parent is not None and inside[e.parent]))
    for b, block in enumerate(source.blocks):
        if block.element is None or not inside[block.element]:
            continue
        j: int | None = block.element
        kind = "body"
        while j is not None and j not in kinds:
            if els[j].tag == "form" and _WRITE_FORM.search(els[j].hint or ""):
                kind = "form"  # where one writes a comment (WordPress' form#commentform), not one
            elif kind == "body" and els[j].hint:
                kind = _hint_role(els[j].hint or "")
            j = els[j].parent
        if j is not None:
            if kind == "author" and _is_prose(source.text, block.span):
                kind = "body"  # a theme that writes the text inside its author part
            blocks_by[j].append(b)
            role[b] = kind
    return blocks_by, role


def _is_prose(text: str, span: Span) -> bool:
    """Whether a block is a sentence (six words and a sentence end), not a name or a profile."""
    part = text[span.start : span.end]
    return len(_PROSE_WORD.findall(part)) >= _PROSE_WORDS and _SENTENCE_END.search(part) is not None


# --------------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------------


def _clean_author(name: str) -> str:
    name = _NOISE.sub(" ", name)
    name = _TRAILING_ACTION.sub("", name)
    name = _BY.sub("", _EDGE.sub("", name.strip()))
    name = _STATUS.sub("", name)
    name = _EDGE.sub("", " ".join(name.split()))
    half = len(name) // 2
    if len(name) % 2 == 0 and half >= 3 and name[:half] == name[half:]:  # noqa: PLR2004
        name = name[:half]  # a visible name followed by its hidden microdata copy
    return name


@attrs.frozen
class _Fields:
    author: str | None = None
    author_span: Span | None = None
    posted: datetime | None = None
    posted_span: Span | None = None
    hint: str | None = None  # "parent" / "root" from depth links


def _located(text: str, block: Span, part: str) -> Span:
    at = text.find(part, block.start, block.end)
    return Span(at, at + len(part)) if at >= 0 else block


def _read_header(
    text: str, span: Span, dates: DateReader, *, want_date: bool, split_name: bool
) -> _Fields:
    """Author and date from one header block ("Ruth says:", "by bob » Fri Mar 10, ...").

    ``split_name``: whether a date written inside a "says" header's name ("Milan on September
    12, 2018 at 4:47 pm said:") is cut off the name, even when the date itself is not wanted.
    """
    raw = text[span.start : span.end].split("\n", 1)[0]
    m = _HN.match(raw)
    if m is not None:
        when = dates.read(m.group("time"))
        navs = m.group("navs")
        return _Fields(
            m.group("author"),
            _located(text, span, m.group("author")),
            when,
            _located(text, span, m.group("time")) if when else None,
            "root" if "root" in navs else "parent" if "parent" in navs else "top",
        )
    clean = _TRAILING_ACTION.sub("", _NOISE.sub(" ", raw)).strip()
    clean = _REPLY_TO.sub("", clean).lstrip("# ")
    m = _SAYS.match(clean) or _DATE_BY.match(clean)
    if m is not None:
        name = m.group("author")
        date_text = m.group("date")
        if date_text is not None:
            date_text = date_text.strip(" ,;")
        if date_text is None and split_name:  # "Milan on September 12, 2018 at 4:47 pm said:"
            found = dates.find(name)
            if found is not None:
                name, date_text = name[: found[0]], name[found[0] :].strip()
                name = _BEFORE_DATE.sub("", name)  # "ann on <date> said:": "on" is no name
        name = _clean_author(name)
        when = dates.read(date_text) if date_text and want_date else None
        return _Fields(
            name or None,
            _located(text, span, name) if name else None,
            when,
            _located(text, span, date_text) if when and date_text else None,
        )
    if want_date:
        found = dates.find(clean)
        if found is not None:
            at, when = found
            name = _clean_author(clean[:at])
            date_text = clean[at:].strip()
            return _Fields(
                name or None,
                _located(text, span, name) if name else None,
                when,
                _located(text, span, date_text),
            )
    said = _ON_DATE_SAID.match(clean)
    if said is not None:
        name = _clean_author(said.group("author"))
        when = dates.read(said.group("date")) if want_date else None
        return _Fields(
            name or None,
            _located(text, span, name) if name else None,
            when,
            _located(text, span, said.group("date")) if when else None,
        )
    name = _clean_author(clean)
    posted, posted_span = _date_line(text, span, dates) if want_date else (None, None)
    return _Fields(name or None, _located(text, span, name) if name else None, posted, posted_span)


def _date_line(text: str, span: Span, dates: DateReader) -> tuple[datetime | None, Span | None]:
    """A later line of a header block that is a date ("Isa<br>5. Januar 2016 um 20:20")."""
    for raw in text[span.start : span.end].split("\n")[1:3]:
        line = raw.strip()
        when = dates.read(line) if line else None
        if when is not None:
            return when, _located(text, span, line)
    return None, None


def _details(text: str, blocks: Sequence[Block], dates: DateReader) -> AuthorDetails:
    posts = since = None
    pending: str | None = None
    for b in blocks:
        t = " ".join(text[b.span.start : b.span.end].split())
        if pending is not None:  # a <dt>label</dt><dd>value</dd> pair
            t, pending = f"{pending}: {t}", None
        elif b.tag == "dt":
            pending = t
            continue
        m = _POSTS.match(t)
        if m is not None and posts is None:
            posts = int(re.sub(r"[,.]", "", m.group("n")))
        m = _JOINED.match(t)
        if m is not None and since is None:
            when = dates.read(m.group("d"))
            since = when.date() if when else None
    return AuthorDetails(post_count=posts, member_since=since)


def _is_action(text: str, block: Block, *, heading: bool) -> bool:
    t = text[block.span.start : block.span.end]
    if _ACTION.match(t):
        return True
    # a short heading that is all link: a comment's permalinked subject line
    return heading and block.kind is BlockKind.HEADING and block.link_chars >= len(t.strip()) > 0


def _heading_name(text: str, block: Block) -> _Fields | None:
    """A linked heading as the author when nothing else names one ("<h3><a>Marius</a></h3>").

    A permalinked subject line (Drupal) is a phrase; a name is a few words without sentence
    punctuation, and only read when the comment has no author part.
    """
    name = _clean_author(text[block.span.start : block.span.end])
    words = name.split()
    if not name or len(name) > _NAME_MAX or len(words) > _NAME_WORDS or name[-1] in ".!?:":
        return None
    return _Fields(name, _located(text, block.span, name))


def _read(
    source: Source,
    blocks: Sequence[int],
    role: dict[int, str],
    dates: DateReader,
    *,
    read_dates: bool = True,
) -> tuple[_Fields, list[Block], AuthorDetails]:
    """The comment's author and date, its body blocks and the author's details.

    ``read_dates=False`` reads no header date but cuts the same names: an author found so is the
    one the full reading finds, unless the full reading finds a date (see
    :func:`comment_containers`).
    """
    text = source.text
    by_role: dict[str, list[Block]] = {"author": [], "meta": [], "body": []}
    linked_heading: Block | None = None  # the first all-link heading: a subject line or a name
    for b in blocks:
        block = source.blocks[b]
        r = role[b]
        if r in {"action", "form"} or _is_action(text, block, heading=r == "body"):
            if r == "body" and linked_heading is None and block.kind is BlockKind.HEADING:
                linked_heading = block
            continue
        by_role.setdefault(r, []).append(block)
    author: _Fields | None = None
    when: _Fields | None = None
    for block in by_role["author"][:1] + by_role["meta"] + by_role["author"][1:]:
        joined = _JOINED.match(" ".join(text[block.span.start : block.span.end].split()))
        wants = when is None and not joined
        got = _read_header(
            text, block.span, dates, want_date=read_dates and wants, split_name=wants
        )
        if author is None and got.author is not None:
            author = got
        if when is None and got.posted is not None:
            when = got
        if author is not None and when is not None:
            break
    body: list[Block] = []
    for block in by_role["body"]:
        t = text[block.span.start : block.span.end].strip()
        if len(t) <= 80 and "\n" not in t:  # noqa: PLR2004 - a short line may be a header
            sig = _SIGNATURE.match(t)
            if sig is not None and author is None:
                name = _clean_author(sig.group("author"))
                author = _Fields(name, _located(text, block.span, name))
                continue
            if not body or author is None or when is None:
                got = _read_header(
                    text,
                    block.span,
                    dates,
                    want_date=read_dates and when is None,
                    split_name=when is None,
                )
                # a date line, or a "<name> | <date>" line before the text
                is_date = got.posted is not None and (
                    got.author is None or (not body and len(got.author) <= _NAME_MAX)
                )
                if is_date or got.hint is not None or _SAYS.match(t):
                    author = author or (got if got.author else None)
                    when = when or (got if got.posted else None)
                    if got.hint is not None:
                        author = got
                    continue
        body.append(block)
    if author is None and linked_heading is not None:
        author = _heading_name(text, linked_heading)
    fields = _Fields(
        author.author if author else None,
        author.author_span if author else None,
        when.posted if when else None,
        when.posted_span if when else None,
        author.hint if author else None,
    )
    profile = by_role["author"][1:]
    return fields, body, _details(text, profile, dates)


# --------------------------------------------------------------------------------------------
# Comments
# --------------------------------------------------------------------------------------------


def _reply_parent(
    source: Source, c: int, kept: Sequence[int], position: dict[int, int]
) -> int | None:
    """For a container in a reply wrapper beside its parent: the container just before it."""
    els = source.elements
    j = els[c].parent
    while j is not None and j not in position:
        classes, _ = _descriptor_parts(els[j].hint or "")
        if els[j].hint and classes & _REPLY_WRAPPER:
            before = [
                k
                for k in kept
                if els[k].parent == els[j].parent and els[k].span.end <= els[j].span.start
            ]
            if before:
                return before[-1]
        j = els[j].parent
    return None


def comment_containers(
    source: Source, *, parsed: ParsedDates | None = None
) -> tuple[Nesting, list[int]] | None:
    """The page's comment markup and its comments' containers, or ``None`` without comments.

    Containers named by a platform's comment id or post class are comments. A container named
    only "comment" (or "kommentar"...) must hold words (not only a counter or action links) and
    be signed with an author or a date: a comment form, a login prompt ("You must be logged in to
    comment"), a comment counter or a "3 Comments" heading has neither. ``parsed``: date parses
    to share with the caller's reader (:class:`ParsedDates`).
    """
    nesting = nesting_of(source)
    if nesting is None:
        return None
    dates = DateReader.for_page(source, source.reference_time, parsed=parsed)

    def signed(c: int) -> bool:
        # An author is found without reading dates (dateparser's share of the work): when the
        # full reading finds no date, it takes the same path and finds the same author.
        blocks = nesting.blocks_by[c]
        fields, _, _ = _read(source, blocks, nesting.role, dates, read_dates=False)
        if fields.author is not None:
            return True
        fields, _, _ = _read(source, blocks, nesting.role, dates)
        return fields.author is not None or fields.posted is not None

    kept = [c for c in nesting.with_body() if c in nesting.by_platform or signed(c)]
    return (nesting, kept) if kept else None


def html_comments(source: Source, reference_time: datetime | None) -> list[Comment]:
    """Comments from nested comment markup, in document order, with parents."""
    # The containers' reader and this one parse the same header dates: once, for both.
    parsed: ParsedDates = {}
    found = comment_containers(source, parsed=parsed)
    if found is None:
        return []
    nesting, kept = found
    els = source.elements
    cset = set(nesting.containers)
    position = {c: n for n, c in enumerate(kept)}
    dates = DateReader.for_page(source, reference_time, parsed=parsed)

    def owner(i: int) -> int | None:
        j = els[i].parent
        while j is not None and j not in cset:
            j = els[j].parent
        return j

    # a wrapper container (no text of its own) stands for the first comment inside it
    stands_for: dict[int, int] = {}
    for c in kept:
        j = owner(c)
        while j is not None and j not in position:
            stands_for.setdefault(j, c)
            j = owner(j)

    out: list[Comment] = []
    hints: list[str | None] = []
    for n, c in enumerate(kept):
        bs = nesting.blocks_by[c]
        fields, body, details = _read(source, bs, nesting.role, dates)
        if not body:
            body = [source.blocks[b] for b in bs if nesting.role[b] == "body"]
        marked = bool(_descriptor_parts(els[c].hint or "")[0] & _LINK_NOTICE)
        fields, body = _linking_site(source.text, fields, body, dates, marked=marked)
        p = _reply_parent(source, c, kept, position)
        if p is None:
            j = owner(c)
            while j is not None:
                if j in position:
                    p = j
                    break
                rep = stands_for.get(j)
                if rep is not None and rep != c and position[rep] < n:
                    p = rep
                    break
                j = owner(j)
        start = min(source.blocks[b].span.start for b in bs)
        # the comment ends with its text or header (a trailing "Reply" after its replies is not it)
        end = max(
            body[-1].span.end,
            fields.author_span.end if fields.author_span else 0,
            fields.posted_span.end if fields.posted_span else 0,
        )
        ident = _descriptor_parts(els[c].hint or "")[1]
        ref = re.sub(r"^\D+", "", ident) or None
        out.append(
            Comment(
                span=Span(start, end),
                body=Span(body[0].span.start, body[-1].span.end),
                ref=ref,
                author=fields.author,
                author_span=fields.author_span,
                details=details,
                posted=fields.posted,
                posted_span=fields.posted_span,
                parent=position[p] if p is not None else None,
                parent_confidence=1.0,
                mentions=_mentions(source.text, body),
                quotes=_quotes(source.text, body),
            )
        )
        hints.append(fields.hint)
    if any(h in {"parent", "root"} for h in hints) and all(c.parent is None for c in out):
        out = _depth_links(out, hints)
    return _ordered(out)


def _mentions(text: str, body: Sequence[Block]) -> tuple[Span, ...]:
    """The "@name" mentions of a comment's text."""
    return tuple(
        Span(m.start(), m.end())
        for b in body
        for m in MENTION.finditer(text, b.span.start, b.span.end)
    )


def _quotes(text: str, body: Sequence[Block]) -> tuple[Span, ...]:
    """What a comment quotes: its ``<blockquote>`` blocks, or another comment pasted first.

    A pasted comment starts with that comment's header ("<name> says:", "<name> wrote on
    <date>:") and runs to a rule line ("=====") or, without one, to the end of its block.
    """
    quoted = tuple(b.span for b in body if b.kind is BlockKind.QUOTE)
    if quoted or not body:
        return quoted
    first = body[0].span
    head = text[first.start : first.end]
    line = head.lstrip().split("\n", 1)[0].strip()
    if _SAYS.match(line) is None and _ON_DATE_SAID.match(line) is None:
        return ()
    rule = _RULE_LINE.search(head)
    if rule is None:
        if len(body) < 2:  # noqa: PLR2004 - the pasted comment would be all the text
            return ()
        return (first,)
    start = first.start + len(head) - len(head.lstrip())
    return (Span(start, first.start + rule.start()),)


def _linking_site(
    text: str, fields: _Fields, body: list[Block], dates: DateReader, *, marked: bool
) -> tuple[_Fields, list[Block]]:
    """A pingback's author: the linking site, read from the linking page's title.

    WordPress names a pingback by the linking page's title, in the author part of a comment
    ``marked`` as a pingback or trackback, or in a "Pingback: <title>" line (with a date after a
    bar in some themes). Titles put the site name last ("<post> | <site>", "<post> – <site>"),
    except WordPress' old default "<site> » Blog Archive » <post>"; a title without a separator
    is kept whole. Any other comment is returned as it is.
    """
    name, span = fields.author, fields.author_span
    notice = _NOTICE_LINE.match(name) if name is not None else None
    if notice is not None:  # "Pingback von <title>" in the author part
        name = notice.group("title").strip()
    elif name is None and body:
        first = body[0].span
        line = text[first.start : first.end].strip().split("\n", 1)[0]
        m = _NOTICE_LINE.match(line)
        if m is None:
            return fields, body
        name = m.group("title").strip()
        found = dates.find(name)
        if found is not None and found[0] > 0:
            date_text = name[found[0] :].strip()
            name = _EDGE.sub("", name[: found[0]])
            if fields.posted is None:
                fields = attrs.evolve(
                    fields, posted=found[1], posted_span=_located(text, first, date_text)
                )
        span = first
        if len(body) > 1 and "\n" not in text[first.start : first.end].strip():
            body = body[1:]  # the notice line is a header; the linking page's excerpt follows
    elif not marked:
        return fields, body
    if name is None or span is None:
        return fields, body
    parts = [p.strip() for p in _SITE_SEPARATORS.split(name) if p.strip()]
    site = (parts[0] if " » " in name else parts[-1]) if parts else name
    return attrs.evolve(fields, author=site, author_span=_located(text, span, site)), body


def _depth_links(comments: list[Comment], hints: Sequence[str | None]) -> list[Comment]:
    """Flat rows with depth links (Hacker News): "parent" = depth 1, "root" = deeper."""
    out: list[Comment] = []
    depth: list[int] = []
    for k, (c, h) in enumerate(zip(comments, hints, strict=True)):
        if h == "parent":
            parent = next((j for j in range(k - 1, -1, -1) if depth[j] == 0), None)
            d, conf = 1, 1.0
        elif h == "root" and k:
            parent, d, conf = k - 1, depth[k - 1] + 1, 0.6
        else:
            parent, d, conf = None, 0, 1.0
        depth.append(d)
        out.append(attrs.evolve(c, parent=parent, parent_confidence=conf))
    return out


def _ordered(comments: list[Comment]) -> list[Comment]:
    """Comments whose spans overlap a parent's (nested markup) are cut to keep the model's order."""
    out: list[Comment] = []
    end = 0
    for c in comments:
        start = max(c.span.start, end)
        span = Span(start, max(start, c.span.end))
        body = (
            c.body
            if span.contains(c.body)
            else Span(max(c.body.start, start), max(c.body.start, start, c.body.end))
        )
        if not span.contains(body):
            continue
        out.append(attrs.evolve(c, span=span, body=body))
        end = max(end, span.end)
    return out
