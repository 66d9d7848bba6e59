"""q2030: track the State's "Quartiers 2030" commitments in the Nord."""

__version__ = "0.1.0"
