"""The reminders: one e-mail per operator that owes figures (q2030.render.remind)."""

WORDS: dict[str, tuple[str, str]] = {
    # the reminders (q2030.render.remind, q2030.cli.app)
    "remind.wrote": ("Wrote {path} ({operator}).", "{path} écrit ({operator})."),
    "remind.no_contacts.one": (
        "No contact for {operators}: its message has no recipient; add contacts to objectives.yaml",
        "Aucun contact pour {operators:le} : son message n'a pas de destinataire ; ajoutez "
        "des contacts dans objectives.yaml",
    ),
    "remind.no_contacts.many": (
        "No contact for {operators}: their messages have no recipient; add contacts to "
        "objectives.yaml",
        "Aucun contact pour {operators:le} : leurs messages n'ont pas de destinataire ; "
        "ajoutez des contacts dans objectives.yaml",
    ),
    "remind.subject": (
        "Quartiers 2030 ({territory}): the figures expected from {operator}",
        "Quartiers 2030 dans {territory:le} : les chiffres attendus {operator:de}",
    ),
    "remind.greeting": ("Hello,", "Bonjour,"),
    "remind.intro": (
        "For the next steering committee of the Quartiers 2030 plan ({territory}), we need the "
        "following figures from {operator}:",
        "Pour le prochain comité de pilotage du plan Quartiers 2030 dans {territory:le}, nous "
        "avons besoin des chiffres suivants de la part {operator:de} :",
    ),
    "remind.line": (
        "- {action} ({title}): the figure at {day}, due by {deadline} ({late})",
        "- {action} ({title}) : le chiffre au {day}, attendu pour le {deadline} ({late})",
    ),
    "remind.how": (
        "The attached sheet lists them: fill in the yellow cells and send it back by reply.",
        "La feuille jointe les liste : remplissez les cellules jaunes et renvoyez-la en "
        "réponse à ce message.",
    ),
    "remind.thanks": ("Thank you.", "Merci d'avance."),
}
