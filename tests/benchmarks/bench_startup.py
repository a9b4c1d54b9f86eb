"""Start-up benchmark: process start → main window shown, against a bare PySide6 window.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5]
                                                                     [--xvfb]
                                                                     [--frozen DIR]
With --xvfb every process shows a real X11 window on an Xvfb display (apt: xvfb,
libxcb-cursor0), as on a desktop; without it, Qt's offscreen platform is used.

It writes the demo and a generated 5,000-design workspace to a scratch folder, then times
three kinds of process, each several times, in the same run:
  baseline  a bare PySide6 process that shows an empty QMainWindow
  demo      `jewelbench --workspace demo.jewelbench`
  5000      `jewelbench --workspace generated-5000.jewelbench`
and prints the medians and their ratios to the baseline. Target: 5000 at most 2× baseline.

With --frozen DIR (a bundle built by installer/build-linux.sh, e.g. dist/jewelbench) the
frozen program DIR/jewelbench is timed too, on both workspaces, interleaved with the source
runs, and the frozen/source ratios and the bundle's size (du) are printed.
Targets: the frozen start within 1.2× of the source start; the bundle under 250 MB.

jewelbench shows its frame (menus, sections, status bar) first and builds and reads the section
on screen on the next turn of the event loop; it reports both moments, and both are printed:
"shown" (the moment the baseline reports too) and "filled" (the catalog's rows are on screen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--designs", type=int, default=5000)
    parser.add_argument("--xvfb", action="store_true",
                        help="show real X11 windows on an Xvfb display instead of offscreen")
    parser.add_argument("--frozen", type=Path, metavar="DIR",
                        help="also time the frozen bundle DIR/jewelbench (e.g. dist/jewelbench)")
    args = parser.parse_args()
    if args.frozen is not None and not (args.frozen / "jewelbench").is_file():
        parser.error(f"{args.frozen}: no jewelbench program in it (build it with "
                     "installer/build-linux.sh)")

    from jewelbench.app.demo import write_demo, write_generated

    scratch = Path(tempfile.mkdtemp(prefix="jewelbench-bench-"))
    demo = scratch / "demo.jewelbench"
    generated = scratch / f"generated-{args.designs}.jewelbench"
    t = time.perf_counter()
    write_demo(demo)
    write_generated(generated, designs=args.designs)
    print(f"workspaces written in {time.perf_counter() - t:.1f} s ({scratch})")

    env = dict(os.environ)
    # An installed app runs from compiled bytecode (pip writes the .pyc files); a shell that
    # forbids writing them would make every run recompile jewelbench from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    xvfb = None
    if args.xvfb:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                 "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                                stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as handle:
            env["DISPLAY"] = f":{handle.readline().strip()}"
        env["QT_QPA_PLATFORM"] = "xcb"
        print(f"showing windows on Xvfb display {env['DISPLAY']}")
    else:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    cases = {
        "baseline (bare PySide6 window)": [sys.executable, "-c", _BASELINE_SHOWN],
        "jewelbench, demo workspace": [sys.executable, "-m", "jewelbench", "--workspace",
                                       str(demo), "--quit-after-shown"],
        f"jewelbench, {args.designs:,} designs": [sys.executable, "-m", "jewelbench",
                                                  "--workspace", str(generated),
                                                  "--quit-after-shown"],
    }
    if args.frozen is not None:
        program = str(args.frozen.resolve() / "jewelbench")
        cases["frozen, demo workspace"] = [program, "--workspace", str(demo),
                                           "--quit-after-shown"]
        cases[f"frozen, {args.designs:,} designs"] = [program, "--workspace", str(generated),
                                                      "--quit-after-shown"]
    results: dict[str, list[float]] = {name: [] for name in cases}
    filled: dict[str, list[float]] = {name: [] for name in cases}
    try:
        for command in cases.values():  # warm-up, not counted: bytecode and disk caches
            _time_to_shown(command, env)
        for _ in range(args.runs):
            for name, command in cases.items():  # interleaved, so load drift hits all alike
                shown, full = _time_to_shown(command, env)
                results[name].append(shown)
                filled[name].append(full)
    finally:
        if xvfb is not None:
            xvfb.terminate()
    baseline = statistics.median(results["baseline (bare PySide6 window)"])
    print(f"\nprocess start → main window shown ({env['QT_QPA_PLATFORM']}), "
          f"median of {args.runs} runs:")
    print(f"  {'':<34} {'shown':>10} {'':6}  {'filled':>10}")
    for name, samples in results.items():
        median = statistics.median(samples)
        full = statistics.median(filled[name])
        print(f"  {name:<34} {median * 1000:7.0f} ms   ×{median / baseline:4.2f}"
              f"  {full * 1000:7.0f} ms   ×{full / baseline:4.2f}")
    key = f"jewelbench, {args.designs:,} designs"
    worst = statistics.median(results[key]) / baseline
    full = statistics.median(filled[key]) / baseline
    print(f"\ntarget: {args.designs:,} designs shown within 2× of the baseline — "
          f"{'met' if worst <= 2 else 'NOT met'} (×{worst:.2f}); catalog filled at ×{full:.2f}")
    if args.frozen is not None:
        _report_frozen(args.frozen, args.designs, results, filled)


def _report_frozen(folder: Path, designs: int, results: dict[str, list[float]],
                   filled: dict[str, list[float]]) -> None:
    print("\nfrozen bundle against the source start, same run:")
    worst = 0.0
    for workspace in ("demo workspace", f"{designs:,} designs"):
        source = statistics.median(results[f"jewelbench, {workspace}"])
        frozen = statistics.median(results[f"frozen, {workspace}"])
        source_full = statistics.median(filled[f"jewelbench, {workspace}"])
        frozen_full = statistics.median(filled[f"frozen, {workspace}"])
        worst = max(worst, frozen / source)
        print(f"  {workspace:<20} shown {source * 1000:6.0f} → {frozen * 1000:6.0f} ms  "
              f"×{frozen / source:4.2f}   filled {source_full * 1000:6.0f} → "
              f"{frozen_full * 1000:6.0f} ms  ×{frozen_full / source_full:4.2f}")
    du = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    megabytes = int(du.stdout.split()[0]) / 1e6
    print(f"  bundle {folder}: {megabytes:.0f} MB unpacked")
    print(f"target: frozen start within 1.2× of the source start — "
          f"{'met' if worst <= 1.2 else 'NOT met'} (×{worst:.2f}); bundle under 250 MB — "
          f"{'met' if megabytes < 250 else 'NOT met'}")


# The child prints the wall-clock time (time.time()) at which its window was shown; the parent
# subtracts its own time.time() taken just before starting the process.
_BASELINE_SHOWN = r"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 760); w.show()
def done():
    print(f"shown at {time.time():.6f}", flush=True); w.close(); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def _time_to_shown(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the window shown, and to its view filled (the same
    moment for the baseline, which has nothing to fill)."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0 or "shown at" not in result.stdout:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    shown = _stamp(result.stdout, "shown at") - start
    full = _stamp(result.stdout, "filled at") - start if "filled at" in result.stdout \
        else shown
    return shown, full


def _stamp(output: str, marker: str) -> float:
    return float(output.rsplit(marker, 1)[1].split()[0].rstrip(")"))


if __name__ == "__main__":
    main()
