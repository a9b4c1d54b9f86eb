"""Backups: the list of automatic and manual copies, and restoring one.

- dialog.py: File ▸ Backups: every copy with its date, reason and size; back up, restore.
- runner.py: backups written in the background: the automatic one and Back Up Now.
"""
