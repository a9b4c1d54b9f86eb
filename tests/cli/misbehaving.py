"""A small program for test_run_cli.py that does what its first argument says: `python
misbehaving.py WHAT …` runs it as a process of its own; `python misbehaving.py` is its fork
server (fork_server.py), forking a child that does it for each `run`."""

from __future__ import annotations

import json
import os
import sys
import time


def program(args: list[str]) -> None:
    what = args[0]
    if what == "raise":
        print("started", flush=True)
        raise ValueError("a bug nobody caught")
    if what == "exit":
        sys.stdout.write("partly done\n")
        raise SystemExit(int(args[1]))
    if what == "message":
        raise SystemExit("jewelbench: a message instead of a code")
    if what == "say":
        sys.stderr.write("a warning on stderr\r\n")
        print("the answer, é and ø")
        return
    if what == "hang":
        print("waiting", flush=True)
        sys.stderr.write("still waiting\n")
        sys.stderr.flush()
        time.sleep(600)
    if what == "where":
        print(json.dumps({"pid": os.getpid(), "parent": os.getppid(), "cwd": os.getcwd(),
                          "argv": sys.argv[1:], "env": dict(os.environ)}))


if __name__ == "__main__":
    if sys.argv[1:]:
        program(sys.argv[1:])
    else:
        import fork_server

        fork_server.serve(program, lambda: None)
