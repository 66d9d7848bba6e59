"""How wide a line of text prints, without a browser: the advance of each character in
DejaVu Sans, in ems. The charts place their labels with it (chart.py), so that no label
runs off the chart or over another.

DejaVu Sans is the widest of the common sans fonts a report's `system-ui` resolves to
(Debian's default; Windows' Segoe UI, macOS's SF and Liberation Sans are narrower), so a
width measured here is never short of what a browser draws. The table was read from
DejaVuSans.ttf (advance widths at 1 000 units per em, rounded to 0.01 em); a character
not listed counts as 1 em, wider than any listed.
"""

from __future__ import annotations

_ADVANCES = {
    0.2: "\u202f",
    0.27: "'",
    0.28: "ijlîï",
    0.29: "IJÎÏ",
    0.32: " ,.\u2019·\u00a0",
    0.34: "/:;\\|",
    0.35: "f",
    0.36: "-",
    0.39: "()[]t",
    0.4: "!",
    0.41: "r",
    0.46: '"',
    0.5: "*_`\u2013",
    0.52: "sz",
    0.53: "?",
    0.55: "cç",
    0.56: "L",
    0.58: "Fk",
    0.59: "vxyÿ",
    0.6: "P",
    0.61: "TYaoàâäôö«»",
    0.62: "eéèêë",
    0.63: "ESbdghnpquùûüÉÈÊË",
    0.64: "$0123456789{}€",
    0.66: "K",
    0.68: "AVÀÂÄ",
    0.69: "BRXZ",
    0.7: "CÇ",
    0.73: "UÙÛÜ",
    0.75: "HN",
    0.77: "DG▲▼◆",
    0.78: "&",
    0.79: "OQÔÖ",
    0.82: "w",
    0.84: "#+<=>^~≥≤→✔✖⊘✎",
    0.86: "M",
    0.87: "●○",
    0.95: "%",
    0.97: "mÆ",
    0.98: "æ",
    0.99: "W",
    1.0: "@—…",
    1.02: "œ",
    1.07: "Œ",
}
ADVANCE = {character: width for width, characters in _ADVANCES.items() for character in characters}
BOLD = 1.1  # DejaVu Sans Bold is about 9 % wider


def ems(text: str) -> float:
    """The width of `text` in ems of DejaVu Sans (regular)."""
    return sum(ADVANCE.get(character, 1.0) for character in text)


def width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of `text` at font size `size`, in the same units as `size`."""
    return ems(text) * size * (BOLD if bold else 1.0)
