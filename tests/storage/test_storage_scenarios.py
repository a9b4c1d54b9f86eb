"""In-house scenarios in the file: updated as a whole, deleted with their rows, put back, copied."""

from dataclasses import replace
from decimal import Decimal

import pytest
import storage_helpers as make

from jewelbench.domain.scenarios import CostLevel, Equipment, LabourOperation, starter_scenario
from jewelbench.storage import Workspace
from jewelbench.storage.repositories import DuplicateError, NotFound

CHILD_TABLES = ("scenario_equipment", "scenario_overheads", "scenario_staff", "scenario_labour")


def dump(workspace: Workspace) -> list[str]:
    """Every statement that rebuilds the file, but the save count every write moves on."""
    return [line for line in workspace.db.conn.iterdump()
            if not line.startswith('INSERT INTO "workspace_settings" VALUES(\'saves\',')]


def child_rows(workspace: Workspace, scenario_id: int) -> dict[str, int]:
    return {table: workspace.db.execute(f"SELECT count(*) FROM {table} WHERE scenario_id = ?",
                                        [scenario_id]).fetchone()[0]
            for table in CHILD_TABLES}


def test_update_replaces_the_fields_and_every_child_row(make_workspace):
    workspace = make_workspace()
    scenario_id = workspace.scenarios.add(make.scenario())
    stored = workspace.scenarios.get(scenario_id)
    changed = replace(
        stored, name="Bigger studio", error_rate_pct=Decimal("4.5"),
        equipment=[Equipment("Laser welder", Decimal("31000"), 10, Decimal("3000"))],
        overheads=[], labour=[*stored.labour, LabourOperation("QC", Decimal("3"))])
    workspace.scenarios.update(changed)

    loaded = workspace.scenarios.get(scenario_id)
    assert loaded == changed
    assert child_rows(workspace, scenario_id) == {
        "scenario_equipment": 1, "scenario_overheads": 0, "scenario_staff": 2,
        "scenario_labour": 3}
    assert workspace.scenarios.names() == [(scenario_id, "Bigger studio")]


def test_update_to_a_taken_name_is_refused_and_changes_nothing(make_workspace):
    workspace = make_workspace()
    workspace.scenarios.add(make.scenario("Small studio"))
    other_id = workspace.scenarios.add(make.scenario("Lean bench"))
    before = dump(workspace)
    renamed = replace(workspace.scenarios.get(other_id), name="SMALL STUDIO", equipment=[])
    with pytest.raises(DuplicateError,
                       match="A scenario named 'SMALL STUDIO' already exists"):
        workspace.scenarios.update(renamed)
    assert dump(workspace) == before


def test_a_scenario_keeps_its_own_name_in_another_case(make_workspace):
    workspace = make_workspace()
    scenario_id = workspace.scenarios.add(make.scenario("Small studio"))
    workspace.scenarios.update(replace(workspace.scenarios.get(scenario_id),
                                       name="Small Studio"))
    assert workspace.scenarios.names() == [(scenario_id, "Small Studio")]


def test_update_of_a_scenario_that_is_gone_says_so(make_workspace):
    workspace = make_workspace()
    scenario_id = workspace.scenarios.add(make.scenario())
    stored = workspace.scenarios.get(scenario_id)
    workspace.scenarios.delete(scenario_id)
    with pytest.raises(NotFound, match="no longer exists"):
        workspace.scenarios.update(stored)
    with pytest.raises(NotFound, match="not been saved"):
        workspace.scenarios.update(replace(stored, id=None))


def test_a_failing_child_row_leaves_the_whole_scenario_as_it_was(make_workspace):
    workspace = make_workspace()
    scenario_id = workspace.scenarios.add(make.scenario())
    before = dump(workspace)
    stored = workspace.scenarios.get(scenario_id)
    broken = replace(stored, name="Renamed", labour=[LabourOperation("QC", Decimal("3"))])
    broken.staff[0].headcount = -1  # slips past the entity: the file's CHECK refuses it
    with pytest.raises(Exception, match="(?i)constraint"):
        workspace.scenarios.update(broken)
    assert dump(workspace) == before


def test_delete_takes_the_children_and_restore_puts_all_back_under_the_same_id(make_workspace):
    workspace = make_workspace()
    keep_id = workspace.scenarios.add(make.scenario("Lean bench"))
    scenario_id = workspace.scenarios.add(make.scenario())
    kept_rows = child_rows(workspace, keep_id)
    before = dump(workspace)
    snapshot = workspace.scenarios.get(scenario_id)

    workspace.scenarios.delete(scenario_id)
    assert workspace.scenarios.names() == [(keep_id, "Lean bench")]
    assert set(child_rows(workspace, scenario_id).values()) == {0}
    assert child_rows(workspace, keep_id) == kept_rows
    with pytest.raises(NotFound, match=f"Scenario #{scenario_id} does not exist"):
        workspace.scenarios.delete(scenario_id)

    assert workspace.scenarios.restore(snapshot) == scenario_id
    assert workspace.scenarios.get(scenario_id) == snapshot
    assert dump(workspace) == before


def test_restore_is_refused_when_the_name_was_taken_meanwhile(make_workspace):
    workspace = make_workspace()
    scenario_id = workspace.scenarios.add(make.scenario())
    snapshot = workspace.scenarios.get(scenario_id)
    workspace.scenarios.delete(scenario_id)
    workspace.scenarios.add(make.scenario("small studio"))
    before = dump(workspace)
    with pytest.raises(DuplicateError, match="already exists"):
        workspace.scenarios.restore(snapshot)
    assert dump(workspace) == before


def test_duplicate_copies_every_row_under_a_new_name(make_workspace):
    workspace = make_workspace()
    source_id = workspace.scenarios.add(make.scenario())
    copy_id = workspace.scenarios.duplicate(source_id, "Small studio (copy)")
    assert copy_id != source_id
    source, copy = workspace.scenarios.get(source_id), workspace.scenarios.get(copy_id)
    assert replace(copy, id=source_id, name=source.name) == source
    assert child_rows(workspace, copy_id) == child_rows(workspace, source_id)
    before = dump(workspace)
    with pytest.raises(DuplicateError, match="'small studio' already exists"):
        workspace.scenarios.duplicate(source_id, "small studio")
    assert dump(workspace) == before


def test_adding_a_scenario_read_from_the_file_saves_a_copy(make_workspace):
    workspace = make_workspace()
    source_id = workspace.scenarios.add(make.scenario())
    copy = replace(workspace.scenarios.get(source_id), name="Second site")
    copy_id = workspace.scenarios.add(copy)
    assert copy_id != source_id and copy.id == copy_id
    assert [name for _, name in workspace.scenarios.names()] == ["Second site", "Small studio"]


def test_a_rolled_back_add_gives_back_the_id(make_workspace):
    workspace = make_workspace()
    scenario = make.scenario()
    with pytest.raises(RuntimeError), workspace.transaction():
        workspace.scenarios.add(scenario)
        raise RuntimeError("something after it failed")
    assert scenario.id is None
    assert workspace.scenarios.names() == []


def test_a_starter_scenario_round_trips(make_workspace):
    workspace = make_workspace()
    for level in CostLevel:
        scenario = starter_scenario(f"Seed {level.value}", level)
        scenario_id = workspace.scenarios.add(scenario)
        assert workspace.scenarios.get(scenario_id) == scenario
    assert [s.name for s in workspace.scenarios.all()] == ["Seed high", "Seed low", "Seed mid"]
    assert workspace.scenarios.id_for_name("SEED MID") is not None
    assert workspace.scenarios.id_for_name("Seed nothing") is None
