"""The data's history in git: git itself, diff, --since, the guard that keeps readings and
commitments append-only (q2030.services.history), and import --commit (q2030.services.branch)."""

WORDS: dict[str, tuple[str, str]] = {
    # git (q2030.services.history)
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
    # what changed between two revisions (q2030.render.diff)
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
    "diff.commitments": ("Commitments changed", "Engagements modifiés"),
    "diff.commitment": (
        "{date}, {decision}: {what} ({reason})",
        "{date}, {decision} : {what} ({reason})",
    ),
    "diff.unjustified": (
        "changed without a `changes` entry: validate --base refuses it",
        "modifié sans entrée `changes` : validate --base le refuse",
    ),
    # the steering committee to compare with (--since)
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
    "since.not_a_date_outside_git": (
        "'{text}' is not a date (such as 31/12/2025), and outside a git repository there is "
        "no revision to compare with",
        "« {text} » n'est pas une date (comme 31/12/2025), et hors d'un dépôt git il n'y a "
        "pas de révision à comparer",
    ),
    "since.revision": ("'{name}'", "« {name} »"),
    # the guard: readings and commitments are append-only (q2030.services.history)
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
    # an import committed on a new branch (q2030.services.branch)
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
}
