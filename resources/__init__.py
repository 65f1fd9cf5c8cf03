"""Package data of Twitch Diary: styles, icons, guidance and help text (read via desktop/resources.py)."""
