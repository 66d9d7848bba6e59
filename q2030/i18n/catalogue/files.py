"""Writing the data safely: the data folder and where it is found (q2030.data.datadir), writes
refused (q2030.services.recording), the file system's and the locks' words (q2030.data.fsio), an
interrupted write finished or undone (recover), and what the system says (os errors)."""

WORDS: dict[str, tuple[str, str]] = {
    # finding the data folder (q2030.data.datadir)
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
    # a write refused (q2030.services.recording, q2030.data.store)
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
    # writing files, locks, --out (q2030.data.fsio)
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
    "fs.out_dir": (
        "{path} is a symbolic link or not a folder: name a plain folder; nothing written",
        "{path} est un lien symbolique ou pas un dossier : nommez un dossier ordinaire ; rien "
        "d'écrit",
    ),
    # an interrupted write, finished or undone (q2030.data.fsio.recover)
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
    "recover.pending": (
        "a write was interrupted in {path}: run 'q2030 recover' (or any command that writes) "
        "to finish or undo it, then try again",
        "une écriture a été interrompue dans {path} : lancez « q2030 recover » (ou une "
        "commande qui écrit) pour la terminer ou l'annuler, puis recommencez",
    ),
    # what the system says (q2030.errors.os_reason), keyed by errno's name
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
}
