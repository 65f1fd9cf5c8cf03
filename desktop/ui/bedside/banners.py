"""The bedside's banners: its own red "get help now" and the guidance findings, one red at a time."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop import resources
from desktop.ui.bedside.banner import Banner

TEXT: Final = ("text", "bedside", "get_help_now.json")


class BedsideBanners(QWidget):
    """The bedside's two banners, stacked: "get help now" first, then the guidance findings.

    ``help_banner`` says what to do at once after an emergency sign or a 5-minute episode;
    ``findings_banner`` shows guidance findings (filled by ``desktop.ui.bedside.alerts``).
    Two red boxes would compete for a frightened parent's eyes: an urgent finding that arrives
    while "get help now" shows waits, and appears once that one is acknowledged.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bedside_banners")
        self._text = resources.read_localized_json(*TEXT)
        self.help_banner = Banner(self, str(self._text["button"]))
        self.help_banner.setObjectName("help_banner")
        self.findings_banner = Banner(self)
        self.findings_banner.setObjectName("findings_banner")
        self._finding_waits = False
        self.findings_banner.shown.connect(self._on_findings_banner_shown)
        self.findings_banner.withdrawn.connect(self._on_findings_banner_withdrawn)
        self.help_banner.acknowledged.connect(self._on_help_banner_acknowledged)
        self.help_banner.withdrawn.connect(self._on_help_banner_acknowledged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.help_banner)
        layout.addWidget(self.findings_banner)

    def show_get_help(self, key: str, long_episode: bool = False) -> None:
        """Show "get help now" with what to do and its sources (wording from resources)."""
        title = self._text["long_episode_title"] if long_episode else self._text["title"]
        body = f"{self._text['body']}\n\n*{self._text['source']}*"
        self.help_banner.show_message(key, "emergency", str(title), body)

    @Slot(str)
    def _on_findings_banner_shown(self, _key: str) -> None:
        waits = self.help_banner.isVisibleTo(self) and self.findings_banner.severity == "emergency"
        self._finding_waits = waits
        if waits:
            self.findings_banner.hide()

    @Slot(str)
    def _on_findings_banner_withdrawn(self, _key: str) -> None:
        self._finding_waits = False  # nothing waits any more: the finding went with an undo

    @Slot(str)
    def _on_help_banner_acknowledged(self, _key: str) -> None:
        if self._finding_waits:
            self._finding_waits = False
            self.findings_banner.show()
