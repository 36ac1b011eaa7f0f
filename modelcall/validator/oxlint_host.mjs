// A long-lived host for oxlint's native linter, started by worker.js: one oxlint run per batch of files
// without a Node start-up and a 16 MB native module load per batch.
//
// stdin:  one JSON line per request: {"args": ["-c", "cfg.json", "--threads=1", "-f", "json", "a.js", ...]}
// stdout: what oxlint prints for that run (its JSON report, written by the native code), then END on a line.
import { createRequire } from 'module';
import { writeSync } from 'fs';
import { createInterface } from 'readline';
import { pathToFileURL } from 'url';

export const END = '\u0000oxlint-host-end\u0000';

const require = createRequire(import.meta.url);
// the package's own entry is the CLI (it lints process.argv and exits); its binding loader exports the run
const bindings = pathToFileURL(require.resolve('oxlint').replace(/index\.js$/, 'bindings.js')).href;
const { r: lint } = await import(bindings);

// JS plugins and JS configs are not used: the native side gets callbacks that refuse them; a workspace (the
// CLI sets up one, for JS plugins) needs nothing here
const refuse = () => { throw new Error('not supported by the modelcall oxlint host'); };
const refuseAsync = async () => refuse();
const noWorkspace = async () => undefined;
const noop = () => undefined;

const queue = [];
let busy = false;

async function drain() {
  if (busy) return;
  busy = true;
  while (queue.length) {
    const line = queue.shift();
    let status = 'ok';
    try {
      const req = JSON.parse(line);
      await lint(req.args, refuseAsync, refuse, refuse, noWorkspace, noop, refuseAsync);
    } catch (err) {
      status = 'error ' + String(err && err.message || err).replace(/\s+/g, ' ');
    }
    writeSync(1, '\n' + END + status + '\n');
  }
  busy = false;
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => { if (line.trim()) { queue.push(line); drain(); } });
rl.on('close', () => { const wait = () => (busy || queue.length ? setTimeout(wait, 5) : process.exit(0)); wait(); });
