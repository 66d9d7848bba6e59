"""The words and number forms of the tool, in English and in French: one catalogue.

French is chosen by `--lang fr`, or by a French locale (LC_ALL, LC_MESSAGES or LANG
starting with "fr"); English otherwise. French writes `18,8 %` and `31/12/2027`.
Machine formats (JSON, `status --format csv`) stay in English whatever the language.
"""

from __future__ import annotations

import os
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
    "off_track": ("off track", "en retard"),
    "deteriorating": ("deteriorating", "en dégradation"),
    "missed": ("missed", "manqué"),
    "unreported": ("due, not reported", "échue, non renseignée"),
    "no_data": ("no data", "sans donnée"),
    "not_measurable": ("not measurable", "non mesurable"),
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
    "target.each_year": ("{target} each year from {year}", "{target} chaque année dès {year}"),
    "baseline.to_record": (
        "the value on {date}, to be recorded",
        "la valeur au {date}, à renseigner",
    ),
    "baseline.to_record_short": ("to be recorded ({date})", "à renseigner ({date})"),
    "points": ("pts", "pts"),
    "gap.ahead": ("{amount} ahead", "dépassé de {amount}"),
    "stale": ("stale", "ancienne"),
    "year.met": ("met", "atteint"),
    "year.missed": ("missed", "manqué"),
    "year.unreported": ("not reported", "non renseigné"),
    "year.pending": ("under way", "en cours"),
    "calendar": ("calendar", "calendrier"),
    "by": ("by", "au plus tard le"),
    "line": ("line", "ligne"),
    # headings and sentences
    "due_in": ("Due {year}", "Échéance {year}"),
    "count.actions": ("{count} actions", "{count} actions"),
    "count.action": ("{count} action", "{count} action"),
    "count.line": ("{head}: {parts}", "{head} : {parts}"),
    # a count of actions with a status ("3 missed"): French agrees with "actions"
    "counted.achieved": ("{count} achieved", "{count} atteinte{s}"),
    "counted.on_track": ("{count} on track", "{count} en bonne voie"),
    "counted.needs_acceleration": ("{count} needs acceleration", "{count} à accélérer"),
    "counted.off_track": ("{count} off track", "{count} en retard"),
    "counted.deteriorating": ("{count} deteriorating", "{count} en dégradation"),
    "counted.missed": ("{count} missed", "{count} manquée{s}"),
    "counted.unreported": ("{count} due, not reported", "{count} échue{s}, non renseignée{s}"),
    "counted.no_data": ("{count} no data", "{count} sans donnée"),
    "counted.not_measurable": ("{count} not measurable", "{count} non mesurable{s}"),
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
    "diff.moved": ("Status and gap", "Statut et écart"),
    "diff.absent": ("(absent)", "(absente)"),
    "import.row": ("{file}: row {row}: {reason}", "{file} : ligne {row} : {reason}"),
    "import.refused": (
        "{refused} of {rows} rows refused: nothing written (--skip-invalid writes the valid rows)",
        "{refused} lignes refusées sur {rows} : rien d'écrit (--skip-invalid écrit les lignes "
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
    "report.chart": (
        "Baseline to target, readings and today",
        "De la référence à la cible, mesures",
    ),
    "report.chart_alt": (
        "{action}: line from the baseline to the target, {count} readings, as-of date marked",
        "{action} : droite de la référence à la cible, {count} mesures, date du jour marquée",
    ),
    "report.legend": (
        "Dashed: the straight line from the baseline to the target. Dots: readings. "
        "Vertical line: the as-of date. Horizontal line: the target.",
        "Tirets : la droite de la référence à la cible. Points : les mesures. "
        "Trait vertical : la date d'arrêté. Trait horizontal : la cible.",
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
    "reason.no_reading": ("no reading yet", "pas encore de mesure"),
    "reason.meets": ("{value} meets the target {target}", "{value} atteint la cible {target}"),
    "reason.missed_short": (
        "due {deadline} has passed, {gap} short",
        "échéance du {deadline} passée, à {gap} de la cible",
    ),
    "reason.none_after_baseline": (
        "no reading after the baseline ({date})",
        "aucune mesure après la référence ({date})",
    ),
    "reason.baseline_unknown": (
        "baseline unknown: progress needs a baseline and a later reading",
        "référence inconnue : l'avancement demande une référence et une mesure ultérieure",
    ),
    "reason.worse": (
        "{value} is worse than the baseline {baseline}",
        "{value} est moins bien que la référence {baseline}",
    ),
    "reason.no_time": (
        "no time elapsed since the baseline",
        "aucun temps écoulé depuis la référence",
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
        "baseline unknown: record the figure for {date} (or earlier)",
        "référence inconnue : saisir le chiffre du {date} (ou avant)",
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
    "reason.not_started": ("not started yet", "pas encore commencé"),
    "reason.qualitative": (
        "qualitative: no measurable target",
        "qualitative : pas de cible mesurable",
    ),
}


LANG_ENV = "Q2030_LANG"


def detect(option: str | None = None, configured: str | None = None) -> str:
    """The language to use: the option's, else $Q2030_LANG's, else the data repository's
    (its q2030.toml), else the locale's, else English."""
    if option:
        return option
    if os.environ.get(LANG_ENV) in LANGUAGES:
        return os.environ[LANG_ENV]
    if configured:
        return configured
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


class Language:
    """Words, numbers and dates in one language."""

    def __init__(self, code: str = "en") -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language '{code}': one of {', '.join(LANGUAGES)}")
        self.code = code
        self._index = LANGUAGES.index(code)

    def __call__(self, key: str, **values: object) -> str:
        """The catalogue's text for `key`, with `{names}` filled from `values`."""
        text = CATALOGUE[key][self._index]
        return text.format(**values) if values else text

    def counted(self, key: str, count: int, **values: object) -> str:
        """The catalogue's `key.one` or `key.many` as `count` asks: English counts 0 as
        many, French as one ("0 relevé enregistré")."""
        one = count == 1 or (self.code == "fr" and count == 0)
        return self(f"{key}.{'one' if one else 'many'}", count=count, **values)

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
        return f"{value:.0%}" if self.code == "en" else f"{value * 100:.0f} %"

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y") if self.code == "fr" else value.isoformat()


ENGLISH = Language("en")


class LanguageChoice(StrEnum):
    """For the command line's --lang option."""

    en = "en"
    fr = "fr"
