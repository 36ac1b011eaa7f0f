'use strict';
// Whole-program checks of what a HUD shows: a template written in plain quotes (the text shows "${this.score}"
// as it is), a registry or data value first made by writing to `.values` (the key never gets the setter that emits
// changedata, so a HUD that listens for it never hears a change), and a bar's segment width divided by the current
// amount where the maximum is meant (the bar stays full as the amount drops), and a letter appended with the line
// break appendText() adds by default,
// and a flag set on one object while another is redrawn, a K/M/B tier that divides by 10 per tier instead of 1000,
// a number added after text (joined as digits), update()'s time shown as a level's elapsed time, and a value kept
// from 0 to 100 handed to FromPercent, which takes 0 to 1.
// Round 68: a scroll window moved one row past the chosen one, and one if stepping over two locked entries in a row.
// Round 69's left-overs: hour % 12 beside AM/PM with no 12 for 0.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

const PLACEHOLDER = /\$\{\s*[A-Za-z_$][\w$]*(\s*\.\s*[A-Za-z_$][\w$]*)*(\s*\([^()]*\))?\s*\}/;

class HudRules extends RuleSet {
  run() {
    if (/['"][^'"\n]*\$\{/.test(this.code)) this.templateInPlainQuotes();
    if (/\.values\s*\.\s*\w+\s*=[^=]/.test(this.code) && /changedata|setdata/.test(this.code)) this.valueMadeWithoutSetter();
    if (/\/\s*this\s*\.\s*\w+\s*;/.test(this.code) && /max/i.test(this.code)) this.segmentByCurrentAmount();

    if (/appendText\s*\(/.test(this.code)) this.letterPerLine();
    if (/\.\s*\w+\s*=\s*(true|false)\s*;\s*this\s*\.\s*\w+\s*\(\s*\w+\s*\)/.test(this.code)) this.otherObjectRedrawn();
    if (/log10\s*\([^;]*\/\s*3\b|\/\s*3\s*\)/.test(this.code) && /Math\s*\.\s*pow\s*\(\s*10\s*,|\b10\s*\*\*/.test(this.code)) this.thousandsTierAsPowerOfTen();
    if (/['"`]\s*\+\s*[\w.]+\s*\+\s*\d+\b/.test(this.code)) this.numberJoinedAsText();
    if (/update\s*\(\s*time\b/.test(this.code) && /setText\s*\([^;]*\btime\b/.test(this.code)) this.pageClockShownAsElapsed();
    if (/FromPercent\s*\(/.test(this.code) && /Percent\s*\([^;]*\)\s*\*\s*100/.test(this.code)) this.wholePercentGivenToFromPercent();
    if (/>=\s*[\w.]+\s*\+\s*[\w.]+/.test(this.code)) this.scrolledOnePast();
    if (/^const\s+[A-Z_]+\s*=\s*\[/m.test(this.code) && /\bif\s*\(\s*[A-Z_]+\s*\[\s*\w+\s*\]\s*\.\s*\w+\s*\)/.test(this.code)) this.skipsOneOfARun();
    if (/%\s*12\b/.test(this.code) && /['"`][^'"`]*\b(AM|PM|am|pm|a\.m\.|p\.m\.)\b/.test(this.code)) this.noonShownAsZero();
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

  // exposed.faceUp = true; this.refresh(card);: the flag is set on one card and the card redrawn is another, so the
  // exposed card keeps showing its back while its state says face up (this.refresh(exposed))
  otherObjectRedrawn() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'BlockStatement') return;
      for (let k = 0; k + 1 < n.body.length; k++) {
        const set = /^(\w+)\s*\.\s*(\w+)\s*=\s*(true|false)\s*;?$/.exec(this.text(n.body[k]).trim());
        const redraw = /^this\s*\.\s*(\w+)\s*\(\s*(\w+)\s*\)\s*;?$/.exec(this.text(n.body[k + 1]).trim());
        if (!set || !redraw || set[1] === redraw[2] || set[1] === 'this') continue;
        const fn = this.functions().find((f) => f.name === redraw[1]);
        if (!fn || !fn.node.params.length || fn.node.params[0].type !== 'Identifier') continue;
        const p = fn.node.params[0].name;
        if (!new RegExp(`\\b${p}\\s*\\.\\s*${set[2]}\\b`).test(fn.text) || !/setTexture|setFrame|setText|setVisible|setFillStyle|fillStyle|setTint|clear\s*\(/.test(fn.text)) continue;
        const line = lineOf(n.body[k + 1]);
        this.add('state_not_updated', true, `${this.text(n.body[k + 1]).trim()} (line ${line}) redraws ${redraw[2]}, while the line before set ${set[1]}.${set[2]}: ${redraw[1]}() shows ${p}.${set[2]} (line ${this.lineIn(fn, fn.text.search(new RegExp(`\\b${p}\\s*\\.\\s*${set[2]}\\b`)))}), so ${set[1]} keeps its old look while its state says otherwise (this.${redraw[1]}(${set[1]}))`, line, `this.${redraw[1]}(${set[1]})`);
        return;
      }
    });
  }

  // const tier = Math.floor(Math.log10(n) / 3) and n / Math.pow(10, tier): the tier counts groups of three digits
  // (K, M, B), so the number must be divided by 1000 per tier, and 1,500 shows as 150.0K (Math.pow(1000, tier))
  thousandsTierAsPowerOfTen() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=[^;]*Math\s*\.\s*log10\s*\([^;]*\)\s*\/\s*3\b[^;]*;/g)) {
      const tier = m[1];
      const fn = this.functionAt(m.index);
      const scope = fn ? fn.text : this.code;
      const power = new RegExp(`Math\\s*\\.\\s*pow\\s*\\(\\s*10\\s*,\\s*${tier}\\s*\\)|\\b10\\s*\\*\\*\\s*${tier}\\b(?!\\s*\\*)`).exec(scope);
      if (!power) continue;
      const line = fn ? this.lineIn(fn, power.index) : this.lineAt(power.index);
      this.add('wrong_argument', true, `${power[0]} (line ${line}) divides by 10 for each ${tier}, and ${tier} counts groups of three digits (Math.log10(…) / 3, line ${this.lineAt(m.index)}): 1,500 comes out as 150.0K and 2,000,000 as 20000.0M (Math.pow(1000, ${tier}), or 10 ** (${tier} * 3))`, line, `Math.pow(1000, ${tier})`);
      return;
    }
  }

  // this.waveText.setText('Wave: ' + this.waveIndex + 1): + goes left to right, so the text and the index are joined
  // first and the 1 is joined as another digit: wave 0 shows "01", wave 1 "11" ('Wave: ' + (this.waveIndex + 1))
  numberJoinedAsText() {
    for (const m of this.code.matchAll(/(['"])([^'"\n]*)\1\s*\+\s*([\w.]+)\s*\+\s*(\d+)\b(?!\s*[*/])/g)) {
      const [, , , value, n] = m;
      if (/^\d/.test(value)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}): + goes from left to right, so the text and ${value} are joined first and ${n} is then joined as more text: ${value} of 0 shows as "0${n}", not ${n} (${m[1]}${m[2]}${m[1]} + (${value} + ${n}))`, line, `(${value} + ${n})`);
      return;
    }
  }

  // update(time) { this.clock.setText('Time: ' + (time / 1000).toFixed(1)) }: update's time counts from when the game
  // started, not from when the level did, so the level timer never starts at 0 and runs on through restarts
  // (add up delta, or subtract the time the level started)
  pageClockShownAsElapsed() {
    // a game of levels or rounds that starts over: a clock from the game's start is then not the level's time
    if (!/scene\s*\.\s*(restart|start)\s*\(/.test(this.code) || !/\b\w*(level|Level|stage|Stage|round|Round)\w*\b/.test(this.code.replace(/\/\/[^\n]*/g, ''))) return;
    for (const fn of this.functions()) {
      if (fn.name !== 'update' || !fn.node.params[0] || fn.node.params[0].type !== 'Identifier' || fn.node.params[0].name !== 'time') continue;
      const m = /([\w.]+)\s*\.\s*setText\s*\(([^;]*\btime\b[^;]*)\)\s*;/.exec(fn.text);
      if (!m || /\btime\s*-|-\s*time\b/.test(m[2]) || !/(time|clock|timer|elapsed|秒|时间)/i.test(m[1] + m[2].replace(/\btime\b/g, ''))) continue;
      if (new RegExp(`(?:const|let|var)\\s+\\w+\\s*=\\s*time\\s*-`).test(fn.text)) continue;
      const line = this.lineIn(fn, m.index);
      this.add('wrong_argument', true, `${m[1]}.setText(…time…) (line ${line}) shows update()'s time, which counts from when the game started, not from when this level did: the clock never starts at 0 and runs on through restarts (add up delta from 0, or show time minus the level's start)`, line, 'time since the level started');
      return;
    }
  }

  // this.values[name] = Math.round(Phaser.Math.Percent(x, LEFT, RIGHT) * 100) (0 to 100), and later
  // Phaser.Math.FromPercent(this.values[name], LEFT, RIGHT): FromPercent takes 0 to 1 and clamps anything above, so
  // every value past 1 puts the knob at the far end (FromPercent(value / 100, …))
  wholePercentGivenToFromPercent() {
    const stored = /([\w.]+)\s*\[[^\]]+\]\s*=\s*(?:Math\s*\.\s*round\s*\()?\s*(?:Phaser\s*\.\s*Math\s*\.\s*)?Percent\s*\([^;]*\)\s*\*\s*100/.exec(this.code);
    if (!stored) return;
    const store = memberPattern(stored[1]);
    for (const m of this.code.matchAll(/(?:Phaser\s*\.\s*Math\s*\.\s*)?FromPercent\s*\(\s*([^,]+),/g)) {
      const arg = m[1].trim();
      if (/\/\s*100|Percent\s*\(/.test(arg)) continue;
      const direct = new RegExp(`^${store}\\s*\\[`).test(arg);
      const named = /^\w+$/.test(arg) && new RegExp(`(?:const|let|var)\\s+${arg}\\s*=\\s*${store}\\s*\\[`).test(this.code);
      if (!direct && !named) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `FromPercent(${arg}, …) (line ${line}) is handed a value from ${stored[1]}, kept from 0 to 100 (Percent(…) * 100, line ${this.lineAt(stored.index)}), and FromPercent takes 0 to 1 and clamps what is above: every value from 1 up lands at the far end (FromPercent(${arg} / 100, …))`, line, `FromPercent(${arg} / 100, …)`);
      return;
    }
  }

  // if (this.sel >= this.top + VISIBLE) this.top = this.sel - VISIBLE: the window shows rows top … top + VISIBLE - 1, so
  // with top = sel - VISIBLE the selected row is the one just below it, never shown while scrolling down
  // (this.top = this.sel - VISIBLE + 1)
  scrolledOnePast() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'scrolled one past') || n.type !== 'IfStatement') return;
      const t = /^([\w.]+)\s*>=\s*([\w.]+)\s*\+\s*([\w.]+)$/.exec(this.text(n.test).trim());
      if (!t) return;
      const [, sel, top, rows] = t;
      const body = this.text(n.consequent).replace(/\s+/g, ' ');
      const set = new RegExp(`(^|[{;] ?)${escape(top)} = ${escape(sel)} - ${escape(rows)} ?(;|}|$)`).exec(body.replace(/^\{ ?/, '{ '));
      if (!set) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${top} = ${sel} - ${rows} (line ${line}) when ${sel} passes the window's last row: the window shows rows ${top} to ${top} + ${rows} - 1, so the chosen row ends up just below it and is never shown while scrolling down (${top} = ${sel} - ${rows} + 1)`, line, 'scrolled one past');
    });
  }

  // ENTRIES with Continue and Load Game both locked, and move(dir): next = Wrap(index + dir, …); if
  // (ENTRIES[next].locked) next = Wrap(next + dir, …): one if steps over one locked entry, so of two in a row the
  // cursor lands on the second (while, not if)
  skipsOneOfARun() {
    for (const m of this.code.matchAll(/\bif\s*\(\s*([A-Z_]+)\s*\[\s*(\w+)\s*\]\s*\.\s*(\w+)\s*\)\s*\{?\s*\2\s*=\s*([^;]*\b\2\b[^;]*);/g)) {
      const [, table, index, flag, step] = m;
      if (!/[+-]/.test(step)) continue;
      const decl = new RegExp(`^const\\s+${table}\\s*=\\s*\\[([\\s\\S]*?)\\n\\];?`, 'm').exec(this.code);
      if (!decl) continue;
      const rows = [...decl[1].matchAll(/\{([^{}]*)\}/g)].map((r) => new RegExp(`\\b${flag}\\s*:\\s*true\\b`).test(r[1]));
      const run = rows.findIndex((on, i) => on && rows[i + 1]);
      if (rows.length < 3 || run < 0) continue;
      const fn = this.functionAt(m.index);
      if (fn && /\b(while|for)\s*\(/.test(fn.text)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_order', true, `if (${table}[${index}].${flag}) (line ${line}) steps over one ${flag} entry only, and ${table} has two in a row (entries ${run} and ${run + 1}): moving onto the first puts the cursor on the second, which should be skipped too (while, not if)`, line, `while (${table}[${index}].${flag})`);
      return;
    }
  }

  // const h = this.hour % 12; … h + ' ' + (this.hour < 12 ? 'AM' : 'PM'): hours 0 and 12 come out as 0, so the clock
  // reads "0 PM" at noon and "0 AM" at midnight (this.hour % 12 || 12)
  noonShownAsZero() {
    for (const f of this.functions()) {
      if (!/['"`][^'"`]*\b(AM|PM|am|pm|a\.m\.|p\.m\.)\b/.test(f.text)) continue;
      const m = /(?:(?:const|let|var)\s+(\w+)\s*=\s*)?\(?\s*([\w.]+)\s*%\s*12\s*\)?(?!\s*\|\|)(?!\s*\)\s*\|\|)/.exec(f.text);
      if (!m) continue;
      const v = m[1];
      const mapped = v ? new RegExp(`(?<![\\w$.])${v}\\s*(===?\\s*0|==\\s*0|<=?\\s*0)|!\\s*${v}\\b|\\b${v}\\s*\\|\\||\\b${v}\\s*\\?|\\b${v}\\s*=\\s*12\\b`).test(f.text)
        : /%\s*12\s*\)?\s*(===?\s*0|\|\||\?)/.test(f.text);
      if (mapped) continue;
      const line = this.lineIn(f, m.index);
      this.add('wrong_argument', true, `${m[0].trim()} (line ${line}) turns the hour into 12-hour form with % 12 alone: 12 and 0 come out as 0, so the clock shows "0 PM" at noon and "0 AM" at midnight (${m[2]} % 12 || 12)`, line, `${m[2]} % 12 || 12`);
      return;
    }
  }
}

function hudFindings(ast, code, facts) {
  return new HudRules(ast, code, facts).run();
}

module.exports = { hudFindings };
