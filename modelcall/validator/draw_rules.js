'use strict';
// Whole-program checks of what a Graphics draws: a slice or arc from an angle to that angle plus a share, drawn with
// anticlockwise true, which covers the rest of the circle instead of the share.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet } = require('./rule_set');

class DrawRules extends RuleSet {
  run() {
    if (/\.(slice|arc)\s*\([^;]*,\s*true\s*\)/.test(this.code)) this.shareDrawnTheOtherWay();
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
}

function drawFindings(ast, code, facts) {
  return new DrawRules(ast, code, facts).run();
}

module.exports = { drawFindings };
