'use strict';
// Whole-program checks of what a Graphics draws: a slice or arc from an angle to that angle plus a share, drawn with
// anticlockwise true, which covers the rest of the circle instead of the share, and a clock's hands lying along +x
// (origin 0, 0.5) turned from angle 0 while the dial's numbers are placed from 12 o'clock (angle - 90).
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet } = require('./rule_set');

class DrawRules extends RuleSet {
  run() {
    if (/\.(slice|arc)\s*\([^;]*,\s*true\s*\)/.test(this.code)) this.shareDrawnTheOtherWay();
    if (/setOrigin\s*\(\s*0\s*,\s*0\.5\s*\)/.test(this.code) && /\.angle\s*=[^;\n]*\*\s*(360|30|6)\b/.test(this.code)) this.handFromThreeOClock();
    return this.found;
  }

  // g.slice(x, y, r, start, start + share, true): anticlockwise from start to start + share goes the long way round,
  // so the slice is the whole pie but the share (false, or leave the flag out)
  shareDrawnTheOtherWay() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed) return;
      const method = n.callee.property.name;
      if (!['slice', 'arc'].includes(method) || n.arguments.length !== 6) return;
      const [, , , start, end, flag] = n.arguments;
      if (flag.type !== 'Literal' || flag.value !== true) return;
      if (end.type !== 'BinaryExpression' || end.operator !== '+' || this.text(end.left) !== this.text(start)) return;
      if (end.right.type === 'UnaryExpression' && end.right.operator === '-') return;
      this.add('wrong_argument', true, `${this.text(n.callee)}(…, ${this.text(start)}, ${this.text(end)}, true) (line ${lineOf(n)}) goes anticlockwise from ${this.text(start)} to ${this.text(end)}, the long way round: it draws the whole circle except the ${this.text(end.right)} it means to show (anticlockwise false)`, lineOf(n), 'anticlockwise false');
    });
  }

  // this.hand = this.add.rectangle(cx, cy, 150, 6).setOrigin(0, 0.5) and hand.angle = turns * 360, while the numbers go
  // round from DegToRad(h * 30 - 90): a shape lying along +x points at 3 o'clock at angle 0, so every hand shows a
  // quarter turn late (turns * 360 - 90)
  handFromThreeOClock() {
    const dial = /(DegToRad\s*\([^)]*-\s*90\s*\)|-\s*Math\.PI\s*\/\s*2\b|-\s*90\s*\)\s*\*\s*Math\.PI\s*\/\s*180)/.exec(this.code);
    if (!dial) return;
    const alongX = [...this.code.matchAll(/([\w.]+)\s*=\s*[\w.]*add\s*\.\s*(rectangle|image|sprite|line)\s*\([^;]*?\)\s*\.\s*setOrigin\s*\(\s*0\s*,\s*0\.5\s*\)/g)].map((m) => m[1]);
    if (!alongX.length) return;
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.left.type !== 'MemberExpression' || n.left.computed) return;
      if (n.left.property.name !== 'angle') return;
      const value = this.text(n.right);
      if (!/\*\s*(360|30|6)\b/.test(value) || /[-+]\s*(90|270)\b|\bOFFSET|\bSTART/i.test(value)) return;
      const who = this.text(n.left.object);
      const fn = this.functions().filter((f) => f.node.start < n.start && n.end < f.node.end).pop();
      const param = fn && fn.node.params.some((q) => q.type === 'Identifier' && q.name === who);
      if (!alongX.includes(who) && !param) return;
      this.add('wrong_argument', true, `${this.text(n)} (line ${lineOf(n)}) turns a hand made lying along +x (setOrigin(0, 0.5)), which at angle 0 points at 3 o'clock, while the dial's numbers are placed from 12 o'clock (${dial[0].trim()}, line ${this.code.slice(0, dial.index).split('\n').length}): every hand shows a quarter turn late (${value} - 90)`, lineOf(n), `${value} - 90`);
    });
  }
}

function drawFindings(ast, code, facts) {
  return new DrawRules(ast, code, facts).run();
}

module.exports = { drawFindings };
