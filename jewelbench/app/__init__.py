"""Wiring and entry points: what starts the program and what it needs around the window.

- main.py: the composition root: the application, the workspace chosen, the main window.
- log_file.py: the one rotating log (logs/jewelbench.log) and the rule every module logs by.
- crash.py: an unexpected error logged, rolled back and shown, and the program kept running.
- watchdog.py: a debug watchdog that logs where the GUI thread stalled.
- self_test.py: `jewelbench --self-test`: does this installation print and export?
- translations.py: `python -m jewelbench.app.translations`: update and build the .ts/.qm.
- demo/: the demo workspace (`jewelbench --demo`) and the large generated one for benchmarks.
"""
