"""The bundle's console program: ``twitch-diary`` with every command, as the pip-installed script."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
