"""Suppliers in the file: refusals, scorecards from the stored history, and a delete that
takes the supplier's quotes and sample rounds with it and that restore() undoes exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import Workspace
from jewelbench.storage.repositories import DuplicateError, NotFound, StorageError

VICENZA = "Fonderia Berica S.r.l."
BANGKOK = "Siam Gem Setting Co., Ltd."


def dump(path: Path) -> dict[str, list[str]]:
    """Every row of every table, rowids included, read straight from the file."""
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index%'")]
        # (the save count every write moves on aside)
        return {t: sorted(repr(r) for r in connection.execute(f'SELECT rowid, * FROM "{t}"')
                          if t != "workspace_settings" or r[1] != "saves")
                for t in tables}
    finally:
        connection.close()


def supplier_id(workspace: Workspace, name: str) -> int:
    found = workspace.suppliers.id_for_name(name)
    assert found is not None
    return found


# --- refusals ------------------------------------------------------------------------------


def test_a_second_supplier_of_the_same_name_is_refused_whatever_its_case(make_workspace):
    workspace = make_workspace()
    workspace.suppliers.add(make.supplier("Siam Silver Works"))
    with pytest.raises(DuplicateError, match="A supplier named 'SIAM silver works' already "
                                             "exists"):
        workspace.suppliers.add(make.supplier("SIAM silver works"))
    other = make.supplier("Casa Oro")
    workspace.suppliers.add(other)
    renamed = dataclasses.replace(other, name="Siam Silver Works")
    with pytest.raises(DuplicateError, match="already exists"):
        workspace.suppliers.update(renamed)
    assert workspace.suppliers.get(other.id).name == "Casa Oro", "nothing stored changed"


def test_updating_a_supplier_that_is_gone_says_so(make_workspace):
    workspace = make_workspace()
    supplier = make.supplier()
    workspace.suppliers.add(supplier)
    workspace.suppliers.delete(supplier.id)
    with pytest.raises(NotFound, match="no longer exists"):
        workspace.suppliers.update(supplier)


def test_every_part_of_a_supplier_comes_back_after_an_update(make_workspace):
    workspace = make_workspace()
    supplier = make.supplier()
    workspace.suppliers.add(supplier)
    changed = dataclasses.replace(supplier, country="VN", currency="VND",
                                  capabilities=["engraving"], contacts=supplier.contacts[:1])
    workspace.suppliers.update(changed)
    assert workspace.suppliers.get(supplier.id) == changed


def test_a_suppliers_print_language_is_kept_and_the_file_refuses_others(make_workspace):
    workspace = make_workspace()
    supplier = make.supplier()
    workspace.suppliers.add(supplier)
    assert workspace.suppliers.get(supplier.id).print_language == ""  # from its country
    workspace.suppliers.update(dataclasses.replace(supplier, print_language="nb"))
    assert workspace.suppliers.get(supplier.id).print_language == "nb"
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.execute("UPDATE suppliers SET print_language = 'de' WHERE id = ?",
                             [supplier.id])


# --- delete and restore --------------------------------------------------------------------


def test_delete_impact_counts_the_quotes_and_sample_rounds_that_go_with_it(demo_copy):
    with Workspace.open(demo_copy) as workspace:
        impact = workspace.suppliers.delete_impact(supplier_id(workspace, BANGKOK))
        assert (impact.quotes, impact.sample_rounds) == (3, 4)


def test_a_deleted_supplier_comes_back_with_every_quote_and_sample_exactly(demo_copy):
    before = dump(demo_copy)
    with Workspace.open(demo_copy) as workspace:
        bangkok = supplier_id(workspace, BANGKOK)
        quotes_before = workspace.counts()["quotes"]
        with workspace.transaction():
            snapshot = workspace.suppliers.snapshot(bangkok)
            workspace.suppliers.delete(bangkok)
        assert workspace.counts()["quotes"] == quotes_before - 3
        assert workspace.suppliers.id_for_name(BANGKOK) is None
        with workspace.transaction():
            workspace.suppliers.restore(snapshot)
        # and once more: a redo and an undo again
        with workspace.transaction():
            workspace.suppliers.delete(bangkok)
        with workspace.transaction():
            workspace.suppliers.restore(snapshot)
    assert dump(demo_copy) == before, "every row back, with its id and its photos"


def test_a_restored_supplier_keeps_its_quote_and_sample_ids(demo_copy):
    with Workspace.open(demo_copy) as workspace:
        bangkok = supplier_id(workspace, BANGKOK)
        quote_ids = {r[0] for r in workspace.db.execute(
            "SELECT id FROM quotes WHERE supplier_id = ?", [bangkok])}
        approved = workspace.db.execute(
            "SELECT id FROM sample_rounds WHERE supplier_id = ? AND decision = 'approved' "
            "ORDER BY id", [bangkok]).fetchone()[0]
        photos_before = [photo.image for photo in workspace.samples.get(approved).photos]
        snapshot = workspace.suppliers.snapshot(bangkok)
        workspace.suppliers.delete(bangkok)
        workspace.suppliers.restore(snapshot)
        assert {r[0] for r in workspace.db.execute(
            "SELECT id FROM quotes WHERE supplier_id = ?", [bangkok])} == quote_ids
        sample = workspace.samples.get(approved)
        # the golden sample's photo comes back byte for byte (the demo stores it as JPEG)
        assert photos_before and photos_before[0][:3] == b"\xff\xd8\xff"
        assert [photo.image for photo in sample.photos] == photos_before


def test_restore_follows_foreign_keys_added_later(make_workspace):
    """A table a later migration adds (here: an RFQ answer pointing at a quote, and a note
    whose link to a sample is set to NULL on delete) is snapshotted and restored too."""
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    supplier = make.supplier()
    workspace.suppliers.add(supplier)
    quote_id = workspace.quotes.add(make.quote(supplier.id, design_id))
    sample_id = workspace.samples.add(make.sample_round(design_id, supplier.id))
    with workspace.transaction():
        workspace.db.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, quote_id INTEGER "
                             "NOT NULL REFERENCES quotes (id) ON DELETE CASCADE, text TEXT)")
        workspace.db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, sample_round_id "
                             "INTEGER REFERENCES sample_rounds (id) ON DELETE SET NULL, "
                             "text TEXT)")
        workspace.db.execute("INSERT INTO answers (quote_id, text) VALUES (?, 'in time')",
                             [quote_id])
        workspace.db.execute("INSERT INTO notes (sample_round_id, text) VALUES (?, 'golden')",
                             [sample_id])
    before = dump(workspace.path)
    snapshot = workspace.suppliers.snapshot(supplier.id)
    workspace.suppliers.delete(supplier.id)
    assert workspace.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert workspace.db.execute("SELECT sample_round_id FROM notes").fetchone()[0] is None
    workspace.suppliers.restore(snapshot)
    assert dump(workspace.path) == before


def test_restore_is_refused_when_the_name_has_been_taken_meanwhile(make_workspace):
    workspace = make_workspace()
    supplier = make.supplier("Casa Oro")
    workspace.suppliers.add(supplier)
    snapshot = workspace.suppliers.snapshot(supplier.id)
    workspace.suppliers.delete(supplier.id)
    workspace.suppliers.add(make.supplier("casa oro"))
    with pytest.raises(DuplicateError, match="A supplier named 'Casa Oro' already exists"):
        workspace.suppliers.restore(snapshot)
    assert [s.name for s in workspace.suppliers.summaries()] == ["casa oro"]


def test_a_snapshot_of_a_missing_supplier_is_refused(make_workspace):
    with pytest.raises(NotFound):
        make_workspace().suppliers.snapshot(99)
    assert issubclass(NotFound, StorageError)


def test_suppliers_of_a_design_are_those_that_quoted_or_sampled_it(demo_copy):
    with Workspace.open(demo_copy) as workspace:
        er007 = workspace.designs.id_for_code("ER-007")
        names = workspace.suppliers.names()
        assert {names[i] for i in workspace.suppliers.ids_for_design(er007)} == {
            "Jaipur Silvercraft Pvt. Ltd.", "Panyu Jinhui Jewelry Manufacturing Co., Ltd."}


# --- scorecards from the stored history ------------------------------------------------------


def test_the_demo_suppliers_scorecard_from_its_history(demo_path):
    with Workspace.open(demo_path, read_only=True) as workspace:
        vicenza = workspace.suppliers.scorecard(supplier_id(workspace, VICENZA), DEMO_TODAY)
        bangkok = workspace.suppliers.scorecard(supplier_id(workspace, BANGKOK), DEMO_TODAY)
    assert vicenza.first_pass_rate == Decimal(1)
    assert vicenza.average_rounds_to_approval == Decimal(1)
    assert (vicenza.average_promised_days, vicenza.average_actual_days) == (
        Decimal("17.5"), Decimal(22))
    assert vicenza.headline() == "100 % first pass · 1 round · 4.5 d late"
    assert ("    RG-021 at 100 pcs: 31.20 EUR = 36.62 USD (Q-2026-024) vs 1,020.00 INR = "
            "11.58 USD from Jaipur Silvercraft Pvt. Ltd. (Q-2026-032) → 3.16×"
            in vicenza.explain())
    # Bangkok: RG-014 rejected then approved, BR-005 approved, PD-012 awaiting its decision
    assert bangkok.first_pass_rate == Decimal("0.5")
    assert bangkok.average_rounds_to_approval == Decimal("1.5")
    assert [c.actual_days for c in bangkok.compared_lead_times] == [28, 34, 26, 24]
    assert bangkok.on_time_count == 0
    assert bangkok.price_ratio is None
    assert bangkok.headline() == "50 % first pass · 1.5 rounds · 9.3 d late"


def test_scorecards_of_every_supplier_match_one_at_a_time(demo_path):
    with Workspace.open(demo_path, read_only=True) as workspace:
        every = workspace.suppliers.scorecards(DEMO_TODAY)
        assert set(every) == set(workspace.suppliers.names())
        for sid, scorecard in every.items():
            assert workspace.suppliers.scorecard(sid, DEMO_TODAY) == scorecard


def test_a_new_supplier_has_an_empty_scorecard(make_workspace):
    workspace = make_workspace()
    sid = workspace.suppliers.add(Supplier("Casa Oro", "IT", "EUR"))
    scorecard = workspace.suppliers.scorecard(sid, dt.date(2026, 1, 1))
    assert scorecard.headline() == "no history yet"
    with pytest.raises(NotFound):
        workspace.suppliers.scorecard(sid + 1, dt.date(2026, 1, 1))
