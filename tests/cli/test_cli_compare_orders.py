"""`jewelbench compare` for a plan bought in several orders a year, at a total other than its
own: the text and --json say each design's whole pieces, the rule and the orders, and agree
with the engine figure for figure."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest
from test_cli_compare import DAY, STUDIO, engine, run

from jewelbench.storage import Workspace

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration


def test_a_plan_in_3_orders_a_year_at_777_pieces(demo_path, tmp_path):
    path = tmp_path / "orders.jewelbench"
    shutil.copy(demo_path, path)
    with Workspace.open(path) as workspace:
        costing = workspace.costing
        plan_id = costing.plan_id_for_name("Tidal 2027")
        record = costing.plan_record(plan_id)
        costing.save_plan(record.name, list(record.lines), plan_id, orders_per_year=3)
    args = (path, "--plan", "Tidal 2027", "--scenario", STUDIO, "--date", DAY,
            "--volume", "777")
    answer = json.loads(run(*args, "--json").stdout)
    # 777 × 250 ÷ 1,150 = 168.91…, × 600 ÷ 1,150 = 405.39…, × 300 ÷ 1,150 = 202.69…:
    # 168 + 405 + 202 = 775, the 2 pieces left to the largest remainders (0.91 and 0.69)
    assert answer["plan"] == [
        {"design": "BR-002", "planned_volume": 250, "pieces": 169},
        {"design": "PD-003", "planned_volume": 600, "pieces": 405},
        {"design": "PD-009", "planned_volume": 300, "pieces": 203}]
    assert answer["orders_per_year"] == 3
    assert "MOQ, tiers and minimum order value apply to each order" in answer["orders_rule"]
    setup, comparison = engine(path, plan="Tidal 2027", volume=777)
    assert setup.plan.orders_per_year == 3
    assert [Decimal(r["total"]["value"]) for r in answer["routes"]] == [
        comparison.in_house.total.value, *(r.total.value for r in comparison.routes)]
    assert answer["verdict"] == comparison.verdict()
    supplier = answer["routes"][1]
    assert "3 orders a year: MOQ, tiers and minimum order value apply to each order" in \
        supplier["notes"]
    price = next(b for b in supplier["breakdown"] if b["component"] == "supplier_price")
    assert Decimal(price["per_year"]["value"]) == comparison.routes[0].components[0].value
    text = run(*args).stdout
    assert ("Pieces: BR-002 169, PD-003 405, PD-009 203; whole pieces by largest remainder "
            "(ties: the design listed first)") in text
    assert "Bought in 3 orders a year: MOQ, tiers and minimum order value apply to each " \
        "order" in text
