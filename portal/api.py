"""Shared pieces of the read-only JSON API under /api/."""

API_PREFIX = "/api/"


def only_public_api(endpoints):
    """drf-spectacular hook: the schema describes /api/ and leaves out the CMS's own API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIX)]
