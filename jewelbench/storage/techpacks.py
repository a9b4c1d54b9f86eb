"""Tech pack revisions (issued ones are frozen by a trigger in the file)."""

from __future__ import annotations

import json
import sqlite3

from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.storage.convert import date_in, date_out
from jewelbench.storage.repository import (
    DuplicateError,
    StorageError,
)
from jewelbench.storage.store import Store


class TechPackRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, revision: TechPackRevision) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO tech_pack_revisions (design_id, revision, status, issued_on, "
                    "change_note, content) VALUES (?, ?, ?, ?, ?, ?)",
                    [revision.design_id, revision.revision, revision.status.value,
                     date_out(revision.issued_on), revision.change_note,
                     json.dumps(revision.content, sort_keys=True)])
            except sqlite3.IntegrityError as error:
                if "UNIQUE" in str(error):
                    raise DuplicateError(
                        f"Revision {revision.revision} already exists for this design") from None
                raise StorageError(f"This design does not exist ({error})") from None
        revision.id = int(cursor.lastrowid or 0)
        self._db.on_rollback(lambda: setattr(revision, "id", None))
        return revision.id

    def for_design(self, design_id: int) -> list[TechPackRevision]:
        return [TechPackRevision(r["design_id"], r["revision"], RevisionStatus(r["status"]),
                                 json.loads(r["content"]), date_in(r["issued_on"]),
                                 r["change_note"], r["id"])
                for r in self._db.query(
                    "SELECT * FROM tech_pack_revisions WHERE design_id = ? "
                    "ORDER BY length(revision), revision", [design_id])]

    def labels(self) -> dict[int, str]:
        """Revision id → 'RG-014 rev B', for lists that show which revision a row answers."""
        return {r[0]: f"{r[1]} rev {r[2]}" for r in self._db.execute(
            "SELECT t.id, d.code, t.revision FROM tech_pack_revisions t "
            "JOIN designs d ON d.id = t.design_id")}
