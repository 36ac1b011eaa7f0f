'use strict';
// Whole-program checks of visual toys and tools (paint apps, pickers, stopwatches, intros, path followers): a saved
// stroke emptied in place, a hue in degrees handed to a colour function that takes 0..1, the scene clock sped up for a
// program that runs on tweens, a resume that starts over (a stopwatch's start stamped again, a path follower started
// again), a sprite its animation hides at the end and nothing shows again, a tween chain stopped where its end was
// meant to run, a speed copied into each layer once while the keys change the original, a fade-in replaced at once by
// a fade-out chained to it, and a tween or timer kept in one field by every pass of a loop, only the last then stopped,
// a tween ended with complete() whose onComplete counts a miss, onActive taken for onStart, the scene clock sped up for
// one object's timer, a tween handle replaced by a helper before it is stopped, a zoom start set after zoomTo(), a
// running tween's duration changed, a tween function value's index read from its key argument, and particles born
// outside their 'onLeave' death zone, a camera panned to a room's top-left corner as if it were its middle, and a
// tween skipped with complete(), which fires onComplete but leaves the target (or a typed line) where it had got to,
// a beat counted in a yoyo tween's onRepeat (once per there-and-back), an endless alpha blink stopped and never set
// back, a count of finished tweens compared with another list's length, and a spline's getPoint() handed a share of
// its length (getPointAt goes by length).
// Round 68: an emit-only particle value given a start and end (every particle takes the start), a death tween killed
// by the hit feedback, Objects.Clone's shared inner arrays written through, and a chain's end put on every step.
// Round 69's left-overs: a two-target tween whose number end is the other target's cell.
// Round 70: a fade-out nothing fades back, a pop-in tween to scale 1, a hit flash that wipes a lasting tint, and a crop
// in display pixels.
// Round 71: a flip that sets scaleX to ±1 over a size, a destroyed target's tween that still costs on completion.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf, memberPath, propertiesOf, literalValue } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

const NOW = /^(this\.time\.now|this\.scene\.time\.now|scene\.time\.now|time|Date\.now\(\)|performance\.now\(\)|this\.game\.loop\.time)$/;

class AnimRules extends RuleSet {
  run() {
    if (/\.length\s*=\s*0\b|\.splice\s*\(\s*0\s*\)/.test(this.code)) this.savedListEmptiedInPlace();
    if (/HSVToRGB\s*\(|HSLToColor\s*\(/.test(this.code)) this.hueInDegrees();
    if (/time\s*\.\s*timeScale\s*=/.test(this.code)) this.clockSpedForTweens();
    if (/pauseFollow\s*\(/.test(this.code) || /\.now\b|Date\s*\.\s*now/.test(this.code)) this.resumeStartsOver();
    if (/hideOnComplete\s*:\s*true/.test(this.code)) this.hiddenAndNeverShown();
    if (/\.stop\s*\(\s*\)/.test(this.code) && /onComplete\s*:/.test(this.code)) this.chainStoppedBeforeItsEnd();
    if (/\.map\s*\(|\.forEach\s*\(|push\s*\(\s*\{/.test(this.code)) this.speedCopiedOnce();
    if (/\.fade(In|Out)\s*\(/.test(this.code)) this.fadeReplacedAtOnce();
    if (/\.(stop|remove|pause)\s*\(/.test(this.code) && /(tweens\s*\.\s*add|time\s*\.\s*addEvent)\s*\(/.test(this.code)) this.onlyLastKeptInLoop();

    if (/on(Complete|Start|Loop|Active|Stop)\s*:\s*(function\s*)?\(\s*\w+\s*,\s*\w+/.test(this.code)) this.targetsTakenForOne();

    if (/\.(flash|shake|fadeIn|fadeOut|fade|pan|zoomTo|rotateTo)\s*\(/.test(this.code)) this.effectCallbackEveryFrame();
    if (/onActive\s*:/.test(this.code) && /\bdelay\s*:/.test(this.code)) this.activeTakenForStart();
    if (/\.complete\s*\(\s*\)/.test(this.code) && /onComplete\s*:/.test(this.code)) this.completeRunsTheMiss();
    if (/time\s*\.\s*timeScale\s*=/.test(this.code)) this.clockSpedForOne();
    if (/\.(stop|remove|pause|destroy)\s*\(/.test(this.code)) this.handleReplacedBeforeStop();
    if (/zoomTo\s*\(/.test(this.code) && /setZoom\s*\(/.test(this.code)) this.zoomStartSetAfter();
    if (/\.duration\s*(\*=|\/=|\+=|-=|=[^=])/.test(this.code)) this.tweenDurationChanged();
    if (/(delay|duration|hold|repeatDelay)\s*:\s*(function\s*)?\(\s*\w+\s*,\s*\w+\s*\)/.test(this.code)) this.tweenCallbackIndexTakenForKey();
    if (/deathZone\s*:/.test(this.code) && /onLeave/.test(this.code)) this.bornInDeathZone();
    if (/\.(pan|centerOn)\s*\(\s*[\w.\[\]]+\.x\s*,/.test(this.code)) this.panToRoomCorner();
    if (/\.complete\s*\(\s*\)/.test(this.code) && /tweens\s*\.\s*(add|addCounter)\s*\(/.test(this.code)) this.completeLeavesItMidway();
    if (/yoyo\s*:\s*true/.test(this.code) && /onRepeat\s*:/.test(this.code) && !/onYoyo\s*:/.test(this.code)) this.beatCountedOnRepeatOnly();
    if (/\.stop\s*\(\s*\)/.test(this.code) && /repeat\s*:\s*-\s*1/.test(this.code)) this.blinkStoppedMidway();
    if (/onComplete\s*:/.test(this.code) && /\.length\s*\)/.test(this.code)) this.doneCountedAgainstAnotherList();
    if (/\.\s*getPoint\s*\(/.test(this.code) && /getLength\s*\(\s*\)/.test(this.code)) this.pointByTimeNotDistance();
    if (/particles\s*\(|createEmitter\s*\(/.test(this.code) && /\b(angle|speed|speedX|speedY|lifespan|quantity|delay|hold)\s*:\s*\{\s*start\s*:/.test(this.code)) this.emitOnlyRangeEased();
    if (/killTweensOf\s*\(/.test(this.code)) this.endTweenKilledByFeedback();
    if (/Objects\s*\.\s*Clone\s*\(/.test(this.code)) this.cloneSharesInside();
    if (/tweens\s*\.\s*chain\s*\(/.test(this.code) && /onComplete/.test(this.code)) this.chainEndOnEveryStep();
    if (/targets\s*:[^,}]*\[[^\]]*,/.test(this.code) && /\w+\s*\.\s*x\s*=\s*\w+\s*;/.test(this.code)) this.spriteTweenedToAnothersCell();
    if (/scale\s*:\s*\{\s*from\s*:\s*0/.test(this.code)) this.popInOverridesScale();
    if (/\.fadeOut\s*\(/.test(this.code) && !/\.(fadeIn|fadeFrom|resetFX)\s*\(|fadeEffect\s*\.\s*reset/.test(this.code)) this.fadedOutForGood();
    if (/clearTint\s*\(/.test(this.code) && /setTint\s*\(/.test(this.code)) this.flashWipesLastingTint();
    if (/setCrop\s*\(/.test(this.code) && /setDisplaySize\s*\(/.test(this.code)) this.cropInDisplayPixels();
    if (/\.scaleX\s*=\s*[^;]*\?\s*-\s*1\s*:\s*1\b/.test(this.code) && /setScale\s*\(/.test(this.code)) this.flipDropsSize();
    if (/\.destroy\s*\(/.test(this.code) && /onComplete\s*:/.test(this.code)) this.destroyedTweenStillCosts();
    return this.found;
  }

  // this.strokes.push(this.points); this.points.length = 0;: the saved stroke is the same array, so emptying it for the
  // next stroke empties the saved one too (this.points = [] makes a new list)
  savedListEmptiedInPlace() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || n.callee.property.name !== 'push') return;
      const held = [];
      for (const a of n.arguments) {
        if (a.type === 'MemberExpression') held.push(a);
        if (a.type === 'ObjectExpression') for (const p of a.properties) if (p.type === 'Property' && p.value.type === 'MemberExpression') held.push(p.value);
      }
      for (const h of held) {
        const list = this.text(h);
        if (!/^this\.\w+$/.test(list)) continue;
        const fn = this.functions().filter((f) => f.node.body.start < n.start && n.end < f.node.body.end).pop();
        if (!fn) continue;
        const after = this.code.slice(n.end, fn.node.body.end);
        const esc = escape(list);
        const emptied = new RegExp(`${esc}\\s*\\.\\s*length\\s*=\\s*0\\b|${esc}\\s*\\.\\s*splice\\s*\\(\\s*0\\s*\\)`).exec(after);
        if (!emptied || new RegExp(`${esc}\\s*=[^=]`).test(after.slice(0, emptied.index))) continue;
        const line = this.lineAt(n.end + emptied.index);
        this.add('state_not_updated', true, `${emptied[0]} (line ${line}) empties the very array that ${this.text(n.callee)}(…) (line ${lineOf(n)}) just saved: the saved one is emptied too and keeps nothing (${list} = [] starts a new one)`, line, `${list} = []`);
        return;
      }
    });
  }

  // Phaser.Display.Color.HSVToRGB(this.hue, 1, 1) with this.hue = (this.hue + 30) % 360: the hue is taken from 0 to 1,
  // so every hue in degrees wraps round to red (this.hue / 360)
  hueInDegrees() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/(HSVToRGB|HSLToColor)$/.test(this.text(n.callee)) || !n.arguments[0]) return;
      const hue = this.text(n.arguments[0]);
      if (!/^[\w.]+$/.test(hue) || /^\d/.test(hue)) return;
      const esc = escape(hue);
      const degrees = new RegExp(`${esc}\\s*=[^=;]*%\\s*360\\b|${esc}\\s*%=\\s*360\\b|${esc}\\s*(>=?|<=?|===?)\\s*360\\b|${esc}\\s*=\\s*[\\w.]*Between\\s*\\(\\s*0\\s*,\\s*3[56]\\d\\s*\\)|${esc}\\s*=[^=;]*\\*\\s*360\\b|(?:const|let|var)\\s+${esc}\\s*=\\s*([2-9]|\\d\\d+)\\b`).exec(this.code);
      if (!degrees) return;
      const shown = this.code.slice(degrees.index).split(/;|\n/)[0].trim();
      this.add('wrong_argument', true, `${this.text(n.callee)}(${hue}, …) (line ${lineOf(n)}) takes the hue from 0 to 1, and ${hue} counts degrees (${shown}, line ${this.lineAt(degrees.index)}): every hue past 1 comes out red (${hue} / 360)`, lineOf(n), `${hue} / 360`);
    });
  }

  // fKey.on('down', () => { this.time.timeScale = 6 }) in a program whose cycle is a tween: the scene clock's timeScale
  // speeds up only its timer events, and there are none, so the key changes nothing (this.tweens.timeScale)
  clockSpedForTweens() {
    if (/time\s*\.\s*(addEvent|delayedCall)\s*\(|Time\s*\.\s*TimerEvent/.test(this.code)) return;
    if (!/tweens\s*\.\s*(add|addCounter|chain|timeline)\s*\(/.test(this.code)) return;
    const m = /this\s*\.\s*time\s*\.\s*timeScale\s*=\s*([\d.]+)/.exec(this.code);
    if (!m || Number(m[1]) === 1) return;
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0]} (line ${line}) speeds up the scene clock, which runs only timer events, and this program has none: what moves here runs on tweens, so nothing changes speed (this.tweens.timeScale)`, line, 'this.tweens.timeScale');
  }

  // toggle: if (this.running) { this.elapsed = this.time.now - this.startTime } else { this.startTime = this.time.now }
  // and the display shows this.time.now - this.startTime: resuming forgets the time already on the watch, so it starts
  // again from zero (this.startTime = this.time.now - this.elapsed); and if (following) ship.pauseFollow() else
  // ship.startFollow(config): starting again puts the ship back at the path's start (resumeFollow)
  resumeStartsOver() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'IfStatement' || !n.alternate) return;
      const yes = this.text(n.consequent);
      const no = this.text(n.alternate);
      const follow = /([\w.]+)\s*\.\s*pauseFollow\s*\(\s*\)/.exec(yes);
      const again = follow && new RegExp(`${escape(follow[1])}\\s*\\.\\s*startFollow\\s*\\(`).exec(no);
      if (again) {
        const line = lineOf(n.alternate) + no.slice(0, again.index).split('\n').length - 1;
        this.add('wrong_argument', true, `${follow[1]}.startFollow(…) (line ${line}) is the resume after ${follow[0]}: it starts the path over from its beginning, so the follower jumps back to the start (${follow[1]}.resumeFollow())`, line, `${follow[1]}.resumeFollow()`);
        return;
      }
      const kept = /(this\.\w+)\s*=\s*([\w.]+(?:\(\))?)\s*-\s*(this\.\w+)\s*;/.exec(yes);
      if (!kept || !NOW.test(kept[2])) return;
      const [, elapsed, , start] = kept;
      const restamp = new RegExp(`${escape(start)}\\s*=\\s*([\\w.]+(?:\\(\\))?)\\s*;`).exec(no);
      if (!restamp || !NOW.test(restamp[1])) return;
      // the time already on the watch is added back somewhere: start = now - elapsed, or elapsed + (now - start)
      const e = escape(elapsed);
      if (new RegExp(`-\\s*${e}\\b|${e}\\s*\\+(?!\\+)|\\+\\s*${e}\\b|${e}\\s*\\+=`).test(this.code)) return;
      const line = lineOf(n.alternate) + no.slice(0, restamp.index).split('\n').length - 1;
      this.add('state_not_updated', true, `${restamp[0]} (line ${line}) resumes by stamping ${start} again, and the time shown is ${kept[2]} - ${start}: the ${elapsed} already on the watch (line ${lineOf(n)}) is forgotten, so it starts again from zero (${start} = ${restamp[1]} - ${elapsed})`, line, `${start} = ${restamp[1]} - ${elapsed}`);
    });
  }

  // anims.create({ key: 'explode', hideOnComplete: true }) and this.bomb.play('explode'), then the same bomb moved to
  // its next spot with nothing that shows it again: after the first explosion it stays hidden (and cannot be clicked)
  hiddenAndNeverShown() {
    const keys = [];
    walk(this.ast, (n) => {
      if (n.type !== 'CallExpression' || !/anims\.create$/.test(this.text(n.callee)) || !n.arguments[0] || n.arguments[0].type !== 'ObjectExpression') return;
      const props = new Map(n.arguments[0].properties.filter((p) => p.type === 'Property' && p.key && !p.computed).map((p) => [p.key.name, p.value]));
      const hide = props.get('hideOnComplete');
      const key = props.get('key');
      if (hide && hide.type === 'Literal' && hide.value === true && key && key.type === 'Literal') keys.push(String(key.value));
    });
    const shows = this.code.replace(/setVisible\s*\(\s*false\s*\)/g, '');
    for (const key of keys) {
      for (const p of this.code.matchAll(new RegExp(`(this\\.\\w+)\\s*(?:\\.\\s*anims)?\\s*\\.\\s*play\\s*\\(\\s*['"\`]${escape(key)}['"\`]`, 'g'))) {
        const sprite = escape(p[1]);
        if (new RegExp(`setVisible\\s*\\(|${sprite}\\s*\\.\\s*visible\\s*=|${sprite}\\s*\\.\\s*destroy\\s*\\(`).test(shows)) continue;
        // made anew outside create(): each one is a fresh, visible sprite
        const remade = [...this.code.matchAll(new RegExp(`${sprite}\\s*=[^=]`, 'g'))].some((a) => {
          const fn = this.functions().filter((f) => f.node.body.start < a.index && a.index < f.node.body.end).pop();
          return !fn || !['create', 'init', 'constructor'].includes(fn.name);
        });
        if (remade) continue;
        const reused = new RegExp(`${sprite}\\s*(\\.\\s*\\w+\\s*\\([^)]*\\)\\s*)*\\.\\s*(setTexture|setPosition|setFrame|setInteractive)\\s*\\(`).exec(this.code.slice(p.index));
        if (!reused) continue;
        const line = this.lineAt(p.index);
        this.add('never_fires', true, `${p[1]}.play('${key}') (line ${line}) plays '${key}', which hides ${p[1]} when it ends (hideOnComplete: true), and ${p[1]} is used again (line ${this.lineAt(p.index + reused.index)}) with nothing that shows it: after the first time it stays invisible (setVisible(true) when it comes back)`, line, `${p[1]}.setVisible(true)`);
        return;
      }
    }
  }

  // this.intro = this.tweens.chain({ tweens: [...], onComplete: () => this.showMenu() }) and SPACE: this.intro.stop():
  // stop() ends the chain without its onComplete, so skipping never shows the menu (complete(), or call showMenu too)
  chainStoppedBeforeItsEnd() {
    for (const a of this.assigns) {
      const cfg = a.value;
      if (a.op !== '=' || !/^this\.\w+$/.test(a.path) || cfg.type !== 'CallExpression' || !/(^|\.)tweens\.(chain|add|timeline)$/.test(memberPath(cfg.callee) || '')) continue;
      if (!cfg.arguments[0] || cfg.arguments[0].type !== 'ObjectExpression') continue;
      const tween = a.path;
      const props = cfg.arguments[0].properties.filter((p) => p.type === 'Property' && p.key && !p.computed);
      const done = props.find((p) => p.key.name === 'onComplete');
      if (!done || props.some((p) => p.key.name === 'onStop') || (done.value.type !== 'ArrowFunctionExpression' && done.value.type !== 'FunctionExpression')) continue;
      const calls = [...this.text(done.value.body).matchAll(/this\s*\.\s*(\w+)\s*\(/g)].map((c) => c[1]);
      if (!calls.length) continue;
      const stop = new RegExp(`${escape(tween)}\\s*\\.\\s*stop\\s*\\(\\s*\\)`).exec(this.code);
      if (!stop || new RegExp(`${escape(tween)}\\s*\\.\\s*on\\s*\\(\\s*['"\`]stop|TWEEN_STOP`).test(this.code)) continue;
      const fn = this.functions().filter((f) => f.node.body.start < stop.index && stop.index < f.node.body.end).pop();
      if (!fn || calls.some((c) => new RegExp(`this\\s*\\.\\s*${c}\\s*\\(`).test(fn.text))) continue;
      const line = this.lineAt(stop.index);
      this.add('never_fires', true, `${stop[0]} (line ${line}) ends ${tween} without its onComplete (line ${lineOf(done)}), which is what calls this.${calls[0]}(): stopping it early never gets there (${tween}.complete(), or call this.${calls[0]}() as well)`, line, `${tween}.complete()`);
      return;
    }
  }

  // this.layers = [...].map((sprite, i) => ({ sprite, rate: this.speed * FACTORS[i] })) in create(), UP/DOWN change
  // this.speed, and update() moves each layer by layer.rate: the rate was copied from the speed once, so the keys
  // change only the speed's label (this.speed * layer.factor in update)
  speedCopiedOnce() {
    for (const m of this.code.matchAll(/(\w+)\s*:\s*(this\.\w+)\s*\*\s*[\w.[\]]+\s*[}),]/g)) {
      const [, prop, speed] = m;
      const made = this.functions().filter((f) => f.node.body.start < m.index && m.index < f.node.body.end)
        .find((f) => ['create', 'init', 'constructor'].includes(f.name));
      if (!made) continue;
      const s = escape(speed);
      const changed = new RegExp(`${s}\\s*(\\+=|-=|\\*=|/=|\\+\\+|--)|(\\+\\+|--)\\s*${s}\\b|${s}\\s*=[^=]`, 'g');
      const where = [...this.code.matchAll(changed)].filter((c) => !(made.node.body.start < c.index && c.index < made.node.body.end));
      if (!where.length) continue;
      const update = this.functions().find((f) => f.name === 'update');
      if (!update || !new RegExp(`\\.\\s*${prop}\\b`).test(update.text) || new RegExp(s).test(update.text)) continue;
      if (new RegExp(`\\.\\s*${prop}\\s*=[^=]`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0].slice(0, -1).trim()} (line ${line}) copies ${speed} into each ${prop} once, in ${made.name}(), and update() moves by ${prop}: changing ${speed} later (line ${this.lineAt(where[0].index)}) changes nothing on screen (read ${speed} in update())`, line, `${speed} read in update()`);
      return;
    }
  }

  // cam.fadeIn(FADE_MS).fadeOut(FADE_MS): both start the camera's one fade effect, forced, so the fade-out replaces the
  // fade-in at once and the scene is never seen fading in (start the fade-out on the camera's FADE_IN_COMPLETE)
  fadeReplacedAtOnce() {
    const at = /([\w.]+)\s*\.\s*(fadeIn|fadeOut)\s*\(([^;]*?)\)\s*(?:;\s*\1\s*)?\.\s*(fadeIn|fadeOut)\s*\(/.exec(this.code);
    if (!at || /^\s*0\s*(,|$)/.test(at[3])) return;
    const [, cam, first, , second] = at;
    const line = this.lineAt(at.index);
    const done = first === 'fadeIn' ? 'FADE_IN_COMPLETE' : 'FADE_OUT_COMPLETE';
    this.add('wrong_order', true, `${cam}.${first}(…) and then ${cam}.${second}(…) at once (line ${line}): both start the camera's one fade effect, forced, so the ${second} replaces the ${first} straight away and the ${first} is never seen (start the ${second} on the camera's ${done} event)`, line, `${second} on ${done}`);
  }

  // COLORS.forEach((c, i) => { ...; this.bounceTween = this.tweens.add({ targets: ball, ... }); }) and later
  // this.bounceTween.stop(): each pass overwrites the field, so only the last tween is kept and stopped and the
  // others run on (keep them all in a list, or stop them by target)
  onlyLastKeptInLoop() {
    const loops = [];
    walk(this.ast, (n) => {
      if (['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement'].includes(n.type)) loops.push(n.body);
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && ['forEach', 'map'].includes(n.callee.property.name)) {
        const fn = n.arguments[0];
        if (fn && /Function/.test(fn.type)) loops.push(fn.body);
      }
    });
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.left.type !== 'MemberExpression' || n.left.object.type !== 'ThisExpression') return;
      if (n.right.type !== 'CallExpression' || !/(tweens\s*\.\s*add|time\s*\.\s*addEvent)$/.test(this.text(n.right.callee))) return;
      const loop = loops.find((b) => b.start <= n.start && n.end <= b.end);
      if (!loop) return;
      const field = this.text(n.left);
      const esc = memberPattern(field);
      const outside = this.code.slice(0, loop.start) + ' '.repeat(loop.end - loop.start) + this.code.slice(loop.end);
      const used = new RegExp(`${esc}\\s*\\.\\s*(stop|remove|pause|destroy)\\s*\\(`).exec(outside);
      if (!used) return;
      const line = this.lineAt(used.index);
      this.add('state_not_updated', true, `${field} = ${this.text(n.right.callee)}(…) (line ${lineOf(n)}) runs once per pass of a loop, so the field keeps only the last one made, and ${used[0].trim()}…) (line ${line}) stops that one only: the others run on (keep them all in a list)`, line, 'every one made in the loop');
    });
  }

  // tweens.add({ targets: guest, ..., onComplete: (tween, guest) => { guest.arrived = true; } }): onComplete's second
  // argument is the tween's targets, an array, so the flag is set on the array and the guest never arrives
  // (() => { guest.arrived = true; }, or targets[0])
  targetsTakenForOne() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'Property' || n.computed || !/^on(Complete|Start|Loop|Active|Stop)$/.test(n.key.name || '')) return;
      const fn = n.value;
      if (!/Function/.test(fn.type) || fn.params.length < 2 || fn.params[1].type !== 'Identifier') return;
      const targets = fn.params[1].name;
      let set = null;
      walk(fn.body, (a) => {
        if (!set && a.type === 'AssignmentExpression' && a.left.type === 'MemberExpression' && !a.left.computed && a.left.object.type === 'Identifier' && a.left.object.name === targets && a.left.property.name !== 'length') set = a;
      });
      if (!set) return;
      const line = lineOf(set);
      this.add('wrong_argument', true, `${this.text(set.left)} = … (line ${line}): the second argument of ${n.key.name} is the tween's targets, an array, so this sets ${set.left.property.name} on the array and no game object ever has it (${targets}[0], or the object itself)`, line, `${targets}[0].${set.left.property.name}`);
    });
  }

  // this.cameras.main.flash(300, 255, 40, 40, false, () => this.nextQuestion()): a camera effect calls that callback
  // on every frame of the effect (with the camera and how far it is), not once at its end, so one flash runs through
  // every question left (listen for the camera's FLASH_COMPLETE, or test the progress for 1)
  effectCallbackEveryFrame() {
    const at = { flash: 5, shake: 4, fadeIn: 4, fadeOut: 4, fade: 4, pan: 4, zoomTo: 3, rotateTo: 3 };
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed) return;
      const effect = n.callee.property.name;
      if (!(effect in at) || !/camera|cam\b|cameras\s*\.\s*main/i.test(this.text(n.callee.object))) return;
      const fn = n.arguments[at[effect]];
      if (!fn || !/Function/.test(fn.type) || fn.params.length >= 2) return;
      const body = this.text(fn.body);
      if (!/\bscene\s*\.\s*(start|restart|launch)\s*\(|this\s*\.\s*\w+\s*\(|\+\+|\+=|--|-=/.test(body)) return;
      const done = { flash: 'FLASH_COMPLETE', shake: 'SHAKE_COMPLETE', fadeIn: 'FADE_IN_COMPLETE', fadeOut: 'FADE_OUT_COMPLETE', fade: 'FADE_OUT_COMPLETE', pan: 'PAN_COMPLETE', zoomTo: 'ZOOM_COMPLETE', rotateTo: 'ROTATE_COMPLETE' }[effect];
      this.add('wrong_argument', true, `the callback handed to ${this.text(n.callee)}() (line ${lineOf(n)}) runs on every frame of the effect, with the camera and its progress, not once at its end: what it does happens again each frame the ${effect} lasts (listen for the camera's ${done}, or act when the progress is 1)`, lineOf(n), done);
    });
  }

  // tweens.add({ targets: signal, alpha: 1, delay: Between(2000, 5000), onActive: () => { this.phase = 'draw'; } }):
  // onActive runs as soon as the tween is added to the manager, before its delay, so the state it sets holds from
  // the start while the object still waits to appear (onStart runs when the delay is over)
  activeTakenForStart() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'ObjectExpression') return;
      const cfg = propertiesOf(n);
      const active = cfg.get('onActive');
      const delay = cfg.get('delay');
      if (!active || !delay || cfg.has('onStart') || !/Function/.test(active.type)) return;
      const wait = literalValue(delay);
      if (wait.ok && !wait.value) return;
      let set = null;
      walk(active.body, (a) => { if (!set && a.type === 'AssignmentExpression' && a.left.type === 'MemberExpression' && a.left.object.type === 'ThisExpression') set = a; });
      if (!set) return;
      const line = lineOf(active);
      this.add('wrong_order', true, `onActive (line ${line}) runs as soon as the tween is added, before its delay of ${this.text(delay)}, so ${this.text(set.left)} is set from the start while the tween still waits (onStart runs when the delay is over)`, line, 'onStart');
    });
  }

  // a mole's pop tween whose onComplete counts a miss (this.misses += 1), and whack() ending it early with
  // tween.complete(): complete() runs onComplete, so every hit is counted as a miss too (stop() or remove() ends it
  // without its onComplete)
  completeRunsTheMiss() {
    const PENALTY = /this\s*\.\s*(\w*(miss|lives|life|fail|wrong|escape|strike|lost|mistake)\w*)\s*(\+=|-=|\+\+|--)|(\+\+|--)\s*this\s*\.\s*(\w*(miss|lives|life|fail|wrong|escape|strike|lost|mistake)\w*)/i;
    const GAIN = /this\s*\.\s*(\w*(score|points|hits|caught|combo|streak)\w*)\s*(\+=|\+\+)|\+\+\s*this\s*\.\s*(\w*(score|points|hits|caught|combo|streak)\w*)/i;
    const counted = [];
    walk(this.ast, (n) => {
      if (n.type !== 'CallExpression' || !/tweens\s*\.\s*add$/.test(this.text(n.callee)) || !n.arguments[0]) return;
      const done = propertiesOf(n.arguments[0]).get('onComplete');
      if (!done || !/Function/.test(done.type)) return;
      const penalty = PENALTY.exec(this.text(done.body));
      if (penalty) counted.push({ done, field: penalty[1] || penalty[5] });
    });
    if (!counted.length) return;
    for (const m of this.code.matchAll(/\.\s*complete\s*\(\s*\)/g)) {
      const fn = this.functionAt(m.index);
      if (!fn || counted.some((c) => c.done.start <= m.index && m.index < c.done.end)) continue;
      const gain = GAIN.exec(fn.text);
      if (!gain || PENALTY.test(fn.text)) continue;
      const { done, field } = counted[0];
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${this.code.slice(this.code.lastIndexOf('\n', m.index) + 1, m.index + m[0].length).trim()} (line ${line}) ends the tween through its onComplete (line ${lineOf(done)}), which counts this.${field}: every ${gain[1] || gain[4]} counted here is counted as a ${field} too (stop() or remove() ends it without the onComplete)`, line, 'stop()');
      return;
    }
  }

  // plot.timer = this.time.addEvent({ delay: GROW_MS, ... }) per plot, and water(plot) { plot.watered = true;
  // this.time.timeScale = 2; }: the scene clock runs every timer, so watering one plot speeds up every crop, the later
  // ones too (plot.timer.timeScale = 2 speeds up that plot's own timer)
  clockSpedForOne() {
    const kept = new Set([...this.code.matchAll(/\b\w+\s*\.\s*(\w+)\s*=\s*this\s*\.\s*time\s*\.\s*addEvent\s*\(/g)].map((m) => m[1]));
    if (!kept.size) return;
    for (const m of this.code.matchAll(/this\s*\.\s*time\s*\.\s*timeScale\s*=\s*([^;\n]+)/g)) {
      const fn = this.functionAt(m.index);
      if (!fn || !fn.node.params.length || fn.node.params[0].type !== 'Identifier') continue;
      const one = fn.node.params[0].name;
      const timer = [...kept].find((prop) => new RegExp(`\\b${one}\\s*\\.\\s*${prop}\\b`).test(fn.text));
      if (!timer || !new RegExp(`\\b${one}\\s*\\.\\s*\\w+\\s*=[^=]`).test(fn.text)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_target', true, `this.time.timeScale = ${m[1].trim()} (line ${line}) in ${fn.name || 'a function'}(${one}) speeds up the scene's clock, so every timer on it runs at that rate, not only ${one}.${timer} (${one}.${timer}.timeScale = ${m[1].trim()})`, line, `${one}.${timer}.timeScale`);
      return;
    }
  }

  // drop() { ...; this.spawnBlock(w); this.slide.stop(); } with spawnBlock() { this.slide = this.tweens.add({...}) }:
  // the helper has already put the new block's tween in this.slide, so stop() stops the new one and the old block
  // slides on (stop it before the call)
  handleReplacedBeforeStop() {
    for (const fn of this.functions()) {
      const body = fn.node.body.body;
      for (let i = 0; i < body.length; i++) {
        const st = body[i];
        const call = st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' ? st.expression : null;
        if (!call || call.callee.type !== 'MemberExpression' || call.callee.object.type !== 'ThisExpression' || call.callee.computed) continue;
        const helper = this.functions().find((f) => f.name === call.callee.property.name && f !== fn);
        if (!helper) continue;
        const made = [...helper.text.matchAll(/(this\s*\.\s*\w+)\s*=\s*this\s*\.\s*(tweens\s*\.\s*(add|chain)|time\s*\.\s*addEvent)\s*\(/g)];
        for (const m of made) {
          const field = memberPattern(m[1].replace(/\s+/g, ''));
          for (const later of body.slice(i + 1)) {
            const t = this.text(later);
            if (new RegExp(`${field}\\s*=[^=]`).test(t)) break;
            const stop = new RegExp(`^${field}\\s*\\.\\s*(stop|remove|pause|destroy)\\s*\\(`).exec(t);
            if (!stop) continue;
            const line = lineOf(later);
            const name = m[1].replace(/\s+/g, '');
            this.add('wrong_order', true, `${t.replace(/;$/, '')} (line ${line}) comes after ${this.text(call)} (line ${lineOf(call)}), which has already put a new one in ${name} (line ${this.lineIn(helper, m.index)}): the new one is the one ${stop[1]}ped, and the one meant goes on (${stop[1]} it before the call)`, line, `${name}.${stop[1]}() before ${this.text(call.callee)}()`);
            return;
          }
        }
      }
    }
  }

  // create() { this.playIntro(); this.setupCamera(); } with cam.zoomTo(1, 2000) in playIntro and cam.setZoom(2) in
  // setupCamera: the zoom effect starts from the zoom the camera has when zoomTo runs, 1, so it zooms from 1 to 1 and
  // writes 1 over the setZoom on every frame: no zoom is ever seen (set the start zoom first)
  zoomStartSetAfter() {
    for (const fn of this.functions()) {
      const steps = fn.node.body.body.map((st) => {
        const t = this.text(st);
        const call = /^this\s*\.\s*(\w+)\s*\(/.exec(t);
        const inner = call ? this.functions().find((f) => f.name === call[1] && f !== fn) : null;
        return { st, t: inner ? inner.text : t };
      });
      const zoom = steps.findIndex((s) => /cameras\s*\.\s*main\s*\.\s*zoomTo\s*\(|\bcam\w*\s*\.\s*zoomTo\s*\(/.test(s.t));
      if (zoom < 0) continue;
      const later = steps.slice(zoom + 1).find((s) => /cameras\s*\.\s*main\s*\.\s*setZoom\s*\(|\bcam\w*\s*\.\s*setZoom\s*\(/.test(s.t));
      if (!later) continue;
      const line = lineOf(later.st);
      this.add('wrong_order', true, `${this.text(later.st).replace(/;$/, '')} (line ${line}) sets the camera's zoom after ${this.text(steps[zoom].st).replace(/;$/, '')} (line ${lineOf(steps[zoom].st)}) started zoomTo(): the effect runs from the zoom the camera had then and writes its own value every frame, so the zoom set after it is never seen (set the start zoom first)`, line, 'setZoom before zoomTo');
      return;
    }
  }

  // this.sweep = this.tweens.add({ ..., duration: 1200, yoyo: true, repeat: -1 }) and on a hit this.sweep.duration *= 0.88:
  // a running tween keeps the duration of its TweenData, so the marker never speeds up (this.sweep.timeScale /= 0.88)
  tweenDurationChanged() {
    const tweens = new Set(this.assigns.filter((a) => a.value.type === 'CallExpression' && /tweens\s*\.\s*add$/.test(this.text(a.value.callee))).map((a) => a.path));
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+)\s*\.\s*duration\s*(\*=|\/=|\+=|-=|=(?!=))/g)) {
      const t = m[1].replace(/\s+/g, '');
      if (!tweens.has(t)) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${t}.duration ${m[2]} … (line ${line}) changes a field the running tween never reads (its timing lives in its TweenData), so ${t} keeps its first speed (${t}.timeScale, or a new tween)`, line, `${t}.timeScale`);
      return;
    }
  }

  // tweens.add({ targets: fans, y: '-=30', delay: (target, index) => index * 60 }): a tween's function value gets
  // (target, key, value, targetIndex, ...), so the second argument is the property's name, 'y', and the delay is NaN:
  // every fan jumps at once ((target, key, value, index) => ..., or this.tweens.stagger(60))
  tweenCallbackIndexTakenForKey() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'Property' || n.computed || !['delay', 'duration', 'hold', 'repeatDelay'].includes(n.key.name)) return;
      const fn = n.value;
      if (!/Function/.test(fn.type) || fn.params.length !== 2 || fn.params[1].type !== 'Identifier') return;
      const second = fn.params[1].name;
      let used = null;
      walk(fn.body, (e) => { if (!used && e.type === 'BinaryExpression' && ['*', '+', '-', '/'].includes(e.operator) && [e.left, e.right].some((s) => s.type === 'Identifier' && s.name === second)) used = e; });
      if (!used) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${n.key.name}: ${this.text(fn).split('=>')[0].trim()} => … (line ${line}): a tween's function value is called with (target, key, value, targetIndex, …), so ${second} is the property's name and ${this.text(used)} is NaN: every target gets the same ${n.key.name} ((target, key, value, ${second}) => …, or this.tweens.stagger())`, line, `(target, key, value, ${second})`);
    });
  }

  // this.pool = new Phaser.Geom.Rectangle(0, 540, 800, 60) and add.particles(400, 500, 'droplet', { deathZone: { type:
  // 'onLeave', source: this.pool } }): 'onLeave' kills every particle outside the zone, and the emitter stands outside
  // it, so each droplet dies the moment it is born and no water is ever seen (type: 'onEnter')
  bornInDeathZone() {
    // numberOf() knows literals, products and names written once; sums and differences are added here
    const evaluate = (e, depth = 0) => {
      if (e && e.type === 'BinaryExpression' && ['+', '-'].includes(e.operator) && depth < 4) {
        const [l, r] = [evaluate(e.left, depth + 1), evaluate(e.right, depth + 1)];
        return typeof l === 'number' && typeof r === 'number' ? (e.operator === '+' ? l + r : l - r) : null;
      }
      return e ? this.facts.numberOf(e) : null;
    };
    const rects = new Map();
    for (const a of this.assigns) {
      if (a.value.type === 'NewExpression' && /Geom\.Rectangle$/.test(memberPath(a.value.callee) || '')) rects.set(a.path, a.value.arguments.map((x) => evaluate(x)));
    }
    walk(this.ast, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && n.init.type === 'NewExpression' && /Geom\.Rectangle$/.test(memberPath(n.init.callee) || '')) rects.set(n.id.name, n.init.arguments.map((x) => evaluate(x)));
    });
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/add\s*\.\s*particles$/.test(this.text(n.callee)) || n.arguments.length < 4) return;
      const [x, y, , cfg] = n.arguments;
      const zone = propertiesOf(propertiesOf(cfg).get('deathZone'));
      const type = literalValue(zone.get('type'));
      const source = zone.get('source') && memberPath(zone.get('source'));
      if (!type.ok || type.value !== 'onLeave' || !source || !rects.has(source)) return;
      const [rx, ry, rw, rh] = rects.get(source);
      const [px, py] = [evaluate(x), evaluate(y)];
      if ([rx, ry, rw, rh, px, py].some((v) => typeof v !== 'number' || Number.isNaN(v))) return;
      if (px >= rx && px <= rx + rw && py >= ry && py <= ry + rh) return;
      const line = lineOf(n);
      this.add('never_fires', true, `deathZone { type: 'onLeave', source: ${source} } (line ${lineOf(zone.get('type'))}) kills every particle outside ${source} (${rx}, ${ry}, ${rw} x ${rh}), and the emitter at (${px}, ${py}) (line ${line}) is outside it: each particle dies the moment it is born and none is ever seen (type: 'onEnter' kills those that come into it)`, line, "type: 'onEnter'");
    });
  }

  // ROOMS = [{ x: 800, y: 0, w: 800, h: 600 }, …] drawn with fillRect(r.x, r.y, r.w, r.h), and camera.pan(room.x,
  // room.y): pan() and centerOn() put the given point in the middle of the view, and a room's x and y are its top-left
  // corner, so the view is centred on the corner and shows a quarter of four rooms (room.x + room.w / 2, …)
  panToRoomCorner() {
    const rectLists = [];
    for (const [name, ds] of this.decls) {
      const init = ds.length === 1 ? ds[0].init : null;
      if (!init || init.type !== 'ArrayExpression' || init.elements.length < 2) continue;
      const keyed = init.elements.every((e) => {
        const keys = e && e.type === 'ObjectExpression' ? propertiesOf(e) : new Map();
        return keys.has('x') && keys.has('y') && (keys.has('w') || keys.has('width')) && (keys.has('h') || keys.has('height'));
      });
      if (keyed) rectLists.push({ name, w: propertiesOf(init.elements[0]).has('w') ? 'w' : 'width', h: propertiesOf(init.elements[0]).has('h') ? 'h' : 'height' });
    }
    if (!rectLists.length) return;
    // their x and y are a corner (a fill or bounds from x, y; a test against x + w), never a centre (add.rectangle(r.x, r.y, …))
    const corner = /(fillRect|strokeRect|setBounds|Rectangle|setViewport)\s*\(\s*(\w+)\.x\s*,\s*\2\.y\s*,\s*\2\.(w|width)\b|\b(\w+)\.x\s*\+\s*\4\.(w|width)\b/.test(this.code);
    const centre = /add\s*\.\s*rectangle\s*\(\s*(\w+)\.x\s*,\s*\1\.y\b|\b(\w+)\.x\s*-\s*\2\.(w|width)\s*\/\s*2/.test(this.code);
    if (!corner || centre) return;
    for (const m of this.code.matchAll(/\.(pan|centerOn)\s*\(\s*([\w.\[\]]+)\.x\s*,\s*\2\.y\s*[,)]/g)) {
      const [, call, base] = m;
      const last = base.replace(/\[[^\]]*\]$/, '').split('.').pop().toLowerCase();
      const list = rectLists.find((l) => base.startsWith(l.name + '[') || [last + 's', last + 'es'].includes(l.name.toLowerCase()));
      if (!list) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${call}(${base}.x, ${base}.y) (line ${line}) puts the middle of the view on that point, and the x and y of each item of ${list.name} are its top-left corner (it is drawn and tested from there): the view is centred on the room's corner and shows parts of four rooms (${base}.x + ${base}.${list.w} / 2, ${base}.y + ${base}.${list.h} / 2)`, line, `${base}.x + ${base}.${list.w} / 2`);
      return;
    }
  }

  // this.typing = this.tweens.addCounter({ …, onUpdate: (t) => this.body.setText(line.substring(0, t.getValue())) })
  // and a click that calls this.typing.complete(): complete() only fires onComplete, it never moves the tween to its
  // end, so the skipped line stays cut where it was (set the end state in onComplete, or after complete())
  completeLeavesItMidway() {
    const CONFIG_KEYS = new Set(['targets', 'duration', 'delay', 'ease', 'repeat', 'yoyo', 'hold', 'repeatDelay', 'paused', 'persist', 'props',
      'from', 'to', 'start', 'loop', 'loopDelay', 'completeDelay', 'callbackScope', 'onStart', 'onUpdate', 'onComplete', 'onYoyo', 'onRepeat',
      'onLoop', 'onStop', 'onActive', 'onPause', 'onResume', 'flipX', 'flipY', 'interpolation', 'offset']);
    const SETTER = { x: 'setX|setPosition', y: 'setY|setPosition', alpha: 'setAlpha', scale: 'setScale', scaleX: 'setScale', scaleY: 'setScale', angle: 'setAngle', rotation: 'setRotation' };
    for (const m of this.code.matchAll(/([\w.]+)\s*=\s*this\s*\.\s*tweens\s*\.\s*(add|addCounter)\s*\(/g)) {
      const [, handle, kind] = m;
      const at = m.index + m[0].search(/this\s*\.\s*tweens/);
      const call = this.calls.find((c) => c.n.start === at && c.name === kind);
      const cfg = call && propertiesOf(call.n.arguments[0]);
      if (!cfg || !cfg.size) continue;
      const loops = literalValue(cfg.get('repeat'));
      if (cfg.has('yoyo') || cfg.has('loop') || (cfg.has('repeat') && (!loops.ok || loops.value !== 0))) continue;
      // what the tween's end state is written to: the text its onUpdate sets, or its target's tweened fields
      let ends = [];
      if (kind === 'addCounter') {
        const update = cfg.get('onUpdate');
        if (!update || !/Function/.test(update.type)) continue;
        ends = [...this.text(update.body || update).matchAll(/([\w.]+)\s*\.\s*setText\s*\(/g)].map((t) => ({ write: `${memberPattern(t[1])}\\s*\\.\\s*setText\\s*\\(|${memberPattern(t[1])}\\s*\\.\\s*text\\s*=[^=]`, shown: `the text of ${t[1]}` }));
      } else {
        const target = cfg.get('targets') && this.text(cfg.get('targets'));
        if (!target || !/^[\w.]+$/.test(target)) continue;
        const fields = [...cfg.keys()].filter((k) => !CONFIG_KEYS.has(k) && SETTER[k]);
        ends = fields.map((f) => ({ write: `${memberPattern(target)}\\s*\\.\\s*(${f}\\s*=[^=]|(${SETTER[f]})\\s*\\()`, shown: `${target}.${f}` }));
      }
      if (!ends.length) continue;
      const done = cfg.get('onComplete');
      const doneText = done ? this.text(done) : '';
      const esc = memberPattern(handle);
      for (const c of this.code.matchAll(new RegExp(`${esc}\\s*\\.\\s*complete\\s*\\(\\s*\\)`, 'g'))) {
        // what runs after it in its own block, up to a return
        let block = null;
        walk(this.ast, (n) => { if (n.type === 'BlockStatement' && n.start <= c.index && c.index < n.end && (!block || n.start >= block.start)) block = n; });
        const after = block ? this.code.slice(c.index, block.end).split(/\breturn\b/)[0] : '';
        const left = ends.filter((e) => !new RegExp(e.write).test(doneText) && !new RegExp(e.write).test(after));
        if (left.length < ends.length || !left.length) continue;
        const line = this.lineAt(c.index);
        this.add('state_not_updated', true, `${handle}.complete() (line ${line}) fires the onComplete of the tween made at line ${this.lineAt(m.index)}, but it does not move the tween to its end: ${left[0].shown} stays where the tween had got to, and nothing sets it to the end (set the end state in onComplete, or right after complete())`, line, 'the end state set on complete');
        return;
      }
    }
  }

  // a pendulum tween { angle: SWING, yoyo: true, repeat: -1, onRepeat: () => tick(scene) }: a yoyo tween repeats once
  // it has gone there and back, so onRepeat fires every second swing and the metronome misses every other beat
  // (onYoyo: () => tick(scene) as well)
  beatCountedOnRepeatOnly() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'onYoyo beats too') || n.type !== 'ObjectExpression') return;
      const cfg = propertiesOf(n);
      const yoyo = literalValue(cfg.get('yoyo'));
      const onRepeat = cfg.get('onRepeat');
      if (!yoyo.ok || yoyo.value !== true || !onRepeat || cfg.has('onYoyo') || !cfg.has('targets')) return;
      if (!/beat|tick|metronome|click/i.test(this.text(onRepeat))) return;
      const line = lineOf(onRepeat);
      this.add('never_fires', true, `onRepeat (line ${line}) on a yoyo tween fires once per there-and-back, not at each end of the swing: the beat it counts comes every second swing, always at the same side (onYoyo as well, for the other end)`, line, 'onYoyo beats too');
    });
  }

  // scene.blink = scene.tweens.add({ targets: player, alpha: 0, yoyo: true, repeat: -1 }) and later scene.blink.stop():
  // stop() leaves the alpha wherever the blink had got to and nothing sets it back, so the player stays faded
  // (player.setAlpha(1) after the stop)
  blinkStoppedMidway() {
    for (const m of this.code.matchAll(/([\w.]+)\s*=\s*(?:this|scene|\w+)\s*\.\s*tweens\s*\.\s*add\s*\(\s*\{([^{}]*)\}\s*\)/g)) {
      const [, handle, body] = m;
      if (!/repeat\s*:\s*-\s*1/.test(body) || !/\balpha\s*:/.test(body) || /onStop\s*:/.test(body)) continue;
      const target = /targets\s*:\s*([\w.]+)\s*[,}]/.exec(body);
      if (!target) continue;
      const t = memberPattern(target[1]);
      for (const s of this.code.matchAll(new RegExp(`${memberPattern(handle)}\\s*\\.\\s*(stop|remove)\\s*\\(\\s*\\)`, 'g'))) {
        const fn = this.functionAt(s.index);
        const scope = fn ? this.code.slice(fn.node.start, fn.node.end) : '';
        if (new RegExp(`${t}\\s*\\.\\s*(setAlpha\\s*\\(|alpha\\s*=)|killTweensOf`).test(scope)) continue;
        // set back anywhere else after a stop (a shared restore helper) is fine as well
        if (new RegExp(`${t}\\s*\\.\\s*(setAlpha\\s*\\(\\s*1|alpha\\s*=\\s*1)`).test(this.code)) continue;
        const line = this.lineAt(s.index);
        this.add('state_not_updated', true, `${handle}.${s[1]}() (line ${line}) stops the endless alpha tween made at line ${this.lineAt(m.index)} wherever it had got to, and nothing sets ${target[1]}'s alpha back: it stays faded, often nearly invisible (${target[1]}.setAlpha(1) after the stop)`, line, `${target[1]}.setAlpha(1)`);
        return;
      }
    }
  }

  // moves.forEach(({ item }) => this.tweens.add({ …, onComplete: () => { done += 1; if (done === this.items.length) … } })):
  // one tween is made for each move, only the items that move, so done never reaches the count of all items and
  // what waits for it never runs (done === moves.length)
  doneCountedAgainstAnotherList() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.some((f) => f.expected === 'the count of tweens made') || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || n.callee.property.name !== 'forEach') return;
      const list = this.text(n.callee.object).replace(/\s+/g, '');
      const cb = n.arguments[0];
      if (!cb || !/Function/.test(cb.type) || !/tweens\s*\.\s*add\s*\(/.test(this.text(cb))) return;
      const m = /(\w+)\s*(\+=\s*1|\+\+)\s*;\s*if\s*\(\s*\1\s*===?\s*([\w.]+)\s*\.\s*length\s*\)/.exec(this.text(cb));
      if (!m || m[3] === list) return;
      // the counted list is made from the other one (a filter or a map of it) or is another list altogether
      const line = this.lineAt(cb.start + m.index);
      this.add('never_fires', true, `${m[1]} === ${m[3]}.length (line ${line}) waits for one finished tween per item of ${m[3]}, but the tweens are made one per item of ${list} (line ${lineOf(n)}): when the two differ in length the count never matches and what waits for it never runs (${m[1]} === ${list}.length)`, line, 'the count of tweens made');
    });
  }

  // b.dist += SPEED * dt; this.road.getPoint(b.dist / this.roadLength, …): getPoint(t) runs t over the curve's
  // segments, not its length, so the speed changes along the road (short parts slow, long parts fast); getPointAt(u)
  // takes a share of the length (getPointAt)
  pointByTimeNotDistance() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*getPoint\s*\(\s*([^,()]+)\s*\/\s*([\w.]+)/g)) {
      const [, curve, , length] = m;
      // one curve made as a spline or a bezier (a Path's own getPoint already goes by length)
      if (!new RegExp(`${memberPattern(curve)}\\s*=\\s*new\\s+(Phaser\\s*\\.\\s*)?Curves\\s*\\.\\s*(Spline|CubicBezier|QuadraticBezier)\\b`).test(this.code)) continue;
      if (!new RegExp(`${memberPattern(length)}\\s*=\\s*[\\w.]+\\s*\\.\\s*getLength\\s*\\(`).test(this.code) && !/getLength/.test(length)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${curve}.getPoint(… / ${length}) (line ${line}) is handed a share of the curve's length, but getPoint(t) runs t evenly over the curve's segments, not its length: what moves along it slows on short parts and rushes on long ones (${curve}.getPointAt(…), which takes a share of the length)`, line, `${curve}.getPointAt`);
      return;
    }
  }

  // add.particles(x, y, 'spark', { angle: { start: 0, end: 360 }, … }): angle (like speed, lifespan, quantity, delay and
  // hold) is set once, when a particle is emitted, and a start/end without steps or random is an ease over the life of
  // a particle: every particle is emitted at the start value, all in one direction ({ min: 0, max: 360 }, or steps)
  emitOnlyRangeEased() {
    for (const m of this.code.matchAll(/\b(angle|speed|speedX|speedY|lifespan|quantity|delay|hold)\s*:\s*\{([^{}]*)\}/g)) {
      if (!/\bstart\s*:/.test(m[2]) || !/\bend\s*:/.test(m[2]) || /\b(steps|random)\s*:/.test(m[2])) continue;
      const before = this.code.slice(Math.max(0, m.index - 600), m.index);
      if (!/particles\s*\([^;]*$|createEmitter\s*\([^;]*$|addEmitter\s*\([^;]*$/.test(before)) continue;
      if (/tweens\s*\.\s*add\s*\([^;]*$/.test(before)) continue;
      const start = /\bstart\s*:\s*([^,}]+)/.exec(m[2])[1].trim();
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[1]}: {${m[2].trim()}} (line ${line}) in a particle emitter: ${m[1]} is given to a particle once, as it is emitted, and start/end without steps or random is an ease over its life, so every particle gets ${start} (${m[1]}: { min: …, max: … } for a spread, or add steps)`, line, `${m[1]}: { min, max }`);
      return;
    }
  }

  // onBossHit(): if (boss.hp <= 0) this.defeatBoss(); this.punch(boss); where defeatBoss() starts the boss's fade with
  // an onComplete that shows the win, and punch() begins with this.tweens.killTweensOf(boss): on the final hit the fade
  // is killed the moment it starts, and the win never shows (punch only when the boss lives: else this.punch(boss))
  endTweenKilledByFeedback() {
    const methods = new Map(this.functions().filter((f) => f.name).map((f) => [f.name, f]));
    const killer = [...methods.values()].filter((f) => /killTweensOf\s*\(/.test(f.text));
    if (!killer.length) return;
    for (const f of this.functions()) {
      const stmts = f.node.body.body;
      for (let i = 0; i + 1 < stmts.length; i++) {
        const st = stmts[i];
        if (st.type !== 'IfStatement' || st.alternate) continue;
        const ender = /this\s*\.\s*(\w+)\s*\(/.exec(this.text(st.consequent));
        const end = ender && methods.get(ender[1]);
        if (!end || !/tweens\s*\.\s*add\s*\(/.test(end.text) || !/onComplete/.test(end.text)) continue;
        const target = /targets\s*:\s*(this\s*\.\s*(\w+)|(\w+))/.exec(end.text);
        if (!target) continue;
        const name = target[2] || target[3];
        for (const later of stmts.slice(i + 1)) {
          if (later.type === 'ReturnStatement') break;
          const call = /this\s*\.\s*(\w+)\s*\(([^)]*)\)/.exec(this.text(later));
          const k = call && methods.get(call[1]);
          if (!k || !killer.includes(k) || !new RegExp(`\\b${name}\\b`).test(call[2] + ' ' + k.text)) continue;
          if (later.type === 'IfStatement') continue;
          const line = lineOf(later);
          this.add('wrong_order', true, `this.${call[1]}(…) (line ${line}) runs after this.${ender[1]}() (line ${lineOf(st)}) in the same hit: ${ender[1]}() starts the tween on ${target[1]} whose onComplete ends the fight, and ${call[1]}() begins with killTweensOf, which removes that tween at once: its onComplete never runs (call ${call[1]}() only when ${ender[1]}() is not: else)`, line, 'else');
          return;
        }
      }
    }
  }

  // const sim = Phaser.Utils.Objects.Clone(this.state); this.apply(sim, r, c) where apply() writes state.board[r][c]:
  // Clone copies one level, so sim.board is the real board and every move the AI tries is made on the game
  // (Phaser.Utils.Objects.DeepCopy, or structuredClone)
  cloneSharesInside() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*Phaser\s*\.\s*Utils\s*\.\s*Objects\s*\.\s*Clone\s*\(\s*([\w.]+)\s*\)/g)) {
      const [, copy, source] = m;
      const fn = this.functionAt(m.index);
      const rest = fn ? this.code.slice(m.index, fn.node.end) : this.code.slice(m.index);
      let write = new RegExp(`\\b${copy}\\s*\\.\\s*\\w+\\s*\\[[^\\]]+\\](\\s*\\[[^\\]]+\\])?\\s*(=(?!=)|\\+=|-=)|\\b${copy}\\s*\\.\\s*\\w+\\s*\\.\\s*(push|splice|pop|shift|fill)\\s*\\(`).exec(rest);
      let where = write ? this.lineAt(m.index + write.index) : null;
      if (!write) {
        for (const call of rest.matchAll(new RegExp(`this\\s*\\.\\s*(\\w+)\\s*\\(\\s*${copy}\\b`, 'g'))) {
          const callee = this.functions().find((f) => f.name === call[1]);
          const param = callee && callee.node.params[0] && callee.node.params[0].type === 'Identifier' ? callee.node.params[0].name : null;
          const hit = param && new RegExp(`\\b${param}\\s*\\.\\s*\\w+\\s*\\[[^\\]]+\\](\\s*\\[[^\\]]+\\])?\\s*(=(?!=)|\\+=|-=)|\\b${param}\\s*\\.\\s*\\w+\\s*\\.\\s*(push|splice|pop|shift|fill)\\s*\\(`).exec(callee.text);
          if (hit) { write = hit; where = this.lineIn(callee, hit.index); break; }
        }
      }
      if (!write) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `Phaser.Utils.Objects.Clone(${source}) (line ${line}) copies one level only: the arrays inside ${copy} are ${source}'s own, so the change at line ${where} is made on ${source} itself (Phaser.Utils.Objects.DeepCopy(${source}), or structuredClone)`, line, `DeepCopy(${source})`);
      return;
    }
  }

  // for (…) hops.push({ x, y, duration: 170, onComplete: () => this.landed(who) }); this.tweens.chain({ targets,
  // tweens: hops }): each tween of the chain has its own onComplete, so landed() runs once per step, not once at the
  // end (onComplete on the chain's config)
  chainEndOnEveryStep() {
    for (const c of this.calls) {
      if (c.name !== 'chain' || !/(^|\.)tweens$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = c.n.arguments[0].properties.filter((q) => q.type === 'Property' && q.key);
      if (props.some((q) => (q.key.name || q.key.value) === 'onComplete')) continue;
      const list = props.find((q) => (q.key.name || q.key.value) === 'tweens');
      if (!list || list.value.type !== 'Identifier') continue;
      const name = list.value.name;
      const push = new RegExp(`\\b${name}\\s*\\.\\s*push\\s*\\(\\s*\\{[^;]*onComplete\\s*:\\s*(?:\\(\\)\\s*=>\\s*)?(this\\s*\\.\\s*\\w+)`).exec(this.code);
      if (!push) continue;
      const loop = this.code.slice(Math.max(0, push.index - 300), push.index);
      const index = /for\s*\(\s*let\s+(\w+)/.exec(loop);
      if (!index || new RegExp(`\\b${index[1]}\\b`).test(push[0].split('onComplete')[1])) continue;
      const line = this.lineAt(push.index);
      this.add('wrong_order', true, `${name}.push({ …, onComplete: ${push[1]}… }) (line ${line}) puts the end of the move on every tween of the chain (line ${this.lineAt(c.n.start)}): it runs once per step, not once when the chain ends (give the chain's own config the onComplete)`, line, 'onComplete on the chain');
      return;
    }
  }

  // crate.x = bx; … this.tweens.add({ targets: [this.worker, crate.sprite], x: OX + nx * T, … }): a number is the same
  // end for every target, so the crate's sprite goes to the worker's cell while crate.x says the next one ('+=' steps
  // each target from where it is)
  spriteTweenedToAnothersCell() {
    for (const f of this.functions()) {
      for (const t of f.text.matchAll(/tweens\s*\.\s*add\s*\(\s*\{\s*targets\s*:\s*([^{}]*?\[[^\]]*\][^{}]*?)\s*,\s*x\s*:\s*([^,]+),\s*y\s*:\s*([^,]+),/g)) {
        const [, targets, tx] = t;
        if (/^\s*['"]/.test(tx)) continue;
        for (const own of targets.matchAll(/\b(\w+)\s*\.\s*(sprite|image|rect|shape|view|obj|go|display|gfx)\b/g)) {
          const owner = own[1];
          const set = new RegExp(`(?<![\\w$.])${owner}\\s*\\.\\s*x\\s*=\\s*(\\w+)\\s*;`).exec(f.text.slice(0, t.index));
          if (!set || new RegExp(`\\b${set[1]}\\b`).test(tx)) continue;
          const used = /\b([a-z]\w*)\s*\*/.exec(tx);
          if (!used || !new RegExp(`(?:const|let|var)[^;]*\\b${used[1]}\\s*=`).test(f.text)) continue;
          const line = this.lineIn(f, t.index);
          this.add('wrong_argument', true, `tweens.add({ targets: ${targets.trim()}, x: ${tx.trim()}, … }) (line ${line}) gives every target the same end, the cell of ${used[1]}, while ${owner}.x was set to ${set[1]} (line ${this.lineIn(f, set.index)}): ${owner}'s ${own[2]} ends up on top of the other target, away from where ${owner} is counted (a tween of its own, or '+=' steps that move each target from where it is)`, line, "'+=' steps or a tween per target");
          return;
        }
      }
    }
  }

  // const s = this.add.image(x, y, key).setScale(this.size); this.tweens.add({ targets: s, scale: { from: 0, to: 1 } }):
  // the tween ends at 1 whatever size was set, so every sticker comes out the same size (to: this.size)
  popInOverridesScale() {
    for (const f of this.functions()) {
      for (const t of f.text.matchAll(/tweens\s*\.\s*add\s*\(\s*\{\s*targets\s*:\s*(\w+)\s*,[^}]*?scale\s*:\s*\{\s*from\s*:\s*0\s*,\s*to\s*:\s*1\s*\}/g)) {
        const v = t[1];
        const set = new RegExp(`(?:const|let|var)\\s+${v}\\s*=[^;]*\\.\\s*setScale\\s*\\(\\s*(?!1\\s*\\))([\\w.]+)\\s*\\)|\\b${v}\\s*\\.\\s*setScale\\s*\\(\\s*(?!1\\s*\\))([\\w.]+)\\s*\\)`).exec(f.text.slice(0, t.index));
        if (!set) continue;
        const size = set[1] || set[2];
        if (/^[\d.]+$/.test(size) && Number(size) === 1) continue;
        const line = this.lineIn(f, t.index);
        this.add('wrong_argument', true, `the pop-in tween on ${v} (line ${line}) runs scale from 0 to 1, and ${v} had been given setScale(${size}) (line ${this.lineIn(f, set.index)}): the tween's end replaces it, so ${v} always ends at scale 1 (to: ${size})`, line, `to: ${size}`);
        return;
      }
    }
  }

  // cameras.main.fadeOut(300) on the stairs, and the new floor built in the same scene with no fadeIn(): a finished
  // fade-out leaves the camera covered in its colour, so the screen stays black (fadeIn() when the floor is ready)
  fadedOutForGood() {
    if (/scene\s*\.\s*(start|restart|switch|run|launch)\s*\(|scene\s*\.\s*stop\s*\(|location\s*\.\s*reload/.test(this.code)) return;
    const m = /([\w.]+)\s*\.\s*fadeOut\s*\(/.exec(this.code);
    if (!m) return;
    // the game goes on after it: the fade's function (with its callbacks) builds the next part or counts a level up
    const fn = this.functions().filter((f) => f.node.start <= m.index && m.index < f.node.end && f.name).sort((a, b) => b.node.start - a.node.start)[0];
    if (!fn || !/this\s*\.\s*(build|new|next|load|generate|make|descend|setup|enter|goTo)\w*\s*\(|\b(level|depth|floor|stage|room|round)\w*\s*(\+\+|\+=)/i.test(fn.text)) return;
    const line = this.lineAt(m.index);
    this.add('state_not_updated', true, `${m[1]}.fadeOut() (line ${line}) covers the camera in its colour and nothing fades it back (no fadeIn(), fadeFrom() or resetFX(), and the scene is never started again): a finished fade-out stays, so the screen stays dark while the game goes on (fadeIn() when the next part is ready)`, line, 'fadeIn() after it');
  }

  // boss.setTintFill(0xffffff); this.time.delayedCall(90, () => boss.clearTint()) while enrage does boss.setTint(RED)
  // for good: clearTint() takes every tint off, so the flash after the enrage wipes the red (put the state's tint
  // back when the flash ends)
  flashWipesLastingTint() {
    for (const m of this.code.matchAll(/(\w+(?:\s*\.\s*\w+)*)\s*\.\s*(setTintFill|setTint)\s*\(\s*0x(?:ffffff|FFFFFF)\s*\)/g)) {
      const who = m[1].replace(/\s+/g, '');
      const esc = memberPattern(who);
      const after = this.code.slice(m.index, m.index + 400);
      const back = new RegExp(`delayedCall\\s*\\([^,]+,\\s*(?:\\(\\s*\\)\\s*=>\\s*\\{?\\s*|function\\s*\\(\\s*\\)\\s*\\{\\s*)${esc}\\s*\\.\\s*clearTint\\s*\\(\\s*\\)\\s*;?\\s*\\}?\\s*\\)`).exec(after);
      if (!back) continue;
      // a tint that lasts: set to a colour that is not white, outside the flash
      const lasting = [...this.code.matchAll(new RegExp(`${esc}\\s*\\.\\s*setTint\\s*\\(\\s*(?!0x(?:ffffff|FFFFFF)\\b)([\\w.]+)\\s*\\)`, 'g'))]
        .find((t) => !(t.index >= m.index && t.index <= m.index + back.index + back[0].length));
      if (!lasting) continue;
      // a tint put on as the thing dies (no more hits follow) lasts without being flashed over
      const near = this.code.slice(lasting.index - 200, lasting.index + 250);
      if (/destroy\s*\(|body\s*\.\s*enable\s*=\s*false|disableBody\s*\(|setActive\s*\(\s*false|alpha\s*:\s*0\b|\bdead\b|\bdie|death|defeat|killed|gameOver/i.test(near)) continue;
      const clears = [...this.code.matchAll(new RegExp(`${esc}\\s*\\.\\s*clearTint\\s*\\(`, 'g'))].length;
      if (clears > 1 && !/(enrage|rage|angry|poison|frozen|burn|power|shield|phase)/i.test(this.code)) continue;
      const line = this.lineAt(m.index + back.index);
      this.add('state_not_updated', true, `the hit flash ends with ${who}.clearTint() (line ${line}), which takes off every tint, while ${who}.setTint(${lasting[1]}) (line ${this.lineAt(lasting.index)}) marks a state that lasts: after that state starts, the next flash wipes its colour for good (set the state's tint back when the flash ends)`, line, 'restore the lasting tint');
      return;
    }
  }

  // this.barFill = this.add.image(x, y, 'px').setDisplaySize(BAR_W, BAR_H); this.barFill.setCrop(0, 0, BAR_W * ratio,
  // BAR_H): a crop is measured in the texture's own pixels, not the displayed ones, so a 4-pixel texture stretched to
  // 300 is cropped at 300 * ratio > 4 and stays full (this.barFill.width * ratio)
  cropInDisplayPixels() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+|\b\w+)\s*=\s*this\s*\.\s*add\s*\.\s*(?:image|sprite)\s*\([^;]*?\.\s*setDisplaySize\s*\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)/g)) {
      const [, who, w] = m;
      if (/^\d+$/.test(w) && Number(w) < 8) continue;
      // the texture's own width, where the program makes it: a crop in display pixels is wrong only when they differ
      const key = /add\s*\.\s*(?:image|sprite)\s*\([^,]+,[^,]+,\s*['"]([\w-]+)['"]/.exec(m[0]);
      const made = key && new RegExp(`generateTexture\\s*\\(\\s*['"]${escape(key[1])}['"]\\s*,\\s*([\\w.]+)`).exec(this.code);
      if (!made || made[1] === w || this.numberNamed(made[1]) === null || this.numberNamed(made[1]) === this.numberNamed(w)) continue;
      const crop = new RegExp(`${memberPattern(who.replace(/\s+/g, ''))}\\s*\\.\\s*setCrop\\s*\\(\\s*[^,]+,\\s*[^,]+,\\s*([^,]*\\b${escape(w)}\\b[^,]*),`).exec(this.code);
      if (!crop) continue;
      const line = this.lineAt(crop.index);
      this.add('wrong_argument', true, `${who.replace(/\s+/g, '')}.setCrop(…, ${crop[1].trim()}, …) (line ${line}) measures the crop in display pixels (${w}, from setDisplaySize at line ${this.lineAt(m.index)}), but a crop is taken in the texture's own pixels: on a small texture stretched to ${w} the crop is wider than the texture and nothing is cut (${who.replace(/\s+/g, '')}.width * …)`, line, `${who.replace(/\s+/g, '')}.width`);
      return;
    }
  }

  // fish.setScale(fish.size) when it is made, then fish.scaleX = fish.vx < 0 ? -1 : 1 to face the way it swims: the
  // flip puts scaleX back to ±1, so every fish is stretched or squashed to size 1 across (± fish.size, or flipX)
  flipDropsSize() {
    for (const m of this.code.matchAll(/(\w+)\s*\.\s*scaleX\s*=\s*([^;]*?)\?\s*-\s*1\s*:\s*1\s*;/g)) {
      const who = m[1];
      const sized = new RegExp(`\\b${who}\\s*\\.\\s*setScale\\s*\\(\\s*(?!1\\s*\\))([\\w.]+)\\s*\\)`).exec(this.code);
      if (!sized || /^(1|1\.0)$/.test(sized[1])) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${who}.scaleX = ${m[2].trim()} ? -1 : 1 (line ${line}) sets the width scale to ±1, while ${who} was made at setScale(${sized[1]}) (line ${this.lineAt(sized.index)}): each flip throws that size away across, so ${who} is stretched or squashed (± ${sized[1]}, or setFlipX)`, line, `± ${sized[1]}`);
      return;
    }
  }

  // the fall tween of a word: tweens.add({ targets: w, y: FLOOR, onComplete: () => { w.destroy(); this.loseLife(); } })
  // and typing the word destroys w without stopping the tween: the tween runs on and its onComplete still takes a life
  // (stop the tween, or killTweensOf(w), when it is destroyed)
  destroyedTweenStillCosts() {
    for (const f of this.functions()) {
      const t = /(?:(?:const|let|var)\s+(\w+)\s*=\s*)?this\s*\.\s*tweens\s*\.\s*add\s*\(\s*\{\s*targets\s*:\s*(\w+)\s*,[^;]*?onComplete\s*:\s*(?:\(\s*\)\s*=>\s*\{?|function\s*\(\s*\)\s*\{)([^}]*)\}?/.exec(f.text);
      if (!t) continue;
      const [, handle, target, called] = t;
      // what onComplete runs: its own text and the functions it calls by name
      const named = [...called.matchAll(/(\w+)\s*\.\s*call\s*\(|this\s*\.\s*(\w+)\s*\(|(?<![.\w$])(\w+)\s*\(/g)].map((c) => c[1] || c[2] || c[3]);
      const done = called + named.map((n) => (this.functions().find((g) => g.name === n) || { text: '' }).text).join('\n');
      if (!/(lives|life|hp|health|hearts|miss)\w*\s*(-=|--)|this\s*\.\s*(lose|miss|damage|hurt)\w*\s*\(/i.test(done) || new RegExp(`${target}\\s*\\.\\s*(active|scene)\\b|!\\s*${target}\\b`).test(called)) continue;
      // the target is kept (setData / pushed) and destroyed elsewhere without its tween being stopped
      const kept = new RegExp(`${target}\\s*\\.\\s*setData\\s*\\(\\s*['"](\\w+)['"]\\s*,\\s*${handle || '\\$none'}\\b|\\.\\s*push\\s*\\(\\s*${target}\\s*\\)|\\.\\s*add\\s*\\(\\s*${target}\\s*\\)`).test(f.text);
      if (!kept) continue;
      const killers = this.functions().filter((g) => g !== f && /\b(\w+)\s*\.\s*destroy\s*\(\s*\)/.test(g.text) && !/killTweensOf|\.stop\s*\(|\.remove\s*\(|\.complete\s*\(/.test(g.text));
      const killer = killers.find((g) => !named.includes(g.name) && (/typed|match|hit|shoot|kill|remove|clear|destroy|word|pop|catch|collect/i.test(g.name || '') || /===|includes|startsWith/.test(g.text)));
      if (!killer || /killTweensOf/.test(this.code)) continue;
      const line = this.lineAt(killer.node.start);
      this.add('never_fires', true, `${killer.name || 'a handler'}() (line ${line}) destroys what the tween of line ${this.lineIn(f, t.index)} moves without stopping that tween: a tween goes on with a destroyed target, so its onComplete still runs (${called.trim().replace(/\s+/g, ' ').slice(0, 50)}) for something already taken away (stop the tween, or this.tweens.killTweensOf(it), where it is destroyed)`, line, 'stop the tween');
      return;
    }
  }
}

function animFindings(ast, code, facts) {
  return new AnimRules(ast, code, facts).run();
}

module.exports = { animFindings };
