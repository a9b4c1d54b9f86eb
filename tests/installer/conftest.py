"""The frozen bundle is built once a session, in the background, while the rest runs.

Building it (installer/build-linux.sh: PyInstaller, then the archive) takes a minute or more of
one core; run serially it would lengthen CI by as much. So as soon as collection shows that a
test of the frozen bundle will run, the build starts as a separate process (at lower priority,
on the second core, into a session folder outside the repository), the frozen tests are moved
to the end of the run, and the `frozen_bundle` fixture waits for the build there.
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

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "installer" / "build-linux.sh"
BUILD_TIMEOUT = 20 * 60  # seconds: far beyond a build's minute or two, short of CI's limit
_BUILD = pytest.StashKey["BundleBuild"]()


@dataclass
class Bundle:
    folder: Path  # dist/jewelbench: the bundle as built
    archive: Path  # dist/jewelbench-VERSION-linux-ARCH.tar.gz
    scratch: Path  # the session's build folder, for the tests' own files
    build_seconds: float
    waited_seconds: float  # how long the first test waited for the build to end


class BundleBuild:
    """installer/build-linux.sh running in the background into a scratch folder."""

    def __init__(self) -> None:
        self.scratch = Path(tempfile.mkdtemp(prefix="jewelbench-bundle-"))
        self.log = self.scratch / "build.log"
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.started = time.monotonic()
        self.ended: float | None = None
        self.waited = 0.0
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                ["nice", "-n", "10", "bash", str(BUILD_SCRIPT), "--dist",
                 str(self.scratch / "dist"), "--work", str(self.scratch / "work"),
                 "--python", sys.executable],
                cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)
        # notes the moment the build ends, even when no test is waiting for it yet
        threading.Thread(target=self._note_end, daemon=True).start()

    def _note_end(self) -> None:
        self.process.wait()
        self.ended = time.monotonic()

    def wait(self) -> Bundle:
        waiting = time.monotonic()
        try:
            code = self.process.wait(timeout=max(1.0, BUILD_TIMEOUT - self.elapsed()))
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(f"the bundle was not built within {BUILD_TIMEOUT} s:\n{self.tail()}")
        while self.ended is None:  # the watching thread is about to note it
            time.sleep(0.01)
        waited = time.monotonic() - waiting
        if code != 0:
            pytest.fail(f"installer/build-linux.sh failed (exit {code}):\n{self.tail()}")
        archives = sorted((self.scratch / "dist").glob("jewelbench-*-linux-*.tar.gz"))
        assert len(archives) == 1, self.tail()
        return Bundle(self.scratch / "dist" / "jewelbench", archives[0], self.scratch,
                      self.ended - self.started, waited)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _is_frozen_test(item: pytest.Item) -> bool:
    return "frozen_bundle" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected what will not run
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    frozen = [item for item in items if _is_frozen_test(item)]
    if not frozen:
        return
    items[:] = [item for item in items if not _is_frozen_test(item)] + frozen
    if not config.option.collectonly and _BUILD not in config.stash:
        config.stash[_BUILD] = BundleBuild()


def pytest_unconfigure(config: pytest.Config) -> None:
    build = config.stash.get(_BUILD, None)
    if build is not None:
        build.stop()
        shutil.rmtree(build.scratch, ignore_errors=True)


@pytest.fixture(scope="session")
def frozen_bundle(request: pytest.FixtureRequest) -> Bundle:
    build = request.config.stash.get(_BUILD, None)
    if build is None:  # selected some other way than collection (never in a normal run)
        build = request.config.stash[_BUILD] = BundleBuild()
    bundle = build.wait()
    build.waited = bundle.waited_seconds
    return bundle


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    build = config.stash.get(_BUILD, None)
    if build is not None and build.ended is not None:
        terminalreporter.write_line(
            f"frozen bundle: built in {build.ended - build.started:.0f} s in the background; "
            f"the frozen tests waited {build.waited:.0f} s for it")
