"""How an action stands, in words: its status, the count of actions by status, a
milestone's state, a unit, a target, a gap, a yearly verdict, a trend, the fields a
change of commitment names. Status words are keyed by the status's value."""

WORDS: dict[str, tuple[str, str]] = {
    # the statuses (q2030.statuses.Status), keyed by their value
    "achieved": ("achieved", "atteint"),
    "on_track": ("on track", "en bonne voie"),
    "needs_acceleration": ("needs acceleration", "à accélérer"),
    "first_figure": ("first figure", "première mesure"),
    "baseline_missing": ("baseline missing", "référence manquante"),
    "off_track": ("off track", "en retard"),
    "deteriorating": ("deteriorating", "en dégradation"),
    "missed": ("missed", "manqué"),
    "unreported": ("due, not reported", "échue, non renseignée"),
    "no_data": ("no data", "sans donnée"),
    "not_measurable": ("not measurable", "non mesurable"),
    "withdrawn": ("withdrawn", "retirée"),
    # a count of actions with a status ("3 missed"): French agrees with "actions"
    "counted.achieved": ("{count} achieved", "{count} atteinte{s}"),
    "counted.on_track": ("{count} on track", "{count} en bonne voie"),
    "counted.needs_acceleration": ("{count} needs acceleration", "{count} à accélérer"),
    "counted.first_figure": ("{count} with a first figure", "{count} en première mesure"),
    "counted.baseline_missing": (
        "{count} with the baseline missing",
        "{count} à référence manquante",
    ),
    "counted.off_track": ("{count} off track", "{count} en retard"),
    "counted.deteriorating": ("{count} deteriorating", "{count} en dégradation"),
    "counted.missed": ("{count} missed", "{count} manquée{s}"),
    "counted.unreported": ("{count} due, not reported", "{count} échue{s}, non renseignée{s}"),
    "counted.no_data": ("{count} no data", "{count} sans donnée"),
    "counted.not_measurable": ("{count} not measurable", "{count} non mesurable{s}"),
    "counted.withdrawn": ("{count} withdrawn", "{count} retirée{s}"),
    # counts of actions (q2030.render.text.counts)
    "count.actions.many": ("{count} actions", "{count} actions"),
    "count.actions.one": ("{count} action", "{count} action"),
    "count.line": ("{head}: {parts}", "{head} : {parts}"),
    "count.stale": (
        "{count} stale (last reading over 15 months old)",
        "{count} à mesure ancienne{s} (dernière mesure de plus de 15 mois)",
    ),
    "count.withdrawn.one": (
        " ({count} withdrawn, not counted)",
        " ({count} retirée, hors décompte)",
    ),
    "count.withdrawn.many": (
        " ({count} withdrawn, not counted)",
        " ({count} retirées, hors décompte)",
    ),
    # units (q2030.models.Unit) and milestone states (q2030.models.MilestoneState)
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
    "points": ("pts", "pts"),
    "point": ("pt", "pt"),
    "gap.ahead": ("{amount} ahead", "dépassé de {amount}"),
    "stale": ("stale", "ancienne"),
    "year.met": ("met", "atteint"),
    "year.missed": ("missed", "manqué"),
    "year.unreported": ("not reported", "non renseigné"),
    "year.pending": ("under way", "en cours"),
    "due_in": ("Due {year}", "Échéance {year}"),
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
    # a commitment's fields, as a change names them (q2030.history, q2030.render.text.changes)
    "field.target": ("the target", "la cible"),
    "field.due": ("the due date", "l'échéance"),
    "field.due_text": ("the calendar's words", "le libellé du calendrier"),
    "field.baseline": ("the baseline", "la référence"),
    "field.unit": ("the unit", "l'unité"),
    "field.indicator": ("the indicator", "l'indicateur"),
    "value.none": ("nothing", "rien"),
}
