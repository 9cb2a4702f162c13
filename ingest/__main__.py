"""`python -m ingest ...` -> the operators' command line (ingest.cli)."""

import sys

from ingest.cli import main

sys.exit(main())
