"""The statuses an action can have: a module of its own, light enough for the CLI to import
before it knows whether it will compute anything."""

from enum import StrEnum


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    FIRST_FIGURE = "first_figure"  # one figure: its gap is known, not yet its pace
    BASELINE_MISSING = "baseline_missing"  # figures, but a target set from a baseline unknown
    OFF_TRACK = "off_track"
    DETERIORATING = "deteriorating"
    MISSED = "missed"
    UNREPORTED = "unreported"
    NO_DATA = "no_data"
    NOT_MEASURABLE = "not_measurable"
    WITHDRAWN = "withdrawn"  # by a decision: kept in the plan, out of the counts


# Each status's light colour, for a cell that counts or names it (report, spreadsheet):
# light enough to read black text on, told apart from its neighbours.
TINTS = {
    Status.ACHIEVED: "#dafbe1",
    Status.ON_TRACK: "#e6f6ea",
    Status.NEEDS_ACCELERATION: "#fff3c4",
    Status.FIRST_FIGURE: "#ddf4ff",
    Status.BASELINE_MISSING: "#f1e8d6",
    Status.OFF_TRACK: "#ffdcd7",
    Status.DETERIORATING: "#ffcecb",
    Status.MISSED: "#ffcecb",
    Status.UNREPORTED: "#eddeff",
    Status.NO_DATA: "#eaeef2",
    Status.NOT_MEASURABLE: "#f6f8fa",
    Status.WITHDRAWN: "#f6f8fa",
}
