"""A plan's designs are read in one query per table (DesignRepository.get_many), not seven
queries per design: the same designs as get(), in the order asked; the plan's costing reads
them without their photos."""

from __future__ import annotations

import dataclasses

import storage_helpers as make

from jewelbench.storage import Workspace


def test_get_many_reads_every_design_as_get_does_in_the_order_asked(demo_copy):
    with Workspace.open(demo_copy) as workspace:
        ids = [int(r[0]) for r in workspace.db.execute("SELECT id FROM designs ORDER BY code DESC")]
        assert len(ids) > 10
        asked = ids[::2] + [ids[1], 999_999]  # a repeat-free mix, and an id that is not there
        many = workspace.designs.get_many(asked)
        assert [d.id for d in many] == asked[:-1]
        assert many == [workspace.designs.get(design_id) for design_id in asked[:-1]]
        # the demo's designs have BOM lines of every kind and images: all read
        assert any(d.images for d in many) and any(d.stones for d in many)
        assert any(d.findings for d in many) and any(d.packaging for d in many)


def test_get_many_reads_past_one_batch_of_500_and_can_leave_the_images_out(make_workspace):
    workspace = make_workspace()
    with workspace.transaction():
        ids = [workspace.designs.add(make.design(f"RG-{n:04d}")) for n in range(620)]
    asked = ids[::-1]  # crosses the batch of 500, in an order of its own
    many = workspace.designs.get_many(asked)
    assert [d.id for d in many] == asked
    assert many[0] == workspace.designs.get(asked[0])
    assert many[550] == workspace.designs.get(asked[550])  # from the second batch
    assert many[550].stones and many[550].metals
    bare = workspace.designs.get_many(asked[:3], images=False)
    assert [dataclasses.replace(d, images=many[i].images) for i, d in enumerate(bare)] \
        == many[:3]


def test_a_plans_designs_are_read_whole_but_for_their_photos(demo_copy):
    with Workspace.open(demo_copy) as workspace:
        plan_id = int(workspace.db.execute(
            "SELECT plan_id FROM plan_lines GROUP BY plan_id ORDER BY count(*) DESC").fetchone()[0])
        plan = workspace.costing.plan(plan_id)
        for line in plan.lines:
            whole = workspace.designs.get(line.design.id)
            assert line.design == dataclasses.replace(whole, images=[])
