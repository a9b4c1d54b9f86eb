"""The scale benchmark's generator (tests/benchmarks/generate.py), small: what it writes is a
healthy workspace that the app reads back whole."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from jewelbench.storage import Workspace

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_workspace_is_whole_and_healthy(qapp, tmp_path):
    path = tmp_path / "big.jewelbench"
    counts = _generator().generate(path, designs=60, quotes_per_design=5, rounds=20,
                                   plan_designs=25)
    assert (counts["designs"], counts["design images"], counts["quotes"],
            counts["quote tiers"], counts["quote fees"], counts["sample rounds"],
            counts["plan lines"]) == (60, 60, 300, 900, 600, 20, 25)
    report = Workspace.check(path)
    assert report.ok, report.lines()
    with Workspace.open(path) as workspace:
        summaries = workspace.designs.summaries()
        assert len(summaries) == 60
        assert all(workspace.designs.cover_thumbnail(s.id) for s in summaries)
        assert len(workspace.suppliers.summaries()) == 4
        quotes = workspace.quotes.summaries()
        assert len(quotes) == 300
        assert {len(q.tiers) for q in quotes} == {3}
        whole = workspace.quotes.get(quotes[0].id)
        assert [t.min_quantity for t in whole.tiers] == [50, 100, 300]
        assert len(whole.fees) == 2
        assert len(workspace.samples.summaries()) == 20
