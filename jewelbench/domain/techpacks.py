"""Tech pack revisions: a draft is editable, an issued one is frozen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class RevisionStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


def revision_label(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: revision letters as drawings are numbered."""
    if index < 0:
        raise ValueError("revision index must be >= 0")
    label = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        label = chr(ord("A") + remainder) + label
    return label


@dataclass
class TechPackRevision:
    design_id: int
    revision: str
    status: RevisionStatus = RevisionStatus.DRAFT
    content: dict[str, object] = field(default_factory=dict)  # the sections, as JSON-able data
    issued_on: dt.date | None = None
    change_note: str = ""
    id: int | None = None
