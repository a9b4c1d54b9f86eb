"""The quotes feature: the list, the quote editor and the side-by-side comparison.

- view.py: every supplier quote with its price tiers; expired ones marked.
- editor.py: one supplier's offer for one design, entered as it reads on paper;
  editor_fields.py: its fields' rules and the development fees box.
- comparison.py: one design's quotes side by side, every amount in the base currency.
- labels.py: the translated names of the quote enumerations. commands.py: undoable changes.
"""
