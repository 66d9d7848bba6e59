"""What is wrong with a value, a file or the data: what people type (dates, values), the
data contract (q2030.domain.models), what a reading must be (q2030.domain.rules), the loader's and
Pydantic's words (q2030.data.loader), validate's checks (q2030.checks) and its summary."""

WORDS: dict[str, tuple[str, str]] = {
    # what people type, and what is wrong with it (q2030.domain.periods, q2030.domain.values)
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
    "error.control": (
        "contains a control character ({code}): remove it",
        "contient un caractère de contrôle ({code}) : supprimez-le",
    ),
    # a problem, as validate lists it (q2030.errors.Problem)
    "level.error": ("error", "erreur"),
    "level.warning": ("warning", "avertissement"),
    "problem.line": (
        "{place}: [{level}] {code}: {message}",
        "{place} : [{level}] {code} : {message}",
    ),
    "problem.at": ("{place}: {message}", "{place} : {message}"),
    # the data contract (q2030.domain.models)
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
    "model.before_empty": (
        "'before' must hold the earlier value of a field the change changed: {fields}",
        "« before » doit donner l'ancienne valeur d'un champ que le changement a modifié : "
        "{fields}",
    ),
    "figure.target": ("the target", "la cible"),
    "figure.baseline": ("the baseline", "la référence"),
    "figure.baseline_reference": (
        "the baseline's reference",
        "la valeur comparée de la référence",
    ),
    "figure.change_level": ("the level this change reaches", "le niveau que vise ce changement"),
    "figure.reference": ("the reference", "la valeur comparée"),
    # what a reading must be (q2030.domain.rules)
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
    # reading the YAML files (q2030.data.loader)
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
    # the data contract's words for what Pydantic finds (q2030.data.loader._message)
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
    "check.change_future": (
        "dated {date}, in the future: a decision is recorded once it is taken",
        "daté du {date}, dans le futur : une décision s'enregistre une fois prise",
    ),
    "check.change_order": (
        "dated {date}, before the change above it ({latest}): keep the changes oldest first",
        "daté du {date}, avant le changement du dessus ({latest}) : gardez les changements du "
        "plus ancien au plus récent",
    ),
    # the data folder's files (q2030.data.store)
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
    # validate's summary
    "validate.summary": ("{where}: {errors}, {warnings}", "{where} : {errors}, {warnings}"),
    "count.errors.one": ("{count} error", "{count} erreur"),
    "count.errors.many": ("{count} errors", "{count} erreurs"),
    "count.warnings.one": ("{count} warning", "{count} avertissement"),
    "count.warnings.many": ("{count} warnings", "{count} avertissements"),
}
