"""User-facing strings per part of the app: each module holds EN and AR dicts."""
