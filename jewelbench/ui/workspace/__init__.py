"""The workspace as a whole: its name and base currency, the demo, the first-hour checklist.

- settings.py: File ▸ New's second step and File ▸ Workspace Settings….
- checklist.py: the first hour's checklist on the Designs page; first_hour.py: what the
  window does for it (the place for each step, a fresh demo from Help).
- demo.py: Help ▸ Open Demo Workspace, written in the background.
"""
