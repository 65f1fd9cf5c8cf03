"""Run Twitch Diary with ``python -m desktop`` (the same program as ``twitch-diary``)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
