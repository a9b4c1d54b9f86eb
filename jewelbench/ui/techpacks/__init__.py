"""The tech pack editor: revisions of a design, the open draft's sections, issuing.

Where each part lives:
- editor.py: TechPackEditor, the dialog: the revisions list, the tech pack as printed, the
  changes from the previous revision, New Draft and issuing, and the one save path (change())
  every section tab's change goes through.
- section.py: DraftSection, what every section tab shares, and how a tab talks to the editor
  (show_draft() in; change_requested and message signals out, DraftChange, RevisionShown).
- lists.py: ListSection, a list of the draft as an editable table (Add, Remove).
- one module per section tab: dimensions.py, weight.py, materials.py (materials, marks, the
  findings' pull strengths), finishes.py, callouts.py (with canvas.py, the picture and its
  markers), quality.py (labels and QC stages), compliance.py, dfm.py (DFM notes and
  warnings to acknowledge).
- issue.py: the Issue Revision dialog. printing.py: the PDF and the print preview.
- commands.py: the undoable commands (save the draft, start a revision) and the refresh topic.
"""

from jewelbench.ui.techpacks.editor import TechPackEditor

__all__ = ["TechPackEditor"]
