"""A scenario's recovered metal, in-house FX buffer, cost of capital and benches (schema 7's
`m007_inhouse_model`): kept, copied with the scenario, defaulted for older workspaces, and bad
values never stored."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.domain.costing_inputs import InHouseTerms
from jewelbench.storage import Workspace
from jewelbench.storage.store import ReadError

D = Decimal
EXAMPLE_5 = Path(__file__).parent / "workspaces" / "schema-5.jewelbench"
CHANGED = InHouseTerms(recoverable_pct=D("85.5"), refining_pct=D(7), fx_buffer_pct=D(3),
                       capital_rate_pct=D("6.25"), bench_hours_year=D(1500), benches=3)


def test_the_options_are_kept_and_copied_with_the_scenario(make_workspace):
    ws = make_workspace(base_currency="EUR")
    scenario = ws.scenarios.add(make.scenario())
    assert ws.costing.in_house_terms(scenario) == InHouseTerms()
    ws.costing.set_in_house_terms(scenario, CHANGED)
    assert ws.costing.in_house_terms(scenario) == CHANGED
    copy = ws.scenarios.duplicate(scenario, "Copy")
    assert ws.costing.in_house_terms(copy) == CHANGED


def test_an_older_workspace_gets_the_defaults(tmp_path):
    path = tmp_path / "old.jewelbench"
    shutil.copy(EXAMPLE_5, path)
    with Workspace.open(path) as ws:
        (scenario, _), *_ = ws.scenarios.names()
        terms = ws.costing.in_house_terms(scenario)
    assert (terms.recoverable_pct, terms.refining_pct, terms.fx_buffer_pct,
            terms.capital_rate_pct, terms.bench_hours_year, terms.benches) == (
        D(90), D(5), D(0), D(8), D(1600), 0)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("capital_rate_pct", "-1", "Cost of capital % cannot be negative"),
    ("recoverable_pct", "120", "Recoverable share % must be at most 100"),
    ("refining_pct", "101", "Refining charge % must be at most 100"),
    ("bench_hours_year", "0", "Hours one bench gives a year must be above 0"),
])
def test_a_bad_value_in_the_file_is_damage_with_the_reason(make_workspace, field, value, message):
    ws = make_workspace(base_currency="EUR")
    scenario = ws.scenarios.add(make.scenario())
    connection = sqlite3.connect(ws.path)
    try:
        connection.execute(f"UPDATE inhouse_scenarios SET {field} = ? WHERE id = ?",
                           [value, scenario])
        connection.commit()
    finally:
        connection.close()
    with pytest.raises(ReadError, match="the workspace file is damaged \\(" + message):
        ws.costing.in_house_terms(scenario)
