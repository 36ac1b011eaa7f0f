'use strict';
// Whole-program checks of physics settings whose meaning a program gets wrong while every call is valid: a drag
// written as a damping factor, a body told not to move and then given a velocity, an angle in radians handed where
// degrees go, a Matter collision mask naming a category no body has, Matter bodies with a look but nothing to draw them,
// Arcade friction taken for rolling resistance, a long body driven across its length, Matter bodies compared with game
// objects, a circle body given the texture's width as its radius, a chain whose links all hang from its first, and an
// overlap that costs a life and leaves both bodies touching (it costs one every frame they still overlap), and a world
// bounce given for x only (its y, 0, wins over setBounce),
// a collider kept on the first of a field's objects, world bounds with no body colliding with them, an immovable
// group against itself, a jump pushed down, a zone sized after its body, a pull given as a speed, a force never
// cleared, a long hitbox left flat by setAngle(90), shots recycled past one edge only, a stream stopped by
// body.reset(), a scene gravity replacing the game's, a release along the radius, pool members made where the
// off-view test takes them back, and collected members frozen by disableBody that only an edge test brings back,
// boost pads made solid by a collider, a top speed left to drag (Arcade drags only without acceleration),
// setVelocity(0) in the idle branch of a platformer with gravity, a knockback given to a body switched off, a Graphics
// in a physics group with its body left at the default size, a static body's touching flags read as a live state (they
// are never cleared), a rider carried by hand on top of Arcade's own carrying, and accelerateToObject's acceleration
// taken for a speed.
// Round 68: PlaceOnCircle from a moving start with the default end, a score that steps over the multiple it is
// tested for, a fan that leans one step, a pointer's world point read under a scrolling camera, a small circle body
// left in the corner, a pooled object's lifetime timer never removed, a hold-to-fire timer with no first shot, a pool
// with no maxSize whose run-out branch never happens, a defeat paid on every hit while the boss fades, a filtered array
// tested as a flag, mirror() for a bounce, prev made the same vector as pos, a rest speed read under gravity, and
// gravity switched off only once before reloads.
// Round 70: checkCollision.none for the blink under gravity, startAt taken for a first wait, a stomp told by the middles
// of a taller hero, and a short-hop cut that clamps a launch from a collider.
// Round 71: physics.moveTo with nothing stopping the body on arrival.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, memberPath, lineOf, literalValue } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

// what yields radians: Phaser's Angle helpers, atan2, a game object's rotation
const RADIANS_EXPR = /\bAngle\.(Between|BetweenPoints|BetweenY|BetweenPointsY|Reverse|Wrap|Normalize|RotateTo)\s*\(|\bMath\.atan2\s*\(|\.rotation\b|\bMath\.PI\b|\bDegToRad\s*\(|\bPI2\b/;
const DEGREES_SINK = new Set(['velocityFromAngle', 'setAngle']);
const MATTER_SHAPES = new Set(['rectangle', 'circle', 'polygon', 'trapezoid', 'fromVertices']);

class PhysicsRules extends RuleSet {
  constructor(ast, code, facts) {
    super(ast, code, facts);
    this.writes = facts.writes;
    this.props = facts.props;
  }

  // the object a path is about, by its last name: this.player, scene.player, this.player.body and a local
  // p = scene.player all say 'player'
  subjectOf(path) {
    if (!path) return null;
    let full = path;
    if (!path.includes('.')) {
      const ds = this.decls.get(path);
      full = (ds && ds.length === 1 && ds[0].init ? memberPath(ds[0].init) : null) || path;
    }
    return full.replace(/\.body$/, '').split('.').pop();
  }

  run() {
    this.dragWithoutDamping();
    this.movesNeverBack();
    this.radiansForDegrees();
    this.maskWithoutCategory();
    this.matterBodiesUndrawn();
    if (/matter\.add\.(circle|rectangle|polygon|trapezoid|fromVertices)/.test(this.code)) this.drivenBodiesUndrawn();
    if (/\.setStatic\s*\(|\.setSensor\s*\(/.test(this.code)) this.staticBeforeNewBody();
    if (/Constraint\.create|Composite\.create|Bodies\./.test(this.code)) this.matterPartsNeverAdded();
    this.tileAtPixels();
    if (/setCollideWorldBounds/.test(this.code)) this.wrapPastWorldBounds();
    if (/\b(physics|matter)\s*\.\s*config\b/.test(this.code)) this.configAfterBoot();
    if (/velocityFromRotation|velocityFromAngle|Math\.(cos|sin)\s*\(|setToPolar/.test(this.code) && /PI\s*\/\s*2|HALF_PI|PI_OVER_2|\*\s*0?\.5/.test(this.code)) this.artTurnReusedAsHeading();
    if (/velocity\.y\s*===?\s*0\b/.test(this.code) && /immovable|setImmovable/.test(this.code)) this.groundByStillFall();
    if (/\b(moveToObject|accelerateToObject|moveTo|accelerateTo)\s*\(/.test(this.code)) this.chaseOnlyOnce();
    if (/\.collider\s*\(/.test(this.code) && /velocity\.y/.test(this.code)) this.speedReadAfterSeparation();
    if (/\.collider\s*\(/.test(this.code) && /setActive\s*\(\s*false|\.active\s*=\s*false/.test(this.code)) this.inactiveStillCollides();
    if (/\.collider\s*\(/.test(this.code) && /\.(x|y)\s*(\+|-)=/.test(this.code)) this.bodyMovedByPosition();
    if (/blocked\.down|touching\.down|onFloor\s*\(/.test(this.code) && /\+\+|\+=\s*1/.test(this.code)) this.jumpCountWipedOnTakeOff();
    if (/\.collider\s*\(/.test(this.code) && /paddle|bat\b|racket|bumper|flipper/i.test(this.code)) this.bounceOffsetMirrored();
    if (/setFriction\s*\(/.test(this.code) && /physics\s*\.\s*add/.test(this.code)) this.frictionTakenForRolling();
    if (/velocityFromRotation|velocityFromAngle/.test(this.code) && /generateTexture\s*\(/.test(this.code)) this.longBodyDrivenSideways();
    if (/collisionstart|collisionactive/.test(this.code) && /\.bodyA\b/.test(this.code)) this.matterBodiesComparedWithObjects();
    if (/setCircle\s*\(/.test(this.code) && /generateTexture\s*\(/.test(this.code)) this.circleGivenWidth();
    if (/(joint|constraint|spring|Constraint\.create)\s*\(/.test(this.code)) this.chainHungFromFirst();
    if (/physics\s*\.\s*add\s*\.\s*group\s*\(\s*\{/.test(this.code)) this.groupDefaultReadOnce();
    if (/physics\s*\.\s*add\s*\.\s*overlap\s*\(/.test(this.code) && /\b(lives|life|hp|health|hearts)\b\s*(-=|--)|(--|-=)\s*[\w.]*\b(lives|life|hp|health|hearts)\b/i.test(this.code)) this.lifeTakenEveryFrame();
    if (/setCollideWorldBounds\s*\(\s*true\s*,\s*[^,()]+\)/.test(this.code) && /setBounce/.test(this.code)) this.worldBounceOneAxis();

    if (/setOffset\s*\(/.test(this.code) && /setSize\s*\(/.test(this.code)) this.offsetThenResized();
    if (/physics\s*\.\s*add\s*\.\s*(overlap|collider)\s*\(/.test(this.code) && /return\s+false\b/.test(this.code)) this.processNeverTrue();
    if (/physics\s*\.\s*add\s*\.\s*(collider|overlap)\s*\(\s*this\s*\.\s*\w+\s*,/.test(this.code) && /\.destroy\s*\(/.test(this.code)) this.colliderKeepsFirstObject();
    if (/setBoundsCollision\s*\(/.test(this.code) && !/collideWorldBounds|setCollideWorldBounds/.test(this.code)) this.boundsWithoutCollidingBodies();
    if (/immovable\s*:\s*true/.test(this.code)) this.immovableAgainstEachOther();
    if (/setVelocityY\s*\(|velocity\s*\.\s*y\s*=/.test(this.code) && /gravity/.test(this.code)) this.jumpPushedDown();
    if (/add\s*\.\s*zone\s*\(/.test(this.code) && /physics\s*\.\s*add\s*\.\s*existing\s*\(/.test(this.code)) this.zoneSizedAfterBody();
    if (/moveTo(Object)?\s*\(/.test(this.code)) this.pullGivenAsSpeed();
    if (/\.\s*(x|y)\s*(\+=|-=)/.test(this.code)) this.forceNeverCleared();
    if (/setAngle\s*\([^)]*\b90\b/.test(this.code) && /generateTexture\s*\(/.test(this.code)) this.hitboxLeftFlat();
    if (/velocityFromRotation\s*\(|moveTo\s*\(/.test(this.code) && /pointer/.test(this.code)) this.recycledPastOneEdge();
    if (/\.body\s*\.\s*reset\s*\(/.test(this.code)) this.recycledStandingStill();
    if (/physics\s*:\s*\{[^}]*arcade\s*:\s*\{\s*gravity\s*:\s*\{/.test(this.code)) this.sceneGravityDropsAxis();
    if (/velocityFromRotation\s*\(/.test(this.code) && /Math\s*\.\s*cos\s*\(\s*this\s*\.\s*\w+\s*\)\s*\*/.test(this.code)) this.releasedAlongRadius();
    if (/Overlaps\s*\(|Contains\s*\(/.test(this.code) && /worldView|world\s*\.\s*bounds/.test(this.code)) this.spawnedWhereRecycled();
    if (/disableBody\s*\(/.test(this.code) && /enableBody\s*\(/.test(this.code)) this.disabledNeverReachTheEdge();
    if (/add\s*\.\s*collider\s*\(/.test(this.code)) this.padsMadeSolid();
    if (/setAcceleration/.test(this.code) && /setDamping\s*\(\s*true|setDrag\s*\(/.test(this.code)) this.topSpeedLeftToDrag();
    if (/setVelocity\s*\(\s*0\s*\)/.test(this.code) && /setVelocityY\s*\(\s*-/.test(this.code)) this.idleStopsTheFall();
    if (/body\s*\.\s*enable\s*=\s*false/.test(this.code)) this.knockedBackWhileDisabled();
    if (/add\s*\.\s*graphics\s*\(/.test(this.code) && /physics\s*\.\s*add\s*\.\s*group\s*\(/.test(this.code)) this.graphicsBodyLeftDefault();
    if (/physics\s*\.\s*add\s*\.\s*static(Image|Sprite)\s*\(/.test(this.code) && /touching\s*\.\s*(up|down|left|right)/.test(this.code)) this.staticTouchingNeverReset();
    if (/deltaX\s*\(\s*\)/.test(this.code)) this.riderCarriedTwice();
    if (/accelerate(ToObject|To)\s*\(/.test(this.code)) this.accelerationTakenForSpeed();
    if (/PlaceOnCircle\s*\(/.test(this.code)) this.circleSpacingFromMovingStart();
    if (/%\s*\d+\s*===?\s*0/.test(this.code)) this.multipleNeverLandedOn();
    if (/\(\s*\w+\s*-\s*\w+\s*\/\s*2\s*\)/.test(this.code)) this.fanLeansOneWay();
    if (/\.world[XY]\b/.test(this.code) && /startFollow\s*\(|scrollX\s*[+-]?=|setScroll\s*\(/.test(this.code)) this.worldPointerGoesStale();
    if (/setCircle\s*\(\s*[\w.]+\s*\)/.test(this.code)) this.circleBodyInTheCorner();
    if (/delayedCall\s*\(/.test(this.code) && /\.\s*get\s*\(/.test(this.code)) this.pooledLifetimeOutlivesUse();
    if (/on\s*\(\s*['"](down|keydown-\w+)['"]/.test(this.code) && /loop\s*:\s*true/.test(this.code)) this.holdFireLateFirstShot();
    if (/getFirstDead\s*\(\s*true|\.\s*get\s*\(/.test(this.code) && /createMultiple\s*\(/.test(this.code)) this.poolNeverRunsOut();
    if (/<=\s*0\s*\)\s*\{?\s*this\s*\.\s*\w+\s*\(/.test(this.code) && /physics\s*\.\s*add\s*\.\s*(overlap|collider)\s*\(/.test(this.code)) this.defeatPaidOnEveryHit();
    if (/\.\s*filter\s*\(/.test(this.code)) this.filteredListAsFlag();
    if (/\.\s*mirror\s*\(/.test(this.code)) this.mirrorForBounce();
    if (/\.\s*(\w+)\s*=\s*\w+\s*\.\s*\w+\s*;/.test(this.code)) this.previousIsTheCurrent();
    if (/body\s*\.\s*speed\s*<\s*\d/.test(this.code) && /gravity\s*:\s*\{[^}]*y\s*:\s*\d/.test(this.code)) this.restSpeedUnderGravity();
    if (/setAllowGravity\s*\(\s*true/.test(this.code) && /setAllowGravity\s*\(\s*false/.test(this.code)) this.gravityOffOnlyOnce();
    if (/checkCollision\s*\.\s*none\s*=\s*true/.test(this.code) && /gravity/.test(this.code)) this.invulnerableFallsThrough();
    if (/startAt\s*:/.test(this.code)) this.startAtTakenForDelay();
    if (/!\s*[\w.]+\s*\.\s*isDown\s*&&[^)]*velocity\s*\.\s*y\s*<\s*-/.test(this.code)) this.jumpCutClampsLaunch();
    if (/generateTexture\s*\(/.test(this.code) && /\.\s*(overlap|collider)\s*\(/.test(this.code)) this.stompByCentres();
    if (/physics\s*\.\s*(moveTo|moveToObject)\s*\(/.test(this.code)) this.moveToNeverStops();
    return this.found;
  }

  // this.arrows = this.physics.add.group({ accelerationX: this.wind }) in create(), and this.wind = WINDS[this.shot]
  // after each shot: the group's config is read once, when the group is made, so every arrow it makes later gets the
  // first wind and the changes never reach one (arrow.setAccelerationX(this.wind) for each arrow made)
  groupDefaultReadOnce() {
    const SETTERS = {
      acceleration: /setAcceleration|\.acceleration\s*\.|accelerateTo/, velocity: /setVelocity|\.velocity\s*\.\s*(x|y|set)|moveTo|velocityFrom/,
      gravity: /setGravity|\.gravity\s*\.|allowGravity/, drag: /setDrag|\.drag\s*\./, bounce: /setBounce|\.bounce\s*\./,
      maxVelocity: /setMaxVelocity|\.maxVelocity\s*\./, angularVelocity: /setAngularVelocity|angularVelocity\s*=/,
    };
    if (/\.defaults\s*\.|\.\s*(setAll|propertyValueSet|incXY)\s*\(|Actions\s*\.\s*(SetXY|Call)\b/.test(this.code)) return;
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/physics\s*\.\s*add\s*\.\s*group$/.test(this.text(n.callee))) return;
      const cfg = n.arguments.find((a) => a.type === 'ObjectExpression');
      if (!cfg) return;
      const maker = this.functions().filter((f) => f.node.start < n.start && n.end < f.node.end).pop();
      for (const prop of cfg.properties) {
        if (prop.type !== 'Property' || prop.computed || !prop.key.name) continue;
        const family = /^(acceleration|velocity|gravity|drag|bounce|maxVelocity)[XY]$|^(angularVelocity)$/.exec(prop.key.name);
        const value = this.text(prop.value);
        if (!family || !/^(this\.\w+|[A-Za-z_$][\w$]*)$/.test(value)) continue;
        // a member given the value itself somewhere (arrow.setAccelerationX(this.wind)) follows the changes
        if (new RegExp(`(${SETTERS[family[1] || family[2]].source})[^;\\n]*(?<![\\w$])${escape(value)}(?![\\w$])`).test(this.code)) continue;
        const changed = new RegExp(`(?<![\\w.$])${escape(value)}\\s*(=(?!=)|\\+=|-=|\\*=)`);
        const later = this.functions().find((f) => f !== maker && !['constructor', 'init', 'preload'].includes(f.name)
          && !(maker && f.node.start > maker.node.start && f.node.end < maker.node.end && !/\.on\s*\(|addEvent|delayedCall/.test(maker.text)) && changed.test(f.text));
        if (!later) continue;
        const m = changed.exec(later.text);
        const line = this.lineIn(later, m.index);
        this.add('state_not_updated', true, `the group's ${prop.key.name}: ${value} (line ${lineOf(prop)}) is read once, when the group is made, and ${value} changes later (line ${line}): every member made after that still gets the first value, and nothing sets it on them (set${family[1] ? family[1][0].toUpperCase() + family[1].slice(1) : 'AngularVelocity'}${family[1] ? prop.key.name.slice(-1) : ''}(${value}) on each one made)`, line, `set ${prop.key.name} on each member`);
        return;
      }
    });
  }

  // the width and height of each texture made by generateTexture('key', w, h), by key
  textureSizes() {
    const sizes = new Map();
    for (const m of this.code.matchAll(/generateTexture\s*\(\s*['"`]([\w-]+)['"`]\s*,\s*(\d+)\s*,\s*(\d+)\s*\)/g)) sizes.set(m[1], [Number(m[2]), Number(m[3])]);
    return sizes;
  }

  // the texture key an object was made with: this.car = this.physics.add.sprite(x, y, 'car')
  textureOf(path) {
    const m = new RegExp(`${escape(path)}\\s*=\\s*[\\w.]*add\\s*\\.\\s*(sprite|image)\\s*\\([^,]+,[^,]+,\\s*['"\`]([\\w-]+)['"\`]`).exec(this.code);
    return m ? m[2] : null;
  }

  // ball.setFriction(0.35, 0.35) on an Arcade ball, and a new shot only once every ball is slower than STOP_SPEED:
  // Arcade friction only moves what rides on another body, so nothing slows the balls and the wait never ends
  // (setDamping(true).setDrag(0.35), or setDrag(...))
  frictionTakenForRolling() {
    if (/setDrag|setDamping|\bdrag[XY]?\s*:|\.drag\s*\.|setAcceleration|velocity\s*\.\s*scale\s*\(|matter/.test(this.code)) return;
    const m = /([\w.]+)\s*\.\s*setFriction\s*\(\s*[\d.]+\s*(,\s*[\d.]+\s*)?\)/.exec(this.code);
    if (!m || /immovable|setImmovable|moves\s*=\s*false/.test(this.code)) return;
    const waits = /\.speed\s*(>|<|>=|<=)\s*[\w.]+|velocity\s*\.\s*length\s*\(\s*\)\s*(>|<|>=|<=)|Math\s*\.\s*hypot\s*\([^)]*velocity/.exec(this.code);
    if (!waits) return;
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0]} (line ${line}) is Arcade friction, which only carries what rides on another body: it does not slow a rolling body, so nothing does, and the wait for the balls to stop (${waits[0].trim()}, line ${this.lineAt(waits.index)}) never ends (setDamping(true).setDrag(...), or setDrag)`, line, 'setDrag');
  }

  // this.car made from a 26 x 44 texture (drawn nose up) and velocityFromRotation(this.car.rotation, ...): rotation 0
  // points right, across the car's length, so it drives sideways (this.car.rotation - Math.PI / 2)
  longBodyDrivenSideways() {
    if (/PI\s*\/\s*2|HALF_PI|PI_OVER_2|\b90\b|setAngle\s*\(|\.rotation\s*=\s*-|flipX|setFlip/.test(this.code)) return;
    const sizes = this.textureSizes();
    for (const m of this.code.matchAll(/velocityFrom(Rotation|Angle)\s*\(\s*(this\.\w+|\w+)\s*\.\s*(rotation|angle)\s*,/g)) {
      const key = this.textureOf(m[2]);
      const size = key && sizes.get(key);
      if (!size || size[1] < size[0] * 1.4) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].slice(0, -1)}, …) (line ${line}) drives ${m[2]} along its ${m[3]}, which points right at 0, but its texture '${key}' is ${size[0]} wide and ${size[1]} tall, drawn along the up-down line: it moves sideways, across its length (${m[2]}.${m[3]} - ${m[3] === 'rotation' ? 'Math.PI / 2' : '90'}, or draw it pointing right)`, line, 'the heading turned a quarter');
      return;
    }
  }

  // matter.world.on('collisionstart', (e) => e.pairs.forEach((pair) => { const a = pair.bodyA; if
  // (this.bumpers.includes(a)) ... })): pair.bodyA is a Matter body, never the image in this.bumpers, so no hit is ever
  // seen (pair.bodyA.gameObject)
  matterBodiesComparedWithObjects() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'bodyA.gameObject') || n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init) return;
      const init = this.text(n.init);
      if (!/^\w+\s*\.\s*body[AB]$/.test(init)) return;
      const local = n.id.name;
      const after = this.code.slice(n.end, n.end + 500);
      const compared = new RegExp(`([\\w.]+)\\s*\\.\\s*(includes|indexOf)\\s*\\(\\s*${local}\\s*\\)|${local}\\s*===?\\s*(this\\.\\w+)|(this\\.\\w+)\\s*===?\\s*${local}\\b`).exec(after);
      if (!compared) return;
      const other = compared[1] || compared[3] || compared[4];
      // a list or field of game objects: made by matter.add.image / sprite, or pushed from them
      if (!new RegExp(`${escape(other)}\\s*(=|\\.\\s*push\\s*\\()[^;]*matter\\s*\\.\\s*add\\s*\\.\\s*(image|sprite|gameObject)|${escape(other)}\\s*\\.\\s*push\\s*\\(\\s*\\w+\\s*\\)`).test(this.code) && !/matter\s*\.\s*add\s*\.\s*(image|sprite)/.test(this.code)) return;
      if (new RegExp(`${escape(other)}[^;]*\\.body\\b`).test(this.code.slice(this.code.indexOf(other), this.code.indexOf(other) + 300)) && /\.body\s*\)/.test(this.code)) return;
      const line = lineOf(n);
      this.add('never_fires', true, `${local} = ${init} (line ${line}) is a Matter body, and ${compared[0]} (line ${line + after.slice(0, compared.index).split('\n').length - 1}) looks for it among game objects: a body is never one of them, so no collision is ever matched (${init}.gameObject)`, line, 'bodyA.gameObject');
    });
  }

  // this.marble made from a 24 x 24 texture and this.marble.setCircle(24): setCircle takes the radius, so the body is
  // a 48 px circle round a 24 px marble, too big for the gaps it should roll through (setCircle(12))
  circleGivenWidth() {
    const sizes = this.textureSizes();
    for (const m of this.code.matchAll(/(this\.\w+|\w+)\s*\.\s*setCircle\s*\(\s*(\d+)\s*\)/g)) {
      const key = this.textureOf(m[1]);
      const size = key && sizes.get(key);
      const r = Number(m[2]);
      if (!size || r !== Math.min(size[0], size[1]) || r < 8) continue;
      if (new RegExp(`${escape(m[1])}\\s*\\.\\s*(setScale|setDisplaySize|scale\\s*=)`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) gives the radius, and ${r} is the whole width of its ${size[0]} x ${size[1]} texture '${key}': the body is a ${r * 2} px circle round a ${r} px drawing, and meets walls it should pass (setCircle(${r / 2}))`, line, `setCircle(${r / 2})`);
      return;
    }
  }

  // let prev = this.pin; for (...) { const link = ...; this.matter.add.constraint(prev.body, link.body, ...) } with no
  // prev = link: every link hangs from the pin, none from the one before, so there is no rope (prev = link)
  chainHungFromFirst() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'prev = link') || !['ForStatement', 'ForOfStatement', 'WhileStatement'].includes(n.type)) return;
      const body = this.text(n.body);
      const tie = /(?:joint|constraint|spring|Constraint\.create|add\.worldConstraint)\s*\(\s*\{?\s*(?:bodyA\s*:\s*)?(\w+)(?:\.body)?\s*,\s*(?:bodyB\s*:\s*)?(\w+)(?:\.body)?/.exec(body);
      if (!tie) return;
      const [, prev, link] = tie;
      if (prev === link || !/^(prev|previous|last|lastLink|parent|above|before|anchor|tail)\w*$/i.test(prev)) return;
      if (!new RegExp(`\\blet\\s+${prev}\\s*=`).test(this.code.slice(0, n.start))) return;
      if (!new RegExp(`(?:const|let|var)\\s+${link}\\s*=`).test(body)) return;
      if (new RegExp(`\\b${prev}\\s*=[^=]`).test(body)) return;
      const line = lineOf(n) + body.slice(0, tie.index).split('\n').length - 1;
      this.add('never_fires', true, `${tie[0].trim()}… (line ${line}) ties each new ${link} to ${prev}, which the loop never moves on: every link hangs from the first, none from the one before, so there is no chain (${prev} = ${link} at the end of the loop)`, line, 'prev = link');
    });
  }

  // if (JustDown(space) && this.jumps < 2) { body.setVelocityY(-420); this.jumps++; } and after it, in the same
  // update(), if (onGround) this.jumps = 0: on the take-off frame the body has not moved yet and is still on the
  // ground, so the jump just counted is wiped and the player gets one jump more than allowed (reset before the jump)
  jumpCountWipedOnTakeOff() {
    const GROUND = /blocked\.down|touching\.down|onFloor\s*\(|isGrounded|onGround|grounded/;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.found.some((f) => f.expected === 'the ground reset before the jump') || n.type !== 'BlockStatement' || !ctx.roles.includes('update')) return;
      const body = n.body;
      for (let i = 0; i < body.length; i++) {
        const jump = body[i];
        if (jump.type !== 'IfStatement') continue;
        const cons = this.text(jump.consequent);
        const count = /(this\.\w+)\s*(\+\+|\+=\s*1\b)/.exec(cons);
        if (!count || !/setVelocityY\s*\(\s*-|velocity\.y\s*=\s*-/.test(cons)) continue;
        const esc = count[1].replace(/[.$]/g, (ch) => '\\' + ch);
        // a later if in the same block that puts the count back to 0 on the ground
        const reset = body.slice(i + 1).find((st) => st.type === 'IfStatement' && GROUND.test(this.text(st.test)) && new RegExp(`${esc}\\s*=\\s*0\\b`).test(this.text(st.consequent)));
        if (!reset) continue;
        // the ground test must not be one taken after the jump moved the body
        if (/JustDown|isDown/.test(this.text(reset.test))) continue;
        this.add('never_fires', true, `if (${this.text(reset.test)}) ${count[1]} = 0 (line ${lineOf(reset)}) comes after the jump that counts ${count[1]} (line ${lineOf(jump)}) in the same update(): on the take-off frame the body has not moved yet and is still on the ground, so the jump just counted is wiped and the player gets one more jump than allowed (put the ground reset before the jump)`, lineOf(reset), 'the ground reset before the jump');
        return;
      }
    });
  }

  // hitPaddle(ball, paddle) { const offset = paddle.x - ball.x; ball.setVelocityX(offset * 6); }: the ball that hits
  // the paddle's right side is sent left and the left side right, mirrored from what a paddle does (ball.x - paddle.x)
  bounceOffsetMirrored() {
    for (const c of this.calls) {
      if (c.name !== 'collider' || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const fn = this.facts.handedFunction(c.n.arguments[2]);
      if (!fn || fn.params.length < 2 || fn.params.some((q) => q.type !== 'Identifier')) continue;
      const [p1, p2] = fn.params.map((q) => q.name);
      const body = this.text(fn.body);
      for (const [ball, pad] of [[p1, p2], [p2, p1]]) {
        if (!/paddle|bat|racket|bumper|flipper/i.test(pad)) continue;
        for (const axis of ['x', 'y']) {
          const diff = new RegExp(`\\b${pad}\\s*\\.\\s*${axis}\\s*-\\s*${ball}\\s*\\.\\s*${axis}\\b`).exec(body);
          if (!diff) continue;
          // the difference (or a name holding it) times a positive number becomes the ball's speed on that axis
          const held = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*\\(?\\s*${pad}\\s*\\.\\s*${axis}\\s*-\\s*${ball}\\s*\\.\\s*${axis}\\s*\\)?\\s*;`).exec(body);
          const term = held ? `\\b${held[1]}\\b` : `\\(\\s*${pad}\\s*\\.\\s*${axis}\\s*-\\s*${ball}\\s*\\.\\s*${axis}\\s*\\)`;
          const set = new RegExp(`${ball}(\\.body)?\\s*\\.\\s*(setVelocity${axis.toUpperCase()}\\s*\\(\\s*(${term}\\s*\\*\\s*[\\w.]+|[\\d.]+\\s*\\*\\s*${term})\\s*\\)|velocity\\s*\\.\\s*${axis}\\s*=\\s*(${term}\\s*\\*\\s*[\\w.]+|[\\d.]+\\s*\\*\\s*${term}))`).exec(body);
          if (!set || /-\s*$/.test(body.slice(0, set.index))) continue;
          const k = /\*\s*(-?[\w.]+)/.exec(set[0]);
          if (k && /^-/.test(k[1])) continue;
          this.add('wrong_argument', true, `${diff[0]} (line ${lineOf(fn) + body.slice(0, diff.index).split('\n').length - 1}) in the collider's callback is the paddle's side of the ball, and it becomes ${ball}'s speed along ${axis}: a ball that hits the paddle's right side is sent left and one on the left side right, mirrored from a paddle's bounce (${ball}.${axis} - ${pad}.${axis})`, lineOf(fn) + body.slice(0, diff.index).split('\n').length - 1, `${ball}.${axis} - ${pad}.${axis}`);
          return;
        }
      }
    }
  }

  // setDrag(0.98) meant as "keep 98% of the speed": without setDamping(true) Arcade's drag is a deceleration in px/s²,
  // so 0.98 takes minutes to stop anything
  dragWithoutDamping() {
    const damping = this.calls.some((c) => c.name === 'setDamping' && !(c.n.arguments[0] && literalValue(c.n.arguments[0]).value === false))
      || this.assigns.some((a) => a.prop === 'useDamping') || this.props.some((p) => p.key === 'useDamping');
    if (damping) return;
    for (const c of this.calls) {
      if (!['setDrag', 'setDragX', 'setDragY'].includes(c.name)) continue;
      let v = c.n.arguments.map((a) => literalValue(a)).find((x) => x.ok && typeof x.value === 'number' && x.value > 0 && x.value < 1);
      // setDrag(surface.drag) where every `drag:` in the program's tables is below 1 ({ name: 'ICE', drag: 0.75 })
      const a = c.n.arguments[0];
      if (!v && a && a.type === 'MemberExpression' && !a.computed) {
        const values = this.props.filter((p) => p.key === a.property.name).map((p) => literalValue(p.value));
        if (values.length && values.every((x) => x.ok && typeof x.value === 'number' && x.value > 0 && x.value < 1)) v = { value: `${this.code.slice(a.start, a.end)}, that is ${values.map((x) => x.value).join(' or ')}` };
      }
      if (!v) continue;
      this.add('wrong_argument', true, `${c.name}(${v.value}): without body.setDamping(true) Arcade's drag is a slowdown of ${v.value} px/s every second, so the body hardly slows at all; as a share of speed kept it needs setDamping(true) (or give a drag in px/s², e.g. 200)`, lineOf(c.n), 'setDamping(true) with a drag below 1');
      return;
    }
  }

  // body.moves = false (held in a sling, parked) and never true again, while the code gives that body a velocity:
  // a body that does not move ignores velocity and gravity, so it stays where it is
  movesNeverBack() {
    const off = this.assigns.filter((a) => a.prop === 'moves' && literalValue(a.value).ok && literalValue(a.value).value === false);
    if (!off.length || this.assigns.some((a) => a.prop === 'moves' && !(literalValue(a.value).ok && literalValue(a.value).value === false))) return;
    // moves = false beside a stop (setVelocity(0, 0), body.stop()): a body frozen for good when the game is won or lost
    const freezes = new Set();
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'AssignmentExpression' || !/\.moves$/.test(memberPath(n.left) || '') || !ctx.fn) return;
      if (/setVelocity[XY]?\s*\(\s*0\s*(,\s*0\s*)?\)|\.stop\s*\(\s*\)|physics\.pause\s*\(/.test(this.code.slice(ctx.fn.start, ctx.fn.end))) freezes.add(lineOf(n));
    });
    for (const a of off) {
      if (freezes.has(a.line)) continue;
      const body = a.path.replace(/\.moves$/, '');
      const owner = body.replace(/\.body$/, '');
      const given = this.calls.find((c) => /^setVelocity|^setAcceleration/.test(c.name) && (c.on === body || c.on === owner))
        || this.assigns.find((s) => s.path.startsWith(body + '.velocity.'))
        || this.calls.find((c) => /^velocityFrom(Angle|Rotation)$/.test(c.name) && c.n.arguments[2] && memberPath(c.n.arguments[2]) === body + '.velocity');
      const thrown = this.draggable(owner) ? this.velocityOnRelease() : null;
      if (!given && !thrown) continue;
      const line = given ? given.line || lineOf(given.n) : lineOf(thrown.n);
      this.add('never_fires', true, `${a.path} = false (line ${a.line}) and nothing ever sets it back: a body that does not move ignores its velocity and gravity, so the velocity given at line ${line} moves nothing (set ${a.path} = true when it should fly)`, line, `${a.path} = true`);
      return;
    }
  }

  draggable(path) {
    return this.calls.some((c) => c.name === 'setDraggable' && c.n.arguments[0] && memberPath(c.n.arguments[0]) === path)
      || this.calls.some((c) => c.name === 'setInteractive' && c.on === path && c.n.arguments.some((a) => a.type === 'ObjectExpression'
        && a.properties.some((p) => p.type === 'Property' && p.key && p.key.name === 'draggable')));
  }

  // a velocity given to the dragged object when it is let go: on('dragend', (pointer, obj) => obj.body.setVelocity(...))
  velocityOnRelease() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      const fn = c.n.arguments[1];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || !/^(dragend|drop|pointerup)$/.test(ev.value)) continue;
      if (!fn || !/Function/.test(fn.type)) continue;
      const params = fn.params.filter((p) => p.type === 'Identifier').map((p) => p.name);
      const inside = (x) => x.n.start >= fn.start && x.n.end <= fn.end;
      const hit = this.calls.find((x) => inside(x) && /^setVelocity/.test(x.name) && params.some((p) => x.on === p || x.on === p + '.body'));
      if (hit) return hit;
    }
    return null;
  }

  // const angle = Phaser.Math.Angle.Between(...); physics.velocityFromAngle(angle, ...): radians where degrees go
  radiansForDegrees() {
    for (const c of this.calls) {
      if (!DEGREES_SINK.has(c.name)) continue;
      const a = c.n.arguments[0];
      let text = null;
      let line = null;
      if (a && a.type === 'Identifier') {
        const decls = this.decls.get(a.name);
        if (!decls || decls.length !== 1 || this.writes.get(a.name) || !decls[0].init) continue;
        text = this.code.slice(decls[0].init.start, decls[0].init.end);
        line = decls[0].line;
      } else if (a && a.type === 'MemberExpression' && memberPath(a) && memberPath(a).startsWith('this.')) {
        // this.aim = Angle.Between(...) wherever it is set
        const sets = this.assigns.filter((s) => s.path === memberPath(a));
        if (!sets.length || !sets.every((s) => RADIANS_EXPR.test(this.code.slice(s.value.start, s.value.end)))) continue;
        text = this.code.slice(sets[0].value.start, sets[0].value.end);
        line = sets[0].line;
      } else continue;
      const decls = [{ line }];
      // one name further: angle = base + i * step with step = DegToRad(10) (a local given radians once)
      if (!RADIANS_EXPR.test(text) && !/RadToDeg|\b180\b/.test(text)) {
        const via = [...text.matchAll(/(?<![\w$.])[A-Za-z_$][\w$]*(?![\w$(])/g)].map((m) => m[0]).find((name) => {
          const d = this.decls.get(name);
          if (!d || d.length !== 1 || !d[0].init || this.writes.get(name)) return false;
          const init = this.code.slice(d[0].init.start, d[0].init.end);
          return RADIANS_EXPR.test(init) && !/RadToDeg|\b180\b/.test(init);
        });
        if (via) text = `${via} = ${this.code.slice(this.decls.get(via)[0].init.start, this.decls.get(via)[0].init.end)}`;
      }
      if (!RADIANS_EXPR.test(text) || /RadToDeg|\b180\b|\bangle\b\s*$/.test(text)) continue;
      const fix = c.name === 'velocityFromAngle' ? 'use velocityFromRotation(), which takes radians' : 'use setRotation()';
      const shown = this.code.slice(a.start, a.end);
      this.add('wrong_argument', true, `${c.name}(${shown}): ${shown} is in radians (${text.length > 40 ? text.slice(0, 40) + '…' : text}, line ${decls[0].line}) and ${c.name}() takes degrees, so it turns 57 times too little (${fix}, or Phaser.Math.RadToDeg(${shown}))`, lineOf(c.n), 'degrees');
      return;
    }
  }

  // setCollidesWith([floorCat]) where no body is ever given floorCat: the mask leaves out every category bodies have
  // (the default is 1), so these bodies pass through everything, the floor and the walls too
  maskWithoutCategory() {
    const made = new Set(); // names assigned from nextCategory()
    for (const a of this.assigns) if (a.value.type === 'CallExpression' && memberPath(a.value.callee) && /\.nextCategory$/.test(memberPath(a.value.callee))) made.add(a.path);
    for (const [name, decls] of this.decls) if (decls.some((d) => d.init && d.init.type === 'CallExpression' && /nextCategory$/.test(memberPath(d.init.callee) || ''))) made.add(name);
    if (!made.size) return;
    const given = new Set();
    const names = (n) => (n && n.type === 'ArrayExpression' ? n.elements.map((e) => memberPath(e)) : [memberPath(n)]).filter(Boolean);
    for (const c of this.calls) if (c.name === 'setCollisionCategory') names(c.n.arguments[0]).forEach((x) => given.add(x));
    for (const p of this.props) if (p.key === 'category') names(p.value).forEach((x) => given.add(x));
    for (const a of this.assigns) if (a.prop === 'category') names(a.value).forEach((x) => given.add(x));
    for (const c of this.calls) {
      if (c.name !== 'setCollidesWith') continue;
      const mask = names(c.n.arguments[0]);
      if (!mask.length || c.n.arguments[0].type === 'ArrayExpression' && mask.length !== c.n.arguments[0].elements.length) continue;
      if (!mask.every((m) => made.has(m) && !given.has(m))) continue;
      this.add('never_fires', true, `setCollidesWith([${mask.join(', ')}]): no body is ever given ${mask.length > 1 ? 'these categories' : 'that category'} (setCollisionCategory), and every other body keeps category 1, so these bodies collide with nothing and fall through the floor and walls`, lineOf(c.n), 'setCollisionCategory(category) on what they should hit');
      return;
    }
  }

  // the object a call chain starts from: `ledge.setStatic(true).setRectangle(...)` -> 'ledge'
  basePath(call) {
    let o = call.callee.object;
    while (o && o.type === 'CallExpression' && o.callee.type === 'MemberExpression') o = o.callee.object;
    return memberPath(o);
  }

  // ledge.setStatic(true) and then ledge.setRectangle(w, h): setRectangle (setCircle, setBody, ...) gives the object a
  // brand-new body, made with the options passed now, so the static flag set before is gone and the ledge falls
  staticBeforeNewBody() {
    const SETS = new Set(['setStatic', 'setSensor']);
    const NEW_BODY = new Set(['setRectangle', 'setCircle', 'setPolygon', 'setTrapezoid', 'setBody']);
    const flags = new Map(); // base path -> the first setStatic(true) call
    const order = this.calls.slice().sort((a, b) => a.n.end - b.n.end); // a chain's inner call ends first
    for (const c of order) {
      const base = this.basePath(c.n);
      if (!base) continue;
      const a0 = c.n.arguments[0];
      if (SETS.has(c.name) && a0 && literalValue(a0).ok && literalValue(a0).value === true) { if (!flags.has(base)) flags.set(base, c); continue; }
      if (!NEW_BODY.has(c.name) || !flags.has(base)) continue;
      const set = flags.get(base);
      if (!this.sameFunction(set.n, c.n)) continue;
      const opts = c.n.arguments.find((a) => a.type === 'ObjectExpression');
      const key = set.name === 'setStatic' ? 'isStatic' : 'isSensor';
      if (opts && opts.properties.some((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === key)) continue;
      this.add('never_fires', true, `${base}.${set.name}(true) (line ${lineOf(set.n)}) comes before ${base}.${c.name}(...): ${c.name}() gives the object a new Matter body made from the options passed now, so the ${set.name === 'setStatic' ? 'static' : 'sensor'} flag is lost${set.name === 'setStatic' ? ' and the body falls' : ''} (call ${set.name}(true) after it, or pass { ${key}: true } to ${c.name}())`, lineOf(c.n), `${set.name}(true) after ${c.name}()`);
      return;
    }
  }

  sameFunction(a, b) {
    let same = false;
    walk(this.ast, (n) => {
      if (same || !/Function/.test(n.type)) return;
      if (n.start <= a.start && a.end <= n.end && n.start <= b.start && b.end <= n.end) {
        // the innermost function holding both: no function inside it holds only one of them
        same = true;
      }
    });
    return same;
  }

  // Matter.Constraint.create({...}) (or Bodies.*, Composite.create) kept in a name that no add() ever receives: a
  // Matter object acts only once it is in the world (this.matter.world.add(x), or this.matter.add.constraint(...))
  matterPartsNeverAdded() {
    const made = [];
    const passed = new Set();
    walk(this.ast, (n, parent) => {
      if (n.type === 'CallExpression') {
        const path = memberPath(n.callee) || '';
        if (/(^|\.)(Constraint\.create|Composite\.create|Bodies\.(rectangle|circle|polygon|trapezoid|fromVertices))$/.test(path) && !/\.matter\.(add|bodies)\./.test(path)) {
          const name = parent && parent.type === 'VariableDeclarator' && parent.init === n ? parent.id.name
            : parent && parent.type === 'AssignmentExpression' && parent.right === n ? memberPath(parent.left) : null;
          if (name) made.push({ name, n, path });
          else if (!(parent && (parent.type === 'CallExpression' || parent.type === 'ArrayExpression' || parent.type === 'Property' || parent.type === 'ReturnStatement'))) made.push({ name: null, n, path });
        }
        for (const a of n.arguments) {
          const p = memberPath(a);
          if (p) passed.add(p);
          if (a.type === 'ArrayExpression') a.elements.forEach((e) => { const q = memberPath(e); if (q) passed.add(q); });
          if (a.type === 'ObjectExpression') a.properties.forEach((q) => { const r = q.type === 'Property' ? memberPath(q.value) : null; if (r) passed.add(r); });
        }
      }
      if ((n.type === 'ArrayExpression' || n.type === 'ReturnStatement') && parent) {
        (n.type === 'ArrayExpression' ? n.elements : [n.argument]).forEach((e) => { const q = memberPath(e); if (q) passed.add(q); });
      }
    });
    for (const m of made) {
      if (m.name && passed.has(m.name)) continue;
      if (!/Constraint/.test(m.path) && !m.name) continue;
      const what = m.path.split('.').slice(-2).join('.');
      this.add('never_fires', true, `${what}(...)${m.name ? ` (${m.name})` : ''} makes a Matter ${/Constraint/.test(what) ? 'constraint' : 'body'} that is never added to the world, so it does nothing (this.matter.world.add(${m.name || 'it'}), or make it with this.matter.add.${/Constraint/.test(what) ? 'constraint' : 'rectangle'}(...))`, lineOf(m.n), 'this.matter.world.add');
      return;
    }
  }

  // map.getTileAt(body.right + 1, body.bottom + 1): getTileAt takes tile columns and rows, these are pixels, so it
  // looks far outside the map and finds nothing (getTileAtWorldXY takes pixels)
  tileAtPixels() {
    const PIXELS = /\.(x|y|bottom|right|left|top|centerX|centerY|worldX|worldY)\b/;
    // taken into tile units (a division, worldToTile, a shift); a tile size that only multiplies (d.x * TILE) keeps pixels
    const SCALED = /\/(?!\s*2\b)|worldToTile|>>|(tileWidth|tileHeight|TILE|tileSize|\bsize\b|GRID|CELL)(?!\w)(?<!\*\s*\w+)/i;
    const textOf = (a) => {
      let text = this.code.slice(a.start, a.end);
      if (a.type === 'Identifier') {
        const decls = this.decls.get(a.name);
        if (!decls || decls.length !== 1 || this.writes.get(a.name) || !decls[0].init) return null;
        text = this.code.slice(decls[0].init.start, decls[0].init.end);
      }
      return text;
    };
    // names of callback parameters that are tiles or tile records (forEachTile((t) => ...), ITEMS.forEach((it) => ...)):
    // their x and y are columns and rows
    const cellParams = new Set();
    for (const c of this.calls) {
      if (!/^(forEachTile|filterTiles|findTile|forEach|map|filter|find|some|every)$/.test(c.name)) continue;
      const fn = c.n.arguments[0];
      if (fn && /FunctionExpression$/.test(fn.type) && fn.params[0] && fn.params[0].type === 'Identifier') cellParams.add(fn.params[0].name);
    }
    const cellLike = (a) => {
      if (a.type !== 'MemberExpression' || a.computed) return false;
      const base = this.code.slice(a.object.start, a.object.end);
      if (a.object.type === 'Identifier' && cellParams.has(base)) return true;
      // a tile or a record of one: the same object's index is read too (t.index === BLOOM)
      return new RegExp(`(^|[^\\w$.])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.index\\b`).test(this.code);
    };
    // a place read off something known to sit in pixels: a game object or body the program made, or a pointer; a
    // plain record ({ x, y } of a grid position), a worldToTileXY() result or an unknown name is left alone
    const MADE = /(^|\.)(add|make|physics\.add|matter\.add)\.\w+$/;
    const pixelBase = (n) => {
      const path = memberPath(n);
      if (!path) return false;
      if (/(^|\.)body$|(^|\.)(pointer|activePointer|mousePointer)$|^p$|\.(sprite|image)$/.test(path)) return true;
      const values = this.facts.bindings().filter(([q]) => q === path).map(([, v]) => v);
      return values.length > 0 && values.every((v) => {
        const made = this.facts.creation(v).made;
        return (made && MADE.test(memberPath(made.callee) || '')) || (v.type === 'NewExpression' && /^Phaser\.(GameObjects|Physics)\./.test(memberPath(v.callee) || ''));
      });
    };
    // the argument, or what a name declared once holds (const nx = this.player.x + 32)
    const inPixels = (a) => {
      const decls = a.type === 'Identifier' ? this.decls.get(a.name) : null;
      const roots = decls && decls.length === 1 && decls[0].init ? [a, decls[0].init] : [a];
      let found = false;
      for (const root of roots) walk(root, (m) => { if (!found && m.type === 'MemberExpression' && !m.computed && PIXELS.test('.' + m.property.name) && pixelBase(m.object)) found = true; });
      return found;
    };
    for (const c of this.calls) {
      if (!['getTileAt', 'putTileAt', 'removeTileAt', 'hasTileAt'].includes(c.name)) continue;
      const i0 = c.name === 'putTileAt' ? 1 : 0;
      const xs = [c.n.arguments[i0], c.n.arguments[i0 + 1]].filter(Boolean);
      if (xs.length < 2 || xs.some(cellLike) || !xs.some(inPixels)) continue;
      const texts = xs.map(textOf);
      if (texts.some((t) => t === null || !PIXELS.test(t) || SCALED.test(t))) continue;
      const fix = c.name === 'putTileAt' ? 'putTileAtWorldXY' : c.name === 'removeTileAt' ? 'removeTileAtWorldXY' : c.name === 'hasTileAt' ? 'hasTileAtWorldXY' : 'getTileAtWorldXY';
      this.add('wrong_argument', true, `${c.name}(${texts.map((t) => (t.length > 24 ? t.slice(0, 24) + '…' : t)).join(', ')}): ${c.name}() takes tile columns and rows, and these are pixel positions, so it looks outside the map and finds nothing (use ${fix}(), or divide by the tile size)`, lineOf(c.n), 'tile coordinates');
      return;
    }
  }

  // if (p.x < -hw) p.x = width + hw: wrapping round the screen by hand, on a body that collides with the world bounds:
  // the bounds keep it inside, so it never gets past the edge and the wrap never happens
  wrapPastWorldBounds() {
    const bounded = new Set(this.calls.filter((c) => c.name === 'setCollideWorldBounds' && !(c.n.arguments[0] && literalValue(c.n.arguments[0]).ok && literalValue(c.n.arguments[0]).value === false))
      .map((c) => (c.on || '').replace(/\.body$/, '')));
    if (!bounded.size) return;
    const alias = (path) => {
      const decls = path && !path.includes('.') ? this.decls.get(path) : null;
      const init = decls && decls.length === 1 && decls[0].init ? memberPath(decls[0].init) : null;
      return init || path;
    };
    const past = (test) => {
      if (test.type !== 'BinaryExpression' || test.left.type !== 'MemberExpression' || test.left.computed || !['x', 'y'].includes(test.left.property.name)) return null;
      const r = test.right;
      const below = test.operator.startsWith('<') && (r.type === 'UnaryExpression' && r.operator === '-' || (literalValue(r).ok && typeof literalValue(r).value === 'number' && literalValue(r).value <= 0));
      const beyond = test.operator.startsWith('>') && /width|height|W\b|H\b/.test(this.code.slice(r.start, r.end)) && /\+/.test(this.code.slice(r.start, r.end));
      return below || beyond ? test.left : null;
    };
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'IfStatement') return;
      const side = past(n.test);
      if (!side) return;
      const obj = memberPath(side.object);
      const base = alias(obj);
      if (!bounded.has(base) && !bounded.has(obj)) return;
      const body = this.code.slice(n.consequent.start, n.consequent.end);
      if (!new RegExp(`\\b${(obj || '').replace(/[.$]/g, '\\$&')}\\.${side.property.name}\\s*=(?!=)`).test(body)) return;
      hit = { n, obj, base, prop: side.property.name };
    });
    if (!hit) return;
    this.add('never_fires', true, `if (${this.code.slice(hit.n.test.start, hit.n.test.end)}) wraps ${hit.base} round the screen, but it collides with the world bounds (setCollideWorldBounds), which keep it inside: it never gets past the edge, so the wrap never happens (drop setCollideWorldBounds, or use this.physics.world.wrap(${hit.base}, margin))`, lineOf(hit.n), 'no world-bounds collision');
  }

  // this.matter.add.rectangle(x, y, w, h, {render: {fillColor}}): a bare Matter body, no game object; its `render`
  // style is read only by the debug renderer, which this game leaves off, so nothing draws it
  matterBodiesUndrawn() {
    const bodies = this.calls.filter((c) => MATTER_SHAPES.has(c.name) && /\.matter\.add$/.test(c.on || '')
      && c.n.arguments.some((a) => a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && !p.computed && p.key && p.key.name === 'render')));
    if (!bodies.length) return;
    const debugOn = this.props.some((p) => p.key === 'debug' && !(literalValue(p.value).ok && !literalValue(p.value).value))
      || this.calls.some((c) => c.name === 'createDebugGraphic')
      || this.assigns.some((a) => a.prop === 'drawDebug' || a.prop === 'debugGraphic');
    if (debugOn) return;
    // a body handed on (matter.add.gameObject(shape, body), setExistingBody(body)) is drawn by that game object
    const named = new Map(); // call node -> the name it is kept in
    walk(this.ast, (n, parent) => {
      if (n.type !== 'CallExpression') return;
      if (parent && parent.type === 'VariableDeclarator' && parent.init === n && parent.id.type === 'Identifier') named.set(n, parent.id.name);
      if (parent && parent.type === 'AssignmentExpression' && parent.right === n) named.set(n, memberPath(parent.left));
    });
    const handedOn = (name) => !!name && this.calls.some((c) => c.n.arguments.some((a) => memberPath(a) === name) && /^(gameObject|setExistingBody|existing|add)$/.test(c.name));
    const c = bodies.find((b) => !handedOn(named.get(b.n)));
    if (!c) return;
    this.add('never_fires', true, `this.matter.add.${c.name}(..., {render: ...}) makes a bare Matter body with no game object: its render style is used only by Matter's debug drawing, which this game leaves off, so the body is never drawn (make a shape, e.g. this.add.rectangle(...), and this.matter.add.gameObject(shape), or turn on matter: {debug: true})`, lineOf(c.n), 'a game object for each body');
  }

  // this.ball = this.matter.add.circle(...) driven by the program (Body.setVelocity(this.ball, ...)) with debug drawing
  // off and nothing drawn where it is (no game object handed the body, no drawing at ball.position): it is invisible
  drivenBodiesUndrawn() {
    const debugOn = this.props.some((p) => p.key === 'debug' && !(literalValue(p.value).ok && !literalValue(p.value).value))
      || this.calls.some((c) => c.name === 'createDebugGraphic') || this.assigns.some((a) => a.prop === 'drawDebug' || a.prop === 'debugGraphic');
    if (debugOn) return;
    const bare = this.facts.madeBy(/\.matter\.add\.(rectangle|circle|polygon|trapezoid|fromVertices)$/);
    for (const name of bare) {
      const esc = name.replace(/[.$]/g, '\\$&');
      const drives = this.calls.filter((c) => /^(setVelocity|setPosition|applyForce|applyForceFrom|setAngularVelocity|translate)$/.test(c.name) && c.n.arguments[0] && memberPath(c.n.arguments[0]) === name);
      if (!drives.length) continue;
      // placed by the program and drawn there in the same function (a hoop's rim bodies set from the x, y the hoop is
      // drawn at): what it draws is where the body is
      const DRAWS = /\.(fill|stroke)\w*\s*\(|\.lineBetween\s*\(|\.(fillPoints|strokePoints|lineTo)\s*\(/;
      if (drives.some((c) => c.name === 'setPosition' && c.ctx.fn && DRAWS.test(this.code.slice(c.ctx.fn.start, c.ctx.fn.end)))) continue;
      const handed = this.calls.some((c) => /^(gameObject|setExistingBody|existing)$/.test(c.name) && c.n.arguments.some((a) => memberPath(a) === name))
        // kept beside its picture in a list or a record ({ body: this.ballBody, view }), synced where the analysis does
        // not follow (a loop over the pairs)
        || new RegExp(`(\\{|,)\\s*\\w+\\s*:\\s*${esc}\\s*[,}]|\\.push\\s*\\(\\s*${esc}\\s*\\)|\\[[^\\]\\n]*\\b${esc}\\s*[,\\]]`).test(this.code);
      // drawn where it is: a drawing or a game object placed at its position
      const drawn = new RegExp(`(fill|stroke)\\w*\\([^)]*${esc}\\.(position|bounds|vertices)|(setPosition|copyPosition|setXY)\\s*\\([^)]*${esc}\\.(position|bounds)|\\.(x|y)\\s*=\\s*${esc}\\.position`).test(this.code);
      if (handed || drawn) continue;
      const line = (this.assigns.find((a) => a.path === name) || (this.decls.get(name) || [])[0] || {}).line || null;
      this.add('never_fires', true, `${name} = this.matter.add...(...) (line ${line}) is a bare Matter body with no game object, and this game moves it but draws nothing where it is (Matter's debug drawing is off): it is invisible (make a shape and this.matter.add.gameObject(shape, options), or draw it at ${name}.position every frame)`, line, 'a game object for the body');
      return;
    }
  }

  // const gravity = this.physics.config.gravity; gravity.x = -600: the physics config is read once, when the world is
  // made as the scene starts (world.gravity is a Vector2 copied from it), so a write to it afterwards changes nothing
  // (this.physics.world.gravity)
  configAfterBoot() {
    const CONFIG = /(^|\.)(physics|matter)\.config(\.\w+)*$/;
    const aliases = new Map(); // local name -> the config path it holds
    for (const [name, ds] of this.decls) {
      if (ds.length === 1 && ds[0].init && CONFIG.test(memberPath(ds[0].init) || '') && !this.writes.get(name)) aliases.set(name, memberPath(ds[0].init));
    }
    const through = (path) => {
      if (!path) return null;
      if (CONFIG.test(path.split('.').slice(0, -1).join('.'))) return path;
      const head = path.split('.')[0];
      return aliases.has(head) ? `${aliases.get(head)}${path.slice(head.length)}` : null;
    };
    let hit = null;
    for (const a of this.assigns) {
      const full = through(a.path);
      if (full) { hit = { line: a.line, what: `${a.path} = ...`, full }; break; }
    }
    if (!hit) {
      for (const c of this.calls) {
        if (!['set', 'setTo', 'setX', 'setY', 'copy'].includes(c.name) || !c.on) continue;
        const on = CONFIG.test(c.on) ? c.on : (aliases.has(c.on) ? aliases.get(c.on) : null);
        if (on && /\.(gravity|bounds)$/.test(on)) { hit = { line: lineOf(c.n), what: `${c.on}.${c.name}(...)`, full: on }; break; }
      }
    }
    if (!hit) return;
    const engine = /matter\.config/.test(hit.full) ? 'matter' : 'physics';
    const world = engine === 'matter' ? 'this.matter.world' : 'this.physics.world';
    const member = hit.full.split('.config')[1].replace(/^\./, '').split('.')[0] || 'its values';
    this.add('never_fires', true, `${hit.what} (line ${hit.line}) writes to the ${engine} config, which is read only once, when the scene's world is made: the world keeps its own copy${member === 'gravity' ? ' (world.gravity)' : ''}, so the change does nothing (set ${world}.${member === 'gravity' ? 'gravity' : '…'} instead)`, hit.line, `${world}.${member}`);
  }

  // p.rotation = Angle.Between(p.x, p.y, pointer.x, pointer.y) + Math.PI / 2 (the ship is drawn pointing up), then
  // velocityFromRotation(p.rotation, ...): the quarter turn added for the drawing goes into the shot too, so bullets
  // leave at right angles to where the player aims (take the quarter turn off again, or keep the aim angle apart)
  artTurnReusedAsHeading() {
    const QUARTER = /^\s*(Math\.PI\s*\/\s*2|Math\.PI\s*\*\s*0?\.5|0?\.5\s*\*\s*Math\.PI|(Phaser\.Math\.)?(HALF_PI|PI_OVER_2))\s*$/;
    const AIM = /Angle\.(Between|BetweenPoints)\s*\(|Math\.atan2\s*\(|\.angle\(\)/;
    const turned = new Map(); // subject -> {line, all: every rotation write carries the quarter turn}
    const noteWrite = (obj, value, line) => {
      const who = this.subjectOf(obj);
      if (!who) return;
      const quarter = value && value.type === 'BinaryExpression' && ['+', '-'].includes(value.operator)
        && ((QUARTER.test(this.code.slice(value.right.start, value.right.end)) && AIM.test(this.code.slice(value.left.start, value.left.end)))
          || (value.operator === '+' && QUARTER.test(this.code.slice(value.left.start, value.left.end)) && AIM.test(this.code.slice(value.right.start, value.right.end))));
      const was = turned.get(who);
      turned.set(who, { line: was ? was.line : (quarter ? line : null), all: (was ? was.all : true) && quarter });
    };
    for (const a of this.assigns) if (a.prop === 'rotation' && a.op === '=') noteWrite(a.path.split('.').slice(0, -1).join('.'), a.value, a.line);
    for (const c of this.calls) if (c.name === 'setRotation' && c.n.arguments[0]) noteWrite(c.on, c.n.arguments[0], lineOf(c.n));
    for (const c of this.calls) {
      const a = c.n.arguments[0];
      const heading = (c.name === 'velocityFromRotation' && /physics$/.test(c.on || '')) || (c.name === 'setToPolar');
      if (!heading || !a || a.type !== 'MemberExpression' || a.computed || a.property.name !== 'rotation') continue;
      const who = this.subjectOf(memberPath(a.object));
      const t = who && turned.get(who);
      if (!t || !t.all || t.line === null) continue;
      const shown = this.code.slice(a.start, a.end);
      this.add('wrong_argument', true, `${c.name}(${shown}, ...) (line ${lineOf(c.n)}): ${shown} is the aim plus the quarter turn added at line ${t.line} to point the drawing, so the shot leaves at right angles to the aim (${shown} - Math.PI / 2, or keep the aim angle)`, lineOf(c.n), `${shown} - Math.PI / 2`);
      return;
    }
  }

  // const onGround = body.velocity.y === 0 with a lift (an immovable body moved up and down by velocity) to ride: a
  // body standing on the lift moves with it, so its velocity.y is the lift's, never 0, and it cannot jump off the lift
  // (body.blocked.down || body.touching.down)
  groundByStillFall() {
    // who is moved up and down by velocity: setVelocityY(v) / setVelocity(x, v) / velocity.y = v with v not 0
    const risers = new Set();
    for (const c of this.calls) {
      const v = c.name === 'setVelocityY' ? c.n.arguments[0] : c.name === 'setVelocity' ? c.n.arguments[1] : null;
      if (!v || literalValue(v).value === 0) continue;
      risers.add(this.subjectOf(c.on));
    }
    for (const a of this.assigns) if (/\.velocity\.y$/.test(a.path) && literalValue(a.value).value !== 0) risers.add(this.subjectOf(a.path.replace(/\.velocity\.y$/, '')));
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.stillFallFound || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
      const side = [n.left, n.right].find((x) => /\.velocity\.y$/.test(memberPath(x) || ''));
      const other = side === n.left ? n.right : n.left;
      if (!side || literalValue(other).value !== 0 || !ctx.fn) return;
      const who = this.subjectOf(memberPath(side).replace(/\.velocity\.y$/, ''));
      // the one tested jumps (an upward push in the same function); a lift is someone else moved up and down
      const fnText = this.code.slice(ctx.fn.start, ctx.fn.end);
      if (!/setVelocityY\s*\(\s*-|velocity\.y\s*=\s*-|setVelocity\s*\([^,]+,\s*-/.test(fnText)) return;
      const lifts = [...risers].filter((r) => r && r !== who && r !== 'body' && this.immovable(r));
      if (!lifts.length) return;
      this.stillFallFound = true;
      const shown = this.code.slice(n.start, n.end);
      this.add('never_fires', true, `${shown} (line ${lineOf(n)}) is the test for standing on something, but ${lifts[0]} is moved up and down by its velocity: standing on it, ${who} moves with it and its velocity.y is ${lifts[0]}'s, never 0, so it cannot jump from there (body.blocked.down || body.touching.down)`, lineOf(n), 'body.blocked.down || body.touching.down');
    });
  }

  // made immovable: setImmovable() on it, or it is in a group made with immovable: true
  immovable(name) {
    const re = new RegExp(`\\b${name}\\b[^;\\n]*setImmovable\\s*\\(|\\b${name}\\.body\\.immovable\\s*=\\s*true`);
    if (re.test(this.code)) return true;
    for (const c of this.calls) {
      if (!['add', 'addMultiple', 'create'].includes(c.name) || !c.on) continue;
      const args = this.code.slice(c.n.start, c.n.end);
      if (!new RegExp(`\\b${name}\\b`).test(args) && c.name !== 'create') continue;
      const group = c.on.split('.').pop();
      const made = this.assigns.find((a) => a.prop === group && a.value.type === 'CallExpression' && /immovable\s*:\s*true/.test(this.code.slice(a.value.start, a.value.end)));
      if (made && (c.name !== 'create' || new RegExp(`\\b${name}\\s*=\\s*[\\w.]*${group}\\.create`).test(this.code))) return true;
    }
    return false;
  }

  // this.physics.moveToObject(this.ai, this.player, 120) only in create(): it sets one velocity toward where the
  // player stood then, so the chaser flies on in a straight line and never follows the player (call it in update())
  chaseOnlyOnce() {
    const moved = (path, alias = true) => {
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      if (new RegExp(`${esc}(\\.body)?\\s*\\.\\s*(setVelocity[XY]?|setAcceleration[XY]?|setPosition|setX|setY)\\s*\\(|${esc}\\.(x|y)\\s*(\\+|-)?=[^=]|${esc}(\\.body)?\\.velocity\\.(x|y)\\s*=`).test(this.code)) return true;
      // const body = this.player.body; body.setVelocityX(...)
      return alias && [...this.code.matchAll(new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${esc}(?:\\.body)?\\s*;`, 'g'))].some((m) => moved(m[1], false));
    };
    const calls = this.calls.filter((c) => ['moveToObject', 'accelerateToObject', 'moveTo', 'accelerateTo'].includes(c.name) && /(^|\.)physics$/.test(c.on || ''));
    for (const c of calls) {
      const [who, target] = c.n.arguments;
      const chaser = who && memberPath(who);
      const aim = /ToObject$/.test(c.name) ? (target && memberPath(target)) : (target && target.type === 'MemberExpression' && !target.computed && target.property.name === 'x' ? memberPath(target.object) : null);
      if (!chaser || !aim || chaser === aim) continue;
      // every call for this chaser is made once, while the scene is set up
      const same = calls.filter((o) => o.n.arguments[0] && memberPath(o.n.arguments[0]) === chaser);
      const once = same.every((o) => o.ctx.roles.some((r) => ['create', 'init'].includes(r)) && !o.ctx.handedTo.some(Boolean) && !o.ctx.roles.some((r) => r && !['create', 'init'].includes(r)));
      // or made once for each new member, just after it is made (const chaser = this.chasers.create(...)), with no
      // call anywhere that steers the members again (in update(), or walking the group)
      // (named for chasing: an aimed shot made once is right)
      const fresh = !once && who.type === 'Identifier' && /chas|follow|seek|hunt|pursu|stalk|track|homing|zombie/i.test(chaser) && c.ctx.fn && !c.ctx.roles.includes('update') && !c.ctx.handedTo.some(Boolean)
        && new RegExp(`(const|let|var)\\s+${chaser}\\s*=\\s*[\\w.]+\\s*\\.\\s*(create|get|getFirstDead)\\s*\\(`).test(this.code.slice(c.ctx.fn.start, c.n.start))
        && calls.every((o) => o === c || (!o.ctx.roles.includes('update') && !o.ctx.handedTo.some((h) => /(iterate|each|forEach|map)$/.test(h || ''))));
      if (!once && !fresh) continue;
      if (!moved(aim)) continue;
      if (fresh) {
        this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) runs once for each ${chaser}, just after it is made: it sets one velocity toward where ${aim} stood then, and nothing steers it again, so every ${chaser} flies on in a straight line and never follows ${aim} as it moves (steer the members every frame in update())`, lineOf(c.n), `${c.name} in update()`);
        return;
      }
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) runs once, in create(): it sets one velocity toward where ${aim} stood then, so ${chaser} flies on in a straight line and never follows ${aim} as it moves (call it every frame in update())`, lineOf(c.n), `${c.name} in update()`);
      return;
    }
  }

  // this.physics.add.collider(this.player, this.walls) with the player moved by this.player.x += vx * dt in update():
  // Arcade separates bodies by the motion of their velocity, and a body carried by its position has none, so the
  // player walks through the walls (setVelocity(vx, vy) instead)
  bodyMovedByPosition() {
    const bodies = new Set();
    for (const a of this.assigns) {
      // this.physics.add.image(...).setDisplaySize(...): the first call of the chain makes it
      let v = a.value;
      while (v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.object.type === 'CallExpression') v = v.callee.object;
      if (a.op === '=' && v && v.type === 'CallExpression' && /(^|\.)physics\.add\.(sprite|image)$/.test(memberPath(v.callee) || '')) bodies.add(a.path);
    }
    for (const c of this.calls) if (c.name === 'existing' && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments[0] && memberPath(c.n.arguments[0])) bodies.add(memberPath(c.n.arguments[0]));
    if (!bodies.size) return;
    const collides = (path) => this.calls.some((c) => c.name === 'collider' && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments.slice(0, 2).some((a) => memberPath(a) === path));
    for (const a of this.assigns) {
      const m = /^(.*)\.(x|y)$/.exec(a.path);
      if (!m || !bodies.has(m[1]) || !['+=', '-='].includes(a.op) || !collides(m[1])) continue;
      const esc = m[1].replace(/[.$]/g, (ch) => '\\' + ch);
      if (new RegExp(`${esc}(\\.body)?\\s*\\.\\s*(setVelocity[XY]?|setAcceleration[XY]?|reset)\\s*\\(|${esc}(\\.body)?\\.velocity\\.(x|y)\\s*=|${esc}\\.body\\.moves\\s*=\\s*false|setImmovable`).test(this.code)) continue;
      // moved in update(): the position steps each frame
      let inUpdate = false;
      walk(this.ast, (n, parent, key, ctx) => { if (!inUpdate && n.type === 'AssignmentExpression' && ['+=', '-='].includes(n.operator) && memberPath(n.left) === a.path && ctx.roles.includes('update')) inUpdate = true; });
      if (!inUpdate) continue;
      this.add('never_fires', true, `${a.path} ${a.op} ... (line ${a.line}) moves ${m[1]} by its position, but it meets the walls through a physics collider: Arcade separates bodies by their velocity, and one carried by its position has none, so ${m[1]} walks through what it should stop at (${m[1]}.setVelocity(vx, vy) instead)`, a.line, `${m[1]}.setVelocity`);
      return;
    }
  }

  // physics.add.collider(this.lander, this.pad, () => this.touchDown()) with touchDown() judging the landing by
  // this.lander.body.velocity.y: Arcade calls a collider's callback after it has separated the bodies, and a body
  // without bounce has its fall stopped by then, so the speed read is about 0 and every landing counts as soft (keep
  // the speed from update(), the frame before, and judge that)
  speedReadAfterSeparation() {
    // a limit a speed is judged against: a number, a CONSTANT, or a name that says so (SAFE_SPEED, maxFall)
    const LIMIT = '(-?[1-9]|[A-Z][A-Z0-9_]{2,}\\b|[\\w.]*([Ss]peed|SPEED|[Ll]imit|LIMIT|[Ss]afe|SAFE|[Mm]ax|MAX|[Tt]hreshold)\\w*)';
    const SPEED = (name) => new RegExp(`\\b${name}\\s*[<>]=?\\s*${LIMIT}|[1-9][\\d.]*\\s*[<>]=?\\s*${name}\\b|Math\\.abs\\s*\\(\\s*${name}\\b`);
    for (const c of this.calls) {
      if (c.name !== 'collider' || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const [a, b, cb] = c.n.arguments;
      if (!cb || !/Function/.test(cb.type)) continue;
      // the callback, or the method it calls straight away
      const bodies = [cb.body];
      walk(cb.body, (n) => {
        if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'ThisExpression') {
          const fn = this.facts.namedFunction(n.callee.property.name);
          if (fn) bodies.push(fn.body);
        }
      });
      const movers = [a, b].map((x) => memberPath(x)).filter(Boolean);
      let read = null;
      for (const body of bodies) {
        walk(body, (n, parent) => {
          if (read || n.type !== 'MemberExpression' || n.computed || n.property.name !== 'y' || memberPath(n.object) === null || !/\.body\.velocity$|^\w+\.velocity$/.test(memberPath(n.object))) return;
          const owner = memberPath(n.object).replace(/\.body\.velocity$|\.velocity$/, '');
          if (!movers.includes(owner) && owner.includes('.')) return;
          if (parent && parent.type === 'AssignmentExpression' && parent.left === n) return;
          // judged as a speed: compared with a number other than 0 (direction tests, >= 0, are left alone), here or
          // through the name it is kept in
          const judged = (parent && parent.type === 'BinaryExpression' && /^[<>]=?$/.test(parent.operator) && Math.abs(this.facts.numberOf(parent.left === n ? parent.right : parent.left) || 0) >= 1)
            || (parent && parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && SPEED(parent.id.name).test(this.code.slice(body.start, body.end)))
            || (parent && parent.type === 'CallExpression' && /^Math\.abs$/.test(memberPath(parent.callee) || ''));
          if (!judged) return;
          read = { n, owner };
        });
        if (read) break;
      }
      if (!read) continue;
      const owner = movers.includes(read.owner) ? read.owner : movers[0];
      const esc = owner.replace(/[.$]/g, (ch) => '\\' + ch);
      if (new RegExp(`${esc}(\\.body)?\\s*\\.\\s*setBounce|bounce\\s*:`).test(this.code) || /setBounce\s*\(/.test(this.code)) continue;
      const shown = this.code.slice(read.n.start, read.n.end);
      this.add('never_fires', true, `${shown} (line ${lineOf(read.n)}) is read in the collider's callback (line ${lineOf(c.n)}), which Arcade calls after it has separated the bodies: ${owner} has no bounce, so its fall is already stopped and ${shown} is about 0, whatever the speed of the landing (keep the speed in update(), the frame before, and judge that)`, lineOf(read.n), 'the speed from the frame before');
      return;
    }
  }

  // this.door.setActive(false) (and a fade) when the key is taken, with physics.add.collider(this.player, this.door):
  // an inactive game object keeps its physics body, and the collider still stops the player at the door
  // (this.door.disableBody(true, true), or this.door.body.enable = false)
  inactiveStillCollides() {
    const colliding = new Map(); // path -> the collider call
    for (const c of this.calls) {
      if (c.name !== 'collider' || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length > 3) continue;
      for (const a of c.n.arguments.slice(0, 2)) { const p = memberPath(a); if (p && !colliding.has(p)) colliding.set(p, c); }
    }
    for (const c of this.calls) {
      const off = c.name === 'setActive' && c.n.arguments[0] && literalValue(c.n.arguments[0]).value === false;
      if (!off || !c.on || !colliding.has(c.on)) continue;
      const esc = c.on.replace(/[.$]/g, (ch) => '\\' + ch);
      // its body switched off some other way, or the collider itself taken away
      const collider = colliding.get(c.on);
      const kept = this.assigns.find((a) => a.value === collider.n);
      const keptEsc = kept ? kept.path.replace(/[.$]/g, (ch) => '\\' + ch) : null;
      if (new RegExp(`${esc}\\s*\\.\\s*(disableBody|destroy)\\s*\\(|${esc}\\.body\\s*\\.\\s*(enable\\s*=|destroy\\s*\\(|checkCollision)|world\\s*\\.\\s*disable\\s*\\(\\s*${esc}|removeCollider`).test(this.code)
        || (keptEsc && new RegExp(`${keptEsc}\\s*\\.\\s*(destroy\\s*\\(|active\\s*=)`).test(this.code))) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) does not switch off ${c.on}'s physics body: an inactive game object keeps its body, and the collider (line ${lineOf(collider.n)}) still stops what runs into it (${c.on}.disableBody(true, true), or ${c.on}.body.enable = false)`, lineOf(c.n), `${c.on}.disableBody(true, true)`);
      return;
    }
  }

  // this.physics.add.overlap(this.ship, this.meteors, this.hitMeteor, null, this) and hitMeteor() { this.lives -= 1; }
  // with nothing taken away, moved or guarded: Arcade calls an overlap's callback on every frame the two still
  // overlap, so one meteor passing through costs a life each frame, all of them at once (meteor.destroy(), or a
  // short spell of invulnerability checked first)
  lifeTakenEveryFrame() {
    const LIFE = /(?:this\.|\b)(lives|life|hp|health|hearts)\s*(-=|--)|(--)\s*this\.(lives|life|hp|health|hearts)\b|(this\.(lives|life|hp|health|hearts))\s*=\s*\5\s*-/i;
    const SPARES = /destroy\s*\(|disableBody\s*\(|setActive\s*\(\s*false|\bkill\w*\s*\(|body\s*\.\s*enable\s*=\s*false|enableBody|\.setPosition\s*\(|\.reset\s*\(|\.[xy]\s*=(?!=)|removeCollider|\.active\s*=\s*false|\.destroy\b|scene\s*\.\s*(restart|start|pause)\s*\(|physics\s*\.\s*pause\s*\(\s*\)\s*;\s*$|setVelocity|\.body\s*\.\s*(velocity|reset)|setBounce|\.remove\s*\(|killAndHide|return\s*;|invuln|invinc|immune|cooldown|hurt|lastHit|time\s*\.\s*now|\.now\b|flash|blink|iframes?|setAlpha|alpha/i;
    for (const c of this.calls) {
      if (this.found.length || c.name !== 'overlap' || !/physics\s*\.\s*add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const cb = c.n.arguments[2];
      let body = null;
      if (/Function/.test(cb.type)) body = this.text(cb.body);
      else if (cb.type === 'MemberExpression' && !cb.computed && cb.object.type === 'ThisExpression') {
        const fn = this.functions().filter((f) => f.name === cb.property.name);
        if (fn.length === 1) body = fn[0].text;
      }
      if (!body) continue;
      const hit = LIFE.exec(body);
      if (!hit) continue;
      // what runs only once the lives are gone (game over) does not spare the hits before it
      const unguarded = body.replace(/if\s*\([^)]*(<=|<|===?)\s*0\s*\)\s*\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '');
      if (SPARES.test(unguarded) || (c.n.arguments[3] && !(c.n.arguments[3].type === 'Literal' && c.n.arguments[3].value === null))) continue;
      const line = this.lineAt(c.n.start);
      this.add('never_fires', true, `the overlap of line ${line} costs a life (${hit[0].trim()}) and leaves both objects where they are: Arcade calls an overlap's callback on every frame the two still overlap, so one touch costs a life every frame until they part, all lives at once (destroy or disable the one that hit, or make the player invulnerable for a moment and check that first)`, line, 'take the hitting object away');
    }
  }

  // ball.setBounce(1); ball.setCollideWorldBounds(true, 1): the second argument makes the body's own world bounce, and
  // one given for x only leaves its y at 0, which then wins over setBounce(1): the ball stops dead on the top and
  // bottom edges (setCollideWorldBounds(true, 1, 1))
  worldBounceOneAxis() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*setCollideWorldBounds\s*\(\s*true\s*,\s*([^,()]+?)\s*\)/g)) {
      const [, who, bx] = m;
      const esc = memberPattern(who);
      const bounce = new RegExp(`(?<![\\w$.])${esc}\\s*\\.\\s*setBounce\\s*\\(\\s*([^,()]+?)\\s*(?:,\\s*([^,()]+?)\\s*)?\\)|(?<![\\w$.])${esc}\\s*\\.\\s*setBounceY\\s*\\(\\s*([^,()]+?)\\s*\\)`).exec(this.code);
      if (!bounce) continue;
      const by = bounce[3] || bounce[2] || bounce[1];
      if (/^0*\.?0*$/.test(by)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].trim()} (line ${line}) gives ${who} its own world bounce for x only (${bx}); its y is then 0, and that wins over ${bounce[0].trim()} (line ${this.lineAt(bounce.index)}): ${who} stops dead on the top and bottom edges instead of bouncing (setCollideWorldBounds(true, ${bx}, ${by}))`, line, `setCollideWorldBounds(true, ${bx}, ${by})`);
      return;
    }
  }

  // hero.body.setOffset(0, 40); hero.body.setSize(60, 50): setSize() centres the body on the frame again unless told
  // not to (its third argument), so the offset just set is lost (setSize first, then setOffset)
  offsetThenResized() {
    const at = /([\w.]+)\s*\.\s*setOffset\s*\([^;]*\)\s*;\s*\1\s*\.\s*setSize\s*\(\s*([^,()]+),\s*([^,()]+)\s*\)/.exec(this.code);
    if (!at) return;
    const line = this.lineAt(at.index);
    this.add('wrong_order', true, `${at[1]}.setOffset(…) and then ${at[1]}.setSize(${at[2]}, ${at[3]}) (line ${line}): setSize() centres the body on the frame again unless its third argument is false, so the offset just set is lost (setSize first, then setOffset)`, line, 'setSize before setOffset');
  }

  // this.physics.add.overlap(boss, bullets, this.hitBoss, this.canDamage, this) with canDamage() returning false on
  // two paths and nothing at its end: the process callback must return true for the overlap to count, and
  // undefined does not, so hitBoss() never runs (return true at the end)
  processNeverTrue() {
    const named = new Map(this.functions().filter((f) => f.name).map((f) => [f.name, f]));
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/physics\s*\.\s*add\s*\.\s*(overlap|collider)$/.test(this.text(n.callee)) || n.arguments.length < 4) return;
      const process = n.arguments[3];
      const ref = /^(?:this\s*\.\s*)?(\w+)$/.exec(this.text(process));
      const fn = /Function/.test(process.type) ? { node: process, text: process.body.type === 'BlockStatement' ? this.text(process.body) : null } : ref && named.get(ref[1]);
      if (!fn || !fn.text) return;
      const body = fn.node.body.body;
      const last = body[body.length - 1];
      if (!last || last.type === 'ReturnStatement' || last.type === 'ThrowStatement') return;
      const returns = [];
      walk(fn.node.body, (r) => { if (r.type === 'ReturnStatement') returns.push(r); });
      if (!returns.length || returns.some((r) => !r.argument || !(r.argument.type === 'Literal' && r.argument.value === false))) return;
      const line = lineOf(n);
      this.add('never_fires', true, `the process callback ${this.text(process).slice(0, 40)} of ${this.text(n.callee)}() (line ${line}) returns false or falls off its end, which gives undefined: the ${/overlap/.test(this.text(n.callee)) ? 'overlap' : 'collision'} counts only when it returns true, so ${this.text(n.arguments[2]).slice(0, 40)} never runs (return true at its end)`, line, 'return true');
    });
  }

  // this.serve() in create() makes this.ball, then physics.add.collider(this.ball, this.flippers); a lost ball is
  // destroyed and serve() makes a new this.ball: the collider holds the first ball, not the field, so the balls served
  // later fall through everything (collide with the group the balls are made in, or add the colliders in serve())
  colliderKeepsFirstObject() {
    const create = this.functions().find((f) => f.name === 'create');
    if (!create) return;
    for (const m of create.text.matchAll(/physics\s*\.\s*add\s*\.\s*(collider|overlap)\s*\(\s*(this\s*\.\s*(\w+))\s*,/g)) {
      const field = m[3];
      const makers = this.functions().filter((f) => f !== create && f.name && new RegExp(`this\\s*\\.\\s*${field}\\s*=\\s*this\\s*\\.\\s*(\\w+\\s*\\.\\s*create|physics\\s*\\.\\s*add\\s*\\.\\s*(sprite|image))\\s*\\(`).test(f.text));
      for (const maker of makers) {
        if (/physics\s*\.\s*add\s*\.\s*(collider|overlap)\s*\(/.test(maker.text)) continue;
        const callers = this.functions().filter((f) => f !== create && f !== maker && new RegExp(`this\\s*\\.\\s*${maker.name}\\s*\\(`).test(f.text));
        if (!callers.length || !new RegExp(`this\\s*\\.\\s*${field}\\s*\\.\\s*destroy\\s*\\(`).test(this.code)) continue;
        const line = this.lineIn(create, m.index);
        this.add('never_fires', true, `physics.add.${m[1]}(this.${field}, …) (line ${line}) holds the ${field} there is when create() runs; ${maker.name}() makes a new this.${field} (called again at line ${this.lineIn(callers[0], callers[0].text.search(new RegExp(`this\\s*\\.\\s*${maker.name}\\s*\\(`)))}) after the old one is destroyed, and no ${m[1]} holds the new one, so it passes through (use the group it is made in, or add the ${m[1]} in ${maker.name}())`, line, `the ${m[1]} on the new ${field}`);
        return;
      }
    }
  }

  // this.physics.world.setBoundsCollision(true, true, true, true) and no body with collideWorldBounds: the world's edges
  // stop only bodies that collide with them, so every box flies off the screen (collideWorldBounds: true)
  boundsWithoutCollidingBodies() {
    const at = /[\w.]*setBoundsCollision\s*\(/.exec(this.code);
    if (!/bounce/i.test(this.code)) return;
    const line = this.lineAt(at.index);
    this.add('never_fires', true, `${at[0]}…) (line ${line}) sets which edges of the world collide, but no body has collideWorldBounds, so the edges stop nothing and every body leaves the world (setCollideWorldBounds(true), or collideWorldBounds: true in the group)`, line, 'collideWorldBounds: true');
  }

  // this.balls = this.physics.add.group({ bounceX: 1, bounceY: 1, immovable: true }) and collider(this.balls, this.balls):
  // Arcade never separates two immovable bodies, so the balls pass through each other (leave immovable out)
  immovableAgainstEachOther() {
    for (const a of this.assigns) {
      if (a.op !== '=' || a.value.type !== 'CallExpression' || !/physics\s*\.\s*add\s*\.\s*group$/.test(this.text(a.value.callee)) || !a.value.arguments.length) continue;
      const cfg = a.value.arguments[a.value.arguments.length - 1];
      if (cfg.type !== 'ObjectExpression' || !/immovable\s*:\s*true/.test(this.text(cfg))) continue;
      const self = new RegExp(`physics\\s*\\.\\s*add\\s*\\.\\s*collider\\s*\\(\\s*${memberPattern(a.path)}\\s*,\\s*${memberPattern(a.path)}\\s*[,)]`).exec(this.code);
      if (!self || new RegExp(`immovable\\s*=\\s*false|setImmovable\\s*\\(\\s*false`).test(this.code)) continue;
      const line = this.lineAt(self.index);
      this.add('never_fires', true, `${self[0].replace(/[,)]$/, '')}) (line ${line}) collides ${a.path} with itself, and the group makes every member immovable (line ${a.line}): Arcade never separates two immovable bodies, so they pass through each other (leave immovable out)`, line, 'movable members');
      return;
    }
  }

  // const JUMP_VELOCITY = 380; ... if (up && onFloor) player.setVelocityY(JUMP_VELOCITY): y grows downwards, so a
  // positive speed pushes the player into the floor and it never leaves the ground (-380)
  jumpPushedDown() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'IfStatement') return;
      const test = this.text(n.test);
      if (!/onFloor\s*\(|blocked\s*\.\s*down|touching\s*\.\s*down|isOnGround|onGround/.test(test) || !/isDown|JustDown|jump|space|up/i.test(test + this.text(n.consequent))) return;
      let call = null;
      walk(n.consequent, (c) => { if (!call && c.type === 'CallExpression' && c.callee.type === 'MemberExpression' && !c.callee.computed && c.callee.property.name === 'setVelocityY' && c.arguments.length === 1 && /^(Identifier|Literal)$/.test(c.arguments[0].type)) call = c; });
      if (!call) return;
      const value = this.facts.numberOf(call.arguments[0]);
      if (!(value > 0) || !/jump/i.test(this.text(n.consequent) + test)) return;
      const line = lineOf(call);
      this.add('wrong_argument', true, `setVelocityY(${this.text(call.arguments[0])}) (line ${line}) gives the jump +${value}, and y grows downwards: the body is pushed into the ground it stands on and never rises (-${value})`, line, `-${value}`);
    });
  }

  // gate = this.add.zone(x, gapY); this.physics.add.existing(gate); gate.setSize(8, GAP);: the body takes the zone's
  // size when it is made, 1 x 1 here, and a zone's setSize does not resize its body, so nothing ever overlaps the gate
  // (size the zone before adding its body, or gate.body.setSize)
  zoneSizedAfterBody() {
    for (const m of this.code.matchAll(/(\w+(?:\s*\.\s*\w+)?)\s*=\s*this\s*\.\s*add\s*\.\s*zone\s*\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*([^,()]+(?:\([^()]*\))?)\s*\)\s*;/g)) {
      const zone = memberPattern(m[1].replace(/\s+/g, ''));
      const rest = this.code.slice(m.index + m[0].length);
      const body = new RegExp(`physics\\s*\\.\\s*add\\s*\\.\\s*existing\\s*\\(\\s*${zone}\\b`).exec(rest);
      if (!body) continue;
      const sized = new RegExp(`\\b${zone}\\s*\\.\\s*setSize\\s*\\(`).exec(rest.slice(body.index));
      if (!sized || new RegExp(`${zone}\\s*\\.\\s*body\\s*\\.\\s*setSize|${zone}\\s*\\.\\s*setBodySize`).test(this.code)) continue;
      const line = this.lineAt(m.index + m[0].length + body.index + sized.index);
      this.add('wrong_order', true, `${m[1]}.setSize(…) (line ${line}) sizes the zone after physics.add.existing gave it a body (line ${this.lineAt(m.index + m[0].length + body.index)}): the body kept the zone's size then, 1 x 1, so nothing overlaps it where it is meant to be (add.zone(x, y, w, h), or ${m[1]}.body.setSize)`, line, 'the zone sized before its body');
      return;
    }
  }

  // update(): this.physics.moveToObject(planet, this.sun, G / (dist * dist)): moveToObject sets the velocity straight
  // at the sun, so an inverse-square pull given to it is a speed, and every planet creeps straight in
  // (accelerateToObject)
  pullGivenAsSpeed() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'CallExpression' || !/physics\s*\.\s*(moveToObject|moveTo)$/.test(this.text(n.callee))) return;
      const speed = n.arguments[n.callee.property.name === 'moveTo' ? 3 : 2];
      if (!speed || !/\/\s*\(\s*(\w+)\s*\*\s*\1\s*\)|\/\s*\w+\s*\*\*\s*2|\/\s*(\w+Sq|distSq|d2|r2)\b/.test(this.text(speed))) return;
      const line = lineOf(n);
      const method = n.callee.property.name;
      this.add('wrong_argument', true, `${this.text(n.callee)}(…, ${this.text(speed)}) (line ${line}) sets the velocity straight at the target, so an inverse-square pull given as its speed never curves an orbit: the body creeps straight in (${method === 'moveTo' ? 'accelerateTo' : 'accelerateToObject'})`, line, method === 'moveTo' ? 'accelerateTo' : 'accelerateToObject');
    });
  }

  // update(): this.force.y += GRAVITY; this.force.x -= K * stretch ...; this.vel.x += this.force.x * dt;: the force is
  // never set back to zero, so each frame adds to the sum of every force before it and the weight flies off
  // (this.force.set(0, 0) at the start of each step)
  forceNeverCleared() {
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    for (const m of update.text.matchAll(/this\s*\.\s*(\w*(force|accel|acc)\w*)\s*\.\s*(x|y)\s*(\+=|-=)/gi)) {
      const f = m[1];
      const reset = new RegExp(`this\\s*\\.\\s*${f}\\s*\\.\\s*(set|reset|setTo|scale)\\s*\\(|this\\s*\\.\\s*${f}\\s*=(?!=)|this\\s*\\.\\s*${f}\\s*\\.\\s*[xy]\\s*=(?!=)`, 'g');
      if ([...this.code.matchAll(reset)].some((r) => !['create', 'init', 'constructor'].includes((this.functionAt(r.index) || {}).name))) continue;
      if (!new RegExp(`(\\+=|-=)\\s*this\\s*\\.\\s*${f}\\s*\\.\\s*[xy]`).test(this.code)) continue;
      const line = this.lineIn(update, m.index);
      this.add('state_not_updated', true, `${m[0]} (line ${line}) adds to this.${f} every frame and nothing sets it back to zero: each step's force is the sum of every step before it, so the motion it drives runs away (this.${f}.set(0, 0) at the start of each step)`, line, `this.${f}.set(0, 0)`);
      return;
    }
  }

  // g.generateTexture('beam', 140, 18) and beam = this.beams.get(x, y, 'beam'); beam.setAngle(upright ? 90 : 0): an Arcade
  // body never turns with its object, so an upright beam keeps a flat 140 x 18 hitbox and the helicopter flies through
  // it (beam.body.setSize(18, 140) when upright)
  hitboxLeftFlat() {
    const num = (a) => (a ? this.facts.numberOf(a) : null);
    const long = new Map();
    walk(this.ast, (n) => {
      if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'generateTexture') return;
      const [key, w, h] = n.arguments;
      const [W, H] = [num(w), num(h)];
      if (key && key.type === 'Literal' && W && H && Math.max(W, H) >= 3 * Math.min(W, H)) long.set(key.value, [W, H]);
    });
    if (!long.size) return;
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*this\s*\.\s*(?:\w+\s*\.\s*(?:get|create)|physics\s*\.\s*add\s*\.\s*(?:image|sprite))\s*\([^;]*?['"](\w+)['"]\s*\)/g)) {
        const [, obj, key] = m;
        if (!long.has(key)) continue;
        const turn = new RegExp(`\\b${obj}\\b[^;]*\\.\\s*setAngle\\s*\\(([^;]*\\b90\\b[^;]*)\\)`).exec(fn.text);
        if (!turn || new RegExp(`\\b${obj}\\s*\\.\\s*(body\\s*\\.\\s*setSize|setBodySize|setSize|setCircle|body\\s*\\.\\s*setCircle)\\s*\\(`).test(fn.text)) continue;
        const [W, H] = long.get(key);
        const line = this.lineIn(fn, turn.index);
        this.add('misplaced', true, `${obj}.setAngle(${turn[1].trim()}) (line ${line}) turns the '${key}' picture (${W} x ${H}) a quarter round, but an Arcade body never turns with its object: the hitbox stays ${W} x ${H} as it was, so what is drawn upright is hit where it lies flat (${obj}.body.setSize(${H}, ${W}) when it is turned)`, line, `${obj}.body.setSize(${H}, ${W})`);
        return;
      }
    }
  }

  // pointerdown: angle = Angle.Between(turret, pointer); velocityFromRotation(angle, SPEED, bullet.body.velocity), and
  // update(): if (bullet.active && bullet.y < bounds.top) killAndHide(bullet): shots go any way the pointer says, and
  // only those leaving by the top are taken back, so the pool runs dry after a few shots to the side
  // (!Rectangle.Contains(bounds, bullet.x, bullet.y))
  recycledPastOneEdge() {
    const aimed = this.functions().some((f) => /(velocityFromRotation|moveTo)\s*\(/.test(f.text) && /pointer|Angle\s*\.\s*Between/.test(f.text) && /rotation|angle|Angle/.test(f.text));
    if (!aimed || /setCollideWorldBounds\s*\(\s*true|collideWorldBounds\s*:\s*true/.test(this.code)) return;
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    walk(update.node.body, (n) => {
      if (this.found.length || n.type !== 'IfStatement') return;
      const test = this.text(n.test);
      const edge = /(\w+)\s*\.\s*([xy])\s*(<|>|<=|>=)\s*[^&|)]+/.exec(test);
      if (!edge || !/killAndHide|disableBody|setActive\s*\(\s*false/.test(this.text(n.consequent))) return;
      const other = edge[2] === 'x' ? 'y' : 'x';
      if (new RegExp(`\\b${edge[1]}\\s*\\.\\s*${other}\\b|Contains|Overlaps|worldView|inCamera|getBounds`).test(test)) return;
      if ((test.match(/\.\s*[xy]\s*(<|>)/g) || []).length > 1) return;
      if (!/bullet|shot|laser|missile|projectile|arrow|ball/i.test(edge[1] + this.text(n.consequent))) return;
      const line = lineOf(n);
      this.add('never_fires', true, `${edge[0].trim()} (line ${line}) takes a shot back only past one edge, but the shots fly wherever the pointer aims: those leaving by the other edges are never taken back, and the pool runs dry (test every edge: !Phaser.Geom.Rectangle.Contains(bounds, ${edge[1]}.x, ${edge[1]}.y))`, line, 'every edge');
    });
  }

  // create(): flake.body.setVelocity(wind, fall) once, and update(): if (flake.y > H) flake.body.reset(x, -10):
  // body.reset() puts the body there at rest, so every flake that comes round again hangs at the top and the snow
  // stops (flake.setPosition, or set its velocity again after the reset)
  recycledStandingStill() {
    if (/gravity\s*:\s*\{\s*[^}]*\by\s*:\s*[1-9]/.test(this.code) && !/allowGravity\s*:\s*false|setAllowGravity\s*\(\s*false/.test(this.code)) return;
    for (const fn of this.functions()) {
      if (['create', 'init', 'constructor', 'preload'].includes(fn.name)) continue;
      for (const m of fn.text.matchAll(/(\w+)\s*\.\s*body\s*\.\s*reset\s*\(([^;]*)\)/g)) {
        const obj = m[1];
        // a stream: members of a group walked each frame and put back off the view's edge
        if (!/,\s*-\s*\d|^\s*-\s*\d|\b(W|WIDTH|width)\s*\+|\b(H|HEIGHT|height)\s*\+/.test(m[2])) continue;
        if (!new RegExp(`(forEach|iterate|each)\\s*\\(\\s*(function\\s*)?\\(?\\s*${obj}\\b`).test(fn.text)) continue;
        const after = fn.text.slice(m.index);
        if (new RegExp(`\\b${obj}\\s*\\.\\s*(body\\s*\\.\\s*)?(setVelocity[XY]?|setAcceleration[XY]?)\\s*\\(|\\b${obj}\\s*\\.\\s*body\\s*\\.\\s*velocity\\s*\\.\\s*(set|[xy]\\s*=)|moveTo|accelerateTo|velocityFromRotation|velocityFromAngle`).test(after)) continue;
        const moved = /(\w+)\s*\.\s*body\s*\.\s*setVelocity\s*\(\s*[^,)]+,\s*[^)]+\)|(\w+)\s*\.\s*setVelocity\s*\(\s*[^,)]+,\s*[^)]+\)|setVelocityY\s*\(/.exec(this.code);
        const madeIn = moved ? this.functionAt(moved.index) : null;
        if (!moved || !madeIn || madeIn === fn || new RegExp(`this\\s*\\.\\s*${madeIn.name}\\s*\\(`).test(fn.text) || /update/.test(madeIn.name || '')) continue;
        const line = this.lineIn(fn, m.index);
        this.add('state_not_updated', true, `${obj}.body.reset(…) (line ${line}) puts the body there at rest: its speed was set only when it was made (line ${this.lineAt(moved.index)}), so every ${obj} that comes round again stands still (${obj}.setPosition(…), or set its velocity again after the reset)`, line, `${obj}.setPosition`);
        return;
      }
    }
  }

  // super({ key: 'Range', physics: { arcade: { gravity: { x: WIND } } } }) with the game's gravity: { y: 400 }: the
  // scene's arcade config is merged over the game's only at its top keys, so its gravity object replaces the game's
  // and this scene has no y gravity: the ball never comes down (gravity: { x: WIND, y: 400 })
  sceneGravityDropsAxis() {
    const configs = [];
    walk(this.ast, (n) => {
      if (n.type !== 'Property' || n.computed || (n.key.name || n.key.value) !== 'gravity' || n.value.type !== 'ObjectExpression') return;
      configs.push({ n, axes: new Set(n.value.properties.filter((p) => p.type === 'Property').map((p) => p.key.name || p.key.value)) });
    });
    const inScene = (c) => /(super\s*\(|key\s*:)[^;]*$/.test(this.code.slice(Math.max(0, c.n.start - 200), c.n.start));
    const top = configs.filter((c) => !inScene(c) && c.axes.has('y'));
    if (!top.length) return;
    for (const c of configs) {
      if (top.includes(c) || c.axes.has('y') || !c.axes.has('x')) continue;
      const holder = this.code.slice(Math.max(0, c.n.start - 200), c.n.start);
      if (!/(super\s*\(|key\s*:)[^]*physics\s*:\s*\{\s*(default\s*:\s*['"]arcade['"]\s*,\s*)?arcade\s*:\s*\{\s*$/.test(holder)) continue;
      const line = lineOf(c.n);
      this.add('wrong_argument', true, `gravity: ${this.text(c.n.value)} (line ${line}) in the scene's own physics config replaces the game's gravity: ${this.text(top[0].n.value)} (line ${lineOf(top[0].n)}) as a whole (the two arcade configs are merged only at their top keys): this scene has no y gravity and nothing falls (give y here too)`, line, 'y in the scene gravity');
      return;
    }
  }

  // update(): this.theta += omega * dt; head.x = C.x + Math.cos(this.theta) * CABLE ... and on release
  // velocityFromRotation(this.theta, speed, head.body.velocity): theta points along the cable, from the centre out, so
  // the hammer flies straight outwards instead of along its path (this.theta + Math.PI / 2, the tangent)
  releasedAlongRadius() {
    for (const m of this.code.matchAll(/Math\s*\.\s*cos\s*\(\s*(this\s*\.\s*\w+)\s*\)\s*\*\s*\w+/g)) {
      const angle = memberPattern(m[1].replace(/\s+/g, ''));
      if (!new RegExp(`Math\\s*\\.\\s*sin\\s*\\(\\s*${angle}\\s*\\)\\s*\\*`).test(this.code)) continue;
      const turns = new RegExp(`${angle}\\s*(\\+=|=\\s*[^;]*${angle}\\s*\\+)`).exec(this.code);
      if (!turns) continue;
      // a swing turns with the frames; an angle stepped once per shot is a turret's aim, and shooting along it is right
      const turner = this.functionAt(turns.index);
      if (turner && turner.name !== 'update' && !/\b(dt|delta)\b/.test(turner.text)) continue;
      const release = new RegExp(`velocityFromRotation\\s*\\(\\s*${angle}\\s*,`).exec(this.code);
      if (!release) continue;
      const line = this.lineAt(release.index);
      this.add('wrong_argument', true, `${release[0]}…) (line ${line}) sends it along ${m[1]}, the direction from the centre out to where it swings (line ${this.lineAt(m.index)}): released from a circle it should fly along the circle's tangent, so it goes straight outwards (${m[1]} + Math.PI / 2 for the way it turns)`, line, `${m[1]} + Math.PI / 2`);
      return;
    }
  }

  // spawnOrb(): orb = this.pool.get(-30, y); orb.enableBody(true, -30, y, true, true); orb.setVelocityX(200), and
  // update(): if (!Rectangle.Overlaps(cam.worldView, orb.getBounds())) recycle(orb): a 40 px orb at x = -30 is still
  // wholly off the view when it is made, so it is taken back on the next frame and none is ever seen (spawn it at the
  // edge, or recycle only what has passed the far side)
  spawnedWhereRecycled() {
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    const tests = this.functions().filter((f) => /!\s*Phaser\s*\.\s*Geom\s*\.\s*Rectangle\s*\.\s*(Overlaps|Contains)\s*\(\s*[\w.]*(worldView|bounds)\b/.test(f.text));
    if (!tests.length) return;
    const sizes = [...this.code.matchAll(/generateTexture\s*\(\s*['"]\w+['"]\s*,\s*(\d+)\s*,\s*(\d+)\s*\)/g)].map((m) => Math.max(Number(m[1]), Number(m[2])));
    if (!sizes.length) return;
    const biggest = Math.max(...sizes);
    const usesTest = tests.some((t) => t === update || (t.name && new RegExp(`this\\s*\\.\\s*${t.name}\\s*\\(`).test(update.text)));
    if (!usesTest) return;
    for (const fn of this.functions()) {
      if (fn === update) continue;
      const m = /(\w+)\s*=\s*this\s*\.\s*\w+\s*\.\s*get\s*\(\s*-\s*(\d+)\s*,/.exec(fn.text) || /(\w+)\s*\.\s*enableBody\s*\(\s*true\s*,\s*-\s*(\d+)\s*,/.exec(fn.text);
      if (!m || Number(m[2]) * 2 < biggest || !/setVelocityX\s*\(|velocity\s*\.\s*x\s*=/.test(fn.text)) continue;
      const line = this.lineIn(fn, m.index);
      this.add('never_fires', true, `${m[0].trim()}… (line ${line}) puts ${m[1]} at x = -${m[2]}, wholly off the view for a picture of at most ${biggest} px, and the off-view test in update() takes back whatever is off the view: each one is recycled on the frame after it is made and none is ever seen (spawn it at the edge, or take back only what passed the far side)`, line, 'spawned where it is not recycled');
      return;
    }
  }

  // collect(player, coin) { coin.disableBody(true, true); } and update(): coins.children.iterate((coin) => { if (coin.x <
  // -20) this.placeCoin(coin, ...); }): a disabled body no longer moves, so a collected coin stays where it was taken and
  // never passes the edge that would bring it back (test !coin.active too)
  disabledNeverReachTheEdge() {
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    const walkers = [...update.text.matchAll(/this\s*\.\s*(\w+)\s*\.\s*children\s*\.\s*(?:iterate|each)\s*\(\s*(?:function\s*)?\(?\s*(\w+)\s*\)?\s*=?>?\s*\{([^]*?)\}\s*\)/g)];
    for (const [, group, m, body] of walkers) {
      const back = new RegExp(`if\\s*\\(\\s*${m}\\s*\\.\\s*[xy]\\s*(<|>|<=|>=)[^)]*\\)\\s*(this\\s*\\.\\s*(\\w+)\\s*\\(\\s*${m}\\b|${m}\\s*\\.\\s*enableBody\\s*\\()`).exec(body);
      if (!back || new RegExp(`\\b${m}\\s*\\.\\s*active\\b|!\\s*${m}\\s*\\.\\s*body\\s*\\.\\s*enable`).test(body)) continue;
      const helper = back[3] ? this.functions().find((f) => f.name === back[3]) : null;
      if (back[3] && (!helper || !/enableBody\s*\(/.test(helper.text))) continue;
      const over = new RegExp(`physics\\s*\\.\\s*add\\s*\\.\\s*(overlap|collider)\\s*\\([^;]*this\\s*\\.\\s*${group}\\s*,\\s*(this\\s*\\.\\s*(\\w+)|\\([^)]*\\)\\s*=>)`).exec(this.code);
      if (!over) continue;
      const handler = over[3] ? this.functions().find((f) => f.name === over[3]) : null;
      const handlerText = handler ? handler.text : this.code.slice(over.index, over.index + 400);
      if (!/disableBody\s*\(\s*true/.test(handlerText)) continue;
      const enables = [...this.code.matchAll(/enableBody\s*\(/g)].filter((e) => !(update.node.start <= e.index && e.index < update.node.end) && !(helper && helper.node.start <= e.index && e.index < helper.node.end));
      const helperCalls = helper ? [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${helper.name}\\s*\\(`, 'g'))].filter((c) => !(update.node.start <= c.index && c.index < update.node.end) && !['create', 'init'].includes((this.functionAt(c.index) || {}).name)) : [];
      if (helperCalls.length || enables.some((e) => { const f = this.functionAt(e.index) || {}; return !['create', 'init'].includes(f.name) && f !== helper && new RegExp(`this\\s*\\.\\s*${group}\\b`).test(f.text || ''); })) continue;
      const line = this.lineIn(update, update.text.indexOf(body) + back.index);
      this.add('never_fires', true, `${back[0].trim()}… (line ${line}) brings a member of this.${group} back only once it has passed the edge, but one that was collected has a disabled body (disableBody, line ${this.lineAt((handler ? handler.node.body.start : over.index) + handlerText.search(/disableBody/))}), which no longer moves: it never gets there and never comes back (test !${m}.active too)`, line, `!${m}.active`);
      return;
    }
  }

  // this.physics.add.collider(car, pads, hitPad) for boost pads the car should drive over: a collider separates the two
  // bodies, so the static pads are solid and the car bumps against them instead of going over (add.overlap)
  padsMadeSolid() {
    const LIES_ON = /(pad|pads|boost\w*|booster\w*|checkpoint\w*|puddle\w*|oil\w*|ice|mud\w*|portal\w*|ramp\w*|speedStrip\w*|arrow\w*)$/i;
    for (const m of this.code.matchAll(/physics\s*\.\s*add\s*\.\s*collider\s*\(\s*([\w.]+)\s*,\s*([\w.]+)\s*,\s*([^,)]+)/g)) {
      const [, a, b, callback] = m;
      let lying = LIES_ON.test(b) ? b : LIES_ON.test(a) ? a : null;
      // plain pads only when they are boost pads (spring and landing pads are solid on purpose)
      if (lying && /pads?$/i.test(lying) && !/boost\w*pad|(boost|turbo|speed)\w*\s*pads?\b|pads?\W[^;\n]*\b(boost|turbo)/i.test(this.code)) lying = null;
      // a pad that launches what lands on it is solid on purpose
      if (lying && /touching\s*\.\s*down|blocked\s*\.\s*down|setVelocityY\s*\(\s*-/.test(this.code.slice(m.index, m.index + 300).split(/\n\s*\n/)[0])) lying = null;
      if (!lying || /^(null|undefined)$/.test(callback.trim())) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `physics.add.collider(${a}, ${b}, …) (line ${line}) makes ${lying} solid: a collider pushes the two bodies apart, so what should be driven over is bumped against instead (physics.add.overlap(${a}, ${b}, …))`, line, `physics.add.overlap(${a}, ${b}, …)`);
      return;
    }
  }

  // this.car.setDamping(true).setDrag(…) with setAcceleration while UP is held, and TOP_SPEED only in the drag: Arcade
  // applies drag only when there is no acceleration, so while the key is held nothing holds the speed back and it
  // grows without end (body.setMaxSpeed(TOP_SPEED))
  topSpeedLeftToDrag() {
    const top = /\b(const|let|var)\s+(TOP_SPEED|MAX_SPEED|MAX_VELOCITY|TOPSPEED|MAXSPEED|topSpeed|maxSpeed)\s*=/.exec(this.code);
    if (!top) return;
    const name = top[2];
    if (/setMaxVelocity\s*\(|setMaxSpeed\s*\(|maxVelocity\b|maxSpeed\s*=|\.\s*velocity\s*\.\s*(limit|setLength)\s*\(/.test(this.code)) return;
    // the top speed is used somewhere other than the drag (a clamp of the velocity, a test against it): leave it
    const uses = [...this.code.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].filter((u) => u.index !== top.index + top[0].indexOf(name));
    if (!uses.length || uses.some((u) => !/setDrag\s*\([^;]*$/.test(this.code.slice(this.code.lastIndexOf('\n', u.index) + 1, u.index)))) return;
    const line = this.lineAt(uses[0].index);
    this.add('never_fires', true, `${name} is used only in the drag (line ${line}), and Arcade applies drag only when the body has no acceleration: while the key is held the speed is never held back and grows without end, past ${name} (body.setMaxSpeed(${name}), or setMaxVelocity)`, line, `setMaxSpeed(${name})`);
  }

  // else { this.player.setVelocity(0); } in update() for a platformer with gravity: setVelocity(0) sets y to 0 as well,
  // every frame no key is held, so the player floats down and a jump from standing is cut at once (setVelocityX(0))
  idleStopsTheFall() {
    const gravity = /gravity\s*:\s*\{[^}]*y\s*:\s*([1-9]|[A-Z_]*GRAVITY)|setGravityY\s*\(\s*([1-9]|[A-Z_]*GRAVITY)|gravity\s*\.\s*y\s*=\s*([1-9]|[A-Z_]*GRAVITY)/.test(this.code);
    if (!gravity) return;
    for (const fn of this.functions()) {
      if (fn.name !== 'update') continue;
      const m = /\belse\s*\{?\s*([\w.]+)\s*\.\s*setVelocity\s*\(\s*0\s*\)\s*;/.exec(fn.text);
      if (!m) continue;
      const who = m[1];
      if (!new RegExp(`${memberPattern(who)}\\s*\\.\\s*setVelocityY\\s*\\(\\s*-`).test(this.code)) continue;
      const line = this.lineIn(fn, m.index + m[0].indexOf(who));
      this.add('wrong_argument', true, `${who}.setVelocity(0) (line ${line}) in update() sets the vertical speed to 0 as well, on every frame no key is held, while gravity pulls ${who} down and a jump gives it an upward speed: it floats down slowly and a jump from standing is cut short (${who}.setVelocityX(0))`, line, `${who}.setVelocityX(0)`);
      return;
    }
  }

  // player.body.enable = false for the invincible time, and player.setVelocity(knockback) right after: a disabled body
  // is not moved by the world, so the knockback never happens and the player is frozen until it is enabled again
  // (player.body.checkCollision.none = true keeps it moving without hits)
  knockedBackWhileDisabled() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*body\s*\.\s*enable\s*=\s*false\s*;/g)) {
      const who = m[1];
      const fn = this.functionAt(m.index);
      if (!fn) continue;
      const esc = memberPattern(who);
      const push = new RegExp(`${esc}\\s*\\.\\s*(setVelocity[XY]?|body\\s*\\.\\s*setVelocity[XY]?)\\s*\\(\\s*(?!0\\s*[,)])`).exec(fn.text);
      if (!push) continue;
      // switched off for a while, as a hurt time, and still shown (a pooled object put away is hidden as well)
      if (!new RegExp(`${esc}\\s*\\.\\s*body\\s*\\.\\s*enable\\s*=\\s*true`).test(fn.text)) continue;
      if (new RegExp(`${esc}\\s*\\.\\s*(setVisible\\s*\\(\\s*false|setActive\\s*\\(\\s*false|visible\\s*=\\s*false|active\\s*=\\s*false)`).test(fn.text)) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${who}.body.enable = false (line ${line}) switches the body off, and the world moves no disabled body: the velocity given at line ${this.lineIn(fn, push.index)} does nothing and ${who} stays frozen until the body is on again (${who}.body.checkCollision.none = true keeps it moving without hits)`, line, `${who}.body.checkCollision.none = true`);
      return;
    }
  }

  // const g = this.add.graphics({ x, y }); g.fillCircle(0, 0, R); this.movers.add(g) to a physics group: a Graphics
  // has no size, so its body gets the default 64 x 64 box with its corner at the origin, not round the drawn circle
  // (g.body.setCircle(R, -R, -R))
  graphicsBodyLeftDefault() {
    const groups = new Set([...this.code.matchAll(/(this\s*\.\s*\w+|\b\w+)\s*=\s*this\s*\.\s*physics\s*\.\s*add\s*\.\s*group\s*\(/g)].map((m) => m[1].replace(/\s+/g, '')));
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*this\s*\.\s*add\s*\.\s*graphics\s*\(/g)) {
      const g = m[1];
      const fn = this.functionAt(m.index);
      const scope = fn ? fn.text : this.code;
      const joined = [...groups].find((grp) => new RegExp(`${memberPattern(grp)}\\s*\\.\\s*add\\s*\\(\\s*${g}\\b`).test(scope));
      if (!joined) continue;
      if (new RegExp(`\\b${g}\\s*\\.\\s*body\\s*\\.\\s*(setSize|setCircle|setOffset)|\\b${g}\\s*\\.\\s*setSize\\s*\\(`).test(this.code)) continue;
      if (/\.\s*body\s*\.\s*(setSize|setCircle)\s*\(/.test(scope) || /getChildren\s*\(\s*\)[^;]*body\s*\.\s*(setSize|setCircle)/.test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${g} (line ${line}) is a Graphics put into the physics group ${joined}, and nothing sizes its body: a Graphics has no size, so the body is the default 64 x 64 box with its corner at ${g}'s origin, not round what is drawn (${g}.body.setCircle(r, -r, -r), or setSize)`, line, `${g}.body.setCircle(r, -r, -r)`);
      return;
    }
  }

  // this.plate = this.physics.add.staticImage(…) and const pressed = this.plate.body.touching.up: a static body's
  // touching flags are never cleared (only a moving body resets them each step), so after the first touch the plate
  // reads as pressed for good (a dynamic immovable body, or physics.overlap each frame)
  staticTouchingNeverReset() {
    for (const m of this.code.matchAll(/([\w.]+)\s*=\s*this\s*\.\s*physics\s*\.\s*add\s*\.\s*static(?:Image|Sprite)\s*\(/g)) {
      const plate = m[1];
      const read = new RegExp(`${memberPattern(plate)}\\s*\\.\\s*body\\s*\\.\\s*touching\\s*\\.\\s*(up|down|left|right|none)`).exec(this.code);
      if (!read) continue;
      const line = this.lineAt(read.index);
      this.add('stale_state', true, `${plate}.body.touching.${read[1]} (line ${line}) is read from a static body (line ${this.lineAt(m.index)}), and Arcade clears touching only on moving bodies, each step: once something has touched ${plate} it reads as touched for good (a dynamic body made immovable, or this.physics.overlap(…) each frame)`, line, 'a dynamic immovable body');
      return;
    }
  }

  // collider(player, lifts, (player, lift) => { if (…touching…) player.x += lift.body.deltaX(); }): Arcade already
  // carries a body riding an immovable moving one along x (its friction.x is 1 by default), so the rider moves twice
  // as far as the lift and slides off (leave the carrying to Arcade, or setFriction(0) on the lifts)
  riderCarriedTwice() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*x\s*\+=\s*([\w.]+)\s*\.\s*body\s*\.\s*deltaX\s*\(\s*\)/g)) {
      const fn = this.functionAt(m.index);
      if (!fn || !/physics\s*\.\s*add\s*\.\s*collider\s*\(/.test(this.code.slice(Math.max(0, fn.node.start - 120), fn.node.start))) continue;
      if (/setFriction\s*\(\s*0|friction\s*\.\s*(x\s*=\s*0|set\s*\(\s*0)|friction\s*:\s*\{?\s*x\s*:\s*0/.test(this.code)) continue;
      if (!/immovable|setImmovable/.test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[1]}.x += ${m[2]}.body.deltaX() (line ${line}) in the collider's callback carries the rider along by hand, and Arcade already carries a body standing on an immovable moving one (its friction.x is 1 by default): the rider moves twice as far as the platform and slides off (leave the carrying to Arcade, or setFriction(0) on the platforms)`, line, 'carried once');
      return;
    }
  }

  // this.physics.accelerateToObject(this.ai, this.player, AI_SPEED) every frame with no top speed: the third argument
  // is an acceleration, and nothing caps the velocity (drag does not act while accelerating), so the chaser goes far
  // past AI_SPEED and overshoots (moveToObject for a speed, or setMaxVelocity)
  accelerationTakenForSpeed() {
    if (/setMaxVelocity\s*\(|setMaxSpeed\s*\(|maxVelocity\b|maxSpeed\b/.test(this.code)) return;
    for (const m of this.code.matchAll(/accelerate(?:ToObject|To)\s*\(\s*[^,]+,\s*[^,]+,\s*([\w.]+)/g)) {
      if (!/SPEED|speed|Speed|VEL/.test(m[1])) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].trim()}…) (line ${line}) takes ${m[1]} as an acceleration, not a speed, and nothing caps the velocity: it keeps growing far past ${m[1]}, so the chaser overshoots (moveToObject(…, ${m[1]}) for a speed, or setMaxVelocity(${m[1]}))`, line, `moveToObject(…, ${m[1]})`);
      return;
    }
  }

  // Phaser.Actions.PlaceOnCircle(orbs, ring, this.spin) with spin growing: the end angle stays at its default 6.28, so
  // the spacing (end - start) / count shrinks as the start grows and the orbs bunch up (end: this.spin + Math.PI * 2)
  circleSpacingFromMovingStart() {
    for (const c of this.calls) {
      if (c.name !== 'PlaceOnCircle' || c.n.arguments.length !== 3) continue;
      const start = c.n.arguments[2];
      if (start.type === 'Literal' || (start.type === 'UnaryExpression' && start.argument.type === 'Literal')) continue;
      const path = this.text(start);
      if (!new RegExp(`${memberPattern(path)}\\s*(\\+=|-=|=(?!=)|\\+\\+|--)`).test(this.code) && !/[+*-]/.test(path)) continue;
      const line = this.lineAt(c.n.start);
      this.add('wrong_argument', true, `PlaceOnCircle(…, ${path}) (line ${line}) moves the start angle and leaves the end angle at its default 6.28: the items are spread over 6.28 - ${path}, so as ${path} grows they bunch together (hand the end too: ${path} + Math.PI * 2)`, line, `${path} + Math.PI * 2`);
      return;
    }
  }

  // if (this.score % 1000 === 0) extraLife() with kills worth 75 and 150: the score steps over 1000 and 2000 without
  // landing on them, so the bonus almost never comes (keep the next threshold and test >=)
  multipleNeverLandedOn() {
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+|\b\w+)\s*%\s*(\d+)\s*===?\s*0/g)) {
      const [, value, n] = m;
      const every = Number(n);
      if (every < 10) continue;
      const name = value.split('.').pop();
      if (!/score|points|coins|gold|money|xp|exp/i.test(name)) continue;
      // the amounts it grows by: literal steps, and the points tables of the program
      const steps = [...this.code.matchAll(new RegExp(`${memberPattern(value)}\\s*\\+=\\s*(\\d+)\\b`, 'g'))].map((k) => Number(k[1]));
      if (new RegExp(`${memberPattern(value)}\\s*\\+=\\s*(?!\\d)`).test(this.code)) {
        for (const k of this.code.matchAll(/\b(?:points|score|value|reward|worth|pts)['"]?\s*[:,]\s*([^,;}\n)]+)/gi)) {
          // a number, or the numbers of a choice between numbers (heavy ? 150 : 75)
          if (/^\s*(\d+|[\w.!\s]+\?\s*\d+\s*:\s*\d+)\s*$/.test(k[1])) steps.push(...(k[1].split('?').pop().match(/\d+/g) || []).map(Number));
        }
      }
      const off = steps.find((v) => v > 0 && every % v !== 0);
      if (off === undefined) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${m[0]} (line ${line}) asks for the ${name} to land exactly on a multiple of ${every}, but it grows by ${off} at a time: it steps over ${every} without landing on it, so what should happen there does not (keep the next threshold and test ${value} >= it)`, line, `${value} >= next threshold`);
      return;
    }
  }

  // for (let i = 0; i < n; i++) { const offset = (i - n / 2) * SPREAD; … angle = -90 + offset }: the offsets run from
  // -n/2 to n/2 - 1, so the fan leans to one side and a single shot is not straight ((i - (n - 1) / 2) * SPREAD)
  fanLeansOneWay() {
    for (const m of this.code.matchAll(/\(\s*(\w+)\s*-\s*(\w+)\s*\/\s*2\s*\)\s*\*\s*([\w.]+)/g)) {
      const [, i, n, step] = m;
      if (!new RegExp(`for\\s*\\(\\s*let\\s+${i}\\s*=\\s*0\\s*;\\s*${i}\\s*<\\s*${n}\\s*;`).test(this.code)) continue;
      const fn = this.functionAt(m.index);
      const after = (fn ? fn.text : this.code).slice((fn ? m.index - fn.node.body.start : m.index), (fn ? m.index - fn.node.body.start : m.index) + 300);
      if (!/spread|angle|arc|fan|deg/i.test(step) && !/velocityFromAngle|velocityFromRotation|DegToRad|\bangle\b|rotation/.test(after)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `(${i} - ${n} / 2) * ${step} (line ${line}) for ${i} from 0 to ${n} - 1 runs from -${n}/2 to ${n}/2 - 1 steps: the fan is not centred, it leans one step to one side and a single shot is not straight ((${i} - (${n} - 1) / 2) * ${step})`, line, `(${i} - (${n} - 1) / 2) * ${step}`);
      return;
    }
  }

  // this.cameras.main.startFollow(player) and pointer.worldX read in update(): worldX/worldY are worked out only when
  // the pointer moves, so while the camera scrolls under a still mouse the aim and the crosshair drift away
  // (pointer.updateWorldPoint(this.cameras.main) first)
  worldPointerGoesStale() {
    if (/updateWorldPoint|positionToCamera|getWorldPoint/.test(this.code)) return;
    const update = this.functions().find((f) => f.name === 'update');
    if (!update) return;
    const read = /(\w+)\s*\.\s*world([XY])\b/.exec(update.text);
    if (!read) return;
    const pointer = read[1];
    if (!new RegExp(`${pointer}\\s*=\\s*this\\s*\\.\\s*input\\s*\\.\\s*(activePointer|mousePointer)|input\\s*\\.\\s*(activePointer|mousePointer)`).test(this.code) && pointer !== 'pointer') return;
    const line = this.lineIn(update, read.index);
    this.add('state_not_updated', true, `${pointer}.world${read[2]} read in update() (line ${line}) while the camera scrolls: the pointer's world position is worked out only when the pointer itself moves, so with the mouse still and the camera moving the aim drifts off the pointer (${pointer}.updateWorldPoint(this.cameras.main) first)`, line, `${pointer}.updateWorldPoint(camera)`);
  }

  // this.player.body.setCircle(HITBOX_R) with a 3 px radius on a 32 px ship: without offsets the circle keeps the
  // body's offset (0, 0), so the small hitbox sits at the sprite's top-left corner, not at its middle
  // (setCircle(r, width / 2 - r, height / 2 - r))
  circleBodyInTheCorner() {
    const sizes = new Map();
    const num = (t) => { if (/^\d+$/.test(t.trim())) return Number(t); const k = new RegExp(`(?:const|let|var)\\s+${t.trim()}\\s*=\\s*(\\d+)\\b`).exec(this.code); return k ? Number(k[1]) : null; };
    for (const m of this.code.matchAll(/generateTexture\s*\(\s*['"](\w+)['"]\s*,\s*([\w.]+)\s*,\s*([\w.]+)\s*\)/g)) sizes.set(m[1], [num(m[2]), num(m[3])]);
    for (const m of this.code.matchAll(/([\w.]+?)(?:\s*\.\s*body)?\s*\.\s*setCircle\s*\(\s*([\w.]+)\s*\)/g)) {
      const r = num(m[2]);
      if (r === null) continue;
      const made = new RegExp(`(?<![\\w.])${memberPattern(m[1])}\\s*=\\s*this\\s*\\.\\s*physics\\s*\\.\\s*add\\s*\\.\\s*(?:sprite|image)\\s*\\([^,]+,[^,]+,\\s*['"](\\w+)['"]`).exec(this.code);
      const size = made && sizes.get(made[1]);
      if (!size || size.some((v) => v === null) || 2 * r >= 0.75 * Math.min(...size)) continue;
      const line = this.lineAt(m.index);
      this.add('misplaced', true, `${m[0]} (line ${line}) gives a ${2 * r} px circle to a ${size[0]}x${size[1]} sprite without offsets: the circle keeps the body's offset (0, 0), so it sits in the sprite's top-left corner, not under its middle (setCircle(${m[2]}, ${size[0] / 2 - r}, ${size[1] / 2 - r}))`, line, 'setCircle with offsets');
      return;
    }
  }

  // const m = this.missiles.get(x, y); … this.time.delayedCall(LIFE_MS, () => { if (m.active) this.fizzle(m); }) and
  // a hit that puts m away earlier: the timer is never taken back, so when m is handed out again the old timer ends
  // the new flight early (keep the timer on m and remove it when m is put away or launched)
  pooledLifetimeOutlivesUse() {
    for (const m of this.code.matchAll(/(?:const|let)\s+(\w+)\s*=\s*([\w.]+)\s*\.\s*get\s*\(/g)) {
      const [, member, pool] = m;
      const fn = this.functionAt(m.index);
      if (!fn) continue;
      const rest = this.code.slice(m.index, fn.node.end);
      const timer = new RegExp(`(^|[;{}]\\s*)this\\s*\\.\\s*time\\s*\\.\\s*delayedCall\\s*\\([^,]+,\\s*(?:\\(\\)\\s*=>|function)[^]*?\\b${member}\\b`).exec(rest);
      if (!timer) continue;
      const callback = rest.slice(timer.index, timer.index + 200);
      if (!/active|disableBody|setActive\s*\(\s*false|killAndHide|fizzle|expire|kill/i.test(callback)) continue;
      if (new RegExp(`${member}\\s*\\.\\s*\\w*(timer|Timer|id|Id|launch|gen)\\w*\\s*[=!]`).test(callback + rest)) continue;
      // put away elsewhere too: an overlap or collider handler that disables members of the pool
      if (!/disableBody\s*\(|killAndHide\s*\(|setActive\s*\(\s*false/.test(this.code.slice(0, fn.node.start) + this.code.slice(fn.node.end))) continue;
      if (!new RegExp(`(overlap|collider)\\s*\\([^;]*${memberPattern(pool)}`).test(this.code)) continue;
      const line = this.lineAt(m.index + timer.index + timer[1].length);
      this.add('state_not_updated', true, `this.time.delayedCall(…) (line ${line}) ends the life of ${member}, a member of ${pool} that a hit can put away earlier; the timer is never taken back, so once ${member} is handed out again the old timer cuts the new life short (keep the timer on ${member} and remove it when it is put away or launched again)`, line, 'timer removed with the member');
      return;
    }
  }

  // fireKey.on('down', () => { this.autoFire = this.time.addEvent({ delay: 200, loop: true, callback: this.shoot }) })
  // and on('up') removing it: a looping timer fires first after its delay, so a tap shorter than 200 ms fires nothing
  // and every burst starts late (shoot once on the press, or startAt: delay)
  holdFireLateFirstShot() {
    for (const h of this.handlersOf(/^['"](down|keydown-\w+)['"]$/)) {
      const body = this.text(h.body);
      const t = /(this\s*\.\s*\w+)\s*=\s*this\s*\.\s*time\s*\.\s*addEvent\s*\(\s*\{([^{}]*)\}/.exec(body);
      if (!t || !/loop\s*:\s*true/.test(t[2]) || /startAt/.test(t[2])) continue;
      const cb = /callback\s*:\s*(?:this\s*\.\s*(\w+)|\(\)\s*=>\s*this\s*\.\s*(\w+)\s*\()/.exec(t[2]);
      if (!cb) continue;
      const shot = cb[1] || cb[2];
      if (new RegExp(`this\\s*\\.\\s*${shot}\\s*\\(`).test(body.replace(t[0], ''))) continue;
      if (!new RegExp(`${memberPattern(t[1])}\\s*\\.\\s*remove\\s*\\(`).test(this.code)) continue;
      const delay = /delay\s*:\s*([\w.]+)/.exec(t[2]);
      const line = this.lineAt(h.body.start + t.index);
      this.add('wrong_order', true, `the key's press starts a looping timer (line ${line}) that calls ${shot}() every ${delay ? delay[1] : 'delay'} ms and the release removes it: a looping timer fires first only after its delay, so a tap shorter than that does nothing and every burst starts late (call this.${shot}() on the press too)`, line, `this.${shot}() on the press`);
      return;
    }
  }

  // this.bullets = physics.add.group({ … }) with no maxSize, createMultiple({ quantity: POOL_SIZE }), and
  // const b = this.bullets.getFirstDead(true, x, y); if (!b) { this.skipped += 1; return; }: with createIfNull and no
  // maxSize the group makes a new member whenever all are busy, so the pool grows past its size and the branch for a
  // spent pool never runs (maxSize: POOL_SIZE)
  poolNeverRunsOut() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([\w.]+)\s*\.\s*(getFirstDead\s*\(\s*true|get\s*\()/g)) {
      const [, member, pool] = m;
      const made = new RegExp(`${memberPattern(pool)}\\s*=\\s*this\\s*\\.\\s*(physics\\s*\\.\\s*)?add\\s*\\.\\s*group\\s*\\(`).exec(this.code);
      if (!made) continue;
      const call = this.calls.find((k) => k.name === 'group' && k.n.start >= made.index && k.n.start < made.index + made[0].length);
      if (!call || /maxSize/.test(this.text(call.n))) continue;
      if (new RegExp(`${memberPattern(pool)}\\s*\\.\\s*maxSize\\s*=|${memberPattern(pool)}\\s*\\.\\s*setMaxSize`).test(this.code)) continue;
      if (!new RegExp(`${memberPattern(pool)}\\s*\\.\\s*createMultiple\\s*\\(`).test(this.code)) continue;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const spent = new RegExp(`if\\s*\\(\\s*!\\s*${member}\\s*\\)`).exec(after);
      if (!spent) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${pool}.${m[3].replace(/\s*\($/, '(').replace(/\s+/g, ' ')}…) (line ${line}) on a group made without maxSize (line ${this.lineAt(made.index)}): when every member is busy the group makes a new one, so the pool grows past the size it was filled to and if (!${member}) (line ${this.lineAt(m.index + m[0].length + spent.index)}) never happens (maxSize in the group's config)`, line, 'maxSize');
      return;
    }
  }

  // hitBoss(boss, shot) { boss.hp -= 1; … if (boss.hp <= 0) this.defeatBoss(); } with defeatBoss() setting
  // this.bossState = 'dying', paying the 5000 bonus and fading the boss out over 1.5 s before its body goes: the boss
  // still takes shots while it fades, hp stays <= 0, and every hit pays the one-time bonus again (return early when the
  // fight is over, or disable the body at once)
  defeatPaidOnEveryHit() {
    const fns = new Map(this.functions().filter((f) => f.name).map((f) => [f.name, f]));
    for (const c of this.calls) {
      if (!['overlap', 'collider'].includes(c.name) || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const cb = c.n.arguments[2];
      const name = cb.type === 'MemberExpression' ? memberPath(cb).replace(/^this\./, '') : (/Function/.test(cb.type) ? (/this\s*\.\s*(\w+)\s*\(/.exec(this.text(cb)) || [])[1] : null);
      const hit = name && fns.get(name);
      if (!hit) continue;
      const end = /if\s*\(\s*([\w.]+)\s*\.\s*(hp|health|life|lives)\s*<=\s*0\s*\)\s*\{?\s*this\s*\.\s*(\w+)\s*\(/.exec(hit.text);
      const over = end && fns.get(end[3]);
      if (!over) continue;
      const state = /this\s*\.\s*(\w+)\s*=\s*(['"]\w+['"]|true|false)/.exec(over.text);
      if (!state || !/(score|points|gold|coins)\s*\+=/.test(over.text)) continue;
      // the body is gone at once (outside a later callback), or the hit asks about the state first
      const now = over.text.replace(/onComplete\s*:\s*(\(\)\s*=>\s*\{[^]*?\}|[^,}]+)/g, '').replace(/delayedCall\s*\([^]*?\)\s*;/g, '');
      const target = end[1].split('.').pop();
      if (new RegExp(`\\b${target}\\s*\\.\\s*(disableBody\\s*\\(|body\\s*\\.\\s*enable\\s*=\\s*false|destroy\\s*\\(|setActive\\s*\\(\\s*false|body\\s*\\.\\s*checkCollision\\s*\\.\\s*none\\s*=\\s*true)|physics\\s*\\.\\s*world\\s*\\.\\s*(removeCollider|disable)|\\.\\s*destroy\\s*\\(\\s*\\)\\s*;?\\s*$|Collider\\w*\\s*\\.\\s*(destroy|active\\s*=)`).test(now)) continue;
      if (new RegExp(`this\\s*\\.\\s*${state[1]}\\b|\\.active\\b|${escape(end[1])}\\s*\\.\\s*${end[2]}\\s*<=?\\s*0\\s*\\)\\s*return|<\\s*0\\s*\\)\\s*return`).test(hit.text)) continue;
      // or the shooting itself stops with the state (a fire function that asks about it, or update() that does)
      const value = state[2].replace(/['"]/g, '');
      const stops = [...fns.values()].some((f) => f !== over && f !== hit && /fire|shoot|shot|update/i.test(f.name) && [...f.text.matchAll(new RegExp(`this\\s*\\.\\s*${state[1]}\\s*(===?|!==?)\\s*['"]?(\\w+)['"]?\\s*(\\)\\s*return|[^;]{0,300})`, 'g'))].some((k) => {
        const holds = k[1].startsWith('=') ? value === k[2] : value !== k[2];
        if (/^\)\s*return/.test(k[3])) return holds;
        return /fire|shoot|shots?\b|bullets?\b|\.get\s*\(|\.create\s*\(/i.test(k[3]) && !holds;
      }));
      if (stops) continue;
      const line = this.lineIn(hit, end.index);
      this.add('state_not_updated', true, `${hit.name}() (line ${this.lineAt(hit.node.start)}) calls this.${end[3]}() whenever ${end[1]}.${end[2]} <= 0 (line ${line}), and ${end[3]}() sets this.${state[1]} and pays out but leaves the body to be hit: every later hit, while it fades out, runs ${end[3]}() and pays again (return at the top of ${hit.name}() once this.${state[1]} is set, or disable the body at once)`, line, `guard on this.${state[1]}`);
      return;
    }
  }

  // const standing = this.crowns.filter((c) => c.y < DOWN_Y); if (!standing) win(): filter() always gives an array,
  // and an array, empty or not, is truthy, so the test never passes (standing.length === 0)
  filteredListAsFlag() {
    // the declarations already collected whose value is a filter() call
    const made = [...this.decls].flatMap(([name, ds]) => ds.filter((d) => d.init && d.init.type === 'CallExpression' && d.init.callee.type === 'MemberExpression'
      && !d.init.callee.computed && d.init.callee.property.name === 'filter').map((d) => ({ index: d.init.start, name })));
    for (const m of made) {
      const name = m.name;
      const fn = this.functionAt(m.index);
      const rest = this.code.slice(m.index, fn ? fn.node.end : undefined);
      const test = new RegExp(`if\\s*\\(\\s*(!\\s*)?${name}\\s*\\)|(?<![\\w.])${name}\\s*\\?|(?:&&|\\|\\|)\\s*!?\\s*${name}\\s*[)&|;]`).exec(rest);
      if (!test) continue;
      const line = this.lineAt(m.index + test.index);
      this.add('never_fires', true, `${test[0].trim()} (line ${line}) tests ${name}, the array filter() made (line ${this.lineAt(m.index)}): an array is truthy even when empty, so the test always comes out the same (${name}.length)`, line, `${name}.length`);
      return;
    }
  }

  // if (this.vel.dot(normal) < 0) this.vel.mirror(normal): Vector2.mirror reflects and then negates, which turns the
  // velocity back into the surface instead of bouncing it off (reflect(normal))
  mirrorForBounce() {
    for (const m of this.code.matchAll(/([\w.]+)\s*\.\s*mirror\s*\(\s*(\w*norm\w*|n)\s*\)/gi)) {
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}): Vector2.mirror reflects about ${m[2]} and then negates the result, so a velocity mirrored in a surface's normal points back into the surface and does not bounce off it (${m[1]}.reflect(${m[2]}))`, line, `${m[1]}.reflect(${m[2]})`);
      return;
    }
  }

  // p.prev = p.pos; p.pos.add(vel): prev is now the same vector as pos, so the in-place add moves both and the next
  // step's velocity (pos - prev) is 0: nothing keeps its momentum (p.prev.copy(p.pos))
  previousIsTheCurrent() {
    for (const m of this.code.matchAll(/\b(\w+)\s*\.\s*(prev\w*|old\w*|last\w*)\s*=\s*\1\s*\.\s*(\w+)\s*;/gi)) {
      const [, owner, prev, cur] = m;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const moved = new RegExp(`\\b${owner}\\s*\\.\\s*${cur}\\s*\\.\\s*(add|subtract|scale|set|copy|lerp|rotate|push|splice|fill)\\s*\\(|\\b${owner}\\s*\\.\\s*${cur}\\s*(\\.\\s*[xy]|\\[[^\\]]+\\])\\s*(\\+=|-=|=(?!=))`).exec(after);
      if (!moved) continue;
      if (new RegExp(`\\b${owner}\\s*\\.\\s*${cur}\\s*=`).test(after.slice(0, moved.index))) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${owner}.${prev} = ${owner}.${cur} (line ${line}) makes ${prev} the same object as ${cur}, and ${cur} is then changed in place (line ${this.lineAt(m.index + m[0].length + moved.index)}): ${prev} moves with it, so what is worked out from the two (a velocity, a change since last time) is always 0 (a copy: ${owner}.${prev}.copy(${owner}.${cur}), or { ...${owner}.${cur} })`, line, `${owner}.${prev}.copy(${owner}.${cur})`);
      return;
    }
  }

  // world gravity y 800 and grounded && body.speed < 6 as "it has stopped": Arcade works out body.speed after adding a
  // frame of gravity and before the ground pushes back, so a body at rest reads about 800 / 60 ≈ 13 and never passes
  // (body.velocity.length(), read after the collision)
  restSpeedUnderGravity() {
    const g = /gravity\s*:\s*\{[^}]*y\s*:\s*(\d+)/.exec(this.code);
    const gravity = Number(g[1]);
    for (const m of this.code.matchAll(/([\w.]*body)\s*\.\s*speed\s*<\s*(\d+(?:\.\d+)?)/g)) {
      const limit = Number(m[2]);
      if (limit * 60 > gravity * 0.9) continue;
      if (/setAllowGravity\s*\(\s*false|allowGravity\s*=\s*false|allowGravity\s*:\s*false/.test(this.code) && !/setAllowGravity\s*\(\s*true/.test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `${m[0]} (line ${line}) as a test for having stopped: Arcade works out body.speed after adding a frame of gravity (y ${gravity}) and before the ground pushes back, so a body at rest on the ground reads about ${(gravity / 60).toFixed(0)} and the test never passes (${m[1]}.velocity.length(), or a count of still frames)`, line, 'velocity.length()');
      return;
    }
  }

  // this.ball.body.setAllowGravity(false) once in create(), setAllowGravity(true) when it is fired, and the reload
  // (body.reset to the muzzle) never turns gravity off again: from the second shot the loaded ball falls out
  // (setAllowGravity(false) in the reload)
  gravityOffOnlyOnce() {
    const on = /([\w.]+?)(?:\s*\.\s*body)?\s*\.\s*setAllowGravity\s*\(\s*true/.exec(this.code);
    const obj = on[1];
    const offs = [...this.code.matchAll(new RegExp(`${memberPattern(obj)}(\\s*\\.\\s*body)?\\s*\\.\\s*setAllowGravity\\s*\\(\\s*false`, 'g'))];
    if (!offs.length || !offs.every((o) => { const f = this.functionAt(o.index); return f && ['create', 'init', 'constructor'].includes(f.name); })) return;
    const reload = new RegExp(`${memberPattern(obj)}(\\s*\\.\\s*body)?\\s*\\.\\s*reset\\s*\\(`, 'g');
    for (const r of this.code.matchAll(reload)) {
      const f = this.functionAt(r.index);
      if (!f || ['create', 'init', 'constructor'].includes(f.name)) continue;
      if (/setAllowGravity|allowGravity\s*=|scene\s*\.\s*restart/.test(f.text)) continue;
      if (/scene\s*\.\s*restart\s*\(/.test(this.code)) return;
      const line = this.lineAt(r.index);
      this.add('state_not_updated', true, `${obj}'s gravity is turned off only in ${this.functionAt(offs[0].index).name}() (line ${this.lineAt(offs[0].index)}) and on when it is fired (line ${this.lineAt(on.index)}); the reload (line ${line}) puts it back with body.reset(), which leaves allowGravity as it is: from the second shot it falls before it is fired (setAllowGravity(false) in the reload)`, line, 'setAllowGravity(false) on reload');
      return;
    }
  }

  // player.body.checkCollision.none = true for the blink after a hit, under gravity with the player standing on a
  // collider: none turns off every collision, the ground's too, so the player falls through the floor (a flag that
  // the hurt callback checks)
  invulnerableFallsThrough() {
    const m = /([\w.]+?)\s*\.\s*body\s*\.\s*checkCollision\s*\.\s*none\s*=\s*true/.exec(this.code);
    if (!m) return;
    const who = m[1].split('.').pop();
    if (!/gravity\s*:\s*\{\s*y\s*:\s*[1-9]|setGravityY\s*\(\s*[1-9]|gravity\s*\.\s*y\s*=\s*[1-9]/.test(this.code)) return;
    if (!new RegExp(`collider\\s*\\(\\s*(this\\s*\\.\\s*)?${escape(who)}\\b`).test(this.code) && !new RegExp(`collider\\s*\\([^,]+,\\s*(this\\s*\\.\\s*)?${escape(who)}\\b`).test(this.code)) return;
    if (/allowGravity\s*=\s*false|setAllowGravity\s*\(\s*false|moves\s*=\s*false|setImmovable/.test(this.code.slice(m.index, m.index + 300))) return;
    const line = this.lineAt(m.index);
    this.add('wrong_argument', true, `${m[0]} (line ${line}) turns off every collision of ${who}'s body, the ground's too, while gravity pulls it: during the blink it falls through the floor (keep collisions and skip the hurt while a flag is set)`, line, 'an invulnerable flag');
  }

  // this.time.addEvent({ delay: LEAP_EVERY, startAt: INTRO_MS, loop: true, … }) for a first leap after the intro:
  // startAt is time already elapsed, so with startAt >= delay the first call comes at once (paused until the intro
  // ends, or a delayedCall that starts it)
  startAtTakenForDelay() {
    for (const c of this.calls) {
      if (c.name !== 'addEvent' || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = new Map(c.n.arguments[0].properties.filter((p) => p.key).map((p) => [p.key.name || p.key.value, this.text(p.value)]));
      if (!props.has('startAt') || !props.has('delay')) continue;
      const at = props.get('startAt');
      const a = this.numberNamed(at);
      const d = this.numberNamed(props.get('delay'));
      const named = /intro|delay|wait|warm|ready|countdown|grace|pause|first|before/i.test(at);
      if (!(named || (a !== null && d !== null && a >= d))) continue;
      const line = lineOf(c.n);
      this.add('wrong_argument', true, `addEvent({ delay: ${props.get('delay')}, startAt: ${at}, … }) (line ${line}) takes startAt for a wait before the first call, but startAt is time already counted towards the delay: the first call comes ${a !== null && d !== null && a >= d ? 'at once' : `after ${props.get('delay')} - ${at}`} instead of after the wait (paused: true and unpause it when the wait ends, or a delayedCall that makes it)`, line, 'paused until the wait ends');
      return;
    }
  }

  // update(): if (!this.cursors.up.isDown && body.velocity.y < -CUT_SPEED) setVelocityY(-CUT_SPEED) with a spring that
  // sets setVelocityY(-SPRING_SPEED) in a collider: the short-hop cut runs on every rise, so a spring launch without
  // UP held is cut to a hop (cut only a rise the jump key started)
  jumpCutClampsLaunch() {
    const m = /if\s*\(\s*!\s*([\w.]+)\s*\.\s*isDown\s*&&\s*([\w.]+)\s*\.\s*velocity\s*\.\s*y\s*<\s*-\s*([\w.]+)\s*\)\s*\{?\s*[\w.]+\s*\.\s*setVelocityY\s*\(\s*-\s*\3\s*\)/.exec(this.code);
    if (!m) return;
    const cut = this.numberNamed(m[3]);
    if (cut === null) return;
    // a launch that is not the jump key's: an upward speed set in a collider or overlap callback
    for (const c of this.calls) {
      if (c.name !== 'setVelocityY' || !c.n.arguments[0]) continue;
      const arg = this.text(c.n.arguments[0]).replace(/\s+/g, '');
      const up = /^-([\w.]+)$/.exec(arg);
      if (!up || this.numberNamed(up[1]) === null || this.numberNamed(up[1]) <= cut) continue;
      const handed = c.ctx.handedTo.filter(Boolean).join(' ');
      if (!/collider|overlap/.test(handed)) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0].replace(/\s+/g, ' ').slice(0, 90)}… (line ${line}) cuts every rise faster than ${m[3]} while the key is up, and setVelocityY(${arg}) (line ${lineOf(c.n)}) launches from a ${/overlap/.test(handed) ? 'overlap' : 'collider'} with no key held: that launch is cut to a hop on the next frame (cut only a rise the jump key started: a flag set by the jump)`, line, 'cut only a key jump');
      return;
    }
  }

  // touchSlime(player, slime) { if (body.velocity.y >= 0 && player.y < slime.y) { stomp } else hurt } with the hero 44
  // pixels tall and the slime 22: standing on the same floor the hero's middle is always higher, so walking into a
  // slime from the side squashes it (compare the hero's bottom with the slime's top)
  stompByCentres() {
    const heights = new Map([...this.code.matchAll(/generateTexture\s*\(\s*['"]([\w-]+)['"]\s*,\s*(\d+)\s*,\s*(\d+)\s*\)/g)].map((g) => [g[1], Number(g[3])]));
    const keyOf = (who) => {
      const made = new RegExp(`${memberPattern(who)}\\s*=\\s*this\\s*\\.\\s*physics\\s*\\.\\s*add\\s*\\.\\s*(?:sprite|image)\\s*\\([^,]+,[^,]+,\\s*['"]([\\w-]+)['"]`).exec(this.code);
      if (made) return made[1];
      const member = new RegExp(`${memberPattern(who)}\\s*\\.\\s*create\\s*\\([^,]+,[^,]+,\\s*['"]([\\w-]+)['"]`).exec(this.code);
      return member ? member[1] : null;
    };
    for (const c of this.calls) {
      if (!['overlap', 'collider'].includes(c.name) || c.n.arguments.length < 3) continue;
      const [a, b, cb] = c.n.arguments.map((x) => this.text(x).replace(/\s+/g, ''));
      const ha = heights.get(keyOf(a));
      const hb = heights.get(keyOf(b));
      if (!ha || !hb || ha <= hb + 4) continue;
      const fn = /^this\.(\w+)$/.test(cb) ? this.functions().find((f) => f.name === cb.slice(5)) : null;
      const node = fn ? fn.node : (/Function/.test(c.n.arguments[2].type) ? c.n.arguments[2] : null);
      if (!node || node.params.length < 2 || node.params.some((p) => p.type !== 'Identifier')) continue;
      const [pa, pb] = node.params.map((p) => p.name);
      const text = this.text(node.body);
      const test = new RegExp(`if\\s*\\(([^)]*(?<![\\w.])${pa}\\s*\\.\\s*y\\s*<\\s*${pb}\\s*\\.\\s*y\\b(?!\\s*[-+])[^)]*)\\)`).exec(text);
      if (!test || /bottom|top|touching|blocked|height|prev/.test(test[1])) continue;
      const line = this.lineAt(node.body.start + test.index);
      this.add('wrong_argument', true, `${pa}.y < ${pb}.y (line ${line}) takes a stomp from the middles, but ${a}'s texture is ${ha} pixels tall and ${b}'s ${hb}: standing on the same floor ${pa}'s middle is always the higher one, so touching ${pb} from the side counts as landing on it (${pa}.body.bottom against ${pb}.body.top)`, line, `${pa}.body.bottom <= ${pb}.body.top + margin`);
      return;
    }
  }

  // this.physics.moveTo(worker.sprite, x, y, 0, WALK_MS) and a delayedCall(WALK_MS, then): moveTo only sets a velocity
  // that gets there in that time; nothing stops the body on arrival, so it walks on past the spot (body.reset(x, y) or
  // setVelocity(0) when it arrives)
  moveToNeverStops() {
    for (const c of this.calls) {
      if (!['moveTo', 'moveToObject'].includes(c.name) || !/(^|\.)physics$/.test(c.on || '') || !c.n.arguments[0]) continue;
      const role = c.ctx.roles[c.ctx.roles.length - 1];
      // steering again every frame (a chase) needs no stop
      if (role === 'update' || c.ctx.handedTo.some((h) => h && /addEvent|events\.on/.test(h))) continue;
      const who = this.text(c.n.arguments[0]).replace(/\s+/g, '');
      const bare = who.split('.').pop();
      // a walk timed to arrive: a maxTime given, and a timer of that same time that goes on as if it had arrived
      const time = c.n.arguments[c.name === 'moveTo' ? 4 : 3];
      if (!time || /^0$/.test(this.text(time).trim())) continue;
      const fn = this.functionAt(c.n.start);
      if (!fn || !new RegExp(`delayedCall\\s*\\(\\s*${escape(this.text(time).trim())}\\s*,`).test(fn.text)) continue;
      const stops = new RegExp(`\\b${escape(bare)}\\s*(\\.\\s*body)?\\s*\\.\\s*(reset|stop|setVelocity\\s*\\(\\s*0|setVelocity[XY]\\s*\\(\\s*0|velocity\\s*\\.\\s*set\\s*\\(\\s*0|setEnable\\s*\\(\\s*false|destroy|disableBody)|\\b${escape(bare)}\\s*\\.\\s*body\\s*\\.\\s*(enable|moves)\\s*=\\s*false|Distance\\s*\\.\\s*Between\\s*\\([^)]*\\b${escape(bare)}\\b[^)]*\\)\\s*(<|<=)|setVelocity\\s*\\(\\s*0`);
      if (stops.test(this.code)) continue;
      const line = lineOf(c.n);
      this.add('state_not_updated', true, `physics.${c.name}(${who}, …) (line ${line}) only sets ${who}'s velocity towards the spot, and nothing stops it there (no reset, setVelocity(0) or arrival test for it): it walks on past the spot and off (body.reset(x, y) or setVelocity(0) when it arrives)`, line, 'stop it on arrival');
      return;
    }
  }
}

function physicsFindings(ast, code, facts) {
  return new PhysicsRules(ast, code, facts).run();
}

module.exports = { physicsFindings };
