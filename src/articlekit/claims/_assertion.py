"""Whether a sentence asserts anything: questions, headings, credits and calls to action do not.

:func:`not_a_claim` names why a sentence is not a claim, or returns ``None`` for a claim. The
rules encode how pages are written, not strings of one site:

- ``question``: an interrogative (final "?", "؟" or "？"); a negative interrogative that presents
  its proposition as true ("Isn't it true that …", "Doesn't this prove …") is a rhetorical
  assertion and stays a claim.
- ``heading``: a heading block that is not a full sentence; a short label-like headline (fewer
  than six words, or a "Label: …" line without a verb-like word); a line ending in a colon that
  introduces what follows ("More:", "Mehr Informationen:").
- ``byline``, ``dateline``, ``credit``, ``caption``: the conventions of news templates in the
  languages of the development pages ("By …", "Updated …", "Photo: …", "©", "Posted on …",
  "A version of this article appears in print …", "Jane Doe, BBC diplomatic correspondent").
- ``navigation``: calls to share, subscribe, read more, download, log in; "Loading…"; tag lists;
  where to follow the site ("Find us on Instagram"); a label and its link ("More AP NBA:
  https://…"); affiliate disclosures ("we may earn a commission if you buy through our links").
- ``imperative``: a sentence that opens with a bare verb addressed to the reader ("Click here",
  "Dip each ball", "See how …", "Please try it out!", "Nimm den Kuchen …"), also after a
  condition or a short label ("If it sticks, add …", "Vor allem aber: Nehmt euch Zeit."), or
  tells the reader what they can do ("You can also use …", "you may want to check …"); a German
  instruction in the infinitive, the way recipes and manuals write their steps ("Mehl in eine
  Schüssel sieben.").
- ``other``: fragments with fewer than three words, greetings, thanks and wishes (also a hope
  that the reader likes it, "I hope you enjoy it", "Viel Spaß beim Backen!"), lines that
  are only numbers, symbols or emoji; a lead-in ending in a colon that only presents what
  follows ("Here are some of the highlights:", "… findet man hier:", "The winners are:").
"""

from __future__ import annotations

import re
from typing import Final

from articlekit import _lexicon as lex
from articlekit._language import FUNCTION_WORDS, HAN_AND_KANA, SPACELESS_LETTERS
from articlekit._patterns import compile_later
from articlekit.claims._vocab import QUOTES
from articlekit.model import BlockKind

__all__ = ["not_a_claim"]

_LETTERS: Final = compile_later(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: A quoted question and its attribution: "“Why now?” he asked."
_QUOTED_QUESTION: Final = compile_later(
    r"[?؟]\s*[”\"»“]\s*,?\s*(?:[\w.'’-]+\s+){0,4}?(?:asked|asks|wondered|wonders|said|says|"
    r"added|fragt|fragte|demande|a demandé|preguntó)\W*$",
    re.IGNORECASE,
)
#: "Isn't it true that …", "Doesn't this prove …", "Wasn't it obvious …": a rhetorical assertion.
_NEGATIVE_INTERROGATIVE: Final = compile_later(
    r"^(?:[" + re.escape(QUOTES) + r"]\s*)?(?:is|are|was|were|do|does|did|has|have|had|would|"
    r"should|could|can|will|wo)n['’]t\b",
    re.IGNORECASE,
)

_NAME: Final = r"[A-ZÀ-Ý][\w.'’-]+(?:\s+(?:[A-ZÀ-Ý][\w.'’-]+|van|von|de|der|da|del|la|le))*"
#: Bylines, datelines and credits of page templates, by their conventional first words.
_TEMPLATES: Final = {
    "byline": compile_later(
        r"^(?:(?:By|BY|by|Von|Par|Por|Door|Di)\s+"
        + _NAME
        + r"(?:\s*(?:,|and|und|et|y|&)\s*"
        + _NAME
        + r")*\s*(?:$|[,|•·]|[.]\s*$)|(?i:written by|geschrieben von|posted by|"
        r"reporting by|edited by|additional reporting by|interview by)(?!\w)|"
        r"(?i:text|texte|autor|autorin|author|authors|contact|kontakt|interview|gespräch|"
        r"entretien|entrevista|حوار)\s*:|"
        r"(?:\w+\s){1,3}(?:is|ist|est) (?:a|an|the) (?:staff |senior |freelance )?"
        r"(?:writer|reporter|correspondent|editor|journalist|columnist|contributor)\b|"
        # a sign-off: the name, then the outlet's role for it ("Jane Doe, BBC diplomatic
        # correspondent")
         + _NAME + r",\s+(?:[\w.&'’-]+\s+){0,4}(?i:correspondent|reporter|editor|writer|journalist|"
        r"columnist|contributor|producer)\s*$)",
    ),
    "dateline": compile_later(
        r"^(?:(?:updated|published|posted|last (?:updated|modified)|aktualisiert|veröffentlicht|"
        r"erstellt|mis à jour|publié|publicado|actualizado|first published)(?!\w)"
        r"(?=.{0,60}(?:\d|ago|today|yesterday|heute|gestern|hier))|stand\s*:|"
        r"a version of this (?:article|story) appear(?:s|ed)|this (?:article|story) "
        r"(?:was|has been) (?:updated|corrected|amended))",
        re.IGNORECASE,
    ),
    "credit": compile_later(
        r"^(?:©|\(c\)\s|copyright(?!\w)|(?:photo|photos|foto|fotos|bild|bilder|image|images|"
        r"picture|credit|credits|source|sources|quelle|quellen|illustration|graphic|grafik|"
        r"video|cover)(?:\s+(?:credit|by|von|de|courtesy(?: of)?))?\s*[:/|]|"
        r"(?:photo|image|picture|video)\s+(?:by|courtesy)(?!\w)|getty images|ap photo|"
        r"e-mail (?:einer|eines) \w+|[—–-]\s*[\w@])",
        re.IGNORECASE,
    ),
}
#: How to cite the page: a credit whatever its length.
_CITATION: Final = compile_later(
    r"^(?:cite (?:this|as)|how to cite|zitiervorschlag|diese (?:folge|seite|episode) zitieren|"
    r"citer cet? |suggested citation)",
    re.IGNORECASE,
)
#: What a credit line looks like after its lead: short, with at most one closing stop.
_CREDIT_SHAPE: Final = compile_later(r"^[^.!?]{0,160}(?:[.!?]\s*)?$")
_MAX_CREDIT_WORDS: Final = 16
_NAVIGATION: Final = compile_later(
    r"^(?:read (?:more|next|also|the full)|more:|more from|see also|share this|share on|"
    r"related(?::|\s+(?:articles?|stories|posts|topics|coverage|content|links))|"
    r"sign up|subscribe|log ?in|sign in|register (?:now|here|for free)|follow us|follow the|"
    r"download|loading|(?:click|tap) (?:here|to|on|the)|scroll (?:down|up)|advertisement|"
    r"anzeige|werbung|tags?:|topics?:|"
    r"mehr (?:zum thema|informationen|dazu|lesen)|weitere (?:informationen|artikel|infos)|"
    r"lire (?:aussi|la suite)|voir aussi|leer más|(?:\d+\s)?kommentare?:|"
    r"(?:more )?informations? (?:is|are) available|for (?:more|further) information|"
    r"(?:for )?the full (?:story|text|recipe|ingredients)|email this|print this|"
    r"liken(?:liken)?|like this:|gefällt mir|this entry was posted|dieser eintrag wurde|"
    r"(?:\w+\s){0,6}(?:find|findest|findet|finden) (?:du|sie|ihr|man|you) .{0,40}"
    r"(?:hier|here|auf der|on (?:our|the) (?:website|homepage))|"
    # where to follow the site: "Find us on Instagram", "Ihr findet uns auf Facebook"
    r"(?:\w+\s){0,3}(?:find|follow|findet|finden|folgt|folge|folgen) (?:\w+\s)?(?:us|uns) "
    r"(?:on|auf|bei)|"
    # a label and a link: "More AP NBA: https://apnews.com/NBA"
    r"[^.!?:]{1,40}:\s*(?:https?://|www\.)\S*)(?!\w)",
    re.IGNORECASE,
)
#: Verbs that open an instruction to the reader (base form, sentence-initial).
_IMPERATIVE_VERBS: Final = frozenset(
    (
        "add allow apply ask avoid bake beat blend boil bring browse buy call check choose "
        "click combine consider contact cook cover cut dip discover do don't donate download "
        "drain drop email enjoy enter explore fill find fold follow get give go grab heat help "
        "imagine install join keep learn leave let let's listen look make melt mix note "
        "open order pick place please pour preheat press put read register remember remove "
        "repeat return roll save scroll search see select send serve set share shop sign "
        "simmer smooth spread sprinkle start stay stir stop store subscribe support take tap "
        "tell transfer try turn upgrade use visit vote wait watch whisk write"
    ).split()
)
#: What follows an imperative verb: its object's determiner, a pronoun, a particle.
_AFTER_IMPERATIVE: Final = frozenset(
    (
        "the a an your you yourself this that these those each every all some any more it "
        "them us me him her something anything everything here there out up over into off "
        "down away around back one two three our their his its not now again sure just well "
        # a question the reader is sent to answer: "See how …", "Find out what …"
        "how what why where which whether"
    ).split()
)
_LEADING_CONJUNCTIONS: Final = frozenset(
    "or and then now just simply first next finally also dann danach zuerst jetzt bitte".split()
)
#: German imperatives of the verbs that instruct a reader ("Klicke hier", "Nimm den Kuchen"),
#: in forms no statement opens with: the singular, and plurals unlike the third person
#: ("nehmt", not "nimmt").
_GERMAN_IMPERATIVES: Final = frozenset(
    (
        "klicke klick tippe schau schaue lies lest probiere probier besuche melde abonniere "
        "teile nimm nehmt gib gebt lass lasst mach mache hol hole schreib schreibe folge hilf "
        "helft vergiss vergesst denk denke achte sieh seht bleib bleibe heize rühre backe "
        "schneide koche füge stell stelle leg lege verrühre vermische schnür schnüre dreh drehe "
        "genieß genieße"
    ).split()
)
#: Plural imperatives that read like a third person ("Achtet", "Macht"): an imperative only
#: with the reader or a particle after it ("Achtet mal", "Macht euch").
_GERMAN_PLURAL_IMPERATIVES: Final = frozenset(
    (
        "klickt tippt schaut probiert besucht meldet abonniert teilt macht holt schreibt folgt "
        "denkt achtet bleibt heizt rührt backt schneidet kocht fügt stellt legt verrührt "
        "vermischt dreht genießt"
    ).split()
)
_GERMAN_READER: Final = frozenset("euch euer eure mal doch bitte gerne gern unbedingt".split())
#: Words after such a form that make it a statement or a condition ("Gibt es …", "Lass es …").
_GERMAN_SUBJECTS: Final = frozenset("man er sie es das dies der die ich wir ihr du".split())
#: Verbs a German instruction ends on in the infinitive ("Mehl in eine Schüssel sieben",
#: "abkühlen lassen"), matched as the end of the word so that prefixed forms count too
#: ("hinzugeben", "verrühren").
_INSTRUCTION_INFINITIVES: Final = tuple(
    (
        "geben rühren mischen mixen backen kochen braten schneiden würzen servieren verteilen "
        "streuen sieben schlagen heben füllen legen stellen lassen garen dünsten erhitzen "
        "schmelzen gießen formen rollen waschen schälen hacken pürieren schmecken garnieren "
        "heizen streichen stäuben weichen trocknen kneten holen nehmen drücken"
    ).split()
)
#: Words of a German clause with a finite verb, a subject or a verb-final subordinate clause
#: ("…, die sich wiederverwenden lassen"): not an infinitive instruction.
_GERMAN_FINITE: Final = frozenset(
    (
        "ich du er sie es wir ihr man sich ist sind war waren wird werden werde wurde wurden "
        "hat haben habe hatte hatten hätte hätten kann können konnte konnten könnte könnten "
        "muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten darf "
        "dürfen durfte mag möchte möchten gibt gab sei seien wäre würde würden lässt ließ lasse "
        "dass weil wenn ob um damit welche welcher welches"
    ).split()
)
#: The relative pronoun after a comma opens a verb-final clause: ", die … festlegen".
_GERMAN_RELATIVE: Final = compile_later(r",\s+(?:die|der|das|den|dem|deren|dessen)\s")
#: Words that show a sentence is German (an English "Leg injuries …" or "Lies spread" opens with
#: a German imperative's letters, not with its language): the language identifier's German
#: function words, and the words an instruction addresses its reader with.
_GERMAN_FUNCTION_WORDS: Final = FUNCTION_WORDS["de"] | frozenset(
    "aus etwas euch dich dir dein deine deiner deinen deinem euer eure wann was unbedingt".split()
)
_MIN_INSTRUCTION_WORDS: Final = 3
_PARENTHESES: Final = compile_later(r"\([^)]*\)?")
_YOU_CAN: Final = compile_later(
    r"^(?:\w+,\s+)?(?:if you[^,]{0,80},\s+(?:then\s+)?)?you (?:can|could|will need to|"
    r"need to|have to|should|may want to|might want to)\s+"
    r"(?:also\s+|either\s+|now\s+|simply\s+|just\s+)?"
    r"(?!not\b|never\b|argue\b|say\b|see\b|expect\b|imagine\b|tell\b|bet\b)\w+",
    re.IGNORECASE,
)
#: What may stand before an instruction: a condition closed by its comma, or a label of at most
#: four words and its colon.
_LEAD_IN: Final = compile_later(
    r"(?:(?:if|when|once|whenever|wenn|falls|sobald|sowie|si|quand|cuando)\s[^,;:.!?]{3,120},|"
    r"[^\s,;:.!?]+(?:\s[^\s,;:.!?]+){0,3}:)\s+",
    re.IGNORECASE,
)
#: A verb before "the" and a name: a team that visits or hosts another, not an instruction.
_NAMED_OBJECT: Final = compile_later(r"\w+\s+(?:the|a|an)\s+[A-Z]")
_GREETING: Final = compile_later(
    r"^(?:thanks(?! to)|thank you|many thanks|cheers|hi|hello|hey|greetings|regards|"
    r"kind regards|good luck|merry christmas|congrats|congratulations|lol|"
    r"danke|vielen dank|lieben dank|herzlichen dank|liebe grüße|lieben gruß|viele grüße|"
    r"liebe grüsse|es grüßt|grüße|gruß|hallo|ich wünsche|wir wünschen|dir (?:einen|ein|eine)|"
    r"frohe|schöne (?:feiertage|weihnachten|grüße)|merci|bonjour|salut|gracias|hola|"
    r"also erstmal,? danke|\[?v\]?ielen dank|nochmal danke|\W*\[?…\]? möchte ich mich|"
    # the writer's hope that the reader likes it, gladness that they did, good wishes, and
    # thanks in other languages (not a hope about the world: "I hope the council acts")
    r"(?:i )?hope (?:you|y['’]all) (?:like|liked|enjoy|enjoyed|find|found)|"
    r"ich hoffe,? (?:euch|dir|ihnen) gef(?:ä|a)llt|(?:i['’]m )?glad you (?:like|liked|enjoy|"
    r"enjoyed)|excited to try|viel glück|viel spa(?:ß|ss)|obrigad[oa]|grazie)(?!\w)",
    re.IGNORECASE,
)
_MIN_HEADLINE_WORDS: Final = 6
_MAX_LABEL_WORDS: Final = 8
_MAX_FIELD_WORDS: Final = 10
_MIN_WORDS: Final = 3
#: Runs of the scripts written without spaces between words: Han and kana, Thai, Lao,
#: Burmese, Khmer.
_UNSPACED_LETTERS: Final = compile_later(f"[{HAN_AND_KANA}]+|[{SPACELESS_LETTERS}]+")
_HAN_OR_KANA: Final = compile_later(f"[{HAN_AND_KANA}]")
#: The end of a sentence in those scripts (before any closing quote), or a Thai or Lao letter.
_CLOSED: Final = compile_later(r"[。！？!?။។]\W*$|[\u0e00-\u0eff]")


def _words(text: str) -> list[str]:
    return _LETTERS.findall(text)


def _is_question(text: str) -> bool:
    """An interrogative, or a quoted question with its attribution; not a rhetorical one."""
    if "?" not in text and "؟" not in text and "？" not in text:
        return False
    end = text.rstrip().rstrip(QUOTES + "’')]»").rstrip()
    asks = end.endswith(("?", "؟", "？")) or _QUOTED_QUESTION.search(text) is not None
    return asks and not _NEGATIVE_INTERROGATIVE.match(text.lstrip())


def _is_fragment(text: str, words: list[str]) -> bool:
    """Fewer than three words, unless two of them and a number make a clause ("Sales fell 5%").

    Chinese and Japanese, and Thai, Lao, Khmer and Burmese, write no spaces between words: a
    run of their letters is counted by its characters (two a word in Han and kana, four in the
    others), as a sentence of them is one "word" between its commas. Only a sentence closed by
    its script's full stop counts so (Thai and Lao have none): an open line there is a label,
    a heading or a link ("歌曲名称（歌曲说明）", "タグ: ソフトウェア").
    """
    if len(words) >= _MIN_WORDS:
        return False
    unspaced = _UNSPACED_LETTERS.findall(text)
    if unspaced and _CLOSED.search(text):
        han = sum(len(run) for run in unspaced if _HAN_OR_KANA.match(run))
        others = sum(len(run) for run in unspaced) - han
        if han // 2 + others // 4 >= _MIN_WORDS:
            return False
    return not (
        len(words) == 2
        and any(ch.isdigit() for ch in text)
        and any(len(w) >= 3 and w.islower() for w in words)
    )


#: A lead-in that only presents what follows it, ending in a colon: it opens by pointing ahead
#: ("Here are some of the highlights:", "Hier finden Sie das Programm:", "Nachfolgend lesen Sie
#: …:", "Voici …:"), ends by showing where ("… findet man hier:", "… are listed below:", "…
#: finden Sie in folgenden Beiträgen:"), or leaves its copula without the complement the list
#: gives ("The regional award winners are:", "Die großen Vorteile sind:"; in a sentence of one
#: clause: "…, dass die Vorteile groß sind:" asserts). A lead-in that asserts ("The results
#: show three things:", "Folgender Befehl exportiert alle URLs:", "The following jokes were
#: written by Kaleb:") stays a claim.
_PRESENTING: Final = compile_later(
    r"^(?:here(?:['’]s|\s+(?:is|are)\b)|hier\s+(?:sind|ist|finden|findet|findest|gibt\s+es|"
    r"stelle|stellen|zeige|zeigen|kommen|nur\s+ein)\b|nachfolgend\b|im\s+folgenden\b|"
    r"voici\b|voilà\b|a\s+continuación\b|aquí\s+(?:está|están|tienes|hay)\b)[^:]*:$"
    r"|\b(?:find|found|see|seen|shown|listed|read|finde|findet|finden|findest|zeige|zeigen|"
    r"zeigt|seht|sehen|lest|lesen)\s+(?:\w+\s+){0,3}?(?:here|below|hier|unten|"
    r"in\s+(?:den\s+)?folgenden\s+\w+|in\s+the\s+following\s+\w+)\s*:$"
    r"|^[^,;:]*\b(?:is|are|include|includes|sind|lauten)\s*:$",
    re.IGNORECASE,
)


def _presents_what_follows(text: str) -> bool:
    """Whether ``text`` is a lead-in that only presents what follows (:data:`_PRESENTING`)."""
    stripped = text.strip()
    return stripped.endswith(":") and _PRESENTING.search(stripped) is not None


def _template(text: str, words: list[str]) -> str | None:
    """A byline, dateline or credit of a page template."""
    stripped = text.strip().lstrip("([")
    if _CITATION.match(stripped):
        return "credit"
    for reason, pattern in _TEMPLATES.items():
        if pattern.match(stripped) and (
            reason != "credit"
            or (
                len(words) <= _MAX_CREDIT_WORDS
                and _CREDIT_SHAPE.match(stripped)
                and not _dash_led_sentence(stripped, words)
            )
        ):
            return reason
    return None


def _dash_led_sentence(text: str, words: list[str]) -> bool:
    """A sentence after a dash: direct speech as Nordic and Finnish news print it, or a bullet.

    "– Näin on tulevaisuudessakin.", "- Studenten äußern sich gegen die Diktatur.": it closes
    with sentence punctuation and most of its words after the first are in lower case. A
    credit line after a dash names someone ("— Digital Foundry (@digitalfoundry) November 18,
    2019", "– Jane Doe, Reuters.", "—reader submitted by Gillian P."): capitalised, not closed
    as a sentence, or saying who sent it in.
    """
    if (
        text[:1] not in _DASHES
        or not text.rstrip(QUOTES + " ").endswith((".", "!", "?", "…"))
        or _SUBMITTED_BY.search(text) is not None
    ):
        return False
    rest = words[1:]
    return bool(rest) and 2 * sum(w[:1].islower() for w in rest) >= len(rest)


_DASHES: Final = "—–-"
#: Who sent in what the page prints, after a dash: "—reader submitted by Gillian P."
_SUBMITTED_BY: Final = compile_later(
    r"\b(?:submitted|written|sent|contributed|posted|shared|created|compiled)\b[^.!?]{0,30}?\bby\b",
    re.IGNORECASE,
)


def _is_imperative(text: str, words: list[str]) -> bool:
    """An instruction to the reader: a bare verb first, or "you can …".

    The verb may follow a lead-in: a condition ("Wenn du … siehst, backe …", "If it sticks,
    add …") or a short label and its colon ("Vor allem aber: Nehmt euch Zeit.").
    """
    if _opens_imperative(text, words):
        return True
    lead_in = _LEAD_IN.match(text.lstrip())
    if lead_in is None:
        return False
    rest = text.lstrip()[lead_in.end() :]
    return _opens_imperative(rest, _words(rest), after_lead_in=True)


def _opens_imperative(text: str, words: list[str], *, after_lead_in: bool = False) -> bool:
    """Whether ``text`` opens with an instruction to the reader."""
    stripped = text.lstrip(" ([-–—•*·")
    conjunction = not after_lead_in and len(words) > 2 and words[0].lower() in _LEADING_CONJUNCTIONS
    if conjunction:
        words = words[1:]  # "Or allow the mixture to chill …"
    opener = conjunction or after_lead_in  # the verb need not be capitalised after either
    if (
        stripped[:1] in QUOTES  # a quoted imperative is someone's speech
        or len(words) < 2  # a verb and what follows it
        # a schedule's line: "Lakers: Visit the Thunder on Friday."
        or (after_lead_in and _NAMED_OBJECT.match(stripped))
    ):
        return False
    first = words[0]
    if first.lower() in _IMPERATIVE_VERBS and (opener or first[:1].isupper()) and len(words) > 1:
        # "Stop posting …", "Dip each ball": a verb before its object, not a noun subject as
        # in "Support for the bill grew" or "Press reports said"
        nxt = words[1].lower()
        if first.lower() == "please" or nxt in _AFTER_IMPERATIVE or nxt.endswith("ing"):
            return True
    if (
        len(words) > 1
        and (
            (first.lower() in _GERMAN_IMPERATIVES and words[1].lower() not in _GERMAN_SUBJECTS)
            or (first.lower() in _GERMAN_PLURAL_IMPERATIVES and words[1].lower() in _GERMAN_READER)
        )
        and not {w.lower() for w in words}.isdisjoint(_GERMAN_FUNCTION_WORDS)
    ):
        return "?" not in stripped  # "Nimm den Kuchen …", "Klicke hier, um …", "Achtet mal …"
    if after_lead_in:
        # only a bare verb: "When you do this, you can count on …" says what follows, and
        # after a label the label judges ("Auch schön: … entspannen")
        return False
    return (_YOU_CAN.match(stripped) is not None and "?" not in stripped) or _is_instruction(
        stripped, words
    )


def _is_instruction(text: str, words: list[str]) -> bool:
    """A German instruction in the infinitive ("Esslöffel vom Teig in jedes Förmchen geben").

    Recipes and manuals write their steps as an infinitive that ends the sentence, with no
    subject and no finite verb; a sentence with a pronoun subject or an auxiliary is a
    statement ("Die Kinder wollen backen").
    """
    if len(words) < _MIN_INSTRUCTION_WORDS:
        return False
    # the last word outside parentheses: "… backen (je nach Größe)."
    last = words[-1]
    if "(" in text:
        outside = _words(_PARENTHESES.sub(" ", text))
        last = outside[-1] if outside else ""
    if not last.endswith(_INSTRUCTION_INFINITIVES) or not last.islower():
        return False  # most sentences; a capitalised one is a German noun ("Kollegen", "Rollen")
    if text.rstrip().endswith("?") or ":" in text:
        return False  # "Auch schön: … entspannen": the label before the colon judges
    base = next(b for b in _INSTRUCTION_INFINITIVES if last.endswith(b))
    prefix = last[: -len(base)]
    if prefix.endswith("ge") or (prefix.endswith("zu") and prefix not in {"hinzu", "dazu", "zu"}):
        return False  # a participle ("vorgeschlagen") or an infinitive with "zu" ("abzukühlen")
    lowered = [w.lower() for w in words]
    present = set(lowered)
    return (
        present.isdisjoint(_GERMAN_FINITE)
        and not present.isdisjoint(_GERMAN_FUNCTION_WORDS)
        and lowered[-2] != "zu"
        and _GERMAN_RELATIVE.search(text) is None
    )


def _is_fields(text: str) -> bool:
    """Lines of short values: "Lage: Google Maps" / "Latitude: 53.36", a table row.

    At least two lines, all short, at most one closed by sentence punctuation.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    if any(line[:1].islower() for line in lines[1:]):
        return False  # prose wrapped over lines
    closed = sum(line.endswith((".", "!", "?")) and len(line) > 3 for line in lines)
    return closed <= 1 and all(len(_words(line)) < _MAX_FIELD_WORDS for line in lines)


def _is_heading(
    text: str, words: list[str], *, block: BlockKind | None, headline: bool, alone: bool
) -> bool:
    stripped = text.rstrip()
    if stripped.endswith(":") and len(words) <= 5:
        return True  # "More:", "Aus dem Datencenter:", "Berühmte letzte Worte:"
    if block is BlockKind.HEADING:
        # a lead paragraph marked up as a heading is a sentence: long and closed by a full stop
        return not (stripped.endswith((".", "!")) and len(words) >= 8)
    if headline:
        return len(words) < _MIN_HEADLINE_WORDS and not any(q in text for q in QUOTES)
    if stripped.endswith((".", "!", "?", "…", ";")) or stripped[-1:] in QUOTES:
        return False
    if block is BlockKind.LIST_ITEM or alone:
        # an unpunctuated short line that is a whole block: a label, a title, a menu entry
        return len(words) <= _MAX_LABEL_WORDS and stripped[:1].isupper() and ", " not in stripped
    return False


def not_a_claim(
    text: str, *, block: BlockKind | None = None, headline: bool = False, alone: bool = False
) -> str | None:
    """Why a sentence is not a claim (a not-claim kind), or ``None`` when it is one.

    Args:
        text: the sentence.
        block: the kind of the block it comes from (a heading, a list item…), if known.
        headline: whether it is the article's headline.
        alone: whether it is the whole of a body block (a paragraph of one sentence).

    >>> not_a_claim("So what is the sea telling us?")
    'question'
    >>> not_a_claim("Isn't it true that prices fell?") is None
    True
    >>> not_a_claim("Click here to get more information.")
    'navigation'
    >>> not_a_claim("Sony cut 10,000 jobs.") is None
    True
    """
    words = _words(text)
    if _is_question(text):
        return "question"
    reason = _template(text, words)
    if reason is not None:
        return reason
    if _is_fields(text):
        return "other"
    if _is_heading(text, words, block=block, headline=headline, alone=alone):
        return "heading"
    if _is_fragment(text, words) or _presents_what_follows(text):
        # "Pechschwarz.", "2.3 GB/s", "10 p.m.": no predicate; "Here are the highlights:"
        # presents what follows
        return "other"
    return _page_furniture(text, words)


def _page_furniture(text: str, words: list[str]) -> str | None:
    """Navigation, greetings and instructions to the reader."""
    stripped = text.strip().lstrip(" ([-–—•*·/" + QUOTES)
    if _NAVIGATION.match(stripped) or (
        # (the disclosure's words, found by a plain search, before the pattern's)
        ("ommission" in stripped or "rovision" in stripped or "ffiliate" in stripped)
        and lex.AFFILIATE.search(stripped)
    ):
        return "navigation"
    if _GREETING.match(stripped):
        return "other"
    return "imperative" if _is_imperative(text, words) else None
