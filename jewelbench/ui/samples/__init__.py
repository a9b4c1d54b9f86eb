"""The samples feature: sample rounds, their QC and decisions, and a design's timeline.

- view.py: every sample round and where it stands, beside the selected design's timeline.
- request.py: Request Sample. editor.py: one round: arrival, measurements against the tech
  pack's tolerances, the six QC stages, DFM feedback and the decision; photos.py: its Photos
  tab; deviations.py: approving a round despite its problems.
- timeline.py: a design's rounds by date. marks.py: small state marks.
- commands.py: undoable changes to sample rounds.
"""
