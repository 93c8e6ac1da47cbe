"""Whether an attribution's source is a mention that can speak.

People, roles, organisations, groups and documents speak ("Sony", "the company", "a spokesman",
"officials", "the report", "a new poll", "47 percent of voters", "he"); things and verbs do not
("the sea", "stop", "the bloodshed"). A phrase can speak when it holds a name (a capitalised
word that is not a determiner), is a personal or relative pronoun, or its head noun is a speaker
noun: one of the classes below, or an agent noun by its suffix ("reporter", "economist",
"politician", "consultant", "president").
"""

from __future__ import annotations

from typing import Final

from articlekit._language import ANY_FUNCTION_WORD
from articlekit._patterns import compile_later
from articlekit.claims._vocab import COLON_SPEAKER

__all__ = ["can_speak", "label_speaks", "names_in", "transcript_names"]

_SPEAKER_NOUNS: Final = frozenset(
    (
        # people and groups of people
        "people person man men woman women child children kid kids boy boys girl girls family "
        "families friend friends wife husband son daughter mother father parent parents "
        "voter voters resident residents citizen citizens public crowd audience fans fan "
        "students student youth majority minority plurality half third quarter percent "
        "percentage share many most some few several all both none others other everyone "
        "everybody someone somebody anyone nobody one two three those these whites blacks "
        "americans britons electorate members member staff team crew colleagues colleague "
        "neighbours neighbors victims victim witnesses witness eyewitness survivors survivor "
        "patients patient doctors doctor nurses nurse experts expert critics critic rivals "
        "rival allies ally aides aide sources source insiders insider observers observer "
        "supporters supporter opponents opponent protesters protester activists activist "
        "candidates candidate lawmakers lawmaker legislators legislator senators senator "
        "officials official authorities authority police officers officer troops soldiers "
        "military army spokesman spokeswoman spokesperson representatives representative "
        "delegates delegate leaders leader chief chiefs head heads boss bosses owner owners "
        "founder founders chairman chairwoman chair director directors executive executives "
        "ceo ceos cfo judge judges jury lawyers lawyer attorney attorneys prosecutors "
        "prosecutor coach coaches players player star stars host guest guests author authors "
        "writer editor scientists scientist researchers researcher analysts analyst "
        "economists economist historians historian scholars scholar professor professors "
        "minister ministers president presidents governor governors mayor mayors king queen "
        "prince pope bishop pastor priest rabbi imam clergy businessman businessmen "
        "businesswoman entrepreneur investors investor customers customer users user "
        "consumers consumer workers worker employees employee employers employer unions union "
        # organisations and institutions
        "company companies firm firms business businesses group groups organization "
        "organizations organisation organisations agency agencies department departments "
        "ministry ministries government governments administration administrations office "
        "campaign campaigns party parties committee committees commission council board court "
        "courts congress parliament senate house cabinet state states country countries "
        "nation nations city county district school schools university universities college "
        "hospital hospitals bank banks airline airlines network networks newspaper paper "
        "magazine outlet station channel site website service services foundation institute "
        "association coalition alliance movement club league federation industry regulator "
        "regulators watchdog charity church police-force navy embassy white-house "
        "prosecution defense defence opposition side camp establishment media press "
        # documents, data and speech
        "report reports study studies survey surveys poll polls data figures statistics "
        "statement statements document documents memo letter letters email emails filing "
        "filings record records release analysis review audit book article essay column "
        "editorial op-ed post tweet tweets video ad ads advertisement speech speeches "
        "interview transcript complaint lawsuit suit indictment ruling order law bill rule "
        "guidance warning message research evidence results estimate estimates projections "
        "forecast model index census findings papers page blog account "
        "note notes sign signs voice inquiry summary headline agreement petition surveyed "
        "polled questioned interviewed self actor actress guy magnate tycoon neurosurgeon"
    ).split()
)
_PRONOUNS: Final = frozenset(
    "i you he she it we they who which that whom me him her us them one this".split()
)
_FUNCTION: Final = frozenset(
    (
        "the a an this that these those his her their its our my your of and or but to from "
        "in on at by for with as so up out no not instead almost same similar large bold "
        "should would could will can may might must"
    ).split()
)
_AGENT_SUFFIX: Final = compile_later(r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|eer)s?)$")
_THINGS: Final = frozenset(
    (
        "water weather number corner matter winter summer power border center centre "
        "theater theatre river computer moment comment element environment equipment "
        "event content percent"
    ).split()
)
_CONTRACTION: Final = compile_later(r"['’](?:ll|ve|re|d|s|m)$")
_WORD: Final = compile_later(r"[^\W\d_][\w’'-]*")


def can_speak(phrase: str, *, common: frozenset[str] = frozenset()) -> bool:
    """Whether ``phrase`` names someone or something that can say or hold a claim.

    Args:
        phrase: the source phrase.
        common: words the document writes in lower case; a capitalised one of them is a
            sentence's first word ("Oil fell after …"), not a name.

    >>> [can_speak(p) for p in ["Sony", "the company", "he", "a new poll", "the sea", "stop"]]
    [True, True, True, True, False, False]
    >>> can_speak("Oil", common=frozenset({"oil"}))
    False
    """
    if any(ch.isdigit() for ch in phrase):
        return True  # a survey's share: "4 in 10", "47 percent of voters"
    return any(_speaks(w, common) for w in _WORD.findall(phrase))


def _speaks(word: str, common: frozenset[str]) -> bool:
    """Whether one word of a source phrase names a possible speaker."""
    low = _CONTRACTION.sub("", word.lower())
    if low in _FUNCTION:
        return False
    if (word[:1].isupper() and low not in common) or low in _PRONOUNS:
        return True  # a name ("Sony", "Mr. Smith"), or "he", "we’ve"
    low = low.removesuffix("’s").removesuffix("'s")
    if low in _SPEAKER_NOUNS or low.rstrip("s") in _SPEAKER_NOUNS or low.endswith("year-old"):
        return True
    if low in _THINGS or low.endswith("ment"):
        return low in {"government", "governments", "statement", "document", "parliament"}
    return _AGENT_SUFFIX.match(low) is not None


#: A run of two or more capitalised words in running text, not a label before its colon.
_NAME_RUN: Final = compile_later(
    r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.-]*)+(?![\w’'-]|\s*:)"
)
#: Labels in capitals that write a note, not a speaker: postscript, nota bene.
_NOTE_LABELS: Final = frozenset({"PS", "PPS", "P.S", "P.P.S", "NB", "N.B"})
_MAX_INITIALS: Final = 5
_MAX_NAME_WORDS: Final = 4


def names_in(text: str) -> frozenset[str]:
    """The words of ``text`` that stand in a name of two or more capitalised words.

    "Richard David Precht", "Karin Fischer", "Bundesministerin Raab": the words an interview's
    labels take up ("Precht: …"). A function word parts a run ("Die Kinder", "In Berlin"), and
    a run of more than four words is a title's ("Advantages And Disadvantages Of Skinfold
    Calipers" names nobody).
    """
    out: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        run: list[str] = []
        for word in [*m.group().split(), ""]:  # (a sentinel closes the last run)
            w = word.strip(".,")
            if w and w.lower() not in ANY_FUNCTION_WORD:
                run.append(w)
                continue
            if 1 < len(run) <= _MAX_NAME_WORDS:
                out.update(run)
            run = []
    return frozenset(out)


#: Titles before a name: a label that opens with one is a person ("Prof. Carlos: …"). Those
#: that are also words or letters count only with their dot ("Gen. Milley", not "Gen Z").
_HONORIFICS: Final = frozenset(
    (
        "Mr Mr. Mrs Mrs. Ms Ms. Mx Mx. Dr Dr. Prof Prof. Sir Dame Lord Lady Herr Frau Mme Mlle "
        "Don Doña Sen. Rep. Gov. Pres. Gen. Col. Capt. Sgt. Rev. Fr. M. Sr. Sra. Srta. Dott."
    ).split()
)


def transcript_names(text: str) -> frozenset[str]:
    """The speakers of a transcript: its labels that give a full name and then the surname.

    An interview introduces a speaker by the full name ("Karin Fischer: …") and goes on with
    the surname ("Fischer: …"): both labels name the speaker. Labels of notes do not pair so
    ("Vanilla Extract: …", "Advantages: …").
    """
    # (a line's label as the attribution reader finds it)
    labels = {m.group(1) for line in text.splitlines() if (m := COLON_SPEAKER.match(line))}
    single = {label for label in labels if " " not in label and "\t" not in label}
    full = {label for label in labels - single if label.split()[-1] in single}
    return frozenset(full | {label.split()[-1] for label in full})


def label_speaks(label: str, names: frozenset[str]) -> bool:
    """Whether the label before a colon that opens a line names who speaks.

    Transcripts and headlines put the speaker there ("Precht: …", "Stark-Watzinger: …"), and
    so do notes and lists their topic ("Advantages: …", "Fazit: …", "Tipp: …"). A label speaks
    when one of its words stands in a name the page writes elsewhere (``names``, from
    :func:`names_in` over its body, and :func:`transcript_names`), when a title opens it ("Prof.
    Carlos: …"), when it is a speaker noun ("Doctor: …"), or when it is a speaker's initials in
    capitals ("AZ: …", "HSS: …"; not "PS:").

    >>> label_speaks("Precht", frozenset({"Richard", "David", "Precht"}))
    True
    >>> label_speaks("Advantages", frozenset({"Richard", "David", "Precht"}))
    False
    """
    if label in names or (" " in label and label.split(maxsplit=1)[0] in _HONORIFICS):
        return True  # a transcript's speaker ("Karin Fischer", "Fischer"), a titled name
    words = [w for w in _WORD.findall(label) if w.lower() not in ANY_FUNCTION_WORD]
    if not words:
        return False
    if label.isupper():
        return len(label) <= _MAX_INITIALS and label.rstrip(".") not in _NOTE_LABELS
    return any(w in names or w.lower() in _SPEAKER_NOUNS for w in words)
