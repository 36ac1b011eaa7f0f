'use strict';
// What every whole-program rule module shares: the program, the facts game_state.js collected walking it (calls,
// assigns, decls and its helpers), and the findings list. A module is a RuleSet subclass whose run() returns
// this.found, each finding {code, certain, message, line, expected}, added to the argument-contract list.

const { literalValue } = require('./game_state');

class RuleSet {
  constructor(ast, code, facts) {
    this.ast = ast;
    this.code = code;
    this.facts = facts;
    this.calls = facts.calls;
    this.assigns = facts.assigns;
    this.decls = facts.decls;
    this.found = [];
  }

  add(code, certain, message, line, expected) { this.found.push({ code, certain, message, line, expected }); }

  text(n) { return this.code.slice(n.start, n.end); }
}

// a timer config (propertiesOf's map) that fires more than once: a repeat that is not a literal 0, or loop: true
function timerRepeats(cfg) {
  const repeat = cfg.get('repeat');
  const loop = cfg.get('loop');
  return Boolean((repeat && !(literalValue(repeat).ok && !literalValue(repeat).value)) || (loop && literalValue(loop).value === true));
}

module.exports = { RuleSet, timerRepeats };
