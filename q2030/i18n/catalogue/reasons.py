"""Why an action has its status: the sentences q2030.domain.progress.why names (`reason.<key>`),
their figures written out by q2030.render.text.reason."""

WORDS: dict[str, tuple[str, str]] = {
    # why a status (q2030.domain.progress.why)
    "reason.unreported": (
        "due {deadline}: no figure reported since the baseline",
        "échéance du {deadline} passée : aucun chiffre transmis depuis la référence",
    ),
    "reason.unreported_single": (
        "due {deadline}: a single figure ({value}, {date}) cannot show which way it moved",
        "échéance du {deadline} passée : un seul chiffre ({value} au {date}) ne dit pas dans "
        "quel sens cela a évolué",
    ),
    "reason.no_reading": ("no reading yet", "pas encore de mesure"),
    "reason.meets": ("{value} meets the target {target}", "{value} atteint la cible {target}"),
    "reason.missed_short": (
        "due {deadline} has passed, {gap} short",
        "échéance du {deadline} passée, à {gap} de la cible",
    ),
    "reason.baseline_only": (
        "only the baseline is known ({value}, {date}): the pace will show with the next figure",
        "seule la référence est connue ({value} au {date}) : le rythme se mesurera au prochain "
        "chiffre",
    ),
    "reason.first_figure": (
        "first figure ({value}, {date}), taken as the starting point: the pace will show with "
        "the next figure",
        "première mesure ({value} au {date}), prise comme point de départ : le rythme se "
        "mesurera au prochain chiffre",
    ),
    "reason.worse": (
        "{value} is worse than the baseline {baseline}",
        "{value} est moins bien que la référence {baseline}",
    ),
    "reason.pace": (
        "pace {pace}: {done_ratio} of the way where {expected_ratio} was expected",
        "rythme {pace} : {done_ratio} du chemin quand {expected_ratio} était attendu",
    ),
    "reason.year_not_begun": (
        "applies each year from {year}: not begun",
        "s'applique chaque année dès {year} : pas encore commencé",
    ),
    "reason.year_none_yet": (
        "no figure for this year yet",
        "pas encore de chiffre pour cette année",
    ),
    "reason.year_unreported": (
        "{year} is over and no figure was reported for it",
        "l'année {year} est close sans chiffre transmis",
    ),
    "reason.year_met": (
        "{year}: {value} meets the target {target}",
        "{year} : {value} atteint la cible {target}",
    ),
    "reason.year_short": (
        "{year}: {value} does not meet the target {target}",
        "{year} : {value} n'atteint pas la cible {target}",
    ),
    "reason.baseline_to_record": (
        "the target is set from the baseline of {date}, still to record: the figure for that "
        "date (or an earlier one)",
        "la cible se calcule depuis la référence du {date}, encore à saisir : le chiffre de "
        "cette date (ou d'avant)",
    ),
    "reason.up": ("up from the baseline", "en hausse depuis la référence"),
    "reason.down": ("down from the baseline", "en baisse depuis la référence"),
    "reason.faster": ("faster than {reference}", "plus vite que {reference}"),
    "reason.trend_no_data": (
        "needs a baseline and a later reading ({what})",
        "il faut une référence et une mesure ultérieure ({what})",
    ),
    "reason.trend_done": ("{what}: done by {deadline}", "{what} : fait au {deadline}"),
    "reason.trend_not_done": ("{what}: not done by {deadline}", "{what} : non fait au {deadline}"),
    "reason.trend_so_far": ("{what}: so far so good", "{what} : jusqu'ici, oui"),
    "reason.trend_wrong_way": ("{what}: moving the wrong way", "{what} : dans le mauvais sens"),
    "reason.trend_not_yet": ("{what}: not yet", "{what} : pas encore"),
    "reason.done": ("done ({date})", "fait ({date})"),
    "reason.milestone_missed": (
        "due {deadline} has passed, state: {state}",
        "échéance du {deadline} passée, état : {state}",
    ),
    "reason.no_state": ("no state recorded yet", "aucun état saisi"),
    "reason.in_progress": ("in progress", "en cours"),
    "reason.regressed": (
        'gone back: {state} on {date}, after "{earlier}" on {on}',
        "retour en arrière : {state} au {date}, après « {earlier} » au {on}",
    ),
    "reason.not_started": ("not started yet", "pas encore commencé"),
    "reason.withdrawn": (
        "withdrawn on {date} ({decision}): {why}",
        "retirée le {date} ({decision}) : {why}",
    ),
    "reason.qualitative": (
        "qualitative: no measurable target",
        "qualitative : pas de cible mesurable",
    ),
}
