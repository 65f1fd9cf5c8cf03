"""The domain: plain Python records, ages, statistics and guidance rules (no Qt, SQL or plots)."""
