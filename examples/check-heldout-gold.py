#!/usr/bin/env python3
"""Checks examples/heldout-gold.json against the files in examples/heldout/.

The same checks as check-gold.py (which it loads and reuses), with two additions that the
held-out corpus needs: Atom feeds (".atom", or ".xml" whose root is an Atom <feed>), whose
entries are named by <id> and whose visible text is the <p> paragraphs of <content>; and the
top-level "nonConflicts" list, whose claims are checked like every other quoted text.

Usage: python3 examples/check-heldout-gold.py          (one line per problem, exit 1 if any)
       python3 examples/check-heldout-gold.py --dump   (prints every article's visible text)
Standard library only.
"""
import importlib.util
import json
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ATOM = "{http://www.w3.org/2005/Atom}"

_spec = importlib.util.spec_from_file_location("check_gold", os.path.join(HERE, "check-gold.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.CORPUS = os.path.join(HERE, "heldout")
base.GOLD = os.path.join(HERE, "heldout-gold.json")


def visible_texts():
    """Returns {article id: visible text} for every input file in the held-out corpus."""
    texts = {}
    for name in sorted(os.listdir(base.CORPUS)):
        path = os.path.join(base.CORPUS, name)
        stem, ext = os.path.splitext(name)
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if ext == ".txt":
            texts[stem] = raw
        elif ext == ".html":
            texts[stem] = base.paragraphs(raw, within_article=True)
        elif ext == ".jsonl":
            for line in raw.splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
        elif ext in (".xml", ".rss", ".atom"):
            root = ET.parse(path).getroot()
            if root.tag == ATOM + "feed":
                for entry in root.iter(ATOM + "entry"):
                    content = entry.find(ATOM + "content")
                    texts[entry.findtext(ATOM + "id")] = base.paragraphs(content.text, False)
            else:
                for item in root.iter("item"):
                    texts[item.findtext("guid")] = base.paragraphs(item.findtext(base.CONTENT), False)
        else:
            print(f"unexpected file {name}", file=sys.stderr)
    return texts


base.visible_texts = visible_texts

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, v in visible_texts().items():
            print(f"===== {k} ({len(v.split())} words)\n{v}\n")
        sys.exit(0)
    sys.exit(base.main())
