"""``python -m reader.eval``: the same as ``newsdiff eval``."""

from __future__ import annotations

import sys

from reader.eval import main

sys.exit(main())
