"""Markdown for each kind of page of a reading."""
