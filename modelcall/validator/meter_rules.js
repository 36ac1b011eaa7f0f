'use strict';
// Whole-program checks of meters a game fills and drains over time (stamina, energy, fuel, a charge): a rate per
// second times update()'s delta, which counts milliseconds, that crosses the meter's whole range in one frame, and an
// amount per second (so named, or so commented) added on every frame times delta, a thousand times too fast, a ratio
// rounded to a whole number before it is made a percentage, and the span from first to last divided by every entry
// instead of the gaps between them, and a timer set in seconds (0.15) and run down by update()'s delta in milliseconds.
// Round 71: a meter taken from every frame with nothing holding it at 0.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf, memberPath } = require('./game_state');
const { RuleSet, escape } = require('./rule_set');

const FRAME_MS = 16.7;

class MeterRules extends RuleSet {
  run() {
    if (/Math\s*\.\s*(min|max)\s*\(|Clamp\s*\(/.test(this.code)) this.meterCrossedInOneFrame();
    if (/per\s*(second|sec)\b|\/\s*s(ec)?\b|PER_SEC|perSec/i.test(this.code)) this.perSecondTimesMilliseconds();
    if (/Math\s*\.\s*(round|floor|trunc)\s*\([^()]*\/[^()]*\)\s*\*\s*100\b/.test(this.code)) this.ratioRoundedBeforePercent();
    if (/\.length\s*-\s*1\s*\]\s*-\s*[\w.]+\[\s*0\s*\]/.test(this.code)) this.spanOverEveryEntry();
    if (/-=\s*delta\b/.test(this.code)) this.secondsTimerLessMilliseconds();
    if (/-=\s*[\w.]+\s*\*\s*(dt|delta|dtSec|seconds)\b/.test(this.code) && /Math\s*\.\s*min\s*\(\s*\d+/.test(this.code)) this.meterFallsPastZero();
    return this.found;
  }

  // const WORKER_RATE = 1; // coins per second, then update(time, delta) { this.coins += this.workers * WORKER_RATE *
  // delta }: delta counts milliseconds, so each second pays a thousand times the rate (delta / 1000)
  perSecondTimesMilliseconds() {
    for (const fn of this.facts.lifecycle('update')) {
      const d = fn.params[1];
      if (!d || d.type !== 'Identifier' || fn.body.type !== 'BlockStatement') continue;
      let hit = null;
      walk(fn.body, (n) => {
        if (hit || n.type !== 'AssignmentExpression' || n.operator !== '+=') return;
        const amount = this.text(n.right);
        if (!new RegExp(`(^|\\*\\s*)${d.name}\\s*(\\*|$)`).test(amount) || /\/|0\.0\d*1\b|1e-3/.test(amount)) return;
        for (const c of amount.split('*').map((t) => t.trim())) {
          if (!/^[A-Za-z_$][\w$]*$/.test(c) || c === d.name) continue;
          const decl = new RegExp(`\\b(?:const|let|var)\\s+${escape(c)}\\s*=\\s*[\\d.]+\\s*;([^\\n]*)`).exec(this.code);
          if (!decl) continue;
          const perSecond = /PER_?S(EC(OND)?)?$|perSec(ond)?$/i.test(c) || /per\s*(second|sec)\b|\/\s*s(ec)?\b/i.test(decl[1])
            || new RegExp(`\\$\\{[^}]*\\b${escape(c)}\\b[^}]*\\}\\s*\\/\\s*s(ec)?\\b`).test(this.code);
          if (perSecond) { hit = { n, c }; return; }
        }
      });
      if (!hit) continue;
      const line = lineOf(hit.n);
      this.add('wrong_argument', true, `${this.text(hit.n)} (line ${line}) adds ${hit.c}, an amount per second, times ${d.name}, which counts milliseconds: each second adds a thousand times the rate (${d.name} / 1000)`, line, `${d.name} / 1000`);
      return;
    }
  }

  // const dt = delta; this.stamina = Math.max(0, this.stamina - 25 * dt) beside Math.min(this.maxStamina, ... + 15 * dt)
  // with maxStamina 100: delta counts milliseconds, so one frame takes 25 x 16.7 = 417 off a meter that holds 100 at
  // most: it goes from full to empty in one frame (delta / 1000)
  meterCrossedInOneFrame() {
    for (const fn of this.facts.lifecycle('update')) {
      const d = fn.params[1];
      if (!d || d.type !== 'Identifier' || fn.body.type !== 'BlockStatement') continue;
      const deltas = new Set([d.name]);
      for (const st of fn.body.body) {
        if (st.type !== 'VariableDeclaration') continue;
        for (const v of st.declarations) if (v.id.type === 'Identifier' && v.init && v.init.type === 'Identifier' && deltas.has(v.init.name)) deltas.add(v.id.name);
      }
      // each meter's clamped steps: field -> { low, high, steps: [{ n, k }] }
      const meters = new Map();
      const stepOf = (e, field) => {
        if (!e || e.type !== 'BinaryExpression' || !['+', '-'].includes(e.operator) || memberPath(e.left) !== field) return null;
        const m = e.right;
        if (m.type !== 'BinaryExpression' || m.operator !== '*') return null;
        const k = m.left.type === 'Identifier' && deltas.has(m.left.name) ? m.right : m.right.type === 'Identifier' && deltas.has(m.right.name) ? m.left : null;
        const rate = k ? this.facts.numberOf(k) : null;
        return typeof rate === 'number' && rate > 0 ? { k: rate, text: this.text(k) } : null;
      };
      walk(fn.body, (n) => {
        if (n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'CallExpression') return;
        const field = memberPath(n.left);
        if (!field || !field.startsWith('this.')) return;
        const callee = memberPath(n.right.callee) || '';
        const args = n.right.arguments;
        let step = null; let low; let high;
        if (/^Math\.(min|max)$/.test(callee) && args.length === 2) {
          const i = stepOf(args[0], field) ? 0 : stepOf(args[1], field) ? 1 : -1;
          if (i < 0) return;
          step = stepOf(args[i], field);
          const bound = this.facts.numberOf(args[1 - i]);
          if (typeof bound !== 'number') return;
          if (callee === 'Math.max') low = bound; else high = bound;
        } else if (/(^|\.)Clamp$/.test(callee) && args.length === 3) {
          step = stepOf(args[0], field);
          low = this.facts.numberOf(args[1]);
          high = this.facts.numberOf(args[2]);
          if (typeof low !== 'number' || typeof high !== 'number') return;
        }
        if (!step) return;
        const m = meters.get(field) || { steps: [] };
        if (low !== undefined) m.low = low;
        if (high !== undefined) m.high = high;
        m.steps.push({ n, ...step });
        meters.set(field, m);
      });
      for (const [field, m] of meters) {
        if (m.low === undefined || m.high === undefined || m.high <= m.low) continue;
        const range = m.high - m.low;
        const step = m.steps.find((s) => s.k * FRAME_MS >= range);
        if (!step) continue;
        const per = Math.round(step.k * FRAME_MS * 10) / 10;
        this.add('wrong_argument', true, `${this.text(step.n).replace(/\s+/g, ' ').slice(0, 80)} (line ${lineOf(step.n)}): ${d.name} counts milliseconds, so one frame (16.7 ms) moves ${field} by ${step.text} x 16.7 = ${per}, more than its whole range (${m.low} to ${m.high}): it goes from one end to the other in a frame (${d.name} / 1000 * ${step.text} for ${step.text} a second)`, lineOf(step.n), `${d.name} / 1000 * ${step.text}`);
        return;
      }
    }
  }

  // const accuracy = Math.round(this.correct / this.keystrokes) * 100: the ratio is rounded before it is scaled, so
  // it is 0 or 1 and the percentage is 0 or 100 (Math.round(this.correct / this.keystrokes * 100))
  ratioRoundedBeforePercent() {
    for (const m of this.code.matchAll(/((?:const|let|var)\s+(\w+)\s*=|([\w.]+)\s*=|\$\{|\(\s*)\s*Math\s*\.\s*(round|floor|trunc)\s*\(\s*([\w.]+(?:\s*\([^()]*\))?)\s*\/\s*([\w.]+(?:\s*\([^()]*\))?)\s*\)\s*\*\s*100\b/g)) {
      const [, , local, field, fn, a, b] = m;
      // a number snapped to a whole step (Math.floor(x / 100) * 100) divides by a constant
      if (/^\d/.test(b) || /^[A-Z_][A-Z0-9_]*$/.test(b)) continue;
      const name = local || (field || '').split('.').pop() || '';
      const line = this.lineAt(m.index);
      const lineText = this.code.split('\n')[line - 1];
      if (!/acc|percent|pct|ratio|rate|progress|complete|share|hit|score/i.test(name) && !/%/.test(lineText)) continue;
      this.add('wrong_argument', true, `Math.${fn}(${a} / ${b}) * 100 (line ${line}) rounds the ratio to a whole number before making it a percentage: ${a} / ${b} is between 0 and 1, so it comes out 0 or 100 (Math.${fn}(${a} / ${b} * 100))`, line, `Math.${fn}(${a} / ${b} * 100)`);
      return;
    }
  }

  // const span = taps[taps.length - 1] - taps[0]; const average = span / taps.length: n taps have n - 1 gaps between
  // them, so the average gap comes out short and the tempo from it too fast (span / (taps.length - 1))
  spanOverEveryEntry() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([\w.]+)\s*\[\s*\2\s*\.\s*length\s*-\s*1\s*\]\s*-\s*\2\s*\[\s*0\s*\]\s*;/g)) {
      const [, span, list] = m;
      const after = this.code.slice(m.index + m[0].length);
      const split = new RegExp(`(?<![\\w.$])${span}\\s*\\/\\s*${escape(list)}\\s*\\.\\s*length\\b(?!\\s*-)`).exec(after);
      if (!split) continue;
      const line = this.lineAt(m.index + m[0].length + split.index);
      this.add('off_by_one', true, `${split[0]} (line ${line}) divides the span from the first to the last of ${list} by how many there are, but ${list}.length entries have ${list}.length - 1 gaps between them: the average gap comes out short (${span} / (${list}.length - 1))`, line, `${span} / (${list}.length - 1)`);
      return;
    }
  }

  // const COYOTE_TIME = 0.15; this.coyoteTimer = COYOTE_TIME on leaving the ground and this.coyoteTimer -= delta in
  // update(): delta counts milliseconds, so the 0.15 is gone in the first frame and the window never opens
  // (this.coyoteTimer -= delta / 1000, or COYOTE_TIME = 150)
  secondsTimerLessMilliseconds() {
    const update = this.facts.lifecycle('update').find((fn) => fn.params[1] && fn.params[1].type === 'Identifier' && fn.params[1].name === 'delta');
    if (!update) return;
    const body = this.text(update.body);
    for (const m of body.matchAll(/([\w.]+)\s*-=\s*delta\s*;/g)) {
      const timer = m[1];
      const esc = escape(timer);
      const set = new RegExp(`${esc}\\s*=\\s*([A-Z_][A-Z0-9_]*|\\d*\\.\\d+)\\s*;`).exec(this.code);
      if (!set) continue;
      let value = Number(set[1]);
      if (Number.isNaN(value)) {
        const c = new RegExp(`(?:const|let|var)\\s+${set[1]}\\s*=\\s*(\\d*\\.?\\d+)\\s*;`).exec(this.code);
        value = c ? Number(c[1]) : NaN;
      }
      if (!(value > 0 && value < 1)) continue;
      const line = this.lineAt(update.body.start + m.index);
      this.add('wrong_argument', true, `${timer} -= delta (line ${line}) runs down by update()'s delta, which counts milliseconds, but ${timer} is set to ${set[1]} (line ${this.lineAt(set.index)}), ${value} of a second: it is gone in the first frame, so the window it times never opens (${timer} -= delta / 1000)`, line, `${timer} -= delta / 1000`);
      return;
    }
  }

  // this.hunger = Math.min(100, this.hunger + 25) when fed, and this.hunger -= 4 * dt every frame with nothing keeping it
  // at 0: the meter runs on below 0, so after it empties a feed still leaves it empty (Math.max(0, …))
  meterFallsPastZero() {
    for (const m of this.code.matchAll(/this\s*\.\s*(\w+)\s*-=\s*[\w.]+\s*\*\s*(?:dt|delta|dtSec|seconds)\b[^;]*;/g)) {
      const field = m[1];
      const esc = `this\\s*\\.\\s*${field}\\b`;
      // capped at the top when it rises, so it is a bounded meter
      const top = new RegExp(`${esc}\\s*=\\s*Math\\s*\\.\\s*min\\s*\\(\\s*(\\d+)\\s*,\\s*${esc}\\s*\\+`).exec(this.code);
      if (!top) continue;
      // nothing holds it at 0: no max/Clamp written back, no test for 0 or below that resets it
      if (new RegExp(`${esc}\\s*=\\s*(Math\\s*\\.\\s*max|Phaser\\s*\\.\\s*Math\\s*\\.\\s*Clamp|Clamp)\\s*\\(|if\\s*\\(\\s*${esc}\\s*(<|<=)\\s*0[^)]*\\)\\s*\\{?\\s*${esc}\\s*=|${esc}\\s*(<|<=)\\s*0\\s*\\)\\s*${esc}\\s*=`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0].replace(/\s+/g, ' ')} (line ${line}) keeps taking from this.${field} with nothing holding it at 0, while a refill is capped at ${top[1]} (line ${this.lineAt(top.index)}): the value runs on below 0, so once it has emptied a refill still leaves it empty (this.${field} = Math.max(0, …))`, line, `Math.max(0, this.${field} - …)`);
      return;
    }
  }
}

function meterFindings(ast, code, facts) {
  return new MeterRules(ast, code, facts).run();
}

module.exports = { meterFindings };
