"""`python -m bench` -> runs bench/run.py (timings, memory, scale) and writes bench/results.json."""

import sys

from bench.run import main

sys.exit(main())
