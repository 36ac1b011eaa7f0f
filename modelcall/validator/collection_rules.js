'use strict';
// Whole-program checks of JavaScript values read the wrong way in a game: a sum by reduce() with no start value over
// objects, the length of a Set or Map (undefined), the size of an array (undefined), a group's member walk
// (Set#iterate / Set#each) given an arrow whose value is false for some member, which stops the walk there, an
// interpolation k that runs past 1, a wrap with % of a value that goes below 0 (% keeps the sign), milliseconds divided
// by 60 for minutes, stored text compared with a boolean, an exact mark that fixed steps jump over, and the remainder of
// a game object's angle (which Phaser keeps in -180..180), an item read at index length (one past the last), and a
// middle square worked out as from + (to - from), which is the end square itself, and a count of what is left that is
// tested but never taken from, a cap written with Math.max (a floor), a copy made by slice() or concat() and thrown
// away, a group's members destroyed while its own child list is walked, a new order drawn and never kept, both
// halves of a pair flagged for scoring, a slot left holding an item moved out of it, an item scored on either branch
// but taken off the count of what is left on one only, and a random colour drawn once outside the handler that uses it,
// an index read after an in-place shuffle, `in` on flags made false, a field some items lack added as NaN, a list
// reversed in place beside a copy, a row index into the unsorted list, sibling lists indexed apart, || a bare value, a
// post-increment written back, NumberArrayStep's end, a loop guard count never spent, a second splice shifted by the
// first, a returned item already stored where it is compared, Array.from's mapper given the element, a decimal text
// parsed as an int, a sorted scan that never stops, and a run of consecutive values broken by a repeat kept in the
// sorted list, a used-up count read with || a default, a looked-up 0 taken for missing by !, a list sorted in place
// under its fixed indices, a Clamp to a count whose last index is one less, a pool counted with getLength(), and an
// index 0 taken for none by !.
// Round 68: an item never owned compared with <, a half or a share taken of the last term only (a + b / 2,
// TOTAL - left / TOTAL), Pad's default padding on both sides, trial division that stops short of the root, a polygon's
// signed area taken as an answer, data handed to a starting scene and changed before it starts, add.line(0, 0, …)
// about its middle, CounterClockwise (from North) for an angle counted from the right.
// Round 69's left-overs: a comparison with a new object nothing else holds, one random roll shown and another
// counted, a Map entry kept after its thing is destroyed, and a recipe matched by kinds alone where counts matter.
// Round 70: split() text added as numbers.
// Round 71: map() over an array of holes, a selection index handed in through a method, a getter's sort in place,
// an or of two not-equals, a global regex reused by test(), an alias spliced, a phrase's space asked to be guessed.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, memberPath, lineOf, literalValue } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');


const BOOLEAN_MEMBERS = /^(active|visible|alive|enabled|dead|done|ready|moving|willRender|is[A-Z]\w*|has[A-Z]\w*|can[A-Z]\w*)$/;
const COMPARE = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'instanceof', 'in']);

class CollectionRules extends RuleSet {
  run() {
    if (/\.reduce\s*\(/.test(this.code)) this.sumWithoutStart();
    if (/\.(length|size)\b/.test(this.code)) this.lengthOfWrongKind();
    if (/\.children\s*\.\s*(iterate|each)\s*\(/.test(this.code)) this.walkStoppedByFalse();
    if (/Interpolation\s*\.\s*(Linear|Bezier|CatmullRom)\s*\(/.test(this.code)) this.interpolationByIndex();
    if (/%/.test(this.code)) this.wrapBelowZero();
    if (/\/\s*60\b/.test(this.code)) this.millisecondsOverSixty();
    if (/getItem\s*\(/.test(this.code)) this.storedTextComparedAsValue();
    if (/===?/.test(this.code) && /-=|\+=/.test(this.code)) this.exactMarkSteppedOver();
    if (/\.key\b/.test(this.code) && !/toUpperCase|toLowerCase|localeCompare/.test(this.code)) this.typedCaseAgainstUpperWords();
    if (/\.angle\s*\/\s*\d+\s*\)?\s*%/.test(this.code)) this.wrappedAngleRemainder();
    if (/Snap\s*\.\s*To\s*\(/.test(this.code)) this.cellByRounding();
    if (/\*\s*\w+\s*\(|function\s*\*/.test(this.code) && /\)\s*\.\s*next\s*\(/.test(this.code)) this.generatorStartedEachTime();
    if (/Math\s*\.\s*floor\s*\(\s*\(/.test(this.code) && /\/\s*2\s*\)/.test(this.code)) this.halvingStuckAtTop();
    if (/new\s+Date\s*\([^)]*,\s*0\s*\)/.test(this.code)) this.lastDayOfPreviousMonth();
    if (/\[\s*[\w.]+\.length\s*\]/.test(this.code)) this.readPastTheEnd();
    if (/-\s*\w+\s*;/.test(this.code)) this.middleIsTheEnd();
    if (/\|\|\s*0\s*\)\s*\+\s*1/.test(this.code)) this.countLeftNeverSpent();
    if (/Math\s*\.\s*max\s*\([^;]*\b(MAX_|this\.max[A-Z])/.test(this.code)) this.capWrittenAsFloor();
    if (/\.(slice|concat)\s*\(/.test(this.code)) this.copyThrownAway();
    if (/getChildren\s*\(\s*\)\s*\.\s*forEach\s*\(/.test(this.code) && /\.destroy\s*\(/.test(this.code)) this.destroyedWhileWalked();
    if (/const\s*\[[^\]]+\]\s*=\s*[\w.]+\s*;/.test(this.code)) this.reorderShownNotKept();
    if (/setData\s*\(\s*['"]\w+['"]\s*,\s*false\s*\)|\.\w+\s*=\s*false\s*;/.test(this.code) && /(\+\+|\+=\s*1\b)/.test(this.code)) this.pairScoredTwice();
    if (/\[\s*\w+\s*\]\s*=\s*(null|undefined)\s*;/.test(this.code)) this.movedFromSlotKept();
    if (/(--|-=\s*1\b)/.test(this.code) && /===?\s*0\b|<=\s*0\b/.test(this.code)) this.leftTakenOnOneBranch();
    if (/RandomRGB|Math\s*\.\s*random|Between\s*\(|GetRandom|RND\s*\./.test(this.code) && /colou?r|tint|hue/i.test(this.code)) this.randomColourPickedOnce();

    if (/\.sort\s*\(/.test(this.code)) this.sortOffsetCancels();
    if (/\.reverse\s*\(\s*\)\s*\.\s*(forEach|map)\s*\(/.test(this.code)) this.listReversedInPlace();

    if (/Actions\s*\.\s*Call\s*\(/.test(this.code)) this.actionsCallIndex();
    if (/Math\s*\.\s*(max|min)\s*\(/.test(this.code)) this.maxOfArray();
    if (/new\s+Map\s*\(/.test(this.code)) this.mapReadByBrackets();
    if (/\.push\s*\([^;]*\.splice\s*\(/.test(this.code)) this.splicedArrayPushed();
    if (/setData\s*\(\s*['"]type['"]/.test(this.code)) this.builtInTypeForData();

    if (/\.map\s*\(\s*(Number\.)?parseInt\s*\)/.test(this.code)) this.mapParseInt();
    if (/\]\s*=\s*\[/.test(this.code)) this.swapJoinedToLineAbove();
    if (/[Ss]huffle\s*\(/.test(this.code)) this.indexReadAfterShuffle();
    if (/\bin\s+this\s*\.\s*\w+/.test(this.code)) this.keyTestedForFlag();
    if (/(\+=|-=)\s*\w+\s*\.\s*\w+\s*;/.test(this.code)) this.missingFieldAdded();
    if (/\.reverse\s*\(\s*\)/.test(this.code)) this.reversedInPlaceBesideCopy();
    if (/\.sort\s*\(/.test(this.code)) this.rowIndexIntoUnsorted();
    if (/\.(map|forEach)\s*\(\s*\(\s*\w+\s*,\s*\w+\s*\)/.test(this.code)) this.siblingListsIndexedApart();
    if (/(===?|!==?)\s*['"][^'"]*['"]\s*\|\|\s*['"]/.test(this.code) || /\|\|\s*['"][^'"]+['"]\s*(\)|;|&&|\|\|)/.test(this.code)) this.orWithBareValue();
    if (/=\s*[^;]*\b(\w+)\s*\+\+/.test(this.code)) this.postIncrementOverwritten();
    if (/NumberArrayStep\s*\(/.test(this.code)) this.stepArrayEndLeftOut();
    if (/while\s*\([^)]*&&/.test(this.code)) this.guardCountNeverSpent();
    if (/\.splice\s*\(\s*\w+\s*,\s*1\s*\)\s*;\s*[\w.]+\s*\.splice\s*\(/.test(this.code)) this.secondSpliceShifted();
    if (/return\s+\w+\s*;/.test(this.code)) this.returnedAlsoStored();
    if (/Array\s*\.\s*from\s*\(\s*\{\s*length/.test(this.code)) this.fromMapperGivenElement();
    if (/parseInt\s*\(/.test(this.code) && /['"]\d*\.\d+/.test(this.code)) this.decimalTextParsedAsInt();
    if (/\.sort\s*\(/.test(this.code) && /\bcontinue\b/.test(this.code)) this.sortedScanNeverStops();
    if (/straight|consecutive/i.test(this.code) && /\.sort\s*\(/.test(this.code)) this.runBrokenByDuplicates();
    if (/\.\w+\s*\|\|\s*(Infinity|-?\d)/.test(this.code)) this.usedUpCountOrDefault();
    if (/if\s*\(\s*!\s*\w+\s*\)/.test(this.code)) this.lookedUpZeroTakenForMissing();
    if (/(=|\breturn)\s*this\s*\.\s*\w+\s*\.\s*sort\s*\(/.test(this.code)) this.sortedInPlaceUnderItsIndices();
    if (/Clamp\s*\(/.test(this.code)) this.clampedToTheCount();
    if (/getLength\s*\(\s*\)/.test(this.code)) this.pooledCountedAsActive();
    if (/if\s*\(\s*!\s*this\s*\.\s*\w+\s*\)/.test(this.code)) this.indexZeroTakenForNone();
    if (/\[\s*\w+\s*\]\s*<[^<=]|>\s*[\w.]+\s*\[\s*\w+\s*\]/.test(this.code) && /Object\s*\.\s*(entries|keys)\s*\(|for\s*\(\s*(const|let|var)\s+\w+\s+in\b/.test(this.code)) this.missingKeyNeverShort();
    if (/\+[^;+]*\/\s*2\b/.test(this.code)) this.halfOfTheLastTermOnly();
    if (/\b(\w+)\s*-\s*[\w.]+(\s*\([^()]*\))?\s*\/\s*\1\b/.test(this.code)) this.shareOfTheLastTermOnly();
    if (/String\s*\.\s*Pad\s*\(/.test(this.code)) this.padOnBothSides();
    if (/Math\s*\.\s*sqrt\s*\(/.test(this.code) && /%\s*\w+\s*===?\s*0/.test(this.code)) this.trialDivisionStopsShort();
    if (/Geom\s*\.\s*Polygon\s*\(/.test(this.code) && /\.\s*area\b/.test(this.code)) this.polygonAreaSigned();
    if (/scene\s*\.\s*(launch|run|start)\s*\(\s*['"]\w+['"]\s*,\s*this\s*\.\s*\w+\s*\)/.test(this.code)) this.handedDataChangedAfter();
    if (/add\s*\.\s*line\s*\(\s*0\s*,\s*0\s*,/.test(this.code)) this.lineDrawnAboutItsMiddle();
    if (/Angle\s*\.\s*CounterClockwise\s*\(/.test(this.code)) this.counterClockwiseFromNorth();
    if (/[!=]==?\s*\w+|\w+\s*[!=]==?/.test(this.code) && /=\s*(\{|\[|new\s)/.test(this.code)) this.comparedWithFreshObject();
    if (/Between\s*\(|random|RND|GetRandom|Pick\s*\(/.test(this.code)) this.rolledTwiceForOneValue();
    if (/new\s+Map\s*\(/.test(this.code) && /\.destroy\s*\(/.test(this.code)) this.destroyedLeftInItsMap();
    if (/\.every\s*\(/.test(this.code) && /\.includes\s*\(/.test(this.code)) this.countsIgnoredBySameItems();
    if (/\.split\s*\(/.test(this.code)) this.splitTextAddedAsNumber();
    if (/\bArray\s*\(\s*[\w.]+\s*\)\s*\.\s*(map|forEach)\s*\(/.test(this.code)) this.mapOverHoles();
    if (/!==?\s*['"\d][^|]*\|\||===?\s*['"\d][^&]*&&/.test(this.code)) this.alwaysByOrOfNotEquals();
    if (/\/[gimsuy]*g[gimsuy]*\s*;/.test(this.code) && /\.test\s*\(/.test(this.code)) this.globalRegexTested();
    if (/\.splice\s*\(/.test(this.code)) this.aliasSpliced();
    if (/\.every\s*\(/.test(this.code) && /\.has\s*\(/.test(this.code)) this.spaceAskedToBeGuessed();
    return this.found;
  }

  // const top = this.pile[this.pile.length]: the last item is at length - 1, so this reads past the end and is always
  // undefined (this.pile[this.pile.length - 1])
  readPastTheEnd() {
    walk(this.ast, (n, parent, key) => {
      if (this.found.some((f) => f.expected === 'length - 1') || n.type !== 'MemberExpression' || !n.computed) return;
      if (n.property.type !== 'MemberExpression' || n.property.computed || n.property.property.name !== 'length') return;
      if (this.text(n.property.object) !== this.text(n.object)) return;
      // a write there appends, which is right
      if (parent && ((parent.type === 'AssignmentExpression' && key === 'left') || parent.type === 'UpdateExpression')) return;
      this.add('never_fires', true, `${this.text(n)} (line ${lineOf(n)}) reads one past the last item (the last is at ${this.text(n.object)}.length - 1): it is always undefined`, lineOf(n), 'length - 1');
    });
  }

  // this.inventory.slice(index, 1); as a statement: slice copies and changes nothing, and the copy is thrown away, so
  // the item stays (splice)
  copyThrownAway() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'splice') || n.type !== 'ExpressionStatement' || n.expression.type !== 'CallExpression') return;
      const callee = n.expression.callee;
      if (callee.type !== 'MemberExpression' || callee.computed || !['slice', 'concat'].includes(callee.property.name)) return;
      // Array#slice and concat take at most two arguments here (Graphics#slice draws, with five or more)
      if (!n.expression.arguments.length || n.expression.arguments.length > 2 || !/^this\.\w+$|^\w+$/.test(this.text(callee.object))) return;
      // this.slice(fruit) in a scene with its own slice() method is that method, not Array#slice
      if (callee.object.type === 'ThisExpression' || this.functions().some((f) => f.name === callee.property.name)) return;
      const fix = callee.property.name === 'slice' ? 'splice' : 'push';
      this.add('never_fires', true, `${this.text(n.expression)} (line ${lineOf(n)}) makes a new array and leaves ${this.text(callee.object)} as it was, and the new one is thrown away: nothing changes (${this.text(callee.object)}.${fix}(…))`, lineOf(n), fix === 'splice' ? 'splice' : 'push');
    });
  }

  // this.enemies.getChildren().forEach((enemy) => { ... if (hp === 0) enemy.destroy() }): destroy() takes the enemy
  // out of the very list being walked, so the next one moves into its place and is skipped
  // ([...this.enemies.getChildren()].forEach)
  destroyedWhileWalked() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.some((f) => f.expected === 'a copy of the list') || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'forEach') return;
      // a walk done on every frame, or by a repeating timer, catches the skipped member on the next one
      if (ctx.roles.includes('update')) return;
      const named = ctx.roles.filter(Boolean).pop();
      if ((named && new RegExp(`callback\\s*:\\s*(this\\.)?${named}\\b`).test(this.code)) || /callback\s*:/.test(this.code.slice(Math.max(0, n.start - 300), n.start))) return;
      const list = n.callee.object;
      if (list.type !== 'CallExpression' || list.callee.type !== 'MemberExpression' || list.callee.property.name !== 'getChildren' || list.arguments.length) return;
      const fn = n.arguments[0];
      if (!fn || !/Function/.test(fn.type) || !fn.params[0] || fn.params[0].type !== 'Identifier') return;
      const member = fn.params[0].name;
      const body = this.text(fn.body);
      const gone = new RegExp(`\\b${member}\\s*\\.\\s*destroy\\s*\\(|\\.\\s*remove\\s*\\(\\s*${member}\\s*,\\s*true`).exec(body);
      if (!gone) return;
      const line = this.lineAt(fn.body.start + gone.index);
      this.add('never_fires', true, `${gone[0]}…) (line ${line}) takes ${member} out of ${this.text(list)}, the list ${this.text(n.callee)} is walking (line ${lineOf(n)}): the next member moves into its place and is skipped (walk a copy: [...${this.text(list)}])`, line, 'a copy of the list');
    });
  }

  // const power = Math.max(dist * 4, MAX_POWER): the larger of the two is at least MAX_POWER, so every putt is full
  // power (Math.min caps it)
  capWrittenAsFloor() {
    for (const m of this.code.matchAll(/Math\s*\.\s*max\s*\(\s*([^,()]+(?:\([^()]*\))?[^,()]*)\s*,\s*((?:this\.)?MAX_[A-Z0-9_]+|this\.max[A-Z]\w*)\s*\)/g)) {
      if (/^\s*-|\bMIN|\bmin[A-Z]/.test(m[1])) continue;
      // a fixed cap: a constant made from a number (MAX_POWER = 600), not a limit worked out as it goes
      const cap = m[2].replace(/^this\./, '');
      if (!new RegExp(`\\b${cap}\\s*[=:]\\s*[\\d.]+\\s*[;,}\\n]`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) is never less than ${m[2]}: as a cap it makes every value the maximum (Math.min(${m[1].trim()}, ${m[2]}))`, line, 'Math.min');
      return;
    }
  }

  // left[ch] = (left[ch] || 0) + 1 for each letter of the answer, then if (left[g] > 0) mark it present, with nothing
  // taking one off: a letter that is in the answer once is marked at every other place it is guessed (left[g]--)
  countLeftNeverSpent() {
    for (const m of this.code.matchAll(/(\w+)\s*\[((?:[^[\]]|\[[^\]]*\])+)\]\s*=\s*\(\s*\1\s*\[\2\]\s*\|\|\s*0\s*\)\s*\+\s*1/g)) {
      const counts = m[1];
      const tested = new RegExp(`\\b${counts}\\s*\\[(?:[^[\\]]|\\[[^\\]]*\\])+\\]\\s*(>\\s*0|>=\\s*1)`).exec(this.code);
      if (!tested) continue;
      if (new RegExp(`\\b${counts}\\s*\\[(?:[^[\\]]|\\[[^\\]]*\\])+\\]\\s*(--|-=|=[^=])|--\\s*${counts}\\s*\\[`).test(this.code.replace(m[0], ''))) continue;
      const line = this.lineAt(tested.index);
      this.add('state_not_updated', true, `${tested[0]} (line ${line}) asks whether any of a letter is left, but nothing ever takes one from ${counts} (filled at line ${this.lineAt(m.index)}): a letter the answer holds once is marked at every place it is guessed (${counts}[…]-- when one is used)`, line, `${counts}[…]--`);
      return;
    }
  }

  // const dc = tc - fc; const mc = fc + dc;: fc + (tc - fc) is tc itself, so the square "between" the two is the
  // square moved to (fc + dc / 2)
  middleIsTheEnd() {
    const steps = new Map();
    walk(this.ast, (n) => {
      if (n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init || n.init.type !== 'BinaryExpression' || n.init.operator !== '-') return;
      if (/^[\w.]+$/.test(this.text(n.init.left)) && /^[\w.]+$/.test(this.text(n.init.right))) steps.set(n.id.name, [this.text(n.init.left), this.text(n.init.right)]);
    });
    if (!steps.size) return;
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'half the step') || n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init || n.init.type !== 'BinaryExpression' || n.init.operator !== '+') return;
      const [a, b] = [this.text(n.init.left), this.text(n.init.right)];
      const step = steps.get(b) || steps.get(a);
      const from = steps.get(b) ? a : b;
      if (!step || step[1] !== from || !/^(m|mid|middle|between|jumped|over|captured|cap)\w*$/i.test(n.id.name)) return;
      this.add('wrong_argument', true, `${n.id.name} = ${this.text(n.init)} (line ${lineOf(n)}) is ${from} + (${step[0]} - ${from}), which is ${step[0]} itself: the square between them is the square moved to (${from} + ${steps.get(b) ? b : a} / 2)`, lineOf(n), 'half the step');
    });
  }

  // this.guess = Math.floor((this.low + this.high) / 2) and, on "higher", this.low = this.guess: with low and high next
  // to each other the guess is low again and again, so the top number is never guessed (low = guess + 1)
  halvingStuckAtTop() {
    const m = /([\w.]+)\s*=\s*Math\s*\.\s*floor\s*\(\s*\(\s*([\w.]+)\s*\+\s*([\w.]+)\s*\)\s*\/\s*2\s*\)/.exec(this.code);
    if (!m) return;
    const [, mid, low] = m;
    const e = (x) => x.replace(/[.$]/g, (ch) => '\\' + ch);
    const up = new RegExp(`${e(low)}\\s*=\\s*${e(mid)}\\s*;`).exec(this.code);
    // a search that stops while the two ends are one apart (while (hi - lo > 1)) keeps the middle on purpose
    if (!up || new RegExp(`-\\s*${e(low)}\\s*>\\s*1\\b|${e(low)}\\s*\\+\\s*1\\s*<[^=]`).test(this.code)) return;
    const line = this.lineAt(up.index);
    this.add('never_fires', true, `${up[0].replace(/;$/, '')} (line ${line}) keeps ${mid} in the range, and ${mid} is the floor of the middle (line ${this.lineAt(m.index)}): once ${low} and the top are next to each other the same ${mid} comes again and again, so the top number is never reached (${low} = ${mid} + 1)`, line, `${low} = ${mid} + 1`);
  }

  // const step = this.bubbleSteps(this.values).next() on each tick, with *bubbleSteps() a generator: each call makes a
  // new generator at its start, so every tick gives the first step again (make it once and keep it: this.steps =
  // this.bubbleSteps(...), then this.steps.next())
  generatorStartedEachTime() {
    const generators = new Set();
    walk(this.ast, (n, parent) => {
      if (!/Function/.test(n.type) || !n.generator) return;
      if (n.id) generators.add(n.id.name);
      if (parent && (parent.type === 'MethodDefinition' || parent.type === 'Property') && parent.key) generators.add(parent.key.name || parent.key.value);
      if (parent && parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') generators.add(parent.id.name);
    });
    if (!generators.size) return;
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'one generator kept') || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'next') return;
      const made = n.callee.object;
      if (made.type !== 'CallExpression') return;
      const name = made.callee.type === 'Identifier' ? made.callee.name : made.callee.type === 'MemberExpression' && !made.callee.computed ? made.callee.property.name : null;
      if (!name || !generators.has(name)) return;
      this.add('never_fires', true, `${this.text(n)} (line ${lineOf(n)}) makes a new generator from ${name}() and takes its first step: each time this runs it starts again from the beginning, so it never gets past the first step (make it once, keep it, and call next() on the kept one)`, lineOf(n), 'one generator kept');
    });
  }

  // const col = Phaser.Math.Snap.To(pointer.x - OX, CELL) / CELL: Snap.To rounds to the nearest multiple, so a click
  // in the right half of a cell picks the next cell (Snap.Floor for the cell a point lies in)
  cellByRounding() {
    for (const c of this.calls) {
      if (c.name !== 'To' || !/(^|\.)Snap$/.test(c.on || '') || c.n.arguments.length < 2) continue;
      const size = this.text(c.n.arguments[1]);
      const after = this.code.slice(c.n.end, c.n.end + 40);
      const m = /^\s*\/\s*([\w.]+)/.exec(after);
      if (!m || m[1] !== size) continue;
      this.add('wrong_argument', true, `${this.text(c.n)} / ${size} (line ${lineOf(c.n)}) takes a cell index by rounding: Snap.To goes to the nearest multiple of ${size}, so a point in the far half of a cell gives the next cell (Phaser.Math.Snap.Floor for the cell the point lies in)`, lineOf(c.n), 'Phaser.Math.Snap.Floor');
      return;
    }
  }

  // new Date(this.year, this.month, 0).getDate() for the days of this.month, where this.month counts from 0 (it is
  // handed to new Date(year, month, 1) for the first weekday): day 0 is the last day of the month before, so February
  // gets January's 31 days (new Date(year, month + 1, 0))
  lastDayOfPreviousMonth() {
    const re = /new\s+Date\s*\(\s*([\w.]+)\s*,\s*([\w.]+)\s*,\s*0\s*\)/g;
    for (const m of this.code.matchAll(re)) {
      const [, year, month] = m;
      const esc = month.replace(/[.$]/g, (ch) => '\\' + ch);
      const yEsc = year.replace(/[.$]/g, (ch) => '\\' + ch);
      // the same month counted from 0 elsewhere: the first of it, or getMonth() stored in it
      if (!new RegExp(`new\\s+Date\\s*\\(\\s*${yEsc}\\s*,\\s*${esc}\\s*,\\s*1\\s*\\)|${esc}\\s*=\\s*[\\w.()]*getMonth\\s*\\(\\s*\\)\\s*;`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) is day 0 of ${month}, which JavaScript reads as the last day of the month before: with ${month} counted from 0 (as in new Date(${year}, ${month}, 1)) this gives the previous month's length (new Date(${year}, ${month} + 1, 0))`, line, `new Date(${year}, ${month} + 1, 0)`);
      return;
    }
  }

  // const rot = Math.round(pipe.angle / 90) % 4, with the angle turned by +90 each click: Phaser keeps a game object's
  // angle in -180..180, so after a half turn the angle is negative and so is the remainder (-1, -2): the turn count is
  // wrong for every angle past 180 (Phaser.Math.Wrap(..., 0, 4))
  wrappedAngleRemainder() {
    const m = /(Math\s*\.\s*(round|floor|ceil|trunc)\s*\(\s*)?([\w.]+)\.angle\s*\/\s*(\d+)\s*\)?\s*%\s*(\d+)/.exec(this.code);
    if (!m) return;
    // a parity test (% 2 === 0) holds for negative angles too
    if (/^\s*[!=]==?\s*0\b/.test(this.code.slice(m.index + m[0].length))) return;
    // the angle is turned on and on (+= a step, a tween to angle + step, or '+=' in a tween), so it passes 180
    if (!/\.angle\s*\+=|\bangle\s*:\s*['"`]\+=|\bangle\s*:\s*[\w.]+\.angle\s*\+|setAngle\s*\(\s*[\w.]+\.angle\s*\+/.test(this.code)) return;
    if (new RegExp(`\\+\\s*360|\\+\\s*${m[5]}\\s*\\)\\s*%|Wrap\\s*\\(`).test(this.code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20))) return;
    const line = this.lineAt(m.index);
    this.add('wrong_argument', true, `${m[0]} (line ${line}): Phaser keeps a game object's angle between -180 and 180, so once ${m[3]} has turned past 180 its angle is negative and JavaScript's % keeps the sign: the turn count comes out -1, -2 for angles that should give 3, 2 (Phaser.Math.Wrap(Math.round(${m[3]}.angle / ${m[4]}), 0, ${m[5]}))`, line, `Phaser.Math.Wrap(..., 0, ${m[5]})`);
  }

  // scene.bins.reduce((total, b) => total + b.count): with no start value reduce() begins with the first bin itself,
  // an object, so the total is '[object Object]3…' (text) and never equals a number (reduce(fn, 0))
  sumWithoutStart() {
    for (const c of this.calls) {
      if (c.name !== 'reduce' || c.n.arguments.length !== 1) continue;
      const fn = c.n.arguments[0];
      if (!/FunctionExpression$/.test(fn.type) || fn.params.length < 2 || fn.params.slice(0, 2).some((p) => p.type !== 'Identifier')) continue;
      const [acc, item] = fn.params.map((p) => p.name);
      const value = this.returned(fn);
      if (!value) continue;
      // the item is an object: only a member of it is taken (b.count), and the total is built from the accumulator
      const itemMember = (n) => n && n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === item;
      const isAcc = (n) => n && n.type === 'Identifier' && n.name === acc;
      let how = null;
      if (value.type === 'BinaryExpression' && ['+', '-', '*'].includes(value.operator)
        && ((isAcc(value.left) && itemMember(value.right)) || (isAcc(value.right) && itemMember(value.left)))) how = value.operator === '+' ? 'text' : 'NaN';
      if (value.type === 'CallExpression' && /^Math\.(max|min)$/.test(memberPath(value.callee) || '') && value.arguments.length === 2
        && value.arguments.some(isAcc) && value.arguments.some(itemMember)) how = 'NaN';
      if (!how) continue;
      const arr = this.text(c.n.callee.object);
      const member = this.text(value.type === 'CallExpression' ? value.arguments.find(itemMember) : (itemMember(value.right) ? value.right : value.left));
      this.add('wrong_argument', true, `${arr}.reduce(...) (line ${lineOf(c.n)}) has no start value, so ${acc} begins as the first item itself, an object, not its ${member.split('.').pop()}: the result is ${how === 'text' ? "text ('[object Object]…')" : 'NaN'}, never a number (give the start: reduce(fn, 0))`, lineOf(c.n), 'reduce(fn, 0)');
      return;
    }
  }

  // Interpolation.Linear(heights, Clamp(x, 0, TRACK) / SEG): k runs from 0 to 1 over the whole list, and x / SEG
  // counts segments, up to TRACK / SEG; past 1 Linear extends the last slope instead of reading the list (the same
  // check runs in the browser for k worked out any other way)
  interpolationByIndex() {
    for (const c of this.calls) {
      if (!['Linear', 'Bezier', 'CatmullRom'].includes(c.name) || !/Interpolation$/.test(c.on || '')) continue;
      const k = c.n.arguments[1];
      if (!k || k.type !== 'BinaryExpression' || k.operator !== '/') continue;
      const clamp = k.left.type === 'CallExpression' && /(^|\.)Clamp$/.test(memberPath(k.left.callee) || '') && k.left.arguments.length === 3 ? k.left : null;
      const top = clamp ? this.facts.numberOf(clamp.arguments[2]) : null;
      const by = this.facts.numberOf(k.right);
      if (top === null || !by || top / by <= 1.000001) continue;
      this.add('wrong_argument', true, `Interpolation.${c.name}(..., ${this.text(k)}) (line ${lineOf(c.n)}): k runs from 0 to 1 over the whole list, but ${this.text(k)} goes up to ${Math.round(top / by * 100) / 100}, an index; past 1 ${c.name} extends the last slope beyond the list (divide by ${this.text(clamp.arguments[2])})`, lineOf(c.n), 'k within 0..1');
      return;
    }
  }

  // star.x = (star.x - dx) % WIDTH: JavaScript's % keeps the sign of the left side, so once x goes below 0 it stays
  // negative (-5 % 800 is -5) and whatever leaves on the left never comes back ((x - dx + WIDTH) % WIDTH, or
  // Phaser.Math.Wrap(x - dx, 0, WIDTH))
  wrapBelowZero() {
    walk(this.ast, (n) => {
      if (this.wrapFound || n.type !== 'AssignmentExpression' || n.operator !== '=') return;
      const target = memberPath(n.left);
      const r = n.right;
      if (!target || r.type !== 'BinaryExpression' || r.operator !== '%') return;
      const inner = r.left.type === 'BinaryExpression' && r.left.operator === '-' ? r.left : null;
      if (!inner || memberPath(inner.left) !== target) return;
      // (x - dx) % W: nothing added back before the remainder
      const step = this.text(inner.right);
      const v = this.facts.numberOf(inner.right);
      if (v !== null && v <= 0) return;
      this.wrapFound = true;
      const w = this.text(r.right);
      this.add('never_fires', true, `${this.text(n)} (line ${lineOf(n)}): JavaScript's % keeps the sign of the left side, so once ${target} - ${step} goes below 0 the result stays negative (-5 % ${w} is -5) and ${target} never wraps round to the other side (Phaser.Math.Wrap(${target} - ${step}, 0, ${w}), or add ${w} before the %)`, lineOf(n), `Phaser.Math.Wrap(${target} - ${step}, 0, ${w})`);
    });
  }

  // const minutes = this.elapsed / 60 where elapsed is summed from update()'s delta (milliseconds): a minute is 60000
  // ms, so the minutes come out 1000 times too many (WPM 1000 times too low)
  millisecondsOverSixty() {
    const MS = /(\.now\b|Date\.now\s*\(|performance\.now\s*\(|getElapsed\s*\(\s*\)|\bdelta\b)/;
    // names that hold milliseconds: fed += delta, or set from a difference of clocks
    const msNames = new Set();
    for (const a of this.assigns) {
      const v = this.text(a.value);
      if ((a.op === '+=' && /^(delta|dt)$/.test(v)) || (a.op === '=' && a.value.type === 'BinaryExpression' && a.value.operator === '-' && MS.test(v) && !/1000/.test(v))) msNames.add(a.path);
    }
    for (const [name, ds] of this.decls) {
      if (ds.length === 1 && ds[0].init && ds[0].init.type === 'BinaryExpression' && ds[0].init.operator === '-' && MS.test(this.text(ds[0].init)) && !/1000|delta/.test(this.text(ds[0].init))) msNames.add(name);
    }
    walk(this.ast, (n, parent) => {
      if (this.msFound || n.type !== 'BinaryExpression' || n.operator !== '/' || this.facts.numberOf(n.right) !== 60) return;
      const left = n.left.type === 'BinaryExpression' && n.left.operator === '-' && MS.test(this.text(n.left)) && !/1000|delta/.test(this.text(n.left)) ? this.text(n.left) : memberPath(n.left);
      if (!left || !(msNames.has(left) || n.left.type === 'BinaryExpression')) return;
      // a name for minutes or a rate per minute nearby says what the 60 was for
      const around = this.code.slice(Math.max(0, (parent ? parent.start : n.start) - 40), n.end + 40);
      if (!/min|wpm|per\s*minute|分/i.test(around)) return;
      this.msFound = true;
      this.add('wrong_argument', true, `${this.text(n)} (line ${lineOf(n)}): ${left} is in milliseconds, and a minute is 60000 ms, so these minutes are 1000 times too many (divide by 60000)`, lineOf(n), `${left} / 60000`);
    });
  }

  // localStorage.getItem('tutorialDone') === true: storage keeps text only ('true', or null when unset), so a strict
  // comparison with a boolean or a number never holds (=== 'true', or JSON.parse / Number of the text)
  storedTextComparedAsValue() {
    const reads = new Set(); // names holding getItem(...) as it is
    for (const [name, ds] of this.decls) if (ds.length === 1 && ds[0].init && /(^|\.)localStorage\.getItem$/.test(memberPath(ds[0].init.callee || {}) || '')) reads.add(name);
    walk(this.ast, (n) => {
      if (this.storedTextFound || n.type !== 'BinaryExpression' || !['===', '!=='].includes(n.operator)) return;
      for (const [side, other] of [[n.left, n.right], [n.right, n.left]]) {
        const isRead = (side.type === 'Identifier' && reads.has(side.name) && !this.facts.writes.get(side.name))
          || (side.type === 'CallExpression' && /(^|\.)localStorage\.getItem$/.test(memberPath(side.callee) || ''));
        if (!isRead || other.type !== 'Literal' || !(typeof other.value === 'boolean' || typeof other.value === 'number')) continue;
        this.storedTextFound = true;
        const lit = this.text(other);
        this.add('never_fires', true, `${this.text(n)} (line ${lineOf(n)}): localStorage keeps text, so what getItem() gives is '${lit}' or null, never the ${typeof other.value} ${lit}, and this ${n.operator === '===' ? 'never holds' : 'always holds'} (compare with '${lit}')`, lineOf(n), `=== '${lit}'`);
        return;
      }
    });
  }

  // this.hp starts at 120 and only ever drops by 8, and phase 2 waits for this.hp === this.maxHp / 2 (60): 120 - 8k
  // is never 60, so the exact mark is stepped over and the phase never comes (<=, with a flag so it happens once)
  exactMarkSteppedOver() {
    const steps = new Map(); // path -> {init, step, sign, line} when every write after the start is += or -= one number
    const starts = new Map();
    for (const a of this.assigns) {
      if (a.op === '=') { const v = this.facts.numberOf(a.value); starts.set(a.path, (starts.has(a.path) && starts.get(a.path) !== v) ? null : v); continue; }
      if (!['+=', '-='].includes(a.op)) { starts.set(a.path, null); continue; }
      const d = this.facts.numberOf(a.value);
      const was = steps.get(a.path);
      const step = d === null ? null : (a.op === '-=' ? -d : d);
      steps.set(a.path, was === undefined ? { step, line: a.line } : { step: was.step === step ? step : null, line: was.line });
    }
    walk(this.ast, (n) => {
      if (this.markFound || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
      for (const [side, other] of [[n.left, n.right], [n.right, n.left]]) {
        const path = memberPath(side);
        const s = path && steps.get(path);
        const start = path ? starts.get(path) : null;
        if (!s || !s.step || Math.abs(s.step) < 2 || start === null || start === undefined) continue;
        const mark = this.facts.numberOf(other);
        if (mark === null || other.type === 'Literal' && mark === 0) continue;
        const gap = mark - start;
        // the mark lies ahead in the direction of the steps, and the steps miss it
        if (Math.sign(gap) !== Math.sign(s.step) || Math.abs(gap) % Math.abs(s.step) === 0) continue;
        this.markFound = true;
        this.add('never_fires', true, `${this.text(n)} (line ${lineOf(n)}): ${path} starts at ${start} and only changes by ${s.step} (line ${s.line}), so it goes ${start}, ${start + s.step}, ${start + 2 * s.step}, … and is never exactly ${mark}: the mark is stepped over and this never holds (${s.step < 0 ? '<=' : '>='}, with a flag so it happens once)`, lineOf(n), s.step < 0 ? '<=' : '>=');
        return;
      }
    });
  }

  // const letter = event.key in a keydown handler, checked against the letters of words written in capitals ('CAT'):
  // a key pressed without Shift gives 'c', so no typed letter ever matches (event.key.toUpperCase())
  typedCaseAgainstUpperWords() {
    const upper = (this.code.match(/['"`][A-Z]{2,}['"`]/g) || []).length;
    if (upper < 3 || /['"`][a-z]{2,}['"`]\s*[,\]]/.test(this.code.replace(/['"`](keydown|keyup|pointerdown|pointerup|pointermove|create|update|preload)\w*['"`]/g, ''))) return;
    // names that hold a typed key: const letter = event.key, or the handler's own event.key
    const typed = new Set();
    for (const [name, ds] of this.decls) if (ds.length === 1 && ds[0].init && ds[0].init.type === 'MemberExpression' && !ds[0].init.computed && ds[0].init.property.name === 'key' && ds[0].init.object.type === 'Identifier' && /^(e|ev|evt|event|k|keyEvent)$/.test(ds[0].init.object.name)) typed.add(name);
    const isTyped = (n) => (n.type === 'Identifier' && typed.has(n.name)) || (n.type === 'MemberExpression' && !n.computed && n.property.name === 'key' && n.object.type === 'Identifier' && /^(e|ev|evt|event|k|keyEvent)$/.test(n.object.name));
    // compared with a letter of a word: word[pos], word.charAt(i), word.includes(letter), word.indexOf(letter)
    const letterOf = (n) => (n.type === 'MemberExpression' && n.computed) || (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.name === 'charAt');
    walk(this.ast, (n) => {
      if (this.caseFound) return;
      let hit = null;
      if (n.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(n.operator) && ((isTyped(n.left) && letterOf(n.right)) || (isTyped(n.right) && letterOf(n.left)))) hit = n;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && ['includes', 'indexOf'].includes(n.callee.property.name) && n.arguments[0] && isTyped(n.arguments[0])) hit = n;
      if (!hit) return;
      this.caseFound = true;
      this.add('never_fires', true, `${this.text(hit)} (line ${lineOf(hit)}) checks a typed key against letters of words written in capitals, but a key pressed without Shift gives its lower-case letter ('c', not 'C'): no typed letter ever matches (event.key.toUpperCase())`, lineOf(hit), 'event.key.toUpperCase()');
    });
  }

  // the value an arrow or function gives back: its expression body, or its one return
  returned(fn) {
    if (fn.body.type !== 'BlockStatement') return fn.body;
    const rets = fn.body.body.filter((s) => s.type === 'ReturnStatement');
    return rets.length === 1 && fn.body.body.length === 1 ? rets[0].argument : null;
  }

  // this.litTargets = new Set() ... this.litTargets.length: a Set or Map has size, not length, so the length is
  // undefined and every comparison with it is false; an array has length, not size
  lengthOfWrongKind() {
    const kinds = new Map(); // path -> 'Set' | 'Map' | 'array', when every value given to it is of that kind
    const kindOf = (v) => {
      if (!v) return null;
      if (v.type === 'NewExpression' && v.callee.type === 'Identifier' && ['Set', 'Map', 'WeakSet', 'WeakMap'].includes(v.callee.name)) return v.callee.name;
      if (v.type === 'ArrayExpression') return 'array';
      return 'other';
    };
    const note = (path, kind) => { kinds.set(path, kinds.has(path) && kinds.get(path) !== kind ? 'other' : kind); };
    for (const a of this.assigns) note(a.path, a.op === '=' ? kindOf(a.value) : 'other');
    for (const [name, ds] of this.decls) for (const d of ds) note(name, kindOf(d.init) || 'other');
    walk(this.ast, (n, parent, key) => {
      if (this.wrongLengthFound || n.type !== 'MemberExpression' || n.computed || !['length', 'size'].includes(n.property.name)) return;
      if (parent && ((parent.type === 'AssignmentExpression' && key === 'left') || (parent.type === 'CallExpression' && key === 'callee') || parent.type === 'UpdateExpression')) return;
      const path = memberPath(n.object);
      const kind = path && kinds.get(path);
      if (!kind || kind === 'other') return;
      const wrong = n.property.name === 'length' ? kind !== 'array' : kind === 'array';
      if (!wrong) return;
      // a name that is also a parameter somewhere may hold something else there
      if (!path.includes('.') && this.isParameter(path)) return;
      this.wrongLengthFound = true;
      const right = n.property.name === 'length' ? 'size' : 'length';
      const made = kind === 'array' ? 'an array ([])' : `a ${kind} (new ${kind}())`;
      this.add('never_fires', true, `${this.text(n)} (line ${lineOf(n)}): ${path} is ${made}, which has no ${n.property.name}, so ${this.text(n)} is undefined and every test or sum with it goes wrong (${path}.${right})`, lineOf(n), `${path}.${right}`);
    });
  }

  isParameter(name) {
    let found = false;
    walk(this.ast, (n) => {
      if (found || !/Function/.test(n.type)) return;
      found = n.params.some((p) => (p.type === 'AssignmentPattern' ? p.left : p).type === 'Identifier' && (p.type === 'AssignmentPattern' ? p.left : p).name === name);
    });
    return found;
  }

  // this.balls.children.iterate(ball => ball.active && this.checkPocket(ball)): a group's children are a Phaser Set,
  // and Set#iterate / Set#each stop at the first callback that returns false, so the members after an inactive ball
  // (or one checkPocket says no to) are never checked (forEach on getChildren(), or a block body)
  walkStoppedByFalse() {
    for (const c of this.calls) {
      if (!['iterate', 'each'].includes(c.name) || !/\.children$/.test(c.on || '') || /^(this|scene|this\.scene)\.children$/.test(c.on)) continue;
      const fn = c.n.arguments[0];
      if (!fn || !/FunctionExpression$/.test(fn.type)) continue;
      const value = this.returned(fn);
      if (!value || value.type !== 'LogicalExpression' || value.operator !== '&&') continue;
      const why = this.canBeFalse(value.left) || this.canBeFalse(value.right);
      if (!why) continue;
      this.add('never_fires', true, `${c.on}.${c.name}(...) (line ${lineOf(c.n)}): a group's children are a Phaser Set, whose ${c.name}() stops at the first callback that returns false, and ${this.text(value)} is false ${why}: the members after it are never reached (getChildren().forEach, or a body with if)`, lineOf(c.n), 'getChildren().forEach');
      return;
    }
  }

  // why a value can be exactly false (not merely falsy): a comparison, a negation, a flag a game object has, or a
  // call of the program's own function that returns false or a comparison
  canBeFalse(n) {
    if (n.type === 'BinaryExpression' && COMPARE.has(n.operator)) return `whenever ${this.text(n)} does not hold`;
    if (n.type === 'UnaryExpression' && n.operator === '!') return `whenever ${this.text(n.argument)} is set`;
    if (n.type === 'MemberExpression' && !n.computed && BOOLEAN_MEMBERS.test(n.property.name)) return `for a member whose ${n.property.name} is false`;
    if (n.type === 'CallExpression') {
      const name = n.callee.type === 'Identifier' ? n.callee.name : (n.callee.type === 'MemberExpression' && !n.callee.computed ? n.callee.property.name : null);
      const fn = name && this.facts.namedFunction(name);
      if (fn && this.returnsFalse(fn)) return `whenever ${name}() returns false`;
    }
    return null;
  }

  returnsFalse(fn) {
    let yes = false;
    walk(fn.body, (n, parent, key, ctx) => {
      if (yes || ctx.fn || n.type !== 'ReturnStatement' || !n.argument) return;
      const a = n.argument;
      yes = (a.type === 'Literal' && a.value === false) || (a.type === 'BinaryExpression' && COMPARE.has(a.operator)) || (a.type === 'UnaryExpression' && a.operator === '!');
    });
    return yes;
  }

  // const [top, middle, bottom] = this.piece.colors; const cycled = [bottom, top, middle]; images.forEach((img, i) =>
  // img.setTexture('jewel' + cycled[i])): the new order is only drawn, never kept in this.piece.colors, so what lands
  // (and every later cycle) uses the old order (this.piece.colors = cycled)
  reorderShownNotKept() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/const\s*\[\s*(\w+(?:\s*,\s*\w+)+)\s*\]\s*=\s*([\w.]+)\s*;/g)) {
        const parts = m[1].split(',').map((x) => x.trim());
        const made = new RegExp(`const\\s+(\\w+)\\s*=\\s*\\[\\s*(${parts.join('|')})(\\s*,\\s*(${parts.join('|')}))+\\s*\\]\\s*;`).exec(fn.text.slice(m.index));
        if (!made) continue;
        const order = made[0].replace(/^[^[]*\[|\][^\]]*$/g, '').split(',').map((x) => x.trim());
        if (order.length !== parts.length || order.join() === parts.join()) continue;
        const name = made[1];
        const uses = [...fn.text.matchAll(new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, 'g'))].slice(1);
        const rest = fn.text.slice(m.index + made.index + made[0].length);
        // kept somewhere: assigned, returned, handed on to anything but a redraw
        if (!uses.length || new RegExp(`=\\s*${name}\\b|return\\s+${name}\\b|\\.\\s*(push|set|setData|unshift|splice)\\s*\\([^)]*\\b${name}\\b|\\b\\w+\\s*\\(\\s*${name}\\s*[,)]`).test(rest)) continue;
        if (!new RegExp(`\\b(setTexture|setFrame|setFillStyle|setTint|fillStyle|setText)\\s*\\([^;]*\\b${name}\\s*\\[`).test(rest)) continue;
        const line = this.lineIn(fn, m.index + made.index);
        this.add('state_not_updated', true, `${made[0]} (line ${line}) puts ${m[2]} in a new order, but the new order is only drawn and never kept: ${m[2]} still holds the old one, so what is used next (landing, scoring, the next turn) goes by the old order (${m[2]} = ${name})`, line, `${m[2]} = ${name}`);
        return;
      }
    }
  }

  // spawnGate() { const top = this.pipes.create(...); const bottom = this.pipes.create(...); top.setData('scored',
  // false); bottom.setData('scored', false); } and update() going over every pipe: if (pipe.getData('scored') === false
  // && pipe.x < bird.x) { pipe.setData('scored', true); this.score += 1; }: both halves of a gate carry the flag, so
  // each gate passed counts twice (flag one of the pair)
  pairScoredTwice() {
    for (const fn of this.functions()) {
      const made = new Map();
      for (const m of fn.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([\w.]+)\s*\.\s*create\s*\(/g)) made.set(m[1], m[2]);
      if (made.size < 2) continue;
      const flagged = new Map();
      for (const m of fn.text.matchAll(/\b(\w+)\s*\.\s*(?:setData\s*\(\s*['"](\w+)['"]\s*,\s*false\s*\)|(\w+)\s*=\s*false\s*;)/g)) {
        const obj = m[1];
        const key = m[2] || m[3];
        if (!made.has(obj)) continue;
        if (!flagged.has(key)) flagged.set(key, []);
        flagged.get(key).push(obj);
      }
      for (const [key, objs] of flagged) {
        const groups = new Set(objs.map((o) => made.get(o)));
        if (objs.length < 2 || groups.size !== 1) continue;
        const group = escape([...groups][0]);
        const read = `(getData\\s*\\(\\s*['"]${key}['"]\\s*\\)|\\.${key}\\b)`;
        const loop = new RegExp(`${group}\\s*\\.\\s*(getChildren\\s*\\(\\s*\\)|children\\s*\\.\\s*(iterate|each|entries))[^;]*?(forEach|iterate|each)?\\s*\\(\\s*\\(?\\s*(\\w+)[^{]*\\{([^{}]*(\\{[^{}]*\\}[^{}]*)*)\\}`).exec(this.code);
        if (!loop || !new RegExp(read).test(loop[5] || '') || !/(\+\+|\+=\s*1\b)/.test(loop[5] || '')) continue;
        const line = this.lineIn(fn, fn.text.indexOf(objs[1]));
        this.add('off_by_one', true, `${objs.join(' and ')} (made together in ${fn.name || 'one function'}, line ${line}) both carry the '${key}' flag, and the loop over ${[...groups][0]}'s members (line ${this.lineAt(loop.index)}) scores each flagged member it passes: every pair counts twice (flag only one of the pair)`, line, 'flag one of the pair');
        return;
      }
    }
  }

  // dropItem(item, target) { const from = item.getData('slot'); if (!this.slots[target]) { this.slots[target] = item;
  // item.setData('slot', target); } else if (same kind) { ...; this.slots[from] = null; } }: a move into an empty slot
  // never empties the slot it left, so that slot still holds the item and refuses (or swallows) the next one
  // (this.slots[from] = null)
  movedFromSlotKept() {
    for (const fn of this.functions()) {
      const clears = [...fn.text.matchAll(/([\w.]+)\s*\[\s*(\w+)\s*\]\s*=\s*(null|undefined)\s*;/g)];
      for (const clear of clears) {
        const [, slots, from] = clear;
        const esc = escape(slots);
        const placed = new RegExp(`${esc}\\s*\\[\\s*(\\w+)\\s*\\]\\s*=\\s*(\\w+)\\s*;`, 'g');
        for (const m of fn.text.matchAll(placed)) {
          const [, to, item] = m;
          if (to === from || ['null', 'undefined'].includes(item)) continue;
          // the branch the move is in: the block around it, up to its closing brace
          const start = fn.text.lastIndexOf('{', m.index);
          let depth = 0; let end = start;
          for (let i = start; i < fn.text.length; i++) { if (fn.text[i] === '{') depth++; else if (fn.text[i] === '}' && --depth === 0) { end = i; break; } }
          const branch = fn.text.slice(start, end);
          const head = fn.text.slice(Math.max(0, start - 80), start);
          if (!/if\s*\([^)]*!\s*[\w.[\]]+\s*\)\s*$|if\s*\([^)]*===?\s*(null|undefined)\s*\)\s*$/.test(head)) continue;
          if (new RegExp(`${esc}\\s*\\[\\s*${from}\\s*\\]\\s*=`).test(branch) || new RegExp(`${esc}\\s*\\[\\s*${from}\\s*\\]\\s*=`).test(fn.text.slice(0, start))) continue;
          // from must be where the item was: read from the item (its slot) before the move
          if (!new RegExp(`(?:const|let|var)\\s+${from}\\s*=\\s*${item}\\s*\\.\\s*(getData\\s*\\(\\s*['"]\\w+['"]\\s*\\)|\\w+)\\s*;`).test(fn.text)) continue;
          const line = this.lineIn(fn, m.index);
          this.add('state_not_updated', true, `${m[0]} (line ${line}) moves ${item} into an empty slot, but ${slots}[${from}], the slot it came from, is emptied only on the other branch (line ${this.lineIn(fn, clear.index)}): after this move the old slot still holds ${item}, so it looks empty and refuses or swallows the next item dropped there (${slots}[${from}] = null)`, line, `${slots}[${from}] = null`);
          return;
        }
      }
    }
  }

  // if (dot.getData('power')) { this.score += 50; } else { this.score += 10; this.left--; } with this.left counted up
  // for every dot made, power pellets too, and the round won at this.left === 0: eating a power pellet never takes it
  // off the count, so the count never reaches 0 and the round is never won (this.left-- on both branches)
  leftTakenOnOneBranch() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'take it off the count on both branches') || n.type !== 'IfStatement' || !n.alternate || n.alternate.type !== 'BlockStatement' || n.consequent.type !== 'BlockStatement') return;
      const yes = this.text(n.consequent);
      const no = this.text(n.alternate);
      const scores = /\b(score|points)\w*\s*\+=/i;
      if (!scores.test(yes) || !scores.test(no)) return;
      const dec = (t) => { const m = /([\w.]+)\s*(--|-=\s*1\b)/.exec(t); return m ? m[1] : null; };
      const a = dec(yes);
      const b = dec(no);
      if ((a && b) || (!a && !b)) return;
      const left = a || b;
      const esc = escape(left);
      if (new RegExp(`${esc}\\s*(--|-=)`).test(a ? no : yes)) return;
      if (!new RegExp(`${esc}\\s*(\\+\\+|\\+=\\s*1\\b)`).test(this.code) || !new RegExp(`${esc}\\s*(===?\\s*0\\b|<=\\s*0\\b)`).test(this.code)) return;
      // counted only for the kind the branch takes it from: the increment sits under a test of its own
      const up = new RegExp(`${esc}\\s*(\\+\\+|\\+=\\s*1\\b)`).exec(this.code);
      const lineStart = this.code.lastIndexOf('\n', up.index) + 1;
      if (/\bif\s*\(|\?/.test(this.code.slice(lineStart, up.index))) return;
      const line = this.lineAt((a ? n.alternate : n.consequent).start);
      this.add('never_fires', true, `both branches of the if on line ${this.lineAt(n.start)} score a collected item, but only one takes it off ${left} (line ${this.lineAt((a ? n.consequent : n.alternate).start)}), which counts every item made and ends the round at 0: an item taken through the other branch (line ${line}) stays on the count, so ${left} never reaches 0 (take it off the count on both branches)`, line, 'take it off the count on both branches');
    });
  }

  // const color = Phaser.Display.Color.RandomRGB().color; this.input.on('pointerdown', (p) => this.spawnTriangle(p.x,
  // p.y, color)): the colour is drawn once, before any click, so every triangle the clicks make gets the same one
  // (draw it inside the handler)
  randomColourPickedOnce() {
    const RANDOM = /RandomRGB|Math\s*\.\s*random\s*\(|Between\s*\(|GetRandom\s*\(|RND\s*\.\s*(pick|between|integerInRange|frac)|HSVToRGB\s*\(\s*Math\s*\.\s*random/;
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:const|let|var)\s+(\w*(?:colou?r|tint|hue|fill)\w*)\s*=\s*([^;]+);/gi)) {
        const [, name, value] = m;
        if (!RANDOM.test(value)) continue;
        const uses = [...fn.text.matchAll(new RegExp(`(?<![\\w.$])${name}(?![\\w$:])`, 'g'))].slice(1);
        if (!uses.length) continue;
        // every use inside one handler handed to on()/once()/addEvent() further down this function
        const handlers = this.calls.filter((c) => ['on', 'once', 'addEvent'].includes(c.name) && c.n.start > fn.node.body.start + m.index && c.n.end < fn.node.body.end);
        const inside = (i) => handlers.find((c) => c.n.start <= fn.node.body.start + i && fn.node.body.start + i < c.n.end);
        const h = inside(uses[0].index);
        if (!h || uses.some((u) => inside(u.index) !== h)) continue;
        if (new RegExp(`(?<![\\w.$])${name}\\s*=(?!=)`).test(fn.text.slice(m.index + m[0].length))) continue;
        const body = this.text(h.n);
        if (!/\badd\s*\.\s*\w+\s*\(|\.create\s*\(|\b(spawn|make|create|add|place|drop)\w*\s*\(/i.test(body)) continue;
        const line = this.lineIn(fn, m.index);
        this.add('state_not_updated', true, `${name} (line ${line}) is drawn at random once, before the handler of line ${this.lineAt(h.n.start)} ever runs, and that handler makes a new object with it each time: every one gets the same ${name} (draw it inside the handler)`, line, 'draw it inside the handler');
        return;
      }
    }
  }

  // this.calls.sort((a, b) => (a - this.floor) - (b - this.floor)): the same offset on both sides cancels, so this is
  // a - b, the lowest first, not the nearest first (Math.abs(a - this.floor) - Math.abs(b - this.floor))
  sortOffsetCancels() {
    const at = /\.sort\s*\(\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*=>\s*\(\s*\1\s*-\s*([\w.]+)\s*\)\s*-\s*\(\s*\2\s*-\s*\3\s*\)\s*\)/.exec(this.code);
    if (!at) return;
    const [, a, b, from] = at;
    const line = this.lineAt(at.index);
    this.add('wrong_argument', true, `(${a} - ${from}) - (${b} - ${from}) (line ${line}) is ${a} - ${b}: the same ${from} taken from both cancels, so the sort puts the lowest first, not the nearest (Math.abs(${a} - ${from}) - Math.abs(${b} - ${from}))`, line, `Math.abs(${a} - ${from}) - Math.abs(${b} - ${from})`);
  }

  // this.tickets.reverse().forEach(...) to draw the newest ticket first: reverse() turns the list itself round, so
  // every redraw flips the queue and tickets.shift() serves whichever end it last lands on (slice().reverse())
  listReversedInPlace() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+)\s*\.\s*reverse\s*\(\s*\)\s*\.\s*(forEach|map)\s*\(/g)) {
      const list = m[1];
      const esc = memberPattern(list.replace(/\s+/g, ''));
      const used = new RegExp(`${esc}\\s*\\.\\s*(shift|pop|push|unshift|splice)\\s*\\(|${esc}\\s*\\[\\s*0\\s*\\]`).exec(this.code);
      if (!used) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${list}.reverse() (line ${line}) turns the list itself round just to ${m[2]} it backwards, while the game takes from it by its order (${used[0].trim()}…, line ${this.lineAt(used.index)}): every pass through here flips the order the game keeps (${list}.slice().reverse())`, line, `${list}.slice().reverse()`);
      return;
    }
  }

  // Phaser.Actions.Call(hearts, (heart, i) => heart.setAlpha(i < this.hp ? 1 : 0.2)): Actions.Call hands its callback
  // the item only, so i is undefined and every test with it fails (getChildren().forEach((heart, i) => ...))
  actionsCallIndex() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/Actions\s*\.\s*Call$/.test(this.text(n.callee))) return;
      const fn = n.arguments[1];
      if (!fn || !/Function/.test(fn.type) || fn.params.length < 2 || fn.params[1].type !== 'Identifier') return;
      const idx = fn.params[1].name;
      if (!new RegExp(`(?<![\\w$.])${idx}\\b`).test(this.text(fn.body))) return;
      this.add('wrong_argument', true, `Phaser.Actions.Call(…, (${fn.params.map((p) => this.text(p)).join(', ')}) => …) (line ${lineOf(n)}) hands its callback the item only, so ${idx} is undefined wherever it is used (forEach((${this.text(fn.params[0])}, ${idx}) => …))`, lineOf(n), 'forEach');
    });
  }

  // Math.max(this.runners.map((r) => r.wins)): Math.max takes numbers, not an array, so it gives NaN (or the one
  // entry), and a test against it never holds (Math.max(...list))
  maxOfArray() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/^Math\s*\.\s*(max|min)$/.test(this.text(n.callee)) || n.arguments.length !== 1) return;
      const a = n.arguments[0];
      const array = a.type === 'ArrayExpression' || a.type === 'CallExpression' && a.callee.type === 'MemberExpression' && !a.callee.computed && ['map', 'filter', 'slice', 'concat'].includes(a.callee.property.name);
      if (!array) return;
      const fn = this.text(n.callee).replace(/\s+/g, '');
      this.add('wrong_argument', true, `${this.text(n).slice(0, 60)} (line ${lineOf(n)}) hands ${fn}() one array: it takes numbers, so the result is NaN (or the one entry) and no test against it holds (${fn}(...${this.text(a).slice(0, 40)}))`, lineOf(n), `${fn}(...list)`);
    });
  }

  // const JUMPS = new Map([[3, 22], ...]) and JUMPS[square]: a Map keeps its entries apart from its properties, so
  // brackets always give undefined and no ladder is ever climbed (JUMPS.get(square))
  mapReadByBrackets() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*new\s+Map\s*\(/g)) {
      const name = m[1];
      if (new RegExp(`(?<![\\w$.])${name}\\s*=(?!=)`).test(this.code.slice(m.index + m[0].length))) continue;
      let read = null;
      walk(this.ast, (r) => {
        if (!read && r.type === 'MemberExpression' && r.computed && r.object.type === 'Identifier' && r.object.name === name && !(r.property.type === 'Literal' && typeof r.property.value === 'string')) read = r;
      });
      if (!read) continue;
      const key = this.text(read.property);
      const line = lineOf(read);
      this.add('wrong_argument', true, `${this.text(read)} (line ${line}) reads ${name}, a Map (line ${this.lineAt(m.index)}), with brackets: a Map keeps its entries apart from its properties, so this is always undefined (${name}.get(${key}))`, line, `${name}.get(${key})`);
      return;
    }
  }

  // this.inventory.push(room.items.splice(idx, 1)): splice() gives back an array, so the inventory holds ['key'] and
  // inventory.includes('key') is false (push(...room.items.splice(idx, 1)), or splice(idx, 1)[0])
  splicedArrayPushed() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || n.callee.property.name !== 'push' || n.arguments.length !== 1) return;
      const a = n.arguments[0];
      if (a.type !== 'CallExpression' || a.callee.type !== 'MemberExpression' || a.callee.computed || a.callee.property.name !== 'splice') return;
      const list = this.text(n.callee.object);
      if (new RegExp(`${memberPattern(list)}\\s*\\[[^\\]]+\\]\\s*\\[`).test(this.code)) return;
      this.add('wrong_argument', true, `${this.text(n).slice(0, 70)} (line ${lineOf(n)}): splice() gives back an array, so ${list} gets a one-entry array, not the item, and a look for the item in ${list} never finds it (push(...${this.text(a).slice(0, 40)}))`, lineOf(n), `push(...${this.text(a)})`);
    });
  }

  // pickups made with .setData('type', it.kind) and the pickup handler's this.addItem(item.type): a game object's
  // own type is its class name ('Sprite'), not the data value, so every item is filed under 'Sprite'
  // (item.getData('type'))
  builtInTypeForData() {
    if (/\.type\s*=[^=]/.test(this.code)) return;
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?<![\w$.])(\w+)\s*\.\s*type\b(?!\s*=[^=])/g)) {
        const who = m[1];
        if (/^(event|e|evt|ev|pointer|body|data|config|cfg|opts|options|def|spec|it|entry|item_def|this)$/.test(who)) continue;
        if (!new RegExp(`(?<![\\w$.])${who}\\b`).test(fn.node.params.map((p) => this.text(p)).join(','))) continue;
        if (new RegExp(`(?<![\\w$.])${who}\\s*\\.\\s*getData\\s*\\(|const\\s+${who}\\s*=\\s*[A-Z_]+\\s*\\[`).test(fn.text)) continue;
        const line = this.lineIn(fn, m.index);
        this.add('wrong_argument', true, `${who}.type (line ${line}) is the game object's own type, its class name ('Sprite', 'Image'), while the program stores its kind with setData('type', …): every one reads the same class name (${who}.getData('type'))`, line, `${who}.getData('type')`);
        return;
      }
    }
  }

  // raw.split(',').map(parseInt): map() hands parseInt the index as its radix, so the second entry is read in base 1
  // and the third in base 2, and the scores come back NaN from the second on (map(Number))
  mapParseInt() {
    const at = /\.map\s*\(\s*((?:Number\.)?parseInt)\s*\)/.exec(this.code);
    const line = this.lineAt(at.index);
    this.add('wrong_argument', true, `.map(${at[1]}) (line ${line}) hands ${at[1]} each entry's index as its radix: the second is read in base 1 and later ones in small bases, so they come back NaN or wrong (map(Number), or map((s) => parseInt(s, 10)))`, line, 'map(Number)');
  }

  // this.shots += 1 (no semicolon) and on the next line [this.current, this.next] = [this.next, this.current]: a line
  // that starts with [ continues the one above, so this is this.shots[this.current, this.next] = ..., and the swap never
  // happens (a ; before the [)
  swapJoinedToLineAbove() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || n.left.type !== 'MemberExpression' || !n.left.computed || n.left.property.type !== 'SequenceExpression') return;
      if (n.right.type !== 'ArrayExpression') return;
      const line = lineOf(n.left.property);
      this.add('wrong_order', true, `line ${line} starts with [${this.text(n.left.property)}] = ${this.text(n.right).slice(0, 40)} and the line above ends with no semicolon, so JavaScript reads it as ${this.text(n.left.object).slice(0, 40)}[…] = …, an index on the line above: the swap never happens (put a ; before the [)`, line, '; before [');
    });
  }

  // this.answers = Phaser.Math.RND.shuffle(q.answers); this.rightAnswer = q.answers[q.correct]: the shuffle moves the
  // items of q.answers in place, so the stored index now points at whatever landed there (read the right one before
  // shuffling, or shuffle a copy: q.answers.slice())
  indexReadAfterShuffle() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/(^|\.)(RND\.shuffle|Array\.Shuffle|Utils\.Array\.Shuffle)$/.test(memberPath(n.callee) || '')) return;
      const list = n.arguments[0];
      const path = list && memberPath(list);
      if (!path || !path.includes('.')) return;
      const fn = this.functionAt(n.start);
      if (!fn) return;
      const after = this.code.slice(n.end, fn.node.end);
      const owner = path.slice(0, path.lastIndexOf('.'));
      const read = new RegExp(`${memberPattern(path)}\\s*\\[\\s*(${memberPattern(owner)}\\s*\\.\\s*\\w+)\\s*\\]`).exec(after);
      if (!read || new RegExp(`${memberPattern(read[1])}\\s*=[^=]`).test(after.slice(0, read.index))) return;
      const line = this.lineAt(n.end + read.index);
      this.add('wrong_order', true, `${this.text(n.callee)}(${path}) (line ${lineOf(n)}) shuffles ${path} in place, so ${read[0]} (line ${line}) reads whatever item landed at that index, not the one ${read[1]} named (read it before shuffling, or shuffle a copy: ${path}.slice())`, line, `${path}.slice()`);
    });
  }

  // this.flags = { hasPass: false, angeredGuard: false } and c.requires in this.flags: every flag is a key from the
  // start, so `in` is true for each while its value is still false (this.flags[c.requires] reads the value)
  keyTestedForFlag() {
    const falseFlags = new Map();
    for (const a of this.assigns) {
      if (a.op !== '=' || !/^this\.\w+$/.test(a.path) || a.value.type !== 'ObjectExpression' || !a.value.properties.length) continue;
      if (a.value.properties.every((p) => p.type === 'Property' && p.value.type === 'Literal' && p.value.value === false)) falseFlags.set(a.path, a);
    }
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'BinaryExpression' || n.operator !== 'in') return;
      const store = memberPath(n.right);
      if (!store || !falseFlags.has(store)) return;
      if (new RegExp(`delete\\s+${memberPattern(store)}\\s*\\[`).test(this.code)) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${this.text(n)} (line ${line}) asks whether the key exists, and ${store} is made with every flag already a key set to false (line ${falseFlags.get(store).line}): it is true for each flag before it was ever set (${store}[${this.text(n.left)}] reads its value)`, line, `${store}[${this.text(n.left)}]`);
    });
  }

  // choices: [{ label: 'Tell her the truth', trust: 1 }, { label: 'Say nothing' }] and this.trust += choice.trust: the
  // choice without the field adds undefined, the total becomes NaN for good and every later test of it is false
  // (choice.trust || 0)
  missingFieldAdded() {
    const partial = new Map();
    walk(this.ast, (n) => {
      if (n.type !== 'ArrayExpression' || n.elements.length < 2 || !n.elements.every((e) => e && e.type === 'ObjectExpression')) return;
      const keys = n.elements.map((e) => new Set(e.properties.filter((p) => p.type === 'Property' && !p.computed && p.key).map((p) => p.key.name || String(p.key.value))));
      if (keys.some((k) => k.size === 0 || n.elements.some((e) => e.properties.some((p) => p.type === 'SpreadElement')))) return;
      const shared = [...keys[0]].filter((k) => keys.every((s) => s.has(k)));
      if (!shared.length) return;
      for (const s of keys) for (const k of s) {
        const without = n.elements.find((e, i) => !keys[i].has(k));
        if (without && !partial.has(k)) partial.set(k, { without, shared: shared[0] });
      }
    });
    if (!partial.size) return;
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || !['+=', '-='].includes(n.operator)) return;
      const r = n.right;
      if (r.type !== 'MemberExpression' || r.computed || r.object.type !== 'Identifier' || !partial.has(r.property.name)) return;
      const field = r.property.name;
      const fn = this.functionAt(n.start);
      const read = memberPattern(this.text(r));
      if (fn && (new RegExp(`if\\s*\\([^)]*${read}|${read}\\s*(\\?\\?|\\|\\||!==?|===?|\\?)|['"\`]${field}['"\`]\\s+in\\b|hasOwnProperty|typeof\\s+${read}`).test(fn.text))) return;
      const { without, shared } = partial.get(field);
      const name = without.properties.find((p) => (p.key.name || String(p.key.value)) === shared);
      const line = lineOf(n);
      this.add('wrong_argument', true, `${this.text(n)} (line ${line}) adds ${this.text(r)}, and the item at line ${lineOf(without)} (${shared}: ${name ? this.text(name.value) : '…'}) has no ${field}: picking it adds undefined, so ${this.text(n.left)} is NaN from then on and every test of it is false (${this.text(r)} || 0)`, line, `${this.text(r)} || 0`);
    });
  }

  // const line = dir === 1 ? this.row.reverse() : this.row.slice(): one branch copies the row, the other reverses the
  // row itself in place, so a move to that side changes the row before it is compared or rebuilt
  // (this.row.slice().reverse())
  reversedInPlaceBesideCopy() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'ConditionalExpression') return;
      for (const [rev, other] of [[n.consequent, n.alternate], [n.alternate, n.consequent]]) {
        if (rev.type !== 'CallExpression' || rev.callee.type !== 'MemberExpression' || rev.callee.computed || rev.callee.property.name !== 'reverse' || rev.arguments.length) continue;
        const list = memberPath(rev.callee.object);
        if (!list) continue;
        const o = this.text(other).replace(/\s+/g, '');
        const bare = list.replace(/\s+/g, '');
        if (![`${bare}.slice()`, `[...${bare}]`, `Array.from(${bare})`, `${bare}.concat()`].includes(o)) continue;
        const line = lineOf(rev);
        this.add('state_not_updated', true, `${this.text(rev)} (line ${line}) reverses ${list} itself in place, while the other branch, ${this.text(other)}, works on a copy: a move that way changes ${list} before it is used (${list}.slice().reverse())`, line, `${list}.slice().reverse()`);
        return;
      }
    });
  }

  // this.wares = [...STOCK].sort(byPrice); this.wares.map((item, i) => row.on('pointerdown', () => this.buy(i))) and
  // buy(i) { const item = STOCK[i]; }: the rows are in price order, the lookup in the original order, so each row buys
  // another ware (this.wares[i])
  rowIndexIntoUnsorted() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+|\b\w+)\s*=\s*(?:\[\s*\.\.\.\s*(\w+)\s*\]|(\w+)\s*\.\s*(?:slice|concat)\s*\(\s*\))\s*\.\s*sort\s*\(/g)) {
      const sorted = m[1].replace(/\s+/g, '');
      const source = m[2] || m[3];
      const rows = new RegExp(`${memberPattern(sorted)}\\s*\\.\\s*(map|forEach)\\s*\\(\\s*(?:function\\s*)?\\(\\s*\\w+\\s*,\\s*(\\w+)\\s*\\)[^]*?this\\s*\\.\\s*(\\w+)\\s*\\(\\s*\\2\\s*\\)`).exec(this.code);
      if (!rows) continue;
      const handler = this.functions().find((f) => f.name === rows[3]);
      if (!handler || !handler.node.params.length || handler.node.params[0].type !== 'Identifier') continue;
      const p = handler.node.params[0].name;
      const read = new RegExp(`\\b${escape(source)}\\s*\\[\\s*${p}\\s*\\]`).exec(handler.text);
      if (!read) continue;
      const line = this.lineIn(handler, read.index);
      this.add('wrong_argument', true, `${read[0]} (line ${line}) looks up the row's index in ${source}, but the rows are made from ${sorted}, a sorted copy of it (line ${this.lineAt(m.index)}): each row reads another item of ${source} (${sorted}[${p}])`, line, `${sorted}[${p}]`);
      return;
    }
  }

  // OPTIONS.map((opt, i) => { ... row.setText(opt.labels[this.choice[i]]); this.registry.set(opt.key, opt.values[i]);
  // }): the label is read at the option's choice, the value at the row's own index, so the label moves while the value
  // stored stays the row number's (opt.values[this.choice[i]])
  siblingListsIndexedApart() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || !['map', 'forEach'].includes(n.callee.property.name)) return;
      const fn = n.arguments[0];
      if (!fn || !/Function/.test(fn.type) || fn.params.length < 2 || fn.params[0].type !== 'Identifier' || fn.params[1].type !== 'Identifier') return;
      const item = fn.params[0].name, i = fn.params[1].name;
      const byChoice = new Map(), byRow = [];
      walk(fn.body, (r) => {
        if (r.type !== 'MemberExpression' || !r.computed || r.object.type !== 'MemberExpression' || r.object.computed || r.object.object.type !== 'Identifier' || r.object.object.name !== item) return;
        const list = r.object.property.name;
        if (r.property.type === 'Identifier' && r.property.name === i) byRow.push(r);
        else if (r.property.type === 'MemberExpression' && r.property.computed && r.property.property.type === 'Identifier' && r.property.property.name === i) byChoice.set(list, r);
      });
      if (!byChoice.size) return;
      const wrong = byRow.find((r) => byChoice.has(r.object.property.name)) || byRow[0];
      if (!wrong) return;
      const [list, good] = byChoice.has(wrong.object.property.name) ? [wrong.object.property.name, byChoice.get(wrong.object.property.name)] : [...byChoice][0];
      const pick = this.text(good.property);
      const line = lineOf(wrong);
      this.add('wrong_argument', true, `${this.text(wrong)} (line ${line}) reads ${item}.${wrong.object.property.name} at the row's index ${i}, while ${this.text(good)} (line ${lineOf(good)}) reads ${item}.${list} at the choice ${pick}: what is shown and what is used part ways (${item}.${wrong.object.property.name}[${pick}])`, line, `${item}.${wrong.object.property.name}[${pick}]`);
    });
  }

  // return card.suit === '♥' || '♦': the right side of || is a bare non-empty string, always true, so the test is true
  // for every card (card.suit === '♥' || card.suit === '♦')
  orWithBareValue() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'LogicalExpression' || n.operator !== '||') return;
      const left = n.left, right = n.right;
      if (left.type !== 'BinaryExpression' || !['===', '=='].includes(left.operator)) return;
      const same = [left.left, left.right].find((s) => s.type === 'Literal');
      const other = [left.left, left.right].find((s) => s.type !== 'Literal');
      if (!same || !other || right.type !== 'Literal' || typeof right.value !== typeof same.value || !right.value) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${this.text(n)} (line ${line}): the right side of || is ${this.text(right)} on its own, which is always true, so the test holds whatever ${this.text(other)} is (${this.text(left)} || ${this.text(other)} ${left.operator} ${this.text(right)})`, line, `${this.text(other)} ${left.operator} ${this.text(right)}`);
    });
  }

  // this.turn = this.turn++ % this.players.length: the post-increment's new value is overwritten at once by the old
  // one the expression read, so this.turn never moves ((this.turn + 1) % this.players.length)
  postIncrementOverwritten() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || n.operator !== '=') return;
      const target = this.text(n.left).replace(/\s+/g, '');
      let bumped = null;
      walk(n.right, (u) => { if (!bumped && u.type === 'UpdateExpression' && !u.prefix && this.text(u.argument).replace(/\s+/g, '') === target) bumped = u; });
      if (!bumped) return;
      const line = lineOf(n);
      this.add('state_not_updated', true, `${this.text(n)} (line ${line}): ${this.text(bumped)} gives the old value and then adds one, and the assignment writes the result of the old value back over it, so ${target} never moves (${this.text(n.right).replace(this.text(bumped), `(${this.text(bumped.argument)} + 1)`)})`, line, `${target} moved on`);
    });
  }

  // const ranks = Phaser.Utils.Array.NumberArrayStep(2, 14) with RANK_NAMES = { ..., 14: 'A' }: NumberArrayStep stops
  // before its end, so the ranks run 2..13 and the ace is never dealt (NumberArray(2, 14) includes the end)
  stepArrayEndLeftOut() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/(^|\.)NumberArrayStep$/.test(memberPath(n.callee) || '')) return;
      const [start, end, step] = n.arguments;
      if (!end || end.type !== 'Literal' || typeof end.value !== 'number' || (step && !(step.type === 'Literal' && step.value === 1))) return;
      const e = end.value;
      let named = new RegExp(`[{,]\\s*['"]?${e}['"]?\\s*:|===?\\s*${e}\\b(?!\\.)|\\b${e}\\s*===?|<=\\s*${e}\\b`).exec(this.code.slice(0, n.start) + ' '.repeat(n.end - n.start) + this.code.slice(n.end));
      // or the task's own words at the top: "headers 1 to 10", "a 10x10 grid"
      const from = start ? this.text(start) : '0';
      if (!named) named = new RegExp(`^\\s*//[^\\n]*?(\\b${escape(from)}\\s*(to|-|–|through)\\s*${e}\\b|\\b${e}\\s*[x×]\\s*${e}\\b)`).exec(this.code);
      if (!named) return;
      const line = lineOf(n);
      this.add('off_by_one', true, `${this.text(n)} (line ${line}) stops before its end, so it never holds ${e}, while the program uses ${e} as one of them (line ${this.lineAt(named.index)}: ${named[0].trim()}) (NumberArray(${start ? this.text(start) : ''}, ${e}) includes the end)`, line, `NumberArray(${start ? this.text(start) : ''}, ${e})`);
    });
  }

  // while (total > 21 && aces > 0) { total -= 10; }: the loop never spends an ace, so the guard stays true and every
  // hand holding one ace loses 10 until it is under 21 (aces-- in the loop)
  guardCountNeverSpent() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'WhileStatement' || n.test.type !== 'LogicalExpression' || n.test.operator !== '&&') return;
      const parts = [n.test.left, n.test.right];
      const counts = parts.filter((p) => p.type === 'BinaryExpression' && ['>', '>=', '!=='].includes(p.operator) && p.left.type === 'Identifier' && p.right.type === 'Literal' && p.right.value === 0);
      const body = this.text(n.body);
      for (const c of counts) {
        const name = c.left.name;
        if (new RegExp(`\\b${name}\\s*(--|\\+\\+|-=|\\+=|=[^=])|(--|\\+\\+)\\s*${name}\\b|\\b(break|return)\\b`).test(body)) continue;
        const other = parts.find((p) => p !== c);
        const moved = [];
        walk(other, (i) => { if (i.type === 'Identifier') moved.push(i.name); });
        if (!moved.some((v) => new RegExp(`\\b${v}\\s*(-=|\\+=|--|\\+\\+|=[^=])`).test(body))) continue;
        const line = lineOf(n);
        this.add('state_not_updated', true, `while (${this.text(n.test)}) (line ${line}) never takes from ${name} in its body, so ${this.text(c)} stays true and the loop goes on for as long as ${this.text(other)}, as if there were no end of ${name} (${name}-- in the loop)`, line, `${name}--`);
        return;
      }
    });
  }

  // this.hand.splice(i, 1); this.hand.splice(j, 1);: the first removal moves every later card one place left, so when
  // i < j the second one removes the card after the one picked (remove the larger index first)
  secondSpliceShifted() {
    for (const fn of this.functions()) {
      const body = fn.node.body.body;
      for (let k = 0; k + 1 < body.length; k++) {
        const a = /^([\w.]+)\s*\.\s*splice\s*\(\s*(\w+)\s*,\s*1\s*\)\s*;?$/.exec(this.text(body[k]).trim());
        const b = /^([\w.]+)\s*\.\s*splice\s*\(\s*(\w+)\s*,\s*1\s*\)\s*;?$/.exec(this.text(body[k + 1]).trim());
        if (!a || !b || a[1] !== b[1] || a[2] === b[2] || /^\d+$/.test(a[2]) || /^\d+$/.test(b[2])) continue;
        const [i, j] = [a[2], b[2]];
        if (new RegExp(`\\b${i}\\s*[<>]=?\\s*${j}\\b|\\b${j}\\s*[<>]=?\\s*${i}\\b|Math\\s*\\.\\s*(max|min)|\\.sort\\s*\\(|${j}\\s*(--|-=)|--\\s*${j}\\b`).test(fn.text)) continue;
        const line = lineOf(body[k + 1]);
        this.add('off_by_one', true, `${this.text(body[k + 1]).trim()} (line ${line}) comes after ${this.text(body[k]).trim()} (line ${lineOf(body[k])}), which has moved every later item of ${a[1]} one place left: when ${i} < ${j} it removes the item after the one meant (splice the larger index first)`, line, 'the larger index spliced first');
        return;
      }
    }
  }

  // function drawCard(scene) { const card = scene.deck.pop(); scene.current = card; return card; } and
  // const next = drawCard(scene); const diff = next.value - scene.current.value;: the helper has already made the new
  // card current, so the card is compared with itself (keep the previous card before drawing)
  returnedAlsoStored() {
    const helpers = new Map();
    for (const f of this.functions()) {
      if (!f.name) continue;
      const ret = f.node.body.body.find((s) => s.type === 'ReturnStatement' && s.argument && s.argument.type === 'Identifier');
      if (!ret) continue;
      const v = ret.argument.name;
      const stored = new RegExp(`(\\w+(?:\\s*\\.\\s*\\w+)*)\\s*\\.\\s*(\\w+)\\s*=\\s*${v}\\s*;`).exec(f.text);
      if (stored) helpers.set(f.name, { field: stored[2], at: f.node.body.start + stored.index });
    }
    if (!helpers.size) return;
    walk(this.ast, (d) => {
      if (this.found.length || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'CallExpression') return;
      const callee = d.init.callee;
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : null;
      const h = name && helpers.get(name);
      if (!h) return;
      const fn = this.functionAt(d.start);
      if (!fn) return;
      const rest = this.code.slice(d.end, fn.node.end);
      const v = d.id.name;
      const cmp = new RegExp(`\\b${v}\\s*\\.\\s*(\\w+)\\s*(-|<|>|===?|!==?)\\s*(\\w+(?:\\s*\\.\\s*\\w+)*\\s*\\.\\s*${h.field})\\s*\\.\\s*\\1\\b|(\\w+(?:\\s*\\.\\s*\\w+)*\\s*\\.\\s*${h.field})\\s*\\.\\s*(\\w+)\\s*(-|<|>|===?|!==?)\\s*${v}\\s*\\.\\s*\\5\\b`).exec(rest);
      if (!cmp || new RegExp(`\\b\\w+(\\s*\\.\\s*\\w+)*\\s*\\.\\s*${h.field}\\s*=[^=]`).test(rest.slice(0, cmp.index))) return;
      const line = this.lineAt(d.end + cmp.index);
      this.add('wrong_order', true, `${cmp[0]} (line ${line}) compares ${v} with ${cmp[3] || cmp[4]}, but ${name}() (line ${lineOf(d)}) has already stored ${v} there (line ${this.lineAt(h.at)}): it is the same object, so the two always match (keep the previous one before calling ${name}())`, line, `the previous ${h.field} kept`);
    });
  }

  // Array.from({ length: COLS }, (x) => (x + y) % 2): the mapper's first argument is the element, undefined here,
  // and the index comes second, so every cell is NaN ((_, x) => ...)
  fromMapperGivenElement() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || memberPath(n.callee) !== 'Array.from' || n.arguments.length < 2) return;
      const [src, fn] = n.arguments;
      if (src.type !== 'ObjectExpression' || src.properties.length !== 1 || !/Function/.test(fn.type) || fn.params.length !== 1 || fn.params[0].type !== 'Identifier') return;
      const p = fn.params[0].name;
      let used = null;
      walk(fn.body, (e) => {
        if (!used && e.type === 'BinaryExpression' && ['+', '-', '*', '/', '%', '<', '>', '<=', '>=', '===', '=='].includes(e.operator) && [e.left, e.right].some((s) => s.type === 'Identifier' && s.name === p)) used = e;
        if (!used && e.type === 'MemberExpression' && e.computed && e.property.type === 'Identifier' && e.property.name === p) used = e;
      });
      if (!used) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `Array.from(${this.text(src)}, (${p}) => …) (line ${line}): the mapper's first argument is the element, undefined in an array made from a length, and the index comes second, so ${this.text(used)} is worked out from undefined ((_, ${p}) => …)`, line, `(_, ${p}) =>`);
    });
  }

  // ['0.5x', '1x', '2x'].map((label) => ... this.speed = parseInt(label)): parseInt stops at the point, so '0.5x' is
  // 0 and that button stops everything (parseFloat)
  decimalTextParsedAsInt() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || !['map', 'forEach'].includes(n.callee.property.name)) return;
      if (n.callee.object.type !== 'ArrayExpression') return;
      const decimal = n.callee.object.elements.find((e) => e && e.type === 'Literal' && typeof e.value === 'string' && /^\s*\d*\.\d+/.test(e.value));
      const fn = n.arguments[0];
      if (!decimal || !fn || !/Function/.test(fn.type) || !fn.params.length || fn.params[0].type !== 'Identifier') return;
      const p = fn.params[0].name;
      const m = new RegExp(`(?:Number\\s*\\.\\s*)?parseInt\\s*\\(\\s*${p}\\s*(,\\s*10\\s*)?\\)`).exec(this.text(fn.body));
      if (!m) return;
      const line = this.lineAt(fn.body.start + m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) stops at the decimal point, so ${this.text(decimal)} (line ${lineOf(decimal)}) gives ${parseInt(decimal.value, 10)}, not ${parseFloat(decimal.value)} (parseFloat(${p}))`, line, `parseFloat(${p})`);
    });
  }

  // ranked = balls.map(...).sort((a, b) => a.dist - b.dist); for (const r of ranked) { if (r.team !== lead) continue;
  // pts++; }: the ranking is sorted so that counting stops at the first ball of the other team, but continue skips it and
  // counts every ball of the leading team, however far (break)
  sortedScanNeverStops() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'ForOfStatement' || n.right.type !== 'Identifier' || n.body.type !== 'BlockStatement') return;
      const list = n.right.name;
      const fn = this.functionAt(n.start);
      if (!fn || !new RegExp(`\\b${list}\\s*=[^;]*\\.sort\\s*\\(\\s*\\(\\s*(\\w+)\\s*,\\s*(\\w+)\\s*\\)\\s*=>\\s*\\1\\s*\\.\\s*(\\w+)\\s*-\\s*\\2\\s*\\.\\s*\\3`).test(fn.text)) return;
      const [first, ...rest] = n.body.body;
      if (!first || first.type !== 'IfStatement' || first.consequent.type !== 'ContinueStatement' || !/!==?/.test(this.text(first.test)) || !rest.length) return;
      if (!rest.every((st) => /^\w+\s*(\+\+|\+=\s*1)\s*;?$|^\+\+\s*\w+\s*;?$/.test(this.text(st).trim()))) return;
      const line = lineOf(first);
      this.add('wrong_argument', true, `${this.text(first).trim()} (line ${line}) skips the others and counts on through ${list}, sorted nearest first: every one after the first of the other side is counted too, so the sort does nothing (break there)`, line, 'break');
    });
  }

  // sorted = [...dice].sort(); if (sorted[i] === sorted[i - 1] + 1) run++; else run = 1: a repeated value between two
  // consecutive ones starts the run again, so 1-2-2-3-4 never counts as four in a row (drop repeats first:
  // [...new Set(dice)].sort(), or step over equal values)
  runBrokenByDuplicates() {
    walk(this.ast, (loop) => {
      if (this.found.some((f) => f.expected === 'repeats dropped before the run') || loop.type !== 'ForStatement' || !loop.update) return;
      const i = loop.update.type === 'UpdateExpression' && loop.update.argument.type === 'Identifier' ? loop.update.argument.name : null;
      if (!i) return;
      walk(loop.body, (n, parent, key, ctx) => {
        if (this.found.some((f) => f.expected === 'repeats dropped before the run') || ctx.fn || n.type !== 'IfStatement' || !n.alternate) return;
        const test = this.text(n.test).replace(/\s+/g, '');
        const step = new RegExp(`^(\\w+)\\[${i}\\]===\\1\\[${i}-1\\]\\+1$|^(\\w+)\\[${i}\\+1\\]===\\2\\[${i}\\]\\+1$|^(\\w+)\\[${i}\\]-\\3\\[${i}-1\\]===1$|^(\\w+)\\[${i}\\+1\\]-\\4\\[${i}\\]===1$|^(\\w+)\\[${i}-1\\]\\+1===\\5\\[${i}\\]$|^(\\w+)\\[${i}\\]\\+1===\\6\\[${i}\\+1\\]$`).exec(test);
        if (!step) return;
        const list = step.slice(1).find(Boolean);
        const reset = /^\{?\s*(\w+)\s*=\s*([01])\s*;?\s*\}?$/.exec(this.text(n.alternate).trim());
        if (!reset) return;
        // repeats stepped over (two items compared for equality), or the list made without them
        if (new RegExp(`${list}\\s*\\[[^\\]]+\\]\\s*[!=]==?\\s*${list}\\s*\\[[^\\]]+\\]\\s*(\\)|&&|\\|\\||;|\\?)`).test(this.text(loop.body))) return;
        const ds = this.decls.get(list);
        const init = ds && ds.length === 1 ? ds[0].init : null;
        if (!init || !/\.sort\s*\(/.test(this.text(init)) || /new\s+Set\b|filter\s*\(|\bunique|\bdistinct/i.test(this.text(init))) return;
        const line = lineOf(n);
        this.add('wrong_argument', true, `${this.text(n.test)} (line ${line}) counts a run in ${list}, sorted with its repeats kept (line ${lineOf(init)}), and a repeat sends ${reset[1]} back to ${reset[2]}: a repeated value between consecutive ones breaks the run, so 1-2-2-3-4 never counts four in a row (drop the repeats first: [...new Set(…)].sort(), or step over equal values)`, line, 'repeats dropped before the run');
      });
    });
  }

  // return item.stock || Infinity, while buying takes the stock down to 0: a count that is used up is 0, and || takes 0
  // for missing, so a sold-out item becomes unlimited (item.stock ?? Infinity keeps the 0)
  usedUpCountOrDefault() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*(\w+)\s*\|\|\s*(Infinity|-?\d+(?:\.\d+)?)\b/g)) {
      const [, owner, field, fallback] = m;
      if (fallback !== 'Infinity' && Number(fallback) === 0) continue;
      // a value handed in or loaded, defaulted once at the start (init(data) { this.lives = data.lives || 3 }): leave it
      if (/^(data|opts|options|config|cfg|settings|params|saved|save|props|state\.saved)$/i.test(owner)) continue;
      if (['init', 'create', 'constructor', 'preload'].includes((this.functionAt(m.index) || {}).name)) continue;
      // the field is taken down in play: field -= …, field--, or set from a count less one
      const spent = new RegExp(`\\.\\s*${field}\\s*(-=|--)|--\\s*[\\w.]+\\.\\s*${field}\\b|\\.\\s*${field}\\s*=\\s*[\\w.]+\\s*-\\s*1\\b|\\.\\s*${field}\\s*=\\s*Math\\s*\\.\\s*max\\s*\\(\\s*0\\s*,`).exec(this.code);
      if (!spent) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${owner}.${field} || ${fallback} (line ${line}) takes ${fallback} whenever ${owner}.${field} is 0, and ${field} is taken down in play (line ${this.lineAt(spent.index)}): once it is used up it reads as ${fallback} instead of 0 (${owner}.${field} ?? ${fallback} keeps the 0)`, line, `${owner}.${field} ?? ${fallback}`);
      return;
    }
  }

  // const KEY_TO_LANE = { D: 0, F: 1, J: 2, K: 3 }; const lane = KEY_TO_LANE[key]; if (!lane) return: the first lane's
  // number is 0, which ! takes for missing, so its key does nothing (lane === undefined)
  lookedUpZeroTakenForMissing() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'looked-up value tested against undefined') || n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init) return;
      const init = n.init;
      if (init.type !== 'MemberExpression' || !init.computed || init.object.type !== 'Identifier') return;
      const ds = this.decls.get(init.object.name);
      const table = ds && ds.length === 1 ? ds[0].init : null;
      if (!table || table.type !== 'ObjectExpression') return;
      const zero = table.properties.find((p) => p.type === 'Property' && literalValue(p.value).ok && literalValue(p.value).value === 0);
      if (!zero || table.properties.some((p) => p.type !== 'Property' || !literalValue(p.value).ok || typeof literalValue(p.value).value !== 'number')) return;
      const fn = this.functionAt(n.start);
      const rest = fn ? this.code.slice(n.end, fn.node.end) : '';
      const test = new RegExp(`if\\s*\\(\\s*!\\s*${n.id.name}\\s*\\)`).exec(rest);
      if (!test) return;
      const line = this.lineAt(n.end + test.index);
      this.add('wrong_argument', true, `if (!${n.id.name}) (line ${line}) takes 0 for missing, and ${init.object.name} maps ${this.text(zero.key)} to 0 (line ${lineOf(zero)}): that entry is turned away as if it were not there (${n.id.name} === undefined)`, line, 'looked-up value tested against undefined');
    });
  }

  // const ranking = this.cars.sort(byProgress) while this.player = this.cars[0] and the AI drives this.cars[1..] by
  // index: sort() reorders this.cars itself, so the indices now name other cars and the player's car is driven by the
  // AI ([...this.cars].sort(…))
  sortedInPlaceUnderItsIndices() {
    for (const m of this.code.matchAll(/(?:(?:const|let|var)\s+(\w+)\s*=|\breturn)\s*(this\s*\.\s*\w+)\s*\.\s*sort\s*\(/g)) {
      const [, named, list] = m;
      const sorted = named || 'what is returned';
      const esc = memberPattern(list.replace(/\s+/g, ''));
      // the list is read elsewhere by fixed places: list[0], a loop from 1 over its indices, or (for a sort made to
      // pick one) list[i] with i a handler's index, a forEach's index laid out by position
      const fixed = new RegExp(`${esc}\\s*\\[\\s*\\d+\\s*\\]|for\\s*\\(\\s*let\\s+(\\w+)\\s*=\\s*1\\s*;\\s*\\1\\s*<\\s*${esc}\\s*\\.\\s*length[^)]*\\)[^;]*${esc}\\s*\\[\\s*\\1\\s*\\]`).exec(this.code)
        || (!named && /\)\s*\[\s*0\s*\]|\)\s*\.\s*(pop|shift)\s*\(/.test(this.code.slice(m.index, m.index + 200).split(';')[0])
          && new RegExp(`${esc}\\s*\\[\\s*(index|idx|slot|which|n|k)\\s*\\]`).exec(this.code));
      if (!fixed) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${list.replace(/\s+/g, '')}.sort(…) (line ${line}) sorts ${list.replace(/\s+/g, '')} itself in place, not a copy for ${sorted}, and ${list.replace(/\s+/g, '')} is read by fixed places elsewhere (line ${this.lineAt(fixed.index)}): after the first sort those places name other items ([...${list.replace(/\s+/g, '')}].sort(…))`, line, `[...${list.replace(/\s+/g, '')}].sort(…)`);
      return;
    }
  }

  // Phaser.Math.Clamp(this.lane + dir, 0, LANE_COUNT) where the lanes are 0 .. LANE_COUNT - 1: Clamp's top is kept, so
  // the index can reach LANE_COUNT, one past the last lane (Clamp(…, 0, LANE_COUNT - 1))
  clampedToTheCount() {
    for (const m of this.code.matchAll(/Clamp\s*\(\s*[^,]+,\s*0\s*,\s*([\w.]+)\s*\)/g)) {
      const count = m[1];
      if (/^\d/.test(count)) continue;
      const esc = memberPattern(count);
      // the name is a count: its last index is count - 1 elsewhere (Between(0, N - 1)), or it is a list's length
      const counted = /\.length$/.test(count) || new RegExp(`Between\\s*\\(\\s*0\\s*,\\s*${esc}\\s*-\\s*1\\s*\\)`).test(this.code);
      if (!counted || /(WIDTH|HEIGHT|MAX|LIMIT|_W|_H)$|width|height|max/i.test(count)) continue;
      // the value picks by index: what it is kept in (or what it steps) is read as list[value]
      const first = /Clamp\s*\(\s*([\w.]+)/.exec(m[0])[1];
      const kept = /(this\s*\.\s*\w+|\b\w+)\s*=\s*(?:Phaser\s*\.\s*Math\s*\.\s*)?$/.exec(this.code.slice(Math.max(0, m.index - 80), m.index));
      const names = [first, kept && kept[1].replace(/\s+/g, '')].filter(Boolean);
      const indexed = names.some((x) => new RegExp(`\\[\\s*${memberPattern(x)}\\s*\\]`).test(this.code)) || /\[\s*$/.test(this.code.slice(0, m.index).replace(/(Phaser\s*\.\s*)?Math\s*\.\s*$/, ''));
      // a count of things done (levels cleared, 0 to all of them) rightly reaches the count
      if (!indexed && names.some((x) => /^(n|count|num|total)$|count|cleared|unlocked|done|progress|solved|completed|passed|beaten/i.test(x.split('.').pop()))) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `${m[0]} (line ${line}) keeps values up to ${count} itself, while what it picks runs from 0 to ${count} - 1: the value can go one past the last (Clamp(…, 0, ${count} - 1))`, line, `${count} - 1`);
      return;
    }
  }

  // const active = this.bullets.getLength() in a pool whose members are put away with disableBody or killAndHide:
  // getLength() counts every member, the put-away ones too, so the count of flying bullets never falls
  // (countActive(true))
  pooledCountedAsActive() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w*(?:active|Active|alive|Alive|flying|live|Live)\w*)\s*=\s*([\w.]+)\s*\.\s*getLength\s*\(\s*\)/g)) {
      const group = m[2];
      if (!new RegExp(`${memberPattern(group)}\\s*\\.\\s*(get|killAndHide)\\s*\\(|disableBody\\s*\\(|setActive\\s*\\(\\s*false`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[1]} = ${group}.getLength() (line ${line}) counts every member of the pool, the ones put away too, so it never falls as they are put away (${group}.countActive(true))`, line, `${group}.countActive(true)`);
      return;
    }
  }

  // this.choice = null at the start, keys give this.choice = index (0, 1, 2), and if (!this.choice) return: the first
  // choice, 0, reads as none, so it can never be used (this.choice === null)
  indexZeroTakenForNone() {
    for (const m of this.code.matchAll(/if\s*\(\s*!\s*(this\s*\.\s*(\w+))\s*\)/g)) {
      const field = m[2];
      const esc = `this\\s*\\.\\s*${field}`;
      if (!new RegExp(`${esc}\\s*=\\s*(null|undefined|-1)\\s*[;,]`).test(this.code)) continue;
      // set from a 0-based index: a forEach's index, or a literal 0 among other numbers
      const fromIndex = new RegExp(`forEach\\s*\\(\\s*\\(\\s*\\w+\\s*,\\s*(\\w+)\\s*\\)\\s*=>[^;]*${esc}\\s*=\\s*\\1\\b`).exec(this.code)
        || new RegExp(`${esc}\\s*=\\s*0\\s*;`).exec(this.code) || this.setFromIndexParam(field);
      if (!fromIndex) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `if (!this.${field}) (line ${line}) takes 0 for nothing chosen, and this.${field} is an index from 0 (line ${this.lineAt(fromIndex.index)}), while nothing chosen is null: the first choice reads as none and can never be used (this.${field} === null)`, line, `this.${field} === null`);
      return;
    }
  }

  // select(index) { this.selected = index; … } called with a forEach's index or a key's indexOf(): a 0-based index
  // handed in through a method (the match, for its index, or null)
  setFromIndexParam(field) {
    for (const f of this.functions()) {
      if (!f.name || f.node.params.length !== 1 || f.node.params[0].type !== 'Identifier') continue;
      const p = f.node.params[0].name;
      const m = new RegExp(`this\\s*\\.\\s*${field}\\s*=\\s*${p}\\s*;`).exec(f.text);
      if (!m) continue;
      const callers = this.calls.filter((c) => c.name === f.name && c.n.arguments.length === 1);
      const indexed = callers.some((c) => {
        const a = this.text(c.n.arguments[0]).trim();
        if (a === '0') return true;
        // the index of a forEach or map around the call, or a value found by indexOf / findIndex
        return new RegExp(`(?:const|let|var)\\s+${a}\\s*=\\s*[^;]*\\.\\s*(indexOf|findIndex)\\s*\\(`).test(this.code)
          || this.indexCallbacks().some((g) => g.start <= c.n.start && c.n.end <= g.end && g.params[1].name === a);
      });
      if (indexed) return { index: f.node.body.start + m.index };
    }
    return null;
  }

  // the callbacks of forEach / map whose second parameter is the index: (item, i) => …
  indexCallbacks() {
    if (!this.indexed) {
      this.indexed = [];
      walk(this.ast, (n, parent, key) => {
        if (!/Function/.test(n.type) || n.params.length < 2 || n.params[1].type !== 'Identifier' || !parent || parent.type !== 'CallExpression' || key !== 'arguments') return;
        if (parent.callee.type === 'MemberExpression' && !parent.callee.computed && /^(forEach|map|each|iterate)$/.test(parent.callee.property.name)) this.indexed.push(n);
      });
    }
    return this.indexed;
  }

  // this.inv = { Wood: 5, Stone: 3 } and Object.entries(recipe.needs).filter(([item, need]) => this.inv[item] < need)
  // with a recipe that needs Sticks: an item never owned reads undefined, and undefined < 2 is false, so what the
  // player lacks entirely counts as enough ((this.inv[item] || 0) < need)
  missingKeyNeverShort() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+|\b[a-z]\w*)\s*=\s*\{([^{}]*)\}\s*;/g)) {
      const store = m[1].replace(/\s+/g, '');
      const owned = [...m[2].matchAll(/(?:^|,)\s*['"]?(\w+)['"]?\s*:\s*-?\d/g)].map((k) => k[1]);
      if (owned.length < 2 || owned.length !== m[2].split(',').filter((p) => p.trim()).length) continue;
      const read = new RegExp(`(?<![\\w.]|\\|\\|\\s*|\\?\\?\\s*)${memberPattern(store)}\\s*\\[\\s*(\\w+)\\s*\\]\\s*<(?![<=])|(?<![=>-])>(?![=>])\\s*${memberPattern(store)}\\s*\\[\\s*(\\w+)\\s*\\](?!\\s*(\\|\\||\\?\\?))`, 'g');
      for (const r of this.code.matchAll(read)) {
        const key = r[1] || r[2];
        // the key walks another table's keys: an entry or key destructured, or a for … in
        const fn = this.functionAt(r.index);
        const scope = fn ? fn.text : this.code;
        if (!new RegExp(`\\[\\s*${key}\\s*,|for\\s*\\(\\s*(const|let|var)\\s+${key}\\s+(in|of)\\s+Object\\s*\\.\\s*keys|for\\s*\\(\\s*(const|let|var)\\s+${key}\\s+in\\b|keys\\s*\\([^)]*\\)\\s*\\.\\s*\\w+\\s*\\(\\s*\\(?\\s*${key}\\b`).test(scope)) continue;
        // keys the tables ask for that the store does not start with, or keys the store loses
        const asked = new Set();
        for (const t of this.code.matchAll(/\{([^{}]*)\}/g)) {
          if (t.index === m.index + m[0].indexOf('{')) continue;
          const keys = [...t[1].matchAll(/(?:^|,)\s*['"]?([A-Za-z]\w*)['"]?\s*:\s*\d/g)].map((k) => k[1]);
          if (keys.length && keys.length === t[1].split(',').filter((p) => p.trim()).length && keys.some((k) => owned.includes(k))) keys.forEach((k) => asked.add(k));
        }
        const lacking = [...asked].filter((k) => !owned.includes(k));
        const deletes = new RegExp(`delete\\s+${memberPattern(store)}\\s*\\[`).test(this.code);
        if (!lacking.length && !deletes) continue;
        const line = this.lineAt(r.index);
        const why = lacking.length ? `${store} starts with ${owned.join(', ')} only and the tables ask for ${lacking.slice(0, 3).join(', ')}` : `${store} loses keys (delete)`;
        this.add('wrong_argument', true, `${r[1] ? `${store}[${key}] <` : `> ${store}[${key}]`} (line ${line}) reads ${store}[${key}] for a key it may not hold: ${why}, and undefined compared with < or > is always false, so something the player has none of counts as enough (${store}[${key}] || 0)`, line, `(${store}[${key}] || 0)`);
        return;
      }
    }
  }

  // / binds before +: a.x + b.x / 2 is not the middle of a and b, and BUILD_COST + upgrades * UPGRADE_COST / 2 in a
  // sell price halves only the upgrades, so a fresh tower sells for all it cost ((a.x + b.x) / 2, (BUILD + …) / 2)
  halfOfTheLastTermOnly() {
    const mid = /(?<![\w.])([\w.]+)\s*\.\s*([xy])\s*\+\s*([\w.]+)\s*\.\s*\2\s*\/\s*2\b/.exec(this.code);
    if (mid && mid[1] !== mid[3] && !/(delta|offset|vel|velocity|dir|direction|size|gap|diff|half|step|speed|move|^d|^v)$/i.test(mid[3].split('.').pop()) && !/\)\s*$/.test(this.code.slice(0, mid.index))) {
      const line = this.lineAt(mid.index);
      this.add('wrong_argument', true, `${mid[0]} (line ${line}) halves only ${mid[3]}.${mid[2]}: / goes before +, so this is not the middle of ${mid[1]} and ${mid[3]} but a point far from both ((${mid[1]}.${mid[2]} + ${mid[3]}.${mid[2]}) / 2)`, line, `(${mid[1]}.${mid[2]} + ${mid[3]}.${mid[2]}) / 2`);
      return;
    }
    for (const f of this.functions()) {
      if (!/refund|sell|salvage|resale/i.test(f.name || '')) continue;
      const m = /\b([A-Z][A-Z0-9_]*COST\w*|[A-Z][A-Z0-9_]*PRICE\w*)\s*\+\s*([^;()]*\([^()]*\)[^;()]*|[^;()]*?)\s*\/\s*2\b/.exec(f.text);
      if (!m) continue;
      const line = this.lineIn(f, m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) in ${f.name}(): / goes before +, so only ${m[2].trim()} is halved and all of ${m[1]} is given back ((${m[1]} + ${m[2].trim()}) / 2)`, line, `(${m[1]} + …) / 2`);
      return;
    }
  }

  // COOLDOWN_MS - remaining / COOLDOWN_MS: / goes before -, so this is COOLDOWN_MS minus a fraction, not the share of
  // the cooldown gone by; clamped to 0-1 the bar stays full ((COOLDOWN_MS - remaining) / COOLDOWN_MS)
  shareOfTheLastTermOnly() {
    for (const m of this.code.matchAll(/(?<![\w.)]\s*[*/]\s*)\b(\w+)\s*-\s*([\w.]+(?:\s*\([^()]*\))?)\s*\/\s*\1\b/g)) {
      if (/^\d+$/.test(m[1]) || m[1] === '1') continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}): / goes before -, so this is ${m[1]} minus ${m[2]} / ${m[1]}, not the share (${m[1]} - ${m[2]}) / ${m[1]}; it is nearly ${m[1]} all the time, and anything clamped to 0-1 from it stays at its end ((${m[1]} - ${m[2]}) / ${m[1]})`, line, `(${m[1]} - ${m[2]}) / ${m[1]}`);
      return;
    }
  }

  // Phaser.Utils.String.Pad(cents % 100, 2, '0'): without a direction Pad pads on both sides (dir 3), the odd one on
  // the right, so 5 becomes '50' and $1.05 shows as $1.50 (Pad(value, 2, '0', 1) pads on the left)
  padOnBothSides() {
    for (const c of this.calls) {
      if (c.name !== 'Pad' || c.n.arguments.length !== 3) continue;
      const padWith = c.n.arguments[2];
      if (padWith.type !== 'Literal' || padWith.value !== '0') continue;
      const line = this.lineAt(c.n.start);
      this.add('wrong_argument', true, `${this.text(c.n)} (line ${line}) gives no direction, and Pad's default (3) pads on both sides with the odd one on the right: 5 becomes '50', not '05' (Pad(…, '0', 1) pads on the left)`, line, 'Pad(…, 1)');
      return;
    }
  }

  // for (let i = 2; i < Math.sqrt(n); i++) if (n % i === 0) return false: the loop stops before the square root, so
  // 4, 9, 25 and 49 are never divided by their root and count as prime (i <= Math.sqrt(n), or i * i <= n)
  trialDivisionStopsShort() {
    for (const m of this.code.matchAll(/for\s*\(\s*let\s+(\w+)\s*=\s*2\s*;\s*\1\s*<\s*Math\s*\.\s*sqrt\s*\(\s*(\w+)\s*\)\s*;/g)) {
      const [, i, n] = m;
      const body = this.code.slice(m.index, m.index + 300);
      if (!new RegExp(`${n}\\s*%\\s*${i}\\s*===?\\s*0`).test(body)) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `${i} < Math.sqrt(${n}) (line ${line}) stops before the square root, so a square of a prime (4, 9, 25, 49) is never divided by its root and passes as prime (${i} <= Math.sqrt(${n}), or ${i} * ${i} <= ${n})`, line, `${i} <= Math.sqrt(${n})`);
      return;
    }
  }

  // const poly = new Phaser.Geom.Polygon(pts); this.answer = poly.area: Polygon's area keeps the sign of the winding
  // (-sum / 2), so a triangle whose corners run the other way has a negative area (Math.abs(poly.area))
  polygonAreaSigned() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*new\s+Phaser\s*\.\s*Geom\s*\.\s*Polygon\s*\(/g)) {
      const read = new RegExp(`(?<!abs\\s*\\(\\s*)\\b${m[1]}\\s*\\.\\s*area\\b(?!\\s*=[^=])`).exec(this.code);
      if (!read || /Math\s*\.\s*abs\s*\(\s*$/.test(this.code.slice(0, read.index))) continue;
      // the sign asked about on purpose (a winding test)
      if (new RegExp(`\\b${m[1]}\\s*\\.\\s*area\\s*[<>]=?\\s*0|Math\\s*\\.\\s*sign\\s*\\(\\s*${m[1]}\\s*\\.\\s*area`).test(this.code)) continue;
      if (new RegExp(`Math\\s*\\.\\s*abs\\s*\\([^)]*\\b${m[1]}\\s*\\.\\s*area`).test(this.code)) continue;
      // only where the number is judged: kept as the answer, or compared
      const around = this.code.slice(Math.max(0, read.index - 60), read.index + read[0].length + 20);
      if (!new RegExp(`(answer|correct|expected|target|solution|goal)\\w*\\s*=\\s*${m[1]}\\s*\\.\\s*area\\b|${m[1]}\\s*\\.\\s*area\\s*(===?|!==?)|(===?|!==?)\\s*${m[1]}\\s*\\.\\s*area\\b`).test(around)) continue;
      const line = this.lineAt(read.index);
      this.add('wrong_argument', true, `${m[1]}.area (line ${line}) keeps the sign of the polygon's winding (Phaser works it out as -sum / 2), so for corners that run the other way it is negative (Math.abs(${m[1]}.area))`, line, `Math.abs(${m[1]}.area)`);
      return;
    }
  }

  // this.scene.launch('Results', this.stats); this.scene.pause(); this.startRound() where startRound() sets
  // this.stats.asked = 0 …: the data object is handed over as it is, not copied, and the launched scene's create()
  // runs on the next frame, so it shows the values after the reset ({ ...this.stats })
  handedDataChangedAfter() {
    for (const c of this.calls) {
      if (!['launch', 'run', 'start'].includes(c.name) || !/(^|\.)scene$/.test(c.on || '') || c.n.arguments.length !== 2) continue;
      const data = memberPath(c.n.arguments[1]);
      if (!data || !/^this\.\w+$/.test(data)) continue;
      const fn = this.functionAt(c.n.start);
      if (!fn) continue;
      const after = this.code.slice(c.n.end, fn.node.end);
      const field = new RegExp(`${memberPattern(data)}\\s*\\.\\s*\\w+\\s*(=(?!=)|\\+=|-=|\\+\\+|--)`);
      let changed = field.exec(after);
      let where = changed ? this.lineAt(c.n.end + changed.index) : null;
      if (!changed) {
        for (const k of after.matchAll(/this\s*\.\s*(\w+)\s*\(/g)) {
          const callee = this.functions().find((f) => f.name === k[1]);
          const hit = callee && field.exec(callee.text);
          if (hit) { changed = hit; where = this.lineIn(callee, hit.index); break; }
        }
      }
      if (!changed) continue;
      // a HUD that keeps the object and reads it every frame is meant to see the changes
      const key = literalValue(c.n.arguments[0]).value;
      const target = new RegExp(`super\\s*\\(\\s*(\\{\\s*key\\s*:\\s*)?['"]${escape(String(key))}['"]`).exec(this.code);
      const targetText = target ? this.code.slice(target.index, (this.code.indexOf('\nclass ', target.index) + 1 || this.code.length + 1) - 1) : '';
      if (/hud|ui\b|overlay/i.test(String(key)) || /\bupdate\s*\(/.test(targetText)) continue;
      const line = this.lineAt(c.n.start);
      this.add('wrong_order', true, `${this.text(c.n)} (line ${line}) hands ${data} over as it is, not a copy, and ${data} is changed right after (line ${where}) before the other scene's create() runs on the next frame: it shows the changed values ({ ...${data} })`, line, `{ ...${data} }`);
      return;
    }
  }

  // this.add.line(0, 0, x1, y1, x2, y2): a Line's origin is 0.5, so the segment is drawn shifted up and left by half
  // its width and height and misses the points it joins (.setOrigin(0, 0))
  lineDrawnAboutItsMiddle() {
    for (const m of this.code.matchAll(/add\s*\.\s*line\s*\(\s*0\s*,\s*0\s*,([^;]*?)\)/g)) {
      const after = this.code.slice(m.index, m.index + 400).split(';')[0];
      if (/setOrigin\s*\(/.test(after)) continue;
      const args = m[1].split(',').map((a) => a.trim());
      if (args.length >= 4 && args.slice(0, 2).every((a) => a === '0')) continue;
      const line = this.lineAt(m.index);
      this.add('misplaced', true, `this.add.line(0, 0, …) (line ${line}) with the points given in screen coordinates: a Line's origin is 0.5, so it is drawn shifted up and left by half its width and height and misses the points it should join (.setOrigin(0, 0))`, line, 'setOrigin(0, 0)');
      return;
    }
  }

  // Phaser.Math.Angle.CounterClockwise(angle) turns a clockwise angle into one counted from North (0 up, 90 left),
  // while the task counts from the right (0 east, 90 up): every reading is off by 90 degrees (Normalize(-angle))
  counterClockwiseFromNorth() {
    const task = (/^\s*\/\/([^\n]*)/.exec(this.code) || [])[1] || '';
    const fromEast = /0\s*(°|degrees?|deg)?\s*\(?\s*(right|east|points? right|→)|(right|east)\s*(is|=)\s*0|0[^.;,]{0,20}\bright\b[^.;]{0,40}90[^.;]{0,20}\bup\b/i.test(task + ' ' + this.code.slice(0, 4000).split('\n').filter((l) => /\/\//.test(l)).join(' '));
    if (!fromEast) return;
    const c = this.calls.find((k) => k.name === 'CounterClockwise');
    if (!c) return;
    const line = this.lineAt(c.n.start);
    this.add('wrong_argument', true, `Phaser.Math.Angle.CounterClockwise(…) (line ${line}) counts from North (0 up, 90 left), while this program counts from the right (0 right, 90 up): every reading is off by 90 degrees (Phaser.Math.Angle.Normalize(-angle))`, line, 'Angle.Normalize(-angle)');
  }

  // const back = { x: -g.dir.x, y: -g.dir.y }; DIRS.filter((d) => d !== back): back is a new object that nothing else
  // holds, so no entry is ever the same object and the test always holds (compare the fields)
  comparedWithFreshObject() {
    const fresh = (n) => n && (n.type === 'ObjectExpression' || n.type === 'ArrayExpression' || (n.type === 'NewExpression' && /Vector2|Point|Object|Array/.test(this.text(n.callee))));
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.length || n.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(n.operator)) return;
      for (const [mine, other] of [[n.left, n.right], [n.right, n.left]]) {
        if (other.type === 'Literal' || (other.type === 'Identifier' && other.name === 'undefined')) continue;
        let madeAt = null;
        if (fresh(mine)) madeAt = mine;
        else if (mine.type === 'Identifier' && ctx.fn) {
          const decl = this.declaredAround(n, mine.name);
          if (!decl || !fresh(decl.init) || decl.end > n.start) continue;
          // nothing between the making and the test may hand the object on, and a loop around the test (not around
          // the making) may not store it for a later pass
          const between = this.code.slice(decl.end, n.start);
          if (new RegExp(`(?<![\\w$.])${mine.name}(?![\\w$])`).test(between)) continue;
          const home = this.functionAt(decl.start);
          const loop = home ? this.loopAround(home.node, n) : null;
          if (loop && !(loop.start <= decl.start && decl.end <= loop.end)
            && [...this.text(loop).matchAll(new RegExp(`(?<![\\w$.])${mine.name}(?![\\w$])`, 'g'))].length > 1) continue;
          madeAt = decl;
        } else continue;
        const line = lineOf(n);
        const always = n.operator.startsWith('!') ? 'always holds' : 'never holds';
        const name = mine.type === 'Identifier' ? mine.name : this.text(mine);
        this.add('never_fires', true, `${this.text(n)} (line ${line}) compares ${this.text(other)} with ${mine.type === 'Identifier' ? `${name}, a new object made at line ${lineOf(madeAt)}` : 'a new object written in place'} that nothing else holds: two different objects are never the same, so the test ${always} (compare their fields)`, line, 'compare the fields');
        return;
      }
    });
  }

  // the nearest const/let/var named `name` made before node n in a function around n
  declaredAround(n, name) {
    if (!this.declarators) {
      this.declarators = [];
      walk(this.ast, (m, parent, key, ctx) => {
        if (m.type === 'VariableDeclarator' && m.id.type === 'Identifier' && ctx.fn) this.declarators.push({ m, fn: ctx.fn });
      });
    }
    let found = null;
    for (const { m, fn } of this.declarators) {
      if (m.id.name !== name || m.end > n.start || fn.start > n.start || n.end > fn.end) continue;
      if (!found || m.start > found.start) found = m;
    }
    return found;
  }

  // the innermost loop statement in fn around node n
  loopAround(fn, n) {
    let loop = null;
    walk(fn.body, (m) => {
      if (/^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(m.type) && m.start <= n.start && n.end <= m.end && (!loop || m.start > loop.start)) loop = m;
    });
    return loop;
  }

  // this.popup(x, y, this.harvestYield(plot)); this.addToBasket(this.harvestYield(plot)) with harvestYield() a random
  // roll: the number shown and the number counted are two different rolls, so they disagree (roll once into a const)
  rolledTwiceForOneValue() {
    const RANDOM = /Math\s*\.\s*(Float)?Between\s*\(|Math\s*\.\s*random\s*\(|\bRND\s*\.|GetRandom\s*\(|\.pick\s*\(|\.between\s*\(|\.frac\s*\(/;
    const rolls = new Set(this.functions().filter((f) => f.name && RANDOM.test(f.text) && /\breturn\b/.test(f.text)
      && !/this\s*\.\s*[\w.]+\s*(=(?!=)|\+=|-=|\+\+|--)/.test(f.text)).map((f) => f.name));
    if (!rolls.size) return;
    const DISPLAY = /popup|pop|show|float|text|label|toast|flash|announce|display|say|notify|message|banner/i;
    const seen = new Map();
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'CallExpression' || !n.arguments.length || !ctx.fn || n.callee.type !== 'MemberExpression' || n.callee.object.type !== 'ThisExpression'
        || n.callee.computed || !rolls.has(n.callee.property.name) || n.arguments.every((a) => a.type === 'Literal')) return;
      const consumer = parent && parent.type === 'CallExpression' && key === 'arguments' ? this.text(parent.callee) : null;
      if (!consumer) return;
      const k = `${ctx.fn.start}:${this.text(n).replace(/\s+/g, '')}`;
      if (!seen.has(k)) seen.set(k, []);
      seen.get(k).push({ n, consumer, parent });
    });
    for (const [k, uses] of seen) {
      const shown = uses.find((u) => DISPLAY.test(u.consumer.split('.').pop()));
      const kept = uses.find((u) => !DISPLAY.test(u.consumer.split('.').pop()));
      if (!shown || !kept || this.text(shown.parent) === this.text(kept.parent)) continue;
      const line = lineOf(kept.n);
      const call = this.text(kept.n);
      this.add('state_not_updated', true, `${call} is called twice, once for ${shown.consumer}() (line ${lineOf(shown.n)}) and once for ${kept.consumer}() (line ${line}), and ${kept.n.callee.property.name}() rolls a random value each call: what is shown and what is counted are two different rolls and disagree (roll once into a const and use it for both)`, line, 'roll once');
      return;
    }
  }

  // this.mushrooms = new Map(); … hitMushroom(k, m) { if (--m.hp <= 0) m.shape.destroy(); } with no mushrooms.delete(k):
  // the entry outlives what it stands for, so every has(k) test still finds a thing that is gone (delete the key)
  destroyedLeftInItsMap() {
    for (const made of this.code.matchAll(/this\s*\.\s*(\w+)\s*=\s*new\s+Map\s*\(/g)) {
      const map = made[1];
      const m = `this\\s*\\.\\s*${map}\\s*\\.\\s*`;
      if (new RegExp(`${m}(delete|clear)\\s*\\(`).test(this.code) || !new RegExp(`${m}set\\s*\\(`).test(this.code)) continue;
      if (!new RegExp(`(if\\s*\\(|&&|\\|\\||\\?)\\s*!?\\s*${m}has\\s*\\(|${m}has\\s*\\([^)]*\\)\\s*(\\)|&&|\\|\\||\\?)`).test(this.code)) continue;
      if ([...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${map}\\s*=`, 'g'))].length > 1) continue;
      // what a map entry is called where it is destroyed: a local read with get(), or a parameter handed get()'s value
      for (const f of this.functions()) {
        const held = new Set();
        for (const d of f.text.matchAll(new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${m}get\\s*\\(`, 'g'))) held.add(d[1]);
        const params = f.node.params.map((p) => (p.type === 'Identifier' ? p.name : null));
        if (f.name) {
          for (const c of this.calls.filter((k) => k.name === f.name)) {
            c.n.arguments.forEach((a, i) => { if (params[i] && new RegExp(`^${m}get\\s*\\(`).test(this.text(a))) held.add(params[i]); });
          }
        }
        for (const v of held) {
          const gone = new RegExp(`(?<![\\w$.])${v}(\\s*\\.\\s*\\w+)?\\s*\\.\\s*destroy\\s*\\(\\s*\\)`).exec(f.text);
          if (!gone) continue;
          const line = this.lineIn(f, gone.index);
          this.add('state_not_updated', true, `${gone[0]} (line ${line}) destroys what a this.${map} entry stands for, but the entry is never deleted (no this.${map}.delete() anywhere), and this.${map}.has() decides what happens: the place still counts as taken by a thing that is gone (this.${map}.delete(key) beside the destroy)`, line, `this.${map}.delete(key)`);
          return;
        }
      }
    }
  }

  // r.items.length === pot.length && r.items.every((i) => pot.includes(i)) with items ['Egg', 'Egg', 'Cheese']: the
  // test asks only which items are there, not how many of each, so Egg + Cheese + Cheese passes for two Eggs and a
  // Cheese (compare the sorted lists)
  countsIgnoredBySameItems() {
    const re = /([\w.]+)\s*\.\s*length\s*===?\s*([\w.]+)\s*\.\s*length\s*&&\s*([\w.]+)\s*\.\s*every\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*([\w.]+)\s*\.\s*includes\s*\(\s*\4\s*\)\s*\)/g;
    for (const m of this.code.matchAll(re)) {
      const [, a, b, walked, , looked] = m;
      if (!([a, b].includes(walked) && [a, b].includes(looked) && walked !== looked)) continue;
      // repeats are possible: a list written with one item twice under the same name, or one pushed to unguarded
      let repeat = null;
      for (const side of [walked, looked]) {
        const key = side.split('.').pop();
        for (const lit of this.code.matchAll(new RegExp(`\\b${key}\\s*:\\s*\\[([^\\]]*)\\]`, 'g'))) {
          const items = lit[1].split(',').map((x) => x.trim()).filter(Boolean);
          const dup = items.find((x, i) => items.indexOf(x) !== i);
          if (dup) { repeat = `${key}: [${lit[1].trim()}] (line ${this.lineAt(lit.index)}) holds ${dup} twice`; break; }
        }
        if (repeat) break;
      }
      if (!repeat) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].replace(/\s+/g, ' ')} (line ${line}) asks only which items are there, not how many of each, and ${repeat}: a mix with the same length and the same kinds in other numbers passes as well (compare the two lists sorted)`, line, 'compare the sorted lists');
      return;
    }
  }

  // const [x, y] = cur.split(','); const nx = x + dx: split() gives strings, so '5' + 1 is '51' and every neighbour
  // key is wrong (cur.split(',').map(Number))
  splitTextAddedAsNumber() {
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/(?:const|let|var)\s+\[\s*(\w+)\s*,\s*(\w+)\s*\]\s*=\s*[\w.]+\s*\.\s*split\s*\(\s*['"][^'"]*['"]\s*\)\s*;/g)) {
        const after = f.text.slice(m.index + m[0].length);
        for (const v of [m[1], m[2]]) {
          // added to a number: x + dx, x + 1 (not '…' + x, which builds text on purpose)
          const sum = new RegExp(`(?<![\\w$.'"\`]\\s*\\+\\s*)(?<![\\w$.])${v}\\s*\\+\\s*(?!['"\`])([\\w$.]+|\\d+)(?!\\s*\\+\\s*['"\`])`).exec(after);
          if (!sum || /^['"`]/.test(sum[1]) || new RegExp(`(?:const|let|var)\\s+${v}\\b|\\b${v}\\s*=\\s*(Number|parseInt|\\+)`).test(after)) continue;
          // the other side is a number: a literal, a loop step, a d-something
          if (!/^\d+$/.test(sum[1]) && !/^(d[xyrc]?|step|dir|off|offset|delta|\w*[dD]elta|\w*[sS]tep)\w*$/.test(sum[1]) && !new RegExp(`\\[\\s*${sum[1]}\\s*,|${sum[1]}\\s*\\]\\s*of`).test(f.text)) continue;
          const line = this.lineIn(f, m.index + m[0].length + sum.index);
          this.add('wrong_argument', true, `${v} comes from ${m[0].replace(/^(const|let|var)\s+/, '').replace(/;$/, '')} (line ${this.lineIn(f, m.index)}), a string, and ${sum[0].trim()} (line ${line}) joins text instead of adding: '5' + 1 is '51' (${m[0].includes('.split') ? 'split(…).map(Number)' : 'Number(…)'})`, line, 'split(…).map(Number)');
          return;
        }
      }
    }
  }

  // this.kittens = new Array(KITTEN_COUNT).map((_, i) => this.makeKitten(i)): new Array(n) has n holes and map() skips
  // holes, so nothing is made and the list stays empty (Array.from({ length: n }, …) or .fill().map(…))
  mapOverHoles() {
    const m = /(?:new\s+)?Array\s*\(\s*([\w.]+)\s*\)\s*\.\s*(map|forEach)\s*\(/.exec(this.code);
    if (!m || /^\d+$/.test(m[1]) && Number(m[1]) === 0) return;
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0].replace(/\($/, '(…)')} (line ${line}) calls ${m[2]}() on an array of ${m[1]} holes: ${m[2]}() skips holes, so its callback never runs${m[2] === 'map' ? ' and the result is as empty as the start' : ''} (Array.from({ length: ${m[1]} }, …), or new Array(${m[1]}).fill(null).${m[2]}(…))`, line, `Array.from({ length: ${m[1]} }, …)`);
  }

  // words.filter((w) => w !== 'the' || w !== 'a' || w !== 'an'): a word is always unequal to at least one of them, so
  // the test always holds and nothing is filtered out (&&); the same with === … && === … never holds
  alwaysByOrOfNotEquals() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === '&& between the tests' || f.expected === '|| between the tests') || n.type !== 'LogicalExpression') return;
      const op = n.operator;
      if (op !== '||' && op !== '&&') return;
      const parts = [];
      const flat = (x) => { if (x.type === 'LogicalExpression' && x.operator === op) { flat(x.left); flat(x.right); } else parts.push(x); };
      flat(n);
      const want = op === '||' ? ['!==', '!='] : ['===', '=='];
      const sides = parts.map((p) => (p.type === 'BinaryExpression' && want.includes(p.operator) && p.right.type === 'Literal' ? { who: this.text(p.left).replace(/\s+/g, ''), value: p.right.value } : null));
      for (let i = 0; i < sides.length; i++) {
        for (let j = i + 1; j < sides.length; j++) {
          const a = sides[i];
          const b = sides[j];
          if (!a || !b || a.who !== b.who || a.value === b.value) continue;
          const line = lineOf(n);
          const always = op === '||' ? 'always holds' : 'never holds';
          this.add('never_fires', true, `${this.text(n).replace(/\s+/g, ' ').slice(0, 90)} (line ${line}) ${always}: ${a.who} cannot equal both ${JSON.stringify(a.value)} and ${JSON.stringify(b.value)}, so it is always unequal to one of them${op === '||' ? '' : ' and never equal to both'} (${op === '||' ? '&&' : '||'} between the tests)`, line, op === '||' ? '&& between the tests' : '|| between the tests');
          return;
        }
      }
    });
  }

  // const LETTER = /[a-z]/gi; … LETTER.test(event.key): a regex with the g flag remembers where its last match ended
  // (lastIndex), so every other test of a one-letter text starts past its end and fails (drop the g flag)
  globalRegexTested() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*\/((?:\\.|[^/\n])+)\/([a-z]*g[a-z]*)\s*;|this\s*\.\s*(\w+)\s*=\s*\/((?:\\.|[^/\n])+)\/([a-z]*g[a-z]*)\s*;/g)) {
      const name = m[1] || m[4];
      const use = new RegExp(`(?<![\\w$])(this\\s*\\.\\s*)?${name}\\s*\\.\\s*test\\s*\\(`).exec(this.code);
      if (!use || new RegExp(`${name}\\s*\\.\\s*lastIndex\\s*=`).test(this.code)) continue;
      const line = this.lineAt(use.index);
      this.add('wrong_argument', true, `${name}.test(…) (line ${line}) uses /${m[2] || m[5]}/${m[3] || m[6]} (line ${this.lineAt(m.index)}), made once with the g flag: a global regex keeps lastIndex from its last match, so the next test starts past it and fails on a short text, every other time (drop the g flag)`, line, 'no g flag');
      return;
    }
  }

  // canMake(word, letters) { const pool = letters; … pool.splice(i, 1) }: pool is the caller's array itself, so every
  // word tried takes letters out of the typed ones (letters.slice())
  aliasSpliced() {
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*((?:this\s*\.\s*)?\w+)\s*;/g)) {
        const [, alias, source] = m;
        const src = source.replace(/\s+/g, '');
        const isParam = f.node.params.some((p) => p.type === 'Identifier' && p.name === src);
        if (!isParam && !/^this\./.test(src)) continue;
        const cut = new RegExp(`(?<![\\w$.])${alias}\\s*\\.\\s*(splice|pop|shift)\\s*\\(`).exec(f.text.slice(m.index));
        if (!cut) continue;
        // the source is used again: a loop that calls this function, or the source read after the cut elsewhere
        const uses = isParam ? this.calls.filter((c) => c.name === f.name && c.n.arguments.some((a) => !/\.slice\s*\(|\[\s*\.\.\./.test(this.text(a)))) : [1];
        if (!uses.length) continue;
        const line = this.lineIn(f, m.index + cut.index);
        this.add('state_not_updated', true, `${alias}.${cut[1]}() (line ${line}) takes from ${alias}, which is ${src} itself (line ${this.lineIn(f, m.index)}), not a copy: ${isParam ? `the caller's array loses the items every time ${f.name}() runs` : `${src} loses them too`} (${src}.slice())`, line, `${src}.slice()`);
        return;
      }
    }
  }

  // [...this.phrase].every((ch) => this.guessed.has(ch)) with phrases like 'GOLDEN TICKET': the space is never guessed,
  // so the phrase is never complete (skip the space: ch === ' ' || …)
  spaceAskedToBeGuessed() {
    const m = /(?:\[\s*\.\.\.\s*([\w.]+)\s*\]|([\w.]+)\s*\.\s*split\s*\(\s*['"]{2}\s*\))\s*\.\s*every\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*([\w.]+)\s*\.\s*(has|includes)\s*\(\s*\3\s*\)\s*\)/.exec(this.code);
    if (!m) return;
    const list = /(?:const|let|var)\s+[A-Z_]+\s*=\s*\[([^\]]*)\]/g;
    let spaced = null;
    for (const l of this.code.matchAll(list)) {
      const words = [...l[1].matchAll(/['"]([^'"]+)['"]/g)].map((w) => w[1]);
      if (words.length >= 2 && words.filter((w) => / /.test(w)).length >= words.length / 2) { spaced = words.find((w) => / /.test(w)); break; }
    }
    if (!spaced) return;
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0].replace(/\s+/g, ' ')} (line ${line}) asks for every character of the phrase, the space too, and phrases like '${spaced}' hold one: a space is never guessed, so the phrase never counts as solved (skip it: ${m[3]} === ' ' || …)`, line, `${m[3]} === ' ' || …`);
  }
}

function collectionFindings(ast, code, facts) {
  return new CollectionRules(ast, code, facts).run();
}

module.exports = { collectionFindings };
