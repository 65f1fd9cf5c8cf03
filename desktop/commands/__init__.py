"""Command-line commands that need more than a few lines, one module each."""
