"""Backups: the list of automatic and manual copies, and restoring one."""
