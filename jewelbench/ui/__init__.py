"""PySide6 user interface, split by feature (designs/, suppliers/, quotes/, samples/, costs/)."""
