"""Opening an episode's video (a file on this computer or a link) in the system's own player.

The diary keeps only where the clip is: the file may since have been moved or deleted, or the
link may point to a phone's cloud. Before handing a file to the player the app checks that it is
still there, and says so plainly when it is not; the episode itself is never touched.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.ui.translation import translate

LINK_SCHEMES = frozenset({"http", "https"})


def video_name(video: str) -> str:
    """The clip's file name, from a path or a link."""
    if "://" in video:
        return PurePosixPath(urlsplit(video).path).name or video
    return PureWindowsPath(video).name if "\\" in video else PurePosixPath(video).name


def local_path(video: str) -> Path | None:
    """The file a video names on this computer (a path or a ``file://`` link); None for a web link."""
    parts = urlsplit(video)
    if parts.scheme.lower() in LINK_SCHEMES:
        return None
    if parts.scheme.lower() == "file":
        return Path(QUrl(video).toLocalFile())
    return Path(video).expanduser()


def problem(video: str) -> str | None:
    """Why the video cannot be opened, or None when it can be handed to the player."""
    if not video.strip():
        return translate("VideoOpener", "No video is attached to this episode.")
    path = local_path(video.strip())
    if path is not None and not path.is_file():
        return (
            translate(
                "VideoOpener",
                "The video “{name}” is no longer at {folder}: it may have been moved, renamed or deleted.",
            )
            + " "
            + translate(
                "VideoOpener",
                "The episode is kept; choose the file again in the episode's editor to attach it anew.",
            )
        ).format(name=video_name(video), folder=path.parent)
    return None


class VideoOpener:
    """Hands a video to the system player; tests replace ``hand_over`` and ``tell`` (pytest-qt note)."""

    @classmethod
    def hand_over(cls, url: QUrl) -> bool:
        """Ask the desktop to open the URL with the user's own player; False when nothing could."""
        return QDesktopServices.openUrl(url)

    @classmethod
    def tell(cls, parent: QWidget | None, text: str) -> None:
        """Say why the video did not open."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, translate("VideoOpener", "Video not opened"), text)


def open_video(parent: QWidget | None, video: str) -> bool:
    """Open an episode's video in the system player; True when it was handed over, else says why."""
    why = problem(video)
    if why is None:
        path = local_path(video.strip())
        url = QUrl(video.strip()) if path is None else QUrl.fromLocalFile(str(path))
        if VideoOpener.hand_over(url):
            return True
        why = translate(
            "VideoOpener",
            "No program on this computer would open “{name}”. Install a video player, then try again.",
        )
        why = why.format(name=video_name(video))
    VideoOpener.tell(parent, why)
    return False
