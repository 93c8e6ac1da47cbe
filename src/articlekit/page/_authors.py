"""Who wrote the article: names from the page's metadata, its markup and its byline (private).

Sources, in order of trust; the first that yields a person's name wins, and the names of one
source are kept together (never mixed with another's, which is how "Jane Doe" and "By JANE DOE"
both came out), except that a user name ("gabor_munier") yields to the full name the page's
byline markup shows for it ("Gàbor Muniér"):

1. JSON-LD ``author``/``creator`` of the article (persons; organisations are the publisher);
2. the head's author tags: Dublin Core's ``dc.creator`` (a typed statement, as Readability
   also ranks it), then ``author``, ``article:author``, ``og:author``, ``citation_author``,
   ``itemprop=author``, parsely/sailthru/cxense authors, ``byl``;
3. the markup of the page: ``itemprop=author``, ``rel=author``, ``<address>``, and elements a
   CMS template names ``byline``, ``author``, ``writer``… (see :mod:`articlekit._markup`), the
   one nearest the headline;
4. a visible byline near the headline ("By Jane Doe and Max Mustermann", "Von …").

The byline the reader sees overrides sources 1 and 2 where it lists their names and more, or
names other people while the page never shows theirs (see :func:`_as_shown`).

A value is cleaned the way bylines are written: the "By"/"Von"/"Par" label goes, as do what
follows a dash or bar ("Jane Doe — The Site"), "for"/"from" affiliations, dates, handles, quoted
nicknames and emoji; lists are split on commas, "and", "und", "&"…; degrees ("PhD"), job titles
("Editor"), placeholders ("admin"), the site's own name and legal bodies ("… GmbH") are not
persons. Within a source the same name is kept once, whatever its case or label.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Final

from articlekit import _lexicon as lex
from articlekit._patterns import compile_later
from articlekit.model import Block, BlockKind, MediaType, MetaValue, Source, Span
from articlekit.page._features import is_date_line
from articlekit.page._words import compact

__all__ = ["find_authors", "is_site_name"]

_JSONLD: Final = ("jsonld:author", "jsonld:creator")
_HEAD: Final = (
    "dc.creator",
    "dcterms.creator",
    "author",
    "article:author",
    "og:author",
    "og:article:author",
    "article:author_name",
    "book:author",
    "itemprop:author",
    "citation_author",
    "parsely-author",
    "sailthru.author",
    "cxenseparse:author",
    "byl",
)
_HEAD_KEYS: Final = frozenset((*_JSONLD, *_HEAD))
_MARKUP: Final = frozenset({"itemprop:author", "rel:author", "markup:author"})
_NEAR_MARKUP: Final = 400  # characters: the names of one byline sit this close together
_MAX_NAME: Final = 60

# The label before a byline's names, in the languages of the web: "By", "Von", "Par", "Por",
# "Door", "Av", "Di", "Przez"; any short phrase ending in "by" ("Posted by", "View all posts
# by", "Recipe by"); a word and a colon ("Autor:", "Text:", "Interview:"); a German participle
# and "von" ("Erstellt von", "Geschrieben von": elsewhere "X von" may be a name's particle).
_LABEL: Final = compile_later(
    r"^(?:(?:[^\W\d_]+\s+){0,4}?by|by|von|vom|par|por|door|av|af|di|przez|från|fra"
    r"|(?:[^\W\d_]+\s+){0,3}?(?:par|por|von)(?<!\w\svon)|автор|[^\W\d_]{2,20}\s*:"
    r"|(?:erstellt|geschrieben|verfasst|veröffentlicht|publiziert|gepostet|eingestellt)\s+von)"
    r"(?:\s*:)?(?:\s+|$)",
    re.IGNORECASE,
)
_MONTH_OR_DAY: Final = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|avril|juin|juillet"
    r"|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|octubre|noviembre|diciembre|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|updated|published|posted|veröffentlicht"
    r"|aktualisiert|publiziert|publié|publicado|foto|fotos|photo|photos|bild|symbolbild|image"
    r"|credit|shares?|comments?|kommentare?|min|read|lesezeit)"
)
# A weekday as date formats abbreviate it after "on" ("Submitted on Mon, 2019-01-21 13:49", the
# default of Drupal's "submitted" line; "Posted on Tue, 05/03/2022"): after "on" no name comes
# ("Lena Sun" keeps her name: the abbreviation cuts only after the preposition, before a comma or
# at the end, where a byline split at its commas leaves it).
_DAY_ABBREVIATION: Final = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?:,|$)"
# The word that labels a byline: "Author", "Autor", "Autorin", "Autora", "Autore", "Autrice",
# "Auteur", "Auteure", and the Russian and Ukrainian "Автор", "Авторы", "Автори".
_AUTHOR_WORD: Final = r"(?:author|autor(?:in|e|a)?|autrice|auteure?|автор(?:ы|и)?)"
_AUTHOR_WORD_LABEL: Final = compile_later(rf"^{_AUTHOR_WORD}\s+\w", re.IGNORECASE)
_ONLY_DATE_WORD: Final = compile_later(rf"^{_MONTH_OR_DAY}$", re.IGNORECASE)
# A blog theme's call to comment after its byline ("Leave a comment", "Schreibe einen Kommentar").
_COMMENT_CALL: Final = (
    r"(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+comment|schreibe\s+einen"
    r"\s+kommentar|kommentar\s+schreiben|laisser\s+un\s+commentaire|deja\s+un\s+comentario)"
)
# Where the names end: a dash, bar or bullet before the site or a date, an affiliation ("for
# The Mail", "from Reuters"), a date, a handle, a photo credit.
_TAIL: Final = compile_later(
    r"\s+[-–—|•·/]\s+.*$|\s*[|•·]\s*.*$|\s+(?:for|from|für|of\s+the|in)\s+.*$"
    r"|\s+(?:on|am|le|el|il|em|op|at|um)\s+(?:\d|"
    + _MONTH_OR_DAY
    + r"|"
    + _DAY_ABBREVIATION
    + r").*$"
    r"|\s+" + _MONTH_OR_DAY + r"\b.*$|\s+\d.*$|\s+@\w.*$|\s*[!?].*$"
    r"|\s+(?:ein|eine|one|no|keine)\s+(?:kommentare?|comments?|antworten|replies)\b.*$"
    rf"|\s+{_COMMENT_CALL}\b.*$"
    r"|^special\s+to\s.*$",  # "By Jane Doe, Special to The Post": the paper she writes for
    re.IGNORECASE,
)
# The lower-case words that open a byline's part naming the writer's paper or city, not a
# person ("…, do UOL, em São Paulo", "…, de El País, en Madrid", "…, in Berlin").
_AFFILIATION_WORDS: Final = frozenset(
    "em en in at do da dos das de del della dello di du des aus from of".split()
)
# Credits for work other than the writing, after the writer's ("Story by Jane Doe; photos by
# John Smith", "…, Illustration: …"): the photographer, illustrator, video or graphics maker and
# editor are not the article's authors.
_OTHER_CREDIT: Final = compile_later(
    r"\s*[;,|]\s*(?:additional\s+)?(?:photos?|photography|pictures?|images?|illustrations?"
    r"|graphics?|videos?|editing|edited|design|fotos?|bilder?|grafik)"
    r"(?:\s+(?:by|von|par|por|di)\b|\s*:).*$",
    re.IGNORECASE,
)
_SPLIT: Final = compile_later(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b(?!\.)|\be\b(?!\.)|\bog\b|\boch\b|\ben\b"
    r"|\bi\b(?!\.))\s*",
    re.IGNORECASE,
)
_QUOTED: Final = compile_later(r"\s*[\"“”„«»][^\"“”„«»]{1,40}[\"“”„«»]\s*")
#: What a byline adds in brackets after a name: the agency, the place, the role ("(AFP)").
_PARENTHESIS: Final = compile_later(r"\s*\([^()]{1,40}\)")
_TAGS: Final = compile_later(r"<[^>]{0,300}>")
# Degrees and job titles: parts of a byline, not names.
_NOT_NAME: Final = compile_later(
    r"^(?:ph\.?d\.?|m\.?d\.?|mba|msc|m\.?sc\.?|bsc|r\.?d\.?|r\.?n\.?|ma|ba|jd|esq\.?|dr\.?|prof\.?"
    r"|(?:senior|chief|managing|deputy|executive|staff|associate|contributing|guest|political"
    r"|science|business|sports?|tech(?:nology)?|health|news|online|digital|web|foreign|local)?\s*"
    r"(?:editor|reporter|writer|correspondent|journalist|contributor|columnist|producer|author"
    r"|redakteur(?:in)?|autor(?:in)?|journalistin?|rédact(?:eur|rice)|redactor"
    r"|redacción|photographer|fotograf(?:in)?|editor-in-chief|editors?)(?:\s+at\s+.*)?"
    r"|admin|administrator|webmaster|wordpressadmin|no\s+author|unknown|anonymous|n/?a|none"
    r"|null|undefined|guest|user|shares?|comments?|more|read\s+more|follow|view\s+profile"
    r"|by|von|par|por|author|autor"
    # The word a date or place would have followed in an empty byline ("von am 12. März").
    r"|on|am|um|at|le|la|el|il|em|op|de|in|the|der|die|das"
    r"|(?:posted|published|submitted|publiziert|veröffentlicht|geschrieben|written|erstellt|publié"
    r"|publicado)"
    r"(?:\s+(?:am|on|by|von|le|el|em|par|por))?)$",
    re.IGNORECASE,
)
# The legal forms written as two initials ("S.A.", "B.V.", "e.V."), which a person's initials
# look like: a form ends the company's name, and initials come before a surname ("James S.A.
# Corey"), so a form is not followed by a capitalised word.
_DOTTED_FORM: Final = r"(?:e\.\s?v|s\.a|s\.l|b\.v|n\.v|s\.p\.a)\b(?!\.?\s+(?-i:[A-Z]))"
# Legal forms and words of organisations: a publisher, not a person.
_ORGANISATION: Final = compile_later(
    rf"\b(?:{_DOTTED_FORM}|gmbh|ag|kg|inc|ltd|llc|plc|corp|corporation|co\.|sa|sas|sarl|srl"
    r"|spa|bv|oy|ab|verlag|media|média|medien|group|gruppe|publishing|press"
    r"|news(?:room|desk)?|zeitung|magazin(?:e)?|redaktion|agency|agentur|team|staff|foundation"
    r"|stiftung|verband|institut|institute|university|universität|autoren|authors|contributors"
    r"|editorial|redacci[oó]n|r[ée]daction|redazione|reda[cç][aã]o|desk|bureau|agencies)"
    r"\b\.?",
    re.IGNORECASE,
)
_ORGANISATION_FORM: Final = compile_later(
    rf"\b(?:{_DOTTED_FORM}|gmbh|ag|kg|inc|ltd|llc|plc|corp|sarl|srl)\b\.?",
    re.IGNORECASE,
)
# A newspaper's title for its own writers after a name, with no comma ("By Evan Halper Staff
# Writer"): the name stays.
_STAFF_TITLE: Final = compile_later(
    r"(?<=\w)\s+(?:staff|senior|contributing|guest|special)\s+(?:writer|reporter|correspondent)$",
    re.IGNORECASE,
)
# A job title ends in the job: no name does.
_JOB_TITLE_END: Final = compile_later(
    r"\s(?:editor|reporter|writer|correspondent|journalist|columnist|contributor|photographer"
    r"|producer|analyst|commentator|critic|redakteur(?:in)?|korrespondent(?:in)?|rédactrice"
    r"|rédacteur)s?(?:-at-large)?$",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 5
_JOINED: Final = compile_later(r"\s+[-–—|•·]\s+")
_INITIAL_END: Final = compile_later(r"(?:^|\s)[^\W\d_]{1,2}\.$")
_HANDLE: Final = compile_later(r"^[\w.\-]{2,40}$")
# A title before a name: the words it follows are a person's name.
_HONORIFIC: Final = compile_later(
    r"(?:frau|herr|mr|mrs|ms|miss|dr|prof|madame|monsieur|mme|señora?|sra?|signora?)\.?\s",
    re.IGNORECASE,
)
_WEB_ADDRESS: Final = compile_later(r"://|www\.|\.[a-z]{2,3}\b", re.IGNORECASE)
_CJK_ROLES: Final = ("기자", "특파원", "記者", "特派員", "记者")
_CJK_ROLE: Final = compile_later(r"\s*(?:" + "|".join(_CJK_ROLES) + r")$")
_OUTLET_PREFIX: Final = compile_later(r"^[^=\s]{1,20}\s*=\s*")
_SPACED_SLASH: Final = compile_later(r"\s/|/\s")
# A credit of a news agency joined by slashes to another agency or to an editor's initials, as
# German-language papers sign their wire stories ("det/dpa", "APA/AP", "dpa/sda", "red/AFP"):
# one credit, kept as written.
_AGENCY_CREDIT: Final = compile_later(
    r"(?:[^\W\d_]{1,5}\s?/\s?)*(?:dpa|afp|ap|apa|sda|ats|kna|epd|ddp|sid|ansa|efe|reuters|rtr"
    r"|anp|belga|pti|ians|upi|kyodo|xinhua|tass|pap|ctk|mti|ntb|dts|kap|ots)"
    r"(?:\s?/\s?[^\W\d_]{1,5})*",
    re.IGNORECASE,
)
_URLISH: Final = compile_later(
    r"://|www\.|\.(?:com|org|net|de|at|ch|fr|uk|io)\b|@|/", re.IGNORECASE
)  # "TIMESOFINDIA.COM": a web address, the site's, not a person


# Blog platforms that give each user a subdomain: there the host's first label is the account
# of the blog's writer ("surfguard" of surfguard.wordpress.com), not a site's name.
_USER_HOST: Final = compile_later(
    r"[^.]\.(?:wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|substack\.com|livejournal\.com"
    r"|typepad\.com|over-blog\.com|hatenablog\.com|medium\.com)$"
)


def is_site_name(name: str, site: str | None, host: str | None) -> bool:
    """Whether ``name`` is the site's own name or its host ("Example News", "example.com")."""
    key = _key(name)
    if site and (key == _key(site) or key in {_key(p) for p in _JOINED.split(site)}):
        return True  # "L-MAG" of "L-MAG – Das Magazin für Lesben"
    if site and " " in key and sorted(key.split()) == sorted(_key(site).split()):
        return True  # "Bündnis 90/Die Grünen Bundestagsfraktion": the site's words reordered
    if host and not _USER_HOST.search(host):
        host = host.removeprefix("www.")
        squeezed = key.replace(" ", "")
        label = host.split(".")[0]
        if squeezed in {label, host, host.replace(".", "")}:
            return True
        # "Wunderweib1" of wunderweib.de: the site's own account, its name and a number.
        if squeezed[-1:].isdigit() and squeezed.rstrip("0123456789") == label:
            return True
        # "L-MAG" of l-mag.de, "Hildesheimer Presse" of hildesheimer-presse.de: the host's name
        # without its punctuation; but "Frau Sabienes" of frau-sabienes.de is a person (a pen
        # name, the blog named after her).
        if squeezed == re.sub(r"[\W_]", "", label) and not _HONORIFIC.match(name):
            return True
    return False


_SPELLED_OUT: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spelled_out(text: str) -> str:
    """German letters as a host name writes them ("spö" → "spoe")."""
    return text.translate(_SPELLED_OUT)


def _of_site(name: str, site: str | None, host: str | None) -> bool:
    """The site's name, or its name and a section or role ("CNN Business" on cnn.com).

    A byline names the writer and then the house ("Jill Disis, CNN Business").
    """
    if is_site_name(name, site, host):
        return True
    key = _key(name)
    if site and len(site_key := _key(site)) >= 3 and key.startswith(site_key + " "):  # noqa: PLR2004
        return True
    first = (name.split(maxsplit=1) or [""])[0]
    label = host.removeprefix("www.").split(".")[0] if host else ""
    # An acronym brand from the host ("CNN" of cnn.com, "SPÖ" of spoe.at: hosts spell umlauts
    # out), not a first name ("Max" of max.de).
    return len(first) > 1 and first.isupper() and _spelled_out(first.casefold()) == label


def _without_site(text: str, site: str | None, host: str | None) -> str:
    """``"unocero - Alberto Ávila"`` without the site's name joined to the byline."""
    parts = _JOINED.split(text)
    if len(parts) > 1:
        kept = [p for p in parts if not is_site_name(_clean(p), site, host)]
        if 0 < len(kept) < len(parts):
            return " - ".join(kept)
    return text


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _LABEL.sub("", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _clean(value: str) -> str:
    """One byline value as names: tags, label, nicknames, tail and symbols removed."""
    text = html.unescape(value) if "&" in value else value
    if "<" in text:
        text = _TAGS.sub("", text)
    text = " ".join(text.replace("\ufe0f", "").replace("\u200d", "").split())
    if "=" in text:
        text = _OUTLET_PREFIX.sub("", text)  # "스포츠조선=선수민 기자": the outlet before "="
    text = _QUOTED.sub(" ", text)
    # Symbols and emoji are no part of a name; a bar ends the names ("Jane Doe | The Paper").
    text = "".join(c if c == "|" or unicodedata.category(c)[0] not in "SC" else " " for c in text)
    text = " ".join(text.split())
    if _AUTHOR_WORD_LABEL.match(text) and not text.isupper():
        text = text.split(" ", 1)[1]  # "Author Daniel Lemire": a label set apart by style
    previous = None
    while previous != text:
        previous = text
        text = _LABEL.sub("", text).strip(" :,-–—|")
    return text


def _slashes_read(text: str) -> tuple[str, bool]:
    """``text`` with its slashes read, and whether it is one agency credit ("det/dpa").

    Full names joined by a slash are a list ("Ralph Steiner/Carlo Natter"); a web address
    keeps its slashes (and is no name).
    """
    if "/" not in text:
        return text, False
    if _AGENCY_CREDIT.fullmatch(text):
        return text, True  # an editor's initials and the agency: one credit
    if not _WEB_ADDRESS.search(text) and not _SPACED_SLASH.search(text):
        parts = text.split("/")
        if all(len(p.split()) >= 2 and p.strip()[:1].isupper() for p in parts):  # noqa: PLR2004
            return ", ".join(p.strip() for p in parts), False
    return text, False


def _names(value: str) -> list[str]:
    """The person names in one author value (a meta tag, a byline element's text)."""
    text = _PARENTHESIS.sub(" ", _clean(value)).strip()  # "Jane Doe (AFP)": her agency
    text = _OTHER_CREDIT.sub("", text)
    text, one_credit = _slashes_read(text)
    if one_credit:
        return [text]
    if text.endswith(_CJK_ROLES):
        text = _CJK_ROLE.sub("", text)  # "선수민 기자": the job after the name (Korean bylines)
    if _ORGANISATION_FORM.search(text) or "!" in text or "?" in text:
        return []  # "Olympia-Verlag GmbH, Nürnberg, Germany": a company's address
    out = []
    for part in _split_names(text):
        name = _TAIL.sub("", _LABEL.sub("", part.strip())).strip(" ,:;-–—|()[]'\"")
        if not _INITIAL_END.search(name):
            name = name.rstrip(". ")
        if not name or len(name) > _MAX_NAME or not name[0].isalpha():
            continue
        if _NOT_NAME.match(name) or _URLISH.search(name) or _ONLY_DATE_WORD.match(name):
            continue
        name = _STAFF_TITLE.sub("", name)  # "Evan Halper Staff Writer": the name, then the job
        if _JOB_TITLE_END.search(name) or name.split(" ", 1)[0] in _AFFILIATION_WORDS:
            # "AP National Political Writer": a job title after the name; "Ana Lima, da
            # Folha, em São Paulo": her paper and her city
            continue
        words = name.split()
        if len(words) == 1 and not _HANDLE.match(name):
            continue
        if len(words) > _MAX_WORDS or (
            len(words) > 1 and sum(w[0].islower() for w in words) * 2 > len(words)
        ):
            continue  # a sentence, not a name ("Mail wurde erfolgreich an uns geschickt")
        half = len(words) // 2
        if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:  # noqa: PLR2004
            name = " ".join(words[:half])  # "Olivier Minot Olivier Minot": nested copies
        if "_" in name and name.replace("_", " ").istitle():
            name = name.replace("_", " ")  # "Jenny_Smith": a user name written for a URL
        out.append(name)
    if any(" " in n for n in out):
        # "Grant Tinsley, PhD", "Barbara Stiegler, Philosophe": a full name and a title.
        out = [n for n in out if " " in n]
    return out


def _split_names(text: str) -> list[str]:
    """The parts of a byline between separators, a compound surname kept whole.

    Spanish and Portuguese surnames joined by "y" or "e" ("José Ortega y Gasset", "José Volta
    e Pinto") are one name: a single capitalised word after a full name is no second person.
    """
    parts = _SPLIT.split(text)
    separators = _SPLIT.findall(text)
    out = [parts[0]]
    for separator, part in zip(separators, parts[1:], strict=True):
        words = part.split()
        if (
            separator.strip().lower() in {"y", "e"}
            and len(words) == 1
            and words[0][:1].isupper()
            and len(out[-1].split()) >= 2  # noqa: PLR2004 - a given name and a surname
        ):
            out[-1] = f"{out[-1]}{separator}{part}"
        else:
            out.append(part)
    return out


def _is_desk(name: str, site: str | None, host: str | None) -> bool:
    """A desk or an organisation a byline credits ("Redaktion", "Example Staff"), not the site."""
    return bool(_ORGANISATION.search(name)) and not _of_site(name, site, host)


def _is_person(name: str, site: str | None, host: str | None) -> bool:
    # "The New York Times", "The Associated Press": a name with the article is a title's
    return (
        not _ORGANISATION.search(name)
        and not name.startswith("The ")
        and not _of_site(name, site, host)
    )


def _from_blocks(
    source: Source, blocks: list[Block], site: str | None, host: str | None
) -> list[MetaValue]:
    """The persons the blocks name, once each."""
    found: dict[str, MetaValue] = {}
    for block in blocks:
        text = source.slice(block.span)
        if is_site_name(_clean(text), site, host):
            continue
        for name in _names(_without_site(text, site, host)):
            key = _key(name)
            if key and key not in found and not _of_site(name, site, host):
                found[key] = _value_at(source, block, name)
    return _full_names_first(list(found.values()))


def _value_at(source: Source, block: Block, name: str) -> MetaValue:
    """``name`` as found in ``block``, its span on the name (on the block if not written so)."""
    at = source.slice(block.span).find(name)
    span = Span(block.span.start + at, block.span.start + at + len(name)) if at >= 0 else block.span
    return MetaValue(text=source.slice(span), value=name, span=span)


def _roles(source: Source, blocks: list[Block]) -> list[MetaValue]:
    """Bylines that credit a role and no name ("Court Reporter"): the author of last resort."""
    found: dict[str, MetaValue] = {}
    for block in blocks:
        text = _TAIL.sub("", _clean(source.slice(block.span)))
        words = text.split()
        if (
            1 < len(words) <= _MAX_ROLE_WORDS
            and all(w[0].isupper() for w in words)
            and _JOB_TITLE_END.search(text)
        ):
            at = source.slice(block.span).find(text)
            span = (
                Span(block.span.start + at, block.span.start + at + len(text)) if at >= 0 else None
            )
            found.setdefault(_key(text), MetaValue(text=text, value=text, span=span))
    return list(found.values())


_MAX_ROLE_WORDS: Final = 4


def _full_names_first(values: list[MetaValue]) -> list[MetaValue]:
    """Where a source gives full names, a lone word next to them is a brand or a handle.

    A name that is another name and more ("Tom Davies Associated Press" next to "Tom Davies")
    is that name with its affiliation.
    """
    if any(" " in v.value for v in values):
        values = [v for v in values if " " in v.value]
    keys = [_key(v.value) for v in values]
    return [
        v
        for v, key in zip(values, keys, strict=True)
        if not any(other != key and key.startswith(other + " ") for other in keys)
    ]


def _fuller(
    source: Source,
    persons: list[MetaValue],
    others: list[list[Block]],
    site: str | None,
    host: str | None,
) -> list[MetaValue]:
    """A less trusted source's list where it names the same persons and more.

    JSON-LD may keep only the first of a story's authors ("April Roach") where the page's
    ``meta name=author`` lists them all ("April Roach, Daniel O'Mahony").
    """
    keys = {_key(p.value) for p in persons}
    for blocks in others:
        more = [
            n for n in _from_blocks(source, blocks, site, host) if _is_person(n.value, site, host)
        ]
        if keys < {_key(n.value) for n in more}:
            return more
    return persons


def _visible_start(source: Source) -> int:
    """Where the visible text starts: after the head's metadata blocks."""
    end = 0
    for block in source.blocks:
        if block.kind not in {BlockKind.META, BlockKind.TITLE}:
            break
        end = block.span.end
    return end


def _markup(
    source: Source, headline_at: int | None, site: str | None, host: str | None
) -> list[MetaValue]:
    """Names from the page's author markup, taken from the byline nearest the headline.

    Each markup value is also visible text: its span is moved to where the page shows it.
    """
    visible = _visible_start(source)
    candidates: list[tuple[int, Block, list[str]]] = []
    for block in source.blocks:
        if block.kind is not BlockKind.META or block.hint not in _MARKUP:
            continue
        text = source.slice(block.span)
        if is_site_name(_clean(text), site, host):
            continue
        names = [n for n in _names(_without_site(text, site, host)) if not _of_site(n, site, host)]
        if not names:
            continue
        at = source.text.find(names[0], visible)
        candidates.append((at, block, names))
    if not candidates:
        return []
    # Bylines sit at the top of the article, just above or below the headline; earlier ones
    # (a "popular authors" box in the header) are not the article's.
    start = (headline_at or visible) - _NEAR_MARKUP
    chosen = next((c for c in candidates if c[0] >= start), candidates[0])
    group = [c for c in candidates if c[0] >= 0 and abs(c[0] - chosen[0]) <= _NEAR_MARKUP] or [
        chosen
    ]
    found: dict[str, MetaValue] = {}
    for at, block, names in sorted(group, key=lambda c: c[0]):
        for name in names:
            key = _key(name)
            if key in found or any(
                (key in k and not k.startswith(key + " ")) or k in key for k in found
            ):
                continue  # "Jane Doe" and "By Jane Doe", nested elements of one byline
            where = source.text.find(name, max(visible, at)) if at >= 0 else -1
            span = Span(where, where + len(name)) if where >= 0 else block.span
            found[key] = MetaValue(text=source.slice(span), value=name, span=span)
    return _full_names_first(list(found.values()))


def _byline(
    source: Source,
    near: list[Block],
    site: str | None,
    host: str | None,
    *,
    inside: bool = True,
    accept: Callable[[str, str | None, str | None], bool] = _is_person,
) -> list[MetaValue]:
    """A visible byline line near the headline ("By Jane Doe", "… von gizzmo").

    Without ``inside``, only a line that starts with its label ("By …", "Von …"). ``accept``
    picks the names it credits (persons by default; :func:`_is_desk` takes the desk
    or organisation: "… von Redaktion").
    """

    def read(text: str) -> re.Match[str] | None:
        match = lex.BYLINE.match(text) or lex.KIND_BYLINE.match(text)
        if match is not None or not inside:
            return match
        # Inside a line only where the line is metadata (a date or separators), since "von"
        # and "by" are common words.
        is_meta = bool(lex.DATE.search(text) or lex.META_LINE.search(text))
        return _BYLINE_INSIDE.search(text) if is_meta else None

    return _first_credit(source, near, read, site, host, accept=accept)


def _first_credit(
    source: Source,
    blocks: Sequence[Block],
    read: Callable[[str], re.Match[str] | None],
    site: str | None,
    host: str | None,
    *,
    accept: Callable[[str, str | None, str | None], bool] = _is_person,
) -> list[MetaValue]:
    """The names ``accept`` takes (persons by default) of the first line ``read`` matches."""
    for block in blocks:
        text = source.slice(block.span)
        if len(text) >= _MAX_DATED_BYLINE:
            continue  # credit lines are short
        match = read(text)
        found = _persons_named(source, block, match, site, host, accept=accept) if match else []
        if found:
            return found
    return []


def _persons_named(
    source: Source,
    block: Block,
    match: re.Match[str],
    site: str | None,
    host: str | None,
    *,
    accept: Callable[[str, str | None, str | None], bool] = _is_person,
) -> list[MetaValue]:
    """The names a byline's ``names`` group gives that ``accept`` takes (persons by default)."""
    start = block.span.start + match.start("names")
    sub = match.group("names")
    out = []
    for name in _names(sub):
        if not accept(name, site, host):
            continue
        at = sub.find(name)
        span = Span(start + at, start + at + len(name)) if at >= 0 else block.span
        out.append(MetaValue(text=source.slice(span), value=name, span=span))
    return out


# A byline inside a metadata line: "Veröffentlicht am 12. Juni 2017 von gizzmo",
# "Posted by DT in Tagebuch", "23.06.2016 um 16:14 Uhr - Markus Reuter"; a user name may end
# in digits ("von Marianne1 am 20.09.2020"), a date never starts inside a word.
_BYLINE_NAME: Final = r"(?:[^\d|•·,;:()\n]|(?<=\w)\d){2,60}?"
# The label of a date line ("Last updated", "Veröffentlicht", "Publié le").
_DATE_LABEL: Final = (
    r"(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|erstellt\s+am"
    r"|geändert\s+am|actualizado|publicado|publié|mis\s+à\s+jour)\b"
)
_BYLINE_INSIDE: Final = compile_later(
    r"(?:(?:\bposted\s+by|\bwritten\s+by|\bby|\bvon|\bpar|\bpor|\bdoor):?|\bautor(?:in)?:|\bauthor:"
    # Russian: "Автор:", "Текст: Jane Doe · 11 октября 2018"
    r"|(?<!\w)(?:автор(?:ы)?|текст):"
    # a theme's label without its colon, capitalised ("Posted on 25. Januar 2022 Author Jane")
    r"|\b(?-i:Author|Autor|Autorin))\s+"
    # One name, or several joined by commas or "and" ("By Matthew Digby, Minh Do on Monday"),
    # each further name capitalised ("by admin, in News" is one).
    rf"(?P<names>{_BYLINE_NAME}(?:\s*(?:,|&|\band\b|\bund\b)\s*(?=(?-i:[A-ZÀ-ÖØ-Þ])){_BYLINE_NAME})*)"
    # (a name's particles are capitalised, "Loïc Le Clerc", where the words a date follows are not)
    r"(?=\s*(?:$|[|•·,;()\n]|\s-\s|\s[/／]|\s(?:am|on|in|um|at|the)\b|\s(?-i:le|el|il|der|die|das)\b)"
    # or where the line's date, its label, a handle or an e-mail address follows the name ("By
    # Jane Doe November 19, 2019", "By Jane Doe 2019-11-18T20:51Z", "By Jane Doe Last updated
    # Nov 8", "By Jane Doe @janedoe")
    rf"|\s+(?:\d|@|\S+@|(?:{lex.MONTHS_PATTERN})\.?\s+\d|{_DATE_LABEL}))",
    re.IGNORECASE,
)


def _is_handle(name: str) -> bool:
    """A user name rather than a person's name: one lower-case word, or words joined by ``_``."""
    return " " not in name and (name.islower() or "_" in name)


def _shown_names(handles: list[MetaValue], shown: list[MetaValue]) -> list[MetaValue]:
    """The full names the byline shows for the user names the metadata gives, when all match.

    "gabor_munier" is "Gàbor Muniér": the same letters without case, accents and separators.
    """
    by_letters = {compact(v.value): v for v in shown if " " in v.value}
    found = [by_letters.get(compact(h.value)) for h in handles]
    return [v for v in found if v is not None] if all(found) else []


def _as_shown(
    source: Source,
    persons: list[MetaValue],
    markup: list[MetaValue],
    near: list[Block],
    *,
    headline_at: int | None,
    site: str | None,
    host: str | None,
) -> list[MetaValue]:
    """The metadata's authors, or the byline the reader sees where it says more or otherwise.

    The byline line under the headline wins where it lists the metadata's names and more ("By
    Stefan Becket, Kathryn Watson, Grace Segers" next to a JSON-LD that keeps the first); the
    byline (its markup or its line) wins where it names others and the page never shows the
    metadata's names (a CMS account that posted the story).
    """
    line = _byline(source, near, site, host, inside=False)
    meta_keys = {_key(p.value) for p in persons}
    if line and meta_keys < {_key(p.value) for p in line}:
        return line
    if headline_at is None:
        return persons
    visible = _visible_start(source)
    shown = [
        n
        for n in markup
        if n.span is not None
        and n.span.start >= visible  # shown on the page, not only in an attribute
        and abs(n.span.start - headline_at) <= _NEAR_MARKUP
        and _is_person(n.value, site, host)
    ] or line
    if (
        shown
        # Full names, not a word after "von" or a postcode ("D02 CX89") of an address.
        and all(" " in p.value and not any(c.isdigit() for c in p.value) for p in shown)
        and meta_keys.isdisjoint(_key(p.value) for p in shown)
        and all(source.text.find(p.value, visible) < 0 for p in persons)
    ):
        return shown
    return persons


def _written_out(source: Source, handles: list[MetaValue]) -> list[MetaValue]:
    """The names the page writes out for "first.last" user names, when all are found.

    "christian.stadtfeld" is "Christian P. Stadtfeld" in the article: the handle's parts as
    capitalised words, a middle initial allowed between them.
    """
    visible = _visible_start(source)
    found = []
    for handle in handles:
        parts = _HANDLE_PARTS.split(handle.value)
        if not 2 <= len(parts) <= 3 or not all(p.isalpha() and len(p) > 1 for p in parts):  # noqa: PLR2004
            return []
        pattern = r"(?:\s+[^\W\d_]\.)?\s+".join(re.escape(p) for p in parts)
        match = next(
            (
                m
                for m in re.finditer(rf"\b{pattern}\b", source.text[visible:], re.IGNORECASE)
                if all(w[0].isupper() for w in m.group().split())
            ),
            None,
        )
        if match is None:
            return []
        span = Span(visible + match.start(), visible + match.end())
        found.append(
            MetaValue(text=match.group(), value=" ".join(match.group().split()), span=span)
        )
    return found


_HANDLE_PARTS: Final = compile_later(r"[._\-]")


def _closing_byline(
    source: Source,
    blocks: Sequence[Block],
    site: str | None,
    host: str | None,
    *,
    labelled: bool = False,
) -> list[MetaValue]:
    """The author an article names at its end (or under a label at its top).

    "Autorin: Uta Staschewski, Projektleiterin", a line "Von Jane Doe" (not with
    ``labelled``: at the top, :func:`_byline` reads those), or a label line ("Autor",
    "Author") and the name on the next line.
    """
    for index, block in enumerate(blocks):
        text = source.slice(block.span)
        name_at = index
        if _AUTHOR_LABEL_LINE.match(text) and (index + 1 < len(blocks) or not labelled):
            # the name is on the next line (the page's next one after the last of ``blocks``)
            name_at = index + 1
            following = blocks[name_at] if name_at < len(blocks) else _next_line(source, block)
            if following is None:
                continue
            block = following  # noqa: PLW2901
            text = source.slice(block.span)
        elif not (
            _AUTHOR_LABEL.match(text)
            or (not labelled and lex.BYLINE.match(text) and len(text.split()) <= _CLOSING_WORDS)
        ):
            continue  # neither "Autorin: …" nor a short "Von …" line ("Por ende, …" is prose)
        if len(text) >= 150:  # noqa: PLR2004 - a byline is short
            continue
        first = _AUTHOR_LABEL.sub("", text).split(",")[0]
        names = [n for n in _names(first) if " " in n and _is_person(n, site, host)]
        if names:
            start = block.span.start + text.find(first)
            spans = [
                Span(start + at, start + at + len(n)) if (at := first.find(n)) >= 0 else block.span
                for n in names
            ]
            found = [
                MetaValue(text=source.slice(span), value=name, span=span)
                for name, span in zip(names, spans, strict=True)
            ]
            return found + _joined_names(source, blocks, name_at + 1, site, host)
    return []


def _next_line(source: Source, block: Block) -> Block | None:
    """The visible block that follows ``block`` on the page, if any."""
    return next(
        (
            b
            for b in source.blocks
            if b.span.start >= block.span.end and b.kind not in {BlockKind.META, BlockKind.TITLE}
        ),
        None,
    )


def _joined_names(
    source: Source, blocks: Sequence[Block], at: int, site: str | None, host: str | None
) -> list[MetaValue]:
    """Further names a byline puts on lines of their own after a joiner ("and" / "Jane Roe")."""
    found: list[MetaValue] = []
    while at + 1 < len(blocks) and source.slice(blocks[at].span).strip().casefold() in _JOINERS:
        block = blocks[at + 1]
        text = source.slice(block.span)
        names = _names(text) if len(text) < _MAX_NAME else []
        if len(names) != 1 or " " not in names[0] or not _is_person(names[0], site, host):
            break
        found.append(_value_at(source, block, names[0]))
        at += 2
    return found


_JOINERS: Final = frozenset(("and", "und", "&", "et", "y", "e", "i", "og", "en"))


_CLOSING_WORDS: Final = 6  # "Von Jane Doe und John Roe": a closing byline line is short
# "Autorin: …", "Author: …", "Text: …" closing an article; a label alone on its line.
_AUTHOR_LABEL: Final = compile_later(
    rf"^(?:{_AUTHOR_WORD}|text|texte|written\s+by)\s*:\s*", re.IGNORECASE
)
_AUTHOR_LABEL_LINE: Final = compile_later(
    rf"^(?:{_AUTHOR_WORD}|über\s+den\s+autor|über\s+die\s+autorin|about\s+the\s+author"
    # a byline's label alone on its line, the name on the next ("Von" / "Jane Doe")
    r"|by|von|par|por|door|av|af|przez)\s*:?$|^(?:text|texte|texto|testo|текст)\s*:$",
    re.IGNORECASE,
)


def find_authors(
    source: Source,
    *,
    near: list[Block],
    closing: Sequence[Block] = (),
    article: Sequence[Block] = (),
    above: Sequence[Block] = (),
    headline_at: int | None,
    site: str | None,
    host: str | None,
) -> tuple[MetaValue, ...]:
    """The article's authors, from the most trusted source that names a person.

    Args:
        source: the page.
        near: the visible blocks around the headline (where bylines are written).
        closing: the article's last blocks and those just after it (where an article may
            name its author).
        article: the article's blocks, where a labelled author line ("Autorin: …") may sit
            before endnotes.
        above: the visible blocks above the headline, nearest first, where a labelled byline
            ("By Jane Doe") may stand a few lines up.
        headline_at: where the headline starts, if known.
        site: the site's name, which is never an author.
        host: the page's host name, likewise.
    """
    by_key: dict[str, list[Block]] = {}
    for block in source.blocks:
        if block.kind is BlockKind.META and block.hint in _HEAD_KEYS:
            by_key.setdefault(block.hint, []).append(block)
    desks: list[MetaValue] = []
    markup: list[MetaValue] | None = None
    keys = [key for key in (*_JSONLD, *_HEAD) if key in by_key]
    for at, key in enumerate(keys):
        names = _from_blocks(source, by_key[key], site, host)
        persons = [n for n in names if _is_person(n.value, site, host)]
        if persons:
            persons = _fuller(source, persons, [by_key[k] for k in keys[at + 1 :]], site, host)
            markup = _markup(source, headline_at, site, host)
            if all(_is_handle(n.value) for n in persons):
                # A user name ("gabor_munier"): the byline may show the person's own name.
                shown = _shown_names(persons, markup) or _written_out(source, persons)
                return tuple(shown or persons)
            shown = _as_shown(
                source, persons, markup, near, headline_at=headline_at, site=site, host=host
            )
            return tuple(shown)
        desks = desks or names or _roles(source, by_key[key])
    if markup is None:
        markup = _markup(source, headline_at, site, host)
    persons = [n for n in markup if _is_person(n.value, site, host)]
    if persons:
        return tuple(persons)
    desks = desks or markup
    # A desk or an organisation ("Teufel Blog Redaktion", "Wikimedia Foundation") is the
    # author only where the page credits nobody else.
    return tuple(
        _byline(source, near, site, host)
        # "By Jane Doe" opening the article's text (under a picture, below the date lines)
        or _opening_byline(source, article, site, host)
        or _dated_name(source, near, site, host)
        or _closing_byline(source, near, site, host, labelled=True)
        or _closing_byline(source, closing, site, host)
        or _closing_byline(source, article, site, host, labelled=True)
        or (_credit_line(source, near, site, host) if headline_at is not None else [])
        or (_named_above_date(source, near, site, host) if headline_at is not None else [])
        or (_named_with_job(source, near, site, host) if headline_at is not None else [])
        # a labelled byline further above the headline ("By Jane Doe" / "0 Comments" / "LIKES")
        or _byline(source, list(above[:_BYLINE_REACH]), site, host, inside=False)
        # a wire story's closing credit ("Reporting by Jane Doe in Prague; Editing by …")
        or _first_credit(source, closing, _WIRE_CREDIT.match, site, host)
        or (_author_box(source, site, host) if not source.elements else [])
        or desks
        # the desk a byline credits ("Veröffentlicht am … von Redaktion") on a page without
        # markup (a text dump), where an HTML page's markup would have named it
        or (_byline(source, near, site, host, accept=_is_desk) if not source.elements else [])
        # a wire agency's credit on a line of its own ("Associated Press", "Reuters, Washington,")
        or (_agency_line(source, near) if not source.elements else [])
    )


_OPENING_LINES: Final = 2  # an article's opening byline is its first or second line
_BYLINE_REACH: Final = 8  # lines above the headline where a labelled byline may stand


def _opening_byline(
    source: Source, article: Sequence[Block], site: str | None, host: str | None
) -> list[MetaValue]:
    """A "By Jane Doe" line among the article's first lines or the lines just before it.

    Not a heading ("Von Youtube-Netzwerken lernen: …" titles an article), and only names
    written as names: capitalised words and their particles, no colon.
    """
    if not article:
        return []
    first = article[0].span.start
    before = [
        b
        for b in source.blocks
        if b.span.end <= first and b.kind not in {BlockKind.META, BlockKind.TITLE}
    ]
    lines = [
        b
        for b in (*before[-_OPENING_LINES:], *article[:_OPENING_LINES])
        if b.kind is not BlockKind.HEADING
    ]
    found = _byline(source, lines, site, host, inside=False)
    if all(_written_as_name(v.value) for v in found):
        return found
    return []


def _written_as_name(name: str) -> bool:
    """Whether ``name`` is written as a person's name: capitalised words and particles."""
    return ":" not in name and all(
        w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in name.split()
    )


# A wire story's closing credit: "Reporting by Jane Doe in Prague; Editing by John Roe".
_WIRE_CREDIT: Final = compile_later(
    r"^(?:additional\s+)?reporting\s+by\s+(?P<names>[^;\n]{2,120}?)"
    r"(?:\s+in\s+[^;\n]{2,40})?\s*(?:;|$)",
    re.IGNORECASE,
)


#: Separators between a byline's name and its date ("Jane Doe - Nov 19", "Jane Doe / 22.04.2020").
_BEFORE_DATE: Final = " ,-–—|/·•"
_MAX_DATED_NAME_WORDS: Final = 8
_MAX_DATED_BYLINE: Final = 150


def _dated_name(
    source: Source, near: list[Block], site: str | None, host: str | None
) -> list[MetaValue]:
    """A byline without its label: the writer's name, then the date ("Jane Doe 19.10.2019, 05:00").

    The line starts with the name (capitalised words; several joined by commas or "and") and
    the date follows it directly or after a separator, or a bar parts it from the outlet
    ("Jane Doe, John Roe | USA TODAY"), or the writer's handle follows ("Jane Doe @janedoe").
    """
    if source.media_type is MediaType.HTML:
        return []  # a page's markup says who wrote it; a text dump has only the line
    for block in near:
        text = source.slice(block.span)
        if len(text) >= _MAX_DATED_BYLINE:
            continue  # bylines are short
        date = lex.DATE_EXPRESSION.search(text) or lex.DATE.search(text)
        marks = (date.start() if date else -1, text.find(" | "), text.find(" @"))
        ends = [at for at in marks if at >= 0]
        if not ends:
            continue
        if min(ends) == 0:
            # the date first, then the name (see _NAME_AFTER_DATE: "30. Oktober 2019 | Jane
            # Doe", "3 декабря 2020, 18:47 • Jane Doe • 3375", "… jdoe Leave a comment")
            after = _name_after_date(text, date.end()) if date and date.start() == 0 else None
            if after is None:
                continue
            handle = after.group("handle")
            if handle:  # a blog's user name, as its theme prints it
                users = [n for n in _names(handle) if _is_person(n, site, host)]
                if users:
                    return [_value_at(source, block, n) for n in users]
                continue
            head = after.group("name")
        else:
            # the name, without a date label between it and the date ("Jane Doe Zuletzt
            # geändert am 06.11.2023")
            head = _DATE_LABEL_AFTER.sub("", text[: min(ends)]).rstrip(_BEFORE_DATE)
        words = head.split()
        if (
            not 2 <= len(words) <= _MAX_DATED_NAME_WORDS  # noqa: PLR2004
            or not _written_as_name(head)
            or words[0].casefold() in _NOT_A_NAME_FIRST
            or _NOT_IN_DATED_NAME.search(head)
        ):
            continue
        names = [n for n in _names(head) if " " in n and _is_person(n, site, host)]
        if names:
            return [_value_at(source, block, n) for n in names]
    return []


def _name_after_date(text: str, at: int) -> re.Match[str] | None:
    """:data:`_NAME_AFTER_DATE` after the date that ends at ``at``, or after a second date.

    A blog theme may print the day of the update after the day of publication ("28. Juni 2019
    14. Januar 2020 | Jane Doe").
    """
    after = _NAME_AFTER_DATE.match(text, at)
    if after is None:
        second = lex.DATE_EXPRESSION.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
        if second is not None and second.start() > at:
            after = _NAME_AFTER_DATE.match(text, second.end())
    return after


# A name after the date line's date (and its time), parted by a bar, a dot or a spaced dash and
# ending the line or another part ("23.06.2016 um 16:14 Uhr - Jane Doe - 91 Ergänzungen"), or
# followed by a blog theme's call to comment ("28. Januar 2015 jdoe Schreibe einen Kommentar").
_NAME_AFTER_DATE: Final = compile_later(
    r"(?:,?\s*(?:um|at|à)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?"
    r"(?:\s*(?:[|•·]|\s[-–—])\s*(?P<name>[^|•·\d]{3,60}?)\s*(?:[|•·]|\s[-–—]\s|$)"
    rf"|\s+(?P<handle>[^|•·\d\s]{{3,40}})\s+{_COMMENT_CALL}\s*$)",
    re.IGNORECASE,
)
_DATE_LABEL_AFTER: Final = compile_later(
    r"\s+(?:zuletzt\s+)?(?:geändert|aktualisiert|veröffentlicht|last\s+updated|updated|published"
    r"|modified)(?:\s+(?:am|on))?\s*:?\s*$",
    re.IGNORECASE,
)
_NAME_JOINERS: Final = frozenset("and und et y e von van de der den du da del di la le".split())
# A name never starts with an article ("The Times of India", "El Mundo") or with the label of
# another credit ("Übersetzung Jane Doe, 12.12.22" names the translator).
_NOT_A_NAME_FIRST: Final = frozenset(
    (
        "the a an el la los las le les il lo der die das übersetzung translation translated "
        "traduction traducción foto fotos photo photos bild bilder illustration grafik video "
        "quelle source fuente "
        # a press release's label on its date line ("Pressemitteilung Aktuell 02. November 2021")
        "press pressemitteilung pressemeldung communiqué comunicado comunicato persbericht"
    ).split()
)
# The label of a date line and the days of the week are no part of a name ("Published Tue").
_NOT_IN_DATED_NAME: Final = compile_later(
    rf"\b(?:{_DATE_LABEL}|modified|geändert|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b)",
    re.IGNORECASE,
)


def _named_above_date(
    source: Source, near: list[Block], site: str | None, host: str | None
) -> list[MetaValue]:
    """In a text dump, a line of names just above the date line under the headline, or below it.

    "Jane Doe" / "January 10, 2020 9:00AM", "Jane Doe, AP National Political Writer" / "Updated
    3:27 am": the names, without the job or the outlet the line adds. Templates print the date
    first too: "31.10.2023" / "Jane Doe", where the line above the name is nothing but a date.
    """
    if source.media_type is MediaType.HTML:
        return []
    reach = min(_NAME_ABOVE_DATE_REACH, len(near) - 1)
    for i in range(reach):
        if lex.DATE.search(source.slice(near[i + 1].span)):
            names = _name_line(source, near[i], site, host)
            if names:
                return names
    for i in range(reach):
        if is_date_line(source.slice(near[i].span).strip()) and not _in_menu(source, near[i + 1]):
            names = _name_line(source, near[i + 1], site, host)
            if names:
                return names
    return []


def _named_with_job(
    source: Source, near: list[Block], site: str | None, host: str | None
) -> list[MetaValue]:
    """In a text dump, the line under the headline that names the writer and the job.

    "Jane Doe Senior Contributor", as Forbes prints it; not a desk's role ("Daily Court
    Reporter").
    """
    if source.media_type is MediaType.HTML:
        return []
    for block in near[:_JOB_LINE_REACH]:
        job = _NAME_THEN_JOB.fullmatch(source.slice(block.span).strip())
        if job is None or not _NEWSROOM_WORDS.isdisjoint(job["name"].casefold().split()):
            continue  # ("Daily Court Reporter" is a desk's role)
        names = _name_line(source, block, site, host, job["name"])
        if names:
            return names
    return []


_JOB_LINE_REACH: Final = 2
# Words of a newsroom's desks and beats, never of a writer's name ("Daily Court Reporter").
_NEWSROOM_WORDS: Final = frozenset(
    "daily weekly court crime business sports news city local county political chief staff"
    " senior the".split()
)
# A writer's name and job on one line, as Forbes and local papers print them under the headline:
# "Jane Doe Senior Contributor", "Jane Doe Forbes Staff", "Jane Doe Reporter".
_NAME_THEN_JOB: Final = compile_later(
    r"(?P<name>.+?),?\s+(?-i:(?:[A-Z][a-z]+\s+)?Staff|(?:(?:Senior|Staff|Contributing|Chief|Guest"
    r"|Special|Political|Senior\s+Staff)\s+)?(?:Contributor|Writer|Reporter|Correspondent"
    r"|Columnist))"
)


def _author_box(source: Source, site: str | None, host: str | None) -> list[MetaValue]:
    """In a text dump, the name line of an author box: a link to the writer's articles under it.

    Author boxes print the writer's name, then a link to the writer's other articles that names
    the writer again ("Jane Doe" / "More from Jane Doe", "Alles von Jane Doe") or says only
    what it lists ("Alle Artikel", "View all posts"). A link that names someone else ("More
    from the Los Angeles Times") or a line the page's menus list is no author box.
    """
    lines = [b for b in source.blocks if b.kind not in {BlockKind.META, BlockKind.TITLE}]
    for block, under in itertools.pairwise(lines):
        link = source.slice(under.span).strip()
        named = _ARCHIVE_LINK.fullmatch(link)
        if named is not None:
            name = source.slice(block.span).strip()
            if named["name"].casefold() != name.casefold():
                continue
        elif _ARCHIVE_LABEL.fullmatch(link) is None:
            continue
        names = [] if _in_menu(source, block) else _name_line(source, block, site, host)
        if names:
            return names
    return []


# A link to the writer's other articles that names the writer ("More from Jane Doe").
_ARCHIVE_LINK: Final = compile_later(
    r"(?:more\s+(?:from|by)|(?:view\s+)?all\s+(?:posts|articles|stories)\s+by|(?:posts|articles)"
    r"\s+by|alles\s+von|mehr\s+(?:von|über)|alle\s+(?:artikel|beiträge|texte)\s+von|weitere"
    r"\s+(?:artikel|beiträge)\s+von|tous\s+les\s+articles\s+de|(?:más|todos\s+los)\s+artículos"
    r"\s+de)\s+(?P<name>[^\W\d_][\w'’. -]+?)\W*",
    re.IGNORECASE,
)
# ... or only says what it lists ("Alle Artikel", "View all posts", "zu allen Rezepten vom Autor").
_ARCHIVE_LABEL: Final = compile_later(
    r"(?:alle\s+(?:artikel|beiträge)|(?:view|see)\s+all\s+(?:posts|articles)|all\s+(?:posts|articles)"
    r"|zu\s+allen\s+\w+\s+(?:vom|von\s+der)\s+autor(?:in)?|tous\s+ses\s+articles)\W*",
    re.IGNORECASE,
)


def _agency_line(source: Source, near: list[Block]) -> list[MetaValue]:
    """In a text dump, a wire agency credited on a line of its own by the headline.

    "Associated Press" / "Published 11:26 pm EST …", "Reuters, Washington," (the agency and
    the story's dateline): the author of last resort, as a desk is.
    """
    for block in near[:_AGENCY_REACH]:
        match = _AGENCY_LINE.fullmatch(source.slice(block.span).strip())
        if match is not None:
            return [_value_at(source, block, match["agency"] or match["short"])]
    return []


_AGENCY_REACH: Final = 4
# The agency written out, or its short name with the story's dateline after it ("Reuters,
# Washington,"): a short name alone on a line is as often a picture's credit.
_AGENCY_LINE: Final = compile_later(
    r"(?P<agency>(?:the\s+)?associated\s+press|agence\s+france[- ]presse"
    r"|press\s+trust\s+of\s+india)"
    r"|(?P<short>(?-i:AP|AFP|PTI|IANS|UPI|EFE|ANSA|DPA|dpa|APA|SDA)|reuters|xinhua|kyodo)"
    r",\s*[^\W\d_][\w .'-]{1,30},?",
    re.IGNORECASE,
)


def _in_menu(source: Source, block: Block) -> bool:
    """Whether ``block``'s line stands as a line of its own earlier in the page: a menu's.

    The line after a date line may be the story's section or place ("Cake Recipes", "Wall
    Street"), which the page's menus list too; a writer's name is not among them.
    """
    line = source.slice(block.span).strip()
    before = source.text[: block.span.start]
    return f"\n{line}\n" in before or before.startswith(f"{line}\n")


def _name_line(
    source: Source, block: Block, site: str | None, host: str | None, text: str | None = None
) -> list[MetaValue]:
    """The names of a line that is only names (a job title after a comma goes with them).

    ``text`` reads a part of the block's line instead (the names before a job title).
    """
    text = source.slice(block.span).strip() if text is None else text
    # the names, without an outlet in capitals
    head = _OUTLET_IN_CAPITALS.sub("", text)
    words = head.replace(",", " ").split()
    if (
        lex.DATE.search(text)
        or not 2 <= len(words) <= _MAX_DATED_NAME_WORDS  # noqa: PLR2004
        or not all(_NAME_WORD.fullmatch(w) or w.casefold() in _NAME_JOINERS for w in words)
        or words[0].casefold() in _NOT_OPENING_NAMES
        or words[-1].casefold() in _NAME_JOINERS
        or text.endswith((".", "!", "?", ":"))
        or lex.BOILERPLATE.match(text)
        or _NOT_IN_DATED_NAME.search(text)
    ):
        return []
    names = [
        n
        for n in _names(head)
        if 2 <= len(n.split()) <= _MAX_PLAIN_NAME_WORDS and _is_person(n, site, host)  # noqa: PLR2004
    ]
    return [_value_at(source, block, n) for n in names]


# A word of a person's name: capitalised letters (with hyphens or an apostrophe), or an initial.
_NAME_WORD: Final = compile_later(r"(?:[^\W\d_][.]|(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*(?:['’-][^\W\d_]+)*)")
# An outlet written in capitals after the names ("Kevin Johnson and Kevin McCoy USA TODAY").
_OUTLET_IN_CAPITALS: Final = compile_later(r"(?:\s+(?-i:[A-Z]{2,}))+\s*$")
# A name credited on a line of its own has at most three words ("Blog Nutrition Meal Plans" is a
# menu).
_MAX_PLAIN_NAME_WORDS: Final = 3
_NAME_ABOVE_DATE_REACH: Final = 3  # lines below the headline where the writer's name may sit
_MAX_CREDIT_WORDS: Final = 4
# Words a tagline starts with, never a name ("From DramaWiki", "Aus der Redaktion").
_NOT_A_NAME_START: Final = frozenset("from aus de del in im on at for für with mit".split())
_NOT_OPENING_NAMES: Final = _NOT_A_NAME_FIRST | _NOT_A_NAME_START


def _credit_line(
    source: Source, near: list[Block], site: str | None, host: str | None
) -> list[MetaValue]:
    """A wire or a writer credited on its own line between the headline and the date ("JIJI").

    ``near`` starts with the lines below the headline. The line must be a name (capitalised
    words) or an agency's acronym, not furniture, and a date line must follow it.
    """
    if len(near) < 2 or not lex.DATE.search(source.slice(near[1].span)):  # noqa: PLR2004
        return []
    block = near[0]
    text = source.slice(block.span).strip()
    words = text.split()
    if (
        not 1 <= len(words) <= _MAX_CREDIT_WORDS
        or not all(w[:1].isupper() for w in words)
        or (len(words) == 1 and not (text.isupper() and text.isalpha() and len(text) > 1))
        or lex.BOILERPLATE.match(text)
        or lex.DATE.search(text)
        or words[0].casefold() in _NOT_A_NAME_START
    ):
        return []
    # a full name, or the acronym alone ("JIJI"); not a list of labels ("Infos, Hinweise")
    return [
        _value_at(source, block, name)
        for name in _names(text)
        if (" " in name or name == text)
        and len(name.split()) <= _MAX_PLAIN_NAME_WORDS
        and _is_person(name, site, host)
    ]
