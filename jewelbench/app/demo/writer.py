"""The writer: puts the demo's data into a new workspace file (`write_demo`), and the steps the
generated benchmark workspace shares with it (brand, prices, suppliers, workshops).

Everything is written through the repositories, inside one transaction, so a demo file is
either complete or absent. The designs' renders are drawn before the transaction opens (the
sample photos as their rounds are made); each drawing is drawn once a process.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jewelbench.app.demo.catalogue import CATALOGUE, tech_pack_draft
from jewelbench.app.demo.costing import (
    CUSTOMS,
    LANDED_TERMS,
    PLANS,
    WORKSHOPS,
    fx_rates,
    landed_terms,
    metal_prices,
)
from jewelbench.app.demo.illustrations import brand_logo, design_image
from jewelbench.app.demo.quotes import QUOTE_TERMS, RFQS, quotes
from jewelbench.app.demo.samples import sample_rounds
from jewelbench.app.demo.suppliers import make_suppliers
from jewelbench.app.demo.values import BASE_CURRENCY, DEMO_NAME, Written, d, day
from jewelbench.domain.brand import Brand
from jewelbench.domain.entities import Design
from jewelbench.storage.costing import QuoteCostingTerms
from jewelbench.storage.workspace import Workspace

log = logging.getLogger(__name__)

BRAND_NAME = "Aurelia Studio"
BRAND_ADDRESS = ("Aurelia Studio · 14 Jewellery Quarter · Birmingham B18 6HA · United Kingdom · "
                 "studio@aurelia.example")


@contextmanager
def new_workspace(path: Path, name: str) -> Iterator[Workspace]:
    """A new workspace at path (WorkspaceError if it exists), closed afterwards; on any failure
    the file and its sidecars are removed, so no half-written workspace is left behind."""
    ws = Workspace.create(path, base_currency=BASE_CURRENCY, name=name)
    try:
        yield ws
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    ws.close()


def write_brand(ws: Workspace) -> None:
    ws.brand.set(Brand(BRAND_NAME, BRAND_ADDRESS, brand_logo(), "image/png"))


def write_prices(ws: Workspace) -> None:
    for price in metal_prices():
        ws.prices.add_metal_price(price)
    for rate in fx_rates():
        ws.prices.add_fx_rate(rate)


def write_suppliers(ws: Workspace) -> dict[str, int]:
    """The four suppliers; their ids by name."""
    return {supplier.name: ws.suppliers.add(supplier) for supplier in make_suppliers()}


def write_workshops(ws: Workspace) -> list[int]:
    """The in-house scenarios; their ids."""
    return [ws.scenarios.add(workshop.scenario()) for workshop in WORKSHOPS]


def _write_costing_inputs(ws: Workspace, ids: Written, workshops: list[int]) -> None:
    for reference, (loss, parts) in QUOTE_TERMS.items():
        ws.costing.set_quote_terms(ids.quotes[reference], QuoteCostingTerms(d(loss), parts))
    for name, values in LANDED_TERMS.items():
        ws.costing.set_landed_terms(ids.suppliers[name], landed_terms(values))
    ws.costing.set_customs_settings(CUSTOMS)
    for name, notes, lines in PLANS:
        ws.costing.save_plan(name, [(ids.designs[code], volume) for code, volume in lines],
                             notes=notes)
    for workshop, scenario_id in zip(WORKSHOPS, workshops):
        ws.costing.set_in_house_terms(scenario_id, workshop.terms())


def _write_designs(ws: Workspace, ids: Written, designs: list[Design]) -> None:
    """The catalogue's designs, and their tech pack revisions the way a user makes one: the
    open draft, its sections, then issue it (or leave it a draft)."""
    for item, design in zip(CATALOGUE, designs, strict=True):
        ids.designs[item.code] = ws.designs.add(design)
        for number, (label, issued_on, note) in enumerate(item.revisions):
            draft = ws.tech_packs.draft_for(ids.designs[item.code])
            assert draft.id is not None and draft.revision == label
            ws.tech_packs.save_draft(draft.id, tech_pack_draft(item, number))
            if issued_on:
                ws.tech_packs.issue(draft.id, note, day(issued_on))
            ids.revisions[(item.code, label)] = draft.id


def write_demo(path: Path) -> None:
    """Write the demo workspace to path, which must not exist yet (WorkspaceError if it does).

    The whole demo is one transaction: a failure leaves no half-written workspace behind.
    """
    path = Path(path)
    started = time.perf_counter()
    with new_workspace(path, DEMO_NAME) as ws:
        ids = Written()
        designs = [item.design([design_image(item.art, f"{item.name} — render")])
                   for item in CATALOGUE]  # draw first: the transaction then only writes
        with ws.transaction():
            write_brand(ws)
            write_prices(ws)
            ids.suppliers.update(write_suppliers(ws))
            _write_designs(ws, ids, designs)
            ids.quotes.update((quote.reference, ws.quotes.add(quote)) for quote in quotes(ids))
            rounds = sample_rounds(ids)
            for sample in rounds:
                ws.samples.add(sample)
            for rfq in RFQS:
                ws.rfqs.add(rfq.rfq(ids))
            _write_costing_inputs(ws, ids, write_workshops(ws))
    log.info("Demo workspace written to %s: %d designs, %d quotes, %d sample rounds in %.1f s",
             path.name, len(ids.designs), len(ids.quotes), len(rounds),
             time.perf_counter() - started)
