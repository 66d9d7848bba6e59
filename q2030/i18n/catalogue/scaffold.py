"""`q2030 init`: its messages and the files it writes for a new data repository
(q2030.services.scaffold)."""

WORDS: dict[str, tuple[str, str]] = {
    # q2030 init (q2030.cli.app)
    "init.exists": (
        "{path} already exists and is not empty: choose a new folder",
        "{path} existe déjà et n'est pas vide : choisissez un nouveau dossier",
    ),
    "init.cannot": ("cannot create {path}: {reason}", "impossible de créer {path} : {reason}"),
    "init.created": (
        "Created {folder}: edit {plan}, then run 'q2030 validate' there.",
        "{folder} créé : complétez {plan}, puis lancez « q2030 validate » dans ce dossier.",
    ),
    # the files of a new data repository (q2030.services.scaffold)
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
    "scaffold.readme_site_gitlab": (
        "On the default branch, `{pipeline}` also builds the site (`q2030 site --out {out}`): "
        "a page per operator and per action, the data to download, in French and English. "
        "GitLab Pages publishes it after each merge; a pipeline schedule on that branch keeps "
        "its dates current.\n",
        "Sur la branche par défaut, `{pipeline}` construit aussi le site (`q2030 site --out "
        "{out}`) : une page par opérateur et par action, les données à télécharger, en "
        "français et en anglais. GitLab Pages le publie après chaque fusion ; une "
        "planification de pipeline sur cette branche tient ses dates à jour.\n",
    ),
    "scaffold.readme_site_github": (
        "On the default branch, `{workflow}` builds the site (`q2030 site --out {out}`): a "
        "page per operator and per action, the data to download, in French and English. "
        "GitHub Pages publishes it after each merge once the repository's Settings > Pages > "
        "Source says GitHub Actions.\n",
        "Sur la branche par défaut, `{workflow}` construit le site (`q2030 site --out {out}`) "
        ": une page par opérateur et par action, les données à télécharger, en français et en "
        "anglais. GitHub Pages le publie après chaque fusion, une fois choisie la source "
        "« GitHub Actions » dans Settings > Pages du dépôt.\n",
    ),
}
