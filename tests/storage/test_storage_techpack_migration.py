"""Schema 2 (tech pack details) applied to a schema-1 workspace: nothing lost, a copy kept."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
import storage_helpers as make
from sqlite_utils import Migrations
from storage_helpers import query, sha256

from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.storage import Workspace, schema

EXAMPLE_1 = Path(__file__).parent / "workspaces" / "schema-1.jewelbench"
NEW_TABLES = {"revision_images", "revision_brand_logos", "brand_profile", "qc_template"}
LATER_TABLES = {"rfqs", "rfq_quantities", "rfq_suppliers",  # schema 3 and on
                "collection_plans", "plan_lines", "supplier_landed_terms",  # schema 4
                # schema 10: the search index (FTS5) and its own tables
                "search_index", "search_index_data", "search_index_idx",
                "search_index_content", "search_index_docsize", "search_index_config"}


def tables(path: Path) -> list[str]:
    return [row[0] for row in query(
        path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def everything(path: Path, names: list[str],
               columns: dict[str, str] | None = None) -> dict[str, list[tuple]]:
    """Every row of the tables; with columns, only those (a later schema may add columns,
    never change the ones a file had)."""
    columns = columns or {}
    return {name: query(path, f"SELECT {columns.get(name, '*')} FROM {name} ORDER BY rowid")
            for name in names}


def columns_of(path: Path, names: list[str]) -> dict[str, str]:
    return {name: ", ".join(f'"{row[1]}"' for row in query(path, f"PRAGMA table_info({name})"))
            for name in names}


def test_the_schema_1_example_migrates_with_every_row_kept_and_a_copy_left(tmp_path):
    example_hash = sha256(EXAMPLE_1)
    path = tmp_path / "studio.jewelbench"
    shutil.copy(EXAMPLE_1, path)
    old_tables = [t for t in tables(path) if t != "_sqlite_migrations"]
    old_columns = columns_of(path, old_tables)
    before = everything(path, old_tables)
    assert sum(len(rows) for rows in before.values()) > 50

    with Workspace.open(path) as workspace:
        backup = workspace.pre_migration_backup
        assert workspace.schema_version == schema.SCHEMA_VERSION
        assert workspace.tech_packs.qc_template()[0].stage == 1
        assert workspace.brand.get().name == ""

    assert everything(path, old_tables, old_columns) == before
    assert set(tables(path)) == (set(old_tables) | NEW_TABLES | LATER_TABLES
                                 | {"_sqlite_migrations"})
    assert query(path, "PRAGMA user_version") == [(schema.SCHEMA_VERSION,)]
    assert [row[0] for row in query(path, "SELECT name FROM _sqlite_migrations ORDER BY id")] \
        == schema.known_migration_names()
    triggers = {row[0] for row in query(
        path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"revision_images_frozen", "revision_images_undeletable", "revision_images_closed",
            "revision_brand_logos_frozen", "revision_brand_logos_undeletable",
            "revision_brand_logos_closed", "tech_pack_revisions_frozen"} <= triggers
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    assert query(path, "PRAGMA foreign_key_check") == []

    # the copy taken before is the schema-1 file, whole
    assert backup is not None and backup.exists()
    assert backup.name.startswith(f"studio.before-schema-{schema.SCHEMA_VERSION}-")
    assert everything(backup, old_tables) == before
    assert query(backup, "PRAGMA user_version") == [(1,)]
    assert (NEW_TABLES | LATER_TABLES).isdisjoint(tables(backup))
    assert sha256(EXAMPLE_1) == example_hash  # the example in the repository is untouched


def test_a_revision_issued_under_schema_1_is_protected_by_the_new_triggers(tmp_path,
                                                                          monkeypatch):
    past = Migrations(schema.MIGRATION_SET)
    past(name="m001_initial_schema")(schema.m001_initial_schema)
    monkeypatch.setattr(schema, "migrations", past)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    path = tmp_path / "old.jewelbench"
    with Workspace.create(path) as old:
        design_id = old.designs.add(make.design())
        revision_id = old.tech_packs.add(TechPackRevision(
            design_id, "A", RevisionStatus.ISSUED, {"stamp": "925"}, dt.date(2025, 3, 1)))
    monkeypatch.undo()

    with Workspace.open(path) as workspace:
        assert workspace.pre_migration_backup is not None
        with pytest.raises(sqlite3.IntegrityError, match="cannot be given another image"):
            with workspace.transaction():
                workspace.db.execute(
                    "INSERT INTO revision_images (revision_id, position, mime_type, width, "
                    "height, image, thumbnail) VALUES (?, 0, 'image/png', 1, 1, x'00', x'00')",
                    [revision_id])
        assert workspace.tech_packs.get(revision_id).content == {"stamp": "925"}
        b = workspace.tech_packs.draft_for(design_id)
        issued = workspace.tech_packs.issue(b.id, "Complete tech pack", dt.date(2026, 1, 5))
        assert [r["revision"] for r in issued.content["revisions"]] == ["A", "B"]
