"""The first-paint sequence: start the window fast, then build the rest (the rules of qt_by_name)."""
