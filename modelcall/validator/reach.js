'use strict';
// Reach (L3 planning): how much game time a program schedules, read from its code, so the browser run lasts long
// enough to reach it: time.delayedCall(ms), time.addEvent({delay, repeat, loop, startAt}), setTimeout/setInterval,
// tweens (delay + (duration + hold) x yoyo + repeats, per-property configs too). Only values the source fixes count
// (number literals, arithmetic on them, a `const` holding one); a callback scheduled inside another one adds its
// parent's time. The browser side caps the total at runtime.max_game_time_s.

const TWEEN_METHODS = new Set(['add', 'chain', 'addCounter', 'tween']);
const TIMER_LIMIT_MS = 10 * 60 * 1000; // anything longer is a "never" (a 10 minute timer) and is not chased

class Schedule {
  constructor(contracts) {
    this.contracts = contracts; // for `const NAME = <init>` lookups
    this.items = [];
    this.maxMs = 0;
  }

  // a number the source fixes, or null
  num(node, depth = 0) {
    if (!node || depth > 4) return null;
    if (node.type === 'Literal' && typeof node.value === 'number') return node.value;
    if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) {
      const v = this.num(node.argument, depth + 1);
      return v === null ? null : (node.operator === '-' ? -v : v);
    }
    if (node.type === 'BinaryExpression' && ['+', '-', '*', '/'].includes(node.operator)) {
      const a = this.num(node.left, depth + 1);
      const b = this.num(node.right, depth + 1);
      if (a === null || b === null) return null;
      return node.operator === '+' ? a + b : node.operator === '-' ? a - b : node.operator === '*' ? a * b : (b ? a / b : null);
    }
    if (node.type === 'Identifier') {
      const init = this.contracts.constInit(node.name);
      return init ? this.num(init, depth + 1) : null;
    }
    return null;
  }

  prop(obj, key) {
    if (!obj || obj.type !== 'ObjectExpression') return undefined;
    const p = obj.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === key);
    return p ? p.value : undefined;
  }

  propNum(obj, key, dflt) {
    const v = this.prop(obj, key);
    if (v === undefined) return dflt;
    if (v.type === 'Literal' && typeof v.value === 'boolean') return v.value ? 1 : 0;
    return this.num(v);
  }

  objectArg(node) {
    if (!node) return null;
    if (node.type === 'ObjectExpression') return node;
    if (node.type === 'Identifier') { const init = this.contracts.constInit(node.name); return init && init.type === 'ObjectExpression' ? init : null; }
    return null;
  }

  // the game time (ms) a call schedules something at, 0 when it schedules nothing the source fixes
  callTime(n) {
    const callee = n.callee;
    let name = null;
    let owner = null;
    if (callee.type === 'Identifier') name = callee.name;
    else if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      name = callee.property.name;
      const o = callee.object;
      owner = o.type === 'MemberExpression' && !o.computed && o.property.type === 'Identifier' ? o.property.name : (o.type === 'Identifier' ? o.name : null);
    }
    const args = n.arguments;
    let ms = null;
    if (name === 'delayedCall') ms = this.num(args[0]);
    else if ((name === 'setTimeout' || name === 'setInterval') && (callee.type === 'Identifier' || owner === 'window' || owner === 'globalThis')) {
      const d = this.num(args[1]);
      ms = d === null ? (args[1] ? null : 0) : (name === 'setInterval' ? 2 * d : d);
    } else if (name === 'addEvent') ms = this.timerEvent(this.objectArg(args[0]));
    else if (TWEEN_METHODS.has(name) && (owner === 'tweens' || (name === 'tween' && owner === 'add'))) ms = this.tween(this.objectArg(args[0]));
    if (ms === null || !(ms > 0) || ms > TIMER_LIMIT_MS) return 0;
    return ms;
  }

  timerEvent(cfg) {
    if (!cfg) return null;
    const delay = this.propNum(cfg, 'delay', 0);
    if (delay === null) return null;
    const startAt = this.propNum(cfg, 'startAt', 0) || 0;
    const loop = this.propNum(cfg, 'loop', 0);
    const repeat = this.propNum(cfg, 'repeat', 0);
    // a looping or endless timer: two ticks show what each tick does
    const ticks = loop || repeat === -1 ? 2 : (repeat === null ? 1 : Math.max(0, repeat) + 1);
    return Math.max(0, delay * ticks - startAt);
  }

  tween(cfg) {
    if (!cfg) return null;
    const tweens = this.prop(cfg, 'tweens');
    if (tweens && tweens.type === 'ArrayExpression') {
      // a chain: one after the other
      let total = 0;
      for (const t of tweens.elements) { const v = this.tween(this.objectArg(t)); if (v) total += v; }
      return total + (this.propNum(cfg, 'delay', 0) || 0);
    }
    let longest = this.tweenCycle(cfg, { duration: 1000, delay: 0, hold: 0, yoyo: 0, repeat: 0, repeatDelay: 0 });
    // per-property configs ({x: {value, duration, delay}}, props: {...}) run on their own clocks
    const base = { duration: this.propNum(cfg, 'duration', 1000), delay: this.propNum(cfg, 'delay', 0), hold: 0, yoyo: 0, repeat: 0, repeatDelay: 0 };
    const props = this.prop(cfg, 'props');
    const holders = [cfg].concat(props && props.type === 'ObjectExpression' ? [props] : []);
    for (const h of holders) {
      for (const p of h.properties) {
        if (p.type === 'Property' && p.value && p.value.type === 'ObjectExpression' && this.prop(p.value, 'value') !== undefined) {
          const v = this.tweenCycle(p.value, base);
          if (v !== null && (longest === null || v > longest)) longest = v;
        }
      }
    }
    return longest;
  }

  tweenCycle(cfg, dflt) {
    const read = (k) => { const v = this.propNum(cfg, k, dflt[k]); return v === null ? dflt[k] : v; };
    const duration = read('duration');
    if (duration === null) return null;
    const delay = read('delay') || 0;
    const hold = read('hold') || 0;
    const yoyo = read('yoyo') ? 2 : 1;
    const repeat = read('repeat');
    const loop = this.propNum(cfg, 'loop', 0);
    const repeatDelay = read('repeatDelay') || 0;
    const one = duration * yoyo + hold;
    const cycles = repeat === -1 || loop === -1 || (loop && loop > 0) ? 2 : Math.max(0, repeat || 0) + 1;
    return delay + one * cycles + repeatDelay * (cycles - 1);
  }

  record(n, ms) {
    this.maxMs = Math.max(this.maxMs, Math.round(ms));
    if (this.items.length < 20) this.items.push({ ms: Math.round(ms), line: n.loc ? n.loc.start.line : null });
  }

  result() {
    return { max_ms: this.maxMs, items: this.items.slice().sort((a, b) => b.ms - a.ms).slice(0, 5) };
  }
}

module.exports = { Schedule };
