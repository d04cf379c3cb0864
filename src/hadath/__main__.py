"""`python -m hadath …` runs the command line, as the `hadath` script does."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
