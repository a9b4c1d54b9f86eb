"""Many rows at once (storage/bulk.py): all written in one go, or none with the reason."""

from __future__ import annotations

import pytest
import storage_helpers as make

from jewelbench.storage.bulk import insert_rows, next_id
from jewelbench.storage.repositories import StorageError


def test_rows_are_written_and_read_back_by_the_repositories(make_workspace):
    workspace = make_workspace()
    supplier_id = workspace.suppliers.add(make.supplier())
    first = next_id(workspace.db, "designs")
    written = insert_rows(workspace.db, "designs", (
        "id", "code", "name", "category", "created_at", "updated_at"),
        [(first + i, f"RG-{i:03d}", f"Ring {i}", "ring", "2026-01-02T10:00:00",
          "2026-01-02T10:00:00") for i in range(3)])
    assert written == 3
    insert_rows(workspace.db, "quotes", ("id", "supplier_id", "design_id", "currency",
                                         "quoted_on"),
                [(7, supplier_id, first + 2, "THB", "2026-02-01")])
    insert_rows(workspace.db, "quote_tiers", ("quote_id", "min_quantity", "unit_price"),
                [(7, 50, "14.50"), (7, 200, "12.10")])
    insert_rows(workspace.db, "quote_fees", ("quote_id", "kind", "amount"), [(7, "mould", "85")])
    assert [d.code for d in workspace.designs.summaries()] == ["RG-000", "RG-001", "RG-002"]
    quote = workspace.quotes.get(7)
    assert (quote.design_id, str(quote.fees[0].amount)) == (first + 2, "85")
    assert [(t.min_quantity, str(t.unit_price)) for t in quote.tiers] == [(50, "14.50"),
                                                                          (200, "12.10")]
    assert next_id(workspace.db, "designs") == first + 3


def test_one_bad_row_writes_none_of_them_and_says_why(make_workspace):
    workspace = make_workspace()
    rows = [(1, "RG-1", "Ring", "ring", "x", "x"), (2, "RG-2", "Ring", "spoon", "x", "x")]
    with pytest.raises(StorageError, match="designs was refused.*CHECK"):
        insert_rows(workspace.db, "designs",
                    ("id", "code", "name", "category", "created_at", "updated_at"), rows)
    assert workspace.designs.summaries() == []


def test_a_name_that_is_not_a_plain_name_is_refused(make_workspace):
    workspace = make_workspace()
    with pytest.raises(StorageError, match="not a table or column name"):
        insert_rows(workspace.db, "designs; DROP TABLE designs", ("id",), [(1,)])
    with pytest.raises(StorageError, match="not a table or column name"):
        next_id(workspace.db, "designs--")
    assert workspace.designs.summaries() == []
