"""Requests for quotation in the file: saved whole, only for issued revisions, and who answered
read from the quotes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import query

from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.rfqs import ReplyState, Rfq, RfqRecipient
from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.storage import StorageError, Workspace, schema
from jewelbench.storage.repository import NotFound
from jewelbench.storage.rfqs import RevisionNotIssued

SENT = dt.date(2025, 3, 1)
REPLY_BY = dt.date(2025, 3, 15)
EXAMPLE_2 = Path(__file__).parent / "workspaces" / "schema-2.jewelbench"


@pytest.fixture
def studio(make_workspace):
    """A ring with revision A issued and B a draft, three suppliers."""
    workspace = make_workspace()
    ring = workspace.designs.add(make.design("RG-014"))
    pendant = workspace.designs.add(make.design("PD-003", name="Wave Disc Pendant"))
    a = workspace.tech_packs.add(TechPackRevision(ring, "A", RevisionStatus.ISSUED,
                                                  {"stamp": "925"}, dt.date(2025, 2, 1)))
    b = workspace.tech_packs.add(TechPackRevision(ring, "B"))
    suppliers = {name: workspace.suppliers.add(make.supplier(name))
                 for name in ("Siam Silver Works", "Fonderia Berica", "Jaipur Silvercraft")}
    return dataclasses.make_dataclass("Studio", ["ws", "ring", "pendant", "a", "b", "s"])(
        workspace, ring, pendant, a, b, suppliers)


def rfq(studio, **overrides) -> Rfq:
    values = dict(design_id=studio.ring, tech_pack_revision_id=studio.a,
                  quantities=[50, 100, 300, 1000],
                  recipients=[RfqRecipient(studio.s[name], SENT) for name in studio.s],
                  created_on=SENT, reply_by=REPLY_BY, currency=None, incoterm=Incoterm.CIF,
                  notes="Bezel in 18k — ünïcode ✓\nsecond line")
    values.update(overrides)
    return Rfq(**values)


def quote_on(studio, supplier: str, day: dt.date, design: int | None = None) -> int:
    quote = make.quote(studio.s[supplier], design or studio.ring,
                       None if design else studio.a)
    quote = dataclasses.replace(quote, quoted_on=day, valid_until=None)
    return studio.ws.quotes.add(quote)


def rows(workspace, table: str) -> list[tuple]:
    return workspace.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


def test_an_rfq_round_trips_whole(studio):
    original = rfq(studio)
    rfq_id = studio.ws.rfqs.add(original)
    assert original.id == rfq_id
    loaded = studio.ws.rfqs.get(rfq_id)
    # recipients come back by supplier name
    expected = dataclasses.replace(original, recipients=sorted(
        original.recipients, key=lambda r: studio.ws.suppliers.get(r.supplier_id).name))
    assert make.exact(loaded) == make.exact(expected)
    assert loaded.reference() == f"RFQ-{rfq_id:04d}"
    assert rows(studio.ws, "rfq_quantities") == [(rfq_id, 50), (rfq_id, 100), (rfq_id, 300),
                                                 (rfq_id, 1000)]
    with_currency = rfq(studio, currency="usd")
    assert studio.ws.rfqs.get(studio.ws.rfqs.add(with_currency)).currency == "USD"


def test_a_draft_revision_is_refused_and_nothing_is_stored(studio):
    with pytest.raises(RevisionNotIssued, match="Issue a tech pack revision first: revision B "
                                                "of RG-014 is still a draft"):
        studio.ws.rfqs.add(rfq(studio, tech_pack_revision_id=studio.b))
    with pytest.raises(RevisionNotIssued, match="belongs to RG-014"):
        studio.ws.rfqs.add(rfq(studio, design_id=studio.pendant))
    with pytest.raises(NotFound, match="#999 does not exist"):
        studio.ws.rfqs.add(rfq(studio, tech_pack_revision_id=999))
    assert studio.ws.rfqs.count() == 0
    assert rows(studio.ws, "rfq_quantities") == rows(studio.ws, "rfq_suppliers") == []


def test_a_deleted_supplier_is_refused_whole(studio):
    gone = studio.s["Fonderia Berica"]
    studio.ws.suppliers.delete(gone)
    with pytest.raises(NotFound, match=f"Supplier #{gone} does not exist"):
        studio.ws.rfqs.add(rfq(studio))
    assert studio.ws.rfqs.count() == 0


def test_the_file_itself_refuses_an_rfq_for_a_draft_or_another_designs_revision(studio):
    insert = ("INSERT INTO rfqs (design_id, tech_pack_revision_id, created_on, reply_by) "
              "VALUES (?, ?, '2025-03-01', '2025-03-15')")
    for design, revision in ((studio.ring, studio.b), (studio.pendant, studio.a)):
        with pytest.raises(sqlite3.IntegrityError, match="must send an issued tech pack"):
            with studio.ws.transaction():
                studio.ws.db.execute(insert, [design, revision])
    rfq_id = studio.ws.rfqs.add(rfq(studio))
    with pytest.raises(sqlite3.IntegrityError, match="must send an issued tech pack"):
        with studio.ws.transaction():
            studio.ws.db.execute("UPDATE rfqs SET tech_pack_revision_id = ? WHERE id = ?",
                                 [studio.b, rfq_id])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        with studio.ws.transaction():
            studio.ws.db.execute("UPDATE rfqs SET reply_by = '2025-02-28' WHERE id = ?",
                                 [rfq_id])
    assert studio.ws.rfqs.get(rfq_id).reply_by == REPLY_BY


def test_replies_answered_awaiting_and_overdue(studio):
    rfq_id = studio.ws.rfqs.add(rfq(studio))
    quote_on(studio, "Siam Silver Works", dt.date(2025, 2, 20))  # before the RFQ: not an answer
    answer = quote_on(studio, "Siam Silver Works", dt.date(2025, 3, 9))
    quote_on(studio, "Siam Silver Works", dt.date(2025, 3, 12))  # a later one: the first counts
    quote_on(studio, "Fonderia Berica", dt.date(2025, 3, 4), design=studio.pendant)  # other design

    def states(today):
        return {r.supplier: (r.state, r.days_overdue(today), r.days_left(today))
                for r in studio.ws.rfqs.replies(rfq_id, today)}

    assert states(dt.date(2025, 3, 10)) == {
        "Fonderia Berica": (ReplyState.AWAITING, 0, 5),
        "Jaipur Silvercraft": (ReplyState.AWAITING, 0, 5),
        "Siam Silver Works": (ReplyState.ANSWERED, 0, 0)}
    assert states(REPLY_BY) == states(dt.date(2025, 3, 10)) | {
        "Fonderia Berica": (ReplyState.AWAITING, 0, 0),
        "Jaipur Silvercraft": (ReplyState.AWAITING, 0, 0)}
    assert states(dt.date(2025, 3, 19)) == {
        "Fonderia Berica": (ReplyState.OVERDUE, 4, 0),
        "Jaipur Silvercraft": (ReplyState.OVERDUE, 4, 0),
        "Siam Silver Works": (ReplyState.ANSWERED, 0, 0)}
    siam = studio.ws.rfqs.replies(rfq_id, dt.date(2025, 3, 19))[2]
    assert (siam.quote_id, siam.answered_on, siam.country, siam.currency) == (
        answer, dt.date(2025, 3, 9), "TH", "THB")
    # a late answer still answers
    quote_on(studio, "Jaipur Silvercraft", dt.date(2025, 3, 18))
    late = {r.supplier: r for r in studio.ws.rfqs.replies(rfq_id, dt.date(2025, 3, 19))}
    assert late["Jaipur Silvercraft"].state is ReplyState.ANSWERED
    assert late["Jaipur Silvercraft"].answered_late()
    assert not late["Siam Silver Works"].answered_late()


def test_summaries_newest_first_and_filtered_by_design_or_supplier(studio):
    older = studio.ws.rfqs.add(rfq(studio, created_on=dt.date(2025, 1, 5),
                                   recipients=[RfqRecipient(studio.s["Siam Silver Works"],
                                                            dt.date(2025, 1, 5))],
                                   reply_by=dt.date(2025, 1, 20), quantities=[100]))
    newer = studio.ws.rfqs.add(rfq(studio))
    quote_on(studio, "Siam Silver Works", dt.date(2025, 1, 10))
    today = dt.date(2025, 3, 20)
    first, second = studio.ws.rfqs.summaries(today)
    assert (first.id, second.id) == (newer, older)
    assert (first.design_code, first.design_name, first.revision) == (
        "RG-014", "Luna stacking ring", "A")
    assert first.quantities == (50, 100, 300, 1000)
    assert first.incoterm == "CIF" and first.currency is None
    # the 10 January quote answers the January RFQ, not the March one
    assert (first.answered, first.awaiting, first.overdue, first.complete) == (0, 0, 3, False)
    assert (second.answered, second.overdue, second.complete) == (1, 0, True)
    assert [s.id for s in studio.ws.rfqs.summaries(today, design_id=studio.pendant)] == []
    jaipur = studio.ws.rfqs.summaries(today, supplier_id=studio.s["Jaipur Silvercraft"])
    assert [s.id for s in jaipur] == [newer]
    assert studio.ws.rfqs.summary(older, today).quantities == (100,)
    assert studio.ws.rfqs.quantities_for_design(studio.ring) == [50, 100, 300, 1000]
    assert studio.ws.rfqs.quantities_for_design(studio.pendant) == []
    assert studio.ws.rfqs.count_for_supplier(studio.s["Siam Silver Works"]) == 2
    assert studio.ws.rfqs.count_for_design(studio.ring) == 2


def test_delete_takes_quantities_and_suppliers_and_leaves_the_quotes(studio):
    rfq_id = studio.ws.rfqs.add(rfq(studio))
    quote = quote_on(studio, "Siam Silver Works", dt.date(2025, 3, 9))
    kept = studio.ws.rfqs.get(rfq_id)
    studio.ws.rfqs.delete(rfq_id)
    assert studio.ws.rfqs.count() == 0
    assert rows(studio.ws, "rfq_quantities") == rows(studio.ws, "rfq_suppliers") == []
    assert studio.ws.quotes.get(quote).id == quote
    with pytest.raises(NotFound):
        studio.ws.rfqs.get(rfq_id)
    # undoing the deletion brings back the same RFQ, same number
    assert studio.ws.rfqs.add(kept) == rfq_id
    assert make.exact(studio.ws.rfqs.get(rfq_id)) == make.exact(kept)


def test_a_failed_add_gives_the_rfq_its_id_back(studio):
    first = studio.ws.rfqs.add(rfq(studio))
    clash = rfq(studio, id=first)
    with pytest.raises(StorageError, match="could not be saved"):
        studio.ws.rfqs.add(clash)
    assert clash.id == first
    fresh = rfq(studio)
    with pytest.raises(StorageError, match="no such table"):  # a read that fails: damage
        with studio.ws.transaction():
            studio.ws.rfqs.add(fresh)
            studio.ws.db.execute("SELECT * FROM no_such_table")
    assert fresh.id is None


def test_deleting_a_supplier_or_the_design_takes_its_part_of_the_rfq(studio):
    rfq_id = studio.ws.rfqs.add(rfq(studio))
    studio.ws.suppliers.delete(studio.s["Fonderia Berica"])
    assert [r.supplier for r in studio.ws.rfqs.replies(rfq_id, SENT)] == [
        "Jaipur Silvercraft", "Siam Silver Works"]
    studio.ws.designs.delete(studio.ring)
    assert studio.ws.rfqs.count() == 0
    assert rows(studio.ws, "rfq_suppliers") == []
    assert query(studio.ws.path, "PRAGMA foreign_key_check") == []


def test_the_schema_2_example_gains_the_rfq_tables_with_every_row_kept(tmp_path):
    path = tmp_path / "studio.jewelbench"
    shutil.copy(EXAMPLE_2, path)
    names = [row[0] for row in query(path, "SELECT name FROM sqlite_master WHERE type = "
                                           "'table' AND name != '_sqlite_migrations'")]
    # the columns schema 2 had: later migrations may add columns, never change these
    columns = {name: ", ".join(f'"{row[1]}"' for row in query(path, f"PRAGMA table_info({name})"))
               for name in names}
    before = {name: query(path, f"SELECT {columns[name]} FROM {name} ORDER BY rowid")
              for name in names}
    with Workspace.open(path) as workspace:
        backup = workspace.pre_migration_backup
        assert workspace.schema_version == schema.SCHEMA_VERSION
        assert workspace.rfqs.summaries(dt.date(2026, 1, 1)) == []
        ring = workspace.designs.id_for_code("RG-014")
        issued = workspace.tech_packs.for_design(ring)[0]
        supplier = workspace.suppliers.id_for_name("Siam Silver Works")
        workspace.rfqs.add(Rfq(ring, issued.id, [50], [RfqRecipient(supplier, SENT)], SENT,
                               REPLY_BY))
    after = {name: query(path, f"SELECT {columns[name]} FROM {name} ORDER BY rowid")
             for name in names}
    # every row kept; the one write added the save count every write moves on
    assert [row for row in after["workspace_settings"] if row[0] == "saves"] == [("saves", "1")]
    after["workspace_settings"].remove(("saves", "1"))
    assert after == before
    assert backup is not None and backup.name.startswith(
        f"studio.before-schema-{schema.SCHEMA_VERSION}-")
    assert query(backup, "PRAGMA user_version") == [(2,)]
    triggers = {row[0] for row in query(path, "SELECT name FROM sqlite_master WHERE type = "
                                              "'trigger'")}
    assert {"rfqs_issued_revision", "rfqs_issued_revision_kept"} <= triggers
    assert Workspace.check(path).ok
