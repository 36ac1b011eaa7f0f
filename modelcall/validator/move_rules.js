'use strict';
// Whole-program checks of a player's moves in puzzles and card games: the clicked cell toggled twice (once by itself
// and once through a [0, 0] in its neighbour list), a step taken back that stays marked as visited, an undo snapshot
// taken after the move it should undo, a typed word counted done one letter early, and a face-up card that can be
// picked again and matched with itself, the gap to a target scaled by a step without being made a unit vector first,
// a home position taken from an object before it is placed, and a respawn point taken from the foot of a flag that
// puts the player's middle on the ground line, and a lead point worked out from a target's velocity, shown, and never
// aimed at, and a vector scaled and then normalised (the scale is lost),
// and a facing set every frame from a velocity that is 0 when no key is down, headings averaged as plain numbers
// across the wrap at ±PI, a crate pushed onto another because the cell behind it is asked about walls only, a ground
// texture scrolled against the things moving on it, Angle.BetweenY steering along the x axis, and ContainsRect's
// container and contained swapped.
// Round 68: a path's own point kept and moved in place by every walker made from it (through a constructor or an
// object literal).
// Round 69's left-overs: a reverse tested against the queued turn, ContainsRect asked whether the steered piece holds
// something else.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

const TOGGLE_NAME = /flip|toggle|switch|invert/i;
// the names a player's own piece goes by
const PLAYER = /^(this\.)?(player|hero|frog|chicken|avatar|ship|car|cat|mouse|runner|knight|character|me)$/i;
const TOGGLE_BODY = /=\s*!\s*[\w.[\]]|\^=|=\s*1\s*-\s*[\w.[\]]/;

function isOffsetPair(n) {
  if (n && n.type === 'ArrayExpression' && n.elements.length === 2) return n.elements.every((e) => e && offsetValue(e) !== null);
  if (n && n.type === 'ObjectExpression' && n.properties.length === 2) return n.properties.every((p) => p.type === 'Property' && offsetValue(p.value) !== null);
  return false;
}

function offsetValue(n) {
  if (n.type === 'Literal' && typeof n.value === 'number') return n.value;
  if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') return -n.argument.value;
  return null;
}

function isZeroPair(n) {
  const values = n.type === 'ArrayExpression' ? n.elements : n.properties.map((p) => p.value);
  return values.every((v) => offsetValue(v) === 0);
}

class MoveRules extends RuleSet {
  run() {
    if (/\[\s*0\s*,\s*0\s*\]|dx\s*:\s*0\s*,\s*dy\s*:\s*0/.test(this.code)) this.centreToggledTwice();
    if (/new\s+Set\s*\(/.test(this.code) && /\.pop\s*\(\s*\)/.test(this.code)) this.steppedBackStaysVisited();
    if (/\.pop\s*\(\s*\)/.test(this.code) && /undo/i.test(this.code)) this.snapshotAfterMove();
    if (/\.length\s*-\s*1\s*\)/.test(this.code) && /(\+\+|\+=\s*1\b)/.test(this.code)) this.wordDoneOneEarly();
    if (/(pointerdown|pointerup|gameobjectdown)/.test(this.code) && /if\s*\(\s*!\s*\w+\.\w+\s*\)/.test(this.code)) this.cardMatchedWithItself();
    if (/\.scale\s*\(/.test(this.code) && /subtract\s*\(|new\s+Phaser\.Math\.Vector2\s*\([^;]*-/.test(this.code)) this.gapScaledUnnormalised();
    if (/\b(home|start|origin|orig|initial|spawn|rest)\w*\s*=\s*(new\s+Phaser\.Math\.Vector2\s*\(|\{\s*x\s*:)/i.test(this.code)) this.homeTakenBeforePlacing();
    if (/getBottom(Center|Left|Right)\s*\(\s*\)/.test(this.code)) this.respawnIntoGround();
    if (/\.body\s*\.\s*velocity\b/.test(this.code) && /Angle\s*\.\s*Between\s*\(|moveToObject\s*\(/.test(this.code)) this.leadWorkedOutNotAimedAt();
    if (/\.normalize\s*\(\s*\)/.test(this.code) && /\.scale\s*\(/.test(this.code)) this.scaledThenNormalised();

    if (/Math\s*\.\s*abs\s*\(\s*\w+\s*-\s*[\w.]+\s*\)\s*<=?/.test(this.code) && /Angle\s*\.\s*Between|Math\s*\.\s*atan2/.test(this.code)) this.angleGapUnwrapped();
    if (/startFollow\s*\(/.test(this.code) && !/rotateToPath/.test(this.code)) this.followerFacingNeverTurned();
    if (/setFlipX\s*\(|flipX\s*=|facing\s*=/i.test(this.code)) this.facingResetWhenStill();
    if (/\+=\s*[\w.\[\]]+\.(rotation|angle|heading|direction)\s*;/.test(this.code)) this.anglesAveragedPlainly();
    if (/(box|crate|block|rock|boulder|barrel|stone)\w*(At\s*\(|s\s*\.\s*find\s*\()|(find|get)(Box|Crate|Block|Rock|Boulder|Barrel|Stone)\w*\s*\(/i.test(this.code)) this.pushedOntoAnother();
    if (/tilePosition[XY]\s*(\+=|-=)/.test(this.code)) this.groundScrolledAgainstTheWorld();
    if (/Angle\s*\.\s*BetweenY\s*\(/.test(this.code)) this.angleFromYAxisSteered();
    if (/ContainsRect\s*\(/.test(this.code)) this.containerAndContainedSwapped();
    if (/^const\s+\w+\s*=[^;]*(new\s+Phaser\s*\.\s*Math\s*\.\s*Vector2|\{\s*x\s*:)/m.test(this.code) && /\.\s*(add|copy|subtract|scale|lerp|set|rotate)\s*\(|\.\s*[xy]\s*[+-]=/.test(this.code)) this.sharedPointMoved();
    if (/\)\s*return\s*;\s*this\s*\.\s*\w+\s*=\s*\w+\s*;/.test(this.code)) this.reverseTestedOnQueuedTurn();
    return this.found;
  }

  // const AROUND = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]; this.flip(c, r); AROUND.forEach(([dc, dr]) =>
  // this.flip(c + dc, r + dr)): the [0, 0] already toggles the clicked cell, and the call before it toggles it back,
  // so the clicked light never changes (drop one of the two)
  centreToggledTwice() {
    const lists = new Map();
    walk(this.ast, (n) => {
      if (n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init || n.init.type !== 'ArrayExpression') return;
      const items = n.init.elements;
      if (items.length >= 3 && items.every(isOffsetPair) && items.some(isZeroPair)) lists.set(n.id.name, n);
    });
    for (const [list, decl] of lists) {
      for (const fn of this.functions()) {
        const loop = new RegExp(`\\b${list}\\s*\\.\\s*forEach\\s*\\(|\\bof\\s+${list}\\s*\\)`).exec(fn.text);
        if (!loop) continue;
        const inner = /([\w.]+)\s*\(\s*([\w.]+)\s*\+\s*\w+\s*,\s*([\w.]+)\s*\+\s*\w+\s*\)/.exec(fn.text.slice(loop.index, loop.index + 200));
        if (!inner) continue;
        const [, call, x, y] = inner;
        const direct = new RegExp(`(^|[^\\w.])${escape(call)}\\s*\\(\\s*${escape(x)}\\s*,\\s*${escape(y)}\\s*\\)`).exec(fn.text);
        if (!direct) continue;
        const callee = this.functions().find((f) => f.name === call.split('.').pop());
        if (!TOGGLE_NAME.test(call) && !(callee && TOGGLE_BODY.test(callee.text))) continue;
        const line = lineOf(fn.node) + fn.text.slice(0, direct.index).split('\n').length - 1;
        this.add('wrong_argument', true, `${call}(${x}, ${y}) (line ${line}) toggles the chosen cell, and ${list} (line ${lineOf(decl)}) holds [0, 0], so the loop over it toggles that same cell again: it ends as it was and never changes (drop the [0, 0] or the separate call)`, line, `${list} without [0, 0]`);
        return;
      }
    }
  }

  // this.path.push(cell); this.visited.add(key(cell)) with if (this.visited.has(key(cell))) return; and a step back
  // this.path.pop() that never deletes its key: the cell given back stays blocked, so a drawn line can never go
  // through it again (this.visited.delete(key(tail)))
  steppedBackStaysVisited() {
    for (const fn of this.functions()) {
      const added = /([\w.]+)\s*\.\s*add\s*\(/g;
      for (const m of fn.text.matchAll(added)) {
        const set = m[1];
        const esc = escape(set);
        if (!new RegExp(`${esc}\\s*=\\s*new\\s+Set\\s*\\(`).test(this.code)) continue;
        if (new RegExp(`${esc}\\s*\\.\\s*(delete|clear)\\s*\\(`).test(this.code)) continue;
        if (!new RegExp(`if\\s*\\([^;{]*${esc}\\s*\\.\\s*has\\s*\\(`).test(fn.text)) continue;
        const pushed = /([\w.]+)\s*\.\s*push\s*\(/.exec(fn.text);
        if (!pushed || pushed[1] === set) continue;
        const steps = escape(pushed[1]);
        const back = this.functions().find((f) => new RegExp(`${steps}\\s*\\.\\s*pop\\s*\\(\\s*\\)`).test(f.text)
          && !new RegExp(`${steps}\\s*=\\s*\\[|${esc}\\s*=`).test(f.text));
        if (!back) continue;
        const popAt = new RegExp(`${steps}\\s*\\.\\s*pop\\s*\\(\\s*\\)`).exec(back.text);
        const line = lineOf(back.node) + back.text.slice(0, popAt.index).split('\n').length - 1;
        this.add('state_not_updated', true, `${pushed[1]}.pop() (line ${line}) takes a step back, but its cell stays in ${set}, which blocks a cell already in it (${set}.has): the cell given back can never be entered again (${set}.delete(the popped cell's key))`, line, `${set}.delete`);
        return;
      }
    }
  }

  // moveDisc() { this.pegs[to].push(this.pegs[from].pop()); this.history.push(this.pegs.map((p) => p.slice())); }
  // undo() { this.pegs = this.history.pop(); }: the snapshot is taken after the move, so undo puts back the board as
  // it already is (take the snapshot before the move)
  snapshotAfterMove() {
    for (const undo of this.functions()) {
      const restored = /([\w.]+)\s*=\s*([\w.]+)\s*\.\s*pop\s*\(\s*\)\s*;/.exec(undo.text);
      if (!restored) continue;
      let [, state, history] = restored;
      if (!/^this\./.test(state)) {
        const local = state;
        const back = new RegExp(`(this\\.[\\w.]+)\\s*=\\s*${escape(local)}\\s*;`).exec(undo.text);
        if (!back) continue;
        state = back[1];
      }
      const esc = escape(state);
      for (const move of this.functions()) {
        if (move === undo) continue;
        const pushed = new RegExp(`${escape(history)}\\s*\\.\\s*push\\s*\\(`).exec(move.text);
        if (!pushed) continue;
        const copy = move.text.slice(pushed.index, pushed.index + 160);
        if (!new RegExp(`${esc}\\b`).test(copy.split(';')[0])) continue;
        const changed = new RegExp(`${esc}\\s*\\[[^\\]]+\\]\\s*(\\.\\s*(push|pop|splice|shift|unshift)\\s*\\(|(\\[[^\\]]+\\]\\s*)?=[^=])`).exec(move.text);
        if (!changed || changed.index > pushed.index) continue;
        const line = lineOf(move.node) + move.text.slice(0, pushed.index).split('\n').length - 1;
        this.add('wrong_order', true, `${history}.push(…) (line ${line}) saves ${state} after the move has already changed it (line ${lineOf(move.node) + move.text.slice(0, changed.index).split('\n').length - 1}), and the undo puts back what ${history}.pop() returns (line ${lineOf(undo.node) + undo.text.slice(0, restored.index).split('\n').length - 1}): the first undo restores the board as it already is (save the snapshot before the move)`, line, 'snapshot before the move');
        return;
      }
    }
  }

  // if (ch === this.word[this.cursor]) { this.cursor++; if (this.cursor === this.word.length - 1) done(); }: after the
  // step the cursor counts the letters typed, so the word is done one letter early (this.cursor === this.word.length)
  wordDoneOneEarly() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'IfStatement' || n.consequent.type !== 'BlockStatement') return;
      const test = this.text(n.test);
      const read = /([\w.]+)\s*\[\s*([\w.]+)\s*\]|([\w.]+)\s*\.\s*charAt\s*\(\s*([\w.]+)\s*\)/.exec(test);
      if (!read || !/===?|!==?/.test(test)) return;
      const word = read[1] || read[3];
      const index = read[2] || read[4];
      const body = n.consequent.body;
      const stepAt = body.findIndex((s) => s.type === 'ExpressionStatement' && new RegExp(`^${escape(index)}\\s*(\\+\\+|\\+=\\s*1)\\s*;?$`).test(this.text(s)));
      if (stepAt < 0) return;
      for (const s of body.slice(stepAt + 1)) {
        if (s.type !== 'IfStatement') continue;
        const late = new RegExp(`^${escape(index)}\\s*(===?|>=)\\s*${escape(word)}\\s*\\.\\s*length\\s*-\\s*1$`).exec(this.text(s.test));
        if (!late) continue;
        this.add('off_by_one', true, `${this.text(s.test)} (line ${lineOf(s)}) runs after ${index} has moved past the letter just matched (line ${lineOf(body[stepAt])}), so ${index} counts the letters typed: the word counts as done one letter early and its last letter is never needed (${index} === ${word}.length)`, lineOf(s), `${index} === ${word}.length`);
        return;
      }
    });
  }

  // flip(card) { if (this.busy) return; show(card); if (!this.first) { this.first = card; return; } if
  // (this.first.getData('symbol') === card.getData('symbol')) pairs++ }: nothing keeps the face-up first card from being
  // clicked again, so one card is matched with itself and counts a pair (if (card === this.first) return)
  cardMatchedWithItself() {
    for (const fn of this.functions()) {
      const params = fn.node.params.filter((p) => p.type === 'Identifier').map((p) => p.name);
      if (!params.length) continue;
      let card = null;
      let first = null;
      let firstIf = null;
      walk(fn.node.body, (n) => {
        if (first || n.type !== 'IfStatement') return;
        const m = /^!\s*((?:this|\w+)\.\w+)$|^((?:this|\w+)\.\w+)\s*===?\s*null$/.exec(this.text(n.test));
        if (!m) return;
        const field = m[1] || m[2];
        if (!/^this\./.test(field) && !params.includes(field.split('.')[0])) return;
        const kept = new RegExp(`${escape(field)}\\s*=\\s*(\\w+)\\s*;`).exec(this.text(n.consequent));
        if (kept && params.includes(kept[1])) { first = field; firstIf = n; card = kept[1]; }
      });
      if (!first) continue;
      // a guard before the first pick that turns away this very card: compared with the first one, or already face up
      const before = this.code.slice(fn.node.body.start, firstIf.start);
      const guards = [...before.matchAll(/if\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].map((g) => g[1]).filter((t) => new RegExp(`\\b${card}\\b`).test(t));
      const matched = /([\w.]+)\s*\.\s*getData\s*\(\s*['"](matched|paired|done|solved|found)['"]\s*\)|([\w.]+)\s*\.\s*(matched|paired|done|solved|found)\b/g;
      if (guards.some((t) => new RegExp(`\\b${card}\\b`).test(t.replace(matched, '')))) continue;
      if (new RegExp(`\\b${card}\\s*\\.\\s*(disableInteractive|removeInteractive|off|removeAllListeners)\\s*\\(|\\b${card}\\s*\\.\\s*input\\s*\\.\\s*enabled\\s*=`).test(fn.text)) continue;
      // the same card compared with itself: `first === card` anywhere in the function or its callers' guards
      if (new RegExp(`\\b${card}\\s*[!=]==?\\s*${escape(first)}\\b|${escape(first)}\\s*[!=]==?\\s*${card}\\b`).test(fn.text)) continue;
      const after = this.code.slice(firstIf.end, fn.node.body.end);
      const aliasFirst = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${escape(first)}\\s*;`).exec(after);
      const aliasCard = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${card}\\s*;`).exec(after);
      const a = aliasFirst ? `(?:${escape(first)}|${aliasFirst[1]})` : escape(first);
      const b = aliasCard ? `(?:${card}|${aliasCard[1]})` : card;
      const same = new RegExp(`${a}\\s*\\.\\s*(getData\\s*\\(\\s*['"]\\w+['"]\\s*\\)|\\w+)\\s*===?\\s*${b}\\s*\\.\\s*\\1|${b}\\s*\\.\\s*(getData\\s*\\(\\s*['"]\\w+['"]\\s*\\)|\\w+)\\s*===?\\s*${a}\\s*\\.\\s*\\2`).exec(after);
      if (!same) continue;
      if (aliasFirst && aliasCard && new RegExp(`\\b${aliasFirst[1]}\\s*[!=]==?\\s*${aliasCard[1]}\\b|\\b${aliasCard[1]}\\s*[!=]==?\\s*${aliasFirst[1]}\\b`).test(after)) continue;
      // every caller hands the card over with no test of its own
      if (!fn.name || this.callersTest(fn)) continue;
      const line = lineOf(firstIf);
      this.add('state_not_updated', true, `${fn.name}(${card}) keeps the first pick in ${first} (line ${line}) but never checks that the next pick is another card: clicking the face-up card again compares it with itself (line ${line + this.code.slice(firstIf.start, firstIf.end + same.index).split('\n').length - 1}) and counts a pair (if (${card} === ${first}) return, or skip cards already face up)`, line, `${card} !== ${first}`);
      return;
    }
  }

  // whether a call of fn has a test before it in the function around it (or there is no call at all)
  callersTest(fn) {
    let calls = 0;
    let tested = false;
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'CallExpression') return;
      const callee = n.callee.type === 'Identifier' ? n.callee.name : n.callee.type === 'MemberExpression' && !n.callee.computed ? n.callee.property.name : null;
      if (callee !== fn.name || !ctx.fn || ctx.fn === fn.node) return;
      calls += 1;
      if (/\bif\s*\(|\?|&&/.test(this.code.slice(ctx.fn.body.start, n.start))) tested = true;
    });
    return tested || !calls;
  }

  // const toTarget = this.target.clone().subtract(this.ship); toTarget.scale(step); this.ship.x += toTarget.x: the
  // gap is as long as the distance, so scaling it by a step of a few pixels moves the ship many times the whole gap
  // each frame; it jumps onto (past) the target instead of moving at the speed (toTarget.normalize().scale(step))
  gapScaledUnnormalised() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([^;]*?(\.clone\s*\(\s*\)\s*\.subtract\s*\(|new\s+Phaser\.Math\.Vector2\s*\(\s*[\w.]+\s*-\s*[\w.]+\s*,))[^;]*;/g)) {
        const v = m[1];
        if (/\.(normalize|setLength|limit)\s*\(/.test(m[0])) continue;
        const rest = fn.text.slice(m.index + m[0].length);
        const scaled = new RegExp(`(?<![\\w.$])${v}\\s*\\.\\s*scale\\s*\\(\\s*([^)]+)\\)`).exec(rest);
        if (!scaled) continue;
        const before = rest.slice(0, scaled.index);
        // made a unit vector (or divided by its length) before the scale, or a fraction of the gap on purpose (lerp)
        if (new RegExp(`${v}\\s*\\.\\s*(normalize|setLength|limit|divide)\\s*\\(|${v}\\s*=`).test(before) || /lerp|ease|fraction|ratio|\b[tk]\b|0\.\d/i.test(scaled[1])) continue;
        if (!new RegExp(`\\+=\\s*${v}\\s*\\.\\s*[xy]\\b|\\.add\\s*\\(\\s*${v}\\s*\\)`).test(rest.slice(scaled.index))) continue;
        const line = this.lineIn(fn, m.index + m[0].length + scaled.index);
        this.add('wrong_argument', true, `${v} (line ${this.lineIn(fn, m.index)}) is the whole gap to the target, and ${v}.scale(${scaled[1].trim()}) (line ${line}) multiplies that length by the step instead of making a step of it: each frame moves many times the distance, so it jumps onto or past the target instead of going at its speed (${v}.normalize().scale(${scaled[1].trim()}))`, line, `${v}.normalize().scale(${scaled[1].trim()})`);
        return;
      }
    }
  }

  // this.triangle = this.add.image(0, 0, 'tri'); this.home = new Vector2(this.triangle.x, this.triangle.y);
  // this.triangle.setPosition(w / 2, h / 2): the home is read before the object is put in place, so it is (0, 0)
  // and whatever goes back home goes to the corner (take the home after setPosition)
  homeTakenBeforePlacing() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/([\w.]*\b(?:home|start|origin|orig|initial|spawn|rest)\w*)\s*=\s*(?:new\s+Phaser\.Math\.Vector2\s*\(\s*([\w.]+)\.x\s*,\s*\2\.y\s*\)|\{\s*x\s*:\s*([\w.]+)\.x\s*,\s*y\s*:\s*\3\.y\s*\})/gi)) {
        const home = m[1];
        const obj = m[2] || m[3];
        const after = fn.text.slice(m.index + m[0].length);
        const placed = new RegExp(`(?<![\\w.$])${escape(obj)}\\s*\\.\\s*(setPosition\\s*\\(|x\\s*=(?!=)|y\\s*=(?!=)|setXY?\\s*\\()`).exec(after);
        // placed in the same straight run of statements, not inside a later handler
        if (!placed || /=>|\bfunction\b/.test(after.slice(0, placed.index))) continue;
        if (!new RegExp(`${escape(home)}\\s*\\.\\s*[xy]\\b`).test(this.code.slice(0, fn.node.body.start) + after.slice(placed.index) + this.code.slice(fn.node.body.end))) continue;
        const line = this.lineIn(fn, m.index + m[0].length + placed.index);
        this.add('wrong_order', true, `${home} is taken from ${obj} (line ${this.lineIn(fn, m.index)}) before ${obj} is put in place (line ${line}): it keeps where ${obj} was made, not where it starts, so going back to ${home} goes there (take ${home} after placing ${obj})`, this.lineIn(fn, m.index), `take ${home} after placing ${obj}`);
        return;
      }
    }
  }

  // this.checkpoint = flag.getBottomCenter() and player.body.reset(this.checkpoint.x, this.checkpoint.y): the point is
  // the flag's foot, on the ground line, and reset() puts the player's middle there, half inside the ground, where the
  // collider cannot push it out (flag.getCenter(), or the foot less half the player's height)
  respawnIntoGround() {
    for (const m of this.code.matchAll(/([\w.]+)\s*=\s*([\w.]+)\s*\.\s*getBottom(Center|Left|Right)\s*\(\s*\)\s*;/g)) {
      const [, point, from] = m;
      const esc = escape(point);
      const put = new RegExp(`([\\w.]+?)(\\.body)?\\s*\\.\\s*(reset|setPosition)\\s*\\(\\s*${esc}\\s*\\.\\s*x\\s*,\\s*${esc}\\s*\\.\\s*y\\s*\\)`).exec(this.code);
      if (!put) continue;
      const who = put[1];
      // the mover stands on its foot too (setOrigin(0.5, 1)), or the point is raised before use
      if (new RegExp(`${escape(who)}\\s*(=[^;]*)?\\.\\s*setOrigin\\s*\\(\\s*[\\d.]+\\s*,\\s*1\\s*\\)|${esc}\\s*\\.\\s*y\\s*(-=|=)`).test(this.code)) continue;
      const line = this.lineAt(put.index);
      this.add('wrong_argument', true, `${point} = ${from}.getBottom${m[3]}() (line ${this.lineAt(m.index)}) is the foot of ${from}, on the ground line, and ${put[0]} (line ${line}) puts the middle of ${who} there: half of it is inside the ground, where the collider cannot push it back out (${from}.getCenter(), or the foot less half ${who}'s height)`, line, `${from}.getCenter()`);
      return;
    }
  }

  // const aim = this.predictAim() (a point ahead of the drone, from this.drone.body.velocity), the crosshair put at
  // aim, and then Angle.Between(turret.x, turret.y, this.drone.x, this.drone.y): the shot goes where the target is now,
  // not where the lead was worked out, so it always lands behind a moving target (aim at aim.x, aim.y)
  leadWorkedOutNotAimedAt() {
    const velocityOf = (text) => new Set([...text.matchAll(/((?:this\s*\.\s*)?[A-Za-z_$][\w$]*)\s*\.\s*body\s*\.\s*velocity\b/g)].map((m) => m[1].replace(/\s+/g, '')));
    const bodies = new Map(this.functions().filter((f) => f.name).map((f) => [f.name, f.text]));
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([^;]+);/g)) {
        const [, point, value] = m;
        const helper = /^this\s*\.\s*(\w+)\s*\([^()]*\)$/.exec(value.trim());
        const led = velocityOf(helper && bodies.has(helper[1]) ? bodies.get(helper[1]) : value);
        if (!led.size) continue;
        const rest = fn.text.slice(m.index + m[0].length);
        if (!new RegExp(`(?<![\\w$.])${point}\\s*\\.\\s*[xy]\\b`).test(rest)) continue;
        for (const target of led) {
          const t = memberPattern(target);
          const aimed = new RegExp(`Angle\\s*\\.\\s*Between\\s*\\([^;]*?,\\s*${t}\\s*\\.\\s*x\\s*,\\s*${t}\\s*\\.\\s*y\\s*\\)|moveToObject\\s*\\(\\s*[^,]+,\\s*${t}\\s*[,)]`).exec(rest);
          if (!aimed) continue;
          if (new RegExp(`(Angle\\s*\\.\\s*Between|moveTo|velocityFromRotation|setVelocity|rotateTo|velocity\\s*\\.\\s*set)\\s*\\([^;]*(?<![\\w$.])${point}\\b`).test(rest)) continue;
          const line = this.lineIn(fn, m.index + m[0].length + aimed.index);
          this.add('wrong_argument', true, `${point} (line ${this.lineIn(fn, m.index)}) is a lead point worked out from ${target}'s velocity, but ${aimed[0].trim()} (line ${line}) aims at where ${target} is now, so the shot always lands behind a moving target and ${point} is only ever shown (aim at ${point}.x, ${point}.y)`, line, `${point}.x, ${point}.y`);
          return;
        }
      }
    }
  }

  // this.pull.set(dx, dy).scale(strength).normalize(): normalize() sets the length back to 1 after the scale, so every
  // pull has the same length 1 whatever the strength (normalize() first, then scale())
  scaledThenNormalised() {
    const at = /([\w.]+(?:\([^()]*\))?)\s*\.\s*scale\s*\(\s*([^()]*?)\s*\)\s*(?:;\s*\1\s*)?\.\s*normalize\s*\(\s*\)/.exec(this.code);
    if (!at || /^-/.test(at[2]) || /^\d*\.?\d+$/.test(at[2]) && Number(at[2]) === 1) return;
    const line = this.lineAt(at.index);
    this.add('wrong_order', true, `${at[0].trim()} (line ${line}) scales by ${at[2]} and then normalize() sets the length back to 1: the scale is lost and every vector has length 1 (normalize() first, then scale(${at[2]}))`, line, `normalize().scale(${at[2]})`);
  }

  // const toTarget = Angle.Between(guard, target); Math.abs(toTarget - this.facing) <= HALF_FOV with this.facing
  // set to Math.PI: angles run from -PI to PI, so a target just past PI on the other side is nearly 2 * PI away by
  // plain subtraction and the guard facing left misses half of its cone (Angle.Wrap(toTarget - this.facing))
  angleGapUnwrapped() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*(?:Phaser\s*\.\s*Math\s*\.\s*Angle\s*\.\s*Between|Math\s*\.\s*atan2)\s*\(/g)) {
      const local = m[1];
      const rest = this.code.slice(m.index, m.index + 600);
      const gap = new RegExp(`Math\\s*\\.\\s*abs\\s*\\(\\s*${local}\\s*-\\s*([\\w.]+)\\s*\\)\\s*<=?|Math\\s*\\.\\s*abs\\s*\\(\\s*([\\w.]+)\\s*-\\s*${local}\\s*\\)\\s*<=?`).exec(rest);
      if (!gap) continue;
      const facing = gap[1] || gap[2];
      const esc = memberPattern(facing);
      if (!new RegExp(`${esc}\\s*=(?!=)[^;]*Math\\s*\\.\\s*PI\\b(?!\\s*\\/)`).test(this.code)) continue;
      const line = this.lineAt(m.index + gap.index);
      this.add('wrong_argument', true, `Math.abs(${local} - ${facing}) (line ${line}) compares two angles by plain subtraction, while ${facing} is set to Math.PI: angles run from -PI to PI, so one just across the line behind is almost 2 * PI away and a cone facing left misses half of what it covers (Phaser.Math.Angle.Wrap(${local} - ${facing}))`, line, `Phaser.Math.Angle.Wrap(${local} - ${facing})`);
      return;
    }
  }

  // headingSum += other.rotation; ... headingSum / neighbours: angles wrap round at ±PI (±180), so the plain mean of
  // two birds flying left, at 3.1 and -3.1, is 0, straight right (average the unit vectors: Math.atan2(Σ sin, Σ cos))
  anglesAveragedPlainly() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/([\w.]+)\s*\+=\s*([\w.\[\]]+)\.(rotation|angle|heading|direction)\s*;/g)) {
        const [, sum, , field] = m;
        const esc = memberPattern(sum);
        const mean = new RegExp(`${esc}\\s*\\/=?\\s*[\\w.(]`).exec(fn.text.slice(m.index + m[0].length));
        if (!mean) continue;
        const line = this.lineIn(fn, m.index);
        const unit = field === 'angle' ? '180' : 'PI';
        this.add('wrong_argument', true, `${sum} += ….${field} (line ${line}) adds angles up and ${sum} / … (line ${this.lineIn(fn, m.index + m[0].length + mean.index)}) takes their plain mean, but angles wrap round at ±${unit}: two headings just either side of ±${unit}, both pointing left, average to 0, pointing right, so the turn goes the wrong way (sum the unit vectors, Math.cos and Math.sin of each, and take Math.atan2 of the sums)`, line, 'Math.atan2 of the summed unit vectors');
        return;
      }
    }
  }

  // this.guard.startFollow({ duration: 14000, repeat: -1 }) with its sight read from this.guard.rotation: a path
  // follower turns along the path only with rotateToPath: true, so its rotation stays 0 and it always looks right
  followerFacingNeverTurned() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*startFollow\s*\(/g)) {
      const who = m[1];
      const esc = memberPattern(who);
      if (new RegExp(`${esc}\\s*\\.\\s*(setRotation|setAngle)\\s*\\(|${esc}\\s*\\.\\s*(rotation|angle)\\s*(=[^=]|\\+=|-=)`).test(this.code)) continue;
      const read = new RegExp(`${esc}\\s*\\.\\s*(rotation|angle)\\b(?!\\s*(=[^=]|\\+=|-=))|\\{[^{}=]*\\b(rotation|angle)\\b[^{}=]*\\}\\s*=\\s*${esc}\\s*;`).exec(this.code);
      if (!read) continue;
      const line = this.lineAt(read.index);
      this.add('state_not_updated', true, `${who} follows its path (startFollow, line ${this.lineAt(m.index)}) without rotateToPath: true, so its ${read[1] || read[3]} never changes from 0, and what is read from it (line ${line}) always faces the same way (startFollow({ ..., rotateToPath: true }))`, line, 'rotateToPath: true');
      return;
    }
  }

  // let vx = 0; (arrow keys set it) ... this.hero.setFlipX(vx < 0); every frame, and the punch goes the way flipX says:
  // when no key is down vx is 0, so the hero turns back to the right as soon as he stops, and a punch at a thug on his
  // left swings right (turn him only while he moves: if (vx !== 0) ...)
  facingResetWhenStill() {
    for (const fn of this.functions()) {
      const zeroed = new Set();
      for (const st of fn.node.body.body) {
        if (st.type !== 'VariableDeclaration' || st.kind === 'const') continue;
        for (const d of st.declarations) if (d.id.type === 'Identifier' && d.init && d.init.type === 'Literal' && d.init.value === 0) zeroed.add(d.id.name);
      }
      // const dir = new Phaser.Math.Vector2((right.isDown ? 1 : 0) - (left.isDown ? 1 : 0), ...): zero when no key is down
      for (const st of fn.node.body.body) {
        if (st.type !== 'VariableDeclaration') continue;
        for (const d of st.declarations) if (d.id.type === 'Identifier' && d.init && /new\s+Phaser\s*\.\s*Math\s*\.\s*Vector2\s*\([^;]*isDown\s*\?\s*1\s*:\s*0/.test(this.text(d.init))) zeroed.add(d.id.name);
      }
      if (!zeroed.size || !/isDown|cursors|keys?\b|pointer/i.test(fn.text)) continue;
      const byVelocity = (test) => {
        let all = true, any = false;
        walk(test, (n) => { if (n.type === 'Identifier') { if (zeroed.has(n.name)) any = true; } });
        if (test.type !== 'BinaryExpression' || !['<', '>', '<=', '>='].includes(test.operator)) all = false;
        return any && all;
      };
      for (const st of fn.node.body.body) {
        if (st.type !== 'ExpressionStatement') continue;
        const e = st.expression;
        let facing = null;
        if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.property.name === 'copy' && e.arguments.length === 1 && e.arguments[0].type === 'Identifier' && zeroed.has(e.arguments[0].name) && /^this\.\w+$/.test(this.text(e.callee.object))) {
          facing = { read: new RegExp(`${memberPattern(this.text(e.callee.object))}\\s*\\.\\s*[xy]\\b`), what: this.text(e.callee.object), effect: 'the facing becomes (0, 0) as soon as the player stops, and what is sent the facing way goes nowhere' };
        } else if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.property.name === 'setFlipX' && e.arguments[0] && byVelocity(e.arguments[0])) {
          facing = { read: new RegExp(`${memberPattern(this.text(e.callee.object))}\\s*\\.\\s*flipX\\b`), what: `${this.text(e.callee.object)}.flipX` };
        } else if (e.type === 'AssignmentExpression' && e.operator === '=' && e.left.type === 'MemberExpression' && e.right.type === 'ConditionalExpression') {
          let c = e.right, ok = true;
          while (c.type === 'ConditionalExpression') { if (!byVelocity(c.test) || c.consequent.type !== 'Literal') ok = false; c = c.alternate; }
          if (ok && c.type === 'Literal') facing = { read: new RegExp(`${memberPattern(this.text(e.left))}\\b(?!\\s*=[^=])`), what: this.text(e.left) };
        }
        if (!facing) continue;
        const elsewhere = this.functions().filter((f) => f !== fn && !(f.node.start <= fn.node.start && fn.node.end <= f.node.end) && facing.read.test(f.text));
        if (!elsewhere.length) continue;
        const line = lineOf(st);
        const used = [...zeroed].filter((v) => new RegExp(`\\b${v}\\b`).test(this.text(e)));
        this.add('state_not_updated', true, `${this.text(e)} (line ${line}) runs every time, also when ${used.join(' and ')} ${used.length > 1 ? 'are' : 'is'} 0 because no key is down: ${facing.effect || 'the facing goes back to the same side as soon as the player stops'}, and ${facing.what}, read at line ${this.lineIn(elsewhere[0], elsewhere[0].text.search(facing.read))}, no longer says where it last moved (set it only while it moves)`, line, 'facing kept while still');
        return;
      }
    }
  }

  // const crate = this.crateAt(nx, ny); const bx = nx + dx, by = ny + dy; if (this.isWall(bx, by)) return; crate.x = bx:
  // the cell behind the pushed crate is asked about walls only, so a crate is pushed onto another crate and the two
  // share a cell (ask crateAt(bx, by) too)
  pushedOntoAnother() {
    const LOOKUP = /^(?:this\.)?(\w*(box|crate|block|rock|boulder|barrel|stone)\w*At|(find|get)(Box|Crate|Block|Rock|Boulder|Barrel|Stone)\w*)$/i;
    const WALL = /^(?:this\.)?\w*(wall|solid)\w*$/i;
    const THING = /(box|crate|block|rock|boulder|barrel|stone)/i;
    for (const fn of this.functions()) {
      const calls = [];
      const lookups = [];
      walk(fn.node.body, (n, parent, key, ctx) => {
        if (ctx.fn || n.type !== 'CallExpression') return;
        const callee = this.text(n.callee);
        if (n.arguments.length === 2 && n.arguments.every((a) => a.type === 'Identifier')) {
          const c = { n, callee, args: n.arguments.map((a) => a.name) };
          calls.push(c);
          if (LOOKUP.test(callee)) lookups.push(c);
        }
        // boxes.find((b) => b.row === row && b.col === col): the cell is the two names compared
        const cb = n.arguments[0];
        if (n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.name === 'find' && THING.test(this.text(n.callee.object)) && cb && /Function/.test(cb.type)) {
          const names = [...this.text(cb.body).matchAll(/\.\s*\w+\s*===\s*([a-zA-Z_]\w*)\b(?!\s*[.(\[])/g)].map((m) => m[1]);
          if (names.length === 2) lookups.push({ n, callee: `${this.text(n.callee.object)}.find`, args: names });
        }
      });
      for (const look of lookups) {
        const [ax, ay] = look.args;
        // the cell behind: declared in this function as one more step from the looked-up cell
        const beyond = (a) => {
          const m = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${a}\\s*\\+\\s*\\w+\\s*[;,]|,\\s*(\\w+)\\s*=\\s*${a}\\s*\\+\\s*\\w+\\s*[;,]`).exec(fn.text);
          return m ? m[1] || m[2] : null;
        };
        const [bx, by] = [beyond(ax), beyond(ay)];
        if (!bx || !by) continue;
        const wall = calls.find((c) => WALL.test(c.callee) && c.args.includes(bx) && c.args.includes(by));
        if (!wall) continue;
        // another question about what is there (a goal or a target says nothing about it being free)
        const others = calls.filter((c) => c !== wall && c.args.includes(bx) && /(At|occupied|blocked|free|empty|busy|taken)$|^(?:this\.)?(is|can|has)[A-Z]/.test(c.callee) && !/goal|target|inside|bounds|valid/i.test(c.callee));
        const asked = others.length || new RegExp(`\\[[^\\]]*\\b${bx}\\b[^\\]]*\\]|[!=]==?\\s*${bx}\\b|\\b${bx}\\s*[!=]==?|\\.(some|find|filter|includes|has)\\s*\\([^;]*\\b${bx}\\b`).test(fn.text);
        if (asked) continue;
        // the pushed thing is then moved there
        if (!new RegExp(`\\.\\s*\\w+\\s*=\\s*${bx}\\b`).test(fn.text)) continue;
        const line = lineOf(wall.n);
        const thing = THING.exec(look.callee)[1].toLowerCase();
        const ask = look.callee.endsWith('.find') ? `${look.callee}(…) with ${bx}, ${by}` : `${look.callee}(${bx}, ${by})`;
        this.add('wrong_argument', true, `${this.text(wall.n)} (line ${line}) is all that is asked of the cell behind the ${thing} found with ${look.callee}(${look.callee.endsWith('.find') ? '…' : `${ax}, ${ay}`}) (line ${lineOf(look.n)}): a ${thing} pushed into another ${thing} moves onto it, and the two share one cell (ask ${ask} too)`, line, ask);
        return;
      }
    }
  }


  // this.road.tilePositionY += this.speed * dt and the fuel cans given setVelocityY(this.speed): a larger tilePositionY
  // moves the texture up, and the cans go down, so the road and what lies on it move opposite ways and the car seems
  // to reverse (this.road.tilePositionY -= this.speed * dt)
  groundScrolledAgainstTheWorld() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*tilePosition([XY])\s*(\+=|-=)\s*([^;]+);/g)) {
      const [, ground, axis, op, amount] = m;
      const speed = /this\s*\.\s*\w*speed\w*|\b[A-Z_]*SPEED[A-Z_]*\b|\b\w*[sS]peed\w*\b/.exec(amount);
      if (!speed) continue;
      const s = memberPattern(speed[0]);
      const a = axis.toLowerCase();
      // the world's objects: setVelocityX/Y(±speed), or x/y moved by ±speed
      const moved = new RegExp(`setVelocity${axis}\\s*\\(\\s*(-?)\\s*${s}\\b[^,)]*\\)|\\.\\s*${a}\\s*(\\+=|-=)\\s*${s}\\b`).exec(this.code);
      if (!moved) continue;
      const objectSign = moved[1] !== undefined ? (moved[1] === '-' ? -1 : 1) : (moved[2] === '-=' ? -1 : 1);
      const textureSign = op === '+=' ? 1 : -1;
      if (objectSign !== textureSign) continue;
      const line = this.lineAt(m.index);
      const way = axis === 'Y' ? ['up', 'down'] : ['left', 'right'];
      this.add('wrong_argument', true, `${ground}.tilePosition${axis} ${op} … (line ${line}) moves the texture ${textureSign > 0 ? way[0] : way[1]}, while the things on it move ${objectSign > 0 ? way[1] : way[0]} at the same speed (line ${this.lineAt(moved.index)}): the ground and what lies on it slide opposite ways (${ground}.tilePosition${axis} ${op === '+=' ? '-=' : '+='} …)`, line, `tilePosition${axis} ${op === '+=' ? '-=' : '+='}`);
      return;
    }
  }

  // const want = Phaser.Math.Angle.BetweenY(car.x, car.y, wp.x, wp.y) while the car drives along Math.cos(car.rotation)
  // on x: BetweenY measures from the y axis (for sprites that face up), so the heading wanted is mirrored and the car
  // turns away from its waypoint (Phaser.Math.Angle.Between)
  angleFromYAxisSteered() {
    const alongX = /\.x\s*(\+=|=[^=][^;]*\+)[^;]*Math\s*\.\s*cos\s*\([^)]*rotation|velocityFromRotation\s*\(/.exec(this.code);
    if (!alongX) return;
    for (const m of this.code.matchAll(/(?:Phaser\s*\.\s*Math\s*\.\s*)?Angle\s*\.\s*BetweenY\s*\(/g)) {
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `Angle.BetweenY (line ${line}) measures the angle from the y axis, for sprites drawn facing up, while this program moves along its rotation with the x axis as 0 (line ${this.lineAt(alongX.index)}): the heading it gives is mirrored, so what steers by it turns away from its target (Phaser.Math.Angle.Between)`, line, 'Phaser.Math.Angle.Between');
      return;
    }
  }

  // Phaser.Geom.Rectangle.ContainsRect(bounds, this.bayRect) with bounds the car's: ContainsRect(a, b) asks whether a
  // holds b, so this asks whether the small car holds the big bay, never true (ContainsRect(this.bayRect, bounds))
  containerAndContainedSwapped() {
    const INNER = /(bounds|car|player|body|sprite|piece|ship|hero|ball|box|block)\w*$/i;
    const OUTER = /(bay|zone|area|target|goal|slot|spot|region|field|pad|dock|garage|pen|basket|hole|parking)\w*$/i;
    // what a bounds variable was taken from: const frogBox = this.frog.getBounds() -> this.frog
    const sourceOf = (v) => {
      const d = new RegExp(`(?:const|let|var)\\s+${escape(v)}\\s*=\\s*([\\w.]+)\\s*\\.\\s*getBounds\\s*\\(`).exec(this.code);
      return d ? d[1] : v;
    };
    for (const m of this.code.matchAll(/ContainsRect\s*\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)/g)) {
      const [, a, b] = m;
      const named = INNER.test(a) && OUTER.test(b) && !OUTER.test(a);
      // the one the player steers, asked to hold something that is not the player
      const steered = PLAYER.test(sourceOf(a)) && !PLAYER.test(sourceOf(b)) && !/(coin|gem|item|pickup|star|key|food|dot|pellet|bullet)\w*$/i.test(sourceOf(b));
      if (!named && !steered) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `ContainsRect(${a}, ${b}) (line ${line}) asks whether ${a} holds all of ${b}: the first rectangle is the one around, so this asks whether the smaller one holds the larger and is never true (ContainsRect(${b}, ${a}))`, line, `ContainsRect(${b}, ${a})`);
      return;
    }
  }

  // const PATH = [...].map(([x, y]) => new Phaser.Math.Vector2(x, y)); class Creep { constructor(scene, start) {
  // this.pos = start; } … this.pos.add(step) } and new Creep(this, PATH[0]): every creep holds the same vector as
  // the path's first point and moves it in place, so all of them move as one and the path itself is bent
  // (this.pos = start.clone())
  sharedPointMoved() {
    const shared = new Set();
    for (const m of this.code.matchAll(/^const\s+(\w+)\s*=([^;]*)/gm)) {
      if (/new\s+Phaser\s*\.\s*Math\s*\.\s*Vector2|\{\s*x\s*:/.test(m[2])) shared.add(m[1]);
    }
    const inPlace = (path) => new RegExp(`${memberPattern(path)}\\s*\\.\\s*(add|copy|subtract|scale|lerp|set|setTo|rotate|normalize|negate|multiply)\\s*\\(|${memberPattern(path)}\\s*\\.\\s*[xy]\\s*([+*/-]?=)(?!=)`);
    for (const m of this.code.matchAll(/\bnew\s+([A-Z]\w*)\s*\(([^()]*)\)/g)) {
      const args = m[2].split(',').map((a) => a.trim());
      const at = args.findIndex((a) => { const k = /^(\w+)(\s*\[[^\]]+\])?$/.exec(a); return k && shared.has(k[1]); });
      if (at < 0) continue;
      const ctor = new RegExp(`class\\s+${m[1]}\\b[^{]*\\{[\\s\\S]*?constructor\\s*\\(([^)]*)\\)`).exec(this.code);
      if (!ctor) continue;
      const param = (ctor[1].split(',')[at] || '').trim();
      if (!/^\w+$/.test(param)) continue;
      const own = new RegExp(`this\\s*\\.\\s*(\\w+)\\s*=\\s*${param}\\s*;`).exec(this.code.slice(ctor.index));
      if (!own) continue;
      const classEnd = this.code.indexOf('\nclass ', ctor.index + 1);
      const body = this.code.slice(ctor.index, classEnd < 0 ? undefined : classEnd);
      const moved = inPlace(`this.${own[1]}`).exec(body);
      if (!moved) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `new ${m[1]}(…, ${args[at]}, …) (line ${line}) hands over ${args[at]} itself, ${m[1]} keeps it as this.${own[1]} without a copy and changes it in place (line ${this.lineAt(ctor.index + moved.index)}): every ${m[1]} made from it holds the same point, so they all move as one and ${args[at]} itself is moved (this.${own[1]} = ${param}.clone(), or a new Vector2 from its x and y)`, line, `${param}.clone()`);
      return;
    }
    // the same slip in an object literal: { pos: PATH[0], … } and later e.pos.x += …
    for (const m of this.code.matchAll(/[{,]\s*(\w+)\s*:\s*(\w+)\s*(\[[^\]]+\])?\s*(?=[,}])/g)) {
      if (!shared.has(m[2])) continue;
      const moved = new RegExp(`\\.\\s*${m[1]}\\s*\\.\\s*(add|copy|subtract|scale|lerp|set|setTo|rotate|normalize|negate|multiply)\\s*\\(|\\.\\s*${m[1]}\\s*\\.\\s*[xy]\\s*([+*/-]?=)(?!=)`).exec(this.code);
      if (!moved) continue;
      const line = this.lineAt(m.index);
      const given = m[2] + (m[3] || '');
      this.add('state_not_updated', true, `{ ${m[1]}: ${given} } (line ${line}) stores ${given} itself, not a copy, and the ${m[1]} is changed in place (line ${this.lineAt(moved.index)}): every object made this way holds the same point, so they move as one and ${given} itself is moved (${given}.clone(), or { x: ${given}.x, y: ${given}.y })`, line, `${given}.clone()`);
      return;
    }
  }

  // turn(d) { if (d.x === -this.nextDir.x && …) return; this.nextDir = d; } with step() { this.dir = this.nextDir; … }:
  // two quick presses within one step pass the test against each other, and the second turns the snake straight back
  // onto itself (test against the direction last moved, this.dir)
  reverseTestedOnQueuedTurn() {
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/if\s*\(([^;{}]*)\)\s*return\s*;\s*this\s*\.\s*(\w+)\s*=\s*(\w+)\s*;/g)) {
        const [, test, queued] = m;
        const q = `this\\s*\\.\\s*${queued}\\b`;
        if (!new RegExp(`-\\s*${q}|(opposite|OPP\\w*|reverse|back)\\w*\\s*[[(.]?[^)]*${q}|${q}[^)]*(opposite|OPP\\w*|reverse)`, 'i').test(test)) continue;
        const taken = new RegExp(`this\\s*\\.\\s*(\\w+)\\s*=\\s*${q}\\s*;`).exec(this.code);
        if (!taken || taken[1] === queued || new RegExp(`this\\s*\\.\\s*${taken[1]}\\b`).test(test)) continue;
        const where = this.functionAt(taken.index);
        if (!where || where === f) continue;
        const line = this.lineIn(f, m.index);
        this.add('wrong_argument', true, `if (${test.trim()}) return (line ${line}) turns a reverse away by testing it against this.${queued}, the turn queued for the next step, while the snake moves by this.${taken[1]} (set from it at line ${this.lineAt(taken.index)}): two quick presses within one step pass the test against each other and the second turns straight back (test against this.${taken[1]})`, line, `test against this.${taken[1]}`);
        return;
      }
    }
  }
}

function moveFindings(ast, code, facts) {
  return new MoveRules(ast, code, facts).run();
}

module.exports = { moveFindings };
