"""Wiring and entry points: the GUI application, the demo workspace."""
