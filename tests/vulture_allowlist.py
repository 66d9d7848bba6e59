"""Names vulture (the dead-code finder run by tests/test_house.py) cannot see used: called
by a framework, read by a library, or part of the YAML contract. Each is named here as
vulture's allowlists are: an expression that uses it. Anything else it finds is dead."""

# ruff: noqa: B018
# mypy: ignore-errors

_ = object()

# Typer calls the app's callback and reads its options; the shared --lang passes no value
_.options  # q2030/cli/app.py: @app.callback()
_.version  # q2030/cli/app.py: --version, eager
_.expose_value  # q2030/cli/words.py: Click reads it
_.en  # q2030/i18n/__init__.py: LanguageChoice, the values Click offers for --lang
_.fr

# Pydantic reads the configuration, calls the validators and fills the contract's fields
# (fields a person reads in the plan and the schema, that no command needs to compute)
_.model_config
_.cls
_._article_fits
_._one_of
_._names_a_field
_._unit_fits_target
_._one_measure
_.role
_.reference_note
_.title_line
_.label_line
_.source_part
_.description_line

# openpyxl reads the attributes the sheets set (cell types, panes, validation, protection,
# page setup)
_.data_type
_.freeze_panes
_.ref
_.errorTitle
_.showErrorMessage
_.formatRows
_.formatColumns
_.sheet_state
_.paperSize
_.orientation
_.fitToWidth
_.fitToHeight
_.fitToPage
_.horizontalCentered
_.print_title_rows
_.print_area
