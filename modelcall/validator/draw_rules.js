'use strict';
// Whole-program checks of what a Graphics draws: a slice or arc from an angle to that angle plus a share, drawn with
// anticlockwise true, which covers the rest of the circle instead of the share, and a clock's hands lying along +x
// (origin 0, 0.5) turned from angle 0 while the dial's numbers are placed from 12 o'clock (angle - 90), hands drawn
// pointing up (origin 0.5, 1) turned a quarter back as if they lay along +x, and the
// view of a zoomed camera marked at its scrollX, scrollY (the view starts elsewhere when the zoom is not 1), the two
// cameras of a split screen both following player 1 (player 2 is in neither view), and a
// rectangle's x (its middle) taken for its left edge in a test of what lies inside it, and a cycle's fraction turned
// half a circle by a cosine while the same fraction turns a whole one elsewhere (the light jumps as the day wraps),
// a bar standing on the floor line scaled about its middle, cells restored to the off colour whatever their state,
// a split screen whose main camera keeps the whole screen, slice() or arc() given degrees, a depth set on a
// container's child (a container keeps its own order), and a white tint fill on a picture drawn all in white.
// Round 69's left-overs: members made with one state's texture while a switch re-textures the others by the state.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

class DrawRules extends RuleSet {
  run() {
    if (/\.(slice|arc)\s*\([^;]*,\s*true\s*\)/.test(this.code)) this.shareDrawnTheOtherWay();
    if (/setOrigin\s*\(\s*0\s*,\s*0\.5\s*\)/.test(this.code) && /\.angle\s*=[^;\n]*\*\s*(360|30|6)\b/.test(this.code)) this.handFromThreeOClock();
    if (/setOrigin\s*\(\s*0\.5\s*,\s*1\s*\)/.test(this.code) && /hour|minute|clock/i.test(this.code)) this.upHandTurnedBack();
    if (/setZoom\s*\(/.test(this.code) && /\.scrollX\b/.test(this.code) && !/worldView/.test(this.code)) this.zoomedViewFromScroll();
    if (/\.x\s*\+\s*[\w.]+\.width\b/.test(this.code) && /add\s*\.\s*rectangle\s*\(/.test(this.code)) this.centreTakenForEdge();
    if ((this.code.match(/\.startFollow\s*\(/g) || []).length >= 2) this.splitViewsFollowOne();
    if (/Math\s*\.\s*cos\s*\(\s*\w+\s*\*\s*Math\s*\.\s*PI\s*\)/.test(this.code) && /%/.test(this.code)) this.cycleHalfTurn();
    if (/scaleY/.test(this.code) && /add\s*\.\s*rectangle\s*\(/.test(this.code)) this.barScaledAboutItsMiddle();
    if (/forEach\s*\(\s*\(?\s*\w+\s*\)?\s*=>\s*\w+\s*\.\s*setFillStyle\s*\(\s*[A-Z_]\w*\s*\)\s*\)/.test(this.code)) this.restoredToOneColour();
    if (/cameras\s*\.\s*add\s*\(/.test(this.code) && /startFollow\s*\(/.test(this.code)) this.mainViewLeftWhole();
    if (/\.\s*(slice|arc)\s*\(/.test(this.code)) this.sliceGivenDegrees();
    if (/\.\s*setDepth\s*\(/.test(this.code) && /add\s*\.\s*container\s*\(/.test(this.code)) this.depthInsideContainer();
    if (/setTintFill\s*\(\s*0x[fF]{6}\s*\)/.test(this.code)) this.whiteTintOnWhite();
    if (/\.setTexture\s*\(/.test(this.code) && /forEach|iterate|each/.test(this.code)) this.newMembersMissTheLook();
    return this.found;
  }

  // g.slice(x, y, r, start, start + share, true): anticlockwise from start to start + share goes the long way round,
  // so the slice is the whole pie but the share (false, or leave the flag out)
  shareDrawnTheOtherWay() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed) return;
      const method = n.callee.property.name;
      if (!['slice', 'arc'].includes(method) || n.arguments.length !== 6) return;
      const [, , , start, end, flag] = n.arguments;
      if (flag.type !== 'Literal' || flag.value !== true) return;
      if (end.type !== 'BinaryExpression' || end.operator !== '+' || this.text(end.left) !== this.text(start)) return;
      if (end.right.type === 'UnaryExpression' && end.right.operator === '-') return;
      this.add('wrong_argument', true, `${this.text(n.callee)}(…, ${this.text(start)}, ${this.text(end)}, true) (line ${lineOf(n)}) goes anticlockwise from ${this.text(start)} to ${this.text(end)}, the long way round: it draws the whole circle except the ${this.text(end.right)} it means to show (anticlockwise false)`, lineOf(n), 'anticlockwise false');
    });
  }

  // this.hand = this.add.rectangle(cx, cy, 150, 6).setOrigin(0, 0.5) and hand.angle = turns * 360, while the numbers go
  // round from DegToRad(h * 30 - 90): a shape lying along +x points at 3 o'clock at angle 0, so every hand shows a
  // quarter turn late (turns * 360 - 90)
  handFromThreeOClock() {
    const dial = /(DegToRad\s*\([^)]*-\s*90\s*\)|-\s*Math\.PI\s*\/\s*2\b|-\s*90\s*\)\s*\*\s*Math\.PI\s*\/\s*180)/.exec(this.code);
    if (!dial) return;
    const alongX = [...this.code.matchAll(/([\w.]+)\s*=\s*[\w.]*add\s*\.\s*(rectangle|image|sprite|line)\s*\([^;]*?\)\s*\.\s*setOrigin\s*\(\s*0\s*,\s*0\.5\s*\)/g)].map((m) => m[1]);
    if (!alongX.length) return;
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.left.type !== 'MemberExpression' || n.left.computed) return;
      if (n.left.property.name !== 'angle') return;
      const value = this.text(n.right);
      if (!/\*\s*(360|30|6)\b/.test(value) || /[-+]\s*(90|270)\b|\bOFFSET|\bSTART/i.test(value)) return;
      const who = this.text(n.left.object);
      const fn = this.functions().filter((f) => f.node.start < n.start && n.end < f.node.end).pop();
      const param = fn && fn.node.params.some((q) => q.type === 'Identifier' && q.name === who);
      if (!alongX.includes(who) && !param) return;
      this.add('wrong_argument', true, `${this.text(n)} (line ${lineOf(n)}) turns a hand made lying along +x (setOrigin(0, 0.5)), which at angle 0 points at 3 o'clock, while the dial's numbers are placed from 12 o'clock (${dial[0].trim()}, line ${this.lineAt(dial.index)}): every hand shows a quarter turn late (${value} - 90)`, lineOf(n), `${value} - 90`);
    });
  }

  // this.minuteHand = this.add.image(cx, cy, 'minute-hand').setOrigin(0.5, 1) and hand.setRotation(turns * Math.PI * 2
  // - Math.PI / 2): a hand drawn pointing up from its pivot already points at 12 o'clock at rotation 0, so taking a
  // quarter turn off (as for a shape lying along +x) sets every hand a quarter turn early (turns * Math.PI * 2)
  upHandTurnedBack() {
    const up = [...this.code.matchAll(/([\w.]+)\s*=\s*[\w.]*add\s*\.\s*(image|sprite|rectangle)\s*\([^;]*?\)\s*\.\s*setOrigin\s*\(\s*0\.5\s*,\s*1\s*\)/g)].map((m) => m[1]);
    if (!up.length) return;
    const FULL = /\*\s*(Math\.PI\s*\*\s*2|2\s*\*\s*Math\.PI|Phaser\.Math\.(PI2|TAU)|360)\b/;
    const QUARTER = /-\s*(Math\.PI\s*\/\s*2|Phaser\.Math\.PI_OVER_2|90)\s*$/;
    walk(this.ast, (n) => {
      if (this.found.length) return;
      let who = null;
      let value = null;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && ['setRotation', 'setAngle'].includes(n.callee.property.name) && n.arguments.length === 1) { who = this.text(n.callee.object); value = n.arguments[0]; }
      else if (n.type === 'AssignmentExpression' && n.operator === '=' && n.left.type === 'MemberExpression' && !n.left.computed && ['rotation', 'angle'].includes(n.left.property.name)) { who = this.text(n.left.object); value = n.right; }
      if (!who || !value) return;
      const text = this.text(value);
      if (!FULL.test(text) || !QUARTER.test(text)) return;
      const fn = this.functions().filter((f) => f.node.start < n.start && n.end < f.node.end).pop();
      const param = fn && fn.node.params.some((q) => q.type === 'Identifier' && q.name === who);
      if (!up.includes(who) && !param) return;
      this.add('wrong_argument', true, `${this.text(n)} (line ${lineOf(n)}) takes a quarter turn off a hand drawn pointing up from its pivot (setOrigin(0.5, 1)), which already points at 12 o'clock at rotation 0: every hand shows a quarter turn early (${text.replace(QUARTER, '').trim()})`, lineOf(n), text.replace(QUARTER, '').trim());
    });
  }

  // cam.setZoom(2) on the main camera, and the minimap's frame put at (cam.scrollX, cam.scrollY) with the view's size:
  // a zoomed camera's scroll is not the corner of what it shows (that is cam.worldView.x, y: the zoom is about the
  // view's middle), so the frame sits up and left of the real view (cam.worldView)
  zoomedViewFromScroll() {
    const mains = new Set(['this.cameras.main']);
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*this\s*\.\s*cameras\s*\.\s*main\s*;/g)) mains.add(m[1]);
    const zoomedMain = [...this.code.matchAll(/([\w.]+)\s*(?:\.\s*\w+\s*\([^()]*\)\s*)*\.\s*setZoom\s*\(\s*([\d.]+)\s*\)/g)].some((m) => Number(m[2]) !== 1 && mains.has(m[1].replace(/\s/g, '')));
    if (!zoomedMain) return;
    const at = /\.\s*(setPosition|strokeRect|fillRect|setTo)\s*\(\s*(?:[^,()]*?[\s(*+-])?([\w.]+?)\s*\.\s*scrollX\b[^,()]*,\s*(?:[^,()]*?[\s(*+-])?\2\s*\.\s*scrollY\b/.exec(this.code);
    if (!at || !mains.has(at[2])) return;
    const cam = at[2];
    const line = this.lineAt(at.index);
    this.add('wrong_argument', true, `${cam}.scrollX, ${cam}.scrollY (line ${line}) are taken as the corner of what the main camera shows, but that camera is zoomed (setZoom): the zoom is about the view's middle, so the view starts at ${cam}.worldView.x, ${cam}.worldView.y and the frame drawn here sits off the real view (${cam}.worldView)`, line, `${cam}.worldView.x, ${cam}.worldView.y`);
  }

  // this.zone = this.add.rectangle(0, 0, 120, 40) and inZone = x >= this.zone.x && x <= this.zone.x + this.zone.width:
  // a rectangle is placed by its middle (origin 0.5), so the test covers from its middle to half a width past its
  // right edge, and the left half of the zone counts as outside (x >= zone.x - zone.width / 2, or zone.getBounds())
  centreTakenForEdge() {
    const m = /([\w.]+)\s*\.\s*x\s*&&\s*[\w.]+\s*<=?\s*\1\s*\.\s*x\s*\+\s*\1\s*\.\s*width\b/.exec(this.code);
    if (!m) return;
    const obj = m[1];
    const esc = escape(obj);
    const made = new RegExp(`${esc}\\s*=\\s*[\\w.]*add\\s*\\.\\s*rectangle\\s*\\([^;]*;`).exec(this.code);
    if (!made || /setOrigin\s*\(/.test(made[0]) || new RegExp(`${esc}\\s*\\.\\s*(setOrigin|setDisplayOrigin)\\s*\\(|${esc}\\s*\\.\\s*origin[XY]?\\s*=`).test(this.code)) return;
    if (!new RegExp(`>=?\\s*${esc}\\s*\\.\\s*x\\s*&&`).test(this.code)) return;
    const line = this.lineAt(m.index);
    this.add('wrong_argument', true, `the test on line ${line} takes ${obj}.x as the left edge of ${obj} (… >= ${obj}.x && … <= ${obj}.x + ${obj}.width), but ${obj} is a rectangle placed by its middle (origin 0.5, line ${this.lineAt(made.index)}): its left half counts as outside and half a width past its right edge as inside (${obj}.x - ${obj}.width / 2 … ${obj}.x + ${obj}.width / 2, or ${obj}.getBounds())`, line, `${obj}.x - ${obj}.width / 2`);
  }

  // a camera: the scene's main one, or a name given cameras.main or cameras.add(...)
  isCamera(path) {
    return /^this\s*\.\s*cameras\s*\.\s*main$/.test(path) || new RegExp(`${escape(path)}\\s*=\\s*(this\\s*\\.\\s*)?cameras\\s*\\.\\s*(main\\b|add\\s*\\()`).test(this.code);
  }

  // cam1.startFollow(this.player1) and cam2.startFollow(this.player1) in a two-player split screen: both halves show
  // player 1 and player 2 is on neither (cam2.startFollow(this.player2))
  splitViewsFollowOne() {
    const follows = [...this.code.matchAll(/([\w.]+)\s*\.\s*startFollow\s*\(\s*([\w.]+)/g)].map((m) => ({ cam: m[1], target: m[2], at: m.index }));
    for (let i = 0; i < follows.length; i++) {
      for (let j = i + 1; j < follows.length; j++) {
        const [a, b] = [follows[i], follows[j]];
        if (a.cam === b.cam || a.target !== b.target || ![a.cam, b.cam].every((c) => this.isCamera(c))) continue;
        const digit = /(\d+)$/.exec(a.target);
        if (!digit) continue;
        const others = [...new Set([...this.code.matchAll(new RegExp(`${escape(a.target.slice(0, -digit[1].length))}(\\d+)\\b`, 'g'))].map((m) => m[0]))].filter((t) => t !== a.target);
        const unseen = others.find((t) => !follows.some((f) => f.target === t) && new RegExp(`${escape(t)}\\s*=\\s*[\\w.]*(add|physics\\.add|matter\\.add)\\s*\\.`).test(this.code));
        if (!unseen) continue;
        const line = this.lineAt(b.at);
        this.add('wrong_argument', true, `${b.cam}.startFollow(${b.target}) (line ${line}) follows ${b.target} like ${a.cam} does (line ${this.lineAt(a.at)}): both views show ${b.target}, and no camera follows ${unseen}, which drifts out of both (${b.cam}.startFollow(${unseen}))`, line, `${b.cam}.startFollow(${unseen})`);
        return;
      }
    }
  }

  // const t = (this.clock % DAY_MS) / DAY_MS, the sun placed at (t - 0.25) * Math.PI * 2 and the night at
  // Math.cos(t * Math.PI): over one day the cosine covers half a turn, dark at midnight and light again only as the
  // day wraps (the light jumps from full night to full day at once) (Math.cos(t * Math.PI * 2))
  cycleHalfTurn() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*\(\s*([\w.]+)\s*%\s*([\w.]+)\s*\)\s*\/\s*\3\s*;/g)) {
        const t = m[1];
        const rest = fn.text.slice(m.index + m[0].length);
        const half = new RegExp(`Math\\s*\\.\\s*cos\\s*\\(\\s*${t}\\s*\\*\\s*Math\\s*\\.\\s*PI\\s*\\)`).exec(rest);
        const whole = new RegExp(`(?<![\\w$.])${t}\\b[^;]*\\*\\s*(Math\\s*\\.\\s*PI\\s*\\*\\s*2|2\\s*\\*\\s*Math\\s*\\.\\s*PI)\\b|(?<![\\w$.])${t}\\b[^;]*\\*\\s*(Phaser\\s*\\.\\s*Math\\s*\\.\\s*)?PI2\\b`).exec(rest);
        if (!half || !whole) continue;
        const line = this.lineIn(fn, m.index + m[0].length + half.index);
        this.add('wrong_argument', true, `${t} = (${m[2]} % ${m[3]}) / ${m[3]} (line ${this.lineIn(fn, m.index)}) runs from 0 to 1 once a cycle, and ${half[0]} (line ${line}) turns only half a circle over it while the same ${t} turns a whole one elsewhere (line ${this.lineIn(fn, m.index + m[0].length + whole.index)}): the value goes from one end to the other over the cycle and jumps back as it wraps (${t} * Math.PI * 2)`, line, `Math.cos(${t} * Math.PI * 2)`);
        return;
      }
    }
  }

  // const bar = this.add.rectangle(x, FLOOR_Y, W, MAX_HEIGHT) and its scaleY tweened: a rectangle scales about its
  // origin, the middle by default, so the bar grows up and down from the floor line at once (setOrigin(0.5, 1))
  barScaledAboutItsMiddle() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*this\s*\.\s*add\s*\.\s*rectangle\s*\(\s*[^,]+,\s*([\w.]+)\s*,[^;]*;/g)) {
      const [, bar, y] = m;
      if (!/(FLOOR|GROUND|BASE|BOTTOM|BASELINE)/i.test(y) || /setOrigin\s*\(/.test(m[0])) continue;
      const fn = this.functionAt(m.index);
      const rest = fn ? fn.text : this.code;
      if (new RegExp(`\\b${bar}\\s*\\.\\s*setOrigin\\s*\\(|\\b${bar}\\s*\\.\\s*(originY|displayOriginY)\\s*=`).test(rest)) continue;
      // the bar's height is changed by its scale: scaleY set on it, or a tween of scaleY over the bars it joins
      const kept = new RegExp(`([\\w.]+)\\s*\\.\\s*push\\s*\\(\\s*${bar}\\s*\\)`).exec(rest);
      const scaled = new RegExp(`\\b${bar}\\s*\\.\\s*(scaleY\\s*=|setScale\\s*\\(\\s*[^,)]+,)`).test(rest) || (/scaleY\s*:/.test(this.code) && kept);
      if (!scaled) continue;
      if (kept && new RegExp(`${memberPattern(kept[1])}\\s*\\.\\s*forEach\\s*\\([^)]*\\)\\s*=>[^;]*setOrigin`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${bar} (line ${line}) stands on ${y} with its origin in its middle (a rectangle's default), and its height is changed through scaleY: it scales about its middle, so the bar grows up and down from the ${y} line at once instead of up from it (${bar}.setOrigin(0.5, 1))`, line, `${bar}.setOrigin(0.5, 1)`);
      return;
    }
  }

  // paint(cell) { cell.setFillStyle(on ? ROW_COLORS[row] : OFF_COLOR) } and, as the playhead leaves a column,
  // column.forEach((cell) => cell.setFillStyle(OFF_COLOR)): a cell that is on is painted as off, so the pattern looks
  // wiped after one pass (repaint each cell from its own state: this.paint(cell, false))
  restoredToOneColour() {
    for (const m of this.code.matchAll(/forEach\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\1\s*\.\s*setFillStyle\s*\(\s*([A-Z_]\w*)\s*\)\s*\)/g)) {
      const [, cell, colour] = m;
      // elsewhere the same colour is picked by the cell's own state
      const picker = this.functions().find((f) => new RegExp(`\\?[^:;]+:\\s*${colour}\\b|\\?\\s*${colour}\\s*:`).test(f.text) && /getData\s*\(|\.\s*(on|active|lit|enabled|checked|selected|state)\b/.test(f.text) && /setFillStyle\s*\(/.test(f.text));
      if (!picker) continue;
      // the restore is not a clear that turns every cell off as well
      const fn = this.functionAt(m.index);
      if (fn && /setData\s*\(\s*['"]\w+['"]\s*,\s*false|\.\s*(on|active|lit|enabled|checked|selected)\s*=\s*false/.test(fn.text)) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${cell}.setFillStyle(${colour}) (line ${line}) paints every ${cell} in the off colour, while ${picker.name ? picker.name + '()' : 'the function'} at line ${lineOf(picker.node)} picks ${colour} only for one that is off: a ${cell} that is on looks off from then on (repaint each from its own state)`, line, 'repainted from its own state');
      return;
    }
  }

  // const cam1 = this.cameras.main; cam1.startFollow(this.p1) and cam2 = this.cameras.add(HALF + 2, 0, HALF - 2, H):
  // the main camera keeps the whole screen, so the second view is drawn over its right half and player 1, in the middle
  // of the main view, sits under it (cam1.setViewport(0, 0, HALF, H))
  mainViewLeftWhole() {
    const added = /cameras\s*\.\s*add\s*\(\s*([^,)]+),\s*[^,)]+,\s*([^,)]+),\s*[^,)]+\)/.exec(this.code);
    if (!added || /^0$/.test(added[1].trim())) return;
    const names = ['this.cameras.main', ...[...this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*this\s*\.\s*cameras\s*\.\s*main\b/g)].map((m) => m[1])];
    const follows = names.find((n) => new RegExp(`${memberPattern(n)}\\s*\\.\\s*startFollow\\s*\\(`).test(this.code));
    if (!follows) return;
    // a split screen: the added camera follows someone else (a minimap over the whole view follows no one, or the same)
    const second = /(?:const|let|var)\s+(\w+)\s*=\s*this\s*\.\s*cameras\s*\.\s*add\s*\(/.exec(this.code);
    const target = (cam) => { const t = new RegExp(`${memberPattern(cam)}\\s*\\.\\s*startFollow\\s*\\(\\s*([\\w.]+)`).exec(this.code); return t && t[1]; };
    if (!second || !target(second[1]) || target(second[1]) === target(follows)) return;
    if (new RegExp(`${second[1]}\\s*\\.\\s*setZoom\\s*\\(\\s*0?\\.`).test(this.code)) return;
    if (names.some((n) => new RegExp(`${memberPattern(n)}\\s*\\.\\s*(setViewport|setSize|setPosition|width\\s*=|setBounds\\s*\\([^)]*\\)\\s*\\.\\s*setViewport)`).test(this.code))) return;
    const line = this.lineAt(added.index);
    this.add('wrong_argument', true, `cameras.add(${added[1].trim()}, …) (line ${line}) gives the second view part of the screen, and the main camera that follows the other player (${follows}) is never cut down (no setViewport or setSize): it still draws the whole screen, and the second view covers part of it, the player it follows in the middle underneath (${follows}.setViewport(0, 0, …) for its half)`, line, `${follows}.setViewport(…)`);
  }

  // const start = -90; const end = start + 360 * progress; g.slice(x, y, r, start, end): slice() and arc() take radians,
  // so -90 and 360 * progress go round many times and the pie looks full almost at once (Phaser.Math.DegToRad)
  sliceGivenDegrees() {
    const degrees = (n) => {
      if (!n || n.type !== 'Identifier') return false;
      const ds = this.decls.get(n.name);
      const init = ds && ds.length === 1 ? this.text(ds[0].init || n) : '';
      return /(^|[^\w.])-?(90|180|270|360)\b/.test(init) && !/DegToRad|PI|rad/i.test(init);
    };
    for (const c of this.calls) {
      if (!['slice', 'arc'].includes(c.name) || c.n.arguments.length < 5) continue;
      const [, , , a, b] = c.n.arguments;
      if (!degrees(a) && !degrees(b)) continue;
      const line = lineOf(c.n);
      const deg = degrees(a) ? a : b;
      this.add('wrong_argument', true, `${c.name}(…, ${this.text(a)}, ${this.text(b)}, …) (line ${line}) hands it ${deg.name}, worked out in degrees (line ${lineOf(this.decls.get(deg.name)[0].init)}), and ${c.name}() takes radians: the shape goes round many times and is drawn nearly full at once (Phaser.Math.DegToRad(…))`, line, 'Phaser.Math.DegToRad');
      return;
    }
  }

  // this.panel.add(icon) and, on dragstart, icon.setDepth(10): a Container draws its children in their list order and
  // ignores their depth, so the dragged icon still slides under the ones added after it (this.panel.bringToTop(icon))
  depthInsideContainer() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*add\s*\(\s*(\w+)\s*\)/g)) {
      const [, box, child] = m;
      if (!new RegExp(`${memberPattern(box)}\\s*=\\s*this\\s*\\.\\s*add\\s*\\.\\s*container\\s*\\(`).test(this.code)) continue;
      const raised = new RegExp(`\\b${child}\\s*\\.\\s*setDepth\\s*\\(`).exec(this.code);
      if (!raised || /bringToTop|moveUp|moveTo\s*\(|sendToBack/.test(this.code)) continue;
      const line = this.lineAt(raised.index);
      this.add('never_fires', true, `${child}.setDepth(…) (line ${line}) on a child of the container ${box} (added at line ${this.lineAt(m.index)}): a Container draws its children in the order of its list and ignores their depth, so ${child} is not raised above the others (${box}.bringToTop(${child}))`, line, `${box}.bringToTop(${child})`);
      return;
    }
  }

  // g.fillStyle(0xffffff).fillRect(…); g.generateTexture('hero', …) and this.hero.setTintFill(0xffffff) as the hit flash:
  // a white fill on a white picture changes nothing, so the flash is never seen (another colour, or blink the alpha)
  whiteTintOnWhite() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*setTintFill\s*\(\s*0x[fF]{6}\s*\)/g)) {
      const who = m[1];
      const made = new RegExp(`${memberPattern(who)}\\s*=\\s*this\\s*\\.\\s*(?:physics\\s*\\.\\s*)?add\\s*\\.\\s*(?:sprite|image)\\s*\\([^,]+,[^,]+,\\s*['"]([\\w-]+)['"]`).exec(this.code);
      if (!made) continue;
      // the texture drawn in white only: every fillStyle before its generateTexture is white
      const gen = new RegExp(`generateTexture\\s*\\(\\s*['"]${made[1]}['"]`).exec(this.code);
      if (!gen) continue;
      const before = this.code.slice(0, gen.index);
      const start = Math.max(before.lastIndexOf('generateTexture'), before.lastIndexOf('.clear('), before.lastIndexOf('graphics('));
      const fills = [...before.slice(start).matchAll(/fillStyle\s*\(\s*([^,)]+)/g)].map((f) => f[1].trim().toLowerCase());
      if (!fills.length || fills.some((f) => f !== '0xffffff') || /lineStyle|fillGradientStyle/.test(before.slice(start))) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${who}.setTintFill(0xffffff) (line ${line}) fills ${who} with white, and its texture '${made[1]}' is drawn all in white (line ${this.lineAt(gen.index)}): nothing changes on the screen, so the flash is never seen (another colour, or blink the alpha)`, line, 'a colour that shows');
      return;
    }
  }

  // toggleNight() { … this.turnips.getChildren().forEach((t) => t.setTexture('turnip_' + mode)); } while plant() always
  // makes this.turnips.create(x, y, 'turnip_day'): what is made after the switch has the look of the other state
  // until the next switch (make it with the look of the state it is made in)
  newMembersMissTheLook() {
    const walks = /([\w.]+?)\s*(?:\.\s*getChildren\s*\(\s*\)\s*\.\s*forEach|\.\s*children\s*\.\s*(?:iterate|each)|\.\s*forEach)\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\{?\s*\2\s*\.\s*setTexture\s*\(\s*([^;]*?)\s*\)\s*;?\s*\}?\s*\)/g;
    for (const w of this.code.matchAll(walks)) {
      const [, members, , look] = w;
      if (/^['"][^'"]*['"]$/.test(look)) continue;
      // the keys the switch can give: a prefix before + state, or either side of a ?:
      const prefix = /^['"]([\w-]+)['"]\s*\+/.exec(look);
      const sides = [...look.matchAll(/['"]([\w-]+)['"]/g)].map((k) => k[1]);
      const switchFn = this.functionAt(w.index);
      const esc = memberPattern(members);
      const made = new RegExp(`${esc}\\s*\\.\\s*create\\s*\\([^;]*?,\\s*['"]([\\w-]+)['"]\\s*[,)]`, 'g');
      for (const c of this.code.matchAll(made)) {
        const key = c[1];
        if (!(prefix ? key.startsWith(prefix[1]) : sides.includes(key))) continue;
        const maker = this.functionAt(c.index);
        if (!maker || maker === switchFn || /^(create|init|constructor|preload)$/.test(maker.name || '')) continue;
        // a maker only ever called while the scene is set up runs before any switch
        const callers = maker.name ? this.calls.filter((k) => k.name === maker.name) : [];
        if (callers.length && callers.every((k) => k.ctx && k.ctx.fn && /^(create|init|constructor)$/.test(k.ctx.roles[k.ctx.roles.length - 1] || ''))) continue;
        const line = this.lineAt(c.index);
        this.add('state_not_updated', true, `${c[0].replace(/\s+/g, ' ').replace(/\s*[,)]$/, ')')} (line ${line}) always makes a new one with '${key}', while the switch at line ${this.lineAt(w.index)} gives every existing one setTexture(${look}) by the state: one made after the switch keeps the other state's look until the next switch (make it with the texture for the current state)`, line, 'texture for the current state');
        return;
      }
    }
  }
}

function drawFindings(ast, code, facts) {
  return new DrawRules(ast, code, facts).run();
}

module.exports = { drawFindings };
