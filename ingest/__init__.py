"""Pasted or uploaded articles -> checked text, candidate facts, a local store merged into data."""
