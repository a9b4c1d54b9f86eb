"""`jewelbench compare` says the in-house model of issue 15: the capacity warning right under
the verdict (text) and as `capacity_warning` (JSON), and the cash view's present values at the
cost of capital and each route's payback month — the engine's figures."""

from __future__ import annotations

import dataclasses
import json
import shutil
from decimal import Decimal

import pytest
from test_cli_compare import DAY, STUDIO, engine, plain, run

from jewelbench.storage import Workspace

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration


def tight_benches(demo_path, tmp_path):
    """The demo with the studio on one bench of 100 hours a year and 6 % cost of capital."""
    path = tmp_path / "demo.jewelbench"
    shutil.copy(demo_path, path)
    with Workspace.open(path) as workspace:
        scenario = workspace.scenarios.id_for_name(STUDIO)
        terms = workspace.costing.in_house_terms(scenario)
        workspace.costing.set_in_house_terms(scenario, dataclasses.replace(
            terms, benches=1, bench_hours_year=Decimal(100), capital_rate_pct=Decimal(6)))
    return path


def test_text_warns_under_the_verdict_and_prints_present_values_and_payback(demo_path,
                                                                             tmp_path):
    path = tight_benches(demo_path, tmp_path)
    result = run(path, "--design", "RG-014", "--scenario", STUDIO, "--volume", "300",
                 "--date", DAY)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    _setup, comparison = engine(path, design="RG-014", volume=300)
    warning = comparison.capacity_warning
    assert warning is not None
    assert "more than the 100 that 1 bench gives (100 hours a bench)" in warning
    verdict = lines.index(comparison.verdict())
    assert lines[verdict + 1] == f"Warning: {warning}"
    start = lines.index("Cash over 36 months (present value at 6 % a year, monthly)")
    for flow in comparison.cash:
        row = next(line for line in lines[start:] if line.startswith(flow.route + "  "))
        assert row.endswith(flow.present_value.display().removesuffix(" present value"))
        assert flow.at(36).display().removesuffix(" cumulative") in row
    for found in comparison.paybacks:
        assert f"  {found.describe()}" in lines[start:]


def test_json_gives_the_capacity_warning_present_values_and_paybacks(demo_path, tmp_path):
    path = tight_benches(demo_path, tmp_path)
    result = run(path, "--design", "RG-014", "--scenario", STUDIO, "--volume", "300",
                 "--date", DAY, "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    _setup, comparison = engine(path, design="RG-014", volume=300)
    assert answer["capacity_warning"] == comparison.capacity_warning
    assert answer["capacity_warning"] in answer["notes"]
    cash = answer["cash"]
    assert cash["months"] == 36 and cash["rate_pct"] == "6"
    assert [(r["name"], r["present_value"]["value"], r["paid"]["value"])
            for r in cash["routes"]] == [
        (flow.route, plain(flow.present_value.value), plain(flow.cumulative[36]))
        for flow in comparison.cash]
    assert cash["paybacks"] == [{"route": p.route, "cheaper": p.cheaper, "month": p.month,
                                 "description": p.describe()} for p in comparison.paybacks]


def test_no_warning_with_the_default_benches(demo_path):
    result = run(demo_path, "--design", "RG-014", "--scenario", STUDIO, "--volume", "300",
                 "--date", DAY, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["capacity_warning"] is None
