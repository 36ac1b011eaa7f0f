'use strict';
// modelcall validator worker: one long-lived Node process, JSON lines over stdin/stdout.
//
// Requests:  {"id": 1, "op": "init", "model_path": "...", "lint": {"engine": "oxlint", ...}}   (API model for L2, lint options)
//            {"id": 2, "op": "analyze", "code": "..."}
//            {"id": 3, "op": "analyze_batch", "codes": ["...", ...]}   (answers {"results": [one analyze answer per code]})
//            {"id": 4, "op": "ping"}
// Responses: {"id": 1, "ok": true, ...} or {"id": 1, "ok": false, "error": "..."}, in request order
//
// "analyze" does the static work of L1 (parse, lint), L2 (Phaser API usages resolved against the API model with
// a small type inference) and collects the AST facts that L4 needs, on one parse per sample. The lint engine is
// oxlint (oxlint.js: native, batched) or ESLint (the reference; also oxlint's fallback); both give the same
// messages on every program they were compared on (benchmarks/compare_lint_engines.py).

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const acorn = require('acorn');
const globals = require('globals');
const { Contracts } = require('./contracts');
const { Schedule } = require('./reach');
const { gameStateFindings, walk } = require('./game_state');
const { physicsFindings } = require('./physics_rules');
const { collectionFindings } = require('./collection_rules');
const { playFindings } = require('./play_rules');
const { inputFindings } = require('./input_rules');
const { meterFindings } = require('./meter_rules');
const { gridFindings } = require('./grid_rules');
const { moveFindings } = require('./move_rules');
const { progressFindings } = require('./progress_rules');
const { saveFindings } = require('./save_rules');
const { drawFindings } = require('./draw_rules');
const { animFindings } = require('./anim_rules');
const { hudFindings } = require('./hud_rules');
// the whole-program rule modules run after game_state.js, on the facts it collected
const RULE_SETS = [physicsFindings, collectionFindings, playFindings, inputFindings, meterFindings, gridFindings, moveFindings, progressFindings, saveFindings, drawFindings, animFindings, hudFindings];
const { OxlintLinter, oxlintInstalled } = require('./oxlint');

const NODE_MODULES = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'fs', 'fs/promises', 'http', 'http2',
  'https', 'inspector', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'repl', 'stream',
  'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];

let MODEL = { types: {}, events: {} };
// keys of an AST node that are not child nodes: positions, and what ESLint adds to the AST it shares with
// us (parent links; the Program's tokens and comments, whose `type` looks like a node's)
const SKIP_KEYS = new Set(['loc', 'range', 'parent', 'tokens', 'comments']);
let LINT_CONFIG = null;
let OXLINT = null; // the oxlint engine when it is the one in use
let ENGINE = 'eslint';
// ESLint is loaded on first use: with oxlint it only lints the programs oxlint defers (and starting it costs
// more CPU than a thousand programs' oxlint runs)
let ESLINT = null;
function linter() {
  if (!ESLINT) {
    const { Linter } = require('eslint');
    ESLINT = new Linter({ configType: 'flat' });
  }
  return ESLINT;
}
const REQUIRE_MESSAGE = 'require() of modules is not allowed in a browser program';
const IMPORT_MESSAGE = 'dynamic import() is not allowed';

function buildLintConfig(opts) {
  const restricted = NETWORK_GLOBALS.map((name) => ({ name, message: 'network access is not allowed' }));
  const restrictedProps = [];
  for (const obj of ['window', 'globalThis', 'self']) {
    for (const name of NETWORK_GLOBALS) restrictedProps.push({ object: obj, property: name, message: 'network access is not allowed' });
  }
  const banned = NODE_MODULES.concat(NODE_MODULES.map((m) => 'node:' + m));
  const g = Object.assign({}, globals.browser, { Phaser: 'readonly' }, opts.extra_globals || {});
  return [{
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: g },
    rules: {
      'no-undef': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-with': 'error',
      'no-restricted-globals': ['error', ...restricted],
      'no-restricted-properties': ['error', ...restrictedProps],
      'no-restricted-imports': ['error', { paths: banned }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.type='Identifier'][callee.name='require']", message: REQUIRE_MESSAGE },
        { selector: 'ImportExpression', message: IMPORT_MESSAGE },
      ],
    },
  }];
}

const RULE_CODES = {
  'no-undef': 'undefined_name',
  'no-eval': 'eval',
  'no-implied-eval': 'eval',
  'no-new-func': 'eval',
  'no-with': 'with',
  'no-restricted-globals': 'network',
  'no-restricted-properties': 'network',
  'no-restricted-imports': 'node_import',
  'no-restricted-syntax': 'node_import',
};

// ---------------------------------------------------------------- L1
function parse(code) {
  const base = { ecmaVersion: 2022, locations: true, allowHashBang: true };
  let comments = [];
  try {
    return { ast: acorn.parse(code, Object.assign({ sourceType: 'script', onComment: comments }, base)), sourceType: 'script', comments };
  } catch (scriptErr) {
    try {
      comments = [];
      return { ast: acorn.parse(code, Object.assign({ sourceType: 'module', onComment: comments }, base)), sourceType: 'module', comments };
    } catch (moduleErr) {
      // report the script error unless the module parse got further (import/export programs)
      const err = (moduleErr.pos || 0) > (scriptErr.pos || 0) ? moduleErr : scriptErr;
      return { error: { message: err.message, line: err.loc ? err.loc.line : null } };
    }
  }
}

// ESLint normalises a plain config array on every verify() (schema merge, globals check: a third of a
// sample's CPU); a normalised FlatConfigArray per sourceType, built once, is reused as it is. The class is
// internal to ESLint: without it, the plain arrays are passed as before.
let FlatConfigArray;
function flatConfigArray() {
  if (FlatConfigArray === undefined) {
    try {
      FlatConfigArray = require(path.join(path.dirname(require.resolve('eslint')), 'config', 'flat-config-array.js')).FlatConfigArray;
    } catch (err) {
      FlatConfigArray = null;
    }
  }
  return FlatConfigArray;
}
const lintConfigs = new Map();

function lintConfigFor(sourceType) {
  let config = lintConfigs.get(sourceType);
  if (!config) {
    config = LINT_CONFIG.map((c) => Object.assign({}, c, { languageOptions: Object.assign({}, c.languageOptions, { sourceType }) }));
    const ConfigArray = flatConfigArray();
    if (ConfigArray) {
      config = new ConfigArray(config, { basePath: process.cwd() });
      config.normalizeSync();
    }
    lintConfigs.set(sourceType, config);
  }
  return config;
}

// a program's own `/* eslint-disable */` or `/* global x */` comments must not switch off the bans (eval,
// network, Node modules) or declare names: the program is the thing being judged
const VERIFY_OPTIONS = { allowInlineConfig: false };

function lint(code, sourceType, messages = linter().verify(code, lintConfigFor(sourceType), VERIFY_OPTIONS)) {
  const out = [];
  for (const m of messages) {
    if (m.severity < 2) continue;
    if (m.ruleId === 'no-undef') {
      // `if (typeof module !== 'undefined') module.exports = ...`: the author guarded the name, the browser never runs it
      const name = (/^'([^']+)'/.exec(m.message) || [])[1];
      if (name && new RegExp('typeof\\s*\\(?\\s*' + name.replace(/[$]/g, '\\$') + '\\b').test(code)) continue;
    }
    let code_ = RULE_CODES[m.ruleId] || (m.fatal ? 'syntax_error' : 'lint');
    if (m.ruleId === 'no-undef' && /^'require' is not defined/.test(m.message)) code_ = 'node_import';
    out.push({ code: code_, rule: m.ruleId, message: m.message, line: m.line || null });
  }
  return out;
}

// ---------------------------------------------------------------- L2: the API model
// A type is {cs: [class or namespace names], st: true when it is the static side (namespace / constructor)}.
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));
const FUNCTION_MEMBERS = new Set(['call', 'apply', 'bind', 'name', 'length', 'prototype', 'toString']);
const descCache = new Map();

function typeInfo(name) { return MODEL.types[name]; }
// an instance of a Phaser game object class (a type from the analysis)
function isGroupType(t) { return !!t && !t.st && t.cs.some((c) => c === GROUP || ancestors(c).includes(GROUP)); }
function isGameObjectType(t) { return !!t && !t.st && t.cs.some((c) => c === GAME_OBJECT || ancestors(c).includes(GAME_OBJECT)); }

// the API model does not change after init: a class's ancestors and a member lookup are computed once
// (callers only read what these return)
const ancestorCache = new Map();
const memberCache = new Map();

function ancestors(name) {
  let out = ancestorCache.get(name);
  if (!out) { out = ancestorsOf(name); ancestorCache.set(name, out); }
  return out;
}

function ancestorsOf(name) {
  const seen = [];
  const queue = [name];
  while (queue.length) {
    const n = queue.shift();
    if (seen.includes(n)) continue;
    seen.push(n);
    const info = typeInfo(n);
    if (info && info.ext) for (const p of info.ext) queue.push(p);
  }
  return seen;
}

function descendants(name) {
  if (descCache.has(name)) return descCache.get(name);
  if (!MODEL.children) {
    MODEL.children = {};
    for (const [n, info] of Object.entries(MODEL.types)) {
      for (const p of info.ext || []) (MODEL.children[p] = MODEL.children[p] || []).push(n);
    }
  }
  const out = [];
  const queue = [...(MODEL.children[name] || [])];
  while (queue.length) {
    const n = queue.shift();
    if (out.includes(n)) continue;
    out.push(n);
    queue.push(...(MODEL.children[n] || []));
  }
  descCache.set(name, out);
  return out;
}

function findMember(cls, member, isStatic) {
  const key = (isStatic ? 'S' : 'I') + cls + '\u0000' + member;
  let found = memberCache.get(key);
  if (found === undefined) { found = lookupMember(cls, member, isStatic); memberCache.set(key, found); }
  return found;
}

function lookupMember(cls, member, isStatic) {
  const chain = isStatic ? [cls] : ancestors(cls);
  for (const c of chain) {
    const info = typeInfo(c);
    if (!info) continue;
    const table = isStatic ? info.stat : info.inst;
    if (table && Object.prototype.hasOwnProperty.call(table, member)) return { owner: c, entry: table[member] };
  }
  return null;
}

function typeFromNames(names, receiver) {
  if (!names || !names.length) return null;
  const cs = [];
  for (const n of names) {
    if (n === 'this') { if (receiver) cs.push(...receiver.cs); continue; }
    const info = typeInfo(n);
    if (info && info.kind === 'class') cs.push(n);
    // a typedef that narrows a class (physics.add.sprite returns Types.Physics.Arcade.SpriteWithDynamicBody, which
    // extends Arcade.Sprite): the class first (hits are named on it), then the typedef for its own members
    else if (info && info.kind === 'interface' && info.ext && info.ext.length) {
      const parents = info.ext.filter((p) => typeInfo(p) && typeInfo(p).kind === 'class');
      if (parents.length) cs.push(...parents, n);
    }
  }
  if (!cs.length) {
    // a plain typedef with members of its own (createCursorKeys() gives Types.Input.Keyboard.CursorKeys: left, right...):
    // its members are typed, and one it does not list is not called missing (the object is the program's to extend)
    const plain = names.filter((n) => { const info = typeInfo(n); return info && info.kind === 'interface' && !(info.ext && info.ext.length) && info.inst && Object.keys(info.inst).length; });
    return plain.length ? { cs: plain, st: false, guess: true } : null;
  }
  // a game object's body is Arcade's or Matter's (the index keeps only Arcade's two): in a program that uses Matter and
  // not Arcade it is a Matter body, whose members (box.body.label, isSleeping) the index does not list
  if (matterOnly && names.every((n) => /^Phaser\.Physics\.Arcade\.(Body|StaticBody)$/.test(n))) return null;
  return { cs: [...new Set(cs)], st: false };
}

// whether the program being read uses Matter physics and not Arcade's (set per program by Analysis)
let matterOnly = false;

// ---------------------------------------------------------------- L2 + L4: the analysis
const SCENE_KEYS = new Set(['preload', 'create', 'update', 'init']);
let PHASER_MEMBER_NAMES = null; // every member name of every Phaser class and namespace, made once
const GAME_OBJECT = 'Phaser.GameObjects.GameObject';
const GROUP = 'Phaser.GameObjects.Group';
const MATTER_COMPONENTS = ['Bounce', 'Collision', 'Force', 'Friction', 'Gravity', 'Mass', 'Sensor', 'SetBody', 'Sleep', 'Static', 'Velocity']
  .map((c) => 'Phaser.Physics.Matter.Components.' + c);
let inputEventNames = null;
let phaserEventNames = null; // every string of Phaser's *.Events namespaces (from the API model)
// properties Phaser 2 game objects had and Phaser 3 ones do not: set on a Phaser 3 object they do nothing
const PHASER2_PROPERTIES = {
  checkWorldBounds: 'Phaser 3: body.setCollideWorldBounds(true) and the world\'s worldbounds event',
  outOfBoundsKill: 'Phaser 3: destroy or disable the object yourself when it leaves the view',
  outOfCameraBoundsKill: 'Phaser 3: destroy or disable the object yourself when it leaves the view',
  inputEnabled: 'Phaser 3: setInteractive()',
  fixedToCamera: 'Phaser 3: setScrollFactor(0)',
  enableBody: 'Phaser 3: this.physics.add.existing(object) or this.physics.add.group()',
  physicsBodyType: 'Phaser 3: this.physics.add.group()',
  anchor: 'Phaser 3: setOrigin()',
  smoothed: 'Phaser 3: the texture\'s setFilter()',
};
// names no one but Phaser 2 gives an object: set on an object of unknown type (group.get()) they are Phaser 2 too,
// unless the program reads them back itself
const PHASER2_ONLY = new Set(['checkWorldBounds', 'outOfBoundsKill', 'outOfCameraBoundsKill', 'inputEnabled', 'fixedToCamera']);
// functions that only return a value: a call whose result is thrown away does nothing (Phaser.Math.Wrap(ship.x, 0, 800);)
const PURE_CALLS = /^(Phaser\.Math\.(Wrap|Clamp|Between|FloatBetween|RadToDeg|DegToRad|Linear|Percent|Within|Average|Difference|RoundTo|FloorTo|CeilTo|MaxAdd|MinSub|SmoothStep|SmootherStep|FromPercent|Distance\.(Between|BetweenPoints|Squared|Chebyshev|Snake)|Angle\.(Between|BetweenPoints|BetweenY|Wrap|WrapDegrees|Normalize|RotateTo|ShortestBetween)|Snap\.(To|Floor|Ceil))|Math\.(abs|round|floor|ceil|trunc|min|max|sqrt|sin|cos|tan|atan2|hypot|sign|pow))$/;
// values in radians: Math.PI in them, an angle between points (Phaser's Angle.* and Math.atan2), another object's rotation
const RADIANS_VALUE = /\bMath\.PI\b|\bPhaser\.Math\.(PI2|TAU|PI_OVER_2)\b|\bDegToRad\s*\(|\bAngle\.(Between|BetweenPoints|BetweenY|BetweenPointsY|Reverse)\s*\(|\bMath\.atan2\s*\(|\.rotation\b/;
// passes over the program: each learns from the types the last one found (a helper's parameter from its calls, what
// it returns, a name set from it) until nothing new is learnt, and the last records. A chain such as
// this -> makeHand(scene) -> this.hand -> setHand(hand) takes a pass a link
const MAX_PASSES = 8;
// KeyboardEvent.code names that are never a KeyboardEvent.key (the space bar's key is ' ')
const CODE_NOT_KEY = /^(Space|Spacebar|Key[A-Z]|Digit[0-9]|(Shift|Control|Alt|Meta)(Left|Right)|Numpad\w+)$/;
// angles: Phaser's `angle` is in degrees and `rotation` in radians; calls taking one or the other
const RADIANS_IN = new Set(['Math.sin', 'Math.cos', 'Math.tan', 'velocityFromRotation', 'setRotation', 'RadToDeg']);
const DEGREES_IN = new Set(['velocityFromAngle', 'setAngle', 'DegToRad']);
// words a scene method may well be named that are one letter from a lifecycle method
const LIFECYCLE_LOOKALIKES = new Set(['reload', 'unit', 'updated', 'updates', 'created', 'creates', 'inits', 'edit']);
// one letter added, dropped, changed or two neighbours swapped (optimal string alignment distance 1)
function nearMiss(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
const POINTER_EVENTS = /^(pointer|gameobject|drag|drop|wheel)/i;

class Analysis {
  constructor(ast, code) {
    this.ast = ast;
    this.code = code;
    matterOnly = /\bmatter\b/.test(code || '') && !/\barcade\b|physics\.add\.|physics\.world\./.test(code || '');
    this.bindings = new Map(); // "scopeStart:name" -> {types: Map(key->type), unknown: bool}
    this.props = new Map(); // user property name -> {types, unknown}
    this.assignedMembers = new Set();
    // Phaser properties the program overwrote with a value of its own (`this.lights = []` in a scene): what is read
    // from them after that is the program's value, not the documented one
    this.replaced = new Set();
    this.fnThis = new Map(); // function node start -> {types, unknown}
    this.returns = new Map(); // function node start -> what its return statements give {types, unknown}
    this.fnDecls = new Map(); // binding key -> function node
    this.record = false;
    // functions nothing calls (deadFunctions()), and what the code outside them uses: a must-use API met only there
    // is not used
    this.deadFns = new Map(); // function node -> {name, line}
    this.deadDepth = 0;
    this.live = { hits: new Set(), produced: new Set(), referenced: new Set(), events: new Set(), calls: new Set() };
    this.hits = new Map();
    this.misses = new Map();
    this.produced = new Set();
    this.referenced = new Set();
    this.events = new Set();
    this.calls = new Set();
    this.assignedInUpdate = new Set();
    this.callsInUpdate = new Set();
    this.objectKeys = new Set();
    this.structure = { has_game: false, has_scene: false, has_preload: false, has_create: false, has_update: false };
    this.physicsConfigured = false;
    this.physicsUses = [];
    this.misuse = [];
    this.sceneClasses = new Set();
    this.groupFetches = []; // group.get() / getFirstDead() calls: {name, line}
    this.contracts = new Contracts({ typeInfo, ancestors, findMember }, this);
    this.schedule = new Schedule(this.contracts);
    this.schedOffset = 0; // game time (ms) at which the code being visited runs: inside a delayedCall callback, ...
  }

  // what a pass learnt, as one string: the same string twice running means another pass learns nothing new
  typesLearnt(maps) {
    const parts = [];
    for (const m of [maps.bindings, maps.props, maps.fnThis, maps.returns]) {
      for (const [k, slot] of m) parts.push(k + (slot.unknown ? '?' : '') + [...slot.types.keys()].join(','));
      parts.push('|');
    }
    return parts.join(';');
  }

  run() {
    this.paramKeys = new Set();
    walk(this.ast, (n) => {
      if (/Function/.test(n.type)) n.params.forEach((p) => { if (p.type === 'Identifier') this.paramKeys.add(n.start + ':' + p.name); });
    });
    this.collectAssigned(this.ast);
    this.deadFunctions();
    // learning passes until the types stop changing (at most MAX_PASSES - 1), then the pass that records
    let learnt = null;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      // reads see the previous pass (types learnt anywhere in the program), writes build this pass afresh
      this.prev = pass ? { bindings: this.bindings, props: this.props, fnThis: this.fnThis, returns: this.returns } : null;
      if (pass) { this.bindings = new Map(); this.props = new Map(); this.fnThis = new Map(); this.returns = new Map(); }
      const now = pass >= 1 ? this.typesLearnt(this.prev) : null;
      this.record = pass === MAX_PASSES - 1 || (now !== null && now === learnt);
      learnt = now;
      const scope = this.newScope(null, this.ast);
      this.hoist(this.ast.body, scope, true);
      this.visitBody(this.ast.body, { scope, thisT: null, fn: 'top', inUpdate: false });
      if (this.record) break;
    }
    this.unreferencedLifecycle();
    this.timersNeverAdded();
    const { findings, facts } = gameStateFindings(this.ast, this.groupFetches, this.code);
    for (const rules of RULE_SETS) findings.push(...rules(this.ast, this.code, facts));
    for (const f of findings) this.contracts.add(f.code, f.certain, f.message, f.line, f.expected);
    this.oneShotTimers = /\b(delayedCall|addEvent|setTimeout)\s*\(/.test(this.code) ? facts.oneShotTimers() : [];
    this.awayMoves = /Angle\.Between\s*\(/.test(this.code) ? facts.awayMoves() : [];
    this.menuAfterGame = facts.menuAfterGame || null;
    this.groupRepeats = /\brepeat\s*:/.test(this.code) ? facts.groupRepeats() : [];
    return this.result();
  }

  // every node of the program, with its parent and the key it hangs on
  eachNode(visit) {
    const stack = [[this.ast, null, null]];
    while (stack.length) {
      const [n, parent, key] = stack.pop();
      visit(n, parent, key);
      for (const k in n) {
        if (SKIP_KEYS.has(k)) continue;
        const v = n[k];
        if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') stack.push([c, n, k]); } else if (v && typeof v.type === 'string') stack.push([v, n, k]);
      }
    }
  }

  // `const t = new Phaser.Time.TimerEvent({...})` that no addEvent(t) ever schedules: a timer runs only on a Clock
  timersNeverAdded() {
    const made = []; // [how it is named: 'x' | 'this.x', node]
    const added = new Set();
    let opaque = false; // a timer stored some other way (an array, an argument): not sure
    const named = (n) => (n && n.type === 'Identifier' ? n.name : n && n.type === 'MemberExpression' && !n.computed && n.object.type === 'ThisExpression' ? 'this.' + n.property.name : null);
    this.eachNode((n, parent) => {
      if (n.type === 'NewExpression' && memberPath(n.callee) === 'Phaser.Time.TimerEvent') {
        const name = parent && parent.type === 'VariableDeclarator' && parent.init === n ? named(parent.id)
          : parent && parent.type === 'AssignmentExpression' && parent.right === n ? named(parent.left) : null;
        const discarded = parent && parent.type === 'ExpressionStatement';
        const direct = parent && parent.type === 'CallExpression' && parent.arguments.includes(n);
        if (name || discarded) made.push([name, n]); else if (!direct) opaque = true;
      }
      if (n.type === 'CallExpression') {
        for (const a of n.arguments) {
          // addEvent(timer.reset({...})): reset() returns the timer
          let root = a;
          while (root && root.type === 'CallExpression' && root.callee.type === 'MemberExpression') root = root.callee.object;
          const name = named(root);
          if (name) added.add(name);
        }
      }
    });
    if (opaque) return;
    for (const [name, node] of made) {
      if (name && added.has(name)) continue;
      this.contracts.add('never_fires', true, `new Phaser.Time.TimerEvent(...)${name ? ` (${name})` : ''} is never handed to this.time.addEvent(), so it never runs: a timer counts only on a Clock (or call this.time.addEvent({...}) directly)`, node.loc ? node.loc.start.line : null, 'this.time.addEvent(timer)');
    }
  }

  // functions no code can call: a class method, a function declaration or a `const f = () => ...` whose name appears
  // nowhere else (no call, no reference, no string holding it), that is not a scene's lifecycle method and not a name
  // Phaser itself may call on a subclass (preUpdate, destroy, any member of a Phaser class). A program that reaches
  // members by a computed name (this[action]()) has none.
  deadFunctions() {
    if (!PHASER_MEMBER_NAMES) {
      PHASER_MEMBER_NAMES = new Set();
      for (const info of Object.values(MODEL.types)) for (const table of [info.inst, info.stat]) if (table) for (const k of Object.keys(table)) PHASER_MEMBER_NAMES.add(k);
    }
    const defs = []; // [name, function node, the node that names it]
    const named = new Map(); // name -> how many times it appears (identifiers, member names, string literals)
    const count = (name) => named.set(name, (named.get(name) || 0) + 1);
    let dynamic = false;
    this.eachNode((n, parent, key) => {
      if (n.type === 'MethodDefinition' && n.kind === 'method' && !n.computed && n.key.type === 'Identifier' && n.value) defs.push([n.key.name, n.value, n.key]);
      else if (n.type === 'FunctionDeclaration' && n.id) defs.push([n.id.name, n, n.id]);
      else if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && /Function/.test(n.init.type)) defs.push([n.id.name, n.init, n.id]);
      if (n.type === 'Identifier') count(n.name);
      else if (n.type === 'Literal' && typeof n.value === 'string') { count(n.value); for (const w of n.value.split(/[^\w$]+/)) if (w && w !== n.value) count(w); }
      else if (n.type === 'TemplateElement') for (const w of String(n.value && n.value.cooked || '').split(/[^\w$]+/)) if (w) count(w);
      else if (n.type === 'MemberExpression' && n.computed && !(n.property.type === 'Literal') && !(n.property.type === 'Identifier' && /^(i|j|k|n|idx|index|row|col|r|c|x|y)$/.test(n.property.name) && n.object.type !== 'ThisExpression')) {
        // obj[name] with a name from data: a method may be reached that way
        if (n.object.type === 'ThisExpression' || (n.object.type === 'Identifier' && /^(this|self|scene|that|me)$/.test(n.object.name))) dynamic = true;
      }
    });
    if (dynamic) return;
    for (const [name, fn, id] of defs) {
      if (SCENE_KEYS.has(name) || name === 'constructor' || PHASER_MEMBER_NAMES.has(name)) continue;
      // its own name is counted once where it is defined
      if ((named.get(name) || 0) > 1) continue;
      this.deadFns.set(fn, { name, line: id.loc ? id.loc.start.line : null, first: fn.loc ? [fn.loc.start.line, fn.loc.start.column] : null, last: fn.loc ? [fn.loc.end.line, fn.loc.end.column] : null });
    }
  }

  // `function update() {...}` that nothing names (the scene config lists only preload and create): Phaser calls a
  // scene's own methods, so this code never runs
  unreferencedLifecycle() {
    const declared = [];
    const named = new Set();
    this.eachNode((n, parent, key) => {
      if (n.type !== 'Identifier') return;
      if (key === 'id' && parent.type === 'FunctionDeclaration') { if (SCENE_KEYS.has(n.name)) declared.push(n); return; }
      // names that are not references: keys, non-computed members, labels
      if ((key === 'key' && !parent.computed) || (key === 'property' && parent.type === 'MemberExpression' && !parent.computed) || key === 'label') return;
      named.add(n.name);
    });
    for (const id of declared) {
      if (named.has(id.name)) continue;
      this.contracts.add('never_fires', true, `function '${id.name}' is never named anywhere, so Phaser never calls it: a scene calls only its own '${id.name}' (add \`${id.name}\` to the scene config), and this code never runs`, id.loc ? id.loc.start.line : null, id.name);
    }
  }

  result() {
    return {
      hits: [...this.hits.keys()].sort(),
      misses: [...this.misses.values()],
      produced: [...this.produced].sort(),
      referenced: [...this.referenced].sort(),
      events: [...this.events].sort(),
      calls: [...this.calls].sort(),
      assigned_in_update: [...this.assignedInUpdate].sort(),
      calls_in_update: [...this.callsInUpdate].sort(),
      object_keys: [...this.objectKeys].sort(),
      structure: this.structure,
      physics_configured: this.physicsConfigured,
      physics_uses: this.physicsUses.slice(0, 5),
      misuse: this.misuse.concat(this.contracts.found),
      schedule: this.schedule.result(),
      one_shot_timers: this.oneShotTimers || [],
      moves_away: this.awayMoves || [],
      menu_after_game: this.menuAfterGame || null,
      group_repeats: this.groupRepeats || [],
      dead_code: this.deadFns.size ? [...this.deadFns.values()] : [],
      live: this.deadFns.size ? Object.fromEntries(Object.entries(this.live).map(([k, v]) => [k, [...v].sort()])) : null,
      contract_failures: this.contracts.failures ? { count: this.contracts.failures, last: this.contracts.lastFailure } : null,
    };
  }

  // every `x.name = ...` anywhere makes `name` a user-defined member (not a hallucination)
  collectAssigned(node) {
    const stack = [node];
    while (stack.length) {
      const n = stack.pop();
      if (!n || typeof n.type !== 'string') continue;
      // an object scene's `extend: { endGame() {...} }`: Phaser copies these onto the scene
      if (n.type === 'Property' && !n.computed && n.key && (n.key.name || n.key.value) === 'extend' && n.value && n.value.type === 'ObjectExpression') {
        for (const q of n.value.properties) if (q.type === 'Property' && !q.computed && q.key) this.assignedMembers.add(String(q.key.name || q.key.value));
      }
      // new Phaser.Class({ Extends: Phaser.Scene, tryMove() {...} }): the config's members are the class's
      if (n.type === 'CallExpression' && /(^|\.)Class$/.test(memberPath(n.callee) || '') && n.arguments[0] && n.arguments[0].type === 'ObjectExpression') {
        for (const q of n.arguments[0].properties) if (q.type === 'Property' && !q.computed && q.key) this.assignedMembers.add(String(q.key.name || q.key.value));
      }
      if (n.type === 'NewExpression' && /(^|\.)Class$/.test(memberPath(n.callee) || '') && n.arguments[0] && n.arguments[0].type === 'ObjectExpression') {
        for (const q of n.arguments[0].properties) if (q.type === 'Property' && !q.computed && q.key) this.assignedMembers.add(String(q.key.name || q.key.value));
      }
      if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression') {
        if (!n.left.computed) this.assignedMembers.add(n.left.property.name);
        else if (n.left.property.type === 'Literal' && typeof n.left.property.value === 'string') this.assignedMembers.add(n.left.property.value);
      }
      // Object.assign(target, {a, b}) / Object.defineProperty(target, 'a', ...) add user members too
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'Identifier' && n.callee.object.name === 'Object') {
        const fn = n.callee.property.name;
        if (fn === 'assign') for (const a of n.arguments.slice(1)) if (a.type === 'ObjectExpression') for (const p of a.properties) if (p.type === 'Property' && p.key) this.assignedMembers.add(p.key.name || String(p.key.value));
        if ((fn === 'defineProperty') && n.arguments[1] && n.arguments[1].type === 'Literal') this.assignedMembers.add(String(n.arguments[1].value));
        if (fn === 'defineProperties' && n.arguments[1] && n.arguments[1].type === 'ObjectExpression') for (const p of n.arguments[1].properties) if (p.type === 'Property' && p.key) this.assignedMembers.add(p.key.name || String(p.key.value));
      }
      if ((n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') && n.key && n.key.type === 'Identifier') this.assignedMembers.add(n.key.name);
      for (const k in n) {
        if (SKIP_KEYS.has(k)) continue;
        const v = n[k];
        if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') stack.push(c); } else if (v && typeof v.type === 'string') stack.push(v);
      }
    }
  }

  // ---- scopes and bindings
  newScope(parent, node) { return { parent, start: node.start, names: new Set() }; }
  declare(scope, name) { scope.names.add(name); const key = scope.start + ':' + name; if (!this.bindings.has(key)) this.bindings.set(key, { types: new Map(), unknown: false }); return key; }
  lookup(scope, name) { for (let s = scope; s; s = s.parent) if (s.names.has(name)) return s.start + ':' + name; return null; }
  addType(slot, t) {
    if (!slot) return;
    if (!t) { slot.unknown = true; return; }
    slot.types.set((t.st ? 'S:' : 'I:') + t.cs.join('|'), t);
  }
  slotType(slot) {
    if (!slot || slot.unknown || slot.types.size === 0) return null;
    const cs = new Set();
    let st = null;
    for (const t of slot.types.values()) { if (st === null) st = t.st; if (st !== t.st) return null; t.cs.forEach((c) => cs.add(c)); }
    return { cs: [...cs], st };
  }

  hoist(body, scope, fnScope) {
    for (const stmt of body) {
      if (!stmt) continue;
      if (stmt.type === 'FunctionDeclaration' && stmt.id) { const key = this.declare(scope, stmt.id.name); this.fnDecls.set(key, stmt); }
      if (stmt.type === 'ClassDeclaration' && stmt.id) this.declare(scope, stmt.id.name);
      if (stmt.type === 'VariableDeclaration') for (const d of stmt.declarations) this.declarePattern(d.id, scope);
      if (fnScope) this.hoistVars(stmt, scope);
    }
  }
  hoistVars(node, scope) {
    // `var` inside nested blocks belongs to the function scope
    if (!node || typeof node.type !== 'string') return;
    if (/Function/.test(node.type) || node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return;
    if (node.type === 'VariableDeclaration' && node.kind === 'var') for (const d of node.declarations) this.declarePattern(d.id, scope);
    for (const k of ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer', 'init', 'cases']) {
      const v = node[k];
      if (Array.isArray(v)) v.forEach((c) => this.hoistVars(c, scope)); else if (v && typeof v === 'object') this.hoistVars(v, scope);
    }
  }
  declarePattern(p, scope) {
    if (!p) return;
    if (p.type === 'Identifier') this.declare(scope, p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach((pr) => this.declarePattern(pr.type === 'RestElement' ? pr.argument : pr.value, scope));
    else if (p.type === 'ArrayPattern') p.elements.forEach((e) => this.declarePattern(e, scope));
    else if (p.type === 'AssignmentPattern') this.declarePattern(p.left, scope);
    else if (p.type === 'RestElement') this.declarePattern(p.argument, scope);
  }
  bindPattern(p, t, ctx) {
    if (!p) return;
    if (p.type === 'Identifier') { const key = this.lookup(ctx.scope, p.name); if (key) this.addType(this.bindings.get(key), t); return; }
    if (p.type === 'AssignmentPattern') { this.bindPattern(p.left, t, ctx); this.expr(p.right, ctx); return; }
    if (p.type === 'ObjectPattern') {
      for (const pr of p.properties) {
        if (pr.type === 'RestElement') { this.bindPattern(pr.argument, null, ctx); continue; }
        let mt = null;
        if (!pr.computed && pr.key.type === 'Identifier' && t) mt = this.member(t, pr.key.name, false, pr, false);
        this.bindPattern(pr.value, mt, ctx);
      }
      return;
    }
    if (p.type === 'ArrayPattern') { p.elements.forEach((e) => this.bindPattern(e, null, ctx)); return; }
    if (p.type === 'RestElement') this.bindPattern(p.argument, null, ctx);
  }

  // ---- statements
  visitBody(body, ctx) { for (const s of body) this.stmt(s, ctx); }
  stmt(n, ctx) {
    if (!n) return;
    switch (n.type) {
      case 'VariableDeclaration':
        for (const d of n.declarations) {
          const t = d.init ? this.expr(d.init, ctx) : undefined;
          if (d.init) this.bindPattern(d.id, t, ctx);
          // a const has its one value by the time it is read: reads take this pass's type (a chain of helpers,
          // `const cam = scene.cameras.main` after `scene = this`, would otherwise need a pass a link)
          if (d.init && n.kind === 'const' && d.id.type === 'Identifier') { const key = this.lookup(ctx.scope, d.id.name); const slot = key ? this.bindings.get(key) : null; if (slot) slot.settled = true; }
          if (d.init && d.id.type === 'Identifier' && /Function/.test(d.init.type)) { const key = this.lookup(ctx.scope, d.id.name); if (key) this.fnDecls.set(key, d.init); }
        }
        return;
      case 'FunctionDeclaration': this.func(n, ctx, this.fnThisType(n), n.id ? n.id.name : null); return;
      case 'ClassDeclaration': this.klass(n, ctx); return;
      case 'ExpressionStatement': {
        const e = n.expression;
        const path = e.type === 'CallExpression' ? memberPath(e.callee) : null;
        if (this.record && path && PURE_CALLS.test(path) && !this.lookup(ctx.scope, path.split('.')[0])) {
          this.contracts.add('never_fires', true, `${path}(...) only returns its result, and the result is thrown away: the call changes nothing (assign it: x = ${path}(...))`, n.loc ? n.loc.start.line : null, 'the result used');
        }
        this.expr(e, ctx);
        return;
      }
      case 'ReturnStatement': {
        const t = n.argument ? this.expr(n.argument, ctx) : null;
        // what a helper function returns (makeHand(scene) returning scene.add.rectangle(...)): its callers' type
        if (ctx.fnNode) { let slot = this.returns.get(ctx.fnNode.start); if (!slot) { slot = { types: new Map(), unknown: false }; this.returns.set(ctx.fnNode.start, slot); } this.addType(slot, t); }
        return;
      }
      case 'ThrowStatement': if (n.argument) this.expr(n.argument, ctx); return;
      case 'IfStatement': this.expr(n.test, ctx); this.stmt(n.consequent, ctx); this.stmt(n.alternate, ctx); return;
      case 'BlockStatement': { const scope = this.newScope(ctx.scope, n); this.hoist(n.body, scope, false); this.visitBody(n.body, Object.assign({}, ctx, { scope })); return; }
      case 'ForStatement': { const scope = this.newScope(ctx.scope, n); const c2 = Object.assign({}, ctx, { scope }); if (n.init) { if (n.init.type === 'VariableDeclaration') { this.hoist([n.init], scope, false); this.stmt(n.init, c2); } else this.expr(n.init, c2); } if (n.test) this.expr(n.test, c2); if (n.update) this.expr(n.update, c2); this.stmt(n.body, c2); return; }
      case 'ForInStatement': case 'ForOfStatement': { const scope = this.newScope(ctx.scope, n); const c2 = Object.assign({}, ctx, { scope }); if (n.left.type === 'VariableDeclaration') { this.hoist([n.left], scope, false); for (const d of n.left.declarations) this.bindPattern(d.id, null, c2); } else this.expr(n.left, c2); this.expr(n.right, c2); this.stmt(n.body, c2); return; }
      case 'WhileStatement': case 'DoWhileStatement': this.expr(n.test, ctx); this.stmt(n.body, ctx); return;
      case 'SwitchStatement': this.expr(n.discriminant, ctx); for (const c of n.cases) { if (c.test) this.expr(c.test, ctx); this.visitBody(c.consequent, ctx); } return;
      case 'TryStatement': this.stmt(n.block, ctx); if (n.handler) { const scope = this.newScope(ctx.scope, n.handler); const c2 = Object.assign({}, ctx, { scope }); if (n.handler.param) { this.declarePattern(n.handler.param, scope); this.bindPattern(n.handler.param, null, c2); } this.stmt(n.handler.body, c2); } this.stmt(n.finalizer, ctx); return;
      case 'LabeledStatement': this.stmt(n.body, ctx); return;
      case 'ExportNamedDeclaration': case 'ExportDefaultDeclaration': if (n.declaration) { if (/Declaration$/.test(n.declaration.type)) this.stmt(n.declaration, ctx); else this.expr(n.declaration, ctx); } return;
      default: return;
    }
  }

  readBinding(key) { const cur = this.bindings.get(key); return this.slotType(this.prev && !(cur && cur.settled) ? this.prev.bindings.get(key) : cur); }
  readProp(name) { const m = this.prev ? this.prev.props : this.props; return m.has(name) ? this.slotType(m.get(name)) : null; }
  fnThisType(fn) { const m = this.prev ? this.prev.fnThis : this.fnThis; return this.slotType(m.get(fn.start)); }
  setFnThis(fn, t) { if (!fn) return; let slot = this.fnThis.get(fn.start); if (!slot) { slot = { types: new Map(), unknown: false }; this.fnThis.set(fn.start, slot); } this.addType(slot, t); }
  fnFromExpr(n, ctx) {
    if (!n) return null;
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') return n;
    if (n.type === 'Identifier') { const key = this.lookup(ctx.scope, n.name); return key ? this.fnDecls.get(key) || null : null; }
    return null;
  }

  func(fn, ctx, thisT, name, paramTypes) {
    const scope = this.newScope(ctx.scope, fn);
    fn.params.forEach((p) => this.declarePattern(p, scope));
    if (fn.body.type === 'BlockStatement') this.hoist(fn.body.body, scope, true);
    const isArrow = fn.type === 'ArrowFunctionExpression';
    const inner = {
      scope,
      thisT: isArrow ? ctx.thisT : thisT,
      fn: name || ctx.fn,
      inUpdate: isArrow ? ctx.inUpdate : (name === 'update' && !!thisT && this.isSceneType(thisT)),
      // the user class whose instance `this` is here (its methods, for callbacks handed over without it)
      klass: isArrow || (thisT && thisT.user) ? ctx.klass || null : null,
      // code that runs once, straight in a scene's create() (not in a callback or a loop made there)
      once: name === 'create',
      // the function whose return statements these are (an arrow's are its own too)
      fnNode: fn,
    };
    fn.params.forEach((p, i) => { if (paramTypes && paramTypes[i] !== undefined) this.bindPattern(p, paramTypes[i], inner); });
    const dead = this.deadFns.has(fn);
    if (dead) this.deadDepth++;
    try {
      if (fn.body.type === 'BlockStatement') this.visitBody(fn.body.body, inner); else this.expr(fn.body, inner);
    } finally {
      if (dead) this.deadDepth--;
    }
  }

  // update(delta): Phaser calls a scene's update(time, delta), so a lone first parameter named for the frame's delta
  // holds the time since the game began (thousands of ms): whatever moves by it jumps off the view
  updateParams(fn) {
    if (!this.record || !fn || fn.params.length !== 1 || fn.params[0].type !== 'Identifier') return;
    const p = fn.params[0].name;
    if (!/^(delta|dt|deltaTime|deltaMs|elapsed)$/i.test(p)) return;
    this.contracts.add('wrong_argument', true, `update(${p}): Phaser calls a scene's update(time, delta), so '${p}' is the time since the game started (thousands of ms), not the frame's delta: write update(time, ${p})`, fn.loc ? fn.loc.start.line : null, 'update(time, delta)');
  }

  // a scene method named almost like a lifecycle method (Update, upadte, creat) that the scene does not also have: Phaser
  // never calls it, so its code never runs
  lifecycleNames(keys) {
    if (!this.record) return;
    const names = new Set(keys.map((k) => k.name));
    for (const k of keys) {
      if (SCENE_KEYS.has(k.name)) continue;
      if (LIFECYCLE_LOOKALIKES.has(k.name)) continue;
      const meant = [...SCENE_KEYS].find((life) => !names.has(life) && (k.name.toLowerCase() === life || nearMiss(k.name, life)));
      if (meant) this.contracts.add('never_fires', true, `scene method '${k.name}' is never called by Phaser: the lifecycle method is '${meant}', so this code never runs`, k.loc ? k.loc.start.line : null, meant);
    }
  }

  isSceneType(t) { return t && !t.st && t.cs.some((c) => c === 'Phaser.Scene' || ancestors(c).includes('Phaser.Scene')); }

  klass(n, ctx) {
    let base = null;
    if (n.superClass) base = this.expr(n.superClass, ctx);
    let inst = base && base.st ? { cs: base.cs, st: false, user: true } : null;
    if (n.superClass && n.superClass.type === 'Identifier' && this.sceneClasses.has(n.superClass.name)) inst = { cs: ['Phaser.Scene'], st: false, user: true };
    const isScene = inst && this.isSceneType(inst);
    if (isScene) { this.structure.has_scene = true; if (n.id) this.sceneClasses.add(n.id.name); }
    if (isScene) this.lifecycleNames(n.body.body.filter((m) => m.type === 'MethodDefinition' && !m.static && !m.computed && m.key.type === 'Identifier').map((m) => m.key));
    for (const m of n.body.body) {
      if (m.type === 'MethodDefinition' && m.value) {
        const name = !m.computed && m.key.type === 'Identifier' ? m.key.name : null;
        if (isScene && name && SCENE_KEYS.has(name)) this.structure['has_' + name] = true;
        if (isScene && name === 'update' && !m.static) this.updateParams(m.value);
        this.func(m.value, m.static ? ctx : Object.assign({}, ctx, { klass: n }), m.static ? null : inst, name);
      } else if (m.type === 'PropertyDefinition' && m.value) {
        this.expr(m.value, Object.assign({}, ctx, { thisT: inst }));
      }
    }
  }

  // ---- expressions: returns the type or null
  expr(n, ctx) {
    if (!n) return null;
    switch (n.type) {
      case 'Identifier': {
        const key = this.lookup(ctx.scope, n.name);
        if (key) return this.readBinding(key);
        if (n.name === 'Phaser') return { cs: ['Phaser'], st: true };
        return null;
      }
      case 'ThisExpression': return ctx.thisT || null;
      case 'MemberExpression': return this.memberExpr(n, ctx, false);
      case 'ChainExpression': return this.expr(n.expression, ctx);
      case 'CallExpression': return this.call(n, ctx);
      case 'NewExpression': {
        const t = this.expr(n.callee, ctx);
        n.arguments.forEach((a) => this.expr(a, ctx));
        if (t && t.st) {
          const cls = t.cs.filter((c) => typeInfo(c) && typeInfo(c).kind === 'class');
          if (cls.length) {
            if (this.record) { cls.forEach((c) => { this.note('produced', c); this.note('referenced', c); this.hit(c); }); }
            if (cls.includes('Phaser.Game')) this.structure.has_game = true;
            if (cls.includes('Phaser.Game') && n.arguments[0]) this.gameConfig(n.arguments[0], ctx);
            if (this.record && cls.length === 1) this.contracts.checkNew(n, cls[0], ctx);
            return { cs: cls, st: false, exact: true };
          }
        }
        return null;
      }
      case 'AssignmentExpression': {
        const t = this.expr(n.right, ctx);
        if (n.left.type === 'Identifier') { const key = this.lookup(ctx.scope, n.left.name); if (key && n.operator === '=') this.addType(this.bindings.get(key), t); }
        else if (n.left.type === 'MemberExpression') {
          const obj = this.expr(n.left.object, ctx);
          if (!n.left.computed) {
            const name = n.left.property.name;
            if (name === 'physics' && n.operator === '=') this.physicsValue(n.right);
            if (ctx.inUpdate) this.assignedInUpdate.add(name);
            if (obj) this.member(obj, name, false, n.left, true);
            // a user property (not a Phaser member of the receiver): remember the assigned type for later reads
            // (member() answers a write to a user property with the type read from the previous pass)
            const known = obj ? obj.cs.some((c) => findMember(c, name, obj.st)) : false;
            if (known && n.operator === '=') this.noteReplaced(obj, name, t);
            const gameObject = obj ? isGameObjectType(obj)
              : PHASER2_ONLY.has(name) && !this.readsMember(name); // group.get() and the like: a name only Phaser 2 knew
            if (known && this.record && name === 'angle' && isGameObjectType(obj)) this.angleAssigned(n);
            // (a whole object put there that is not an origin, ball.anchor = { x, y: TOP_Y } a place of the program's own,
            // is the program's data, not Phaser 2's anchor of 0..1)
            const ownPlace = n.operator === '=' && n.right.type === 'ObjectExpression' && !n.right.properties.every((q) => q.type === 'Property' && q.value.type === 'Literal' && typeof q.value.value === 'number' && q.value.value >= 0 && q.value.value <= 1);
            if (!known && gameObject && this.record && Object.hasOwn(PHASER2_PROPERTIES, name) && !ownPlace) {
              this.contracts.add('never_fires', true, `${name} = ... is Phaser 2: a Phaser 3 game object has no '${name}', so setting it does nothing (${PHASER2_PROPERTIES[name]})`, n.loc ? n.loc.start.line : null, PHASER2_PROPERTIES[name]);
            }
            if (!known && n.operator === '=') { let slot = this.props.get(name); if (!slot) { slot = { types: new Map(), unknown: false }; this.props.set(name, slot); } this.addType(slot, t); }
          } else this.expr(n.left.property, ctx);
        } else this.bindPattern(n.left, t, ctx);
        return n.operator === '=' ? t : null;
      }
      case 'ObjectExpression': {
        const keys = new Set();
        for (const p of n.properties) if (p.type === 'Property' && !p.computed && p.key) keys.add(p.key.name || p.key.value);
        keys.forEach((k) => this.objectKeys.add(String(k)));
        const sceneLike = ['create', 'preload'].some((k) => keys.has(k));
        if (sceneLike) {
          this.lifecycleNames(n.properties.filter((p) => p.type === 'Property' && !p.computed && p.key && p.key.type === 'Identifier').map((p) => p.key));
          this.structure.has_scene = true;
          for (const k of SCENE_KEYS) if (keys.has(k)) this.structure['has_' + k] = true;
        }
        if (keys.has('physics')) this.physicsProp(n);
        for (const p of n.properties) {
          if (p.type === 'SpreadElement') { this.expr(p.argument, ctx); continue; }
          const key = !p.computed && p.key ? (p.key.name || p.key.value) : null;
          const fn = this.fnFromExpr(p.value, ctx);
          if (sceneLike && fn && key && (SCENE_KEYS.has(key) || fn.type === 'FunctionExpression')) this.setFnThis(fn, { cs: ['Phaser.Scene'], st: false, user: true });
          // scene: { create() {...}, extend: { endGame() {...} } }: Phaser copies extend's members onto the scene
          if (sceneLike && key === 'extend' && p.value && p.value.type === 'ObjectExpression') {
            for (const q of p.value.properties) if (q.type === 'Property') this.setFnThis(this.fnFromExpr(q.value, ctx), { cs: ['Phaser.Scene'], st: false, user: true });
          }
          if (sceneLike && key === 'update') this.updateParams(fn || (p.value && p.value.type === 'ArrowFunctionExpression' ? p.value : null));
          if (p.value.type === 'FunctionExpression') this.func(p.value, ctx, sceneLike ? { cs: ['Phaser.Scene'], st: false, user: true } : this.fnThisType(p.value), key);
          else this.expr(p.value, ctx);
        }
        return null;
      }
      case 'FunctionExpression': this.func(n, ctx, this.fnThisType(n), n.id ? n.id.name : null); return null;
      case 'ArrowFunctionExpression': this.func(n, ctx, null, null); return null;
      case 'ClassExpression': this.klass(n, ctx); return null;
      case 'ConditionalExpression': { this.expr(n.test, ctx); const a = this.expr(n.consequent, ctx); const b = this.expr(n.alternate, ctx); return a && b && a.st === b.st ? { cs: [...new Set(a.cs.concat(b.cs))], st: a.st } : null; }
      case 'LogicalExpression': { const a = this.expr(n.left, ctx); const b = this.expr(n.right, ctx); return n.operator === '&&' ? b : (a && b && a.st === b.st ? { cs: [...new Set(a.cs.concat(b.cs))], st: a.st } : null); }
      case 'SequenceExpression': { let t = null; for (const e of n.expressions) t = this.expr(e, ctx); return t; }
      case 'AwaitExpression': case 'UnaryExpression': case 'UpdateExpression': case 'SpreadElement': case 'YieldExpression': this.expr(n.argument, ctx); return null;
      case 'BinaryExpression': this.keyCompare(n); this.expr(n.left, ctx); this.expr(n.right, ctx); return null;
      case 'ArrayExpression': n.elements.forEach((e) => this.expr(e, ctx)); return null;
      case 'TemplateLiteral': n.expressions.forEach((e) => this.expr(e, ctx)); return null;
      case 'TaggedTemplateExpression': this.expr(n.tag, ctx); this.expr(n.quasi, ctx); return null;
      default: return null;
    }
  }

  gameConfig(arg, ctx) {
    if (arg.type === 'Identifier') {
      // find `const config = {...}` anywhere at top level
      for (const s of this.ast.body) {
        if (s.type === 'VariableDeclaration') for (const d of s.declarations) if (d.id.type === 'Identifier' && d.id.name === arg.name && d.init && d.init.type === 'ObjectExpression') this.gameConfig(d.init, ctx);
      }
      return;
    }
    if (arg.type !== 'ObjectExpression') return;
    for (const p of arg.properties) if (p.type === 'Property' && !p.computed && p.key && (p.key.name || p.key.value) === 'scene' && p.value) this.structure.has_scene = true;
  }

  physicsProp(obj) {
    for (const p of obj.properties) {
      if (p.type === 'Property' && !p.computed && p.key && (p.key.name || p.key.value) === 'physics' && p.value) this.physicsValue(p.value);
    }
  }
  physicsValue(value) {
    if (value.type !== 'ObjectExpression') { this.physicsConfigured = true; return; } // a variable: cannot tell, trust it
    const keys = value.properties.filter((q) => q.type === 'Property' && q.key).map((q) => q.key.name || q.key.value);
    if (value.properties.some((q) => q.type === 'SpreadElement') || keys.some((k) => ['default', 'arcade', 'matter'].includes(k))) this.physicsConfigured = true;
  }

  memberExpr(n, ctx, asCall) {
    const obj = this.expr(n.object, ctx);
    if (n.computed) { this.expr(n.property, ctx); return null; }
    if (n.property.type === 'PrivateIdentifier') return null;
    const name = n.property.name;
    if (n.object.type === 'ThisExpression' && name === 'physics' && ctx.thisT && this.isSceneType(ctx.thisT) && this.record) {
      this.physicsUses.push({ line: n.loc.start.line });
    }
    if (!obj) {
      const t = this.readProp(name);
      return t && n.object.type !== 'ThisExpression' && this.plainData(n.object, ctx) ? { ...t, guess: true } : t;
    }
    return this.member(obj, name, asCall, n, false);
  }

  hit(symbol) { if (this.record) { this.hits.set(symbol, true); if (!this.deadDepth) this.live.hits.add(symbol); } }

  // a use recorded in the whole program, and in its live part when it is not inside a function nothing calls
  note(kind, value) {
    this[kind].add(value);
    if (!this.deadDepth) this.live[kind].add(value);
  }

  // does this expression (likely) hold a plain data object: a name bound to an object literal or to an element of an
  // array of object literals (const level = LEVELS[i]), or such an element itself?
  plainData(n, ctx) {
    if (n.type === 'MemberExpression' && n.computed) return this.literalArray(n.object, ctx);
    if (n.type !== 'Identifier') return false;
    const init = this.declInit(n.name);
    if (!init) return false;
    if (init.type === 'ObjectExpression') return true;
    if (init.type === 'MemberExpression' && init.computed) return this.literalArray(init.object, ctx);
    return false;
  }

  literalArray(n, ctx) {
    let x = n;
    if (x.type === 'MemberExpression' && !x.computed && x.object.type === 'ThisExpression') return false;
    if (x.type === 'Identifier') x = this.declInit(x.name);
    // (or a table of object literals by name: const THEMES = { dark: { player: 0x... }, light: {...} })
    if (x && x.type === 'ObjectExpression') return x.properties.length > 0 && x.properties.every((p) => p.type === 'Property' && p.value.type === 'ObjectExpression');
    return !!x && x.type === 'ArrayExpression' && x.elements.length > 0 && x.elements.every((e) => e && e.type === 'ObjectExpression');
  }

  // the initializer of the (only) declaration of a name in the program
  declInit(name) {
    if (!this.declInits) {
      this.declInits = new Map();
      this.eachNode((d) => {
        if (d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier') return;
        // declared again with the same initializer (const hole = HOLES[this.holeIndex] in two methods): the same value
        const before = this.declInits.get(d.id.name);
        const same = before && d.init && this.code && this.code.slice(before.start, before.end) === this.code.slice(d.init.start, d.init.end);
        this.declInits.set(d.id.name, this.declInits.has(d.id.name) && !same ? null : (same ? before : d.init || null));
      });
    }
    return this.declInits.get(name) || null;
  }

  // `receiver.name = value` where name is a Phaser property typed as a Phaser class and the value is not one of those
  noteReplaced(obj, name, valueType) {
    if (obj.st) return;
    for (const c of obj.cs) {
      const m = findMember(c, name, false);
      if (!m || m.entry.k !== 'p') continue;
      const declared = typeFromNames(m.entry.t, obj);
      if (!declared) continue;
      const same = valueType && !valueType.st && valueType.cs.some((v) => declared.cs.includes(v) || declared.cs.some((d) => ancestors(v).includes(d)));
      if (!same) this.replaced.add(c + '#' + name);
    }
  }

  // resolve `name` on a value of type t; record hit/miss; return the member's type
  member(t, name, asCall, node, isWrite) {
    const found = [];
    for (const c of t.cs) {
      const m = findMember(c, name, t.st);
      if (m) found.push({ c, m });
    }
    if (found.length) {
      const { c, m } = found[0];
      const sep = t.st ? '.' : '#';
      const symbol = c + sep + name;
      const e = m.entry;
      if (e.x) {
        // documented, but throws at runtime ("removed in 3.60")
        if (this.record && !this.misses.has(symbol)) this.misses.set(symbol, { symbol, line: node.loc ? node.loc.start.line : null, call: !!asCall, removed: true, note: e.x });
        return null;
      }
      this.hit(symbol);
      if (e.k === 'c' || e.k === 'n') {
        const full = c + '.' + name;
        if (this.record) this.note('referenced', full);
        return { cs: [full], st: true };
      }
      // a union receiver (Scene#sound: NoAudio | HTML5Audio | WebAudio manager): the value may come from any of them
      const unionType = (key) => {
        const cs = [];
        for (const f of found) { if (f.m.entry.k === e.k) { const r = typeFromNames(f.m.entry[key], t); if (r) cs.push(...r.cs); } }
        return cs.length ? { cs: [...new Set(cs)], st: false } : null;
      };
      if (e.k === 'p' || e.k === 'e') {
        if (e.v !== undefined && this.record) this.note('referenced', symbol);
        if (!isWrite && this.replaced.has(symbol)) return null;
        const pt = unionType('t');
        if (pt && this.record && !isWrite) pt.cs.forEach((x) => this.note('produced', x));
        return pt;
      }
      if (e.k === 'f') {
        if (!asCall) return null;
        const rt = unionType('r');
        if (rt && this.record) rt.cs.forEach((x) => this.note('produced', x));
        return rt;
      }
      return null;
    }
    // not found: decide whether this is a hallucination
    if (OBJECT_MEMBERS.has(name)) return null;
    if (t.st && t.cs.every((c) => typeInfo(c) && typeInfo(c).kind === 'class') && FUNCTION_MEMBERS.has(name)) return null;
    if (t.user || isWrite) return this.readProp(name);
    if (!t.st && this.assignedMembers.has(name)) return this.readProp(name);
    if (!t.st) {
      // a declared base type: the member may live on the concrete subclass
      for (const c of t.cs) for (const d of descendants(c)) if (findMember(d, name, false)) return null;
    }
    if (t.cs.some((c) => !typeInfo(c))) return null;
    // a type guessed from a field's name on an object of unknown kind (level.platforms, where the scene's
    // this.platforms is a group but level is a plain data object): not sure enough to call anything missing
    if (t.guess) return null;
    if (this.record) {
      const sep = t.st ? '.' : '#';
      const symbol = t.cs[0] + sep + name;
      if (!this.misses.has(symbol)) this.misses.set(symbol, { symbol, line: node.loc ? node.loc.start.line : null, call: !!asCall });
    }
    return null;
  }

  // a call that schedules something (delayedCall, addEvent, a tween, setTimeout): its callbacks run that much later
  call(n, ctx) {
    const ms = this.record ? this.schedule.callTime(n) : 0;
    if (!ms) return this.callExpr(n, ctx);
    this.schedule.record(n, this.schedOffset + ms);
    const saved = this.schedOffset;
    this.schedOffset += ms;
    try { return this.callExpr(n, ctx); } finally { this.schedOffset = saved; }
  }

  // the types of a call's arguments given to the parameters of the function it calls (read by its body's next pass)
  paramsFromCall(fn, n, ctx, types) {
    fn.params.forEach((p, i) => {
      const a = n.arguments[i];
      if (p.type !== 'Identifier') return;
      const pkey = fn.start + ':' + p.name;
      // a recursive call handing the parameter on to itself (resolveBoard(scene) inside resolveBoard) tells nothing,
      // and taken as unknown it would keep the parameter unknown for good; so does another function's parameter
      // handed on before any pass has learnt its type (startRound(scene) and explode(scene) calling each other)
      const from = a && a.type === 'Identifier' && !types ? this.lookup(ctx.scope, a.name) : null;
      if (from === pkey) return;
      if (from && this.paramKeys.has(from)) {
        const before = this.prev ? this.prev.bindings.get(from) : null;
        if (!before || (before.types.size === 0 && !before.unknown)) return;
      }
      if (!this.bindings.has(pkey)) this.bindings.set(pkey, { types: new Map(), unknown: false });
      this.addType(this.bindings.get(pkey), types ? (types[i] === undefined ? null : types[i]) : (a ? this.peekType(a, ctx) : null));
    });
  }

  // sprite.angle = t * Math.PI * 2: radians into the property in degrees (the hand turns 1/57 as far)
  angleAssigned(n) {
    const rhs = this.code.slice(n.right.start, n.right.end);
    if (!RADIANS_VALUE.test(rhs) || /\bRadToDeg\s*\(|\b180\b/.test(rhs)) return;
    this.contracts.add('wrong_argument', true, `.angle = ${rhs.length > 40 ? rhs.slice(0, 40) + '…' : rhs}: angle is in degrees and this is radians, so it turns 57 times too little: set .rotation, or use Phaser.Math.RadToDeg()`, n.loc ? n.loc.start.line : null, 'degrees');
  }

  // a game object's own pointer handler written (pointer, gameObject): the object calls it with (pointer, localX,
  // localY, event), so the second parameter is a number and reading a field of it finds nothing
  pointerHandlerParams(fnNode, ev) {
    if (!this.record || !fnNode || !/^(pointerdown|pointerup|pointerover|pointerout|pointermove)$/.test(ev || '')) return;
    if (!['FunctionExpression', 'ArrowFunctionExpression'].includes(fnNode.type) || fnNode.params.length < 2 || fnNode.params[1].type !== 'Identifier') return;
    const second = fnNode.params[1].name;
    const used = new RegExp(`\\b${second.replace(/\$/g, '\\$')}\\s*\\.\\s*[A-Za-z_$]`);
    if (!used.test(this.code.slice(fnNode.body.start, fnNode.body.end))) return;
    this.contracts.add('wrong_argument', true, `on('${ev}', (…, ${second}) => ${second}.…): a game object calls its own '${ev}' handler with (pointer, localX, localY, event), so '${second}' is a number (this.input.on('gameobject${ev.slice(7)}', (pointer, gameObject) => …) passes the object)`, fnNode.loc ? fnNode.loc.start.line : null, '(pointer, localX, localY, event)');
  }

  // event.key === 'Space': a KeyboardEvent's key for the space bar is ' ' ('Space' is its code), so this is never true
  keyCompare(n) {
    if (!this.record || !['===', '==', '!==', '!='].includes(n.operator)) return;
    const sides = [[n.left, n.right], [n.right, n.left]];
    for (const [a, b] of sides) {
      if (a.type !== 'MemberExpression' || a.computed || a.property.type !== 'Identifier' || a.property.name !== 'key') continue;
      if (b.type !== 'Literal' || typeof b.value !== 'string' || !CODE_NOT_KEY.test(b.value)) continue;
      const key = b.value === 'Space' || b.value === 'Spacebar' ? "' '" : /^Key/.test(b.value) ? `'${b.value.slice(3).toLowerCase()}'` : /^Digit/.test(b.value) ? `'${b.value.slice(5)}'` : 'the key itself';
      this.contracts.add('never_fires', true, `.key ${n.operator} '${b.value}': '${b.value}' is a KeyboardEvent code, never a key (the key is ${key}; compare event.code, or use this.input.keyboard.on('keydown-SPACE'))`, n.loc ? n.loc.start.line : null, 'a KeyboardEvent key');
      return;
    }
  }

  // on('fadeoutcomplete'): a Phaser event name without its prefix ('camerafadeoutcomplete') or its ending
  // ('keycombo' for 'keycombomatch'), which nothing emits
  // (checked in the code too: the handler may sit where the run never gets, behind a level's end)
  unprefixedEvent(ev, node) {
    if (!ev || ev.length < 8 || /^(pre|post)?(update|render)$/.test(ev)) return;
    if (!phaserEventNames) phaserEventNames = [...new Set(Object.values(MODEL.events || {}).filter((v) => typeof v === 'string'))];
    if (phaserEventNames.includes(ev)) return;
    // 'fadeoutcomplete' for 'camerafadeoutcomplete', 'keycombo' for 'keycombomatch'
    const full = phaserEventNames.find((name) => name.length > ev.length && name.endsWith(ev))
      || phaserEventNames.find((name) => name.length > ev.length && name.startsWith(ev) && !/[-_:]$/.test(name));
    if (!full || new RegExp(`emit\\s*\\(\\s*['"\`]${ev.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(this.code)) return;
    this.contracts.add('never_fires', true, `on('${ev}'): no Phaser object emits '${ev}' and the program never does: Phaser's event is '${full}', so the handler never runs`, node.loc ? node.loc.start.line : null, full);
  }

  // this.input.on('pointerdrag'): the input plugin emits only its own events (Phaser.Input.Events: pointer, game
  // object, drag and wheel ones); any other name, that the program does not emit itself, never fires
  inputEventUnknown(ev, node) {
    if (!ev || /^(keydown|keyup)/.test(ev)) return;
    if (!inputEventNames) inputEventNames = new Set(Object.entries(MODEL.events || {}).filter(([k, v]) => /^Phaser\.(Input\.Events|Scenes\.Events)\./.test(k) && typeof v === 'string').map(([, v]) => v));
    if (!inputEventNames.size || inputEventNames.has(ev)) return;
    if (new RegExp(`emit\\s*\\(\\s*['"\`]${ev.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(this.code)) return;
    const near = [...inputEventNames].filter((n) => /^(pointer|gameobject|drag|drop|wheel)/.test(n)).sort().join("', '");
    this.contracts.add('never_fires', true, `this.input.on('${ev}'): the input plugin never emits '${ev}' and the program does not either, so the handler never runs (its events: '${near}')`, node.loc ? node.loc.start.line : null, 'an input event');
  }

  // does the program read `.name` anywhere (not only assign it)?
  readsMember(name) {
    const re = new RegExp(`\\.${name}\\b(?!\\s*=[^=])`);
    return re.test(this.code || '');
  }

  // Math.cos(ship.angle), velocityFromAngle(turret.rotation, ...): a game object's angle in degrees where radians go,
  // or its rotation in radians where degrees go
  angleUnits(n, ctx) {
    const callee = n.callee;
    const arg = n.arguments[0];
    if (!arg || arg.type !== 'MemberExpression' || arg.computed || arg.property.type !== 'Identifier') return;
    const unit = arg.property.name === 'angle' ? 'deg' : arg.property.name === 'rotation' ? 'rad' : null;
    if (!unit) return;
    const fn = memberPath(callee) || (callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : null);
    if (!fn) return;
    const short = fn.startsWith('Math.') ? fn : fn.split('.').pop();
    const wants = RADIANS_IN.has(short) ? 'rad' : DEGREES_IN.has(short) ? 'deg' : null;
    if (!wants || wants === unit) return;
    if (!isGameObjectType(this.peekType(arg.object, ctx))) return;
    const fix = unit === 'deg' ? 'use .rotation (radians)' : 'use .angle (degrees)';
    this.contracts.add('wrong_argument', true, `${short}(… .${arg.property.name}): a game object's ${arg.property.name} is in ${unit === 'deg' ? 'degrees' : 'radians'}, and ${short}() takes ${wants === 'deg' ? 'degrees' : 'radians'} (${fix})`, n.loc ? n.loc.start.line : null, wants === 'deg' ? 'degrees' : 'radians');
  }

  // this.physics.overlap(a, b, callback) straight in create(): it tests once, at that moment (often before anything
  // exists), and never again; this.physics.add.overlap keeps testing every frame
  oneShotTest(n, ctx, recv, name) {
    if (!ctx.once || !['overlap', 'collide'].includes(name) || n.arguments.length < 3) return;
    if (!recv || recv.st || !recv.cs.includes('Phaser.Physics.Arcade.ArcadePhysics')) return;
    this.contracts.add('never_fires', true, `physics.${name}(a, b, callback) in create() tests once, when create() runs, and never again: use this.physics.add.${name === 'collide' ? 'collider' : 'overlap'}(a, b, callback) to test every frame (or call it from update())`, n.loc ? n.loc.start.line : null, `this.physics.add.${name === 'collide' ? 'collider' : 'overlap'}`);
  }

  gainMatterMethods(arg, ctx) {
    const t = { cs: MATTER_COMPONENTS.filter((c) => typeInfo(c)), st: false };
    if (!t.cs.length) return;
    if (arg.type === 'Identifier') { const key = this.lookup(ctx.scope, arg.name); if (key) this.addType(this.bindings.get(key), t); return; }
    if (arg.type === 'MemberExpression' && !arg.computed && arg.object.type === 'ThisExpression') {
      const slot = this.props.get(arg.property.name);
      if (slot) this.addType(slot, t);
    }
  }

  // this.pickUp in an object scene: the function under that key in the scene's object or its `extend` (the only
  // function of that key in the program; null when there are none or several)
  objectSceneMethod(x) {
    if (x.type !== 'MemberExpression' || x.computed || x.object.type !== 'ThisExpression') return null;
    if (!this.keyedFunctions) {
      this.keyedFunctions = new Map();
      const stack = [this.ast];
      while (stack.length) {
        const n = stack.pop();
        if (n.type === 'Property' && !n.computed && n.key && n.key.type === 'Identifier' && /Function/.test(n.value.type)) {
          this.keyedFunctions.set(n.key.name, this.keyedFunctions.has(n.key.name) ? null : n.value);
        }
        for (const k in n) {
          if (k === 'loc' || k === 'range' || k === 'parent' || k === 'tokens' || k === 'comments') continue; // (eslint's tree links each node to its parent)
          const v = n[k];
          if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') stack.push(c); } else if (v && typeof v.type === 'string') stack.push(v);
        }
      }
    }
    return this.keyedFunctions.get(x.property.name) || null;
  }

  // overlap(player, stars, (star, p) => star.disableBody(...)): Arcade calls back with the objects in the order it
  // tests them, the single object first when the other is a group (collider(stars, player) calls (player, star)), so
  // a callback whose parameters are named for the other order works on the wrong object
  callbackOrder(n, ctx, recv, name) {
    if (!['overlap', 'collider'].includes(name) || n.arguments.length < 3 || !recv || recv.st || !recv.cs.includes('Phaser.Physics.Arcade.Factory')) return;
    const [a, b, given] = n.arguments;
    // inline, or a function or method named here (overlap(bullets, boss, onBossHit))
    const method = (x) => (x.type === 'MemberExpression' && !x.computed && x.object.type === 'ThisExpression' && ctx.klass
      ? (ctx.klass.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'method' && !m.static && !m.computed && m.key.name === x.property.name) || {}).value || null : null);
    const fn = given && /Function/.test(given.type) ? given : given ? this.fnFromExpr(given, ctx) || method(given) || this.objectSceneMethod(given) : null;
    if (!fn || fn.params.length < 2 || fn.params.some((p, i) => i < 2 && p.type !== 'Identifier')) return;
    const shown = (x) => (x.type === 'Identifier' ? x.name : x.type === 'MemberExpression' && !x.computed && x.property.type === 'Identifier' ? x.property.name : null);
    const display = new Map([[shown(a) && shown(a).toLowerCase(), shown(a)], [shown(b) && shown(b).toLowerCase(), shown(b)]]);
    const [na, nb] = [shown(a) && shown(a).toLowerCase(), shown(b) && shown(b).toLowerCase()];
    if (!na || !nb || na === nb) return;
    const names = (param, op) => {
      const p = param.toLowerCase();
      return p === op || (op.endsWith('s') && (p === op.slice(0, -1) || (op.endsWith('es') && p === op.slice(0, -2)) || (op.endsWith('ies') && p === op.slice(0, -3) + 'y')))
        || (op.endsWith('group') && p === op.slice(0, -5)) || (op.endsWith('pool') && p === op.slice(0, -4))
        || (p.length >= 4 && op.length > p.length + 1 && (op.endsWith(p + 's') || op.endsWith(p + 'es'))); // enemyBullets -> bullet
    };
    const plural = (op, param) => names(param, op) && param.toLowerCase() !== op;
    const group = (x, op, param) => { const t = this.peekType(x, ctx); return t ? isGroupType(t) : plural(op, param); };
    const [p0, p1] = [fn.params[0].name, fn.params[1].name];
    const ga = group(a, na, p0) || group(a, na, p1);
    const gb = group(b, nb, p0) || group(b, nb, p1);
    const [first, second] = ga && !gb ? [nb, na] : [na, nb];
    const wrong = (names(p0, second) && !names(p0, first)) || (names(p1, first) && !names(p1, second));
    if (!wrong) return;
    const groupOf = (op) => (op === na ? ga : gb);
    const what = (op) => (groupOf(op) ? `a member of ${display.get(op)}` : display.get(op));
    const swapped = ga && !gb ? ' (the single object comes first even when the group is given first)' : '';
    this.contracts.add('wrong_argument', true, `${name}(${display.get(na)}, ${display.get(nb)}, (${p0}, ${p1}) => ...): Arcade calls the callback with (${what(first)}, ${what(second)})${swapped}, so '${p0}' is ${what(first)} and '${p1}' ${what(second)}: the callback works on the wrong objects (name the parameters in that order)`, fn.loc ? fn.loc.start.line : n.loc.start.line, `(${display.get(first)}, ${display.get(second)})`);
  }

  callExpr(n, ctx) {
    const callee = n.callee;
    if (this.record) this.angleUnits(n, ctx);
    let ret = null;
    let recv = null;
    let name = null;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      recv = this.expr(callee.object, ctx);
      name = callee.property.name;
      if (this.record) { this.note('calls', name); if (ctx.inUpdate) this.callsInUpdate.add(name); }
      if (n.callee.object.type === 'ThisExpression' && name === 'physics') this.physicsUses.push({ line: n.loc.start.line });
      ret = recv ? this.member(recv, name, true, callee, false) : null;
      if (this.record) this.oneShotTest(n, ctx, recv, name);
      if (this.record) this.callbackOrder(n, ctx, recv, name);
      if (this.record && (name === 'get' || name === 'getFirstDead') && isGroupType(recv)) this.groupFetches.push({ name, line: n.loc.start.line });
      if (name === 'call' || name === 'apply' || name === 'bind') {
        const fn = this.fnFromExpr(callee.object, ctx);
        if (fn && n.arguments[0]) this.setFnThis(fn, this.peekType(n.arguments[0], ctx));
      }
      // this.setHand(this.hourHand, 0.25) in a class: the method's parameters get the arguments' types, as a helper
      // function's do
      if (callee.object.type === 'ThisExpression' && ctx.klass) {
        const m = ctx.klass.body.body.find((d) => d.type === 'MethodDefinition' && !d.static && d.kind === 'method' && !d.computed && d.key && d.key.name === name);
        if (m) this.paramsFromCall(m.value, n, ctx);
      }
    } else if (callee.type === 'Identifier') {
      const key = this.lookup(ctx.scope, callee.name);
      if (this.record) this.note('calls', callee.name);
      const fn = key ? this.fnDecls.get(key) : null;
      // call-site inference for helper parameters: helper(graphics, x, y); the call is what the helper returns
      if (fn) { this.paramsFromCall(fn, n, ctx); if (this.prev && fn.body.type === 'BlockStatement') ret = this.slotType(this.prev.returns.get(fn.start)); }
    } else {
      this.expr(callee, ctx);
    }

    // callbacks and their `this`
    const args = n.arguments;
    if (this.record && recv && name) this.contracts.checkCallbacks(n, recv, name, ctx);
    if (name && ['on', 'once', 'addListener'].includes(name) && args.length >= 2) {
      const ev = this.eventName(args[0], ctx);
      if (ev && this.record) this.note('events', ev);
      const fnNode = args[1];
      const thisT = args[2] ? this.peekType(args[2], ctx) : recv;
      const params = this.eventParams(ev, recv);
      if (this.record) this.unprefixedEvent(ev, args[0]);
      if (this.record && recv && !recv.st && recv.cs.length === 1 && recv.cs[0] === 'Phaser.Input.InputPlugin') this.inputEventUnknown(ev, args[0]);
      if (isGameObjectType(recv)) this.pointerHandlerParams(fnNode, ev);
      this.expr(args[0], ctx);
      this.callback(fnNode, ctx, thisT, params);
      for (let i = 2; i < args.length; i++) this.expr(args[i], ctx);
      return ret;
    }
    // this.matter.add.gameObject(shape, ...) gives the shape itself Matter's methods (setCollisionCategory, setVelocity...)
    if (name === 'gameObject' && recv && recv.cs.includes('Phaser.Physics.Matter.Factory') && args[0]) this.gainMatterMethods(args[0], ctx);
    // collider(a, b, onHit, process, this): the callbacks run with `this` the context given
    if ((name === 'collider' || name === 'overlap' || name === 'addCollider' || name === 'addOverlap') && args.length >= 5) {
      const thisT = this.peekType(args[4], ctx);
      for (const i of [2, 3]) {
        const decl = args[i] && args[i].type !== 'FunctionExpression' ? this.fnFromExpr(args[i], ctx) : null;
        if (decl) this.setFnThis(decl, thisT);
        else if (args[i] && args[i].type === 'FunctionExpression') this.setFnThis(args[i], thisT);
      }
    }
    if (name === 'delayedCall' && args.length >= 2) {
      if (this.record && recv) this.contracts.checkCall(n, recv, name, ctx); // delayedCall(() => ..., 400): swapped
      this.expr(args[0], ctx);
      this.callback(args[1], ctx, args[3] ? this.peekType(args[3], ctx) : null, []);
      for (let i = 2; i < args.length; i++) if (i !== 1) this.expr(args[i], ctx);
      return ret;
    }
    if (args.length && args[0].type === 'ObjectExpression' && args[0].properties.some((p) => p.type === 'Property' && p.key && (p.key.name === 'callbackScope' || p.key.name === 'callback' || /^on[A-Z]/.test(p.key.name || '')))) {
      const obj = args[0];
      const scopeProp = obj.properties.find((p) => p.type === 'Property' && p.key && p.key.name === 'callbackScope');
      const thisT = scopeProp ? this.peekType(scopeProp.value, ctx) : null;
      for (const p of obj.properties) {
        if (p.type === 'Property' && p.value && p.value.type === 'FunctionExpression') this.setFnThis(p.value, thisT);
        const fnDecl = p.type === 'Property' && p.value && p.value.type === 'Identifier' ? this.fnFromExpr(p.value, ctx) : null;
        if (fnDecl) this.setFnThis(fnDecl, thisT);
      }
    }
    // scene.tweens.add({...}) on a scene whose type is not known here (a helper's parameter): its callbacks' `this`
    if (this.record && !recv && name && /^(add|addCounter)$/.test(name) && callee.type === 'MemberExpression' && !callee.computed
        && callee.object.type === 'MemberExpression' && !callee.object.computed && callee.object.property.name === 'tweens') {
      this.contracts.tweenCallbacksOutsideClasses(n, 'Phaser.Tweens.TweenManager', name);
    }
    if (this.record && recv) this.contracts.checkCall(n, recv, name, ctx);
    else if (name === 'fillPoints' || name === 'strokePoints') this.checkPoints(n, ctx, recv);
    for (const a of args) {
      if (a.type === 'FunctionExpression') this.func(a, ctx, this.fnThisType(a), null);
      else this.expr(a, ctx);
    }
    return ret;
  }

  callback(fnNode, ctx, thisT, params) {
    if (!fnNode) return;
    if (fnNode.type === 'FunctionExpression') { this.setFnThis(fnNode, thisT); this.func(fnNode, ctx, this.fnThisType(fnNode), null, params); return; }
    if (fnNode.type === 'ArrowFunctionExpression') { this.func(fnNode, ctx, null, null, params); return; }
    const decl = this.fnFromExpr(fnNode, ctx);
    if (decl) this.setFnThis(decl, thisT);
    // a handler kept in a name (const track = (pointer) => ...; on('pointermove', track)): its parameters get the
    // event's argument types, as a helper's get its call's
    if (decl && params && params.length) this.paramsFromCall(decl, { arguments: [] }, ctx, params);
    this.expr(fnNode, ctx);
  }

  // the type of an expression without recording anything (used for context arguments)
  peekType(n, ctx) { const rec = this.record; this.record = false; try { return this.expr(n, ctx); } finally { this.record = rec; } }

  eventName(arg, ctx) {
    if (!arg) return null;
    if (arg.type === 'Literal' && typeof arg.value === 'string') return arg.value;
    if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg.quasis[0].value.cooked;
    if (arg.type === 'MemberExpression') {
      const path = memberPath(arg);
      if (path && MODEL.events[path] !== undefined) return MODEL.events[path];
    }
    return null;
  }

  eventParams(ev, recv) {
    if (!ev || !POINTER_EVENTS.test(ev)) return [];
    const pointer = typeInfo('Phaser.Input.Pointer') ? { cs: ['Phaser.Input.Pointer'], st: false } : null;
    return [pointer];
  }

  checkPoints(n, ctx, recv) {
    const arg = n.arguments[0];
    let arr = arg && arg.type === 'ArrayExpression' ? arg : null;
    if (arg && arg.type === 'Identifier') {
      const stack = [this.ast];
      while (stack.length && !arr) {
        const s = stack.pop();
        if (!s || typeof s.type !== 'string') continue;
        if (s.type === 'VariableDeclarator' && s.id.type === 'Identifier' && s.id.name === arg.name && s.init && s.init.type === 'ArrayExpression') { arr = s.init; break; }
        for (const k in s) { if (SKIP_KEYS.has(k)) continue; const v = s[k]; if (Array.isArray(v)) v.forEach((c) => c && typeof c.type === 'string' && stack.push(c)); else if (v && typeof v.type === 'string') stack.push(v); }
      }
    }
    if (!arr || arr.elements.length < 2 || !this.record) return;
    const numeric = (e) => e && (e.type === 'Literal' && typeof e.value === 'number' || e.type === 'BinaryExpression' || e.type === 'UnaryExpression');
    if (arr.elements.every(numeric)) {
      this.misuse.push({ code: 'flat_points', certain: true, message: `${n.callee.property.name}() expects an array of {x, y} points, got flat numbers (nothing is drawn)`, line: n.loc.start.line, expected: 'Phaser.Geom.Point[]' });
    }
  }
}

function memberPath(n) {
  const parts = [];
  let cur = n;
  while (cur && cur.type === 'MemberExpression' && !cur.computed) { parts.unshift(cur.property.name); cur = cur.object; }
  if (cur && cur.type === 'Identifier') { parts.unshift(cur.name); return parts.join('.'); }
  return null;
}

// Module programs run in the page as classic scripts inside a strict function (a module's names stay out of window
// and its `this` is undefined): `import ... from 'phaser'` becomes the global, `export` keywords go; any other
// import stays and fails at runtime as it would in a browser. A classic program runs as it is.
function runnableModule(ast, code) {
  const edits = [];
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration' && /^phaser$/i.test(String(node.source.value))) {
      const names = node.specifiers.map((sp) => sp.local.name).filter((n) => n !== 'Phaser');
      edits.push([node.start, node.end, names.map((n) => `const ${n} = window.Phaser;`).join(' ')]);
    } else if (node.type === 'ExportNamedDeclaration') {
      if (node.declaration) edits.push([node.start, node.declaration.start, '']);
      else edits.push([node.start, node.end, '']);
    } else if (node.type === 'ExportDefaultDeclaration') {
      edits.push([node.start, node.declaration.start, 'const __mcDefault = ']);
    } else if (node.type === 'ExportAllDeclaration') {
      edits.push([node.start, node.end, '']);
    }
  }
  let out = code;
  for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) {
    // keep the line count so runtime error lines still point at the original code
    const removed = out.slice(a, b);
    const newlines = (removed.match(/\n/g) || []).length;
    out = out.slice(0, a) + text + '\n'.repeat(newlines) + out.slice(b);
  }
  return "(function () {'use strict'; " + out + '\n}).call(undefined);';
}

// ---------------------------------------------------------------- protocol
const ms = (a, b) => Number(b - a) / 1e6;

// What ESLint's no-restricted-syntax selectors find (oxlint has no esquery): require(...) and import(...). And
// whether the program declares a function inside a block: oxlint scopes it by Annex B (sloppy scripts hoist it),
// ESLint's scope analysis to the block, so there ESLint judges (a name used outside the block is undefined).
function astChecks(ast) {
  const syntax = [];
  let blockFunctions = false;
  let importCalls = false;
  const stack = [[ast, null, false]];
  while (stack.length) {
    const [n, parent, fnBody] = stack.pop();
    if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require') {
      syntax.push({ ruleId: 'no-restricted-syntax', severity: 2, message: REQUIRE_MESSAGE, line: n.loc.start.line, column: n.loc.start.column + 1 });
    } else if (n.type === 'ImportExpression') {
      importCalls = true;
      syntax.push({ ruleId: 'no-restricted-syntax', severity: 2, message: IMPORT_MESSAGE, line: n.loc.start.line, column: n.loc.start.column + 1 });
    } else if (n.type === 'FunctionDeclaration' && parent && parent.type !== 'Program' && !fnBody && !/^Export/.test(parent.type)) {
      blockFunctions = true;
    }
    const isFn = /Function/.test(n.type);
    for (const k in n) {
      if (SKIP_KEYS.has(k)) continue;
      const v = n[k];
      if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') stack.push([c, n, false]); } else if (v && typeof v.type === 'string') stack.push([v, n, isFn && k === 'body']);
    }
  }
  return { syntax, blockFunctions, importCalls };
}

// Where oxlint is stricter than ESLint, ESLint judges: no-implied-eval on `self.setTimeout('...')` (ESLint
// checks window, global and globalThis), no-restricted-imports on a dynamic import() (ESLint: no-restricted-syntax
// only). Both are rejected either way; the lint messages stay ESLint's.
function oxlintAgrees(job, messages) {
  for (const m of messages) {
    if (m.ruleId === 'no-implied-eval' && /\bself\b/.test(job.code)) return false;
    if (m.ruleId === 'no-restricted-imports' && job.checks.importCalls) return false;
  }
  return true;
}

// ESLint's order: by line, then column (a stable sort: messages at one position keep their order)
function byPosition(messages) {
  return messages.sort((a, b) => (a.line - b.line) || (a.column - b.column));
}

function eslintMessages(code, sourceType) {
  return linter().verify(code, lintConfigFor(sourceType), VERIFY_OPTIONS);
}

// L1's parse and, for ESLint, its lint; L2/L4's analysis. Returns the answer and, for oxlint, the lint job.
function analyzeOne(code) {
  const out = { parse_ok: false, source_type: null, syntax_error: null, lint: [], api: null };
  const t0 = process.hrtime.bigint();
  let parsed = null;
  let messages = null;
  if (ENGINE === 'eslint') {
    // One parse in the common case: ESLint parses the program as a script (espree, which is acorn with the
    // same ecmaVersion) and its AST serves L2/L4. Only when that fails does acorn decide between a syntax
    // error and a module, as before.
    messages = eslintMessages(code, 'script');
    if (!messages.some((m) => m.fatal)) {
      parsed = { ast: linter().getSourceCode().ast, sourceType: 'script' };
    } else {
      parsed = parse(code);
      messages = null;
    }
  } else {
    parsed = parse(code);
  }
  const t1 = process.hrtime.bigint();
  out.timing = { parse_ms: ms(t0, t1), lint_ms: 0, api_ms: 0 };
  if (parsed.error) { out.syntax_error = parsed.error; return { out }; }
  out.parse_ok = true;
  out.source_type = parsed.sourceType;
  if (parsed.sourceType === 'module') out.runnable = runnableModule(parsed.ast, code);
  let job = null;
  if (ENGINE === 'eslint') {
    out.lint = lint(code, parsed.sourceType, messages || eslintMessages(code, parsed.sourceType));
    out.lint_engine = 'eslint';
  } else {
    job = { code, sourceType: parsed.sourceType, comments: parsed.comments, checks: astChecks(parsed.ast) };
  }
  const t2 = process.hrtime.bigint();
  try {
    out.api = new Analysis(parsed.ast, code).run();
  } catch (err) {
    out.api_error = String(err && err.stack || err);
  }
  out.timing.lint_ms = ms(t1, t2);
  out.timing.api_ms = ms(t2, process.hrtime.bigint());
  return { out, job };
}

async function analyzeBatch(codes) {
  const done = codes.map((code) => analyzeOne(String(code || '')));
  const jobs = done.filter((d) => d.job);
  if (!jobs.length) return done.map((d) => d.out);
  const t0 = process.hrtime.bigint();
  const viaOxlint = jobs.filter((d) => !d.job.checks.blockFunctions && !OXLINT.namesBuiltinOnlyHere(d.job.code));
  let found = viaOxlint.map(() => null);
  try {
    if (viaOxlint.length) found = await OXLINT.lintBatch(viaOxlint.map((d) => d.job));
  } catch (err) {
    process.stderr.write(`oxlint failed, this batch is linted with ESLint: ${err && err.message}\n`);
  }
  const each = ms(t0, process.hrtime.bigint()) / jobs.length;
  for (const d of jobs) {
    const t = process.hrtime.bigint();
    const k = viaOxlint.indexOf(d);
    const agreed = k >= 0 && found[k] && oxlintAgrees(d.job, found[k]);
    const messages = agreed ? byPosition(d.job.checks.syntax.concat(found[k])) : eslintMessages(d.job.code, d.job.sourceType);
    d.out.lint = lint(d.job.code, d.job.sourceType, messages);
    d.out.lint_engine = agreed ? 'oxlint' : 'eslint';
    d.out.timing.lint_ms += each + ms(t, process.hrtime.bigint());
  }
  return done.map((d) => d.out);
}

async function init(req) {
  if (req.model_path) MODEL = JSON.parse(fs.readFileSync(req.model_path, 'utf8'));
  descCache.clear();
  phaserEventNames = null;
  ancestorCache.clear();
  memberCache.clear();
  const opts = req.lint || {};
  LINT_CONFIG = buildLintConfig(opts);
  lintConfigs.clear();
  if (OXLINT) { OXLINT.close(); OXLINT = null; }
  ENGINE = 'eslint';
  let note = null;
  if ((opts.engine || 'oxlint') === 'oxlint') {
    if (oxlintInstalled()) {
      OXLINT = new OxlintLinter(oxlintRules(), oxlintGlobals());
      OXLINT.start();
      await OXLINT.probe(builtinCandidates());
      ENGINE = 'oxlint';
    } else {
      note = 'oxlint is not installed (run `npm ci` in the project root): L1 lints with ESLint, which is slower';
    }
  }
  return { ok: true, types: Object.keys(MODEL.types || {}).length, engine: ENGINE, note };
}

// the ESLint rules but no-restricted-syntax, whose two selectors restrictedSyntax() checks
function oxlintRules() {
  const rules = Object.assign({}, LINT_CONFIG[0].rules);
  delete rules['no-restricted-syntax'];
  return rules;
}

// every global ESLint declares for these programs: ES2022's built-ins, the browser's, Phaser and the extras
function oxlintGlobals() {
  const declared = Object.assign({}, eslintBuiltins(), LINT_CONFIG[0].languageOptions.globals);
  const out = {};
  for (const [name, value] of Object.entries(declared)) {
    if (value === 'off') continue;
    out[name] = value === true || value === 'writable' || value === 'writeable' ? 'writable' : 'readonly';
  }
  return out;
}

function eslintBuiltins() {
  try {
    return require(path.join(path.dirname(require.resolve('eslint')), '..', 'conf', 'globals.js')).es2022;
  } catch (err) {
    return globals.es2021;
  }
}

function builtinCandidates() {
  const names = new Set();
  for (const [env, table] of Object.entries(globals)) if (/^(builtin|es\d+|shared-node-browser|worker|serviceworker|node|commonjs|nodeBuiltin)$/.test(env)) for (const n of Object.keys(table)) names.add(n);
  return [...names];
}

async function handle(req) {
  switch (req.op) {
    case 'init': return init(req);
    case 'analyze':
      if (!LINT_CONFIG) await init({});
      return Object.assign({ ok: true }, (await analyzeBatch([req.code]))[0]);
    case 'analyze_batch':
      if (!LINT_CONFIG) await init({});
      return { ok: true, results: await analyzeBatch(Array.isArray(req.codes) ? req.codes : []) };
    case 'ping': return { ok: true, pid: process.pid, engine: ENGINE, oxlint_pid: OXLINT && OXLINT.proc ? OXLINT.proc.pid : null };
    default: return { ok: false, error: 'unknown op ' + req.op };
  }
}

async function serve(line) {
  let req;
  try { req = JSON.parse(line); } catch (err) { process.stdout.write(JSON.stringify({ id: null, ok: false, error: 'bad request: ' + err.message }) + '\n'); return; }
  let res;
  try { res = await handle(req); } catch (err) { res = { ok: false, error: String(err && err.stack || err) }; }
  res.id = req.id;
  process.stdout.write(JSON.stringify(res) + '\n');
}

// requests are answered one at a time, in order (a batch may wait on oxlint)
let served = Promise.resolve();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => { if (line.trim()) served = served.then(() => serve(line)); });
rl.on('close', () => served.then(() => { if (OXLINT) OXLINT.close(); process.exit(0); }));
