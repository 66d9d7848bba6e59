"""The statuses an action can have: a module of its own, light enough for the CLI to import
before it knows whether it will compute anything."""

from enum import StrEnum


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    OFF_TRACK = "off_track"
    DETERIORATING = "deteriorating"
    MISSED = "missed"
    UNREPORTED = "unreported"
    NO_DATA = "no_data"
    NOT_MEASURABLE = "not_measurable"
