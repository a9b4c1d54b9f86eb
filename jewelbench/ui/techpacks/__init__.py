"""The tech pack editor: revisions of a design, the open draft's sections, issuing."""

from jewelbench.ui.techpacks.editor import TechPackEditor

__all__ = ["TechPackEditor"]
