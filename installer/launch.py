"""The frozen program's entry point: the `jewelbench` console script (jewelbench.cli:main).

A file manager that opens a workspace with jewelbench (the .desktop file's `%f`, the Windows
association's "%1", the macOS open-document event) gives its path as the one argument:
`jewelbench FILE.jewelbench` opens the window on it, as `--workspace FILE` does.
"""

from __future__ import annotations

import os
import sys

WORKSPACE_SUFFIX = ".jewelbench"


def arguments(argv: list[str]) -> list[str]:
    """The command line jewelbench.cli.main gets for the words after the program's name (a
    workspace first, alone or before --quit-after-shown, which the start-up tests add)."""
    if argv and argv[0].lower().endswith(WORKSPACE_SUFFIX) and not argv[0].startswith("-") \
            and argv[1:] in ([], ["--quit-after-shown"]):
        return ["--workspace", *argv]
    return list(argv)


def utf8_locale(environ: dict[str, str] | os._Environ[str]) -> None:
    """Python run from source turns a plain C or POSIX locale into C.UTF-8 for itself and what
    it loads (PEP 538); a frozen program does the same, or Qt warns about it on every start and
    file names with letters beyond ASCII ('Smykker og sånn') are mangled."""
    if environ.get("LC_ALL"):
        return  # chosen on purpose: left alone, as Python does
    current = environ.get("LC_CTYPE") or environ.get("LANG") or "C"
    if current in ("C", "POSIX"):
        environ["LC_CTYPE"] = "C.UTF-8"


def home_from_account(environ: dict[str, str] | os._Environ[str]) -> None:
    """With HOME unset, Qt keeps its settings under / (QDir.homePath) while the workspace
    folder comes from the account's entry (platformdirs): give HOME the account's home, so both
    land in one place. Left unset when the account has none either (XDG_CONFIG_HOME and
    XDG_DATA_HOME then decide, or the window says it cannot make its folder)."""
    if environ.get("HOME"):
        return
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return
    if home and os.path.isabs(home):
        environ["HOME"] = home


def no_display(argv: list[str], environ: dict[str, str] | os._Environ[str],
               platform: str = sys.platform) -> str | None:
    """Why the window cannot open, when the words ask for the window on Linux and nothing names
    a display: Qt would abort (exit 134) blaming a missing xcb-cursor library and suggesting a
    reinstall. None when the window can try, or when a subcommand needs no display."""
    if not platform.startswith("linux"):
        return None
    if any(environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return None
    from jewelbench.cli import _window_arguments

    if _window_arguments(argv) is None:
        return None  # a subcommand, --help, --version, --self-test: no window
    return ("there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not "
            "set). Start jewelbench from your desktop; the subcommands need no display "
            "(jewelbench --help), and jewelbench --self-test checks this copy without one.")


def main() -> int:
    words = arguments(sys.argv[1:])
    if getattr(sys, "frozen", False):
        utf8_locale(os.environ)
        home_from_account(os.environ)
        reason = no_display(words, os.environ)
        if reason:
            sys.stderr.write(f"jewelbench: {reason}\n")
            return 1
    from jewelbench.cli import main as jewelbench

    return jewelbench(words)


if __name__ == "__main__":
    raise SystemExit(main())
