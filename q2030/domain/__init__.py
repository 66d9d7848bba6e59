"""The domain: the plan's vocabulary (models, statuses, choices, periods, values) and what
follows from it alone (rules, progress, figures, where a reading goes). Pure: no file, no
terminal, nothing above it."""
