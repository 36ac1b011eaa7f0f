'use strict';
// Whole-program checks of what a HUD shows: a template written in plain quotes (the text shows "${this.score}"
// as it is), a registry or data value first made by writing to `.values` (the key never gets the setter that emits
// changedata, so a HUD that listens for it never hears a change), and a bar's segment width divided by the current
// amount where the maximum is meant (the bar stays full as the amount drops), and a letter appended with the line
// break appendText() adds by default.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet, escape } = require('./rule_set');

const PLACEHOLDER = /\$\{\s*[A-Za-z_$][\w$]*(\s*\.\s*[A-Za-z_$][\w$]*)*(\s*\([^()]*\))?\s*\}/;

class HudRules extends RuleSet {
  run() {
    if (/['"][^'"\n]*\$\{/.test(this.code)) this.templateInPlainQuotes();
    if (/\.values\s*\.\s*\w+\s*=[^=]/.test(this.code) && /changedata|setdata/.test(this.code)) this.valueMadeWithoutSetter();
    if (/\/\s*this\s*\.\s*\w+\s*;/.test(this.code) && /max/i.test(this.code)) this.segmentByCurrentAmount();

    if (/appendText\s*\(/.test(this.code)) this.letterPerLine();
    return this.found;
  }

  // this.scoreText.setText('Score: ${this.score}'): only a backtick string fills in ${...}; in quotes the text shows
  // the placeholder itself and the score is never seen (`Score: ${this.score}`)
  templateInPlainQuotes() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'Literal' || typeof n.value !== 'string' || !PLACEHOLDER.test(n.value)) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${this.text(n)} (line ${line}) is a string in plain quotes: only a backtick template fills in ${PLACEHOLDER.exec(n.value)[0]}, so the text shows it as it is, never the value (\`${n.value}\`)`, line, `\`${n.value}\``);
    });
  }

  // this.registry.values.score = 0 in create(), and a HUD on registry.events 'changedata-score': writing to .values
  // makes a plain property, without the setter that set() defines and that emits changedata, so no later change of the
  // score (values.score += 10, set('score', ...)) is ever heard and the HUD never moves (this.registry.set('score', 0))
  valueMadeWithoutSetter() {
    for (const m of this.code.matchAll(/([\w.]*\b(?:registry|data))\s*\.\s*values\s*\.\s*(\w+)\s*=(?!=)/g)) {
      const [, store, key] = m;
      const made = new RegExp(`\\.\\s*(set|setData|inc|incData|toggle|toggleData)\\s*\\(\\s*(['"\`])${key}\\2|\\.\\s*(set|setData)\\s*\\(\\s*\\{[^}]*\\b${key}\\s*:`);
      if (made.test(this.code)) continue;
      const heard = new RegExp(`['"\`](changedata-${key}|changedata|setdata)['"\`]|Events\\s*\\.\\s*(CHANGE_DATA|SET_DATA)\\b`).exec(this.code);
      if (!heard) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${store}.values.${key} = (line ${line}) makes '${key}' as a plain property, without the setter that ${store}.set() defines and that emits changedata, so the listener for ${heard[0]} (line ${this.lineAt(heard.index)}) never hears a change of it (${store}.set('${key}', ...))`, line, `${store}.set('${key}', ...)`);
      return;
    }
  }

  // const segmentWidth = (width - gap * (this.maxHp - 1)) / this.hp: a bar of maxHp segments whose width is divided by
  // the hp left grows each segment as hp drops, and the bar stays as long as ever (divide by this.maxHp)
  segmentByCurrentAmount() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([^;]*)\/\s*this\s*\.\s*(\w+)\s*;/g)) {
      const [, name, over, amount] = m;
      if (!/width|size|step|seg|^w$/i.test(name)) continue;
      const cap = new RegExp(`this\\s*\\.\\s*(max_?${amount}|${amount}_?max|max${amount[0].toUpperCase()}${escape(amount.slice(1))})\\b|\\b(MAX_${amount.toUpperCase()}|${amount.toUpperCase()}_MAX)\\b`, 'i').exec(over);
      if (!cap) continue;
      const changes = new RegExp(`this\\s*\\.\\s*${amount}\\s*(-=|\\+=|--|\\+\\+|=[^=])`).test(this.code.slice(0, m.index) + this.code.slice(m.index + m[0].length));
      if (!changes) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${name} (line ${line}) divides the bar by this.${amount}, what is left, while the bar has ${cap[0]} segments: as ${amount} drops each segment grows and the bar stays as long as ever (divide by ${cap[0]})`, line, `/ ${cap[0]}`);
      return;
    }
  }

  // this.narration.appendText(line[index]) once a letter: appendText() starts a new line before what it adds unless
  // its second argument is false, so the text is typed one letter per line (appendText(line[index], false))
  letterPerLine() {
    const at = /([\w.]+)\s*\.\s*appendText\s*\(\s*([\w.]+\s*\[[^\]]+\]|[\w.]+\s*\.\s*(?:charAt|at)\s*\([^()]*\))\s*\)/.exec(this.code);
    if (!at) return;
    const line = this.lineAt(at.index);
    this.add('wrong_argument', true, `${at[0].trim()} (line ${line}) adds one letter, and appendText() starts a new line before what it adds unless its second argument is false: the text comes out one letter per line (appendText(${at[2]}, false))`, line, `appendText(${at[2]}, false)`);
  }
}

function hudFindings(ast, code, facts) {
  return new HudRules(ast, code, facts).run();
}

module.exports = { hudFindings };
