"""`python -m jewelbench COMMAND …` for the CLI tests, without paying Python's start-up each time.

run_cli(args) gives what `subprocess.run([sys.executable, "-m", "jewelbench", *args],
capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)` gives, but the process is
forked from a warmed-up fork server (fork_server.py) that started Python and imported what the
commands import once per test process (each pytest-xdist worker its own, stopped at the
worker's end). Each command is still a real process: its own pid, sys.argv as `python -m`
gives it, os.environ replaced by env as subprocess.run replaces it, its working directory,
stdout and stderr real pipes to the test, and its exit code as `python -m jewelbench` gives it
(SystemExit's code; 1 and a traceback for an uncaught exception). The server creates no
QApplication and starts no thread before forking: a child creates its own (techpack).

Tests about the process itself — a clean environment, start-up time, stdout's encoding, Ctrl-C,
`--help` and `--version` at start-up, one real `export` and one real `compare` — keep starting
`python -m jewelbench` themselves. These tests still start another program (the server), so
they are marked integration.

`python tests/jewelbench_cli.py` is the server (fork_server.serve).
"""

from __future__ import annotations

import ast
import atexit
import importlib
import os
import pkgutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import fork_server

COMMAND_MODULES = ("cli.py", "cli_prices.py", "cli_shared.py")
# What only the window or the self-test imports: never run through run_cli (they are tested as
# real processes), so not imported in the server.
NOT_FOR_COMMANDS = {"jewelbench.app.main", "jewelbench.app.self_test"}

# openpyxl imports numpy, whose OpenBLAS starts a pool of threads on import: none in the server,
# which forks (a child's os.environ is the test's; the CLI does no linear algebra).
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

# What the commands import with them or on demand, beside the modules they name.
ON_DEMAND = ["openpyxl", "openpyxl.packaging.extended", "numpy.ma", "PySide6.QtGui",
             "encodings.mac_roman", "encodings.utf_16_be"]

_servers: list[fork_server.ForkServer] = []


def run_cli(args: Sequence[object], env: dict[str, str] | None = None,
            cwd: str | os.PathLike[str] | None = None,
            timeout: float | None = 120) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench ARGS` as subprocess.run(…, capture_output=True, text=True) runs
    it; raises subprocess.TimeoutExpired (the child killed) past timeout seconds."""
    return _server().run([sys.executable, "-m", "jewelbench"], [str(arg) for arg in args],
                         env=env, cwd=cwd, argv0=str(_main_module()), timeout=timeout)


def _main_module() -> Path:
    """What `python -m jewelbench` has as sys.argv[0]: the path of jewelbench/__main__.py."""
    import jewelbench

    return Path(jewelbench.__file__).resolve().parent / "__main__.py"


def _server() -> fork_server.ForkServer:
    """This test process's server, started on first use, stopped when the process ends."""
    if not _servers or _servers[0].process.poll() is not None:
        _servers[:] = [fork_server.ForkServer(Path(__file__), server_env=ONE_THREAD)]
        atexit.register(_servers[0].close)
    return _servers[0]


def command_imports() -> list[str]:
    """Every module the commands import (at the top or inside a function), read from their
    source, so the server imports what a command imports whatever the command does."""
    package = _main_module().parent
    names: list[str] = []
    for module in COMMAND_MODULES:
        tree = ast.parse((package / module).read_text(encoding="utf-8"))
        names.append(f"jewelbench.{module.removesuffix('.py')}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.append(node.module)
    return sorted({name for name in names if name not in NOT_FOR_COMMANDS})


def warm_up() -> None:
    """Import what the commands import (openpyxl and Qt's GUI module with them), every module
    of the layers below them, and what opening a workspace imports on demand (sqlite-utils),
    by creating and opening a scratch one; create no application and start no thread."""
    for name in command_imports() + ON_DEMAND:
        importlib.import_module(name)
    import jewelbench.domain
    import jewelbench.reports
    import jewelbench.storage

    for package in (jewelbench.domain, jewelbench.storage, jewelbench.reports):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    from jewelbench.storage import Workspace

    with tempfile.TemporaryDirectory(prefix="jewelbench-cli-warm-up-") as folder:
        scratch = Path(folder) / "warm-up.jewelbench"
        Workspace.create(scratch).close()
        with Workspace.open(scratch, read_only=True) as workspace:
            workspace.counts()


def _command(args: list[str]) -> None:
    from jewelbench.cli import main

    raise SystemExit(main(args))


if __name__ == "__main__":
    fork_server.serve(_command, warm_up)
