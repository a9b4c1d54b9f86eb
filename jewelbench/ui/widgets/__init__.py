"""Widgets shared by the feature views."""
