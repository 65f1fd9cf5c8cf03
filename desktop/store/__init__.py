"""The diary file: SQLite schema, migrations and repositories that return core records (no Qt)."""
