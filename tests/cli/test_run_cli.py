"""The CLI tests' run_cli (tests/jewelbench_cli.py) and the fork server's run() behind it give
what subprocess.run gives a process started from scratch: the same return code, stdout and
stderr, for a command that succeeds, is misused, raises, exits with a code or a message, writes
on stderr or hangs past its timeout; and each child is a process of its own, with the
environment, arguments and working directory it is given."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import fork_server
import pytest
from jewelbench_cli import run_cli

# They start other programs (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

PROGRAM = Path(__file__).with_name("misbehaving.py")


def started(*args: str, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench ARGS`, started from scratch: what run_cli must give."""
    return subprocess.run([sys.executable, "-m", "jewelbench", *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=cwd)


def same(forked: subprocess.CompletedProcess[str],
         real: subprocess.CompletedProcess[str]) -> None:
    assert (forked.args, forked.returncode, forked.stdout, forked.stderr) == \
        (real.args, real.returncode, real.stdout, real.stderr)


def test_run_cli_gives_what_python_m_jewelbench_gives(tmp_path):
    # success on stdout; a usage error (exit 2) and a refusal (exit 1) on stderr, a path
    # relative to the working directory given
    same(run_cli(["--version"]), started("--version"))
    same(run_cli(["--bogus"]), started("--bogus"))
    same(run_cli(["check", "nowhere.jewelbench"], cwd=tmp_path),
         started("check", "nowhere.jewelbench", cwd=tmp_path))
    assert "nowhere.jewelbench: the file does not exist" in \
        run_cli(["check", "nowhere.jewelbench"], cwd=tmp_path).stderr
    # the environment given replaces the test's: argparse wraps its help to COLUMNS
    narrow = {**os.environ, "COLUMNS": "40"}
    forked = run_cli(["compare", "--help"], env=narrow)
    same(forked, started("compare", "--help", env=narrow))
    wide = run_cli(["compare", "--help"], env={**os.environ, "COLUMNS": "200"})
    assert len(forked.stdout.splitlines()) > len(wide.stdout.splitlines())


@pytest.fixture(scope="module")
def server():
    with fork_server.ForkServer(PROGRAM) as serving:
        yield serving


def run(server: fork_server.ForkServer, *args: str, **options: object):
    """The program forked by the server, and started from scratch, as subprocess.run gives it."""
    forked = server.run([sys.executable, str(PROGRAM)], list(args), argv0=str(PROGRAM),
                        **options)  # type: ignore[arg-type]
    real = subprocess.run([sys.executable, str(PROGRAM), *args], capture_output=True,
                          text=True, timeout=60)
    return forked, real


def test_a_child_that_raises_prints_the_traceback_and_exits_1(server):
    forked, real = run(server, "raise")
    assert forked.returncode == real.returncode == 1
    assert forked.stdout == real.stdout == "started\n"
    for said in (forked.stderr, real.stderr):
        assert said.startswith("Traceback (most recent call last):\n")
        assert said.endswith("\nValueError: a bug nobody caught\n")


@pytest.mark.parametrize("code, returncode", [("2", 2), ("0", 0), ("300", 44)])
def test_a_child_that_exits_with_a_code(server, code, returncode):
    forked, real = run(server, "exit", code)
    assert (forked.returncode, forked.stdout, forked.stderr) == \
        (real.returncode, real.stdout, real.stderr) == (returncode, "partly done\n", "")


def test_a_child_that_exits_with_a_message_says_it_on_stderr_and_exits_1(server):
    forked, real = run(server, "message")
    assert (forked.returncode, forked.stdout, forked.stderr) == \
        (real.returncode, real.stdout, real.stderr) == \
        (1, "", "jewelbench: a message instead of a code\n")


def test_what_a_child_writes_on_stderr_is_its_stderr_in_text(server):
    forked, real = run(server, "say")
    assert (forked.returncode, forked.stdout, forked.stderr) == \
        (real.returncode, real.stdout, real.stderr) == \
        (0, "the answer, é and ø\n", "a warning on stderr\n")


def test_a_child_that_hangs_past_its_timeout_is_killed_and_timeout_expired_raised(server):
    with pytest.raises(subprocess.TimeoutExpired) as forked:
        server.run([sys.executable, str(PROGRAM)], ["hang"], argv0=str(PROGRAM), timeout=1.0)
    with pytest.raises(subprocess.TimeoutExpired) as real:
        subprocess.run([sys.executable, str(PROGRAM), "hang"], capture_output=True, text=True,
                       timeout=1.0)
    assert forked.value.cmd == real.value.cmd == [sys.executable, str(PROGRAM), "hang"]
    assert forked.value.timeout == real.value.timeout == 1.0
    assert forked.value.stdout == real.value.stdout == b"waiting\n"
    assert forked.value.stderr == real.value.stderr == b"still waiting\n"
    with pytest.raises(ProcessLookupError):  # killed and reaped: no such process any more
        os.kill(server.pid, 0)
    again = server.run([sys.executable, str(PROGRAM)], ["exit", "3"], argv0=str(PROGRAM))
    assert again.returncode == 3, "the server forks the next child after a timeout"


def test_each_child_is_a_process_of_its_own_with_what_it_is_given(server, tmp_path):
    env = {"PATH": os.environ.get("PATH", ""), "JEWELBENCH_ONLY_THIS": "yes"}
    seen = []
    for _ in range(2):
        result = server.run([sys.executable, str(PROGRAM)], ["where", "a b"], env=env,
                            cwd=tmp_path, argv0=str(PROGRAM))
        assert result.returncode == 0, result.stderr
        seen.append(json.loads(result.stdout))
    for child in seen:
        assert child["env"] == env
        assert child["cwd"] == str(tmp_path)
        assert child["argv"] == ["where", "a b"]
        assert child["parent"] == server.process.pid
        assert child["pid"] not in (os.getpid(), server.process.pid)
    assert seen[0]["pid"] != seen[1]["pid"]
