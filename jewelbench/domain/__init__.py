"""Pure-Python domain: entities, units, money, alloys. Imports neither Qt nor SQL."""
