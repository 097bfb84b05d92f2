// Readability.js peer for ExtractionBench: parses each page with jsdom and extracts it with
// @mozilla/readability, first for a warm-up period, then for a measured period; prints pages/s.
// Usage: node bench.mjs FOLDER [SECONDS]
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const folder = process.argv[2];
const seconds = Number(process.argv[3] ?? 10);
const pages = readdirSync(folder)
  .filter((f) => f.endsWith(".html") || f.endsWith(".html.gz"))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(folder, f));
    return (f.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  });
const quiet = new VirtualConsole();

function extract(html) {
  const dom = new JSDOM(html, { url: "https://example.org/", virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article ? article.textContent.length : 0;
}

function run() {
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  let count = 0;
  while (process.hrtime.bigint() < deadline) {
    extract(pages[count % pages.length]);
    count++;
  }
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

run(); // warm-up
console.log(run().toFixed(1));
