"""The frozen bundle is built once a run, in the background, while the rest of the suite runs.

Building it (installer/build-linux.sh: PyInstaller, then the archive) takes a minute or more of
one core; run serially it would lengthen CI by as much. So as soon as collection shows that a
test of the frozen bundle will run, the build starts as a separate process (at lower priority,
into a scratch folder outside the repository), the frozen tests run late (in parallel after
the long files, see the root conftest's start_rank; in one process at the end), and the
`frozen_bundle` fixture waits for the build there.

Run in parallel (README's `pytest -n auto --dist loadscope`), the build is started once, by
pytest-xdist's controller when a worker's collection names a frozen test; the workers learn
the scratch folder from the controller, and the frozen tests share one worker (they are one
file, and loadscope gives a worker whole files). Run in one process, that process starts it.
Either way the process that started the build writes `build.exit` (exit code and seconds) when
it ends; the fixture waits for that.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "installer" / "build-linux.sh"
BUILD_TIMEOUT = 25 * 60  # seconds: far beyond a build's minute or two, short of CI's limit
FROZEN_TESTS = "tests/installer/test_frozen_bundle.py"
SCRATCH = "jewelbench_bundle_scratch"  # the workers' input naming the scratch folder
_BUILD = pytest.StashKey["BundleBuild"]()
_SCRATCH = pytest.StashKey[Path]()


@dataclass
class Bundle:
    folder: Path  # dist/jewelbench: the bundle as built
    archive: Path  # dist/jewelbench-VERSION-linux-ARCH.tar.gz
    scratch: Path  # the run's build folder, for the tests' own files
    build_seconds: float
    waited_seconds: float  # how long the first frozen test waited for the build to end


class BundleBuild:
    """installer/build-linux.sh running in the background into a scratch folder; a thread of
    the starting process writes build.exit ("CODE SECONDS") when it ends."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.started = time.monotonic()
        with open(scratch / "build.log", "wb") as log:
            self.process = subprocess.Popen(
                ["nice", "-n", "10", "bash", str(BUILD_SCRIPT), "--dist", str(scratch / "dist"),
                 "--work", str(scratch / "work"), "--python", sys.executable,
                 "--quick-archive"],  # the archive's files are checked, not its compression
                cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)
        threading.Thread(target=self._note_end, daemon=True).start()

    def _note_end(self) -> None:
        code = self.process.wait()
        part = self.scratch / "build.exit.part"
        part.write_text(f"{code} {time.monotonic() - self.started:.1f}\n")
        part.replace(self.scratch / "build.exit")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _scratch(config: pytest.Config) -> Path:
    """The run's scratch folder: the controller's, given to each worker, or this process's."""
    if hasattr(config, "workerinput"):
        return Path(config.workerinput[SCRATCH])
    if _SCRATCH not in config.stash:
        config.stash[_SCRATCH] = Path(tempfile.mkdtemp(prefix="jewelbench-bundle-"))
    return config.stash[_SCRATCH]


def _start_build(config: pytest.Config) -> None:
    if _BUILD not in config.stash and not config.option.collectonly:
        config.stash[_BUILD] = BundleBuild(_scratch(config))


def _is_frozen_test(item: pytest.Item) -> bool:
    return "frozen_bundle" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected, after the root's order
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    frozen = [item for item in items if _is_frozen_test(item)]
    if not frozen:
        return
    if hasattr(config, "workerinput"):
        # In parallel the root conftest's start_rank has put them after the long files (in
        # every worker alike, as pytest-xdist needs one order): by then, minutes into the
        # run, the build is done, and the short files left balance the workers' ends.
        return
    # In one process, last: by then the build is done. This process builds.
    items[:] = [item for item in items if not _is_frozen_test(item)] + frozen
    _start_build(config)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist's controller, before starting a worker: tell it where the bundle goes."""
    node.workerinput[SCRATCH] = str(_scratch(node.config))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: Any, ids: list[str]) -> None:
    """pytest-xdist's controller, as each worker finishes collecting: build if a frozen test
    was collected (and not deselected)."""
    if any(test_id.startswith(FROZEN_TESTS) for test_id in ids):
        _start_build(node.config)


def pytest_unconfigure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return  # the scratch folder is the controller's to remove
    build = config.stash.get(_BUILD, None)
    if build is not None:
        build.stop()
    scratch = config.stash.get(_SCRATCH, None)
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    scratch = config.stash.get(_SCRATCH, None)
    if scratch is None or not (scratch / "build.exit").exists():
        return
    code, seconds = (scratch / "build.exit").read_text().split()
    waited = (scratch / "waited").read_text().strip() if (scratch / "waited").exists() else "?"
    terminalreporter.write_line(
        f"frozen bundle: built in {float(seconds):.0f} s in the background (exit {code}); "
        f"the frozen tests waited {waited} s for it")


def _tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="session")
def frozen_bundle(request: pytest.FixtureRequest) -> Bundle:
    config = request.config
    if not hasattr(config, "workerinput"):
        _start_build(config)  # selected some other way than collection (never in a normal run)
    scratch = _scratch(config)
    if not (scratch / "build.log").exists():
        pytest.fail(f"the bundle's build was never started (no {scratch / 'build.log'})")
    waiting = time.monotonic()
    ended = scratch / "build.exit"
    while not ended.exists():
        if time.monotonic() - waiting > BUILD_TIMEOUT:
            pytest.fail(f"the bundle was not built within {BUILD_TIMEOUT} s:\n"
                        f"{_tail(scratch / 'build.log')}")
        time.sleep(0.5)
    waited = time.monotonic() - waiting
    (scratch / "waited").write_text(f"{waited:.0f}\n")
    code, seconds = ended.read_text().split()
    if code != "0":
        pytest.fail(f"installer/build-linux.sh failed (exit {code}):\n"
                    f"{_tail(scratch / 'build.log')}")
    archives = sorted((scratch / "dist").glob("jewelbench-*-linux-*.tar.gz"))
    assert len(archives) == 1, _tail(scratch / "build.log")
    return Bundle(scratch / "dist" / "jewelbench", archives[0], scratch, float(seconds), waited)
