"""``twitch-diary restore`` as a user runs it: the diary's backups listed."""

from __future__ import annotations

import pytest
from tests.commands.support import Cli


@pytest.mark.slow
def test_restore_lists_backups(cli: Cli) -> None:
    cli.run("babies")
    result = cli.run("restore")
    assert result.returncode == 0, result.stderr
    assert str(cli.data_dir) in result.stdout
