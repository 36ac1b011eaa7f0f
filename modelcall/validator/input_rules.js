'use strict';
// Whole-program checks of how a game reads its player's keys: keys made for the player and never read, typed digits
// added up instead of written one after another, a guessed letter shown only where it first comes in the word, and a
// dragged object's home taken from the pointer where it was grabbed, a click on empty space handled by a listener that
// hears the clicks on the target too, and a hover's delayed tooltip never cancelled when the pointer leaves,
// a flick released on the object, a swipe measured from prevPosition, the last press followed as if it were the
// pointer, and movementX read without a pointer lock, a number key from 1 used as an index from 0, a key test
// joined by || before an && meant for both keys, the keyboard turned off and never on again across restarts, a drop
// zone's mark undone only in 'dragleave' (none comes on a drop), and forEach(async …) taken to wait.
// Round 68: once() on a dialog button made once and shown again, and one click heard by an object's and the scene's
// listener that both toggle.
// Round 70: a stroke drawn on from the last stroke's end, bind() fixing a field that changes, an undo snapshot retaken
// on every pointermove.
// Round 71: a character read from keyCode, a drag told from a click on pointerdown.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, memberPath, lineOf } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

class InputRules extends RuleSet {
  run() {
    if (/keyboard\s*\.\s*(addKeys|addKey)\s*\(/.test(this.code)) this.keysNeverRead();
    if (/\+=\s*(Number|parseInt|parseFloat)\s*\(\s*[\w.]*\.key\b|\+=\s*\+\s*[\w.]*\.key\b/.test(this.code)) this.digitsAddedUp();
    if (/\.indexOf\s*\(/.test(this.code) && /\[\s*['"][A-Za-z]{3,}['"]\s*,/.test(this.code)) this.guessShownOnce();
    if (/dragstart|DRAG_START/.test(this.code) && /dragend|DRAG_END/.test(this.code)) this.homeFromPointer();
    if (/\.isDown\b/.test(this.code) && /setVelocity[XY]\s*\(/.test(this.code)) this.velocityKeptAfterRelease();
    if (/input\s*\.\s*on\s*\(\s*['"]pointerdown['"]/.test(this.code) && /\.on\s*\(\s*['"]pointerdown['"]/.test(this.code.replace(/input\s*\.\s*on\s*\(\s*['"]pointerdown['"]/g, ''))) this.missCountedOnHits();
    if (/['"]pointerover['"]/.test(this.code) && /['"]pointerout['"]/.test(this.code) && /delayedCall\s*\(/.test(this.code)) this.hoverTimerNeverCancelled();

    if (/\.duration\b/.test(this.code) && /\.isDown\b/.test(this.code)) this.heldTimeFromLastPress();

    if (/input\s*\.\s*enabled\s*=\s*false/.test(this.code) && /input\s*\.\s*keyboard\s*\.\s*on\s*\(|addKey|createCursorKeys/.test(this.code)) this.keysLiveWhileInputOff();
    if (/\.on\s*\(\s*['"]pointerup['"]/.test(this.code) && /\.up[XY]\s*-\s*\w+\s*\.\s*down[XY]|\.down[XY]\s*-\s*\w+\s*\.\s*up[XY]/.test(this.code)) this.flickReleasedOnObject();
    if (/prevPosition/.test(this.code) && /pointerup/.test(this.code)) this.swipeFromPreviousPosition();
    if (/\.down[XY]\b/.test(this.code)) this.followsLastPress();
    if (/\.movement[XY]\b/.test(this.code) && !/requestPointerLock|pointerlockchange|\.locked\b/.test(this.code)) this.movementWithoutLock();
    if (/(\w+)\s*>=\s*1\s*&&\s*\1\s*<=\s*[\w.]+\.length/.test(this.code)) this.keyNumberAsIndex();
    if (/isDown\s*\|\|[^;{)]*isDown\s*&&/.test(this.code) || /JustDown\s*\([^)]*\)\s*\|\|[^;{]*&&/.test(this.code)) this.orBeforeAndOnKeys();
    if (/keyboard\s*\.\s*enabled\s*=\s*false/.test(this.code)) this.keyboardLeftOff();
    if (/['"]dragleave['"]/.test(this.code) && /['"]drop['"]/.test(this.code)) this.glowLeftOnDrop();
    if (/\.\s*forEach\s*\(\s*async\b/.test(this.code)) this.forEachAwaitsNothing();
    if (/\.once\s*\(\s*['"]pointer(down|up)['"]/.test(this.code) && /setVisible\s*\(\s*true|\.visible\s*=\s*true/.test(this.code)) this.onceOnShownAgain();
    if (/input\s*\.\s*on\s*\(\s*['"]pointer(down|up)['"]/.test(this.code) && !/stopPropagation\s*\(/.test(this.code)) this.toggledTwicePerClick();
    if (/pointermove/.test(this.code) && /lineBetween|lineTo|strokeLineShape|\.line\s*\(/.test(this.code)) this.strokeJoinedToLast();
    if (/\.bind\s*\(\s*this\s*,\s*this\s*\.\s*\w+/.test(this.code)) this.boundFieldFrozen();
    if (/pointermove/.test(this.code) && /pointerup/.test(this.code) && /\.slice\s*\(\s*\)|\[\s*\.\.\.|JSON\s*\.\s*parse|structuredClone/.test(this.code)) this.strokeSnapshotRetaken();
    if (/fromCharCode\s*\(\s*[\w.]*\.\s*(keyCode|which)\s*\)/.test(this.code)) this.characterFromKeyCode();
    if (/getDistance\s*\(|downX|downY/.test(this.code) && /pointerdown/.test(this.code)) this.dragTestedOnPress();
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
      const line = this.lineAt(start.body.start + m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) keeps where the pointer grabbed the object, not where the object was, and the drag's end sends it back to ${home} (line ${this.lineAt(back.start)}): it returns off its start by the grab offset (keep the object's own x and y)`, line, "the object's x and y");
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
      const line = this.lineAt(m.index);
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
    const line = this.lineAt(m.index);
    this.add('wrong_argument', true, `${m[0]}${/\($/.test(m[2]) ? ')' : ''} (line ${line}) adds each typed digit to ${field}: typing 1 then 4 gives 5, not 14, so no answer of two digits can match (${field} * 10 + digit, or keep the digits as text)`, line, `${field} * 10 + digit`);
  }

  // this.target.on('pointerdown', this.hitTarget, this) and this.input.on('pointerdown', () => this.breakCombo()): the
  // scene's listener hears every click, those on the target too, so each hit also counts as a miss (read the
  // listener's second argument, the objects under the pointer: currentlyOver.length === 0)
  missCountedOnHits() {
    if (/stopPropagation\s*\(/.test(this.code)) return;
    for (const h of this.handlersOf(/^['"]pointerdown['"]$/)) {
      const call = this.calls.find((c) => c.n.arguments[1] === h);
      if (!call || !/(^|\.)input$/.test(call.on || '')) continue;
      if (h.params.length >= 2) continue;
      const body = this.text(h.body);
      const miss = /this\s*\.\s*(\w*(break|miss|fail|reset|lose)\w*)\s*\(|this\s*\.\s*(combo|streak)\s*=\s*0\b/i.exec(body);
      if (!miss || /currentlyOver|hitTest|getBounds|contains\s*\(|Distance|\bover\b|justHit|hitThis|clickedTarget/i.test(body)) continue;
      const own = this.calls.find((c) => c.name === 'on' && c.n.arguments.length >= 2 && /^['"]pointerdown['"]$/.test(this.text(c.n.arguments[0])) && !/(^|\.)input$/.test(c.on || ''));
      if (!own) continue;
      const line = this.lineAt(call.n.start);
      this.add('wrong_order', true, `the scene's pointerdown listener (line ${line}) calls ${miss[0].replace(/\($/, '()')} for a click on empty space, but it hears every click, those on ${own.on || 'the target'} (line ${this.lineAt(own.n.start)}) too: each hit is also counted as a miss (take the listener's second argument, the objects under the pointer, and act only when it is empty)`, line, '(pointer, currentlyOver) => currentlyOver.length === 0');
      return;
    }
  }

  // icon.on('pointerover', () => { this.hoverTimer = this.time.delayedCall(500, () => this.showTooltip(icon)); }) and
  // icon.on('pointerout', () => this.hideTooltip()): leaving before the delay does not stop the timer, so the tooltip
  // shows up later over nothing and stays (this.hoverTimer.remove() on pointerout)
  hoverTimerNeverCancelled() {
    for (const h of this.handlersOf(/^['"]pointerover['"]$/)) {
      const body = this.text(h.body);
      const m = /([\w.]+)\s*=\s*[\w.]*time\s*\.\s*delayedCall\s*\(\s*[^,]+,\s*(\([^)]*\)\s*=>\s*)?([^;]*?(show|open|display|reveal)\w*\s*\()/i.exec(body);
      if (!m) continue;
      const timer = escape(m[1]);
      if (new RegExp(`${timer}\\s*(\\?\\.|\\.)\\s*(remove|destroy|reset|paused)\\b|removeEvent\\s*\\(\\s*${timer}|removeAllEvents|clearPendingEvents`).test(this.code)) continue;
      // the shown thing asks whether the pointer is still there
      const shown = /(this\.)?(\w+)\s*\(\s*$/.exec(m[3]);
      const showFn = shown && this.functions().find((f) => f.name === shown[2]);
      if (showFn && /hovered|\.isOver|getItemAt|over\s*!==|!==\s*[\w.]*over|pointerOver|hitTest/i.test(showFn.text)) continue;
      if (/\bif\s*\([^)]*(hover|over)/i.test(m[0])) continue;
      const line = this.lineAt(h.body.start + m.index);
      this.add('never_fires', true, `${m[1]} = …delayedCall(…) (line ${line}) shows it after the pointer has rested, but nothing removes that timer when the pointer leaves (pointerout): a quick pass over it still shows it later, over nothing, and it stays (${m[1]}.remove() on pointerout)`, line, `${m[1]}.remove() on pointerout`);
      return;
    }
  }

  // if (key.isDown && key.duration < PARRY_MS): Key#duration is how long the last press lasted, set when the key
  // comes up, so while the key is held it still holds the last one's (0 at first) and any hold passes as a tap
  // (key.getDuration(), the time held so far)
  heldTimeFromLastPress() {
    const at = /([\w.]+)\s*\.\s*isDown\s*&&\s*\1\s*\.\s*duration\b|([\w.]+)\s*\.\s*duration\b([^;{}]*?)&&\s*\2\s*\.\s*isDown\b/.exec(this.code);
    if (!at) return;
    const key = at[1] || at[2];
    const line = this.lineAt(at.index);
    this.add('wrong_argument', true, `${key}.duration (line ${line}) is how long the last press of ${key} lasted, set when the key comes up: while it is held down it still holds the last one's, so the time held now is never read (${key}.getDuration())`, line, `${key}.getDuration()`);
  }

  // this.input.enabled = false for the pause between rounds, with the game played on input.keyboard.on('keydown-A'):
  // the scene's input flag stops pointer input only; the keyboard plugin goes on sending key events, so presses in
  // the pause still count (this.input.keyboard.enabled = false)
  keysLiveWhileInputOff() {
    if (/keyboard\s*\.\s*enabled\s*=/.test(this.code)) return;
    const at = /([\w.]*input)\s*\.\s*enabled\s*=\s*false/.exec(this.code);
    const keys = /input\s*\.\s*keyboard\s*\.\s*on\s*\(|addKey|createCursorKeys/.exec(this.code);
    const line = this.lineAt(at.index);
    this.add('state_not_updated', true, `${at[0]} (line ${line}) stops pointer input only: the keyboard plugin the game is played with (${keys[0]}…, line ${this.lineAt(keys.index)}) goes on sending key events, so presses still count while input is meant to be off (${at[1]}.keyboard.enabled = false)`, line, `${at[1]}.keyboard.enabled = false`);
  }

  // this.ball.on('pointerup', (pointer) => { const dy = pointer.upY - pointer.downY; if (dy > -40) return; throw(); }):
  // a game object hears pointerup only while the pointer is still over it, and a flick ends away from the ball, so the
  // throw never happens (listen on this.input for the release)
  flickReleasedOnObject() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || n.callee.property.name !== 'on') return;
      const [event, handler] = n.arguments;
      if (!event || event.type !== 'Literal' || event.value !== 'pointerup' || !handler || !/Function/.test(handler.type)) return;
      const target = this.text(n.callee.object);
      if (/^this\s*\.\s*input$|^(this\.)?scene\.input$|input$/.test(target.replace(/\s+/g, ''))) return;
      const body = this.text(handler.body);
      const swipe = /\w+\s*\.\s*up([XY])\s*-\s*\w+\s*\.\s*down\1|\w+\s*\.\s*down([XY])\s*-\s*\w+\s*\.\s*up\2/.exec(body);
      if (!swipe || !/(<|>|<=|>=)\s*-?\s*\d{2,}|\d{2,}\s*(<|>)/.test(body)) return;
      const esc = memberPattern(target);
      if (new RegExp(`setDraggable\\s*\\(\\s*${esc}\\b|${esc}\\s*\\.\\s*setInteractive\\s*\\(\\s*\\{[^}]*draggable\\s*:\\s*true|${esc}\\s*\\.\\s*input\\s*\\.\\s*draggable\\s*=\\s*true|pointerupoutside|POINTER_UP_OUTSIDE`).test(this.code)) return;
      const line = lineOf(n);
      this.add('never_fires', true, `${target}.on('pointerup', …) (line ${line}) runs only when the pointer is let go over ${target}, and the handler wants it moved away from where it was pressed (${swipe[0]}): a flick ends off ${target}, so the release is never heard (listen on this.input for 'pointerup')`, line, "this.input.on('pointerup')");
    });
  }

  // this.input.on('pointerup', (pointer) => { const dx = pointer.x - pointer.prevPosition.x; ... }): on release the
  // previous position is where the pointer was a moment ago, so dx is a pixel or two and no swipe ever counts
  // (pointer.x - pointer.downX)
  swipeFromPreviousPosition() {
    for (const handler of this.handlersOf(/^['"]pointerup['"]$/)) {
      const body = this.text(handler.body);
      const m = /(\w+)\s*\.\s*([xy])\s*-\s*\1\s*\.\s*prevPosition\s*\.\s*\2/.exec(body);
      if (!m) continue;
      const line = this.lineAt(handler.body.start + m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) measures the move since the last pointer update, a pixel or two at the release, not since the press: no swipe is ever long enough (${m[1]}.${m[2]} - ${m[1]}.down${m[2].toUpperCase()})`, line, `${m[1]}.${m[2]} - ${m[1]}.down${m[2].toUpperCase()}`);
      return;
    }
  }

  // update(): const pointer = this.input.activePointer; tx = pointer.downX + offset.x: downX is where the pointer was
  // last pressed, so the fish swim to the last click and never follow the pointer as it moves (pointer.x)
  followsLastPress() {
    const update = this.functions().find((f) => f.name === 'update');
    const movers = [update, ...this.handlersOf(/^['"]pointermove['"]$/).map((h) => ({ node: h, text: this.text(h.body) }))].filter(Boolean);
    for (const fn of movers) {
      if (/isDown|\.x\s*-\s*\w+\s*\.\s*downX|downX\s*-|primaryDown|buttons/.test(fn.text)) continue;
      const m = /(\w+)\s*\.\s*down([XY])\s*\+/.exec(fn.text) || /\(\s*(\w+)\s*\.\s*down([XY])\s*,/.exec(fn.text);
      if (!m) continue;
      const line = this.lineAt(fn.node.body.start + m.index);
      this.add('wrong_argument', true, `${m[1]}.down${m[2]} (line ${line}) is where the pointer was last pressed, read ${update && fn === update ? 'every frame' : 'on every move'}: what follows it goes to the last click and never follows the pointer as it moves (${m[1]}.${m[2].toLowerCase()})`, line, `${m[1]}.${m[2].toLowerCase()}`);
      return;
    }
  }

  // this.swipe.push({ dx: p.movementX, dy: p.movementY }): Phaser fills a pointer's movementX/Y only while the pointer
  // is locked, and nothing here asks for a lock, so they stay 0 and the swipe never moves the ball
  // (p.x - p.prevPosition.x)
  movementWithoutLock() {
    const m = /(\w+)\s*\.\s*movement([XY])\b/.exec(this.code);
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0]} (line ${line}) is filled only while the pointer is locked (input.mouse.requestPointerLock()), and nothing here locks it: it stays 0 (${m[1]}.${m[2].toLowerCase()} - ${m[1]}.prevPosition.${m[2].toLowerCase()})`, line, `${m[1]}.${m[2].toLowerCase()} - ${m[1]}.prevPosition.${m[2].toLowerCase()}`);
  }

  // const n = parseInt(event.key, 10); if (n >= 1 && n <= this.lines.length) this.buy(n), and buy(index) reads
  // this.lines[index]: the keys count from 1 and the list from 0, so key 1 picks the second and the last key nothing
  // (this.buy(n - 1))
  keyNumberAsIndex() {
    for (const m of this.code.matchAll(/(\w+)\s*>=\s*1\s*&&\s*\1\s*<=\s*([\w.]+)\.length\s*\)/g)) {
      const [, n, list] = m;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 200).split(/\n\s*\}/)[0];
      const direct = new RegExp(`${memberPattern(list)}\\s*\\[\\s*${n}\\s*\\]`).exec(after);
      let used = direct ? { at: direct.index, how: `${list}[${n}]` } : null;
      if (!used) {
        const call = new RegExp(`(?:this\\s*\\.\\s*)?(\\w+)\\s*\\(\\s*${n}\\s*\\)`).exec(after);
        const fn = call && this.functions().find((f) => f.name === call[1] && f.node.params[0] && f.node.params[0].type === 'Identifier');
        if (fn && new RegExp(`${memberPattern(list)}\\s*\\[\\s*${fn.node.params[0].name}\\s*\\]`).test(fn.text)) used = { at: call.index, how: `${call[0]}, which reads ${list}[${fn.node.params[0].name}]` };
      }
      if (!used) continue;
      const line = this.lineAt(m.index + m[0].length + used.at);
      this.add('off_by_one', true, `${used.how} (line ${line}) takes ${n}, which runs from 1 to ${list}.length (line ${this.lineAt(m.index)}), as an index into ${list}, which counts from 0: 1 picks the second item and the last number picks nothing (${n} - 1)`, line, `${n} - 1`);
      return;
    }
  }

  // if (this.cursors.up.isDown || this.wasd.W.isDown && grounded): && binds tighter than ||, so the Up arrow jumps with
  // no ground test and holding it flies the player up ((up || W) && grounded)
  orBeforeAndOnKeys() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'the keys grouped before &&') || n.type !== 'LogicalExpression' || n.operator !== '||') return;
      const right = n.right;
      if (right.type !== 'LogicalExpression' || right.operator !== '&&' || this.code[right.start - 1] === '(' || /^\s*\(/.test(this.code.slice(n.left.end, right.start).replace(/\|\|/, ''))) return;
      const key = /isDown|JustDown|isPressed|keys\.\w+/;
      if (!key.test(this.text(n.left)) || !key.test(this.text(right.left)) || key.test(this.text(right.right))) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${this.text(n)} (line ${line}): && binds tighter than ||, so ${this.text(right.right)} is asked only with ${this.text(right.left)}, and ${this.text(n.left)} on its own passes without it ((${this.text(n.left)} || ${this.text(right.left)}) && ${this.text(right.right)})`, line, 'the keys grouped before &&');
    });
  }

  // this.input.keyboard.enabled = false at the exit, then scene.restart() for the next level, and nothing sets it back:
  // the flag belongs to the keyboard plugin, which a restart keeps, so from the next level no key works
  // (this.input.keyboard.enabled = true in create())
  keyboardLeftOff() {
    if (/keyboard\s*\.\s*enabled\s*=\s*(true|!)/.test(this.code)) return;
    if (!/scene\s*\.\s*(restart|start)\s*\(/.test(this.code)) return;
    const m = /([\w.]*keyboard)\s*\.\s*enabled\s*=\s*false/.exec(this.code);
    const line = this.lineAt(m.index);
    this.add('state_not_updated', true, `${m[1]}.enabled = false (line ${line}) turns the keys off and nothing turns them on again: the keyboard plugin keeps the flag across scene.restart() and scene.start(), so after it no key works (${m[1]}.enabled = true in create())`, line, `${m[1]}.enabled = true`);
  }

  // input.on('dragenter', … setGlow(zone, colour)), on('dragleave', … setGlow(zone, null)) and a 'drop' handler that
  // never clears it: Phaser sends no dragleave when the object is dropped inside the zone, so the zone keeps glowing
  // after every drop (clear it in 'drop' as well)
  glowLeftOnDrop() {
    // the function handed to on(event, …), its body a block or one expression
    const handler = (event) => {
      const c = this.calls.find((k) => (k.name === 'on' || k.name === 'once') && k.n.arguments.length >= 2 && /Function/.test(k.n.arguments[1].type)
        && new RegExp(`^['"]${event}['"]$`).test(this.text(k.n.arguments[0])));
      return c && c.n.arguments[1];
    };
    const enter = handler('dragenter'); const leave = handler('dragleave'); const drop = handler('drop');
    if (!enter || !leave || !drop) return;
    const leaveText = this.text(leave.body).trim().replace(/^\{|\}$/g, '').trim().replace(/;$/, '');
    // what leave does to the zone, and drop never does
    const undo = /^([\w.]+)\s*\(\s*(\w+)\s*,\s*(null|false|0x[0-9a-f]+|\w+)\s*\)$|^(\w+)\s*\.\s*(clearTint|setFillStyle|setStrokeStyle|setAlpha|setScale)\s*\(/i.exec(leaveText);
    if (!undo) return;
    const undoes = new RegExp(`\\b${(undo[1] || undo[5]).split('.').pop()}\\s*\\(`);
    const dragend = handler('dragend');
    if (undoes.test(this.text(drop.body)) || !undoes.test(this.text(enter.body)) || (dragend && undoes.test(this.text(dragend.body)))) return;
    const line = lineOf(leave);
    this.add('state_not_updated', true, `the 'dragleave' handler (line ${line}) undoes what 'dragenter' did (${leaveText.slice(0, 60)}), and Phaser sends no dragleave when the object is dropped inside the zone: the 'drop' handler (line ${lineOf(drop)}) never undoes it, so the zone stays marked after every drop (undo it in 'drop' too)`, line, 'undone in drop');
  }

  // kinds.forEach(async (kind) => { await wait(600); spawn(kind); }): forEach does not wait for the promise each call
  // hands back, so every wait starts at once and everything comes together after one delay (for … of with await)
  forEachAwaitsNothing() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*forEach\s*\(\s*async\b/g)) {
      const fn = this.functionAt(m.index + m[0].length);
      if (!fn || !/\bawait\b/.test(fn.text)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_order', true, `${m[1]}.forEach(async …) (line ${line}) with an await inside: forEach does not wait for the promise each call returns, so every call's wait starts at the same moment and all of them go on together after one delay (for (const … of ${m[1]}) with await)`, line, 'for … of with await');
      return;
    }
  }

  // yes.once('pointerdown', () => this.confirmBuy()) on a button made once in create() inside a dialog that is hidden
  // and shown again (dialog.setVisible(true) in openDialog()): once() drops the listener after the first click, so
  // from the second time the dialog opens the button does nothing (on(), or bind the listener each time it opens)
  onceOnShownAgain() {
    for (const c of this.calls) {
      if (c.name !== 'once' || !c.on || c.n.arguments.length < 2 || !/^['"]pointer(down|up)['"]$/.test(this.text(c.n.arguments[0]))) continue;
      const fn = this.functionAt(c.n.start);
      if (!fn || !['create', 'constructor', 'init'].includes(fn.name)) continue;
      const handler = c.n.arguments[1];
      const handlerText = this.text(handler);
      if (/scene\s*\.\s*(start|restart|switch|launch|stop)\s*\(|\.destroy\s*\(|\bonce\s*\(/.test(handlerText)) continue;
      const holders = [c.on];
      for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*add\s*\(\s*\[([^\]]*)\]/g)) {
        if (new RegExp(`(^|[\\s,])${memberPattern(c.on)}\\s*(,|$)`).test(m[2].trim()) && !/\.add$/.test(m[1])) holders.push(m[1]);
      }
      for (const m of this.code.matchAll(/([\w.]+)\s*=\s*this\s*\.\s*add\s*\.\s*container\s*\([^\[]*\[([^\]]*)\]/g)) {
        if (new RegExp(`(^|[\\s,])${memberPattern(c.on)}\\s*(,|$)`).test(m[2].trim())) holders.push(m[1]);
      }
      const shown = holders.map((h) => ({ h, m: new RegExp(`${memberPattern(h)}\\s*\\.\\s*setVisible\\s*\\(\\s*true|${memberPattern(h)}\\s*\\.\\s*visible\\s*=\\s*true`).exec(this.code) }))
        .find(({ m }) => m && this.functionAt(m.index) && this.functionAt(m.index).node !== fn.node);
      if (!shown) continue;
      // a handler that rebinds itself, or a rebinding elsewhere, keeps the button alive
      if (new RegExp(`${memberPattern(c.on)}\\s*\\.\\s*(on|once)\\s*\\(`).test(this.code.slice(0, c.n.start) + this.code.slice(c.n.end))) continue;
      const line = this.lineAt(c.n.start);
      this.add('never_fires', true, `${c.on}.once('${this.text(c.n.arguments[0]).slice(1, -1)}', …) (line ${line}) is bound once in ${fn.name}(), but ${shown.h === c.on ? c.on : `${shown.h}, which holds ${c.on},`} is shown again (line ${this.lineAt(shown.m.index)}): once() removes the listener after the first click, so every later time it is shown a click on it does nothing (on(), or bind it again each time it is shown)`, line, `${c.on}.on`);
      return;
    }
  }

  // shade.on('pointerdown', () => this.togglePause()) and this.input.on('pointerdown', () => this.togglePause()): a
  // click on the shade is heard by both, the object's listener first and then the scene's, so the toggle runs twice
  // and nothing changes (one listener, or event.stopPropagation() in the object's, or act on currentlyOver)
  toggledTwicePerClick() {
    const called = (fnNode) => {
      const m = [...this.text(fnNode.body).matchAll(/this\s*\.\s*(\w+)\s*\(/g)].map((k) => k[1]);
      return new Set(m);
    };
    for (const event of ['pointerdown', 'pointerup']) {
      const calls = this.calls.filter((c) => c.name === 'on' && c.n.arguments.length >= 2 && /Function/.test(c.n.arguments[1].type)
        && new RegExp(`^['"]${event}['"]$`).test(this.text(c.n.arguments[0])));
      const scene = calls.filter((c) => /(^|\.)input$/.test(c.on || '') && c.n.arguments[1].params.length < 2
        && !/currentlyOver|hitTest|getBounds|contains\s*\(|Distance|\.(x|y)\s*[<>]/.test(this.text(c.n.arguments[1])));
      const own = calls.filter((c) => c.on && !/(^|\.)input$/.test(c.on));
      for (const s of scene) {
        const heard = called(s.n.arguments[1]);
        for (const o of own) {
          const both = [...called(o.n.arguments[1])].find((name) => heard.has(name));
          if (!both) continue;
          const fn = this.functions().find((f) => f.name === both);
          if (!fn || !(/toggle|flip/i.test(both) || /(this\s*\.\s*[\w.]+)\s*=\s*!\s*\1\b/.test(fn.text.replace(/\s+/g, ' ')))) continue;
          // a listener that asks about the toggled flag first acts on one side of it only
          const flag = /this\s*\.\s*([\w.]+)\s*=\s*!\s*this\s*\.\s*\1\b/.exec(fn.text);
          if (flag && new RegExp(`this\\s*\\.\\s*${escape(flag[1])}\\b`).test(this.text(s.n.arguments[1]) + this.text(o.n.arguments[1]))) continue;
          if (/\bif\s*\([^)]*this\s*\./.test(this.text(s.n.arguments[1]))) continue;
          const line = this.lineAt(o.n.start);
          this.add('wrong_order', true, `${o.on}.on('${event}', …) (line ${line}) and the scene's this.input.on('${event}', …) (line ${this.lineAt(s.n.start)}) both call this.${both}(): a click on ${o.on} is heard by both listeners, the object's and then the scene's, so ${both}() runs twice and the click changes nothing (one listener, or event.stopPropagation() in the object's)`, line, 'one listener per click');
          return;
        }
      }
    }
  }

  // pointermove: if (this.last) g.lineBetween(this.last.x, this.last.y, p.x, p.y); this.last = { x: p.x, y: p.y } with
  // nothing setting this.last on pointerdown (or clearing it on pointerup): each new stroke starts with a straight line
  // from where the last one ended (set this.last where the stroke starts)
  strokeJoinedToLast() {
    for (const h of this.handlersOf(/^['"]pointermove['"]$/)) {
      const text = this.text(h.body);
      const m = /\(\s*(this\s*\.\s*(\w+))\s*\.\s*x\s*,\s*this\s*\.\s*\2\s*\.\s*y\s*,\s*\w+\s*\.\s*x\b/.exec(text);
      if (!m) continue;
      const field = m[2];
      const esc = `this\\s*\\.\\s*${field}\\s*=`;
      if (!new RegExp(`${esc}\\s*(\\{\\s*x\\s*:\\s*\\w+\\s*\\.\\s*x|new\\s)`).test(text)) continue;
      const elsewhere = this.handlersOf(/^['"](pointerdown|pointerup|pointerupoutside|pointerout|gameout)['"]$/).some((o) => new RegExp(esc).test(this.text(o.body)));
      if (elsewhere) continue;
      // a helper the start or end of a stroke calls may set it
      const setters = this.functions().filter((f) => f.node !== h && new RegExp(esc).test(f.text) && !/^(create|init|constructor)$/.test(f.name || ''));
      if (setters.some((f) => !(f.node.start >= h.start && f.node.end <= h.end))) continue;
      const line = this.lineAt(h.body.start + m.index);
      this.add('state_not_updated', true, `the pointermove handler draws from this.${field} (line ${line}) and moves it along, but nothing sets this.${field} when a stroke starts or clears it when one ends: each new stroke begins with a straight line from where the last one stopped (set this.${field} on pointerdown, or null it on pointerup)`, line, `this.${field} set on pointerdown`);
      return;
    }
  }

  // sw.on('pointerdown', this.applyColour.bind(this, this.part, col)) in create() while this.part changes when another
  // tab is picked: bind() takes the value this.part has now, so every swatch keeps the first part (read this.part
  // when clicked: () => this.applyColour(this.part, col))
  boundFieldFrozen() {
    for (const m of this.code.matchAll(/\.bind\s*\(\s*this\s*,\s*this\s*\.\s*(\w+)\b(?!\s*[.(\[])/g)) {
      const field = m[1];
      // the innermost named function around the bind (an arrow inside create() belongs to create())
      const where = this.functions().filter((f) => f.name && f.node.start <= m.index && m.index < f.node.end).sort((a, b) => b.node.start - a.node.start)[0];
      if (!where || !/^(create|init|constructor)$/.test(where.name)) continue;
      const changes = [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${field}\\s*(=(?!=)|\\+=|-=|\\+\\+|--)`, 'g'))]
        .filter((c) => { const k = this.functionAt(c.index); return k && !/^(create|init|constructor)$/.test(k.name || ''); });
      if (!changes.length) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `bind(this, this.${field}, …) (line ${line}) fixes the value this.${field} has when the handler is made, and this.${field} changes later (line ${this.lineAt(changes[0].index)}): the handler always uses the first value (read this.${field} when it runs: an arrow that calls with this.${field})`, line, `() => …(this.${field}, …)`);
      return;
    }
  }

  // paint(s, idx) { s.before = s.pixels.slice(); s.pixels[idx] = val; } called on every pointermove, with pointerup
  // pushing s.before onto the undo history: the "before" is taken again at each cell, so an undo puts back only the
  // stroke's last cell (take it once, on pointerdown)
  strokeSnapshotRetaken() {
    const COPY = /\.slice\s*\(\s*\)|^\[\s*\.\.\.|JSON\s*\.\s*parse|structuredClone|\.map\s*\(\s*\(?\s*\w+\s*\)?\s*=>\s*\w+\s*\.\s*slice\s*\(\s*\)\s*\)/;
    const moves = this.handlersOf(/^['"]pointermove['"]$/);
    const ups = this.handlersOf(/^['"](pointerup|pointerupoutside)['"]$/);
    if (!moves.length || !ups.length) return;
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/((?:this|\w+)\s*\.\s*(\w+))\s*=\s*([^;]+);/g)) {
        const [, target, field, value] = m;
        if (!COPY.test(value.trim()) || !/before|snap|undo|prev|history|saved|backup|copy|old/i.test(field)) continue;
        const owner = target.split('.')[0].trim();
        // called (by name) from a pointermove handler, or the move handler itself
        const fromMove = moves.find((h) => h === f.node || (f.name && new RegExp(`(?<![\\w$])(this\\s*\\.\\s*)?${f.name}\\s*\\(`).test(this.text(h.body))));
        if (!fromMove) continue;
        const read = ups.find((h) => new RegExp(`\\b${owner}\\s*\\.\\s*${field}\\b`).test(this.text(h.body)) && /push|unshift|history|undo|stack/i.test(this.text(h.body)));
        if (!read) continue;
        const line = this.lineIn(f, m.index);
        this.add('state_not_updated', true, `${target.replace(/\s+/g, '')} = ${value.trim()} (line ${line}) is taken again for every cell the pointer moves over${f.node === fromMove ? '' : ` (${f.name}() runs from the pointermove handler)`}, and the pointerup handler keeps it for undo (line ${this.lineAt(read.start)}): the "before" is the picture just before the stroke's last cell, so an undo takes back only that cell (take it once, on pointerdown)`, line, 'snapshot on pointerdown');
        return;
      }
    }
  }

  // const ch = String.fromCharCode(event.keyCode).toLowerCase(): keyCode names the key, not the character typed, so the
  // comma (188) and the full stop (190) come out as other characters and never match (event.key)
  characterFromKeyCode() {
    const m = /String\s*\.\s*fromCharCode\s*\(\s*([\w.]*)\.\s*(keyCode|which)\s*\)/.exec(this.code);
    if (!m) return;
    // the text typed against holds characters whose key codes are not their character codes
    const texts = [...this.code.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((t) => t[2]).filter((t) => t.length > 3);
    const odd = texts.find((t) => /[,.;:'/\-?!]/.test(t) && /[a-z]{2,}/i.test(t) && !/^[\w.-]+\.(png|jpg|json)$/.test(t) && /\s/.test(t));
    if (!odd) return;
    const line = this.lineAt(m.index);
    this.add('wrong_argument', true, `${m[0]} (line ${line}) turns a key code into a character, but a key code names the key, not what it types: a comma is 188 and a full stop 190, which come out as other characters, so text like "${odd.slice(0, 40)}" can never be typed (event.key)`, line, 'event.key');
  }

  // this.input.on('pointerdown', (p) => { if (p.getDistance() >= 8) return; this.tryBuild(p); }): when the button goes
  // down the pointer has not moved from where it went down, so the distance is 0 and every drag still builds (test it
  // on pointerup)
  dragTestedOnPress() {
    for (const h of this.handlersOf(/^['"]pointerdown['"]$|POINTER_DOWN$/)) {
      const text = this.text(h.body);
      const p = h.params[0] && h.params[0].type === 'Identifier' ? h.params[0].name : null;
      if (!p) continue;
      const m = new RegExp(`${p}\\s*\\.\\s*getDistance\\s*\\(\\s*\\)\\s*(>|>=|<|<=)\\s*[\\w.]+|Distance\\s*\\.\\s*Between\\s*\\(\\s*${p}\\s*\\.\\s*downX\\s*,\\s*${p}\\s*\\.\\s*downY\\s*,\\s*${p}\\s*\\.\\s*[xy]\\b[^)]*\\)\\s*(>|>=|<|<=)\\s*[\\w.]+`).exec(text);
      if (!m) continue;
      const line = this.lineAt(h.body.start + m.index);
      this.add('never_fires', true, `${m[0]} (line ${line}) tells a drag from a click in the pointerdown handler, but when the button goes down the pointer is still where it went down: the distance is 0 there, so every drag counts as a click (test it on pointerup)`, line, 'test on pointerup');
      return;
    }
  }
}

function inputFindings(ast, code, facts) {
  return new InputRules(ast, code, facts).run();
}

module.exports = { inputFindings };
