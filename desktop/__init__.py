"""Twitch Diary: log a baby's sleep twitches at the bedside and review them before a checkup."""

__version__ = "0.1.0"
