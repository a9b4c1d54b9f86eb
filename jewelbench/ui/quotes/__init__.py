"""The quotes feature: its view, models and dialogs side by side."""
