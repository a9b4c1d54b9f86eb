"""What pickers are offered (issue 16): a few designs, suppliers or plans matching the typed
text, read with a LIMIT; quote counts per design in one GROUP BY; a plan's quotes read whole in
one batch (get_many), the same quotes get() reads one at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
import storage_helpers as make
from storage_helpers import exact

from jewelbench.domain.quotes import FeeKind, QuoteFee, QuoteTier
from jewelbench.storage.repositories import NotFound

CODES = [("RG-014", "Solitaire Halo Ring"), ("RG-015", "Twisted Band"),
         ("RG-140", "Signet"), ("PD-001", "Halo Pendant"), ("PD_1", "100% Silver Cuff"),
         ("ER-200", "Drop Earring")]


@pytest.fixture
def catalog(make_workspace):
    workspace = make_workspace()
    ids = {code: workspace.designs.add(make.design(code, name=name)) for code, name in CODES}
    return workspace, ids


def codes(picks) -> list[str]:
    return [p.code for p in picks]


def test_designs_match_the_start_of_the_code_or_of_a_word_of_the_name(catalog):
    workspace, _ids = catalog
    picks = workspace.picks
    assert codes(picks.designs("rg-01")) == ["RG-014", "RG-015"]  # any case, by code
    assert codes(picks.designs("RG-1")) == ["RG-140"]
    assert codes(picks.designs("halo")) == ["PD-001", "RG-014"]  # a word of the name
    assert codes(picks.designs("band")) == ["RG-015"]
    assert codes(picks.designs("alo")) == [], "inside a word is no match"
    assert codes(picks.designs("ZZ")) == []
    # % and _ are the user's characters, not wildcards
    assert codes(picks.designs("PD_")) == ["PD_1"]
    assert codes(picks.designs("PD-1")) == []
    assert codes(picks.designs("%")) == []
    assert codes(picks.designs("100%")) == ["PD_1"]
    assert codes(picks.designs("10_")) == []
    assert codes(picks.designs("' OR 1=1 --")) == [] and codes(picks.designs("\\")) == []
    assert codes(picks.designs("  rg-140  ")) == ["RG-140"], "spaces around are not typed"
    # nothing typed: every design, by code; the limit holds
    assert codes(picks.designs("")) == sorted(code for code, _name in CODES)
    assert codes(picks.designs("", 2)) == ["ER-200", "PD-001"]


def test_the_exact_code_comes_first(make_workspace):
    workspace = make_workspace()
    for code in ("RG-1", "RG-10", "RG-100"):
        workspace.designs.add(make.design(code))
    assert codes(workspace.picks.designs("rg-10")) == ["RG-10", "RG-100"]
    assert codes(workspace.picks.designs("RG-1", 1)) == ["RG-1"]


def test_a_design_by_id_with_its_quote_count(catalog):
    workspace, ids = catalog
    supplier_id = workspace.suppliers.add(make.supplier())
    for _ in range(3):
        workspace.quotes.add(make.quote(supplier_id, ids["RG-015"]))
    pick = workspace.picks.design(ids["RG-015"], with_quotes=True)
    assert (pick.code, pick.name, pick.quotes) == ("RG-015", "Twisted Band", 3)
    assert workspace.picks.design(ids["RG-014"], with_quotes=True).quotes == 0
    assert workspace.picks.design(99999) is None
    found = {p.code: p.quotes for p in workspace.picks.designs("RG", with_quotes=True)}
    assert found == {"RG-014": 0, "RG-015": 3, "RG-140": 0}


def test_suppliers_and_plans_by_name(catalog):
    workspace, ids = catalog
    siam = workspace.suppliers.add(make.supplier("Siam Silver Works"))
    workspace.suppliers.add(make.supplier("Berica Ori"))
    assert [p.name for p in workspace.picks.suppliers("sil")] == ["Siam Silver Works"]
    assert [p.name for p in workspace.picks.suppliers("")] == ["Berica Ori",
                                                              "Siam Silver Works"]
    assert workspace.picks.supplier(siam).name == "Siam Silver Works"
    assert workspace.picks.supplier(4242) is None
    assert workspace.picks.supplier_currencies() == {
        s.id: s.currency for s in workspace.suppliers.summaries()} and siam in \
        workspace.picks.supplier_currencies()
    plan_id = workspace.costing.save_plan("Spring capsule", [(ids["RG-014"], 100)])
    assert [p.name for p in workspace.picks.plans("caps")] == ["Spring capsule"]
    assert workspace.picks.plans("summer") == []
    assert workspace.picks.plan(plan_id).name == "Spring capsule"


def test_quote_counts_per_design_in_one_group_by(catalog):
    workspace, ids = catalog
    first = workspace.suppliers.add(make.supplier())
    second = workspace.suppliers.add(make.supplier("Berica"))
    for design, supplier in (("RG-014", first), ("RG-014", second), ("PD-001", first),
                             ("RG-014", first)):
        workspace.quotes.add(make.quote(supplier, ids[design]))
    assert workspace.quotes.counts_by_design() == {ids["RG-014"]: 3, ids["PD-001"]: 1}
    assert workspace.picks.most_quoted_design() == ids["RG-014"]
    for _ in range(2):
        workspace.quotes.add(make.quote(first, ids["PD-001"]))
    assert workspace.picks.most_quoted_design() == min(ids["RG-014"], ids["PD-001"]), \
        "as many: the lowest id"


def test_no_quote_no_most_quoted_design(make_workspace):
    assert make_workspace().picks.most_quoted_design() is None


def test_get_many_reads_the_same_quotes_as_get_in_the_order_asked(catalog):
    workspace, ids = catalog
    supplier_id = workspace.suppliers.add(make.supplier())
    base = make.quote(supplier_id, ids["RG-014"])
    quote_ids = []
    for n in range(7):
        quote = dataclasses.replace(
            base, id=None, design_id=ids["RG-014" if n % 2 else "RG-015"],
            reference=f"Q-{n}", quoted_on=dt.date(2025, 3, 1 + n),
            tiers=[QuoteTier(50, Decimal("19.5")), QuoteTier(100 + n, Decimal("15")),
                   QuoteTier(500, Decimal(f"{10 + n}.25"))][: 1 + n % 3],
            fees=[QuoteFee(FeeKind.SAMPLE, Decimal("80"), True),
                  QuoteFee(FeeKind.CAD, Decimal(n))][: n % 3])
        quote_ids.append(workspace.quotes.add(quote))
    wanted = [quote_ids[5], quote_ids[0], quote_ids[3], quote_ids[6], quote_ids[1]]
    many = workspace.quotes.get_many(wanted)
    assert [q.id for q in many] == wanted
    assert [exact(q) for q in many] == [exact(workspace.quotes.get(i)) for i in wanted]
    # tiers come by quantity, fees as stored, each on its own quote
    assert [(t.min_quantity, t.unit_price) for t in many[0].tiers] == [
        (50, Decimal("19.5")), (105, Decimal("15")), (500, Decimal("15.25"))]
    assert [f.kind for f in many[0].fees] == [FeeKind.SAMPLE, FeeKind.CAD]
    assert many[1].fees == [] and len(many[1].tiers) == 1
    assert workspace.quotes.get_many([]) == []
    assert [q.id for q in workspace.quotes.get_many([quote_ids[2], quote_ids[2]])] == [
        quote_ids[2], quote_ids[2]]
    with pytest.raises(NotFound, match=r"Quote #99999 does not exist"):
        workspace.quotes.get_many([quote_ids[0], 99999])


def test_get_many_reads_more_quotes_than_one_batch(catalog, monkeypatch):
    from jewelbench.storage import quotes as quotes_module

    workspace, ids = catalog
    monkeypatch.setattr(quotes_module, "_BATCH", 3)  # 8 quotes: three batches
    supplier_id = workspace.suppliers.add(make.supplier())
    quote_ids = [workspace.quotes.add(dataclasses.replace(
        make.quote(supplier_id, ids["ER-200"]), reference=f"B-{n}")) for n in range(8)]
    many = workspace.quotes.get_many(list(reversed(quote_ids)))
    assert [q.reference for q in many] == [f"B-{n}" for n in reversed(range(8))]
    assert [exact(q) for q in many] == [exact(workspace.quotes.get(i))
                                        for i in reversed(quote_ids)]
