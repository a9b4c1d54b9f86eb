"""The brand profile: the name, address and logo printed on every new tech pack.

- dialog.py: the Brand Profile dialog. commands.py: its undoable changes.
"""
