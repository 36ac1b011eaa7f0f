'use strict';
// L1 lint through oxlint, a native linter from npm that has ESLint's rules (no-undef, no-eval, no-implied-eval,
// no-new-func, no-with, no-restricted-globals/-properties/-imports) with the same options: about 0.3 ms per
// program instead of ESLint's 5-7 ms. worker.js keeps ESLint for what oxlint cannot judge the same way:
// no-restricted-syntax (esquery selectors; two checks on the AST here), a file oxlint does not parse, and a
// program naming a global that oxlint knows built in and ESLint's ES2022 does not (found by a probe at start).
//
// Files are linted in batches through one long-lived host process (oxlint_host.mjs): a batch is written to a
// private temp folder, the host runs oxlint over it and prints the JSON report.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const END = '\u0000oxlint-host-end\u0000';
const HOST = path.join(__dirname, 'oxlint_host.mjs');
const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/g;

function oxlintInstalled() {
  try {
    require.resolve('oxlint');
    return true;
  } catch (err) {
    return false;
  }
}

// Comments become spaces (line breaks kept, so every position stays): oxlint reads `eslint-disable`,
// `oxlint-disable` and `global` directives, and a program must not switch off the rules that judge it
// (worker.js runs ESLint with allowInlineConfig off for the same reason).
function withoutComments(code, comments) {
  if (!comments.length) return code;
  let out = '';
  let at = 0;
  for (const c of comments) {
    out += code.slice(at, c.start) + code.slice(c.start, c.end).replace(/[^\r\n\u2028\u2029]/g, ' ');
    at = c.end;
  }
  return out + code.slice(at);
}

// oxlint reports UTF-8 byte offsets; ESLint's lines and columns count UTF-16 units and every JS line break
function position(code, bytes, offset) {
  const index = bytes.toString('utf8', 0, offset).length;
  let line = 1;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(code); m && m.index < index; m = LINE_BREAK.exec(code)) {
    line += 1;
    lineStart = m.index + m[0].length;
  }
  return { line, column: index - lineStart + 1 };
}

class OxlintLinter {
  // rules: ESLint rule settings ('error' or ['error', ...options]); globals: name -> readonly/writable
  constructor(rules, globals) {
    this.rules = rules;
    this.globals = globals;
    this.dir = null;
    this.proc = null;
    this.pending = null;
    this.buffer = '';
    this.batch = 0;
    this.builtinOnlyHere = new Set(); // globals oxlint knows built in that the ESLint setup does not declare
  }

  start() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcall-oxlint-'));
    this.config = path.join(this.dir, 'oxlintrc.json');
    const config = { plugins: [], categories: { correctness: 'off' }, env: { builtin: true }, globals: this.globals, rules: this.rules };
    fs.writeFileSync(this.config, JSON.stringify(config));
    process.on('exit', () => this.close());
  }

  host() {
    if (this.proc) return this.proc;
    const proc = spawn(process.execPath, [HOST], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.proc = proc;
    this.buffer = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk) => {
      this.buffer += chunk;
      const end = this.buffer.indexOf(END);
      if (end < 0) return;
      const stop = this.buffer.indexOf('\n', end);
      if (stop < 0) return;
      const report = this.buffer.slice(0, end);
      const status = this.buffer.slice(end + END.length, stop);
      this.buffer = this.buffer.slice(stop + 1);
      const pending = this.pending;
      this.pending = null;
      if (pending) pending(status === 'ok' ? null : new Error('oxlint: ' + status), report);
    });
    proc.on('exit', (code, signal) => {
      if (this.proc === proc) this.proc = null;
      const pending = this.pending;
      this.pending = null;
      if (pending) pending(new Error(`oxlint host exited (${signal || code})`), '');
    });
    proc.stdin.on('error', () => {}); // a dead host is reported by 'exit'
    return proc;
  }

  run(files) {
    if (!files.length) return Promise.reject(new Error('no files to lint')); // oxlint would lint the current folder
    const args = ['-c', this.config, '--disable-nested-config', '--threads=1', '-f', 'json', ...files];
    return new Promise((resolve, reject) => {
      this.pending = (err, report) => (err ? reject(err) : resolve(report));
      this.host().stdin.write(JSON.stringify({ args }) + '\n');
    });
  }

  // Names oxlint accepts as built in beyond the declared globals (ES2023+ built-ins such as Iterator): a
  // program naming one goes to ESLint, which reports it as ESLint's ES2022 setup always did.
  async probe(candidates) {
    const names = candidates.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !Object.prototype.hasOwnProperty.call(this.globals, n));
    if (!names.length) return;
    const file = path.join(this.dir, 'probe.js');
    fs.writeFileSync(file, names.map((n) => n + ';').join('\n') + '\n');
    const report = JSON.parse(await this.run([file]));
    const reported = new Set();
    for (const d of report.diagnostics) {
      const m = /^'([^']+)' is not defined/.exec(d.message);
      if (m) reported.add(m[1]);
    }
    this.builtinOnlyHere = new Set(names.filter((n) => !reported.has(n)));
    if (this.builtinOnlyHere.size) this.builtinWords = new RegExp('(^|[^\\w$])(' + [...this.builtinOnlyHere].join('|') + ')(?![\\w$])');
  }

  namesBuiltinOnlyHere(code) {
    return !!this.builtinWords && this.builtinWords.test(code);
  }

  // items: [{code, sourceType, comments}] -> per item ESLint-shaped messages, or null where oxlint could not
  // parse the file (the caller lints that one with ESLint)
  async lintBatch(items) {
    this.batch += 1;
    const files = items.map((it, i) => path.join(this.dir, `b${this.batch % 2}-${i}.${it.sourceType === 'module' ? 'mjs' : 'js'}`));
    const texts = items.map((it) => withoutComments(it.code, it.comments || []));
    files.forEach((f, i) => fs.writeFileSync(f, texts[i]));
    let report;
    try {
      report = JSON.parse(await this.run(files));
    } finally {
      for (const f of files) fs.rmSync(f, { force: true });
    }
    const index = new Map(files.map((f, i) => [f, i]));
    const out = items.map(() => []);
    const bytes = new Map();
    for (const d of report.diagnostics) {
      const i = index.get(d.filename);
      if (i === undefined || out[i] === null) continue;
      const rule = /^eslint\(([\w-]+)\)$/.exec(d.code || '');
      if (!rule || !this.rules[rule[1]]) { out[i] = null; continue; } // a parse error or a diagnostic we did not ask for
      if (d.severity !== 'error') continue;
      const span = d.labels && d.labels[0] && d.labels[0].span;
      let at = { line: null, column: 0 };
      if (span) {
        if (!bytes.has(i)) bytes.set(i, Buffer.from(texts[i], 'utf8'));
        at = position(texts[i], bytes.get(i), span.offset);
      }
      // a restricted property's configured message comes as the help text (ESLint appends it to the message)
      const message = rule[1] === 'no-restricted-properties' && d.help ? `${d.message} ${d.help}` : d.message;
      out[i].push({ ruleId: rule[1], severity: 2, message, line: at.line, column: at.column });
    }
    return out;
  }

  close() {
    const proc = this.proc;
    this.proc = null;
    if (proc) {
      try { proc.stdin.end(); } catch (err) { /* already gone */ }
      proc.kill();
    }
    if (this.dir) {
      fs.rmSync(this.dir, { recursive: true, force: true });
      this.dir = null;
    }
  }
}

module.exports = { OxlintLinter, oxlintInstalled, withoutComments };
