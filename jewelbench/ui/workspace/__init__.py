"""The workspace as a whole: its name and base currency, the demo, the first-hour checklist."""
