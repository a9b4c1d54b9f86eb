"""The suppliers feature: the list, the supplier editor and scorecards.

- view.py: every supplier, beside the selected one's certifications and scorecard.
- dialogs.py: New Supplier. editor.py: the supplier editor; fields.py: the country, currency
  and date fields it shares.
- scorecard.py: a scorecard as text with its workings; scores.py: scorecards computed off the
  GUI thread and kept per supplier.
- labels.py: the translated names of checklists and countries. commands.py: undoable changes.
"""
