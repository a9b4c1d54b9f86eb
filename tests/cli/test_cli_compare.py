"""`jewelbench compare`, run as a user runs it (a real process on the demo workspace): the
figures it prints are the cost engine's for the same setup, to the last digit."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from jewelbench_cli import run_cli

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.domain.costing import prepare
from jewelbench.domain.costing_basis import FixedCostBasis
from jewelbench.domain.costing_figures import PER_PIECE, PER_YEAR
from jewelbench.storage import Workspace

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

DAY = DEMO_TODAY.isoformat()
STUDIO = "Small studio workshop"
EXAMPLE_3 = Path(__file__).parents[1] / "storage" / "workspaces" / "schema-3.jewelbench"


def run(*args: object) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench compare ARGS`, forked from the warmed-up server (jewelbench_cli)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run_cli(["compare", *args], env=env, timeout=120)


def run_started(*args: object) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench compare ARGS` started from scratch, for what start-up itself does
    (test_cli_export.py starts a real `compare` too)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([sys.executable, "-m", "jewelbench", "compare", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def engine(path: Path, *, design: str | None = None, plan: str | None = None,
           scenario: str = STUDIO, volume: int | None = None, on: dt.date = DEMO_TODAY,
           up_to: int | None = None, basis: FixedCostBasis = FixedCostBasis.ALLOCATED):
    """The same comparison computed here, in the test's own process."""
    with Workspace.open(path, read_only=True) as workspace:
        scenario_id = workspace.scenarios.id_for_name(scenario)
        assert scenario_id is not None, scenario
        if design:
            design_id = workspace.designs.id_for_code(design)
            assert design_id is not None, design
            setup = workspace.costing.setup_for_design(design_id, scenario_id, on,
                                                       volume or 300, basis)
        else:
            assert plan is not None
            plan_id = workspace.costing.plan_id_for_name(plan)
            assert plan_id is not None, plan
            setup = workspace.costing.setup_for_plan(plan_id, scenario_id, on)
        comparison = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                             setup.in_house_terms, basis=setup.basis,
                             margin=setup.margin).evaluate(volume, search_to=up_to)
    return setup, comparison


def plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def amounts(node: object) -> list[dict]:
    """Every amount in a JSON answer: the dicts that carry a value."""
    if isinstance(node, dict):
        found = [node] if "value" in node else []
        return found + [a for child in node.values() for a in amounts(child)]
    if isinstance(node, list):
        return [a for child in node for a in amounts(child)]
    return []


def test_a_design_prints_the_verdict_totals_break_even_breakdown_and_skipped(demo_path):
    result = run(demo_path, "--design", "RG-014", "--scenario", STUDIO, "--volume", "300",
                 "--date", DAY)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    setup, comparison = engine(demo_path, design="RG-014", volume=300)
    lines = out.splitlines()
    assert lines[0] == "RG-014 Solitaire Halo Ring"
    assert lines[1] == (f"In-house scenario '{STUDIO}', costed on {DAY} in USD, 300 pieces a "
                        "year")
    assert comparison.verdict() in lines
    (route,) = comparison.routes
    for cost in (comparison.in_house, route):
        row = next(line for line in lines if line.startswith(cost.route + "  "))
        assert cost.total.display().removesuffix(" " + PER_YEAR) in row
        assert cost.per_piece.display().removesuffix(" " + PER_PIECE) in row
        for figure in cost.per_piece_components:  # the breakdown, every component
            assert any(line.strip().startswith(figure.label) and line.endswith(
                figure.display().removesuffix(" " + PER_PIECE)) for line in lines), figure
    (found,) = comparison.break_evens
    row = next(line for line in lines if line.startswith(route.route + "  "))
    assert row.endswith(f"none in range (to {found.searched_to:,})" if found.volume is None
                        else f"{found.volume:,} pieces")
    assert f"  {found.describe()}" in lines
    assert "Skipped: none" in lines


def test_json_gives_the_engines_exact_figures_each_with_currency_and_unit(demo_path):
    result = run(demo_path, "--design", "ER-007", "--scenario", STUDIO, "--date", DAY,
                 "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    setup, comparison = engine(demo_path, design="ER-007", volume=300)
    assert (answer["title"], answer["scenario"], answer["costing_date"], answer["currency"],
            answer["volume"]) == ("ER-007 Sea Glass Drops", STUDIO, DAY, "USD", 300)
    assert answer["verdict"] == comparison.verdict()
    costs = (comparison.in_house, *comparison.routes)
    assert [r["name"] for r in answer["routes"]] == [c.route for c in costs]
    for entry, cost in zip(answer["routes"], costs):
        assert entry["total"]["value"] == plain(cost.total.value)  # exact, every digit
        assert (entry["total"]["currency"], entry["total"]["unit"]) == ("USD", "per year")
        assert Decimal(entry["per_piece"]["value"]) == cost.per_piece.value
        assert Decimal(entry["total"]["rounded"]) == cost.total.value.quantize(Decimal("0.01"))
        assert [(b["component"], Decimal(b["per_year"]["value"]),
                 Decimal(b["per_piece"]["value"])) for b in entry["breakdown"]] == [
            (key.value, year.value, piece.value) for key, year, piece in zip(
                cost.keys, cost.components, cost.per_piece_components)]
    (jaipur,) = answer["routes"][1:]
    assert [(q["design"], q["reference"]) for q in jaipur["quotes"]] == [
        ("ER-007", "Q-2026-034")]
    (found,) = comparison.break_evens
    assert answer["break_evens"] == [{
        "route": found.route, "volume": found.volume, "searched_to": found.searched_to,
        "bands": [{"first": a, "last": b} for a, b in found.bands],
        "description": found.describe()}]
    assert answer["searched_to"] == found.searched_to
    assert answer["skipped"] == setup.skipped == [
        "Q-2026-014 from Jaipur Silvercraft Pvt. Ltd.: expired on 2026-06-30"]
    every = amounts(answer)
    assert len(every) > 40
    for figure in every:
        assert set(figure) == {"value", "rounded", "currency", "unit"}
        assert figure["currency"] == "USD" and figure["unit"] in (
            "per year", "per piece", "cumulative", "present value")  # the last two: "cash"
        assert isinstance(figure["value"], str) and Decimal(figure["value"]).is_finite()


def test_up_to_sets_the_maximum_the_break_evens_are_searched_to(demo_path):
    args = ("--design", "RG-014", "--scenario", STUDIO, "--volume", "300", "--date", DAY)
    text = run(demo_path, *args, "--up-to", "300")
    assert text.returncode == 0, text.stderr
    answer = json.loads(run(demo_path, *args, "--up-to", "300", "--json").stdout)
    _, comparison = engine(demo_path, design="RG-014", volume=300, up_to=300)
    (found,) = comparison.break_evens
    assert found.searched_to == answer["searched_to"] == 300
    assert answer["break_evens"][0]["searched_to"] == 300
    assert all(band["last"] <= 300 for band in answer["break_evens"][0]["bands"])
    assert answer["verdict"] == comparison.verdict() and comparison.verdict() in text.stdout
    assert "up to 300" in text.stdout.splitlines()[3]  # the verdict: "(searched up to 300)"
    assert f"  {found.describe()}" in text.stdout.splitlines()
    default = json.loads(run(demo_path, *args, "--json").stdout)
    assert default["searched_to"] >= 3000  # at least 10 × 300


def test_the_issues_example_names_every_band_up_to_each_maximum(demo_path):
    """Issue 15, item 1: at 1,000 pieces RG-014 (lean bench) against Siam Gem read "in-house
    wins from 2,838 pieces" while the table showed two bands (before the in-house model of
    issue 15 moved them). Whatever the figures, the verdict names every band up to the maximum,
    and a larger maximum keeps the bands below the smaller one."""
    args = ("--design", "RG-014", "--scenario", "Lean bench (one setter)", "--volume", "1000",
            "--date", DAY, "--json")
    near = json.loads(run(demo_path, *args, "--up-to", "5000").stdout)
    far = json.loads(run(demo_path, *args).stdout)
    (few,) = near["break_evens"]
    (many,) = far["break_evens"]
    assert near["searched_to"] == 5000 and far["searched_to"] >= 10_000
    bands = [(b["first"], b["last"]) for b in few["bands"]]
    assert bands and all(last <= 5000 for _, last in bands)
    words = " and ".join(f"at {a:,}" if a == b else f"between {a:,} and {b:,}"
                         for a, b in bands)
    assert near["verdict"].endswith(f"; in-house is cheaper {words} pieces (searched up to "
                                    "5,000).")
    # the same bands below 5,000 when searched further (the last one may go on past it)
    clipped = [(a, min(b, 5000)) for a, b in ((x["first"], x["last"]) for x in many["bands"])
               if a <= 5000]
    assert clipped == bands


def test_a_plan_is_compared_at_its_planned_volumes_or_at_another_keeping_its_mix(demo_path):
    answer = json.loads(run(demo_path, "--plan", "tidal 2027", "--scenario", STUDIO,
                            "--date", DAY, "--json").stdout)
    setup, comparison = engine(demo_path, plan="Tidal 2027")
    assert answer["title"] == "Plan 'Tidal 2027'"
    assert answer["volume"] == 1150 == setup.plan.total_volume
    assert answer["plan"] == [{"design": "BR-002", "planned_volume": 250, "pieces": 250},
                              {"design": "PD-003", "planned_volume": 600, "pieces": 600},
                              {"design": "PD-009", "planned_volume": 300, "pieces": 300}]
    assert answer["orders_per_year"] == 1
    assert answer["pieces_rule"] == "whole pieces by largest remainder (ties: the design " \
        "listed first)"
    assert [r["name"] for r in answer["routes"]] == [
        "In-house", "Panyu Jinhui Jewelry Manufacturing Co., Ltd."]
    assert {q["design"] for q in answer["routes"][1]["quotes"]} == {"BR-002", "PD-003",
                                                                   "PD-009"}
    assert answer["skipped"] == ["Jaipur Silvercraft Pvt. Ltd.: no valid quote for PD-003, "
                                 "PD-009 (a route must price every design of the plan)"]
    assert Decimal(answer["routes"][1]["total"]["value"]) == comparison.routes[0].total.value
    doubled = json.loads(run(demo_path, "--plan", "Tidal 2027", "--scenario", STUDIO,
                             "--date", DAY, "--volume", "2300", "--json").stdout)
    _, twice = engine(demo_path, plan="Tidal 2027", volume=2300)
    assert doubled["volume"] == 2300
    assert [Decimal(r["total"]["value"]) for r in doubled["routes"]] == [
        twice.in_house.total.value, twice.routes[0].total.value]


def test_the_defaults_first_scenario_planned_volume_and_today(demo_path):
    answer = json.loads(run(demo_path, "--design", "PD-003", "--json").stdout)
    assert answer["scenario"] == "Lean bench (one setter)"  # the first by name
    assert answer["volume"] == 600  # PD-003's volume in plan Tidal 2027
    assert answer["costing_date"] == dt.date.today().isoformat()
    alone = json.loads(run(demo_path, "--design", "RG-027", "--date", DAY, "--json").stdout)
    assert alone["volume"] == 300  # in no plan
    _, comparison = engine(demo_path, design="RG-027", scenario="Lean bench (one setter)",
                           volume=300)
    assert alone["verdict"] == comparison.verdict()


@pytest.mark.parametrize("args, code, message", [
    (["--design", "XX-999"], 1, "jewelbench: no design with code 'XX-999'"),
    (["--plan", "AW99"], 1, "jewelbench: no collection plan named 'AW99' (plans: "
                            "'Aurelia Fine 2027', 'Tidal 2027')"),
    (["--design", "RG-014", "--scenario", "Atelier"], 1,
     "jewelbench: no in-house scenario named 'Atelier' (scenarios: 'Lean bench (one "
     "setter)', 'Small studio workshop')"),
    (["--design", "RG-014", "--date", "2025-06-01"], 1,
     "jewelbench: Cannot compute the costs: no gold price on or before 2025-06-01 (needed "
     "for design RG-014)"),
    (["--design", "RG-014", "--volume", "0"], 2,
     "argument --volume: 0: the volume must be from 1 to 100,000,000 pieces a year"),
    (["--design", "RG-014", "--volume", "-4"], 2, "the volume must be from 1"),
    (["--design", "RG-014", "--volume", "12.5"], 2, "'12.5': give a whole number of pieces"),
    (["--design", "RG-014", "--volume", "300", "--up-to", "299"], 2,
     "jewelbench: --up-to 299: the break-even search must reach at least the volume compared "
     "(300 pieces a year)"),
    (["--plan", "Tidal 2027", "--up-to", "1000"], 2,
     "the break-even search must reach at least the volume compared (1,150 pieces a year)"),
    (["--design", "RG-014", "--up-to", "2.5e3"], 2,
     "argument --up-to: '2.5e3': give the break-even search's maximum as a whole number"),
    (["--design", "RG-014", "--up-to", "0"], 2,
     "argument --up-to: 0: the break-even search's maximum must be from 1 to 100,000,000"),
    (["--design", "RG-014", "--date", "24/11/2026"], 2,
     "argument --date: '24/11/2026': give a date as YYYY-MM-DD"),
    ([], 2, "one of the arguments --design --plan is required"),
    (["--design", "RG-014", "--plan", "Tidal 2027"], 2, "not allowed with argument"),
    (["--design", "RG-014", "--basis", "plan"], 2,
     "argument --basis: “plan” is not a fixed-cost basis: choose allocated, incremental or "
     "stand-alone"),
    (["--plan", "Tidal 2027", "--basis", "incremental"], 1,
     "jewelbench: --basis is for one design (--design CODE): a plan carries its own total"),
])
def test_bad_input_says_what_is_wrong_on_stderr_and_exits_non_zero(demo_path, args, code,
                                                                   message):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    result = run(demo_path, *args)
    assert result.returncode == code
    assert result.stdout == ""
    assert message in result.stderr
    if code == 1:
        assert result.stderr.count("\n") == 1  # one line
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_a_missing_fx_rate_is_named(tmp_path, demo_path):
    path = tmp_path / "no-thb.jewelbench"
    shutil.copy(demo_path, path)
    with Workspace.open(path) as workspace:
        workspace.db.execute("DELETE FROM fx_rates WHERE from_currency = 'THB'")
    result = run(path, "--design", "RG-014", "--date", DAY)
    assert result.returncode == 1
    assert result.stderr == ("jewelbench: Cannot compute the costs: no THB→USD FX rate on or "
                             f"before {DAY} (needed for route “Siam Gem Setting Co., Ltd.”)\n")


def test_a_file_that_is_missing_or_needs_upgrading_is_refused_untouched(tmp_path):
    result = run(tmp_path / "nothing.jewelbench", "--design", "RG-014")
    assert result.returncode == 1
    assert "the file does not exist" in result.stderr
    old = tmp_path / "old.jewelbench"
    shutil.copy(EXAMPLE_3, old)
    result = run(old, "--design", "RG-014")
    assert result.returncode == 1
    assert "must be opened for writing once to upgrade it" in result.stderr
    assert old.read_bytes() == EXAMPLE_3.read_bytes()


def test_help_lists_compare_and_its_options():
    env = dict(os.environ)
    listing = subprocess.run([sys.executable, "-m", "jewelbench", "--help"],
                             capture_output=True, text=True, env=env, timeout=60)
    assert "compare" in listing.stdout
    result = run_started("--help")  # --help at start-up
    assert result.returncode == 0
    for option in ("--design CODE", "--plan NAME", "--scenario NAME", "--volume N",
                   "--date YYYY-MM-DD", "--up-to N", "--json"):
        assert option in result.stdout


@pytest.mark.parametrize("basis", [None, "stand-alone", "incremental"])
def test_the_basis_and_the_margin_are_said_in_text_and_json(demo_path, basis):
    """RG-014 in plan Aurelia Fine 2027: allocated by default, each basis as asked; the
    margin of each route against retail × 0.5, LOSES MONEY where the engine says so."""
    chosen = ["--basis", basis] if basis else []
    args = ("--design", "RG-014", "--scenario", STUDIO, "--volume", "300", "--date", DAY,
            *chosen)
    text = run(demo_path, *args)
    answer = json.loads(run(demo_path, *args, "--json").stdout)
    assert text.returncode == 0, text.stderr
    _, comparison = engine(demo_path, design="RG-014", volume=300,
                           basis=FixedCostBasis(basis or "allocated"))
    lines = text.stdout.splitlines()
    assert comparison.basis_note in lines
    assert comparison.basis_note.startswith(
        f"Fixed costs on the {basis or 'allocated'} basis")
    assert answer["basis"]["basis"] == (basis or "allocated")
    assert answer["basis"]["note"] == comparison.basis_note
    assert Decimal(answer["basis"]["share"]) == comparison.basis.share
    if basis is None:
        assert answer["basis"]["pool"] == "plan 'Aurelia Fine 2027'"
    assert "Margin at 300 pieces a year (USD; wholesale: retail × 0.5)" in lines
    assert [(m["design"], m["route"]) for m in answer["margins"]] == [
        (m.design, m.route) for m in comparison.margins]
    for entry, m in zip(answer["margins"], comparison.margins):
        assert Decimal(entry["cost_per_piece"]["value"]) == m.cost_per_piece
        assert Decimal(entry["wholesale"]["value"]) == m.wholesale
        assert entry["loses_money"] == m.loses_money
        row = next(line for line in lines if line.startswith(f"  RG-014  {m.route}  "))
        assert row.endswith("LOSES MONEY") == m.loses_money, row
    assert answer["losses"] == list(comparison.losses)
    for loss in comparison.losses:
        assert loss in lines
