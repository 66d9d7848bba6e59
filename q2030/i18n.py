"""The words and number forms of the tool, in English and in French: one catalogue.

French is chosen by `--lang fr`, or by a French locale (LC_ALL, LC_MESSAGES or LANG
starting with "fr"); English otherwise. French writes `18,8 %` and `31/12/2027`.
Machine formats (JSON, `status --format csv`) stay in English whatever the language.
"""

from __future__ import annotations

import os
import re
from datetime import date
from enum import StrEnum

from q2030.statuses import Status

LANGUAGES = ("en", "fr")

# key: (English, French). Status words are keyed by the status's value.
CATALOGUE: dict[str, tuple[str, str]] = {
    # statuses
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
    # columns and fields
    "column.action": ("Action", "Action"),
    "column.title": ("Title", "Intitulé"),
    "column.objective": ("Objective", "Objectif"),
    "column.operator": ("Operator", "Opérateur"),
    "column.operator_short": ("Op.", "Op."),
    "column.lead": ("Lead", "Chef de projet"),
    "column.indicator": ("Indicator", "Indicateur"),
    "column.unit": ("Unit", "Unité"),
    "column.due": ("Due", "Échéance"),
    "column.baseline": ("Baseline", "Référence"),
    "column.target": ("Target", "Cible"),
    "column.latest": ("Latest", "Dernière valeur"),
    "column.latest_date": ("Latest date", "Date de la dernière valeur"),
    "column.gap": ("Gap", "Écart"),
    "column.progress": ("Progress", "Avancement"),
    "column.expected": ("Expected", "Attendu"),
    "column.pace": ("Pace", "Rythme"),
    "column.status": ("Status", "Statut"),
    "column.stale": ("Stale", "Ancienne"),
    "column.stale_long": (
        "Last figure over 15 months old",
        "Dernière mesure de plus de 15 mois",
    ),
    "column.target_kind": ("Target kind", "Type de cible"),
    "column.progress_percent": ("Progress (%)", "Avancement (%)"),
    "sheet.yes": ("yes", "oui"),
    "column.why": ("Why", "Pourquoi"),
    "column.years": ("Years", "Années"),
    "column.source": ("Source", "Source"),
    "column.date": ("Date", "Date"),
    "column.value": ("Value", "Valeur"),
    "column.note": ("Note", "Note"),
    "column.state": ("State", "État"),
    "column.numerator": ("Numerator", "Numérateur"),
    "column.denominator": ("Denominator", "Dénominateur"),
    "column.reference": ("Reference", "Référence comparée"),
    "column.corrects": ("Corrects", "Corrige"),
    "column.readings": ("Readings", "Mesures"),
    # units and milestone states
    "unit.percent": ("percent", "pourcentage"),
    "unit.count": ("count", "nombre"),
    "unit.points": ("percentage points", "points de pourcentage"),
    "state.not_started": ("not started", "non commencé"),
    "state.in_progress": ("in progress", "en cours"),
    "state.done": ("done", "fait"),
    # targets and figures
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
    "show.due": ("{due} (by {day})", "{due} (au plus tard le {day})"),
    "show.calendar": ('; calendar: "{text}"', " ; calendrier : « {text} »"),
    "show.source": ("{source}, line {line}", "{source}, ligne {line}"),
    "show.versus": (" vs {reference}", " contre {reference}"),
    "show.corrects": ("Corrects {date}.", "Corrige le {date}."),
    # headings and sentences
    "due_in": ("Due {year}", "Échéance {year}"),
    "count.actions.many": ("{count} actions", "{count} actions"),
    "count.actions.one": ("{count} action", "{count} action"),
    "count.line": ("{head}: {parts}", "{head} : {parts}"),
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
    "count.stale": (
        "{count} stale (last reading over 15 months old)",
        "{count} à mesure ancienne{s} (dernière mesure de plus de 15 mois)",
    ),
    # what record and import did
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
    "diff.title": (
        "## q2030: data changes from {base} to {head}",
        "## q2030 : changements des données de {base} à {head}",
    ),
    "diff.working_tree": ("the working tree", "l'arbre de travail"),
    "diff.nothing": (
        "No reading added, no status or gap changed.",
        "Aucun relevé ajouté, aucun statut ni écart changé.",
    ),
    "diff.added": ("Readings added", "Relevés ajoutés"),
    "diff.reading": ("{date}: {shown} (source: {source})", "{date} : {shown} (source : {source})"),
    "diff.moved": ("What moved", "Ce qui a bougé"),
    "diff.absent": ("(absent)", "(absente)"),
    "import.row": ("{file}: row {row}: {reason}", "{file} : ligne {row} : {reason}"),
    "import.refused.one": (
        "{count} of {rows} rows refused: nothing written (--skip-invalid writes the valid rows)",
        "{count} ligne refusée sur {rows} : rien d'écrit (--skip-invalid écrit les lignes valides)",
    ),
    "import.refused.many": (
        "{count} of {rows} rows refused: nothing written (--skip-invalid writes the valid rows)",
        "{count} lignes refusées sur {rows} : rien d'écrit (--skip-invalid écrit les lignes "
        "valides)",
    ),
    "import.recorded.one": (
        "Recorded {count} reading for {actions} from {file}",
        "{count} relevé enregistré pour {actions} depuis {file}",
    ),
    "import.recorded.many": (
        "Recorded {count} readings for {actions} from {file}",
        "{count} relevés enregistrés pour {actions} depuis {file}",
    ),
    "import.would.one": (
        "Would record {count} reading for {actions} from {file}",
        "{count} relevé serait enregistré pour {actions} depuis {file}",
    ),
    "import.would.many": (
        "Would record {count} readings for {actions} from {file}",
        "{count} relevés seraient enregistrés pour {actions} depuis {file}",
    ),
    "import.nothing_new.one": (
        "Nothing new in {file}: its reading is already recorded",
        "Rien de nouveau dans {file} : son relevé est déjà enregistré",
    ),
    "import.nothing_new.many": (
        "Nothing new in {file}: its {count} readings are already recorded",
        "Rien de nouveau dans {file} : ses {count} relevés sont déjà enregistrés",
    ),
    "import.already.one": ("; {count} already recorded", " ; {count} déjà enregistré"),
    "import.already.many": ("; {count} already recorded", " ; {count} déjà enregistrés"),
    "import.skipped.one": ("; {count} row refused", " ; {count} ligne refusée"),
    "import.skipped.many": ("; {count} rows refused", " ; {count} lignes refusées"),
    "report.title": (
        "Quartiers 2030: where the commitments stand",
        "Quartiers 2030 : où en sont les engagements",
    ),
    "report.as_of": ("As of {day}", "Au {day}"),
    "report.summary": ("Summary", "Synthèse"),
    "report.overall": ("All operators", "Tous les opérateurs"),
    "report.total": ("Total", "Total"),
    "report.due_soon": ("Due in the next 12 months", "Échéances des 12 prochains mois"),
    "report.none_due": (
        "No action falls due in the next 12 months.",
        "Aucune action n'arrive à échéance dans les 12 prochains mois.",
    ),
    "report.legend": (
        "Charts: the thick line is the target; the square, the baseline; the dotted line, "
        "the straight way from the baseline to the target; the solid line and its dots, the "
        "readings, the last one written; the dashes, the observed trend drawn on to the due "
        "date (a least-squares line, from two figures after the baseline); the dash-dot "
        "vertical line, the due date. Each year spans the axis between two ticks, a figure "
        "of 31 December at the end of its year; a zigzag at the foot of the value axis: it "
        "does not start at zero (its lowest value is written).",
        "Graphiques : le trait épais est la cible ; le carré, la référence ; les pointillés, "
        "le chemin régulier de la référence à la cible ; le trait plein et ses points, les "
        "relevés, le dernier écrit ; les tirets, la tendance observée prolongée jusqu'à "
        "l'échéance (droite des moindres carrés, dès deux chiffres après la référence) ; le "
        "trait mixte vertical, l'échéance. Chaque année occupe l'axe entre deux graduations, "
        "un chiffre du 31 décembre au bout de son année ; un zigzag au pied de l'axe des "
        "valeurs : il ne part pas de zéro (sa plus petite valeur est écrite).",
    ),
    "report.source": (
        "Source: {source}, generated by q2030 {version}.",
        "Source : {source}, produit par q2030 {version}.",
    ),
    "report.trend": ("Trend", "Trajectoire"),
    "report.years": ("Yearly targets: {legend}.", "Cibles annuelles : {legend}."),
    # why a status (q2030.progress.why)
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
    # what people type, and what is wrong with it
    "forms.period": (
        "a date (2025-12-31, 31/12/2025, 31/12/25 or 31.12.2025), a year (2025) or a "
        "half-year (2025-H1 or 2025-S1)",
        "une date (31/12/2025, 31/12/25, 31.12.2025 ou 2025-12-31), une année (2025) ou un "
        "semestre (2025-S1 ou 2025-H1)",
    ),
    "forms.data": (
        "a date (2025-12-31), a year (2025) or a half-year (2025-H1)",
        "une date (2025-12-31), une année (2025) ou un semestre (2025-H1)",
    ),
    "error.not_period": ("'{text}' is not {forms}", "« {text} » n'est pas {forms}"),
    "error.not_real_date": (
        "'{text}' is not a real date: check the day and the month",
        "« {text} » n'est pas une date qui existe : vérifiez le jour et le mois",
    ),
    "error.denominator": (
        "'{text}': the denominator must be positive",
        "« {text} » : le dénominateur doit être positif",
    ),
    "error.not_value": (
        "'{text}' is not a value: write a number (14.2, 14,2 or 14.2%), a fraction (42/48) "
        "or a milestone state (done, in progress, not started)",
        "« {text} » n'est pas une valeur : écrivez un nombre (14,2 ou 14,2 %), une fraction "
        "(42/48) ou l'état d'un jalon (fait, en cours, non commencé)",
    ),
    "error.not_number": (
        "'{text}' is not a number such as 46.2 or 46,2",
        "« {text} » n'est pas un nombre comme 46,2",
    ),
    "error.requirement": (
        "{spec} is not a pip requirement such as q2030, 'q2030>=0.2' or "
        "'q2030 @ git+https://forge.example/q2030.git'",
        "{spec} n'est pas une dépendance pip comme q2030, « q2030>=0.2 » ou "
        "« q2030 @ git+https://forge.example/q2030.git »",
    ),
    "error.data.one": (
        "{count} error in the data: run 'q2030 validate' to see it",
        "{count} erreur dans les données : lancez « q2030 validate » pour la voir",
    ),
    "error.data.many": (
        "{count} errors in the data: run 'q2030 validate' to see them all",
        "{count} erreurs dans les données : lancez « q2030 validate » pour toutes les voir",
    ),
    "level.error": ("error", "erreur"),
    "level.warning": ("warning", "avertissement"),
    "problem.line": (
        "{place}: [{level}] {code}: {message}",
        "{place} : [{level}] {code} : {message}",
    ),
    # the data contract (q2030.models) and what a reading must be (q2030.rules)
    "error.control": (
        "contains a control character ({code}): remove it",
        "contient un caractère de contrôle ({code}) : supprimez-le",
    ),
    "model.date_time": (
        "expected a date without a time, such as 2025-12-31",
        "une date sans heure est attendue, comme 2025-12-31",
    ),
    "model.not_iso": (
        "'{text}' is not an ISO date such as 2025-12-31",
        "« {text} » n'est pas une date ISO comme 2025-12-31",
    ),
    "model.expected": ("expected {what}", "il faut {what}"),
    "model.range.percent": (
        "{value} is not a percentage between {low} and {high}",
        "{value} n'est pas un pourcentage entre {low} et {high}",
    ),
    "model.range.points": (
        "{value} is not a number of percentage points between {low} and {high}",
        "{value} n'est pas un nombre de points de pourcentage entre {low} et {high}",
    ),
    "model.range_named.percent": (
        "{what} ({value}) is not a percentage between {low} and {high}",
        "{what} ({value}) n'est pas un pourcentage entre {low} et {high}",
    ),
    "model.range_named.points": (
        "{what} ({value}) is not a number of percentage points between {low} and {high}",
        "{what} ({value}) n'est pas un nombre de points de pourcentage entre {low} et {high}",
    ),
    "figure.target": ("the target", "la cible"),
    "figure.baseline": ("the baseline", "la référence"),
    "figure.baseline_reference": (
        "the baseline's reference",
        "la valeur comparée de la référence",
    ),
    "figure.change_level": ("the level this change reaches", "le niveau que vise ce changement"),
    "figure.reference": ("the reference", "la valeur comparée"),
    "model.change_one": (
        "a change target gives exactly one of 'percent' or 'amount'",
        "une cible de changement donne soit « percent », soit « amount », pas les deux",
    ),
    "model.change_zero": (
        "a change target must not be zero",
        "une cible de changement ne peut pas être nulle",
    ),
    "model.needs_unit": (
        "a '{kind}' target needs a 'unit' (percent, points or count)",
        "une cible « {kind} » demande une unité, « unit » (percent, points ou count)",
    ),
    "model.no_baseline": (
        "a '{kind}' target takes no baseline",
        "une cible « {kind} » ne prend pas de référence (« baseline »)",
    ),
    "model.unit_label": (
        "unit_label names what a count counts: it needs the unit 'count'",
        "unit_label nomme ce que compte un nombre : il demande l'unité « count »",
    ),
    "model.fraction_pair": (
        "'numerator' and 'denominator' go together",
        "« numerator » et « denominator » vont ensemble",
    ),
    "model.denominator": (
        "'denominator' must be positive",
        "« denominator » doit être positif",
    ),
    "model.value_or_state": (
        "a reading gives a 'value' (or numerator/denominator) or a 'state'",
        "un relevé donne une valeur, « value » (ou numerator/denominator), ou un état, « state »",
    ),
    "rule.milestone": (
        "this action is a milestone: record a state (not_started, in_progress, done)",
        "cette action est un jalon : saisissez un état (non commencé, en cours, fait)",
    ),
    "rule.no_target": (
        "this action has no measurable target: record a milestone state or nothing",
        "cette action n'a pas de cible mesurable : saisissez un état de jalon, ou rien",
    ),
    "rule.not_state": (
        "this action is measured ({unit}): record a number, not a state",
        "cette action est mesurée ({unit}) : saisissez un nombre, pas un état",
    ),
    "rule.numerator_negative": (
        "the numerator {numerator} is negative",
        "le numérateur {numerator} est négatif",
    ),
    "rule.numerator_exceeds": (
        "the numerator {numerator} exceeds the denominator {denominator}: a share cannot be "
        "more than the whole",
        "le numérateur {numerator} dépasse le dénominateur {denominator} : une part ne peut pas "
        "dépasser le tout",
    ),
    "rule.not_count": (
        "{number} is not a count (a whole number, 0 or more)",
        "{number} n'est pas un nombre entier positif ou nul",
    ),
    "rule.value_not_share": (
        "value {value} is not {numerator}/{denominator}",
        "la valeur {value} n'est pas {numerator}/{denominator}",
    ),
    "rule.reference_needed": (
        "this action compares two series: give the general population's figure as 'reference'",
        "cette action compare deux séries : donnez le chiffre de la population générale en "
        "« reference »",
    ),
    "rule.future": (
        "dated {date}, in the future: a reading describes a past date",
        "daté du {date}, dans le futur : un relevé décrit une date passée",
    ),
    "rule.too_old": (
        "dated {date}, before {earliest}: too old to describe the plan's situation",
        "daté du {date}, avant le {earliest} : trop ancien pour décrire la situation du plan",
    ),
    "rule.corrects_nothing": (
        "corrects {date}, but no earlier reading has that date",
        "corrige le {date}, mais aucun relevé précédent n'a cette date",
    ),
    "rule.conflict": (
        "a reading for {date} already says otherwise: add 'corrects: {iso}' if this one "
        "replaces it",
        "un relevé du {date} dit déjà autre chose : ajoutez « corrects: {iso} » si celui-ci "
        "le remplace",
    ),
    "rule.order": (
        "dated {date}, before the reading above it ({latest}): keep readings oldest first",
        "daté du {date}, avant le relevé du dessus ({latest}) : gardez les relevés du plus "
        "ancien au plus récent",
    ),
    # reading the YAML files (q2030.loader)
    "load.not_utf8": (
        "the file is not UTF-8 (byte {byte}): save it as UTF-8",
        "le fichier n'est pas en UTF-8 (octet {byte}) : enregistrez-le en UTF-8",
    ),
    "load.syntax": (
        "the YAML cannot be read here ({detail}): check the indentation and the quotes",
        "le YAML est illisible ici ({detail}) : vérifiez l'indentation et les guillemets",
    ),
    "load.tabs": (
        "the YAML cannot be read here ({detail}): indent with spaces, not tabs",
        "le YAML est illisible ici ({detail}) : indentez avec des espaces, pas des tabulations",
    ),
    "load.unreadable_yaml": (
        "the YAML cannot be read ({detail}): check the value at fault",
        "le YAML est illisible ({detail}) : vérifiez la valeur en cause",
    ),
    "load.unreadable": (
        "cannot read the file ({reason}): check its permissions",
        "impossible de lire le fichier ({reason}) : vérifiez ses droits",
    ),
    "load.alias": (
        "YAML anchors and aliases (& and *) are not allowed: write the value out",
        "les ancres et alias YAML (& et *) ne sont pas admis : écrivez la valeur en entier",
    ),
    "load.merge": (
        "YAML merge keys (<<) are not allowed: write the fields out",
        "les clés de fusion YAML (<<) ne sont pas admises : écrivez les champs en entier",
    ),
    "load.duplicate_key": (
        "key '{name}' appears twice in this mapping (first on line {first}): keep one",
        "la clé « {name} » apparaît deux fois ici (d'abord ligne {first}) : gardez-en une",
    ),
    "number.too_long": (
        "a number of {length} characters is not a figure: shorten it, or quote it if it is text",
        "un nombre de {length} caractères n'est pas un chiffre : raccourcissez-le, ou mettez-le "
        "entre guillemets si c'est du texte",
    ),
    "number.base60": (
        "'{text}' is read by YAML as a base-60 number: write the number, or quote it if it is text",
        "« {text} » est lu par YAML comme un nombre en base 60 : écrivez le nombre, ou "
        "mettez-le entre guillemets si c'est du texte",
    ),
    "number.based": (
        "'{text}' is read by YAML as a hexadecimal or binary number: write it in decimal, or "
        "quote it if it is text",
        "« {text} » est lu par YAML comme un nombre hexadécimal ou binaire : écrivez-le en "
        "décimal, ou mettez-le entre guillemets si c'est du texte",
    ),
    "number.underscore": (
        "'{text}' is read by YAML as {plain}: write {plain} without '_', or quote it if it is text",
        "« {text} » est lu par YAML comme {plain} : écrivez {plain} sans « _ », ou mettez-le "
        "entre guillemets si c'est du texte",
    ),
    "number.octal": (
        "'{text}' is read by YAML as an octal number: drop the leading zero, or quote it if "
        "it is text",
        "« {text} » est lu par YAML comme un nombre octal : retirez le zéro de tête, ou "
        "mettez-le entre guillemets si c'est du texte",
    ),
    # the data contract's words for what Pydantic finds (q2030.loader._message)
    "schema.at": ("{path}: {message}", "{path} : {message}"),
    "schema.unknown_field": (
        "unknown field '{name}': remove it or check its spelling",
        "champ inconnu « {name} » : supprimez-le ou vérifiez son orthographe",
    ),
    "schema.unknown_field_hint": (
        "unknown field '{name}' (did you mean '{hint}'?)",
        "champ inconnu « {name} » (vouliez-vous dire « {hint} » ?)",
    ),
    "schema.missing": ("missing field '{name}'", "champ manquant : « {name} »"),
    "schema.missing_kind": (
        "missing 'kind': one of {kinds}",
        "« kind » manque : l'une des valeurs {kinds}",
    ),
    "schema.unknown_kind": (
        "unknown kind '{kind}': one of {kinds}",
        "« kind » inconnu, « {kind} » : l'une des valeurs {kinds}",
    ),
    "schema.decimal_comma": (
        "expected a number (got {got}): write decimals with a dot, as in 14.2",
        "un nombre est attendu (reçu : {got}) : écrivez les décimales avec un point, comme 14.2",
    ),
    "pydantic.string_type": (
        "expected text (got {got}): put it in quotes",
        "du texte est attendu (reçu : {got}) : mettez-le entre guillemets",
    ),
    "pydantic.float_type": (
        "expected a number (got {got})",
        "un nombre est attendu (reçu : {got})",
    ),
    "pydantic.int_type": (
        "expected a whole number (got {got})",
        "un nombre entier est attendu (reçu : {got})",
    ),
    "pydantic.bool_type": (
        "expected true or false (got {got})",
        "true ou false est attendu (reçu : {got})",
    ),
    "pydantic.date_type": (
        "expected a date such as 2025-12-31 (got {got})",
        "une date comme 2025-12-31 est attendue (reçu : {got})",
    ),
    "pydantic.list_type": (
        "expected a list, one item per line starting with '- ' (got {got})",
        "une liste est attendue, un élément par ligne commençant par « - » (reçu : {got})",
    ),
    "pydantic.dict_type": (
        "expected 'name: value' lines (got {got})",
        "des lignes « nom: valeur » sont attendues (reçu : {got})",
    ),
    "pydantic.literal_error": (
        "expected one of {expected} (got {got})",
        "l'une des valeurs {expected} est attendue (reçu : {got})",
    ),
    "pydantic.id_pattern": (
        "an id is lower-case letters and digits joined by hyphens, such as snu-jeunes-qpv "
        "(got {got})",
        "un identifiant s'écrit en minuscules et chiffres reliés par des tirets, comme "
        "snu-jeunes-qpv (reçu : {got})",
    ),
    "pydantic.id_mixed": (
        "an id is letters and digits joined by hyphens, such as DSDEN or France-Travail "
        "(got {got})",
        "un identifiant s'écrit en lettres et chiffres reliés par des tirets, comme DSDEN ou "
        "France-Travail (reçu : {got})",
    ),
    "pydantic.string_too_short": ("must not be empty", "ne doit pas être vide"),
    "pydantic.string_too_long": (
        "is longer than {max_length} characters (got {got})",
        "dépasse {max_length} caractères (reçu : {got})",
    ),
    "pydantic.too_short": (
        "needs at least {min_length} item",
        "demande au moins {min_length} élément",
    ),
    "pydantic.greater_than_equal": (
        "must be at least {ge} (got {got})",
        "doit valoir au moins {ge} (reçu : {got})",
    ),
    "pydantic.greater_than": (
        "must be more than {gt} (got {got})",
        "doit valoir plus de {gt} (reçu : {got})",
    ),
    "pydantic.less_than_equal": (
        "must be at most {le} (got {got})",
        "doit valoir au plus {le} (reçu : {got})",
    ),
    "pydantic.less_than": (
        "must be less than {lt} (got {got})",
        "doit valoir moins de {lt} (reçu : {got})",
    ),
    "pydantic.finite_number": (
        "must be a finite number (got {got})",
        "doit être un nombre fini (reçu : {got})",
    ),
    "pydantic.other": ("{detail} (got {got})", "valeur refusée, « {detail} » (reçu : {got})"),
    # validate's checks (q2030.checks)
    "check.reference_after_end": (
        "the reference date {date} is after the plan's end ({last}): it is the plan's "
        "starting point",
        "la date de référence {date} est après la fin du plan ({last}) : c'est le point de "
        "départ du plan",
    ),
    "check.each_year_from": (
        "each_year_from {year} is outside the plan's years ({first}-{last}): a yearly target "
        "starts between the reference date's year and end_year",
        "each_year_from {year} est hors des années du plan ({first}-{last}) : une cible annuelle "
        "commence entre l'année de la date de référence et end_year",
    ),
    "check.orphan": (
        "no action '{action}' in the plan: name the file after an action id",
        "aucune action « {action} » dans le plan : nommez le fichier d'après l'identifiant "
        "d'une action",
    ),
    "check.orphan_hint": (
        "no action '{action}' in the plan: rename the file to {hint}.yaml?",
        "aucune action « {action} » dans le plan : renommer le fichier en {hint}.yaml ?",
    ),
    "check.unknown_operator": (
        "operator '{name}' is not declared: declare it under operators",
        "l'opérateur « {name} » n'est pas déclaré : déclarez-le sous operators",
    ),
    "check.unknown_operator_hint": (
        "operator '{name}' is not declared (did you mean '{hint}'?)",
        "l'opérateur « {name} » n'est pas déclaré (vouliez-vous dire « {hint} » ?)",
    ),
    "check.unknown_group": (
        "group '{name}' is not declared in objective '{objective}': declare it under its groups",
        "le groupe « {name} » n'est pas déclaré dans l'objectif « {objective} » : déclarez-le "
        "sous ses groups",
    ),
    "check.unknown_group_hint": (
        "group '{name}' is not declared in objective '{objective}' (did you mean '{hint}'?)",
        "le groupe « {name} » n'est pas déclaré dans l'objectif « {objective} » (vouliez-vous "
        "dire « {hint} » ?)",
    ),
    "check.own_ancestor": (
        "operator '{name}' is its own ancestor: fix its parent",
        "l'opérateur « {name} » est son propre parent : corrigez « parent »",
    ),
    "check.stale": (
        "the last reading ({date}) is over {months} months old and the action's status is "
        '"{status}": record a fresher figure',
        "le dernier relevé ({date}) a plus de {months} mois et l'action est « {status} » : "
        "saisissez un chiffre plus récent",
    ),
    "check.duplicate_operator": (
        "operator id '{name}' is already used on line {line}: ids are unique",
        "l'identifiant d'opérateur « {name} » est déjà pris ligne {line} : les identifiants "
        "sont uniques",
    ),
    "check.operator_name": (
        "'{name}' already names the operator {other} (line {line}): --operator could not "
        "tell them apart",
        "« {name} » nomme déjà l'opérateur {other} (ligne {line}) : --operator ne saurait pas "
        "les distinguer",
    ),
    "check.duplicate_objective": (
        "objective id '{name}' is already used on line {line}: ids are unique",
        "l'identifiant d'objectif « {name} » est déjà pris ligne {line} : les identifiants "
        "sont uniques",
    ),
    "check.duplicate_group": (
        "group id '{name}' is already used on line {line}: ids are unique",
        "l'identifiant de groupe « {name} » est déjà pris ligne {line} : les identifiants "
        "sont uniques",
    ),
    "check.duplicate_action": (
        "action id '{name}' is already used on line {line}: ids are unique",
        "l'identifiant d'action « {name} » est déjà pris ligne {line} : les identifiants "
        "sont uniques",
    ),
    # the data folder, and writing (q2030.repository, q2030.fsio)
    "data.symlink": (
        "is a symbolic link: data files must be plain files inside the data folder (not followed)",
        "est un lien symbolique : les fichiers de données sont des fichiers ordinaires dans le "
        "dossier de données (lien non suivi)",
    ),
    "data.not_regular": (
        "is not a regular file: data files must be plain files inside the data folder",
        "n'est pas un fichier ordinaire : les fichiers de données sont des fichiers ordinaires "
        "dans le dossier de données",
    ),
    "data.readings_folder": (
        "{folder}/ must be a plain folder inside the data folder (not followed)",
        "{folder}/ doit être un dossier ordinaire dans le dossier de données (lien non suivi)",
    ),
    "data.ignored": (
        "ignored: readings files are named <action-id>{suffix}",
        "ignoré : les fichiers de relevés se nomment <id-action>{suffix}",
    ),
    "data.interrupted": (
        "a write to several files was interrupted: run 'q2030 recover' to finish it (and never "
        "commit this file)",
        "une écriture de plusieurs fichiers a été interrompue : lancez « q2030 recover » pour "
        "l'achever (et ne versionnez jamais ce fichier)",
    ),
    "data.staged": (
        "an interrupted write left staged files here: run 'q2030 recover'",
        "une écriture interrompue a laissé des fichiers en attente ici : lancez « q2030 recover »",
    ),
    "problem.at": ("{place}: {message}", "{place} : {message}"),
    "write.refused_problem": (
        "{problem} ({why}; nothing written)",
        "{problem} ({why} ; rien d'écrit)",
    ),
    "write.refused": ("{message}; nothing written", "{message} ; rien d'écrit"),
    "write.already_invalid": (
        "the file is already invalid: fix it first",
        "le fichier est déjà invalide : corrigez-le d'abord",
    ),
    "write.new_reading": ("the new reading", "le nouveau relevé"),
    "write.unreadable": (
        "{path}: {reason}; nothing written",
        "{path} : {reason} ; rien d'écrit",
    ),
    "write.not_utf8": (
        "{path}: not UTF-8: save it as UTF-8 before recording",
        "{path} : pas en UTF-8 : enregistrez-le en UTF-8 avant de saisir",
    ),
    "init.exists": (
        "{path} already exists and is not empty: choose a new folder",
        "{path} existe déjà et n'est pas vide : choisissez un nouveau dossier",
    ),
    "init.cannot": ("cannot create {path}: {reason}", "impossible de créer {path} : {reason}"),
    "fs.outside": (
        "{path} is outside the data folder: nothing written",
        "{path} est hors du dossier de données : rien d'écrit",
    ),
    "fs.failed": ("{path}: {reason}; nothing written", "{path} : {reason} ; rien d'écrit"),
    "fs.not_folder": (
        "{path} is a symbolic link or not a folder: data is written only inside the data "
        "folder, in plain folders; nothing written",
        "{path} est un lien symbolique ou pas un dossier : les données ne s'écrivent que dans "
        "le dossier de données, dans des dossiers ordinaires ; rien d'écrit",
    ),
    "fs.not_plain": (
        "{path}: not a plain file (a link, a folder...); nothing written",
        "{path} : pas un fichier ordinaire (un lien, un dossier...) ; rien d'écrit",
    ),
    "fs.busy_waited": (
        "{path} is being written by another q2030 (waited {seconds} s): try again; nothing written",
        "{path} est en cours d'écriture par un autre q2030 (attente de {seconds} s) : "
        "réessayez ; rien d'écrit",
    ),
    "fs.busy": (
        "{path} is being written by another q2030: try again",
        "{path} est en cours d'écriture par un autre q2030 : réessayez",
    ),
    "fs.cannot_lock": (
        "cannot lock {path}: {reason}",
        "impossible de verrouiller {path} : {reason}",
    ),
    "fs.cannot_write": ("cannot write {path}: {reason}", "impossible d'écrire {path} : {reason}"),
    "fs.cannot_write_data": (
        "cannot write the data: {reason}",
        "impossible d'écrire les données : {reason}",
    ),
    "fs.out_symlink": (
        "{path} is a symbolic link: name the file itself; nothing written",
        "{path} est un lien symbolique : nommez le fichier lui-même ; rien d'écrit",
    ),
    "fs.out_folder": (
        "{path} is a folder: name a file, such as {example}",
        "{path} est un dossier : nommez un fichier, comme {example}",
    ),
    "fs.out_not_plain": (
        "{path} is not a plain file: name another; nothing written",
        "{path} n'est pas un fichier ordinaire : nommez-en un autre ; rien d'écrit",
    ),
    "fs.out_no_folder": (
        "{path} names a folder (it ends with a slash) that does not exist: create it, or "
        "name a file; nothing written",
        "{path} désigne un dossier (il finit par une barre oblique) qui n'existe pas : "
        "créez-le, ou nommez un fichier ; rien d'écrit",
    ),
    "fs.out_no_reader": (
        "{path} is a FIFO that no program reads: start the reader first; nothing written",
        "{path} est un tube nommé (FIFO) que nul programme ne lit : lancez d'abord le "
        "lecteur ; rien d'écrit",
    ),
    "fs.out_no_parent": (
        "{path} does not exist: create it first, or name another place",
        "{path} n'existe pas : créez-le d'abord, ou choisissez un autre endroit",
    ),
    "fs.moved": (
        "{path} was moved or replaced while it was being written (by a link?): nothing "
        "written; check the folder and try again",
        "{path} a été déplacé ou remplacé pendant l'écriture (par un lien ?) : rien d'écrit ; "
        "vérifiez le dossier et réessayez",
    ),
    "fs.cannot_undo": (
        "{path}: an interrupted write left this, and it cannot be cleaned up here ({reason}): "
        "someone who may write the data folder must run q2030 recover; nothing changed",
        "{path} : une écriture interrompue l'a laissé, et il ne peut être nettoyé ici "
        "({reason}) : une personne qui peut écrire dans le dossier de données doit lancer "
        "q2030 recover ; rien de changé",
    ),
    "fs.staged_mismatch": (
        "{path} does not hold what {journal} says: restore the data folder from git",
        "{path} ne contient pas ce que dit {journal} : restaurez le dossier de données depuis git",
    ),
    "fs.cannot_finish": (
        "cannot finish the interrupted write in {path}: {reason}",
        "impossible d'achever l'écriture interrompue dans {path} : {reason}",
    ),
    "fs.bad_journal": (
        "{path} cannot be read: restore the data folder from git and remove it",
        "{path} est illisible : restaurez le dossier de données depuis git et supprimez-le",
    ),
    "recover.undid.one": (
        "undid an interrupted write ({count} staged file removed)",
        "écriture interrompue annulée ({count} fichier en attente supprimé)",
    ),
    "recover.undid.many": (
        "undid an interrupted write ({count} staged files removed)",
        "écriture interrompue annulée ({count} fichiers en attente supprimés)",
    ),
    "recover.finished.one": (
        "finished an interrupted write ({count} file)",
        "écriture interrompue achevée ({count} fichier)",
    ),
    "recover.finished.many": (
        "finished an interrupted write ({count} files)",
        "écriture interrompue achevée ({count} fichiers)",
    ),
    "recover.in": ("q2030: {message} in {path}", "q2030 : {message} dans {path}"),
    "recover.done": ("{path}: {message}.", "{path} : {message}."),
    "recover.nothing": ("nothing to recover", "rien à reprendre"),
    # what the system says (q2030.errors.os_reason)
    "os.EACCES": ("permission denied", "permission refusée"),
    "os.EPERM": ("operation not permitted", "opération non permise"),
    "os.ENOSPC": ("no space left on the disk", "plus de place sur le disque"),
    "os.EDQUOT": ("disk quota exceeded", "quota disque dépassé"),
    "os.EROFS": ("read-only file system", "système de fichiers en lecture seule"),
    "os.ENOENT": ("no such file or folder", "fichier ou dossier introuvable"),
    "os.EEXIST": ("it already exists", "il existe déjà"),
    "os.EISDIR": ("it is a folder", "c'est un dossier"),
    "os.ENOTDIR": ("not a folder", "pas un dossier"),
    "os.ELOOP": ("too many symbolic links", "trop de liens symboliques"),
    "os.EIO": ("input/output error", "erreur d'entrée-sortie"),
    "os.EBUSY": ("the file is busy", "le fichier est occupé"),
    "os.ENAMETOOLONG": ("the name is too long", "le nom est trop long"),
    "os.other": ("{detail}", "{detail}"),
    # recording a figure (q2030.recording)
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
    "sheet.source": ("the source", "la source"),
    "sheet.date": ("the date", "la date"),
    "sheet.corrects": ("a 'corrects' cell", "une cellule « corrige »"),
    "sheet.unusual": (
        "'yes' in an 'unusual' column on this row",
        "« oui » dans une colonne « inhabituel » sur cette ligne",
    ),
    "sheet.percent_cell": (
        "a figure's cell is formatted as a percentage but {action} is measured as a {unit}: "
        "format it as a plain number",
        "une cellule de chiffre est au format pourcentage mais {action} se mesure en {unit} : "
        "mettez-la au format nombre",
    ),
    "sheet.corrects_cell": (
        "'corrects' says '{text}': leave it empty, or write 'oui' (or the row's date, {date}) "
        "to correct the reading of {date}",
        "« corrige » dit « {text} » : laissez-la vide, ou écrivez « oui » (ou la date de la "
        "ligne, {date}) pour corriger le relevé du {date}",
    ),
    "sheet.unusual_cell": (
        "'unusual' says '{text}': write 'oui' or leave it empty",
        "« inhabituel » dit « {text} » : écrivez « oui » ou laissez-la vide",
    ),
    "sheet.no_date": ("the date is empty", "la date est vide"),
    "sheet.twice": (
        "row {row} gives {action} another figure for {date}",
        "la ligne {row} donne à {action} un autre chiffre pour le {date}",
    ),
    # finding the data folder and what a person names (q2030.datadir, q2030.overview)
    "datadir.none_there": (
        "{origin}: no {plan} in that folder or in its data/ folder",
        "{origin} : pas de {plan} dans ce dossier ni dans son dossier data/",
    ),
    "datadir.cwd": (
        "the working folder cannot be read ({reason}): it may have been removed; change "
        "folder, or name the data with --data DIR",
        "le dossier courant est illisible ({reason}) : il a peut-être été supprimé ; changez "
        "de dossier, ou nommez les données avec --data DOSSIER",
    ),
    "datadir.not_found": (
        "no data/{plan} here or in any parent folder: run from the repository, or name the "
        "folder with --data DIR or {variable}",
        "pas de data/{plan} ici ni dans un dossier parent : lancez depuis le dépôt, ou nommez "
        "le dossier avec --data DOSSIER ou {variable}",
    ),
    "resolve.did_you_mean": (" Did you mean: {names}?", " Vouliez-vous dire : {names} ?"),
    "resolve.known": (" Known: {names}.", " Connus : {names}."),
    "resolve.operator": ("unknown operator '{name}'.{hint}", "opérateur inconnu « {name} ».{hint}"),
    "resolve.operator_ambiguous": (
        "'{name}' names several operators: {matches}; give the id",
        "« {name} » nomme plusieurs opérateurs : {matches} ; donnez l'identifiant",
    ),
    "resolve.objective": (
        "unknown objective '{name}'.{hint}",
        "objectif inconnu « {name} ».{hint}",
    ),
    "resolve.action": ("unknown action '{name}'.{hint}", "action inconnue « {name} ».{hint}"),
    "resolve.ambiguous": (
        "'{name}' starts several action ids: {matches}; say which",
        "« {name} » commence plusieurs identifiants d'action : {matches} ; précisez lequel",
    ),
    "resolve.is_operator": (
        "'{name}' is an operator, not an action: its actions are listed by 'q2030 status "
        "--operator {operator}'",
        "« {name} » est un opérateur, pas une action : ses actions sont listées par « q2030 "
        "status --operator {operator} »",
    ),
    # reading a sheet (q2030.exchange)
    "sheet.openpyxl": (
        "XLSX needs the openpyxl package: pip install 'q2030[xlsx]'",
        "le XLSX demande le paquet openpyxl : pip install 'q2030[xlsx]'",
    ),
    "sheet.unknown_column": (
        "{path}: unknown column '{header}': the columns are action, date, value, source, note, "
        "reference, corrects and unusual (in English or French)",
        "{path} : colonne inconnue « {header} » : les colonnes sont action, date, valeur, "
        "source, note, référence comparée, corrige et inhabituel (en français ou en anglais)",
    ),
    "sheet.missing_columns.one": (
        "{path}: a column is missing: {names}",
        "{path} : une colonne manque : {names}",
    ),
    "sheet.missing_columns.many": (
        "{path}: {count} columns are missing: {names}",
        "{path} : {count} colonnes manquent : {names}",
    ),
    "sheet.encoding": (
        "{path}: neither UTF-8 nor Windows-1252 text: save the sheet as CSV UTF-8",
        "{path} : ni UTF-8 ni Windows-1252 : enregistrez la feuille en CSV UTF-8",
    ),
    "sheet.unreadable": ("{path}: {reason}", "{path} : {reason}"),
    "sheet.bad_csv": (
        "{path}: not a readable CSV file ({detail})",
        "{path} : fichier CSV illisible ({detail})",
    ),
    "sheet.bad_xlsx": (
        "{path}: not a readable XLSX file ({detail})",
        "{path} : fichier XLSX illisible ({detail})",
    ),
    "sheet.bad_xlsx_at": (
        "{path}: sheet '{sheet}' is not a readable XLSX sheet ({detail}): save it again from "
        "the spreadsheet program; nothing imported",
        "{path} : la feuille « {sheet} » n'est pas une feuille XLSX lisible ({detail}) : "
        "enregistrez-la de nouveau depuis le tableur ; rien d'importé",
    ),
    "sheet.bad_row": (
        "{path}: sheet '{sheet}', row {row}: not a readable XLSX row ({detail}): retype it "
        "in the spreadsheet program; nothing imported",
        "{path} : feuille « {sheet} », ligne {row} : ligne XLSX illisible ({detail}) : "
        "ressaisissez-la dans le tableur ; rien d'importé",
    ),
    "sheet.not_a_table": (
        "{path}: the sheet to read, '{sheet}', is a chart, not a table: open the readings' "
        "sheet, save, and import again; nothing imported",
        "{path} : la feuille à lire, « {sheet} », est un graphique, pas un tableau : ouvrez "
        "la feuille des relevés, enregistrez et importez de nouveau ; rien d'importé",
    ),
    "sheet.too_large": (
        "{path}: larger than {limit}, more than a sheet of figures holds: nothing imported",
        "{path} : plus de {limit}, bien plus qu'une feuille de chiffres : rien d'importé",
    ),
    "sheet.too_many_parts": (
        "{path}: {count} parts in the XLSX archive, more than a sheet of figures holds: "
        "nothing imported",
        "{path} : {count} éléments dans l'archive XLSX, bien plus qu'une feuille de chiffres : "
        "rien d'importé",
    ),
    "sheet.unzips_to": (
        "{path}: the XLSX archive unzips to more than {limit}, more than a sheet of figures "
        "holds: nothing imported",
        "{path} : l'archive XLSX se décompresse en plus de {limit}, bien plus qu'une feuille "
        "de chiffres : rien d'importé",
    ),
    "sheet.compression": (
        "{path}: the part {part} is compressed far more than a sheet is (a zip bomb?): "
        "nothing imported",
        "{path} : l'élément {part} est bien plus compressé qu'une feuille ne l'est (une bombe "
        "de décompression ?) : rien d'importé",
    ),
    "sheet.too_big": (
        "{path}: sheet '{sheet}' declares or holds {rows} rows by {columns} columns; at most "
        "{max_rows} rows and {max_columns} columns are read: nothing imported",
        "{path} : la feuille « {sheet} » déclare ou contient {rows} lignes sur {columns} "
        "colonnes ; au plus {max_rows} lignes et {max_columns} colonnes sont lues : rien "
        "d'importé",
    ),
    "sheet.no_file": ("{path}: no such file", "{path} : fichier introuvable"),
    "sheet.is_folder": (
        "{path} is a folder: name the sheet to import in it",
        "{path} est un dossier : nommez la feuille à importer qu'il contient",
    ),
    "sheet.kind": (
        "{path}: a .csv, .xlsx or .ods file is expected: save the sheet in Excel's format (.xlsx)",
        "{path} : un fichier .csv, .xlsx ou .ods est attendu : enregistrez la feuille au "
        "format Excel (.xlsx)",
    ),
    "sheet.bad_ods": (
        "{path}: not a readable OpenDocument sheet ({detail}): save it again as .ods or .xlsx",
        "{path} : pas une feuille OpenDocument lisible ({detail}) : enregistrez-la de "
        "nouveau en .ods ou en .xlsx",
    ),
    "sheet.part_too_large": (
        "{path}: its part {part} is too large to be a sheet of figures: nothing read",
        "{path} : sa partie {part} est trop grande pour une feuille de chiffres : rien de lu",
    ),
    "sheet.doctype": (
        "{path}: its part {part} declares a document type, which no spreadsheet writes: "
        "nothing read",
        "{path} : sa partie {part} déclare un type de document, ce qu'aucun tableur "
        "n'écrit : rien de lu",
    ),
    "sheet.empty": ("{path}: the sheet is empty", "{path} : la feuille est vide"),
    # git (q2030.history)
    "git.missing": (
        "git is not installed: --base and diff need it",
        "git n'est pas installé : --base et diff en ont besoin",
    ),
    "git.failed": ("failed", "échec"),
    "git.error": ("git {command}: {message}", "git {command} : {message}"),
    "git.revision": (
        "'{revision}' is not a git revision of {top}",
        "« {revision} » n'est pas une révision git de {top}",
    ),
    "history.deleted.one": (
        "deleted, with {count} reading at {revision}: readings are append-only: record a "
        "correction instead",
        "supprimé, avec {count} relevé en {revision} : les relevés ne font que s'ajouter : "
        "saisissez plutôt une correction",
    ),
    "history.deleted.many": (
        "deleted, with {count} readings at {revision}: readings are append-only: record a "
        "correction instead",
        "supprimé, avec {count} relevés en {revision} : les relevés ne font que s'ajouter : "
        "saisissez plutôt une correction",
    ),
    "history.gone": (
        "the reading of {date} at {revision} is gone: readings are append-only: record a "
        "correction instead",
        "le relevé du {date} en {revision} a disparu : les relevés ne font que s'ajouter : "
        "saisissez plutôt une correction",
    ),
    "history.changed": (
        "this reading was, at {revision}, the one of {date} and has been changed or moved: "
        "readings are append-only: record a correction instead",
        "ce relevé était, en {revision}, celui du {date} et a été modifié ou déplacé : les "
        "relevés ne font que s'ajouter : saisissez plutôt une correction",
    ),
    "history.moves_start": (
        "this reading of {date}, new since {revision} and for no period the plan asks for, "
        "comes before the figures the action was measured from and would move its starting "
        "point (and every verdict since): date it at the end of its reporting period, or "
        "state the baseline in the plan with a `changes` entry",
        "ce relevé du {date}, nouveau depuis {revision} et pour aucune période que demande le "
        "plan, précède les chiffres dont l'action part et déplacerait son point de départ "
        "(et tous les verdicts depuis) : datez-le de la fin de sa période de suivi, ou "
        "inscrivez la référence dans le plan avec une entrée `changes`",
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
    "history.removed": (
        "action '{action}' was removed or renamed since {revision} but has readings: keep its "
        "id, which names its readings file",
        "l'action « {action} » a été supprimée ou renommée depuis {revision} mais a des "
        "relevés : gardez son identifiant, qui nomme son fichier de relevés",
    ),
    "history.no_load": (
        "the data at {label} does not load",
        "les données en {label} ne se chargent pas",
    ),
    "history.no_load_because": (
        "the data at {label} does not load: {problem}",
        "les données en {label} ne se chargent pas : {problem}",
    ),
    # the command line's arguments and settings (q2030.arguments, q2030.settings)
    "argument.status": (
        "'{text}' is not a status: one of {known} (or its name, such as on_track, or in French)",
        "« {text} » n'est pas un statut : l'un de {known} (ou en anglais)",
    ),
    "argument.id": (
        "'{text}' is not an id: ids are written like {example}",
        "« {text} » n'est pas un identifiant : ils s'écrivent comme {example}",
    ),
    "settings.toml": ("{place}: {detail}: fix the TOML", "{place} : {detail} : corrigez le TOML"),
    "settings.nested": (
        "{place}: values nested far deeper than settings need: q2030.toml holds one line, "
        'lang = "fr" or "en"',
        "{place} : des valeurs imbriquées bien plus profond que des réglages : q2030.toml "
        'tient en une ligne, lang = "fr" ou "en"',
    ),
    "settings.unreadable": (
        "{path}: cannot be read ({detail})",
        "{path} : illisible ({detail})",
    ),
    "settings.unknown": (
        "{path}: unknown setting '{name}': the settings are: lang",
        "{path} : réglage inconnu « {name} » : les réglages sont : lang",
    ),
    "lang.env": (
        "{variable}={value}: the languages are fr and en (fr_FR, FR and en_GB say them "
        "too): change or unset {variable}",
        "{variable}={value} : les langues sont fr et en (fr_FR, FR et en_GB les disent "
        "aussi) : changez ou retirez {variable}",
    ),
    "settings.lang": (
        '{path}: lang = {value}: write "fr" or "en"',
        '{path} : lang = {value} : écrivez "fr" ou "en"',
    ),
    # validate's summary
    "validate.summary": ("{where}: {errors}, {warnings}", "{where} : {errors}, {warnings}"),
    "count.errors.one": ("{count} error", "{count} erreur"),
    "count.errors.many": ("{count} errors", "{count} erreurs"),
    "count.warnings.one": ("{count} warning", "{count} avertissement"),
    "count.warnings.many": ("{count} warnings", "{count} avertissements"),
    "argument.year": (
        "'{text}' is not a year such as 2027",
        "« {text} » n'est pas une année comme 2027",
    ),
    # the command line's own sentences (q2030.cli)
    "cli.error": ("q2030: error: {message}", "q2030 : erreur : {message}"),
    "cli.usage": ("{message}{where}", "{message}{where}"),
    "cli.see_help": (" (see '{command} --help')", " (voir « {command} --help »)"),
    "cli.aborted": ("aborted", "interrompu"),
    "wrote.report": (
        "Wrote {path}: {count} actions, as of {day}.",
        "{path} écrit : {count} actions, au {day}.",
    ),
    "report.file_name": ("copil-report-{day}", "rapport-copil-{day}"),
    "report.wrong_suffix": (
        "--out {path}: a {format} report is not written to a file with that ending",
        "--out {path} : un rapport {format} ne s'écrit pas dans un fichier qui finit ainsi",
    ),
    "report.pdf_to_terminal": (
        "a PDF is not shown on a terminal: give --out FILE.pdf",
        "un PDF ne s'affiche pas dans un terminal : donnez --out FICHIER.pdf",
    ),
    "report.pdf_subject": (
        "Quartiers 2030 ({territory}): where the commitments stand as of {day}",
        "Quartiers 2030 dans {territory:le} : où en sont les engagements au {day}",
    ),
    "pdf.no_browser": (
        "no browser to print the PDF: install Chromium, Google Chrome or Microsoft Edge (or "
        "name one in {variable}), or write the HTML (--format html) and print it from a "
        "browser",
        "aucun navigateur pour imprimer le PDF : installez Chromium, Google Chrome ou "
        "Microsoft Edge (ou indiquez-en un dans {variable}), ou produisez le HTML (--format "
        "html) et imprimez-le depuis un navigateur",
    ),
    "pdf.browser_variable": (
        "{variable} names {path}, which is not a program: give the path of Chromium, "
        "Chrome or Edge",
        "{variable} indique {path}, qui n'est pas un programme : donnez le chemin de "
        "Chromium, Chrome ou Edge",
    ),
    "pdf.failed": (
        "{browser} could not print the PDF: {reason}",
        "{browser} n'a pas pu imprimer le PDF : {reason}",
    ),
    "pdf.exit_code": ("exit code {code}", "code de sortie {code}"),
    "wrote.sheet": ("Wrote {path}: {count} rows.", "{path} écrit : {count} lignes."),
    "export.xlsx_terminal": (
        "an XLSX file is not for the terminal: name it with --out FILE (or --out -)",
        "un fichier XLSX ne s'affiche pas dans le terminal : nommez-le avec --out FICHIER (ou "
        "--out -)",
    ),
    "record.no_terminal": (
        "{missing} is missing and there is no terminal to ask for it: give it on the command line",
        "{missing} manque et il n'y a pas de terminal pour le demander : donnez-le sur la "
        "ligne de commande",
    ),
    "ask.none_yet": ("none yet", "aucun pour l'instant"),
    "ask.last": ("{shown} on {date} ({source})", "{shown} au {date} ({source})"),
    "ask.milestone": ("a milestone state", "un état de jalon"),
    "ask.about": (
        "Unit: {unit}. Last reading: {last}.",
        "Unité : {unit}. Dernier relevé : {last}.",
    ),
    "ask.value": ("Value", "Valeur"),
    "ask.source": ("Source (where the figure comes from)", "Source (d'où vient le chiffre)"),
    "init.created": (
        "Created {folder}: edit {plan}, then run 'q2030 validate' there.",
        "{folder} créé : complétez {plan}, puis lancez « q2030 validate » dans ce dossier.",
    ),
    # help texts (q2030.cli; said by cli_words.translate_help)
    "help.app": (
        "Track the 'Quartiers 2030' commitments of the State in the Nord: where each action "
        "stands, how far from its target, what is due when.\n\n"
        "Exit codes: 0 success, 1 data problem or unknown id, 2 wrong usage.\n\n"
        "Example: q2030 status --operator ARS",
        "Suivre les engagements « Quartiers 2030 » de l'État dans le Nord : où en est chaque "
        "action, à quelle distance de sa cible, ce qui est dû et quand.\n\n"
        "Codes de sortie : 0 succès, 1 problème dans les données ou identifiant inconnu, "
        "2 mauvais usage.\n\n"
        "Exemple : q2030 status --operator ARS",
    ),
    "help.data": (
        "The data folder (holding objectives.yaml), or a folder with a data/ folder. Default: "
        "$Q2030_DATA, else the nearest data/ folder at or above the working directory.",
        "Le dossier de données (qui contient objectives.yaml), ou un dossier qui contient un "
        "dossier data/. Par défaut : $Q2030_DATA, sinon le dossier data/ le plus proche, ici "
        "ou au-dessus.",
    ),
    "help.version": ("Print the version.", "Affiche la version."),
    "help.lang": (
        "en or fr, for every command. Default: $Q2030_LANG, else the data repository's "
        'q2030.toml (lang = "fr"), else the locale\'s, else English.',
        "fr ou en, pour toutes les commandes. Par défaut : $Q2030_LANG, sinon le q2030.toml "
        'du dépôt de données (lang = "fr"), sinon la langue du système, sinon l\'anglais.',
    ),
    "help.command_lang": (
        "en or fr: words, numbers (18,8 %) and dates (31/12/2027) in French with fr. Default: "
        "as the global --lang.",
        "fr ou en : mots, nombres (18,8 %) et dates (31/12/2027) en français avec fr. Par "
        "défaut : comme l'option générale --lang.",
    ),
    "help.operator": (
        "Only this operator's actions, and its services' (DSDEN includes SDJES); repeat for "
        "several. Case-insensitive.",
        "Seulement les actions de cet opérateur et de ses services (DSDEN comprend le SDJES) ; "
        "à répéter pour plusieurs. Majuscules ou minuscules indifférentes.",
    ),
    "help.action": (
        "The action's id (as 'q2030 status' shows it), or a unique prefix of it.",
        "L'identifiant de l'action (tel que « q2030 status » l'affiche), ou un début qui n'en "
        "désigne qu'une.",
    ),
    "help.as_of": (
        "Compute every figure as at this day: a date (2025-12-31, 31/12/2025 or 31.12.2025), "
        "a year (2025) or a half-year (2025-H1 or 2025-S1). Default: today.",
        "Calculer chaque chiffre à cette date : une date (31/12/2025, 31.12.2025 ou "
        "2025-12-31), une année (2025) ou un semestre (2025-S1 ou 2025-H1). Par défaut : "
        "aujourd'hui.",
    ),
    "help.out": (
        "Where to write it; - or nothing: the standard output. A symbolic link or a folder is "
        "refused; a FIFO or a device is written through.",
        "Où l'écrire ; - ou rien : la sortie standard. Un lien symbolique ou un dossier est "
        "refusé ; un FIFO ou un périphérique est écrit tel quel.",
    ),
    "help.status.short": (
        "Where every action stands, with its status.",
        "Où en est chaque action, avec son statut.",
    ),
    "help.status": (
        "Where every action stands: target, latest reading, gap, progress and status.\n\n"
        "Statuses, first match wins: achieved, missed (due date passed, figure short), "
        "unreported (due date passed, no figure), no_data, deteriorating, on_track (pace >= "
        "0.95), needs_acceleration (pace >= 0.6), off_track; not_measurable for qualitative "
        "actions.\n\n"
        "Example: q2030 status --operator ARS --by due",
        "Où en est chaque action : cible, dernière valeur, écart, avancement et statut.\n\n"
        "Statuts, le premier qui s'applique : atteint, manqué (échéance passée, chiffre "
        "insuffisant), échue, non renseignée (échéance passée, aucun chiffre), sans donnée, "
        "en dégradation, en bonne voie (rythme >= 0,95), à accélérer (rythme >= 0,6), en "
        "retard ; non mesurable pour les actions qualitatives.\n\n"
        "Exemple : q2030 status --operator ARS --by due",
    ),
    "help.status.due": (
        "Only actions due this year.",
        "Seulement les actions échues cette année-là.",
    ),
    "help.status.status": (
        "Only actions with this status; repeat for several: achieved, on_track, "
        "needs_acceleration, off_track, deteriorating, missed, unreported, no_data, "
        "not_measurable (or as the table shows it, in English or French: 'missed', 'échue').",
        "Seulement les actions de ce statut ; à répéter pour plusieurs : tel que le tableau "
        "l'affiche (« manqué », « échue », « en bonne voie »...) ou par son nom anglais "
        "(`missed`, `unreported`, `on_track`...).",
    ),
    "help.status.objective": (
        "Only this objective's actions (its id).",
        "Seulement les actions de cet objectif (son identifiant).",
    ),
    "help.status.by": (
        "Group the table by operator, due year or objective.",
        "Grouper le tableau par `opérateur`, année d'`échéance` ou `objectif`.",
    ),
    "help.status.format": (
        "table for people; json, csv or markdown for machines and documents.",
        "tableau pour les personnes ; json, csv ou markdown pour les machines et les documents.",
    ),
    "help.show.short": (
        "One action whole: its readings and figures.",
        "Une action en entier : ses relevés et ses chiffres.",
    ),
    "help.show": (
        "One action whole: what it is, its readings oldest first, and its figures.\n\n"
        "Example: q2030 show snu-jeunes-qpv",
        "Une action en entier : ce qu'elle est, ses relevés du plus ancien au plus récent, et "
        "ses chiffres.\n\n"
        "Exemple : q2030 show snu-jeunes-qpv",
    ),
    "help.report.short": (
        "The steering committee's report (HTML, PDF or Markdown).",
        "Le rapport du comité de pilotage (HTML, PDF ou Markdown).",
    ),
    "help.report": (
        "The steering committee's report: a one-page summary, then each operator's actions "
        "with a chart.\n\n"
        "One self-contained HTML file (CSS and SVG inline, no script, no network) that prints "
        "on A4, the same printed to PDF by the browser found on the machine (Chromium, Chrome "
        "or Edge), or the same content as Markdown for a wiki or a pull request. Without "
        "--out, at a terminal, the HTML or the PDF is written to a dated file in the current "
        "folder.\n\n"
        "Example: q2030 report --format pdf --out copil.pdf --lang fr",
        "Le rapport du comité de pilotage : une synthèse d'une page, puis les actions de "
        "chaque opérateur avec un graphique.\n\n"
        "Un seul fichier HTML autonome (CSS et SVG inclus, sans script ni réseau) qui "
        "s'imprime en A4, le même imprimé en PDF par le navigateur de la machine (Chromium, "
        "Chrome ou Edge), ou le même contenu en Markdown pour un wiki ou une demande de "
        "fusion. Sans --out, dans un terminal, le HTML ou le PDF est écrit dans un fichier "
        "daté du dossier courant.\n\n"
        "Exemple : q2030 report --format pdf --out copil.pdf --lang fr",
    ),
    "help.report.format": (
        "html (one self-contained page with charts), pdf (the same, printed) or markdown.",
        "html (une page autonome avec graphiques), pdf (la même, imprimée) ou markdown.",
    ),
    "help.export.short": (
        "The status or the readings as a spreadsheet.",
        "Le statut ou les relevés en tableur.",
    ),
    "help.export": (
        "A spreadsheet of the status or of the readings, as French spreadsheet software "
        "expects.\n\n"
        "Example: q2030 export --format xlsx --what readings --out mesures.xlsx --lang fr",
        "Un tableur du statut ou des relevés, tel que l'attendent les tableurs français.\n\n"
        "Exemple : q2030 export --format xlsx --what readings --out mesures.xlsx --lang fr",
    ),
    "help.export.format": (
        "csv (French: ';' and decimal commas; English: ',' and points; UTF-8 with BOM) or "
        "xlsx (needs the q2030[xlsx] extra).",
        "csv (en français : « ; » et virgules décimales ; en anglais : « , » et points ; "
        "UTF-8 avec BOM) ou xlsx (demande l'extra q2030[xlsx]).",
    ),
    "help.export.what": (
        "status (one line per action) or readings (every measurement, in the columns 'q2030 "
        "import' reads).",
        "statut (une ligne par action) ou relevés (chaque relevé, dans les colonnes que lit "
        "« q2030 import »).",
    ),
    "help.export.out": (
        "Where to write it; - or nothing: the standard output (XLSX only with -). A symbolic "
        "link or a folder is refused; a FIFO or a device is written through.",
        "Où l'écrire ; - ou rien : la sortie standard (XLSX seulement avec -). Un lien "
        "symbolique ou un dossier est refusé ; un FIFO ou un périphérique est écrit tel quel.",
    ),
    "help.import.short": (
        "Record the readings of a sheet, all or nothing.",
        "Enregistrer les relevés d'une feuille, tous ou aucun.",
    ),
    "help.import": (
        "Record readings in bulk from the sheet an operator sends, all or nothing.\n\n"
        "Every row is checked as 'q2030 record' checks one reading; every refused row is "
        "listed with its number and reason. The files are written as 'record' writes them.\n\n"
        "Example: q2030 import mesures-caf-2025.xlsx --dry-run",
        "Enregistrer en une fois les relevés de la feuille qu'envoie un opérateur, tous ou "
        "aucun.\n\n"
        "Chaque ligne est vérifiée comme « q2030 record » vérifie un relevé ; chaque ligne "
        "refusée est listée avec son numéro et sa raison. Les fichiers sont écrits comme les "
        "écrit « q2030 record ».\n\n"
        "Exemple : q2030 import mesures-caf-2025.xlsx --dry-run",
    ),
    "help.import.file": (
        "A .csv or .xlsx file with the columns action, date, value, source and note (English "
        "or French headers).",
        "Un fichier .csv ou .xlsx avec les colonnes action, date, valeur, source et note "
        "(en-têtes en français ou en anglais).",
    ),
    "help.import.skip_invalid": (
        "Write the valid rows and list the others. Default: nothing is written unless every "
        "row is valid.",
        "Écrire les lignes valides et lister les autres. Par défaut : rien n'est écrit si une "
        "ligne est invalide.",
    ),
    "help.import.dry_run": (
        "Check every row; write nothing.",
        "Vérifier chaque ligne ; ne rien écrire.",
    ),
    "help.record.short": (
        "Add a measurement, and say what it changes.",
        "Ajouter un relevé, et dire ce qu'il change.",
    ),
    "help.record": (
        "Add a measurement to an action's readings file, and say what it changes.\n\n"
        "The file is only ever appended to, under a lock, and replaced atomically once the new "
        "text has been checked as a whole. Anything wrong is refused and nothing is written.\n\n"
        'Example: q2030 record snu-jeunes-qpv 14.2 --date 2025 --source "SDJES, report 2025"',
        "Ajouter un relevé au fichier des relevés d'une action, et dire ce qu'il change.\n\n"
        "Le fichier n'est jamais que complété, sous verrou, et remplacé d'un coup une fois le "
        "nouveau texte vérifié en entier. Ce qui est faux est refusé et rien n'est écrit.\n\n"
        'Exemple : q2030 record snu-jeunes-qpv 14,2 --date 2025 --source "SDJES, bilan 2025"',
    ),
    "help.record.value": (
        "14.2, 14,2 or 14.2%; 42/48 for a share; done, in_progress or not_started for a "
        "milestone. Asked for when missing at a terminal.",
        "14,2 ou 14,2 % ; 42/48 pour une part ; fait, en cours ou non commencé pour un jalon. "
        "Demandée si elle manque, dans un terminal.",
    ),
    "help.record.source": (
        "Where the figure comes from (required).",
        "D'où vient le chiffre (obligatoire).",
    ),
    "help.record.date": (
        "The date the figure describes: a date (2025-12-31, 31/12/2025 or 31.12.2025), a year "
        "(2025) or a half-year (2025-H1 or 2025-S1). Default: today.",
        "La date que décrit le chiffre : une date (31/12/2025, 31.12.2025 ou 2025-12-31), une "
        "année (2025) ou un semestre (2025-S1 ou 2025-H1). Par défaut : aujourd'hui.",
    ),
    "help.record.note": ("A note.", "Une note."),
    "help.record.reference": (
        "For an action that must grow faster than a reference series (such as the general "
        "population's rate): that series' figure for the same date.",
        "Pour une action qui doit progresser plus vite qu'une série de référence (comme le "
        "taux de la population générale) : le chiffre de cette série à la même date.",
    ),
    "help.record.correct": (
        "Record a correction of the reading of the same date (the old one stays, the new one "
        "says what it corrects).",
        "Enregistrer une correction du relevé de la même date (l'ancien reste, le nouveau dit "
        "ce qu'il corrige).",
    ),
    "help.record.allow_unusual": (
        "Accept a figure about 100 times smaller or larger than the action's previous one "
        "(refused by default: 0.985 typed for 98.5%).",
        "Accepter un chiffre environ 100 fois plus petit ou plus grand que le précédent de "
        "l'action (refusé par défaut : 0,985 tapé pour 98,5 %).",
    ),
    "help.record.dry_run": (
        "Check and show what would change; write nothing.",
        "Vérifier et montrer ce qui changerait ; ne rien écrire.",
    ),
    "help.record.format": ("text or json.", "texte ou json."),
    "help.validate.short": (
        "Check every data file; report every problem.",
        "Vérifier chaque fichier de données ; signaler chaque problème.",
    ),
    "help.validate": (
        "Check every data file and report every problem, each on its file, line and "
        "column.\n\n"
        "Exit codes: 0 no problem (warnings allowed unless --strict); 1 errors, or warnings "
        "with --strict; 2 wrong usage.\n\n"
        "Example: q2030 validate --base origin/main --strict",
        "Vérifier chaque fichier de données et signaler chaque problème, chacun à son "
        "fichier, sa ligne et sa colonne.\n\n"
        "Codes de sortie : 0 aucun problème (avertissements admis sauf avec --strict) ; "
        "1 erreurs, ou avertissements avec --strict ; 2 mauvais usage.\n\n"
        "Exemple : q2030 validate --base origin/main --strict",
    ),
    "help.validate.format": (
        "text: path:line:col: [level] code: message; github: workflow annotations; gitlab: "
        "the code-quality report a merge request shows; json: {{ok, problems}}; auto: github "
        "when GITHUB_ACTIONS is set, else text.",
        "texte : chemin:ligne:col : [niveau] code : message ; github : annotations de "
        "workflow ; gitlab : le rapport de qualité qu'affiche une demande de fusion ; json : "
        "{{ok, problems}} ; auto : github si GITHUB_ACTIONS est défini, sinon texte.",
    ),
    "help.validate.strict": ("Fail on warnings too.", "Échouer aussi sur les avertissements."),
    "help.validate.base": (
        "A git revision (the pull request's target branch): its readings must still be there, "
        "unchanged, and its actions with readings must keep their ids.",
        "Une révision git (la branche cible de la demande de fusion) : ses relevés doivent "
        "toujours être là, inchangés, et ses actions qui ont des relevés garder leur "
        "identifiant.",
    ),
    "help.diff.short": (
        "What a change to the data did, in Markdown.",
        "Ce qu'un changement des données a fait, en Markdown.",
    ),
    "help.diff": (
        "Markdown: the readings added per action, and each action whose status or gap "
        "changed.\n\n"
        "Made to be pasted into a pull-request comment or appended to $GITHUB_STEP_SUMMARY.\n\n"
        'Example: q2030 diff origin/main >> "$GITHUB_STEP_SUMMARY"',
        "En Markdown : les relevés ajoutés par action, et chaque action dont le statut ou "
        "l'écart a changé.\n\n"
        "Fait pour être collé dans un commentaire de demande de fusion ou ajouté à "
        "$GITHUB_STEP_SUMMARY.\n\n"
        'Exemple : q2030 diff origin/main >> "$GITHUB_STEP_SUMMARY"',
    ),
    "help.diff.base": ("The git revision to compare from.", "La révision git de départ."),
    "help.diff.head": (
        "The revision to compare to. Default: the working tree.",
        "La révision d'arrivée. Par défaut : l'arbre de travail.",
    ),
    "help.recover.short": (
        "Finish or undo an interrupted write.",
        "Achever ou annuler une écriture interrompue.",
    ),
    "help.recover": (
        "Finish a write that was interrupted (a killed import, a power cut), or undo one that "
        "had not begun to replace files, so that every file is either as it was or new.\n\n"
        "Every command that reads or writes the data does this first; validate only reports "
        "it.\n\n"
        "Example: q2030 recover",
        "Achever une écriture interrompue (un import arrêté, une coupure de courant), ou "
        "annuler celle qui n'avait pas commencé à remplacer des fichiers, pour que chaque "
        "fichier soit soit comme avant, soit nouveau.\n\n"
        "Toute commande qui lit ou écrit les données le fait d'abord ; validate ne fait que "
        "le signaler.\n\n"
        "Exemple : q2030 recover",
    ),
    "help.schema.short": (
        "Print the JSON Schema of a data file kind.",
        "Afficher le schéma JSON d'un type de fichier de données.",
    ),
    "help.schema": (
        "Print the JSON Schema of a data file kind, generated from the models.\n\n"
        "Editors use it to complete and check the files as people type (the files' first line "
        "names it for the YAML language server); other validators can check the data with "
        "it.\n\n"
        "Example: q2030 schema readings > data/schemas/readings.schema.json",
        "Afficher le schéma JSON d'un type de fichier de données, produit depuis les "
        "modèles.\n\n"
        "Les éditeurs s'en servent pour compléter et vérifier les fichiers pendant la saisie "
        "(la première ligne des fichiers le nomme pour le serveur de langage YAML) ; d'autres "
        "validateurs peuvent vérifier les données avec.\n\n"
        "Exemple : q2030 schema readings > data/schemas/readings.schema.json",
    ),
    "help.schema.kind": ("objectives or readings.", "objectifs (le plan) ou relevés."),
    "help.init.short": (
        "Create a data repository for another territory.",
        "Créer un dépôt de données pour un autre territoire.",
    ),
    "help.init": (
        "Create a data repository for another territory: an empty plan with comments, "
        "readings/, the JSON Schemas, the pull-request (or merge-request) pipeline, a "
        "pre-commit configuration and a README.\n\n"
        "'q2030 validate' passes on it at once.\n\n"
        "Example: q2030 init quartiers-2030-pas-de-calais --territory Pas-de-Calais --article le "
        "--ci gitlab",
        "Créer un dépôt de données pour un autre territoire : un plan vide commenté, "
        "readings/, les schémas JSON, la chaîne d'intégration des demandes de fusion, une "
        "configuration pre-commit et un README.\n\n"
        "« q2030 validate » y passe d'emblée.\n\n"
        "Exemple : q2030 init quartiers-2030-pas-de-calais --territory Pas-de-Calais --article "
        "le --ci gitlab",
    ),
    "help.init.folder": ("The new repository's folder.", "Le dossier du nouveau dépôt."),
    "help.init.territory": (
        "The département or territory. Default: the folder's name.",
        "Le département ou le territoire. Par défaut : le nom du dossier.",
    ),
    "help.init.article": (
        "How French names the territory in a sentence: le (le Nord), la (la Somme), l' "
        "(l'Aisne), les (les Ardennes) or none (Paris). Without it, French says 'le "
        "territoire Nord'.",
        "Comment le français nomme le territoire dans une phrase : le (le Nord), la (la "
        "Somme), l' (l'Aisne), les (les Ardennes) ou aucun (Paris). Sans cette option : « le "
        "territoire Nord ».",
    ),
    "argument.article": (
        "'{text}' is not an article: le, la, l', les or none",
        "« {text} » n'est pas un article : le, la, l', les ou aucun",
    ),
    "help.init.install": (
        "How CI installs q2030 (a pip requirement, such as a git URL).",
        "Comment la CI installe q2030 (une dépendance pip, comme une URL git).",
    ),
    "help.init.ci": (
        "github (a workflow for pull requests) or gitlab (a .gitlab-ci.yml for merge "
        "requests, with the code-quality report on the changed lines).",
        "github (un workflow pour les demandes de fusion) ou gitlab (un .gitlab-ci.yml pour "
        "les demandes de fusion, avec le rapport de qualité sur les lignes modifiées).",
    ),
    # Typer's and Click's own words (by their English text: see cli_words)
    "typer.install_completion": (
        "Install completion for the current shell.",
        "Installer la complétion pour le shell courant.",
    ),
    "typer.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "Afficher la complétion pour le shell courant, pour la copier ou adapter l'installation.",
    ),
    "helpword.usage": ("Usage:", "Utilisation :"),
    "helpword.options": ("Options:", "Options :"),
    "helpword.arguments": ("Arguments:", "Arguments :"),
    "helpword.commands": ("Commands:", "Commandes :"),
    "helpword.help": ("Show this message and exit.", "Affiche cette aide et quitte."),
    "helpword.default": ("[default: ", "[par défaut : "),
    "helpword.required": ("[required]", "[obligatoire]"),
    # Click's usage errors, as Typer words them (matched in q2030.cli_words.USAGE_ERRORS)
    "usage.no_option": ("No such option: {name}", "Option inconnue : {name}"),
    "usage.no_option_possible": (
        "No such option: {name} (Possible options: {hint})",
        "Option inconnue : {name} (options possibles : {hint})",
    ),
    "usage.no_option_hint": (
        "No such option: {name} Did you mean {hint}?",
        "Option inconnue : {name}. Vouliez-vous dire {hint} ?",
    ),
    "usage.invalid_for": (
        "Invalid value for {param}: {message}",
        "Valeur invalide pour {param} : {message}",
    ),
    "usage.not_one_of": (
        "'{value}' is not one of {choices}.",
        "« {value} » n'est pas parmi {choices}.",
    ),
    "usage.missing_argument": ("Missing argument '{name}'.", "Argument manquant : {name}."),
    "usage.missing_option": ("Missing option '{name}'.", "Option manquante : {name}."),
    "usage.extra": (
        "Unexpected extra words on the command line: {args}",
        "Mots en trop sur la ligne de commande : {args}",
    ),
    "usage.no_command": ("No such command '{name}'.", "Commande inconnue : « {name} »."),
    "usage.no_command_hint": (
        "No such command '{name}'. Did you mean '{hint}'?",
        "Commande inconnue : « {name} ». Vouliez-vous dire « {hint} » ?",
    ),
    "usage.needs_value": (
        "Option '{name}' requires an argument.",
        "L'option {name} demande une valeur.",
    ),
    "usage.no_value": (
        "Option '{name}' does not take a value.",
        "L'option {name} ne prend pas de valeur.",
    ),
    "usage.missing_command": ("Missing command.", "Commande manquante."),
    "entry.not_utf8": (
        "the argument {argument} is not valid UTF-8: retype it, or set the terminal to UTF-8",
        "l'argument {argument} n'est pas de l'UTF-8 valide : retapez-le, ou réglez le terminal "
        "en UTF-8",
    ),
    # what the help calls the values to type (metavars)
    "metavar.ACTION": ("ACTION", "ACTION"),
    "metavar.DATE": ("DATE", "DATE"),
    "metavar.DIR": ("DIR", "DOSSIER"),
    "metavar.FILE": ("FILE", "FICHIER"),
    "metavar.FORGE": ("FORGE", "FORGE"),
    "metavar.FORMAT": ("FORMAT", "FORMAT"),
    "metavar.GROUPING": ("GROUPING", "GROUPEMENT"),
    "metavar.ID": ("ID", "ID"),
    "metavar.KIND": ("KIND", "TYPE"),
    "metavar.LANG": ("LANG", "LANGUE"),
    "metavar.NAME": ("NAME", "NOM"),
    "metavar.NUMBER": ("NUMBER", "NOMBRE"),
    "metavar.REF": ("REF", "RÉF"),
    "metavar.REQUIREMENT": ("REQUIREMENT", "DÉPENDANCE"),
    "metavar.STATUS": ("STATUS", "STATUT"),
    "metavar.TEXT": ("TEXT", "TEXTE"),
    "metavar.VALUE": ("VALUE", "VALEUR"),
    "metavar.WHAT": ("WHAT", "CONTENU"),
    "metavar.YEAR": ("YEAR", "ANNÉE"),
    "metavar.[REF2]": ("[REF2]", "[RÉF2]"),
    "helpword.command_args": ("COMMAND [ARGS]...", "COMMANDE [ARGS]..."),
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
    "column.trend": ("Trend", "Tendance"),
    # the report's charts (q2030.render.chart)
    "chart.due": ("due {day}", "échéance {day}"),
    "chart.target": ("target {value}", "cible {value}"),
    "chart.target_each_year": ("target {value} a year", "cible {value} par an"),
    "chart.target_done": ("target: done", "cible : fait"),
    "chart.baseline": ("baseline {value}", "réf. {value}"),
    "chart.value_baseline": ("{value} (baseline)", "{value} (réf.)"),
    "chart.alt": (
        "Chart of {action}: target {target}; latest figure {latest}; status {status}",
        "Graphique de {action} : cible {target} ; dernier chiffre {latest} ; statut {status}",
    ),
    "chart.projected": ("trend: {value}", "tendance : {value}"),
    "chart.reference": ("reference {value}", "référence {value}"),
    "chart.own": ("QPV {value}", "QPV {value}"),
    "report.no_data": (
        "no figure since the baseline of {date}",
        "aucune donnée depuis la référence du {date}",
    ),
    # the report's first page (q2030.render.report)
    "report.moved": ("Moved since {since}", "Ce qui a bougé depuis {since}"),
    "since.commit": (
        "{day} (the data as committed on {committed}, {commit})",
        "le {day} (les données telles que validées le {committed}, {commit})",
    ),
    "since.no_commit": (
        "{day} (no commit that old: figures chosen by the dates they describe)",
        "le {day} (aucun commit aussi ancien : chiffres retenus selon la date qu'ils décrivent)",
    ),
    "since.by_figure_dates": (
        "{day} (outside git: figures chosen by the dates they describe)",
        "le {day} (hors git : chiffres retenus selon la date qu'ils décrivent)",
    ),
    "report.none": ("None.", "Aucune."),
    "report.more.one": ("and {count} more, page {page}", "et {count} autre, page {page}"),
    "report.more.many": ("and {count} more, page {page}", "et {count} autres, page {page}"),
    "report.other_operators.one": ("{count} other operator", "{count} autre opérateur"),
    "report.other_operators.many": ("{count} other operators", "{count} autres opérateurs"),
    "report.complete_lists": (
        "The first page's lists, whole",
        "Les listes de la première page, complètes",
    ),
    "report.continued": ("{heading} (continued)", "{heading} (suite)"),
    "report.detail": ("Detail", "Précision"),
    "report.unreported": ("Due and not reported", "Échues, non renseignées"),
    "report.missed": ("Missed", "Manquées"),
    "report.largest_gaps": (
        "Furthest behind their calendar",
        "Les plus en retard sur leur calendrier",
    ),
    "report.behind": (
        "{gap} to go, {share} of the way behind",
        "{gap} à faire, {share} du chemin en retard",
    ),
    # what moved for an action, with its figures (q2030.render.text.moved)
    "moved.separator": ("; ", " ; "),
    "moved.line": ("{action} ({operator}): {words}", "{action} ({operator}) : {words}"),
    "moved.corrected": (
        "corrected: {before} → {after} ({date})",
        "corrigé : {before} → {after} ({date})",
    ),
    "moved.also": ("also received: {figures}", "reçu aussi : {figures}"),
    "moved.gap": ("gap {before} → {after}", "écart {before} → {after}"),
    "moved.start": (
        "starting point {before} → {after}",
        "point de départ {before} → {after}",
    ),
    "moved.commitment": ("commitment changed: {what}", "engagement modifié : {what}"),
    "since.not_a_date_outside_git": (
        "'{text}' is not a date (such as 31/12/2025), and outside a git repository there is "
        "no revision to compare with",
        "« {text} » n'est pas une date (comme 31/12/2025), et hors d'un dépôt git il n'y a "
        "pas de révision à comparer",
    ),
    "argument.since": (
        "'{text}' is neither a date nor a git revision (such as 31/12/2025 or copil-2025-12)",
        "« {text} » n'est ni une date ni une révision git (comme 31/12/2025 ou copil-2025-12)",
    ),
    "help.since": (
        "The last steering committee, as its date (31/12/2025) or a git revision (a tag such "
        "as copil-2025-12): adds what moved since (readings added, statuses and commitments "
        "changed).",
        "Le dernier comité de pilotage, par sa date (31/12/2025) ou une révision git (une "
        "étiquette comme copil-2025-12) : ajoute ce qui a bougé depuis (relevés ajoutés, "
        "statuts et engagements modifiés).",
    ),
    # the choices of the command line's options, in French too (arguments.choice)
    "choice.table": ("table", "tableau"),
    "choice.text": ("text", "texte"),
    "choice.gap": ("gap", "écart"),
    "choice.status": ("status", "statut"),
    "choice.due": ("due", "échéance"),
    "choice.late": ("late", "retard"),
    "choice.operator": ("operator", "opérateur"),
    "choice.objective": ("objective", "objectif"),
    "choice.readings": ("readings", "relevés"),
    "choice.objectives": ("objectives", "objectifs"),
    "argument.choice": ("'{text}' is not one of: {known}", "« {text} » n'est pas parmi : {known}"),
    "help.sort": (
        "The order of each operator's actions: plan (as the plan lists them), gap (the "
        "furthest behind first), status (the most serious first) or due (soonest first).",
        "L'ordre des actions de chaque opérateur : `plan` (celui du plan), `écart` (les plus "
        "en retard d'abord), `statut` (les plus graves d'abord) ou `échéance` (les plus "
        "proches échéances d'abord).",
    ),
    "metavar.DATE|REF": ("DATE|REF", "DATE|RÉF"),
    "metavar.ORDER": ("ORDER", "ORDRE"),
    "column.since": ("Since", "Depuis"),
    "since.revision": ("'{name}'", "« {name} »"),
    "sheet.status_title": ("Status {day}", "État au {day}"),
    "sheet.status_heading": (
        "Quartiers 2030: where each action stands on {day}",
        "Quartiers 2030 : où en est chaque action au {day}",
    ),
    "sheet.as_of": ("As of {day}", "Situation au {day}"),
    "sheet.readings_heading": (
        "Quartiers 2030 ({territory}): every reading",
        "Quartiers 2030 dans {territory:le} : tous les relevés",
    ),
    "sheet.exported": ("Exported on {day}", "Exporté le {day}"),
    "sheet.requested": ("Request of {day}", "Demande du {day}"),
    "sheet.page": ("page {page} of {pages}", "page {page} sur {pages}"),
    "model.line_break": (
        "a name holds a line break: write it on one line (in an e-mail, a line break would "
        "start a header of its own)",
        "un nom contient un saut de ligne : écrivez-le sur une ligne (dans un courriel, un "
        "saut de ligne commencerait un en-tête)",
    ),
    "model.encoded_word": (
        "a name holds an encoded word (=?...?=), which a mail client would decode into "
        "other text: write the name as it reads",
        "un nom contient un mot encodé (=?...?=), qu'un logiciel de messagerie décoderait "
        "en un autre texte : écrivez le nom tel qu'il se lit",
    ),
    "model.article_elision": (
        'French does not write "{article}" before "{word}": l\' before a vowel (l\'ARS), '
        "le or la before a consonant (la CAF)",
        "on n'écrit pas « {article} » devant « {word} » : l' devant une voyelle (l'ARS), le "
        "ou la devant une consonne (la CAF)",
    ),
    "model.email": (
        "'{text}' is not an e-mail address such as prenom.nom@nord.gouv.fr",
        "« {text} » n'est pas une adresse électronique comme prenom.nom@nord.gouv.fr",
    ),
    # the figures owed (q2030.owed, q2030.render.due)
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
    "column.deadline": ("Deadline", "Date limite"),
    "column.days_late": ("Days late", "Jours de retard"),
    "column.freshness": ("Freshness", "Fraîcheur"),
    "freshness.up_to_date": ("up to date", "à jour"),
    "freshness.due_soon": ("figure due soon", "chiffre bientôt dû"),
    "freshness.late": ("figure late", "chiffre en retard"),
    "freshness.very_late": ("figure very late", "chiffre très en retard"),
    "help.due.short": (
        "The figures each operator owes, and how late.",
        "Les chiffres que doit chaque opérateur, et leur retard.",
    ),
    "help.due": (
        "The figures each operator owes: for each measurable action, one per reporting "
        "period (yearly by default) from the plan's reference date to its due date, due some "
        "months after the period's end (3 by default), until a reading dated in the period "
        "answers it. Figures falling due in the next 30 days are listed too.\n\n"
        "An action is up to date, its figure due soon (within 30 days), late, or very late "
        "(over 90 days).\n\n"
        "Example: q2030 due --operator CAF --sort late",
        "Les chiffres que doit chaque opérateur : pour chaque action mesurable, un par "
        "période (annuelle par défaut) de la date de référence du plan à son échéance, dû "
        "quelques mois après la fin de la période (3 par défaut), jusqu'à ce qu'un relevé "
        "daté dans la période y réponde. Les chiffres dus dans les 30 prochains jours sont "
        "listés aussi.\n\n"
        "Une action est à jour, son chiffre bientôt dû (sous 30 jours), en retard, ou très "
        "en retard (plus de 90 jours).\n\n"
        "Exemple : q2030 due --operator CAF --sort late",
    ),
    "help.due.sort": (
        "plan (as the plan lists the actions), late (the latest first) or due (the soonest "
        "deadline first).",
        "`plan` (l'ordre du plan), `retard` (les plus en retard d'abord) ou `échéance` (les "
        "plus proches échéances d'abord).",
    ),
    # the request sheet (q2030.render.request)
    "request.column.latest": ("Last figure", "Dernier chiffre"),
    "request.column.latest_date": ("Last figure's date", "Date du dernier chiffre"),
    "request.source": ("{operator}, figures {year}", "{operator}, relevé {year}"),
    "request.sheet.instructions": ("Instructions", "Mode d'emploi"),
    "request.sheet.data": ("Figures", "Relevés"),
    "request.heading": (
        "Quartiers 2030 ({territory}): the figures asked of {operator}",
        "Quartiers 2030 dans {territory:le} : les chiffres demandés {operator:à}",
    ),
    "request.what": (
        "The sheet 'Figures' lists the {count} figures owed on {day}: one row per action "
        "and period.",
        "La feuille « Relevés » liste les {count} chiffres dus au {day} : une ligne par "
        "action et par période.",
    ),
    "request.how": (
        "Fill in the yellow cells only: Value (required), Source (prefilled: change it if the "
        "figure comes from elsewhere), Note (optional), and Reference where it is yellow (the "
        "general population's figure, for an action that must outpace it). The other cells "
        "are locked.",
        "Remplissez seulement les cellules jaunes : Valeur (obligatoire), Source (préremplie : "
        "changez-la si le chiffre vient d'ailleurs), Note (facultative), et Référence comparée "
        "là où elle est jaune (le chiffre de la population générale, pour une action qui doit "
        "progresser plus vite qu'elle). Les autres cellules sont verrouillées.",
    ),
    "request.units": (
        "Write each value in the unit of its row: a percentage as you read it (16.5 for "
        "16.5 %), a count as a whole number (2480), a milestone as done, in progress or not "
        "started. The value is the situation on the row's date.",
        "Écrivez chaque valeur dans l'unité de sa ligne : un pourcentage tel qu'on le lit "
        "(16,5 pour 16,5 %), un nombre en entier (2480), un jalon par fait, en cours ou non "
        "commencé. La valeur décrit la situation à la date de la ligne.",
    ),
    "request.example": (
        "Example: for 'Share of young people from QPV among SNU participants' at 31/12/2025, "
        "write 14.2 in Value.",
        "Exemple : pour « Part des jeunes habitant en QPV parmi les participants au SNU » au "
        "31/12/2025, écrivez 14,2 dans Valeur.",
    ),
    "request.source_note": (
        "Say in Source where the figure comes from (a report, a database, a count), and in "
        "Note anything a reader must know (a change of method, an estimate).",
        "Dites dans Source d'où vient le chiffre (un bilan, une base, un comptage), et dans "
        "Note ce qu'un lecteur doit savoir (un changement de méthode, une estimation).",
    ),
    "request.empty": (
        "A figure you cannot give yet: leave its row empty; it stays owed.",
        "Un chiffre que vous ne pouvez pas encore donner : laissez sa ligne vide ; il reste dû.",
    ),
    "request.send_to": (
        "Send the filled sheet back, as it is (do not rename the sheets), to: {contacts}.",
        "Renvoyez la feuille remplie, telle quelle (sans renommer les onglets), à : {contacts}.",
    ),
    "request.formats": (
        "Save it in the format you opened it in, Excel (.xlsx) or LibreOffice (.ods); a "
        "comment added to a cell is kept in its row's note.",
        "Enregistrez-la au format où vous l'avez ouverte, Excel (.xlsx) ou LibreOffice "
        "(.ods) ; un commentaire ajouté à une cellule est gardé dans la note de sa ligne.",
    ),
    "request.to_prefecture": (
        "the préfecture's city-policy team",
        "l'équipe politique de la ville de la préfecture",
    ),
    "request.invalid_title": ("Value refused", "Valeur refusée"),
    "request.invalid.percent": (
        "A percentage between 0 and 100 (the cell shows %).",
        "Un pourcentage entre 0 et 100 (la cellule affiche %).",
    ),
    "request.invalid.points": (
        "A number of percentage points between -100 and 100.",
        "Un nombre de points de pourcentage entre -100 et 100.",
    ),
    "request.invalid.count": ("A whole number, 0 or more.", "Un nombre entier, 0 ou plus."),
    "request.invalid.milestone": (
        "One of: done, in progress, not started.",
        "L'un de : fait, en cours, non commencé.",
    ),
    # importing a request's answer, and committing it (q2030.cli, q2030.branch)
    "sheet.share_pair": (
        "a share needs both its numerator and its denominator",
        "une part demande son numérateur et son dénominateur",
    ),
    "sheet.share_mismatch": (
        "the value {value} is not the share {share}: correct one or empty the value",
        "la valeur {value} n'est pas la part {share} : corrigez l'une ou videz la valeur",
    ),
    "import.other_plan": (
        "{file} answers a request of another plan ({territory}): import it into that plan's "
        "repository",
        "{file} répond à une demande d'un autre plan, celui {territory:de} : importez-la dans "
        "le dépôt de ce plan",
    ),
    "import.edited": (
        "{file}: the hidden identification of this request sheet was edited (it now names "
        "{operator}): nothing imported; ask the operator to fill a new request sheet",
        "{file} : l'identification cachée de cette feuille de demande a été modifiée (elle "
        "nomme maintenant {operator:le}) : rien d'importé ; demandez à l'opérateur de remplir "
        "une nouvelle feuille de demande",
    ),
    "import.not_asked": (
        "{file}: this sheet answers the request made to {operator} on {made}, but row {row} "
        "gives {action} (an action of {owner}) that it did not ask for: nothing imported; "
        "remove the row, or record that figure apart",
        "{file} : cette feuille répond à la demande faite {operator:à} le {made}, mais la "
        "ligne {row} donne {action} (une action {owner:de}), qu'elle ne demandait pas : rien "
        "d'importé ; retirez la ligne, ou saisissez ce chiffre à part",
    ),
    "import.one_operator": (
        "{file}: a request sheet holds the actions of one operator, but row {row} gives "
        "{action}, an action of {owner}, below rows of {operator}: nothing imported; import "
        "each operator's sheet apart",
        "{file} : une feuille de demande porte les actions d'un seul opérateur, mais la ligne "
        "{row} donne {action}, une action {owner:de}, sous des lignes {operator:de} : rien "
        "d'importé ; importez à part la feuille de chaque opérateur",
    ),
    "import.answers": (
        "The answer of {operator} to the request of {made}.",
        "Réponse {operator:de} à la demande du {made}.",
    ),
    "import.not_provided": (
        "{file}: row {row}: {action}: not provided",
        "{file} : ligne {row} : {action} : non fourni",
    ),
    "import.note_left_out": (
        '{file}: {cell}: a note on this cell is left out (it is on no row imported): "{text}"',
        "{file} : {cell} : la note de cette cellule est laissée de côté (elle n'est sur "
        "aucune ligne importée) : « {text} »",
    ),
    "import.require_all.one": (
        "{count} row left empty: nothing written (without --require-all, the filled rows "
        "are imported and the empty ones stay owed)",
        "{count} ligne laissée vide : rien d'écrit (sans --require-all, les lignes remplies "
        "sont importées et les vides restent dues)",
    ),
    "import.require_all.many": (
        "{count} rows left empty: nothing written (without --require-all, the filled rows "
        "are imported and the empty ones stay owed)",
        "{count} lignes laissées vides : rien d'écrit (sans --require-all, les lignes "
        "remplies sont importées et les vides restent dues)",
    ),
    "import.readings.one": ("{count} reading", "{count} relevé"),
    "import.readings.many": ("{count} readings", "{count} relevés"),
    "commit.title": (
        "Readings of {operators} from {file}",
        "Relevés {operators:de} depuis {file}",
    ),
    "commit.line": (
        "- {action}, {date}: {shown} ({source})",
        "- {action}, {date} : {shown} ({source})",
    ),
    "commit.from": ("Imported by q2030 from {file}.", "Importés par q2030 depuis {file}."),
    "commit.done": (
        "{readings} committed on the new branch {branch}: push it (git push -u origin "
        "{branch}) and open the pull request.",
        "{readings} enregistrés sur la nouvelle branche {branch} : poussez-la (git push -u "
        "origin {branch}) et ouvrez la demande de fusion.",
    ),
    "commit.dirty": (
        "{folder} has changes not committed: commit or set them aside first (the branch "
        "starts from the last commit)",
        "{folder} a des modifications non validées : validez-les ou mettez-les de côté "
        "d'abord (la branche part du dernier commit)",
    ),
    "commit.bad_branch": (
        "'{name}' cannot be a git branch name: choose another with --branch",
        "« {name} » ne peut pas nommer une branche git : choisissez-en un autre avec --branch",
    ),
    "commit.branch_exists": (
        "the branch {name} already exists: choose another with --branch",
        "la branche {name} existe déjà : choisissez-en une autre avec --branch",
    ),
    "commit.names_something": (
        "'{name}' already names something in git (a branch, a tag, a commit): choose a new "
        "branch name with --branch",
        "« {name} » désigne déjà quelque chose dans git (une branche, une étiquette, un "
        "commit) : choisissez un nouveau nom de branche avec --branch",
    ),
    "commit.busy": (
        "another import is making the branch {name}: wait for it, or choose another name "
        "with --branch; nothing written",
        "un autre import crée la branche {name} : attendez-le, ou choisissez un autre nom "
        "avec --branch ; rien d'écrit",
    ),
    "commit.failed": (
        "the commit failed ({reason}): nothing committed, no branch left; fix that and "
        "import again",
        "le commit a échoué ({reason}) : rien d'enregistré, aucune branche laissée ; "
        "corrigez cela et importez de nouveau",
    ),
    "commit.cleaned_worktree": (
        "removed the temporary worktree {path} of an import that was interrupted",
        "arbre de travail temporaire {path} d'un import interrompu supprimé",
    ),
    "commit.cleaned_branch": (
        "deleted the branch {name} that an interrupted import had begun (nothing was "
        "committed on it)",
        "branche {name} commencée par un import interrompu supprimée (rien n'y avait été "
        "enregistré)",
    ),
    "commit.kept_branch": (
        "the branch {name} holds the commit of an import interrupted before it said so: check "
        "it (git log {name}), then push it or delete it (git branch -D {name})",
        "la branche {name} porte le commit d'un import interrompu avant de l'annoncer : "
        "vérifiez-la (git log {name}), puis poussez-la ou supprimez-la (git branch -D {name})",
    ),
    "commit.refused": (
        "the rows do not check out in the last commit: commit the data first",
        "les lignes ne passent pas sur le dernier commit : validez d'abord les données",
    ),
    "commit.nothing": (
        "every reading is already recorded: no branch made",
        "chaque relevé est déjà enregistré : aucune branche créée",
    ),
    "help.import.require_all": (
        "Refuse a request sheet with a row left empty (by default the filled rows are "
        "imported and the empty ones listed as not provided).",
        "Refuser une feuille de demande qui a une ligne vide (par défaut les lignes remplies "
        "sont importées et les vides listées comme non fournies).",
    ),
    "help.import.commit": (
        "Write the readings on a new git branch as one commit listing them, the working tree "
        "untouched; then push it and open the pull request.",
        "Écrire les relevés sur une nouvelle branche git, en un commit qui les liste, sans "
        "toucher à l'arbre de travail ; puis poussez-la et ouvrez la demande de fusion.",
    ),
    "help.import.branch": (
        "The new branch's name. Default: releves/<operator>-<date>.",
        "Le nom de la nouvelle branche. Par défaut : releves/<opérateur>-<date>.",
    ),
    # the request sheets and the reminders (q2030.cli, q2030.render.remind)
    "request.which": (
        "name the operator with --operator, or ask every operator that owes figures with --all",
        "nommez l'opérateur avec --operator, ou demandez à chaque opérateur qui doit des "
        "chiffres avec --all",
    ),
    "request.where": (
        "say where to write: --out FILE for one operator, or --out-dir DIR",
        "dites où écrire : --out FICHIER pour un opérateur, ou --out-dir DOSSIER",
    ),
    "request.one_file": (
        "--out writes one operator's sheet: name one operator, or use --out-dir",
        "--out écrit la feuille d'un opérateur : nommez-en un, ou utilisez --out-dir",
    ),
    "request.wrote": (
        "Wrote {path}: {operator}, {figures}.",
        "{path} écrit : {operator}, {figures}.",
    ),
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
    "help.request.short": (
        "The sheet an operator fills with the figures it owes.",
        "La feuille qu'un opérateur remplit avec les chiffres qu'il doit.",
    ),
    "help.request": (
        "The request sheet an operator fills without the tool: one row per figure owed, "
        "locked cells but the value, the source and the note, the value checked as it is "
        "typed, instructions on a first sheet, and a hidden identification that 'q2030 "
        "import' reads back.\n\n"
        "Example: q2030 request --operator CAF --period 2025 --out caf-2025.xlsx",
        "La feuille qu'un opérateur remplit sans l'outil : une ligne par chiffre dû, les "
        "cellules verrouillées sauf la valeur, la source et la note, la valeur vérifiée à la "
        "saisie, un mode d'emploi en premier onglet, et une identification cachée que relit "
        "« q2030 import ».\n\n"
        "Exemple : q2030 request --operator CAF --period 2025 --out caf-2025.xlsx",
    ),
    "help.request.all": (
        "One sheet per operator that owes something (with --out-dir).",
        "Une feuille par opérateur qui doit quelque chose (avec --out-dir).",
    ),
    "help.request.period": (
        "Only the figures for this year's periods.",
        "Seulement les chiffres des périodes de cette année.",
    ),
    "help.request.format": (
        "xlsx (locked, checked, with instructions) or csv (for those without a spreadsheet "
        "program).",
        "xlsx (verrouillée, vérifiée, avec mode d'emploi) ou csv (sans tableur).",
    ),
    "help.request.out": (
        "The sheet to write (one operator).",
        "La feuille à écrire (un opérateur).",
    ),
    "help.request.out_dir": (
        "A folder for one sheet per operator, named <operator>-<period>.xlsx.",
        "Un dossier pour une feuille par opérateur, nommée <opérateur>-<période>.xlsx.",
    ),
    "help.remind.short": (
        "Draft one e-mail per operator that owes figures.",
        "Préparer un courriel par opérateur qui doit des chiffres.",
    ),
    "help.remind": (
        "Draft one e-mail per operator that owes figures, as .eml files to review and send "
        "from your own mail client (the tool never sends mail): to the operator's contacts, "
        "listing what is owed and by when, the request sheet attached.\n\n"
        "Example: q2030 remind --out-dir relances/",
        "Préparer un courriel par opérateur qui doit des chiffres, en fichiers .eml à relire "
        "et envoyer depuis votre messagerie (l'outil n'envoie jamais de courrier) : aux "
        "contacts de l'opérateur, avec ce qui est dû et pour quand, la feuille de demande "
        "jointe.\n\n"
        "Exemple : q2030 remind --out-dir relances/",
    ),
    "help.remind.out_dir": (
        "The folder for the messages, one <operator>.eml each.",
        "Le dossier des messages, un <opérateur>.eml chacun.",
    ),
    "model.before_empty": (
        "'before' must hold the earlier value of a field the change changed: {fields}",
        "« before » doit donner l'ancienne valeur d'un champ que le changement a modifié : "
        "{fields}",
    ),
    "count.withdrawn.one": (
        " ({count} withdrawn, not counted)",
        " ({count} retirée, hors décompte)",
    ),
    "count.withdrawn.many": (
        " ({count} withdrawn, not counted)",
        " ({count} retirées, hors décompte)",
    ),
    # a commitment's history (q2030.checks.commitments, q2030.history)
    "check.change_future": (
        "dated {date}, in the future: a decision is recorded once it is taken",
        "daté du {date}, dans le futur : une décision s'enregistre une fois prise",
    ),
    "check.change_order": (
        "dated {date}, before the change above it ({latest}): keep the changes oldest first",
        "daté du {date}, avant le changement du dessus ({latest}) : gardez les changements du "
        "plus ancien au plus récent",
    ),
    "history.unjustified": (
        "{field} changed from {before} to {after} without a `changes` entry: add one with "
        "the decision and the reason, its `before` holding {before}",
        "changement de {field} de {before} à {after} sans entrée `changes` : ajoutez-en une "
        "avec la décision et la raison, son `before` donnant {before}",
    ),
    "history.plan_field": (
        "plan.{field} changed from {before} to {after} since {revision}: every baseline and "
        "yearly verdict hangs on it, so it cannot change; a new plan starts a new repository",
        "plan.{field} est passé de {before} à {after} depuis {revision} : toutes les "
        "références et les verdicts annuels en dépendent, il ne peut pas changer ; un nouveau "
        "plan commence un nouveau dépôt",
    ),
    "history.before_unheld": (
        "this change says {field} was {said}, but at {revision} it was {held}: `before` holds "
        "the value the commitment had",
        "ce changement dit que {field} valait {said}, mais en {revision} c'était {held} : "
        "`before` donne la valeur qu'avait l'engagement",
    ),
    "history.backdated": (
        "this decision is dated {date}, more than three months before {revision} was "
        "committed ({committed}): it would change what the plan said at the COPILs held "
        "since; date it the day it was taken, and record it within three months",
        "cette décision est datée du {date}, plus de trois mois avant la validation de "
        "{revision} ({committed}) : elle changerait ce que le plan disait aux COPIL tenus "
        "depuis ; datez-la du jour où elle a été prise, et enregistrez-la dans les trois mois",
    ),
    "history.withdrawal_kept": (
        "the withdrawal of {date}, recorded at {revision}, was removed or changed: a "
        "withdrawal stays as it was decided",
        "le retrait du {date}, enregistré en {revision}, a été supprimé ou modifié : un "
        "retrait reste tel qu'il a été décidé",
    ),
    "history.rewritten": (
        "this change, recorded at {revision}, was removed or rewritten: a commitment's "
        "history is append-only",
        "ce changement, enregistré en {revision}, a été supprimé ou réécrit : l'historique "
        "d'un engagement ne fait que s'allonger",
    ),
    "history.action_removed": (
        "action '{action}' was removed or renamed since {revision}: keep its id (its readings "
        "and its history hang on it), with `withdrawn:` (date, decision, reason) if it is "
        "given up",
        "l'action « {action} » a été supprimée ou renommée depuis {revision} : gardez son "
        "identifiant (ses relevés et son historique y sont attachés), avec `withdrawn:` (date, "
        "décision, raison) si elle est abandonnée",
    ),
    "field.target": ("the target", "la cible"),
    "field.due": ("the due date", "l'échéance"),
    "field.due_text": ("the calendar's words", "le libellé du calendrier"),
    "field.baseline": ("the baseline", "la référence"),
    "field.unit": ("the unit", "l'unité"),
    "field.indicator": ("the indicator", "l'indicateur"),
    "value.none": ("nothing", "rien"),
    "show.changed": ("{field}: {before} → {after}", "{field} : {before} → {after}"),
    "show.history": ("Changes to the commitment", "Modifications de l'engagement"),
    "show.column.date": ("Date", "Date"),
    "show.column.decision": ("Decision", "Décision"),
    "show.column.what": ("Change", "Changement"),
    "show.column.reason": ("Reason", "Raison"),
    "report.changes": ("Changed commitments", "Engagements modifiés"),
    "report.original_target": ("Original target", "Cible d'origine"),
    "report.current_target": ("Current target", "Cible actuelle"),
    "diff.commitments": ("Commitments changed", "Engagements modifiés"),
    "diff.commitment": (
        "{date}, {decision}: {what} ({reason})",
        "{date}, {decision} : {what} ({reason})",
    ),
    "diff.unjustified": (
        "changed without a `changes` entry: validate --base refuses it",
        "modifié sans entrée `changes` : validate --base le refuse",
    ),
    # the files of a new data repository (q2030.scaffold)
    "scaffold.plan_comment": (
        "# The plan: its metadata, the operators who owe the actions, and the objectives with "
        "their\n# actions. Measurements go to readings/<action-id>.yaml (q2030 record).",
        "# Le plan : ses métadonnées, les opérateurs qui portent les actions, et les objectifs "
        "avec\n# leurs actions. Les relevés vont dans readings/<id-action>.yaml (q2030 record).",
    ),
    "scaffold.reference_date": (
        '# what the plan calls "aujourd\'hui"',
        "# ce que le plan appelle « aujourd'hui »",
    ),
    "scaffold.source": (
        "the published plan (name its file here)",
        "le plan publié (nommez son fichier ici)",
    ),
    "scaffold.title": ("the action's wording, verbatim", "le libellé de l'action, mot pour mot"),
    "scaffold.article": (
        "# how French names it in a sentence: la CAF, le SDJES, l'ARS, les ...",
        "# comment une phrase le nomme : la CAF, le SDJES, l'ARS, les ...",
    ),
    "scaffold.due": (
        "# a date, a year, or a half-year such as 2024-H2",
        "# une date, une année, ou un semestre comme 2024-H2",
    ),
    "scaffold.due_text": (
        "# the plan's calendar cell, verbatim",
        "# la case « calendrier » du plan, mot pour mot",
    ),
    "scaffold.source_line": (
        "# where the action stands in the source",
        "# la ligne de l'action dans la source",
    ),
    "scaffold.unit": (
        "# percent, points (percentage points) or count (with unit_label: places, QPV...)",
        "# percent, points (points de pourcentage) ou count (avec unit_label : places, QPV...)",
    ),
    "scaffold.settings": (
        '# q2030\'s settings for this repository. lang: the language of every command ("fr" '
        'or\n# "en"); --lang or $Q2030_LANG choose otherwise for one run.',
        "# Les réglages de q2030 pour ce dépôt. lang : la langue de toutes les commandes "
        "(« fr »\n# ou « en ») ; --lang ou $Q2030_LANG en choisissent une autre le temps d'une "
        "commande.",
    ),
    "scaffold.readme": (
        'The State\'s "Quartiers 2030" commitments for {territory}, as data checked by the '
        "q2030 tool.\n\n"
        "- `data/objectives.yaml`: the plan, its operators, objectives and actions.\n"
        "- `data/readings/<action-id>.yaml`: the measurements of each action, oldest first.\n\n"
        'Record a figure with `q2030 record ACTION VALUE --source "..."`, see where each '
        "action stands with `q2030 status`, and check every file with `q2030 validate`. "
        "Changes to `data/` are checked by `{pipeline}`; `pre-commit install` checks them "
        "before each commit.\n",
        "Les engagements « Quartiers 2030 » de l'État pour {territory:le}, en données vérifiées "
        "par l'outil q2030.\n\n"
        "- `data/objectives.yaml` : le plan, ses opérateurs, objectifs et actions.\n"
        "- `data/readings/<id-action>.yaml` : les relevés de chaque action, du plus ancien au "
        "plus récent.\n\n"
        'Saisissez un chiffre avec `q2030 record ACTION VALEUR --source "..."`, voyez où en '
        "est chaque action avec `q2030 status`, et vérifiez chaque fichier avec `q2030 "
        "validate`. Les modifications de `data/` sont vérifiées par `{pipeline}` ; "
        "`pre-commit install` les vérifie avant chaque commit.\n",
    ),
    "fs.out_dir": (
        "{path} is a symbolic link or not a folder: name a plain folder; nothing written",
        "{path} est un lien symbolique ou pas un dossier : nommez un dossier ordinaire ; rien "
        "d'écrit",
    ),
}


NO_BREAK = "\u00a0"
_BEFORE_MARK = re.compile(r" ([:;?!»%])")


def french_spacing(text: str) -> str:
    """French typography: the space before : ; ? ! » and %, and after «, made a no-break
    space, so that no line starts with a colon or a lone percent sign."""
    return _BEFORE_MARK.sub(NO_BREAK + r"\1", text).replace("« ", "«" + NO_BREAK)


CATALOGUE = {key: (english, french_spacing(french)) for key, (english, french) in CATALOGUE.items()}

LANG_ENV = "Q2030_LANG"


def language_code(value: str) -> str | None:
    """The language a locale-like name means: `fr`, `FR`, `fr_FR`, `fr-FR`, `fr_FR.UTF-8`
    are French, `en_GB` English; None for any other language (or none)."""
    code = re.split(r"[_.@-]", value.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def environment_language() -> str | None:
    """The language $Q2030_LANG asks for (None when unset or empty); MessageError, in one
    line, when it names a language the tool does not speak (`de`)."""
    value = os.environ.get(LANG_ENV, "")
    if not value.strip():
        return None
    code = language_code(value)
    if code is None:
        raise MessageError("lang.env", variable=LANG_ENV, value=repr(value))
    return code


def detect(option: str | None = None, configured: str | None = None) -> str:
    """The language to use: the option's, else $Q2030_LANG's (an unknown one is left to
    environment_language to refuse), else the data repository's (its q2030.toml), else
    the locale's, else English."""
    if option:
        return option
    if code := language_code(os.environ.get(LANG_ENV, "")):
        return code
    if configured:
        return configured
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


class Message:
    """Something to tell a person, not yet in a language: a catalogue key and the values
    that fill it. Errors and problems carry one from where they are found to the command
    line, which says it in the run's language. Values may be messages themselves, dates
    (written as the language writes them) or anything `str` shows."""

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        if key not in CATALOGUE and f"{key}.one" not in CATALOGUE:
            raise KeyError(f"no catalogue entry '{key}'")
        self.key = key
        self.values = values

    def __str__(self) -> str:
        return ENGLISH.text(self)

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.key, self.values) == (other.key, other.values)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted((name, str(v)) for name, v in self.values.items()))))

    def __lt__(self, other: Message) -> bool:  # problems sort by place, then by message
        return str(self) < str(other)


# How French names what it has no article for, by what it is: « à l'opérateur CAF »,
# « pour le territoire Nord »
_KIND_WORDS = {"operator": ("l'", "opérateur"), "territory": ("le", "territoire")}
_CONTRACTED = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"


def _with_article(article: str, name: str) -> str:
    return f"{article}{name}" if article.endswith("'") or not article else f"{article} {name}"


class Named:
    """A name as French puts it in a sentence, with its article and the contractions of à
    and de: the catalogue's French writes {operator:à} (« à la CAF », « au Secrétariat
    général »), {operator:de} (« de l'ARS », « de France Travail ») or {operator:le} (« la
    CAF »); a bare {operator} is the name alone (English, labels). Without a known
    article (None; "" is "none"), French names it by what it is: « à l'opérateur CAF »."""

    __slots__ = ("article", "kind", "name")

    def __init__(self, name: str, article: str | None, kind: str = "operator") -> None:
        self.name, self.article, self.kind = name, article, kind

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Named({self.name!r}, {self.article!r}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and (self.name, self.article, self.kind) == (
            other.name,
            other.article,
            other.kind,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.article, self.kind))

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.name
        if spec not in ("à", "de", "le"):
            raise ValueError(f"unknown form '{spec}' of a name: à, de or le")
        article, name = self.article, self.name
        if article is None:
            article, noun = _KIND_WORDS[self.kind]
            name = f"{noun} {name}"
        if spec == "le":
            return _with_article(article, name)
        if contracted := _CONTRACTED.get((spec, article)):
            return f"{contracted} {name}"
        if spec == "de" and not article and name[:1].lower() in _VOWELS:
            return f"d'{name}"  # « d'Action Logement »
        return f"{spec} {_with_article(article, name)}"


class Names:
    """Several names in one sentence: "CAF, ARS"; in French, with their articles, « de la
    CAF et de l'ARS » ({operators:de})."""

    __slots__ = ("names",)

    def __init__(self, names: list[Named]) -> None:
        self.names = names

    def __str__(self) -> str:
        return ", ".join(named.name for named in self.names)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Names) and self.names == other.names

    def __hash__(self) -> int:
        return hash(tuple(self.names))

    def __format__(self, spec: str) -> str:
        if not spec or len(self.names) < 2:
            return ", ".join(format(named, spec) for named in self.names)
        said = [format(named, spec) for named in self.names]
        return ", ".join(said[:-1]) + " et " + said[-1]


class MessageError(ValueError):
    """A ValueError that says what is wrong as a Message (parsers and model validators
    raise it; Pydantic keeps it in its error's context, the loader reads it from there)."""

    def __init__(self, key: str | Message, /, **values: object) -> None:
        self.message = key if isinstance(key, Message) else Message(key, **values)
        super().__init__(str(self.message))


class Language:
    """Words, numbers and dates in one language."""

    def __init__(self, code: str = "en") -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language '{code}': one of {', '.join(LANGUAGES)}")
        self.code = code
        self._index = LANGUAGES.index(code)

    def __call__(self, key: str, **values: object) -> str:
        """The catalogue's text for `key`, with `{names}` filled from `values` (a message
        among them said in this language, a date written as this language writes it).
        A key with `.one` and `.many` forms is chosen by the `count` value (see counted)."""
        if key not in CATALOGUE:
            rest = {name: value for name, value in values.items() if name != "count"}
            return self.counted(key, int(str(values["count"])), **rest)
        text = CATALOGUE[key][self._index]
        return text.format(**{name: self._value(value) for name, value in values.items()})

    def _value(self, value: object) -> object:
        if isinstance(value, Message):
            return self.text(value)
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, float):
            return self.decimal(value, 6)
        if isinstance(value, tuple):  # a list of things said one after the other
            return ", ".join(str(self._value(item)) for item in value)
        return value

    def text(self, message: Message | str) -> str:
        """A message in this language (a plain string is already said)."""
        if isinstance(message, str):
            return message
        return self(message.key, **message.values)

    def counted(self, key: str, count: int, **values: object) -> str:
        """The catalogue's `key.one` or `key.many` as `count` asks: English counts 0 as
        many, French as one ("0 relevé enregistré")."""
        one = count == 1 or (self.code == "fr" and count == 0)
        values["count"] = count
        return self(f"{key}.{'one' if one else 'many'}", **values)

    def status(self, status: Status) -> str:
        return self(status.value)

    def decimal(self, value: float, digits: int = 1, *, grouped: bool = False) -> str:
        """A number with at most `digits` decimals, as the language writes it: 18.8 or 18,8;
        `grouped` separates thousands for reading (2,520; French 2 520, with a no-break
        space), never in cells a spreadsheet must read as numbers."""
        text = f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if self.code == "fr":
            return text.replace(",", "\u00a0").replace(".", ",")
        return text

    def fixed(self, value: float, digits: int = 2) -> str:
        """A number with exactly `digits` decimals: 0.80 (French: 0,80)."""
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.code == "fr" else text

    def ratio(self, value: float) -> str:
        """0.4 as '40%' in English, '40 %' in French."""
        return f"{value:.0%}" if self.code == "en" else f"{value * 100:.0f}{NO_BREAK}%"

    @property
    def unit_space(self) -> str:
        """What separates a number from its unit: a no-break space in French ("18,8 %")."""
        return NO_BREAK if self.code == "fr" else " "

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y") if self.code == "fr" else value.isoformat()


ENGLISH = Language("en")


class LanguageChoice(StrEnum):
    """For the command line's --lang option."""

    en = "en"
    fr = "fr"
