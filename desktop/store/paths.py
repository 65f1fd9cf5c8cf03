"""Where the diary lives: the platform's per-user data location, overridable by env or flag."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final

APP_DIR_NAME: Final = "twitch-diary"
DEMO_DIR_NAME: Final = "twitch-diary-demo"
DATA_DIR_ENV: Final = "TWITCH_DIARY_DATA_DIR"


def platform_data_root() -> Path:
    """The per-user application data folder, as QStandardPaths.AppDataLocation's parent would say."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def resolve_data_dir(flag: str | None, environ: dict[str, str] | None = None) -> Path:
    """The data directory: ``--data-dir`` over ``TWITCH_DIARY_DATA_DIR`` over the platform default."""
    env = os.environ if environ is None else environ
    if flag:
        return Path(flag).expanduser()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser()
    return platform_data_root() / APP_DIR_NAME


def default_demo_dir() -> Path:
    """The demo diary's own folder, beside (never inside) the user's diary."""
    return platform_data_root() / DEMO_DIR_NAME
