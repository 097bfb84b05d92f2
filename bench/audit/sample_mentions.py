#!/usr/bin/env python3
"""Prints a seeded random sample of a report's quantities or dates, each in its context, for
reading by hand (there is no public gold set for either; this is how their figures in the README
were taken).

    sample_mentions.py REPORT.json quantities|dates [--n 60] [--seed 20261121] [--dated-only]

--dated-only keeps dates of articles that have a publication date. The last line gives how many
mentions the report holds.
"""
import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("report")
    ap.add_argument("kind", choices=["quantities", "dates"])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--dated-only", action="store_true")
    args = ap.parse_args()
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    mentions = []
    for article in report.get("articles") or []:
        if args.kind == "dates" and args.dated_only and not article.get("published"):
            continue
        for mention in article.get(args.kind) or []:
            mentions.append((article, mention))
    rng = random.Random(args.seed)
    for i, (article, m) in enumerate(rng.sample(mentions, min(args.n, len(mentions)))):
        text, start, end = article["text"], m["start"], m["end"]
        context = (text[max(0, start - 70):start] + "[[" + text[start:end] + "]]"
                   + text[end:end + 50]).replace("\n", " ")
        if args.kind == "quantities":
            what = "%s %s %s" % (m.get("amount"), m.get("unit"), m.get("bound", ""))
        else:
            what = "%s (published %s)" % (m.get("value"), article.get("published"))
        print("%d | %s | %s" % (i, context, what))
    print("%s: %d in the report" % (args.kind, len(mentions)))


if __name__ == "__main__":
    main()
