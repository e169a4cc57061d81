// Counting checks, the axe report and the output folder out/.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

// Every page's axe result (violations and "needs review"), written to out/axe-report.json.
export const axeReport = [];

let passed = 0;
let failed = 0;

export function pass() {
  passed += 1;
}

export function fail(msg) {
  failed += 1;
  console.log(`FAIL ${msg}`);
}

export function check(ok, msg) {
  if (ok) pass();
  else fail(msg);
  return ok;
}

// Runs a step; an exception counts as one failure and the run goes on.
export async function step(label, fn) {
  try {
    return await fn();
  } catch (e) {
    fail(`${label}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
    return undefined;
  }
}

// A text on one line, cut to `n` characters (for failure messages).
export function short(s, n = 160) {
  s = String(s).replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function writeAxeReport() {
  writeFileSync(join(OUT, 'axe-report.json'), `${JSON.stringify(axeReport, null, 2)}\n`);
}

// The last line of the run, and whether anything failed.
export const summary = () => `${passed} passed, ${failed} failed`;
export const anyFailed = () => failed > 0;
