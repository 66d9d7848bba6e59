"""Recording a figure: what record did, what it refuses, an unusual figure, the questions
it asks at a terminal (q2030.services.recording, q2030.render.outcome, q2030.cli.app)."""

WORDS: dict[str, tuple[str, str]] = {
    # what record and import did (q2030.render.outcome)
    "outcome.recorded": ("Recorded in {where}", "Enregistré dans {where}"),
    "outcome.dry_run": (
        "Dry run, nothing written: would record in {where}",
        "Essai, rien d'écrit : serait enregistré dans {where}",
    ),
    "outcome.already": (
        "Already recorded in {where}, line {line}: nothing written.",
        "Déjà enregistré dans {where}, ligne {line} : rien d'écrit.",
    ),
    "outcome.reading": (
        "{date}  {shown}  (source: {source})",
        "{date}  {shown}  (source : {source})",
    ),
    "outcome.correcting": (", correcting {date}", ", corrige le {date}"),
    "outcome.change": ("{action}: {before} → {after}", "{action} : {before} → {after}"),
    "outcome.same": ("{action}: still {status}", "{action} : toujours « {status} »"),
    "outcome.gap": (", gap {before} → {after}", ", écart {before} → {after}"),
    "outcome.first_gap": (", gap {gap}", ", écart {gap}"),
    # recording a figure (q2030.services.recording)
    "record.no_percent": (
        "'{text}': {action} is not measured in percent; drop the %",
        "« {text} » : {action} ne se mesure pas en pourcentage ; retirez le %",
    ),
    "record.fraction": (
        "'{text}': a fraction is for percentages; {action} counts",
        "« {text} » : une fraction est pour les pourcentages ; {action} compte un nombre",
    ),
    "record.named": ("{name}: {message}", "{name} : {message}"),
    "record.no_source": (
        "{name} is empty: say where the figure comes from",
        "{name} est vide : dites d'où vient le chiffre",
    ),
    "record.nothing_to_correct": (
        "{name}: {action} has no reading for {date} to correct",
        "{name} : {action} n'a pas de relevé du {date} à corriger",
    ),
    "record.conflict": (
        "{action} already has a reading for {date} that says otherwise: add {name} to record "
        "this one as its correction (the old one stays)",
        "{action} a déjà un relevé du {date} qui dit autre chose : ajoutez {name} pour "
        "enregistrer celui-ci comme sa correction (l'ancien reste)",
    ),
    "record.moves_start": (
        "a figure for {date} comes before those {action} is measured from and would move its "
        "starting point (and every verdict since), for no period the plan asks for: {advice}",
        "un chiffre du {date} précède ceux dont part {action} et déplacerait son point de "
        "départ (et tous les verdicts depuis), pour aucune période que demande le plan : "
        "{advice}",
    ),
    "record.moves_start_end": (
        "give the figure of its period's end ({end}), or state the baseline in the plan",
        "donnez le chiffre de la fin de sa période ({end}), ou inscrivez la référence dans le plan",
    ),
    "record.moves_start_plan": (
        "state the baseline in the plan (with a `changes` entry)",
        "inscrivez la référence dans le plan (avec une entrée `changes`)",
    ),
    "record.no_terminal": (
        "{missing} is missing and there is no terminal to ask for it: give it on the command line",
        "{missing} manque et il n'y a pas de terminal pour le demander : donnez-le sur la "
        "ligne de commande",
    ),
    # a figure far from the last one (q2030.services.recording)
    "unusual.figure_of": ("the figure of {date}", "le chiffre du {date}"),
    "unusual.baseline": ("the plan's baseline", "la référence du plan"),
    "unusual.larger": (
        "{action}: {value} is about {factor} times larger than {which} ({previous}): did you "
        "mean {meant}? If {value} is right, add {name}",
        "{action} : {value} est environ {factor} fois plus grand que {which} ({previous}) : "
        "vouliez-vous dire {meant} ? Si {value} est juste, ajoutez {name}",
    ),
    "unusual.smaller": (
        "{action}: {value} is about {factor} times smaller than {which} ({previous}): did you "
        "mean {meant}? If {value} is right, add {name}",
        "{action} : {value} est environ {factor} fois plus petit que {which} ({previous}) : "
        "vouliez-vous dire {meant} ? Si {value} est juste, ajoutez {name}",
    ),
    # the questions record asks at a terminal (q2030.cli.app)
    "ask.none_yet": ("none yet", "aucun pour l'instant"),
    "ask.last": ("{shown} on {date} ({source})", "{shown} au {date} ({source})"),
    "ask.milestone": ("a milestone state", "un état de jalon"),
    "ask.about": (
        "Unit: {unit}. Last reading: {last}.",
        "Unité : {unit}. Dernier relevé : {last}.",
    ),
    "ask.value": ("Value", "Valeur"),
    "ask.source": ("Source (where the figure comes from)", "Source (d'où vient le chiffre)"),
}
