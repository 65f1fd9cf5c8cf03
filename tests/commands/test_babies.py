"""``twitch-diary babies`` as a user runs it: the table and the JSON of a diary's babies."""

from __future__ import annotations

import json

import pytest
from tests.commands.support import Cli


@pytest.mark.slow
def test_babies_in_a_new_diary(cli: Cli) -> None:
    result = cli.run("babies")
    assert result.returncode == 0, result.stderr
    assert "No babies" in result.stdout
    assert json.loads(cli.run("babies", "--json").stdout) == []
