// The ikoe server under test: demo data, a fresh SQLite database in a temporary
// directory, a free port; stopped (and the directory removed) at the end.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from './results.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = process.env.IKOE_BIN ? resolve(process.env.IKOE_BIN) : resolve(HERE, '../../target/debug/ikoe');

function freePort() {
  return new Promise((ok, err) => {
    const s = createServer();
    s.unref();
    s.on('error', err);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

// Starts the server; resolves to its base URL, the demo login and stop().
export async function startServer() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ikoe-e2e-'));
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(BIN, [], {
    cwd: dir,
    env: {
      ...process.env,
      IKOE_LISTEN: `127.0.0.1:${port}`,
      IKOE_PUBLIC_URL: base,
      IKOE_DEMO: 'true',
      RUST_LOG: process.env.RUST_LOG || 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const login = await new Promise((ok, err) => {
    let out = '';
    let listening = false;
    const timer = setTimeout(() => err(new Error(`server did not start in 60 s\n${out}\n${stderr}`)), 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      err(new Error(`cannot start ${BIN}: ${e.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      err(new Error(`server exited with ${code}\n${out}\n${stderr}`));
    });
    child.stdout.on('data', (d) => {
      out += d;
      if (/ikoe listens on /.test(out)) listening = true;
      const m = out.match(/Demo login: (\S+) \/ (\S+)/);
      if (listening && m) {
        clearTimeout(timer);
        // the demo data's participation link (a staff member's page, no account)
        const link = out.match(/Demo participation link[^:]*: \S*?(\/mitmachen\/[A-Za-z0-9_-]+)/);
        // the demo self-assessment's rater link (a running wave, no account)
        const rate = out.match(/Demo self-assessment link[^:]*: \S*?(\/bewertung\/[A-Za-z0-9_-]+)/);
        ok({ email: m[1], password: m[2], participate: link ? link[1] : null, rate: rate ? rate[1] : null });
      }
    });
  });
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) {
      fail(`server exited during the run (code ${code}, signal ${signal}); stderr tail:\n${stderr.slice(-1500)}`);
    }
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, login, stop };
}
