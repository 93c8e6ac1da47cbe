"""The kind of a claim, decided by evidence in the sentence, in this order (first match wins).

1. ``quote``: direct speech — most of the sentence lies inside quotation marks (tracked across
   the sentences of its paragraph, so the continuation of a quotation counts), the sentence is
   in a block quotation, or an attribution's content holds quoted words.
2. ``forecast``: a future reference by tense, aspect or modality, never a single word: "will" /
   "shall" / "'ll" before a verb (not the noun "the will"), "is going to", "is set to", "is due to",
   "is expected to", "is likely to", a present-tense intention or expectation ("plans to", "expects
   … to", "aims to", "forecasts"; not a negated want, "doesn't want to"), "would probably", a
   fixture on the calendar ("is scheduled for Feb. 14", "is due by Friday"), a future period ("next
   year", "tomorrow", "in the coming weeks", "later this year"), an event's start set for a day
   ("Tickets go on sale Friday", "The trial begins Monday"); in German, French and Spanish the
   future auxiliaries and tenses ("wird … treffen", "sera modifié", "va a"; not the passive, "wird …
   aufgefangen", "verglichen werden können"), the future tense of Spanish, Portuguese and Italian
   by its endings ("se reunirá", "estará", "sarà", "avranno"), and the German present of
   intention ("plant die Übernahme", "will die Sparte verkaufen", "beabsichtigt, … zu verkaufen",
   "streben den Abschluss … an", as English "wants to" and "aims to"; German's "will" is never
   English's auxiliary), and a measure German plans with "sollen" ("sollen um 100 Euro angehoben
   werden", "soll im Januar stattfinden", "soll es eine Ausnahme geben"; not its hearsay or
   purpose). "has now overseen" and "the forecast was wrong" are not forecasts.
3. ``statistic``: the sentence holds a numeric fact the quantities step linked to it.
4. ``opinion``: evaluative or normative language — a judgement word ("misguided", "perfect";
   not inside a name or a fixed expression: "Best Buy", "for good measure"), an obligation
   ("should", "must", "muss"), a stance of the speaker ("I think", "I love", "gefällt mir",
   German's first-person conditional "würde ich …"), a recommendation or tip of the writer's ("I
   highly recommend", "kann ich nur empfehlen", "unser Tipp"), advice ("es ist ratsam"), an
   exclamation that evaluates; reported judgements count ("Critics said the plan was a
   disaster"); a rhetorical negative question ("Isn't it obvious …") argues a point.
5. ``factual``: any other assertion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from articlekit._language import FUNCTION_WORDS
from articlekit._patterns import compile_later
from articlekit.claims._attribution import Cue
from articlekit.claims._vocab import QUOTES
from articlekit.model import ClaimKind, Dimension, Quantity

__all__ = ["claim_kind", "is_statistic"]

#: Words after "will" in German or Dutch text, where "will" means "wants".
_NOT_A_VERB: Final = frozenset(
    "nicht ich er es das die der den dem auch noch nur kein keine mit zu so man sie wir ja "
    "doch eben niet het een".split()
)
#: Function words that tell German from English ("will" is both languages' word).
_GERMAN_WORDS: Final = FUNCTION_WORDS["de"]
_ENGLISH_WORDS: Final = FUNCTION_WORDS["en"] - {"will"}
_FRENCH_WORDS: Final = FUNCTION_WORDS["fr"]
#: German's intention: "will" / "wollen" and the infinitive that ends the clause, not negated
#: ("Apple will … weiterreichen"; not "Dazu will sich K. nicht äußern").
_GERMAN_INTENTION: Final = compile_later(
    r"(?<!keiner\s)(?<!niemand\s)\b(?:will|willst|wollen|wollt)\b"
    r"(?![^.;:!?,]{0,160}?\b(?:nicht|nichts|kein|keine|keinen|keinem|keiner|nie|niemals)\b)"
    r"(?:[^.;:!?,]|(?<=\d)[.,](?=\d)){0,120}?\b(?:\w+(?:en|ern|eln)|sein|tun)"
    r"\s*[\"“”»«']?\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
_WANTS_TRIGGERS: Final = frozenset("will willst wollen wollt".split())
#: "will" as a noun: "the will of the people", "free will", "at will".
_WILL_NOUN: Final = frozenset(
    "the a his her their its our my your free political good ill at of own popular".split()
)
_FUTURE_AUX: Final = compile_later(
    r"(?<![\w'’-])(?P<prev>\w+\s+)?(?P<aux>will|shall|won['’]t|wo\s+not)\s+(?:\w+ly\s+|not\s+|"
    r"also\s+|still\s+|now\s+|soon\s+|never\s+|only\s+|then\s+|again\s+|even\s+){0,2}"
    r"(?P<verb>[a-z]\w*)|['’]ll\s+\w+",
    re.IGNORECASE,
)
#: A participle's "ge", not the first syllable of an infinitive ("geben", "gehen", "gewinnen").
_GE_PARTICIPLE: Final = (
    r"ge(?!ben|hen|hören|langen|lten|raten|stalten|wöhnen|winnen|währen|nießen|fallen|brauchen|"
    r"denken|stehen|nehmigen)"
)
#: A German past participle of a separable verb: the prefix, then "ge" ("aufgefangen",
#: "abgeschlossen", "angegeben"); not an infinitive whose stem opens with "ge" ("aufgeben",
#: "ausgehen", "angehören").
_SEPARABLE_PARTICIPLE: Final = (
    r"(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|heraus|herum|hervor|hin|hinaus|"
    r"hinzu|los|mit|nach|nieder|statt|teil|um|vor|voran|vorbei|weg|weiter|zu|zurück|zusammen)"
    + _GE_PARTICIPLE
)
#: The present of "be" that the prospective phrases open with ("is going to", "are scheduled for").
_BE: Final = r"(?:is|are|am|'s|’s|'re|’re)"
#: A day of the week within five words after a verb ("plays Saturday", "begins on Monday"), the
#: fixtures' and events' calendar (not "every Saturday").
_A_DAY_AFTER: Final = (
    r"\s+(?:(?!every\b)[\w'’().,-]+\s+){0,5}?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|tonight)\b"
)
#: The future phrases, in the order of one alternation (the first that matches leftmost wins),
#: each with what it needs: words of the sentence (lower case, letters only) or a stem it holds.
#: A phrase whose words are absent cannot match, so it is not scanned for.
_FUTURE_PHRASES: Final = (
    (
        (
            "going set due expected likely unlikely poised scheduled slated about planning "
            "preparing aiming hoping"
        ),
        (
            _BE + r"\s+(?:\w+ly\s+)?(?:going|set|due|expected|likely|"
            r"unlikely|poised|scheduled|slated|about|planning|preparing|aiming|hoping)\s+to\s+\w+"
        ),
    ),
    (
        (
            "plan plans aim aims intend intends hope hopes expect expects vow vows promise "
            "promises pledge pledges want wants seek seeks forecast forecasts predict predicts "
            "project projects anticipate anticipates"
        ),
        (
            # (a want that is negated or a wish in the conditional is a present state, not an
            # intention: "doesn't want to spend it", "we'd want to use"; a negated plan or
            # expectation still looks ahead)
            r"(?:plans?|aims?|intends?|hopes?|expects?|vows?|promises?|pledges?|"
            r"(?<!n't\s)(?<!n’t\s)(?<!not\s)(?<!never\s)(?<!'d\s)(?<!’d\s)(?<!would\s)wants?|"
            r"seeks?|forecasts?|predicts?|projects?|anticipates?)\s+(?:\w+\s+){0,4}?to\s+"
            r"(?!date\b)\w+"
        ),
    ),
    (
        (
            "forecast forecasts predict predicts project projects expect expects anticipate "
            "anticipates"
        ),
        (
            r"(?:forecasts?|predicts?|projects?|expects?|anticipates?)\s+(?:that\b|(?:a|an|the|its|"
            r"their|his|her|our|sales|profits?|revenues?|growth|prices?)\b|[$€£\d])"
        ),
    ),
    ("would", r"would\s+(?:probably|likely|almost certainly)"),
    # a fixture on the calendar: "Sentencing is scheduled for Feb. 14", "is due by Friday" (not
    # a cause: "is due in part to")
    (
        "scheduled slated planned set due",
        (
            _BE + r"\s+(?:now\s+|also\s+)?(?:(?:scheduled|slated|planned|set)"
            r"\s+for|due\s+(?:on|by))\b"
        ),
    ),
    (
        "next",
        (
            r"next\s+(?:year|week|month|quarter|season|summer|winter|spring|autumn|fall|decade|"
            r"election|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)"
        ),
    ),
    ("~tomorrow", r"tomorrow"),
    (
        "coming next near",
        r"in\s+the\s+(?:coming|next|near)\s+(?:\w+\s+)?(?:days|weeks|months|years|future)",
    ),
    ("later", r"later\s+this\s+(?:year|month|week|season)"),
    # a fixture in the present with its day, as sports and event writing gives it: "The Gophers
    # play Saturday against the Wildcats", "Minnesota hosts Iowa on Friday" (not a habit:
    # "plays Saturday nights", "every Saturday")
    (
        "play plays host hosts visit visits face faces meet meets open opens kick kicks",
        (
            r"(?<!\bevery\s)(?:play|plays|host|hosts|visit|visits|face|faces|meet|meets|open|opens|"
            r"kicks?\s+off)" + _A_DAY_AFTER + r"(?!\s*nights?\b|s\b)"
        ),
    ),
    # ... and an event's start on the calendar: "Tickets go on sale Friday", "The trial begins
    # Monday", "The season premieres Sunday" (a verb in lower case after no article: not "Air
    # and Marine Operations found Sunday", "the launch of The Mail on Sunday")
    (
        "sale begin begins start starts launch launches premiere premieres debut debuts air airs",
        (
            r"(?<!\bevery\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
            r"(?-i:goes\s+on\s+sale|go\s+on\s+sale|begins?|starts?|launch(?:es)?|premieres?|"
            r"debuts?|airs?)" + _A_DAY_AFTER + r"(?!\s*nights?\b|s\b|['’]s\b)"
        ),
    ),
    # the same in German: "Der 32-Jährige trifft Samstagabend in Cardiff auf …", "spielt am
    # Sonntag gegen …" (not the habit "samstags", not the past "traf")
    (
        "trifft treffen spielt spielen empfängt empfangen gastiert gastieren tritt treten",
        (
            r"(?:trifft|treffen|spielt|spielen|empfängt|empfangen|gastiert|gastieren|tritt|treten)"
            r"\s+(?:[\w'’().,-]+\s+){0,5}?(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|"
            r"freitag|samstag|sonnabend|sonntag)(?:abend|nachmittag|vormittag|morgen)?\b"
        ),
    ),
    ("~future", r"in\s+(?:the\s+)?future"),
    ("may might could", r"(?:may|might|could)\s+(?:soon|eventually)"),
    # a possibility ahead: "may have to swallow more punishment", "may be in for some weakness"
    ("may might", r"(?:may|might)\s+(?:well\s+)?(?:have|need)\s+to\s+\w+"),
    ("may might could", r"(?:may|might|could)\s+be\s+in\s+for\b"),
    # German, French, Spanish: future auxiliaries and periods
    # "werdet" with its "ihr" only: alone it is the imperative ("Werdet aktiv!")
    # ("wird … treffen"; not the passive's participle, "wird … aufgefangen", "werden …
    # abgeschlossen", whose "ge" follows a separable prefix)
    (
        "wird werden werde wirst werdet",
        (
            # (not the passive's infinitive before a modal: "hätte … aufgerollt werden müssen")
            r"(?:wird|werden|werde|wirst|ihr\s+werdet|werdet\s+ihr)\b"
            r"(?!\s+(?:müssen|können|sollen|dürfen|wollen|mögen)\s*[.!,;])[^.;:!?,]{0,80}?\b"
            r"(?!wurden|worden|werden|"
            + _GE_PARTICIPLE
            + "|"
            + _SEPARABLE_PARTICIPLE
            # ("sein" and "tun", the infinitives without "-en": "wird … verfügbar sein")
            + r")(?:\w{3,}(?:en|ern|eln)|sein|tun)\s*[.!,;]"
        ),
    ),
    # ... and the infinitive before it at the clause's end ("dass sie kommen werden"; not a
    # participle, the passive's: "können … nicht eingesehen werden", "gelesen werden")
    (
        "wird werden werdet",
        r"\b(?!"
        + _GE_PARTICIPLE
        + "|"
        + _SEPARABLE_PARTICIPLE
        + r")\w+(?:en|ern|eln)\s+(?:wird|werden|werdet)\s*[.!,;]",
    ),
    # a measure planned, in German's passive with "sollen" in a main clause ("Die Vergütungen
    # sollen um 100 Euro angehoben werden", "Damit soll verhindert werden, dass", "sollen …
    # unterbunden werden können"), an event set for a date ("soll nun im Januar stattfinden")
    # or a provision ("soll es eine Ausnahme geben"). "sollen" alone is no future: it also
    # gives a purpose ("Er soll Reitern helfen"), an instruction ("Hier sollen die Oberschenkel
    # … liegen bleiben"), hearsay ("Ihr IQ soll 154 betragen") and, verb-last, an embedded
    # question ("wie sie die Miete zahlen sollen"). "sollte" is an obligation (_NORMATIVE).
    (
        "soll sollen",
        (
            # (a participle is in lower case; "Aus Wunsch soll Wirklichkeit werden" is no passive)
            # (one clause: no other finite verb of its own between, "sollen … angespornt bleiben
            # und die Solidarität … darf nicht überbeansprucht werden")
            r"\b(?:soll|sollen)\b(?:(?!\b(?:darf|dürfen|muss|müssen|kann|können|will|wollen|"
            r"wird|ist|sind|war|waren|hat|haben)\b)[^.;:!?,]){0,120}?"
            r"\b(?-i:[a-zäöüß])\w+\s+werden"
            r"(?:\s+(?:können|dürfen|müssen))?\s*[.!,;]"
            r"|\b(?:soll|sollen)\b[^.;:!?,]{0,120}?\b(?:stattfinden|starten|beginnen|erscheinen)"
            r"\s*[.!,;]"
            r"|\b(?:soll|sollen)\s+es\b[^.;:!?,]{0,120}?\bgeben\s*[.!,;]"
        ),
    ),
    # an intention in the German present: "plant die Übernahme", "plant, … zu bauen",
    # "beabsichtigt, … zu verkaufen" (not the infinitive "zu planen")
    (
        "plant planen plane planst beabsichtigt beabsichtigen beabsichtige",
        (
            r"(?<!\bzu\s)(?:plant|planen|plane|planst|beabsichtigt|beabsichtigen|beabsichtige)"
            r"(?:\s+(?:\w+\s+){0,3}?(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines)"
            r"|,\s+(?:\w+\s+){0,6}?zu\s+\w+)\b"
        ),
    ),
    # ... and "strebt … an" with its separable particle closing the clause ("Beide Parteien
    # streben den Abschluss … an"), as English's "aims to"
    (
        "strebt streben strebe",
        r"(?:strebt|streben|strebe)\s(?:[^.;:!?]|(?<=\d)\.(?=\d)){1,120}?\san\s*[.!;,]",
    ),
    ("naher", r"in\s+naher\s+zukunft"),
    ("nächste nächsten nächster nächstes", r"nächste[nrs]?\s+(?:woche|jahr|monat|saison)"),
    ("morgen", r"morgen\b"),
    ("~bevorstehend", r"bevorstehend\w*"),
    ("~künftig", r"künftig\w*"),
    ("~zukunft", r"in\s+zukunft"),
    ("~demnächst", r"demnächst"),
    (
        "sera seront serai aura auront ira iront va vont",
        r"(?:sera|seront|serai|aura|auront|ira|iront|va|vont)\s+(?:\w+\s+){0,2}?\w+(?:é|er|ir|re)\b",
    ),
    (
        "prochain prochaine prochains prochaines demain",
        r"(?:prochaine?s?\s+(?:semaine|année|mois|saison)|l'an\s+prochain|demain)\b",
    ),
    ("será serán habrá va van", r"(?:será|serán|habrá|va\s+a|van\s+a)\s+\w+"),
    # the future tense of Spanish, Portuguese and Italian, by its endings ("seguirá",
    # "estará normalizado", "se reunirá", "sarà", "avranno"): a verb in lower case ("Pará" and
    # "Irán" name places)
    # (not the Czech and Slovak adjectives and pronouns in "-rá": "která", "dobrá", "stará")
    (
        "~rá",
        (
            r"(?<![\w-])(?!(?:kter|ktor|dobr|star|mokr|ostr|moudr|chytr|bystr|prv)á\b)"
            r"(?-i:[a-záéíóúñãõç]{2,}r(?:á|án))(?![\w-])"
        ),
    ),
    ("~rà", r"(?<![\w-])(?-i:[a-zàèéìòù]{2,}rà)(?![\w-])"),
    ("~ranno", r"(?<![\w-])(?-i:[a-zàèéìòù]{2,}ranno)(?![\w-])"),
    (
        "próximo próxima próximos próximas mañana",
        r"(?:próxim[oa]s?\s+(?:semana|año|mes)|mañana)\b",
    ),
)
_EVALUATIVE: Final = frozenset(
    (
        # English judgement words: adjectives, adverbs and nouns of praise and blame
        "great terrible horrible awful disgrace disgraceful disastrous disaster shameful "
        "ridiculous absurd outrageous wonderful amazing awesome best worst good bad evil stupid "
        "dumb crazy insane brilliant excellent poor pathetic fantastic impressive disappointing "
        "incredible huge tremendous beautiful ugly nice lovely sad shockingly surprisingly "
        "misguided wrong unfair fair unjust unacceptable acceptable inappropriate appropriate "
        "reckless irresponsible dangerous foolish silly naive cruel shame shameless "
        "perfect flawless superb mediocre lousy boring dull exciting interesting fascinating "
        "delicious tasty yummy cute adorable gorgeous stunning sensational spectacular "
        "remarkable extraordinary outstanding admirable deplorable appalling dreadful "
        "hideous nasty vile corrupt incompetent inept useless worthless pointless valuable "
        "worthwhile important crucial essential vital necessary unnecessary overrated "
        "underrated ideal better worse greatest finest favourite favorite love hate adore "
        "detest prefer enjoy pleased glad happy unhappy thrilled delighted excited pumped "
        "angry outraged disgusted ashamed proud worried concerned hopeless hopeful unbelievable "
        "implausible contradictions contradicts hypocrisy hypocritical lies liar nonsense "
        "chivalrous peak genius masterpiece mess fiasco failure success triumph tragedy "
        "scandal scandalous sinister suspicious alarming troubling disturbing worrying "
        "welcome unwelcome obviously clearly undoubtedly certainly definitely truly frankly "
        "honestly easy difficult tough fun funny weird strange bizarre odd "
        "magnificent brave courageous cowardly smart wise clever rude arrogant formidable "
        # more of English's praise and blame (not "gross" of "gross domestic product", not
        # "lame" of "lame duck")
        "dismal revolutionary convoluted terrific horrendous atrocious abysmal lackluster "
        "lacklustre stellar phenomenal marvelous marvellous splendid delightful charming sloppy "
        "shoddy clumsy hilarious annoying frustrating infuriating disgusting breathtaking "
        "astonishing unbearable tedious laughable egregious horrific heartbreaking inspiring "
        "refreshing underwhelming compelling captivating fabulous rightly wrongly"
    ).split()
)
#: "super" in lower case, in English and German alike ("super simple", "eine super Mannschaft",
#: "Das war super."); capitalised, only before a word in lower case: before a capitalised one
#: it names ("Super Bowl", "Chennai Super Kings").
_SUPER: Final = compile_later(r"\bsuper\b(?!-)|\bSuper\b(?!\s*[-–]?\s*[A-Z0-9])")
#: German and French judgement words (the development pages' other languages), which judge only
#: in a sentence of those languages: English's "taken a toll", "gut feeling", "bon voyage".
_FOREIGN_EVALUATIVE: Final = frozenset(
    (
        "gut gute guter gutes besser beste besten schlecht schlechte schlechter toll tolle "
        "schön schöne schönes perfekt perfekte wunderbar großartig grossartig "
        "fantastisch fantastische hervorragend wichtig falsch fahrlässig unsinnig "
        "sinnlos gefährlich geil lecker spannend interessant wertvoll schrecklich "
        "furchtbar katastrophal schnuggelig verlockend sensationell herrlich traurig "
        "enttäuschend überzeugend bon bonne meilleur meilleure mauvais mauvaise excellente "
        "magnifique dommage "
        # German's predicative and adverbial judgements, the undeclined form ("ist wunderschön",
        # "schmeckt einwandfrei", "völlig unerheblich"), and French's
        "wunderschön einwandfrei hilfreich unerheblich dufte genial grandios köstlich prima "
        "lächerlich peinlich ärgerlich langweilig miserabel mies hässlich witzig lustig "
        "unverzichtbar überflüssig unnötig sinnvoll traumhaft fabelhaft "
        "beeindruckend absurd skandalös génial géniale ridicule incroyable "
        "parfait parfaite horrible"
    ).split()
)
#: Obligations the writer or speaker lays down ("should", "must be removed"); "has to" and
#: "needs to" often describe a constraint ("the JSON needs to be parsed") and are left out.
_NORMATIVE: Final = compile_later(
    r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought\s+to|"
    r"it\s+is\s+(?:time|essential|vital|crucial|important|necessary)|"
    # German "müssen" with the infinitive that ends its clause ("müssen … leben können",
    # "… angehen muss"): an obligation, as English "must" is
    # "müsse", the subjunctive of reported speech, reports one ("dafür müsse man … bewegen")
    r"(?:muss|müsse|müssen)\b[^.;:!?]{0,80}?\b\w+(?:en|ern|eln)"
    r"(?=\s*(?:[.;:!?,]|$|\s+(?:können|werden|lassen)\b))"
    r"|\b\w+(?:en|ern|eln)\s+(?:muss|müsse|müssen)\b|müsste|müssten|"
    r"sollte|sollten|darf\s+[^.;:!?]{0,60}?nicht|"
    r"doit|doivent|devrait|devraient|il\s+faut|debe|deben|debería|hay\s+que|"
    # advice: "it is advisable", "es ist ratsam"
    r"advisable|ratsam)\b",
    re.IGNORECASE,
)
_STANCE: Final = compile_later(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:think|thought|feel|felt|believe|love|loved|hate|like|liked|"
    r"wish|guess|doubt|suspect|am\s+(?:so\s+)?\w+\s+about|find\s+it)\b|"
    # the writer's conjecture or conviction: "I'm guessing", "I'd say", "I reckon", "I'm sure"
    r"\bI(?:['’]m|\s+am)\s+(?:guessing|sure|convinced)\b|\bI(?:['’]d|\s+would)\s+"
    r"(?:say|argue|guess)\b|\bI\s+(?:reckon|suppose)\b|"
    r"\b(?:in\s+my\s+(?:view|opinion)|to\s+me|my\s+(?:favourite|favorite)|IMO|IMHO)\b|"
    # a holder's belief or view, reported: "Protesters believe the bill is …", "seen as"
    r"\b(?:believes?\b|believed|thinks|considers?\b|(?<!being\s)considered(?!\s+by\b)|(?:seen|regarded|viewed)\s+as|"
    r"views?\s+(?:it|this|that|the)\b)|"
    # a recommendation in the first person: "I highly recommend", "kann ich nur
    # weiterempfehlen", "unser Tipp"
    r"\b(?:I|we)\s+(?:\w+\s+){0,2}?recommend|\b(?:ich|wir)\b[^.;:!?]{0,60}?\b(?:weiter)?empfehlen\b|"
    r"\b(?:empfehle|empfehlenswert\w*)\b|\b(?:mein|meine|unser|unsere|besonderer)\s+tipp\b|"
    # the writer's preference, advice or conjecture in German's first-person conditional ("Im
    # Alltag würde ich nur ein Teil tragen", "Ich würde den Tipp geben", "dann würde ich den
    # behalten"); English's "I would" also tells of habits past and of what was said
    r"\b(?:ich\s+würde|würde\s+ich)\b|"
    r"\b(?:ich\s+finde|mir\s+gefällt|gefällt\s+mir|hat\s+es\s+mir|meiner\s+meinung|"
    r"ich\s+glaube|je\s+pense|à\s+mon\s+avis|je\s+trouve|creo\s+que)\b|"
    # the same reported belief or view in German, French and Spanish: "gilt als", "estime que"
    r"\b(?:gilt|gelten|galt|galten)\s+als\b|"
    r"\b(?:estime|estiment|considère|considèrent|juge|jugent)\s+que\b|"
    r"\b(?:considera|consideran|opina|opinan)\s+que\b",
    re.IGNORECASE,
)
_WORD: Final = compile_later(r"[^\W\d_]+", re.UNICODE)
#: A judgement in the predicate: "Lynn is right", "that is exactly the problem", "zu Recht".
_PREDICATE_JUDGEMENT: Final = compile_later(
    r"\b(?:is|are|was|were|be|been|ist|sind|war)\s+(?:\w+\s+){0,2}?(?:right|wrong|the\s+problem|"
    r"a\s+(?:shame|mistake|joke|disgrace|big\s+deal)|recht|falsch|das\s+problem|okay|ok)\b"
    # German's "rightly" and "wrongly" ("völlig zu Recht", "mit Recht betonte", "zu Unrecht")
    r"|\b(?:zu|mit)\s+(?-i:Recht|Unrecht)\b(?!\s+und\b)",
    re.IGNORECASE,
)
#: A verb of speaking in German, French, Spanish or Norwegian, which quotations go with.
_SPEECH_WORDS: Final = compile_later(
    r"\b(?:sagt|sagte|sagten|meint|meinte|erklärt|erklärte|betont|betonte|fragt|ruft|"
    r"schlägt|dit|a\s+dit|déclare|a\s+déclaré|explique|affirme|dijo|afirmó|explicó|señaló|"
    r"sier|sa|fortsetter|forteller)\b|[“\"»],?\s+so\s+[A-ZÄÖÜ]",
    re.IGNORECASE,
)
#: Nothing rivals it: a negated comparison that ranks one thing above all ("Nothing goes with
#: football like chips", "Not many things are more homey than jam", "Es geht nichts über …").
_UNRIVALLED: Final = compile_later(
    # (the subject, opening the sentence or its clause: not "knows nothing about … other than")
    r"(?:^|[,;:]\s|\b(?:and|but|yet|so)\s)\W*"
    r"(?:nothing|not\s+many\s+things|few\s+things|no\s+one|nobody)\b[^.;:!?]{0,60}?"
    r"\b(?:like|than|beats?)\b|\bgeht\s+(?:doch\s+)?nichts\s+über\b"
    r"|\bnichts\s+(?:ist\s+)?(?:besser|schöner)\s+als\b",
    re.IGNORECASE,
)
_RHETORICAL: Final = compile_later(
    r"^\W*(?:is|are|was|were|do|does|did|has|have|had|would|should|could|can|will|wo)n['’]t\b",
    re.IGNORECASE,
)
#: A sentence this much inside quotation marks is direct speech (a continuation of a quotation
#: whose speaker an earlier sentence names); less needs a verb of speaking or an attribution.
_QUOTED_SHARE: Final = 0.8
#: Evaluations that outweigh a figure: "This might not seem like a huge advancement, but in the
#: context of a $312 million loss it is definitely a sign of improvement" argues, it does not count.
_DOMINANT_EVALUATION: Final = 2
_SPOKEN_SHARE: Final = 0.2
_OPENING_SHARE: Final = 0.3
_OPENING_MARKS: Final = '"“„«‘'
_COLON_QUOTE: Final = compile_later(r":\s*[„“\"«]")


#: Words one of the future patterns needs; a sentence without any is not scanned.
_FUTURE_TRIGGERS: Final = frozenset(
    (
        "will shall won wo ll going set due expected likely unlikely poised scheduled slated "
        "about planning preparing aiming hoping plan plans aim aims intend intends hope hopes "
        "expect expects vow vows promise promises pledge pledges want wants seek seeks "
        "forecast forecasts predict predicts project projects anticipate anticipates would "
        "beabsichtigt beabsichtigen beabsichtige strebt streben strebe planned plant planen "
        "plane planst next tomorrow coming near later future may might sale begin begins start "
        "starts launch launches premiere premieres debut debuts air airs "
        "could wird werden werde wirst werdet play plays host hosts visit visits face faces meet "
        "meets open opens kick kicks trifft treffen spielt spielen empfängt empfangen gastiert "
        "gastieren tritt treten soll sollen "
        "nächste nächsten nächster nächstes morgen zukunft demnächst sera seront serai aura "
        "auront ira iront va vont prochain prochaine prochaines prochains an demain será serán "
        "habrá van próximo próxima próximos próximas mañana"
    ).split()
)
_FUTURE_STEMS: Final = ("bevorstehend", "künftig", "rá", "rà", "ranno")
#: Any of them, in one search.
_FUTURE_STEM: Final = compile_later("|".join(_FUTURE_STEMS))
#: Words the auxiliary pattern needs ("will", "won't", "wo not", "'ll").
_AUX_TRIGGERS: Final = frozenset("will shall won wo ll".split())


def _guarded(need: str, pattern: str) -> tuple[frozenset[str], str, re.Pattern[str]]:
    """A future phrase with the words it needs, or the stem it needs ("~stem")."""
    compiled = compile_later(r"\b(?:" + pattern + ")", re.IGNORECASE)
    if need.startswith("~"):
        return frozenset(), need[1:], compiled
    return frozenset(need.split()), "", compiled


_FUTURE_PHRASE: Final = tuple(_guarded(need, pattern) for need, pattern in _FUTURE_PHRASES)
#: Words each evaluation pattern needs: a sentence without any is not scanned by it.
_NORMATIVE_TRIGGERS: Final = frozenset(
    (
        "should shouldn must mustn ought time essential vital crucial important necessary muss "
        "müsse müssen müsste müssten sollte sollten darf doit doivent devrait devraient faut debe "
        "deben debería hay advisable ratsam"
    ).split()
)
_STANCE_TRIGGERS: Final = frozenset(
    (
        "i we my me imo imho finde mir gefällt meiner glaube pense avis trouve creo believe "
        "believes believed thinks consider considers considered seen regarded viewed view views "
        "gilt gelten galt galten estime estiment considère considèrent juge jugent considera "
        "consideran opina opinan empfehlen weiterempfehlen empfehle empfehlenswert "
        "empfehlenswerte empfehlenswerter empfehlenswertes tipp würde"
    ).split()
)
_JUDGEMENT_TRIGGERS: Final = frozenset(
    "right wrong problem shame mistake joke disgrace deal recht unrecht falsch okay ok".split()
)
_UNRIVALLED_TRIGGERS: Final = frozenset("nothing many few one nobody nichts".split())
_RHETORICAL_TRIGGERS: Final = frozenset(
    "isn aren wasn weren don doesn didn hasn haven hadn wouldn shouldn couldn can won".split()
)


_EVIDENCE: Final = (
    ("normative", _NORMATIVE, _NORMATIVE_TRIGGERS),
    ("stance", _STANCE, _STANCE_TRIGGERS),
    ("judgement", _PREDICATE_JUDGEMENT, _JUDGEMENT_TRIGGERS),
    ("unrivalled", _UNRIVALLED, _UNRIVALLED_TRIGGERS),
)


def _future(sentence: str, words: frozenset[str]) -> str | None:
    """The future reference of a sentence, if it has one."""
    if not words & _FUTURE_TRIGGERS and _FUTURE_STEM.search(sentence) is None:
        return None
    german = len(words & _GERMAN_WORDS) > len(words & _ENGLISH_WORDS)
    for m in _FUTURE_AUX.finditer(sentence) if not words.isdisjoint(_AUX_TRIGGERS) else ():
        prev = (m.group("prev") or "").strip().lower()
        if m.group("aux") is None:
            return m.group().split()[0].lower()  # "'ll go"
        if m.group("aux").lower() in {"will", "shall"} and (
            prev in _WILL_NOUN
            or m.group("verb").lower() in _NOT_A_VERB
            or german  # German's "will" is "wants": "Wer die Namen haben will, findet sie"
            or _names_after(m.group("aux"), m.group("verb"))
        ):
            continue  # "the will of the people", "free will", "Ich will nicht"
        return f"{m.group('aux').lower()} {m.group('verb').lower()}"
    if german and not words.isdisjoint(_WANTS_TRIGGERS):
        # German's intention, as English's "wants to": "Apple will … weiterreichen"
        intention = _GERMAN_INTENTION.search(sentence)
        if intention is not None:
            return " ".join(intention.group().lower().split())
    phrase = _first_phrase(sentence, words)
    return " ".join(phrase.group().lower().split()) if phrase else None


def _names_after(aux: str, verb: str) -> bool:
    """Whether a capitalised word after a lower-case "will" is a name, so no English verb.

    English puts a verb in lower case after "will": "will Lutz S. offenbar vermeiden" is
    German's "wants".
    """
    return aux.islower() and verb[:1].isupper() and verb != "I"


def _first_phrase(sentence: str, words: frozenset[str]) -> re.Match[str] | None:
    """The leftmost future phrase (the first in order at the same place), as one alternation.

    Only the phrases whose words (or stem) the sentence holds are scanned for.
    """
    low = ""
    best: re.Match[str] | None = None
    for needs, stem, pattern in _FUTURE_PHRASE:
        if stem:
            low = low or sentence.lower()
            if stem not in low:
                continue
        elif words.isdisjoint(needs):
            continue
        found = pattern.search(sentence)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


#: Two capitalised words next to each other, or joined by "and", "of" or "&": a name (matches
#: overlap, so every such pair of a longer name is found).
_CAPITALISED_PAIR: Final = compile_later(
    r"(?=\b([A-Z][a-z]+)\s+(?:(?:and|of|&)\s+)?([A-Z][\w'’&.-]*))"
)


def _named(sentence: str, evaluative: frozenset[str]) -> frozenset[str]:
    """The judgement words of ``evaluative`` that ``sentence`` writes only inside names.

    A name capitalises its words, a judgement word among them too ("Great Britain", "Best Buy",
    "Good Friday", "the Appropriate Regulation and Supervision pillar"); a judgement word the
    sentence also writes in lower case still judges ("Great Britain had a great year"), and a
    sentence in title case, most of its words capitalised, is read as a headline, not as names.
    """
    tokens = _WORD.findall(sentence)
    if 2 * sum(w[0].isupper() for w in tokens) > len(tokens):
        return frozenset()  # a headline's title case ("The 10 Best Ways to …") names nothing
    in_names = {
        word.lower()
        for pair in _CAPITALISED_PAIR.finditer(sentence)
        for word in pair.groups()
        if word.lower() in evaluative
    }
    if not in_names:
        return frozenset()
    in_lower_case = {w for w in tokens if w.islower()}
    return frozenset(in_names - in_lower_case)


#: Fixed expressions in which a judgement word names, measures or greets rather than judges:
#: "for good measure", "best practices", "best known for", "in good faith", "disaster relief",
#: German's feeling well ("sich nicht gut fühlen").
_FEEL: Final = r"(?:fühlen|fühle|fühlst|fühlt|fühlte|fühlten)"
_WELL: Final = r"(?:gut|besser|schlecht|schlechter)"
_FIXED_PHRASES: Final = compile_later(
    r"\bfor\s+good\s+measure\b|\bbest[\s-]+practices?\b|\b(?:best|better)\s+known\b"
    r"|\b(?:in\s+)?good\s+(?:faith|standing)\b|\bnatural\s+disasters?\b"
    r"|\bdisasters?\s+(?:management|relief|recovery|response|preparedness|zones?|areas?|risk)\b"
    r"|\bgood\s+(?:morning|afternoon|evening|night)\b"
    rf"|\b{_WELL}\s+(?:zu\s+)?{_FEEL}\b|\b{_FEEL}\s+(?:\w+\s+){{0,4}}?{_WELL}\b",
    re.IGNORECASE,
)


#: Words of significance: they judge in the predicate ("it is important", "ist wichtig") and
#: classify before a noun ("an important part", "essential items"; German declines them there,
#: "wichtige Stimmen", and only the undeclined form is in the lexicon).
_SIGNIFICANCE: Final = frozenset("important crucial vital essential valuable necessary".split())
#: A significance word before a noun it qualifies: not before a complement ("important to",
#: "essential that", "vital for"), a conjunction or a comparison.
_ATTRIBUTIVE: Final = compile_later(
    rf"\b(?:{'|'.join(sorted(_SIGNIFICANCE))})\s+"
    r"(?!(?:to|that|for|and|or|but|in|as|than|enough|because|if|when|so|of|on|at|with|"
    r"since|though|although|also|too|now|here|there|then|this|these|those|it|is|are|was|"
    r"were|be)\b)[a-z]"
)


def _only_inside(pattern: re.Pattern[str], text: str, words: frozenset[str]) -> frozenset[str]:
    """The ``words`` that ``text`` writes only inside matches of ``pattern``.

    A fixed expression (:data:`_FIXED_PHRASES`: "for good measure") or a significance word
    before a noun (:data:`_ATTRIBUTIVE`: "an important part"); a word also written elsewhere in
    the text still counts there.
    """
    if pattern.search(text) is None:
        return frozenset()
    rest = {w.lower() for w in _WORD.findall(pattern.sub(" ", text))}
    return frozenset(words - rest)


def _evaluation(sentence: str, words: frozenset[str], ordered: list[str]) -> list[str]:
    """The evidence of evaluative or normative language: words, obligations, stance."""
    evaluative = words & _EVALUATIVE
    foreign = words & _FOREIGN_EVALUATIVE
    if evaluative:
        evaluative -= _named(sentence, evaluative)  # "Great Britain", "Best Buy", "Good Friday"
        if significance := evaluative & _SIGNIFICANCE:
            # before a noun it classifies: an important part, essential items
            evaluative -= _only_inside(_ATTRIBUTIVE, sentence.lower(), significance)
    if evaluative or foreign:
        # "for good measure", "sich nicht gut fühlen"
        fixed = _only_inside(_FIXED_PHRASES, sentence, evaluative | foreign)
        evaluative, foreign = evaluative - fixed, foreign - fixed
    if "super" in words and _SUPER.search(sentence):
        evaluative = evaluative | {"super"}  # "super simple", "war super"; not "Super Bowl"
    if foreign and len(words & _ENGLISH_WORDS) <= max(
        len(words & _GERMAN_WORDS), len(words & _FRENCH_WORDS)
    ):
        evaluative |= foreign  # (an English sentence's "toll" or "gut" judges nothing)
    # (in the order the words come; most sentences hold none)
    why = (
        [f"evaluative: {w}" for w in dict.fromkeys(ordered) if w in evaluative]
        if evaluative
        else []
    )
    for name, pattern, triggers in _EVIDENCE:
        found = pattern.search(sentence) if words & triggers else None
        if found:
            why.append(f"{name}: {' '.join(found.group().lower().split())}")
    if (
        words & _RHETORICAL_TRIGGERS
        and _RHETORICAL.match(sentence)
        and sentence.rstrip(QUOTES + " ").endswith("?")
    ):
        why.append("rhetorical question")
    return why


def claim_kind(
    sentence: str,
    *,
    has_fact: bool,
    attributions: Sequence[Cue] = (),
    quoted: float = 0.0,
    block_quote: bool = False,
) -> tuple[ClaimKind, tuple[str, ...]]:
    """The kind of a claim by the ordered rules of the module docstring, and why.

    Args:
        sentence: the claim's sentence.
        has_fact: whether a numeric fact lies in it.
        attributions: its attributions (:func:`find_attributions`).
        quoted: the share of its characters inside quotation marks, counting quotations
            opened in an earlier sentence of the paragraph.
        block_quote: whether it stands in a block quotation.

    >>> claim_kind("Sony will cut 10,000 jobs.", has_fact=True)
    (<ClaimKind.FORECAST: 'forecast'>, ('future: will cut',))
    >>> claim_kind("Sony has now overseen 10,000 job cuts.", has_fact=True)
    (<ClaimKind.STATISTIC: 'statistic'>, ('numeric fact',))
    >>> claim_kind("The plan is misguided.", has_fact=False)
    (<ClaimKind.OPINION: 'opinion'>, ('evaluative: misguided',))
    """
    quote = _quote(sentence, attributions, quoted=quoted, block_quote=block_quote)
    if quote is not None:
        return ClaimKind.QUOTE, (quote,)
    ordered = _WORD.findall(sentence.lower())
    words = frozenset(ordered)
    future = _future(sentence, words)
    if future is not None:
        return ClaimKind.FORECAST, (f"future: {future}",)
    evaluation = _evaluation(sentence, words, ordered)
    if has_fact and len(evaluation) < _DOMINANT_EVALUATION:
        return ClaimKind.STATISTIC, ("numeric fact",)
    if evaluation:
        return ClaimKind.OPINION, tuple(evaluation[:3])
    return ClaimKind.FACTUAL, ()


def _quote(
    sentence: str, attributions: Sequence[Cue], *, quoted: float, block_quote: bool
) -> str | None:
    """Why the sentence is direct speech, if it is."""
    if quoted >= _QUOTED_SHARE or block_quote:
        return "quotation"
    if quoted >= _OPENING_SHARE and sentence.lstrip()[:1] in _OPENING_MARKS:
        return "opens with a quotation"  # dialogue: "„Jepp, ist deiner.“ und wirft ihn mir zu."
    if quoted >= _SPOKEN_SHARE and (
        _SPEECH_WORDS.search(sentence) or _COLON_QUOTE.search(sentence)
    ):
        return "quotation with a verb of speaking"
    if any(c.is_direct and c.source is not None and c.speech for c in attributions):
        return "quoted content"
    return None


#: The evidence finders by name, for the learned kind model judged against these rules
#: (``benchmarks/kinds_lobo.py``), which weighs all of them rather than taking the first that fits.
future = _future
evaluation = _evaluation
quote_evidence = _quote


#: Words before a bare number that make it a name, a version or a date: "Version 2.0", "Nov. 9".
_NAMING: Final = compile_later(
    r"(?:\b(?:version|v|no|nr|number|route|highway|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|chapter|section|article|page|episode|season|level|windows|iphone|ios|"
    r"android|python|gcc|covid|res|am|um|le|du)\.?|(?-i:[A-Z][\w-]*)|#)\s*$",
    re.IGNORECASE,
)
_YEARS: Final = (1800, 2100)


#: The article that counts one unit ("about an hour", "knapp eine Minute", "hace un año").
_ONE_ARTICLES: Final = frozenset(
    "a an ein eine einen einem einer eines un une una uno um uma".split()
)


_HALF: Final = Decimal("0.5")


def _article_time(quantity: Quantity) -> bool:
    """One unit of time or half of one said with the article: the narrative's timing.

    "an hour after", "a year ago", "half an hour later", "nach einer halben Stunde".
    """
    unit = quantity.unit
    if unit is None or unit.dimension != Dimension.TIME or quantity.value not in {1, _HALF}:
        return False
    first = quantity.text.split(maxsplit=1)[0].lower()
    return first in _ONE_ARTICLES or (quantity.value == _HALF and first == "half")


#: A time said as how long ago something happened dates it, as a date would: "five years ago",
#: French "il y a deux ans", German "vor fünf Jahren", Spanish "hace tres años".
_AGO_AFTER: Final = compile_later(r"\s+ago\b", re.IGNORECASE)
_AGO_BEFORE: Final = compile_later(r"\b(?:il\s+y\s+a|vor|hace)\s+$", re.IGNORECASE)


def _time_ago(quantity: Quantity, text: str) -> bool:
    """A time before now said as such: when something happened, not how much of anything."""
    unit = quantity.unit
    if unit is None or unit.dimension != Dimension.TIME:
        return False
    start, end = quantity.span.start, quantity.span.end
    return (
        _AGO_AFTER.match(text, end) is not None
        or _AGO_BEFORE.search(text[max(0, start - 8) : start]) is not None
    )


def is_statistic(quantity: Quantity, text: str) -> bool:
    """Whether a numeric fact makes its sentence a statistic.

    A fact with a unit, a counted noun, a scale, a change or a qualifier does, except one unit
    of time said with the article ("about an hour after", "a year ago": the narrative's timing)
    and a time said as how long ago something happened ("nearly five years ago", "il y a deux
    ans"), which dates it as a date would.
    A bare number does unless it names something: a version, a date, a decade ("the 70's"), a
    model ("Windows 10"), a year.

    >>> from decimal import Decimal
    >>> from articlekit.model import Quantity, Span
    >>> t = "Docker is licensed under the Apache License, Version 2.0."
    >>> is_statistic(Quantity(span=Span(53, 56), text="2.0", value=Decimal("2.0")), t)
    False
    """
    if _article_time(quantity) or _time_ago(quantity, text):
        return False
    if (
        quantity.unit is not None
        or quantity.noun is not None
        or quantity.scale is not None
        or quantity.change is not None
        or quantity.qualifier is not None
    ):
        return True
    before = text[max(0, quantity.span.start - 24) : quantity.span.start]
    after = text[quantity.span.end : quantity.span.end + 3]
    value = quantity.value
    if value is not None and value == value.to_integral_value() and _YEARS[0] <= value <= _YEARS[1]:
        return False  # a year
    if after.startswith(("'s", "’s", "s ")):
        return False  # a decade
    return _NAMING.search(before) is None or before.rstrip().endswith(("(", ","))
