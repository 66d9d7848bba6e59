"""The figures owed and how late (q2030.services.owed, q2030.render.due)."""

WORDS: dict[str, tuple[str, str]] = {
    # the figures owed (q2030.render.due)
    "due.title": ("Figures owed", "Chiffres dus"),
    "due.nothing": ("No figure is owed.", "Aucun chiffre n'est dû."),
    "due.period": ("Period ending", "Période au"),
    "due.when": ("When", "Quand"),
    "due.late.one": ("{count} day late", "en retard de {count} jour"),
    "due.late.many": ("{count} days late", "en retard de {count} jours"),
    "due.in.one": ("due in {count} day", "dû dans {count} jour"),
    "due.in.many": ("due in {count} days", "dû dans {count} jours"),
    "due.none_yet": ("none yet", "aucun pour l'instant"),
    "due.last": ("Last figure: {figure}", "Dernier chiffre : {figure}"),
    "due.figures.one": ("{count} figure owed", "{count} chiffre dû"),
    "due.figures.many": ("{count} figures owed", "{count} chiffres dus"),
    "due.summary": ("{figures} for {actions}", "{figures} pour {actions}"),
    # how fresh an action's figures are (q2030.services.owed.Freshness), keyed by its value
    "freshness.up_to_date": ("up to date", "à jour"),
    "freshness.due_soon": ("figure due soon", "chiffre bientôt dû"),
    "freshness.late": ("figure late", "chiffre en retard"),
    "freshness.very_late": ("figure very late", "chiffre très en retard"),
}
