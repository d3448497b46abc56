// Prints the gzipped sizes of what the first paint loads: the entry script, the chunks
// index.html preloads, and the stylesheets it links. Fails past the budget.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";

const BUDGET_JS_KB = 200;
const dist = resolve(import.meta.dirname, "../../src/rill/static");
const indexPath = join(dist, "index.html");
if (!existsSync(indexPath)) {
  console.error("no build found: run `npm run build` first");
  process.exit(1);
}
const html = readFileSync(indexPath, "utf8");
const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const unique = [...new Set(refs)];
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
let js = 0;
let css = 0;
console.log("initial load (gzipped):");
for (const ref of unique) {
  const size = gzipSync(readFileSync(join(dist, ref)), { level: 9 }).length;
  if (ref.endsWith(".js")) js += size;
  else css += size;
  console.log(`${kb(size)} KB  ${ref}`);
}
console.log(`${kb(js)} KB  JavaScript total (budget ${BUDGET_JS_KB} KB)`);
console.log(`${kb(css)} KB  CSS total`);
if (js / 1024 > BUDGET_JS_KB) {
  console.error("initial JavaScript is over budget");
  process.exit(1);
}
