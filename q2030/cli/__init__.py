"""The command line: Typer's registration and error-to-exit-code mapping (app), its words
said in the run's language (words), the names a person types (arguments), the entry point
that resolves the language once (entry)."""
