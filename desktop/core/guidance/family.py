"""The family-history rule: a recorded family history and recent twitches or episodes."""

from __future__ import annotations

from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import Window, ids, sleep_ids_of
from desktop.core.model import FAMILY_HISTORY_KINDS


def family_history(window: Window) -> Finding | None:
    """Newborn seizures, epilepsy and startle disease run in families: worth a word at the checkup."""
    history = window.baby.family_history
    logged = window.recent_events(("twitch", "episode"))
    if not history or not logged:
        return None
    facts: dict[str, Fact] = {
        "history": ",".join(kind for kind in FAMILY_HISTORY_KINDS if kind in history),
        "logged_count": len(logged),
    }
    return Finding("family_history", "checkup", ("recorded",), sleep_ids_of(logged), ids(logged), facts)
