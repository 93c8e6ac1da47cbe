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

from articlekit._patterns import compile_later

__all__ = ["can_speak"]

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
