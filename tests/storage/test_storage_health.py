"""What SQLite's own checks miss, `Workspace.check` and the window's check on opening find:
a dropped table, column, index or trigger; a reference to a row that is gone; text that is no
longer UTF-8 (issue 13, item 7). The damage is done as another program would do it: plain
sqlite3 on the closed file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import sha256, sidecars

from jewelbench.storage import ReadError, Workspace, health, schema
from jewelbench.storage.health import check_on_open, expected_shape


@pytest.fixture
def studio(tmp_path) -> tuple[Path, int, int]:
    """A closed workspace with a design, a supplier and one sample round with two photos:
    (path, sample round id, id of the photo captioned 'front')."""
    path = tmp_path / "studio.jewelbench"
    with Workspace.create(path) as workspace:
        design_id = workspace.designs.add(make.design("RG-014"))
        supplier_id = workspace.suppliers.add(make.supplier())
        workspace.quotes.add(make.quote(supplier_id, design_id))
        sample_id = workspace.samples.add(make.sample_round(design_id, supplier_id))
    photo_id = make.query(path, "SELECT id FROM sample_photos WHERE caption = 'front'")[0][0]
    return path, sample_id, photo_id


def damage(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        # the search index's triggers name designs.collection: a plain DROP COLUMN refuses
        conn.execute("PRAGMA legacy_alter_table = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def checked(path: Path):
    before = sha256(path)
    report = Workspace.check(path)
    assert sha256(path) == before, "checking never writes"
    assert sidecars(path) == []
    return report


def test_a_healthy_workspace_passes_every_check(studio):
    path, _, _ = studio
    report = checked(path)
    assert report.ok
    assert report.problems == []
    assert check_on_open(path).problems == []


def test_a_dropped_table_is_found_although_the_schema_version_is_right(studio):
    path, _, _ = studio
    damage(path, "DROP TABLE quote_tiers")
    report = checked(path)
    assert report.schema_version == report.app_schema_version
    assert report.integrity == ["ok"], "SQLite itself sees nothing wrong"
    assert not report.ok
    assert report.schema_problems == ["the table quote_tiers is missing"]
    assert "schema: 1 part(s) missing or changed: the table quote_tiers is missing" in \
        report.lines()
    assert report.lines()[-1] == "FAILED: workspace has problems"
    assert check_on_open(path).problems == ["the table quote_tiers is missing"]


def test_a_dropped_column_index_and_trigger_are_each_named(studio):
    path, _, _ = studio
    damage(path, "DROP INDEX designs_collection",
           "ALTER TABLE designs DROP COLUMN collection",
           "DROP TRIGGER tech_pack_revisions_frozen")
    assert checked(path).schema_problems == [
        "the table designs has no column collection",
        "the index designs_collection on designs is missing",
        "the safeguard (trigger) tech_pack_revisions_frozen on tech_pack_revisions is missing",
    ]


def test_a_table_rebuilt_without_its_reference_or_uniqueness_is_found(studio):
    path, _, _ = studio
    # designs.code keeps its type but loses UNIQUE; quote_tiers loses its reference to quotes
    rows = make.query(path, "SELECT sql FROM sqlite_master WHERE name = 'quote_tiers'")
    tiers_sql = rows[0][0]
    assert "REFERENCES quotes" in tiers_sql
    plain = tiers_sql.replace("REFERENCES quotes (id) ON DELETE CASCADE", "")
    assert plain != tiers_sql
    damage(path, "ALTER TABLE quote_tiers RENAME TO old_tiers", plain,
           "INSERT INTO quote_tiers SELECT * FROM old_tiers", "DROP TABLE old_tiers")
    problems = checked(path).schema_problems
    assert problems == ["the reference quote_tiers (quote_id) → quotes is missing"]


def test_a_changed_column_says_what_it_is_and_what_it_should_be(studio):
    path, _, _ = studio
    damage(path, "ALTER TABLE designs RENAME COLUMN description TO notes",
           "ALTER TABLE designs ADD COLUMN description INTEGER")
    assert checked(path).schema_problems == [
        "the column designs.description is INTEGER, not TEXT not null default ''"]


def test_an_older_workspace_is_compared_with_the_shape_of_its_own_schema(studio, monkeypatch):
    """The expected shape comes from the real migrations: a future release's new table is not
    missing from a file that release has not yet upgraded, and is missing once it has."""
    path, _, _ = studio
    future, version = make.future_migrations(
        lambda db: db.execute("CREATE TABLE polishing_notes (id INTEGER PRIMARY KEY, note TEXT)"))
    monkeypatch.setattr(schema, "migrations", future)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    # the shapes are kept per set of migration names: this future's must not outlive the test
    # (the next test's future migration has the same name and another table)
    monkeypatch.setattr(health, "_expected", {})
    assert "polishing_notes" in expected_shape().tables
    older = Workspace.check(path)
    assert older.schema_problems == [], "an older schema is not a damaged one"
    with Workspace.open(path):  # upgraded
        pass
    assert Workspace.check(path).schema_problems == []
    damage(path, "DROP TABLE polishing_notes")
    assert Workspace.check(path).schema_problems == ["the table polishing_notes is missing"]


def test_a_broken_reference_is_found_by_the_check_on_opening_too(studio):
    path, _, _ = studio
    damage(path, "UPDATE quote_tiers SET quote_id = 9999 WHERE rowid = "
                 "(SELECT min(rowid) FROM quote_tiers)")
    row = make.query(path, "SELECT min(rowid) FROM quote_tiers")[0][0]
    said = f"quote_tiers row {row} refers to a row of quotes that does not exist"
    assert checked(path).foreign_key_problems == [said]
    with Workspace.open(path, full_check=True) as workspace:  # SQLite's quick check: fine
        assert workspace.designs.count() == 1
    assert check_on_open(path).problems == [said]


def test_a_caption_that_is_no_longer_utf8_is_found_and_read_as_a_read_error(studio):
    path, sample_id, photo_id = studio
    damage(path, f"UPDATE sample_photos SET caption = CAST(X'66726fff6e74' AS TEXT) "
                 f"WHERE id = {photo_id}")  # 'fro\xffnt': one byte flipped
    said = (f"sample_photos row {photo_id}: the text in caption is damaged (it is not "
            "readable as UTF-8)")
    report = checked(path)
    assert report.integrity == ["ok"]
    assert report.text_problems == [said]
    assert f"text: 1 damaged value(s): {said}" in report.lines()
    assert check_on_open(path).problems == [said]

    with Workspace.open(path) as workspace:
        with pytest.raises(ReadError) as caught:
            workspace.samples.get(sample_id)
        assert str(caught.value) == ("the workspace file is damaged (the text in column "
                                     "'caption' is not readable)")
        assert workspace.designs.count() == 1, "everything else reads as before"


def test_the_check_on_opening_keeps_to_its_time_budget(studio):
    path, _, _ = studio
    damage(path, "DROP TABLE quote_tiers")
    verdict = check_on_open(path, budget_s=0.0)
    assert not verdict.complete
    assert verdict.problems == ["the table quote_tiers is missing"], \
        "what was found before the time ran out is still said; nothing else is claimed"
    assert check_on_open(path).complete
