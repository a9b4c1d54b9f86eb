"""A fork server for tests that start the same Python program over and over: the fault tests
that kill writers and copiers (tests/faults/writer.py, copier.py) and the CLI tests
(jewelbench_cli.py, `python -m jewelbench COMMAND …` without paying Python's start-up each time).

Starting Python and importing jewelbench costs about half a second; a test that kills hundreds
of real processes paid it for each. A fork server pays it once: the script (e.g.
`python writer.py`) imports everything, warms up (does its work once on a scratch file, so what
is imported on demand is imported too), then forks a child for each `start` or `run` request.
Each child is a real process of its own, with its own SQLite connection and its own locks, which
the test SIGKILLs (os.kill) exactly as it would kill a process it had started itself.

The server side is serve(); the test side is ForkServer. Requests, one line each on the
server's stdin, each answered by one JSON line on its stdout:

`start ["ARG", …]`  forks a child that runs the script's child function with these arguments:
                    {"pid": PID}, then {"said": the child's first line on stdout} once it said
                    it ("" if it ended first)
`poll`              {"running": whether the child has not ended (it is not reaped, so its pid
                    cannot be reused before the test's kill)}
`run {"args": …, "env": …, "cwd": …}`
                    forks a child that runs the script's command function with these arguments,
                    as `python -m …` would run it: its stdin, stdout and stderr the three file
                    descriptors the test sent just before over the server's socket (SCM_RIGHTS:
                    real pipes from the child to the test), os.environ replaced by env, cwd its
                    working directory: {"pid": PID}
`reap`              waits for the child's end: {"returncode": as subprocess gives it (-9 when
                    killed by SIGKILL), "stderr": what it wrote there ("" after `run`: the test
                    read it from its own pipe)}

A child ends as a Python process ends: SystemExit's code (None 0, a number that number, anything
else printed on stderr and 1), an uncaught exception's traceback on stderr and 1, Ctrl-C's
KeyboardInterrupt by SIGINT; non-daemon threads joined, atexit functions run, stdout flushed.

Imported by the tests as `import fork_server` (tests/ is on sys.path) and by the scripts it
runs (ForkServer puts tests/ on their PYTHONPATH).
"""

from __future__ import annotations

import contextlib
import json
import locale
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent
REPO_ROOT = TESTS.parent
FDS_VARIABLE = "JEWELBENCH_FORK_SERVER_FDS"  # the server's end of the socket for `run`


# --- the server side (in the script's process) ----------------------------------------------


def _exit_code(exit_: SystemExit) -> int:
    """The exit status Python gives a SystemExit that ends the program."""
    if exit_.code is None:
        return 0
    if isinstance(exit_.code, int):
        return exit_.code & 0xFF
    with contextlib.suppress(OSError, ValueError):
        print(exit_.code, file=sys.stderr)
    return 1


def _end_as_python_ends(code: int) -> None:
    """What the interpreter does after the program's end: join the threads it must wait for,
    run the atexit functions, flush stdout (120 when that fails), then exit."""
    with contextlib.suppress(BaseException):
        threading._shutdown()  # type: ignore[attr-defined]
    with contextlib.suppress(BaseException):
        import atexit

        atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        code = 120 if code == 0 else code
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)  # never back into the server's loop


def _run_as_program(program: Callable[[list[str]], object], args: list[str]) -> None:
    """In the forked child, its three standard streams in place: run program(args) and end as
    `python SCRIPT ARGS` ends."""
    code = 1
    try:
        program(args)
        code = 0
    except SystemExit as exit_:
        code = _exit_code(exit_)
    except KeyboardInterrupt:
        traceback.print_exc()
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Python ends by SIGINT, as a shell expects
        os.kill(os.getpid(), signal.SIGINT)
    except BaseException:
        traceback.print_exc()
    finally:
        _end_as_python_ends(code)


def _run_child(child: Callable[[list[str]], object], args: list[str], said: int,
               errors: int) -> None:
    """In the forked child: stdout to the pipe the server reads, stderr to the file; it ends
    as a Python process would (an exception's traceback on stderr and exit 1)."""
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(said, 1)
        os.dup2(errors, 2)
        for fd in (null, said, errors):
            os.close(fd)
    except BaseException:
        os._exit(1)
    _run_as_program(child, args)


def _run_command(command: Callable[[list[str]], object], request: dict[str, Any],
                 streams: list[int], sock: socket.socket | None) -> None:
    """In the forked child of a `run`: the test's pipes as stdin, stdout and stderr, its
    environment and working directory, then the command as `python -m` runs it."""
    try:
        for target, fd in enumerate(streams):
            os.dup2(fd, target)
        for fd in streams:
            if fd > 2:
                os.close(fd)
        if sock is not None:
            sock.close()
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        sys.argv = [request["argv0"], *request["args"]]
    except BaseException:
        traceback.print_exc()
        os._exit(1)
    _run_as_program(command, list(request["args"]))


def _answer(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def _threads() -> int:
    """The threads of this process, Python's and any other (Qt's, a library's)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def serve(child: Callable[[list[str]], object], warm_up: Callable[[], None]) -> None:
    """Warm up, then answer the test's requests until its end of the pipe closes. child runs
    for `start` (kill tests) and for `run` (a command with the test's streams)."""
    given = os.environ.pop(FDS_VARIABLE, None)
    sock = socket.socket(fileno=int(given)) if given else None
    warm_up()
    assert threading.active_count() == 1 and _threads() == 1, \
        "a fork copies only the thread that forks"
    pid = 0
    errors = None
    for request in sys.stdin:
        verb, _, argument = request.strip().partition(" ")
        if verb == "run" and sock is not None:
            _, streams, _, _ = socket.recv_fds(sock, 1, 3)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _run_command(child, json.loads(argument), streams, sock)
            for fd in streams:
                os.close(fd)
            _answer(pid=pid)
        elif verb == "start":
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
        elif verb == "reap" and pid:
            _, status = os.waitpid(pid, 0)
            pid = 0
            said_on_stderr = ""
            if errors is not None:
                errors.seek(0)
                said_on_stderr = errors.read().decode(errors="replace")
                errors.close()
                errors = None
            _answer(returncode=os.waitstatus_to_exitcode(status), stderr=said_on_stderr)
        else:
            _answer(error=f"cannot {request.strip()!r}")


# --- the test side ---------------------------------------------------------------------------


class ForkServer:
    """`python SCRIPT` as a fork server (with the repository and tests/ on PYTHONPATH), one
    child at a time: start() it, wait until it said() it is ready, os.kill() it, reap() it; or
    run() a command in it as subprocess.run would run it. server_env: what the server's own
    environment has beside this process's (a child of run() gets the environment it is given)."""

    def __init__(self, script: Path, server_env: dict[str, str] | None = None) -> None:
        env = {**os.environ, **(server_env or {})}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), str(TESTS),
                                                          env.get("PYTHONPATH")]))
        self.sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        env[FDS_VARIABLE] = str(theirs.fileno())
        self.script = script.name
        try:
            self.process = subprocess.Popen([sys.executable, str(script)],
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, env=env,
                                            pass_fds=[theirs.fileno()])
        finally:
            theirs.close()
        self.unread = b""
        self.pid = 0
        self.reaped = True

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the child if one runs, then the server (it ends when its stdin closes)."""
        try:
            self.stop()
            self.process.communicate(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.communicate(timeout=30)
            self.sock.close()

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

    def run(self, command: list[str], args: list[str], *, env: dict[str, str] | None = None,
            cwd: str | os.PathLike[str] | None = None, argv0: str,
            timeout: float | None = None) -> subprocess.CompletedProcess[str]:
        """What subprocess.run(command + args, capture_output=True, text=True, env=env,
        cwd=cwd, timeout=timeout) gives, the child forked from this server with sys.argv
        [argv0, *args]: its stdout and stderr are pipes of this process, read to their end
        (its stdin /dev/null: a command that reads it reads nothing rather than the test's).
        Past timeout seconds it is killed and subprocess.TimeoutExpired raised with what it
        had said, as subprocess.run raises it."""
        assert self.reaped, "one child at a time"
        request = {"args": args, "argv0": argv0,
                   "env": dict(os.environ if env is None else env),
                   "cwd": os.getcwd() if cwd is None else os.fspath(cwd)}
        out_read, out_write = os.pipe()
        err_read, err_write = os.pipe()
        null = os.open(os.devnull, os.O_RDONLY)
        try:
            socket.send_fds(self.sock, [b"!"], [null, out_write, err_write])
        finally:
            for fd in (null, out_write, err_write):
                os.close(fd)
        try:
            self._ask("run " + json.dumps(request))
            self.pid = self._sure_answer()["pid"]
            self.reaped = False
            said: dict[int, bytearray] = {out_read: bytearray(), err_read: bytearray()}
            if not _read_to_the_end(said, timeout):  # killed and waited for, as run() does
                self.kill()
                self.reap()
                raise subprocess.TimeoutExpired(command + args, timeout or 0,
                                                output=bytes(said[out_read]) or None,
                                                stderr=bytes(said[err_read]) or None)
        except BaseException:
            self.stop()  # a test interrupted (Ctrl-C) leaves no child behind for the next
            raise
        finally:
            os.close(out_read)
            os.close(err_read)
        code, _ = self.reap()
        return subprocess.CompletedProcess(command + args, code, decoded(said[out_read]),
                                           decoded(said[err_read]))


def _read_to_the_end(said: dict[int, bytearray], timeout: float | None) -> bool:
    """Read each pipe of said into its buffer until every writer closed it (True), or until
    timeout seconds have passed (False, what was read so far kept)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    open_ = list(said)  # a pipe read to its end before is at its end again at once
    while open_:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            return False
        readable, _, _ = select.select(open_, [], [], left)
        for fd in readable:
            chunk = os.read(fd, 65536)
            if chunk:
                said[fd] += chunk
            else:
                open_.remove(fd)
    return True


def decoded(data: bytes | bytearray) -> str:
    """Bytes a child wrote, as subprocess's text=True gives them: the locale's encoding, its
    universal newlines."""
    text = data.decode(locale.getpreferredencoding(False))
    return text.replace("\r\n", "\n").replace("\r", "\n")
