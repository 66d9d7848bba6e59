"""How an action stands, in words: its status, the count of actions by status, a
milestone's state, a unit, a target, a gap, a yearly verdict, a trend, the fields a
change of commitment names."""

WORDS: dict[str, tuple[str, str]] = {
    # the statuses, keyed by their value (q2030.domain.statuses.Status, Language.status)
    "status.achieved": ("achieved", "atteint"),
    "status.on_track": ("on track", "en bonne voie"),
    "status.needs_acceleration": ("needs acceleration", "à accélérer"),
    "status.first_figure": ("first figure", "première mesure"),
    "status.baseline_missing": ("baseline missing", "référence manquante"),
    "status.off_track": ("off track", "en retard"),
    "status.deteriorating": ("deteriorating", "en dégradation"),
    "status.missed": ("missed", "manqué"),
    "status.unreported": ("due, not reported", "échue, non renseignée"),
    "status.no_data": ("no data", "sans donnée"),
    "status.not_measurable": ("not measurable", "non mesurable"),
    "status.withdrawn": ("withdrawn", "retirée"),
    # a count of actions with a status ("3 missed", Language.counted): French agrees with
    # "actions", feminine
    "counted.achieved.one": ("{count} achieved", "{count} atteinte"),
    "counted.achieved.many": ("{count} achieved", "{count} atteintes"),
    "counted.on_track.one": ("{count} on track", "{count} en bonne voie"),
    "counted.on_track.many": ("{count} on track", "{count} en bonne voie"),
    "counted.needs_acceleration.one": ("{count} needs acceleration", "{count} à accélérer"),
    "counted.needs_acceleration.many": ("{count} need acceleration", "{count} à accélérer"),
    "counted.first_figure.one": ("{count} with a first figure", "{count} en première mesure"),
    "counted.first_figure.many": ("{count} with a first figure", "{count} en première mesure"),
    "counted.baseline_missing.one": (
        "{count} with the baseline missing",
        "{count} à référence manquante",
    ),
    "counted.baseline_missing.many": (
        "{count} with the baseline missing",
        "{count} à référence manquante",
    ),
    "counted.off_track.one": ("{count} off track", "{count} en retard"),
    "counted.off_track.many": ("{count} off track", "{count} en retard"),
    "counted.deteriorating.one": ("{count} deteriorating", "{count} en dégradation"),
    "counted.deteriorating.many": ("{count} deteriorating", "{count} en dégradation"),
    "counted.missed.one": ("{count} missed", "{count} manquée"),
    "counted.missed.many": ("{count} missed", "{count} manquées"),
    "counted.unreported.one": ("{count} due, not reported", "{count} échue, non renseignée"),
    "counted.unreported.many": ("{count} due, not reported", "{count} échues, non renseignées"),
    "counted.no_data.one": ("{count} no data", "{count} sans donnée"),
    "counted.no_data.many": ("{count} no data", "{count} sans donnée"),
    "counted.not_measurable.one": ("{count} not measurable", "{count} non mesurable"),
    "counted.not_measurable.many": ("{count} not measurable", "{count} non mesurables"),
    "counted.withdrawn.one": ("{count} withdrawn", "{count} retirée"),
    "counted.withdrawn.many": ("{count} withdrawn", "{count} retirées"),
    # counts of actions (q2030.render.text.counts)
    "count.actions.one": ("{count} action", "{count} action"),
    "count.actions.many": ("{count} actions", "{count} actions"),
    "count.line": ("{head}: {parts}", "{head} : {parts}"),
    "count.stale": (
        "{count} stale (last reading over 15 months old)",
        "{count} à mesure ancienne (dernière mesure de plus de 15 mois)",
    ),
    "count.withdrawn.one": (
        " ({count} withdrawn, not counted)",
        " ({count} retirée, hors décompte)",
    ),
    "count.withdrawn.many": (
        " ({count} withdrawn, not counted)",
        " ({count} retirées, hors décompte)",
    ),
    # units (q2030.domain.models.Unit) and milestone states (q2030.domain.models.MilestoneState)
    "unit.percent": ("percent", "pourcentage"),
    "unit.count": ("count", "nombre"),
    "unit.points": ("percentage points", "points de pourcentage"),
    "state.not_started": ("not started", "non commencé"),
    "state.in_progress": ("in progress", "en cours"),
    "state.done": ("done", "fait"),
    # targets and figures (q2030.render.text)
    "target.milestone": ("milestone", "jalon"),
    "target.up": ("up", "à la hausse"),
    "target.down": ("down", "à la baisse"),
    "target.vs_baseline": ("vs baseline", "par rapport à la référence"),
    "target.percent_of": ("{level} ({change} of {baseline})", "{level} ({change} de {baseline})"),
    "target.amount_from": (
        "{level} ({change} from {baseline})",
        "{level} ({change} par rapport à {baseline})",
    ),
    "target.faster_than": ("faster than {reference}", "plus vite que {reference}"),
    "target.kind_each_year": ("{sign} each year from {year}", "{sign} chaque année dès {year}"),
    "target.kind_outpace": ("faster than its reference", "plus vite que sa référence"),
    "target.kind_none": ("not measured", "non mesurée"),
    "target.each_year": ("{target} each year from {year}", "{target} chaque année dès {year}"),
    "baseline.to_record": (
        "the value on {date}, to be recorded",
        "la valeur au {date}, à renseigner",
    ),
    "baseline.to_record_short": ("to be recorded ({date})", "à renseigner ({date})"),
    "abbrev.points.one": ("pt", "pt"),  # glued to a number of percentage points: "1,5 pt"
    "abbrev.points.many": ("pts", "pts"),
    "latest.stale": ("stale", "ancienne"),  # the last figure, over 15 months old
    "gap.ahead": ("{amount} ahead", "dépassé de {amount}"),
    "year.met": ("met", "atteint"),
    "year.missed": ("missed", "manqué"),
    "year.unreported": ("not reported", "non renseigné"),
    "year.pending": ("under way", "en cours"),
    # where a trend leads (q2030.render.text.trend)
    "trend.sentence": (
        "At the observed pace ({observed}/year), {projected} by {due} for a target of "
        "{target}: {needed}/year is needed.",
        "Au rythme observé ({observed}/an), {projected} au {due} pour une cible de {target} : "
        "il faut {needed}/an.",
    ),
    "trend.at_due": (
        "At the observed pace ({observed}/year), {projected} by {due} for a target of {target}.",
        "Au rythme observé ({observed}/an), {projected} au {due} pour une cible de {target}.",
    ),
    # a commitment's fields, as a change names them
    # (q2030.services.history, q2030.render.text.changes)
    "field.target": ("the target", "la cible"),
    "field.due": ("the due date", "l'échéance"),
    "field.due_text": ("the calendar's words", "le libellé du calendrier"),
    "field.baseline": ("the baseline", "la référence"),
    "field.unit": ("the unit", "l'unité"),
    "field.indicator": ("the indicator", "l'indicateur"),
    "value.none": ("nothing", "rien"),
}
