"""The workbook's listings narrowed to the designs compared (storage/workbook_data.py, issue
16): only their rows, the suppliers that quote or sampled them, quotes one row each with
their tiers side by side, and the size said before writing, counted without reading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelbench.storage import Workspace
from jewelbench.storage.workbook_data import (
    LISTED_TABLES,
    first_quoted_design,
    listing_size,
    workbook_data,
)


@pytest.fixture
def demo(demo_path):
    with Workspace.open(demo_path, read_only=True) as workspace:
        yield workspace


def _ids(demo, *codes):
    return [demo.designs.id_for_code(code) for code in codes]


def test_the_listings_hold_only_the_designs_compared(demo):
    ids = _ids(demo, "RG-021", "BR-005")
    data = workbook_data(demo, designs=ids)
    assert [t.name for t in data.tables] == list(LISTED_TABLES)
    rows = {t.name: t.rows() for t in data.tables}
    assert sorted(r[0] for r in rows["designs"]) == ["BR-005", "RG-021"]
    assert {r[0] for r in rows["bom_lines"]} == {"BR-005", "RG-021"}
    quotes = [q for q in demo.quotes.summaries() if q.design_id in ids]
    assert sorted(r[0] for r in rows["quotes"]) == sorted(q.id for q in quotes)
    fees = sum(len(demo.quotes.get(q.id).fees) for q in quotes)
    assert len(rows["quote_fees"]) == fees
    rounds = [r for r in rows["sample_rounds"]]
    assert all(r[0] in ("BR-005", "RG-021") for r in rounds)
    suppliers = {demo.quotes.get(q.id).supplier_id for q in quotes}
    names = {s.name for s in demo.suppliers.summaries() if s.id in suppliers}
    names |= {r[1] for r in rounds}
    assert {r[0] for r in rows["suppliers"]} == names
    assert len(names) < demo.counts()["suppliers"], "a supplier of other designs is left out"


def test_quotes_one_row_each_with_their_tiers_side_by_side(demo):
    table = workbook_data(demo).table("quotes")
    assert table is not None
    headers = [c.header for c in table.columns]
    quotes = {q.id: demo.quotes.get(q.id) for q in demo.quotes.summaries()}
    most = max(len(q.tiers) for q in quotes.values())
    assert headers[10:11 + 2 * most] == ["Tiers", *[h for k in range(1, most + 1) for h in (
        f"Tier {k} from", f"Tier {k} unit price")]]
    rows = table.rows()
    assert len(rows) == len(quotes)
    for row in rows:
        quote = quotes[row[0]]
        tiers = sorted(quote.tiers, key=lambda t: t.min_quantity)
        assert row[10] == len(tiers)
        assert list(row[11:11 + 2 * len(tiers)]) == [v for t in tiers
                                                     for v in (t.min_quantity, t.unit_price)]
        assert all(v is None for v in row[11 + 2 * len(tiers):11 + 2 * most])
        fees = headers.index("Development fees")
        assert row[fees] == sum((f.amount for f in quote.fees), Decimal(0))
        assert row[fees + 1] == sum((f.amount for f in quote.fees if f.refundable_on_order),
                                    Decimal(0))


@pytest.mark.parametrize("codes", [None, ("RG-021",), ("RG-021", "BR-005", "NK-004")])
def test_the_size_said_is_the_rows_written(demo, codes):
    ids = None if codes is None else _ids(demo, *codes)
    size = listing_size(demo, ids)
    data = workbook_data(demo, designs=ids)
    rows = {t.name: t.rows() for t in data.tables}
    assert size.rows == sum(len(r) for r in rows.values())
    cells = sum(sum(1 for v in row if v is not None and v != "") for r in rows.values()
                for row in r)
    assert cells <= size.cells <= sum(len(t.columns) * len(rows[t.name]) for t in data.tables)
    assert size.designs == len(rows["designs"]) and size.quotes == len(rows["quotes"])
    if codes is None:
        assert size.designs == demo.counts()["designs"]


def test_the_first_quoted_design_is_the_quotes_list_s_first(demo):
    assert first_quoted_design(demo) == demo.quotes.summaries()[0].design_id
