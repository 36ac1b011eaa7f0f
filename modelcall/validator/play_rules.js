'use strict';
// Whole-program checks of objects coming into and leaving play: a turret's locked target let go only by distance while
// the members it is picked from are killed, and a wave counted as cleared while its timer still has members to make.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf, memberPath, propertiesOf, literalValue } = require('./game_state');

// the names a kept pick goes by: a turret's target, a homing missile's prey, a locked-on enemy
const PICK_NAMES = /^(target|currentTarget|lockedTarget|locked|lockOn|prey|victim|focus|aimTarget|enemyTarget|closest|nearest)$/i;
// a test that asks whether the object is still in play
const IN_PLAY = /\.(active|alive|visible|dead|isDead|destroyed|scene|body|hp|health|life|lives|enabled)\b|\bhp\b|\bhealth\b/;
const PUT_OUT = /\.disableBody\s*\(|\.setActive\s*\(\s*false|\.destroy\s*\(\s*\)|\.kill(AndHide)?\s*\(/;

class PlayRules {
  constructor(ast, code, facts) {
    this.ast = ast;
    this.code = code;
    this.found = [];
    this.facts = facts;
  }

  add(code, certain, message, line, expected) { this.found.push({ code, certain, message, line, expected }); }

  text(n) { return this.code.slice(n.start, n.end); }

  // how many places set the pick back to nothing in play (not its start value in a constructor, create() or init())
  dropsOf(name) {
    let count = 0;
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'AssignmentExpression' || n.operator !== '=' || !isEmpty(n.right)) return;
      const l = n.left;
      const named = (l.type === 'Identifier' && l.name === name) || (l.type === 'MemberExpression' && !l.computed && l.property.name === name);
      if (named && !['constructor', 'create', 'init'].includes(ctx.roles[ctx.roles.length - 1])) count += 1;
    });
    return count;
  }

  run() {
    if (PUT_OUT.test(this.code) && /\.active\b/.test(this.code) && /=\s*(null|undefined)\b/.test(this.code)) this.deadTargetKept();
    if (/addEvent\s*\(/.test(this.code) && /\b(repeat|loop)\s*:/.test(this.code) && /countActive\s*\(|getLength\s*\(|getChildren\s*\(\s*\)\s*\.\s*length/.test(this.code)
      && !/getRepeatCount|getOverallProgress|repeatCount|hasDispatched/.test(this.code)) this.waveClearedWhileSpawning();
    return this.found;
  }

  // startWave() { this.time.addEvent({ delay: 800, repeat: n - 1, callback: this.spawnEnemy }) } and, on each kill,
  // if (this.enemies.countActive() === 0) this.startWave(): the wave counts as cleared whenever the field is empty,
  // also between two of its spawns, so killing the first enemy before the second comes starts the next wave at once
  // (this.toSpawn === 0 && this.enemies.countActive() === 0)
  waveClearedWhileSpawning() {
    const spawners = [];
    for (const c of this.facts.calls) {
      if (c.name !== 'addEvent' || !c.n.arguments[0] || !c.ctx.fn) continue;
      const cfg = propertiesOf(c.n.arguments[0]);
      const repeat = cfg.get('repeat');
      const loop = cfg.get('loop');
      const repeats = (repeat && !(literalValue(repeat).ok && !literalValue(repeat).value)) || (loop && literalValue(loop).value === true);
      const fn = repeats ? this.facts.handedFunction(cfg.get('callback')) : null;
      if (!fn) continue;
      const reached = this.facts.reachedFunctions(fn, 2);
      const text = reached.map((f) => this.text(f)).join('\n');
      const written = new Set([...text.matchAll(/(this\.\w+)\s*(\+\+|--|[-+]=|=[^=])/g)].map((m) => m[1]));
      spawners.push({ c, text, written });
    }
    if (!spawners.length) return;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.length || n.type !== 'IfStatement') return;
      const m = /^\s*(this\.\w+(?:\.\w+)?)\s*\.\s*(countActive\s*\(\s*(?:true)?\s*\)|getLength\s*\(\s*\)|getChildren\s*\(\s*\)\s*\.\s*length)\s*(===?\s*0|<=\s*0|<\s*1)\s*$/.exec(this.text(n.test));
      if (!m || !ctx.fn) return;
      const group = m[1];
      const esc = group.replace(/[.$]/g, (ch) => '\\' + ch);
      const made = new RegExp(`${esc}\\s*\\.\\s*(create|add|get|createMultiple)\\s*\\(`);
      const spawner = spawners.find((s) => made.test(s.text));
      if (!spawner) return;
      // what the wave's timer counts down is not asked before the if, and the if starts the timer's wave again
      const before = this.code.slice(ctx.fn.start, n.start);
      if ([...spawner.written].some((w) => before.includes(w))) return;
      const next = this.facts.reachedFunctions(n.consequent, 3, { intoCallbacks: true });
      if (!next.includes(spawner.c.ctx.fn)) return;
      this.add('never_fires', true, `${this.text(n.test)} (line ${lineOf(n)}) counts the wave as cleared whenever no member is on the field, but the wave's members come one at a time from the timer at line ${lineOf(spawner.c.n)} (repeat): an empty field between two spawns starts the next wave while this one is still coming (also ask that the timer has made them all)`, lineOf(n), 'every spawn of the wave made');
    });
  }

  // if (this.target) { const d = Distance.Between(...); if (d > this.range) this.target = null; } with the target picked
  // from members that pass e.active, and a hit that ends with enemy.disableBody(true, true): nothing lets go of a
  // target put out of play, so the turret keeps the dead one and every later enemy walks past
  // (if (!this.target.active || d > this.range) this.target = null)
  deadTargetKept() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'IfStatement' || n.alternate) return;
      const body = n.consequent.type === 'BlockStatement' && n.consequent.body.length === 1 ? n.consequent.body[0] : n.consequent;
      if (body.type !== 'ExpressionStatement' || body.expression.type !== 'AssignmentExpression' || body.expression.operator !== '=') return;
      const left = body.expression.left;
      const right = body.expression.right;
      if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier' || !PICK_NAMES.test(left.property.name)) return;
      if (!(right.type === 'Literal' && right.value === null) && !(right.type === 'Identifier' && right.name === 'undefined')) return;
      const test = this.text(n.test);
      if (IN_PLAY.test(test) || !/[<>]/.test(test)) return;
      const name = left.property.name;
      // the only place the pick is let go, and the pick is made again from a search that skips members out of play
      if (this.dropsOf(name) !== 1) return;
      if (!new RegExp(`\\.${name}\\s*=\\s*[^=;]*\\(`).test(this.code)) return;
      const gone = [/\.disableBody\s*\(/, /\.setActive\s*\(\s*false/, /\.kill(AndHide)?\s*\(/, /\.destroy\s*\(\s*\)/].map((r) => r.exec(this.code)).find(Boolean);
      if (new RegExp(`\\.${name}\\s*\\.\\s*(active|alive|visible|scene|body)\\b|${name}\\s*&&\\s*[^;]*\\.(active|alive)\\b`).test(this.code.replace(/\/\/[^\n]*/g, ''))) return;
      const goneLine = this.code.slice(0, gone.index).split('\n').length;
      this.add('never_fires', true, `${this.text(left)} is let go only when ${test} (line ${lineOf(n)}), but the objects it is picked from are put out of play (${gone[0].replace(/^\./, '').replace(/\s*\(.*$/, '()')} at line ${goneLine}) and nothing lets go of one that is: after its first kill it keeps the dead one, and the others pass untouched (also drop it when !${this.text(left)}.active)`, lineOf(n), `!${this.text(left)}.active`);
    });
  }
}

function isEmpty(n) {
  return (n.type === 'Literal' && (n.value === null || n.value === false)) || (n.type === 'Identifier' && n.name === 'undefined');
}

function playFindings(ast, code, facts) {
  return new PlayRules(ast, code, facts).run();
}

module.exports = { playFindings };
