"""The help of every command and option: written in the code as catalogue keys
(`help="help.status"`) and said in the run's language by q2030.cli.words. The
options shared by several commands first, then each command's own, in the help's order."""

WORDS: dict[str, tuple[str, str]] = {
    # the options shared by several commands, and the tool's own help
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
    "help.since": (
        "The last steering committee, as its date (31/12/2025) or a git revision (a tag such "
        "as copil-2025-12): adds what moved since (readings added, statuses and commitments "
        "changed).",
        "Le dernier comité de pilotage, par sa date (31/12/2025) ou une révision git (une "
        "étiquette comme copil-2025-12) : ajoute ce qui a bougé depuis (relevés ajoutés, "
        "statuts et engagements modifiés).",
    ),
    "help.sort": (
        "The order of each operator's actions: plan (as the plan lists them), gap (the "
        "furthest behind first), status (the most serious first) or due (soonest first).",
        "L'ordre des actions de chaque opérateur : `plan` (celui du plan), `écart` (les plus "
        "en retard d'abord), `statut` (les plus graves d'abord) ou `échéance` (les plus "
        "proches échéances d'abord).",
    ),
    # q2030 status
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
    # q2030 show
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
    # q2030 report
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
    # q2030 export
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
    # q2030 import
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
        "A .csv, .xlsx or .ods file with the columns action, date, value, source and note "
        "(English or French headers), or the readings' JSON that q2030 site publishes.",
        "Un fichier .csv, .xlsx ou .ods avec les colonnes action, date, valeur, source et "
        "note (en-têtes en français ou en anglais), ou le JSON des relevés que publie "
        "q2030 site.",
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
    # q2030 record
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
    # q2030 validate
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
    # q2030 diff
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
    # q2030 recover
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
    # q2030 schema
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
    # q2030 init
    "help.init.short": (
        "Create a data repository for another territory.",
        "Créer un dépôt de données pour un autre territoire.",
    ),
    "help.init": (
        "Create a data repository for another territory: an empty plan with comments, "
        "readings/, the JSON Schemas, the pull-request (or merge-request) pipeline, the "
        "pipeline that publishes the site (q2030 site) from the default branch with GitHub "
        "or GitLab Pages, a pre-commit configuration and a README.\n\n"
        "'q2030 validate' passes on it at once.\n\n"
        "Example: q2030 init quartiers-2030-pas-de-calais --territory Pas-de-Calais --article le "
        "--ci gitlab",
        "Créer un dépôt de données pour un autre territoire : un plan vide commenté, "
        "readings/, les schémas JSON, la chaîne d'intégration des demandes de fusion, celle "
        "qui publie le site (q2030 site) depuis la branche par défaut avec GitHub ou GitLab "
        "Pages, une configuration pre-commit et un README.\n\n"
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
    "help.init.install": (
        "How CI installs q2030 (a pip requirement, such as a git URL).",
        "Comment la CI installe q2030 (une dépendance pip, comme une URL git).",
    ),
    "help.init.ci": (
        "github (a workflow for pull requests and one that publishes the site with GitHub "
        "Pages) or gitlab (a .gitlab-ci.yml for merge requests, with the code-quality report "
        "on the changed lines, and a pages job that publishes the site with GitLab Pages).",
        "github (un workflow pour les demandes de fusion et un qui publie le site avec GitHub "
        "Pages) ou gitlab (un .gitlab-ci.yml pour les demandes de fusion, avec le rapport de "
        "qualité sur les lignes modifiées, et un job pages qui publie le site avec GitLab "
        "Pages).",
    ),
    # q2030 due
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
    # q2030 request
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
    # q2030 remind
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
}
