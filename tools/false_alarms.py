"""False alarms of the guidance rules on the population of ordinary diaries (guidance.md version 2).

Run ``python tools/false_alarms.py`` from the project folder. It builds the seeded population of
``tests/core/guidance/population.py`` (400 diaries unless ``--size`` says otherwise), evaluates the
rules as of the population's last day and prints, per rule and severity, how many diaries got
that finding, then the two calibration figures with their targets:

* diaries with a ``doctor`` or ``emergency`` finding (target: none);
* diaries with a ``checkup`` finding other than ``family_history`` or one raised by a
  parent-entered sign (``neuro_symptoms`` and ``with_other_movements`` at checkup: tremor,
  changed sleep, shaking) (target: at most 10 %).

``--code DIR`` evaluates with the ``desktop`` package found in DIR instead (for example an older
version: ``git archive <commit> desktop | tar -x -C DIR``); ``--before DIR`` prints that version's
figures beside this one's. ``--json`` prints the figures as one object; ``--check`` exits with 1
when a target is missed. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POPULATION = ROOT / "tests" / "core" / "guidance" / "population.py"
# Checkup findings that only a sign the parent entered can raise (guidance.md, calibration targets).
SIGN_RULES = frozenset({"neuro_symptoms", "with_other_movements"})
MAX_CHECKUP_SHARE = 0.10


def _population() -> ModuleType:
    """The population module, loaded by path so it uses whichever ``desktop`` is first on the path."""
    spec = importlib.util.spec_from_file_location("ordinary_population", POPULATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def figures(size: int, seed: int) -> dict[str, Any]:
    """Counts per rule and severity, and the two calibration figures, for the population."""
    from desktop.core.guidance import RULE_IDS, evaluate

    population = _population()
    per_rule: Counter[str] = Counter()
    alarms = checkups = 0
    for diary in population.ordinary_population(size, seed):
        findings = evaluate(diary.baby, diary.sleeps, diary.events, diary.as_of)
        for finding in findings:
            per_rule[f"{finding.rule}:{finding.severity}"] += 1
        if any(f.severity in ("doctor", "emergency") for f in findings):
            alarms += 1
        if any(
            f.severity == "checkup" and f.rule != "family_history" and f.rule not in SIGN_RULES
            for f in findings
        ):
            checkups += 1
    return {
        "size": size,
        "seed": seed,
        "rules": list(RULE_IDS),
        "per_rule": dict(sorted(per_rule.items())),
        "doctor_or_emergency": alarms,
        "checkup_other": checkups,
    }


def _share(count: int, size: int) -> str:
    return f"{count} ({100 * count / size:.1f} %)"


def _cells(result: dict[str, Any] | None, rule: str) -> str:
    if result is None:
        return ""
    if rule not in result["rules"]:
        return "(no such rule)"
    found = {key.split(":")[1]: n for key, n in result["per_rule"].items() if key.split(":")[0] == rule}
    parts = [f"{severity} {_share(n, result['size'])}" for severity, n in found.items()]
    return ", ".join(parts) or "0"


def report(after: dict[str, Any], before: dict[str, Any] | None) -> str:
    """The figures as a plain table: one line per rule, then the targets."""
    size = after["size"]
    lines = [f"Population: {size} ordinary diaries, seed {after['seed']}, evaluated as of their last day", ""]
    rules = list(dict.fromkeys([*after["rules"], *(before["rules"] if before else [])]))
    width = max(len(rule) for rule in rules) + 2
    if before is not None:
        lines.append(f"{'rule':<{width}}{'before':<44}after")
    for rule in rules:
        if before is not None:
            lines.append(f"{rule:<{width}}{_cells(before, rule):<44}{_cells(after, rule)}")
        else:
            lines.append(f"{rule:<{width}}{_cells(after, rule)}")
    lines.append("")
    for name, key, target in (
        ("doctor or emergency finding", "doctor_or_emergency", "target 0"),
        ("checkup other than family_history or a sign", "checkup_other", "target <= 10 %"),
    ):
        was = f"before {_share(before[key], before['size'])}, " if before is not None else ""
        lines.append(f"{name}: {was}{_share(after[key], size)} ({target})")
    return "\n".join(lines) + "\n"


def met(result: dict[str, Any]) -> bool:
    """True when the figures meet guidance.md's calibration targets."""
    calm = result["checkup_other"] <= MAX_CHECKUP_SHARE * result["size"]
    return result["doctor_or_emergency"] == 0 and calm


def _before(directory: Path, size: int, seed: int) -> dict[str, Any]:
    """The figures of the ``desktop`` package in another folder, from a child process."""
    command = [sys.executable, __file__, "--code", str(directory), "--size", str(size), "--seed", str(seed)]
    done = subprocess.run([*command, "--json"], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, print the figures; 1 with ``--check`` when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=400, help="diaries in the population (default 400)")
    parser.add_argument("--seed", type=int, default=20261120, help="the population's seed")
    parser.add_argument("--code", type=Path, help="evaluate with the desktop package in this folder")
    parser.add_argument("--before", type=Path, help="also show the figures of the code in this folder")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    sys.path.insert(0, str((args.code or ROOT).resolve()))
    after = figures(args.size, args.seed)
    before = None if args.before is None else _before(args.before, args.size, args.seed)
    if args.json:
        print(json.dumps(after if before is None else {"before": before, "after": after}, indent=2))
    else:
        print(report(after, before), end="")
    return 1 if args.check and not met(after) else 0


if __name__ == "__main__":
    sys.exit(main())
