"""The PySide6 user interface: the window, one package per feature, and what they share.

The window:
- main_window.py: MainWindow: the sections, the open workspace, its backups and state;
  window/: what it does, one concern per module (menus, navigator, files, sections, geometry),
  each taking it as a Shell.
- navigation.py: where a click can lead (one typed target per destination).
- commands.py: WorkspaceCommand and the UndoController: every change one undoable transaction;
  topics.py: what a change touched, for the views to refresh.

One package per feature: designs/, techpacks/, suppliers/, quotes/, rfqs/, samples/,
costs/ (prices, scenarios, the make-or-buy comparison), exports/ (CSV, workbook, quote
template, quote import), backups/, brand/, workspace/ (its settings, the demo, the first hour).

Shared:
- widgets/: list pages, number fields, pickers, the editor dialog's frame.
- dialogs.py: the few questions and messages; crash_dialog.py: an unexpected error.
- i18n.py: the language spoken; settings.py: everything remembered on this computer;
  settings_dialog.py: File ▸ Settings…; print_language.py: a supplier's print language.
- formatting.py: figures in the reader's forms; labels.py: names of the domain's
  enumerations; currency.py: currencies as the user picks them.
- icons.py, imaging.py, photo_intake.py: icons, images stored and shown, photos taken in
  off the GUI thread; style.py: the look of the widgets resources/style.qss names.
- health.py: the open workspace's check in the background; warm_up.py: code read in while
  the window waits; collector.py: Python's garbage collected in the GUI thread only.
"""
