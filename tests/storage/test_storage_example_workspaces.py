"""One example workspace per schema version, kept in the repository and opened by today's app.

A later schema must still open each of these files (migrating a copy) with nothing lost. Make
a new one whenever a migration is added: tests/storage/workspaces/schema-N.jewelbench.
"""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.storage import Workspace, schema

EXAMPLES = sorted((Path(__file__).parent / "workspaces").glob("schema-*.jewelbench"))


def test_there_is_an_example_for_every_schema_version():
    versions = sorted(int(re.search(r"schema-(\d+)", p.name).group(1)) for p in EXAMPLES)
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_opens_with_everything_in_it(example, tmp_path):
    path = tmp_path / example.name
    shutil.copy(example, path)
    assert Workspace.check(path).error == ""
    with Workspace.open(path) as workspace:
        assert workspace.schema_version == schema.SCHEMA_VERSION
        assert workspace.base_currency == "EUR"
        assert workspace.name == "Schema 1 example"
        ring = workspace.designs.get_by_code("RG-014")
        assert make.exact(ring.metals) == make.exact(make.design("RG-014").metals)
        assert make.exact(ring.stones) == make.exact(make.design("RG-014").stones)
        assert workspace.designs.get_by_code("PD-003").name == "Wave Disc Pendant"
        assert [r.revision for r in workspace.tech_packs.for_design(ring.id)] == ["A"]
        (quote,) = workspace.quotes.summaries()
        assert quote.design_code == "RG-014"
        assert len(workspace.samples.summaries()) == 1
        assert workspace.scenarios.names()[0][1] == "Small studio"
        (gold,) = workspace.prices.metal_prices()
        assert gold.price_per_troy_oz.amount == Decimal("2950.10")
        (rate,) = workspace.prices.fx_rates()
        assert rate.rate == Decimal("1.0832")
    assert Workspace.check(path).ok
