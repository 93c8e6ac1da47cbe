"""What a page's markup says about its authors and dates, outside ``<head>`` (private).

:func:`articlekit._render.render_html` renders these values as ``META`` blocks, each named by a
hint, next to the head's ``<meta>`` and JSON-LD values; the metadata step reads them. They follow
the conventions pages are written with, not any one site:

* schema.org microdata: ``itemprop="author"`` (its ``itemprop="name"`` when nested),
  ``itemprop="datePublished"``/``"dateModified"`` (``content`` or ``datetime`` attributes);
* HTML: ``rel="author"`` links, ``<address>`` (the contact of the article's author), ``<time
  datetime>`` (``pubdate``), the ``<author>`` element some CMSs emit, and where nothing else
  marks the author, a link to the author's page (``/author/jane-doe/``);
* microformats: hAtom/h-entry ``published``/``updated``/``dt-published``, hCard ``vcard``;
* RDFa in the body: Dublin Core and schema.org date terms in ``property`` with the date in
  ``content`` (Drupal's ``<span property="dc:date dc:created" content="…">``);
* CMS templates: class or id words such as ``byline``, ``author``, ``writer``, ``submitted``,
  ``date``, ``posted``, and the ``data-testid``/``data-component`` names of React sites.

Elements inside comment threads, sidebars, figures, quotes and teaser lists are skipped: a name
or date there is not the article's. Values are emitted in document order; each kind is capped,
so a listing page of a thousand teasers costs no more than an article.

Hints emitted (value in brackets): ``itemprop:author`` (name), ``rel:author`` (link text),
``markup:author`` (class/id-marked element text, ``<address>``, ``<author>``), ``time:published``
/ ``time:modified`` / ``time`` (``datetime``, ``content`` or ``title`` attribute, else the text),
``markup:date`` (text of a date-marked element).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import lxml.etree

from articlekit._patterns import compile_later
from articlekit._text import fold

__all__ = ["CUE", "CUE_KEYS", "CUE_TAGS", "markup_values"]

# Candidates (what :func:`markup_values` reads): elements of a cue tag, or whose cue attributes
# hold a cue of the words below (one regular expression over the attribute values: a tenth of
# what an XPath with a contains() per word costs), refined by the class/id words in Python. The
# renderer finds them in its one pass over the parsed tree (``_render._scan``).
CUE: Final = compile_later(
    r"uthor|utor|yline|riter|ubmitted|osted|vcard|ate|atum|ublish|time|Time|username|fecha"
    r"|ssued|odified"
)
CUE_TAGS: Final = frozenset({"time", "address", "author", "abbr"})
CUE_KEYS: Final = frozenset(
    {"class", "id", "rel", "itemprop", "property", "data-testid", "data-component"}
)
# A link to the author's page, as CMSs file it: WordPress's author archive ("/author/jane-doe/"),
# the "profile", "staff", "writers" and "contributors" pages of news sites, in the web's
# languages ("/autor/", "/auteur/", "/autori/"). Its text is the author only when the page's
# slug spells a word of it ("Jane Doe" -> "/author/jane-doe/"): a link to "/author/…" may say
# "All articles", and "people" is a news section ("/news/people/baby-squirrels-arrive").
# (Case by letter, not re.IGNORECASE: a page has hundreds of links, and this is twice as fast.)
_AUTHOR_PAGE: Final = compile_later(
    r"/(?:[Aa]ut(?:hors?|or(?:es|en|i)?|eurs?)|[Pp]rofiles?|[Ss]taff|[Jj]ournalists?"
    r"|[Rr]eporters?|[Ww]riters?|[Cc]o(?:ntributors?|lumnists?)|[Rr]edakteur(?:e|in)?)"
    r"/(?P<slug>[^/?#]+)/?(?:[?#]|$)"
)
_SLUG_WORD: Final = compile_later(r"[^\W\d_]{2,}")
# Class/id words naming the author's element (a word of a class token: "c-byline__author",
# "ArticlePage-authorName", "td-post-author-name", "byauthor", "pb-byline").
_AUTHOR_WORD: Final = compile_later(
    r"(?:^|[-_\s])(?:by|post|entry|article|story|meta|td-post)?-?(?:author|autor|byline|writer"
    r"|submitted|posted-?by|username|journalist|reporter|by-?line)s?(?=$|[-_\s])"
)
# Words of a class token that mark a part of an author box that is not the name: the photo, the
# job title, the biography, the label ("By:"), social links.
_NOT_NAME_WORD: Final = compile_later(
    r"avatar|image|img|photo|pic|bio|desc|title|role|job|position|label|social|twitter"
    r"|facebook|follow|more|date|time|comment|count|email|mail|contact|share|icon|thumb|logo"
)
_DATE_WORD: Final = compile_later(
    r"(?:^|[-_\s])(?:\w+-)?(?:date|datum|time|pubdate|published|publish|posted|dateline|fecha"
    r"|datetime|timestamp|meta-?date|byline)(?=$|[-_\s])"
)
_PUBLISHED_WORD: Final = compile_later(
    r"(?:^|[-_\s])(?:dt-)?(?:published|pubdate|entry-date|date-?published|publish-?date"
    r"|post-?date|posted-?on|created)(?:$|[-_\s])"
)
# RDFa date terms (Dublin Core, schema.org) as a ``property`` of a body element.
_RDFA_PUBLISHED: Final = frozenset(
    {
        "dc:date", "dc:created", "dc:issued", "dcterms:date", "dcterms:created",
        "dcterms:issued", "schema:datepublished", "schema:datecreated",
    }
)  # fmt: skip
_RDFA_MODIFIED: Final = frozenset({"dc:modified", "dcterms:modified", "schema:datemodified"})
# A machine-written date ("2016-03-14", "2016-03-14T10:00:00Z"): what a ``datetime`` or
# ``content`` attribute holds when a template puts one on an element other than <time>.
_MACHINE_DATE: Final = compile_later(r"\s*(?:19|20)\d{2}-[01]\d-[0-3]\d(?:$|[T\s])")
_MODIFIED_WORD: Final = compile_later(
    r"(?:^|[-_\s])(?:dt-)?(?:updated|modified|date-?modified|last-?modified|update-?date)(?:$|[-_\s])"
)
# Containers whose names, dates and links are not the article's.
_ELSEWHERE_TAGS: Final = frozenset({"figure", "figcaption", "blockquote", "aside", "nav", "q"})
_ELSEWHERE_WORD: Final = compile_later(
    r"(?:^|[-_\s])(?:comments?|comment-?(?:list|body|meta|author|content|item|respond)|respond"
    r"|replies|reply|discussion|disqus|sidebar|side-?bar|widget|related|recommend\w*|teaser\w*"
    r"|popular|trending|most-?read|newsletter|quote|testimonial|promo|outbrain|taboola"
    r"|breadcrumbs?|pagination|share|sharing|social)(?:$|[-_\s])"
)
_SIDE_WORD: Final = compile_later(r"side|widget")
# Containers of a picture's credit or caption: the names in them are photographers, agencies
# and the picture's sources ("imageby", "photo-credit", "bildnachweis", "photo-text",
# "image-caption", a list of "artists").
_PICTURE_CREDIT_WORD: Final = compile_later(
    r"(?:^|[-_])(?:(?:image|img|photo|foto|bild|picture)[-_]?(?:by|credits?|copyright|source"
    r"|quelle|text|captions?|legend|unterschrift)|photographer|fotograf|bildnachweis"
    r"|bildunterschrift|figcaption|artists?)(?=$|[-_])"
)
# Class tokens a CMS derives from the post's categories and tags ("category-fotografie").
_TAXONOMY_TOKEN: Final = ("category-", "tag-")
_CREDIT_LEVELS: Final = 3  # the element and its nearest ancestors
# Class tokens that describe the page's layout, not the element ("layout-two-columns-right-sidebar",
# "has-sidebar", "with-comments", "no-sidebar"): the wrapper of the whole page carries them.
_LAYOUT_TOKEN: Final = compile_later(r"(?:^|(?<=\s))(?:layout|has|with|no)[-_]\S*")
_COMMENT_TYPES: Final = compile_later(r"Comment|Answer", re.IGNORECASE)
# Blogger's templates hold the posts in the "Blog" widget (``<div class="widget Blog"
# id="Blog1">``), among the sidebar's widgets: a class token, case-sensitive as the platform
# writes it.
_BLOGGER_POSTS: Final = compile_later(r"(?:^|\s)widget\s+Blog(?:\s|$)")
_MAX_TEXT: Final = 160  # an author line or a date line is short
_AUTHOR_HINTS: Final = ("itemprop:author", "rel:author", "markup:author")
_MAX_EACH: Final = 12  # values of one kind: enough for the article, bounded on listing pages


_HUMP: Final = compile_later(r"(?<=[a-z])(?=[A-Z])")


def _words(element: lxml.etree._Element) -> str:
    """Class and id, camel humps split and lower-cased.

    ``"ArticlePage-authorName"`` reads ``"article-page-author-name"``.
    """
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _HUMP.sub("-", raw).lower()


def _elsewhere(element: lxml.etree._Element, kinds: dict[lxml.etree._Element, int]) -> bool:
    """Whether the element sits in a comment thread, sidebar, figure, quote or teaser list.

    A sidebar inside the ``<article>`` is the article's own margin (bylines sit there).
    ``kinds`` holds what each ancestor looked at so far is (:func:`_ancestor_kind`): the
    candidates of one page share most of their ancestors.
    """
    aside_found = False
    for node in element.iterancestors():
        kind = kinds.get(node)
        if kind is None:
            kind = kinds[node] = _ancestor_kind(node)
        if kind == _STOP:
            break
        if kind == _ARTICLE:
            aside_found = False
        elif kind == _ELSEWHERE:
            return True
        elif kind == _ASIDE:
            aside_found = True
    return aside_found


def _picture_credit(element: lxml.etree._Element) -> bool:
    """Whether the element, or a near ancestor, holds a picture's credit (not a byline)."""
    node: lxml.etree._Element | None = element
    for _ in range(_CREDIT_LEVELS + 1):
        if node is None:
            return False
        for token in _words(node).split():
            if not token.startswith(_TAXONOMY_TOKEN) and _PICTURE_CREDIT_WORD.search(token):
                return True
        node = node.getparent()
    return False


# What an ancestor says about the elements inside it (:func:`_ancestor_kind`).
_NOTHING, _STOP, _ARTICLE, _ELSEWHERE, _ASIDE = range(5)


def _ancestor_kind(node: lxml.etree._Element) -> int:
    """What an ancestor makes of the elements inside it.

    ``_STOP`` (the body: nothing above it counts), ``_ARTICLE`` (inside the article, a sidebar
    further out does not count), ``_ELSEWHERE`` (a comment thread, figure, quote, teaser list or
    the page's footer), ``_ASIDE`` (a sidebar or ``<aside>``: elsewhere, unless an article lies
    between) or ``_NOTHING``.
    """
    tag = node.tag
    if not isinstance(tag, str):
        return _NOTHING
    tag = tag.lower()
    if tag in {"body", "html"}:
        return _STOP
    if tag == "article":
        return _ARTICLE
    parent = node.getparent()
    if _BLOGGER_POSTS.search(node.get("class") or ""):
        return _NOTHING  # Blogger's posts column is a widget too: the article's, no sidebar
    words = _LAYOUT_TOKEN.sub(" ", _words(node))
    match = _ELSEWHERE_WORD.search(words) if words.strip() else None
    itemtype = node.get("itemtype")
    if (
        (tag in _ELSEWHERE_TAGS and tag != "aside")
        or (tag == "footer" and parent is not None and parent.tag == "body")
        or (match is not None and not _SIDE_WORD.search(match.group()))
        or (itemtype and _COMMENT_TYPES.search(itemtype.rsplit("/", 1)[-1]))
    ):
        return _ELSEWHERE
    return _ASIDE if tag == "aside" or match is not None else _NOTHING


def _hidden(element: lxml.etree._Element) -> bool:
    """Whether the element is hidden (``hidden``, ``style="display: none"``): no byline.

    (Hidden elements may still carry a page's machine-readable date.)
    """
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style) and "display:none" in str(style).replace(" ", "").lower()


def _text(element: lxml.etree._Element) -> str:
    """The element's text, white space collapsed (scripts and styles left out)."""
    parts = []
    for node in element.iter():
        tag = node.tag
        if isinstance(tag, str) and tag.lower() in {"script", "style", "noscript", "template"}:
            if node.tail and node is not element:
                parts.append(node.tail)
            continue
        if node.text:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return " ".join(" ".join(parts).split())


def _name_text(element: lxml.etree._Element) -> str:
    """The text of an author element.

    Its ``itemprop=name`` part, else its text without the parts that are not the name (photo
    captions, job titles, social handles).
    """
    for node in element.iterdescendants():
        if isinstance(node.tag, str) and "name" in (node.get("itemprop") or "").split():
            text = _text(node) or (node.get("content") or "").strip()
            if text:
                return text
    if element.get("itemprop") and element.get("content"):
        return str(element.get("content")).strip()
    parts: list[str] = []
    _collect_name(element, parts, top=True)
    return " ".join(" ".join(parts).split())


def _collect_name(element: lxml.etree._Element, parts: list[str], *, top: bool) -> None:
    tag = element.tag
    if not isinstance(tag, str) or tag.lower() in {"script", "style", "noscript", "time"}:
        return
    skip = not top and bool(_NOT_NAME_WORD.search(_words(element)))
    if not skip:
        if element.text:
            parts.append(element.text)
        for child in element:
            _collect_name(child, parts, top=False)
            if child.tail:
                parts.append(child.tail)
    elif element.tail is None:
        parts.append(" ")


def _is_author(element: lxml.etree._Element, tag: str, words: str) -> str | None:
    """The hint of an author element, or ``None`` (``words``: its :func:`_words`)."""
    itemprop = (element.get("itemprop") or "").split()
    if "author" in itemprop or "creator" in itemprop:
        return "itemprop:author"
    if "author" in (element.get("rel") or "").lower().split():
        return "rel:author"
    if tag in {"address", "author"}:
        return "markup:author"
    testid = f"{element.get('data-testid') or ''} {element.get('data-component') or ''}"
    if _AUTHOR_WORD.search(_HUMP.sub("-", testid).lower()):
        return "markup:author"
    for token in words.split():
        match = _AUTHOR_WORD.search(token)
        # "author-name", "date-author", "c-byline__author" name the author; "author-avatar",
        # "byline-date" and "comment-author" do not.
        if match and not _NOT_NAME_WORD.search(token, match.end()) and "comment" not in token:
            return "markup:author"
    return None


def _names_its_page(link: lxml.etree._Element) -> bool:
    """Whether a link to an author's page ("/author/jane-doe/") says a word of its slug."""
    page = _AUTHOR_PAGE.search(link.get("href") or "")
    if page is None:
        return False
    slug = set(_SLUG_WORD.findall(fold(page["slug"])))
    return bool(slug) and not slug.isdisjoint(
        _SLUG_WORD.findall(fold(" ".join(str(t) for t in link.itertext())))
    )


def _date_hint(element: lxml.etree._Element, tag: str, words: str) -> tuple[str, str] | None:
    """The hint and value of a date element, or ``None`` (``words``: its :func:`_words`)."""
    itemprop = (element.get("itemprop") or "").lower().split()
    testid = element.get("data-testid") or element.get("data-component")
    if testid:  # React sites name their parts by test ids ("article-details-date")
        words = f"{words} {_HUMP.sub('-', testid).lower()}"
    value = (
        element.get("datetime")
        or element.get("content")
        or (element.get("title") if tag == "abbr" else None)
    )
    rdfa = set((element.get("property") or "").lower().split())
    if "datepublished" in itemprop or "datecreated" in itemprop:
        kind = "time:published"
    elif "datemodified" in itemprop:
        kind = "time:modified"
    elif rdfa & _RDFA_PUBLISHED:
        kind = "time:published"
    elif rdfa & _RDFA_MODIFIED:
        kind = "time:modified"
    elif tag == "time" or (tag == "abbr" and value):
        if element.get("pubdate") is not None or _PUBLISHED_WORD.search(words):
            kind = "time:published"
        elif _MODIFIED_WORD.search(words):
            kind = "time:modified"
        else:
            kind = "time"
    elif _PUBLISHED_WORD.search(words) and value:
        kind = "time:published"
    elif _DATE_WORD.search(words):
        # A template's date element with the machine date in an attribute
        # (``<span class="timestamp" datetime="…">``) says it as <time> does.
        if value and _MACHINE_DATE.match(value):
            kind = "time"
        else:
            kind = "markup:date"
            value = None
    else:
        return None
    text = (value or "").strip() if value and len(value.strip()) > 6 else _text(element)  # noqa: PLR2004
    if not text or len(text) > _MAX_TEXT:
        return None
    return kind, text


def markup_values(
    candidates: Iterable[lxml.etree._Element],
    *,
    links: Sequence[lxml.etree._Element] = (),
) -> Iterator[tuple[str, str]]:
    """Yield ``(hint, value)`` pairs for the author and date markup of a parsed page.

    ``candidates`` are the page's elements of a :data:`CUE_TAGS` tag or with a :data:`CUE` in
    a :data:`CUE_KEYS` attribute, each once, in document order. ``links`` are its ``<a
    href>``: where no candidate names an author, a link to the author's page that says a word of
    its slug does (``<a href="/author/jane-doe/">Jane Doe</a>``). Only then are they read: most
    pages mark their byline, and a page has hundreds of links.

    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     '<html><body><p class="byline">By <a rel="author">Jane Doe</a></p>'
    ...     '<time datetime="2020-05-01T10:00">May 1</time><p>Text</p></body></html>'
    ... )
    >>> list(markup_values([page[0][0], page[0][0][0], page[0][1]]))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('markup:author', 'By Jane Doe'), ('markup:date', 'By Jane Doe'),
     ('rel:author', 'Jane Doe'), ('time', '2020-05-01T10:00')]
    """
    counts: dict[str, int] = {}
    kinds: dict[lxml.etree._Element, int] = {}  # the ancestors' kinds, for _elsewhere
    for element in candidates:
        tag = element.tag.lower()
        if tag in {"meta", "link", "script", "style", "body", "html", "head"}:
            continue  # <meta> and <link> are the head's (rendered apart); the body is no byline
        found: list[tuple[str, str]] = []
        words = _words(element)
        author = _is_author(element, tag, words)
        if author is not None and not _hidden(element) and not _picture_credit(element):
            text = _name_text(element)
            if text and len(text) <= _MAX_TEXT:
                found.append((author, text))
        date = _date_hint(element, tag, words)
        if date is not None:
            found.append(date)
        found = [(h, v) for h, v in found if counts.get(h, 0) < _MAX_EACH]
        if not found or _elsewhere(element, kinds):
            continue
        for hint, value in found:
            counts[hint] = counts.get(hint, 0) + 1
            yield hint, value
    if any(hint in counts for hint in _AUTHOR_HINTS):
        return
    for link in links:
        if counts.get("markup:author", 0) >= _MAX_EACH:
            break
        if _names_its_page(link) and not _hidden(link) and not _elsewhere(link, kinds):
            text = _name_text(link)
            if text and len(text) <= _MAX_TEXT:
                counts["markup:author"] = counts.get("markup:author", 0) + 1
                yield "markup:author", text
