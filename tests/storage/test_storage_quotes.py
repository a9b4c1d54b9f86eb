"""Quotes stored whole: updated in one transaction, put back under their id, read per design."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
import storage_helpers as make
from storage_helpers import exact

from jewelbench.domain.quotes import FeeKind, QuoteFee, QuoteTier
from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.storage.repositories import NotFound, StorageError


@pytest.fixture
def stocked(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design("RG-014"))
    other_design = workspace.designs.add(make.design("RG-015"))
    supplier_id = workspace.suppliers.add(make.supplier())
    other_supplier = workspace.suppliers.add(make.supplier("Berica"))
    revision_id = workspace.tech_packs.add(TechPackRevision(
        design_id, "A", RevisionStatus.ISSUED, {"spec": 1}, dt.date(2025, 2, 1)))
    return workspace, design_id, other_design, supplier_id, other_supplier, revision_id


def test_update_replaces_the_row_tiers_and_fees(stocked):
    workspace, design_id, _, supplier_id, _, revision_id = stocked
    quote = make.quote(supplier_id, design_id, revision_id)
    quote_id = workspace.quotes.add(quote)
    changed = dataclasses.replace(
        quote, reference="Q-2025-031b", moq=100, deposit_pct=Decimal("25"),
        tiers=[QuoteTier(100, Decimal("13.00")), QuoteTier(500, Decimal("11.50"))],
        fees=[QuoteFee(FeeKind.CAD, Decimal("60"))])
    workspace.quotes.update(changed)
    stored = workspace.quotes.get(quote_id)
    assert exact(stored) == exact(changed)
    [summary] = workspace.quotes.summaries()
    assert summary.tiers == ((100, Decimal("13.00")), (500, Decimal("11.50")))
    assert summary.development_cost == Decimal("60")
    assert (summary.supplier_id, summary.design_id, summary.revision) == (
        supplier_id, design_id, "A")


def test_a_failed_update_leaves_the_whole_quote_as_it_was(stocked):
    workspace, design_id, other_design, supplier_id, _, revision_id = stocked
    quote = make.quote(supplier_id, design_id, revision_id)
    quote_id = workspace.quotes.add(quote)
    before = exact(workspace.quotes.get(quote_id))
    wrong = dataclasses.replace(quote, design_id=other_design, tiers=[
        QuoteTier(50, Decimal("1"))])
    with pytest.raises(StorageError, match="revision A belongs to another design"):
        workspace.quotes.update(wrong)
    missing = dataclasses.replace(quote, supplier_id=999, tiers=[QuoteTier(50, Decimal("1"))])
    with pytest.raises(StorageError, match="does not exist"):
        workspace.quotes.update(missing)
    assert exact(workspace.quotes.get(quote_id)) == before


def test_updating_a_deleted_or_unsaved_quote_is_refused(stocked):
    workspace, design_id, _, supplier_id, _, _ = stocked
    quote = make.quote(supplier_id, design_id)
    with pytest.raises(NotFound, match="not been saved"):
        workspace.quotes.update(quote)
    workspace.quotes.add(quote)
    workspace.quotes.delete(quote.id)
    with pytest.raises(NotFound, match="may have been deleted"):
        workspace.quotes.update(quote)


def test_a_deleted_quote_comes_back_under_its_own_id(stocked):
    workspace, design_id, _, supplier_id, _, _ = stocked
    quote = make.quote(supplier_id, design_id)
    quote_id = workspace.quotes.add(quote)
    saved = workspace.quotes.get(quote_id)
    workspace.quotes.delete(quote_id)
    assert workspace.quotes.add(saved, keep_id=True) == quote_id
    assert exact(workspace.quotes.get(quote_id)) == exact(saved)
    with pytest.raises(StorageError, match="exists already"):
        workspace.quotes.add(saved, keep_id=True)


def test_a_quote_for_another_designs_revision_is_refused(stocked):
    workspace, _, other_design, supplier_id, _, revision_id = stocked
    with pytest.raises(StorageError, match="belongs to another design"):
        workspace.quotes.add(make.quote(supplier_id, other_design, revision_id))
    assert workspace.quotes.summaries() == []


def test_quotes_are_read_per_design_and_per_supplier(stocked):
    workspace, design_id, other_design, supplier_id, other_supplier, _ = stocked
    a = workspace.quotes.add(make.quote(supplier_id, design_id))
    b = workspace.quotes.add(make.quote(other_supplier, design_id))
    c = workspace.quotes.add(make.quote(supplier_id, other_design))
    assert [q.id for q in workspace.quotes.for_design(design_id)] == [b, a], "by supplier name"
    assert all(q.tiers and q.fees for q in workspace.quotes.for_design(design_id))
    assert {s.id for s in workspace.quotes.summaries(design_id=design_id)} == {a, b}
    assert {s.id for s in workspace.quotes.summaries(supplier_id=supplier_id)} == {a, c}
    assert [s.id for s in workspace.quotes.summaries(design_id=other_design,
                                                     supplier_id=supplier_id)] == [c]
