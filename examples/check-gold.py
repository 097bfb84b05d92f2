#!/usr/bin/env python3
"""Checks examples/corpus-gold.json against the files in examples/corpus/.

Every "text" (and "context") the gold file quotes must occur verbatim in the visible text of
the article it names: the whole file for .txt, the <p> paragraphs inside <article> for .html,
the "text" field for .jsonl, the <p> paragraphs of <content:encoded> for RSS items. Paragraphs
are joined with one blank line, as in the report's article text. Standard library only.

Usage: python3 examples/check-gold.py   (prints one line per problem, exits 1 if any)
"""
import json
import os
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "corpus-gold.json")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


class Paragraphs(HTMLParser):
    """Collects the text of <p> elements, only inside <article> when within_article is set."""

    def __init__(self, within_article):
        super().__init__(convert_charrefs=True)
        self.within_article = within_article
        self.article_depth = 0
        self.in_p = False
        self.buf = []
        self.paras = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.article_depth += 1
        elif tag == "p" and (self.article_depth or not self.within_article):
            self.in_p, self.buf = True, []

    def handle_endtag(self, tag):
        if tag == "article":
            self.article_depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(" ".join("".join(self.buf).split()))

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)


def paragraphs(html, within_article):
    parser = Paragraphs(within_article)
    parser.feed(html)
    parser.close()
    return "\n\n".join(p for p in parser.paras if p)


def visible_texts():
    """Returns {article id: visible text} for every input file in the corpus."""
    texts = {}
    for name in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, name)
        stem, ext = os.path.splitext(name)
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if ext == ".txt":
            texts[stem] = raw
        elif ext == ".html":
            texts[stem] = paragraphs(raw, within_article=True)
        elif ext == ".jsonl":
            for line in raw.splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
        elif ext == ".xml":
            for item in ET.parse(path).getroot().iter("item"):
                texts[item.findtext("guid")] = paragraphs(item.findtext(CONTENT), False)
        else:
            print(f"unexpected file {name}", file=sys.stderr)
    return texts


def walk(node, where, found):
    """Yields (where, article id, field, value) for every quoted text in the gold."""
    if isinstance(node, dict):
        if "article" in node:
            fields = ["context", "speakerText"] + (["text"] if "parts" not in node else [])
            for part in node.get("parts", []):
                found.append((where, node["article"], "part", part))
            if "parts" in node and node["text"] != " ".join(node["parts"]):
                found.append((where, None, "parts", node["text"]))
            for field in fields:
                if isinstance(node.get(field), str):
                    found.append((where, node["article"], field, node[field]))
            if isinstance(node.get("text"), str) and isinstance(node.get("context"), str):
                if node["text"] not in node["context"]:
                    found.append((where, None, "context", node["text"]))
        for key, value in node.items():
            walk(value, f"{where}.{key}", found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk(value, f"{where}[{i}]", found)


def main():
    texts = visible_texts()
    with open(GOLD, encoding="utf-8") as f:
        gold = json.load(f)
    problems = []
    ids = {a["id"] for a in gold["articles"]}
    if ids != set(texts):
        problems.append(f"article ids differ: gold only {sorted(ids - set(texts))}, "
                        f"corpus only {sorted(set(texts) - ids)}")
    for story in gold["stories"]:
        for a in story["articles"]:
            if a not in ids:
                problems.append(f"story {story['id']} names unknown article {a}")
    found = []
    walk(gold, "gold", found)
    for where, article, field, value in found:
        if article is None and field == "parts":
            problems.append(f"{where}: text is not its parts joined by a space: {value!r}")
        elif article is None:
            problems.append(f"{where}: text {value!r} is not inside its context")
        elif article not in texts:
            problems.append(f"{where}: unknown article {article}")
        elif value not in texts[article]:
            problems.append(f"{where}: {field} not found in {article}: {value!r}")
    for a in gold["articles"]:
        text = texts.get(a["id"], "")
        with open(os.path.join(HERE, a["file"]), encoding="utf-8") as f:
            raw = f.read()
        if a["title"] not in raw:
            problems.append(f"article {a['id']}: title not in file: {a['title']!r}")
        for field in ("bodyFirst", "bodyLast"):
            if a[field] not in text:
                problems.append(f"article {a['id']}: {field} not found: {a[field]!r}")
        for block in a.get("boilerplate", []) + [a.get("standfirst", "")]:
            if block not in text:
                problems.append(f"article {a['id']}: boilerplate not found: {block!r}")
    for x in gold["dates"]:
        n = texts.get(x["article"], "").count(x["context"])
        if n != 1:
            problems.append(f"date context {x['context']!r} occurs {n} times in {x['article']}")
    for p in problems:
        print(p)
    print(f"{len(found)} quoted texts checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, v in visible_texts().items():
            print(f"===== {k} ({len(v.split())} words)\n{v}\n")
        sys.exit(0)
    sys.exit(main())
