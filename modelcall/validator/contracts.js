'use strict';
// Argument contracts (L2): call arguments whose shape the source makes certain (literals, arrays of numbers, object
// literals, `new Phaser.X(...)`) checked against the parameter types of the API model. Phaser accepts most wrong
// arguments silently (a flat [x, y, ...] array given to fillPoints draws nothing, '#ff0000' given as a colour number
// paints black, a misspelt config key is ignored), so these are the programs that run cleanly and still do not do
// what their code says.
//
// Every finding is {code, certain, message, line, expected}: `certain` when both the argument's shape and the
// parameter's type leave no doubt; the Python side makes certain findings errors (per rule, see ApiConfig.misuse_rules)
// and the rest warnings.

// not child nodes: positions, and what ESLint adds to an AST it shares (parent links, tokens, comments)
const SKIP_KEYS = new Set(['loc', 'range', 'parent', 'tokens', 'comments']);

// typed config objects whose keys Phaser reads only from the documented list (+ these undocumented ones it also reads):
// an unknown key in them is certainly ignored. Keys of other typedefs are only warned about.
const CLOSED_CONFIGS = {
  'Phaser.Types.GameObjects.Text.TextStyle': ['fill'],
  'Phaser.Types.Core.GameConfig': ['fx'],
  'Phaser.Types.Tweens.TweenBuilderConfig': [],
  'Phaser.Types.Time.TimerEventConfig': [],
  // ParticleEmitter#setConfig reads exactly the documented keys (3.60 renamed `on` to `emitting`)
  'Phaser.Types.GameObjects.Particles.ParticleEmitterConfig': [],
  // the physics systems read only physics.arcade / physics.matter (gravity beside them is nobody's)
  'Phaser.Types.Core.PhysicsConfig': ['impact'],
  // World reads the documented keys and ArcadePhysics customUpdate (gravityY beside gravity is nobody's)
  'Phaser.Types.Physics.Arcade.ArcadeWorldConfig': ['customUpdate'],
  // Group, PhysicsGroup and StaticGroup read these and createMultiple() the create config's (bounce: 1 is not bounceX)
  'Phaser.Types.Physics.Arcade.PhysicsGroupConfig': ['internalCreateCallback', 'internalRemoveCallback'],
  'Phaser.Types.GameObjects.Group.GroupConfig': ['internalCreateCallback', 'internalRemoveCallback'],
  'Phaser.Types.GameObjects.Group.GroupCreateConfig': ['hitArea', 'hitAreaCallback', 'gridAlign', 'createCallback', 'removeCallback', 'createMultipleCallback', 'name', 'maxSize', 'runChildUpdate', 'defaultKey', 'defaultFrame', 'internalCreateCallback', 'internalRemoveCallback'],
};
// open configs whose typedef leaves out keys the code reading them takes: Matter's Body.create copies every option
// onto the body, and these are Matter's own (inertia: Infinity is how a body is kept from turning)
const EXTRA_KEYS = {
  'Phaser.Types.Physics.Matter.MatterBodyConfig': ['inertia', 'inverseInertia', 'inverseMass', 'area', 'axes', 'vertices',
    'position', 'velocity', 'angularVelocity', 'speed', 'angularSpeed', 'torque', 'force', 'motion', 'sleepThreshold',
    'isSleeping', 'timeScale', 'bounds', 'circleRadius', 'positionPrev', 'anglePrev', 'events', 'type', 'id'],
};
// sizes a colour number can land on when an argument before it is left out: [names, indices, the signature]
const FACTORY = 'Phaser.GameObjects.GameObjectFactory';
const SIZE_ARGUMENTS = {
  [`${FACTORY}#star`]: [['points', 'inner radius', 'outer radius'], [2, 3, 4], 'star(x, y, points, innerRadius, outerRadius, fillColor)'],
  [`${FACTORY}#circle`]: [['radius'], [2], 'circle(x, y, radius, fillColor)'],
  [`${FACTORY}#arc`]: [['radius'], [2], 'arc(x, y, radius, startAngle, endAngle, anticlockwise, fillColor)'],
  [`${FACTORY}#rectangle`]: [['width', 'height'], [2, 3], 'rectangle(x, y, width, height, fillColor)'],
  [`${FACTORY}#ellipse`]: [['width', 'height'], [2, 3], 'ellipse(x, y, width, height, fillColor)'],
};
// what a tween's target usually is: members only these have, used on `this` in a tween callback, mean the target
const TARGET_TYPES = ['Phaser.GameObjects.Sprite', 'Phaser.GameObjects.Rectangle', 'Phaser.GameObjects.Text', 'Phaser.GameObjects.Arc'];
const EMITTER = 'Phaser.Events.EventEmitter';
const GROUP_TYPES = /^(a |an )?Phaser\.(GameObjects\.Group|Physics\.Arcade\.(Static)?Group)$/;
// method -> [the callback arguments, the context argument] (a collider calls its callbacks on callbackContext, undefined
// when left out; a timer on itself)
const CALLBACK_CONTEXT = {
  'Phaser.Physics.Arcade.Factory#collider': [[2, 3], 4],
  'Phaser.Physics.Arcade.Factory#overlap': [[2, 3], 4],
  'Phaser.Physics.Arcade.World#addCollider': [[2, 3], 4],
  'Phaser.Physics.Arcade.World#addOverlap': [[2, 3], 4],
  'Phaser.Time.Clock#delayedCall': [[1], 3],
  // a tile's callback is called on its context: left out, `this` is undefined (window in a sloppy script)
  'Phaser.Tilemaps.Tilemap#setTileIndexCallback': [[1], 2],
  'Phaser.Tilemaps.TilemapLayer#setTileIndexCallback': [[1], 2],
  'Phaser.Tilemaps.Tilemap#setTileLocationCallback': [[4], 5],
  'Phaser.Tilemaps.TilemapLayer#setTileLocationCallback': [[4], 5],
};
// methods whose config's callbacks run on its callbackScope (the timer or tween itself when it is left out)
const CONFIG_CALLBACKS = new Set(['Phaser.Time.Clock#addEvent', 'Phaser.Tweens.TweenManager#add', 'Phaser.Tweens.TweenManager#addCounter', 'Phaser.Tweens.TweenManager#chain']);
// every node of a function body that shares its `this` (nested functions with their own `this` are left out)
function eachOwnNode(body, visit) {
  const stack = [body];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n.type !== 'string') continue;
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ClassBody') continue;
    if (visit(n) === false) return;
    for (const k in n) {
      if (k === 'loc' || k === 'range' || k === 'parent') continue;
      const v = n[k];
      if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') stack.push(c); } else if (v && typeof v.type === 'string') stack.push(v);
    }
  }
}
// does a function body read `this`?
function usesThis(body) {
  let found = false;
  eachOwnNode(body, (n) => { found = n.type === 'ThisExpression'; return !found; });
  return found;
}
// [name, line] of this.name in a function body; writes only: assigned
function thisMembers(body, writes = false) {
  const out = [];
  eachOwnNode(body, (n) => {
    const target = writes ? (n.type === 'AssignmentExpression' ? n.left : null) : n;
    if (target && target.type === 'MemberExpression' && !target.computed && target.object.type === 'ThisExpression' && target.property.type === 'Identifier') {
      out.push([target.property.name, target.loc ? target.loc.start.line : null]);
    }
  });
  return out;
}
// the names a class assigns as this.name = ... in its own methods (and arrow functions in them)
const assignedCache = new WeakMap();
function sceneAssigned(klass) {
  if (assignedCache.has(klass)) return assignedCache.get(klass);
  const names = new Set();
  for (const m of klass.body.body) {
    if (m.type !== 'MethodDefinition' || m.static || !m.value) continue;
    for (const [name] of thisMembers(m.value.body, true)) names.add(name);
  }
  assignedCache.set(klass, names);
  return names;
}
// calls written in Phaser 2's argument order, certain from their literal values: why, or null
const CAMERA = 'Phaser.Cameras.Scene2D.Camera';
// a duration of 1-9 (or a fraction): seconds written where Phaser counts milliseconds, the effect is over within a frame
const secondsForMs = (d, what) => (d !== null && d > 0 && d < 10
  ? `the duration is in milliseconds: ${d} ms is less than a frame, so the ${what} is over at once (${d * 1000} for ${d} s)` : null);
// cameras.add(0.75, 0.02, 0.23, 0.23): a viewport given as fractions of the game, as other engines take it, is a camera
// under a pixel wide that shows nothing
const viewportFractions = (v) => {
  const fraction = (x) => x !== null && x !== undefined && x > 0 && x < 1;
  return fraction(v[2]) && fraction(v[3]) ? `the viewport is in pixels, not fractions of the game: this camera is ${v[2]}x${v[3]} px and shows nothing (x, y, width and height in pixels)` : null;
};
const cameraFade = (v) => {
  if (secondsForMs(v[0], 'effect')) return secondsForMs(v[0], 'effect');
  if (v[0] !== null && v[0] >= 0x10000) return 'the first argument is the duration in ms and the colour comes as r, g, b (Phaser 2 took a colour first): the effect lasts hours';
  if (v.slice(1, 4).some((c) => c !== null && c > 255)) return 'red, green and blue are 0-255 each (Phaser 3: duration, red, green, blue)';
  return null;
};
const ARGUMENT_ORDER = {
  // lerpY defaults to lerpX: startFollow(player, true, 0) or (…, 0, 0) never moves the camera
  [`${CAMERA}#startFollow`]: (v) => (v[2] === 0 && (v.length < 4 || v[3] === 0) ? 'a lerp of 0 never moves the camera (1 follows at once, 0.1 smoothly)' : null),
  [`${CAMERA}#shake`]: (v) => ((v[0] !== null && v[0] > 0 && v[0] < 1) || (v[1] !== null && v[1] > 1)
    ? 'the duration (ms) comes first and the intensity (a fraction of the view, 0.01-0.05) second (Phaser 2 took intensity first): the shake ends at once or throws the view away'
    : secondsForMs(v[0], 'shake')),
  [`${CAMERA}#pan`]: (v) => secondsForMs(v.length > 2 ? v[2] : null, 'pan'),
  [`${CAMERA}#zoomTo`]: (v) => secondsForMs(v.length > 1 ? v[1] : null, 'zoom'),
  [`${CAMERA}#setViewport`]: viewportFractions,
  [`${CAMERA}#flash`]: cameraFade,
  [`${CAMERA}#fade`]: cameraFade,
  [`${CAMERA}#fadeIn`]: cameraFade,
  [`${CAMERA}#fadeOut`]: cameraFade,
  // cameras.add(x, y, w, h, 'minimap'): the fifth is makeMain, and a name there (true to Phaser) makes this the main
  'Phaser.Cameras.Scene2D.CameraManager#add': (v, args) => {
    const name = args[4] && args[4].type === 'Literal' && typeof args[4].value === 'string' ? args[4].value : '';
    if (viewportFractions(v)) return viewportFractions(v);
    return name ? `the fifth argument is makeMain and the name comes sixth: '${name}' counts as true, so this camera becomes cameras.main and what the code does to the main camera (follow, bounds) goes to it (add(x, y, w, h, false, '${name}'))` : null;
  },
};
// keys older Phaser versions read, and what they are called now
// (typedef -> [how to say it, {old key: what it is now}]): certain wherever they appear, the config closed or not
const RENAMED_KEYS = {
  'Phaser.Types.GameObjects.Particles.ParticleEmitterConfig': ['Phaser 3.60 renamed it', { on: 'emitting' }],
  // Matter copies every option onto the body: `static` becomes a property nothing reads, the body falls
  // and Arcade's words are not Matter's: `bounce: 0.9` is stored and never read, the body does not bounce
  'Phaser.Types.Physics.Matter.MatterBodyConfig': ['the key is', {
    static: 'isStatic', sensor: 'isSensor', immovable: 'isStatic', bounce: 'restitution', bounciness: 'restitution',
    elasticity: 'restitution', drag: 'frictionAir', damping: 'frictionAir', airFriction: 'frictionAir',
    category: 'collisionFilter: { category }', mask: 'collisionFilter: { mask }', collidesWith: 'collisionFilter: { mask }',
  }],
  // Phaser 2's animations.add(name, frames, rate, loop): an animation that loops forever takes repeat: -1
  'Phaser.Types.Animations.Animation': ['the key is', { loop: 'repeat: -1', framerate: 'frameRate', loops: 'repeat' }],
  // scale: { scaleMode: Phaser.Scale.FIT }: the Scale Manager reads `mode`, the game keeps its size unscaled
  'Phaser.Types.Core.ScaleConfig': ['the key is', { scaleMode: 'mode', scale_mode: 'mode', autoCentre: 'autoCenter', centerMode: 'autoCenter', autoCenterMode: 'autoCenter' }],
};
// what an old key of one of these typedefs is called now, as a hint: ' (the key is ...)', or null
function renamedHint(tds, key) {
  for (const td of tds) {
    const entry = Object.hasOwn(RENAMED_KEYS, td) ? RENAMED_KEYS[td] : null;
    if (entry && Object.hasOwn(entry[1], key)) return ` (${entry[0]} '${entry[1][key]}')`;
  }
  return null;
}
// classes an object literal cannot stand in for (a config may be given instead of one: tweens.add(Tween | config))
const NOT_DUCK_TYPED = new Set(['Phaser.Tweens.Tween', 'Phaser.Tweens.TweenChain', 'Phaser.Time.TimerEvent']);
// a make.* creator reads the common game object keys (x, y, add, ...) besides the object's own options
const CREATOR = 'Phaser.GameObjects.GameObjectCreator';
const CREATOR_CONFIG = 'Phaser.Types.GameObjects.GameObjectConfig';
const TWEEN_CONFIG = 'Phaser.Types.Tweens.TweenBuilderConfig';
const ARITH = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);
const COMPARE = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'instanceof', 'in']);
const CSS_COLOUR = /^\s*(#[0-9a-f]{3,8}|rgba?\(|hsla?\(|(white|black|red|green|blue|yellow|orange|purple|pink|gray|grey|cyan|magenta|brown|gold|silver|navy|teal|lime)\s*$)/i;
// Number parameters Phaser adds to another number with `+`: a numeric string there is joined as text ('10' + '120')
// and the result is wrong, silently (measured: tests/validator/test_contracts.py). Method -> [argument indexes or
// null for all, why]. WebGL draws these shapes wrong (Canvas, which the validator runs, turns the string back into a
// number); Arcade adds gravity and acceleration to a velocity every step ('200' + 0 is '2000').
const WEBGL = ' (WebGL, the renderer most desktops get, adds it as text: the shape is drawn wrong)';
const ARCADE = " (Arcade adds gravity and acceleration to it as text: '200' + 0 is '2000', ten times as fast)";
const VELOCITY = { setVelocity: [null, ARCADE], setVelocityX: [null, ARCADE], setVelocityY: [null, ARCADE] };
const NUMBER_SUMS = {
  'Phaser.GameObjects.Graphics': { fillRect: [null, WEBGL], strokeRect: [null, WEBGL], fillRoundedRect: [null, WEBGL],
    strokeRoundedRect: [null, WEBGL], lineBetween: [null, WEBGL], lineTo: [null, WEBGL], moveTo: [null, WEBGL] },
  'Phaser.GameObjects.GameObjectFactory': { rectangle: [[2, 3], WEBGL], circle: [[2], WEBGL] },
  'Phaser.Physics.Arcade.Body': VELOCITY, 'Phaser.Physics.Arcade.Sprite': VELOCITY, 'Phaser.Physics.Arcade.Image': VELOCITY,
};
// text colours are CSS strings: a number there is dropped by the canvas (the text is drawn black)
const TEXT_COLOURS = {
  'Phaser.Types.GameObjects.Text.TextStyle': ['color', 'fill', 'stroke', 'backgroundColor'],
  'Phaser.Types.GameObjects.Text.TextShadow': ['color'],
};
// colour ramps of numbers: each entry goes through IntegerToRGB, so a CSS string there is black (r = g = b = 0)
const NUMBER_COLOURS = {
  'Phaser.Types.GameObjects.Particles.ParticleEmitterConfig': ['color'],
};
// keys whose value Phaser reads field by field (gravity.y, wordWrap.width): a number or a boolean there reads as
// nothing (the documented type alone is not enough: Text reads padding: 10 as well as {left, ...})
const OBJECT_VALUES = {
  'Phaser.Types.Physics.Arcade.ArcadeWorldConfig': ['gravity'],
  'Phaser.Types.GameObjects.Text.TextStyle': ['wordWrap', 'shadow'],
};
const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$|^\s*0x[0-9a-f]+\s*$/i;

function parseParam(spec) {
  let text = String(spec || 'any');
  const rest = text.startsWith('...');
  if (rest) text = text.slice(3);
  const optional = text.endsWith('?');
  if (optional) text = text.slice(0, -1);
  return { rest, optional, text, alts: splitUnion(text) };
}

function splitUnion(text) {
  const parts = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if ('<({'.includes(ch)) depth++;
    else if ('>)}'.includes(ch)) depth--;
    if (ch === '|' && depth === 0) { parts.push(cur.trim()); cur = ''; } else cur += ch;
  }
  parts.push(cur.trim());
  return parts.filter(Boolean);
}

// the types Phaser reads as {x, y} (a Vector2, a Point, a Vector2Like object)
const POINT_TYPES = /^Phaser\.(Math\.Vector2|Geom\.Point|Types\.Math\.Vector2Like)$/;

class Contracts {
  // api: {typeInfo, ancestors, findMember}; analysis: the Analysis running (peekType, assignedMembers, ast)
  constructor(api, analysis) {
    this.api = api;
    this.an = analysis;
    this.found = [];
    this.consts = null;
  }

  // ---- what a parameter type accepts
  category(alt) {
    const a = alt.replace(/^\(|\)$/g, '').trim();
    if (a === 'number' || a === 'integer') return { c: 'number' };
    if (a === 'string') return { c: 'string' };
    if (a === 'boolean') return { c: 'boolean' };
    if (a === 'null' || a === 'undefined' || a === 'void') return { c: 'nil' };
    if (/^function\b/.test(a) || a === 'Function') return { c: 'function' };
    if (a === 'array' || a === 'Array' || /^Array</.test(a)) return { c: 'array', el: null };
    if (a.endsWith('[]')) return { c: 'array', el: this.category(a.slice(0, -2)) };
    if (a.startsWith('Phaser.')) {
      const name = a.replace(/<.*>$/, '');
      const info = this.api.typeInfo(name);
      if (!info) return { c: 'unknown' };
      if (info.kind === 'class') return { c: 'class', name };
      if (info.td && info.cb) return { c: 'function' };
      if (info.td && info.inst && Object.keys(info.inst).length) return { c: 'config', name };
    }
    return { c: 'unknown' }; // any, object, *, DOM types, enums, ...: anything may be right
  }

  // ---- the shape of an argument, when the source makes it certain (null: unknown)
  shape(node, ctx, depth = 0) {
    if (!node || depth > 3) return null;
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return { k: 'string', v: node.value };
        if (typeof node.value === 'number') return { k: 'number' };
        if (typeof node.value === 'boolean') return { k: 'boolean' };
        if (node.value === null && !node.regex) return { k: 'nil' };
        return null;
      case 'TemplateLiteral': return { k: 'string', v: node.expressions.length ? null : node.quasis[0].value.cooked };
      case 'UnaryExpression':
        if (node.operator === '-' || node.operator === '+' || node.operator === '~') {
          const s = this.shape(node.argument, ctx, depth + 1);
          return s && s.k === 'number' ? s : (node.operator === '~' ? { k: 'number' } : null);
        }
        if (node.operator === '!') return { k: 'boolean' };
        if (node.operator === 'typeof') return { k: 'string', v: null };
        if (node.operator === 'void') return { k: 'nil' };
        return null;
      case 'BinaryExpression': {
        if (ARITH.has(node.operator)) return { k: 'number' };
        if (COMPARE.has(node.operator)) return { k: 'boolean' };
        if (node.operator === '+') {
          const a = this.shape(node.left, ctx, depth + 1);
          const b = this.shape(node.right, ctx, depth + 1);
          if (a && b && a.k === 'number' && b.k === 'number') return { k: 'number' };
          if ((a && a.k === 'string') || (b && b.k === 'string')) return { k: 'string', v: null };
        }
        return null;
      }
      case 'ArrayExpression': {
        const els = node.elements.map((e) => (e && e.type !== 'SpreadElement' ? this.shape(e, ctx, depth + 1) : null));
        return { k: 'array', els, n: node.elements.length };
      }
      case 'ObjectExpression': return { k: 'object', node };
      case 'ArrowFunctionExpression': case 'FunctionExpression': return { k: 'function' };
      case 'NewExpression': {
        const t = this.an.peekType(node, ctx);
        return t && !t.st && t.cs.length === 1 && this.api.typeInfo(t.cs[0]) ? { k: 'instance', cls: t.cs[0], exact: true } : null;
      }
      case 'Identifier': {
        if (node.name === 'undefined') return { k: 'nil' };
        const init = this.constInit(node.name);
        if (init) return this.shape(init, ctx, depth + 1);
        return this.inferred(node, ctx);
      }
      case 'MemberExpression': case 'CallExpression': return this.inferred(node, ctx);
      default: return null;
    }
  }

  inferred(node, ctx) {
    const t = this.an.peekType(node, ctx);
    if (!t || t.st || t.user || t.cs.length !== 1) return null;
    const info = this.api.typeInfo(t.cs[0]);
    return info && info.kind === 'class' ? { k: 'instance', cls: t.cs[0], exact: false } : null;
  }

  // `const NAME = <init>` when NAME is declared nowhere else in the program (no shadowing to get wrong)
  constInit(name) {
    if (!this.consts) {
      const decls = new Map();
      const kinds = new Map(); // declarator -> const | let | var
      const count = (n, init) => { const e = decls.get(n) || { n: 0, init: null }; e.n++; e.init = init; decls.set(n, e); };
      const stack = [this.an.ast];
      while (stack.length) {
        const s = stack.pop();
        if (!s || typeof s.type !== 'string') continue;
        if (s.type === 'VariableDeclarator' && s.id.type === 'Identifier') count(s.id.name, kinds.get(s) === 'const' ? s.init : null);
        else if (s.type === 'VariableDeclaration') for (const d of s.declarations) kinds.set(d, s.kind);
        if ((s.type === 'FunctionDeclaration' || s.type === 'FunctionExpression' || s.type === 'ArrowFunctionExpression')) {
          if (s.id) count(s.id.name, null);
          for (const p of s.params) this.patternNames(p).forEach((n) => count(n, null));
        }
        if (s.type === 'CatchClause' && s.param) this.patternNames(s.param).forEach((n) => count(n, null));
        if (s.type === 'ClassDeclaration' && s.id) count(s.id.name, null);
        for (const k in s) {
          if (SKIP_KEYS.has(k)) continue;
          const v = s[k];
          if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) if (v[i] && typeof v[i].type === 'string') stack.push(v[i]); } else if (v && typeof v.type === 'string') stack.push(v);
        }
      }
      this.consts = new Map();
      for (const [n, e] of decls) if (e.n === 1 && e.init) this.consts.set(n, e.init);
    }
    return this.consts.get(name) || null;
  }

  patternNames(p) {
    if (!p) return [];
    if (p.type === 'Identifier') return [p.name];
    if (p.type === 'AssignmentPattern') return this.patternNames(p.left);
    if (p.type === 'RestElement') return this.patternNames(p.argument);
    if (p.type === 'ArrayPattern') return p.elements.flatMap((e) => this.patternNames(e));
    if (p.type === 'ObjectPattern') return p.properties.flatMap((q) => this.patternNames(q.type === 'RestElement' ? q.argument : q.value));
    return [];
  }

  // ---- does an alternative accept a shape? 'yes' | 'no' (certainly not) | 'weak' (probably not)
  accepts(cat, s) {
    if (cat.c === 'unknown') return 'yes';
    switch (s.k) {
      case 'nil': return 'yes'; // an explicit null / undefined is how optional arguments are skipped
      case 'string':
        if (cat.c === 'string' || cat.c === 'boolean') return 'yes';
        if (cat.c === 'number') return s.v !== null && !NUMERIC.test(s.v) && s.v !== '' ? 'no' : 'weak';
        return cat.c === 'function' || cat.c === 'array' ? 'no' : 'weak';
      // Phaser reads a typed config with GetFastValue(config, key, default): a number or boolean there gives every
      // default (createMultiple(12, 'gem') creates nothing)
      case 'number':
        if (['number', 'string', 'boolean'].includes(cat.c)) return 'yes';
        return ['function', 'array', 'config', 'class'].includes(cat.c) ? 'no' : 'weak';
      case 'boolean':
        if (['number', 'string', 'boolean'].includes(cat.c)) return 'yes';
        return cat.c === 'config' || cat.c === 'class' ? 'no' : 'weak';
      // a function where a number goes is never called: NaN sizes, a timer whose delay never comes
      case 'function': return ['function', 'class', 'config'].includes(cat.c) ? 'yes' : cat.c === 'number' ? 'no' : 'weak';
      case 'array': {
        // an [x, y] tuple where a point goes: Phaser reads point.x and point.y, which an array does not have
        if (POINT_TYPES.test(cat.name || '') && s.n >= 2 && s.n <= 3 && s.els.length === s.n && s.els.every((e) => e && e.k === 'number')) return 'no';
        if (cat.c !== 'array') return cat.c === 'number' || cat.c === 'function' ? 'no' : 'weak';
        const el = cat.el;
        if (!el || el.c === 'unknown' || s.n === 0) return 'yes';
        const known = s.els.filter(Boolean);
        if (known.length !== s.n) return 'yes';
        if (['class', 'config'].includes(el.c) && known.every((e) => e.k === 'number')) return 'no'; // flat [x, y, x, y]
        return 'yes';
      }
      case 'object':
        if (cat.c === 'number' || cat.c === 'boolean' || cat.c === 'function') return 'no';
        if (cat.c === 'string' || cat.c === 'array') return 'weak';
        return 'yes'; // class (duck typing works in Phaser: {x, y} for a Point) or a config (its keys are checked)
      case 'instance': {
        if (cat.c === 'class') {
          if (cat.name === s.cls || this.api.ancestors(s.cls).includes(cat.name)) return 'yes';
          if (this.api.ancestors(cat.name).includes(s.cls)) return 'yes'; // our inferred type may be a base class
          // Geom shapes are read field by field (a Circle has no width): certain. Other classes often share enough
          // members for Phaser's duck typing (a Spline followed as a Path), so they are not reported.
          const geom = cat.name.startsWith('Phaser.Geom.') && s.cls.startsWith('Phaser.Geom.');
          return geom ? 'no' : 'yes';
        }
        if (cat.c === 'config') return 'yes';
        if (['number', 'string', 'boolean', 'function', 'array'].includes(cat.c)) return s.exact ? 'no' : 'weak';
        return 'yes';
      }
      default: return 'yes';
    }
  }

  describe(s) {
    switch (s.k) {
      case 'string': return s.v !== null ? `the string ${JSON.stringify(s.v.length > 30 ? s.v.slice(0, 30) + '…' : s.v)}` : 'a string';
      case 'number': return 'a number';
      case 'boolean': return 'a boolean';
      case 'function': return 'a function';
      case 'array': return s.n && s.els.every((e) => e && e.k === 'number') ? `a flat array of ${s.n} numbers` : 'an array';
      case 'object': return 'an object literal';
      case 'instance': return `a ${s.cls}`;
      default: return 'a value';
    }
  }

  // ---- the checks
  // a method call: recv is the receiver's type (from the analysis), name the method
  checkCall(n, recv, name, ctx) { this.guard(() => this.callContract(n, recv, name, ctx)); }
  checkNew(n, cls, ctx) {
    this.guard(() => this.newContract(n, cls, ctx));
    // new Phaser.Time.TimerEvent({ callback: function () { this.progress++ } }) handed to addEvent later: the same
    // config, the same `this` (the timer)
    if (cls === 'Phaser.Time.TimerEvent') this.guard(() => this.timerFunctionOutsideClasses(n, 'addEvent', 'new Time.TimerEvent()'));
  }
  checkCallbacks(n, recv, name, ctx) {
    if (!recv || !recv.cs || recv.st || !n.arguments.length) return;
    this.guard(() => this.matterOptions(n, recv, name));
    if (!ctx.klass) {
      if (recv.cs.includes('Phaser.Tweens.TweenManager')) this.guard(() => this.tweenCallbacksOutsideClasses(n, 'Phaser.Tweens.TweenManager', name));
      this.guard(() => this.colliderFunctionOutsideClasses(n, recv, name));
      if (recv.cs.includes('Phaser.Time.Clock')) this.guard(() => this.timerFunctionOutsideClasses(n, name));
      // a scene written as an object hands its own methods over as this.name too (its function () callbacks are
      // checked above)
      if (recv.cs.includes('Phaser.Time.Clock') && ['addEvent', 'delayedCall'].includes(name) && this.sceneFunctions(ctx)) this.guard(() => this.lostThis(n, 'Phaser.Time.Clock', name, ctx, true));
      // a scene written as functions (scene: { create, update }): its emitters' handlers are checked as a class's
      if (!(['on', 'once', 'addListener'].includes(name) || /^setTile(Index|Location)Callback$/.test(name)) || !this.sceneFunctions(ctx)) return;
    }
    this.guard(() => {
      const declaring = recv.cs.find((c) => this.api.findMember(c, name, false));
      if (declaring) this.lostThis(n, declaring, name, ctx);
    });
  }

  // a contract check that trips over an odd program must not fail the whole analysis: skip it, count it
  guard(fn) {
    try { fn(); } catch (err) { this.failures = (this.failures || 0) + 1; this.lastFailure = String(err && err.stack || err).slice(0, 300); }
  }

  callContract(n, recv, name, ctx) {
    if (!recv || !recv.cs || !n.arguments.length) return;
    const specs = [];
    for (const c of recv.cs) {
      const m = this.api.findMember(c, name, recv.st);
      if (m && m.entry.k === 'f' && !m.entry.reflected) specs.push({ owner: c, a: m.entry.a || [] });
    }
    if (!specs.length) return;
    const sig = JSON.stringify(specs[0].a);
    if (specs.some((x) => JSON.stringify(x.a) !== sig)) return; // a union receiver whose methods disagree: no contract
    const owner = specs[0].owner;
    this.checkArgs(n, specs[0].a, `${owner.replace(/^Phaser\./, '')}${recv.st ? '.' : '#'}${name}()`, ctx, owner, name);
    const order = Object.hasOwn(ARGUMENT_ORDER, `${owner}#${name}`) ? ARGUMENT_ORDER[`${owner}#${name}`] : null;
    const values = n.arguments.map((a) => this.constantNumber(a));
    const why = order ? order(values, n.arguments) : null;
    if (why) this.add('wrong_argument', true, `${owner.replace(/^Phaser\./, '')}#${name}(${values.map((v) => (v === null ? '…' : v)).join(', ')}): ${why}`, n.loc.start.line, 'Phaser 3 argument order');
    this.colourAsSize(n, owner, name);
  }

  // a number the argument certainly is: a literal, or a name (const SHAKE = 1.5, this.SHAKE_SECONDS = 1.5) given one
  // number once and never assigned again
  constantNumber(a) {
    if (!a) return null;
    if (a.type === 'Literal' && typeof a.value === 'number') return a.value;
    if (a.type === 'UnaryExpression' && a.operator === '-' && a.argument.type === 'Literal' && typeof a.argument.value === 'number') return -a.argument.value;
    if (a.type === 'Identifier') { const init = this.constInit(a.name); return init && init !== a ? this.constantNumber(init) : null; }
    if (a.type !== 'MemberExpression' || a.computed || a.object.type !== 'ThisExpression' || a.property.type !== 'Identifier') return null;
    // this.NAME: written once in the program, with a number
    const code = this.an.code || '';
    const esc = a.property.name.replace(/\$/g, '\\$');
    const writes = [...code.matchAll(new RegExp(`this\\.${esc}\\s*(?:[-+*/%]?=(?!=)|\\+\\+|--)`, 'g'))];
    if (writes.length !== 1) return null;
    const m = new RegExp(`^this\\.${esc}\\s*=\\s*(-?\\d+(?:\\.\\d+)?)\\s*[;,\\n]`).exec(code.slice(writes[0].index));
    return m ? Number(m[1]) : null;
  }

  // add.star(x, y, 5, 22, 0xffe033): a colour written where a size goes, one argument early (the inner radius left
  // out): the star is 16 million pixels wide and has no fill colour, so nothing shows
  colourAsSize(n, owner, name) {
    const sizes = Object.hasOwn(SIZE_ARGUMENTS, `${owner}#${name}`) ? SIZE_ARGUMENTS[`${owner}#${name}`] : null;
    if (!sizes) return;
    const code = this.an.code || '';
    for (let i = 0; i < sizes[1].length; i++) {
      const a = n.arguments[sizes[1][i]];
      if (!a || a.type !== 'Literal' || typeof a.value !== 'number' || !/^0x[0-9a-f]{6}$/i.test(code.slice(a.start, a.end))) continue;
      this.add('wrong_argument', true, `${name}(): ${code.slice(a.start, a.end)} is a colour, given as the ${sizes[0][i]} (argument ${sizes[1][i] + 1}): an argument before it is missing, so the shape is drawn ${code.slice(a.start, a.end)} px big with no fill (${sizes[2]})`, a.loc ? a.loc.start.line : n.loc.start.line, sizes[2]);
      return;
    }
  }

  // { static: true } for a Matter body: Matter copies unknown options onto the body, where nothing reads them
  matterOptions(n, recv, name) {
    if (!recv.cs.some((c) => c.startsWith('Phaser.Physics.Matter.'))) return;
    // a constraint's options are its own (damping, stiffness, length), not a body's
    if (/constraint|joint|spring/i.test(name)) return;
    const td = 'Phaser.Types.Physics.Matter.MatterBodyConfig';
    for (const given of n.arguments) {
      // the options written inline, or in a const declared once (const pillarOpts = { static: true })
      const arg = given.type === 'Identifier' && this.an.declInit ? this.an.declInit(given.name) : given;
      if (!arg || arg.type !== 'ObjectExpression') continue;
      for (const p of arg.properties) {
        if (p.type !== 'Property' || p.computed || !p.key) continue;
        const key = String(p.key.name || p.key.value);
        const hint = renamedHint([td], key);
        if (hint) this.add('unknown_key', true, `Matter ${name}(): '${key}' is not a Matter body option, Matter ignores it${hint}`, p.loc ? p.loc.start.line : null, td);
      }
    }
  }

  // code in a scene written as functions (scene: { create, update }): `this` is the scene there, as in a class's methods
  sceneFunctions(ctx) { return !!(ctx.thisT && this.an.isSceneType && this.an.isSceneType(ctx.thisT)); }

  // a method of the program's class handed to Phaser as `this.name` with no context: Phaser calls it with `this` the
  // emitter, the timer or tween, or the callback function itself (a collider's default), so what it does with `this` fails or goes nowhere
  lostThis(n, owner, name, ctx, membersOnly = false) {
    if (!ctx.klass && !this.sceneFunctions(ctx)) return;
    // this.on('pointerdown', this.handle) in a game object's own class: the emitter is the object, the default context
    const own = n.callee.type === 'MemberExpression' && n.callee.object.type === 'ThisExpression';
    const emitter = !own && ['on', 'once', 'addListener'].includes(name) && (owner === EMITTER || this.api.ancestors(owner).includes(EMITTER));
    const where = CALLBACK_CONTEXT[`${owner}#${name}`] || (emitter ? [[1], 2] : null);
    const args = n.arguments;
    if (where) {
      const [callbacks, context] = where;
      const given = args[context];
      if (given && !(given.type === 'Identifier' && given.name === 'undefined')) return; // a context: the program chose `this`
      const self = emitter ? owner : name === 'delayedCall' ? 'Phaser.Time.TimerEvent' : null;
      for (const i of callbacks) this.unboundMethod(args[i], ctx, `${owner.replace(/^Phaser\./, '')}#${name}()`, `pass \`this\` as argument ${context + 1}`, self, membersOnly);
      return;
    }
    if (!CONFIG_CALLBACKS.has(`${owner}#${name}`) || !args[0] || args[0].type !== 'ObjectExpression') return;
    const props = args[0].properties.filter((p) => p.type === 'Property' && !p.computed && p.key);
    if (props.some((p) => (p.key.name || p.key.value) === 'callbackScope') || args[0].properties.some((p) => p.type === 'SpreadElement')) return;
    const self = name === 'addEvent' ? 'Phaser.Time.TimerEvent' : 'Phaser.Tweens.Tween';
    for (const p of props) {
      const key = String(p.key.name || p.key.value);
      if (key === 'callback' || /^on[A-Z]\w*$/.test(key)) this.unboundMethod(p.value, ctx, `${owner.replace(/^Phaser\./, '')}#${name}() '${key}'`, 'add callbackScope: this', self, membersOnly);
    }
  }

  // function () { this.score++ } as a callback with no context: `this` is the timer, tween or emitter (self; null: undefined),
  // and the names it reads are the scene's own (assigned as this.name in the class), not that object's
  foreignThis(fn, ctx, where, fix, self) {
    if (self === 'Phaser.Tweens.Tween' && this.targetThis(fn, where, fix)) return;
    const own = ctx.klass ? sceneAssigned(ctx.klass) : null;
    const reads = thisMembers(fn.body);
    for (const [member, line] of reads) {
      if (!(own ? own.has(member) : this.setOnThis(member, fn)) || (self && this.api.findMember(self, member, false))) continue;
      const callee = self ? 'the ' + self.replace(/^Phaser\./, '') : /#setTile(Index|Location)Callback/.test(where) ? 'undefined (window in a sloppy script)' : 'the callback function itself';
      this.add('wrong_argument', true, `${where}: a function () callback reads this.${member}, the scene's, but Phaser calls it with \`this\` ${callee}, so this.${member} is not the scene's (${fix}, or use an arrow function)`, line, 'a callback bound to its object');
      return;
    }
  }

  // outside a class there is no scene `this` to lose, but a tween's function () callbacks still get the Tween
  tweenCallbacksOutsideClasses(n, owner, name) {
    const args = n.arguments;
    if (name === 'addEvent' || !CONFIG_CALLBACKS.has(`${owner}#${name}`) || !args[0] || args[0].type !== 'ObjectExpression') return;
    const props = args[0].properties.filter((p) => p.type === 'Property' && !p.computed && p.key);
    if (props.some((p) => (p.key.name || p.key.value) === 'callbackScope') || args[0].properties.some((p) => p.type === 'SpreadElement')) return;
    for (const p of props) {
      const key = String(p.key.name || p.key.value);
      if (/^on[A-Z]\w*$/.test(key) && p.value.type === 'FunctionExpression' && this.targetThis(p.value, `${owner.replace(/^Phaser\./, '')}#${name}() '${key}'`, 'add callbackScope')) return;
    }
  }

  // an object scene's collider(a, b, function (p, gem) { this.collected++ }) with no context: Arcade calls it with
  // `this` the callback function itself (its default context), so the scene's field never changes
  colliderFunctionOutsideClasses(n, recv, name) {
    const declaring = recv.cs.find((c) => this.api.findMember(c, name, false));
    const where = declaring ? CALLBACK_CONTEXT[`${declaring}#${name}`] : null;
    if (!where || !/#(collider|overlap|addCollider|addOverlap)$/.test(`${declaring}#${name}`)) return;
    const [callbacks, context] = where;
    const given = n.arguments[context];
    if (given && !(given.type === 'Identifier' && given.name === 'undefined')) return;
    for (const i of callbacks) {
      const given = n.arguments[i];
      const fn = given && given.type === 'Identifier' ? this.functionNamed(given.name) : given;
      if (!fn || (fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration')) continue;
      for (const [member, line] of thisMembers(fn.body).concat(thisMembers(fn.body, true))) {
        if (!this.setOnThis(member, fn)) continue;
        this.add('wrong_argument', true, `${declaring.replace(/^Phaser\./, '')}#${name}(): a function () callback uses this.${member}, the scene's, but with no context argument Arcade calls it with \`this\` the callback function itself, so the scene's ${member} never changes (pass this as argument ${context + 1}, or use an arrow function)`, line, 'a callback bound to the scene');
        return;
      }
    }
  }

  // an object scene's time.addEvent({ callback: function () { this.score += 8 } }) (or delayedCall(ms, function () {...}))
  // with no callbackScope: a timer calls it with `this` the TimerEvent, so the scene's field never changes
  timerFunctionOutsideClasses(n, name, label = `Time.Clock#${name}()`) {
    const args = n.arguments;
    let fn = null;
    let fix = null;
    if (name === 'delayedCall') {
      if (args[3] && !(args[3].type === 'Identifier' && args[3].name === 'undefined')) return;
      fn = args[1];
      fix = 'pass this as argument 4';
    } else if (name === 'addEvent' && args[0] && args[0].type === 'ObjectExpression') {
      const props = args[0].properties;
      if (props.some((p) => p.type === 'SpreadElement' || (p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'callbackScope'))) return;
      const cb = props.find((p) => p.type === 'Property' && !p.computed && p.key && (p.key.name || p.key.value) === 'callback');
      fn = cb && cb.value;
      fix = 'add callbackScope: this';
    }
    if (fn && fn.type === 'Identifier') fn = this.functionNamed(fn.name);
    if (!fn || (fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration')) return;
    for (const [member, line] of thisMembers(fn.body).concat(thisMembers(fn.body, true))) {
      if (!this.setOnThis(member, fn) || this.api.findMember('Phaser.Time.TimerEvent', member, false)) continue;
      this.add('wrong_argument', true, `${label}: a function () callback uses this.${member}, the scene's, but with no callbackScope the timer calls it with \`this\` the TimerEvent, so the scene's ${member} never changes (${fix}, or use an arrow function)`, line, 'a callback bound to the scene');
      return;
    }
  }

  // the program's function declaration of that name (one only), or null
  functionNamed(name) {
    const found = this.functionsNamed(name).filter((n) => n.type === 'FunctionDeclaration');
    return found.length === 1 ? found[0] : null;
  }

  // the program's function declarations and class methods of that name (one walk of the program, kept)
  functionsNamed(name) {
    if (!this.named) {
      this.named = new Map();
      const stack = [this.an.ast];
      while (stack.length) {
        const n = stack.pop();
        const id = n.type === 'FunctionDeclaration' && n.id ? n.id.name : n.type === 'MethodDefinition' && !n.computed && n.key ? n.key.name
          // a method of an object literal (a scene written as an object, its extend: { ... })
          : n.type === 'Property' && !n.computed && n.key && n.key.type === 'Identifier' && n.value && n.value.type === 'FunctionExpression' ? n.key.name : null;
        if (id) { if (!this.named.has(id)) this.named.set(id, []); this.named.get(id).push(n); }
        for (const k in n) {
          if (k === 'loc' || k === 'range' || k === 'parent' || k === 'tokens' || k === 'comments') continue;
          const c = n[k];
          if (Array.isArray(c)) { for (const x of c) if (x && typeof x.type === 'string') stack.push(x); } else if (c && typeof c.type === 'string') stack.push(c);
        }
      }
    }
    return this.named.get(name) || [];
  }

  // onComplete: function () { this.fillColor = ...; this.ripe = true }: written as if `this` were the tween's target,
  // but Phaser calls a tween's callbacks with `this` the Tween (the targets come as the second argument)
  targetThis(fn, where, fix) {
    const used = thisMembers(fn.body).concat(thisMembers(fn.body, true));
    for (const [member, line] of used) {
      if (this.api.findMember('Phaser.Tweens.Tween', member, false)) continue;
      if (!TARGET_TYPES.some((t) => this.api.findMember(t, member, false)) && !this.setOnObjects(member)) continue;
      if (this.setOnThis(member, fn)) continue; // the scene's own field: foreignThis says it better
      this.add('wrong_argument', true, `${where}: a function () callback uses this.${member} as if \`this\` were the tween's target, but Phaser calls it with \`this\` the Tween, so the target is never touched (take the target from the arguments: (tween, targets) => targets[0].${member}, or ${fix})`, line, 'the tween target from the callback arguments');
      return true;
    }
    return false;
  }

  // is `x.member = ...` written somewhere on an object other than `this`? (plant.ripe = false)
  setOnObjects(member) {
    const re = new RegExp(`([\\w$\\])]+)\\s*\\.\\s*${member.replace(/\$/g, '\\$')}\\s*=(?!=)`, 'g');
    for (const m of (this.an.code || '').matchAll(re)) if (!/(^|[^\w$])this$/.test(m[1])) return true;
    return false;
  }

  // is `this.member = ...` written somewhere outside the callback `fn` (a field of the scene, not of the target)?
  setOnThis(member, fn) {
    const re = new RegExp(`\\bthis\\s*\\.\\s*${member.replace(/\$/g, '\\$')}\\s*=(?!=)`, 'g');
    for (const m of (this.an.code || '').matchAll(re)) if (m.index < fn.start || m.index >= fn.end) return true;
    return false;
  }

  unboundMethod(arg, ctx, where, fix, self, membersOnly = false) {
    if (membersOnly && !(arg && arg.type === 'MemberExpression')) return;
    if (arg && arg.type === 'FunctionExpression') { this.foreignThis(arg, ctx, where, fix, self); return; }
    const declared = arg && arg.type === 'Identifier' ? this.functionNamed(arg.name) : null;
    if (declared) { this.foreignThis(declared, ctx, where, fix, self); return; }
    if (!arg || arg.type !== 'MemberExpression' || arg.computed || arg.object.type !== 'ThisExpression' || arg.property.type !== 'Identifier') return;
    let method = null;
    if (ctx.klass) {
      method = ctx.klass.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'method' && !m.static && !m.computed
        && m.key.type === 'Identifier' && m.key.name === arg.property.name);
    } else if (this.sceneFunctions(ctx)) {
      // scene: { create() { ...this.rampSpeed... }, extend: { rampSpeed() { this.speed += 40; } } }
      const own = this.functionsNamed(arg.property.name).filter((m) => m.type === 'Property');
      method = own.length === 1 && this.functionsNamed(arg.property.name).length === 1 ? own[0] : null;
    }
    if (!method || !usesThis(method.value.body)) return;
    this.add('wrong_argument', true, `${where}: this.${arg.property.name} is handed over without its object, so Phaser calls it with another \`this\` and its \`this.\` reads fail (${fix}, or use an arrow function)`, arg.loc ? arg.loc.start.line : null, 'a callback bound to its object');
  }

  newContract(n, cls, ctx) {
    const info = this.api.typeInfo(cls);
    if (!info || !info.a) return;
    this.checkArgs(n, info.a, `new ${cls}()`, ctx);
  }

  checkArgs(n, params, where, ctx, owner, name) {
    n.arguments.forEach((arg, i) => {
      if (arg.type === 'SpreadElement') return;
      let spec = params[i];
      if (spec === undefined) { const last = params[params.length - 1]; if (last && last.startsWith('...')) spec = last; else return; }
      const p = parseParam(spec);
      const s = this.shape(arg, ctx);
      if (!s) return;
      let cats = p.alts.map((a) => this.category(a));
      // 'array | Phaser.Geom.Point[]': the loose 'array' only restates the typed one
      if (cats.some((c) => c.c === 'array' && c.el) && cats.some((c) => c.c === 'array' && !c.el)) cats = cats.filter((c) => !(c.c === 'array' && !c.el));
      const verdicts = cats.map((c) => this.accepts(c, s));
      const expected = p.text;
      const line = arg.loc ? arg.loc.start.line : n.loc.start.line;
      if (!verdicts.includes('yes')) {
        let certain = verdicts.every((v) => v === 'no');
        let code = 'wrong_argument';
        let hint = '';
        if (s.k === 'array' && cats.some((c) => c.c === 'array' && c.el)) {
          // Graphics reads points[i].x: nothing is drawn. Others may forward to code that takes flat numbers
          // (Path#splineTo -> SplineCurve), so there it is only a warning.
          code = 'flat_points';
          if (owner !== 'Phaser.GameObjects.Graphics') certain = false;
          else hint = ' (nothing is drawn: give {x, y} points)';
        }
        else if (s.k === 'string' && cats.every((c) => c.c === 'number' || c.c === 'nil')) {
          code = 'string_for_number';
          if (s.v !== null && CSS_COLOUR.test(s.v)) hint = ` (a CSS colour string is not a colour number: write 0x${colourHex(s.v) || 'rrggbb'})`;
          const sums = Object.hasOwn(NUMBER_SUMS, owner) && Object.hasOwn(NUMBER_SUMS[owner], name) ? NUMBER_SUMS[owner][name] : null;
          if (s.v !== null && NUMERIC.test(s.v) && sums && (sums[0] === null || sums[0].includes(i))) {
            certain = true;
            hint = sums[1];
          }
        } else if (s.k === 'instance' && cats.some((c) => c.c === 'class')) code = 'wrong_class';
        else if (s.k === 'instance' && (owner === 'Phaser.Actions' || owner === 'Phaser.Utils.Array') && i === 0 && cats.some((c) => c.c === 'array') && GROUP_TYPES.test(this.describe(s))) {
          // Phaser.Actions and Utils.Array read items.length and items[i], which a Group does not have: the call does
          // nothing (GetRandom gives undefined)
          certain = true;
          hint = owner === 'Phaser.Actions' ? ' (a Group has no length, so nothing is changed: pass group.getChildren())' : ' (a Group has no length or items, so this finds nothing: pass group.getChildren())';
        }
        this.add(code, certain, `${where} argument ${i + 1} expects ${expected}, got ${this.describe(s)}${hint}`, line, expected);
        return;
      }
      if (s.k === 'object') {
        const configs = cats.filter((c) => c.c === 'config');
        // only when no other alternative (object, any, a class to duck-type) could take the literal
        // (an object literal is never an array: `GameObject[] | PhysicsGroupConfig` takes it as the config)
        const open = cats.some((c) => c.c === 'unknown' || (c.c === 'array' && !configs.length) || (c.c === 'class' && !NOT_DUCK_TYPED.has(c.name)));
        if (configs.length && !open) {
          const tds = configs.map((c) => c.name);
          if (owner === CREATOR && this.api.typeInfo(CREATOR_CONFIG)) tds.push(CREATOR_CONFIG);
          this.checkKeys(s.node, tds, where, ctx, 0);
        }
      }
    });
  }

  // unknown keys of an object literal given for a typed config (recursing into nested typed configs)
  checkKeys(obj, tds, where, ctx, depth) {
    if (depth > 3 || obj.properties.some((p) => p.type === 'SpreadElement')) return;
    // a shape Phaser reads a few fields of (Vector2Like: x and y) takes any object that has them: { x, y, r } is fine
    if (tds.every((td) => /Like$/.test(td))) return;
    const allowed = new Map(); // key -> its type string
    let closed = true;
    for (const td of tds) {
      for (const c of this.api.ancestors(td)) {
        const info = this.api.typeInfo(c);
        if (info && info.inst) for (const [k, m] of Object.entries(info.inst)) if (!allowed.has(k)) allowed.set(k, m.ty || 'any');
      }
      if (CLOSED_CONFIGS[td]) CLOSED_CONFIGS[td].forEach((k) => allowed.has(k) || allowed.set(k, 'any'));
      else closed = false;
      if (EXTRA_KEYS[td]) EXTRA_KEYS[td].forEach((k) => allowed.has(k) || allowed.set(k, 'any'));
    }
    const tween = tds.includes(TWEEN_CONFIG) ? this.tweenTarget(obj, ctx) : undefined;
    const name = tds[0].replace(/^Phaser\.Types\./, '');
    if (depth === 0) this.timing(obj, tds, where);
    for (const p of obj.properties) {
      if (p.type !== 'Property' || p.computed || !p.key) continue;
      const key = p.key.type === 'Identifier' ? p.key.name : String(p.key.value);
      const line = p.loc ? p.loc.start.line : null;
      const timer = tds.includes('Phaser.Types.Time.TimerEventConfig');
      if ((tween !== undefined && (key === 'loop' || key === 'repeat') || timer && key === 'repeat') && p.value.type === 'Literal' && p.value.value === true) {
        this.add('wrong_argument', true, `${where}: ${timer ? "a timer's" : "a tween's"} '${key}' is a count (-1: forever), and true counts as 1, so it stops after one more run (write ${timer ? 'loop: true' : 'repeat: -1'})`, line, 'number');
        continue;
      }
      if (!allowed.has(key)) {
        if (tween !== undefined) { this.checkTweenProp(key, tween, where, line); continue; }
        const renamed = renamedHint(tds, key);
        const near = renamed ? null : closest(key, [...allowed.keys()]);
        const hint = renamed || (near ? ` (did you mean '${near}'?)` : '');
        // an old name beside the key itself, or set to the default (scaleMode: Phaser.Scale.NONE), loses nothing
        const harmless = !!renamed && (obj.properties.some((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === /'(\w+)/.exec(renamed)[1])
          || (p.value.type === 'Literal' && p.value.value === 0) || (p.value.type === 'MemberExpression' && !p.value.computed && p.value.property.name === 'NONE'));
        this.add('unknown_key', (closed || !!renamed) && !harmless, `${where}: '${key}' is not a key of ${name}, Phaser ignores it${hint}`, line, tds.join(' | '));
        continue;
      }
      if (tween === undefined && this.checkValueKind(tds, key, allowed.get(key), p.value, name, where, ctx, line)) continue;
      if (key === 'props' && tween !== undefined && p.value.type === 'ObjectExpression') {
        for (const q of p.value.properties) if (q.type === 'Property' && !q.computed && q.key) this.checkTweenProp(q.key.type === 'Identifier' ? q.key.name : String(q.key.value), tween, where, q.loc.start.line);
        continue;
      }
      if (p.value.type !== 'ObjectExpression') continue;
      const nested = parseParam(allowed.get(key)).alts.map((a) => this.category(a));
      if (nested.length && nested.every((c) => c.c === 'config')) this.checkKeys(p.value, nested.map((c) => c.name), where, ctx, depth + 1);
    }
  }

  // timer and tween configs whose numbers say another thing than the program meant: loop: true with a repeat count
  // (loop wins, the count is ignored), a repeating delay or duration under 20 ms (seconds written where Phaser
  // counts milliseconds: it fires every frame, the tween never shows)
  timing(obj, tds, where) {
    const timer = tds.includes('Phaser.Types.Time.TimerEventConfig');
    const tween = tds.some((t) => t === TWEEN_CONFIG || t === 'Phaser.Types.Tweens.NumberTweenBuilderConfig');
    if (!timer && !tween) return;
    const lit = (key) => {
      const p = obj.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === key);
      if (!p) return undefined;
      const v = p.value;
      if (v.type === 'Literal') return { value: v.value, line: p.loc ? p.loc.start.line : null };
      if (v.type === 'UnaryExpression' && v.operator === '-' && v.argument.type === 'Literal') return { value: -v.argument.value, line: p.loc ? p.loc.start.line : null };
      return null;
    };
    const loop = lit('loop');
    const repeat = lit('repeat');
    const hasRepeat = obj.properties.some((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === 'repeat');
    if (timer && loop && loop.value === true && hasRepeat && !(repeat && (repeat.value === 0 || repeat.value === -1))) {
      const count = repeat && typeof repeat.value === 'number' ? String(repeat.value) : 'a count';
      // certain where each call makes something (more and more drops); a countdown that only rewrites its text keeps
      // looking right
      const makes = /\.add\.\w+\s*\(|\.create\s*\(|\.get\s*\(|new Phaser\.GameObjects\./.test(this.callbackText(obj));
      this.add('wrong_argument', makes, `${where}: loop: true with repeat: ${count}: a looping timer ignores its repeat count and never stops (drop loop: true to stop after repeat + 1 calls)`, loop.line, 'loop or repeat');
      if (makes) return;
    }
    // onRepeat with no repeat, onYoyo with no yoyo, onLoop with no loop: Phaser never calls them
    if (tween) {
      const has = (key) => obj.properties.some((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === key);
      const off = (key) => !has(key) || (lit(key) && (lit(key).value === 0 || lit(key).value === false));
      for (const [on, key] of [['onRepeat', 'repeat'], ['onYoyo', 'yoyo'], ['onLoop', 'loop']]) {
        if (!has(on) || !off(key)) continue;
        const p = obj.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === on);
        const when = { repeat: 'each repeat, and this tween has no repeat', yoyo: 'the turn of a yoyo, and this tween has no yoyo', loop: 'each loop, and this tween has no loop' }[key];
        this.add('never_fires', true, `${where}: ${on} runs on ${when}, so it is never called (${key === 'yoyo' ? 'use onComplete, or yoyo: true' : `use onComplete, or ${key}: 1`})`, p.loc ? p.loc.start.line : null, key);
        return;
      }
    }
    const repeats = (loop && loop.value === true) || (repeat && (repeat.value === -1 || (typeof repeat.value === 'number' && repeat.value > 1))) || (tween && lit('yoyo') && lit('yoyo').value === true);
    const time = lit(timer ? 'delay' : 'duration');
    // a single run under 10 ms is over within the frame it starts in: 0.4 and 3 are seconds
    if (!repeats && tween && time && typeof time.value === 'number' && time.value > 0 && time.value < 10) {
      this.add('wrong_argument', true, `${where}: duration: ${time.value} is ${time.value} ms, less than a frame: the tween jumps to its end at once (Phaser counts milliseconds: ${time.value * 1000} for ${time.value} s)`, time.line, 'milliseconds');
      return;
    }
    if (repeats && time && typeof time.value === 'number' && time.value > 0 && time.value < 10) {
      this.add('wrong_argument', true, `${where}: ${timer ? 'delay' : 'duration'}: ${time.value} is ${time.value} ms, and it repeats: ${timer ? 'the timer fires every frame' : 'the tween runs its course every frame, so nothing is seen to move'} (Phaser counts milliseconds: ${time.value * 1000} for ${time.value} s)`, time.line, 'milliseconds');
    }
  }

  // the source of a config's callback: inline, a function declared by that name, or a class method (this.name)
  callbackText(obj) {
    const p = obj.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === 'callback');
    if (!p) return '';
    const v = p.value;
    const code = this.an.code || '';
    if (/Function/.test(v.type)) return code.slice(v.start, v.end);
    const name = v.type === 'Identifier' ? v.name : v.type === 'MemberExpression' && !v.computed ? v.property.name : null;
    if (!name) return '';
    const fn = this.functionsNamed(name).find((n) => n.type === 'FunctionDeclaration' || n.type === 'MethodDefinition');
    return fn ? code.slice(fn.start, fn.end) : '';
  }

  // a value of a kind its key cannot take, where Phaser goes on silently: a colour number for a text colour (the canvas
  // ignores it and draws black), a number or string where Phaser reads a nested object (gravity: 300 reads as 0)
  checkValueKind(tds, key, type, value, name, where, ctx, line) {
    if (value.type === 'ArrayExpression' && tds.some((td) => Object.hasOwn(NUMBER_COLOURS, td) && NUMBER_COLOURS[td].includes(key))) {
      const css = value.elements.find((e) => e && e.type === 'Literal' && typeof e.value === 'string' && CSS_COLOUR.test(e.value));
      if (!css) return false;
      this.add('wrong_argument', true, `${where}: '${key}' expects colour numbers (0xrrggbb), got the CSS string '${css.value}': Phaser reads each entry as a number, so every particle is tinted black (write 0x${colourHex(css.value) || 'rrggbb'})`, line, 'number[]');
      return true;
    }
    const s = this.shape(value, ctx);
    if (!s || !['number', 'string', 'boolean'].includes(s.k)) return false;
    if (s.k === 'number' && tds.some((td) => Object.hasOwn(TEXT_COLOURS, td) && TEXT_COLOURS[td].includes(key))) {
      if (value.type === 'Literal' && value.value === 0) return false; // black either way
      const hex = value.type === 'Literal' ? '#' + (value.value >>> 0).toString(16).padStart(6, '0').slice(-6) : "'#rrggbb'";
      this.add('wrong_argument', true, `${where}: text colour '${key}' expects a CSS colour string, got a number (the canvas ignores it and draws the text black: write '${hex.replace(/'/g, '')}')`, line, 'string');
      return true;
    }
    if (!tds.some((td) => Object.hasOwn(OBJECT_VALUES, td) && OBJECT_VALUES[td].includes(key))) return false;
    const nested = parseParam(type).alts.map((a) => this.category(a));
    if (!nested.length || !nested.every((c) => c.c === 'config')) return false;
    this.add('wrong_argument', true, `${where}: '${key}' of ${name} expects ${nested.map((c) => c.name).join(' | ')} (an object), got ${this.describe(s)}: Phaser reads its fields and finds none`, line, type);
    return true;
  }

  // the class of a tween's targets when certain: null when not (a plain object, a user class, several kinds)
  tweenTarget(obj, ctx) {
    const t = obj.properties.find((p) => p.type === 'Property' && !p.computed && p.key && (p.key.name || p.key.value) === 'targets');
    if (!t) return null;
    let s = this.shape(t.value, ctx);
    if (s && s.k === 'array' && s.n === 1) s = s.els[0];
    return s && s.k === 'instance' ? s : null;
  }

  checkTweenProp(key, target, where, line) {
    if (!target || this.an.assignedMembers.has(key)) return;
    const cls = target.cls;
    if (this.api.findMember(cls, key, false)) return;
    this.add('tween_property', true, `${where}: tween property '${key}' does not exist on ${cls} (the tween changes nothing)`, line, cls);
  }

  add(code, certain, message, line, expected) {
    if (!this.an.record) return;
    if (this.found.some((f) => f.line === line && f.message === message)) return;
    this.found.push({ code, certain, message, line, expected });
  }
}

function colourHex(text) {
  const m = /^\s*#([0-9a-f]{3}|[0-9a-f]{6})\s*$/i.exec(text);
  if (!m) return null;
  const h = m[1].length === 3 ? m[1].split('').map((c) => c + c).join('') : m[1];
  return h.toLowerCase();
}

// the allowed key nearest a misspelt one (edit distance <= 2), for the message
function closest(word, options) {
  let best = null;
  let bestD = 3;
  const w = word.toLowerCase();
  for (const o of options) {
    const d = distance(w, o.toLowerCase(), bestD);
    if (d < bestD) { best = o; bestD = d; }
  }
  return best;
}

function distance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

module.exports = { Contracts, parseParam };
