"""The weekly review: summary, charts, guidance panel and the checkup report's actions."""
