"""The main window's rooms. `MainWindow` itself stays in jewelbench/ui/main_window.py (the
sections at the left, the open workspace, its backups, edits and remembered state); what it
does is split here, one concern per module:

- shell.py      `Shell`, what the window offers the modules acting for it (its state, menus'
                actions and slots); they take the window as a Shell and never import
                main_window, so nothing imports back.
- menus.py      the menu bar: File, Edit, Sourcing, Costs, View, Help, and Open Recent.
- navigator.py  following a navigation target (ui/navigation.py): which section or dialog
                each destination opens.
- files.py      opening a workspace file (read-only when held elsewhere), Save As, a new
                file's path, notices found beside a file, recovery from a backup.
- sections.py   the five sections: keys, titles, their views (built when first shown).
- geometry.py   the window's size and place on first run.

The first hour (demo, checklist, File ▸ New, Workspace Settings) is in ui/workspace/
first_hour.py and File ▸ Settings… in ui/settings_dialog.py; both take the window as a Shell.
"""
