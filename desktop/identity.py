"""Who the app is to the desktop: its id, name, licence and the files that carry its identity."""

from __future__ import annotations

from typing import Final

from desktop import __version__

APP_ID: Final = "org.twitchdiary.TwitchDiary"  # reverse-DNS id: .desktop file, AppStream, icon name
APP_NAME: Final = "Twitch Diary"
PROGRAM: Final = "twitch-diary"
VERSION: Final = __version__
LICENCE: Final = "MIT"
LICENCE_NAME: Final = "MIT licence"

DESKTOP_FILE: Final = ("identity", f"{APP_ID}.desktop")
METAINFO_FILE: Final = ("identity", f"{APP_ID}.metainfo.xml")
ICON_SVG: Final = ("icons", "twitch-diary.svg")
# The PNG sizes rendered from the SVG (tools/make_icons.py), as resources/icons/twitch-diary-N.png.
ICON_PNG_SIZES: Final = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def icon_png(size: int) -> tuple[str, str]:
    """The resource parts of the icon rendered at ``size`` pixels."""
    return ("icons", f"twitch-diary-{size}.png")
