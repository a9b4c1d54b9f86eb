"""A tech pack's revisions: their letters (A … Z, AA …), their order, and a revision as stored
(a draft that can be edited, or an issued one frozen with its snapshot)."""

from __future__ import annotations

import datetime as dt
import re
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


def revision_index(label: str) -> int:
    """A → 0, Z → 25, AA → 26: the inverse of revision_label."""
    if not re.fullmatch(r"[A-Z]+", label or ""):
        raise ValueError(f"'{label}' is not a revision label (A, B … Z, AA …)")
    index = 0
    for letter in label:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def revision_sort_key(label: str) -> tuple[int, str]:
    """Revision order: A … Z, AA …; a label that is not letters sorts by length, then text."""
    return len(label), label


@dataclass
class TechPackRevision:
    design_id: int
    revision: str
    status: RevisionStatus = RevisionStatus.DRAFT
    # a draft's TechPackDraft.to_content(); an issued revision's complete snapshot
    content: dict[str, object] = field(default_factory=dict)
    issued_on: dt.date | None = None
    change_note: str = ""
    id: int | None = None
