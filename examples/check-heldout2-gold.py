#!/usr/bin/env python3
"""Checks examples/heldout2-gold.json against the files in examples/heldout2/.

The same checks as check-heldout-gold.py (which it loads and reuses), pointed at the second
held-out story.

Usage: python3 examples/check-heldout2-gold.py          (one line per problem, exit 1 if any)
       python3 examples/check-heldout2-gold.py --dump   (prints every article's visible text)
Standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location(
    "check_heldout_gold", os.path.join(HERE, "check-heldout-gold.py"))
heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout)
heldout.base.CORPUS = os.path.join(HERE, "heldout2")
heldout.base.GOLD = os.path.join(HERE, "heldout2-gold.json")

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, v in heldout.visible_texts().items():
            print(f"===== {k} ({len(v.split())} words)\n{v}\n")
        sys.exit(0)
    sys.exit(heldout.base.main())
