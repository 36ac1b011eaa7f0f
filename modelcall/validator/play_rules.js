'use strict';
// Whole-program checks of a game's rounds and cycles: objects coming into and leaving play (a turret's locked target let
// go only by distance while the members it is picked from are killed, a wave counted as cleared while its timer still
// has members to make), a round started by every click anywhere, a rest between a tween's repeats given as delay, a
// phase timer that takes the time of the phase before, a repeating step that returns before its index moves, and a
// round's time-limit timer left running when the round ends another way, and a timer whose handle is never kept in the
// field that is checked to remove it, a state set back only inside the branch that state keeps from running, and a hit
// that spends the last of a shield and costs a life as well, a race position read from an order sorted back to front,
// a Back that shows again the page on top of the history, an update() that goes on moving things while the game is
// paused, a scene launched over the game by a key that the launched scene reads too (each press starts it again), and a
// time limit that still fires after the round was won, a pause that stops physics only while the round's timers
// run on, a timer's delay drawn at random in seconds (the clock counts milliseconds), and a prompt's time limit that
// is never removed when the prompt is answered (it fails the next prompt), and a time counted from a clock that goes
// on while the scene is paused (Date.now(), update()'s time), so a pause is counted as play,
// the scene clock paused across a restart, a looping timer removed by removeAllEvents() in its own callback, an overlay
// left over the scene it restarts, a selection read when a timer fires, a turn total reset on one way of passing only,
// a timer that pauses itself, and a request flag never cleared,
// a price worked out once before the loop that buys with it, a switch() that puts to sleep the scene whose timer makes
// what the new scene shows live, a claim flag set only after every agent has picked, a timer's repeatCount used as an
// index (it counts down), a looping timer's elapsed time taken for the offset to the nearest beat, and an end reached
// as the last note is spawned while spawned ones are still in play, points paid on any 'destroy', a timer handle
// used as a flag and never cleared, every crate asked to sit on a plate when there are more crates than plates, a
// one-shot timer unpaused again after it has fired, and a walk tween left running after its walker is killed.
// Round 68: a state tested by two separate ifs where the first sets the second's state, a seeded layout drawn apart from
// its sow, branches after two tests that cover every value, negamax's minus dropped at the top, some() with a callback
// that claims, a move lock kept on an early return or freed on one branch only, and a state nothing leads out of while
// the game goes on.
// Round 69: an entry looked up as 0 taken for a missing one, and a serve flag a ball reset never clears.
// Round 69's left-overs: a one-shot addEvent kept as a busy flag, a NEXT preview drawn again instead of used.
// Round 70: sleep() under a see-through overlay, a value kept from a rebuild the handler runs again, the first lit
// checkpoint taken for the latest, and a looping timer made again without its paused state.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf, memberPath, propertiesOf, literalValue, sceneKeyOf } = require('./game_state');
const { RuleSet, timerRepeats, escape, memberPattern } = require('./rule_set');

// the names a kept pick goes by: a turret's target, a homing missile's prey, a locked-on enemy
const PICK_NAMES = /^(target|currentTarget|lockedTarget|locked|lockOn|prey|victim|focus|aimTarget|enemyTarget|closest|nearest)$/i;
// a test that asks whether the object is still in play
const IN_PLAY = /\.(active|alive|visible|dead|isDead|destroyed|scene|body|hp|health|life|lives|enabled)\b|\bhp\b|\bhealth\b/;
const PUT_OUT = /\.disableBody\s*\(|\.setActive\s*\(\s*false|\.destroy\s*\(\s*\)|\.kill(AndHide)?\s*\(/;

class PlayRules extends RuleSet {
  // how many places set the pick back to nothing in play (not its start value in a constructor, create() or init())
  dropsOf(name) {
    let count = 0;
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'AssignmentExpression' || n.operator !== '=' || !isEmpty(n.right)) return;
      const l = n.left;
      const named = (l.type === 'Identifier' && l.name === name) || (l.type === 'MemberExpression' && !l.computed && l.property.name === name);
      if (named && !['constructor', 'create', 'init'].includes(ctx.roles[ctx.roles.length - 1])) count += 1;
    });
    return count;
  }

  run() {
    if (PUT_OUT.test(this.code) && /\.active\b/.test(this.code) && /=\s*(null|undefined)\b/.test(this.code)) this.deadTargetKept();
    if (/addEvent\s*\(/.test(this.code) && /\b(repeat|loop)\s*:/.test(this.code) && /countActive\s*\(|getLength\s*\(|getChildren\s*\(\s*\)\s*\.\s*length/.test(this.code)
      && !/getRepeatCount|getOverallProgress|repeatCount|hasDispatched/.test(this.code)) this.waveClearedWhileSpawning();
    if (/input\s*\.\s*on\s*\(\s*['"]pointer(down|up)['"]/.test(this.code) && /addEvent\s*\(/.test(this.code)) this.roundStartedOnEveryClick();
    if (/\bdelay\s*:\s*[\w.]*(rest|pause|wait|gap|interval|between|cooldown|break)/i.test(this.code)) this.restGivenAsDelay();
    if (/delayedCall\s*\(/.test(this.code)) this.phaseTimedByPrevious();
    if (/\breturn\s*;/.test(this.code) && /(\+\+|\+=\s*1\b)/.test(this.code)) this.stepSkippedByReturn();
    if (/=\s*[\w.]*time\s*\.\s*delayedCall\s*\(/.test(this.code)) this.timeLimitOutlivesRound();
    if (/\.remove\s*\(/.test(this.code) && /time\s*\.\s*(delayedCall|addEvent)\s*\(/.test(this.code)) this.timerHandleNeverKept();
    if (/if\s*\([^)]*!\s*this\.\w+/.test(this.code)) this.releasedOnlyWhereBlocked();
    if (/(--|-=)/.test(this.code) && /===?\s*0|<=\s*0/.test(this.code)) this.spentAndChargedAtOnce();
    if (/\.sort\s*\(/.test(this.code) && /indexOf\s*\([^)]*\)\s*\+\s*1/.test(this.code)) this.rankFromAscendingOrder();
    if (/\.pop\s*\(\s*\)/.test(this.code) && /\.push\s*\(/.test(this.code)) this.backShowsCurrentPage();
    if (/scene\s*\.\s*launch\s*\(/.test(this.code) && /keydown-/.test(this.code)) this.overlayRelaunchedByItsKey();
    if (/time\s*\.\s*delayedCall\s*\(/.test(this.code) && /=\s*true\b/.test(this.code)) this.timeUpAfterWin();
    if (/physics\s*\.\s*pause\s*\(|tweens\s*\.\s*pauseAll\s*\(/.test(this.code) && /\bupdate\s*\(/.test(this.code)) this.pausedButUpdated();
    if (/\[\s*\w+\s*\]\s*===?\s*10\b/.test(this.code) && /\+=\s*2\b/.test(this.code)) this.strikeStepsTwoRolls();
    if (/\.(hp|health)\s*(<=|<|===?)\s*0\b/.test(this.code)) this.defeatedFoeStrikesBack();
    if (/physics\s*\.\s*pause\s*\(/.test(this.code) && /physics\s*\.\s*resume\s*\(/.test(this.code) && /addEvent\s*\(/.test(this.code)) this.timersRunThroughPause();
    if (/(Float)?Between\s*\(\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*\)/.test(this.code) && /delayedCall|addEvent/.test(this.code)) this.delayInSeconds();
    if (/=\s*this\s*\.\s*time\s*\.\s*delayedCall\s*\(/.test(this.code) && /\(\s*false\s*\)|fail|miss|timeout|timeUp|reset|clear|break|drop|expire/i.test(this.code)) this.limitOutlivesAnswer();
    if (/scene\s*\.\s*pause\s*\(/.test(this.code) && /Date\s*\.\s*now\s*\(|performance\s*\.\s*now\s*\(|update\s*\(\s*time\b/.test(this.code)) this.clockRunsThroughPause();

    if (/time\s*\.\s*now|\bnow\b/.test(this.code) && /until|deadline|expires|ends?At|endTime/i.test(this.code)) this.deadlineGivenDuration();
    if (/delayedCall\s*\(|addEvent\s*\(/.test(this.code) && /if\s*\(\s*!?\s*this\s*\.\s*\w+\s*\)/.test(this.code)) this.oneShotTimerNeverCleared();
    if (/\.remove\s*\(\s*true\s*\)/.test(this.code)) this.removedWithItsCallback();
    if (/setTimeout\s*\(|setInterval\s*\(/.test(this.code) && /scene\s*\.\s*pause\s*\(|time\s*\.\s*paused\s*=|physics\s*\.\s*pause\s*\(/.test(this.code)) this.browserTimerThroughPause();
    if (/\bclass\b/.test(this.code)) this.methodTakenForFlag();
    if (/time\s*\.\s*paused\s*=\s*true/.test(this.code) && /scene\s*\.\s*restart\s*\(/.test(this.code)) this.clockPausedAcrossRestart();
    if (/removeAllEvents\s*\(/.test(this.code)) this.loopTimerRemovedByItself();
    if (/scene\s*\.\s*launch\s*\(/.test(this.code) && /\.\s*scene\s*\.\s*restart\s*\(/.test(this.code)) this.overlayLeftOverRestart();
    if (/delayedCall\s*\(|addEvent\s*\(|setTimeout\s*\(/.test(this.code) && /this\s*\.\s*(selected|current|active|chosen|picked|focused|hovered)\w*\s*=[^=]/i.test(this.code)) this.selectionReadWhenFired();
    if (/this\s*\.\s*\w*(turn|player|current)\w*\s*=\s*(1\s*-|\(|this)/i.test(this.code)) this.turnStateCarriedOver();
    if (/\.\s*paused\s*=\s*true/.test(this.code)) this.timerPausesItself();
    if (/=\s*true\b/.test(this.code) && /update\s*\(/.test(this.code)) this.requestNeverCleared();
    if (/while\s*\(|for\s*\(/.test(this.code) && /(price|cost)/i.test(this.code)) this.priceWorkedOutOnce();
    if (/\.scene\s*\.\s*switch\s*\(/.test(this.code)) this.switchSleepsTheProducer();
    if (/\.find\s*\(\s*\(?\s*\w+\s*\)?\s*=>[^;]*!\s*\w+\s*\.\s*\w+/.test(this.code)) this.claimMarkedTooLate();
    if (/\.\s*(repeatCount\b|getRepeatCount\s*\(\s*\))/.test(this.code)) this.repeatCountAsIndex();
    if (/\.\s*getElapsed\s*\(\s*\)/.test(this.code)) this.elapsedTakenForOffset();
    if (/if\s*\(\s*this\s*\.\s*\w+\s*>=\s*\w+\s*\.\s*length/.test(this.code)) this.endAtLastSpawn();
    if (/\.(once|on)\s*\(\s*['"]destroy['"]/.test(this.code)) this.pointsOnAnyDestroy();
    if (/=\s*(this|scene)\s*\.\s*time\s*\.\s*(delayedCall|addEvent)\s*\(/.test(this.code)) this.timerHandleAsFlag();
    if (/\.every\s*\(\s*\(?\s*\w+\s*\)?\s*=>\s*[\w.]+\s*\.\s*some\s*\(/.test(this.code)) this.everyMoverOnSomeTarget();
    if (/paused\s*:\s*true/.test(this.code) && /\.\s*paused\s*=\s*false/.test(this.code)) this.firedTimerResumed();
    if (/tweens\s*\.\s*(chain|add|timeline)\s*\(/.test(this.code) && /\.destroy\s*\(\s*\)/.test(this.code)) this.walkOutlivesItsWalker();
    if (/\}\s*\n\s*if\s*\(\s*[\w.]+\s*===?\s*['"]/.test(this.code)) this.stateFallsThrough();
    if (/RND\s*\.\s*sow\s*\(/.test(this.code)) this.seedNotSownAtBuild();
    if (/else\s+if\s*\([^)]*(<|>|!==|===)[^)]*\)[\s\S]*?else/.test(this.code)) this.branchesAfterBothSides();
    if (/-\s*this\s*\.\s*negamax\s*\(/.test(this.code)) this.negamaxSignDropped();
    if (/\.\s*some\s*\(/.test(this.code)) this.someStopsAtFirst();
    if (/this\s*\.\s*\w+\s*=\s*true\b/.test(this.code)) this.lockKeptOnEarlyReturn();
    if (/this\s*\.\s*\w+\s*=\s*true\b/.test(this.code) && /\belse\b/.test(this.code)) this.lockFreedOnOneBranch();
    if (/this\s*\.\s*\w+\s*=\s*['"]\w+['"]/.test(this.code)) this.stateWithNoWayOut();
    if (/\{[^{}]*:\s*0\s*[,}]/.test(this.code) && /if\s*\(\s*!?\s*\w+\s*\)/.test(this.code)) this.lookedUpZeroAsMissing();
    if (/if\s*\(\s*this\s*\.\s*\w+\b[^)]*\)\s*return/.test(this.code) && /this\s*\.\s*\w+\s*=\s*true\b/.test(this.code)) this.serveFlagNeverCleared();
    if (/this\s*\.\s*(next|upcoming|queued|preview)\w*\s*=/i.test(this.code)) this.previewNeverUsed();
    if (/\.paused\s*=/.test(this.code) && /addEvent\s*\(/.test(this.code)) this.remadeTimerForgetsPause();
    if (/scene\s*\.\s*sleep\s*\(/.test(this.code) && /scene\s*\.\s*(launch|run)\s*\(/.test(this.code)) this.sleptUnderSeeThroughOverlay();
    if (/(?:const|let)\s+\w+\s*=\s*this\s*\.\s*\w+\s*\(\s*\)\s*;/.test(this.code)) this.rebuiltValueKeptInCreate();
    if (/\.find\s*\(/.test(this.code) && /checkpoint|flag|respawn/i.test(this.code)) this.firstCheckpointFound();
    return this.found;
  }

  // act('attack') takes the orc's hp to 0, then this.enemyTurn() hits the hero and only after it checkBattleEnd() asks
  // whether the orc is down: a beaten enemy still strikes back, and a hero at low hp loses a won fight (check the end
  // before the enemy's turn)
  defeatedFoeStrikesBack() {
    const HP = '(hp|health)';
    const hurts = (text) => [...text.matchAll(new RegExp(`([\\w.]+)\\.${HP}\\s*(-=|=\\s*Math\\.max\\s*\\(\\s*0\\s*,\\s*\\1\\.\\2\\s*-|=\\s*\\1\\.\\2\\s*-)`, 'g'))].map((m) => [m[1], m.index]);
    const checks = new Map();
    for (const fn of this.functions()) {
      if (!fn.name) continue;
      const downs = [...fn.text.matchAll(new RegExp(`([\\w.]+)\\.${HP}\\s*(<=|<|===?)\\s*0\\b`, 'g'))].map((m) => m[1]);
      if (downs.length >= 2 || (downs.length === 1 && /result|over|win|victory|defeat|end/i.test(fn.name))) checks.set(fn.name, downs);
    }
    const turns = this.functions().filter((fn) => fn.name && !checks.has(fn.name) && hurts(fn.text).length === 1
      && !new RegExp(`\\.${HP}\\s*(<=|<|>|>=|===?)\\s*0\\b|\\b(dead|alive|over|result|ended|finished)\\b`, 'i').test(fn.text));
    for (const fn of this.functions()) {
      if (this.found.length) return;
      for (const turn of turns) {
        const [victim] = hurts(turn.text)[0];
        const call = new RegExp(`this\\.${turn.name}\\s*\\(`).exec(fn.text);
        if (!call || fn === turn) continue;
        const foe = hurts(fn.text.slice(0, call.index)).find(([who]) => who !== victim && [...checks.values()].some((d) => d.includes(who) || d.some((x) => x.split('.').pop() === who.split('.').pop())));
        if (!foe) continue;
        const asked = [...checks.keys()].map((c) => fn.text.indexOf(`this.${c}(`)).filter((i) => i >= 0);
        const read = new RegExp(`${escape(foe[0])}\\.${HP}\\s*(<=|<|>|>=|===?)\\s*0\\b`).exec(fn.text);
        if (read) asked.push(read.index);
        // no end check at all is another slip; an end check before the turn is right
        if (!asked.length || Math.min(...asked) < call.index) continue;
        const first = Math.min(...asked);
        const line = this.lineIn(fn, call.index);
        this.add('wrong_order', true, `${foe[0]} loses hp (line ${this.lineIn(fn, foe[1])}) and this.${turn.name}() then hits ${victim} (line ${line}) before anything asks whether ${foe[0]} is down (line ${this.lineIn(fn, first)}): a beaten enemy still strikes back, and a fight already won can be lost (check the end before the enemy's turn)`, line, `check the end before this.${turn.name}()`);
        return;
      }
    }
  }

  // if (rolls[i] === 10) { total += 10 + rolls[i + 1] + rolls[i + 2]; i += 2; }: a strike's frame is one roll, so
  // stepping two skips the roll after the strike as the start of the next frame, and the card scores wrongly (i += 1)
  strikeStepsTwoRolls() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'IfStatement' || n.test.type !== 'BinaryExpression' || !['===', '=='].includes(n.test.operator)) return;
      const { left, right } = n.test;
      if (!(left.type === 'MemberExpression' && left.computed && left.property.type === 'Identifier' && literalValue(right).value === 10)) return;
      const index = left.property.name;
      const body = this.text(n.consequent);
      // a strike's bonus reads the two rolls after it; a frame of one roll is stepped past with i += 2 here
      if (!new RegExp(`\\[\\s*${index}\\s*\\+\\s*2\\s*\\]`).test(body)) return;
      const step = new RegExp(`(?<![\\w.$])${index}\\s*\\+=\\s*2\\b|(?<![\\w.$])${index}\\s*=\\s*${index}\\s*\\+\\s*2\\b`).exec(body);
      if (!step) return;
      const line = this.lineAt(n.consequent.start + step.index);
      this.add('wrong_argument', true, `the strike branch of ${this.text(n.test)} (line ${lineOf(n)}) moves ${index} on by 2 (line ${line}), as for a frame of two rolls: a strike's frame is its one roll, so the roll after it is skipped as the start of the next frame and the card scores wrongly (${index} += 1)`, line, `${index} += 1`);
    });
  }

  // this.limit = this.time.delayedCall(8000, this.onTimeUp, [], this); collecting the last item sets this.finished =
  // true and shows "You win!", and onTimeUp() sets this.finished = true too and shows "Time up" without asking: the
  // timer is never removed, so a won round is turned into a lost one when the time runs out (this.limit.remove())
  timeUpAfterWin() {
    for (const m of this.code.matchAll(/(this\.\w+)\s*=\s*this\s*\.\s*time\s*\.\s*delayedCall\s*\(\s*[^,]+,\s*(?:this\.(\w+)\s*[,)]|\(\s*\)\s*=>\s*\{?\s*this\.(\w+)\s*\(\s*\))/g)) {
      const timer = m[1];
      const lose = this.functions().find((f) => f.name === (m[2] || m[3]));
      if (!lose) continue;
      const flag = /(this\.\w+)\s*=\s*true\s*;/.exec(lose.text);
      if (!flag) continue;
      const esc = escape(flag[1]);
      if (new RegExp(`if\\s*\\([^)]*${esc}\\b`).test(lose.text)) continue;
      const t = escape(timer);
      if (new RegExp(`${t}\\s*(\\?\\.|\\.)\\s*(remove|destroy|reset|paused\\s*=)|removeEvent\\s*\\(|removeAllEvents|time\\s*\\.\\s*paused\\s*=|clearPendingEvents`).test(this.code)) continue;
      const win = this.functions().find((f) => f !== lose && new RegExp(`${esc}\\s*=\\s*true\\s*;`).test(f.text)
        && !/scene\s*\.\s*(pause|stop|start|restart|sleep|switch)\s*\(|time\s*\.\s*timeScale\s*=\s*0/.test(f.text));
      if (!win || !/setText\s*\(/.test(win.text) || !/setText\s*\(/.test(lose.text)) continue;
      const at = new RegExp(`${esc}\\s*=\\s*true`).exec(win.text);
      const line = this.lineIn(win, at.index);
      this.add('never_fires', true, `${flag[1]} = true (line ${line}) ends the round as won, but ${timer} (line ${this.lineAt(m.index)}) is never removed and ${lose.name}() does not ask ${flag[1]}: when the time runs out after the win, ${lose.name}() still runs and turns it into a loss (${timer}.remove() on the win, or if (${flag[1]}) return)`, line, `${timer}.remove()`);
      return;
    }
  }

  // input.keyboard.on('keydown-SPACE', () => this.scene.launch('Dialogue')) in the map, which neither pauses nor
  // sleeps itself nor asks whether the dialogue is open, and the dialogue reads keydown-SPACE to go on: every SPACE in
  // the dialogue also launches it again, and launching a running scene starts it over at its first line
  // (this.scene.pause() with the launch, or test this.scene.isActive('Dialogue'))
  overlayRelaunchedByItsKey() {
    for (const handler of this.handlersOf(/^['"`]keydown-\w+['"`]$/)) {
      const body = this.text(handler.body);
      const launch = /this\s*\.\s*scene\s*\.\s*launch\s*\(\s*['"`](\w+)['"`]/.exec(body);
      if (!launch) continue;
      if (/scene\s*\.\s*(pause|sleep|stop|switch|start|isActive|isSleeping|isPaused|isVisible|get|getScene)\s*\(|keyboard\s*\.\s*enabled|input\s*\.\s*enabled|\.off\s*\(|removeAllListeners|=\s*true\b/.test(body)) continue;
      if (/if\s*\([^)]*this\.\w*(open|talk|dialog|busy|active|showing|menu|lock|pause)/i.test(body)) continue;
      const event = this.code.slice(this.code.lastIndexOf('(', handler.start - 1) + 1, handler.start).match(/keydown-\w+/);
      if (!event) continue;
      const own = new RegExp(`super\\s*\\(\\s*(\\{[^}]*key\\s*:\\s*)?['"\`]${launch[1]}['"\`]|\\bkey\\s*:\\s*['"\`]${launch[1]}['"\`]`).exec(this.code);
      if (!own) continue;
      let scene = null;
      walk(this.ast, (n) => { if (['ClassDeclaration', 'ClassExpression', 'ObjectExpression'].includes(n.type) && n.start < own.index && own.index < n.end && (!scene || n.start > scene.start)) scene = n; });
      if (!scene || (scene.start <= handler.start && handler.end <= scene.end)) continue;
      if (!this.text(scene).includes(`'${event[0]}'`) && !this.text(scene).includes(`"${event[0]}"`)) continue;
      const line = this.lineAt(handler.body.start + launch.index);
      this.add('never_fires', true, `this.scene.launch('${launch[1]}') (line ${line}) runs on every ${event[0]}, and this scene goes on reading the keys under ${launch[1]}, which reads ${event[0]} too: each press inside ${launch[1]} also launches it again, and launching a running scene starts it over (pause this scene with the launch, or ask this.scene.isActive('${launch[1]}'))`, line, `this.scene.pause() or isActive('${launch[1]}')`);
      return;
    }
  }

  // togglePause() { this.isPaused = !this.isPaused; this.physics.pause(); this.tweens.pauseAll() } with update() {
  // this.windmill.angle += speed * delta } never asking: the physics and tweens stop, but what update() moves goes on
  // under the pause screen (if (this.isPaused) return;)
  pausedButUpdated() {
    const update = this.functions().find((f) => f.name === 'update' && f.node.params.length <= 2);
    if (!update) return;
    for (const toggle of this.functions()) {
      const flag = /(this\.\w+)\s*=\s*!\s*(this\.\w+)\s*;/.exec(toggle.text);
      if (!flag || flag[1] !== flag[2] || !/physics\s*\.\s*pause\s*\(|tweens\s*\.\s*pauseAll\s*\(/.test(toggle.text)) continue;
      if (new RegExp(`${escape(flag[1])}\\b|isPaused|\\.paused\\b|scene\\s*\\.\\s*(pause|isPaused)`).test(update.text)) return;
      const moved = /(this\.\w+)\s*\.\s*(x|y|angle|rotation|tilePositionX|tilePositionY)\s*(\+=|-=)/.exec(update.text);
      if (!moved || new RegExp(`${escape(moved[1])}\\b`).test(toggle.text)) continue;
      const line = this.lineIn(update, moved.index);
      this.add('never_fires', true, `${moved[0]}… (line ${line}) runs on every frame, and update() never asks ${flag[1]}, which ${toggle.name || 'the pause'}() (line ${this.lineIn(toggle, flag.index)}) sets while it pauses the physics and tweens: ${moved[1]} goes on moving while the game is paused (if (${flag[1]}) return;)`, line, `if (${flag[1]}) return`);
      return;
    }
  }

  // if (this.shield > 0) { this.shield--; } if (this.shield === 0) { this.lives--; }: the hit that takes the last
  // charge leaves the shield at 0, and the next if then takes a life for that same hit: a 3-charge shield stops only 2
  // hits (else instead of a second if)
  spentAndChargedAtOnce() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'else') || !['BlockStatement', 'Program'].includes(n.type)) return;
      const body = n.body;
      for (let i = 0; i + 1 < body.length; i++) {
        const a = body[i];
        const b = body[i + 1];
        if (a.type !== 'IfStatement' || b.type !== 'IfStatement' || a.alternate || b.alternate) continue;
        const t = /^\s*(this\.\w+|\w+)\s*(>\s*0|>=\s*1)\s*$/.exec(this.text(a.test));
        if (!t) continue;
        const x = t[1];
        const esc = x.replace(/[.$]/g, (ch) => '\\' + ch);
        if (!new RegExp(`^\\s*(${esc}\\s*(--|-=\\s*1\\b)|--\\s*${esc})`).test(this.text(a.consequent).replace(/^\{/, '').trim()) && !new RegExp(`[;{]\\s*(${esc}\\s*(--|-=\\s*1\\b)|--\\s*${esc})`).test(this.text(a.consequent))) continue;
        if (/\breturn\b/.test(this.text(a.consequent))) continue;
        if (!new RegExp(`^\\s*(${esc}\\s*(===?\\s*0|<=\\s*0|<\\s*1)|!\\s*${esc})\\s*$`).test(this.text(b.test))) continue;
        // the second if charges something else for the same hit (lives--, hp -= ...) and leaves the first alone
        const second = this.text(b.consequent);
        const cost = /(this\.\w+|\b\w+)\s*(--|-=)|--\s*(this\.\w+)/.exec(second);
        if (!cost || new RegExp(`${esc}\\s*(=[^=]|\\+=|-=|\\+\\+|--)`).test(second)) continue;
        const what = cost[1] || cost[3];
        this.add('wrong_argument', true, `if (${this.text(b.test)}) (line ${lineOf(b)}) comes after if (${this.text(a.test)}) (line ${lineOf(a)}) takes one from ${x}, not as its else: the hit that takes the last of ${x} leaves it at 0, and the second if then takes from ${what} for that same hit (else, so a hit is stopped or charged, not both)`, lineOf(b), 'else');
        return;
      }
    });
  }

  // const order = [...this.racers].sort((a, b) => a.x - b.x); this.position = order.indexOf(this.player) + 1, in a race
  // to the right (car.x >= this.finishX wins): the order runs from last to first, so the leader shows position 4 of 4
  // (b.x - a.x)
  rankFromAscendingOrder() {
    const sortRe = /([\w$]+)\s*=\s*[^;]*\.sort\s*\(\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*=>\s*\2\s*\.\s*(x|y|distance|progress|travelled|traveled|laps|score|points)\s*-\s*\3\s*\.\s*\4\s*\)/g;
    for (const m of this.code.matchAll(sortRe)) {
      const [, order, , , key] = m;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const rank = new RegExp(`([\\w.]*(position|place|rank|standing|pos)\\w*)\\s*=\\s*${order}\\s*\\.\\s*indexOf\\s*\\([^)]*\\)\\s*\\+\\s*1`, 'i').exec(after);
      if (!rank || /\.reverse\s*\(/.test(after.slice(0, rank.index))) continue;
      // ahead means a larger value: the race is won at a large x (x >= finish), or the value is a score
      const ahead = key === 'x' ? /\.x\s*>=?\s*[\w.]*(finish|goal|end|line)/i.test(this.code) : key === 'y' ? false : true;
      if (!ahead) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${order} sorts by ${key} from small to large (line ${line}), and ${rank[1]} = ${order}.indexOf(...) + 1 counts from its start: the one furthest ahead (largest ${key}) gets the last place and the last one gets 1st (sort large to small: b.${key} - a.${key})`, line, `b.${key} - a.${key}`);
      return;
    }
  }

  // show(id) { this.history.push(id); ... } and back() { this.show(this.history.pop()); }: the top of the history is the
  // page on show, so Back pops it and shows it again (and pushes it back): it never goes back (pop twice: the current
  // page, then the one before it)
  backShowsCurrentPage() {
    for (const c of this.facts.calls) {
      if (c.n.callee.type !== 'MemberExpression' || c.n.callee.object.type !== 'ThisExpression' || c.n.arguments.length !== 1) continue;
      const arg = c.n.arguments[0];
      if (arg.type !== 'CallExpression' || arg.callee.type !== 'MemberExpression' || arg.callee.property.name !== 'pop' || arg.arguments.length) continue;
      const stack = memberPath(arg.callee.object);
      const fn = this.facts.namedFunction(c.name);
      if (!stack || !fn || !fn.params[0] || fn.params[0].type !== 'Identifier' || !c.ctx.fn) continue;
      const esc = stack.replace(/[.$]/g, (ch) => '\\' + ch);
      // the shown page is pushed first thing by the function that shows it, and the caller pops only once
      if (!new RegExp(`${esc}\\s*\\.\\s*push\\s*\\(\\s*${fn.params[0].name}\\s*\\)`).test(this.text(fn.body))) continue;
      const caller = this.text(c.ctx.fn.body);
      if ((caller.match(new RegExp(`${esc}\\s*\\.\\s*pop\\s*\\(`, 'g')) || []).length !== 1 || new RegExp(`${esc}\\s*\\.\\s*(splice|length\\s*(-=|=[^=]))|${esc}\\s*=`).test(caller)) continue;
      this.add('never_fires', true, `${this.text(c.n)} (line ${lineOf(c.n)}) pops the top of ${stack}, which ${c.name}() pushed for the page on show: Back shows the same page again (and pushes it back), so it never goes back (pop the current page first, then show the one under it)`, lineOf(c.n), 'the page under the top');
      return;
    }
  }

  // the conjuncts of an && chain
  conjuncts(test) {
    return test.type === 'LogicalExpression' && test.operator === '&&' ? [...this.conjuncts(test.left), ...this.conjuncts(test.right)] : [test];
  }

  // if (pointer.isDown && !this.overheated && ...) { ...; if (this.heat >= 100) { this.overheated = true; } else if
  // (this.overheated && this.heat < 30) { this.overheated = false; } }: inside the branch this.overheated is false, so
  // the test that sets it back never holds, and once overheated the gun never fires again (set it back outside)
  releasedOnlyWhereBlocked() {
    walk(this.ast, (g) => {
      if (this.found.some((f) => f.expected === 'set back outside the branch it blocks') || g.type !== 'IfStatement') return;
      const flags = this.conjuncts(g.test).filter((c) => c.type === 'UnaryExpression' && c.operator === '!' && /^this\.\w+$/.test(memberPath(c.argument) || '')).map((c) => memberPath(c.argument));
      for (const flag of flags) {
        walk(g.consequent, (n, p2, k2, c2) => {
          if (this.found.some((f) => f.expected === 'set back outside the branch it blocks') || c2.fn || n.type !== 'IfStatement') return;
          if (!this.conjuncts(n.test).some((c) => memberPath(c) === flag)) return;
          // the branch sets the flag back, and nothing before it in the guarded block can have set it (a write in an
          // if whose else holds this test does not count: they never both run)
          const body = this.text(n.consequent);
          const esc = flag.replace(/[.$]/g, (ch) => '\\' + ch);
          if (!new RegExp(`${esc}\\s*=\\s*(false|0|null)\\b`).test(body)) return;
          let setBefore = false;
          walk(g.consequent, (w, p3, k3, c3) => {
            if (setBefore || c3.fn || w.type !== 'AssignmentExpression' || memberPath(w.left) !== flag || w.start >= n.start) return;
            const exclusive = [];
            walk(g.consequent, (q) => { if (q.type === 'IfStatement' && q.alternate && q.consequent.start <= w.start && w.end <= q.consequent.end && q.alternate.start <= n.start && n.end <= q.alternate.end) exclusive.push(q); });
            if (!exclusive.length) setBefore = true;
          });
          if (setBefore) return;
          this.add('never_fires', true, `if (${this.text(n.test)}) (line ${lineOf(n)}) sits inside if (${this.text(g.test)}) (line ${lineOf(g)}), where ${flag} is false: the test never holds, so ${flag} is never set back and what it blocks stays blocked for good (set it back outside that branch)`, lineOf(n), 'set back outside the branch it blocks');
        });
      }
    });
  }

  // nextPhase() { this.time.delayedCall(PHASES[this.index].ms, this.nextPhase, [], this); this.index = (this.index + 1)
  // % PHASES.length; this.showPhase(); }: the timer is set from the phase that is ending, then the next one is shown, so
  // each phase lasts as long as the one before it (move the index first)
  phaseTimedByPrevious() {
    for (const c of this.facts.calls) {
      if (c.name !== 'delayedCall' || c.n.arguments.length < 2 || !c.ctx.fn) continue;
      const fn = this.facts.handedFunction(c.n.arguments[1]);
      if (fn !== c.ctx.fn) continue;
      const delay = c.n.arguments[0];
      const m = /^([\w$]+)\s*\[\s*(this\.\w+)\s*\]\s*\.\s*\w+$/.exec(this.text(delay));
      if (!m) continue;
      const index = m[2];
      const esc = index.replace(/[.$]/g, (ch) => '\\' + ch);
      const after = this.code.slice(c.n.end, fn.body.end);
      const before = this.code.slice(fn.body.start, c.n.start);
      if (!new RegExp(`${esc}\\s*(=[^=]|\\+=|-=|\\+\\+|--)|(\\+\\+|--)\\s*${esc}\\b`).test(after) || new RegExp(`${esc}\\s*(=[^=]|\\+=|-=|\\+\\+|--)|(\\+\\+|--)\\s*${esc}\\b`).test(before)) continue;
      this.add('wrong_argument', true, `${this.text(c.n)} (line ${lineOf(c.n)}) times the next phase with ${this.text(delay)} before ${index} moves on (after it, in the same function): each phase lasts as long as the one before it (move ${index} first, then read the time)`, lineOf(c.n), `${index} moved before the delay is read`);
      return;
    }
  }

  // typeNext() { const ch = this.full[this.index]; ...; if (ch === ' ') return; this.index++; } on a looping timer: the
  // first time the test holds, the return skips the only step of the index, and the next call finds the same
  // character: the loop is stuck there for good (step the index before returning)
  stepSkippedByReturn() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.length || n.type !== 'IfStatement' || n.alternate || !ctx.fn || ctx.fn.body.type !== 'BlockStatement') return;
      const ret = n.consequent.type === 'BlockStatement' && n.consequent.body.length === 1 ? n.consequent.body[0] : n.consequent;
      if (ret.type !== 'ReturnStatement' || ret.argument || parent !== ctx.fn.body) return;
      const fn = ctx.fn;
      // the function runs again and again: update() or a looping timer's callback
      const role = ctx.roles[ctx.roles.length - 1];
      const looped = role === 'update' || this.facts.calls.some((k) => k.name === 'addEvent' && k.n.arguments[0]
        && timerRepeats(propertiesOf(k.n.arguments[0])) && this.facts.handedFunction(propertiesOf(k.n.arguments[0]).get('callback')) === fn);
      if (!looped) return;
      const stmts = fn.body.body;
      const at = stmts.indexOf(n);
      // the one step of an index, after the return
      const steps = stmts.slice(at + 1).map((st) => /^\s*(this\.\w+)\s*(\+\+|\+=\s*1)\s*;?\s*$/.exec(this.text(st)) || /^\s*\+\+\s*(this\.\w+)\s*;?\s*$/.exec(this.text(st))).filter(Boolean);
      if (steps.length !== 1) return;
      const index = steps[0][1];
      const esc = index.replace(/[.$]/g, (ch) => '\\' + ch);
      const writes = new RegExp(`${esc}\\s*(=[^=]|\\+=|-=|\\+\\+|--)|(\\+\\+|--)\\s*${esc}\\b`, 'g');
      if ((this.text(fn.body).match(writes) || []).length !== 1) return;
      // the test reads only the indexed item (directly or through a const taken from it), literals and fixed fields
      const test = this.text(n.test);
      const locals = stmts.slice(0, at).filter((st) => st.type === 'VariableDeclaration' && st.kind === 'const')
        .flatMap((st) => st.declarations).filter((d) => d.id.type === 'Identifier' && d.init && new RegExp(`\\[\\s*${esc}\\s*\\]|charAt\\s*\\(\\s*${esc}\\s*\\)`).test(this.text(d.init)))
        .map((d) => d.id.name);
      const reads = new RegExp(`\\[\\s*${esc}\\s*\\]|charAt\\s*\\(\\s*${esc}\\s*\\)${locals.length ? '|\\b(' + locals.join('|') + ')\\b' : ''}`);
      if (!reads.test(test) || /\(|\btime\b|\bnow\b|random|delta/i.test(test.replace(/charAt\s*\(/g, ''))) return;
      const others = test.replace(new RegExp(`[\\w$.]+\\s*\\[\\s*${esc}\\s*\\]|[\\w$.]+\\s*\\.\\s*charAt\\s*\\(\\s*${esc}\\s*\\)`, 'g'), '').replace(/'[^']*'|"[^"]*"|`[^`]*`|\b\d+\b/g, '');
      if (!/^[\s\w!=<>&|]*$/.test(others) || others.split(/[^\w]+/).filter((w) => w && !locals.includes(w) && !['true', 'false', 'null', 'undefined'].includes(w)).length) return;
      const step = stmts.slice(at + 1).find((st) => this.text(st).includes(index));
      this.add('never_fires', true, `if (${test}) return; (line ${lineOf(n)}) leaves ${role ? role + '()' : 'the callback'} before ${this.text(step).replace(/;\s*$/, '')} (line ${lineOf(step)}), the only step of ${index}: the next run reads the same item, so once the test holds the loop stays there for good (step ${index} before returning)`, lineOf(n), `${index} stepped before the return`);
    });
  }

  // ask() { ...; this.questionTimer = this.time.delayedCall(TIME_LIMIT, () => this.miss('Too slow!')); } with miss()
  // and submit() both calling ask() again, and nothing removing this.questionTimer: a question answered in time leaves
  // its timer running, and it fires during a later question, counting a miss there (this.questionTimer.remove() first)
  timeLimitOutlivesRound() {
    for (const a of this.facts.assigns) {
      if (a.op !== '=' || !/^this\.\w+$/.test(a.path) || a.value.type !== 'CallExpression') continue;
      if (!/(^|\.)time\.delayedCall$/.test(memberPath(a.value.callee) || '')) continue;
      const call = this.facts.calls.find((c) => c.n === a.value);
      const round = call && call.ctx.fn;
      const name = call && call.ctx.roles[call.ctx.roles.length - 1];
      if (!round || !name || ['create', 'init', 'preload', 'constructor', 'update'].includes(name)) continue;
      const field = a.path.split('.').pop();
      if (new RegExp(`\\b${field}\\b\\s*(\\?\\.|\\.)\\s*(remove|destroy|reset|paused\\s*=|elapsed\\s*=|callback\\s*=)|removeEvent\\s*\\([^)]*\\b${field}\\b`).test(this.code)) continue;
      if (/removeAllEvents|clearPendingEvents|scene\s*\.\s*(restart|start)\s*\(/.test(this.code)) continue;
      const cb = this.facts.handedFunction(a.value.arguments[1]);
      if (!cb) continue;
      // the timer's end starts the round again, and another path does too, one the timer does not lead to
      const fromTimer = this.facts.reachedFunctions(cb, 3);
      if (!fromTimer.includes(round)) continue;
      const other = this.facts.calls.find((c) => c.name === name && c.n.callee.type === 'MemberExpression' && c.n.callee.object.type === 'ThisExpression'
        && c.ctx.fn && c.ctx.fn !== round && !fromTimer.includes(c.ctx.fn) && !['create', 'init', 'constructor'].includes(c.ctx.roles[c.ctx.roles.length - 1]));
      if (!other) continue;
      const by = other.ctx.roles[other.ctx.roles.length - 1];
      this.add('never_fires', true, `${a.path} = this.time.delayedCall(...) (line ${a.line}) is made each time ${name}() starts a round, and ${by ? by + '()' : 'a handler'} starts the next one (line ${lineOf(other.n)}) without removing it: the timer of a round ended in time still fires, during a later round (${a.path}.remove() before moving on)`, a.line, `${a.path}.remove()`);
      return;
    }
  }

  // if (this.comboTimer) this.comboTimer.remove(); this.time.delayedCall(1000, this.resetCombo, [], this); with
  // this.comboTimer only ever set to null: the new timer is never kept in the field, so the check never finds one to
  // remove and the first click's timer ends the combo (this.comboTimer = this.time.delayedCall(...))
  timerHandleNeverKept() {
    for (const c of this.facts.calls) {
      if (!['delayedCall', 'addEvent'].includes(c.name) || !/(^|\.)time$/.test(c.on || '') || !c.ctx.fn) continue;
      // the call's result is dropped
      if (!this.statementOf(c.n, c.ctx.fn.body)) continue;
      const text = this.text(c.ctx.fn);
      const m = /(this\.\w+)\s*(\?\.|\.)\s*remove\s*\(/.exec(text);
      if (!m) continue;
      const field = m[1];
      const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
      const sets = [...this.code.matchAll(new RegExp(`${esc}\\s*=[^=]\\s*([^;\\n]*)`, 'g'))];
      if (sets.some((x) => !/^(null|undefined|false|0)\b/.test(x[1].trim()))) continue;
      this.add('never_fires', true, `${this.text(c.n).replace(/\s+/g, ' ').slice(0, 70)} (line ${lineOf(c.n)}) is not kept in ${field}, which is only ever set to ${sets.length ? sets[0][1].trim().replace(/;$/, '') : 'nothing'}: the ${field}.remove() beside it never finds a timer, so every earlier timer still fires (${field} = this.time.${c.name}(...))`, lineOf(c.n), `${field} = this.time.${c.name}(...)`);
      return;
    }
  }

  // the statement that is just this call, directly in body (not inside a callback)
  statementOf(call, body) {
    let found = null;
    walk(body, (n, parent, key, ctx) => { if (!found && !ctx.fn && n.type === 'ExpressionStatement' && n.expression === call) found = n; });
    return found;
  }

  // this.input.on('pointerdown', this.startRound, this) with startRound() { this.time.addEvent({ delay: 1000, repeat: 14,
  // callback: this.tick }) }: every click anywhere, the clicks of play too, starts another countdown, and nothing keeps
  // a second start out, so the clock runs two, three times as fast (input.once, or a guard at the top)
  roundStartedOnEveryClick() {
    for (const c of this.facts.calls) {
      if (c.name !== 'on' || !/(^|\.)input$/.test(c.on || '') || c.n.arguments.length < 2) continue;
      const event = c.n.arguments[0];
      if (event.type !== 'Literal' || !/^pointer(down|up)$/.test(String(event.value))) continue;
      const fn = this.facts.handedFunction(c.n.arguments[1]);
      if (!fn) continue;
      const reached = this.facts.reachedFunctions(fn, 2);
      const text = reached.map((f) => this.text(f)).join('\n');
      // a guard, a listener taken off, a timer taken away, or a scene change: a second click cannot start a second round
      if (/\breturn\b|\.off\s*\(|removeListener|removeAllListeners|\.remove\s*\(|\.destroy\s*\(|removeAllEvents|clearPendingEvents|scene\s*\.\s*(start|restart|switch|launch|run)\s*\(|\bpaused\s*=|\bif\s*\(/.test(text)) continue;
      const timer = this.facts.calls.find((k) => k.name === 'addEvent' && reached.includes(k.ctx.fn) && k.n.arguments[0] && timerRepeats(propertiesOf(k.n.arguments[0])));
      if (!timer) continue;
      this.add('never_fires', true, `${this.text(c.n)} (line ${lineOf(c.n)}) runs on every click anywhere, the clicks of play too, and each run starts another repeating timer (line ${lineOf(timer.n)}) with nothing to keep a second start out: the timers pile up and run together (input.once, or a guard that returns when a round is on)`, lineOf(c.n), 'input.once');
      return;
    }
  }

  // tweens.add({ targets: orb, scale: 2, yoyo: true, delay: REST, repeat: -1 }): delay waits once, before the first
  // play; the rest between one cycle and the next is repeatDelay (hold is the wait at the far end)
  restGivenAsDelay() {
    for (const c of this.facts.calls) {
      if (!['add', 'tween'].includes(c.name) || !/(^|\.)(tweens|add)$/.test(c.on || '') || !c.n.arguments[0]) continue;
      const cfg = propertiesOf(c.n.arguments[0]);
      const delay = cfg.get('delay');
      const repeat = cfg.get('repeat');
      if (!delay || !repeat || cfg.has('repeatDelay') || cfg.has('loopDelay')) continue;
      const r = literalValue(repeat);
      if (r.ok && !r.value) continue;
      const name = this.text(delay);
      if (!/^[\w.]+$/.test(name) || !/(rest|pause|wait|gap|interval|between|cooldown|break)/i.test(name.split('.').pop())) continue;
      this.add('wrong_argument', true, `delay: ${name} (line ${lineOf(delay)}) waits once, before the tween first plays: its repeats (repeat: ${this.text(repeat)}) follow one another with no rest between them (a wait before each repeat is repeatDelay: ${name}; hold waits at the far end)`, lineOf(delay), `repeatDelay: ${name}`);
      return;
    }
  }

  // startWave() { this.time.addEvent({ delay: 800, repeat: n - 1, callback: this.spawnEnemy }) } and, on each kill,
  // if (this.enemies.countActive() === 0) this.startWave(): the wave counts as cleared whenever the field is empty,
  // also between two of its spawns, so killing the first enemy before the second comes starts the next wave at once
  // (this.toSpawn === 0 && this.enemies.countActive() === 0)
  waveClearedWhileSpawning() {
    const spawners = [];
    for (const c of this.facts.calls) {
      if (c.name !== 'addEvent' || !c.n.arguments[0] || !c.ctx.fn) continue;
      const cfg = propertiesOf(c.n.arguments[0]);
      const fn = timerRepeats(cfg) ? this.facts.handedFunction(cfg.get('callback')) : null;
      if (!fn) continue;
      const reached = this.facts.reachedFunctions(fn, 2);
      const text = reached.map((f) => this.text(f)).join('\n');
      const written = new Set([...text.matchAll(/(this\.\w+)\s*(\+\+|--|[-+]=|=[^=])/g)].map((m) => m[1]));
      spawners.push({ c, text, written });
    }
    if (!spawners.length) return;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.length || n.type !== 'IfStatement') return;
      const m = /^\s*(this\.\w+(?:\.\w+)?)\s*\.\s*(countActive\s*\(\s*(?:true)?\s*\)|getLength\s*\(\s*\)|getChildren\s*\(\s*\)\s*\.\s*length)\s*(===?\s*0|<=\s*0|<\s*1)\s*$/.exec(this.text(n.test));
      if (!m || !ctx.fn) return;
      const group = m[1];
      const esc = group.replace(/[.$]/g, (ch) => '\\' + ch);
      const made = new RegExp(`${esc}\\s*\\.\\s*(create|add|get|createMultiple)\\s*\\(`);
      const spawner = spawners.find((s) => made.test(s.text));
      if (!spawner) return;
      // what the wave's timer counts down is not asked before the if, and the if starts the timer's wave again
      const before = this.code.slice(ctx.fn.start, n.start);
      if ([...spawner.written].some((w) => before.includes(w))) return;
      const next = this.facts.reachedFunctions(n.consequent, 3, { intoCallbacks: true });
      if (!next.includes(spawner.c.ctx.fn)) return;
      this.add('never_fires', true, `${this.text(n.test)} (line ${lineOf(n)}) counts the wave as cleared whenever no member is on the field, but the wave's members come one at a time from the timer at line ${lineOf(spawner.c.n)} (repeat): an empty field between two spawns starts the next wave while this one is still coming (also ask that the timer has made them all)`, lineOf(n), 'every spawn of the wave made');
    });
  }

  // if (this.target) { const d = Distance.Between(...); if (d > this.range) this.target = null; } with the target picked
  // from members that pass e.active, and a hit that ends with enemy.disableBody(true, true): nothing lets go of a
  // target put out of play, so the turret keeps the dead one and every later enemy walks past
  // (if (!this.target.active || d > this.range) this.target = null)
  deadTargetKept() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'IfStatement' || n.alternate) return;
      const body = n.consequent.type === 'BlockStatement' && n.consequent.body.length === 1 ? n.consequent.body[0] : n.consequent;
      if (body.type !== 'ExpressionStatement' || body.expression.type !== 'AssignmentExpression' || body.expression.operator !== '=') return;
      const left = body.expression.left;
      const right = body.expression.right;
      if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier' || !PICK_NAMES.test(left.property.name)) return;
      if (!(right.type === 'Literal' && right.value === null) && !(right.type === 'Identifier' && right.name === 'undefined')) return;
      const test = this.text(n.test);
      if (IN_PLAY.test(test) || !/[<>]/.test(test)) return;
      const name = left.property.name;
      // the only place the pick is let go, and the pick is made again from a search that skips members out of play
      if (this.dropsOf(name) !== 1) return;
      if (!new RegExp(`\\.${name}\\s*=\\s*[^=;]*\\(`).test(this.code)) return;
      const gone = [/\.disableBody\s*\(/, /\.setActive\s*\(\s*false/, /\.kill(AndHide)?\s*\(/, /\.destroy\s*\(\s*\)/].map((r) => r.exec(this.code)).find(Boolean);
      if (new RegExp(`\\.${name}\\s*\\.\\s*(active|alive|visible|scene|body)\\b|${name}\\s*&&\\s*[^;]*\\.(active|alive)\\b`).test(this.code.replace(/\/\/[^\n]*/g, ''))) return;
      const goneLine = this.lineAt(gone.index);
      this.add('never_fires', true, `${this.text(left)} is let go only when ${test} (line ${lineOf(n)}), but the objects it is picked from are put out of play (${gone[0].replace(/^\./, '').replace(/\s*\(.*$/, '()')} at line ${goneLine}) and nothing lets go of one that is: after its first kill it keeps the dead one, and the others pass untouched (also drop it when !${this.text(left)}.active)`, lineOf(n), `!${this.text(left)}.active`);
    });
  }

  // pause: this.physics.pause() … resume: this.physics.resume(), with this.clock = this.time.addEvent({ loop: true,
  // callback: this.tick }) counting the round down: pausing the physics stops bodies only, the scene's clock runs on,
  // so the countdown and the spawner go on behind the pause (this.scene.pause(), or this.time.paused = true too)
  timersRunThroughPause() {
    if (/\btime\s*\.\s*paused\s*=|scene\s*\.\s*pause\s*\(|\.paused\s*=\s*true|timeScale\s*=\s*0|\bisPaused\b|if\s*\(\s*[^)]*paused/i.test(this.code)) return;
    const pauser = this.functions().find((f) => /physics\s*\.\s*pause\s*\(/.test(f.text) && !/gameOver|game_over|lose|lost|\bwin|won|dead|\bdie|\bend|finish|over\b|time\s*up|\.remove\s*\(|removeAllEvents/i.test(`${f.name || ''} ${f.text}`));
    if (!pauser) return;
    const timer = /this\s*\.\s*time\s*\.\s*addEvent\s*\(\s*\{[^}]*\bloop\s*:\s*true[^}]*\}/.exec(this.code);
    if (!timer) return;
    const at = /physics\s*\.\s*pause\s*\(/.exec(pauser.text);
    const line = this.lineIn(pauser, at.index);
    this.add('never_fires', true, `this.physics.pause() (line ${line}) pauses the game by stopping the physics only: the scene's clock runs on, so the looping timer of line ${this.lineAt(timer.index)} keeps firing while the game is paused (this.scene.pause(), or this.time.paused = true as well)`, line, 'this.scene.pause()');
  }

  // const wait = Phaser.Math.FloatBetween(2, 5); this.time.delayedCall(wait, this.showGo, [], this): a timer's delay
  // is in milliseconds, so the "2 to 5 second" wait is over within the next frame (wait * 1000)
  delayInSeconds() {
    const drawn = new Map();
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*Phaser\s*\.\s*Math\s*\.\s*(?:Float)?Between\s*\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\)\s*;/g)) {
      if (Number(m[3]) <= 30 && Number(m[3]) > 0) drawn.set(m[1], `${m[2]} to ${m[3]}`);
    }
    const direct = /(?:delayedCall\s*\(\s*|\bdelay\s*:\s*)(Phaser\s*\.\s*Math\s*\.\s*(?:Float)?Between\s*\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\))\s*[,}]/.exec(this.code);
    let hit = direct && Number(direct[3]) <= 30 ? { at: direct.index, what: direct[1], range: `${direct[2]} to ${direct[3]}` } : null;
    for (const [name, range] of drawn) {
      if (hit) break;
      const used = new RegExp(`(?:delayedCall\\s*\\(\\s*|\\bdelay\\s*:\\s*)${name}\\s*[,}]`).exec(this.code);
      if (used) hit = { at: used.index, what: name, range };
    }
    if (!hit) return;
    const line = this.lineAt(hit.at);
    this.add('wrong_argument', true, `the timer of line ${line} waits ${hit.what}, a number from ${hit.range}, but a timer's delay counts milliseconds: the wait is over within a frame instead of taking ${hit.range} seconds (${hit.what} * 1000)`, line, `${hit.what} * 1000`);
  }

  // nextPrompt() { …; this.limitTimer = this.time.delayedCall(1500, () => this.resolve(false)); } and a right key
  // resolving the prompt without this.limitTimer.remove(): the old limit still runs out, on the next prompt, and
  // fails it (this.limitTimer.remove() when the prompt is answered)
  limitOutlivesAnswer() {
    for (const fn of this.functions()) {
      if (!fn.name || ['create', 'init', 'constructor', 'preload'].includes(fn.name)) continue;
      const m = /(this\.\w+)\s*=\s*this\s*\.\s*time\s*\.\s*delayedCall\s*\(\s*[\w.]+\s*,\s*(?:\(\s*\)\s*=>\s*\{?\s*this\.(\w+)\s*\(\s*(false|'fail'|"fail"|'timeout'|"timeout")?\s*\)|this\.(\w+)\s*[,)])/.exec(fn.text);
      if (!m) continue;
      const handler = m[2] || m[4];
      const resets = /reset|clear|break|drop|expire/i.test(handler);
      if (!m[3] && !resets && !/fail|miss|timeout|timeUp|lose/i.test(handler)) continue;
      const timer = escape(m[1]);
      if (new RegExp(`${timer}\\s*(\\?\\.|\\.)\\s*(remove|destroy|reset|paused)\\b|removeEvent\\s*\\(\\s*${timer}|removeAllEvents|clearPendingEvents|time\\s*\\.\\s*paused\\s*=`).test(this.code)) continue;
      // started again later: called again (a timer or an answer starts the next prompt), or an input handler itself
      const rest = this.code.slice(0, fn.node.start) + this.code.slice(fn.node.end);
      const again = new RegExp(`delayedCall\\s*\\([^;]*this\\.${fn.name}\\b|this\\.${fn.name}\\s*\\(`).test(rest);
      const handed = new RegExp(`\\.on\\s*\\(\\s*['"][\\w-]+['"]\\s*,\\s*this\\.${fn.name}\\b`).test(rest);
      if (!again && !handed) continue;
      // the handler tells a stale timer from the live one (compares it, a prompt id)
      const h = this.functions().find((f) => f.name === handler);
      if (!h || new RegExp(`if\\s*\\([^)]*${timer}|${timer}\\s*[!=]==|[!=]==\\s*${timer}|\\bid\\b|token|round\\s*!==|seq`).test(h.text)) continue;
      // a reset window restarted on each hit is only wrong when the hits keep coming: a lone call per round is fine
      if (resets && !handed) continue;
      const line = this.lineIn(fn, m.index);
      if (resets) {
        this.add('never_fires', true, `${m[1]} (line ${line}) is started again on each ${fn.name}() and the one before is never removed: the first timer still runs out and calls ${handler}() in the middle of a streak, so the streak never gets past one window (${m[1]}.remove() before starting the new one)`, line, `${m[1]}.remove()`);
      } else {
        this.add('never_fires', true, `${m[1]} (line ${line}) is the prompt's time limit, and nothing ever removes it: a prompt answered in time leaves it running, and when it runs out it fails whatever prompt is up by then (${m[1]}.remove() when the prompt is answered)`, line, `${m[1]}.remove()`);
      }
      return;
    }
  }

  // this.endAt = Date.now() + 30000 and update() { this.timeLeft = (this.endAt - Date.now()) / 1000 } in a scene that
  // ESC pauses with this.scene.pause(): the wall clock (and the game loop's time that update() is handed) go on while
  // the scene is paused, so on resume the countdown has lost the whole pause, or the income pays for it (count with
  // delta, or the scene's own clock: this.time.now, timers)
  clockRunsThroughPause() {
    const pauses = this.calls.filter((c) => c.name === 'pause' && /(^|\.)scene$/.test(c.on || '') && c.n.arguments.length === 0);
    if (!pauses.length || /events\s*\.\s*on\s*\(\s*['"](resume|wake)['"]|Events\s*\.\s*(RESUME|WAKE)\b|pauseStart|pausedAt|pausedFor|pauseTime|totalPaused/i.test(this.code)) return;
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    const timeParam = update.node.params[0] && update.node.params[0].type === 'Identifier' ? update.node.params[0].name : null;
    const wall = /([\w.]+)\s*-\s*(Date|performance)\s*\.\s*now\s*\(\s*\)|(Date|performance)\s*\.\s*now\s*\(\s*\)\s*-\s*([\w.]+)/.exec(update.text);
    const gap = timeParam ? new RegExp(`(?<![\\w.$])${timeParam}\\s*-\\s*(this\\.\\w+)`).exec(update.text) : null;
    const hit = wall || gap;
    if (!hit) return;
    const what = wall ? 'Date.now(), the wall clock,' : `${timeParam}, the game loop's time that update() is handed,`;
    const line = this.lineIn(update, hit.index);
    this.add('never_fires', true, `${hit[0].trim()} (line ${line}) counts time with ${what} which goes on while this.scene.pause() (line ${this.lineAt(pauses[0].n.start)}) holds the scene: update() stops, the clock does not, so on resume the whole pause is counted as time played (count with update()'s delta, or the scene's own clock and timers, which the pause stops)`, line, "update()'s delta");
  }

  // this.invulnerableUntil = IFRAME_MS, read as if (this.time.now < this.invulnerableUntil): the field is a moment on
  // the scene clock, and a bare duration is a moment long past once the game has run a second, so the hero is never
  // covered (this.time.now + IFRAME_MS)
  deadlineGivenDuration() {
    for (const m of this.code.matchAll(/(this\s*\.\s*(\w*(?:[uU]ntil|[dD]eadline|[eE]xpires\w*|[eE]ndsAt|[eE]ndAt|[eE]ndTime)))\s*=\s*([A-Z_][A-Z0-9_]*|\d+)\s*;/g)) {
      const [, field, name, duration] = m;
      if (duration === '0') continue;
      const esc = `this\\s*\\.\\s*${name}\\b`;
      const now = '(?:this\\s*\\.\\s*(?:scene\\s*\\.\\s*)?time\\s*\\.\\s*now|\\btime\\b|\\bnow\\b)';
      const compared = new RegExp(`${now}\\s*(<|<=|>|>=)\\s*${esc}|${esc}\\s*(<|<=|>|>=)\\s*${now}|${esc}\\s*-\\s*${now}|${now}\\s*-\\s*${esc}`).exec(this.code);
      if (!compared) continue;
      if (new RegExp(`${esc}\\s*=\\s*[^;]*${now}`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${field} = ${duration} (line ${line}) is a moment on the scene clock (${compared[0].trim()}, line ${this.lineAt(compared.index)}), but ${duration} is a length of time: as a moment it has passed once the game has run that long, so the window is over before it starts (this.time.now + ${duration})`, line, `this.time.now + ${duration}`);
      return;
    }
  }

  // this.comboTimer = this.time.delayedCall(WINDOW, () => { this.step = 0; }) and if (this.comboTimer) { ... } as "the
  // window is still open": the field keeps the timer after it fires and nothing sets it back, so the test holds for
  // ever after the first (set this.comboTimer = null in its callback)
  oneShotTimerNeverCleared() {
    const made = [];
    walk(this.ast, (n) => {
      if (n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'CallExpression') return;
      const field = memberPath(n.left);
      const callee = memberPath(n.right.callee) || '';
      if (!field || !/^this\.\w+$/.test(field) || !/^this\.time\.(delayedCall|addEvent)$/.test(callee)) return;
      const cfg = n.right.arguments[0];
      // addEvent makes a one-shot timer only from a config that neither repeats nor loops
      if (callee.endsWith('addEvent') && (!cfg || cfg.type !== 'ObjectExpression' || timerRepeats(propertiesOf(cfg)))) return;
      made.push({ n, field, name: field.slice(5), call: callee.slice(10) });
    });
    for (const m of made) {
      const { field, name } = m;
      const esc = `this\\s*\\.\\s*${name}\\b`;
      if (made.some((o) => o.name === name && o.call !== m.call)) continue;
      if (this.assigns.some((a) => a.path === field && a.op === '=' && !made.some((o) => o.n.right === a.value)
        && !isEmpty(a.value) && !/^(create|init|constructor)$/.test((this.functionAt(a.value.start) || {}).name || ''))) continue;
      const cleared = [...this.code.matchAll(new RegExp(`${esc}\\s*=\\s*(null|undefined|false|0)\\b|delete\\s+${esc}`, 'g'))]
        .some((c) => { const f = this.functionAt(c.index); return !f || !/^(create|init|constructor)$/.test(f.name || ''); });
      if (cleared) continue;
      const progressRead = new RegExp(`${esc}\\s*\\.\\s*(getProgress|getOverallProgress|hasDispatched|getRemaining|getElapsed)`).test(this.code);
      let test = null;
      walk(this.ast, (n) => {
        if (test || n.type !== 'IfStatement' || !new RegExp(`^(!\\s*)?${esc}$`).test(this.text(n.test).trim())) return;
        const negated = n.test.type === 'UnaryExpression';
        const body = n.consequent.type === 'BlockStatement' ? n.consequent.body : [n.consequent];
        if (!(n.alternate || body.some((st) => !new RegExp(esc).test(this.text(st))))) return;
        // a timer read for its progress is a busy flag only where its absence is what starts the next one
        if (progressRead && !(negated && this.startsTimer(this.text(n.consequent), m))) return;
        test = { index: n.start, 0: `if (${this.text(n.test)})`, 1: negated };
      });
      if (!test) continue;
      const line = this.lineAt(test.index);
      this.add('never_fires', true, `${test[0].trim()} (line ${line}) asks whether ${field} is still waiting, but the field keeps the timer made by ${m.call}() (line ${lineOf(m.n)}) after it has fired and nothing ever sets it back: the test ${test[1] ? 'fails' : 'holds'} for good after the first one (set ${field} = null when it fires)`, line, `${field} = null`);
      return;
    }
  }

  // whether code (a branch's text) makes the timer itself or calls a method of this class that makes it
  startsTimer(code, made) {
    const fn = this.functionAt(made.n.start);
    if (fn && fn.name && new RegExp(`this\\s*\\.\\s*${fn.name}\\s*\\(`).test(code)) return true;
    return new RegExp(`${memberPattern(made.field)}\\s*=\\s*this\\s*\\.\\s*time\\s*\\.`).test(code);
  }

  // if (this.comboTimer) this.comboTimer.remove(true); this.comboTimer = this.time.delayedCall(...): remove(true) runs
  // the timer's callback as it removes it, so the "window over" reset happens on every hit that should extend it
  // (remove() without true)
  removedWithItsCallback() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*remove\s*\(\s*true\s*\)/g)) {
      const who = m[1];
      const esc = memberPattern(who);
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const again = new RegExp(`^[^]*?(?<![\\w$.])${esc}\\s*=\\s*[\\w.]*time\\s*\\.\\s*(delayedCall|addEvent)\\s*\\(`).exec(after);
      const fn = this.functionAt(m.index);
      if (!again || !fn || fn.node.end < m.index + m[0].length + again[0].length) {
        const made = new RegExp(`(?<![\\w$.])${esc.replace(/^\w+/, '[\\w$]+')}\\s*=\\s*[\\w.]*time\\s*\\.\\s*delayedCall\\s*\\(\\s*[^,]+,\\s*([^;]*)\\)\\s*;`).exec(this.code);
        const failure = made && /\b(expire|fail|miss|lose|lost|timeout|timeUp|timesUp|gameOver|leave|leaves|angry|giveUp)\w*\s*\(/i.exec(made[1]);
        if (!failure) continue;
        const line = this.lineAt(m.index);
        this.add('wrong_argument', true, `${who}.remove(true) (line ${line}) runs the timer's callback as it removes it, and that callback is ${failure[0].trim()}…) (line ${this.lineAt(made.index)}): cancelling the timer does what running out of time does (remove() without true)`, line, `${who}.remove()`);
        return;
      }
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${who}.remove(true) (line ${line}) runs the timer's callback as it removes it, just before ${who} is set again (line ${this.lineAt(m.index + m[0].length + again[0].length)}): what the timer does when its time runs out happens every time it is restarted (remove() without true)`, line, `${who}.remove()`);
      return;
    }
  }

  // setTimeout(() => this.setPhase(next), PHASES[i].ms) in a game that pauses with this.scene.pause(): the browser's
  // timer knows nothing of the scene clock, so the lights keep changing while the game is paused (this.time.delayedCall)
  browserTimerThroughPause() {
    const pause = /scene\s*\.\s*pause\s*\(|time\s*\.\s*paused\s*=|physics\s*\.\s*pause\s*\(/.exec(this.code);
    for (const fn of this.functions()) {
      if (!fn.name) continue;
      const m = /\b(setTimeout|setInterval)\s*\(/.exec(fn.text);
      if (!m) continue;
      const call = fn.text.slice(m.index, m.index + 200);
      const repeats = m[1] === 'setInterval' || new RegExp(`this\\s*\\.\\s*${fn.name}\\s*\\(`).test(call);
      if (!repeats) continue;
      const line = this.lineIn(fn, m.index);
      this.add('state_not_updated', true, `${m[1]}() (line ${line}) drives ${fn.name}() on the browser's clock, which knows nothing of the game's pause (${pause[0].trim()}…, line ${this.lineAt(pause.index)}): it goes on while the game is paused (this.time.delayedCall / addEvent)`, line, 'this.time.delayedCall');
      return;
    }
  }

  // class Fighter { isBlocking() { ... } } and if (defender.isBlocking): a method read without calling it is the
  // function itself, which is always true, so every hit counts as blocked (defender.isBlocking())
  methodTakenForFlag() {
    const methods = new Set();
    const fields = new Set();
    walk(this.ast, (n) => {
      if (n.type === 'MethodDefinition' && n.kind === 'method' && !n.computed && n.key.type === 'Identifier') methods.add(n.key.name);
      if (n.type === 'MethodDefinition' && n.kind !== 'method' && !n.computed && n.key.type === 'Identifier') fields.add(n.key.name);
      if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && !n.left.computed) fields.add(n.left.property.name);
      if (n.type === 'Property' && !n.computed && n.key.type === 'Identifier') fields.add(n.key.name);
    });
    const tested = (n) => n && n.type === 'MemberExpression' && !n.computed && methods.has(n.property.name) && !fields.has(n.property.name) ? n : null;
    walk(this.ast, (n) => {
      if (this.found.length) return;
      let hit = null;
      if (['IfStatement', 'ConditionalExpression', 'WhileStatement'].includes(n.type)) hit = tested(n.test);
      if (n.type === 'UnaryExpression' && n.operator === '!') hit = tested(n.argument);
      if (n.type === 'LogicalExpression') hit = tested(n.left) || tested(n.right);
      if (!hit) return;
      const line = lineOf(hit);
      this.add('wrong_argument', true, `${this.text(hit)} (line ${line}) reads the method ${hit.property.name}() without calling it: a function is always true, so the test never depends on what ${hit.property.name}() would say (${this.text(hit)}())`, line, `${this.text(hit)}()`);
    });
  }

  // endGame() { this.time.paused = true; } and a tap to play again: this.scene.restart(): the scene's clock is the same
  // plugin after a restart and keeps its paused flag, so the new round's timers never fire (pause the round's own
  // timer, or set this.time.paused = false in create())
  clockPausedAcrossRestart() {
    const paused = /(this\s*\.\s*time|this\s*\.\s*scene\s*\.\s*time)\s*\.\s*paused\s*=\s*true/.exec(this.code);
    if (/time\s*\.\s*paused\s*=\s*(false|!)/.test(this.code) || /time\s*\.\s*paused\s*=(?!=)(?!\s*true\b)/.test(this.code)) return;
    const restart = /\bscene\s*\.\s*restart\s*\(/.exec(this.code);
    if (!/time\s*\.\s*(addEvent|delayedCall)\s*\(/.test(this.code)) return;
    const line = this.lineAt(paused.index);
    this.add('state_not_updated', true, `${paused[0]} (line ${line}) pauses the scene's clock, and scene.restart() (line ${this.lineAt(restart.index)}) keeps that same clock, paused: the timers of the new round never fire (pause the round's own timer, or set this.time.paused = false in create())`, line, 'this.time.paused = false in create()');
  }

  // this.dayTimer = this.time.addEvent({ delay: DAY_MS, loop: true, callback: this.endDay }) and endDay() {
  // this.time.removeAllEvents(); ...; this.startDay(); }: removeAllEvents() removes the looping day timer too, so the day
  // ends once and never again while the next day's timers are made anew (remove only the timer meant to stop)
  loopTimerRemovedByItself() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/time\s*\.\s*addEvent$/.test(this.text(n.callee)) || !n.arguments[0]) return;
      const cfg = propertiesOf(n.arguments[0]);
      if (!timerRepeats(cfg) || !cfg.get('callback')) return;
      const cb = cfg.get('callback');
      const body = /Function/.test(cb.type) ? cb.body
        : cb.type === 'MemberExpression' && cb.object.type === 'ThisExpression' && !cb.computed ? (this.functions().find((f) => f.name === cb.property.name) || {}).node?.body : null;
      if (!body || body.type !== 'BlockStatement') return;
      const top = body.body.find((st) => st.type === 'ExpressionStatement' && /time\s*\.\s*removeAllEvents\s*\(\s*\)$/.test(this.text(st.expression)));
      if (!top) return;
      const rest = body.body.slice(body.body.indexOf(top) + 1);
      let made = rest.some((st) => /time\s*\.\s*(addEvent|delayedCall)\s*\(/.test(this.text(st)));
      for (const st of rest) {
        for (const c of this.text(st).matchAll(/this\s*\.\s*(\w+)\s*\(/g)) {
          const called = this.functions().find((f) => f.name === c[1]);
          if (called && /time\s*\.\s*(addEvent|delayedCall)\s*\(/.test(called.text)) made = true;
        }
      }
      if (!made || rest.some((st) => this.text(st).includes(this.text(n)))) return;
      const line = lineOf(top);
      this.add('state_not_updated', true, `${this.text(top.expression)} (line ${line}) in the callback of the looping timer made at line ${lineOf(n)} removes that timer too, so it fires once and never again, while the timers made after it go on (remove only the one meant to stop)`, line, 'the looping timer kept');
    });
  }

  // the run launches 'Over' on top of itself, and Over's tap handler does this.scene.get('Run').scene.restart(): the run
  // starts again under the overlay, which is never stopped, so GAME OVER stays on the new run and its tap handler
  // restarts the run on every tap (this.scene.start('Run') stops the overlay as it starts the run)
  overlayLeftOverRestart() {
    walk(this.ast, (cls) => {
      if (this.found.length || (cls.type !== 'ClassDeclaration' && cls.type !== 'ClassExpression')) return;
      const key = sceneKeyOf(cls);
      if (!key || !new RegExp(`scene\\s*\\.\\s*launch\\s*\\(\\s*['"\`]${escape(key)}['"\`]`).test(this.code)) return;
      const own = this.text(cls);
      const restart = /this\s*\.\s*scene\s*\.\s*(get|getScene)\s*\(\s*(['"`])(\w+)\2\s*\)\s*\.\s*scene\s*\.\s*restart\s*\(/.exec(own);
      if (!restart || restart[3] === key) return;
      const stops = new RegExp(`this\\s*\\.\\s*scene\\s*\\.\\s*(stop|sleep|remove)\\s*\\(\\s*\\)|scene\\s*\\.\\s*(stop|sleep|remove|setVisible)\\s*\\(\\s*['"\`]${escape(key)}['"\`]`);
      if (stops.test(this.code)) return;
      const line = this.lineAt(cls.start + restart.index);
      this.add('state_not_updated', true, `${restart[0]}) (line ${line}) restarts '${restart[3]}' from the overlay '${key}', launched over it and never stopped: '${key}' stays on top of the new run, and its handlers go on running (this.scene.start('${restart[3]}') stops '${key}' as it starts the run)`, line, `this.scene.start('${restart[3]}')`);
    });
  }

  // buy() { ...; if (this.selected.stock === 0) this.time.delayedCall(RESTOCK_MS, () => { this.selected.stock = 3; }) }
  // and UP/DOWN set this.selected: the callback reads the selection when it fires, so moving the cursor meanwhile
  // restocks another item and the sold-out one stays empty (keep the item in a const before scheduling)
  selectionReadWhenFired() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed) return;
      const kind = n.callee.property.name;
      const cb = kind === 'delayedCall' ? n.arguments[1] : kind === 'setTimeout' ? n.arguments[0] : null;
      if (!cb || !/Function/.test(cb.type)) return;
      const body = this.text(cb.body);
      const write = /this\s*\.\s*((selected|current|active|chosen|picked|focused|hovered)\w*)\s*\.\s*(\w+)\s*(=(?!=)|\+=|-=|\+\+|--)/i.exec(body);
      if (!write) return;
      const field = write[1];
      const outer = this.functionAt(n.start);
      if (!outer || !new RegExp(`this\\s*\\.\\s*${field}\\s*\\.\\s*\\w+`).test(this.code.slice(outer.node.body.start, n.start))) return;
      const set = new RegExp(`this\\s*\\.\\s*${field}\\s*=(?!=)`);
      const movers = this.functions().filter((f) => f !== outer && f.name !== 'create' && f.name !== 'init' && f.name !== 'constructor' && set.test(f.text) && !(cb.start <= f.node.start && f.node.end <= cb.end));
      if (!movers.length) return;
      const line = this.lineAt(cb.body.start + write.index);
      this.add('stale_state', true, `${write[0].replace(/\s*(=|\+=|-=|\+\+|--)$/, '')} (line ${line}) is read when the ${kind} fires, not when it was scheduled (line ${lineOf(n)}): ${movers[0].name || 'a handler'}() sets this.${field} anew meanwhile (line ${this.lineIn(movers[0], movers[0].text.search(set))}), so the callback acts on what is selected then (keep this.${field} in a const before scheduling)`, line, `const item = this.${field}`);
    });
  }

  // roll a 1: this.turnTotal = 0; this.nextTurn(); and hold(): this.scores[this.turn] += this.turnTotal; this.nextTurn();
  // the turn's total is reset on one way of passing the turn only, so after a hold the next player starts with the
  // total the last one banked (reset it in nextTurn())
  turnStateCarriedOver() {
    const PASS = /this\s*\.\s*(\w*(turn|player|current)\w*)\s*=\s*(1\s*-\s*this\s*\.\s*\1|\(\s*this\s*\.\s*\1\s*\+\s*1\s*\)\s*%|this\s*\.\s*\1\s*===?\s*\S+\s*\?)/i;
    const passer = this.functions().find((f) => f.name && PASS.test(f.text) && f.node.body.body.length <= 6);
    if (!passer) return;
    const call = new RegExp(`this\\s*\\.\\s*${passer.name}\\s*\\(`);
    const sites = [];
    walk(this.ast, (n) => {
      if (n.type !== 'BlockStatement') return;
      n.body.forEach((st, i) => { if (st.type === 'ExpressionStatement' && call.test(this.text(st)) && call.exec(this.text(st)).index === 0) sites.push({ block: n, i, st }); });
    });
    if (sites.length < 2) return;
    for (const site of sites) {
      for (const prev of site.block.body.slice(0, site.i)) {
        const reset = /^this\s*\.\s*(\w+)\s*=\s*0\s*;?$/.exec(this.text(prev).trim());
        if (!reset) continue;
        const field = reset[1];
        if (new RegExp(`this\\s*\\.\\s*${field}\\s*=\\s*0\\b`).test(passer.text)) continue;
        const resets = [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${field}\\s*=\\s*0\\b`, 'g'))].filter((m) => !['create', 'init', 'constructor'].includes((this.functionAt(m.index) || {}).name));
        if (resets.length !== 1) continue;
        const other = sites.find((s) => s !== site && s.block !== site.block && new RegExp(`this\\s*\\.\\s*${field}\\b`).test(this.text(s.block)));
        if (!other) continue;
        const line = lineOf(other.st);
        this.add('state_not_updated', true, `${this.text(other.st).replace(/;$/, '')} (line ${line}) passes the turn without setting this.${field} back to 0, as the other way of passing it does (line ${lineOf(prev)}): the next player starts with the this.${field} of the last one (reset it in ${passer.name}())`, line, `this.${field} = 0`);
        return;
      }
    }
  }

  // this.regenTimer = this.time.addEvent({ loop: true, callback: this.regen }) and regen() { if (hp >= MAX)
  // this.regenTimer.paused = true; ... }: a paused timer never calls back again, and nothing else unpauses it, so once
  // health is full it never regenerates again (return early instead of pausing)
  timerPausesItself() {
    for (const a of this.assigns) {
      if (a.op !== '=' || !/^this\.\w+$/.test(a.path) || a.value.type !== 'CallExpression' || !/time\s*\.\s*addEvent$/.test(this.text(a.value.callee))) continue;
      const cfg = propertiesOf(a.value.arguments[0]);
      const cb = cfg.get('callback');
      if (!timerRepeats(cfg) || !cb) continue;
      const fn = /Function/.test(cb.type) ? { text: this.text(cb.body), node: cb } : cb.type === 'MemberExpression' && !cb.computed ? this.functions().find((f) => f.name === cb.property.name) : null;
      if (!fn) continue;
      const pause = new RegExp(`${memberPattern(a.path)}\\s*\\.\\s*paused\\s*=\\s*true`).exec(fn.text);
      if (!pause) continue;
      if (new RegExp(`${memberPattern(a.path)}\\s*\\.\\s*(paused\\s*=(?!\\s*true)|resume\\s*\\()`).test(this.code)) continue;
      const line = this.lineAt((fn.node.body || fn.node).start + pause.index);
      this.add('state_not_updated', true, `${pause[0]} (line ${line}) pauses the timer from its own callback, and nothing ever unpauses it: a paused timer never calls back again, so what it does stops for good the first time (return early instead of pausing)`, line, 'the timer kept running');
      return;
    }
  }

  // create() { this.jumpQueued = false; } and SPACE: this.jumpQueued = true; update(): if (this.jumpQueued && onGround)
  // jump(): nothing sets the request back to false, so one press makes the runner jump again on every landing (clear
  // it when the jump is made)
  requestNeverCleared() {
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    for (const m of update.text.matchAll(/if\s*\(\s*this\s*\.\s*(\w+)\s*&&/g)) {
      const flag = m[1];
      if (!/queued|requested|pending|wants|request|buffered/i.test(flag)) continue;
      const writes = [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${flag}\\s*=(?!=)\\s*([^;\\n]+)`, 'g'))];
      if (!writes.length || writes.some((w) => w[1].trim() !== 'false' && w[1].trim() !== 'true')) continue;
      const falses = writes.filter((w) => w[1].trim() === 'false');
      if (falses.some((w) => !['create', 'init', 'constructor'].includes((this.functionAt(w.index) || {}).name))) continue;
      const line = this.lineIn(update, m.index);
      this.add('state_not_updated', true, `this.${flag} (line ${line}) asks for the action, and nothing sets it back to false once it is done (only at the start, line ${falses.length ? this.lineAt(falses[0].index) : '?'}): one request makes it happen again and again (set it to false when acting on it)`, line, `this.${flag} = false`);
      return;
    }
  }

  // const price = ovenPrice(state.ovens); while (state.cash >= price) { state.cash -= price; state.ovens += 1; }: the price
  // is worked out once, from the count before the loop, and the loop adds to that count: every one is bought at the
  // first price (work the price out again inside the loop)
  priceWorkedOutOnce() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:const|let|var)\s+(\w*(?:price|cost|Price|Cost)\w*)\s*=\s*([\w.]+)\s*\(([^;()]*)\)\s*;/g)) {
        const [, price, , argText] = m;
        const args = argText.split(',').map((a) => a.trim()).filter((a) => /^[\w.]+$/.test(a) && !/^\d/.test(a));
        if (!args.length) continue;
        // the first loop after it, in the same function, whose test reads the price
        const after = fn.node.body.start + m.index + m[0].length;
        let loop = null;
        walk(fn.node.body, (n, parent, key, ctx) => {
          if (!loop && !ctx.fn && /^(While|For)Statement$/.test(n.type) && n.start >= after && n.test
            && new RegExp(`\\b${price}\\b`).test(this.text(n.test))) loop = n;
        });
        if (!loop) continue;
        const body = this.text(loop.body);
        if (new RegExp(`\\b${price}\\s*=[^=]`).test(body)) continue;
        const grown = args.find((a) => new RegExp(`${memberPattern(a)}\\s*(\\+=|\\+\\+)|\\+\\+\\s*${memberPattern(a)}\\b`).test(body));
        if (!grown || !new RegExp(`-=\\s*${price}\\b`).test(body)) continue;
        const line = this.lineIn(fn, m.index);
        this.add('stale_state', true, `${price} (line ${line}) is worked out once from ${grown} before the loop at line ${lineOf(loop)}, and the loop adds to ${grown} and pays ${price} again each time: every one after the first is bought at the first price (work ${price} out again inside the loop)`, line, `${price} worked out inside the loop`);
        return;
      }
    }
  }

  // this.scene.switch('Market') from a scene whose looping timer adds fish, and the Market's update() showing the fish
  // live: switch() puts the scene that calls it to sleep, and a sleeping scene's clock stops, so nothing is made while
  // the Market is open and the live count stands still (launch() the Market over it, or run the maker elsewhere)
  switchSleepsTheProducer() {
    const keyed = [];
    walk(this.ast, (n) => {
      if ((n.type === 'ClassDeclaration' || n.type === 'ClassExpression') && sceneKeyOf(n)) keyed.push({ node: n, key: sceneKeyOf(n) });
      // an object-literal scene: { key: 'Market', create() { … } }
      const key = n.type === 'ObjectExpression' ? literalValue(propertiesOf(n).get('key')) : { ok: false };
      if (key.ok && typeof key.value === 'string' && propertiesOf(n).has('create')) keyed.push({ node: n, key: key.value });
    });
    for (const m of this.code.matchAll(/this\s*\.\s*scene\s*\.\s*switch\s*\(\s*['"]([\w-]+)['"]\s*\)/g)) {
      const from = keyed.find((k) => k.node.start <= m.index && m.index < k.node.end);
      const to = keyed.find((k) => k.key === m[1]);
      if (!from || !to || from === to) continue;
      const own = this.code.slice(from.node.start, from.node.end);
      // a looping timer in the calling scene that adds to a shared value
      let made = null;
      for (const t of own.matchAll(/time\s*\.\s*addEvent\s*\(\s*\{([\s\S]*?)\}\s*\)/g)) {
        if (!/loop\s*:\s*true|repeat\s*:\s*-\s*1/.test(t[1])) continue;
        // registry.inc('fish', …), or a field of a shared object (state.fish += …)
        const inc = /registry\s*\.\s*inc\s*\(\s*['"](\w+)['"]/.exec(t[1]);
        const field = /\b(?!this\b)([A-Za-z_]\w*)\s*\.\s*(\w+)\s*(\+=|-=|\+\+)/.exec(t[1]);
        if (inc) { made = { key: inc[1], read: new RegExp(`registry\\s*\\.\\s*get\\s*\\(\\s*['"]${inc[1]}['"]`), index: from.node.start + t.index }; break; }
        if (field && this.decls.has(field[1])) { made = { key: `${field[1]}.${field[2]}`, read: new RegExp(`\\b${field[1]}\\s*\\.\\s*${field[2]}\\b`), index: from.node.start + t.index }; break; }
      }
      if (!made) continue;
      const other = this.code.slice(to.node.start, to.node.end);
      const update = /\bupdate\s*\([^)]*\)\s*\{([\s\S]*?)\n\s*\}/.exec(other);
      if (!update || !made.read.test(update[1])) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `this.scene.switch('${m[1]}') (line ${line}) puts '${from.key}' to sleep, and a sleeping scene's clock stops: the looping timer at line ${this.lineAt(made.index)} that adds to '${made.key}' makes nothing while '${m[1]}' is open, though '${m[1]}' shows '${made.key}' live in its update() (launch('${m[1]}') over it, so '${from.key}' keeps running)`, line, `this.scene.launch('${m[1]}')`);
      return;
    }
  }

  // workers.forEach((w) => { if (w.state === 'idle') { const bush = this.bushes.find((b) => b.ripe && !b.claimed);
  // w.target = bush; ... } }) with b.claimed set only when picking starts: every idle worker finds the same unclaimed
  // bush in the same frame and they all walk to it (claim it where it is picked: bush.claimed = true)
  claimMarkedTooLate() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.some((f) => f.expected === 'claimed where it is picked') || n.type !== 'VariableDeclarator' || !n.init || n.id.type !== 'Identifier') return;
      const call = n.init;
      if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.computed || call.callee.property.name !== 'find') return;
      const cb = call.arguments[0];
      if (!cb || !/Function/.test(cb.type) || cb.params.length !== 1 || cb.params[0].type !== 'Identifier') return;
      const p = cb.params[0].name;
      const flag = new RegExp(`!\\s*${p}\\s*\\.\\s*(\\w+)`).exec(this.text(cb.body));
      if (!flag) return;
      const field = flag[1];
      // inside a forEach callback over many agents, each handed the found thing
      const fn = ctx.fn;
      const over = fn && ctx.handedTo.length && /forEach$/.test(ctx.handedTo[ctx.handedTo.length - 1] || '');
      if (!over || fn.params.length < 1 || fn.params[0].type !== 'Identifier') return;
      const agent = fn.params[0].name;
      const found = n.id.name;
      const body = this.text(fn.body);
      if (!new RegExp(`\\b${agent}\\s*\\.\\s*\\w+\\s*=\\s*${found}\\s*;`).test(body)) return;
      // the flag is set somewhere, but not on the found thing right where it is picked
      const sameBlock = this.code.slice(n.start, fn.end).split(/\}\s*else\b/)[0];
      if (new RegExp(`\\b${found}\\s*\\.\\s*${field}\\s*=\\s*true`).test(sameBlock)) return;
      if (!new RegExp(`\\.\\s*${field}\\s*=\\s*true`).test(this.code)) return;
      const line = lineOf(n);
      this.add('stale_state', true, `${this.text(n)} (line ${line}) picks the first with ${field} not set, for each ${agent} in turn, and ${field} is set only later (not where it is picked): every ${agent} that looks in the same frame gets the same one, and they all go to it (set ${found}.${field} = true where it is picked)`, line, 'claimed where it is picked');
    });
  }

  // const player = this.time.addEvent({ repeat: n - 1, callback: () => this.flash(this.sequence[player.repeatCount]) }):
  // repeatCount is the number of repeats still to come, so it counts down and the sequence is played back to front
  // (this.sequence[n - 1 - player.repeatCount])
  repeatCountAsIndex() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\[\s*([\w.]+)\s*\.\s*(repeatCount\b|getRepeatCount\s*\(\s*\))\s*\]/g)) {
      const [, list, timer] = m;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${list}[${timer}.${m[3].replace(/\s+/g, '')}] (line ${line}): a timer's repeatCount is how many repeats are still to come, so it counts down, and ${list} is gone through from the end to the start (${list}[n - 1 - ${timer}.repeatCount], or a count of its own)`, line, `n - 1 - ${timer}.repeatCount`);
      return;
    }
  }

  // const offset = this.beatTimer.getElapsed(); if (offset <= PERFECT_MS) …: getElapsed() is the time since the last
  // beat, so a tap a little before the next beat reads as almost a whole beat late (the nearest beat:
  // Math.min(e, delay - e))
  elapsedTakenForOffset() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w*(?:offset|Offset|error|Error|diff|Diff|deviation|timing|Timing|delta|Delta)\w*)\s*=\s*(?:Math\s*\.\s*abs\s*\(\s*)?([\w.]+)\s*\.\s*getElapsed\s*\(\s*\)\s*\)?\s*;/g)) {
      const [, offset, timer] = m;
      // a looping timer (a beat): made with loop: true or repeat: -1 and kept in that name
      const made = new RegExp(`${memberPattern(timer)}\\s*=\\s*[\\w.]*time\\s*\\.\\s*addEvent\\s*\\(\\s*\\{[^}]*(loop\\s*:\\s*true|repeat\\s*:\\s*-\\s*1)`).exec(this.code);
      if (!made) continue;
      const fn = this.functionAt(m.index);
      const rest = fn ? fn.text.slice(m.index - fn.node.body.start + m[0].length) : '';
      if (!new RegExp(`\\b${offset}\\s*<=?`).test(rest) || /Math\s*\.\s*min\s*\(|Math\s*\.\s*round\s*\([^;]*\/|%/.test(rest.split('\n').slice(0, 3).join('\n'))) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${offset} = ${timer}.getElapsed() (line ${line}) is the time since the last beat of the looping timer made at line ${this.lineAt(made.index)}: a tap a little before the next beat reads as almost a whole beat late and is judged as a miss (the distance to the nearest beat: Math.min(e, delay - e))`, line, 'distance to the nearest beat');
      return;
    }
  }

  // while (…) { this.live.push(note); this.next += 1; } and if (this.next >= CHART.length) this.scene.start('Results'):
  // the spawn index reaches the end as the last note appears, while the notes spawned last are still on their way, so
  // the results come before they are judged (this.next >= CHART.length && this.live.length === 0)
  endAtLastSpawn() {
    for (const m of this.code.matchAll(/if\s*\(\s*this\s*\.\s*(\w+)\s*>=\s*(\w+)\s*\.\s*length([^)]*)\)/g)) {
      const [, index, list, more] = m;
      const body = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
      if (!/scene\s*\.\s*start\s*\(|\b(finish|end|results|gameOver|showResults|win)\w*\s*\(/i.test(body.split(/\n\s*\}/)[0])) continue;
      // the index moves on as each one is spawned into a live list that loses them as they are judged
      const spawn = new RegExp(`this\\s*\\.\\s*(\\w+)\\s*\\.\\s*push\\s*\\([^;]*;\\s*this\\s*\\.\\s*${index}\\s*(\\+=\\s*1|\\+\\+)|${list}\\s*\\[\\s*this\\s*\\.\\s*${index}\\s*\\+\\+\\s*\\][\\s\\S]{0,200}?this\\s*\\.\\s*(\\w+)\\s*\\.\\s*push\\s*\\(`).exec(this.code);
      if (!spawn) continue;
      const live = spawn[1] || spawn[3];
      if (!new RegExp(`this\\s*\\.\\s*${live}\\s*\\.\\s*splice\\s*\\(|this\\s*\\.\\s*${live}\\s*=\\s*this\\s*\\.\\s*${live}\\s*\\.\\s*filter\\s*\\(`).test(this.code)) continue;
      if (new RegExp(`\\b${live}\\b`).test(more)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_order', true, `this.${index} >= ${list}.length (line ${line}) is true as soon as the last one is spawned (line ${this.lineAt(spawn.index)}), while the ones in this.${live} are still in play and not yet judged: the end comes before they are (this.${index} >= ${list}.length && this.${live}.length === 0)`, line, `this.${live}.length === 0`);
      return;
    }
  }

  // car.once('destroy', () => { this.score += 10; }) for a car that leaves the screen, and a crash that clears the
  // traffic with this.traffic.clear(true, true): 'destroy' fires however the object goes, so the crash pays 10 for every
  // car it clears (add the points where the car is passed, before car.destroy())
  pointsOnAnyDestroy() {
    for (const m of this.code.matchAll(/(\w+)\s*\.\s*(once|on)\s*\(\s*['"]destroy['"]\s*,\s*(?:\(\s*\)|function\s*\(\s*\))\s*(?:=>)?\s*\{?([^}]*)\}?\s*\)/g)) {
      const [, obj, , body] = m;
      const gain = /(this\s*\.\s*\w*(score|points|coins|passed|dodged|gold|money|cash|bounty|kills)\w*)\s*(\+=|\+\+)|(\+\+)\s*(this\s*\.\s*\w*(score|points|coins|passed|dodged|gold|money|cash|bounty|kills)\w*)/i.exec(body);
      if (!gain) continue;
      // another way for it to go: a group cleared with its children destroyed, or a destroy in a hit or crash
      let other = /\.\s*clear\s*\(\s*true\s*,\s*true\s*\)|\.\s*(destroy|removeAll)\s*\(\s*true\s*\)/.exec(this.code);
      // or the same kind of object destroyed in two different places (shot down, and reaching the base)
      const sites = [...this.code.matchAll(new RegExp(`\\b${obj}\\s*\\.\\s*destroy\\s*\\(\\s*\\)`, 'g'))];
      if (!other && sites.length >= 2 && new Set(sites.map((x) => this.functionAt(x.index))).size >= 2) other = sites[sites.length - 1];
      if (!other) continue;
      const line = this.lineAt(m.index);
      const field = (gain[1] || gain[5]).replace(/\s+/g, '');
      this.add('wrong_argument', true, `${obj}.${m[2]}('destroy', …) (line ${line}) adds to ${field} whenever ${obj} is destroyed, and ${this.code.slice(other.index, other.index + other[0].length).replace(/^\./, '')} (line ${this.lineAt(other.index)}) destroys them another way too: each one cleared that way is paid for as well (add to ${field} where it is earned, before destroy())`, line, `${field} added where it is passed`);
      return;
    }
  }

  // if (this.cooldown || …) return; … this.cooldown = this.time.delayedCall(COOLDOWN, …) and nothing sets
  // this.cooldown back: the timer object stays truthy after it fires, so the first dash blocks every later one
  // (this.cooldown = null in its callback)
  timerHandleAsFlag() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+)\s*=\s*(?:this|scene)\s*\.\s*time\s*\.\s*(delayedCall|addEvent)\s*\(/g)) {
      const field = m[1].replace(/\s+/g, '');
      const esc = memberPattern(field);
      // it gates an action: if (this.cooldown || …) return;
      const test = new RegExp(`if\\s*\\(\\s*${esc}\\s*(\\|\\|[^()]*(\\([^()]*\\)[^()]*)*)?\\)\\s*\\{?\\s*return\\b`).exec(this.code);
      if (!test) continue;
      // set back to nothing anywhere, or its progress asked (a finished timer is then told apart): leave it
      const cleared = [...this.code.matchAll(new RegExp(`${esc}\\s*=\\s*(null|undefined|false|0)\\b|delete\\s+${esc}`, 'g'))]
        .some((c) => !['create', 'init', 'constructor'].includes((this.functionAt(c.index) || {}).name));
      if (cleared || new RegExp(`${esc}\\s*\\.\\s*(hasDispatched|getProgress\\s*\\(\\s*\\)\\s*<|getOverallProgress\\s*\\(\\s*\\)\\s*<|getRemaining\\w*\\s*\\(\\s*\\)\\s*>)|${esc}\\s*&&\\s*!?\\s*${esc}\\s*\\.`).test(this.code)) continue;
      // a looping timer never fires its last: it is a flag gone stale only once it is removed and kept
      const looping = m[2] === 'addEvent' && /loop\s*:\s*true|repeat\s*:\s*-\s*1/.test(this.code.slice(m.index, m.index + 200));
      if (looping) {
        const removed = new RegExp(`${esc}\\s*\\.\\s*(remove|destroy)\\s*\\(`).exec(this.code);
        const made = this.functionAt(m.index);
        if (!removed || !made || this.functionAt(test.index) !== made || this.functionAt(removed.index) === made) continue;
        const resetAtStart = new RegExp(`${esc}\\s*=\\s*(null|undefined|false|0)\\b`).test(this.code);
        if (resetAtStart && /scene\s*\.\s*(restart|start)\s*\(/.test(this.code)) continue;
        const line = this.lineAt(test.index);
        this.add('state_not_updated', true, `if (${field}) return (line ${line}) stops a second looping timer from being made, and the timer is removed at line ${this.lineAt(removed.index)} without ${field} being set back: the removed timer object stays truthy, so no timer is made again (${field} = null after remove())`, line, `${field} = null after remove()`);
        return;
      }
      const line = this.lineAt(test.index);
      this.add('state_not_updated', true, `if (${field} …) return (line ${line}) uses the timer kept in ${field} (line ${this.lineAt(m.index)}) as a flag, and nothing sets ${field} back once it fires: the timer object stays truthy, so after the first time the test never changes (${field} = null in its callback)`, line, `${field} = null when it fires`);
      return;
    }
  }

  // three crates and two plates, and open = crates.every((c) => plates.some((p) => overlap(c, p))): it asks that every
  // crate sit on a plate, which the spare crate never can, so the gate never opens although both plates are pressed
  // (plates.every((p) => crates.some((c) => overlap(c, p))))
  everyMoverOnSomeTarget() {
    // how many members a group is given: literal lists walked with forEach whose callback adds to it
    const countOf = (group) => {
      const esc = memberPattern(group);
      let n = 0;
      for (const m of this.code.matchAll(/\[([^\[\]]*)\]\s*\.\s*forEach\s*\(/g)) {
        const body = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
        if (new RegExp(`${esc}\\s*\\.\\s*(create|add)\\s*\\(`).test(body.split(/\}\s*\)\s*;|\)\s*\)\s*;/)[0] + ')')) n += m[1].split(',').filter((x) => x.trim()).length;
      }
      return n || null;
    };
    for (const m of this.code.matchAll(/([\w.]+?)(?:\s*\.\s*getChildren\s*\(\s*\))?\s*\.\s*every\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*([\w.]+?)(?:\s*\.\s*getChildren\s*\(\s*\))?\s*\.\s*some\s*\(/g)) {
      const [, movers, , targets] = m;
      if (!/(crate|box|block|rock|boulder|barrel|stone)/i.test(movers) || !/(plate|button|switch|target|goal|pad|slot|spot)/i.test(targets)) continue;
      const targetGroup = this.code.match(new RegExp(`(this\\s*\\.\\s*\\w*${targets.split('.').pop()}\\w*)\\s*=\\s*this\\s*\\.\\s*physics`));
      const nMovers = countOf(movers);
      const nTargets = countOf(targetGroup ? targetGroup[1].replace(/\s+/g, '') : targets);
      if (!nMovers || !nTargets || nMovers <= nTargets) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${m[0].replace(/\s+/g, ' ')}…)) (line ${line}) asks that every one of the ${nMovers} in ${movers} sit on one of the ${nTargets} in ${targets}: with more of them than places, one is always left over and the test never passes (ask that every place be taken: ${targets}.every((t) => ${movers}.some(…)))`, line, 'every place taken');
      return;
    }
  }

  // this.nextWaveTimer = this.time.addEvent({ delay, callback: this.spawnWave, paused: true }) made once, and each wave
  // cleared sets this.nextWaveTimer.paused = false: a timer that has fired once is done and taken off the clock, so
  // from the second time on unpausing it starts nothing (make a new timer each time)
  firedTimerResumed() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+)\s*=\s*this\s*\.\s*time\s*\.\s*addEvent\s*\(\s*\{([^{}]*)\}\s*\)/g)) {
      const [, handle, cfg] = m;
      if (!/paused\s*:\s*true/.test(cfg) || /loop\s*:\s*true|repeat\s*:/.test(cfg)) continue;
      const esc = memberPattern(handle.replace(/\s+/g, ''));
      const resumed = [...this.code.matchAll(new RegExp(`${esc}\\s*\\.\\s*paused\\s*=\\s*false`, 'g'))];
      if (!resumed.length) continue;
      // made again, or reset, somewhere other than where it was first made: leave it
      const made = [...this.code.matchAll(new RegExp(`${esc}\\s*=\\s*this\\s*\\.\\s*time\\s*\\.\\s*addEvent`, 'g'))];
      if (made.length > 1 || new RegExp(`${esc}\\s*\\.\\s*reset\\s*\\(|addEvent\\s*\\(\\s*${esc}\\b`).test(this.code)) continue;
      // resumed from a place that runs again (update(), or a handler), not once
      const where = this.functionAt(resumed[0].index);
      if (!where || ['create', 'init', 'constructor'].includes(where.name)) continue;
      const line = this.lineAt(resumed[0].index);
      this.add('never_fires', true, `${handle.replace(/\s+/g, '')}.paused = false (line ${line}) starts the one-shot timer made at line ${this.lineAt(m.index)} again each time, but a timer that has fired is done and taken off the clock: from the second time on it never fires (make a new timer each time, or reset() it)`, line, 'a new timer each time');
      return;
    }
  }

  // e.walk = this.tweens.chain({ targets: e, …, onComplete: () => this.leak(e) }) and a shot enemy e.destroy() with no
  // e.walk.stop(): a tween runs on after its target is destroyed, so the chain still ends and costs a life for an enemy
  // already shot (stop the tween when the enemy dies)
  walkOutlivesItsWalker() {
    for (const m of this.code.matchAll(/(\w+)\s*\.\s*(\w+)\s*=\s*this\s*\.\s*tweens\s*\.\s*(?:chain|add)\s*\(\s*\{\s*targets\s*:\s*\1\b/g)) {
      const [, who, field] = m;
      const body = this.code.slice(m.index, m.index + 600);
      const done = /onComplete\s*:\s*(?:\(\s*\)\s*=>|function\s*\(\s*\))\s*\{?\s*([^\n]*)/.exec(body);
      if (!done) continue;
      // the end costs something (a life, damage, a leak) and does not ask whether the walker is still there
      if (!/leak|lives|life|damage|hurt|escape|reach|base|hp/i.test(done[1]) || /active|scene\b|destroyed|alive/.test(done[1])) continue;
      // a kill elsewhere destroys it without stopping the tween
      const kills = this.functions().filter((f) => new RegExp(`\\b\\w+\\s*\\.\\s*destroy\\s*\\(\\s*\\)`).test(f.text) && !f.text.includes(done[1].slice(0, 20)));
      const stopped = new RegExp(`\\.\\s*${field}\\s*\\.\\s*(stop|remove|destroy)\\s*\\(|killTweensOf\\s*\\(`).test(this.code);
      if (stopped || !kills.some((f) => /hp|health|kill|die|dead|hit|shot|damage|gold|score/i.test((f.name || '') + f.text))) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${who}.${field} (line ${line}) walks ${who} with a tween whose onComplete costs something, and ${who} is destroyed elsewhere when it is killed without stopping that tween: a tween runs on after its target is destroyed, so an enemy already killed still reaches the end and costs a life (${who}.${field}.stop() when it dies)`, line, `${who}.${field}.stop()`);
      return;
    }
  }

  // if (this.level === 'items') { this.showCategories(); } if (this.level === 'categories') { this.scene.start('Town'); }
  // where showCategories() sets this.level = 'categories': the second test sees the state the first branch has just set,
  // so one key press goes two steps (else if, or return at the end of the first branch)
  stateFallsThrough() {
    const sets = (text, state, value, depth = 0) => {
      if (new RegExp(`${memberPattern(state)}\\s*=\\s*['"]${escape(value)}['"]`).test(text)) return true;
      if (depth > 0) return false;
      return [...text.matchAll(/this\s*\.\s*(\w+)\s*\(/g)].some((m) => {
        const fn = this.functions().find((f) => f.name === m[1]);
        return fn && sets(fn.text, state, value, depth + 1);
      });
    };
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'else if') || n.type !== 'BlockStatement') return;
      const body = n.body;
      for (let i = 0; i + 1 < body.length; i++) {
        const [a, b] = [body[i], body[i + 1]];
        if (a.type !== 'IfStatement' || b.type !== 'IfStatement' || a.alternate) continue;
        const ta = /^([\w.]+)\s*===?\s*['"]([\w -]+)['"]$/.exec(this.text(a.test).trim());
        const tb = /^([\w.]+)\s*===?\s*['"]([\w -]+)['"]$/.exec(this.text(b.test).trim());
        if (!ta || !tb || ta[1] !== tb[1] || ta[2] === tb[2]) continue;
        // a state machine run every frame only reaches the next state a frame early
        const fn = this.functionAt(a.start);
        if (fn && fn.name === 'update') continue;
        const first = this.text(a.consequent);
        if (/\breturn\b|\bbreak\b|\bcontinue\b|\bthrow\b/.test(first)) continue;
        if (!sets(first, ta[1], tb[2])) continue;
        const line = lineOf(b);
        this.add('wrong_order', true, `if (${ta[1]} === '${ta[2]}') (line ${lineOf(a)}) ends with ${ta[1]} set to '${tb[2]}', and the next test if (${tb[1]} === '${tb[2]}') (line ${line}) is a separate if, not an else: it sees the state just set and runs in the same call, so one action goes two steps ('${ta[2]}' → '${tb[2]}' → its branch) (else if, or return at the end of the first branch)`, line, 'else if');
        return;
      }
    });
  }

  // A layout drawn from Phaser.Math.RND that a seed should repeat, where the sow() and the draws come apart:
  // - keydown-R → this.build() while only the seed picker calls RND.sow() before build(): a rebuild goes on with the
  //   stream where the last one stopped, so the same seed gives another layout (sow at the start of build());
  // - sow() then time.delayedCall(250, this.placeObstacles) while update() draws from the same RND every frame: the
  //   frames in between take a varying number of values, so the layout differs each time (sow just before the draws)
  seedNotSownAtBuild() {
    const DRAW = /RND\s*\.\s*(between|integerInRange|realInRange|pick|frac|integer|real|angle|shuffle|weightedPick|normal|sign|uuid)\s*\(/g;
    const SOW = /RND\s*\.\s*sow\s*\(/;
    const fns = this.functions().filter((f) => f.name);
    const draws = (f) => (f.text.match(DRAW) || []).length;
    const update = fns.find((f) => f.name === 'update');
    for (const f of fns) {
      if (f.name === 'update' || draws(f) < 2) continue;
      const callRe = new RegExp(`this\\s*\\.\\s*${f.name}\\s*\\(`, 'g');
      if (!SOW.test(f.text)) {
        const sites = [...this.code.matchAll(callRe)].map((m) => ({ m, fn: this.functionAt(m.index) })).filter((s) => s.fn && s.fn.node !== f.node);
        const sown = sites.filter((s) => SOW.test(s.fn.text.slice(0, s.m.index - s.fn.node.body.start)));
        // a listener set up in create() is a call of its own, made later
        const inListener = (index) => this.calls.some((c) => ['on', 'once'].includes(c.name) && c.n.arguments[1] && c.n.arguments[1].start <= index && index < c.n.arguments[1].end
          && !SOW.test(this.text(c.n.arguments[1])));
        const unsown = sites.filter((s) => !SOW.test(s.fn.text) ? !/\b(create|init|constructor)\b/.test(s.fn.name || '') || inListener(s.m.index) : inListener(s.m.index));
        if (!sown.length || !unsown.length) continue;
        // one sow in create() and fresh layouts after it may be the design; a seed sown again on each pick is not
        if (sown.every((s) => /\b(create|init|constructor)\b/.test(s.fn.name || '')) && !/same seed/i.test(this.code)) continue;
        const line = this.lineAt(unsown[0].m.index);
        this.add('state_not_updated', true, `this.${f.name}() (line ${line}) draws its layout from Phaser.Math.RND, and only the call at line ${this.lineAt(sown[0].m.index)} sows the seed before it: from line ${line} it goes on with the stream where the last layout stopped, so the same seed gives a different layout (Phaser.Math.RND.sow([...]) at the start of ${f.name}())`, line, `RND.sow in ${f.name}()`);
        return;
      }
    }
    if (!update || !draws(update)) return;
    for (const f of fns) {
      if (!SOW.test(f.text)) continue;
      const later = /(?:delayedCall|addEvent)\s*\(\s*(?:\{[^}]*callback\s*:\s*)?[^,]*?,?\s*(?:this\s*\.\s*(\w+)|\(\)\s*=>\s*this\s*\.\s*(\w+)\s*\()/.exec(f.text.slice(f.text.search(SOW)));
      if (!later) continue;
      const g = fns.find((k) => k.name === (later[1] || later[2]));
      if (!g || draws(g) < 2 || SOW.test(g.text)) continue;
      const line = this.lineIn(f, f.text.search(SOW));
      this.add('wrong_order', true, `Phaser.Math.RND.sow() (line ${line}) comes before a delayed ${g.name}() that draws the layout, and update() draws from the same Phaser.Math.RND every frame meanwhile: a varying number of values is taken in between, so the same seed gives a different layout (sow at the start of ${g.name}(), or give update() its own generator)`, line, `RND.sow in ${g.name}()`);
      return;
    }
  }

  // if (p.vy >= 0) { land } else if (p.vy < 0) { bump head } else if (…) { push out sideways } else { … }: the first two
  // tests between them cover every value, so the branches after them never run (here: a wall is never pushed out of
  // sideways and is climbed as if landed on)
  branchesAfterBothSides() {
    const OPPOSITE = { '>=': '<', '<': '>=', '>': '<=', '<=': '>', '===': '!==', '!==': '===' };
    walk(this.ast, (n, parent, key) => {
      if (this.found.some((f) => f.expected === 'reachable branches') || n.type !== 'IfStatement' || (parent && parent.type === 'IfStatement' && key === 'alternate')) return;
      for (let a = n; a && a.type === 'IfStatement'; a = a.alternate) {
        const b = a.alternate;
        if (!b || b.type !== 'IfStatement' || !b.alternate) continue;
        const t1 = /^([\w.[\]]+)\s*(>=|<=|<|>|===|!==)\s*([\w.[\]'"-]+)$/.exec(this.text(a.test).trim());
        const t2 = /^([\w.[\]]+)\s*(>=|<=|<|>|===|!==)\s*([\w.[\]'"-]+)$/.exec(this.text(b.test).trim());
        if (!t1 || !t2 || t1[1] !== t2[1] || t1[3] !== t2[3] || OPPOSITE[t1[2]] !== t2[2]) continue;
        const line = lineOf(b.alternate);
        this.add('never_fires', true, `if (${this.text(a.test).trim()}) (line ${lineOf(a)}) … else if (${this.text(b.test).trim()}) (line ${lineOf(b)}) cover every value between them, so the branches after them (from line ${line}) never run (test what they need first, or fold the two tests into one if/else)`, line, 'reachable branches');
        return;
      }
    });
  }

  // negamax(board, 'X', 1) returns the score for the side to move, X; bestMove() places O and keeps the highest
  // this.negamax(…) without the minus the recursion itself uses, so the computer picks the move best for its opponent
  // (const score = -this.negamax(…))
  negamaxSignDropped() {
    const search = this.functions().find((f) => f.name === 'negamax');
    if (!search) return;
    for (const m of this.code.matchAll(/(=|return)\s*this\s*\.\s*negamax\s*\(/g)) {
      if (m.index > search.node.start && m.index < search.node.end) continue;
      const fn = this.functionAt(m.index);
      if (!fn || !/>\s*best|Math\s*\.\s*max/.test(fn.text)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `this.negamax(…) (line ${line}) is called after the computer's move, so it scores the position for the side to move next, its opponent, and negamax's own recursion (line ${this.lineAt(search.node.start)}) turns that round with a minus: keeping the highest of these picks the move best for the opponent (-this.negamax(…))`, line, '-this.negamax(…)');
      return;
    }
  }

  // const scored = neighbours.some(([r, c]) => this.tryClaim(r, c)) where tryClaim() claims a box when it is closed:
  // some() stops at the first true, so a line that closes two boxes claims only the first
  // (neighbours.filter(…).length > 0, or claim every one and then ask)
  someStopsAtFirst() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*some\s*\(\s*(?:\(?[^()]*\)?\s*=>\s*)?this\s*\.\s*(\w+)\b/g)) {
      const fn = this.functions().find((f) => f.name === m[2]);
      if (!fn || !/\breturn\s+(true|false)\b/.test(fn.text)) continue;
      const changes = /this\s*\.\s*[\w.[\]]+\s*(=(?!=)|\+=|-=|\+\+)|\+\+\s*this\b|\.\s*(push|setData|setFillStyle|fillRect|setTint)\s*\(/.exec(fn.text);
      if (!changes || !/^(try|claim|capture|mark|apply|take|collect|score|fill|close)/i.test(m[2])) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_order', true, `${m[1]}.some(… this.${m[2]}(…)) (line ${line}): ${m[2]}() changes the game (line ${this.lineIn(fn, changes.index)}) as well as answering, and some() stops at the first true, so when two of ${m[1]} would succeed only the first is ever tried (filter(…) or a loop over all of them, then ask)`, line, 'every one tried');
      return;
    }
  }

  // if (this.busy || …) return; in the click handler, this.busy = true for the move, and the move's end
  // finishMove() returns early for an extra turn before this.busy = false: from then on every click is ignored
  // (clear the flag on that path too)
  lockKeptOnEarlyReturn() {
    for (const set of new Set([...this.code.matchAll(/this\s*\.\s*(\w+)\s*=\s*true\b/g)].map((k) => k[1]))) {
      const flag = set;
      const m = new RegExp(`if\\s*\\((?:[^{;]*\\|\\|)?\\s*this\\s*\\.\\s*${flag}\\b\\s*(?:\\|\\|[^{;]*)?\\)\\s*\\{?\\s*return`).exec(this.code);
      if (!m) continue;
      const release = new RegExp(`this\\s*\\.\\s*${flag}\\s*=\\s*false`);
      for (const f of this.functions()) {
        if (!f.name || !release.test(f.text) || f.node.start <= m.index && m.index < f.node.end) continue;
        const stmts = f.node.body.body;
        const at = stmts.findIndex((st) => release.test(this.text(st)));
        if (at < 0 || stmts.slice(0, at).some((st) => new RegExp(`this\\s*\\.\\s*${flag}\\s*=`).test(this.text(st)))) continue;
        const early = stmts.slice(0, at).find((st) => st.type === 'IfStatement' && !st.alternate && /\breturn\s*;/.test(this.text(st.consequent)) && !release.test(this.text(st.consequent))
          && !/scene\s*\.\s*(start|restart)|gameOver|over\s*=\s*true|this\s*\.\s*(end|finish|win|lose)\w*\s*\(/i.test(this.text(st.consequent)));
        if (!early) continue;
        // the early way out is taken while the flag is set only when f runs at the end of the locked action
        if (/\bfunction\b|=>|onComplete|delayedCall|addEvent|tweens|chain\s*\(/.test(this.text(early.consequent)) || new RegExp(`\\b${f.name}\\s*\\(`).test(this.text(early.consequent))) continue;
        if (/over|won|win|lost|lose|dead|end|finish|done|paused|\bactive\b/i.test(this.text(early.test)) || /this\s*\.\s*\w*(winner|over|won|lost|dead|ended|finished|done|state|phase)\w*\s*=[^=]/i.test(this.text(early.consequent)) || new RegExp(`\\b${flag}\\b`).test(this.text(early.test))) continue;
        const line = lineOf(early);
        this.add('state_not_updated', true, `${f.name}() clears this.${flag} at line ${this.lineIn(f, f.text.search(release))}, but returns before it at line ${line}: on that path this.${flag} stays true, and the guard if (this.${flag} …) return (line ${this.lineAt(m.index)}) ignores every input from then on (this.${flag} = false before that return)`, line, `this.${flag} = false`);
        return;
      }
    }
  }

  // submit() { this.locked = true; if (right) { … onComplete: () => { this.locked = false; … } } else { …
  // delayedCall(1000, () => this.newQuestion()) } } with if (this.locked) return in the key handler: only a right
  // answer lets go of the lock, so after the first wrong one every key is ignored (this.locked = false there too)
  lockFreedOnOneBranch() {
    for (const f of this.functions()) {
      const stmts = f.node.body.body;
      const set = stmts.findIndex((st) => /^this\s*\.\s*(\w+)\s*=\s*true\s*;?$/.test(this.text(st).trim()));
      if (set < 0) continue;
      const flag = /^this\s*\.\s*(\w+)/.exec(this.text(stmts[set]).trim())[1];
      if (!new RegExp(`if\\s*\\((?:[^{;]*\\|\\|)?\\s*this\\s*\\.\\s*${flag}\\b\\s*(?:\\|\\|[^{;]*)?\\)\\s*\\{?\\s*return`).test(this.code)) continue;
      const release = new RegExp(`this\\s*\\.\\s*${flag}\\s*=\\s*false`);
      const rest = stmts.slice(set + 1);
      if (rest.length !== 1 || rest[0].type !== 'IfStatement' || !rest[0].alternate || rest[0].alternate.type === 'IfStatement') continue;
      const [yes, no] = [rest[0].consequent, rest[0].alternate];
      const freed = [yes, no].map((b) => release.test(this.text(b)) || [...this.text(b).matchAll(/this\s*\.\s*(\w+)\s*\(/g)].some((k) => {
        const callee = this.functions().find((g) => g.name === k[1]);
        return callee && release.test(callee.text);
      }));
      if (freed[0] === freed[1]) continue;
      const kept = freed[0] ? no : yes;
      if (/scene\s*\.\s*(start|restart)|gameOver|over\s*=\s*true|this\s*\.\s*(end|finish|win|lose)\w*\s*\(/i.test(this.text(kept))) continue;
      const line = lineOf(kept);
      this.add('state_not_updated', true, `${f.name || 'this function'}() sets this.${flag} = true (line ${lineOf(stmts[set])}) and only one branch of its if lets go of it: the ${freed[0] ? 'else' : 'if'} branch (line ${line}) never sets this.${flag} = false, so after it every input stopped by if (this.${flag}) return is ignored for good (set it back on that branch too)`, line, `this.${flag} = false`);
      return;
    }
  }

  // this.state = 'aim' only in create(), 'aiming' on a press in 'aim', 'rolling' on the putt, 'sunk' when the ball
  // drops, and loadHole() for the next hole never sets it: nothing leads out of 'sunk', so from the second hole the ball
  // can never be putted (this.state = 'aim' in loadHole())
  stateWithNoWayOut() {
    const SETUP = ['create', 'init', 'constructor', 'preload'];
    // the string values each this.<field> is set to (the literal nodes), from the assignments already collected
    const byState = new Map();
    for (const a of this.assigns) {
      if (a.op !== '=' || a.value.type !== 'Literal' || typeof a.value.value !== 'string' || !/^this\.\w+$/.test(a.path)) continue;
      if (!byState.has(a.path)) byState.set(a.path, []);
      byState.get(a.path).push(a.value);
    }
    if (![...byState.values()].some((sets) => new Set(sets.map((n) => n.value)).size >= 3)) return;
    const parent = new Map();
    walk(this.ast, (n, p) => { if (p) parent.set(n, p); });
    const fnOf = (n) => { for (let p = parent.get(n); p; p = parent.get(p)) if (/Function/.test(p.type)) return p; return null; };
    const named = (fn) => { const p = fn && parent.get(fn); return p && (p.type === 'MethodDefinition' || p.type === 'Property') && p.key ? p.key.name : null; };
    for (const [path, sets] of byState) {
      const values = new Set(sets.map((n) => n.value));
      if (values.size < 3) continue;
      const esc = memberPattern(path);
      // the states a node is reached in: an if on the state around it, an early return on it before it, or the
      // guards of the places its method is called from
      const guards = (n, depth = 0) => {
        for (let c = n, p = parent.get(n); p; c = p, p = parent.get(p)) {
          if (p.type === 'IfStatement' && p.consequent === c) {
            const k = new RegExp(`${esc}\\s*===?\\s*['"](\\w+)['"]`).exec(this.text(p.test));
            if (k && !/\|\|/.test(this.text(p.test))) return new Set([k[1]]);
          }
          if (p.type === 'BlockStatement') {
            for (const st of p.body) {
              if (st.start >= c.start) break;
              const k = st.type === 'IfStatement' && new RegExp(`^${esc}\\s*!==?\\s*['"](\\w+)['"]$`).exec(this.text(st.test).trim());
              if (k && /^(\{\s*)?return\b/.test(this.text(st.consequent).trim())) return new Set([k[1]]);
            }
          }
          if (/Function/.test(p.type)) {
            const name = named(p);
            if (!name || depth > 2 || SETUP.includes(name)) return null;
            const sites = this.calls.filter((k) => k.name === name && /^this$/.test(k.on || ''));
            if (!sites.length) return null;
            const from = new Set();
            for (const s of sites) { const g = guards(s.n, depth + 1); if (!g) return null; g.forEach((v) => from.add(v)); }
            return from;
          }
        }
        return null;
      };
      const moves = sets.map((n) => ({ n, to: n.value, fn: fnOf(n), from: guards(n) }));
      for (const stuck of moves) {
        if (!stuck.fn || SETUP.includes(named(stuck.fn)) || /over|won|win|lost|lose|dead|end|finish|done|gameover|complete|result|clear/i.test(stuck.to)) continue;
        if (moves.some((m) => m.to !== stuck.to && (m.from === null ? !SETUP.includes(named(m.fn)) : m.from.has(stuck.to)))) continue;
        // the game goes on after it: the same function moves to a next level or hole
        const next = /this\s*\.\s*(load|next|start|setup|build|spawn|begin|new)\w*\s*\(/i.exec(this.text(stuck.fn));
        if (!next) continue;
        const line = lineOf(stuck.n);
        this.add('state_not_updated', true, `${path} = '${stuck.to}' (line ${line}) is never left: no assignment leads out of '${stuck.to}' (the others happen only in other states or at set-up), although the game goes on (${next[0].replace(/\($/, '()')} at line ${this.lineAt(stuck.fn.start + this.text(stuck.fn).indexOf(next[0]))}), so what waits for another state never happens again (set ${path} back where the game goes on)`, line, `${path} reset`);
        return;
      }
    }
  }

  // const KEYS = { Digit1: 0, Digit2: 1, Digit3: 2 }; const idx = KEYS[event.code]; if (idx) this.select(idx): the
  // entry looked up as 0 is falsy, so the first one can never be chosen (idx !== undefined)
  lookedUpZeroAsMissing() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*(\w+)\s*\[[^\]]+\]\s*;\s*if\s*\(\s*(!?)\s*\1\s*\)/g)) {
      const [, v, table] = m;
      const decl = new RegExp(`(?:const|let|var)\\s+${table}\\s*=\\s*\\{([^{}]*)\\}`).exec(this.code);
      if (!decl) continue;
      const zero = /(['"]?[\w-]+['"]?)\s*:\s*0\s*(,|$)/.exec(decl[1].trim());
      if (!zero) continue;
      const line = this.lineAt(m.index + m[0].lastIndexOf('if'));
      this.add('never_fires', true, `if (${m[3]}${v}) (line ${line}) tests ${v}, looked up in ${table} (line ${this.lineAt(decl.index)}), where ${zero[1]} maps to 0: 0 is falsy, so that entry is taken for a missing one and can never be chosen (${v} !== undefined)`, line, `${v} !== undefined`);
      return;
    }
  }

  // launch(): if (this.launched || this.over) return; this.launched = true; this.ball.setVelocity(…), and resetBall()
  // after a lost life puts the ball back and stops it without this.launched = false: the flag stays set, so the ball
  // can never be served again (this.launched = false in resetBall())
  serveFlagNeverCleared() {
    const SETUP = ['create', 'init', 'constructor'];
    for (const f of this.functions()) {
      if (!f.name || SETUP.includes(f.name)) continue;
      const g = /if\s*\(\s*this\s*\.\s*(\w+)\b[^)]*\)\s*return\s*;\s*this\s*\.\s*\1\s*=\s*true\s*;/.exec(f.text);
      if (!g) continue;
      const flag = g[1];
      const moved = /(this\s*\.\s*\w+)\s*\.\s*setVelocity[XY]?\s*\(\s*(?!0\s*[,)])/.exec(f.text);
      if (!moved) continue;
      const clears = [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${flag}\\s*=\\s*false`, 'g'))];
      if (clears.some((c) => { const k = this.functionAt(c.index); return k && !SETUP.includes(k.name); })) continue;
      if (/scene\s*\.\s*restart\s*\(/.test(this.code)) continue;
      const obj = moved[1].replace(/\s+/g, '');
      const reset = this.functions().find((k) => k.name && k !== f && /reset|serve|respawn|lose|miss|again/i.test(k.name)
        && new RegExp(`${memberPattern(obj)}\\s*\\.\\s*(setVelocity[XY]?\\s*\\(\\s*0|setPosition\\s*\\(|body\\s*\\.\\s*reset\\s*\\(|reset\\s*\\()`).test(k.text));
      if (!reset) continue;
      const line = this.lineAt(reset.node.start);
      this.add('state_not_updated', true, `${reset.name}() (line ${line}) puts ${obj} back and stops it, but never sets this.${flag} back to false, and ${f.name}() returns at once while this.${flag} is set (line ${this.lineIn(f, g.index)}): after the first ${reset.name}() ${obj} can never be set going again (this.${flag} = false in ${reset.name}())`, line, `this.${flag} = false`);
      return;
    }
  }

  // spawn() { const s = GetRandom(SHAPES); this.nextShape = GetRandom(SHAPES); … } with the NEXT box drawn from
  // this.nextShape: the piece that enters is a new draw, so what the preview showed is thrown away unused
  // (const s = this.nextShape)
  previewNeverUsed() {
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/this\s*\.\s*((?:next|upcoming|queued|preview)\w*)\s*=\s*([^;]+);/gi)) {
        const [, field, drawn] = m;
        if (!/GetRandom|Between|random|RND|pick|\[\s*Math\s*\.\s*floor/.test(drawn)) continue;
        const esc = `this\\s*\\.\\s*${field}\\b`;
        const before = f.text.slice(0, m.index);
        if (new RegExp(esc).test(before)) continue;
        // the current one is drawn from the same source just before, instead of taken from the field
        const same = drawn.replace(/\s+/g, '');
        const current = [...before.matchAll(/(?:(?:const|let|var)\s+(\w+)|this\s*\.\s*(\w+))\s*=\s*([^;]+);/g)].find((d) => d[3].replace(/\s+/g, '') === same);
        if (!current) continue;
        const readers = this.functions().filter((g) => g !== f && new RegExp(`${esc}(?!\\s*=(?!=))`).test(g.text));
        if (!readers.length) continue;
        // every other read only looks at it (draws the preview); none hands it on to the piece in play
        const handsOn = readers.some((g) => new RegExp(`this\\s*\\.\\s*\\w+\\s*=\\s*[^;]*${esc}|return\\s+${esc}|\\(\\s*${esc}\\s*\\)`).test(g.text)
          || [...g.text.matchAll(new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${esc}`, 'g'))].some((a) => new RegExp(`this\\s*\\.\\s*\\w+\\s*=\\s*[^;]*\\b${a[1]}\\b`).test(g.text)));
        if (handsOn) continue;
        const line = this.lineIn(f, m.index);
        const name = current[1] || `this.${current[2]}`;
        this.add('state_not_updated', true, `this.${field} = ${drawn.trim()} (line ${line}) draws the next one again, but ${name} (line ${this.lineIn(f, current.index)}) was drawn the same way instead of being taken from this.${field}: what the preview showed (read at line ${this.lineIn(readers[0], readers[0].text.search(new RegExp(esc)))}) is never the one that comes (${name} = this.${field} before drawing a new one)`, line, `${name} = this.${field}`);
        return;
      }
    }
  }

  // togglePlay() { this.clock.paused = !this.playing; } and setTempo() { this.clock.remove(); this.clock =
  // this.time.addEvent({ delay, loop: true, … }) }: the new timer starts running, so a change made while stopped
  // starts the playhead (paused: !this.playing in the new config)
  remadeTimerForgetsPause() {
    for (const p of this.code.matchAll(/this\s*\.\s*(\w+)\s*\.\s*paused\s*=\s*(?!true\b|false\b)([^;]+);/g)) {
      const field = p[1];
      const esc = `this\\s*\\.\\s*${field}`;
      for (const f of this.functions()) {
        if (/^(create|init|constructor)$/.test(f.name || '')) continue;
        const re = new RegExp(`${esc}\\s*=\\s*this\\s*\\.\\s*time\\s*\\.\\s*addEvent\\s*\\(\\s*\\{([^}]*)\\}\\s*\\)`).exec(f.text);
        if (!re || /\bpaused\s*:/.test(re[1]) || !/\bloop\s*:\s*true|\brepeat\s*:/.test(re[1])) continue;
        if (new RegExp(`${esc}\\s*\\.\\s*paused\\s*=`).test(f.text.slice(re.index))) continue;
        const line = this.lineIn(f, re.index);
        this.add('state_not_updated', true, `${f.name || 'this function'}() makes ${`this.${field}`} again (line ${line}) without paused, while elsewhere this.${field}.paused follows ${p[2].trim()} (line ${this.lineAt(p.index)}): the new timer always runs, so a change made while stopped starts it (paused: ${p[2].trim()} in the new config)`, line, `paused: ${p[2].trim()}`);
        return;
      }
    }
  }

  // keydown-I: this.scene.launch('Inventory'); this.scene.sleep(); with the Inventory drawing a half-transparent
  // backdrop over the whole canvas: a sleeping scene is not drawn, so the window sits on an empty canvas instead of
  // over the dungeon (scene.pause() keeps it drawn and stops its update)
  sleptUnderSeeThroughOverlay() {
    for (const m of this.code.matchAll(/scene\s*\.\s*(?:launch|run)\s*\(\s*['"]([\w -]+)['"][^;]*;\s*(?:this\s*\.\s*)?scene\s*\.\s*sleep\s*\(\s*\)|scene\s*\.\s*sleep\s*\(\s*\)\s*;\s*(?:this\s*\.\s*)?scene\s*\.\s*(?:launch|run)\s*\(\s*['"]([\w -]+)['"]/g)) {
      const key = m[1] || m[2];
      const cls = [...this.code.matchAll(/class\s+\w+\s+extends\s+Phaser\s*\.\s*Scene\s*\{/g)].map((c) => c.index)
        .find((at) => new RegExp(`^[^]{0,400}?super\\s*\\(\\s*(\\{\\s*key\\s*:\\s*)?['"]${escape(key)}['"]`).test(this.code.slice(at)));
      if (cls === undefined) continue;
      const next = this.code.slice(cls + 10).search(/\nclass\s|\nconst\s+config\b/);
      const body = this.code.slice(cls, next < 0 ? undefined : cls + 10 + next);
      const veil = /add\s*\.\s*rectangle\s*\(\s*[^,]+,\s*[^,]+,\s*(\d{3,}|[\w.]*(width|W)\b[\w.]*)\s*,\s*[^,]+,\s*[^,]+,\s*(0?\.\d+)\s*\)/i.exec(body);
      if (!veil) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].replace(/\s+/g, ' ')} (line ${line}) puts this scene to sleep under '${key}', which lays a see-through backdrop over the whole canvas (alpha ${veil[3]}, line ${this.lineAt(cls + veil.index)}): a sleeping scene is not drawn, so the window sits on an empty canvas instead of over this one (scene.pause(), which keeps it drawn, and resume() on the way back)`, line, 'scene.pause()');
      return;
    }
  }

  // create() { const stairs = this.buildFloor(); this.input.keyboard.on('keydown-ENTER', () => { if (… stairs.x …)
  // { this.buildFloor(); } }) }: the handler keeps the first floor's value, while every later buildFloor() makes a new
  // one, so from the second floor on it tests the old stairs (read this.stairs, or assign the new value)
  rebuiltValueKeptInCreate() {
    for (const f of this.functions()) {
      if (!/^(create|init)$/.test(f.name || '')) continue;
      for (const m of f.text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*this\s*\.\s*(\w+)\s*\(\s*\)\s*;/g)) {
        const [, v, maker] = m;
        if (!/^(build|make|generate|new|create|setup|spawn|place|reset|roll|deal|shuffle|load)/i.test(maker)) continue;
        for (const h of this.handlersOf(/./)) {
          if (h.start < f.node.start || h.end > f.node.end) continue;
          const text = this.text(h.body);
          if (!new RegExp(`(?<![\\w$.])${v}\\s*[.\\[]`).test(text) || !new RegExp(`this\\s*\\.\\s*${maker}\\s*\\(\\s*\\)`).test(text)) continue;
          if (new RegExp(`(?<![\\w$.])${v}\\s*=(?!=)`).test(text)) continue;
          const line = this.lineIn(f, m.index);
          this.add('state_not_updated', true, `${v} (line ${line}) keeps what the first this.${maker}() returned, and the handler that reads it calls this.${maker}() again (line ${this.lineAt(h.body.start + text.search(new RegExp(`this\\s*\\.\\s*${maker}`)))}) without keeping the new value: from then on it tests the first one's (keep it in a field that ${maker}() sets, or assign ${v} again)`, line, `${v} = this.${maker}()`);
          return;
        }
      }
    }
  }

  // respawn() { const lit = this.flags.getChildren().find((f) => f.getData('lit')); … } with flags lit one after another
  // along the level: find() gives the first lit flag, so a fall always sends the player back to the first one (the
  // last lit: filter(…).pop(), or keep the latest in a field)
  firstCheckpointFound() {
    for (const f of this.functions()) {
      if (!f.name || !/respawn|die|death|fall|lose|reset|restart|hurt|kill/i.test(f.name)) continue;
      const m = /([\w.]+?(?:\s*\.\s*getChildren\s*\(\s*\))?)\s*\.\s*find\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\2\s*\.\s*(?:getData\s*\(\s*['"](lit|reached|activated|active|touched|on|passed|visited)['"]\s*\)|(lit|reached|activated|touched|passed|visited)\b)\s*\)/.exec(f.text);
      if (!m || !/flag|checkpoint|check|post|torch|bonfire|beacon|save/i.test(m[1])) continue;
      const line = this.lineIn(f, m.index);
      this.add('wrong_argument', true, `${m[0].replace(/\s+/g, ' ')} (line ${line}) in ${f.name}() gives the first ${m[3] || m[4]} one in the list, not the latest: once later ones are reached too, the player still goes back to the first (the last reached: filter(…).pop(), or keep the latest in a field when it is reached)`, line, 'the latest one reached');
      return;
    }
  }
}

function isEmpty(n) {
  return (n.type === 'Literal' && (n.value === null || n.value === false)) || (n.type === 'Identifier' && n.name === 'undefined');

}

function playFindings(ast, code, facts) {
  return new PlayRules(ast, code, facts).run();
}

module.exports = { playFindings };
