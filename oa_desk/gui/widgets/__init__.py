"""Widgets shared by every feature (their strings are the core area's)."""
