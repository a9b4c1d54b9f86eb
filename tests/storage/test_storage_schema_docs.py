"""docs/schema.md against the real file: every table, column, trigger and index a new workspace
holds is documented, and the documentation names nothing the file does not have."""

from __future__ import annotations

import re
from pathlib import Path

from storage_helpers import query

from jewelbench.storage import Workspace, schema

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")


def documented_tables() -> dict[str, list[str]]:
    """'#### `table`' headings, each with the columns of the table under it."""
    tables: dict[str, list[str]] = {}
    current = None
    for line in DOCS.splitlines():
        heading = re.match(r"#### `(\w+)`", line)
        if heading:
            current = heading[1]
            tables[current] = []
        elif line.startswith("### ") or line.startswith("## "):
            current = None
        elif current is not None:
            column = re.match(r"\| `(\w+)` \|", line)
            if column:
                tables[current].append(column[1])
    return tables


def test_every_table_and_column_of_the_file_is_documented_and_nothing_else(tmp_path):
    path = tmp_path / "new.jewelbench"
    Workspace.create(path).close()
    real = {name: [row[1] for row in query(path, f"PRAGMA table_info({name})")]
            for (name,) in query(path, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")}
    assert documented_tables() == real


def test_every_trigger_and_index_is_named_in_the_docs(tmp_path):
    path = tmp_path / "new.jewelbench"
    Workspace.create(path).close()
    named = query(path, "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', "
                        "'index') AND name NOT LIKE 'sqlite_autoindex_%'")
    assert {"rfqs_issued_revision", "rfqs_design"} <= {name for _, name in named}
    missing = [name for _, name in named if f"`{name}`" not in DOCS]
    assert missing == []


def test_the_docs_give_the_schema_version_and_every_migration():
    assert re.search(rf"This version of\s+the schema is \*\*{schema.SCHEMA_VERSION}\*\*", DOCS)
    for name in schema.known_migration_names():
        assert f"`{name}`" in DOCS
