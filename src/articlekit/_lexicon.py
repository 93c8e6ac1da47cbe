"""Vocabularies for the headline and body steps (data only).

Markers are multilingual where the corpora showed they need to be; they are never the only
signal: the body step decides by length, density, position and structure first.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from articlekit._patterns import compile_later, compile_now

# WordPress's comment-form title ("Leave a Reply") as its translations print it: page furniture,
# and where a flattened page's comments start.
_LEAVE_A_REPLY: Final = (
    r"(?:hinterlasse(?:n\s+sie)?\s+(?:eine[n]?\s+)?(?:antwort|kommentar)"
    r"|schreibe(?:n\s+sie)?\s+(?:eine[n]?\s+)?kommentar"
    r"|laisser\s+un\s+(?:commentaire|r[ée]ponse)|laisser\s+une\s+r[ée]ponse"
    r"|deja\s+(?:un\s+comentario|una\s+respuesta)|dejar\s+un\s+comentario|lascia\s+un\s+commento"
    r"|deixe?\s+(?:um\s+coment[aá]rio|uma\s+resposta)|laat\s+een\s+(?:reactie|antwoord)\s+achter"
    r"|zostaw\s+(?:komentarz|odpowied[zź]))"
)

# An affiliate disclosure ("When you purchase through links on our site, we may earn an affiliate
# commission", "Dieser Beitrag enthält Affiliate-Links", "erhalten wir eine kleine Provision"): the
# site's own note, wherever it stands; a commission the news is about ("agents receive
# commissions") is not one.
_AFFILIATE: Final = (
    r"\b(?:affiliate[\s-]*(?:commissions?|links?|partnerships?)|(?:(?:we|i|wir|ich)\s+(?:\w+\s+){0,2}?"
    r"(?:earn|receive|get|make|erhalten|bekommen|verdienen)|(?:erhalten|bekommen|verdienen)\s+"
    r"(?:wir|ich))\b.{0,40}?\b(?:commissions?|provision))\b"
)
#: :data:`_AFFILIATE` searched in a sentence (the claims step's navigation).
AFFILIATE: Final = compile_later(_AFFILIATE, re.IGNORECASE)

#: A figure's numbered label, which opens its caption ("Abbildung 2: …", "Fig. 3. …").
_FIGURE_LABEL: Final = (
    r"(?:figure|fig\.|abbildung|abb\.|figura|gr[aá]fico|grafik|illustration)\s*\d+[a-z]?\s*[:.]\s"
)
FIGURE_LABEL: Final = compile_later(_FIGURE_LABEL, re.IGNORECASE)

# Lines that are page furniture whatever their length (share bars, subscribe prompts, cookie
# notices, copyright and reprint notices, "advertisement" labels, image credits).
_BOILERPLATE_LINES: Final = (
    r"""
        (?:advertisement|advertisements|advert|anzeige|werbung|publicité|publicidad|реклама|广告|광고)\s*:?
      | (?:share|teilen|partager|compartir|condividi)(?:\s+(?:this|on|article|story|via)\b.*)?
      | share\s+to\s+(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|e-?mail|flipboard)\b.{0,20}
      | (?:tweet|pin)\s+(?:this|it)\b.{0,40}  # share buttons' labels ("tweet this", "pin it")
      # a site's own offers: its newsletters, advertising with it ("we have more newsletters",
      # "advertise with us", "werben auf nzz.ch"), a video's report dialog
      | (?:we\s+have\s+|see\s+|browse\s+|explore\s+)?(?:more|all|our)\s+newsletters\W{0,3}
      | (?:advertise\s+(?:with|on)\s+us|werben\s+(?:bei\s+uns|auf\s+\w+\.[a-z]{2,})|publicit[ée]\s+sur\s+\w+\.[a-z]{2,})\W*
      | (?:need\s+to\s+)?report\s+(?:this|the)\s+video\W*
      # a share dialog's link button ("copy this link", "link kopieren", "copier le lien")
      | (?:copy\s+(?:this\s+|the\s+)?link|link\s+(?:kopieren|copied|kopiert)|copier\s+le\s+lien|copiar\s+(?:el\s+)?enlace)\b.{0,20}
      | sharing\s+is\s+caring!?
      | (?:sign\s+(?:me\s+)?up|subscribe|register|log\s*in|sign\s+in)\b.{0,80}
      | (?:read|see|view)\s+(?:more|also|next|the\s+full)\b.{0,80}
      | \[?(?:related|recommended|popular|trending|more\s+from|latest|most\s+read)\b.{0,60}
      | (?:(?:main|top|header|lead|featured|hero)\s+)?(?:photo|image|picture|foto|bild|credit|video)\s*(?:credit)?\s*[:©].{0,120}
      | (?:reading\s+time|read\s+time|tempo\s+de\s+leitura|tiempo\s+de\s+lectura|temps\s+de\s+lecture|lesezeit|lesedauer|tempo\s+di\s+lettura)\s*:?\s*(?:\d+|<\s*\d+)\s*\w*\.?
      | \d+\s*-?\s*(?:min(?:ute)?s?|minutos?|minuten)\.?\s+(?:read|reading|lesen|lesezeit|de\s+leitura|de\s+lectura|de\s+lecture|di\s+lettura)
      | follow\s+(?:us|@).{0,160}
      | follow\s+\S+(?:\s+\S+)?\s+on\s*:?
      | this\s+copy\s+is\s+for\s+your\s+personal.{0,200}
      | have\s+a\s+(?:news\s+)?tip\b.{0,200}
      | join\s+our\b.{0,160}
      | (?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés).{0,80}
      | back\s+to\s+(?:gallery|top|home|overview)\b.{0,40}
      | (?:read\s+more|weiterlesen|lesen\s+sie\s+weiter|lea\s+(?:tambi[eé]n|m[aá]s)|leia\s+mais|lire\s+la\s+suite|continua\s+a\s+leggere)(?:\s*:.{0,120}|\s*[»›>…]*)
      | (?:(?:see|read)\s+also|vea\s+tambi[eé]n|ver\s+tambi[eé]n|lee\s+tambi[eé]n|leia\s+tamb[eé]m|veja\s+tamb[eé]m|zobacz\s+(?:te[zż]|tak[zż]e)|czytaj\s+(?:te[zż]|tak[zż]e)|lesen\s+sie\s+auch|siehe\s+auch|voir\s+aussi|lire\s+aussi|leggi\s+anche|vedi\s+anche|lees\s+ook|[àa]\s+lire\s+aussi|must\s+read|читайте\s+(?:также|також)|смотрите\s+также|дивіться\s+також).{0,120}
      | (?:das\s+k[oö]nnte\s+(?:dich|sie)\s+auch\s+interessieren|mehr\s+zum\s+thema|more\s+on\s+this|(?:tambi[eé]n\s+)?te\s+puede\s+interesar|potrebbe\s+interessarti|vous\s+aimerez\s+aussi|entdecken\s+sie).{0,80}
      | (?:(?:notas|noticias|art[ií]culos)\s+relacionad[oa]s|verwandte\s+artikel|[äa]hnliche\s+artikel|articles?\s+similaires|articoli\s+correlati|powi[aą]zane).{0,40}
      | (?:diesen\s+artikel\s+teilen|artikel\s+teilen|compartir\s+en|partager\s+sur|condividi\s+su|udost[eę]pnij|поделиться).{0,60}
      | (?:follow|folgen\s+sie|s[ií]guenos|suivez|seguici|join)\b.{0,80}\b(?:twitter|instagram|facebook|newsletter|tiktok|youtube|linkedin|telegram)\b.{0,60}
      | (?:markiert\s+mit|etiquetas|[ée]tiquettes|tagi|schlagw[oö]rter)\s*:?.{0,200}
      | (?:weiter\s*[»›>]?|bild\s+anzeigen.{0,30}|mostrar\s+m[aá]s|ver\s+m[aá]s|mehr\s+anzeigen)
      | (?:mehr\s+(?:von|themen|zum\s+thema|aus|dazu)|empfohlene\s+beitr[aä]ge|lesen\s+sie\s+(?:hier|mehr|auch)|rezept\s+drucken|quellenangaben|kontakt|unterst[uü]tze?n?\s+sie).{0,80}
      | (?:image|photo|picture|slide|bild|foto)\s+\d+\s+(?:of|von|de|di|/)\s+\d+
      | (?:don'?t|do\s+not)\s+miss\b.{0,60}
      | (?:your|tu|su|votre)\s+(?:browser|navegador|navigateur)\s+(?:does\s+not|doesn['’]t|no|ne)\s+(?:support|soporta|admite|prend|supporte)\b.{0,160}
      | (?:ihr|dein)\s+browser\s+unterst(?:ü|ue)tzt\s.{0,80}?\bnicht\b.{0,120}
      | (?:\d(?:[.,]\d+)?\s?[x×]\s*){3,}
      | (?:you\s+must\s+(?:be\s+)?|debe\s+|debes\s+|sie\s+m(?:ü|ue)ssen\s+)(?:iniciar\s+sesi[oó]n|log(?:ged)?\s*in|sign(?:ed)?\s+in|angemeldet\s+sein)\b.{0,100}
      | (?:verpasse|verpasst|verpassen\s+sie)\s+(?:keine|nichts|nie\s+wieder)\b.{0,60}
      | (?:ne\s+manquez\s+(?:pas|rien)|no\s+te\s+pierdas|non\s+perdere)\b.{0,60}
      | (?:jetzt|hier)\s+(?:\w+\s+){0,2}(?:anmelden|registrieren|abonnieren)\s*[!»›>.]*
      | (?:submit|send)\s+(?:your\s+|a\s+)?letters?\s+to\s+the\s+editor\b.{0,120}
      | (?:processing|loading|sending|wird\s+gesendet|wird\s+geladen)\s*(?:…|\.\.\.)
      # engagement calls after an article ("did you like this article?", "hat ihnen dieser
      # artikel gefallen? dann …"), a bookmark feature's note, a premium tier's trial offer
      | (?:did\s+you\s+(?:like|enjoy)|enjoyed)\s+this\s+(?:article|story|post)\b.{0,200}
      | (?:hat|haben)\s+(?:ihnen|dir|euch)\s+(?:dieser|der|unser)\s+(?:artikel|beitrag|text)\s+gefallen\b.{0,200}
      | (?:gef(?:ä|ae)llt|gefiel)\s+(?:ihnen|dir|euch)\s+(?:dieser|der|unser)\s+(?:artikel|beitrag|text)\b.{0,200}
      | (?:you\s+can\s+)?(?:find|view)\s+(?:this|the)\s+(?:story|article)\s+in\s+(?:my|your)\s+bookmarks\b.{0,80}
      | try\s+.{1,40}\s(?:premium|plus)\s+(?:for\s+free|free\s+for)\b.{0,120}
      | (?:e-?mail(?:\s+address)?|(?:first\s+|last\s+|full\s+)?name|zip\s+code|password)\s*(?:\(required\)|\*)
      | by\s+(?:signing\s+up|subscribing|registering|clicking\s+(?:sign\s+up|subscribe|submit))\b.{0,240}
      | (?:success!|thank\s+you\s+for\s+(?:signing\s+up|subscribing)|thanks\s+for\s+(?:signing\s+up|subscribing)|vielen\s+dank\s+f(?:ü|ue)r\s+ihre\s+anmeldung).{0,160}
      | (?:skip\s+(?:to\b|navigation)|jump\s+to\s+(?:the\s+)?(?:main\s+)?content|(?:zu[mr]\s+(?:haupt)?(?:inhalt|navigation|men[uü])|zur\s+suche)\s+(?:springen|wechseln)|springe?\s+zu[mr]\s+(?:haupt)?(?:inhalt|navigation)).{0,80}
      | (?:direkt\s+)?zu[mr]\s+(?:haupt)?(?:inhalt|navigation)(?:\s*[|·•]\s*direkt\s+zu[mr]\s+\w+)*
      | (?:aller|passer)\s+au\s+contenu(?:\s+principal)?|saltar\s+al\s+contenido(?:\s+principal)?|vai\s+al\s+contenuto(?:\s+principale)?|przejd[źz]\s+do\s+(?:treści|zawartości)|перейти\s+к\s+(?:содержимому|содержанию)
      | (?:close|open|toggle)\s+(?:this\s+|the\s+)?(?:search|menu|navigation|dialog|window|box)\b.{0,30}
      | (?:search|suche|buscar|recherche|cerca|поиск)(?:\s+(?:for|nach|this\s+site|the\s+site|\.\.\.|…))?:?
      | (?:cas|pubmed|google\s+scholar|crossref|article|pubmed\s+central|\s)+
      | (?:this\s+(?:article|story|material)\s+may\s+not\s+be\s+(?:published|reproduced)).{0,200}
      | (?:reprints?|permissions|reproduction)\b.{0,120}
      | (?:tags?|topics?|schlagworte|themen|categories|filed\s+under|posted\s+in|veröffentlicht\s+in|kategorien?|publié\s+dans|publicado\s+en)\s*:.{0,200}
      | (?:(?:jump\s+to\s+recipe|print\s+recipe|pin\s+recipe|save\s+recipe|zum\s+rezept|rezept\s+drucken|drucken|pinnen|print|pin\s+it)\s*[|·•]?\s*){2,}
      | (?:comments?|kommentare|commentaires|comentarios|комментарии)\s*(?:\(\d+\)|\d+)?
      | \d+\s+(?:comments?|kommentare|commentaires|comentarios|responses|replies)
      | (?:leave\s+a\s+(?:reply|comment)|add\s+(?:a\s+)?comment|post\s+a\s+comment|join\s+the\s+discussion).{0,80}
      | """
    + _LEAVE_A_REPLY
    + r""".{0,80}
      | (?:previous|next)\s+(?:article|post|story)\b.{0,120}
      # a page's view counter ("visited 215 times, 55 visits today", "post views: 1,234")
      | \(?(?:visited|viewed|gelesen|aufgerufen)\s+[\d.,]+\s+(?:times?|mal)\b.{0,40}
      | \(?(?:post\s+)?(?:views?|aufrufe|zugriffe|visualizaciones|visualizzazioni|vues|lecturas|wy[śs]wietle[ńn]\w*|просмотр\w*)\s*:?\s*[\d.,]+\s*k?\)?
      | \(?[\d.,]+\s*k?\s+(?:views?|aufrufe|zugriffe|visualizaciones|visualizzazioni|vues|lecturas|wy[śs]wietle[ńn]\w*|просмотр\w*|mal\s+gelesen)\)?
      | this\s+(?:post|article|page|entry)\s+(?:has\s+been|was)\s+(?:viewed|read)\s+[\d.,]+\s+times\.?
      | (?:back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|jump\s+to).{0,40}
      | (?:zum|zur)\s+\S+\s+springen.{0,120}|aller\s+au\s+contenu.{0,40}|saltar\s+al\s+contenido.{0,40}
      | (?:archives?|archiv|archivo|archivio)
      | buy\s+(?:single\s+)?(?:article|issue|this\s+article).{0,40}
      | (?:print|email|e-mail|facebook|twitter|tweet|whatsapp|linkedin|pinterest|reddit|flipboard|telegram|xing|tumblr|threads|mastodon|bluesky)(?:\s*[|/·•]\s*\w+)*
      | (?:https?://|www\.)\S+
      # a link to another story, marked by arrows (">> mehr lesen: …"; "… >>>" is below)
      | >>\s*\S.{0,200}
      | (?:auch\s+lesen|also\s+read|read|leia|lire|leggi|czytaj)\s*:.{0,160}
      | (?:lea|lee)\s*:\s*.{20,160}[^.!?…"”»\s]
      | zur[uü]ck(?:\s+zu[rm]?\s+\S+(?:\s+\S+)?)?(?:\s*[«»‹›<>|]+)*
      | (?:kategorien?|categories|cat[ée]gories|categor[ií]as|categorie)(?:\s*:.{0,200}|(?:\s+[^\s.!?]+){0,8})
      | teile(?:n\s+sie)?\s+(?:diesen|den)\s+(?:beitrag|artikel)\b.{0,60}
      | weitere\s+(?:artikel|beitr[aä]ge|pressemitteilungen|news|nachrichten|meldungen)\b.{0,60}
      | advertising\s+disclos(?:ure|ures)?\b.{0,300}
      | """
    + _FIGURE_LABEL
    + r""".{0,300}
      | a\s+version\s+of\s+this\s+article\s+appears\s+in\s+print\b.{0,300}
      # a feedback widget's question ("was this article helpful?", "wie bewerten sie diesen artikel?")
      | (?:was\s+this\s+(?:article|page|post|story|information)\s+(?:helpful|useful)
        |how\s+(?:helpful|useful)\s+was\s+this\s+(?:article|page|post|story|information)
        |how\s+would\s+you\s+rate\s+this\s+(?:article|page|post|story)|rate\s+this\s+(?:article|post|story|page)
        |wie\s+bewerten\s+sie\s+diese[nrs]?\s+(?:artikel|beitrag|seite|text)
        |war\s+diese[rs]?\s+(?:artikel|beitrag|seite|text)\s+(?:hilfreich|n[uü]tzlich)
        |cet\s+article\s+vous\s+a-t-il\s+(?:[ée]t[ée]\s+)?(?:utile|plu)
        |[¿]?(?:te|le)\s+(?:ha\s+resultado|result[oó])\s+[uú]til\s+(?:este\s+art[ií]culo|esta\s+informaci[oó]n))\s*\?.{0,60}
      | dieser\s+(?:beitrag|artikel)\s+(?:stammt\s+aus|erschien\s+(?:zuerst\s+)?in)\s+(?:der\s+)?(?:ausgabe|heft)\b.{0,300}
      | \d{4}-\d{2}-\d{2}(?:[t\s][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?
      | <\w+[^>]*>.*
    """
)
# Branches that look for a marker anywhere in a short line, each with words one of which every line
# it matches holds (in its case-folded form). Trying them at every position of every line is most
# of the pattern's cost, so a branch runs only when one of its words occurs (``_GuardedLines``).
_BOILERPLATE_ANYWHERE: Final = (
    # A picture's caption placing the people in it, as German captions do ("Marcell Jansen (l.)
    # und Piotr Trochowski", "Begin (links), Carter (Mitte)", "v.l.n.r.:"); prose never does.
    (
        (
            r"""[^.!?]{0,200}\((?:l|r|li|re|m|v\.\s?l\.(?:\s?n\.\s?r\.)?|links|rechts|mitte)\.?\)"""
            r""".{0,300}"""
        ),
        ("(l.)", "(r.)", "(li.)", "(re.)", "(m.)", "(v.", "(links)", "(rechts)", "(mitte)"),
    ),
    # A share button's label, one line per network in WordPress's (Jetpack's) sharing box:
    # "Click to share on Twitter (Opens in new window)", "Klick, um über Twitter zu teilen (Wird
    # in neuem Fenster geöffnet)", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle
    # fenêtre)".
    (
        (
            r""".{0,80}\((?:opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)|wird\s+in\s+neuem\s+fenster"""
            r"""\s+ge(?:ö|oe)ffnet|ouvre\s+dans\s+une\s+nouvelle\s+fen[êe]tre|se\s+abre\s+en\s+una"""
            r"""\s+(?:ventana|pesta[ñn]a)\s+nueva|si\s+apre\s+in\s+una\s+nuova\s+finestra|opent\s+in"""
            r"""\s+(?:een\s+)?nieuw\s+venster|abre\s+(?:numa|em\s+uma)\s+nova\s+janela)\)"""
        ),
        ("opens", "fenster", "ouvre", "abre", "apre", "opent"),
    ),
    (r""".{0,80}(?:©|ⓒ|\(c\)|copyright)\s*\d{4}.{0,160}""", ("©", "ⓒ", "(c)", "copyright")),
    (
        r""".{0,120}(?:저작권자|무단전재|版权所有|著作権).{0,160}""",
        ("저작권자", "무단전재", "版权所有", "著作権"),
    ),
    (
        r""".{0,60}\b(?:sign\s+up|subscribe|abonnieren|newsletter|e-mail-adresse|email\s+address)\b.{0,120}""",
        ("sign", "subscribe", "abonnieren", "newsletter", "e-mail-adresse", "email"),
    ),
    (
        r""".{0,300}\((?:images?|photos?|pictures?|fotos?|bild|credits?|cr[eé]ditos?|source|quelle)(?:\s+credits?)?\s*:\s*[^)]{1,60}\)""",
        (
            "(image",
            "(photo",
            "(picture",
            "(foto",
            "(bild",
            "(credit",
            "(crédito",
            "(source",
            "(quelle",
        ),
    ),
    (
        r"""[^.]{0,80}(?:getty\s*images|shutterstock|istock(?:photo)?|imago\s+images)[^.]{0,40}""",
        ("getty", "shutterstock", "istock", "imago"),
    ),
    # A caption ending in its picture's credit ("Pumps at dusk. Photo: Jane Doe/Shutterstock",
    # "… | © Augusta National/Getty Images", "(Foto: V. Berret, 19.01.2022)"), and the BBC's
    # "Image copyright …" / "Image caption …" lines.
    (
        (
            r""".{0,300}?(?:^|[\s(|/–—-])(?:©|ⓒ|(?:photo|foto|bild|image|picture|credit|crédit"""
            r"""|crédito|bildquelle|fotoquelle)s?\s*(?::|\.\.\.|…))\s*[^!?:]{0,79}[^.!?:\s](?:\)\.?)?"""
        ),
        ("©", "ⓒ", "photo", "foto", "bild", "image", "picture", "credit", "crédit"),
    ),
    (
        (
            r""".{0,300}?(?:getty\s*images|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?"""
            r"""|stock\.adobe\.com|imago(?:[\s-]+images)?(?:\.de)?)[^.!?]{0,40}?[).]?"""
        ),
        ("getty", "shutterstock", "istock", "stock.adobe", "imago"),
    ),
    (r"""(?:image|media)\s+(?:copyright|caption)\b.{0,300}""", ("image", "media")),
    # A note that links leave the site ("These are external links and will open in a new
    # window"), and a link's call to click ("Click here to see the list", "CLICK FOR FULL
    # RESULTS").
    (
        r""".{0,60}\b(?:will\s+)?opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)\.?""",
        ("open",),
    ),
    (r"""click\s+(?:here|for)\b.{0,100}""", ("click",)),
    (
        r""".{0,120}\b(?:cookies?|datenschutz|privacy\s+policy|terms\s+of\s+(?:use|service))\b.{0,240}""",
        ("cookie", "datenschutz", "privacy", "terms"),
    ),
    # WordPress's anti-spam notice under a comment form ("This site uses Akismet …"), and a
    # Creative Commons licence footer.
    (r""".{0,80}\bakismet\b.{0,200}""", ("akismet",)),
    # The notice a site shows a reader whose browser blocks its ads ("Leider benutzen Sie einen
    # Adblocker", "It looks like you're using an ad blocker"): addressed to the reader, so an
    # article about ad blockers is not one.
    (
        (
            r""".{0,80}\b(?:you(?:['’]re|\s+are|\s+seem\s+to\s+be)\s+using|(?:sie|du)\s+(?:benutzen|verwenden|nutzen|haben|benutzt"""
            r"""|verwendest|nutzt|hast)|(?:benutzen|verwenden|nutzen|haben)\s+sie"""
            r"""|(?:benutzt|verwendest|nutzt|hast)\s+du|vous\s+(?:utilisez|avez)|est[aá]s\s+usando|usas"""
            r"""|utilizas)\b"""
            r""".{0,60}?\b(?:ad[\s-]?blocker|adblock(?:er)?|werbe-?blocker|bloqueur\s+de\s+pub\w*"""
            r"""|bloqueador\s+de\s+(?:anuncios|publicidad))\b.{0,400}"""
        ),
        ("block", "bloqueur", "bloqueador"),
    ),
    # An affiliate disclosure ("When you purchase through links on our site, we may earn an
    # affiliate commission", "Dieser Beitrag enthält Affiliate-Links", "erhalten wir eine kleine
    # Provision"): the site's, wherever it stands.
    (rf""".{{0,200}}{_AFFILIATE}.{{0,240}}""", ("affiliate", "commission", "provision")),
    (
        (
            r""".{0,120}\b(?:licensed\s+under|lizenziert\s+unter|unter|sous\s+licence)\s+"""
            r"""(?:an?\s+|einer\s+|der\s+)?(?:creative[\s-]+commons|cc[\s-]by)\b.{0,200}"""
        ),
        ("licen", "lizenziert", "creative", "cc"),
    ),
    # A caption's instruction to click the picture ("Zum Vergrößern auf das Bild klicken").
    (
        (
            r""".{0,200}\b(?:zum\s+vergr(?:ö|oe)(?:ß|ss)ern|click\s+(?:to\s+enlarge|(?:on\s+)?(?:the\s+)?"""
            r"""(?:image|picture|photo)\s+to\s+enlarge)|cliquez\s+pour\s+agrandir"""
            r"""|(?:haga\s+)?clic\s+para\s+ampliar)\b.{0,160}"""
        ),
        ("vergr", "enlarge", "agrandir", "ampliar"),
    ),
    # A caption ending in its photographer and wire service ("… Mike Blake/Reuters files",
    # "… Jane Doe/AP Photo"): the agencies' own credit convention.
    (
        (
            r""".{0,300}?[^\s/]\s?/\s?(?:reuters|afp|ap|dpa|bloomberg|postmedia|the\s+canadian\s+press)"""
            r"""(?:\s+files?|\s+(?:file\s+)?photo)?\s*\.?"""
        ),
        ("/",),
    ),
    # A metered paywall's notice to the reader ("Ihnen stehen diesen Monat keine freien Artikel
    # mehr zur Verfügung", "You have reached your limit of free articles").
    (
        (
            r""".{0,80}\b(?:you|your|you['’]ve|ihnen|dir|du|sie|vous|tu|usted)\b.{0,80}?"""
            r"""\b(?:keine\s+(?:freien|kostenlosen|weiteren\s+freien)\s+artikel|no\s+more\s+free\s+articles"""
            r"""|(?:limit|all)\s+of\s+(?:your\s+)?free\s+articles|free\s+articles?\s+(?:left|remaining))\b.{0,200}"""
        ),
        ("free", "freien", "kostenlosen"),
    ),
    # A British paper's note of its press regulator ("This website and its associated newspaper
    # are members of Independent Press Standards Organisation (IPSO)").
    (
        (
            r""".{0,120}\b(?:members?\s+of|regulated\s+by)\s+(?:the\s+)?(?:independent\s+press\s+"""
            r"""standards\s+organisation|ipso|impress)\b.{0,200}"""
        ),
        ("ipso", "impress", "independent"),
    ),
    # A link to another story whose arrows close it ("… jetzt bestellen >>>", "Weiter →"), and a
    # share bar's label ("Diesen Beitrag teilen:", "Share this:").
    (r""".{0,200}\S\s*(?:>>>|→)""", (">>>", "→")),
    (
        r"""(?:\S+\s+){0,2}(?:teilen|share|partager|compartir|condividi)\s*:""",
        ("teilen", "share", "partager", "compartir", "condividi"),
    ),
)


def _trie(words: list[str], *, every: bool = False) -> str:
    """An alternation of the sorted, distinct, non-empty ``words``, grouped by leading letters.

    ``c(?:o(?:okie|pyright)|r…)`` rather than ``cookie|copyright|cr…``: the engine tries one
    branch at each position of a text instead of one per word. A word that begins with another
    word is left out: wherever it occurs the shorter one does too, so a search finds the same
    texts. With ``every``, it is kept ("maj" and "maja"): what follows the alternation (a day, a
    word break) decides between them.

    >>> _trie(["cookie", "copyright", "credit", "crédit", "crédito"])
    'c(?:o(?:okie|pyright)|r(?:edit|édit))'
    >>> _trie(["maj", "maja", "mar", "mars"], every=True)
    'ma(?:j(?:a)?|r(?:s)?)'
    """
    branches = []
    for first, group in itertools.groupby(words, key=lambda word: word[0]):
        rests = [word[1:] for word in group]
        ends_here = rests[0] == ""  # sorted: a word that ends here comes first
        longer = rests[1:] if ends_here else rests
        if not longer or (ends_here and not every):
            branches.append(re.escape(first))
            continue
        inner = _trie(longer, every=every)
        branches.append(re.escape(first) + (f"(?:{inner})?" if ends_here else inner))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _any_word(*words: str) -> re.Pattern[str]:
    """A pattern a search finds in a text exactly when one of ``words`` occurs in it."""
    return compile_later(_trie(sorted(set(words))))


class _CaselessLine:
    """A case-insensitive pattern that reads a line through its lower-case form.

    The regular-expression engine skips an alternative by its first letter only when it
    matches case-sensitively, so a line is lower-cased and matched by the case-sensitive
    pattern, about three times faster. The pattern's own letters are lower case, so the
    verdicts are those of ``re.IGNORECASE`` (hypothesis properties check it), except for the
    few letters ``re`` pairs with another beyond lower case ("ı" and "i", "ſ" and "s", "ς" and
    "σ"; :data:`_IRREGULAR_CASE`) and "İ", whose lower case is two letters: lines holding one
    take the case-insensitive pattern, compiled when the first such line comes. Lower-casing
    keeps offsets, but the matched text is in lower case: callers use the verdict. ``words``,
    when given, holds a piece of every branch (see :func:`_any_word`): :meth:`match` skips a
    line whose case-folded form holds none of them.
    """

    def __init__(self, pattern: str, flags: int = 0, words: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._folded = compile_later(pattern, flags)
        self._caseless_pattern: re.Pattern[str] | None = None
        self._words = words

    def _caseless(self) -> re.Pattern[str]:
        """The case-insensitive pattern, compiled on first use.

        Kept in an attribute: mypyc compiles this class, whose instances have no ``__dict__``
        for ``functools.cached_property``.
        """
        if self._caseless_pattern is None:
            self._caseless_pattern = compile_now(self.pattern, self._flags | re.IGNORECASE)
        return self._caseless_pattern

    def match(self, text: str) -> re.Match[str] | None:
        """Match at the start of ``text``, as the case-insensitive pattern would."""
        if self._words is None:
            return self.match_lowered(text, text.lower())
        folded = text.casefold()  # the lower case, for ASCII
        if self._words.search(folded) is None:
            return None  # a piece of every branch is missing: no branch can match
        return self.match_lowered(text, folded)

    def search(self, text: str) -> re.Match[str] | None:
        """Search ``text``, as the case-insensitive pattern would."""
        lowered = text.lower()
        if _lowers_regularly(text, lowered):
            return self._folded.search(lowered)
        return self._caseless().search(text)

    def match_lowered(self, text: str, lowered: str) -> re.Match[str] | None:
        """As :meth:`match`, given ``text.lower()`` already at hand."""
        if _lowers_regularly(text, lowered):
            return self._folded.match(lowered)
        return self._caseless().match(text)


# The lower-case letters Python's ``re`` also matches, case-insensitively, to a letter that is
# not their own upper or lower case (the extra cases of ``re._casefix``): the micro sign and
# Greek mu, dotless and dotted i, long and short s, Greek final and medial sigma, Greek symbol
# variants, Cyrillic letters and their historic forms, the "ſt" ligatures.
_IRREGULAR_CASE: Final = compile_later(
    "[\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc"
    "\u03c0-\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434"
    "\u043e\u0441\u0442\u044a\u0463\u1c80-\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3"
    "\ua64b\ufb05\ufb06]"
)


def _lowers_regularly(text: str, lowered: str) -> bool:
    """Whether ``lowered`` (``text.lower()``) gives the case-insensitive verdicts on ``text``."""
    return text.isascii() or (len(lowered) == len(text) and _IRREGULAR_CASE.search(lowered) is None)


class CaselessText:
    """A text to look for words in, in any letter case, as ``re.IGNORECASE`` finds them.

    The text is lower-cased once and each word is looked for in that (in C); a text with one of
    the letters ``re`` pairs beyond lower case (see :class:`_CaselessLine`) is searched by the
    case-insensitive pattern of the words.
    """

    __slots__ = ("_lowered", "_text")

    def __init__(self, text: str) -> None:
        """Lower-case ``text`` once, if its lower case gives the verdicts."""
        lowered = text.lower()
        self._text = text
        self._lowered = lowered if _lowers_regularly(text, lowered) else None

    def holds_any(self, words: tuple[str, ...]) -> bool:
        """Whether the text holds one of ``words`` in any letter case."""
        if self._lowered is not None:
            lowered = self._lowered
            return any(w.lower() in lowered for w in words)
        alternation = "|".join(map(re.escape, words))
        return re.search(alternation, self._text, re.IGNORECASE) is not None


class _GuardedLines:
    """Whole-line branches, each tried only on a line that holds one of its words.

    ``branches`` pairs each branch with words one of which every line it matches holds, in
    lower case (:meth:`match_lowered` looks for them in the case-folded line: folding only ever
    adds matches). A search of all the words finds which occur, searched again from just after
    where each found word starts, so that words overlapping it are found too; only the branches
    of those words are tried, each compiled on its own. Most lines hold none: one search turns
    them down. A search finds the shortest of the words sharing a beginning (:func:`_trie`), so
    a word found stands for every word it begins.
    """

    def __init__(self, branches: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        words = sorted({word for _, pieces in branches for word in pieces})
        self._words = compile_later(_trie(words))
        self._branches = tuple(
            _CaselessLine(rf"^(?:{branch})$", re.VERBOSE) for branch, _ in branches
        )
        self._tried_for = {
            word: tuple(
                at
                for at, (_, pieces) in enumerate(branches)
                if any(piece.startswith(word) for piece in pieces)
            )
            for word in words
        }

    def match_lowered(self, text: str, folded: str) -> re.Match[str] | None:
        """Match the whole line by a branch whose word it holds (``folded``: its case fold)."""
        search = self._words.search
        word = search(folded)
        if word is None:  # most lines
            return None
        found = set()
        while word is not None:  # every place a word starts, overlapping ones too
            found.add(word.group())
            word = search(folded, word.start() + 1)
        tried = {at for word in found for at in self._tried_for[word]}
        for at in sorted(tried):
            match = self._branches[at].match_lowered(text, folded)
            if match is not None:
                return match
        return None


class _LinePattern:
    """A whole-line pattern whose costly branches run only when one of their words occurs.

    The line branches and the anywhere branches (:class:`_GuardedLines`) are apart: a line
    matches the whole alternation exactly when it matches one of them (each is anchored at
    both ends), and the line branches, most of the pattern, are compiled once.
    """

    def __init__(self, lines: str, anywhere: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self._lines = _CaselessLine(rf"^(?:{lines})$", re.VERBOSE)
        self._anywhere = _GuardedLines(anywhere)

    def match(self, text: str) -> re.Match[str] | None:
        """Match the whole line, as a case-insensitive ``re.Pattern.match`` with every branch."""
        folded = text.casefold()  # the lower case, for ASCII
        found = self._lines.match_lowered(text, folded)
        if found is None:
            found = self._anywhere.match_lowered(text, folded)
        return found


BOILERPLATE: Final = _LinePattern(_BOILERPLATE_LINES, _BOILERPLATE_ANYWHERE)

# A site's calls to its readers inside or beside an article: its newsletter, the reader's inbox,
# a paywall's pitch to subscribers, its own channels, apps and donation appeals, and the login a
# comment form asks for. A line is one when it names the reader's inbox or a paywall's pitch
# ("already a subscriber"), or speaks to the reader (second person or an imperative of these
# calls) and names the site's offer: a newsletter anywhere; subscriptions, donations, channels
# and apps only where the site speaks of itself ("our", "wir", "tenemos"), as products and
# services an article is about ("you can watch it all from a single subscription") are not the
# site's. Also: the site's own channels ("unser YouTube-Kanal"), a line that opens by asking the
# reader to follow on a platform, and an embedded post's consent notice. Quoted speech is never
# furniture.
_READER: Final = (
    r"(?:you|your|you're|you’re|yours|yourself|du|dich|dir|dein|deine|deinen|deinem|deiner|euch"
    r"|euer|eure|ihnen|vous|votre|vos|tu|toi|ton|ta|tes|tú|te|ti|tus|usted|ustedes|tuo|tua|voi"
    r"|vostr[oaie]|você|vocês|voce|teu|jij|jouw|uw|twój|twoje"
    # the imperatives of these calls, and German's formal one ("Abonnieren Sie")
    r"|subscribe|support|donate|join|download|unterstütze|abonniere|spende|lade|únete|suscríbete"
    r"|descarga|apoya|abonnez|soutenez|rejoignez|téléchargez|iscriviti|sostieni|scarica|assine"
    r"|apoie|baixe|^\w+en\s+sie)"
)
_SITE: Final = (
    r"(?:we|we're|we’re|us|our|ours|wir|uns|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?"
    r"|tenemos|noi|nostr[oaie]|nós|noss[oa]s?|wij|ons|onze|nasz\w*)"
)
_SITE_OFFER: Final = (
    r"(?:subscribers?|subscriptions?|abonnent(?:en|in|innen)?|abonnement|abonn[ée]e?s|abo"
    r"|suscriptor(?:es)?|suscripci[oó]n|assinantes?|abbonat[oi]|donations?|donate|spenden?"
    r"|donaci[oó]n|donazione|doa[cç][aã]o|app\s+store|google\s+play"
    r"|push[\s-](?:notifications?|benachrichtigungen|mitteilungen)|paywall|bezahlschranke"
    r"|muro\s+de\s+pago|mur\s+payant)"
)
# The site's own channels on a messenger or video platform ("unser YouTube-Kanal", "nuestro canal
# de Telegram"): a call whoever is addressed.
_SITE_CHANNEL: Final = (
    r"(?:(?:canal|channel|kanal|gruppe|group|grupo)\s+(?:\w+\s+)?(?:telegram|whatsapp|youtube)"
    r"|(?:telegram|whatsapp|youtube)[\s-](?:canal|channel|kanal|gruppe|group))"
)
_PLATFORM: Final = (
    r"(?:twitter|instagram|facebook|tiktok|youtube|linkedin|telegram|whatsapp|threads)"
)
# A social button's consent notice ("Wenn Sie diesen Button anklicken, werden persönliche Daten
# an Facebook übertragen"): the reader's data go to a platform when they click.
_BUTTON_CONSENT: Final = (
    r"(?=.*\b(?:persönliche\s+daten|personal\s+data|données\s+personnelles|datos\s+personales)\b)"
    r"(?=.*\b(?:button|schaltfläche|anklicken|klicken|click|clic|bouton|botón)\b)"
    r"(?=.*\b(?:twitter|instagram|facebook|tiktok|youtube|linkedin|whatsapp|pinterest|xing)\b)"
)
# An embedded post's consent notice ("We respect your privacy … load the content").
_CONSENT: Final = (
    r"(?=.*\b(?:privatsphäre|privacy|datenschutz\w*|privacidad|vie\s+privée|confidentialité)\b)"
    r"(?=.*\b(?:einverständnis|einwilligung|consent|zustimm\w*|einstellungen|settings"
    r"|akzeptier\w*|accept|consentimiento|consentement)\b)"
    r"(?=.*\b(?:respect|respektieren|respetamos|respectons|rispettiamo|load|laden|geladen|charger"
    r"|cargar)\b)"
)
#: A form's consent, in the first person, to the processing of the reader's data ("Wyrażam zgodę
#: na przetwarzanie moich danych osobowych", "Mit der Anmeldung stimme ich der Bearbeitung meiner
#: Daten zu", "I agree to the processing of my data"): a sign-up form's text, not an article's.
_DATA_CONSENT: Final = (
    r"(?=.*\b(?:i\s+(?:hereby\s+)?(?:agree|consent|accept)|(?:stimme|willige)\s+ich|ich\s+(?:stimme"
    r"|willige|bin\s+einverstanden|akzeptiere)|wyrażam\s+zgodę|zgadzam\s+się|j['’]accepte"
    r"|acepto|autorizo|consiento|accetto|acconsento|ik\s+ga\s+akkoord)\b)"
    r"(?=.*\b(?:processing|verarbeitung|bearbeitung|przetwarzani\w*|traitement|tratamiento"
    r"|trattamento|verwerking)\b)"
)
# A browser's push prompt, addressed to the reader at the line's start: "Turn on notifications to
# receive alerts as stories develop", "Jetzt Benachrichtigungen aktivieren".
_PUSH_PROMPT: Final = (
    r"(?:please\s+|jetzt\s+|bitte\s+)?(?:(?:(?:turn|switch)\s+on|enable|allow|activate)\s+"
    r"(?:\w+\s+)?notifications|benachrichtigungen\s+(?:aktivieren|einschalten|erlauben)"
    r"|activez?\s+les\s+notifications|activa(?:r)?\s+(?:las\s+)?notificaciones"
    r"|attiva(?:re)?\s+le\s+notifiche)\b"
)
_OFFER: Final = r"(?:newsletters?|mailing\s+list|lettre\s+d['’]information|bolet[ií]n)"
# What only a site says to its readers, whoever speaks: the reader's inbox, a paywall's pitch.
_READER_OFFER: Final = (
    r"(?:(?:your|dein\w*|ihr\w*|votre|vos|tu|su)\s+(?:e-?mail\s+)?(?:inbox|postfach"
    r"|e-mail-postfach|posteingang|bo[iî]te\s+(?:mail|de\s+r[ée]ception)|bandeja\s+de\s+entrada"
    r"|casella)|already\s+a\s+(?:subscriber|member)|bereits\s+abonnent\w*"
    r"|d[ée]j[aà]\s+abonn[ée]e?|ya\s+eres\s+suscriptor)"
)
_COMMENT_LOGIN: Final = (
    r"(?=.*\b(?:log(?:ged)?\s*in|sign(?:ed)?\s+in|register|registr\w*|anmelden|angemeldet"
    r"|connect[ée]e?|inici[ae]r?\s+sesi[oó]n)\b)"
    r".{0,80}\b(?:to\s+(?:post\s+a\s+)?comment|para\s+comentar|pour\s+commenter"
    r"|um\s+(?:zu\s+)?kommentieren|zum\s+kommentieren|per\s+commentare)\b.{0,120}"
)
# A piece of every branch below: the offer, channel, platform, privacy or comment word each needs.
_PROMOTION_WORDS: Final = _any_word(
    "inbox", "postfach", "posteingang", "boîte", "boite", "bandeja", "casella", "subscri",
    "member", "abonn", "abo", "suscri", "assinant", "abbonat", "donat", "spende", "donaci",
    "donazi", "doaç", "doac", "telegram", "whatsapp", "youtube", "twitter", "instagram",
    "facebook", "tiktok", "linkedin", "threads", "newsletter", "mailing", "lettre", "bolet",
    "app", "google", "push", "paywall", "bezahlschranke", "muro", "mur", "privatsphäre",
    "privacy", "datenschutz", "privacidad", "privée", "confidentialité", "comment", "coment",
    "komment", "processing", "verarbeitung", "bearbeitung", "przetwarzani", "traitement",
    "tratamiento", "trattamento", "verwerking", "notific", "benachrichtigung", "follow",
)  # fmt: skip
PROMOTION: Final = _CaselessLine(
    rf"""^(?![“"„«»‘'])(?:
        (?=.*\b{_READER_OFFER}\b).{{0,300}}
      | (?=.*\b{_SITE}\b)(?=.*\b{_SITE_CHANNEL}\b).{{0,300}}
      | (?:follow|folge|folgen\s+sie|síguenos|suivez|seguici|segue|siga)\b(?=.*\b{_PLATFORM}\b).{{0,300}}
      | (?=.*\b{_READER}\b)(?:(?=.*\b{_OFFER}\b)|(?=.*\b{_SITE}\b)(?=.*\b{_SITE_OFFER}\b)
          |(?=.*\b{_SITE}\s+(?:\w+\s+)?apps?\b)|{_CONSENT}).{{0,300}}
      | {_COMMENT_LOGIN}
      | {_DATA_CONSENT}.{{0,300}}
      | {_BUTTON_CONSENT}.{{0,300}}
      | {_PUSH_PROMPT}.{{0,300}}
      | (?:please\s+)?(?:follow\s+(?:(?:and|&)\s+like\s+)?|like\s+(?:and|&)\s+follow\s+)us\s*[:!.]?
    )$""",
    re.VERBOSE | re.DOTALL,
    _PROMOTION_WORDS,
)

# A piece of every branch of SIGN_UP_HEADING.
_SIGN_UP_WORDS: Final = _any_word(
    "newsletter", "sign", "subscribe", "abonnieren", "anmelden", "infolettre", "lettre",
    "bolet", "suscr", "iscriviti", "assine",
)  # fmt: skip
#: The heading of a sign-up box: a short line naming a newsletter or a sign-up ("Get our
#: Essential Politics newsletter", "Sign Up for the Intelligencer Newsletter", "Newsletter").
SIGN_UP_HEADING: Final = _CaselessLine(
    r"""^(?=.*\b(?:newsletters?|sign\s+up|subscribe|abonnieren|anmelden|infolettre|lettre\s+d['’]information
      |bolet[ií]n|suscr[ií]bete|iscriviti|assine)\b).{0,80}$""",
    re.VERBOSE,
    _SIGN_UP_WORDS,
)
#: The button or field that closes a sign-up box ("Sign Me Up", "Email", "Jetzt anmelden").
FORM_BUTTON: Final = _CaselessLine(
    r"""^(?:sign\s+(?:me\s+)?up|subscribe(?:\s+now)?|(?:e-?mail(?:\s+address)?|e-mail-adresse)(?:\s*\(required\)|\s*\*)?|submit|register
      |(?:jetzt\s+)?(?:anmelden|abonnieren|registrieren)|s['’]inscrire|je\s+m['’]inscris|suscribirme|suscribirse
      |inscr[ií]bete|iscriviti|enviar|send)\s*[!»›>.]*$""",
    re.VERBOSE,
)

# A piece of every offer SITE_CALL names, looked up in the case-folded line first: most lines
# hold none.
_SITE_OFFER_WORDS: Final = _any_word(
    "app", "newsletter", "subscri", "abonn", "abo", "unterst", "support", "spende", "donat",
    "download", "suscr", "descarg", "follow", "folg", "soutenez", "rejoignez", "join",
)  # fmt: skip
#: A call to the reader about an offer (an app, a newsletter, a subscription, a donation, a
#: channel): furniture when it names the site itself (see ``page._features``), as "Get the
#: latest news straight to your phone with the VI Consortium app" on viconsortium.com does.
SITE_CALL: Final = _CaselessLine(
    rf"""^(?![“"„«»‘'])(?=.*\b(?:{_READER}|sie)\b)(?=.*\b(?:apps?|newsletters?|subscri\w*|abonn\w*|abo
      |unterst(?:ü|ue)tz\w*|support\w*|spende\w*|donat\w*|download\w*|suscr\w*|descarg\w*
      |follow\w*|folg\w*|soutenez|rejoignez|join)\b).{{0,300}}$""",
    re.VERBOSE | re.DOTALL,
    _SITE_OFFER_WORDS,
)

#: The line Facebook's embed code prints under a post it shows ("Posted by SPÖ on Monday,
#: February 7, 2022"): the line above it is the embedded post, not the article's.
EMBEDDED_POST_CREDIT: Final = _CaselessLine(
    r"^posted\s+by\s+.{1,80}\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),"
    r"\s+\w+\s+\d{1,2},\s+\d{4}$"
)

# The heading of an article's tags ("Tags", "Tagged", "Schlagworte", "Étiquettes"), a box of
# links to other stories by topic.
_TAGS: Final = (
    r"(?:tags|tagged(?:\s+with)?|schlagw[öo]rter|schlagworte|stichw[öo]rter|[ée]tiquettes"
    r"|etiquetas|tagi)\s*:?"
)
#: The heading of an article's tags, on a line of its own.
TAGS_HEADING: Final = _CaselessLine(rf"^{_TAGS}$")

# The heading of a work's list of references ("References", "Einzelnachweise", "Bibliografía").
_REFERENCES: Final = (
    r"(?:references|bibliography|works\s+cited|footnotes|notes\s+and\s+references"
    r"|literaturverzeichnis|einzelnachweise|quellenverzeichnis|r[ée]f[ée]rences|bibliographie"
    r"|referencias|bibliograf[ií]a|riferimenti\s+bibliografici|bibliografia|przypisy)\s*:?"
)
#: The heading of a list of references, on a line of its own: what follows it is the list.
REFERENCES_HEADING: Final = _CaselessLine(rf"^{_REFERENCES}$")

# The heading of a box of the site's most read, trending, latest or local stories that news
# templates put under the story ("Most Read", "Trending now", "Next Up In News", "Meistgelesen",
# "Mehr aus Lübeck", "Les plus lus", "Lo más leído", "Siste saker"), in the pages' languages,
# and of the tag box Gruner + Jahr's templates print there ("Themen in diesem Artikel").
_POPULAR_BOX: Final = r"""(?:
        most\s+(?:read|popular|viewed|shared|commented|emailed|watched|recent)(?:\s+(?:stories|articles|news|posts|now|today|this\s+week))?
      | trending(?:\s+(?:now|topics|stories|articles|news|today))?
      | top\s+(?:stories|news|articles)(?:\s+(?:now|today))?
      | (?:next\s+up|up\s+next)(?:\s+in\s+[\w&'’ -]{1,30})?
      | explore\s+more|in\s+this\s+section|editor['’]?s\s+picks
      | meistgelesen(?:e|en)?(?:\s+(?:artikel|beitr[äa]ge|news|nachrichten))?|am\s+meisten\s+gelesen
      | beliebte\s+(?:artikel|beitr[äa]ge)
      | aktuelle\s+(?:artikel|beitr[äa]ge|nachrichten|meldungen)(?:\s+aus\s+[\w-]+(?:\s+[\w-]+)?)?
      | mehr\s+aus\s+[\w-]+(?:\s+[\w-]+)?
      | les\s+plus\s+(?:lus|populaires|partag[ée]s)
      | lo\s+m[aá]s\s+(?:le[ií]do|visto|popular)|m[aá]s\s+le[ií]d[ao]s
      | i\s+pi[uù]\s+(?:letti|visti|popolari)|(?:as\s+)?mais\s+(?:lidas|lidos|vistas)
      | mest\s+(?:lest|l[äa]st|l[æe]st)|siste\s+saker|meest\s+gelezen
      | najcz[eę][sś]ciej\s+czytane|nej[cč]ten[eě]j[sš][ií]
      | themen\s+in\s+diesem\s+(?:artikel|beitrag)
    )\s*:?"""

# The heading of a box of links to other stories ("Related articles", "Zobacz także").
_RELATED: Final = (
    r"""
        (?:related|recommended)\s+(?:articles?|stories|posts|reading|content|news).{0,40}
      | (?:(?:notas|noticias|art[ií]culos)\s+relacionad[oa]s|verwandte\s+artikel|[äa]hnliche\s+artikel|(?:das|dies|diese\s+(?:artikel|beitr[äa]ge|themen))\s+k[oö]nnten?\s+(?:dich|sie|euch)\s+(?:auch|ebenfalls)\s+interessieren|mehr\s+zum\s+thema).{0,40}
      | (?:you\s+(?:may|might)\s+also\s+be\s+interested\s+in|m[aá]s\s+informaci[oó]n)\s*:?
      | (?:(?:zobacz|czytaj)\s+(?:te[zż]|tak[zż]e)|vea\s+tambi[eé]n|lesen\s+sie\s+auch|siehe\s+auch|voir\s+aussi|leggi\s+anche)
      | (?:more\s+from|latest\s+stories|latest\s+news|you\s+may\s+also\s+like|you\s+might\s+also\s+like|read\s+next|more\s+(?:[\w’'-]+\s+){0,2}(?:stories|articles)).{0,60}
      | (?:want|get)\s+more\s+(?:stories|news|articles)\b.{0,60}
      | (?:articles?\s+en\s+relation|weitere\s+inhalte)\s*:?
      | weitere\s+(?:artikel|beitr[aä]ge|meldungen|nachrichten|news|pressemitteilungen|storys)\b.{0,60}
      | (?:similar\s+(?:posts|articles|stories)|recommended\s+for\s+you|temas\s+relacionados
        |you\s+(?:may|might)\s+also\s+want\s+to\s+(?:check|read|see)\b.{0,30}
        |[äa]hnliche\s+beitr[äa]ge|auch\s+interessant|empfohlene\s+(?:artikel|beitr[äa]ge)
        |gleich\s+weiterlesen\s*(?:\.\.\.|…)?|more\s+by\s+\S+(?:\s+\S+){0,3}
        |sur\s+le\s+m[êe]me\s+sujet|dans\s+la\s+m[êe]me\s+rubrique
        |articles\s+similaires|voir\s+d['’]autres\s+articles\b.{0,40}|leia\s+tamb[ée]m
        |lea\s+tambi[ée]n|relacionad[oa]s|articoli\s+correlati
        |lue\s+my[öo]s|l[äa]s\s+(?:ocks[åa]|[äa]ven)|l[æe]s\s+ogs[åa]|les\s+ogs[åa])\s*:?
      | """
    + _POPULAR_BOX
    + r"""
"""
)
RELATED_HEADING: Final = _CaselessLine(rf"^(?:{_RELATED})$", re.VERBOSE)

#: The label of a link to another story, on a line of its own above the story's title ("Leggi
#: anche:", "Lesen Sie auch", "Saiba mais"); unlike :data:`READ_MORE`, it comes first.
SEE_ALSO: Final = _CaselessLine(
    r"""^(?:(?:see|read)\s+also|also\s+read|leggi\s+anche|vedi\s+anche|lesen\s+sie\s+(?:auch|mehr)|auch\s+lesen
      |lea\s+tambi[eé]n|lee\s+tambi[eé]n|vea\s+tambi[eé]n|leia\s+tamb[eé]m|veja\s+tamb[eé]m|saiba\s+mais
      |lire\s+aussi|[àa]\s+lire\s+aussi|voir\s+aussi|czytaj\s+(?:te[zż]|tak[zż]e)|zobacz\s+(?:te[zż]|tak[zż]e)
      |lees\s+ook|related|relacionad[oa]s|segu[ií]\s+leyendo|sigue\s+leyendo)\s*[:»›>…]*$""",
    re.VERBOSE,
)

#: The label of an author box, on a line of its own above the writer's self-description
#: ("Autoreninfo", "Author info", "Zum Autor"); an author box may stand above the article.
AUTHOR_BOX_LABEL: Final = _CaselessLine(
    r"^(?:autor(?:en|innen)?-?info|author\s+(?:info|bio|details)|zum\s+autor|zur\s+autorin)\s*:?$"
)

#: The bare label of a link to another story, on a line of its own ("Read more", "Weiterlesen",
#: "Lire la suite »"): an inline teaser's last line, under the teaser's title.
READ_MORE: Final = _CaselessLine(
    r"""^(?:read\s+more|read\s+the\s+full\s+(?:story|article)|continue\s+reading|weiterlesen
      |mehr\s+lesen|lire\s+la\s+suite|leer\s+m[aá]s|seguir\s+leyendo|leia\s+mais|leggi\s+(?:tutto|di\s+pi[uù])
      |continua\s+a\s+leggere|lees\s+meer|verder\s+lezen|czytaj\s+(?:więcej|dalej)|читать\s+далее
      )\s*[»›>…:.]*$""",
    re.VERBOSE,
)

# Where a flattened page's comment section (or the page's tail) starts: the body never goes past.
SECTION_END: Final = _CaselessLine(
    r"""^(?:
        (?:\d+\s+)?(?:comments?|kommentare|commentaires|comentarios|комментарии|评论|댓글|leserpost|leserbriefe|leserkommentare|lesermeinungen|reader\s+comments)(?:\s*\(\d+\))?\s*:?
      | (?:leave\s+a\s+(?:reply|comment)|add\s+(?:a\s+)?comment|post\s+a\s+comment|join\s+the\s+discussion|write\s+a\s+comment).{0,60}
      | """
    + _LEAVE_A_REPLY
    + r""".{0,60}
      | """
    + _RELATED
    + r"""
      | \d{1,4}\.\s+\S{2,40}(?:\s+unregistered)?
      | about\s+(?:the\s+author|the\s+company|us|[a-z][\w&.-]*(?:\s+[a-z][\w&.-]*){0,3})\s*:?
      | (?:über\s+(?:den\s+autor|die\s+autorin)(?:\s*/\s*(?:den\s+autor|die\s+autorin))?|à\s+propos\s+de\s+l['’]auteure?|sobre\s+(?:el\s+autor|la\s+autora)|sull['’]autore|over\s+de\s+auteur|o\s+autorze|o\s+autorce)\s*:?
      | \S{2,40}\s+says:?
      | """
    + _TAGS
    + r"""
      | """
    + _REFERENCES
    + r"""
    )$""",
    re.VERBOSE,
)

# A recipe's two sections, as their headings read in a text dump: the ingredients ("Zutaten für 4
# Personen") and the method ("Zubereitung", "Directions", "Przygotowanie krok po kroku").
INGREDIENTS_HEADING: Final = compile_later(
    r"(?:zutaten|ingredients?|ingr[ée]dients|ingredientes|ingredienti|sk[łl]adniki|ингредиенты"
    r"|ingredi[ëe]nten)(?:\s*:|\s+(?:für|for|pour|para|per|dla|na|voor|на)\s[^.!?\n]{1,30})?",
    re.IGNORECASE,
)
METHOD_HEADING: Final = compile_later(
    r"(?:zubereitung(?:sschritte)?|anleitung|instructions?|directions?|method|preparation|steps"
    r"|pr[ée]paration|preparaci[óo]n|preparazione|procedimento|przygotowanie|spos[óo]b"
    r"\s+przygotowania|приготовление|bereiding(?:swijze)?)"
    r"(?:\s*:|\s+(?:krok\s+po\s+kroku|step\s+by\s+step|schritt\s+für\s+schritt))?",
    re.IGNORECASE,
)
# A line that starts with an amount ("350 g Zucker", "½ cup sugar", "1-2 Spritzer").
AMOUNT_LINE: Final = compile_later(r"[\d½¼¾⅓⅔⅛]")

# A numbered comment header ("12. ann unregistered"), one of SECTION_END's lines; an article's own
# numbered subheadings ("1. CVS/pharmacy") look the same.
NUMBERED_HEADER: Final = compile_later(r"\d{1,4}\.\s+\S{2,40}(?:\s+unregistered)?")

# A short line naming a comment section anywhere in it ("[ 167 comments ]", "Top Rated Comments").
# Lines that are comment furniture: relative times, votes, reply links.
_COMMENT_META_LINES: Final = r"""
        (?:reply|replies|antworten|répondre|responder|ответить|report|permalink)(?:\s*[|·•]\s*\w+)*
      | (?:rating|score|votes?|likes?|points?)\s*:?\s*[-+]?\d+.{0,20}
      | [-+]?\d+\s+(?:points?|likes?|votes?|upvotes?)\b.{0,30}
      | (?:posted|written)\s+(?:by|on)\b.{0,60}
    """
_COMMENT_META_ANYWHERE: Final = (
    (
        r""".{0,40}\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b.{0,40}""",
        ("ago",),
    ),
    (
        r""".{1,80}\s+(?:says|said|wrote|schrieb|sagte|a\s+écrit|escribió|написал[аи]?):?""",
        ("says", "said", "wrote", "schrieb", "sagte", "écrit", "escribió", "написал"),
    ),
)
COMMENT_META: Final = _LinePattern(_COMMENT_META_LINES, _COMMENT_META_ANYWHERE)

# A source credit ("source: Sony (PDF)", "via The Verge"): metadata, not body.
CREDIT: Final = compile_later(
    r"^(?:sources?|via|quelle|quellen|fuente|source\s+link|источник|出典|来源)\s*:?\s+(?P<credit>.{2,120})$",
    re.IGNORECASE,
)


#: Month names and abbreviations as dates write them. Croatian's "listopada" (October) is
#: Polish's November: a date's reading is dateparser's, in the page's languages.
_MONTH_FORMS: Final = (
    # English, German, French, Spanish, Italian, Portuguese, Dutch, with the abbreviations
    "jan january januar janvier jan. feb february februar feb. févr février mar march mars "
    "mar. märz apr april apr. avr avril may mai mayo maggio jun june juni jun. juin jul july "
    "juli jul. juil juillet aug august aug. août sep september sept sep. oct october octobre "
    "oct. okt oktober nov november novembre nov. dec december dec. dez dezember déc décembre "
    "enero febrero marzo abril junio julio agosto septiembre octubre noviembre diciembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "gennaio febbraio aprile giugno luglio settembre ottobre dicembre "
    "januari februari maart mei augustus "
    # the Nordic languages' other names
    "maj augusti marts desember "
    # the genitive that dates write in Slavic languages ("15 августа 2016", "19 sierpnia 2020",
    # "23. října 2020"); Serbian and Bosnian write "mart", "avgust", "oktobar"
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia "
    "ledna února března dubna května června července srpna září října listopadu prosince "
    "januára februára apríla mája júna júla septembra októbra novembra decembra "
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga prosinca "
    "avgust septembar oktobar novembar decembar "
    # Turkish (its dotless "ı" written "i": a case-insensitive "i" matches it, and "ı" would
    # match an ASCII "i" only case-insensitively), Romanian, Hungarian, Finnish (the partitive
    # of dates), Greek (the genitive), Indonesian and Malay
    "ocak şubat nisan mayis haziran temmuz ağustos eylül ekim kasim aralik "
    "ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie "
    "január február március április május június július augusztus szeptember október "
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta "
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου "
    "οκτωβρίου νοεμβρίου δεκεμβρίου "
    "maret agustus julai ogos disember "
    # abbreviated in Russian and Greek ("14 мар 2016", "14 Μαρ 2016"), and in Hebrew with the
    # preposition dates write ("14 במרץ 2016")
    "янв фев мар апр июн июл авг сен сент окт ноя дек "
    "ιαν φεβ μαρ απρ μαΐ ιουν ιουλ αυγ σεπ οκτ νοε δεκ "
    "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר "
    # Thai (its years are the Buddhist era's: parse_date counts them back)
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
    "พฤศจิกายน ธันวาคม "
    # Arabic: the months' names of Egypt and the Gulf (with and without hamza), of the
    # Maghreb and the Levant's one-word names
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر "
    "نوفمبر ديسمبر جانفي ينار فيفري أفريل ماي جوان يونيه جويلية يوليوز يوليه أوت غشت شتنبر "
    "نونبر دجنبر شباط آذار نيسان أيار حزيران تموز أيلول"
).split()
# One branch per leading letter: the engine tries a few branches at each position of a text
# instead of one per name.
_MONTHS = _trie(sorted(set(_MONTH_FORMS)), every=True)
#: :data:`_MONTH_FORMS` as a regex alternation.
MONTHS_PATTERN: Final = _MONTHS
DATE: Final = compile_later(
    rf"\b\d{{1,2}}\.\s*(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:{_MONTHS})\b"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\.\s\d{1,2}\.\s\d{1,2}\."
    r"|\b\d{4}年\d{1,2}月|\b\d{1,2}:\d{2}(?:[ap]\.?m\b|\b)",
    re.IGNORECASE,
)

# Levantine pages write a month by both its names, the Levant's and Egypt's: "24 نيسان / أبريل
# 2020", "3 تشرين الأول/أكتوبر 2020" (the Levant's two-word names come only so, before the other).
_LEVANT_TWO_WORD = r"(?:كانون|تشرين)\s+(?:الأول|الثاني)"
_MONTH_WRITTEN = (
    rf"(?:{_LEVANT_TWO_WORD}\s*/\s*(?:{_MONTHS})|(?:{_MONTHS})(?:\s*/\s*(?:{_MONTHS}))?)"
)
#: A month written by two names ("نيسان / أبريل"): the second (``month``) is the one to read.
MONTH_PAIR: Final = compile_later(
    rf"(?:{_LEVANT_TWO_WORD}|(?:{_MONTHS}))\s*/\s*(?P<month>{_MONTHS})\b", re.IGNORECASE
)
_CLOCK = r"(?:,?\s*(?:at|um|à|às|a\s+las|alle|kl\.?)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s*[a-z]{2,4}\b)?)?"
# A whole date expression, to hand to dateparser ("13. November 2019", "Nov 18, 2019 12:26 PM").
DATE_EXPRESSION: Final = compile_later(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[t\s]\d{{2}}:\d{{2}}(?::\d{{2}})?)?"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s*(?:de\s+|of\s+)?{_MONTH_WRITTEN}\.?,?\s+(?:de\s+)?\d{{4}}{_CLOCK}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_CLOCK}"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})\b{_CLOCK}"
    # day-month-year with dashes, the year in full ("02-11-2023 13:29"); the year first with a
    # dot after each part, as Hungarian and Korean write it ("2020. 08. 18. 21:35")
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{4}}\b{_CLOCK}|(?:19|20)\d{{2}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.{_CLOCK}"
    # the year first with slashes or dots, as East Asia writes it ("2016/03/14 10:00",
    # "2016.03.14"), with the month's name as Hungarian writes it ("2016. március 14."), and
    # with the Korean signs of year, month and day
    # (not in a web address's path, "/wp/2012/05/13/", nor a range, "2020/7/11-12")
    rf"|(?<![/\w])(?:19|20)\d{{2}}/\d{{1,2}}/\d{{1,2}}\b(?![./-]\d|/){_CLOCK}"
    rf"|(?<![/\w])(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}}\b(?![./-]\d){_CLOCK}"
    rf"|(?:19|20)\d{{2}}\.\s+(?:{_MONTHS})\s+\d{{1,2}}\.?{_CLOCK}"
    rf"|(?:19|20)\d{{2}}년\s*\d{{1,2}}월\s*\d{{1,2}}일{_CLOCK}"
    # Vietnamese: "14 tháng 3 năm 2016", "ngày 14 tháng 3, 2016"
    rf"|\d{{1,2}}\s+tháng\s+\d{{1,2}},?\s+(?:năm\s+)?\d{{4}}{_CLOCK})",
    re.IGNORECASE,
)
#: :data:`DATE_EXPRESSION` for verdicts and lengths (ASCII text is matched lower-cased).
DATE_EXPRESSION_FOLDED: Final = _CaselessLine(DATE_EXPRESSION.pattern)

# A line of article metadata (dates, bylines, "posted in" lines): never a headline or body.
META_LINE: Final = compile_later(
    r"^(?:by|von|par|por|di|door|posted|published|veröffentlicht|aktualisiert|updated|geschrieben|"
    r"autor|author|written|eingetragen|erstellt|verfasst|gepostet|publiziert|publié|publicado|"
    r"pubblicato|am|on|le|il|el)\b"
    r"|\s[|•·»›>/]\s|@\w|\bhttps?://|\w@\w",
    re.IGNORECASE,
)

# The word that opens a byline, in the pages' languages ("By", "Von", "Par", "Przez").
BYLINE_WORD: Final = r"by|von|par|por|di|door|av|af|przez"
# A byline ("By Jane Doe", "Von Max Mustermann").
BYLINE: Final = compile_later(
    rf"^(?:{BYLINE_WORD}|автор):?\s+(?P<names>[^\d\n]{{2,120}})$",
    re.IGNORECASE,
)

#: A byline that names the kind of piece before its author, as news sites print analyses,
#: opinion columns and reviews: "Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst",
#: "Opinion by Jane Doe", "Review by …" (a photo or video credit, "Photos by", is no byline;
#: a wire story's "Reporting by …; Editing by …" is its closing credit, read apart).
KIND_BYLINE: Final = compile_later(
    r"^(?:(?:analysis|opinion|commentary|review|interview|essay|column|story|words|text|written)"
    r"\s+by"
    # "Eine Kolumne von Nils Pickert", "Ein Gastbeitrag von …", "Une chronique par …"
    r"|(?:eine?\s+)?(?:kolumne|kommentar|gastbeitrag|glosse|rezension|reportage|analyse|essay)"
    r"\s+von|(?:une?\s+)?(?:chronique|tribune|analyse|critique|enqu[êe]te)\s+par)"
    r"\s+(?P<names>[^\d\n]{2,120})$",
    re.IGNORECASE,
)

# class/id words that mark a block as furniture or as article content.
#: A sidebar itself, not a layout that has one ("has-sidebar", "with-sidebar", "no-sidebar",
#: BEM's camel-case modifiers "content--hasSidebar", "withSidebar").
SIDEBAR_WORD: Final = (
    r"(?<!has-)(?<!with-)(?<!no-)(?<!without-)(?<!has)(?<!with)(?<!no)(?:sidebar|side-bar)"
)


class FoldedPattern:
    """A case-insensitive pattern for class/id names, searched in the case-folded text.

    Searching folded text with a case-sensitive pattern is several times faster than a
    case-insensitive search, and class names are looked up by the thousand. The pattern's own
    letters are lower case, so the verdicts are those of ``re.IGNORECASE``. ``words``, when
    given, holds a piece of every branch (see :func:`_any_word`): a text holding none of them is
    not searched with the whole pattern, whose branches are tried at every position.
    """

    def __init__(self, pattern: str, words: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self._compiled = compile_later(pattern)
        self._words = words

    def search(self, text: str) -> re.Match[str] | None:
        """Search the case-folded ``text`` (offsets refer to the folded text)."""
        folded = text.casefold()
        if self._words is not None and self._words.search(folded) is None:
            return None  # a piece of every branch is missing: no branch can match
        return self._compiled.search(folded)


# A heading naming the comment section ("34 responses to ...").
COMMENT_HEADING: Final = FoldedPattern(
    r"\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze|"
    r"комментари\w*|评论|댓글|コメント|responses|replies|discussion|diskussion)\b",
    # a piece of every branch (the patterns' words stay the rules; these only skip texts)
    _any_word(
        "comment", "kommentar", "comentario", "reacties", "komentarze", "комментари", "评论",
        "댓글", "コメント", "responses", "replies", "discussion", "diskussion",
    ),
)  # fmt: skip
# WordPress's title of a post's comment list, in its themes' words and its translations' ("15
# thoughts on “Title”", "One Response to “Title”", "3 Gedanken zu „Titel“", "12 réflexions sur
# « Titre »"): the count, the phrase, then the post's title in quotes, however long.
COMMENTS_ON_TITLE: Final = compile_later(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|zwei|drei|une?|deux|trois"
    r"|uno|una|dos|tres|due|um|uma|twee|drie|één)\s+"
    r"(?:thoughts?\s+on|responses?\s+to|repl(?:y|ies)\s+(?:to|on)|comments?\s+on"
    r"|gedanken?\s+zu|kommentare?\s+zu|antwort(?:en)?\s+(?:zu|auf)"
    r"|r[ée]flexions?\s+(?:sur|au\s+sujet\s+de)|commentaires?\s+sur|r[ée]ponses?\s+[àa]"
    r"|comentarios?\s+(?:en|sobre)|pensamientos?\s+sobre|respuestas?\s+a"
    r"|pensieri\s+su|commenti\s+su|rispost[ae]\s+a"
    r"|coment[áa]rios?\s+(?:em|sobre)|pensamentos?\s+sobre|respostas?\s+(?:para|a)"
    r"|gedachten?\s+over|reacties?\s+op)"
    r"\s*[“\"«„‘'‹]",
    re.IGNORECASE,
)
SIDEBAR: Final = FoldedPattern(
    SIDEBAR_WORD + r"|right-rail|left-rail",
    _any_word("sidebar", "side-bar", "right-rail", "left-rail"),
)
# Containers whose boxes are furniture however the boxes are named: a sidebar, an entry's footer,
# a comment section, an author box, a partners' box (:func:`articlekit.page._features.hint_score`).
CONTAINER_DECIDES: Final = FoldedPattern(
    SIDEBAR_WORD + r"|(?<![a-z])entry-?footer|(?<![a-z])post-?footer|(?<![a-z])article-?footer"
    r"|(?<![a-z])(?:reader-?)?comments?(?![a-z])|author-?box|author-?bio|(?<![a-z])partners?(?![a-z])",
    _any_word("sidebar", "side-bar", "footer", "comment", "author", "partner"),
)
NEGATIVE_HINT: Final = FoldedPattern(
    r"comment|footer|masthead|\bnav|navbar|menu|" + SIDEBAR_WORD + r"|share|sharing|social|related"
    r"|promo|advert|\bads?\b|banner|cookie|consent|newsletter|subscribe|signup"
    # advertising in the languages of the corpora's pages ("werbung-item", "publicidad_dfp",
    # "b_reklama"); not a WordPress post's taxonomy class ("tag-werbung" names its topic)
    r"|(?<!tag-)(?<!category-)(?:werbung|publicidad|publicit[eé]|pubblicit|reklam)"
    r"|breadcrumb|crumbs|tag-?list|\btags\b|author-bio|\bauthor|biograph|popular|trending|recommend"
    r"|outbrain|taboola|rp4wp|lee-tambien|leia-tambem|read-?also|also-?read|rich-?link"
    r"|teaser__|teaser--|contributor"
    r"|more-stories|pagination|popup|disclaimer|copyright|toolbar"
    r"|topbar|skip-link|sr-only|visually-hidden|(?<=[.\-_])form(?![a-z])|opt-?in\b"
    r"|(?<![a-z])meta(?![a-z])|byline|byauthor|dateline"
    # a scholarly article's apparatus: its reference list is not its text
    r"|(?<![a-z])references(?![a-z])|reference-?list|reflist|bibliograph"
    # HTML's element for content aside from the main content, as a descriptor's tag or as a
    # class or id of its own ("div#aside", "aside-left"); not WordPress's "format-aside" post
    r"|(?<![^.#\s])aside(?![a-z0-9_])"
    # a modal dialog the page opens over the article (Bootstrap's "modal", a login "dialog")
    r"|(?<![a-z])modal(?![a-z])|(?<![a-z])dialog(?![a-z])"
    # WordPress's widget areas and the boxes in them, by the type class WordPress gives each
    # ("widget-area", "widget widget_text"); a bare "widget" is any CMS's story component (a
    # quote box, a recipe), and a page builder's namespaced ones ("elementor-widget-…") hold text
    r"|(?<![\w-])(?:widget_[a-z]|widget-area)",
    _any_word(
        "comment", "footer", "masthead", "nav", "menu", "sidebar", "side-bar", "share",
        "sharing", "social", "related", "promo", "advert", "ad", "banner", "cookie", "consent",
        "newsletter", "subscribe", "signup", "breadcrumb", "crumbs", "tag", "author",
        "biograph", "popular", "trending", "recommend", "outbrain", "taboola", "rp4wp",
        "lee-tambien", "leia-tambem", "readalso", "read-also", "alsoread", "also-read",
        "richlink", "rich-link", "teaser__", "teaser--", "contributor", "more-stories",
        "pagination", "popup", "disclaimer",
        "werbung", "publicidad", "publicit", "pubblicit", "reklam",
        "copyright", "toolbar", "topbar", "skip-link", "sr-only", "visually-hidden", "form",
        "opt", "meta", "byline", "byauthor", "dateline", "reference", "reflist", "bibliograph", "widget",
        "aside", "modal", "dialog",
    ),
)  # fmt: skip
# Words only: searched as a trie (see _any_word), which finds them where an alternation would.
POSITIVE_HINT: Final = FoldedPattern(
    _trie(
        sorted(
            {
                "article", "content", "post-body", "post_body", "postbody", "entry", "story",
                "body", "text", "main", "blog", "prose", "artikel", "paywall", "rich-text",
                "richtext", "markdown", "news-detail", "detail",
                # the same words in the languages of the corpora's pages
                "cuerpo", "contenido", "noticia", "nota-", "conteudo", "materia", "inhalt",
                "beitrag", "contenu", "testo", "articolo", "corpo", "tekst", "tresc", "treść",
                "tresć", "treśc",
            }
        )
    )
)  # fmt: skip

# Separators between a page title and the site name ("Headline | Site", "Headline - Site").
TITLE_SEPARATORS: Final = compile_later(r"\s+(?:[|–—»·•:]|-{1,2}|::)\s+")

# The class names CMS templates give the element holding an entry's title when it is not a
# heading element: hAtom's ``entry-title`` and its kin ("post-title", "article-title",
# "story-headline", a bare "headline"), matched in a ``tag.class#id`` descriptor.
TITLE_CLASS: Final = compile_later(
    r"[.#](?:(?:entry|post|article|story|page|news)[-_]?(?:title|headline)|headline)(?=$|[.#\s])",
    re.IGNORECASE,
)
# A heading's kicker: the topic line news templates put above or before the title, in a class
# that says so ("kicker", "roofline", "topline", "overline", "eyebrow", German "Dachzeile" and
# "Spitzmarke").
KICKER_CLASS: Final = compile_later(
    r"kicker|roof-?line|top-?line|over-?line|eyebrow|dachzeile|spitzmarke", re.IGNORECASE
)


# How languages write dates and ordinals, for the quantity reader and the sentence splitter.

#: Month names of the big news languages, lower case ("24. März", "3 mars", "5 de mayo").
MONTH_NAMES: Final = {
    "de": frozenset(
        "januar jänner februar märz april mai juni juli august september oktober november "
        "dezember".split()
    ),
    "fr": frozenset(
        "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre".split()
    ),
    "es": frozenset(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
        "noviembre diciembre".split()
    ),
    "it": frozenset(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre".split()
    ),
    "pt": frozenset(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro".split()
    ),
    "nl": frozenset(
        "januari februari maart april mei juni juli augustus september oktober november "
        "december".split()
    ),
    # in the genitive, as dates write them ("11 февраля", "3 marca")
    "ru": frozenset(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
    ),
    "pl": frozenset(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia".split()
    ),
    "sv": frozenset(
        "januari februari mars april maj juni juli augusti september oktober november "
        "december".split()
    ),
    "da": frozenset(
        "januar februar marts april maj juni juli august september oktober november "
        "december".split()
    ),
    "nb": frozenset(
        "januar februar mars april mai juni juli august september oktober november desember".split()
    ),
    "hi": frozenset(
        "जनवरी फरवरी फ़रवरी \u095e\u0930\u0935\u0930\u0940 मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर "
        "नवंबर नवम्बर दिसंबर दिसम्बर".split()
    ),
    # Arabic: the months of Egypt and the Gulf, and the Levant's one-word names
    "ar": frozenset(
        "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
        "شباط آذار نيسان أيار حزيران تموز آب أيلول".split()
    ),
    # Persian: the months of the Iranian calendar, and the Gregorian ones as Persian writes them
    "fa": frozenset(
        "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ژانویه فوریه مارس "
        "آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split()
    ),
    "he": frozenset(
        "ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()
    ),
    "bn": frozenset(
        "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split()
    ),
    # Hungarian writes the month before the day ("2020. augusztus 14-én")
    "hu": frozenset(
        "január február március április május június július augusztus szeptember október "
        "november december".split()
    ),
}

#: Languages that write ordinal numbers with a dot ("am 5. März", "der 3. Platz"), and the
#: words after which a number with its dot is such an ordinal in German.
#: German words after which a number with its dot is an ordinal, not the end of a sentence:
#: "am 11. März", "vom 21. bis zum 23.", "des 20. Jahrhunderts", "seit meinem 14. Lebensjahr".
ORDINAL_DOT_BEFORE: Final = frozenset(
    "am vom zum bis des dem den der die das im ab seit meinem seinem ihrem unserem ihres "
    "seines meines beim".split()
)

#: German words that begin sentences: articles, pronouns, prepositions, conjunctions, adverbs and
#: auxiliary verbs, in lower case. German capitalises its nouns, so a number with its dot
#: followed by a capitalised word that is none of these is an ordinal before its noun
#: ("Championship, 4. Tag", "mit 1. Klasse", "aus 1. Hand"), while "… auf 39. Daraus folgt" ends a
#: sentence.
GERMAN_SENTENCE_WORDS: Final = frozenset(
    (
        "der die das den dem des ein eine einer eines einem einen kein keine keiner keines "
        "keinem keinen ich du er sie es wir ihr man mein meine sein seine ihre unser unsere "
        "dies diese dieser dieses diesem diesen jene jener jede jeder jedes denen deren dessen "
        "alle alles viele vieles manche manches einige etwas nichts wer was wie wo wann warum "
        "weshalb welche welcher welches in im am an auf aus bei beim mit nach von vom vor zu "
        "zum zur für über unter um durch gegen ohne seit bis während wegen trotz statt zwischen "
        "neben hinter ab laut dank und aber oder denn doch sondern da weil wenn als ob dass "
        "damit obwohl nachdem bevor falls sobald auch so dann daher deshalb darum dort hier "
        "heute gestern morgen jetzt nun noch schon nur immer nie zudem außerdem trotzdem dabei "
        "danach davor darauf daraus dafür dagegen damals ungefähr etwa rund fast bereits "
        "insgesamt zunächst zuerst erst später vielleicht jedoch allerdings zwar bitte ja nein "
        "nicht ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können "
        "konnte muss müssen soll sollen sollte will wollen gibt gab geht ging"
    ).split()
)


def _capitalised(word: str) -> bool:
    """Whether ``word`` is letters with a capital first, not all capitals ("Tag", not "SGB")."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def german_ordinal_noun(before: str, after: str) -> bool:
    """Whether a German number with its dot, between ``before`` and ``after``, is an ordinal.

    The ordinal of the noun ``after``: German capitalises its nouns, and a sentence after a
    number rarely begins with a bare noun: "Championship, 4. Tag", "aus 1. Hand", "der
    insgesamt 13. Weltcupsieg" go on; "auf 39.
    Daraus folgt" ends (a word of :data:`GERMAN_SENTENCE_WORDS`), and a number that a
    capitalised noun before it labels is no ordinal ("ab Seite 49. Leser kritisieren").
    """
    return (
        not _capitalised(before)
        and _capitalised(after)
        and after.lower() not in GERMAN_SENTENCE_WORDS
    )
