"""Pulling the power cord: the writing process is SIGKILLed mid-save, hundreds of times.

A real writer process (writer.py) saves designs with their full BOM, two images and a quote,
one transaction each, on one workspace file; the test kills it at a random moment, starts it
again on the same file, and so on. Every kill must leave a healthy file in which each design is
entirely there or entirely absent, and nothing that was committed may disappear.

Each writer is forked from one fork server (tests/fork_server.py) that imported jewelbench once:
a real process with its own SQLite connection, ready to be killed in milliseconds rather than
after half a second of Python start-up.
"""

from __future__ import annotations

import itertools
import random
import signal
import sqlite3
import time
from decimal import Decimal
from pathlib import Path

import fault_helpers
import pytest
import writer
from fork_server import ForkServer

from jewelbench.domain.designs import Design
from jewelbench.storage import Workspace

WRITER = Path(writer.__file__)
KILLS = 200
CHECK_EVERY = 10  # the file is also checked by each writer's Workspace.open (a quick check)
KEEP_AFTER_CHECK = 3  # older designs are deleted after each check so the file stays small
MAX_DELAY_S = 0.080
READY_TIMEOUT_S = 60


def start_and_kill(writers: ForkServer, path: Path, seed: int, delay_s: float) -> None:
    """Start a writer, wait until it is saving, let it save for delay_s, then SIGKILL it."""
    writers.start(str(path), str(seed))
    try:
        line = writers.said(READY_TIMEOUT_S)
        if line != "ready\n":
            returncode, stderr = writers.reap()
            pytest.fail(f"writer {seed} did not get ready (said {line!r}, exit "
                        f"{returncode}):\n{stderr}")
        time.sleep(delay_s)
        if not writers.running():
            returncode, stderr = writers.reap()
            pytest.fail(f"writer {seed} stopped on its own (exit {returncode}):\n{stderr}")
        writers.kill()
        returncode, stderr = writers.reap()
        assert returncode == -signal.SIGKILL, stderr
    finally:
        writers.stop()


def check_file(path: Path) -> dict[str, list[str]]:
    """The kill-survivor checks with plain sqlite3; returns each design's image digests."""
    conn = sqlite3.connect(str(path))
    try:
        problems = fault_helpers.health_problems(conn) + fault_helpers.incomplete_designs(conn)
        suppliers = conn.execute("SELECT count(*) FROM suppliers").fetchone()[0]
        if suppliers != 1:
            problems.append(f"{suppliers} suppliers instead of 1")
        assert not problems, "\n".join(problems[:20])
        return fault_helpers.image_digests(conn)
    finally:
        conn.close()


def saved_designs(codes: set[str]) -> dict[str, Design]:
    """What the writers saved under these codes, made again from their seeds: image bytes
    included (each seed's designs are made once, in order)."""
    last_number: dict[int, int] = {}
    for code in codes:
        seed, number = (int(part) for part in code.removeprefix("K").split("-"))
        last_number[seed] = max(last_number.get(seed, 0), number)
    return {design.code: design
            for seed, last in last_number.items()
            for design in itertools.islice(writer.designs_to_save(seed), last)
            if design.code in codes}


def image_digests(design: Design) -> list[str]:
    return [fault_helpers.sha256_hex(data)
            for image in design.images for data in (image.image, image.thumbnail)]


def keep_newest_designs(path: Path, keep: int) -> None:
    with Workspace.open(path) as workspace, workspace.transaction():
        design_ids = [row[0] for row in workspace.db.execute(
            "SELECT id FROM designs ORDER BY id DESC LIMIT -1 OFFSET ?", [keep])]
        for design_id in design_ids:
            workspace.designs.delete(design_id)


@pytest.mark.slow
@pytest.mark.integration
def test_killing_the_writer_mid_save_never_leaves_half_a_design(make_workspace):
    workspace = make_workspace("killed")
    path = workspace.path
    workspace.close()
    rng = random.Random(20250301)
    committed: dict[str, list[str]] = {}  # designs seen in the file and not deleted since
    designs_seen: set[str] = set()
    checks_with_new_designs = 0
    with ForkServer(WRITER) as writers:
        for kill in range(KILLS):
            start_and_kill(writers, path, seed=kill, delay_s=rng.uniform(0, MAX_DELAY_S))
            if (kill + 1) % CHECK_EVERY and kill != KILLS - 1:
                continue
            present = check_file(path)
            lost = sorted(committed.keys() - present.keys())
            assert not lost, f"after kill {kill}, committed designs are gone: {lost}"
            new = present.keys() - designs_seen
            checks_with_new_designs += bool(new)
            designs_seen |= new
            expected = {**committed, **{code: image_digests(design)
                                        for code, design in saved_designs(new).items()}}
            assert present == expected, (
                f"after kill {kill}, the designs in the file are not the ones that were saved")
            if kill != KILLS - 1:
                keep_newest_designs(path, KEEP_AFTER_CHECK)
                committed = check_file(path)

    # the writers did commit between kills, in most rounds, so the kills hit real saves
    assert len(designs_seen) >= KILLS // CHECK_EVERY
    assert checks_with_new_designs >= KILLS // CHECK_EVERY // 2
    with Workspace.open(path) as reopened:
        assert Workspace.check(path).ok
        survivors = [summary.code for summary in reopened.designs.summaries()]
        assert set(survivors) == present.keys()
        for code, expected_design in saved_designs(set(survivors)).items():
            design = reopened.designs.get_by_code(code)
            expected_design.id = design.id
            for expected_image, image in zip(expected_design.images, design.images):
                expected_image.id = image.id
            assert design == expected_design
            [quote] = reopened.quotes.summaries(design.id)
            assert quote.tiers == ((50, Decimal("14.50")), (200, Decimal("12.125")),
                                   (1000, Decimal("10.9")))
