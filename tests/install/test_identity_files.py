"""The app's identity files are valid for the tools desktops use: .desktop, AppStream, icons."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop import identity, resources

ROOT = Path(__file__).resolve().parents[2]
IDENTITY = ROOT / "resources" / "identity"
ICONS = ROOT / "resources" / "icons"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"needs {name} (apt: {package})")
    return found


def test_the_desktop_file_is_valid() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [tool, str(IDENTITY / f"{identity.APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_the_desktop_file_names_the_icon_and_program() -> None:
    lines = dict(
        line.split("=", 1)
        for line in (IDENTITY / f"{identity.APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert lines["Icon"] == identity.APP_ID
    assert lines["Exec"] == identity.PROGRAM
    assert lines["StartupWMClass"] == identity.PROGRAM  # the window's WM_CLASS (ui/launch.py)
    assert lines["Terminal"] == "false"


def test_the_appstream_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(IDENTITY / f"{identity.APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail; the one info allowed is the <developer> tag older appstream predates.
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == []


def test_the_metainfo_agrees_with_the_app() -> None:
    root = ElementTree.parse(IDENTITY / f"{identity.APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == identity.APP_ID
    assert root.findtext("name") == identity.APP_NAME
    assert root.findtext("project_license") == identity.LICENCE
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{identity.APP_ID}.desktop"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", identity.ICON_PNG_SIZES)
def test_each_png_icon_has_the_size_its_name_says(size: int) -> None:
    assert _png_size(resources.read_bytes(*identity.icon_png(size))) == (size, size)


def test_the_svg_icon_is_square_svg() -> None:
    root = ElementTree.fromstring(resources.read_bytes(*identity.ICON_SVG))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(part) for part in root.attrib["viewBox"].split())
    assert width == height


def test_the_windows_icon_holds_the_sizes_windows_asks_for() -> None:
    data = (ICONS / "twitch-diary.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        sizes.add((width or 256, height or 256))  # 0 means 256 in an ICO directory
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_the_macos_icon_is_an_icns_file_of_its_own_length() -> None:
    data = (ICONS / "twitch-diary.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
