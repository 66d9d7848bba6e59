"""Spreadsheets: the status sheet and the export written, a sheet read back (CSV, XLSX,
ODS), its rows checked, the request sheet an operator fills, and its import."""

WORDS: dict[str, tuple[str, str]] = {
    # the sheets written: the status sheet, the export
    # (q2030.render.status_sheet, q2030.sheets.exchange)
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
    "sheet.yes": ("yes", "oui"),
    "wrote.sheet.one": ("Wrote {path}: {count} row.", "{path} écrit : {count} ligne."),
    "wrote.sheet.many": ("Wrote {path}: {count} rows.", "{path} écrit : {count} lignes."),
    "export.xlsx_terminal": (
        "an XLSX file is not for the terminal: name it with --out FILE (or --out -)",
        "un fichier XLSX ne s'affiche pas dans le terminal : nommez-le avec --out FICHIER (ou "
        "--out -)",
    ),
    # reading a sheet (q2030.sheets.exchange, q2030.sheets.ods)
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
    "sheet.bad_json": (
        "{path}: not a readable JSON file ({detail})",
        "{path} : fichier JSON illisible ({detail})",
    ),
    "sheet.json_shape": (
        "{path}: a JSON file of readings is a list of objects, one per reading (action, "
        "date, value, source...)",
        "{path} : un fichier JSON de relevés est une liste d'objets, un par relevé (action, "
        "date, value, source...)",
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
        "{path}: a .csv, .xlsx, .ods or .json file is expected: save the sheet in Excel's "
        "format (.xlsx)",
        "{path} : un fichier .csv, .xlsx, .ods ou .json est attendu : enregistrez la feuille "
        "au format Excel (.xlsx)",
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
    # a sheet's rows, checked before they are recorded (q2030.services.recording)
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
    "sheet.share_pair": (
        "a share needs both its numerator and its denominator",
        "une part demande son numérateur et son dénominateur",
    ),
    "sheet.share_mismatch": (
        "the value {value} is not the share {share}: correct one or empty the value",
        "la valeur {value} n'est pas la part {share} : corrigez l'une ou videz la valeur",
    ),
    # the request sheet (q2030.render.request) and the request command (q2030.cli.app)
    "request.column.latest": ("Last figure", "Dernier chiffre"),
    "request.column.latest_date": ("Last figure's date", "Date du dernier chiffre"),
    "request.source": ("{operator}, figures {year}", "{operator}, relevé {year}"),
    "request.sheet.instructions": ("Instructions", "Mode d'emploi"),
    "request.sheet.data": ("Figures", "Relevés"),
    "request.heading": (
        "Quartiers 2030 ({territory}): the figures asked of {operator}",
        "Quartiers 2030 dans {territory:le} : les chiffres demandés {operator:à}",
    ),
    "request.what.one": (
        "The sheet 'Figures' lists {count} figure owed on {day}: one row per action and period.",
        "La feuille « Relevés » liste {count} chiffre dû au {day} : une ligne par action et "
        "par période.",
    ),
    "request.what.many": (
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
    # importing a sheet (q2030.cli.app, q2030.services.branch)
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
    "import.branch_alone": (
        "--branch names the branch of --commit: give both, or neither",
        "--branch nomme la branche de --commit : donnez les deux, ou aucun",
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
}
