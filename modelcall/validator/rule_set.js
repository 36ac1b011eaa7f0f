'use strict';
// What every whole-program rule module shares: the program, the facts game_state.js collected walking it (calls,
// assigns, decls and its helpers), and the findings list. A module is a RuleSet subclass whose run() returns
// this.found, each finding {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, literalValue } = require('./game_state');

// the functions of each program (its AST), listed by the first module that asks
const FUNCTIONS = new WeakMap();

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

  // every function with a block body: {node, name (a method's, a property's, a declared or assigned one's), text};
  // listed once per program and shared by every module
  functions() {
    if (!FUNCTIONS.has(this.ast)) {
      const fns = [];
      walk(this.ast, (n, parent) => {
        if (!/Function/.test(n.type) || !n.body || n.body.type !== 'BlockStatement') return;
        const named = parent && ['MethodDefinition', 'Property'].includes(parent.type) ? parent.key
          : parent && parent.type === 'VariableDeclarator' ? parent.id : n.id;
        fns.push({ node: n, name: named && named.type === 'Identifier' ? named.name : null, text: this.text(n.body) });
      });
      FUNCTIONS.set(this.ast, fns);
    }
    return FUNCTIONS.get(this.ast);
  }

  // the function nodes handed to on(...) or once(...) for an event whose name (its source text) matches `event`
  handlersOf(event) {
    return this.calls.filter((c) => (c.name === 'on' || c.name === 'once') && c.n.arguments.length >= 2
      && /Function/.test(c.n.arguments[1].type) && c.n.arguments[1].body.type === 'BlockStatement' && event.test(this.text(c.n.arguments[0])))
      .map((c) => c.n.arguments[1]);
  }

  // the innermost function with a block body around a character offset into the program (undefined at top level)
  functionAt(index) {
    return this.functions().filter((f) => f.node.start <= index && index < f.node.end).sort((a, b) => b.node.start - a.node.start)[0];
  }

  // the number a literal or a name written in the program stands for (a const set once to a number), or null
  numberNamed(text) {
    const t = String(text).trim();
    if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
    return /^[A-Za-z_$][\w$]*$/.test(t) ? this.facts.numberOf({ type: 'Identifier', name: t }) : null;
  }

  // the line in the program of a character offset into it
  lineAt(index) { return this.code.slice(0, index).split('\n').length; }

  // the line in the program of a match found at `index` inside fn.text
  lineIn(fn, index) { return this.lineAt(fn.node.body.start + index); }
}

function escape(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

// a regex source for a member path such as this.hero.body that also matches it written with spaces around the dots
function memberPattern(text) { return escape(text).replace(/\\\./g, '\\s*\\.\\s*'); }

// a timer config (propertiesOf's map) that fires more than once: a repeat that is not a literal 0, or loop: true
function timerRepeats(cfg) {
  const repeat = cfg.get('repeat');
  const loop = cfg.get('loop');
  return Boolean((repeat && !(literalValue(repeat).ok && !literalValue(repeat).value)) || (loop && literalValue(loop).value === true));
}

module.exports = { RuleSet, timerRepeats, escape, memberPattern };
