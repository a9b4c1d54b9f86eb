"""A fork server for the fault tests that kill processes over and over (writer.py, copier.py).

Starting Python and importing jewelbench costs about half a second; a test that kills hundreds
of real processes paid it for each. A fork server pays it once: the script (e.g.
`python writer.py`) imports everything, warms up (does its work once on a scratch file, so what
is imported on demand is imported too), then forks a child for each `start` request. Each
child is a real process of its own, with its own SQLite connection and its own locks, which the
test SIGKILLs (os.kill) exactly as it would kill a process it had started itself.

The server side is serve(); the test side is ForkServer. Requests, one line each on the
server's stdin, each answered by one JSON line on its stdout:

`start ["ARG", …]`  forks a child that runs the script's child function with these arguments:
                    {"pid": PID}, then {"said": the child's first line on stdout} once it said
                    it ("" if it ended first)
`poll`              {"running": whether the child has not ended (it is not reaped, so its pid
                    cannot be reused before the test's kill)}
`reap`              waits for the child's end: {"returncode": as subprocess gives it (-9 when
                    killed by SIGKILL), "stderr": what it wrote there}

Imported by the fault tests as `import fork_server` (tests/faults is on sys.path) and by the
scripts it runs (their own folder is sys.path[0]).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]


# --- the server side (in the script's process) ----------------------------------------------


def _run_child(child: Callable[[list[str]], None], args: list[str], said: int,
               errors: int) -> None:
    """In the forked child: stdout to the pipe the server reads, stderr to the file; it ends
    as a Python process would (an exception's traceback on stderr and exit 1)."""
    code = 1
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(said, 1)
        os.dup2(errors, 2)
        for fd in (null, said, errors):
            os.close(fd)
        child(args)
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)  # never back into the server's loop


def _answer(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def serve(child: Callable[[list[str]], None], warm_up: Callable[[], None]) -> None:
    """Warm up, then answer the test's requests until its end of the pipe closes."""
    warm_up()
    assert threading.active_count() == 1, "a fork copies only the thread that forks"
    pid = 0
    errors = None
    for request in sys.stdin:
        verb, _, argument = request.strip().partition(" ")
        if verb == "start":
            errors = tempfile.TemporaryFile()
            said_read, said_write = os.pipe()
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                os.close(said_read)
                _run_child(child, json.loads(argument), said_write, errors.fileno())
            os.close(said_write)
            _answer(pid=pid)
            with os.fdopen(said_read, "rb") as said:
                first = said.readline()  # the test gives up (and kills) if this hangs
            _answer(said=first.decode(errors="replace"))
        elif verb == "poll":
            ended = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            _answer(running=ended is None)
        elif verb == "reap" and errors is not None:
            _, status = os.waitpid(pid, 0)
            errors.seek(0)
            _answer(returncode=os.waitstatus_to_exitcode(status),
                    stderr=errors.read().decode(errors="replace"))
            errors.close()
            errors = None
        else:
            _answer(error=f"cannot {request.strip()!r}")


# --- the test side ---------------------------------------------------------------------------


class ForkServer:
    """`python SCRIPT` as a fork server (with the repository on PYTHONPATH), one child at a
    time: start() it, wait until it said() it is ready, os.kill() it, reap() it."""

    def __init__(self, script: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                          env.get("PYTHONPATH")]))
        self.script = script.name
        self.process = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.unread = b""
        self.pid = 0
        self.reaped = True

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.stop()
            self.process.communicate(timeout=30)  # the server ends when its stdin closes
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.communicate(timeout=30)

    def _ask(self, request: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{request}\n".encode())
        self.process.stdin.flush()

    def _answer(self, timeout_s: float = 30) -> dict[str, Any] | None:
        """The server's next answer, or None when it says nothing for timeout_s."""
        assert self.process.stdout is not None
        while b"\n" not in self.unread:
            readable, _, _ = select.select([self.process.stdout], [], [], timeout_s)
            if not readable:
                return None
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                self.process.kill()
                _, stderr = self.process.communicate(timeout=30)
                raise AssertionError(f"the fork server {self.script} ended (exit "
                                     f"{self.process.returncode}):\n"
                                     f"{stderr.decode(errors='replace')}")
            self.unread += chunk
        line, self.unread = self.unread.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _sure_answer(self) -> dict[str, Any]:
        answer = self._answer()
        assert answer is not None, f"the fork server {self.script} did not answer in 30 s"
        return answer

    def start(self, *args: str) -> int:
        """Fork a child with these arguments; its pid."""
        assert self.reaped, "one child at a time"
        self._ask(f"start {json.dumps(args)}")
        self.pid = self._sure_answer()["pid"]
        self.reaped = False
        return self.pid

    def said(self, timeout_s: float) -> str | None:
        """The child's first line ("" if it ended first), or None if it said nothing in
        timeout_s: then it is killed, and the line it said after all is read."""
        said = self._answer(timeout_s)
        if said is not None:
            return str(said["said"])
        self.kill()
        self._sure_answer()
        return None

    def running(self) -> bool:
        """Whether the child has not ended (on its own, or by a kill)."""
        self._ask("poll")
        return bool(self._sure_answer()["running"])

    def kill(self) -> None:
        """SIGKILL the child, as a test kills a process it started."""
        os.kill(self.pid, signal.SIGKILL)

    def reap(self) -> tuple[int, str]:
        """Wait for the child's end: its return code (-SIGKILL when killed) and its stderr."""
        self._ask("reap")
        reaped = self._sure_answer()
        self.reaped = True
        return reaped["returncode"], reaped["stderr"]

    def stop(self) -> None:
        """Kill and reap the child if a failure left it running (a finally's clean-up)."""
        if self.reaped:
            return
        with contextlib.suppress(ProcessLookupError):
            self.kill()
        if self.process.poll() is None:
            self.reap()
