"""The published site (`q2030 site`): its pages, its downloads and what their columns mean,
writing its folder, and the command's help (q2030.render.site, q2030.commands.site)."""

WORDS: dict[str, tuple[str, str]] = {
    # the command
    "help.site.short": (
        "A static website: a page per commitment, the data to download.",
        "Un site web : une page par engagement, les données à télécharger.",
    ),
    "help.site": (
        "A static website of the plan, in French with its English version beside it: a home "
        "page (the counts per status and per operator, what moved, what falls due, every "
        "commitment with a filter box), a page per operator and per action (the commitment "
        "as the source states it, its chart, every figure, its history), and the data as "
        "downloads (CSV, JSON, the plan's YAML) named with the as-of date.\n\n"
        "No server and no network: it opens from a folder, GitLab Pages or GitHub Pages. "
        "The same data gives the same files. What moved is what the data's previous version "
        "in git did not say yet, or what arrived since --since. The folder is replaced whole; "
        "one that a q2030 site did not write is refused.\n\n"
        "Example: q2030 site --out public --lang fr",
        "Un site web statique du plan, en français avec sa version anglaise à côté : une page "
        "d'accueil (les effectifs par statut et par opérateur, ce qui a bougé, les échéances, "
        "tous les engagements avec un filtre), une page par opérateur et par action "
        "(l'engagement tel que la source l'énonce, son graphique, chaque chiffre, son "
        "historique), et les données à télécharger (CSV, JSON, le YAML du plan) nommées avec "
        "la date d'arrêté.\n\n"
        "Ni serveur ni réseau : il s'ouvre depuis un dossier, GitLab Pages ou GitHub Pages. "
        "Les mêmes données donnent les mêmes fichiers. Ce qui a bougé est ce que la version "
        "précédente des données dans git ne disait pas encore, ou ce qui est arrivé depuis "
        "--since. Le dossier est remplacé en entier ; un dossier qu'un site q2030 n'a pas "
        "écrit est refusé.\n\n"
        "Exemple : q2030 site --out public --lang fr",
    ),
    "help.site.out": (
        "The folder to write the site in (replaced whole; created if missing).",
        "Le dossier où écrire le site (remplacé en entier ; créé s'il manque).",
    ),
    "help.site.since": (
        "Say what moved since this date (31/12/2025) or git revision (a tag such as "
        "copil-2025-12); default: since the data's previous version in git.",
        "Dire ce qui a bougé depuis cette date (31/12/2025) ou cette révision git (une "
        "étiquette comme copil-2025-12) ; par défaut : depuis la version précédente des "
        "données dans git.",
    ),
    "site.wrote.one": (
        "Wrote the site in {path}: {count} file, as of {day}.",
        "Site écrit dans {path} : {count} fichier, au {day}.",
    ),
    "site.wrote.many": (
        "Wrote the site in {path}: {count} files, as of {day}.",
        "Site écrit dans {path} : {count} fichiers, au {day}.",
    ),
    # writing its folder (q2030.data.fsio.replace_tree)
    "site.not_ours": (
        "{path} is a folder that q2030 site did not write (it holds files and no {marker}): "
        "name a new or empty folder; nothing written",
        "{path} est un dossier que q2030 site n'a pas écrit (il contient des fichiers et pas "
        "de {marker}) : nommez un dossier nouveau ou vide ; rien d'écrit",
    ),
    "site.cannot_write": (
        "cannot write the site in {path}: {reason}; nothing written",
        "impossible d'écrire le site dans {path} : {reason} ; rien d'écrit",
    ),
    "site.plan_unreadable": (
        "cannot read {path} again to publish it: {reason}",
        "impossible de relire {path} pour le publier : {reason}",
    ),
    "site.plan_cut": (
        "Published by q2030 site: the contacts are left out (this plan does not publish them).",
        "Publié par q2030 site : les contacts sont retirés (ce plan ne les publie pas).",
    ),
    "site.plan_unpublishable": (
        "the plan cannot be published as YAML that reads back the same: please report it",
        "le plan ne peut être publié en YAML qui se relise à l'identique : merci de le signaler",
    ),
    "site.operator_case": (
        "the operators {first} and {second} differ only by case: their pages would be one "
        "file on Windows or macOS: rename one in objectives.yaml",
        "les opérateurs {first} et {second} ne diffèrent que par la casse : leurs pages "
        "seraient un seul fichier sous Windows ou macOS : renommez-en un dans objectives.yaml",
    ),
    # every page's frame (q2030.render.site.frame)
    "site.language": ("English", "Français"),
    "site.skip": ("Skip to the content", "Aller au contenu"),
    "site.nav.label": ("Main menu", "Menu principal"),
    "site.nav.home": ("Home", "Accueil"),
    "site.nav.downloads": ("Data and downloads", "Données et téléchargements"),
    "site.breadcrumb": ("You are here", "Vous êtes ici"),
    "site.as_of_footer": ("Figures as of {day}.", "Chiffres arrêtés au {day}."),
    # the home page
    "site.counts_heading": ("Statuses per operator", "Statuts par opérateur"),
    "site.counts_caption": (
        "How many commitments have each status, for all operators, then for each operator "
        "(its own commitments; withdrawn ones are not counted).",
        "Nombre d'engagements par statut, pour tous les opérateurs, puis pour chacun (ses "
        "propres engagements ; les engagements abandonnés ne sont pas comptés).",
    ),
    "site.moved_heading": ("What moved", "Ce qui a bougé"),
    "site.previous": (
        "the data's previous version (commit {commit} of {day})",
        "la version précédente des données (commit {commit} du {day})",
    ),
    "site.no_previous": (
        "Nothing to compare with: git holds no earlier version of the data (in CI, fetch the "
        "whole history). q2030 site --since DATE says what moved since a date.",
        "Rien à comparer : git ne garde aucune version antérieure des données (en CI, "
        "récupérez tout l'historique). q2030 site --since DATE dit ce qui a bougé depuis une "
        "date.",
    ),
    "site.outside_git": (
        "Nothing to compare with: the data folder is not in a git repository. q2030 site "
        "--since DATE says what moved since a date.",
        "Rien à comparer : le dossier de données n'est pas dans un dépôt git. q2030 site "
        "--since DATE dit ce qui a bougé depuis une date.",
    ),
    "site.all_heading": ("Every commitment", "Tous les engagements"),
    "site.all_intro": (
        "Each commitment links to its page: the commitment as the plan states it, its "
        "figures, its chart and its history.",
        "Chaque engagement mène à sa page : l'engagement tel que le plan l'énonce, ses "
        "chiffres, son graphique et son historique.",
    ),
    "site.all_caption": (
        "Every commitment of the plan, in the plan's order, with its status.",
        "Tous les engagements du plan, dans l'ordre du plan, avec leur statut.",
    ),
    "site.filter.label": ("Filter the commitments", "Filtrer les engagements"),
    "site.filter.all": ("All", "Tous"),
    "site.filter.due": ("Due in", "Échéance en"),
    "site.filter.words": ("Words of the title", "Mots de l'intitulé"),
    "site.filter.one": ("{count} commitment shown", "{count} engagement affiché"),
    "site.filter.many": ("{count} commitments shown", "{count} engagements affichés"),
    # an operator's page
    "site.operator_description": ("As the plan says", "Selon le plan"),
    "site.operator_parent": ("Part of", "Rattaché à"),
    "site.operator_services": ("Its services", "Ses services"),
    "site.operator_leads": ("Leads named by the plan", "Pilotes nommés par le plan"),
    "site.operator_contacts": ("Contacts", "Interlocuteurs"),
    "site.contact_no_role": ("contact (role not given)", "contact (rôle non précisé)"),
    "site.contact_named": ("{role}: {name}", "{role} : {name}"),
    "site.operator_commitments": ("Its commitments", "Ses engagements"),
    "site.operator_caption": (
        "The operator's commitments, in the plan's order, with their status.",
        "Les engagements de l'opérateur, dans l'ordre du plan, avec leur statut.",
    ),
    "site.owed_heading": ("Figures expected", "Chiffres attendus"),
    "site.owed_none": (
        "No figure is overdue or due within 30 days.",
        "Aucun chiffre n'est en retard ni attendu dans les 30 jours.",
    ),
    "site.owed_caption": (
        "The figures the operator owes: overdue, or due within 30 days.",
        "Les chiffres que l'opérateur doit : en retard, ou attendus dans les 30 jours.",
    ),
    # an action's page
    "site.source_line": ("Source: {source}.", "Source : {source}."),
    "site.commitment_heading": ("The commitment", "L'engagement"),
    "site.standing_heading": ("Where it stands on {day}", "Où il en est au {day}"),
    "site.trend_heading": ("Where the trend leads", "Où mène la tendance"),
    "site.readings_heading": ("Every figure", "Tous les chiffres"),
    "site.readings_caption": (
        "The figures of {action}, oldest first, each with its source; a correction follows "
        "the figure it corrects.",
        "Les chiffres de {action}, du plus ancien au plus récent, chacun avec sa source ; une "
        "correction suit le chiffre qu'elle corrige.",
    ),
    "site.readings_none": ("No figure recorded yet.", "Aucun chiffre enregistré pour l'instant."),
    "site.history_caption": (
        "Each decision that changed {action}, oldest first.",
        "Chaque décision qui a modifié {action}, de la plus ancienne à la plus récente.",
    ),
    "site.history_none": (
        "The commitment has not changed since the plan was adopted.",
        "L'engagement n'a pas changé depuis l'adoption du plan.",
    ),
    # the downloads page (q2030.render.site.downloads)
    "site.downloads_title": ("Data and downloads", "Données et téléchargements"),
    "site.downloads_intro": (
        "The figures this site shows, to take away: each file is named with the day the "
        "figures are as of.",
        "Les chiffres que montre ce site, à emporter : chaque fichier porte la date "
        "d'arrêté des chiffres.",
    ),
    "site.file.statuses": ("statuses-{day}", "statuts-{day}"),
    "site.file.readings": ("readings-{day}", "releves-{day}"),
    "site.size": ("{size} kB", "{size} ko"),
    "site.download.statuses_csv": (
        "The statuses: one line per commitment (CSV for a spreadsheet)",
        "Les statuts : une ligne par engagement (CSV pour un tableur)",
    ),
    "site.download.readings_csv": (
        "The figures: one line per reading (CSV for a spreadsheet)",
        "Les chiffres : une ligne par relevé (CSV pour un tableur)",
    ),
    "site.download.statuses_json": (
        "The statuses, for programs (JSON)",
        "Les statuts, pour les programmes (JSON)",
    ),
    "site.download.readings_json": (
        "The figures, for programs (JSON)",
        "Les chiffres, pour les programmes (JSON)",
    ),
    "site.download.plan": (
        "The plan: operators, objectives, actions and targets (YAML, the tool's own file)",
        "Le plan : opérateurs, objectifs, actions et cibles (YAML, le fichier de l'outil)",
    ),
    "site.csv_convention": (
        "These CSV files are written as a spreadsheet in English expects them: cells "
        "separated by commas, decimal points, UTF-8 with a byte-order mark. The French pages "
        "give the same files in the French convention (semicolons, decimal commas).",
        "Ces fichiers CSV sont écrits comme un tableur en français les attend : cellules "
        "séparées par des points-virgules, virgules décimales, UTF-8 avec marque d'ordre des "
        "octets ; Excel et LibreOffice les ouvrent directement. Les pages en anglais donnent "
        "les mêmes fichiers à la convention anglaise.",
    ),
    "site.reimport": (
        "The figures' files read back into q2030 (q2030 import) as the data they come from.",
        "Les fichiers de chiffres se relisent dans q2030 (q2030 import) comme les données "
        "dont ils viennent.",
    ),
    "site.columns_heading": ("What each column means", "Ce que dit chaque colonne"),
    "site.columns_caption": ("The columns of {file}", "Les colonnes de {file}"),
    "site.fields_caption": (
        "The fields of each object of {file}",
        "Les champs de chaque objet de {file}",
    ),
    "site.column_heading": ("Column", "Colonne"),
    "site.field_heading": ("Field", "Champ"),
    "site.meaning": ("Meaning", "Signification"),
    # the statuses' CSV columns (q2030.render.status_sheet.STATUS_COLUMNS)
    "site.status_csv.action": (
        "The action's identifier (its page's name on this site).",
        "L'identifiant de l'action (le nom de sa page sur ce site).",
    ),
    "site.status_csv.title": (
        "The commitment, word for word as the plan states it.",
        "L'engagement, mot pour mot comme le plan l'énonce.",
    ),
    "site.status_csv.operator": (
        "The operator that carries the commitment.",
        "L'opérateur qui porte l'engagement.",
    ),
    "site.status_csv.due": ("The due date.", "La date d'échéance."),
    "site.status_csv.indicator": (
        "What is measured, in words.",
        "Ce qui est mesuré, en mots.",
    ),
    "site.status_csv.unit": (
        "The indicator's unit: percentage, percentage points or count.",
        "L'unité de l'indicateur : pourcentage, points de pourcentage ou nombre.",
    ),
    "site.status_csv.baseline": (
        "The starting point the progress is measured from.",
        "Le point de départ à partir duquel l'avancement est mesuré.",
    ),
    "site.status_csv.target_kind": (
        "The kind of target: at least (≥), at most (≤), each year, milestone, up or down.",
        "Le type de cible : au moins (≥), au plus (≤), chaque année, jalon, à la hausse ou "
        "à la baisse.",
    ),
    "site.status_csv.target": (
        "The target's figure (a relative change is given as the level it sets).",
        "Le chiffre visé (une évolution relative est donnée par le niveau qu'elle fixe).",
    ),
    "site.status_csv.latest": (
        "The latest figure (a milestone: its latest state).",
        "Le dernier chiffre (un jalon : son dernier état).",
    ),
    "site.status_csv.latest_date": (
        "The date the latest figure describes.",
        "La date que décrit le dernier chiffre.",
    ),
    "site.status_csv.gap": (
        "What is still to go to the target, in words (or how far past it).",
        "Ce qu'il reste à faire pour atteindre la cible, en mots (ou de combien elle est "
        "dépassée).",
    ),
    "site.status_csv.progress": (
        "The share of the way from the starting point to the target, in whole percent "
        "(the taux d'avancement).",
        "La part du chemin parcourue du point de départ à la cible, en pourcentage entier "
        "(le taux d'avancement).",
    ),
    "site.status_csv.status": (
        "Where the commitment stands: achieved, on track, to speed up, missed...",
        "Où en est l'engagement : atteint, en bonne voie, à accélérer, manqué...",
    ),
    "site.status_csv.stale": (
        "Yes when the latest figure is over 15 months old.",
        "Oui quand le dernier chiffre a plus de 15 mois.",
    ),
    # the readings' CSV columns (q2030.sheets.exchange.READING_COLUMNS)
    "site.readings_csv.action": (
        "The action the figure is for.",
        "L'action que concerne le chiffre.",
    ),
    "site.readings_csv.date": ("The date the figure describes.", "La date que décrit le chiffre."),
    "site.readings_csv.value": (
        "The figure, in the action's unit, or a milestone's state.",
        "Le chiffre, dans l'unité de l'action, ou l'état d'un jalon.",
    ),
    "site.readings_csv.numerator": (
        "For a share: the part counted (42 of 48).",
        "Pour une part : ce qui est compté (42 sur 48).",
    ),
    "site.readings_csv.denominator": (
        "For a share: the whole (48).",
        "Pour une part : le tout (48).",
    ),
    "site.readings_csv.source": (
        "Where the figure comes from.",
        "D'où vient le chiffre.",
    ),
    "site.readings_csv.note": ("A note on the figure.", "Une remarque sur le chiffre."),
    "site.readings_csv.reference": (
        "For a commitment to grow faster than a reference: the reference's figure.",
        "Pour un engagement de progresser plus vite qu'une référence : le chiffre de la référence.",
    ),
    "site.readings_csv.corrects": (
        "The date of the figure this one corrects (the one corrected stays in the file).",
        "La date du chiffre que celui-ci corrige (le chiffre corrigé reste dans le fichier).",
    ),
    # the statuses' JSON fields (q2030.render.status_data.RECORD_FIELDS)
    "site.status_json.id": ("The action's identifier.", "L'identifiant de l'action."),
    "site.status_json.title": (
        "The commitment as the plan states it.",
        "L'engagement tel que le plan l'énonce.",
    ),
    "site.status_json.objective": ("The objective's identifier.", "L'identifiant de l'objectif."),
    "site.status_json.objective_title": ("The objective's title.", "L'intitulé de l'objectif."),
    "site.status_json.operator": ("The operator's identifier.", "L'identifiant de l'opérateur."),
    "site.status_json.lead": (
        "The operator's leads, as the plan names them.",
        "Les pilotes de l'opérateur, tels que le plan les nomme.",
    ),
    "site.status_json.due": ("The due date (ISO 8601).", "La date d'échéance (ISO 8601)."),
    "site.status_json.due_text": (
        "The due date as the plan's calendar says it.",
        "L'échéance telle que le calendrier du plan la dit.",
    ),
    "site.status_json.indicator": ("What is measured, in words.", "Ce qui est mesuré, en mots."),
    "site.status_json.unit": (
        "percent, points (percentage points) or count; null for a milestone or a "
        "qualitative commitment.",
        "percent (pourcentage), points (points de pourcentage) ou count (nombre) ; null pour "
        "un jalon ou un engagement qualitatif.",
    ),
    "site.status_json.baseline": (
        "The starting point's figure.",
        "Le chiffre du point de départ.",
    ),
    "site.status_json.baseline_date": (
        "The starting point's date.",
        "La date du point de départ.",
    ),
    "site.status_json.target_kind": (
        "at_least, at_most, change, direction, outpace, milestone or none.",
        "at_least (au moins), at_most (au plus), change (évolution), direction (sens), "
        "outpace (plus vite qu'une référence), milestone (jalon) ou none (qualitatif).",
    ),
    "site.status_json.target": ("The target's figure.", "Le chiffre visé."),
    "site.status_json.target_text": ("The target in words.", "La cible en mots."),
    "site.status_json.original_target": (
        "The target before a decision changed it, if one did.",
        "La cible avant qu'une décision la modifie, s'il y en a eu une.",
    ),
    "site.status_json.changes": (
        "The decisions that changed the commitment: date, decision, reason, fields changed.",
        "Les décisions qui ont modifié l'engagement : date, décision, raison, champs modifiés.",
    ),
    "site.status_json.withdrawn": (
        "The decision that withdrew the commitment, if one did.",
        "La décision qui a abandonné l'engagement, s'il y en a une.",
    ),
    "site.status_json.latest": ("The latest figure.", "Le dernier chiffre."),
    "site.status_json.latest_date": (
        "The date the latest figure describes.",
        "La date que décrit le dernier chiffre.",
    ),
    "site.status_json.latest_state": (
        "A milestone's latest state: not_started, in_progress or done.",
        "Le dernier état d'un jalon : not_started (non commencé), in_progress (en cours) ou "
        "done (fait).",
    ),
    "site.status_json.gap": (
        "The target minus the latest figure (the reverse for an at-most target): positive "
        "while there is still some way to go.",
        "La cible moins le dernier chiffre (l'inverse pour une cible au plus) : positif tant "
        "qu'il reste du chemin.",
    ),
    "site.status_json.progress": (
        "The share of the way done, not capped (0.4 for 40 %).",
        "La part du chemin parcourue, sans plafond (0.4 pour 40 %).",
    ),
    "site.status_json.expected": (
        "The share of the way a straight line from the starting point to the target stands "
        "at on the latest figure's date.",
        "La part du chemin où en serait une ligne droite du point de départ à la cible à la "
        "date du dernier chiffre.",
    ),
    "site.status_json.pace": (
        "progress divided by expected: 1 is on schedule.",
        "progress divisé par expected : 1 correspond au calendrier.",
    ),
    "site.status_json.observed_pace": (
        "The trend observed, per year, in the indicator's unit.",
        "La tendance observée, par an, dans l'unité de l'indicateur.",
    ),
    "site.status_json.projected": (
        "Where the observed trend leads at the due date.",
        "Où mène la tendance observée à l'échéance.",
    ),
    "site.status_json.needed_pace": (
        "The pace needed per year from now to reach the target.",
        "Le rythme annuel nécessaire d'ici l'échéance pour atteindre la cible.",
    ),
    "site.status_json.status": (
        "The status's identifier (achieved, on_track, needs_acceleration, missed...).",
        "L'identifiant du statut (achieved, on_track, needs_acceleration, missed...).",
    ),
    "site.status_json.freshness": (
        "How late its figures are: up_to_date, due_soon, late or very_late.",
        "Le retard de ses chiffres : up_to_date (à jour), due_soon (bientôt dû), late (en "
        "retard) ou very_late (très en retard).",
    ),
    "site.status_json.stale": (
        "true when the latest figure is over 15 months old.",
        "true quand le dernier chiffre a plus de 15 mois.",
    ),
    "site.status_json.reason": (
        "Why the commitment has its status, in English.",
        "Pourquoi l'engagement a son statut, en anglais.",
    ),
    "site.status_json.years": (
        "For a target set each year: each year's figure and verdict.",
        "Pour une cible annuelle : le chiffre et le verdict de chaque année.",
    ),
    "site.status_json.source_line": (
        "The line of the plan's source text that states the commitment.",
        "La ligne du texte source du plan qui énonce l'engagement.",
    ),
    # the readings' JSON fields (q2030.render.site.downloads.READING_FIELDS)
    "site.readings_json.action": (
        "The action's identifier.",
        "L'identifiant de l'action.",
    ),
    "site.readings_json.date": (
        "The date the figure describes (ISO 8601).",
        "La date que décrit le chiffre (ISO 8601).",
    ),
    "site.readings_json.value": (
        "The figure as recorded (null for a share given as numerator and denominator, or "
        "for a milestone's state).",
        "Le chiffre tel qu'enregistré (null pour une part donnée en numérateur et "
        "dénominateur, ou pour l'état d'un jalon).",
    ),
    "site.readings_json.state": (
        "A milestone's state: not_started, in_progress or done.",
        "L'état d'un jalon : not_started (non commencé), in_progress (en cours) ou done (fait).",
    ),
    "site.readings_json.numerator": (
        "For a share: the part counted.",
        "Pour une part : ce qui est compté.",
    ),
    "site.readings_json.denominator": ("For a share: the whole.", "Pour une part : le tout."),
    "site.readings_json.reference": (
        "The reference series' figure, for a commitment to grow faster than it.",
        "Le chiffre de la série de référence, pour un engagement de progresser plus vite qu'elle.",
    ),
    "site.readings_json.source": ("Where the figure comes from.", "D'où vient le chiffre."),
    "site.readings_json.note": ("A note on the figure.", "Une remarque sur le chiffre."),
    "site.readings_json.corrects": (
        "The date of the figure this one corrects.",
        "La date du chiffre que celui-ci corrige.",
    ),
}
