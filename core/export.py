"""Shared by the apps' sections of the DSGVO data export."""


def iso(value) -> str | None:
    """A date or time as ISO 8601 text for the JSON export; None stays None."""
    return value.isoformat() if value else None
