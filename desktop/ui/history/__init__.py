"""The sleep history: sleeps and their events, each editable."""
