"""`jewelbench check`: a workspace file's health, reported without changing it.

SQLite's integrity check, then the schema's shape, foreign keys and text (storage/health.py),
on a read-only connection (storage/opening.py). Workspace.check() is this check.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import jewelbench.storage.health as health
import jewelbench.storage.schema as schema
from jewelbench.storage.opening import (
    BUSY_TIMEOUT_S,
    WorkspaceError,
    followed,
    inspect_header,
    reader_uri,
    refuse_odd_logs,
    strays_seen_read_only,
    why_a_reader_cannot,
)
from jewelbench.storage.sidecars import applied_migrations
from jewelbench.storage.store import is_busy


@dataclass
class CheckReport:
    path: Path
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    schema_problems: list[str] = field(default_factory=list)
    text_problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    app_schema_version: int = schema.SCHEMA_VERSION
    error: str = ""
    # logs beside the file that are not its own: checked without them, and set aside at the
    # next opening for editing (not a problem of the file itself)
    stray_logs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.error and self.integrity == ["ok"] and not self.foreign_key_problems
                and not self.schema_problems and not self.text_problems
                and self.schema_version == self.app_schema_version)

    @property
    def problems(self) -> list[str]:
        """Every problem found, each a phrase for the user ([] when healthy)."""
        found = [] if self.integrity == ["ok"] else [f"SQLite's integrity check: {line}"
                                                     for line in self.integrity]
        return found + self.schema_problems + self.foreign_key_problems + self.text_problems

    def lines(self) -> list[str]:
        if self.error:
            return [f"FAILED: {self.error}"]

        def listed(problems: list[str], what: str) -> str:
            shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
            return "ok" if not problems else f"{len(problems)} {what}: {shown}"

        out = [
            "integrity check: "
            + ("ok" if self.integrity == ["ok"] else "; ".join(self.integrity[:5])),
            "schema: " + listed(self.schema_problems, "part(s) missing or changed"),
            "foreign keys: " + listed(self.foreign_key_problems, "broken reference(s)"),
            "text: " + listed(self.text_problems, "damaged value(s)"),
            f"schema version: {self.schema_version} (this app: {self.app_schema_version})",
        ]
        out += [f"beside it: {stray}" for stray in self.stray_logs]
        out.append("OK: workspace is healthy" if self.ok else "FAILED: workspace has problems")
        return out


def check(path: Path | str, timeout: float = BUSY_TIMEOUT_S) -> CheckReport:
    """Integrity, schema-shape, foreign-key and text checks, without changing the file
    (the last three: storage/health.py)."""
    path = Path(path)
    report = CheckReport(path)
    path = followed(path)
    try:
        inspect_header(path)
        refuse_odd_logs(path)
        strays = strays_seen_read_only(path)
        # a log that is not the file's own is left out of the check, as the next opening
        # for editing leaves it out (it moves it aside)
        conn = sqlite3.connect(reader_uri(path, strays), uri=True, timeout=timeout)
    except WorkspaceError as error:
        report.error = error.reason
        return report
    except sqlite3.Error as error:
        report.error = f"SQLite cannot open it ({error})"
        return report
    report.stray_logs = [
        f"{side.name} is not its own ({reason}); it was left out of this check, and opening "
        "the workspace for editing moves it aside" for side, reason in strays]
    try:
        report.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        applied = applied_migrations(conn)
        known = schema.known_migration_names()
        report.schema_version = len(applied)
        if any(name not in known for name in applied):
            report.error = (f"schema {len(applied)} is newer than this app's "
                            f"({len(known)}); update jewelbench")
            return report
        report.schema_problems = health.schema_problems(conn, applied)
        report.foreign_key_problems = health.foreign_key_problems(conn)
        report.text_problems = health.text_problems(conn)
    except sqlite3.OperationalError as error:
        if is_busy(error):
            report.error = "another program is writing to it; try again"
        elif not strays and (cause := why_a_reader_cannot(path, error)):
            report.error = cause  # not damage: what a reader cannot do, said as such
        else:
            report.error = f"the file is damaged ({error})"
    except sqlite3.DatabaseError as error:
        report.error = f"the file is damaged ({error})"
    finally:
        conn.close()
    return report
