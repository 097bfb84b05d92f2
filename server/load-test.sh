#!/usr/bin/env bash
# Load test of `triangulate serve`: builds a store of N articles (default 10,000) made by varying
# the fictional example corpus (every proper noun, long word and number replaced per variant, so each
# variant is its own pair of stories; texts cut to their first 4 paragraphs), serves it on 127.0.0.1 and measures the story list and one
# story page with wrk (apt-get install -y wrk). Prints requests/s and p99 latency.
#
#   server/load-test.sh [ARTICLES] [DURATION]      e.g. server/load-test.sh 10000 20s
#
# Reuses the store in $TRIANGULATE_LOAD_DIR (default /tmp/triangulate-load) when it already holds
# the articles, since ingesting 10,000 articles with the full pipeline takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
duration=${2:-20s}
work=${TRIANGULATE_LOAD_DIR:-/tmp/triangulate-load}
port=${TRIANGULATE_LOAD_PORT:-8931}
java="$(bash bin/find-jdk)/bin/java"
jar=cli/target/triangulate.jar
command -v wrk > /dev/null || { echo "load-test: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
[ -f "$jar" ] || ./mvnw -q -DskipTests package
mkdir -p "$work"

if [ ! -f "$work/data/ingested-$articles" ]; then
  rm -rf "$work/data" "$work/input"
  mkdir -p "$work/input"
  "$java" -jar "$jar" extract --format jsonl --out "$work/examples.jsonl" examples/corpus
  python3 - "$work/examples.jsonl" "$work/input" "$articles" <<'PY'
import hashlib, json, re, sys
source, out, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
paragraphs = 4
base = [json.loads(line) for line in open(source, encoding="utf-8")]
keep = set("""The A An It He She They But And In On At By For Its This That We I Mr Mrs Ms Dr
If As Of To Our Their His Her When While After Before Work Construction Police Council Thursday
Friday Monday Tuesday Wednesday Saturday Sunday March June""".split())
syll = ["ka", "lo", "mer", "tan", "vi", "dro", "sel", "bu", "rin", "ost", "pa", "quel", "zor", "ni"]
def pseudo(word, k):
    h = int(hashlib.sha256(f"{word}/{k}".encode()).hexdigest(), 16)
    name = "".join(syll[(h >> (4 * i)) % len(syll)] for i in range(3))
    return name.capitalize()
def vary(text, k):
    if text is None:
        return None
    # Corroboration cost grows with the square of a story's sentences; the first paragraphs
    # (which hold the conflict) keep a 10,000-article ingest to minutes.
    text = "\n\n".join(text.split("\n\n")[:paragraphs])
    text = re.sub(r"\b[A-Z][a-z]{2,}\b", lambda m: m.group(0) if m.group(0) in keep else pseudo(m.group(0), k), text)
    # Long common words too, the same way within a variant, so variants read as different events.
    text = re.sub(r"\b[a-z]{6,}\b", lambda m: pseudo(m.group(0), k).lower(), text)
    return re.sub(r"\b\d+\b", lambda m: str(int(m.group(0)) + k % 7), text)
n, k = 0, 0
while n < wanted:
    with open(f"{out}/v{k:05d}.jsonl", "w", encoding="utf-8") as f:
        for a in base:
            if n >= wanted:
                break
            day = 1 + k % 28
            f.write(json.dumps({"id": f"v{k}-{a['id']}", "outlet": vary(a.get("outlet"), k),
                "title": vary(a.get("title"), k), "published": f"2026-{1 + (k // 28) % 12:02d}-{day:02d}",
                "text": vary(a["text"], k)}) + "\n")
            n += 1
    k += 1
print(f"generated {n} articles in {k} variants", file=sys.stderr)
PY
  start=$(date +%s)
  "$java" -jar "$jar" ingest --data "$work/data" --batch 8 "$work/input" > /dev/null
  echo "ingested $articles articles in $(( $(date +%s) - start )) s"
  touch "$work/data/ingested-$articles"
fi

"$java" -Xmx2g -jar "$jar" serve --data "$work/data" --port "$port" 2> "$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/stories?limit=1" > /dev/null 2>&1 && break
  sleep 1
done
cat "$work/serve.log"
story=$(curl -sf "http://127.0.0.1:$port/api/stories?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')

measure() {
  local name=$1 url=$2
  curl -sf "$url" > /dev/null   # warm the page cache once
  local report
  report=$(wrk --latency -d "$duration" -c 16 -t 2 "$url")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$report")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$report")
  printf '%-12s %10s req/s   p99 %s\n' "$name" "$rps" "$p99"
}
echo "== wrk -d $duration -c 16 -t 2 on 127.0.0.1 ($articles articles)"
measure "story list" "http://127.0.0.1:$port/"
measure "story $story" "http://127.0.0.1:$port/stories/$story"
