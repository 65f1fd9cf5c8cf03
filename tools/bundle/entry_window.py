"""The bundle's window program: started from a menu or a double click, with no console window."""

import sys

from desktop.app import main_without_console

if __name__ == "__main__":
    sys.exit(main_without_console())
