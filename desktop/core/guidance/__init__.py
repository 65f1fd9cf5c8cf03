"""Guidance: deterministic, explainable rules that match logged twitches against warning signs."""

from desktop.core.guidance.engine import RULES, evaluate, too_little_to_judge
from desktop.core.guidance.finding import RULE_IDS, SEVERITIES, Fact, Finding
from desktop.core.guidance.window import LOOKBACK_DAYS, RECENT_DAYS

__all__ = [
    "LOOKBACK_DAYS",
    "RECENT_DAYS",
    "RULES",
    "RULE_IDS",
    "SEVERITIES",
    "Fact",
    "Finding",
    "evaluate",
    "too_little_to_judge",
]
