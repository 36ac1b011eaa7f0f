'use strict';
// Whole-program checks of a hero's numbers, a deck of cards and tallies: an item's bonus added on top of the one it
// replaces, a level-up tested once where one gain passes several levels, a card drawn with GetRandom from a deck whose
// count is shown or checked (the card never leaves it), a stack topped up by a full stack's worth, and a total summed
// once and divided by after the counts it sums have changed, a stage that stops at the list's last index compared
// with the list's length, a supply (stones, shots) that runs out only below zero, a purchase that needs more money than
// the price, an entry of a constant table handed out and then worn down (the table changes), the time left on a
// countdown read from a timer's elapsed time (it counts up), a count of pages rounded down (the last page is lost),
// a count set to 0 at the top of every pass of the loop that raises it (it never passes 1), a best time kept when a
// run takes longer (the record of a race is the shortest time), an amount set to 0 just before it is added to a total,
// a growth of a small share rounded down from a start too small for it ever to reach 1, and a count of open levels
// raised on a win to the won level's index + 1, which it already is at least,
// a line shown again by a post-increment, and an index set to a jump target then stepped past,
// a reset helper called before the field it zeroes is read, an unlock worked out again from what is held now (spending
// locks it), a milestone % N === 0 reached by the reset to 0, a share worked out over a log that only hits enter, and
// a value raised while it is <= its cap, a float step of 0.1 that passes its end test once more, and a helper that
// counts a kill called for an enemy leaving the screen.
// Round 68: a paused game scene left drawn over the menu its pause overlay starts.
// Round 70: the test for none left made before the take.
// Round 71: a test for more than the cap after a setter that clamps to it.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf, sceneKeyOf } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

class ProgressRules extends RuleSet {
  run() {
    if (/\+=\s*\w+\s*\.\s*\w+\s*;/.test(this.code)) this.bonusStackedOnSwap();
    if (/\blevel\w*\s*(\+=\s*1|\+\+)/i.test(this.code) && /-=/.test(this.code)) this.levelUpOnce();
    if (/GetRandom\s*\(/.test(this.code) && /\.length\b/.test(this.code)) this.drawnCardStaysInDeck();
    if (/\.slice\s*\(\s*(0\s*,\s*1|-1)\s*\)/.test(this.code)) this.dealtBySlice();
    if (/<\s*0\s*\)/.test(this.code)) this.supplyOutBelowZero();
    if (/>\s*[\w.]*(price|cost)\w*\s*\)/i.test(this.code)) this.exactMoneyRefused();
    if (/(--|-=)/.test(this.code) && /=\s*[A-Z][A-Z0-9_]*\s*\[/.test(this.code)) this.tableEntryWornDown();
    if (/Math\s*\.\s*min\s*\(/.test(this.code)) this.stackToppedPastLimit();
    if (/\.reduce\s*\(/.test(this.code)) this.totalNotRecounted();
    if (/===?\s*[\w.]+\.length\s*\)/.test(this.code) && /\.length\s*-\s*1/.test(this.code)) this.stageCappedBelowLength();
    if (/getElapsed(Seconds)?\s*\(/.test(this.code)) this.timeLeftReadAsElapsed();
    if (/Math\s*\.\s*floor\s*\([^;]*\/[^;]*\)/.test(this.code) && /page/i.test(this.code)) this.pagesCountedDown();
    if (/=\s*0\s*;/.test(this.code) && /(\+\+|\+=\s*1\b)/.test(this.code) && /\b(while|for)\s*\(/.test(this.code)) this.counterResetEachPass();
    if (/best|record/i.test(this.code) && /\btime\b|lap|elapsed|seconds|duration/i.test(this.code)) this.fasterTimeNotBest();
    if (/setData\s*\(|\.\w+\s*=\s*0\s*;/.test(this.code) && /\binc(Data)?\s*\(|\+=/.test(this.code)) this.zeroedBeforeAdded();
    if (/Math\s*\.\s*floor\s*\(\s*[\w.]+\s*\*\s*0?\.\d+\s*\)/.test(this.code)) this.growthFloorsToZero();
    if (/Math\s*\.\s*max\s*\(/.test(this.code) && /\.get(Data)?\s*\(\s*['"]/.test(this.code)) this.unlockNeverRaised();

    if (/\*\s*this\s*\.\s*\w+\s*\+\+|this\s*\.\s*\w+\s*\+\+\s*\*/.test(this.code)) this.multipliedBeforeRaised();
    if (/\[\s*this\s*\.\s*\w+\s*\+\+\s*\]/.test(this.code)) this.shownAgainByPostIncrement();
    if (/\+\+|\+=\s*1\b/.test(this.code)) this.jumpThenStepped();
    if (/(reset|clear|restart|wipe)\w*\s*\(/i.test(this.code)) this.resetBeforeItIsRead();
    if (/\.\s*(unlocked|revealed|discovered|available)\s*=\s*[\w.]+\s*>=?/.test(this.code)) this.unlockTakenBack();
    if (/%\s*\d+\s*===?\s*0/.test(this.code)) this.milestoneAtZero();
    if (/\/\s*this\s*\.\s*\w+\s*\.\s*length\s*\)?\s*\*\s*100/.test(this.code) && /miss/i.test(this.code)) this.shareOfLoggedHitsOnly();
    if (/<=\s*(this\s*\.\s*)?\w*(MAX|max|Max|CAP|cap|LIMIT|limit)\w*\s*\)/.test(this.code)) this.raisedPastTheCap();
    if (/<\s*1\s*\)\s*\w+\s*\+=\s*0?\.\d|>\s*0\s*\)\s*\w+\s*-=\s*0?\.\d/.test(this.code)) this.floatStepPastTheEnd();
    if (/(kills?|score|points)\w*\s*(\+=\s*1|\+\+)/i.test(this.code)) this.escapeCountedAsKill();
    if (/scene\s*\.\s*pause\s*\(/.test(this.code) && /scene\s*\.\s*launch\s*\(/.test(this.code) && /scene\s*:\s*\[/.test(this.code)) this.pausedSceneCoversMenu();
    if (/(-=\s*1|--)/.test(this.code) && /===?\s*0|<=\s*0|<\s*1\b/.test(this.code)) this.endTestedBeforeTheTake();
    if (/Clamp\s*\(|Math\s*\.\s*min\s*\(/.test(this.code) && /this\s*\.\s*set\w+\s*\(/.test(this.code)) this.overTestedAfterClamp();
    return this.found;
  }

  // equip(weapon) { this.weapon = weapon; this.atk += weapon.atk; }: equipping in place of another weapon keeps the
  // old one's bonus, so swapping stacks them (this.atk = this.baseAtk + weapon.atk, or take the old bonus off first)
  bonusStackedOnSwap() {
    for (const fn of this.functions()) {
      const params = fn.node.params;
      if (params.length !== 1 || params[0].type !== 'Identifier') continue;
      const item = params[0].name;
      const slot = new RegExp(`(this\\.\\w+)\\s*=\\s*${item}\\s*;`).exec(fn.text);
      const stacked = new RegExp(`(this\\.\\w+)\\s*\\+=\\s*${item}\\s*\\.\\s*(\\w+)\\s*;`).exec(fn.text);
      if (!slot || !stacked) continue;
      const stat = escape(stacked[1]);
      // the old bonus taken off somewhere, or a slot that must be empty before it is filled
      if (new RegExp(`${stat}\\s*-=|${stat}\\s*=\\s*[^=;]*\\+`).test(this.code.replace(stacked[0], ''))) continue;
      if (new RegExp(`if\\s*\\(\\s*${escape(slot[1])}\\s*\\)|if\\s*\\(\\s*${escape(slot[1])}\\s*(!==?\\s*(null|undefined)|&&)`).test(fn.text)) continue;
      if (!/equip|wear|wield|select|choose|pick|set|swap|use/i.test(fn.name || '') && !/weapon|armou?r|item|gear|slot|equipped|helmet|shield|ring/i.test(slot[1])) continue;
      const line = this.lineIn(fn, stacked.index);
      this.add('state_not_updated', true, `${stacked[0]} (line ${line}) adds the new ${item}'s ${stacked[2]} while ${slot[1]} = ${item} replaces the one before, whose bonus is never taken off: each swap stacks another bonus onto ${stacked[1]} (base + the equipped one's ${stacked[2]}, or subtract the old one first)`, line, `${stacked[1]} without the old bonus`);
      return;
    }
  }

  // gainXp(amount) { this.xp += amount; if (this.xp >= this.xpToNext()) { this.xp -= this.xpToNext(); this.level++ } }
  // with gainXp(350) and xpToNext() = 100 * level: one gain passes two levels but only one is taken, and the rest
  // waits for the next gain (while instead of if)
  levelUpOnce() {
    for (const fn of this.functions()) {
      const m = /\bif\s*\(\s*(this\.\w+)\s*>=\s*(this\.\w+\s*\(\s*\)|this\.\w+|[A-Z_]+|\d+)\s*\)\s*\{([^{}]*)\}/.exec(fn.text);
      if (!m) continue;
      const [, xp, need, body] = m;
      if (!new RegExp(`${escape(xp)}\\s*-=`).test(body) || !/\blevel\w*\s*(\+=\s*1|\+\+)/i.test(body)) continue;
      const gained = new RegExp(`${escape(xp)}\\s*\\+=\\s*(\\w+)\\s*;`).exec(fn.text.slice(0, m.index));
      if (!gained) continue;
      // the largest gain: a literal added here, or the literal arguments this function is called with
      let gains = /^\d+$/.test(gained[1]) ? [Number(gained[1])] : [];
      const paramAt = fn.node.params.findIndex((p) => p.type === 'Identifier' && p.name === gained[1]);
      if (paramAt >= 0 && fn.name) {
        const calls = this.code.matchAll(new RegExp(`\\.${escape(fn.name)}\\s*\\(([^()]*)\\)`, 'g'));
        gains = [...calls].map((c) => c[1].split(',')[paramAt]).filter((a) => a && /^\s*\d+\s*$/.test(a)).map(Number);
      }
      if (!gains.length) continue;
      const threshold = this.thresholdAt(need);
      if (!threshold) continue;
      const start = /\bthis\.level\s*=\s*(\d+)\s*;/.exec(this.code);
      const level = start ? Number(start[1]) : 1;
      const biggest = Math.max(...gains);
      if (biggest < threshold(level) + threshold(level + 1)) continue;
      const line = this.lineIn(fn, m.index);
      this.add('never_fires', true, `if (${xp} >= ${need}) (line ${line}) takes one level per gain, but a gain of ${biggest} at level ${level} passes ${threshold(level)} + ${threshold(level + 1)}, two levels: the second waits in ${xp} until some later gain (while instead of if)`, line, 'while');
      return;
    }
  }

  // const moved = Math.min(left, max); slot.count += moved; with the slot found by s.count < max: a stack that already
  // holds some gets a whole stack's worth more and grows past its limit (Math.min(left, max - slot.count))
  stackToppedPastLimit() {
    const re = /(?:const|let|var)\s+(\w+)\s*=\s*Math\s*\.\s*min\s*\(\s*(\w+)\s*,\s*([\w.]+)\s*\)\s*;/g;
    for (const m of this.code.matchAll(re)) {
      const [, moved, , max] = m;
      if (!/max|limit|cap|stack/i.test(max)) continue;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 250);
      const added = new RegExp(`([\\w.]+)\\.(count|qty|quantity|amount|stack|size|n)\\s*\\+=\\s*${moved}\\b`).exec(after);
      if (!added) continue;
      // the stack may already hold some: it is picked by count < max
      if (!new RegExp(`\\.${added[2]}\\s*<\\s*${escape(max)}\\b`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) caps the amount at a whole stack, and ${added[0]} adds it to a stack that may already hold some (picked by ${added[2]} < ${max}): it grows past ${max} (Math.min(${m[2]}, ${max} - ${added[1]}.${added[2]}))`, line, `${max} - ${added[1]}.${added[2]}`);
      return;
    }
  }

  // this.total = this.votes.reduce((s, v) => s + v, 0) in create(), then vote(i) { this.votes[i]++; ... v / this.total }:
  // the total is never counted again, so after a vote the shares add up to more than 100 % (this.total++ with the vote)
  totalNotRecounted() {
    for (const m of this.code.matchAll(/(this\.\w+)\s*=\s*(this\.\w+)\s*\.\s*reduce\s*\(/g)) {
      const [, total, counts] = m;
      const t = escape(total);
      if ((this.code.match(new RegExp(`${t}\\s*(=[^=]|\\+=|-=|\\+\\+|--)|(\\+\\+|--)\\s*${t}\\b`, 'g')) || []).length !== 1) continue;
      const bumped = new RegExp(`${escape(counts)}\\s*\\[[^\\]]+\\]\\s*(\\+\\+|--|\\+=|-=)`).exec(this.code);
      if (!bumped) continue;
      const fn = this.functions().find((f) => f.node.body.start < bumped.index && bumped.index < f.node.body.end && !['create', 'init', 'constructor', 'preload'].includes(f.name));
      if (!fn) continue;
      const divided = new RegExp(`/\\s*${t}\\b`).exec(this.code);
      if (!divided) continue;
      const line = this.lineAt(bumped.index);
      this.add('state_not_updated', true, `${bumped[0]}… (line ${line}) changes a count in ${counts}, but ${total} was summed from them once (line ${this.lineAt(m.index)}) and never again: dividing by it (line ${this.lineAt(divided.index)}) gives shares that no longer add up to 100 % (update ${total} with the count)`, line, `${total} updated`);
      return;
    }
  }

  // if (plot.stage < STAGES.length - 1) plot.stage += 1, and a harvest when plot.stage === STAGES.length: the stage
  // stops at the last index, so it never equals the length and the crop can never be harvested (STAGES.length - 1)
  stageCappedBelowLength() {
    for (const m of this.code.matchAll(/([\w.]+)\.(\w+)\s*===?\s*([\w.]+)\.length\s*\)/g)) {
      const [, , field, list] = m;
      const L = escape(list);
      const steps = [...this.code.matchAll(new RegExp(`\\.${field}\\s*(\\+=\\s*1\\b|\\+\\+)|\\.${field}\\s*=[^=;]*;`, 'g'))];
      if (!steps.length) continue;
      const capped = (st) => {
        if (/^\.\w+\s*=/.test(st[0]) && !/\+\+|\+=/.test(st[0])) {
          return new RegExp(`Math\\.min\\s*\\([^;]*${L}\\.length\\s*-\\s*1|=\\s*(0|null|-1|undefined)\\s*;`).test(st[0]);
        }
        const before = this.code.slice(Math.max(0, st.index - 160), st.index);
        return new RegExp(`\\.${field}\\s*<\\s*${L}\\.length\\s*-\\s*1\\b|\\.${field}\\s*<=\\s*${L}\\.length\\s*-\\s*2\\b`).test(before);
      };
      if (!steps.some((st) => /\+\+|\+=/.test(st[0])) || !steps.every(capped)) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${m[0].slice(0, -1).trim()} (line ${line}) waits for ${field} to reach ${list}.length, but ${field} only steps while it is below ${list}.length - 1: it stops at the last index and never gets there (${list}.length - 1)`, line, `${list}.length - 1`);
      return;
    }
  }

  // this.ammo = STONES (3); launch() { this.ammo -= 1 } and the end only when this.ammo < 0: at 0 the player is still
  // let throw, so there is one stone more than given and the count shows -1 (this.ammo <= 0)
  supplyOutBelowZero() {
    const SUPPLY = /^(this\.)?(ammo|stones|shots|bullets|arrows|balls|throws|darts|shells|rockets|bombs|tries|attempts|moves|clicks)(Left|Remaining)?$/i;
    for (const m of this.code.matchAll(/([\w.]+)\s*<\s*0\s*\)/g)) {
      const supply = m[1];
      if (!SUPPLY.test(supply)) continue;
      const esc = escape(supply);
      if (!new RegExp(`${esc}\\s*(-=\\s*1\\b|--)`).test(this.code)) continue;
      if (new RegExp(`${esc}\\s*(<=\\s*0|===?\\s*0|>\\s*0|>=\\s*1|<\\s*1\\b)|!\\s*${esc}\\b|0\\s*(>=|===?)\\s*${esc}`).test(this.code)) continue;
      if (!new RegExp(`${esc}\\s*=\\s*([A-Z_]+|\\d+)\\s*;`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].slice(0, -1)} (line ${line}) ends the game only once ${supply} is below zero, and nothing stops a use at 0: the player gets one more than given and the count shows -1 (${supply} <= 0)`, line, `${supply} <= 0`);
      return;
    }
  }

  // if (gold > item.price) { gold - item.price ... } else 'Not enough gold': with exactly the price the player is told
  // it is not enough (gold >= item.price)
  exactMoneyRefused() {
    const MONEY = /^(this\.)?(gold|coins?|money|cash|credits?|gems?|points|funds|balance|wallet|score)$/i;
    for (const m of this.code.matchAll(/if\s*\(\s*([\w.]+)\s*>\s*([\w.]*(?:price|cost|Price|Cost)\w*)\s*\)/g)) {
      const [, money, price] = m;
      if (!MONEY.test(money.replace(/^.*\.(?=\w+$)/, (p) => (p === 'this.' ? p : '')))) continue;
      const after = this.code.slice(m.index, m.index + 300);
      if (!new RegExp(`${escape(money)}\\s*-\\s*${escape(price)}|${escape(money)}\\s*-=\\s*${escape(price)}`).test(after)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `if (${money} > ${price}) (line ${line}) lets a purchase through only with more than the price: with exactly ${price} it is refused (${money} >= ${price})`, line, `${money} >= ${price}`);
      return;
    }
  }

  // const fx = EFFECTS[key]; this.slime.effects.push(fx); and each turn fx.turns -= 1: the effect handed out is the
  // table's own entry, so wearing it down changes EFFECTS, and the next poison starts with the turns the last one left
  // ({ ...EFFECTS[key] })
  tableEntryWornDown() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([A-Z][A-Z0-9_]*)\s*\[\s*[\w.'"]+\s*\]\s*;/g)) {
      const [, entry, table] = m;
      let obj = null;
      walk(this.ast, (n) => { if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === table && n.init) obj = n.init; });
      if (!obj || !['ObjectExpression', 'ArrayExpression'].includes(obj.type)) continue;
      const items = obj.type === 'ObjectExpression' ? obj.properties.map((p) => p.value) : obj.elements;
      if (!items.length || !items.every((v) => v && v.type === 'ObjectExpression')) continue;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const kept = new RegExp(`([\\w.]+)\\s*\\.\\s*push\\s*\\(\\s*${entry}\\s*\\)|(this\\.[\\w.]+)\\s*=\\s*${entry}\\s*;`).exec(after);
      if (!kept) continue;
      const keys = new Set(items.flatMap((v) => v.properties.filter((p) => p.type === 'Property' && p.key).map((p) => p.key.name || String(p.key.value))));
      const worn = [...this.code.matchAll(/\.\s*(\w+)\s*(-=|--|\+=|\+\+)/g)].find((w) => keys.has(w[1]));
      if (!worn) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0].trim()} (line ${line}) hands out ${table}'s own entry, and .${worn[1]} ${worn[2]} (line ${this.lineAt(worn.index)}) then changes it in ${table}: the next one handed out starts from what the last one left ({ ...${table}[…] })`, line, `{ ...${table}[…] }`);
      return;
    }
  }

  // const [card] = this.deck.slice(0, 1): slice copies and leaves the deck as it was, so every deal gives the same top
  // card (splice(0, 1), or shift())
  dealtBySlice() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(?:\[\s*(\w+)\s*\]|(\w+))\s*=\s*(this\.\w+|\w+)\s*\.\s*slice\s*\(\s*(0\s*,\s*1|-1)\s*\)\s*(\[\s*0\s*\])?\s*;/g)) {
      const deck = m[3];
      if (!m[1] && !m[5]) continue;
      if (!/deck|pile|cards|bag|stock|shoe|queue|draw/i.test(deck)) continue;
      const esc = escape(deck);
      if (new RegExp(`${esc}\\s*\\.\\s*(splice|pop|shift|filter)\\s*\\(|(Remove\\w*|Splice\\w*)\\s*\\(\\s*${esc}\\b|${esc}\\s*\\.\\s*length\\s*=|${esc}\\s*=\\s*${esc}\\s*\\.\\s*slice`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0].trim()} (line ${line}) copies the card at the ${/-1/.test(m[4]) ? 'bottom' : 'top'} of ${deck} and leaves it there, and nothing else takes cards out of ${deck}: every deal gives the same card (${deck}.splice(${m[4].replace(/\s+/g, ' ')}))`, line, 'splice');
      return;
    }
  }

  // what `need` asks at a level: a number, a constant, or a method that returns LIT * this.level
  thresholdAt(need) {
    if (/^\d+$/.test(need)) return () => Number(need);
    const constant = new RegExp(`\\b${escape(need)}\\s*=\\s*(\\d+)\\s*;`).exec(this.code);
    if (/^[A-Z_]+$/.test(need) && constant) return () => Number(constant[1]);
    const method = /^this\.(\w+)\s*\(\s*\)$/.exec(need);
    if (!method) return null;
    const fn = this.functions().find((f) => f.name === method[1] && !f.node.params.length);
    if (!fn) return null;
    const ret = /^\s*return\s+(?:(\d+)\s*\*\s*this\.level|this\.level\s*\*\s*(\d+))\s*;\s*$/.exec(fn.text.slice(1, -1));
    if (!ret) return null;
    const per = Number(ret[1] || ret[2]);
    return (level) => per * level;
  }

  // const card = Phaser.Utils.Array.GetRandom(this.deck) with `${this.deck.length}` shown: GetRandom only looks, so the
  // card stays in the deck, its count never drops and the same card can come again (RemoveRandomElement)
  drawnCardStaysInDeck() {
    for (const m of this.code.matchAll(/GetRandom\s*\(\s*(this\.\w+|\w+)\s*\)/g)) {
      const deck = m[1];
      if (!/deck|pile|cards|bag|pool|draw|stock|shoe|tiles/i.test(deck)) continue;
      const esc = escape(deck);
      if (new RegExp(`${esc}\\s*\\.\\s*(splice|pop|shift|filter)\\s*\\(|(Remove\\w*|Splice\\w*)\\s*\\(\\s*${esc}\\b|${esc}\\s*\\.\\s*length\\s*=`).test(this.code)) continue;
      const counted = new RegExp(`\\$\\{\\s*${esc}\\s*\\.\\s*length\\s*\\}|\\+\\s*${esc}\\s*\\.\\s*length\\b|${esc}\\s*\\.\\s*length\\s*(===?|<=?)\\s*0`).exec(this.code);
      if (!counted) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0]} (line ${line}) picks a card and leaves it in ${deck}: ${deck}.length, which the game shows or checks (line ${this.lineAt(counted.index)}), never drops, and the same card can be drawn again (Phaser.Utils.Array.RemoveRandomElement)`, line, 'RemoveRandomElement');
      return;
    }
  }

  // const left = Math.ceil(this.countdown.getElapsedSeconds()); if (left > 0) label.setText(left) else start(): the
  // elapsed time counts up from 0 and stops at the delay, so the label counts 1, 2, 3 and never reaches 0
  // (getRemainingSeconds())
  timeLeftReadAsElapsed() {
    for (const m of this.code.matchAll(/(?:const|let|var)?\s*([\w.]*\b(?:left|remaining|remain|timeLeft|secondsLeft|countdown|count|toGo)\w*)\s*=\s*([^;\n]*\.getElapsed(?:Seconds)?\s*\(\s*\)[^;\n]*)/gi)) {
      // worked out from the delay (3 - elapsed, delay - elapsed) is the time left
      if (/-|getRemaining|getProgress/.test(m[2])) continue;
      const line = this.lineAt(m.index + m[0].indexOf(m[1]));
      this.add('wrong_argument', true, `${m[1]} = ${m[2].trim()} (line ${line}) reads the time gone, which counts up from 0 and stops at the delay, as the time left: a countdown shown from it counts up and never reaches 0 (getRemainingSeconds())`, line, 'getRemainingSeconds()');
      return;
    }
  }

  // this.totalPages = Math.floor(this.cards.length / PER_PAGE): 20 cards six a page is four pages, the last one with
  // two cards, and floor gives 3, so Next stops on page 3 and the last cards are never shown (Math.ceil)
  pagesCountedDown() {
    for (const m of this.code.matchAll(/([\w.]*\b(?:total|num|count|max|last)?Pages?(?:Count|Total|Num)?|[\w.]*\bpages)\s*=\s*Math\s*\.\s*floor\s*\(\s*([^;]+?)\s*\/\s*([\w.]+)\s*\)\s*;/gi)) {
      const name = m[1].split('.').pop();
      if (!/page/i.test(name) || /-|\+/.test(m[2]) || !/length|count|total|\bn\b|size/i.test(m[2]) || /index|idx|current|^page$/i.test(name)) continue;
      // a 0-based last page index (Math.floor((n - 1) / per)) is right; a count of whole pages used with a + 1 is too
      const esc = escape(m[1]);
      if (new RegExp(`${esc}\\s*\\+\\s*1|${esc}\\s*\\+=\\s*1|${esc}\\s*\\+\\+|<=\\s*${esc}\\b`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `${m[0].trim()} (line ${line}) rounds the page count down: a last page that is not full (${m[2].trim()} not a multiple of ${m[3]}) is not counted, so what is on it can never be shown (Math.ceil(${m[2].trim()} / ${m[3]}))`, line, `Math.ceil(${m[2].trim()} / ${m[3]})`);
      return;
    }
  }

  // while (true) { this.chain = 0; ...; if (none) break; this.chain++; this.score += n * this.chain; }: the count is
  // set back at the top of every pass and raised once in it, so it is never more than 1 (set it to 0 before the loop)
  counterResetEachPass() {
    walk(this.ast, (loop) => {
      if (this.found.some((f) => f.expected === 'set it to 0 before the loop') || !/^(While|DoWhile|For|ForOf|ForIn)Statement$/.test(loop.type) || !loop.body || loop.body.type !== 'BlockStatement') return;
      const top = loop.body.body;
      for (let i = 0; i < top.length; i++) {
        const reset = top[i].type === 'ExpressionStatement' ? top[i].expression : null;
        if (!reset || reset.type !== 'AssignmentExpression' || reset.operator !== '=' || reset.right.type !== 'Literal' || reset.right.value !== 0) continue;
        const name = this.text(reset.left);
        const esc = escape(name);
        const raised = top.slice(i + 1).find((st) => st.type === 'ExpressionStatement' && new RegExp(`^(${esc}\\s*(\\+\\+|\\+=\\s*1)|\\+\\+\\s*${esc})\\s*;?$`).test(this.text(st).trim()));
        if (!raised) continue;
        // raised again further on, or read only in the same pass before the loop's end (a per-pass count) - it must be
        // read after the loop or used as a multiplier for the count to matter
        const later = top.slice(top.indexOf(raised) + 1).map((st) => this.text(st)).join('\n');
        if (new RegExp(`${esc}\\s*(\\+\\+|\\+=)`).test(later)) continue;
        const after = this.code.slice(loop.end);
        if (!new RegExp(`\\*\\s*${esc}\\b|${esc}\\s*\\*`).test(later) && !new RegExp(`(?<![\\w.$])${esc}(?![\\w$])\\s*(>=|>|===|\\)|,|\\})`).test(after.slice(0, 600))) continue;
        const line = this.lineAt(reset.start);
        this.add('never_fires', true, `${name} = 0 (line ${line}) sits at the top of every pass of the loop and ${this.text(raised).trim()} (line ${this.lineAt(raised.start)}) raises it once in the same pass: it is never more than 1, so whatever counts on it going past 1 never happens (set it to 0 before the loop)`, line, 'set it to 0 before the loop');
        return;
      }
    });
  }

  // this.newRecord = best === undefined || data.time > best: a race's record is its shortest time, so a faster run is
  // never kept and a slower one replaces the record (data.time < best)
  fasterTimeNotBest() {
    const m = /([\w.]*\b(?:time|elapsed|lapTime|seconds|duration|finishTime|runTime|ms)\w*)\s*>\s*([\w.]*\b(?:best|record|bestTime|fastest)\w*)\b(?!\s*[-+*/.(])/i.exec(this.code);
    if (!m) return;
    const [, time, best] = m;
    if (/score|points|distance|height|level|combo|streak/i.test(time) || /score|distance|height/i.test(best)) return;
    // a time counted down (time left is better when higher) is a score
    if (/left|remain/i.test(time) || /timeLeft|remaining|countdown/i.test(this.code)) return;
    const line = this.lineAt(m.index);
    const lineText = this.code.split('\n')[line - 1];
    if (!/(best|record|newRecord|isRecord|setItem)/i.test(lineText + this.code.split('\n').slice(line, line + 3).join('\n'))) return;
    this.add('wrong_argument', true, `${m[0]} (line ${line}) keeps a time as the new best when it is longer: the record of a race against the clock is its shortest time, so a faster run is never kept and a slower one replaces the record (${time} < ${best})`, line, `${time} < ${best}`);
  }

  // worker.setData({ state: 'toMine', carry: 0 }); this.data.inc('gold', worker.getData('carry')): the load is emptied
  // one statement before it is paid in, so every trip pays 0 (pay it in first, then empty it)
  zeroedBeforeAdded() {
    walk(this.ast, (block) => {
      if (this.found.some((f) => f.expected === 'add it before setting it to 0') || block.type !== 'BlockStatement') return;
      const body = block.body;
      for (let i = 0; i < body.length - 1; i++) {
        const text = this.text(body[i]);
        const m = /^([\w.]+)\s*\.\s*setData\s*\(\s*(?:\{[^}]*\b(\w+)\s*:\s*0\s*(,[^}]*)?\}|['"](\w+)['"]\s*,\s*0\s*)\)\s*;?$|^([\w.]+)\s*\.\s*(\w+)\s*=\s*0\s*;?$/.exec(text.trim());
        if (!m) continue;
        const obj = m[1] || m[5];
        const keys = m[1] ? [...text.matchAll(/\b(\w+)\s*:\s*0\s*[,}]/g)].map((k) => k[1]).concat(m[4] ? [m[4]] : []) : [m[6]];
        for (const key of keys) {
          // read as the amount added: inc('gold', w.getData('carry')), total += w.carry, total = total + w.carry
          // (total = total + w.carry, not x = START + w.at * STEP: a position worked out from it is no payment)
          const read = new RegExp(`(\\binc(Data)?\\s*\\([^;]*|\\+=\\s*|([\\w.]+)\\s*=\\s*\\3\\s*\\+\\s*)${escape(obj)}\\s*\\.\\s*(getData\\s*\\(\\s*['"]${key}['"]\\s*\\)|${key}\\b(?!\\s*=[^=]))(?!\\s*[*/])`);
          const later = body.slice(i + 1, i + 3).find((st) => !/=>|\bfunction\b/.test(this.text(st)) && read.test(this.text(st)));
          if (!later) continue;
          const line = this.lineAt(later.start);
          this.add('wrong_order', true, `${key} of ${obj} is set to 0 (line ${this.lineAt(body[i].start)}) one statement before ${this.text(later).trim().slice(0, 60)} (line ${line}) adds it: what is added is always 0 (add it first, then set it to 0)`, line, 'add it before setting it to 0');
          return;
        }
      }
    });
  }

  // this.population = 10; every season const births = Math.floor(this.population * 0.05): 5% of 10 is 0.5, rounded
  // down to 0, so the population never grows (Math.ceil, or keep the fraction)
  growthFloorsToZero() {
    for (const m of this.code.matchAll(/Math\s*\.\s*floor\s*\(\s*([\w.]+)\s*\*\s*(0?\.\d+)\s*\)/g)) {
      const [, amount, share] = m;
      const esc = escape(amount);
      const start = new RegExp(`${esc}\\s*=\\s*(\\d+(?:\\.\\d+)?)\\s*;`).exec(this.code);
      if (!start) continue;
      const n = Number(start[1]);
      if (!(n > 0) || n * Number(share) >= 1) continue;
      // the rounded share is what makes it grow: nothing else adds to it
      const grows = new RegExp(`${esc}\\s*(\\+=|=\\s*(Math\\s*\\.\\s*min\\s*\\([^;]*)?${esc}\\s*\\+)`).exec(this.code);
      if (!grows || new RegExp(`${esc}\\s*(\\+\\+|\\+=\\s*\\d)`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${m[0]} (line ${line}) rounds the share down, and ${amount} starts at ${n} (line ${this.lineAt(start.index)}): ${n} × ${share} is ${Number((n * Number(share)).toFixed(4))}, which rounds to 0, so ${amount} never grows (Math.ceil, or keep the fraction)`, line, `Math.ceil(${amount} * ${share})`);
      return;
    }
  }

  // the select screen opens level i when i < registry.get('unlocked') (a count of open levels), and a win stores
  // Math.max(registry.get('unlocked'), this.index + 1): the level just won is open, so its index + 1 is never more than
  // the count, and the next level never opens (this.index + 2, the count with the next level in it)
  unlockNeverRaised() {
    for (const m of this.code.matchAll(/Math\s*\.\s*max\s*\(\s*([\w.]+\s*\.\s*get(?:Data)?\s*\(\s*(['"])(\w+)\2\s*\))\s*,\s*([^;]+?)\)\s*;/g)) {
      const key = m[3];
      let raised = m[4].trim().replace(/^Math\s*\.\s*min\s*\(\s*([^,]+),[^()]*\)$/, '$1').trim();
      const local = /^\w+$/.test(raised) && new RegExp(`(?:const|let|var)\\s+${raised}\\s*=\\s*([^;]+);`).exec(this.code.slice(0, m.index));
      if (local) raised = local[1].trim();
      const index = /^(this\s*\.\s*\w+|\w+)\s*\+\s*1$/.exec(raised);
      if (!index || /^\w+$/.test(index[1]) && new RegExp(`(?:const|let|var)\\s+${index[1]}\\s*=[^;]*\\+\\s*1\\s*;`).test(this.code)) continue;
      const reads = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*[\\w.]+\\s*\\.\\s*get(?:Data)?\\s*\\(\\s*['"]${key}['"]\\s*\\)`, 'g');
      const names = [...this.code.matchAll(reads)].map((r) => escape(r[1]));
      const asCount = new RegExp(`\\b\\w+\\s*<\\s*(${[...names, `[\\w.]+\\s*\\.\\s*get(?:Data)?\\s*\\(\\s*['"]${key}['"]\\s*\\)`].join('|')})(?![\\w.(])`).exec(this.code);
      if (!asCount) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `'${key}' counts the open levels (${asCount[0].trim()}, line ${this.lineAt(asCount.index)}), and a win stores ${m[0].trim()} (line ${line}): the level just won is open, so ${index[1]} + 1 is never more than the count already is, and the next level never opens (${index[1]} + 2)`, line, `${index[1]} + 2`);
      return;
    }
  }

  // this.streak = 0 and, on a catch, this.score += 10 * this.streak++: the old streak is multiplied before it is
  // raised, so the first catch scores 0 and each later one a step behind (10 * ++this.streak)
  multipliedBeforeRaised() {
    const at = /([\w.]+)\s*\+=\s*([\w.]+)\s*\*\s*(this\s*\.\s*(\w+))\s*\+\+|([\w.]+)\s*\+=\s*(this\s*\.\s*(\w+))\s*\+\+\s*\*\s*([\w.]+)/.exec(this.code);
    if (!at) return;
    const field = at[3] || at[6];
    const name = at[4] || at[7];
    if (!new RegExp(`this\\s*\\.\\s*${name}\\s*=\\s*0\\s*[;,]`).test(this.code)) return;
    const line = this.lineAt(at.index);
    this.add('wrong_order', true, `${at[0].trim()} (line ${line}) multiplies by ${field} before ++ raises it, and ${field} starts at 0: the first one adds nothing and every later one adds a step less than its count (++${field})`, line, `++${field}`);
  }

  // open: this.lineIndex = 0; setText(LINES[this.lineIndex]); and SPACE: setText(LINES[this.lineIndex++]): the
  // post-increment reads the index before moving it, so the first press shows line 0 again and every line comes one
  // press late (LINES[++this.lineIndex])
  shownAgainByPostIncrement() {
    for (const m of this.code.matchAll(/(\w+(?:\s*\.\s*\w+)*)\s*\[\s*this\s*\.\s*(\w+)\s*\+\+\s*\]/g)) {
      const [, list, index] = m;
      const fn = this.functionAt(m.index);
      if (!fn || !/setText\s*\(/.test(this.code.slice(Math.max(0, m.index - 30), m.index))) continue;
      const shown = new RegExp(`this\\s*\\.\\s*${index}\\s*=\\s*0\\s*;[^]*?setText\\s*\\(\\s*${memberPattern(list)}\\s*\\[\\s*this\\s*\\.\\s*${index}\\s*\\]`);
      const opener = this.functions().find((f) => shown.test(f.text));
      if (!opener) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `${m[0]} (line ${line}) reads this.${index} before moving it on, and ${opener.name || 'the opening'}() already shows ${list}[0] (line ${this.lineIn(opener, opener.text.search(/setText/))}): the first press shows that line again and each line comes one press late, the last never shown (${list}[++this.${index}])`, line, `${list}[++this.${index}]`);
      return;
    }
  }

  // choose(scene, n) { scene.index = line.choices[n].goto; advance(scene); } with advance() { scene.index++;
  // showLine(scene); }: the jump puts the index on the branch's first line and advance() steps past it before
  // showing, so every branch starts one line late (show the line without stepping)
  jumpThenStepped() {
    for (const fn of this.functions()) {
      const body = fn.node.body.body;
      for (let i = 0; i + 1 < body.length; i++) {
        const st = body[i];
        const e = st.type === 'ExpressionStatement' ? st.expression : null;
        if (!e || e.type !== 'AssignmentExpression' || e.operator !== '=' || e.left.type !== 'MemberExpression' || e.left.computed) continue;
        if (e.right.type === 'Literal' || /-\s*1\s*$|\b0\s*$/.test(this.text(e.right)) || e.right.type === 'UpdateExpression') continue;
        const prop = e.left.property.name;
        if (!/index|idx|line|step|node|page|pos|cursor/i.test(prop) || new RegExp(`\\b${prop}\\b`).test(this.text(e.right))) continue;
        const next = body[i + 1];
        const call = next.type === 'ExpressionStatement' && next.expression.type === 'CallExpression' ? next.expression : null;
        if (!call) continue;
        const name = call.callee.type === 'Identifier' ? call.callee.name : call.callee.type === 'MemberExpression' && !call.callee.computed ? call.callee.property.name : null;
        const stepper = name && this.functions().find((f) => f.name === name && f !== fn);
        if (!stepper) continue;
        const steps = stepper.node.body.body.find((s) => s.type === 'ExpressionStatement' && new RegExp(`^\\w+(\\s*\\.\\s*\\w+)*\\s*\\.\\s*${prop}\\s*(\\+\\+|\\+=\\s*1\\b)|^\\+\\+\\s*\\w+(\\s*\\.\\s*\\w+)*\\s*\\.\\s*${prop}\\b`).test(this.text(s)));
        if (!steps) continue;
        const after = stepper.node.body.body.slice(stepper.node.body.body.indexOf(steps) + 1);
        if (!after.some((s) => /show|display|render|draw|setText|present/i.test(this.text(s)))) continue;
        const line = lineOf(next);
        this.add('off_by_one', true, `${this.text(e)} (line ${lineOf(st)}) jumps to the line meant, and ${this.text(call)} (line ${line}) steps ${this.text(e.left)} on once more before showing (line ${lineOf(steps)}): every jump lands one line past its target (show the line without stepping)`, line, 'the target line shown');
        return;
      }
    }
  }

  // function resetRun(scene) { scene.runEarned = 0; … } and prestige(): resetRun(scene); scene.crystals +=
  // crystalsFor(scene.runEarned): the reward is worked out after the reset, from 0, so it is always the least (work it
  // out first, then reset)
  resetBeforeItIsRead() {
    // helpers that set fields of their first parameter (or of this) back to 0
    const zeroes = new Map();
    for (const fn of this.functions()) {
      if (!fn.name || !/(reset|clear|restart|wipe)/i.test(fn.name)) continue;
      const owner = fn.node.params[0] && fn.node.params[0].type === 'Identifier' ? fn.node.params[0].name : 'this';
      const fields = [...fn.text.matchAll(new RegExp(`\\b${owner}\\s*\\.\\s*(\\w+)\\s*=\\s*0\\s*;`, 'g'))].map((z) => z[1]);
      if (fields.length) zeroes.set(fn.name, { fields, byParam: owner !== 'this', fn });
    }
    if (!zeroes.size) return;
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:^|[;{}\n])\s*(?:this\s*\.\s*)?(\w+)\s*\(\s*(\w*)\s*\)\s*;/g)) {
        const [, name, arg] = m;
        const reset = zeroes.get(name);
        if (!reset || reset.fn === fn || (reset.byParam && !arg)) continue;
        const owner = reset.byParam ? arg : 'this';
        // the statements after it, up to the end of its block
        const after = fn.text.slice(m.index + m[0].length).split(/\n\s*\}/)[0];
        for (const field of reset.fields) {
          const read = new RegExp(`(\\+=|-=|=|\\(|,)[^;=]*\\b${owner}\\s*\\.\\s*${field}\\b(?!\\s*=[^=])`).exec(after);
          if (!read) continue;
          const before = after.slice(0, read.index);
          if (new RegExp(`\\b${owner}\\s*\\.\\s*${field}\\s*(=[^=]|\\+=)`).test(before)) continue;
          const line = this.lineIn(fn, m.index + m[0].length + read.index);
          this.add('wrong_order', true, `${owner}.${field} (line ${line}) is read after ${name}(${arg}) (line ${this.lineIn(fn, m.index + m[0].length - 1)}), which has just set it to 0 (line ${this.lineIn(reset.fn, reset.fn.text.search(new RegExp(`\\.\\s*${field}\\s*=\\s*0`)))}): what is worked out from it always comes from 0 (read it first, then call ${name}())`, line, `read before ${name}()`);
          return;
        }
      }
    }
  }

  // u.unlocked = cookies >= u.unlockAt on every refresh, while buying spends cookies: the unlock is worked out again
  // from what is held now, so spending takes it back (test a total that only grows, or keep it once set:
  // u.unlocked = u.unlocked || …)
  unlockTakenBack() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*(unlocked|revealed|discovered|available)\s*=\s*([\w.]+)\s*>=?\s*[^;]+;/g)) {
      const [, owner, flag, held] = m;
      // what is held: this.cookies, or a name read from a data store under a key
      let spent = null;
      if (/^this\.\w+$/.test(held)) spent = new RegExp(`${memberPattern(held)}\\s*-=`).exec(this.code);
      else {
        const from = new RegExp(`(?:const|let|var)\\s+${held}\\s*=\\s*[\\w.]*(?:data|registry)\\s*\\.\\s*(?:get|values\\s*\\.)\\s*\\(?\\s*['"]?(\\w+)`).exec(this.code);
        const key = from && from[1];
        if (key) spent = new RegExp(`\\.\\s*inc\\s*\\(\\s*['"]${key}['"]\\s*,\\s*-|\\.\\s*set\\s*\\(\\s*['"]${key}['"]\\s*,[^;)]*-|values\\s*\\.\\s*${key}\\s*-=`).exec(this.code);
      }
      if (!spent) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${owner}.${flag} = ${held} >= … (line ${line}) works the ${flag} state out again from ${held}, what is held now, and spending takes ${held} down (line ${this.lineAt(spent.index)}): after a purchase the ${flag} thing is locked again (test a total that only grows, or keep it once set: ${owner}.${flag} = ${owner}.${flag} || …)`, line, `${owner}.${flag} kept once set`);
      return;
    }
  }

  // miss() { this.combo = 0; this.refreshCombo(); } and refreshCombo() { if (this.combo % 10 === 0) showBanner() }: 0 is a
  // multiple of 10 too, so every miss shows the banner for a combo of 0 (this.combo > 0 && this.combo % 10 === 0)
  milestoneAtZero() {
    for (const m of this.code.matchAll(/if\s*\(\s*(this\s*\.\s*\w+)\s*%\s*(\d+)\s*===?\s*0\s*\)/g)) {
      const [, count, every] = m;
      if (Number(every) < 2) continue;
      const fn = this.functionAt(m.index);
      if (!fn || !fn.name) continue;
      const esc = memberPattern(count);
      // the check is reached right after the count is set to 0: fn() called after count = 0 in the same function,
      // or the reset itself sits before the check in fn
      const before = fn.text.slice(0, m.index - fn.node.body.start);
      let reset = new RegExp(`${esc}\\s*=\\s*0\\s*;`).exec(before);
      let where = reset ? this.lineIn(fn, reset.index) : null;
      if (!reset) {
        for (const other of this.functions()) {
          if (other === fn) continue;
          const z = new RegExp(`${esc}\\s*=\\s*0\\s*;[^}]*?\\b(?:this\\s*\\.\\s*)?${fn.name}\\s*\\(`).exec(other.text);
          if (z && !['create', 'init', 'constructor'].includes(other.name)) { reset = z; where = this.lineIn(other, z.index); break; }
        }
      }
      if (!reset) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${count} % ${every} === 0 (line ${line}) is true for 0 as well, and ${count} is set to 0 and then checked (line ${where}): every reset counts as reaching a multiple of ${every} (${count} > 0 && ${count} % ${every} === 0)`, line, `${count} > 0 && ${count} % ${every} === 0`);
      return;
    }
  }

  // this.hitLog.push(perfect ? 1 : 0.5) on a hit only, and accuracy = points / this.hitLog.length * 100: a miss never
  // enters the log, so it never lowers the share and half the notes hit perfectly still scores near 100% (divide by
  // the number of notes)
  shareOfLoggedHitsOnly() {
    for (const m of this.code.matchAll(/\/\s*this\s*\.\s*(\w+)\s*\.\s*length\s*\)?\s*\*\s*100/g)) {
      const log = m[1];
      const pushes = [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${log}\\s*\\.\\s*push\\s*\\(`, 'g'))];
      if (!pushes.length) continue;
      const pushers = new Set(pushes.map((p) => this.functionAt(p.index)).filter(Boolean));
      // a way to miss that never logs: a function named for it, or a call handing over a 'MISS' judgement
      const missing = this.functions().find((f) => !pushers.has(f) && ((f.name && /^(on)?miss/i.test(f.name)) || /\(\s*[^()]*['"]MISS['"]/i.test(f.text))
        && !new RegExp(`this\\s*\\.\\s*${log}\\s*\\.\\s*push`).test(f.text));
      if (!missing) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `… / this.${log}.length * 100 (line ${line}) shares out over this.${log}, which only a hit adds to (line ${this.lineAt(pushes[0].index)}), and a miss (line ${lineOf(missing.node)}) never enters it: misses never lower the share, so half the notes hit perfectly still comes out near 100% (divide by the number of notes)`, line, 'divide by the number of notes');
      return;
    }
  }

  // if (scene.hp <= MAX_HP) { scene.hp += 1; }: at the cap the test still holds, so the value goes one past it
  // (scene.hp < MAX_HP)
  raisedPastTheCap() {
    for (const m of this.code.matchAll(/if\s*\(\s*([\w.]+)\s*<=\s*((?:this\s*\.\s*)?\w*(?:MAX|max|Max|CAP|cap|LIMIT|limit)\w*)\s*\)\s*\{?\s*([\w.]+)\s*(\+=\s*[^;]+|\+\+)\s*;/g)) {
      const [, value, cap, raised] = m;
      if (value !== raised) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `if (${value} <= ${cap}) ${raised}${m[4].startsWith('++') ? '++' : ' ' + m[4].trim()} (line ${line}) still raises ${value} when it is already at ${cap}, so it goes past the cap (${value} < ${cap})`, line, `${value} < ${cap}`);
      return;
    }
  }

  // if (dir > 0 && v < 1) v += 0.1: ten steps of 0.1 add up to 0.9999999999999999, which is still < 1, so one more step
  // is let through and the volume reaches 1.1 (round each step, or clamp: Math.min(1, Math.round((v + 0.1) * 10) / 10))
  floatStepPastTheEnd() {
    for (const m of this.code.matchAll(/(\w+)\s*(<|>)\s*(1|0)\s*\)\s*(\w+)\s*(\+=|-=)\s*(0?\.\d+)\s*;/g)) {
      const [, v, cmp, end, w, op, step] = m;
      if (v !== w || (cmp === '<') !== (op === '+=') || (cmp === '<') !== (end === '1')) continue;
      const fn = this.functionAt(m.index);
      const rest = fn ? fn.text : this.code;
      if (new RegExp(`Math\\s*\\.\\s*(round|min|max)\\s*\\([^;]*\\b${v}\\b|Clamp\\s*\\(\\s*${v}\\b|toFixed|Number\\.EPSILON|1e-`).test(rest)) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `if (… ${v} ${cmp} ${end}) ${v} ${op} ${step} (line ${line}): steps of ${step} do not add up exactly (ten of 0.1 make 0.9999999999999999), so at the end the test still passes once more and ${v} goes one step past ${end} (round each step, or clamp it)`, line, 'rounded or clamped steps');
      return;
    }
  }

  // retire(enemy) { enemy.disableBody(true, true); this.kills += 1; } called from the hit handler and also for an enemy
  // that falls off the bottom (if (enemy.y > 620) this.retire(enemy)): every enemy that gets away counts as a kill
  // (count the kill where it is hit)
  escapeCountedAsKill() {
    for (const fn of this.functions()) {
      if (!fn.name || !fn.node.params[0] || fn.node.params[0].type !== 'Identifier') continue;
      const p = fn.node.params[0].name;
      const gain = /this\s*\.\s*(\w*(?:kills?|Kills?|score|Score|points|Points)\w*)\s*(\+=\s*\d+|\+\+)/.exec(fn.text);
      if (!gain || !new RegExp(`\\b${p}\\s*\\.\\s*(destroy|disableBody|setActive\\s*\\(\\s*false)|killAndHide\\s*\\(\\s*${p}\\b`).test(fn.text)) continue;
      if (new RegExp(`if\\s*\\(\\s*\\w+\\s*\\)\\s*this\\s*\\.\\s*${gain[1]}`).test(fn.text)) continue;
      // called after a test that the object has left the screen
      for (const c of this.code.matchAll(new RegExp(`this\\s*\\.\\s*${fn.name}\\s*\\(\\s*(\\w+)\\s*\\)`, 'g'))) {
        const before = this.code.slice(Math.max(0, c.index - 160), c.index);
        const edge = new RegExp(`if\\s*\\([^)]*\\b${c[1]}\\s*\\.\\s*(y\\s*>|x\\s*<|x\\s*>|y\\s*<)[^)]*\\)\\s*\\{?[^}]*$`).exec(before);
        if (!edge) continue;
        const line = this.lineAt(c.index);
        this.add('wrong_argument', true, `this.${fn.name}(${c[1]}) (line ${line}) is called for ${c[1]} leaving the screen, and ${fn.name}() adds to this.${gain[1]} (line ${this.lineIn(fn, gain.index)}), which counts what is hit: every one that gets away is counted as one hit too (add to this.${gain[1]} only where it is hit)`, line, `this.${gain[1]} only on a hit`);
        return;
      }
    }
  }

  // GameScene: this.scene.launch('PauseScene'); this.scene.pause(); and in PauseScene's Main Menu button
  // this.scene.start('MenuScene') with scene: [MenuScene, GameScene, PauseScene]: start() stops only the pause scene;
  // the game stays paused, and a paused scene is still drawn, above the menu listed before it, so the frozen game
  // covers the menu (this.scene.stop('GameScene') first)
  pausedSceneCoversMenu() {
    const list = /scene\s*:\s*\[([\w\s,]+)\]/.exec(this.code);
    if (!list) return;
    const order = list[1].split(',').map((s) => s.trim()).filter(Boolean);
    const scenes = [];
    walk(this.ast, (n) => {
      if ((n.type === 'ClassDeclaration' || n.type === 'ClassExpression') && n.id && order.includes(n.id.name)) scenes.push({ cls: n, name: n.id.name, key: sceneKeyOf(n) || n.id.name, text: this.text(n) });
    });
    const byKey = new Map(scenes.map((s) => [s.key, s]));
    for (const game of scenes) {
      for (const l of game.text.matchAll(/scene\s*\.\s*launch\s*\(\s*['"](\w+)['"]/g)) {
        const overlay = byKey.get(l[1]);
        if (!overlay || overlay === game) continue;
        const paused = /this\s*\.\s*scene\s*\.\s*pause\s*\(\s*\)/.test(game.text) || new RegExp(`scene\\s*\\.\\s*pause\\s*\\(\\s*['"]${game.key}['"]`).test(overlay.text);
        if (!paused) continue;
        for (const s of overlay.text.matchAll(/this\s*\.\s*scene\s*\.\s*start\s*\(\s*['"](\w+)['"]/g)) {
          const menu = byKey.get(s[1]);
          if (!menu || menu === game || menu === overlay) continue;
          if (order.indexOf(menu.name) > order.indexOf(game.name)) continue;
          const at = overlay.cls.start + s.index;
          const handler = this.functionAt(at);
          const stops = new RegExp(`scene\\s*\\.\\s*(stop|sleep|setVisible)\\s*\\(\\s*(['"]${game.key}['"]|false\\s*,\\s*['"]${game.key}['"])`);
          if ((handler && stops.test(handler.text)) || stops.test(menu.text) || stops.test(overlay.text)) continue;
          const line = this.lineAt(at);
          this.add('state_not_updated', true, `this.scene.start('${menu.key}') (line ${line}) in ${overlay.name} stops only ${overlay.name}: ${game.name}, paused behind it (line ${this.lineAt(game.cls.start + game.text.search(/scene\s*\.\s*pause\s*\(/))}), is never stopped, and a paused scene is still drawn, above ${menu.name}, which comes before it in scene: [${order.join(', ')}], so the frozen game covers the menu (this.scene.stop('${game.key}') first)`, line, `this.scene.stop('${game.key}')`);
          return;
        }
      }
    }
  }

  // hurt() { if (this.hearts === 0) { this.end('GAME OVER'); return; } this.hearts -= 1; this.respawn(); }: the test
  // for none left runs before the heart is taken, so the game goes on with 0 and ends only on the hit after (take it
  // first, then test)
  endTestedBeforeTheTake() {
    for (const f of this.functions()) {
      const body = f.node.body.body;
      for (let i = 0; i < body.length - 1; i++) {
        const g = body[i];
        if (g.type !== 'IfStatement' || g.alternate) continue;
        const t = /^(?:(this\s*\.\s*\w+)\s*(?:===?\s*0|<=\s*0|<\s*1)|!\s*(this\s*\.\s*\w+))$/.exec(this.text(g.test).trim());
        if (!t) continue;
        const field = (t[1] || t[2]).replace(/\s+/g, '');
        const branch = this.text(g.consequent);
        if (!/\breturn\b/.test(branch) || !/over|end|lose|lost|die|dead|defeat|finish|gameover|result|restart/i.test(branch)) continue;
        const esc = memberPattern(field);
        const rest = body.slice(i + 1);
        const take = rest.find((st) => new RegExp(`${esc}\\s*(-=\\s*1\\b|--)|--\\s*${esc}`).test(this.text(st)));
        if (!take) continue;
        const after = rest.slice(rest.indexOf(take)).map((st) => this.text(st)).join('\n');
        if (new RegExp(`${esc}\\s*(===?\\s*0|<=\\s*0|<\\s*1|>\\s*0|>=\\s*1)|!\\s*${esc}|--\\s*${esc}\\s*(<=|===?|<)|Math\\s*\\.\\s*max`).test(after.slice(after.search(/-=|--/) + 2))) continue;
        const line = lineOf(take);
        this.add('wrong_order', true, `${this.text(g.test).trim()} (line ${lineOf(g)}) is tested before ${field} is taken from (line ${line}): when the last one goes the game carries on with ${field} at 0 and ends only on the next hit (take it first, then test for 0)`, line, 'take first, then test');
        return;
      }
    }
  }

  // setMoisture(v) { this.moisture = Phaser.Math.Clamp(v, 0, 100); } and water() { this.setMoisture(this.moisture + 30);
  // if (this.moisture > 100) overwater(); }: the setter has already capped it at 100, so the test never holds (test
  // the value before it is set)
  overTestedAfterClamp() {
    for (const s of this.functions()) {
      if (!s.name || !/^set[A-Z]/.test(s.name) || s.node.params.length !== 1 || s.node.params[0].type !== 'Identifier') continue;
      const p = s.node.params[0].name;
      const cap = new RegExp(`this\\s*\\.\\s*(\\w+)\\s*=\\s*(?:Phaser\\s*\\.\\s*Math\\s*\\.\\s*Clamp\\s*\\(\\s*${p}\\s*,\\s*[^,]+,\\s*([\\w.]+)\\s*\\)|Math\\s*\\.\\s*min\\s*\\(\\s*(?:${p}\\s*,\\s*([\\w.]+)|([\\w.]+)\\s*,\\s*${p})\\s*\\))`).exec(s.text);
      if (!cap) continue;
      const field = cap[1];
      const max = cap[2] || cap[3] || cap[4];
      for (const f of this.functions()) {
        const m = new RegExp(`this\\s*\\.\\s*${s.name}\\s*\\([^;]*\\)\\s*;\\s*(?:[^;{}]*;\\s*)?if\\s*\\(\\s*this\\s*\\.\\s*${field}\\s*(>\\s*${escape(max)}|>=\\s*${escape(max)}\\s*\\+)`).exec(f.text);
        if (!m) continue;
        const line = this.lineIn(f, m.index + m[0].lastIndexOf('if'));
        this.add('never_fires', true, `if (this.${field} ${m[1].trim()}…) (line ${line}) tests for more than ${max} after this.${s.name}() (line ${this.lineIn(f, m.index)}), which caps this.${field} at ${max} (line ${this.lineIn(s, cap.index)}): it can never be more, so the test never holds (test the value before it is set)`, line, 'test before setting');
        return;
      }
    }
  }
}

function progressFindings(ast, code, facts) {
  return new ProgressRules(ast, code, facts).run();
}

module.exports = { progressFindings };
