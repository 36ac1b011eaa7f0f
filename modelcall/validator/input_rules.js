'use strict';
// Whole-program checks of how a game reads its player's keys: keys made for the player and never read, typed digits
// added up instead of written one after another, a guessed letter shown only where it first comes in the word, and a
// dragged object's home taken from the pointer where it was grabbed.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, memberPath, lineOf } = require('./game_state');
const { RuleSet, escape } = require('./rule_set');

class InputRules extends RuleSet {
  run() {
    if (/keyboard\s*\.\s*(addKeys|addKey)\s*\(/.test(this.code)) this.keysNeverRead();
    if (/\+=\s*(Number|parseInt|parseFloat)\s*\(\s*[\w.]*\.key\b|\+=\s*\+\s*[\w.]*\.key\b/.test(this.code)) this.digitsAddedUp();
    if (/\.indexOf\s*\(/.test(this.code) && /\[\s*['"][A-Za-z]{3,}['"]\s*,/.test(this.code)) this.guessShownOnce();
    if (/dragstart|DRAG_START/.test(this.code) && /dragend|DRAG_END/.test(this.code)) this.homeFromPointer();
    if (/\.isDown\b/.test(this.code) && /setVelocity[XY]\s*\(/.test(this.code)) this.velocityKeptAfterRelease();
    return this.found;
  }

  // if (left.isDown) body.setVelocityX(-SPEED); else if (right.isDown) body.setVelocityX(SPEED); and nothing ever sets
  // that velocity back to 0 (no else, no drag): once a key is let go the object slides on at full speed until a wall
  // stops it (else body.setVelocityX(0), or setVelocity(0) before the keys are read)
  velocityKeptAfterRelease() {
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    walk(update.node.body, (n, parent, key) => {
      if (this.found.some((f) => f.expected === 'velocity 0 when no key is held') || n.type !== 'IfStatement' || (parent && parent.type === 'IfStatement' && key === 'alternate')) return;
      let axis = null;
      let mover = null;
      let branches = 0;
      for (let branch = n; branch; branch = branch.alternate) {
        branches += 1;
        if (branch.type !== 'IfStatement' || !/^[\w.]+\.isDown(\s*\|\|\s*[\w.]+\.isDown)*$/.test(this.text(branch.test))) return;
        const set = /([\w.]+)\s*\.\s*setVelocity([XY])\s*\(\s*-?\s*[\w.]+\s*\)/.exec(this.text(branch.consequent));
        if (!set || (axis && (set[2] !== axis || set[1] !== mover))) return;
        if (/^\s*0\s*$/.test(set[0].split('(')[1].replace(')', ''))) return;
        axis = set[2];
        mover = set[1];
      }
      if (branches < 2) return;
      const lower = axis.toLowerCase();
      if (new RegExp(`setVelocity${axis}\\s*\\(\\s*0\\s*\\)|setVelocity\\s*\\(\\s*0\\b|velocity\\s*\\.\\s*${lower}\\s*=\\s*0\\b|velocity\\s*\\.\\s*set\\s*\\(\\s*0|\\.stop\\s*\\(\\s*\\)|setDrag|setDamping|\\bdrag[XY]?\\s*:|setAcceleration|setFriction|\\.reset\\s*\\(|velocity\\s*\\.\\s*scale\\s*\\(`).test(this.code)) return;
      this.add('never_fires', true, `${this.text(n.test)} … (line ${lineOf(n)}) sets ${mover}'s ${lower} speed while a key is held, and nothing ever sets it back to 0 (no else, no drag): once the key is let go ${mover} slides on at full speed until something stops it (else ${mover}.setVelocity${axis}(0))`, lineOf(n), 'velocity 0 when no key is held');
    });
  }

  // on('dragstart', (pointer) => this.home.set(pointer.x, pointer.y)) and on('dragend', () => tween back to this.home):
  // the pointer is where the object was grabbed, not where the object was, so it goes back off its start by the grab
  // offset (this.home.set(obj.x, obj.y))
  homeFromPointer() {
    const starts = this.handlersOf(/^(['"`]drag(start)?['"`]|[\w.]*GAMEOBJECT_DRAG_START|[\w.]*DRAG_START)$/);
    const ends = this.handlersOf(/^(['"`](dragend|drop)['"`]|[\w.]*DRAG_END|[\w.]*DROP)$/);
    for (const start of starts) {
      const p = start.params[0];
      if (!p || p.type !== 'Identifier' || /^(_|obj|gameObject|go|item|sprite|card|target)/.test(p.name)) continue;
      const body = this.text(start.body);
      const m = new RegExp(`(this\\.\\w+)\\s*\\.\\s*set(?:To)?\\s*\\(\\s*${p.name}\\.x\\s*,\\s*${p.name}\\.y\\s*\\)|(this\\.\\w+)\\s*=\\s*\\{\\s*x\\s*:\\s*${p.name}\\.x\\s*,\\s*y\\s*:\\s*${p.name}\\.y\\s*\\}|(this\\.\\w+)\\s*=\\s*${p.name}\\.x\\s*;`).exec(body);
      if (!m) continue;
      const home = m[1] || m[2] || m[3];
      const back = ends.find((e) => new RegExp(`${escape(home)}\\b`).test(this.text(e.body)));
      if (!back) continue;
      const line = this.code.slice(0, start.body.start + m.index).split('\n').length;
      this.add('wrong_argument', true, `${m[0]} (line ${line}) keeps where the pointer grabbed the object, not where the object was, and the drag's end sends it back to ${home} (line ${this.code.slice(0, back.start).split('\n').length}): it returns off its start by the grab offset (keep the object's own x and y)`, line, "the object's x and y");
      return;
    }
  }

  // const at = this.word.indexOf(letter); if (at !== -1) this.revealed[at] = letter; with words like 'LETTER' in the
  // list: indexOf finds the first place only, so the second T stays hidden for good once the letter is used
  // (reveal every place the letter comes: [...word].forEach((ch, i) => ...))
  guessShownOnce() {
    const words = [...this.code.matchAll(/\[\s*((?:['"][A-Za-z]{3,}['"]\s*,\s*)+['"][A-Za-z]{3,}['"])\s*,?\s*\]/g)]
      .flatMap((m) => [...m[1].matchAll(/['"]([A-Za-z]+)['"]/g)].map((w) => w[1]));
    const repeated = words.filter((w) => new Set(w.toUpperCase()).size < w.length);
    if (!repeated.length) return;
    const re = /(?:const|let|var)\s+(\w+)\s*=\s*([\w.]+)\s*\.\s*indexOf\s*\(\s*(\w+)\s*\)\s*;/g;
    for (const m of this.code.matchAll(re)) {
      const [, at, word, letter] = m;
      if (!/^(letter|char|ch|key|guess|typed|pressed|l|c|g)\w*$/i.test(letter)) continue;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const shown = new RegExp(`([\\w.]+)\\s*\\[\\s*${at}\\s*\\]\\s*=`).exec(after);
      if (!shown) continue;
      // no second look for the same letter (a loop, lastIndexOf, indexOf from a start)
      if (/\b(for|while)\s*\(|forEach|lastIndexOf|indexOf\s*\([^)]*,|split\s*\(|matchAll/.test(after.slice(0, shown.index + 200))) continue;
      const line = this.code.slice(0, m.index).split('\n').length;
      this.add('never_fires', true, `${word}.indexOf(${letter}) (line ${line}) finds only the first place the letter comes, and only ${shown[1]}[${at}] is shown: in a word like ${repeated[0]} the letter's other places stay hidden for good (show every place it comes)`, line, 'every place the letter comes');
      return;
    }
  }

  // this.keys = this.input.keyboard.addKeys({ up: 'W', down: 'S' }) and nothing ever reads this.keys (the left paddle is
  // handed this.cursors, a copy of the right paddle's line): W and S do nothing
  keysNeverRead() {
    for (const a of this.facts.assigns) {
      if (a.op !== '=' || a.value.type !== 'CallExpression' || !/^this\.\w+$/.test(a.path)) continue;
      const callee = memberPath(a.value.callee) || '';
      if (!/keyboard\.(addKeys|addKey)$/.test(callee) || !a.value.arguments[0]) continue;
      const names = [...this.text(a.value.arguments[0]).matchAll(/['"`]([^'"`]+)['"`]|KeyCodes\.(\w+)/g)]
        .flatMap((m) => (m[1] || m[2]).split(',')).map((k) => k.trim()).filter(Boolean);
      if (!names.length) continue;
      const field = a.path.slice(5);
      const uses = this.code.match(new RegExp(`\\.\\s*${field}\\b`, 'g')) || [];
      if (uses.length !== 1 || new RegExp(`\\[\\s*['"\`]${field}['"\`]\\s*\\]|\\{[^}]*\\b${field}\\b[^}]*\\}\\s*=\\s*this\\b`).test(this.code)) continue;
      // a keydown listener for those keys reads them another way
      if (names.some((k) => new RegExp(`keydown-${k}\\b|keyup-${k}\\b|KeyCodes\\.${k}\\b|['"]${k}['"]\\s*[:)]|\\.key\\s*===?\\s*['"]${k}['"]`, 'i').test(this.code.slice(0, a.value.start) + this.code.slice(a.value.end)))) continue;
      this.add('never_fires', true, `${a.path} = ${callee.split('.').slice(-2).join('.')}(...) (line ${a.line}) makes the ${names.slice(0, 6).join(', ')} key${names.length > 1 ? 's' : ''}, and nothing ever reads ${a.path}: pressing ${names.length > 1 ? 'them' : 'it'} does nothing (read ${a.path} where the player's keys are read)`, a.line, `${a.path} read`);
      return;
    }
  }

  // this.typed += Number(event.key) for each digit typed: 1 then 4 gives 5, not 14 (this.typed * 10 + digit)
  digitsAddedUp() {
    const m = /(this\.\w+|\b\w+)\s*\+=\s*(Number\s*\(|parseInt\s*\(|parseFloat\s*\(|\+\s*)\s*([\w.]*\.key)\b/.exec(this.code);
    if (!m) return;
    const field = m[1];
    const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
    // a number that is compared with an answer, and not a running total of digits on purpose
    if (/sum|total|digitSum|各位|之和/i.test(field) || !new RegExp(`${esc}\\s*(===?|!==?)|(===?|!==?)\\s*${esc}\\b`).test(this.code)) return;
    if (!new RegExp(`${esc}\\s*=\\s*0\\b`).test(this.code)) return;
    const line = this.code.slice(0, m.index).split('\n').length;
    this.add('wrong_argument', true, `${m[0]}${/\($/.test(m[2]) ? ')' : ''} (line ${line}) adds each typed digit to ${field}: typing 1 then 4 gives 5, not 14, so no answer of two digits can match (${field} * 10 + digit, or keep the digits as text)`, line, `${field} * 10 + digit`);
  }
}

function inputFindings(ast, code, facts) {
  return new InputRules(ast, code, facts).run();
}

module.exports = { inputFindings };
