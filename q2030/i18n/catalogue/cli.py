"""The command line's own words: its errors, the names a person types
(q2030.cli.arguments, q2030.services.overview), the settings (q2030.data.settings), and
Typer's and Click's words said again in French (q2030.cli.words): usage errors, help
headings, metavars, choices."""

WORDS: dict[str, tuple[str, str]] = {
    # the command line's own sentences (q2030.cli.app)
    "cli.error": ("q2030: error: {message}", "q2030 : erreur : {message}"),
    "cli.usage": ("{message}{where}", "{message}{where}"),
    "cli.see_help": (" (see '{command} --help')", " (voir « {command} --help »)"),
    "cli.aborted": ("aborted", "interrompu"),
    # what a person names: an operator, an objective, an action (q2030.services.overview)
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
    # the command line's arguments (q2030.cli.arguments)
    "argument.status": (
        "'{text}' is not a status: one of {known} (or its name, such as on_track, or in French)",
        "« {text} » n'est pas un statut : l'un de {known} (ou en anglais)",
    ),
    "argument.id": (
        "'{text}' is not an id: ids are written like {example}",
        "« {text} » n'est pas un identifiant : ils s'écrivent comme {example}",
    ),
    "argument.year": (
        "'{text}' is not a year such as 2027",
        "« {text} » n'est pas une année comme 2027",
    ),
    "argument.article": (
        "'{text}' is not an article: le, la, l', les or none",
        "« {text} » n'est pas un article : le, la, l', les ou aucun",
    ),
    "argument.since": (
        "'{text}' is neither a date nor a git revision (such as 31/12/2025 or copil-2025-12)",
        "« {text} » n'est ni une date ni une révision git (comme 31/12/2025 ou copil-2025-12)",
    ),
    "argument.choice": ("'{text}' is not one of: {known}", "« {text} » n'est pas parmi : {known}"),
    # the choices of the command line's options, in French too (q2030.cli.arguments.choice)
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
    # the settings (q2030.data.settings) and the language asked for (q2030.i18n)
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
    "settings.lang": (
        '{path}: lang = {value}: write "fr" or "en"',
        '{path} : lang = {value} : écrivez "fr" ou "en"',
    ),
    "lang.env": (
        "{variable}={value}: the languages are fr and en (fr_FR, FR and en_GB say them "
        "too): change or unset {variable}",
        "{variable}={value} : les langues sont fr et en (fr_FR, FR et en_GB les disent "
        "aussi) : changez ou retirez {variable}",
    ),
    # an argument that is not UTF-8 (q2030.cli.entry)
    "entry.not_utf8": (
        "the argument {argument} is not valid UTF-8: retype it, or set the terminal to UTF-8",
        "l'argument {argument} n'est pas de l'UTF-8 valide : retapez-le, ou réglez le terminal "
        "en UTF-8",
    ),
    # Typer's and Click's own words (by their English text: see q2030.cli.words)
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
    "helpword.command_args": ("COMMAND [ARGS]...", "COMMANDE [ARGS]..."),
    # Click's usage errors, as Typer words them (matched in q2030.cli.words.USAGE_ERRORS)
    "usage.no_option": ("No such option: {name}", "Option inconnue : {name}"),
    "usage.no_option_possible": (
        "No such option: {name} (Possible options: {hint})",
        "Option inconnue : {name} (options possibles : {hint})",
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
    "metavar.REF2": ("REF2", "RÉF2"),
    "metavar.DATE|REF": ("DATE|REF", "DATE|RÉF"),
    "metavar.ORDER": ("ORDER", "ORDRE"),
}
