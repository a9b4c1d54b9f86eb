"""What the frozen program's launcher and the icon renderer do, checked without building."""

from __future__ import annotations

import importlib.util
import os
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


launch = _load("launch")
render_icons = _load("render_icons")


@pytest.mark.parametrize(("argv", "expected"), [
    # a double-clicked workspace: the file manager gives its path alone
    (["/home/kari/Smykker og sånn/Vår 2027.jewelbench"],
     ["--workspace", "/home/kari/Smykker og sånn/Vår 2027.jewelbench"]),
    (["C:\\Users\\Kari\\STUDIO.JEWELBENCH"], ["--workspace", "C:\\Users\\Kari\\STUDIO.JEWELBENCH"]),
    (["a.jewelbench", "--quit-after-shown"], ["--workspace", "a.jewelbench",
                                               "--quit-after-shown"]),
    # everything else is the command line as typed
    (["a.jewelbench", "b.jewelbench"], ["a.jewelbench", "b.jewelbench"]),
    (["a.jewelbench", "--demo"], ["a.jewelbench", "--demo"]),
    ([], []),
    (["--demo"], ["--demo"]),
    (["check", "a.jewelbench"], ["check", "a.jewelbench"]),
    (["notes.txt"], ["notes.txt"]),
    (["--workspace=a.jewelbench"], ["--workspace=a.jewelbench"]),
])
def test_a_workspace_given_alone_opens_in_the_window(argv, expected):
    assert launch.arguments(argv) == expected


@pytest.mark.parametrize(("environ", "after"), [
    ({}, {"LC_CTYPE": "C.UTF-8"}),
    ({"LANG": "C"}, {"LANG": "C", "LC_CTYPE": "C.UTF-8"}),
    ({"LC_CTYPE": "POSIX", "LANG": "nb_NO.UTF-8"}, {"LC_CTYPE": "C.UTF-8", "LANG": "nb_NO.UTF-8"}),
    # a real locale is left as it is, and so is one chosen on purpose for everything
    ({"LANG": "nb_NO.UTF-8"}, {"LANG": "nb_NO.UTF-8"}),
    ({"LC_ALL": "C"}, {"LC_ALL": "C"}),
])
def test_a_plain_c_locale_becomes_utf8_as_python_makes_it(environ, after):
    launch.utf8_locale(environ)
    assert environ == after


def test_without_home_the_account_s_home_is_used():
    import pwd

    environ: dict[str, str] = {}
    launch.home_from_account(environ)
    assert environ["HOME"] == pwd.getpwuid(os.getuid()).pw_dir
    given = {"HOME": "/home/kari"}
    launch.home_from_account(given)
    assert given == {"HOME": "/home/kari"}


def test_the_icon_files_hold_every_size_as_png(qapp):
    pngs = {size: render_icons.render_png(render_icons.SVG, size)
            for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    for size, png in pngs.items():
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = render_icons.ico_file({size: pngs[size] for size in render_icons.ICO_SIZES})
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(render_icons.ICO_SIZES))
    sides = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index:22 + 16 * index])
        sides.append(width or 256)
        assert ico[offset:offset + length] == pngs[width or 256]
    assert sides == list(render_icons.ICO_SIZES)
    icns = render_icons.icns_file(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kind_name, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
        kinds.append(kind_name)
        at += length
    assert at == len(icns)
    assert kinds == [kind for kind, _size in render_icons.ICNS_TYPES]


def test_the_spec_reads_the_version_the_package_reports():
    import tomllib

    import jewelbench

    spec = (INSTALLER / "jewelbench.spec").read_text(encoding="utf-8")
    assert '["project"]["version"]' in spec and "__version__" in spec
    version = tomllib.loads((INSTALLER.parent / "pyproject.toml").read_text())["project"][
        "version"]
    assert jewelbench.__version__ == version


@pytest.mark.parametrize(("argv", "environ", "platform", "refused"), [
    ([], {}, "linux", True),  # a double-click where there is no desktop: the window
    (["--demo"], {"HOME": "/home/kari"}, "linux", True),
    (["--workspace", "a.jewelbench"], {}, "linux", True),
    ([], {"DISPLAY": ":0"}, "linux", False),
    ([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ([], {"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    (["--self-test"], {}, "linux", False),  # subcommands and checks need no display
    (["check", "a.jewelbench"], {}, "linux", False),
    (["--help"], {}, "linux", False),
    ([], {}, "win32", False),  # Windows and macOS always have one
    ([], {}, "darwin", False),
])
def test_the_window_without_a_display_is_refused_with_the_reason(argv, environ, platform,
                                                                  refused):
    reason = launch.no_display(argv, environ, platform)
    assert (reason is not None) == refused
    if refused:
        assert "no display" in reason and "DISPLAY" in reason and "--self-test" in reason


@pytest.mark.integration
def test_the_application_names_the_desktop_entry_install_sh_writes():
    """On Wayland the dock finds a window's icon and name through its desktop entry's name.
    (In a process of its own: the application's name and style would stay on this session's.)"""
    import subprocess

    named = subprocess.run(
        [sys.executable, "-c", "from jewelbench.app.main import create_application\n"
                               "print(create_application(['jewelbench']).desktopFileName())"],
        capture_output=True, text=True, timeout=60)
    assert named.returncode == 0, named.stderr
    desktop = (INSTALLER / "linux" / "jewelbench.desktop").read_text(encoding="utf-8")
    assert f"{named.stdout.strip()}.desktop" == "jewelbench.desktop"
    assert "StartupWMClass=jewelbench\n" in desktop
