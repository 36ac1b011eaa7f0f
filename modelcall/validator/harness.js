// modelcall L3 harness. An init script of the page puts this function expression, uncalled, on the top window
// under a secret name; after phaser.min.js and before the program the host takes it off the window, calls it over
// the protocol (CDP Runtime.callFunctionOn) and keeps the returned controller as a protocol handle: nothing of the
// harness is reachable from the page's globals when the program runs. It steps Phaser games with a fake clock,
// drives synthetic input and reports errors through a CDP binding that it takes off `window` at once.
//
// Everything the harness itself relies on after the program has run (Reflect.apply, Map, prototype methods,
// constructors, getters) is captured here, before the program runs, so a program that patches globals or
// prototypes can break itself but cannot change what the harness records or reports. Functions the harness
// puts in the page (timers, Math.random, Date.now, Phaser.Game, console methods) look native to toString.
(function (BINDING, OPTS) {
  'use strict';
  const G = globalThis;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const deleteProperty = Reflect.deleteProperty;
  const defineProperty = Object.defineProperty;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const objectKeys = Object.keys;
  const objectAssign = Object.assign;
  const promiseThen = Promise.prototype.then;
  const DOMExceptionC = typeof DOMException === 'function' ? DOMException : Error;
  const isArray = Array.isArray;
  const jsonStringify = JSON.stringify;
  const arrayIncludes = Array.prototype.includes;
  const mathMax = Math.max;
  const mathMin = Math.min;
  const mathFloor = Math.floor;
  const mathRound = Math.round;
  const mathCeil = Math.ceil;
  const mathAbs = Math.abs;
  const mathPI = Math.PI;
  const mathImul = Math.imul;
  const mathSqrt = Math.sqrt;
  const mathSin = Math.sin;
  const NumberC = Number;
  const numberIsNaN = Number.isNaN;
  const numberToString = Number.prototype.toString;
  const StringC = String;
  const isFiniteF = isFinite;
  const EventC = Event;
  const PageTransitionEventC = PageTransitionEvent;
  const MouseEventC = MouseEvent;
  const WheelEventC = WheelEvent;
  const KeyboardEventC = KeyboardEvent;
  const PromiseC = Promise;
  const MapC = Map;
  const WeakMapC = WeakMap;
  const WeakSetC = WeakSet;
  const TypeErrorC = TypeError;
  const ErrorC = Error;
  const captureStackTrace = Error.captureStackTrace;
  const strSlice = String.prototype.slice;
  const strIncludes = String.prototype.includes;
  const strReplaceAll = String.prototype.replaceAll;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapHas = Map.prototype.has;
  const mapDelete = Map.prototype.delete;
  const mapForEach = Map.prototype.forEach;
  const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const weakMapGet = WeakMap.prototype.get;
  const weakMapHas = WeakMap.prototype.has;
  const weakMapSet = WeakMap.prototype.set;
  const weakSetHas = WeakSet.prototype.has;
  const weakSetAdd = WeakSet.prototype.add;
  const regexpExec = RegExp.prototype.exec;
  const fnToString = Function.prototype.toString;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const realAdd = EventTarget.prototype.addEventListener;
  const getRect = Element.prototype.getBoundingClientRect;
  const screenXGet = (Object.getOwnPropertyDescriptor(G, 'screenX') || {}).get;
  const screenYGet = (Object.getOwnPropertyDescriptor(G, 'screenY') || {}).get;
  const screenLeft = () => { try { return screenXGet ? apply(screenXGet, G, []) : 0; } catch (e) { return 0; } };
  const screenTop = () => { try { return screenYGet ? apply(screenYGet, G, []) : 0; } catch (e) { return 0; } };
  const createElement = Document.prototype.createElement;
  const appendChild = Node.prototype.appendChild;
  const removeNode = Element.prototype.remove;
  const textContentSet = getOwnPropertyDescriptor(Node.prototype, 'textContent').set;
  const getContext = HTMLCanvasElement.prototype.getContext;
  const toDataURL = HTMLCanvasElement.prototype.toDataURL;
  const canvasWidth = getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width');
  const canvasHeight = getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'height');
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  const getImageData = CanvasRenderingContext2D.prototype.getImageData;
  const imageDataData = getOwnPropertyDescriptor(ImageData.prototype, 'data').get;
  const Uint32ArrayC = Uint32Array;
  const Uint8ArrayC = Uint8Array;
  const typedArrayFill = Uint8Array.prototype.fill;
  const typedArraySort = Object.getPrototypeOf(Uint8Array.prototype).sort;
  const typedArrayLastIndexOf = Object.getPrototypeOf(Uint8Array.prototype).lastIndexOf;
  const typedArrayBuffer = getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'buffer').get;
  const textDecode = TextDecoder.prototype.decode;
  const strRepeat = String.prototype.repeat;
  const errorEventError = getOwnPropertyDescriptor(ErrorEvent.prototype, 'error').get;
  const errorEventMessage = getOwnPropertyDescriptor(ErrorEvent.prototype, 'message').get;
  const rejectionReason = getOwnPropertyDescriptor(PromiseRejectionEvent.prototype, 'reason').get;
  const perf = performance;
  const perfNow = Performance.prototype.now;
  let wallClock = null; // the frame guard's unpatched performance.now: the page's own clock is game time
  const now = () => (wallClock ? wallClock() : apply(perfNow, perf, []));
  const doc = document;
  const body = document.body;
  const realSetTimeout = G.setTimeout;
  const origConsole = G.console;

  const send = G[BINDING];
  delete G[BINDING];

  // ------------------------------------------------------------------ small safe helpers
  function slice(s, a, b) { return apply(strSlice, s, [a, b]); }
  function str(v) {
    // text of a value for a report: never lets a thrown getter or a patched toString stop the report
    try {
      if (typeof v === 'string') return v;
      if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') return '' + v;
      return StringC(v);
    } catch (err) { return '[unprintable value]'; }
  }
  function errorText(err) {
    let message = '';
    let stack = '';
    if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
      try { message = str(err.message !== undefined ? err.message : err); } catch (e) { message = '[unreadable error]'; }
      try { stack = str(err.stack || ''); } catch (e) { stack = ''; }
    } else {
      message = str(err);
    }
    return [slice(message, 0, 2000), slice(stack, 0, 4000)];
  }
  // a list the program cannot reach into: a Map keyed by index, read through captured methods
  function List() { return { map: new MapC(), length: 0 }; }
  function listPush(l, v) { apply(mapSet, l.map, [l.length, v]); l.length += 1; }
  function listAt(l, i) { return apply(mapGet, l.map, [i]); }
  function toArray(l) {
    const out = [];
    for (let i = 0; i < l.length; i++) defineProperty(out, i, { value: listAt(l, i), enumerable: true, writable: true, configurable: true });
    return out;
  }
  // JSON of the harness's own data (strings, numbers, booleans, null, arrays, plain objects): no toJSON, no getters
  function encode(v) {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return jsonStringify(v);
    if (typeof v === 'number') return isFiniteF(v) ? '' + v : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (isArray(v)) {
      let out = '[';
      for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + encode(getOwnPropertyDescriptor(v, i).value);
      return out + ']';
    }
    const keys = objectKeys(v);
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const d = getOwnPropertyDescriptor(v, keys[i]);
      out += (i ? ',' : '') + jsonStringify(keys[i]) + ':' + encode(d ? d.value : null);
    }
    return out + '}';
  }

  // functions put in the page read as native code. With the frame guard (frame_guard.js, in every realm before
  // any page script) the registry is the guard's, shared by all realms, so a fresh iframe's toString reads them as
  // native too; without it the harness patches this realm's Function.prototype.toString itself.
  let guard = null;
  try {
    const ask = new CustomEvent(OPTS.guardKey || '__MODELCALL_GUARD_KEY__', { detail: { reply(api) { guard = api; } }.reply });
    apply(dispatch, G, [ask]);
  } catch (e) { guard = null; }
  const cloaked = new WeakMapC();
  function cloak(fn, name, length, like) {
    try { defineProperty(fn, 'name', { value: name, configurable: true }); } catch (e) { /* ignore */ }
    try { defineProperty(fn, 'length', { value: length, configurable: true }); } catch (e) { /* ignore */ }
    const text = like || ('function ' + name + '() { [native code] }');
    if (guard) guard.cloak(fn, text); else apply(weakMapSet, cloaked, [fn, text]);
    return fn;
  }
  // what a window-bound native function throws when called on something else
  function illegal(fn) { const err = new TypeErrorC('Illegal invocation'); captureStackTrace(err, fn); return err; }
  if (!guard) {
    const toStringProxy = {
      toString() {
        if ((typeof this === 'function') && apply(weakMapHas, cloaked, [this])) {
          const like = apply(weakMapGet, cloaked, [this]);
          return typeof like === 'string' ? like : apply(fnToString, like, []);
        }
        return apply(fnToString, this, []);
      },
    }.toString;
    cloak(toStringProxy, 'toString', 0);
    defineProperty(Function.prototype, 'toString', { value: toStringProxy, writable: true, configurable: true, enumerable: false });
  } else {
    guard.consoleCap(OPTS.consoleCap);
    if (typeof guard.wallNow === 'function') wallClock = guard.wallNow;
  }

  // ------------------------------------------------------------------ seeded randomness (mulberry32)
  // each sample draws the same random sequence: a bug that depends on random positions gets the same verdict
  function seededRandom(seed) {
    let a = seed >>> 0;
    return cloak({
      random() {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = mathImul(t ^ (t >>> 15), t | 1);
        t ^= t + mathImul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      },
    }.random, 'random', 0);
  }

  const Phaser = G.Phaser;
  const OrigGame = Phaser.Game;
  const FRAME_MS = 1000 / 60;
  const TimeStepProto = Phaser.Core.TimeStep.prototype;
  const origStart = TimeStepProto.start;
  const origStep = TimeStepProto.step;
  const LOADING = Phaser.Scenes.LOADING;
  const started = new WeakSetC(); // loops the harness has taken over (booted games)

  // ------------------------------------------------------------------ argument contracts at run time (l3:api_misuse)
  // The values a program actually passes to Phaser's public methods, checked against the parameter types of the API
  // index (the start options' contracts: the part of runtime_contracts.py's table the program can reach). Phaser takes most wrong values silently (a colour string
  // paints black, flat numbers given for points draw nothing, a misspelt style key is ignored). Only the methods the
  // program names are wrapped, when it loads (installContracts); a check only reads the values, records a finding in
  // the harness's own state and never changes the call. A finding counts only when the method was called by the
  // program's own code (Phaser's internal calls are its own business).
  const CSS_COLOUR = /^\s*(#[0-9a-f]{3,8}|rgba?\(|hsla?\()/i;
  // number parameters Phaser adds to another number with `+` (contracts.js NUMBER_SUMS): a numeric string there is
  // joined as text and the result is wrong
  const WEBGL = ' (WebGL, the renderer most desktops get, adds it as text: the shape is drawn wrong)';
  const ARCADE = " (Arcade adds gravity and acceleration to it as text: '200' + 0 is '2000', ten times as fast)";
  const VELOCITY = { setVelocity: [null, ARCADE], setVelocityX: [null, ARCADE], setVelocityY: [null, ARCADE] };
  const NUMBER_SUMS = {
    'GameObjects.Graphics': { fillRect: [null, WEBGL], strokeRect: [null, WEBGL], fillRoundedRect: [null, WEBGL],
      strokeRoundedRect: [null, WEBGL], lineBetween: [null, WEBGL], lineTo: [null, WEBGL], moveTo: [null, WEBGL] },
    'GameObjects.GameObjectFactory': { rectangle: [[2, 3], WEBGL], circle: [[2], WEBGL] },
    'Physics.Arcade.Body': VELOCITY, 'Physics.Arcade.Sprite': VELOCITY, 'Physics.Arcade.Image': VELOCITY,
  };
  // functions that change the array they are given in place: a string cannot be changed, so the call does nothing
  const IN_PLACE = { 'Utils.Array': { Shuffle: 1, BringToTop: 1, SendToBack: 1, MoveUp: 1, MoveDown: 1, Swap: 1, RotateLeft: 1, RotateRight: 1, Remove: 1, RemoveAt: 1, Add: 1, AddAt: 1 },
    Actions: { Shuffle: 1 }, 'Math.RandomDataGenerator': { shuffle: 1 } };
  const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$|^\s*0x[0-9a-f]+\s*$/i;
  const STACK_LINE = /<anonymous>:(\d+):(\d+)/;
  const SCRIPT_NAME = /[( ]main\.js:\d+:\d+\)?$/; // this script's frames (browser.py names it main.js)
  // a program naming its own script (a sourceURL comment) would pass its frames off as this script's or hide them
  // from programFrame: the comment is made inert, same length, same lines
  const SOURCE_URL = /([#@]\s*source)(URL|MappingURL)(?=\s*=)/g;
  const strReplace = String.prototype.replace;
  const CALLED = /\.\s*([A-Za-z_$][\w$]*)\s*(?:\(|\.\s*(?:call|apply|bind)\b)/g; // .name( .name.call(
  const getPrototypeOf = Object.getPrototypeOf;
  const ObjectProto = Object.prototype;
  const strSplit = String.prototype.split;
  const regexpTest = RegExp.prototype.test;
  const strMatch = String.prototype.match;
  const TWEEN_KEYS = new MapC();
  for (const k of ['callbackScope', 'completeDelay', 'delay', 'duration', 'ease', 'easeParams', 'flipX', 'flipY', 'hold',
    'interpolation', 'loop', 'loopDelay', 'onActive', 'onActiveParams', 'onComplete', 'onCompleteParams', 'onLoop',
    'onLoopParams', 'onPause', 'onPauseParams', 'onRepeat', 'onRepeatParams', 'onResume', 'onResumeParams', 'onStart',
    'onStartParams', 'onStop', 'onStopParams', 'onUpdate', 'onUpdateParams', 'onYoyo', 'onYoyoParams', 'paused',
    'persist', 'props', 'repeat', 'repeatDelay', 'targets', 'yoyo', 'tweens']) apply(mapSet, TWEEN_KEYS, [k, true]);
  const NOT_DUCK_TYPED = { 'Tweens.Tween': true, 'Tweens.TweenChain': true, 'Time.TimerEvent': true };
  function programFrame(text) {
    // a frame of the program's own code: <anonymous>:LINE:COL (Phaser's script is phaser.min.js, the harness's and
    // the host's calls main.js), at any column: a call on a long line is the program's too
    const m = apply(regexpExec, STACK_LINE, [text]);
    return m ? NumberC(m[1]) : null;
  }
  // the stack of a call, in V8's own format: a program's Error.prepareStackTrace is taken off while it is read (and
  // put back), so it cannot pass its calls off as Phaser's; one that cannot be taken off, or a stackTraceLimit that
  // cannot be set, is tampering (S.errorsTampered: the run fails, its calls cannot be checked)
  function stackLines() {
    let stack = '';
    const prepare = getOwnPropertyDescriptor(ErrorC, 'prepareStackTrace');
    const limit = getOwnPropertyDescriptor(ErrorC, 'stackTraceLimit');
    if (prepare && !deleteProperty(ErrorC, 'prepareStackTrace')) { tamperedWith('Error.prepareStackTrace'); return []; }
    if (!limit || !('value' in limit) || !limit.writable) {
      if (prepare) { try { defineProperty(ErrorC, 'prepareStackTrace', prepare); } catch (e) { /* ignore */ } }
      tamperedWith('Error.stackTraceLimit');
      return [];
    }
    try { ErrorC.stackTraceLimit = 16; stack = str(new ErrorC().stack); } catch (e) { stack = ''; } finally {
      try { ErrorC.stackTraceLimit = limit.value; } catch (e) { /* ignore */ }
      if (prepare) { try { defineProperty(ErrorC, 'prepareStackTrace', prepare); } catch (e) { /* ignore */ } }
    }
    return apply(strSplit, stack, ['\n']);
  }
  function tamperedWith(what) { if (S && !S.errorsTampered) S.errorsTampered = what; }
  function callerLine() {
    const lines = stackLines();
    for (let i = 0; i < lines.length; i++) { const l = programFrame(lines[i]); if (l !== null) return l; }
    return null;
  }
  function misuse(kind, message, expected, certain, line) {
    if (!S || S.misuse.length >= 20) return;
    const kept = slice(message, 0, 300);
    for (let i = 0; i < S.misuse.length; i++) if (listAt(S.misuse, i).message === kept) return;
    listPush(S.misuse, { kind, message: kept, expected, certain: certain !== false,
      line: line === undefined ? callerLine() : line, frame: S.frame, phase: S.stage || S.phase });
  }
  function resolvePath(path) {
    // 'GameObjects.Graphics' -> Phaser.GameObjects.Graphics (own data properties only: no getter runs)
    const parts = apply(strSplit, path, ['.']);
    let o = Phaser;
    for (let i = 0; i < parts.length; i++) {
      if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return undefined;
      const d = getOwnPropertyDescriptor(o, parts[i]);
      o = d && 'value' in d ? d.value : undefined;
    }
    return o;
  }
  const ctorCache = new MapC();
  function ctorOf(name) {
    if (!apply(mapHas, ctorCache, [name])) { const C = resolvePath(name); apply(mapSet, ctorCache, [name, typeof C === 'function' ? C : null]); }
    return apply(mapGet, ctorCache, [name]);
  }
  const GEOM = ['Rectangle', 'Circle', 'Ellipse', 'Triangle', 'Line', 'Polygon', 'Point'];
  function geomOf(v) {
    for (let i = 0; i < GEOM.length; i++) { const C = ctorOf('Geom.' + GEOM[i]); if (C && v instanceof C) return 'Geom.' + GEOM[i]; }
    return null;
  }
  function isPlain(v) { const p = getPrototypeOf(v); return p === ObjectProto || p === null; }
  // a Phaser class instance (its constructor lives under Phaser): certain about its kind
  function isPhaserInstance(v) {
    const GO = ctorOf('GameObjects.GameObject');
    return (GO && v instanceof GO) || geomOf(v) !== null || (ctorOf('Math.Vector2') && v instanceof ctorOf('Math.Vector2'));
  }
  // an object that turns into a number in arithmetic (its own valueOf or Symbol.toPrimitive: a Number, a Date); any
  // other object becomes NaN where Phaser reads a number (a Color for its .color, a Pointer for its x)
  const TO_PRIMITIVE = Symbol.toPrimitive;
  function convertsToNumber(v) {
    let p = v;
    for (let depth = 0; depth < 16; depth++) {
      if (!p || p === ObjectProto) return false;
      if (getOwnPropertyDescriptor(p, 'valueOf') || getOwnPropertyDescriptor(p, TO_PRIMITIVE)) return true;
      p = getPrototypeOf(p);
    }
    return true; // a chain this deep: not sure
  }
  // does one alternative take the value? 2: yes, 1: probably not, 0: certainly not (contracts.js accepts(), on values)
  function accepts(alt, v) {
    const t = typeof v;
    const c = alt.c;
    if (c === 'n') {
      if (t === 'number' || t === 'boolean') return 2;
      if (t === 'string') return v === '' || apply(regexpTest, NUMERIC_TEXT, [v]) ? 1 : 0;
      if (t === 'function' || isArray(v)) return 0;
      return t === 'object' && (isPlain(v) || isPhaserInstance(v) || !convertsToNumber(v)) ? 0 : 1;
    }
    if (c === 's') {
      if (t === 'string' || t === 'number' || t === 'boolean') return 2;
      return t === 'function' || isArray(v) ? 0 : 1;
    }
    if (c === 'b') return t === 'object' || t === 'function' ? 1 : 2;
    if (c === '0') return 1;
    if (c === 'f') return t === 'function' ? 2 : (t === 'boolean' ? 1 : 0);
    if (c === 'a' || c === 'N' || c === 'P') {
      if (isArray(v)) {
        if (c !== 'P' || v.length < 2) return 2;
        for (let i = 0; i < v.length && i < 64; i++) if (typeof v[i] !== 'number') return 2;
        return 0; // a flat [x, y, x, y] array where points go
      }
      if (t === 'number' || t === 'function') return 0;
      return 1;
    }
    if (c === 'C') {
      const name = alt.name;
      const C = ctorOf(name);
      if (!C || t === 'function') return 2;
      if (t === 'object') {
        if (v instanceof C) return 2;
        // Geom shapes are read field by field (a Circle has no width): another Geom class is certainly wrong
        if (slice(name, 0, 5) === 'Geom.') { const g = geomOf(v); if (g && g !== name) return 0; }
        // a game object where a Geom.Rectangle is read (Intersects.RectangleToRectangle(sprite, rock)): it has no
        // right or bottom, so every comparison with them is false
        if (name === 'Geom.Rectangle' && typeof v.right !== 'number' && typeof v.bottom !== 'number' && ctorOf('GameObjects.GameObject') && v instanceof ctorOf('GameObjects.GameObject')) return 0;
        if (isArray(v) && (name === 'Math.Vector2' || name === 'Geom.Point') && flatNumbers(v)) return 0; // [x, y]: no .x, no .y
        return isArray(v) ? 1 : 2; // duck typing ({x, y} for a Point, a Spline followed as a Path)
      }
      return t === 'number' || t === 'boolean' ? 0 : 1; // a number has no fields to read: every one is undefined
    }
    if (c === 'K' && isArray(v) && alt.name === 'Types.Math.Vector2Like' && flatNumbers(v)) return 0;
    if (c === 'K') return t === 'object' && !isArray(v) ? 2 : (t === 'function' ? 2 : (t === 'number' || t === 'boolean' ? 0 : 1));
    return 2;
  }
  function flatNumbers(v) {
    if (!(v.length >= 2 && v.length <= 3)) return false;
    for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'number') return false;
    return true;
  }
  function joined(arr, sep) { let out = ''; for (let i = 0; i < arr.length; i++) out += (i ? sep : '') + arr[i]; return out; }
  function readable(alt) {
    const c = alt.c;
    if (c === 'n') return 'number';
    if (c === 's') return 'string';
    if (c === 'b') return 'boolean';
    if (c === '0') return 'null';
    if (c === 'f') return 'function';
    if (c === 'a' || c === 'N') return 'array';
    if (c === 'P') return '{x, y} points';
    return 'Phaser.' + alt.name;
  }
  function describe(v) {
    const t = typeof v;
    if (t === 'string') return 'the string ' + jsonStringify(slice(v, 0, 30));
    if (t === 'number' || t === 'boolean' || t === 'function') return 'a ' + t;
    if (isArray(v)) {
      let flat = v.length > 0;
      for (let i = 0; i < v.length && i < 64; i++) if (typeof v[i] !== 'number') { flat = false; break; }
      return flat ? 'a flat array of ' + v.length + ' numbers' : 'an array';
    }
    const g = geomOf(v);
    if (g) return 'a Phaser.' + g;
    if (isPlain(v)) return 'an object';
    const named = phaserClassName(v);
    return 'a ' + (named || str(v && v.constructor && v.constructor.name || 'object'));
  }
  // Phaser's classes are all named 'initialize': the path under Phaser of the value's class (only for a finding's text)
  function phaserClassName(v) {
    const C = getPrototypeOf(v) && getPrototypeOf(v).constructor;
    if (typeof C !== 'function') return null;
    const seen = new WeakSetC();
    const walk = (ns, path, depth) => {
      if (depth > 4 || !ns || (typeof ns !== 'object' && typeof ns !== 'function') || apply(weakSetHas, seen, [ns])) return null;
      apply(weakSetAdd, seen, [ns]);
      const keys = objectKeys(ns);
      for (let i = 0; i < keys.length && i < 400; i++) {
        const d = getOwnPropertyDescriptor(ns, keys[i]);
        const x = d && 'value' in d ? d.value : undefined;
        if (x === C) return path + '.' + keys[i];
        if (x && typeof x === 'object' && isPlain(x)) { const found = walk(x, path + '.' + keys[i], depth + 1); if (found) return found; }
      }
      return null;
    };
    return walk(Phaser, 'Phaser', 0);
  }
  function checkKeys(cfg, names, where, depth, found) {
    if (depth > 3 || apply(weakSetHas, madeByToJSON, [cfg])) return;
    const table = CONTRACTS.configs;
    const allowed = new MapC();
    let closed = true;
    for (let i = 0; i < names.length; i++) {
      const entry = table[names[i]];
      if (!entry || entry.tween) return; // a tween's other keys are its targets' properties (tween_property)
      if (!entry.closed) closed = false;
      const keys = objectKeys(entry.keys);
      for (let k = 0; k < keys.length; k++) apply(mapSet, allowed, [keys[k], entry.keys[keys[k]]]);
    }
    const keys = objectKeys(cfg);
    for (let k = 0; k < keys.length && k < 64; k++) {
      const key = keys[k];
      if (!apply(mapHas, allowed, [key])) {
        append(found, ['unknown_key', where + ": '" + key + "' is not a key of " + slice(names[0], 6) + ', Phaser ignores it', 'Phaser.' + names[0], closed]);
        continue;
      }
      const nested = apply(mapGet, allowed, [key]);
      const d = getOwnPropertyDescriptor(cfg, key);
      const val = d && 'value' in d ? d.value : undefined;
      if (nested && val && typeof val === 'object' && !isArray(val) && isPlain(val)) checkKeys(val, [nested], where, depth + 1, found);
    }
  }
  // the findings of one call: [kind, message, expected, certain]
  function checkCall(owner, name, sig, args, found) {
    let whereText = null; // built only for a finding
    const W = () => whereText || (whereText = owner + (sig.st ? '.' : '#') + name + '()');
    for (let i = 0; i < args.length && i < 12; i++) {
      const spec = i < sig.p.length ? sig.p[i] : sig.rest;
      if (!spec) continue;
      const v = args[i];
      if (v === undefined || v === null) continue; // how optional arguments are skipped
      const alts = spec;
      let best = 0;
      let weak = false;
      for (let a = 0; a < alts.length && best < 2; a++) { const r = accepts(alts[a], v); if (r > best) best = r; if (r === 1) weak = true; }
      if (best === 2) {
        if (typeof v === 'object' && !isArray(v) && isPlain(v)) {
          const configs = [];
          let open = false;
          for (let a = 0; a < alts.length; a++) {
            const c = alts[a].c;
            if (c === 'K') append(configs, alts[a].name);
            else if (c === 'a' || c === 'N' || c === 'P' || (c === 'C' && !NOT_DUCK_TYPED[alts[a].name])) open = true;
          }
          if (configs.length && !open) {
            if (owner === 'GameObjects.GameObjectCreator') append(configs, 'Types.GameObjects.GameObjectConfig');
            checkKeys(v, configs, W(), 0, found);
          }
        }
        continue;
      }
      const expected = [];
      for (let a = 0; a < alts.length; a++) append(expected, readable(alts[a]));
      let kind = 'wrong_argument';
      let certain = !weak;
      let hint = '';
      let allNumber = true;
      let points = false;
      let cls = false;
      for (let a = 0; a < alts.length; a++) {
        if (alts[a].c !== 'n') allNumber = false;
        if (alts[a].c === 'P') points = true;
        if (alts[a].c === 'C') cls = true;
      }
      if (isArray(v) && points) {
        kind = 'flat_points';
        // Graphics reads points[i].x: nothing is drawn; other owners may hand flat numbers on to code that takes them
        if (owner !== 'GameObjects.Graphics') certain = false; else hint = ' (nothing is drawn: give {x, y} points)';
      } else if (typeof v === 'string' && allNumber) {
        kind = 'string_for_number';
        if (apply(regexpExec, CSS_COLOUR, [v])) hint = ' (a CSS colour string is not a colour number: it paints black)';
        const table = getOwnPropertyDescriptor(NUMBER_SUMS, owner);
        const sums = table ? getOwnPropertyDescriptor(table.value, name) : undefined;
        if (sums && (sums.value[0] === null || apply(arrayIncludes, sums.value[0], [i])) && apply(regexpTest, NUMERIC_TEXT, [v])) {
          certain = true;
          hint = sums.value[1];
        }
      } else if (typeof v === 'object' && cls && geomOf(v)) kind = 'wrong_class';
      else if (i === 0 && (owner === 'Utils.Array' || owner === 'Actions') && typeof v === 'object' && !isArray(v) && typeof v.getChildren === 'function'
        && apply(regexpTest, /^(Group|PhysicsGroup|StaticPhysicsGroup)$/, [str(v.type)])) {
        // Utils.Array and Actions read items.length and items[i], which a Group does not have: nothing is found or changed
        certain = true;
        hint = ' (a Group has no length or items, so the call finds or changes nothing: pass group.getChildren())';
      } else if (typeof v === 'string' && i === 0 && getOwnPropertyDescriptor(IN_PLACE, owner) && getOwnPropertyDescriptor(IN_PLACE[owner], name)) {
        certain = true;
        hint = ' (a string cannot be changed in place, so the call leaves it as it was: split(\'\') it into an array first)';
      }
      append(found, [kind, W() + ' argument ' + (i + 1) + ' expects ' + joined(expected, ' | ') + ', got ' + describe(v) + hint, joined(expected, ' | '), certain]);
    }
  }
  function wrapChecked(proto, name, owner, sig) {
    const d = getOwnPropertyDescriptor(proto, name);
    if (!d || typeof d.value !== 'function') return;
    const orig = d.value;
    const wrapped = cloak(function () {
      if (S) {
        try {
          const found = [];
          checkCall(owner, name, sig, arguments, found);
          if (found.length) {
            // only the program's own calls: the frame under this wrapper must be its code
            const lines = stackLines();
            let i = 0;
            while (i < lines.length && apply(strMatch, lines[i], [SCRIPT_NAME]) === null) i++;
            while (i < lines.length && apply(strMatch, lines[i], [SCRIPT_NAME]) !== null) i++;
            if (i < lines.length && programFrame(lines[i]) !== null) {
              let line = null;
              for (let k = i; k < lines.length && line === null; k++) line = programFrame(lines[k]);
              for (let k = 0; k < found.length; k++) misuse(found[k][0], found[k][1], found[k][2], found[k][3], line);
            }
          }
        } catch (e) { /* a check never breaks the call */ }
      }
      return apply(orig, this, arguments);
    }, name, orig.length, orig);
    try { defineProperty(proto, name, { value: wrapped, writable: true, configurable: true, enumerable: d.enumerable }); } catch (e) { /* frozen */ }
  }
  // 'n,,C:Geom.Circle|s' -> per parameter null (unchecked) or its alternatives [{c, name}], split once when wrapped
  function parseSig(text, st) {
    const parts = apply(strSplit, text, [',']);
    const p = [];
    let rest = null;
    for (let i = 0; i < parts.length; i++) {
      let spec = parts[i];
      const isRest = spec[0] === '*';
      if (isRest) spec = slice(spec, 1);
      let alts = null;
      if (spec) {
        alts = [];
        const codes = apply(strSplit, spec, ['|']);
        for (let k = 0; k < codes.length; k++) append(alts, { c: codes[k][0], name: slice(codes[k], 2) });
      }
      append(p, alts);
      if (isRest) rest = alts;
    }
    return { p, st, rest };
  }
  let contractsDone = false;
  let CONTRACTS = null; // the part of the table this program can reach (H.begin, before the program runs)
  function readContracts(c) {
    try {
      const table = typeof c === 'string' ? JSON.parse(c) : c;
      return table && typeof table === 'object' ? table : null;
    } catch (e) { return null; }
  }
  // wrap the table's methods that the program calls by name (`.name(`, `.name.call(`): only its own calls count
  function installContracts(code) {
    if (contractsDone || !CONTRACTS) return;
    contractsDone = true;
    const named = new MapC();
    const text = str(code);
    for (let m = apply(regexpExec, CALLED, [text]); m; m = apply(regexpExec, CALLED, [text])) apply(mapSet, named, [m[1], true]);
    const methods = CONTRACTS.methods || {};
    const parents = CONTRACTS.parents || {};
    const byProto = new MapC(); // prototype -> the class whose table entry describes it
    const classes = objectKeys(methods);
    const all = objectKeys(parents);
    for (let i = 0; i < all.length; i++) if (!methods[all[i]]) append(classes, all[i]);
    for (let i = 0; i < classes.length; i++) { const C = ctorOf(classes[i]); if (C && C.prototype) apply(mapSet, byProto, [C.prototype, classes[i]]); }
    const sigOf = (cls, name, depth) => {
      if (depth > 12 || !cls) return undefined;
      const own = methods[cls];
      if (own && typeof own[name] === 'string') return own[name];
      const ps = parents[cls] || [];
      for (let i = 0; i < ps.length; i++) { const s = sigOf(ps[i], name, depth + 1); if (s !== undefined) return s; }
      return undefined;
    };
    const done = new MapC(); // prototype -> Map of wrapped names
    for (let i = 0; i < classes.length; i++) {
      const cls = classes[i];
      const C = ctorOf(cls);
      if (!C || !C.prototype) continue;
      const names = [];
      const seenNames = new MapC();
      for (let c = cls, depth = 0; c && depth < 12; depth++) {
        const own = methods[c] || {};
        const ks = objectKeys(own);
        for (let k = 0; k < ks.length; k++) if (apply(mapHas, named, [ks[k]]) && !apply(mapHas, seenNames, [ks[k]])) { apply(mapSet, seenNames, [ks[k], true]); append(names, ks[k]); }
        c = (parents[c] || [])[0];
      }
      for (let n = 0; n < names.length; n++) {
        const name = names[n];
        let p = C.prototype;
        while (p && p !== ObjectProto && !getOwnPropertyDescriptor(p, name)) p = getPrototypeOf(p);
        if (!p || p === ObjectProto) continue;
        let wrappedNames = apply(mapGet, done, [p]);
        if (!wrappedNames) { wrappedNames = new MapC(); apply(mapSet, done, [p, wrappedNames]); }
        if (apply(mapHas, wrappedNames, [name])) continue;
        apply(mapSet, wrappedNames, [name, true]);
        // the prototype that holds the method describes it (a subclass's entry may differ from its parent's)
        const holder = apply(mapGet, byProto, [p]) || cls;
        const sig = sigOf(holder, name, 0) || sigOf(cls, name, 0);
        if (sig) wrapChecked(p, name, holder, parseSig(sig, false));
      }
    }
    const statics = CONTRACTS.statics || {};
    const owners = objectKeys(statics);
    for (let i = 0; i < owners.length; i++) {
      const O = resolvePath(owners[i]);
      if (!O || (typeof O !== 'object' && typeof O !== 'function')) continue;
      const entry = statics[owners[i]];
      const ks = objectKeys(entry);
      for (let k = 0; k < ks.length; k++) if (apply(mapHas, named, [ks[k]])) wrapChecked(O, ks[k], owners[i], parseSig(entry[ks[k]], true));
    }
  }
  // physics.velocityFromRotation(angle, speed, sprite.velocity): the vector to write into is undefined (a Sprite has no
  // velocity, its body has), so Phaser writes into a new Vector2, and a call whose result the statement drops did nothing
  try {
    const AP = Phaser.Physics.Arcade.ArcadePhysics.prototype;
    const names = ['velocityFromRotation', 'velocityFromAngle'];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const orig = AP[name];
      if (typeof orig !== 'function') continue;
      AP[name] = cloak({ [name](a, b, vec) {
        if (S && arguments.length >= 3 && (vec === undefined || vec === null)) {
          try {
            const line = programCaller();
            const text = line !== null ? apply(strSplit, str(S.code), ['\n'])[line - 1] : null;
            if (text && apply(regexpTest, /^\s*[\w.$]*\bvelocityFrom(Rotation|Angle)\s*\(/, [text])) {
              misuse('missing_object', 'ArcadePhysics#' + name + '(): its third argument, the vector to write the velocity into, is ' + vec
                + ' (a Sprite has no velocity; its body.velocity is the vector), and the result is dropped: the call set no velocity',
              'body.velocity', true, line);
            }
          } catch (e) { /* a check never breaks the call */ }
        }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  } catch (e) { /* no Arcade physics in this build */ }
  // sprite.play('walk') called every frame (in update()) without ignoreIfPlaying: each call restarts the animation at its
  // first frame, so it never advances
  const animRestarts = new WeakMapC(); // AnimationState -> [last frame restarted, frames in a row, line]
  let animRestartReported = false;
  let loadsImagesMemo = null;
  const loadsImages = () => { if (loadsImagesMemo === null) loadsImagesMemo = apply(regexpTest, LOADS_IMAGES, [codeWithoutComments()]); return loadsImagesMemo; };
  try {
    const AS = Phaser.Animations.AnimationState.prototype;
    const origPlay = AS.play;
    AS.play = cloak(function play(key, ignoreIfPlaying) {
      if (S && !ignoreIfPlaying && !animRestartReported) {
        try {
          const cur = this.currentAnim;
          const k = key && typeof key === 'object' ? key.key : key;
          // frames of a loaded sheet are the placeholder's: how many there are is not the program's
          if (this.isPlaying && cur && cur.key === k && isArray(cur.frames) && cur.frames.length > 1 && !loadsImages()) {
            let st = apply(weakMapGet, animRestarts, [this]);
            if (!st) { st = [-1, 0, null]; apply(weakMapSet, animRestarts, [this, st]); }
            if (st[0] === S.frame - 1) st[1] += 1; else if (st[0] !== S.frame) st[1] = 1;
            st[0] = S.frame;
            if (st[2] === null) st[2] = programCaller();
            // (8 frames in a row: a key held for a moment is enough; the animation has not shown its second frame by then)
            if (st[1] >= 8 && st[1] * NumberC(cur.frameRate || 24) >= 60 && st[2] !== null) {
              animRestartReported = true;
              misuse('never_fires', "play('" + slice(str(k), 0, 40) + "') is called every frame while '" + slice(str(k), 0, 40) + "' is playing: without ignoreIfPlaying each call"
                + ' restarts it at its first frame, so the animation never advances (play(key, true), or play only when the animation changes)', 'play(key, true)', true, st[2]);
            }
          }
        } catch (e) { /* a check never breaks the call */ }
      }
      return apply(origPlay, this, arguments);
    }, 'play', origPlay.length, origPlay);
  } catch (e) { /* no animations in this build */ }
  // physics.moveTo(obj, ...) on an object with a static body: the velocity it writes is never applied (a static body
  // never moves by velocity; its velocity is even Phaser's shared zero vector, which the call changes)
  let staticMoveReported = false;
  try {
    const AP = Phaser.Physics.Arcade.ArcadePhysics.prototype;
    const STATIC = Phaser.Physics.Arcade.STATIC_BODY;
    const movers = ['moveTo', 'moveToObject', 'accelerateTo', 'accelerateToObject'];
    for (let i = 0; i < movers.length; i++) {
      const name = movers[i];
      const orig = AP[name];
      if (typeof orig !== 'function') continue;
      AP[name] = cloak({ [name](obj) {
        if (S && !staticMoveReported) {
          try {
            const body = obj && obj.body;
            if (body && body.physicsType === STATIC) {
              const line = programCaller();
              if (line !== null) {
                staticMoveReported = true;
                misuse('never_fires', 'ArcadePhysics#' + name + '() on ' + article(str(obj.type)) + ' with a static body: a static body never moves by velocity, so it stays where it is'
                  + ' (give it a dynamic body: physics.add.existing(obj) without true, and setAllowGravity(false))', 'a dynamic body', true, line);
              }
            }
          } catch (e) { /* a check never breaks the call */ }
        }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  } catch (e) { /* no Arcade physics in this build */ }
  // this.add.timeline([...]) that nothing plays: a Timeline starts paused (since 3.60) and runs only after play()
  const timelines = List(); // [timeline, line, frame made]
  try {
    const GOF = Phaser.GameObjects.GameObjectFactory.prototype;
    const origTimeline = GOF.timeline;
    if (typeof origTimeline === 'function') {
      GOF.timeline = cloak(function timeline() {
        const made = apply(origTimeline, this, arguments);
        try { if (S && timelines.length < 32) listPush(timelines, [made, programCaller(), S.frame]); } catch (e) { /* ignore */ }
        return made;
      }, 'timeline', origTimeline.length, origTimeline);
    }
  } catch (e) { /* no timelines in this build */ }
  function timelinesNeverPlayed() {
    const lines = apply(strSplit, str(S.code), ['\n']);
    for (let i = 0; i < timelines.length; i++) {
      const [tl, line, frame] = listAt(timelines, i);
      if (!tl || tl.paused !== true || NumberC(tl.elapsed) !== 0 || !isArray(tl.events) || !tl.events.length || S.frame - frame < 30 || line === null) continue;
      const text = str(lines[line - 1] || '');
      if (apply(regexpTest, /\.play\s*\(/, [text])) continue;
      const named = apply(regexpExec, /([\w$]+)\s*=\s*[\w$.]*\btimeline\s*\(/, [text]);
      const code = str(S.code);
      const played = !!named && (apply(strIncludes, code, [named[1] + '.play']) || apply(strIncludes, code, [named[1] + '.resume']) || apply(strIncludes, code, [named[1] + '.paused']));
      misuse('never_fires', 'a Timeline made here' + (named ? " ('" + named[1] + "')" : '') + ' never ran: a Timeline starts paused and runs only after play(), and its '
        + tl.events.length + ' event' + (tl.events.length > 1 ? 's' : '') + ' never happened (call .play() on it)', 'timeline.play()', !played, line);
      return;
    }
  }
  // tweens of properties their targets lack (plain objects and game objects alike: the values are real here)
  try {
    const TM = Phaser.Tweens.TweenManager.prototype;
    const origAdd = TM.add;
    const BaseTween = Phaser.Tweens.BaseTween;
    TM.add = cloak(function add(cfg) {
      if (S && cfg && typeof cfg === 'object' && !isArray(cfg) && !(cfg instanceof BaseTween)) {
        try {
          const t = getOwnPropertyDescriptor(cfg, 'targets');
          const noTargets = t && 'value' in t && (t.value === undefined || t.value === null);
          const missing = noTargets ? "its 'targets' is " + t.value + ' (created later than this call?): the tween changes nothing'
            : undefinedCallbacks(cfg, []);
          if (missing) {
            const line = programCaller();
            if (line !== null) misuse('missing_object', 'TweenManager#add(): ' + (noTargets ? missing : missing + ' is undefined (a misspelt or missing method?): it never runs'), 'a target object and functions', noTargets || !bareCallbackAt(line, slice(missing, 5, missing.length - 1)), line);
          }
          let targets = cfg.targets;
          if (targets && typeof targets !== 'function') {
            if (!isArray(targets)) targets = [targets];
            const target = targets[0];
            if (target && typeof target === 'object') {
              const keys = objectKeys(cfg);
              const props = cfg.props && typeof cfg.props === 'object' ? objectKeys(cfg.props) : [];
              for (let i = 0; i < keys.length + props.length; i++) {
                const key = i < keys.length ? keys[i] : props[i - keys.length];
                if (i < keys.length && apply(mapHas, TWEEN_KEYS, [key])) continue;
                if (!(key in target)) misuse('tween_property', 'TweenManager#add(): tween property \'' + key + '\' does not exist on the target (the tween changes nothing)', 'a property of the target');
              }
            }
            for (let i = 0; i < targets.length && i < 64; i++) if (targets[i] && typeof targets[i] === 'object') apply(weakSetAdd, tweenedObjects, [targets[i]]);
            if (cfg.yoyo && ('scale' in cfg || 'scaleX' in cfg || 'scaleY' in cfg)) {
              for (let i = 0; i < targets.length && i < 64; i++) {
                const o = targets[i];
                const b = o && typeof o === 'object' ? o.body : null;
                if (b && typeof b === 'object' && b.physicsType === 1 && !apply(weakMapHas, squashStart, [o])) apply(weakMapSet, squashStart, [o, staticBodyOff(b, o, false)]);
              }
            }
          }
        } catch (e) { /* a check never breaks the call */ }
      }
      const made = apply(origAdd, this, arguments);
      // a tween with no callbacks of its own, kept to see whether it moves anything at all (end of the run)
      try {
        if (S && cfg && typeof cfg === 'object' && !isArray(cfg) && !(cfg instanceof BaseTween) && made && stillTweens.length < 16) {
          const keys = objectKeys(cfg);
          let callbacks = false; let shown = false;
          for (let i = 0; i < keys.length; i++) {
            if (apply(regexpTest, /^(on[A-Z]\w*|callbackScope|props|tweens)$/, [keys[i]])) callbacks = true;
            if (apply(regexpTest, /^(x|y|alpha|scale|scaleX|scaleY|angle|rotation|displayWidth|displayHeight|radius)$/, [keys[i]])) shown = true;
          }
          if (!callbacks && shown) listPush(stillTweens, [made, programCaller()]);
        }
      } catch (e) { /* a check never breaks the call */ }
      return made;
    }, 'add', origAdd.length, origAdd);
  } catch (err) { /* an older or newer Phaser without tweens: the other checks still count */ }

  // ------------------------------------------------------------------ calls that do nothing (l3:api_misuse)
  // Phaser takes these silently and the program runs without an error, but part of what its code says never happens:
  // - never_fires: a handler for an event no Phaser object emits ('keydown_SPACE', 'pointerDown', 'click'), a key
  //   name Phaser does not know (addKey('SPACEBAR')), a pointer handler on an object never made interactive;
  // - missing_object: undefined where Phaser needs the object or callback (a collider with a group created later,
  //   a tween of undefined, a timer whose callback is a misspelt method).
  // Findings count only when a frame of the program's own code made the call.
  const strToUpper = String.prototype.toUpperCase;
  const strToLower = String.prototype.toLowerCase;
  const strStartsWith = String.prototype.startsWith;
  const strEndsWith = String.prototype.endsWith;
  const strIndexOf = String.prototype.indexOf;
  // event names a browser element emits but a Phaser object never does (a Phaser DOMElement aside)
  const DOM_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout', 'mouseenter',
    'mouseleave', 'touchstart', 'touchend', 'touchmove', 'keypress', 'contextmenu', 'tap', 'press', 'pointerenter',
    'pointerleave', 'pointercancel', 'pointertap', 'pointerupoutside', 'rightclick', 'rightdown', 'rightup', 'mousewheel'];
  const PIXI_EVENTS = ['pointertap', 'pointerupoutside', 'rightclick', 'rightdown', 'rightup'];
  // events Phaser emits on a game object only while it is interactive
  const POINTER_EVENTS = ['pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'wheel', 'drag',
    'dragstart', 'dragend', 'dragenter', 'dragleave', 'dragover', 'drop'];
  const KEY_PREFIXES = ['keydown-', 'keyup-'];
  let eventNames = null; // every string value of a Phaser *.Events namespace -> true
  const eventNameList = []; // the same names, in an array
  let eventPrefixes = null; // those ending in '-' ('keydown-', 'animationcomplete-', 'changedata-', ...)
  function phaserEventNames() {
    if (eventNames) return eventNames;
    eventNames = new MapC();
    eventPrefixes = [];
    const seenNs = new WeakSetC();
    const walk = (o, depth) => {
      if (depth > 6 || o === null || typeof o !== 'object' || apply(weakSetHas, seenNs, [o])) return;
      apply(weakSetAdd, seenNs, [o]);
      const keys = objectKeys(o);
      for (let i = 0; i < keys.length; i++) {
        const d = getOwnPropertyDescriptor(o, keys[i]);
        const v = d && 'value' in d ? d.value : undefined;
        if (!v || typeof v !== 'object') continue;
        if (keys[i] === 'Events') {
          const names = objectKeys(v);
          for (let k = 0; k < names.length; k++) {
            const e = getOwnPropertyDescriptor(v, names[k]);
            const name = e && typeof e.value === 'string' ? e.value : null;
            if (name === null) continue;
            if (!apply(mapHas, eventNames, [name])) append(eventNameList, name);
            apply(mapSet, eventNames, [name, true]);
            if (name[name.length - 1] === '-') append(eventPrefixes, name);
          }
        } else if (isPlain(v)) walk(v, depth + 1);
      }
    };
    walk(Phaser, 0);
    return eventNames;
  }
  function keyCodeOf(name) {
    const codes = Phaser.Input && Phaser.Input.Keyboard ? Phaser.Input.Keyboard.KeyCodes : null;
    if (!codes || typeof name !== 'string') return undefined;
    const d = getOwnPropertyDescriptor(codes, apply(strToUpper, name, []));
    return d ? d.value : undefined;
  }
  // why a handler for this event name never runs on a Phaser object, when that is certain; null when it may run
  function deadEventName(name) {
    if (typeof name !== 'string' || name === '') return null;
    const known = phaserEventNames();
    if (apply(mapHas, known, [name])) return null;
    for (let i = 0; i < KEY_PREFIXES.length; i++) {
      const p = KEY_PREFIXES[i];
      if (apply(strStartsWith, name, [p])) {
        const key = slice(name, p.length);
        const d = getOwnPropertyDescriptor(Phaser.Input.Keyboard.KeyCodes, key);
        if (d) return null;
        const upper = keyCodeOf(key) !== undefined ? apply(strToUpper, key, []) : null;
        return "'" + key + "' is not a key name Phaser emits" + (upper ? " (key names are upper case: '" + p + upper + "')" : ' (Phaser.Input.Keyboard.KeyCodes has the names)');
      }
      const old = slice(p, 0, p.length - 1) + '_';
      if (apply(strStartsWith, name, [old])) return "Phaser 3 names key events '" + p + "KEY', not '" + old + "KEY'";
    }
    for (let i = 0; i < eventPrefixes.length; i++) if (apply(strStartsWith, name, [eventPrefixes[i]])) return null;
    const lower = apply(strToLower, name, []);
    // tween.on('onComplete'): onComplete is a config key; the event is 'complete'
    const configKey = apply(regexpExec, /^on([A-Z]\w*)$/, [name]);
    if (configKey && apply(mapHas, known, [apply(strToLower, configKey[1], [])])) {
      return "'" + name + "' is a config callback key, not an event: the event is '" + apply(strToLower, configKey[1], []) + "'";
    }
    if (lower !== name && apply(mapHas, known, [lower])) return "event names are lower case: '" + lower + "'";
    if (apply(arrayIncludes, DOM_EVENTS, [lower])) {
      const whose = apply(arrayIncludes, PIXI_EVENTS, [lower]) ? "PixiJS's event" : "a browser element's event";
      return "'" + name + "' is " + whose + ", which Phaser objects do not emit (Phaser's are 'pointerdown', 'pointerup', 'pointerover', 'pointerout')";
    }
    // a Phaser event name without its prefix: cameras emit 'camerafadeoutcomplete', not 'fadeoutcomplete'
    if (name.length >= 8) {
      for (let i = 0; i < eventNameList.length; i++) {
        const full = eventNameList[i];
        if (full.length > name.length && apply(strEndsWith, full, [name])) return "Phaser's event is '" + full + "'";
      }
    }
    return null;
  }
  // the line of the program's own code in this call's stack (null when the call is Phaser's or the harness's)
  function programCaller() {
    const lines = stackLines();
    for (let i = 0; i < lines.length; i++) { const l = programFrame(lines[i]); if (l !== null) return l; }
    return null;
  }
  const deadListeners = List(); // [object, event name, line] of pointer handlers, checked at the end of the run
  // a DOMElement passes on its node's native events only once they are named with addListener('click ...'):
  // [element, event name, line] of handlers for them, and element -> the names it asked for
  const NODE_EVENTS = /^(click|dblclick|input|change|submit|keydown|keyup|keypress|focus|blur|mousedown|mouseup|pointerdown|pointerup|touchstart|touchend)$/;
  const domListeners = List();
  const domAsked = new WeakMapC();
  const deadNames = List(); // [event name, why, line] of handlers for events Phaser never emits
  const colliders = List(); // [collider, 'collider' | 'overlap', line] the program made
  const directTests = List(); // [object1, object2, 'overlap' | 'collide', line] of this.physics.overlap/collide calls
  const sceneListeners = List(); // [emitter, name, line]: the input plugin's object events, the world's 'worldbounds'
  const everDraggable = new WeakSetC();
  const shapedBodies = new WeakSetC(); // static bodies the program sized or offset itself
  const tweenedObjects = new WeakSetC(); // whatever a tween was made for
  const stillTweens = List(); // [tween, line]: tweens with no callbacks, to see at the end whether they changed anything
  const squashStart = new WeakMapC(); // static objects under a yoyo scale tween: how their body was off at the first
  const inputSeen = { interactive: false, draggable: false, dropZone: false }; // ever, during the run
  const interactiveLines = List(); // the program's lines whose setInteractive() ran
  // setInteractive() calls in the code none of whose lines ran (a shop's buttons made interactive when a dialogue
  // ends): the objects they make interactive may be the ones whose handlers looked dead
  function interactiveNotRun() {
    const lines = apply(strSplit, S.code || '', ['\n']);
    let pending = 0;
    for (let i = 0; i < lines.length && i < 20000; i++) {
      if (!apply(strIncludes, apply(strReplace, lines[i], [/\/\/.*$/, '']), ['setInteractive('])) continue;
      let ran = false;
      for (let k = 0; k < interactiveLines.length && !ran; k++) if (mathAbs(NumberC(listAt(interactiveLines, k)) - (i + 1)) <= 1) ran = true;
      if (!ran) pending++;
    }
    return pending;
  }
  const DRAG = ['drag', 'dragstart', 'dragend'];
  const DROP = ['drop', 'dragenter', 'dragleave', 'dragover'];
  // the input plugin's events about game objects: each needs an interactive, draggable or drop-zone object
  const SCENE_INPUT = new MapC([['gameobjectdown', 'interactive'], ['gameobjectup', 'interactive'], ['gameobjectover', 'interactive'],
    ['gameobjectout', 'interactive'], ['gameobjectmove', 'interactive'], ['gameobjectwheel', 'interactive'],
    ['drag', 'draggable'], ['dragstart', 'draggable'], ['dragend', 'draggable'], ['drop', 'dropZone'], ['dragenter', 'dropZone'],
    ['dragleave', 'dropZone'], ['dragover', 'dropZone']]);
  // names whose emission during the run is noted (a handler that ran is not reported)
  const WATCHED = new MapC([['worldbounds', 1], ['gameobjectdown', 1], ['gameobjectup', 1], ['gameobjectover', 1], ['gameobjectout', 1],
    ['gameobjectmove', 1], ['gameobjectwheel', 1], ['drag', 1], ['dragstart', 1], ['dragend', 1], ['drop', 1], ['dragenter', 1],
    ['dragleave', 1], ['dragover', 1]]);
  const madeObjects = List(); // game objects made during the run
  const bornAt = new WeakMapC(); // game object -> [frame, x, y, a text's text] when it was first added to a scene
  const everShown = new WeakSetC(); // ... that were on a display list at some time
  const missingTextures = List(); // [key, line, the texture list] of texture keys used before (or without) being made
  const emittedNames = new MapC(); // names the program's handlers wait for that something did emit
  // the program's own event names (none of Phaser's): [emitter, name, line] of its handlers, and name -> the emitters
  // it was emitted on, to see a handler that waits on one emitter while the event goes out on another
  const customListeners = List();
  const customEmits = new MapC();
  let everInteractive = new WeakSetC();
  // The validator answers every file with a placeholder: an atlas's frames are the placeholder JSON's (frame0 ..
  // frame63), a spritesheet's are cut from the placeholder image. A frame the program names exists in its real file,
  // so on such a texture it is made (a copy of the first frame's square) instead of missing: with the real atlas the
  // animation has its frames, while here generateFrameNames found none and play() crashed on an empty animation.
  // Textures the program made itself (canvases, generateTexture, its own JSON) keep their frames as they are.
  function placeholderFrames() {
    const Texture = Phaser.Textures && Phaser.Textures.Texture;
    if (!Texture) return;
    const ownFrame = (texture, name) => {
      const frames = texture.frames;
      if (!frames || typeof frames !== 'object') return null;
      const d = getOwnPropertyDescriptor(frames, name);
      return d ? d.value : null;
    };
    const fromPlaceholder = (texture) => {
      if (ownFrame(texture, 'frame0') && ownFrame(texture, 'frame63')) return ownFrame(texture, 'frame0'); // atlas
      const source = texture.source && texture.source[0];
      const image = source && source.image;
      if (!(image instanceof HTMLImageElement) || source.width !== 512 || source.height !== 512) return null;
      return ownFrame(texture, '0') && ownFrame(texture, '1') ? ownFrame(texture, '0') : null; // spritesheet
    };
    const supply = (texture, name) => {
      if ((typeof name !== 'string' || name === '') && typeof name !== 'number') return;
      if (ownFrame(texture, str(name))) return;
      const first = fromPlaceholder(texture);
      if (first) texture.add(name, first.sourceIndex, first.cutX, first.cutY, first.cutWidth, first.cutHeight);
    };
    for (const name of ['has', 'get']) {
      const orig = Texture.prototype[name];
      if (typeof orig !== 'function') continue;
      Texture.prototype[name] = cloak({ [name](frame) {
        try { if (S && arguments.length) supply(this, frame); } catch (e) { /* a check never breaks the call */ }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  }
  // A physics group applies its defaults to every body added to it (velocity 0, gravity on, not immovable, no bounce,
  // no world bounds unless its config says otherwise): what the program set on a body before group.add() is undone.
  // Noted at the add; reported at the end when the body still has the group's value (the program never set it again).
  const groupResetBodies = List(); // [body, what, the program's value, line]
  const RESET_FIELDS = [['velocity', (b) => (b.velocity.x !== 0 || b.velocity.y !== 0 ? b.velocity.x + ', ' + b.velocity.y : null), 'setVelocity'],
    ['allowGravity', (b) => (b.allowGravity === false ? 'false' : null), 'setAllowGravity'],
    ['immovable', (b) => (b.immovable === true ? 'true' : null), 'setImmovable'],
    ['bounce', (b) => (b.bounce.x !== 0 || b.bounce.y !== 0 ? b.bounce.x + ', ' + b.bounce.y : null), 'setBounce'],
    ['collideWorldBounds', (b) => (b.collideWorldBounds === true ? 'true' : null), 'setCollideWorldBounds']];
  function groupResets() {
    const PhysicsGroup = Phaser.Physics && Phaser.Physics.Arcade && Phaser.Physics.Arcade.Group;
    const orig = PhysicsGroup && PhysicsGroup.prototype.createCallbackHandler;
    if (typeof orig !== 'function') return;
    PhysicsGroup.prototype.createCallbackHandler = cloak(function createCallbackHandler(child) {
      const before = [];
      try {
        const b = S && child && child.body;
        if (b && b.velocity && b.bounce) for (let i = 0; i < RESET_FIELDS.length; i++) append(before, RESET_FIELDS[i][1](b));
      } catch (e) { /* a check never breaks the call */ }
      const out = apply(orig, this, arguments);
      try {
        const b = child && child.body;
        if (before.length && groupResetBodies.length < 64) {
          for (let i = 0; i < RESET_FIELDS.length; i++) {
            if (before[i] === null || RESET_FIELDS[i][1](b) !== null) continue;
            const line = programCaller();
            if (line !== null) listPush(groupResetBodies, [b, i, before[i], line, S.frame]);
          }
        }
      } catch (e) { /* ignore */ }
      return out;
    }, 'createCallbackHandler', orig.length, orig);
  }
  // is this object (or a group or list holding it) one side of a collider the program made (an overlap pushes nothing)?
  function collidesWith(o) {
    for (let i = 0; i < colliders.length; i++) {
      const entry = listAt(colliders, i);
      const c = entry[0];
      if (entry[1] !== 'collider' || !c || !c.active) continue;
      const sides = [c.object1, c.object2];
      for (let k = 0; k < 2; k++) {
        const side = sides[k];
        if (side === o) return true;
        try {
          if (isArray(side)) { for (let j = 0; j < side.length && j < 256; j++) if (side[j] === o || (side[j] && typeof side[j].contains === 'function' && side[j].contains(o))) return true; }
          else if (side && typeof side.contains === 'function' && side.contains(o)) return true;
        } catch (e) { /* a group the program broke: not known to hold it */ }
      }
    }
    return false;
  }
  // a reset still in place 10 frames after add() (the body may be gone by the end of the run: a pipe off the screen)
  let groupResetKept = null;
  let groupResetNext = 0;
  function groupResetsDue() {
    for (; groupResetNext < groupResetBodies.length && !groupResetKept; groupResetNext++) {
      const entry = listAt(groupResetBodies, groupResetNext);
      if (S.frame - entry[4] < 10) return;
      const b = entry[0];
      const o = b && b.gameObject;
      if (!o || !o.scene || !b.enable || RESET_FIELDS[entry[1]][1](b) !== null) continue;
      if (RESET_FIELDS[entry[1]][0] === 'allowGravity' && !(b.world && b.world.gravity && (b.world.gravity.x || b.world.gravity.y))) continue;
      if (RESET_FIELDS[entry[1]][0] === 'immovable' && !collidesWith(o)) continue;
      groupResetKept = entry;
    }
  }
  function groupResetsKept() {
    if (groupResetKept) {
      const [, field, was, line] = groupResetKept;
      const name = RESET_FIELDS[field][0];
      misuse('never_fires', 'group.add() reset the ' + name + ' the program gave this body (' + was + ') to the group\'s default: a physics group'
        + ' applies its config to every body added to it, so the ' + name + ' set before add() is lost (set it after add(), or give it in the'
        + " group's config)", RESET_FIELDS[field][2] + ' after group.add()', true, line);
      return;
    }
    for (let i = 0; i < groupResetBodies.length; i++) {
      const entry = listAt(groupResetBodies, i);
      const b = entry[0];
      const field = entry[1];
      const was = entry[2];
      const line = entry[3];
      const o = b && b.gameObject;
      if (!o || !o.scene || !b.enable || RESET_FIELDS[field][1](b) !== null) continue;
      const name = RESET_FIELDS[field][0];
      // gravity back on matters only in a world with gravity, immovable only to a body something collides with
      if (name === 'allowGravity' && !(b.world && b.world.gravity && (b.world.gravity.x || b.world.gravity.y))) continue;
      if (name === 'immovable' && !collidesWith(o)) continue;
      misuse('never_fires', 'group.add() reset the ' + name + ' the program gave this body (' + was + ') to the group\'s default: a physics group'
        + ' applies its config to every body added to it, so the ' + name + ' set before add() is lost (set it after add(), or give it in the'
        + " group's config)", RESET_FIELDS[field][2] + ' after group.add()', true, line);
      return;
    }
  }
  // body.touching.down read by the program while the body stands on the world's bottom edge or on tiles: those set
  // blocked.down and never touching (only another body does), so a jump that waits for touching.down never happens.
  // Phaser's own read of touching (in resetFlags) is left out; the program's reads are counted per body and frame.
  const touchingRecords = new WeakMapC(); // body -> {side: {falseFrames, lastFrame, sawTrue}, listed}
  const floorBodies = List(); // bodies the program read touching of while they stood against something not a body
  const SIDES = ['down', 'left', 'right'];
  let inResetFlags = false;
  function watchTouching(body) {
    const rec = { listed: false };
    apply(weakMapSet, touchingRecords, [body, rec]);
    const t = body.touching;
    for (let i = 0; i < SIDES.length; i++) {
      const side = SIDES[i];
      const d = t && getOwnPropertyDescriptor(t, side);
      if (!d || !d.writable || !d.configurable) continue;
      const st = { falseFrames: 0, lastFrame: -1, sawTrue: false };
      rec[side] = st;
      let value = d.value;
      defineProperty(t, side, { enumerable: d.enumerable, configurable: true,
        get: cloak({ [side]() {
          if (!inResetFlags && S) {
            try {
              if (value) st.sawTrue = true;
              else if (st.lastFrame !== S.frame && body.blocked && body.blocked[side] === true) {
                st.lastFrame = S.frame;
                st.falseFrames += 1;
                if (!rec.listed && floorBodies.length < 64) { rec.listed = true; listPush(floorBodies, body); }
              }
            } catch (e) { /* a check never breaks the read */ }
          }
          return value;
        } }[side], 'get ' + side, 0),
        set: cloak({ [side](v) { value = v; } }[side], 'set ' + side, 1) });
    }
  }
  // the program's code with its comments taken out (what a comment says does not count), made once per run
  function codeWithoutComments() {
    if (S.bareCode === undefined) S.bareCode = apply(strReplace, S.code || '', [/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '']);
    return S.bareCode;
  }
  // the line of the first place the program's code matches a pattern (for a finding seen at run time), or null
  function codeLineOf(re) {
    const code = S.code || '';
    const m = apply(regexpExec, re, [code]);
    return m ? apply(strSplit, slice(code, 0, m.index), ['\n']).length : null;
  }
  function hexColour(v) { return '0x' + apply(numberToString, v, [16]); }
  const SHAPE_TYPES = { Arc: true, Rectangle: true, Ellipse: true, Star: true, Triangle: true, Polygon: true, IsoBox: true, IsoTriangle: true };
  const LOADS_IMAGES = /\bload\s*\.\s*(image|spritesheet|atlas|multiatlas|atlasXML|unityAtlas|svg|tilemapTiledJSON|aseprite|texture)\s*\(/;
  function touchingReads() {
    const Body = Phaser.Physics && Phaser.Physics.Arcade && Phaser.Physics.Arcade.Body;
    const orig = Body && Body.prototype.resetFlags;
    if (typeof orig !== 'function') return;
    Body.prototype.resetFlags = cloak(function resetFlags() {
      try { if (S && this && this.touching && !apply(weakMapHas, touchingRecords, [this])) watchTouching(this); } catch (e) { /* ignore */ }
      const was = inResetFlags;
      inResetFlags = true;
      try { return apply(orig, this, arguments); } finally { inResetFlags = was; }
    }, 'resetFlags', orig.length, orig);
  }
  function touchingNeverSet() {
    if (!floorBodies.length) return;
    const code = codeWithoutComments();
    // the ground may be an image the validator answered with a placeholder of another size: where it stands is not the program's
    if (apply(regexpTest, LOADS_IMAGES, [code])) return;
    for (let k = 0; k < SIDES.length; k++) {
      const side = SIDES[k];
      const blocked = side === 'down' ? /\bblocked\s*(\.\s*down\b|\[)|\bonFloor\s*\(|\bisOnFloor\b/ : side === 'left' ? /\bblocked\s*(\.\s*left\b|\[)|\bonWall\s*\(/ : /\bblocked\s*(\.\s*right\b|\[)|\bonWall\s*\(/;
      if (apply(regexpTest, blocked, [code])) continue;
      for (let i = 0; i < floorBodies.length; i++) {
        const b = listAt(floorBodies, i);
        const rec = apply(weakMapGet, touchingRecords, [b]);
        const st = rec && rec[side];
        if (!st || st.sawTrue || st.falseFrames < 1) continue;
        const o = b.gameObject;
        const bounds = b.world && b.world.bounds;
        const edge = side === 'down' ? mathAbs(NumberC(b.bottom) - NumberC(bounds && bounds.bottom)) < 2 : side === 'left' ? mathAbs(NumberC(b.x) - NumberC(bounds && bounds.x)) < 2
          : mathAbs(NumberC(b.right) - NumberC(bounds && bounds.right)) < 2;
        const onEdge = !!(b.collideWorldBounds && bounds && edge);
        const where = side === 'down' ? (onEdge ? "stood on the world's bottom edge" : 'stood on a tilemap layer') : (onEdge ? "was against the world's " + side + ' edge' : 'was against a tile on its ' + side);
        misuse('never_fires', 'body.touching.' + side + ' was read ' + (st.falseFrames === 1 ? 'once' : 'on ' + st.falseFrames + ' frames') + ' while the ' + str(o ? o.type : 'body') + ' '
          + where + ', and it was never true: touching is set only by another body; ' + (onEdge ? 'the world bounds set' : 'tiles set') + ' body.blocked.' + side
          + ', so what waits for touching.' + side + ' never runs (test body.blocked.' + side + (side === 'down' ? ' or body.onFloor())' : ' or body.onWall())'),
        'body.blocked.' + side, true, null);
        return;
      }
    }
  }
  // osc.frequency = 660: an AudioParam property has no setter, so a sloppy-mode program's assignment does nothing
  // (strict mode throws). A setter reports it; the value still goes nowhere.
  const AUDIO_PARAMS = [['OscillatorNode', ['frequency', 'detune']], ['GainNode', ['gain']], ['StereoPannerNode', ['pan']],
    ['AudioBufferSourceNode', ['playbackRate', 'detune']], ['BiquadFilterNode', ['frequency', 'detune', 'Q', 'gain']],
    ['DelayNode', ['delayTime']]];
  function audioParamSetters() {
    for (let i = 0; i < AUDIO_PARAMS.length; i++) {
      const C = G[AUDIO_PARAMS[i][0]];
      if (typeof C !== 'function') continue;
      const names = AUDIO_PARAMS[i][1];
      for (let k = 0; k < names.length; k++) {
        const name = names[k];
        const d = getOwnPropertyDescriptor(C.prototype, name);
        if (!d || typeof d.get !== 'function' || d.set) continue;
        defineProperty(C.prototype, name, { get: d.get, enumerable: d.enumerable, configurable: true, set: cloak({ [name](v) {
          if (!S) return;
          try {
            const line = programCaller();
            if (line !== null) misuse('never_fires', 'node.' + name + ' = ... sets nothing: ' + name + ' is an AudioParam (node.' + name
              + '.value = ..., or node.' + name + '.setValueAtTime(value, time))', 'node.' + name + '.value', true, line);
          } catch (e) { /* ignore */ }
        } }[name], name, 1, d.get) });
      }
    }
  }
  // setInteractive() with no hit area on an object without a size (a Graphics): Phaser makes no hit area and says
  // nothing, so the object never gets a pointer event
  function sizelessInteractive() {
    const GO = Phaser.GameObjects && Phaser.GameObjects.GameObject;
    const orig = GO && GO.prototype.setInteractive;
    if (typeof orig !== 'function') return;
    GO.prototype.setInteractive = cloak(function setInteractive(hitArea) {
      const out = apply(orig, this, arguments);
      try {
        if (S && hitArea === undefined && this.type === 'Graphics' && !this.input) {
          const line = programCaller();
          if (line !== null) misuse('never_fires', 'setInteractive() on a Graphics with no hit area: a Graphics has no size, so Phaser makes no hit area and'
            + ' the object never gets a pointer event (setInteractive(new Phaser.Geom.Circle(x, y, r), Phaser.Geom.Circle.Contains))', 'a hit area shape', true, line);
        }
      } catch (e) { /* a check never breaks the call */ }
      return out;
    }, 'setInteractive', orig.length, orig);
  }
  // text.style.toJSON() gives flat keys (shadowOffsetX, wordWrapWidth) that a style object does not take: a copy of a
  // text's style made that way is Phaser's own doing, not a misspelt key
  const madeByToJSON = new WeakSetC();
  function styleCopies() {
    const TextStyle = Phaser.GameObjects && Phaser.GameObjects.TextStyle;
    const orig = TextStyle && TextStyle.prototype.toJSON;
    if (typeof orig !== 'function') return;
    TextStyle.prototype.toJSON = cloak(function toJSON() {
      const out = apply(orig, this, arguments);
      try { if (out && typeof out === 'object') apply(weakSetAdd, madeByToJSON, [out]); } catch (e) { /* ignore */ }
      return out;
    }, 'toJSON', orig.length, orig);
  }
  // localStorage.setItem(key, scores) with an object or a list of objects: storage keeps String(value),
  // '[object Object]', and what is read back is nothing of it
  function storageWrites() {
    const Storage = G.Storage;
    const orig = Storage && Storage.prototype.setItem;
    if (typeof orig !== 'function') return;
    let told = false;
    Storage.prototype.setItem = cloak(function setItem(key, value) {
      try {
        if (S && !told && value !== null && typeof value === 'object') {
          let objects = !isArray(value);
          for (let i = 0; !objects && i < value.length && i < 64; i++) objects = value[i] !== null && typeof value[i] === 'object';
          const line = objects ? programCaller() : null;
          if (line !== null) {
            told = true;
            misuse('wrong_argument', "Storage#setItem('" + slice(str(key), 0, 40) + "', ...) is given " + (isArray(value) ? 'a list of objects' : 'an object')
              + ": storage keeps strings, so it saves '[object Object]' and reading it back finds nothing of it (JSON.stringify the value, and JSON.parse it when reading)", 'JSON.stringify', true, line);
          }
        }
      } catch (e) { /* ignore */ }
      return apply(orig, this, arguments);
    }, 'setItem', orig.length, orig);
  }
  // Texts given new words while the game runs (a status line set on every move): meant to be seen
  const textSetLater = new WeakSetC();
  // Texts made empty (an answer line, a status line filled in later): their first words come from play
  const textBornEmpty = new WeakSetC();
  const textSeen = new WeakSetC();
  function textUpdates() {
    const Text = Phaser.GameObjects && Phaser.GameObjects.Text;
    const orig = Text && Text.prototype.setText;
    if (typeof orig !== 'function') return;
    Text.prototype.setText = cloak(function setText(value) {
      try {
        if (S && !apply(weakSetHas, textSeen, [this])) {
          apply(weakSetAdd, textSeen, [this]);
          if (value === '' || value === undefined || value === null) apply(weakSetAdd, textBornEmpty, [this]);
        }
        if (S && S.frame > 2 && value !== undefined && value !== null && value !== '') apply(weakSetAdd, textSetLater, [this]);
      } catch (e) { /* ignore */ }
      const out = apply(orig, this, arguments);
      try { if (S && !wrapRunOnTold) wrapRunsOn(this); } catch (e) { /* ignore */ }
      return out;
    }, 'setText', orig.length, orig);
  }
  // a text with a wrap width that is still far wider than it: basic wrapping breaks lines only at spaces, and a line
  // of Chinese (or one long word) has none, so it runs on past its box. Seen when the words are set (a typewriter
  // line may be short again by the end of the run)
  let wrapRunOnTold = false;
  function wrapRunsOn(t) {
    const style = t.style;
    const wrap = style ? NumberC(style.wordWrapWidth) : 0;
    if (!(wrap > 0) || style.wordWrapUseAdvanced === true || style.wordWrapCallback || !(NumberC(t.width) > wrap * 1.2 + 16)) return;
    wrapRunOnTold = true;
    misuse('misplaced', 'a Text with wordWrap width ' + mathRound(wrap) + ' is ' + mathRound(NumberC(t.width)) + ' px wide: basic wrapping breaks lines only at spaces, and this text has'
      + ' none where it should break (Chinese text, a long word), so it runs on past its box (add useAdvancedWrap: true to wordWrap)', 'wordWrap: { width, useAdvancedWrap: true }', true, codeLineOf(/wordWrap\s*:/));
  }
  // a tween's ease named the easings.net / jQuery way ('easeInQuad'): Phaser finds no such ease and falls back to
  // Linear without a word, so every eased motion is linear
  // certain for the easings.net / CSS naming ('easeInQuad', 'ease-in-out'); a Phaser-like name that is not one
  // ('Quintic.easeInOut', in an official example) only warns: the motion still runs, linearly
  const FOREIGN_EASE = /^ease(In|Out|InOut)[A-Z]\w*$|^ease(-in|-out|-in-out)?$/;
  function easeNames() {
    const TM = Phaser.Tweens && Phaser.Tweens.TweenManager;
    const get = Phaser.Tweens && Phaser.Tweens.Builders && Phaser.Tweens.Builders.GetEaseFunction;
    if (!TM || typeof get !== 'function') return;
    const linear = get('Linear');
    const check = (cfg) => {
      if (!cfg || typeof cfg !== 'object' || isArray(cfg)) return;
      const d = getOwnPropertyDescriptor(cfg, 'ease');
      const ease = d && 'value' in d ? d.value : undefined;
      if (typeof ease !== 'string' || get(ease) !== linear || apply(regexpTest, /^(linear|power0|none|linear\.\w+)$/i, [ease])) return;
      const line = programCaller();
      if (line !== null) misuse('wrong_argument', "ease '" + slice(ease, 0, 30) + "' is not an ease Phaser knows: it falls back to Linear without a word"
        + " (Phaser's names: 'Quad.easeIn', 'Sine.easeInOut', 'Bounce.easeOut', 'Back.easeOut', 'Power2', 'Cubic')", 'a Phaser ease name',
      apply(regexpTest, FOREIGN_EASE, [ease]), line);
    };
    for (const name of ['add', 'addCounter', 'chain']) {
      const orig = TM.prototype[name];
      if (typeof orig !== 'function') continue;
      TM.prototype[name] = cloak({ [name](cfg) {
        if (S) {
          try {
            check(cfg);
            if (name === 'add') plainTargets(cfg);
            const tl = cfg && typeof cfg === 'object' ? getOwnPropertyDescriptor(cfg, 'tweens') : null;
            if (tl && isArray(tl.value)) for (let i = 0; i < tl.value.length && i < 64; i++) check(tl.value[i]);
          } catch (e) { /* a check never breaks the call */ }
        }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  }
  // path.getPoint(t) / getTangent(t) with t past 1 (a progress summed every frame and never wrapped): a Path returns null
  // there and leaves the vector it was given as it was, so whatever follows the path stops for good
  function pathPastEnd() {
    const Path = Phaser.Curves && Phaser.Curves.Path;
    if (!Path) return;
    let noted = false;
    for (const name of ['getPoint', 'getTangent']) {
      const orig = Path.prototype[name];
      if (typeof orig !== 'function') continue;
      Path.prototype[name] = cloak({ [name](t) {
        const out = apply(orig, this, arguments);
        if (S && !noted && out === null && typeof t === 'number' && (t > 1.000001 || t < 0)) {
          try {
            const line = programCaller();
            if (line !== null) {
              noted = true;
              misuse('never_fires', 'Path#' + name + '(' + mathRound(t * 1000) / 1000 + '): t runs from 0 to 1, past the end a Path returns null and leaves the vector it was given unchanged, so what follows the path stops there (wrap t: t % 1)',
                't within 0..1', true, line);
            }
          } catch (e) { /* a check never breaks the call */ }
        }
        return out;
      } }[name], name, orig.length, orig);
    }
  }
  // JustDown(key) asked at two places in one frame (update() asks, then a helper it calls asks again): the first to ask
  // takes the key's just-pressed flag, so the later one gets false. Told at the end for a place that lost a press that way
  // and never once got true, while the place that took it is still asked on the last frame: a place kept for another
  // state (a title screen's SPACE, then play's) stops being asked once the state moves on, and gets its presses then
  const justDownSites = new MapC(); // program line -> { trues, starved: presses lost, starvedBy: line or null, last: frame }
  function justDownSite(line) {
    let site = apply(mapGet, justDownSites, [line]);
    if (!site) { site = { trues: 0, starved: 0, starvedFrame: -1, starvedBy: null, last: -1 }; apply(mapSet, justDownSites, [line, site]); }
    return site;
  }
  function justDownTakers() {
    const KB = Phaser.Input && Phaser.Input.Keyboard;
    const orig = KB && KB.JustDown;
    if (typeof orig !== 'function') return;
    const takenAt = new WeakMapC(); // key -> { frame, line } of the last call that got true
    KB.JustDown = cloak({ JustDown(key) {
      const out = apply(orig, this, arguments);
      if (S && key && typeof key === 'object') {
        try {
          const line = programCaller();
          if (line !== null) {
            const site = justDownSite(line);
            site.last = S.frame;
            if (out) { site.trues += 1; apply(weakMapSet, takenAt, [key, { frame: S.frame, line }]); } else {
              const taken = apply(weakMapGet, takenAt, [key]);
              if (taken && taken.frame === S.frame && taken.line !== line && site.starvedFrame !== S.frame) {
                site.starved += 1;
                site.starvedFrame = S.frame;
                if (site.starvedBy === null) site.starvedBy = taken.line;
              }
            }
          }
        } catch (e) { /* a check never breaks the call */ }
      }
      return out;
    } }.JustDown, 'JustDown', orig.length, orig);
  }
  function justDownStarved() {
    apply(mapForEach, justDownSites, [(site, line) => {
      const taker = site.starvedBy === null ? null : apply(mapGet, justDownSites, [site.starvedBy]);
      if (site.trues || !site.starved || !taker || taker.last < S.frame - 2 || site.last < S.frame - 2) return;
      misuse('never_fires', 'JustDown(key) at line ' + line + ' never returned true: the JustDown call at line ' + site.starvedBy
        + ' asks first in the same frame and takes the key\'s just-pressed flag, so this one is always false and what waits for it never runs (ask once a frame and keep the answer: const pressed = JustDown(key))',
        'one JustDown call a frame', true, line);
    }]);
  }
  // a velocity given to a Matter body asleep (enableSleeping): Matter moves no sleeping body, and a velocity does not
  // wake one (a force or a collision does), so the push is lost. Seen at the call, told only when the body still
  // sleeps after the next frame (the program may wake it itself)
  const sleepingPushes = List(); // [body, method, line]
  let sleepingPushTold = false;
  let fastMatterTold = false;
  function nonZero(v) {
    if (typeof v === 'number') return v !== 0 && v === v;
    if (!v || typeof v !== 'object') return false;
    const x = getOwnPropertyDescriptor(v, 'x');
    const y = getOwnPropertyDescriptor(v, 'y');
    return !!((x && typeof x.value === 'number' && x.value !== 0) || (y && typeof y.value === 'number' && y.value !== 0));
  }
  // Interpolation.Linear(heights, x / SEG) with x running to the whole track: k runs from 0 to 1 over the list, and
  // past 1 Linear carries the last two values' slope on (extrapolates) instead of reading the list at that index
  function interpolationPastEnd() {
    const I = Phaser.Math && Phaser.Math.Interpolation;
    if (!I) return;
    let noted = false;
    for (const name of ['Linear', 'Bezier', 'CatmullRom']) {
      const orig = I[name];
      if (typeof orig !== 'function') continue;
      I[name] = cloak({ [name](v, k) {
        if (S && !noted && typeof k === 'number' && (k > 1.000001 || k < -0.000001) && isArray(v) && v.length > 1) {
          try {
            const line = programCaller();
            if (line !== null) {
              noted = true;
              misuse('wrong_argument', 'Interpolation.' + name + '(values, ' + mathRound(k * 1000) / 1000 + '): k runs from 0 (the first value) to 1 (the last of '
                + v.length + '), not over the indexes; past 1 ' + name + ' extends the last slope beyond the list, so what it gives is not in the list at all (divide by the whole length, or by the number of values less one)',
              'k within 0..1', true, line);
            }
          } catch (e) { /* a check never breaks the call */ }
        }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  }
  // matter.add.constraint(prev, plank) where prev is plank itself (pushed before the one before it was read): a
  // constraint between a body and itself holds nothing, so the chain falls apart
  function selfConstraints() {
    const M = Phaser.Physics && Phaser.Physics.Matter && Phaser.Physics.Matter.Matter;
    const C = M && M.Constraint;
    if (!C || typeof C.create !== 'function') return;
    const orig = C.create;
    let noted = false;
    C.create = cloak({ create(options) {
      try {
        const a = options && typeof options === 'object' ? getOwnPropertyDescriptor(options, 'bodyA') : null;
        const b = options && typeof options === 'object' ? getOwnPropertyDescriptor(options, 'bodyB') : null;
        if (S && !noted && a && b && a.value && a.value === b.value) {
          const line = programCaller();
          if (line !== null) {
            noted = true;
            misuse('wrong_argument', 'a Matter constraint joins a body to itself: both ends are the same body, so it holds nothing and what it should tie together falls apart'
              + ' (read the body before it, e.g. the previous item, before adding the new one)', 'two different bodies', true, line);
          }
        }
      } catch (e) { /* a check never breaks the call */ }
      return apply(orig, this, arguments);
    } }.create, 'create', orig.length, orig);
  }
  function sleepingVelocities() {
    const M = Phaser.Physics && Phaser.Physics.Matter && Phaser.Physics.Matter.Matter;
    const Body = M && M.Body;
    if (!Body) return;
    for (const name of ['setVelocity', 'setAngularVelocity', 'setSpeed', 'setAngularSpeed']) {
      const orig = Body[name];
      if (typeof orig !== 'function') continue;
      Body[name] = cloak({ [name](body, value) {
        try {
          if (S && !sleepingPushTold && sleepingPushes.length < 8 && body && typeof body === 'object' && body.isSleeping === true && body.isStatic !== true && nonZero(value)) {
            const line = programCaller();
            if (line !== null) listPush(sleepingPushes, [body, name, line]);
          }
          // a speed in pixels a second, as Arcade takes it: Matter moves the body that far on every step
          if (S && !fastMatterTold && name === 'setVelocity' && value && typeof value === 'object') {
            const x = getOwnPropertyDescriptor(value, 'x'); const y = getOwnPropertyDescriptor(value, 'y');
            const speed = mathMax(x && typeof x.value === 'number' ? mathAbs(x.value) : 0, y && typeof y.value === 'number' ? mathAbs(y.value) : 0);
            const line = speed >= 100 && speed < 1e9 ? programCaller() : null;
            if (line !== null) {
              fastMatterTold = true;
              misuse('wrong_argument', 'a Matter body was given a velocity of ' + mathRound(speed) + ': Matter\'s velocity is pixels per step (about 60 steps a second), not per second as in Arcade,'
                + ' so the body jumps ' + mathRound(speed) + ' px a frame, through everything in its way, and leaves the world (speeds of 1-30)', 'a Matter speed in pixels per step', true, line);
            }
          }
        } catch (e) { /* a check never breaks the call */ }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  }
  function sleepingPushesLost() {
    for (let i = 0; i < sleepingPushes.length && !sleepingPushTold; i++) {
      const push = listAt(sleepingPushes, i);
      if (push[0].isSleeping !== true) continue;
      sleepingPushTold = true;
      misuse('never_fires', push[1] + '() was given to a Matter body that is asleep: Matter moves no sleeping body and a velocity does not wake one,'
        + ' so the push is lost and the body stays where it lies (call setAwake() on it first, or push it with applyForce)',
      'setAwake()', true, push[2]);
    }
    sleepingPushes.length = 0;
  }
  // a tween of plain data ({ h: 0 }) with no onUpdate: only code that reads the numbers each frame shows the change.
  // Nothing alone (update() may redraw from it); it makes 'the canvas never changed' certain
  let plainTweenNoted = false;
  function plainTargets(cfg) {
    if (plainTweenNoted || !cfg || typeof cfg !== 'object' || isArray(cfg)) return;
    const t = getOwnPropertyDescriptor(cfg, 'targets');
    const on = getOwnPropertyDescriptor(cfg, 'onUpdate');
    if (!t || on) return;
    const targets = isArray(t.value) ? t.value : [t.value];
    if (!targets.length || targets.length > 64) return;
    for (let i = 0; i < targets.length; i++) {
      const o = targets[i];
      if (!o || typeof o !== 'object' || getPrototypeOf(o) !== ObjectProto) return;
    }
    const line = programCaller();
    if (line === null) return;
    plainTweenNoted = true;
    // not a finding by itself: a hint that explains a canvas that never changed (the record's canvas.still_hint)
    S.stillHint = { message: 'a tween changes the numbers of a plain object (not a game object) and has no onUpdate: the change shows only if something redraws from those numbers every frame', line };
  }
  function nothingHooks() {
    everInteractive = new WeakSetC();
    const EE = Phaser.Events && Phaser.Events.EventEmitter;
    const GameObject = Phaser.GameObjects && Phaser.GameObjects.GameObject;
    const InputPlugin = Phaser.Input && Phaser.Input.InputPlugin;
    const World = Phaser.Physics && Phaser.Physics.Arcade && Phaser.Physics.Arcade.World;
    const DOMElement = Phaser.GameObjects && Phaser.GameObjects.DOMElement;
    const Key = Phaser.Input && Phaser.Input.Keyboard && Phaser.Input.Keyboard.Key;
    const base = EE ? getPrototypeOf(EE.prototype) : null;
    const registered = (emitter, name, fn) => {
      if (!S || typeof name !== 'string') return;
      if (name === 'drag' && typeof fn === 'function' && fn.length >= 4 && GameObject && emitter instanceof GameObject) dragSignature(fn);
      if (name === 'addedtoscene' && GameObject && emitter instanceof GameObject) { if (madeObjects.length < 4096) listPush(madeObjects, emitter); return; }
      if (DOMElement && emitter instanceof DOMElement) {
        // its element's own events are real, once asked for with addListener (checked at the end of the run)
        if (apply(regexpTest, NODE_EVENTS, [name]) && domListeners.length < 32) { const line = programCaller(); if (line !== null) listPush(domListeners, [emitter, name, line]); }
        return;
      }
      // this.input.on('keydown-LEFT'): the keyboard plugin emits key events, the scene's input plugin never does
      if (InputPlugin && emitter instanceof InputPlugin && apply(regexpTest, /^key(down|up)($|-)/, [name])) {
        const line = programCaller();
        if (line !== null) misuse('never_fires', "this.input.on('" + slice(name, 0, 40) + "'): key events are emitted by the keyboard plugin (this.input.keyboard), never by the scene's input plugin, so this handler never runs (this.input.keyboard.on('" + slice(name, 0, 40) + "'))", 'this.input.keyboard.on', true, line);
        return;
      }
      // spaceKey.on('keydown'): a Key emits only 'down' and 'up' (the keyboard plugin's 'keydown-SPACE' is another emitter's)
      if (Key && emitter instanceof Key && apply(regexpTest, /^(key(down|up|press)|press(ed)?|released?|justdown|justup)($|-)/i, [name])
          && !apply(strIncludes, S.code || '', ["emit('" + name]) && !apply(strIncludes, S.code || '', ['emit("' + name])) {
        const line = programCaller();
        if (line !== null) misuse('never_fires', "key.on('" + slice(name, 0, 40) + "'): a Key object emits only 'down' and 'up', never '" + slice(name, 0, 40) + "', so this handler never runs (key.on('down', ...), or this.input.keyboard.on('keydown-KEY', ...))", "key.on('down')", true, line);
        return;
      }
      // follower.on('complete') / sprite.on('complete'): a game object emits no 'complete' of its own (a video and a
      // particle emitter do); a path's end comes to startFollow({ onComplete }), an animation's end as 'animationcomplete'
      const PathFollower = Phaser.GameObjects && Phaser.GameObjects.PathFollower;
      const onPath = !!PathFollower && emitter instanceof PathFollower;
      if (GameObject && emitter instanceof GameObject && emitter.type !== 'Video' && emitter.type !== 'ParticleEmitter'
          && (name === 'complete' || (onPath && apply(regexpTest, /^(pathcomplete|pathend|finish|finished|end|done|arrive|arrived)$/, [name])))
          && !apply(strIncludes, S.code || '', ["emit('" + name]) && !apply(strIncludes, S.code || '', ['emit("' + name])) {
        const line = programCaller();
        const follower = onPath;
        const sprite = !follower && emitter.anims && typeof emitter.anims === 'object';
        if (line !== null) misuse('never_fires', (follower ? 'a PathFollower' : article(str(emitter.type))) + ".on('" + slice(name, 0, 30) + "'): a game object emits no '" + slice(name, 0, 30) + "' of its own, so this handler never runs ("
          + (follower ? 'the end of the path comes to startFollow({ ..., onComplete }), or follower.pathTween.on(\'complete\')' : sprite ? "an animation's end is 'animationcomplete'" : "a tween's end comes to its onComplete") + ')',
        follower ? 'startFollow({ onComplete })' : sprite ? "'animationcomplete'" : 'onComplete', true, line);
        return;
      }
      const why = deadEventName(name);
      const pointer = !why && GameObject && emitter instanceof GameObject && apply(arrayIncludes, POINTER_EVENTS, [name]);
      const scene = !why && !pointer && ((InputPlugin && emitter instanceof InputPlugin && apply(mapHas, SCENE_INPUT, [name]))
        || (name === 'worldbounds' && World && emitter instanceof World));
      if (!why && !pointer && !scene) { customListener(emitter, name); return; }
      if (why ? deadNames.length >= 64 : (pointer ? deadListeners.length >= 64 : sceneListeners.length >= 16)) return;
      const line = programCaller();
      if (line === null) return;
      if (why) listPush(deadNames, [name, why, line]);
      else if (pointer) listPush(deadListeners, [emitter, name, line]);
      else listPush(sceneListeners, [emitter, name, line]);
    };
    if (base) {
      const names = ['on', 'once', 'addListener'];
      for (let i = 0; i < names.length; i++) {
        const d = getOwnPropertyDescriptor(base, names[i]);
        if (!d || typeof d.value !== 'function') continue;
        const orig = d.value;
        defineProperty(base, names[i], { value: cloak({ [names[i]](event) {
          try { registered(this, event, arguments[1]); } catch (e) { /* a check never breaks the call */ }
          return apply(orig, this, arguments);
        } }[names[i]], names[i], orig.length, orig), writable: true, configurable: true, enumerable: d.enumerable });
      }
    }
    // a game object's own 'drag' handler written with the input plugin's (pointer, gameObject, dragX, dragY): the
    // object emits (pointer, dragX, dragY), so `gameObject` is a number and `gameObject.x = dragX` does nothing
    const dragSignature = (fn) => {
      const line = programCaller();
      if (line === null) return;
      misuse('wrong_argument', "gameObject.on('drag', (pointer, gameObject, dragX, dragY) => ...): a game object calls its drag handler with"
        + ' (pointer, dragX, dragY), so the second parameter is a number and the object never moves (this.input.on(\'drag\', ...) passes the'
        + ' game object)', 'a handler (pointer, dragX, dragY)', true, line);
    };
    // data events go out on the emitter of the DataManager that changed: registry.events for the registry, the scene's
    // events for this.data, the object for setData
    const DATA_EVENT = /^(changedata|setdata|removedata)(-|$)/;
    // a Phaser event awaited on an emitter that never sends it
    const ANIMATION_EVENT = /^animation(start|restart|repeat|update|complete|stop)(-|$)/;
    const misplaced = (name, why, expected) => {
      const line = programCaller();
      if (line === null || emitsItself(S.code || '', name)) return;
      misuse('never_fires', "on('" + slice(name, 0, 60) + "') on an emitter that never sends it: " + why + ', so the handler never runs', expected, true, line);
    };
    const customListener = (emitter, name) => {
      if (customListeners.length >= 64) return;
      if (GameObject && emitter instanceof GameObject && apply(regexpTest, /^gameobject(down|up|over|out|move|wheel)$/, [name])) {
        misplaced(name, "a game object emits '" + apply(strReplace, name, ['gameobject', 'pointer']) + "' for itself; '" + name + "' comes from the scene's input plugin (this.input.on('" + name + "', (pointer, gameObject) => ...))", "gameObject.on('" + apply(strReplace, name, ['gameobject', 'pointer']) + "')");
        return;
      }
      if (name === 'worldbounds' && World && !(emitter instanceof World)) { misplaced(name, 'only this.physics.world emits \'worldbounds\' (this.physics.world.on(\'worldbounds\', ...))', 'this.physics.world'); return; }
      const Camera = Phaser.Cameras && Phaser.Cameras.Scene2D && Phaser.Cameras.Scene2D.BaseCamera;
      if (Camera && apply(strStartsWith, name, ['camera']) && apply(mapHas, phaserEventNames(), [name]) && !(emitter instanceof Camera)) {
        misplaced(name, 'a camera emits \'' + name + '\' (this.cameras.main.on(\'' + name + '\', ...)), not the scene\'s or the game\'s events', 'this.cameras.main');
        return;
      }
      if (apply(regexpTest, ANIMATION_EVENT, [name]) && !(GameObject && emitter instanceof GameObject)) {
        misplaced(name, 'the sprite playing an animation emits \'' + name + '\' (sprite.on(\'' + name + '\', ...)); this.anims, the animation manager, emits only add, remove, pauseall and resumeall', 'the sprite that plays the animation');
        return;
      }
      const data = apply(regexpTest, DATA_EVENT, [name]) && !(GameObject && emitter instanceof GameObject);
      if (!data && apply(mapHas, phaserEventNames(), [name])) return;
      for (let i = 0; i < eventPrefixes.length && !data; i++) if (apply(strStartsWith, name, [eventPrefixes[i]])) return;
      const line = programCaller();
      if (line === null) return;
      listPush(customListeners, [emitter, name, line]);
      if (!apply(mapHas, customEmits, [name])) apply(mapSet, customEmits, [name, List()]);
    };
    const emit = base ? getOwnPropertyDescriptor(base, 'emit') : null;
    if (emit && typeof emit.value === 'function') {
      const orig = emit.value;
      defineProperty(base, 'emit', { value: cloak(function emit(event) {
        if (customListeners.length && typeof event === 'string') {
          const on = apply(mapGet, customEmits, [event]);
          if (on && on.length < 8 && !listHas(on, this)) listPush(on, this);
        }
        if (typeof event === 'string' && apply(mapHas, WATCHED, [event])) apply(mapSet, emittedNames, [event, true]);
        if (event === 'addedtoscene') {
          try {
            const d = getOwnPropertyDescriptor(this, 'displayList');
            if (d && d.value) apply(weakSetAdd, everShown, [this]);
            if (S && !apply(weakMapHas, bornAt, [this])) {
              const td = this.type === 'Text' ? getOwnPropertyDescriptor(this, '_text') : null;
              apply(weakMapSet, bornAt, [this, [S.frame, NumberC(this.x), NumberC(this.y), td ? td.value : undefined]]);
            }
          } catch (e) { /* ignore */ }
        }
        if (deadNames.length && typeof event === 'string') { for (let i = 0; i < deadNames.length; i++) if (listAt(deadNames, i)[0] === event) apply(mapSet, emittedNames, [event, true]); }
        return apply(orig, this, arguments);
      }, 'emit', orig.length, orig), writable: true, configurable: true, enumerable: emit.enumerable });
    }
    if (DOMElement && typeof DOMElement.prototype.addListener === 'function') {
      const origAdd = DOMElement.prototype.addListener;
      DOMElement.prototype.addListener = cloak(function addListener(events) {
        try {
          if (typeof events === 'string') {
            let asked = apply(weakMapGet, domAsked, [this]);
            if (!asked) { asked = List(); apply(weakMapSet, domAsked, [this, asked]); }
            const names = apply(strSplit, events, [' ']);
            for (let i = 0; i < names.length && i < 16; i++) listPush(asked, names[i]);
          }
        } catch (e) { /* ignore */ }
        return apply(origAdd, this, arguments);
      }, 'addListener', origAdd.length, origAdd);
    }
    groupResets();
    touchingReads();
    judgeOnDestroy();
    revealHook();
    if (InputPlugin) {
      for (const name of ['setHitArea', 'enable']) {
        const orig = InputPlugin.prototype[name];
        if (typeof orig !== 'function') continue;
        InputPlugin.prototype[name] = cloak({ [name](gameObjects) {
          const out = apply(orig, this, arguments);
          try {
            const list = isArray(gameObjects) ? gameObjects : [gameObjects];
            for (let i = 0; i < list.length && i < 10000; i++) {
              const o = list[i];
              if (!o || typeof o !== 'object') continue;
              apply(weakSetAdd, everInteractive, [o]);
              if (!inputSeen.interactive || interactiveLines.length < 256) {
                const line = programCaller();
                if (line !== null && interactiveLines.length < 256) listPush(interactiveLines, line);
              }
              inputSeen.interactive = true;
              const d = getOwnPropertyDescriptor(o, 'input');
              if (d && d.value && typeof d.value === 'object' && d.value.dropZone) inputSeen.dropZone = true;
            }
          } catch (e) { /* ignore */ }
          return out;
        } }[name], name, orig.length, orig);
      }
      const origDraggable = InputPlugin.prototype.setDraggable;
      if (typeof origDraggable === 'function') {
        InputPlugin.prototype.setDraggable = cloak(function setDraggable(gameObjects, value) {
          try {
            if (value !== false) {
              const list = isArray(gameObjects) ? gameObjects : [gameObjects];
              for (let i = 0; i < list.length && i < 10000; i++) if (list[i] && typeof list[i] === 'object') apply(weakSetAdd, everDraggable, [list[i]]);
              inputSeen.draggable = true;
            }
          } catch (e) { /* ignore */ }
          return apply(origDraggable, this, arguments);
        }, 'setDraggable', origDraggable.length, origDraggable);
      }
    }
    const Graphics = Phaser.GameObjects && Phaser.GameObjects.Graphics;
    if (Graphics) graphicsHooks(Graphics.prototype);
    const StaticBody = Phaser.Physics && Phaser.Physics.Arcade && Phaser.Physics.Arcade.StaticBody;
    if (StaticBody) {
      for (const name of ['setSize', 'setOffset', 'setCircle']) {
        const orig = StaticBody.prototype[name];
        if (typeof orig !== 'function') continue;
        StaticBody.prototype[name] = cloak({ [name]() {
          try { if (S && programCaller() !== null) apply(weakSetAdd, shapedBodies, [this]); } catch (e) { /* ignore */ }
          return apply(orig, this, arguments);
        } }[name], name, orig.length, orig);
      }
    }
    const Textures = Phaser.Textures && Phaser.Textures.TextureManager;
    if (Textures) {
      const orig = Textures.prototype.get;
      if (typeof orig === 'function') {
        Textures.prototype.get = cloak(function get(key) {
          try {
            if (S && typeof key === 'string' && missingTextures.length < 16) {
              const list = this.list;
              if (list && typeof list === 'object' && !getOwnPropertyDescriptor(list, key)) {
                const line = programCaller();
                if (line !== null) listPush(missingTextures, [key, line, list]);
              }
            }
          } catch (e) { /* ignore */ }
          return apply(orig, this, arguments);
        }, 'get', orig.length, orig);
      }
    }
    const Keyboard = Phaser.Input && Phaser.Input.Keyboard && Phaser.Input.Keyboard.KeyboardPlugin;
    if (Keyboard) {
      const orig = Keyboard.prototype.addKey;
      if (typeof orig === 'function') {
        Keyboard.prototype.addKey = cloak(function addKey(key) {
          try {
            if (S && (key === undefined || key === null || (typeof key === 'string' && keyCodeOf(key) === undefined))) {
              const line = programCaller();
              if (line !== null) misuse('never_fires', 'KeyboardPlugin#addKey(): ' + (typeof key === 'string' ? "'" + slice(key, 0, 40) + "' is not a key name" : 'the key is ' + key) + ', the key never goes down (Phaser.Input.Keyboard.KeyCodes has the names)', 'a key name or code', true, line);
            }
          } catch (e) { /* ignore */ }
          return apply(orig, this, arguments);
        }, 'addKey', orig.length, orig);
      }
    }
    // this.physics.overlap(player, ladders) asked each frame: its operands, by the line that asks (judged at the end)
    const Plugin = Phaser.Physics && Phaser.Physics.Arcade && Phaser.Physics.Arcade.ArcadePhysics;
    if (Plugin) {
      for (const name of ['overlap', 'collide']) {
        const orig = Plugin.prototype[name];
        if (typeof orig !== 'function') continue;
        Plugin.prototype[name] = cloak({ [name](object1, object2) {
          try {
            // (asked every frame: the stack is read only for a pair of operands not seen before)
            if (S && object1 && object2 && directTests.length < 16) {
              let k = 0;
              while (k < directTests.length && !(listAt(directTests, k)[0] === object1 && listAt(directTests, k)[1] === object2)) k++;
              if (k === directTests.length) {
                const line = programCaller();
                if (line !== null) listPush(directTests, [object1, object2, name, line]);
              }
            }
          } catch (e) { /* ignore */ }
          return apply(orig, this, arguments);
        } }[name], name, orig.length, orig);
      }
    }
    const Factory = Phaser.Physics && Phaser.Physics.Arcade && Phaser.Physics.Arcade.Factory;
    if (Factory) {
      const names = ['collider', 'overlap'];
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const orig = Factory.prototype[name];
        if (typeof orig !== 'function') continue;
        Factory.prototype[name] = cloak({ [name]() {
          try {
            if (S) {
              let bad = null;
              for (let k = 0; k < 2 && k < arguments.length && bad === null; k++) {
                const v = arguments[k];
                if (v === undefined || (k === 0 && v === null)) bad = 'object' + (k + 1) + ' is ' + v + ' (created later than this call?)';
                else if (isArray(v)) { for (let j = 0; j < v.length && j < 256; j++) if (v[j] === undefined || v[j] === null) { bad = 'object' + (k + 1) + ' has ' + v[j] + ' at index ' + j; break; } }
              }
              if (bad === null && arguments.length >= 3 && arguments[2] === undefined) bad = 'its callback is undefined (a misspelt or missing method?)';
              if (bad !== null) {
                const line = programCaller();
                if (line !== null) misuse('missing_object', 'ArcadePhysics.Factory#' + name + '(): ' + bad + ', so it never ' + (name === 'collider' ? 'collides' : 'overlaps') + ' as the code says', 'game objects, groups and a callback', true, line);
              }
            }
          } catch (e) { /* ignore */ }
          const made = apply(orig, this, arguments);
          try {
            if (S && colliders.length < 32) { const line = programCaller(); if (line !== null) listPush(colliders, [made, name, line]); }
          } catch (e) { /* ignore */ }
          return made;
        } }[name], name, orig.length, orig);
      }
    }
    const TextStyle = Phaser.GameObjects && Phaser.GameObjects.TextStyle;
    if (TextStyle) {
      // text colours are CSS strings: the canvas drops a number and draws black (0 is black either way)
      const colourNumber = (where, key, v) => {
        if (typeof v !== 'number' || v === 0) return;
        const line = programCaller();
        if (line !== null) misuse('wrong_argument', where + ": text colour '" + key + "' expects a CSS colour string, got a number (the canvas ignores it and draws the text black)", 'string', true, line);
      };
      const read = (o, k) => { const d = o && typeof o === 'object' ? getOwnPropertyDescriptor(o, k) : undefined; return d && 'value' in d ? d.value : undefined; };
      const methods = [['setStyle', -1], ['setColor', 0], ['setFill', 0], ['setStroke', 0], ['setBackgroundColor', 0], ['setShadowColor', 0]];
      for (let i = 0; i < methods.length; i++) {
        const name = methods[i][0];
        const orig = TextStyle.prototype[name];
        if (typeof orig !== 'function') continue;
        TextStyle.prototype[name] = cloak({ [name](value) {
          try {
            if (S && name === 'setStyle') {
              const keys = ['color', 'fill', 'stroke', 'backgroundColor'];
              for (let k = 0; k < keys.length; k++) colourNumber('Text style', keys[k], read(value, keys[k]));
              colourNumber('Text style', 'shadow.color', read(read(value, 'shadow'), 'color'));
            } else if (S) colourNumber('Text#' + name + '()', 'colour', value);
          } catch (e) { /* ignore */ }
          return apply(orig, this, arguments);
        } }[name], name, orig.length, orig);
      }
    }
    const Clock = Phaser.Time && Phaser.Time.Clock;
    // a timer's delay or repeat count that is NaN: the delay never passes; a NaN repeat count is not above 0 after the first call
    const nanTiming = (name, args) => {
      if (name === 'delayedCall') return typeof args[0] === 'number' && numberIsNaN(args[0]) ? 'delay' : null;
      const cfg = args[0];
      if (!cfg || typeof cfg !== 'object' || !isPlain(cfg)) return null;
      for (const key of ['delay', 'repeat']) {
        const d = getOwnPropertyDescriptor(cfg, key);
        if (d && 'value' in d && typeof d.value === 'number' && numberIsNaN(d.value)) return key;
      }
      return null;
    };
    if (Clock) {
      const wrapClock = (name, callbackOf) => {
        const orig = Clock.prototype[name];
        if (typeof orig !== 'function') return;
        Clock.prototype[name] = cloak({ [name]() {
          try {
            if (S) {
              const missing = callbackOf(arguments);
              if (missing) {
                const line = programCaller();
                if (line !== null) misuse('missing_object', 'Clock#' + name + '(): ' + missing + ' is undefined (a misspelt or missing method?): the timer does nothing', 'a function', !bareCallbackAt(line, name === 'delayedCall' ? null : slice(missing, 5, missing.length - 1)), line);
              }
              const nan = nanTiming(name, arguments);
              if (nan) {
                const line = programCaller();
                if (line !== null) misuse('wrong_argument', 'Clock#' + name + '(): ' + (nan === 'delay' ? 'the delay' : "'repeat'") + ' is NaN (worked out from a value that is not set yet, or not a number): '
                  + (nan === 'delay' ? 'the timer never fires' : 'the timer fires once and never repeats'), 'a number', true, line);
              }
            }
          } catch (e) { /* ignore */ }
          return apply(orig, this, arguments);
        } }[name], name, orig.length, orig);
      };
      wrapClock('delayedCall', (args) => (args.length >= 2 && args[1] === undefined ? 'its callback' : null));
      wrapClock('addEvent', (args) => undefinedCallbacks(args[0], ['callback']));
    }
  }
  // a callback given as a bare variable (onComplete: done, delayedCall(ms, cb)): a parameter some callers leave out
  // on purpose, not a misspelt method; only a warning when it is undefined
  function bareCallbackAt(line, key) {
    if (line === null) return false;
    const lines = apply(strSplit, str(S.code), ['\n']);
    let text = '';
    for (let i = line - 1; i < lines.length && i < line + 11; i++) text += lines[i] + '\n';
    if (key === null) {
      const m = apply(regexpExec, /delayedCall\s*\(\s*[^,()]+,\s*([A-Za-z_$][\w$]*)\s*[,)]/, [text]);
      return !!m && m[1] !== 'this';
    }
    const re = /(?:^|[{,\s])(on[A-Z]\w*|callback)\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?(?=[,}\n]|$)/g;
    for (let m = apply(regexpExec, re, [text]); m; m = apply(regexpExec, re, [text])) if (m[1] === key && m[2] !== 'this') return true;
    return false;
  }
  // 'callback' or 'onComplete' given as a key of a config literal but undefined
  function undefinedCallbacks(cfg, keys) {
    if (!cfg || typeof cfg !== 'object' || isArray(cfg) || !isPlain(cfg)) return null;
    const own = objectKeys(cfg);
    for (let i = 0; i < own.length && i < 64; i++) {
      const k = own[i];
      if (!apply(arrayIncludes, keys, [k]) && !(k.length > 2 && k[0] === 'o' && k[1] === 'n' && k[2] >= 'A' && k[2] <= 'Z')) continue;
      const d = getOwnPropertyDescriptor(cfg, k);
      if (d && 'value' in d && d.value === undefined) return "its '" + k + "'";
    }
    return null;
  }
  // the index of the first occurrence of text quoted in the code ('text', "text", `text`) whose preceding code
  // matches `before` (a regex anchored at its end); -1: none
  function quotedAt(code, text, before) {
    for (let at = apply(strIndexOf, code, [text]); at >= 0; at = apply(strIndexOf, code, [text, at + 1])) {
      const q = code[at - 1];
      if ((q !== "'" && q !== '"' && q !== '`') || code[at + text.length] !== q) continue;
      if (apply(regexpTest, before, [slice(code, mathMax(0, at - 80), at - 1)])) return at;
    }
    return -1;
  }
  // the line number of an index of the code
  function lineAt(code, index) {
    let line = 1;
    for (let i = apply(strIndexOf, code, ['\n']); i >= 0 && i < index; i = apply(strIndexOf, code, ['\n', i + 1])) line++;
    return line;
  }
  // does the code emit this event itself (emit('name' ...), maybe later than the run)?
  function emitsItself(code, name) { return quotedAt(code, name, /\bemit\s*\(\s*$/) >= 0; }
  // a collider or overlap with an operand that has no physics body (an object made with this.add, a plain group):
  // Arcade skips it, nothing ever collides (a tilemap layer needs none). Destroyed objects and destroyed colliders are left out.
  function bodiless(o, overlapOnly) {
    const GameObject = Phaser.GameObjects.GameObject;
    const Group = Phaser.GameObjects.Group;
    const alive = (g) => { const d = getOwnPropertyDescriptor(g, 'scene'); return !!(d && d.value); };
    const noBody = (g) => { const d = getOwnPropertyDescriptor(g, 'body'); return !(d && d.value); };
    // a tilemap layer collides by its tiles, with no body of its own (Arcade's collideSpriteVsTilemapLayer)
    const tiles = (g) => { try { return !!g.isTilemap; } catch (e) { return true; } };
    // (an overlap tests every tile of a layer, colliding or not: World#collideSpriteVsTilemapLayer filters only colliders)
    if (o instanceof GameObject && tiles(o) && alive(o)) return overlapOnly ? null : noTileCollides(o);
    if (o instanceof GameObject) return alive(o) && noBody(o) && !tiles(o) ? 'a ' + str(o.type) + ' without a physics body' : null;
    const Tilemap = Phaser.Tilemaps && Phaser.Tilemaps.Tilemap;
    if (Tilemap && o instanceof Tilemap) return 'the Tilemap itself (Arcade collides with its layers: pass the layer that createLayer() returned)';
    if (o instanceof Group) {
      const children = o.getChildren();
      let n = 0;
      for (let i = 0; i < children.length && i < 512; i++) { if (!(children[i] instanceof GameObject) || !alive(children[i])) continue; if (!noBody(children[i])) return null; n++; }
      return n ? 'a group whose ' + n + ' members have no physics body (a plain this.add.group())' : null;
    }
    return null;
  }
  // a tilemap layer none of whose tiles collides (setCollisionByProperty on a map made from an array, whose tiles have
  // no properties; setCollision with an index the map does not use): nothing stops at its walls
  function noTileCollides(layer) {
    const rows = layer.layer && isArray(layer.layer.data) ? layer.layer.data : null;
    if (!rows) return null;
    let filled = 0;
    for (let y = 0; y < rows.length && y < 512; y++) {
      const row = rows[y];
      if (!isArray(row)) return null;
      for (let x = 0; x < row.length && x < 512; x++) {
        const t = row[x];
        if (!t || t.index < 0) continue;
        filled++;
        if (t.collides || t.collideLeft || t.collideRight || t.collideUp || t.collideDown || t.collisionCallback) return null;
      }
    }
    return filled ? 'a tilemap layer none of whose ' + filled + ' tiles collides (setCollisionByProperty finds no tile with that property on a map'
      + ' made from an array, whose tiles have none: use setCollision(index) or setCollisionBetween)' : null;
  }
  // why a collider can never act, or null (a collider left over from a shut-down scene, its group destroyed: null)
  function colliderBodiless(c) {
    let why = null;
    try {
      const pair = [c.object1, c.object2];
      const overlapOnly = c.overlapOnly === true;
      for (let k = 0; k < 2 && why === null; k++) {
        const o = pair[k];
        if (isArray(o)) { for (let j = 0; j < o.length && j < 64 && why === null; j++) why = o[j] ? bodiless(o[j], overlapOnly) : null; } else if (o) why = bodiless(o, overlapOnly);
      }
    } catch (e) { return null; }
    return why;
  }
  // a scene restart drops its world's colliders (and destroys their objects) before the run ends: they are judged
  // as the scene starts to shut down or a collider is destroyed (at most 8)
  const endedBodiless = List(); // [why, collider | overlap, line]
  const judged = new WeakSetC();
  function judgeBefore(matches) {
    for (let i = 0; S && i < colliders.length && endedBodiless.length < 8; i++) {
      const entry = listAt(colliders, i);
      const c = entry[0];
      if (!c || typeof c !== 'object' || !c.active || !matches(c) || apply(weakSetHas, judged, [c])) continue;
      apply(weakSetAdd, judged, [c]);
      const why = colliderBodiless(c);
      if (why !== null) listPush(endedBodiless, [why, entry[1], entry[2]]);
    }
  }
  function judgeOnDestroy() {
    const Arcade = Phaser.Physics && Phaser.Physics.Arcade;
    const hooks = [[Arcade && Arcade.Collider, 'destroy', (self) => (c) => c === self], [Phaser.Scenes && Phaser.Scenes.Systems, 'shutdown', (self) => (c) => !!c.world && c.world.scene === self.scene]];
    for (let h = 0; h < hooks.length; h++) {
      const C = hooks[h][0];
      const name = hooks[h][1];
      const matcher = hooks[h][2];
      const orig = C && C.prototype[name];
      if (typeof orig !== 'function') continue;
      C.prototype[name] = cloak({ [name]() {
        try { judgeBefore(matcher(this)); } catch (e) { /* a check never breaks the call */ }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  }
  function bodilessColliders() {
    const found = List();
    for (let i = 0; i < colliders.length; i++) {
      const entry = listAt(colliders, i);
      const c = entry[0];
      if (!c || typeof c !== 'object' || !c.active) continue;
      const why = colliderBodiless(c);
      if (why !== null) listPush(found, [why, entry[1], entry[2]]);
    }
    for (let i = 0; i < endedBodiless.length; i++) listPush(found, listAt(endedBodiless, i));
    for (let i = 0; i < found.length; i++) {
      const entry = listAt(found, i);
      const why = entry[0];
      misuse('never_fires', 'ArcadePhysics.Factory#' + entry[1] + '(): one of its objects is ' + why + ': Arcade skips it, so it never ' + (entry[1] === 'collider' ? 'collides' : 'overlaps') + ' (make it with this.physics.add… or physics.add.existing())', 'objects with physics bodies', true, entry[2]);
    }
    for (let i = 0; i < directTests.length && !found.length; i++) {
      const [o1, o2, name, line] = listAt(directTests, i);
      let why = null;
      try { why = bodiless(o1, name === 'overlap') || bodiless(o2, name === 'overlap'); } catch (e) { why = null; }
      if (why === null) continue;
      misuse('never_fires', 'ArcadePhysics#' + name + '(): one of its objects is ' + why + ': Arcade skips it, so it is never true (make it with this.physics.add… or physics.add.existing())', 'objects with physics bodies', true, line);
      break;
    }
  }
  // static bodies left where and as big as their object was when the body was made: the object was scaled, resized
  // or moved later without refreshBody(), so things collide with an invisible box (a static body never follows its
  // object, unlike a dynamic one). Bodies the program sized itself, rotated objects and container children are left out.
  // checked every 48 frames too: a static body left behind by an object that moves (a paddle on the pointer, a saw on a
  // yoyo tween) may be back in place by the end of the run
  let staleStaticSeen = null;
  // how a static body differs from its object's drawn box, or '' (only the centre for a turned object, and for a
  // squashed one whose origin keeps its centre in place)
  function staticBodyOff(b, o, centreOnly) {
    const turned = !!o.rotation;
    if ((turned || centreOnly) && (o.originX !== 0.5 || o.originY !== 0.5)) return '';
    const w = mathAbs(NumberC(o.displayWidth));
    const h = mathAbs(NumberC(o.displayHeight));
    if (!isFiniteF(w) || !isFiniteF(h) || w === 0 || h === 0) return '';
    const cx = NumberC(o.x) - w * NumberC(o.originX) + w / 2;
    const cy = NumberC(o.y) - h * NumberC(o.originY) + h / 2;
    const bc = b.center;
    if (!bc || !isFiniteF(cx) || !isFiniteF(cy)) return '';
    const sized = !turned && !centreOnly && (mathAbs(b.width - w) > 2 || mathAbs(b.height - h) > 2);
    if (!sized && mathAbs(bc.x - cx) <= 2 && mathAbs(bc.y - cy) <= 2) return '';
    return str(o.type) + ' at ' + mathRound(cx) + ',' + mathRound(cy) + ' (' + mathRound(w) + 'x' + mathRound(h) + ') has its static body at ' + mathRound(bc.x) + ',' + mathRound(bc.y) + ' (' + mathRound(b.width) + 'x' + mathRound(b.height) + ')';
  }
  function staleStaticBodies(during) {
    if (!during && staleStaticSeen) { misuse('never_fires', staleStaticSeen, 'refreshBody() after setScale / setPosition / setSize', true, null); return; }
    const g = game();
    const scenes = g && g.scene && isArray(g.scene.scenes) ? g.scene.scenes : [];
    for (let i = 0; i < scenes.length && i < 16; i++) {
      const sc = scenes[i];
      const world = sc && sc.physics && sc.physics.world;
      if (!world || !world.staticBodies) continue;
      let stale = 0;
      let example = null;
      let turnedExample = null;
      const bodies = [];
      if (isArray(world.staticBodies.entries)) { for (let k = 0; k < world.staticBodies.entries.length && k < 1000; k++) append(bodies, world.staticBodies.entries[k]); } else if (typeof world.staticBodies.forEach === 'function') world.staticBodies.forEach((b) => { if (bodies.length < 1000) append(bodies, b); });
      for (let k = 0; k < bodies.length; k++) {
        const b = bodies[k];
        // (a body switched off collides with nothing, wherever it was left: a plank that falls away)
        if (!b || typeof b !== 'object' || apply(weakSetHas, shapedBodies, [b]) || b.isCircle || b.enable === false) continue;
        const o = b.gameObject;
        if (!o || typeof o !== 'object' || !o.scene || o.parentContainer) continue;
        // an object squashed by a yoyo tween of its scale (a trampoline's bounce) is drawn off its body only for the
        // tween: it is judged as it was when the first squash began, and by its centre when that stays put
        const before = apply(weakMapGet, squashStart, [o]);
        const now = staticBodyOff(b, o, before !== undefined);
        const off = before === undefined ? now : (before || now);
        if (off) {
          stale++;
          if (!example) { example = off; turnedExample = mathAbs(mathSin(NumberC(o.rotation) / 2)) > 0.005 ? o : null; }
        }
      }
      if (!stale) continue;
      // a turned object: refreshBody() was no help, a static body cannot turn and is placed from the turned top-left corner
      const why = turnedExample ? ', the first turned (angle ' + mathRound(NumberC(turnedExample.angle)) + '): a static body cannot turn, and refreshBody() places its unturned box from the turned top-left corner, off the drawing'
        + ' (turn the picture in its texture instead)'
        : ', which changed size or place after the body was made without refreshBody() (a static body never follows)';
      const message = stale + ' static bod' + (stale > 1 ? 'ies do' : 'y does') + ' not match ' + (stale > 1 ? 'their objects' : 'its object') + why + ': ' + example + (during ? ' at frame ' + S.frame : '') + '; things collide with a box that is not drawn';
      if (during) { staleStaticSeen = message; return; }
      misuse('never_fires', message, 'refreshBody() after setScale / setPosition / setSize', true, null);
    }
  }
  // Graphics paths and generated textures that show nothing: lines and arcs never filled or stroked (fillPath()
  // left out, or a new beginPath() before it), and generateTexture() called before the drawing it was meant to hold.
  // Phaser's own shape methods (fillCircle: beginPath, arc, fillPath) go through the same methods and stay balanced.
  const graphicsState = new WeakMapC();
  const pendingGraphics = List(); // graphics that had a path waiting at some time
  const emptyTextures = List(); // graphics that generated a texture while empty
  const redrawnGraphics = List(); // graphics never cleared that filled the same shapes frame after frame
  const clearedGraphics = List(); // graphics the program has cleared (to draw again)
  // a cleared Graphics that filled two or more rectangles in the frame just stepped (marks a click drew)
  function redrewCells() {
    for (let i = 0; i < clearedGraphics.length; i++) {
      const st = apply(weakMapGet, graphicsState, [listAt(clearedGraphics, i)]);
      if (st && st.lastDrawFrame === S.frame && st.rects.length >= 2) return true;
    }
    return false;
  }
  const shrunkGraphics = List(); // graphics never cleared that filled a bar again smaller over the bigger one
  const batchedGraphics = List(); // graphics whose fills are compared frame by frame (segmented bars)
  const croppedTextures = List(); // [graphics, key, width, height, the rect cut off, line]
  function gState(g) {
    let st = apply(weakMapGet, graphicsState, [g]);
    if (!st) { st = { pending: 0, lastPathFrame: 0, listed: false, drawn: false, arcNext: false, transformed: false, minX: 1e15, minY: 1e15, maxX: -1e15, maxY: -1e15, emptyKey: null, emptyLine: null, drewAfter: false, cleared: false, discarded: 0, rects: List(), texW: 0, texH: 0, repeatFrames: 0, lastRepeatFrame: -1, sigFrame: -1, cur: null, curCount: 0, prev: null, gap: 0, hits: 0 }; apply(weakMapSet, graphicsState, [g, st]); }
    return st;
  }
  // the fills of one frame of a Graphics (a batch) against the fullest earlier batch: a later one that is a smaller
  // part of it is a segmented bar drawn again shorter over the old one (see graphicsHooks)
  function closeBatch(g, st) {
    if (!st.batch || st.cleared || st.segmentsShrunk || st.batch.n < 1 || st.batch.n >= 64) return;
    const earlier = st.fullBatch;
    // (a bar: two segments or more in one row or one column, out of at most 16 fills; one cell painted over again in
    // its own colour is a drawing that paints over itself on purpose)
    if (earlier && earlier.n > st.batch.n && st.batch.n >= 2 && earlier.n <= 16) {
      let within = apply(mapSize, st.batch.xs, []) === 1 || apply(mapSize, st.batch.ys, []) === 1;
      for (let i = 0; i < st.batch.n && within; i++) within = apply(mapHas, earlier.keys, [listAt(st.batch.list, i)]);
      if (within) { st.segmentsShrunk = [earlier.n, st.batch.n]; if (shrunkGraphics.length < 16 && !st.listedShrunk) { st.listedShrunk = true; listPush(shrunkGraphics, g); } }
    }
    if (!earlier || st.batch.n >= earlier.n) st.fullBatch = st.batch;
  }
  function graphicsHooks(proto) {
    const wrap = (name, before) => {
      const orig = proto[name];
      if (typeof orig !== 'function') return;
      proto[name] = cloak({ [name]() {
        if (S) { try { before(this, gState(this), arguments); } catch (e) { /* a check never breaks the call */ } }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    };
    const drew = (g, st) => { st.drawn = true; st.lastDrawFrame = S.frame; if (st.emptyKey !== null) st.drewAfter = true; };
    // where the drawing is, in the Graphics' own space (for generateTexture's area), unless the program transforms it
    const box = (st, x0, y0, x1, y1) => {
      const xs = [NumberC(x0), NumberC(x1)];
      const ys = [NumberC(y0), NumberC(y1)];
      for (let i = 0; i < 2; i++) {
        if (!isFiniteF(xs[i]) || !isFiniteF(ys[i])) { st.transformed = true; return; }
        if (xs[i] < st.minX) st.minX = xs[i];
        if (xs[i] > st.maxX) st.maxX = xs[i];
        if (ys[i] < st.minY) st.minY = ys[i];
        if (ys[i] > st.maxY) st.maxY = ys[i];
      }
    };
    wrap('moveTo', (g, st, a) => box(st, a[0], a[1], a[0], a[1]));
    const path = (g, st, a) => {
      if (a) {
        if (st.arcNext) box(st, a[0] - a[2], a[1] - a[2], NumberC(a[0]) + NumberC(a[2]), NumberC(a[1]) + NumberC(a[2]));
        else box(st, a[0], a[1], a[0], a[1]);
      }
      drew(g, st);
      st.pending++;
      st.lastPathFrame = S.frame;
      if (!st.listed && pendingGraphics.length < 64) { st.listed = true; listPush(pendingGraphics, g); }
    };
    const done = (g, st) => { drew(g, st); st.pending = 0; };
    wrap('lineTo', (g, st, a) => { st.arcNext = false; path(g, st, a); });
    wrap('arc', (g, st, a) => { st.arcNext = true; path(g, st, a); });
    const rect = (g, st, a) => { box(st, a[0], a[1], NumberC(a[0]) + NumberC(a[2]), NumberC(a[1]) + NumberC(a[3])); drew(g, st); };
    // a segmented bar (hit points as squares) drawn again with fewer segments of the same colour in a later frame, on a
    // Graphics never cleared: the segments left out are still drawn from before, so the bar never looks shorter.
    // Each frame's fills are a batch; a later batch that is a smaller part of an earlier one is that
    const segments = (g, st, x, y, w, h) => {
      // (a first drawing of more than 16 fills is no bar: nothing later is compared with it)
      if (st.fullBatch && st.fullBatch.n > 16) return;
      if (!st.batch || st.batch.frame !== S.frame) {
        closeBatch(g, st);
        if (!st.batch && batchedGraphics.length < 64) listPush(batchedGraphics, g);
        st.batch = { frame: S.frame, keys: new MapC(), list: List(), n: 0, xs: new MapC(), ys: new MapC() };
      }
      const key = str(st.fillKey) + '@' + x + ',' + y + ',' + w + ',' + h;
      if (st.batch.n < 64 && !apply(mapHas, st.batch.keys, [key])) {
        apply(mapSet, st.batch.keys, [key, true]); listPush(st.batch.list, key); st.batch.n++;
        apply(mapSet, st.batch.xs, [x, true]); apply(mapSet, st.batch.ys, [y, true]);
      }
    };
    const filledRect = (g, st, a) => {
      const x = NumberC(a[0]); const y = NumberC(a[1]); const w = NumberC(a[2]); const h = NumberC(a[3]);
      if (st.rects.length < 64) listPush(st.rects, [x, y, w, h]);
      if (!st.cleared && !st.segmentsShrunk) segments(g, st, x, y, w, h);
      // a bar drawn again narrower (or shorter) from the same corner in a later frame, on a Graphics never cleared:
      // the wider fill drawn before stays under it, so the bar never looks smaller
      if (!st.rows) { st.rows = new MapC(); st.rowCount = 0; }
      if (st.rowCount > 256 || st.shrunk) return;
      const row = (key, size, before) => {
        const last = apply(mapGet, st.rows, [key]);
        if (last === undefined) st.rowCount++;
        apply(mapSet, st.rows, [key, [size, S.frame]]);
        return last !== undefined && last[1] < S.frame && last[0] > size + 1 ? before(last[0]) : null;
      };
      // (a bar: the earlier fill at least three times as long as it is thick; a brush dabbing squares is no bar)
      st.shrunk = (h > 1 && row('w' + x + ',' + y + ',' + h, w, (w0) => (w0 >= 3 * h ? [x, y, w0, h, w, h] : null)))
        || (w > 1 && row('h' + x + ',' + y + ',' + w, h, (h0) => (h0 >= 3 * w ? [x, y, w, h0, w, h] : null))) || null;
      if (st.shrunk && !st.listedShrunk && shrunkGraphics.length < 16) { st.listedShrunk = true; listPush(shrunkGraphics, g); }
    };
    const triangle = (g, st, a) => { box(st, mathMin(a[0], a[2], a[4]), mathMin(a[1], a[3], a[5]), mathMax(a[0], a[2], a[4]), mathMax(a[1], a[3], a[5])); drew(g, st); };
    // the same shape filled again a frame later on a Graphics never cleared: a redraw that paints over the last one
    // (redrawn on a timer: the frames between count too, but 2 shapes must come again, not a brush held still)
    const again = (g, st, kind, a) => {
      if (st.cleared || st.repeatFrames >= 60) return;
      const sig = kind + ':' + a[0] + ',' + a[1];
      if (st.sigFrame !== S.frame) {
        st.gap = S.frame - st.sigFrame;
        st.prev = st.gap <= 60 ? st.cur : null;
        st.cur = new MapC(); st.curCount = 0; st.hits = 0; st.sigFrame = S.frame;
      }
      if (st.lastRepeatFrame !== S.frame && st.prev && apply(mapGet, st.prev, [sig]) !== undefined && ++st.hits >= (st.gap === 1 ? 1 : 2)) {
        st.repeatFrames += mathMin(st.gap, 10);
        st.lastRepeatFrame = S.frame;
        if (st.repeatFrames >= 60 && redrawnGraphics.length < 16) listPush(redrawnGraphics, g);
      }
      if (st.curCount < 512) { apply(mapSet, st.cur, [sig, 1]); st.curCount++; }
    };
    wrap('fillRect', (g, st, a) => { rect(g, st, a); filledRect(g, st, a); again(g, st, 'r', a); });
    wrap('fillCircle', (g, st, a) => again(g, st, 'c', a));
    wrap('fillRoundedRect', (g, st, a) => again(g, st, 'R', a));
    wrap('strokeRect', (g, st, a) => { rect(g, st, a); again(g, st, 's', a); });
    wrap('fillTriangle', triangle);
    wrap('strokeTriangle', triangle);
    wrap('lineBetween', (g, st, a) => { box(st, mathMin(a[0], a[2]), mathMin(a[1], a[3]), mathMax(a[0], a[2]), mathMax(a[1], a[3])); drew(g, st); });
    // a colour and a width or alpha given the other way round: lineStyle(0xffffff, 2) strokes 16 million pixels wide
    // in (almost) black, fillStyle(1, 0xff0000) fills black
    const swapped = (what, expected) => {
      const line = programCaller();
      if (line !== null) misuse('wrong_argument', what + ': the colour and the ' + expected + ' look swapped (the colour comes ' + (expected === 'width' ? 'second' : 'first') + ')', expected === 'width' ? 'lineStyle(width, colour, alpha)' : 'fillStyle(colour, alpha)', true, line);
    };
    wrap('lineStyle', (g, st, a) => {
      st.lineStyled = true;
      if (typeof a[0] === 'number' && a[0] >= 4096 && typeof a[1] === 'number' && a[1] >= 0 && a[1] <= 64) swapped('Graphics#lineStyle(' + a[0] + ', ' + a[1] + ')', 'width');
    });
    wrap('fillStyle', (g, st, a) => {
      if (typeof a[0] === 'number' && a[0] >= 0 && a[0] <= 1 && typeof a[1] === 'number' && a[1] >= 256) swapped('Graphics#fillStyle(' + a[0] + ', ' + a[1] + ')', 'alpha');
      st.fillKey = str(a[0]) + '/' + str(a[1] === undefined ? 1 : a[1]);
    });
    const moved = (g, st) => { st.transformed = true; };
    wrap('translateCanvas', moved);
    wrap('scaleCanvas', moved);
    wrap('rotateCanvas', moved);
    wrap('save', moved);
    // a line width or an arc's extent may reach in; the texture is empty only when the drawing lies wholly outside it
    const outside = (st, w, h) => {
      if (st.transformed || !(st.maxX >= st.minX) || typeof w !== 'number' || typeof h !== 'number' || !(w > 0) || !(h > 0)) return false;
      const m = 8;
      return st.maxX < -m || st.maxY < -m || st.minX > w + m || st.minY > h + m;
    };
    // a drawing that reaches well above or left of the texture's corner and has less than 60% of its area inside it
    // (an ellipse drawn round 0, 0 keeps a quarter): the share kept, or null
    const keptShare = (st, w, h) => {
      if (st.transformed || !(st.maxX > st.minX) || !(st.maxY > st.minY) || typeof w !== 'number' || typeof h !== 'number' || !(w > 0) || !(h > 0)) return null;
      if (!(st.minX < -mathMax(8, w * 0.15) || st.minY < -mathMax(8, h * 0.15))) return null;
      // over both edges of one side (hills running off a picture's left and right): a picture cropped on purpose
      if ((st.minX < -8 && st.maxX > w + 8) || (st.minY < -8 && st.maxY > h + 8)) return null;
      const iw = mathMax(0, mathMin(st.maxX, w) - mathMax(st.minX, 0));
      const ih = mathMax(0, mathMin(st.maxY, h) - mathMax(st.minY, 0));
      const share = (iw * ih) / ((st.maxX - st.minX) * (st.maxY - st.minY));
      return share < 0.6 ? share : null;
    };
    wrap('fillPath', done);
    // a stroke with no line style: never set, or wiped by clear() (which keeps only a style given as the Graphics'
    // default): Phaser strokes with nothing, so no line appears
    wrap('strokePath', (g, st) => {
      done(g, st);
      if (st.lineStyled || st.unstyledReported || NumberC(g.defaultStrokeColor) > -1) return;
      st.unstyledReported = true;
      const line = programCaller();
      if (line !== null) misuse('never_fires', 'a Graphics strokes with no line style' + (st.cleared ? ' since clear(), which wipes the style' : '')
        + ': nothing is drawn (call lineStyle(width, colour) after clear(), before the stroke)', 'lineStyle() before the stroke', true, line);
    });
    wrap('fill', done); // aliases of fillPath / strokePath
    wrap('stroke', done);
    wrap('beginPath', (g, st) => {
      if (st.pending > 0) {
        const line = programCaller();
        if (line !== null) misuse('never_fires', 'Graphics#beginPath(): the path before it (lineTo / arc) was never filled or stroked (fillPath() / strokePath() left out), so it is never drawn', 'fillPath() or strokePath() before a new path', true, line);
      }
      st.pending = 0;
    });
    wrap('clear', (g, st) => {
      if (!st.cleared && clearedGraphics.length < 64) listPush(clearedGraphics, g);
      // where it drew before this clear: the places a drawing moved to (a hover preview), up to 8 of them
      if (st.drawn && st.cleared) {
        const b = drawnBox(g);
        if (b) {
          if (!st.places) st.places = List();
          let known = false;
          for (let i = 0; i < st.places.length && !known; i++) { const q = listAt(st.places, i); known = q.x === b.x && q.y === b.y && q.right === b.right && q.bottom === b.bottom; }
          if (!known && st.places.length < 8) listPush(st.places, b);
        }
      }
      st.rows = null; st.rects = List(); st.pending = 0; st.drawn = false; st.lineStyled = false; st.cleared = true; st.minX = st.minY = 1e15; st.maxX = st.maxY = -1e15; });
    // (wrapped after the reset above, so it runs first) a path built again every frame and cleared before anything
    // fills or strokes it (strokePath() left out)
    wrap('clear', (g, st) => {
      if (st.pending > 1 && ++st.discarded === 30) {
        const line = programCaller();
        misuse('never_fires', 'a Graphics path (moveTo / lineTo / arc) is built and then cleared, 30 times, without fillPath() or strokePath(): it is never drawn', 'strokePath() after the path', true, line);
      }
    });
    const shapes = ['fillCircle', 'strokeCircle', 'fillEllipse', 'strokeEllipse', 'fillRoundedRect', 'strokeRoundedRect',
      'fillPoints', 'strokePoints', 'fillGradientStyle'];
    for (let i = 0; i < shapes.length; i++) wrap(shapes[i], drew);
    wrap('generateTexture', (g, st, args) => {
      st.textured = true;
      const key = args[0];
      const name = typeof key === 'string' ? "'" + slice(key, 0, 40) + "'" : 'its texture';
      // a fillRect wholly outside the texture while others are inside (a sheet of tiles cropped to one tile)
      const w = args[1];
      const h = args[2];
      if (!st.transformed && typeof w === 'number' && typeof h === 'number' && w > 0 && h > 0 && st.rects.length) {
        let inside = 0;
        let cut = null;
        for (let i = 0; i < st.rects.length; i++) {
          const r = listAt(st.rects, i);
          if (r[0] >= w || r[1] >= h || r[0] + r[2] <= 0 || r[1] + r[3] <= 0) { if (!cut) cut = r; } else inside++;
        }
        // a Graphics also shown on the screen may well have more on it than the texture it stamps
        const dl = getOwnPropertyDescriptor(g, 'displayList');
        if (cut && inside && !(dl && dl.value) && croppedTextures.length < 8) listPush(croppedTextures, [g, name, w, h, cut, programCaller()]);
        st.texW = mathMax(st.texW, w);
        st.texH = mathMax(st.texH, h);
      }
      if (st.pending > 0) {
        const line = programCaller();
        if (line !== null) misuse('never_fires', 'Graphics#generateTexture(' + name + '): a path (lineTo / arc) is still waiting for fillPath() / strokePath(), so the texture does not have it', 'fillPath() or strokePath() before generateTexture()', true, line);
      }
      // no size: the texture is the game's size with a small drawing in its corner, and an image of it is centred on
      // the empty middle, so the drawing shows far up and left of where the image is put
      if (args[1] === undefined && args[2] === undefined && st.drawn && !st.transformed && st.maxX >= st.minX && st.minX >= -1 && st.minY >= -1) {
        const sys = g.scene && g.scene.sys;
        const W = sys && sys.scale ? NumberC(sys.scale.width) : 0; const H = sys && sys.scale ? NumberC(sys.scale.height) : 0;
        if (W > 0 && H > 0 && st.maxX <= W / 2 && st.maxY <= H / 2 && !apply(regexpTest, /setOrigin\s*\(\s*0\s*[,)]|setDisplayOrigin|origin\s*:\s*0\b/, [codeWithoutComments()])) {
          const line = programCaller();
          const w = mathRound(st.maxX); const h = mathRound(st.maxY);
          if (line !== null) misuse('misplaced', 'Graphics#generateTexture(' + name + ') without a size makes a texture the size of the game (' + W + 'x' + H + ') with the drawing (0..' + w + ' x 0..' + h
            + ') in its top-left corner: an image of it is centred on the empty middle, so the drawing shows about ' + mathRound(W / 2 - w / 2) + ' px left of and ' + mathRound(H / 2 - h / 2)
            + ' px above where each image is put (give the size: generateTexture(' + name + ', ' + w + ', ' + h + '))', 'generateTexture(key, width, height)', true, line);
        }
      }
      if (st.drawn && outside(st, args[1], args[2])) {
        const line = programCaller();
        if (line !== null) misuse('never_fires', 'Graphics#generateTexture(' + name + ', ' + args[1] + ', ' + args[2] + '): everything on the Graphics is drawn at ' + mathRound(st.minX) + '..' + mathRound(st.maxX) + ' x ' + mathRound(st.minY) + '..' + mathRound(st.maxY) + ', outside the texture, so the texture is empty (draw from 0, 0)', 'drawing inside 0..width x 0..height', true, line);
      } else if (st.drawn) {
        const kept = keptShare(st, args[1], args[2]);
        const line = kept === null ? null : programCaller();
        if (line !== null) misuse('never_fires', 'Graphics#generateTexture(' + name + ', ' + args[1] + ', ' + args[2] + ') keeps 0..' + args[1] + ' x 0..' + args[2] + ', but the drawing spans ' + mathRound(st.minX) + '..' + mathRound(st.maxX) + ' x ' + mathRound(st.minY) + '..' + mathRound(st.maxY)
          + ': only ' + mathRound(kept * 100) + '% of it is in the texture, the rest (above and left of 0, 0) is cut off (a circle or ellipse is drawn round its centre: put it at the middle of the texture)', 'the drawing inside 0..width x 0..height', true, line);
      }
      st.emptyKey = null;
      st.drewAfter = false;
      // nothing drawn yet (the buffer holds the default styles only)
      if (!st.drawn && emptyTextures.length < 16) {
        const line = programCaller();
        if (line !== null) { st.emptyKey = name; st.emptyLine = line; listPush(emptyTextures, g); }
      }
    });
  }
  // at the end of the run: a displayed Graphics whose last path was never filled or stroked, and a texture generated
  // from a Graphics that was drawn on only afterwards (and not generated again)
  function graphicsLeftovers() {
    for (let i = 0; i < pendingGraphics.length; i++) {
      const g = listAt(pendingGraphics, i);
      const st = gState(g);
      const dl = getOwnPropertyDescriptor(g, 'displayList');
      // a path still growing near the end (drawn along over time, stroked when done) is left alone
      if (st.pending > 0 && dl && dl.value && S.frame - st.lastPathFrame > 60) {
        misuse('never_fires', 'a Graphics path (lineTo / arc) is never filled or stroked (fillPath() / strokePath() left out): it is never drawn', 'fillPath() or strokePath()', true, null);
        break;
      }
    }
    for (let i = 0; i < redrawnGraphics.length; i++) {
      const g = listAt(redrawnGraphics, i);
      const st = gState(g);
      const dl = getOwnPropertyDescriptor(g, 'displayList');
      if (st.cleared || !dl || !dl.value || g.visible === false) continue;
      const buf = getOwnPropertyDescriptor(g, 'commandBuffer');
      const n = buf && isArray(buf.value) ? buf.value.length : 0;
      misuse('never_fires', 'a Graphics fills the same shapes again and again (over ' + st.repeatFrames + ' frames) but is never cleared: each redraw paints over the'
        + ' last, so what moves, shrinks or changes colour leaves its old drawing behind, and its command list grows without end (' + n
        + ' commands now): call clear() before redrawing', 'graphics.clear() before each redraw', true, null);
      break;
    }
    for (let i = 0; i < batchedGraphics.length; i++) { const g = listAt(batchedGraphics, i); closeBatch(g, gState(g)); }
    for (let i = 0; i < shrunkGraphics.length; i++) {
      const g = listAt(shrunkGraphics, i);
      const st = gState(g);
      const dl = getOwnPropertyDescriptor(g, 'displayList');
      if (st.cleared || !dl || !dl.value || g.visible === false || !(NumberC(g.alpha) > 0)) continue;
      if (!st.shrunk && st.segmentsShrunk) {
        misuse('never_fires', 'a Graphics fills ' + st.segmentsShrunk[0] + ' segments and later again only ' + st.segmentsShrunk[1] + ' of them, in the same colour, but is never cleared:'
          + ' the segments left out stay drawn from before, so the bar never looks shorter (call clear() before redrawing it)', 'graphics.clear() before each redraw', true, null);
        break;
      }
      const [x, y, w0, h0, w1, h1] = st.shrunk;
      misuse('never_fires', 'a Graphics fills a bar at (' + mathRound(x) + ', ' + mathRound(y) + ') ' + mathRound(w0) + 'x' + mathRound(h0) + ' and later again ' + mathRound(w1) + 'x' + mathRound(h1)
        + ' from the same corner, but is never cleared: the bigger fill stays under the smaller one, so the bar never looks smaller (call clear() before redrawing it)', 'graphics.clear() before each redraw', true, null);
      break;
    }
    for (let i = 0; i < croppedTextures.length; i++) {
      const [g, name, w, h, r, line] = listAt(croppedTextures, i);
      const st = gState(g);
      // another texture of this Graphics as big as the drawing holds it (a sheet and a single tile made on purpose)
      if (st.texW >= r[0] + r[2] && st.texH >= r[1] + r[3]) continue;
      misuse('never_fires', 'Graphics#generateTexture(' + name + ', ' + w + ', ' + h + ') keeps only 0..' + w + ' x 0..' + h + ' of the drawing, but a fillRect(' + r[0] + ', ' + r[1] + ', '
        + r[2] + ', ' + r[3] + ') lies wholly outside it: that part of the texture (a second tile, a frame) is cut off (give generateTexture the size of the whole drawing)', 'generateTexture with the drawing\'s size', true, line);
      break;
    }
    // a tween that started and whose every property runs from a value to the same value (alpha: 1 on an object already
    // at 1): it plays, repeats and changes nothing
    const stillOne = (tw) => {
      const data = tw && tw.data;
      if (!tw || !tw.hasStarted || !data || !data.length) return false;
      for (let k = 0; k < data.length; k++) {
        const d = data[k];
        if (!d || typeof d.start !== 'number' || d.start !== d.end || !(d.elapsed > 0 || d.progress > 0) || typeof d.key !== 'string') return false;
      }
      return true;
    };
    for (let i = 0; i < stillTweens.length; i++) {
      const [tw, line] = listAt(stillTweens, i);
      const data = tw && tw.data;
      if (line === null || !stillOne(tw)) continue;
      // another tween made by the same line did move (b.x + Between(-40, 40) drew 0 this once): the end is data, not a slip
      let movedTwin = false;
      for (let j = 0; j < stillTweens.length && !movedTwin; j++) { const o = listAt(stillTweens, j); if (j !== i && o[1] === line && o[0] && o[0].hasStarted && !stillOne(o[0])) movedTwin = true; }
      if (movedTwin) continue;
      const d0 = data[0];
      misuse('never_fires', 'TweenManager#add(): the tween of ' + d0.key + ' runs from ' + d0.start + ' to ' + d0.end + ', the value its target already has'
        + (data.length > 1 ? ' (and so do its other properties)' : '') + ', so it plays and changes nothing (give the start: { from: 0, to: 1 }, or set the object to the start first)', 'a tween from one value to another', true, line);
      break;
    }
    for (let i = 0; i < emptyTextures.length; i++) {
      const st = gState(listAt(emptyTextures, i));
      if (st.emptyKey !== null && st.drewAfter) misuse('never_fires', 'Graphics#generateTexture(' + st.emptyKey + ') ran before anything was drawn: the texture is empty, and the drawing that follows it is not in it', 'generateTexture() after the drawing', true, st.emptyLine);
    }
  }
  // does any body of this Arcade world (dynamic or static) pass the test?
  function anyBody(world, test) {
    const sets = [world.bodies, world.staticBodies];
    for (let k = 0; k < 2; k++) {
      const set = sets[k];
      if (!set || typeof set !== 'object') continue;
      if (isArray(set.entries)) { for (let i = 0; i < set.entries.length; i++) if (set.entries[i] && test(set.entries[i])) return true; continue; }
      if (typeof set.forEach !== 'function') continue;
      let found = false;
      set.forEach((b) => { if (!found && b && test(b)) found = true; });
      if (found) return true;
    }
    return false;
  }
  // a game object of the program's own class (extends Sprite, Container, ...) that was never on a display list: it is
  // never drawn (scene.add.existing(this) left out)
  let phaserClasses = null;
  function isPhaserClass(C) {
    if (!phaserClasses) {
      phaserClasses = new WeakSetC();
      const seenNs = new WeakSetC();
      const walk = (o, depth) => {
        if (depth > 5 || !o || typeof o !== 'object' || apply(weakSetHas, seenNs, [o])) return;
        apply(weakSetAdd, seenNs, [o]);
        const keys = objectKeys(o);
        for (let i = 0; i < keys.length; i++) {
          const d = getOwnPropertyDescriptor(o, keys[i]);
          const v = d && 'value' in d ? d.value : undefined;
          if (typeof v === 'function') apply(weakSetAdd, phaserClasses, [v]); else if (v && typeof v === 'object' && isPlain(v)) walk(v, depth + 1);
        }
      };
      walk(Phaser, 0);
    }
    return apply(weakSetHas, phaserClasses, [C]);
  }
  const COMMENT_LINE = /^\s*(\/\/|\/?\*)/;
  const strLastIndexOf = String.prototype.lastIndexOf;
  const NOT_SHOWN_ON_PURPOSE = { Graphics: 1, Text: 1, Zone: 1, Container: 1, RenderTexture: 1, Layer: 1, BitmapText: 1, DOMElement: 1 };
  const STAMPS_OR_MASKS = /Mask\s*\(|\bcontainer|\.add\s*\(\s*\[/i;
  // objects drawn into a texture (renderTexture.draw(stamp, x, y)): off the display list on purpose
  const stamped = new WeakSetC();
  const madeOffList = new WeakSetC(); // objects this.make made (added only with add: true)
  function stampHooks() {
    // this.make.image({ ..., add: false }): made off the list on purpose (a stamp, a template)
    const Creator = Phaser.GameObjects && Phaser.GameObjects.GameObjectCreator;
    const proto = Creator && Creator.prototype;
    const names = proto ? Object.getOwnPropertyNames(proto) : [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const d = getOwnPropertyDescriptor(proto, name);
      if (name === 'constructor' || !d || typeof d.value !== 'function' || !d.writable) continue;
      const orig = d.value;
      proto[name] = cloak({ [name]() {
        const out = apply(orig, this, arguments);
        try { if (out && typeof out === 'object') apply(weakSetAdd, madeOffList, [out]); } catch (e) { /* ignore */ }
        return out;
      } }[name], name, orig.length, orig);
    }
    const DT = Phaser.Textures && Phaser.Textures.DynamicTexture;
    if (!DT) return;
    for (const name of ['draw', 'erase', 'batchDraw', 'stamp', 'repeat']) {
      const orig = DT.prototype[name];
      if (typeof orig !== 'function') continue;
      DT.prototype[name] = cloak({ [name](entries) {
        try {
          const list = isArray(entries) ? entries : [entries];
          for (let i = 0; i < list.length && i < 1000; i++) if (list[i] && typeof list[i] === 'object') apply(weakSetAdd, stamped, [list[i]]);
        } catch (e) { /* ignore */ }
        return apply(orig, this, arguments);
      } }[name], name, orig.length, orig);
    }
  }
  // the texture manager's own stamp (an Image Phaser makes at boot to draw frames into dynamic textures)
  function managerStamp(o) {
    const g = game();
    const tm = g && getOwnPropertyDescriptor(g, 'textures');
    const st = tm && tm.value && getOwnPropertyDescriptor(tm.value, 'stamp');
    return !!(st && st.value === o);
  }
  function neverShown(code) {
    let reported = 0;
    for (let i = 0; i < madeObjects.length && reported < 3; i++) {
      const o = listAt(madeObjects, i);
      if (apply(weakSetHas, everShown, [o])) continue;
      const own = (k) => { const d = getOwnPropertyDescriptor(o, k); return d ? d.value : undefined; };
      if (!own('scene') || own('displayList') || own('parentContainer')) continue;
      if (typeof o.renderCanvas !== 'function' && typeof o.renderWebGL !== 'function') continue;
      const proto = getPrototypeOf(o);
      const pd = proto ? getOwnPropertyDescriptor(proto, 'constructor') : null;
      const C = pd ? pd.value : null;
      if (typeof C !== 'function') continue;
      if (isPhaserClass(C)) {
        // new Phaser.GameObjects.Arc(this, ...) with no add.existing: never drawn. Not a Graphics, text or texture
        // helper, and not where the code stamps objects into textures or makes masks of them (legitimately off the list)
        const type = str(o.type);
        // a Container with children off the list takes them off it too: none of them is drawn
        const kids = type === 'Container' ? own('list') : null;
        const filled = isArray(kids) && kids.length > 0;
        // a Text may be made to measure a string; one the program tweens is meant to be seen. A Graphics may be made
        // for a texture or a mask; one cleared and drawn again while the game runs, never made a texture, is meant to
        // be seen (a board make.graphics() left off the display list)
        const gst = type === 'Graphics' ? apply(weakMapGet, graphicsState, [o]) : null;
        const meant = (type === 'Text' && (apply(weakSetHas, tweenedObjects, [o]) || apply(weakSetHas, textSetLater, [o]))) || (!!gst && gst.cleared && gst.lastDrawFrame > 2 && !gst.textured);
        if (filled ? apply(regexpTest, /Mask\s*\(|\bdraw\s*\(|\bsnapshot/, [code]) : ((NOT_SHOWN_ON_PURPOSE[type] && !meant) || apply(regexpTest, STAMPS_OR_MASKS, [code])) || apply(weakSetHas, stamped, [o]) || managerStamp(o)
          || (apply(weakSetHas, madeOffList, [o]) && !(type === 'Graphics' && meant))) continue;
        // where it was made: with new, or (a Graphics drawn on while the game runs) this.make.graphics() without add
        const codeAt = (text) => {
          let at = apply(strIndexOf, code, [text]);
          while (at >= 0 && apply(regexpTest, COMMENT_LINE, [slice(code, apply(strLastIndexOf, code, ['\n', at]) + 1, at)])) at = apply(strIndexOf, code, [text, at + 1]);
          return at;
        };
        let made = 'new ' + (phaserClassName(o) || 'Phaser.GameObjects.' + type) + '(';
        let at = codeAt(made);
        if (at < 0 && type === 'Graphics' && meant) { made = 'make.graphics('; at = codeAt(made); }
        if (at < 0) continue;
        if (made === 'make.graphics(') {
          reported++;
          misuse('never_fires', 'this.make.graphics(...) makes a Graphics that is never added to the scene, and the program clears it and draws on it again while the game runs: what it draws is never shown (add: true in its config, or this.add.graphics())', 'a Graphics on the display list', true, lineAt(code, at));
          continue;
        }
        reported++;
        misuse('never_fires', slice(made, 0, made.length - 1) + '(...) makes a game object that is never added to the scene (this.add.existing(it),'
          + ' or this.add.' + apply(strToLower, type, []) + '(...)): it is never drawn' + (filled ? ', nor are the ' + kids.length + ' objects put in it (a Container takes its children off the display list)' : ''), 'a game object on the display list', true, lineAt(code, at));
        continue;
      }
      reported++;
      const name = slice(str(C.name || 'anonymous'), 0, 40);
      const at = apply(strIndexOf, code, ['class ' + name]);
      const line = at >= 0 ? lineAt(code, at) : null;
      misuse('never_fires', "a game object of the program's class '" + name + "' (a " + str(o.type) + ') is made but never added to the scene (scene.add.existing): it is never drawn', 'a game object on the display list', true, line);
    }
  }
  // texture keys used (add.sprite(x, y, 'key'), setTexture) that were never loaded or made by the end of the run:
  // Phaser draws its missing-texture box. Certain unless a loader call could have named the key (a pack file, or the
  // key in a load call whose file the validator answered with a placeholder)
  function texturesNeverMade(code) {
    if (!missingTextures.length || apply(regexpTest, /\.pack\s*\(|\baddPack\s*\(/, [code])) return;
    // only while something still shows Phaser's missing texture (an animation may have given the sprite its frames)
    let shown = false;
    for (let i = 0; i < madeObjects.length && !shown; i++) {
      const o = listAt(madeObjects, i);
      const sd = getOwnPropertyDescriptor(o, 'scene');
      const td = getOwnPropertyDescriptor(o, 'texture');
      const t = td && td.value;
      if (sd && sd.value && t && typeof t === 'object') { const kd = getOwnPropertyDescriptor(t, 'key'); shown = !!(kd && kd.value === '__MISSING'); }
    }
    if (!shown) return;
    for (let i = 0; i < missingTextures.length; i++) {
      const entry = listAt(missingTextures, i);
      const key = entry[0];
      if (getOwnPropertyDescriptor(entry[2], key) || key === '__DEFAULT' || key === '__MISSING') continue;
      if (loadNames(code, key)) continue;
      misuse('missing_object', "texture '" + slice(key, 0, 60) + "' is never loaded or made (load.image, generateTexture, ...): Phaser draws its missing-texture box", 'a texture key', true, entry[1]);
    }
  }
  function loadNames(code, key) { return quotedAt(code, key, /(\bload\s*\.\s*\w+\s*\(\s*|\bkey\s*:\s*)$/) >= 0; }
  // the running, visible scenes of the game (at most 16), with their display list and main camera (withPaused: also
  // the paused ones, which still draw)
  function shownScenes(g, withPaused) {
    const out = [];
    const scenes = g && g.scene && isArray(g.scene.scenes) ? g.scene.scenes : [];
    for (let i = 0; i < scenes.length && i < 16; i++) {
      const sys = scenes[i] && scenes[i].sys;
      if (!sys || typeof sys.isActive !== 'function' || !(sys.isActive() || (withPaused && sys.isPaused())) || !sys.isVisible()) continue;
      const list = sys.displayList && isArray(sys.displayList.list) ? sys.displayList.list : null;
      const cam = sys.cameras && sys.cameras.main;
      if (list && cam) append(out, { sys, list, cam, oneCamera: !(sys.cameras.cameras && sys.cameras.cameras.length !== 1) });
    }
    return out;
  }
  // Everything the program drew lies under an opaque shape as large as the view that it added later (a background
  // added last, or given a higher depth): the canvas showed one flat colour all run long while objects under the
  // shape are visible, on screen and not transparent. Called only for a canvas that was never anything but flat.
  function coveredObjects(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam, oneCamera } = shownList[i];
      const view = cam.worldView;
      if (!view || !oneCamera) continue;
      const shown = (o) => o && o.visible !== false && NumberC(o.alpha) > 0 && !o.mask;
      const onView = (o) => {
        if (typeof o.getBounds !== 'function') return false;
        const b = o.getBounds();
        return b.width > 0 && b.height > 0 && b.right > view.x && b.x < view.right && b.bottom > view.y && b.y < view.bottom;
      };
      let top = list.length - 1;
      while (top >= 0 && !shown(list[top])) top--;
      const cover = top >= 0 ? list[top] : null;
      if (!cover || cover.type !== 'Rectangle' || !cover.isFilled || NumberC(cover.fillAlpha) < 1 || NumberC(cover.alpha) < 1
          || cover.blendMode !== 0 || cover.rotation || cover.parentContainer || typeof cover.getBounds !== 'function') continue;
      const b = cover.getBounds();
      if (!(b.x <= view.x && b.y <= view.y && b.right >= view.right && b.bottom >= view.bottom)) continue;
      let hidden = 0;
      let example = '';
      for (let k = 0; k < top; k++) {
        const o = list[k];
        if (!shown(o) || !onView(o)) continue;
        hidden++;
        if (!example) example = str(o.type);
      }
      if (!hidden) continue;
      misuse('hidden', 'an opaque ' + mathRound(b.width) + 'x' + mathRound(b.height) + ' rectangle covers the whole view and is drawn over the ' + hidden
        + ' visible object' + (hidden > 1 ? 's' : '') + ' under it (a ' + example + ', ...): the canvas showed one flat colour all run long'
        + ' (add the background first, or give it a lower depth)', 'a background under the objects it should show', true, null);
      return;
    }
  }
  function listHas(list, v) { for (let i = 0; i < list.length; i++) if (listAt(list, i) === v) return true; return false; }
  // an emitter as the program knows it: game.events, scene 'hud' events, the registry's events, a Text
  function emitterName(e) {
    const g = game();
    try {
      if (g && e === g.events) return 'game.events';
      if (g && g.registry && e === g.registry.events) return 'the registry (registry.events)';
      const scenes = g && g.scene && isArray(g.scene.scenes) ? g.scene.scenes : [];
      for (let i = 0; i < scenes.length && i < 32; i++) {
        const sys = scenes[i] && scenes[i].sys;
        if (!sys) continue;
        const key = str(sys.settings && sys.settings.key);
        if (e === sys.events) return "scene '" + key + "' events (this.events there)";
        if (e === scenes[i]) return "the scene object '" + key + "'";
      }
      const GO = ctorOf('GameObjects.GameObject');
      if (GO && e instanceof GO) return 'a ' + str(e.type);
    } catch (err) { /* ignore */ }
    return 'another emitter';
  }
  // the canvas stayed one flat colour all run and an object the code shows lies wholly outside the camera's view (text
  // at y = height with its top at the bottom edge): it was placed where it cannot be seen
  function offView(g) {
    if (g && g.config && g.config.renderType === Phaser.HEADLESS) return; // draws nothing on purpose
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam, oneCamera } = shownList[i];
      const view = cam.worldView;
      if (!view || !(view.width > 0 && view.height > 0) || !oneCamera) continue;
      for (let k = 0; k < list.length && k < 4000; k++) {
        const o = list[k];
        if (!o || typeof o !== 'object' || o.visible === false || !(NumberC(o.alpha) > 0) || o.parentContainer || typeof o.getBounds !== 'function') continue;
        if (NumberC(o.scrollFactorX) !== 1 || NumberC(o.scrollFactorY) !== 1) continue;
        const b = o.getBounds();
        if (!(b.width > 0 && b.height > 0)) continue;
        const side = b.y >= view.bottom ? 'below the bottom edge' : b.bottom <= view.y ? 'above the top edge' : b.x >= view.right ? 'right of the right edge'
          : b.right <= view.x ? 'left of the left edge' : null;
        if (!side) continue;
        misuse('misplaced', 'a ' + str(o.type) + ' lies wholly outside the view, ' + side + ' (its box: x ' + mathRound(b.x) + '..' + mathRound(b.right) + ', y '
          + mathRound(b.y) + '..' + mathRound(b.bottom) + '; the view: ' + mathRound(view.width) + 'x' + mathRound(view.height) + '), and the canvas stayed one colour'
          + ' all run: mind the origin (setOrigin(0.5, 1) keeps text at y = height on screen)', 'objects inside the view', true, null);
        return;
      }
    }
  }
  const zoomBeforeInput = new WeakMapC(); // main camera -> its zoom just before the input phase
  const followedOffBeforeInput = new WeakSetC(); // cameras whose followed object was off the view, out of their bounds, then
  function noteZooms(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const cam = shownList[i].cam;
      apply(weakMapSet, zoomBeforeInput, [cam, NumberC(cam.zoom)]);
      try { if (followedOutOfBounds(cam)) apply(weakSetAdd, followedOffBeforeInput, [cam]); } catch (e) { /* ignore */ }
    }
  }
  // a followed object out of the view and past the camera's bounds, looked for every half second: how many times in a
  // row, per camera (a player who falls out and restarts is back sooner than a climber the bounds leave behind)
  const followedAway = new WeakMapC();
  function noteFollowedAway(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const cam = shownList[i].cam;
      if (cam) apply(weakMapSet, followedAway, [cam, followedOutOfBounds(cam) ? (apply(weakMapGet, followedAway, [cam]) || 0) + 1 : 0]);
    }
  }
  // the object the camera follows lies off its view and outside the camera's bounds (the camera cannot scroll to it)
  function followedOutOfBounds(cam) {
    const t = cam._follow;
    const cb = cam.useBounds ? cam._bounds : null;
    const view = cam.worldView;
    if (!t || typeof t !== 'object' || !cb || !view || t.visible === false || t.parentContainer) return false;
    // a Graphics has no bounds: where its drawing is, or its position
    const tb = typeof t.getBounds === 'function' ? t.getBounds() : (drawnBox(t) || { x: NumberC(t.x), y: NumberC(t.y), right: NumberC(t.x), bottom: NumberC(t.y) });
    const off = tb.right < view.x || tb.x > view.right || tb.bottom < view.y || tb.y > view.bottom;
    return off && (NumberC(t.x) < NumberC(cb.x) || NumberC(t.x) > NumberC(cb.x) + NumberC(cb.width) || NumberC(t.y) < NumberC(cb.y) || NumberC(t.y) > NumberC(cb.y) + NumberC(cb.height));
  }
  // how many shown world objects lie wholly outside the camera bounds on the side the followed object left by
  function drawnBeyondBounds(list, cb, t, bodiesOnly) {
    const tx = NumberC(t.x); const ty = NumberC(t.y);
    const left = tx < NumberC(cb.x); const right = tx > NumberC(cb.x) + NumberC(cb.width);
    const above = ty < NumberC(cb.y); const below = ty > NumberC(cb.y) + NumberC(cb.height);
    let n = 0;
    for (let k = 0; k < list.length && k < 4000; k++) {
      const o = list[k];
      if (!o || o === t || o.visible === false || !(NumberC(o.alpha) > 0) || NumberC(o.scrollFactorX) !== 1 || NumberC(o.scrollFactorY) !== 1 || (o.type !== 'Graphics' && typeof o.getBounds !== 'function')) continue;
      if (bodiesOnly && !o.body) continue;
      const b = o.type === 'Graphics' ? drawnBox(o) : o.getBounds();
      if (!b) continue;
      if ((left && b.right < NumberC(cb.x)) || (right && b.x > NumberC(cb.x) + NumberC(cb.width)) || (above && b.bottom < NumberC(cb.y)) || (below && b.y > NumberC(cb.y) + NumberC(cb.height))) n++;
    }
    return n;
  }
  function article(word) { return (apply(regexpTest, /^[AEIOU]/, [word]) ? 'an ' : 'a ') + word; }
  // where a world point is drawn on the canvas: through the camera's scroll (times the scroll factor) and zoom (about
  // the camera's origin)
  function screenPoint(x, y, sfx, sfy, cam) {
    const z = NumberC(cam.zoom) || 1;
    const ox = NumberC(cam.width) * NumberC(cam.originX);
    const oy = NumberC(cam.height) * NumberC(cam.originY);
    return { x: NumberC(cam.x) + ox + z * (x - NumberC(cam.scrollX) * sfx - ox), y: NumberC(cam.y) + oy + z * (y - NumberC(cam.scrollY) * sfy - oy) };
  }
  // where a game object's bounds are drawn on the canvas
  function screenBox(o, cam) {
    const b = o.getBounds();
    const z = NumberC(cam.zoom) || 1;
    const p = screenPoint(b.x, b.y, NumberC(o.scrollFactorX), NumberC(o.scrollFactorY), cam);
    return { x: p.x, y: p.y, right: p.x + b.width * z, bottom: p.y + b.height * z, width: b.width * z, height: b.height * z };
  }
  function tweening(sys, o) {
    try { const t = sys.tweens && sys.tweens.getTweensOf(o); return !!(t && t.length); } catch (e) { return true; }
  }
  // a text that has stayed where it was put, drawn wholly off the canvas though fixed to the screen (a HUD under a
  // zoomed camera), or more than half cut off by the canvas edge (x = width - 10 with the default origin)
  function textOffScreen(o, cam, sys) {
    const d = getOwnPropertyDescriptor(o, '_text');
    if (!d || typeof d.value !== 'string' || !apply(regexpTest, /\S/, [d.value]) || o.parentContainer || o.mask) return false;
    const born = apply(weakMapGet, bornAt, [o]);
    if (!born || mathAbs(NumberC(o.x) - born[1]) > 1 || mathAbs(NumberC(o.y) - born[2]) > 1 || tweening(sys, o)) return false;
    const fixed = NumberC(o.scrollFactorX) === 0 && NumberC(o.scrollFactorY) === 0;
    const flat = NumberC(cam.scrollX) === 0 && NumberC(cam.scrollY) === 0 && NumberC(cam.zoom) === 1;
    if (!fixed && !flat) return false;
    const b = screenBox(o, cam);
    if (!(b.width > 0 && b.height > 0)) return false;
    const vx = NumberC(cam.x);
    const vy = NumberC(cam.y);
    const vr = vx + NumberC(cam.width);
    const vb = vy + NumberC(cam.height);
    const words = "'" + slice(apply(strReplaceAll, d.value, ['\n', ' ']), 0, 40) + "'";
    const box = ' (drawn at x ' + mathRound(b.x) + '..' + mathRound(b.right) + ', y ' + mathRound(b.y) + '..' + mathRound(b.bottom) + ' on a '
      + mathRound(vr - vx) + 'x' + mathRound(vb - vy) + ' view)';
    const off = b.right <= vx || b.x >= vr || b.bottom <= vy || b.y >= vb;
    if (off) {
      // wholly off a flat canvas is offView's (when nothing else shows); here: fixed to the screen, yet off it
      if (!fixed) return false;
      const zoomed = NumberC(cam.zoom) !== 1;
      // zoomed only by the input phase (a key toggles zoom): the HUD shows for most of the game
      if (zoomed && apply(weakMapGet, zoomBeforeInput, [cam]) === 1) return false;
      misuse('misplaced', 'the Text ' + words + ' is fixed to the screen (scrollFactor 0) but drawn wholly off it' + box + (zoomed
        ? ": the camera's zoom (" + NumberC(cam.zoom) + ') scales everything it shows about its centre, a HUD too (show the HUD with a second camera or a scene of its own)'
        : ': mind its position and origin'), 'text on the screen', true, null);
      return true;
    }
    const outX = (mathMax(0, vx - b.x) + mathMax(0, b.right - vr)) / b.width;
    const outY = (mathMax(0, vy - b.y) + mathMax(0, b.bottom - vb)) / b.height;
    if (outX <= 0.5 && outY <= 0.5) return false;
    const side = outX > 0.5 ? (b.right > vr ? 'right' : 'left') : (b.bottom > vb ? 'bottom' : 'top');
    // placed by the edge it runs over, and small enough to fit had its origin been that edge's (a long line written
    // from the left margin is another matter)
    const p = screenPoint(NumberC(o.x), NumberC(o.y), NumberC(o.scrollFactorX), NumberC(o.scrollFactorY), cam);
    const nearEdge = side === 'right' ? p.x > vr - 0.25 * (vr - vx) : side === 'left' ? p.x < vx + 0.25 * (vr - vx)
      : side === 'bottom' ? p.y > vb - 0.25 * (vb - vy) : p.y < vy + 0.25 * (vb - vy);
    const fits = side === 'right' || side === 'left' ? b.width <= vr - vx : b.height <= vb - vy;
    if (!nearEdge || !fits) return false;
    const fix = side === 'right' ? 'setOrigin(1, 0) right-aligns it at x' : side === 'bottom' ? 'setOrigin(0, 1) puts its bottom at y' : 'mind its origin';
    misuse('misplaced', 'the Text ' + words + ' is cut off: ' + mathRound(100 * mathMax(outX, outY)) + '% of it lies past the ' + side + ' edge of the view' + box
      + ': a text grows from its origin, (0, 0) by default (' + fix + ')', 'text inside the view', true, null);
    return true;
  }
  // a Container in the view whose children, placed at screen positions (its own offset added on top), are drawn off it
  function childrenOffView(c, cam) {
    const kids = getOwnPropertyDescriptor(c, 'list');
    const list = kids && isArray(kids.value) ? kids.value : null;
    // a HUD container fixed to the screen (scrollFactor 0) is judged against the screen, not the scrolled view
    const fixed = c.scrollFactorX === 0 && c.scrollFactorY === 0;
    const view = fixed ? { x: 0, y: 0, right: NumberC(cam.width), bottom: NumberC(cam.height), width: NumberC(cam.width) } : cam.worldView;
    if (!list || !view || !(view.width > 0) || (c.scrollFactorX !== 1 && !fixed) || (fixed && NumberC(cam.zoom) !== 1) || mathAbs(NumberC(c.x)) + mathAbs(NumberC(c.y)) < 50) return false;
    if (!(c.x > view.x && c.x < view.right && c.y > view.y && c.y < view.bottom) || NumberC(c.scaleX) !== 1 || NumberC(c.scaleY) !== 1 || c.rotation) return false;
    let shown = 0;
    let off = 0;
    for (let i = 0; i < list.length && i < 256; i++) {
      const o = list[i];
      if (!o || o.visible === false || !(NumberC(o.alpha) > 0) || typeof o.getBounds !== 'function') continue;
      const b = o.getBounds();
      if (!(b.width > 0 && b.height > 0)) continue;
      shown++;
      const outside = outsideShare(b, view) > 0.5;
      // as world coordinates its own x, y would have been on the view
      const local = NumberC(o.x) > view.x && NumberC(o.x) < view.right && NumberC(o.y) > view.y && NumberC(o.y) < view.bottom;
      if (outside && local) off++;
    }
    if (shown < 2 || off * 2 < shown + 1) return false;
    misuse('misplaced', 'a Container at (' + mathRound(NumberC(c.x)) + ', ' + mathRound(NumberC(c.y)) + ') draws ' + off + ' of its ' + shown + ' children off the view:'
      + ' they were placed at screen positions, and a child\'s position is relative to its container, so the container\'s offset is added on top'
      + ' (place children relative to the container: (0, 0) is its position)', 'children placed relative to their container', true, null);
    return true;
  }
  // the Graphics that shapes a geometry mask, left on the display list and drawn after the object it masks: it covers
  // exactly what the mask reveals (a mask shape is made with this.make.graphics(), or hidden)
  function maskShapeOnTop(list, k) {
    const o = list[k];
    const m = o.mask;
    const gm = m && m.geometryMask;
    if (!gm || gm.visible === false || !(NumberC(gm.alpha) >= 1) || gm.type !== 'Graphics') return false;
    let at = -1;
    for (let j = k + 1; j < list.length && j < 4000 && at < 0; j++) if (list[j] === gm) at = j;
    if (at < 0 || NumberC(gm.depth) < NumberC(o.depth)) return false;
    misuse('hidden', 'the Graphics that shapes the mask of a ' + str(o.type) + ' is also on the display list, drawn after it: it paints over exactly what'
      + ' the mask reveals (make the mask shape with this.make.graphics(), or hide it with setVisible(false))', 'a mask shape off the display list', true, null);
    return true;
  }
  // What a game object paints fully opaque, in world space: {boxes, circles} (Lists), or null. A filled Rectangle, a
  // whole filled Arc, a Graphics' fillRect/fillCircle at fill alpha 1 (read from its command buffer; a Graphics that
  // transforms its drawing is left out), an Image/Sprite/TileSprite whose texture the program made on
  // a canvas (generateTexture) with no transparent pixel in its frame. Not turned, not scaled (Graphics), alpha 1, normal
  // blending, no mask, fixed to the world, outside any Container.
  const GRAPHICS_ARGS = [7, 0, 0, 4, 2, 2, 3, 2, 0, 0, 6, 6, -1, -1, 0, 0, 2, 2, 1, -1, -1, 8, 6];
  const opaqueTextures = new MapC(); // texture key + frame name -> every pixel opaque
  function textureOpaque(o) {
    const tex = o.texture;
    const frame = o.frame;
    const src = tex && tex.source && tex.source[0];
    const img = src && src.image;
    if (!img || !frame || typeof img !== 'object') return false;
    const key = str(tex.key) + '\u0000' + str(frame.name);
    if (apply(mapHas, opaqueTextures, [key])) return apply(mapGet, opaqueTextures, [key]);
    let opaque = false;
    try {
      const x = NumberC(frame.cutX); const y = NumberC(frame.cutY); const w = NumberC(frame.cutWidth); const h = NumberC(frame.cutHeight);
      const ctx = apply(getContext, img, ['2d']); // throws unless a canvas: a loaded file's image is not the program's
      if (ctx && w >= 1 && h >= 1 && w * h <= 1048576) {
        const px = pixelsOf(apply(getImageData, ctx, [x, y, w, h]));
        opaque = true;
        for (let i = 0; i < px.length; i++) if ((px[i] >>> 24) !== 255) { opaque = false; break; }
      }
    } catch (e) { opaque = false; }
    apply(mapSet, opaqueTextures, [key, opaque]);
    return opaque;
  }
  function opaqueArea(c, inContainer, withTextures) {
    if (!c || c.visible === false || NumberC(c.alpha) < 1 || c.blendMode !== 0 || c.rotation || c.mask || (c.parentContainer && !inContainer)
        || c.scrollFactorX !== 1 || c.scrollFactorY !== 1) return null;
    const boxes = List();
    const circles = List();
    const t = c.type;
    if (t === 'Rectangle' && c.isFilled && NumberC(c.fillAlpha) >= 1 && typeof c.getBounds === 'function') listPush(boxes, c.getBounds());
    else if (t === 'Arc' && c.isFilled && NumberC(c.fillAlpha) >= 1 && mathAbs(NumberC(c.endAngle) - NumberC(c.startAngle)) >= 360 && typeof c.getBounds === 'function') {
      const b = c.getBounds();
      if (!(mathAbs(b.width - b.height) < 1)) return null;
      listPush(circles, { cx: b.x + b.width / 2, cy: b.y + b.height / 2, r: b.width / 2 });
    } else if (t === 'Graphics') {
      if (NumberC(c.scaleX) !== 1 || NumberC(c.scaleY) !== 1) return null;
      const d = getOwnPropertyDescriptor(c, 'commandBuffer');
      const buf = d && isArray(d.value) ? d.value : null;
      if (!buf || buf.length > 40000) return null;
      const gx = NumberC(c.x); const gy = NumberC(c.y);
      let alpha = 0; let arc = null; let arcs = 0; let lines = 0;
      // the path so far: the box round its points and corners, and its arcs' radii (a rounded rectangle: 4 equal corners)
      let px0 = 1e15; let py0 = 1e15; let px1 = -1e15; let py1 = -1e15; let radius = -1; let sameRadius = true;
      for (let i = 0; i < buf.length;) {
        const k = buf[i];
        const n = typeof k === 'number' && k >= 0 && k < GRAPHICS_ARGS.length ? GRAPHICS_ARGS[k] : -1;
        if (n < 0 || k === 16 || k === 17 || k === 18) return null; // transforms: left out
        if (k === 7) alpha = NumberC(buf[i + 2]);
        else if (k === 21) alpha = mathMin(NumberC(buf[i + 1]), NumberC(buf[i + 2]), NumberC(buf[i + 3]), NumberC(buf[i + 4]));
        else if (k === 3 && alpha >= 1 && boxes.length < 2000) {
          const x0 = gx + NumberC(buf[i + 1]); const y0 = gy + NumberC(buf[i + 2]);
          const x1 = x0 + NumberC(buf[i + 3]); const y1 = y0 + NumberC(buf[i + 4]);
          listPush(boxes, { x: mathMin(x0, x1), y: mathMin(y0, y1), right: mathMax(x0, x1), bottom: mathMax(y0, y1) });
        } else if (k === 1) {
          arc = null; arcs = 0; lines = 0; px0 = 1e15; py0 = 1e15; px1 = -1e15; py1 = -1e15; radius = -1; sameRadius = true;
        } else if (k === 0) {
          arcs++; arc = [buf[i + 1], buf[i + 2], buf[i + 3], buf[i + 4], buf[i + 5]];
          const r = NumberC(arc[2]);
          if (radius >= 0 && mathAbs(r - radius) > 0.01) sameRadius = false;
          radius = r;
          px0 = mathMin(px0, NumberC(arc[0]) - r); py0 = mathMin(py0, NumberC(arc[1]) - r); px1 = mathMax(px1, NumberC(arc[0]) + r); py1 = mathMax(py1, NumberC(arc[1]) + r);
        } else if (k === 4 || k === 5) {
          lines++;
          px0 = mathMin(px0, NumberC(buf[i + 1])); py0 = mathMin(py0, NumberC(buf[i + 2])); px1 = mathMax(px1, NumberC(buf[i + 1])); py1 = mathMax(py1, NumberC(buf[i + 2]));
        } else if (k === 8 && alpha >= 1 && arc && arcs === 1 && !lines && mathAbs(NumberC(arc[4]) - NumberC(arc[3])) >= 6.28 && circles.length < 2000) {
          listPush(circles, { cx: gx + NumberC(arc[0]), cy: gy + NumberC(arc[1]), r: NumberC(arc[2]) });
        } else if (k === 8 && alpha >= 1 && arcs === 4 && sameRadius && lines >= 4 && lines <= 5 && px1 - px0 > 2 * radius && py1 - py0 > 2 * radius && boxes.length < 1998) {
          // fillRoundedRect: what lies inside the corners' arcs, as two boxes crossing
          listPush(boxes, { x: gx + px0 + radius, y: gy + py0, right: gx + px1 - radius, bottom: gy + py1 });
          listPush(boxes, { x: gx + px0, y: gy + py0 + radius, right: gx + px1, bottom: gy + py1 - radius });
        }
        i += 1 + n;
      }
    } else if (t === 'RenderTexture' && withTextures && !c.isTinted && NumberC(c.scaleX) === 1 && NumberC(c.scaleY) === 1 && typeof c.getBounds === 'function'
      && (withTextures === 'fog' || !apply(regexpTest, /\.erase\s*\(/, [codeWithoutComments()]))) {
      // its pixels (a canvas-renderer texture): 8 px cells wholly opaque, read once. A texture the program erases is a
      // fog meant to hide what lies under it, and only a changing object under one is looked for
      const tex = c.texture;
      const ctx2 = tex && tex.context;
      const w = tex ? NumberC(tex.width) : 0; const h = tex ? NumberC(tex.height) : 0;
      if (!ctx2 || !(w >= 1) || !(h >= 1) || w * h > 4194304) return null;
      let px;
      try { px = pixelsOf(apply(getImageData, ctx2, [0, 0, w, h])); } catch (e) { return null; }
      const cell = 8; const cols = mathCeil(w / cell); const rows = mathCeil(h / cell);
      const grid = new Uint8ArrayC(cols * rows);
      apply(typedArrayFill, grid, [1]);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if ((px[y * w + x] >>> 24) !== 255) grid[((y / cell) | 0) * cols + ((x / cell) | 0)] = 0;
      const bb = c.getBounds();
      return { boxes, circles, grid, cell, cols, rows, gx: bb.x, gy: bb.y, x0: bb.x, y0: bb.y, x1: bb.right, y1: bb.bottom };
    } else if ((t === 'TileSprite' || t === 'Image' || t === 'Sprite') && !c.isTinted && typeof c.getBounds === 'function') {
      if (!textureOpaque(c)) return null;
      listPush(boxes, c.getBounds());
    }
    if (!boxes.length && !circles.length) return null;
    // the box around all of it: most points and boxes asked about lie outside, and that answer is one comparison
    let x0 = 1e15; let y0 = 1e15; let x1 = -1e15; let y1 = -1e15;
    for (let i = 0; i < boxes.length; i++) { const b = listAt(boxes, i); x0 = mathMin(x0, b.x); y0 = mathMin(y0, b.y); x1 = mathMax(x1, b.right); y1 = mathMax(y1, b.bottom); }
    for (let i = 0; i < circles.length; i++) { const c = listAt(circles, i); x0 = mathMin(x0, c.cx - c.r); y0 = mathMin(y0, c.cy - c.r); x1 = mathMax(x1, c.cx + c.r); y1 = mathMax(y1, c.cy + c.r); }
    return { boxes, circles, x0, y0, x1, y1 };
  }
  function paintsPoint(area, x, y) {
    if (area.x0 !== undefined && (x < area.x0 || x > area.x1 || y < area.y0 || y > area.y1)) return false;
    if (area.grid) {
      const cx = ((x - area.gx) / area.cell) | 0; const cy = ((y - area.gy) / area.cell) | 0;
      if (cx >= 0 && cy >= 0 && cx < area.cols && cy < area.rows && area.grid[cy * area.cols + cx]) return true;
    }
    for (let i = 0; i < area.boxes.length; i++) { const b = listAt(area.boxes, i); if (x >= b.x && x <= b.right && y >= b.y && y <= b.bottom) return true; }
    for (let i = 0; i < area.circles.length; i++) { const c = listAt(area.circles, i); const dx = x - c.cx; const dy = y - c.cy; if (dx * dx + dy * dy <= c.r * c.r) return true; }
    return false;
  }
  // a box wholly painted over (5 x 5 points across it, its edges 1 px in), and the share of a box painted (12 x 12 points)
  function paintsBox(area, b) {
    const w = b.right - b.x; const h = b.bottom - b.y;
    if (!(w >= 0 && h >= 0)) return false;
    const ix = mathMin(1, w / 2); const iy = mathMin(1, h / 2); // the points looked at lie 1 px in from the edges
    if (area.x0 !== undefined && (b.x + ix < area.x0 || b.right - ix > area.x1 || b.y + iy < area.y0 || b.bottom - iy > area.y1)) return false;
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) {
      if (!paintsPoint(area, b.x + ix + (w - 2 * ix) * i / 4, b.y + iy + (h - 2 * iy) * j / 4)) return false;
    }
    return true;
  }
  function paintedShare(area, b) {
    let n = 0;
    for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) if (paintsPoint(area, b.x + (b.right - b.x) * (i + 0.5) / 12, b.y + (b.bottom - b.y) * (j + 0.5) / 12)) n++;
    return n / 144;
  }
  // where an object under a cover draws: its bounds; a Graphics' drawing (unless it transforms it); an emitter's spot
  function drawnBox(o) {
    if (o.type === 'Graphics') {
      const st = apply(weakMapGet, graphicsState, [o]);
      if (!st || st.transformed || !(st.maxX >= st.minX) || NumberC(o.scaleX) !== 1 || NumberC(o.scaleY) !== 1 || o.rotation) return null;
      // in a container: moved by each container round it (one that turns or scales it: not followed)
      let dx = 0; let dy = 0;
      for (let c = o.parentContainer, depth = 0; c; c = c.parentContainer, depth++) {
        if (depth > 4 || c.rotation || NumberC(c.scaleX) !== 1 || NumberC(c.scaleY) !== 1) return null;
        dx += NumberC(c.x); dy += NumberC(c.y);
      }
      return { x: NumberC(o.x) + dx + st.minX, y: NumberC(o.y) + dy + st.minY, right: NumberC(o.x) + dx + st.maxX, bottom: NumberC(o.y) + dy + st.maxY };
    }
    if (o.type === 'ParticleEmitter') return { x: NumberC(o.x), y: NumberC(o.y), right: NumberC(o.x), bottom: NumberC(o.y), emitter: true };
    if (typeof o.getBounds !== 'function') return null;
    const b = o.getBounds();
    return b && b.width > 0 && b.height > 0 ? { x: b.x, y: b.y, right: b.right, bottom: b.bottom } : null;
  }
  // objects wholly under an opaque cover drawn after them and there since the scene was made: a background added last
  // (most of the view: 2 objects), a panel or a clock face over what it should frame (a tenth of the view: 3). Objects
  // that are opaque backgrounds themselves are not counted (a second background under the first hides nothing).
  function underBackground(list, view) {
    if (apply(regexpTest, LOADS_IMAGES, [codeWithoutComments()])) return false; // placeholder images are not the files' sizes
    const viewBox = { x: NumberC(view.x), y: NumberC(view.y), right: NumberC(view.right), bottom: NumberC(view.bottom) };
    // the opaque covers there since the scene was made, each read once: [index, area, share of the view, object]
    const covers = List();
    const shares = new MapC(); // object -> the share of the view it paints opaque (0: none)
    for (let j = 1; j < list.length && j < 4000 && covers.length < 32; j++) {
      const c = list[j];
      const born = c ? apply(weakMapGet, bornAt, [c]) : null;
      if (!born || born[0] > 2) continue;
      const area = opaqueArea(c);
      const share = area ? paintedShare(area, viewBox) : 0;
      apply(mapSet, shares, [c, share]);
      if (share >= 0.05) listPush(covers, [j, area, share, c]);
    }
    const shareOf = (o) => {
      if (!apply(mapHas, shares, [o])) { const a = opaqueArea(o); apply(mapSet, shares, [o, a ? paintedShare(a, viewBox) : 0]); }
      return apply(mapGet, shares, [o]);
    };
    for (let ci = 0; ci < covers.length; ci++) {
      const [j, area, share, c] = listAt(covers, ci);
      // a Graphics raised above the rest and redrawn during play (a fog of war opened as the player moves) is meant to
      // hide what it covers
      const coverState = c.type === 'Graphics' ? apply(weakMapGet, graphicsState, [c]) : null;
      if (share < 0.1 || (NumberC(c.depth) > 0 && coverState && coverState.cleared && coverState.lastDrawFrame > 2)) continue;
      const wholeView = share >= 0.999;
      let hidden = 0;
      let count = 0;
      let first = null;
      const top = NumberC(c.depth);
      const visit = (objs, depth, end, outerDepth) => {
        for (let i = 0; i < objs.length && i < end; i++) {
          const o = objs[i];
          if (!o || o.visible === false || !(NumberC(o.alpha) > 0)) continue;
          const d = depth ? outerDepth : NumberC(o.depth);
          if (d > top) continue;
          if ((o.type === 'Layer' || o.type === 'Container') && depth < 3) { const kids = getOwnPropertyDescriptor(o, 'list'); if (kids && isArray(kids.value)) visit(kids.value, depth + 1, 4000, d); continue; }
          if (o.scrollFactorX !== 1) continue;
          const b = drawnBox(o);
          if (!b || (b.emitter && !wholeView) || !paintsBox(area, b)) continue;
          if (!depth && shareOf(o) >= 0.4) continue;
          // every particle it will ever emit is under the cover; so is a body the game plays with (the player)
          hidden += b.emitter || (wholeView && o.body && typeof o.body === 'object') ? 2 : 1;
          count++;
          if (!first) first = o;
        }
      };
      visit(list, 0, j, 0);
      if (hidden < (share >= 0.4 ? 2 : 3)) continue;
      const b = c.type === 'Graphics' ? null : c.getBounds();
      const what = c.type === 'Graphics' ? 'the opaque fills of a Graphics' : 'an opaque ' + mathRound(b.width) + 'x' + mathRound(b.height) + ' ' + (c.type === 'Rectangle' ? 'rectangle' : c.type === 'Arc' ? 'circle' : c.type);
      const objects = first.type === 'ParticleEmitter' && count === 1 ? 'a particle emitter and all its particles lie'
        : count === 1 ? article(str(first.type)) + ' with a physics body lies' : count + ' objects (the first ' + article(str(first.type)) + ') lie';
      misuse('hidden', objects + ' wholly under ' + what + ' drawn after ' + (count === 1 ? 'it' : 'them')
        + (share >= 0.4 ? ': a background added last covers what was made before it (add the background first, or give it setDepth(-1))'
          : ', which covers ' + mathRound(share * 100) + '% of the view: what should show on top of it was made before it (make it first, or give it a lower depth)'),
      'the background drawn first', true, null);
      return true;
    }
    return movedUnderCovers(list, covers);
  }
  // several opaque covers together (the pavements and lanes of a road, each a strip of the view) over an object the
  // program moves (the player): it is never seen wherever it goes
  function movedUnderCovers(list, covers) {
    if (covers.length < 2) return false;
    let checked = 0;
    for (let k = 0; k < list.length && k < 4000 && checked < 200; k++) {
      const o = list[k];
      if (!o || o.visible === false || o.scrollFactorX !== 1 || o.type === 'Container' || o.type === 'Layer') continue;
      // a tween of it runs (a night overlay faded in and out, whatever its alpha when the run ends)
      const faded = o.scene && o.scene.sys && tweening(o.scene.sys, o);
      if (!(NumberC(o.alpha) > 0) && !faded) continue;
      const born = apply(weakMapGet, bornAt, [o]);
      // moved since it was made, or a dynamic body (the player, back at its start after a reset)
      if (!born || (mathAbs(NumberC(o.x) - born[1]) + mathAbs(NumberC(o.y) - born[2]) <= 8 && !(o.body && o.body.physicsType === 0) && !faded)) continue;
      const b = drawnBox(o);
      if (!b || b.emitter) continue;
      checked++;
      const union = { boxes: List(), circles: List() };
      let n = 0;
      let first = null;
      for (let i = 0; i < covers.length; i++) {
        const [j, area, , c] = listAt(covers, i);
        if (j <= k || NumberC(c.depth) < NumberC(o.depth)) continue;
        for (let q = 0; q < area.boxes.length; q++) listPush(union.boxes, listAt(area.boxes, q));
        for (let q = 0; q < area.circles.length; q++) listPush(union.circles, listAt(area.circles, q));
        n++;
        if (!first) first = c;
      }
      if (n < 2 || !paintsBox(union, b)) continue;
      const moved = mathAbs(NumberC(o.x) - born[1]) + mathAbs(NumberC(o.y) - born[2]) > 8;
      if (faded && !moved && !(o.body && o.body.physicsType === 0)) {
        misuse('hidden', article(str(o.type)) + ' the program tweens (at (' + mathRound(NumberC(o.x)) + ', ' + mathRound(NumberC(o.y)) + ')) lies wholly under ' + n + ' opaque shapes drawn after it (the first '
          + article(str(first.type)) + '): its tween never shows (make it after them, or give it a higher depth)', 'the tweened object drawn over what it should cover', true, null);
        return true;
      }
      misuse('hidden', article(str(o.type)) + (moved ? ' that moves (made at (' + mathRound(born[1]) + ', ' + mathRound(born[2]) + '), now at (' : ' with a dynamic body (at (')
        + mathRound(NumberC(o.x)) + ', ' + mathRound(NumberC(o.y)) + ')) lies wholly under ' + n + ' opaque shapes drawn after it (the first ' + article(str(first.type)) + '): it is never seen (make it after them, or give it a higher depth)',
      'the moving object drawn over its background', true, null);
      return true;
    }
    return false;
  }
  // a text wholly inside an opaque rectangle drawn after it (later on the display list, or a higher depth) and made
  // with it, not later: nobody can read it (a panel or board added after the text it should show)
  // (clickable: a cover that takes clicks counts only when asked, a minesweeper tile over its number is meant to be
  // clicked away)
  function coveredText(list, k, clickableCovers) {
    const t = list[k];
    if (t.type !== 'Text' || typeof t.getBounds !== 'function' || t.scrollFactorX !== 1 || t.scrollFactorY !== 1) return false;
    const d = getOwnPropertyDescriptor(t, '_text');
    if (!d || typeof d.value !== 'string' || !apply(regexpTest, /\S/, [d.value])) return false;
    const tb = t.getBounds();
    if (!(tb.width > 0 && tb.height > 0)) return false;
    for (let j = k + 1; j < list.length && j < 4000; j++) {
      const c = list[j];
      if (!c || c.type !== 'Rectangle' || c.visible === false || !c.isFilled || NumberC(c.fillAlpha) < 1 || NumberC(c.alpha) < 1
          || c.blendMode !== 0 || c.rotation || c.parentContainer || c.mask || c.scrollFactorX !== 1 || c.scrollFactorY !== 1) continue;
      if (!clickableCovers && c.input && c.input.enabled) continue;
      // a cover made while the game ran, after the text (an end screen a handler puts over the menu), is meant to hide it
      const tBorn = apply(weakMapGet, bornAt, [t]); const cBorn = apply(weakMapGet, bornAt, [c]);
      if (tBorn && cBorn && cBorn[0] > tBorn[0] + 2) continue;
      const b = c.getBounds();
      if (!(b.x <= tb.x && b.y <= tb.y && b.right >= tb.right && b.bottom >= tb.bottom)) continue;
      if (fogLifted(list, c)) continue;
      misuse('hidden', "the Text '" + slice(apply(strReplaceAll, d.value, ['\n', ' ']), 0, 40) + "' lies wholly under an opaque " + mathRound(b.width) + 'x'
        + mathRound(b.height) + ' rectangle drawn after it, so it cannot be seen (add the rectangle first, or give the text a higher depth)',
      'text drawn over its background', true, null);
      return true;
    }
    return false;
  }
  // a cell of a fog of war: another rectangle of its size and colour has been made see-through or hidden during the
  // run (the cells the player has seen), so this one is lifted too when the player comes near
  function fogLifted(list, c) {
    for (let i = 0; i < list.length && i < 4000; i++) {
      const o = list[i];
      if (o === c || !o || o.type !== 'Rectangle' || o.width !== c.width || o.height !== c.height || o.fillColor !== c.fillColor) continue;
      if (o.visible === false || NumberC(o.alpha) < 1) return true;
    }
    return false;
  }
  // the share of a box's area that lies outside the view (0..1)
  function outsideShare(b, view) {
    const w = mathMax(0, mathMin(b.right, view.right) - mathMax(b.x, view.x));
    const h = mathMax(0, mathMin(b.bottom, view.bottom) - mathMax(b.y, view.y));
    return b.width > 0 && b.height > 0 ? 1 - (w * h) / (b.width * b.height) : 0;
  }
  // a container at (x, y) one of whose children sits at (x, y) too, more than half of it off the view: its children were placed
  // in world coordinates, and the container adds its position again
  function absoluteChildren(c, cam) {
    const kids = getOwnPropertyDescriptor(c, 'list');
    const list = kids && isArray(kids.value) ? kids.value : null;
    const view = cam.worldView;
    if (!list || !view || !(view.width > 0) || mathAbs(NumberC(c.x)) + mathAbs(NumberC(c.y)) < 1 || c.scrollFactorX !== 1) return false;
    // a turning container may well hold a child at its own offset; but children spread round the container's own
    // position (their centre is where the container is, far from its (0, 0)) were placed in world coordinates
    if (c.rotation) return turningAroundItself(c, list);
    for (let i = 0; i < list.length && i < 256; i++) {
      const o = list[i];
      if (!o || o.visible === false || typeof o.getBounds !== 'function' || o.type === 'Container') continue;
      if (mathAbs(NumberC(o.x) - NumberC(c.x)) > 2 || mathAbs(NumberC(o.y) - NumberC(c.y)) > 2) continue;
      const b = o.getBounds();
      if (!(b.width > 0) || !(outsideShare(b, view) > 0.25)) continue;
      misuse('misplaced', 'a Container at (' + mathRound(NumberC(c.x)) + ', ' + mathRound(NumberC(c.y)) + ') holds a ' + str(o.type) + ' at (' + mathRound(NumberC(o.x))
        + ', ' + mathRound(NumberC(o.y)) + ') too: a child\'s position is relative to its container, so it is drawn at (' + mathRound(b.centerX) + ', '
        + mathRound(b.centerY) + '), ' + mathRound(100 * outsideShare(b, view)) + '% of it off the view (place children relative to the container: (0, 0) is its position)', 'children placed relative to their container', true, null);
      return true;
    }
    return false;
  }
  function turningAroundItself(c, list) {
    let n = 0; let sx = 0; let sy = 0;
    for (let i = 0; i < list.length && i < 256; i++) {
      const o = list[i];
      if (!o || o.visible === false || o.type === 'Container') continue;
      sx += NumberC(o.x); sy += NumberC(o.y); n++;
    }
    const cx = NumberC(c.x); const cy = NumberC(c.y);
    if (n < 2 || mathAbs(cx) + mathAbs(cy) < 150) return false;
    const mx = sx / n; const my = sy / n;
    let spread = 0;
    for (let i = 0; i < list.length && i < 256; i++) {
      const o = list[i];
      if (o && o.visible !== false && o.type !== 'Container') spread += mathAbs(NumberC(o.x) - mx) + mathAbs(NumberC(o.y) - my);
    }
    spread /= n;
    if (!(spread > 20) || mathAbs(mx - cx) + mathAbs(my - cy) > mathMax(30, spread / 4)) return false;
    misuse('misplaced', 'a turning Container at (' + mathRound(cx) + ', ' + mathRound(cy) + ') holds ' + n + ' children placed round (' + mathRound(mx) + ', ' + mathRound(my)
      + '), its own position: a child\'s position is relative to its container, so the container adds its position again and they circle about ' + mathRound(mathSqrt(cx * cx + cy * cy)) + ' px from where they were placed (place children relative to the container: (0, 0) is its position)', 'children placed relative to their container', true, null);
    return true;
  }
  // an immovable dynamic body that gravity still pulls, gone far below the view: immovable only stops other bodies
  // from pushing it (a platform or the ground meant as static: physics.add.existing(obj, true), or setAllowGravity(false))
  function fallenImmovables(g) {
    const scenes = g && g.scene && isArray(g.scene.scenes) ? g.scene.scenes : [];
    for (let i = 0; i < scenes.length && i < 16; i++) {
      const sc = scenes[i];
      const world = sc && sc.physics && sc.physics.world;
      const cam = sc && sc.sys && sc.sys.cameras && sc.sys.cameras.main;
      const bodies = world && world.bodies && isArray(world.bodies.entries) ? world.bodies.entries : null;
      if (!bodies || !cam) continue;
      const gy = NumberC(world.gravity && world.gravity.y);
      if (!(gy > 0)) continue;
      let found = null;
      for (let k = 0; k < bodies.length && k < 4000 && !found; k++) {
        const b = bodies[k];
        if (!b || !b.immovable || !b.allowGravity || !b.enable || b.collideWorldBounds) continue;
        const o = b.gameObject;
        if (o && o.scene && o.visible !== false && NumberC(b.y) > NumberC(cam.worldView.bottom) + NumberC(cam.height)) found = o;
      }
      if (!found) continue;
      misuse('misplaced', 'a ' + str(found.type) + ' with an immovable body fell out of the world (y ' + mathRound(NumberC(found.y)) + '): immovable stops other bodies from'
        + ' pushing it, not gravity (a static body: this.physics.add.existing(obj, true) or physics.add.staticGroup(); or body.setAllowGravity(false))', 'a static body', true, null);
      return;
    }
  }
  // every member of a group the program collides or overlaps with, all placed when the scene was made, fell far out
  // of the view under gravity: pickups or walls of a top-down game made in a world with gravity, nothing holding them
  function fallenGroups(g) {
    for (let i = 0; i < colliders.length; i++) {
      const [collider, kind] = listAt(colliders, i);
      const world = collider && collider.world;
      const cam = world && world.scene && world.scene.sys && world.scene.sys.cameras && world.scene.sys.cameras.main;
      if (!cam || !(NumberC(world.gravity && world.gravity.y) > 0)) continue;
      const sides = [collider.object1, collider.object2];
      for (let s2 = 0; s2 < 2; s2++) {
        const grp = sides[s2];
        if (!grp || typeof grp.getChildren !== 'function') continue;
        const kids = grp.getChildren();
        if (!isArray(kids) || kids.length < 3) continue;
        let fallen = 0;
        for (let k = 0; k < kids.length && k < 1000; k++) {
          const o = kids[k];
          const b = o && o.body;
          const born = o ? apply(weakMapGet, bornAt, [o]) : null;
          if (!b || b.physicsType !== 0 || !b.enable || !b.allowGravity || b.collideWorldBounds || !born || born[0] > 2) break;
          if (!(NumberC(b.y) > NumberC(cam.worldView.bottom) + NumberC(cam.height))) break;
          fallen++;
        }
        if (fallen !== kids.length) continue;
        misuse('misplaced', 'all ' + fallen + ' members of a group the program ' + (kind === 'overlap' ? 'overlaps' : 'collides') + ' with (' + article(str(kids[0].type)) + ', ...) fell far out of the view under'
          + " the world's gravity: they were placed when the scene was made and nothing holds them, so nothing ever reaches them (a static group, setAllowGravity(false), or no gravity in a top-down game)",
        'bodies that stay where they are placed', true, listAt(colliders, i)[2]);
        return;
      }
    }
  }
  // a tilemap layer whose tiles use indices no tileset holds (a level array counted from 1, Tiled's way, on a tileset
  // added with the default firstgid 0): the renderer skips those tiles, so they are never drawn
  function tilesWithoutTileset(g) {
    if (apply(regexpTest, LOADS_IMAGES, [codeWithoutComments()])) return; // placeholder images are not the files' sizes
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list } = shownList[i];
      for (let k = 0; k < list.length && k < 4000; k++) {
        const o = list[k];
        if (!o || o.type !== 'TilemapLayer' || o.visible === false || !isArray(o.gidMap) || !o.layer || !isArray(o.layer.data)) continue;
        const rows = o.layer.data;
        let used = 0; let missing = 0; let index = -1;
        for (let r = 0; r < rows.length && r < 256; r++) {
          const row = rows[r];
          for (let c = 0; isArray(row) && c < row.length && c < 256; c++) {
            const t = row[c];
            const ix = t ? NumberC(t.index) : -1;
            if (!(ix >= 0)) continue;
            used++;
            if (!o.gidMap[ix]) { missing++; index = ix; }
          }
        }
        if (!missing) continue;
        let total = 0;
        const sets = isArray(o.tileset) ? o.tileset : [];
        for (let t = 0; t < sets.length && t < 64; t++) total += NumberC(sets[t] && sets[t].total) || 0;
        if (!(total > 0)) continue; // a tileset whose image is not there yet holds nothing to compare with
        misuse('misplaced', missing + ' of the ' + used + " tiles of a tilemap layer have an index (" + index + ') that none of its tilesets holds (' + total
          + ' tiles from index ' + (sets[0] ? NumberC(sets[0].firstgid) : 0) + '): the renderer skips them, so they are never drawn (a level counted from 1 needs'
          + ' addTilesetImage(key, key, w, h, 0, 0, 1), firstgid 1)', 'tile indices the tilesets hold', true, null);
        return;
      }
    }
  }
  // A property the program only ever assigns (never reads, keys or quotes it) on a live Phaser object whose class
  // has no such member, where the name is Phaser's (a member of another class, a style or Matter body key, Phaser 2)
  // or a slip of one: Phaser never reads it there, so the write sets nothing (body.restitution = 1 on an Arcade
  // body, text.fontSize = 32, sprite.alhpa = 0.5). The table (runtime_contracts.unread_properties) names the
  // watched classes that do have each name.
  function unreadProperties(g) {
    const props = CONTRACTS && CONTRACTS.props;
    const names = props ? objectKeys(props) : [];
    if (!names.length) return;
    const byProto = new MapC();
    const watched = isArray(CONTRACTS.watched) ? CONTRACTS.watched : [];
    for (let i = 0; i < watched.length; i++) { const C = ctorOf(watched[i]); if (C && C.prototype) apply(mapSet, byProto, [C.prototype, watched[i]]); }
    // every class prototype under Phaser: an object whose nearest Phaser class is not a watched one is left alone
    const phaserProtos = new WeakSetC();
    const walk = (ns, depth) => {
      if (depth > 4 || !ns || (typeof ns !== 'object' && typeof ns !== 'function')) return;
      const keys = objectKeys(ns);
      for (let i = 0; i < keys.length && i < 600; i++) {
        const d = getOwnPropertyDescriptor(ns, keys[i]);
        const x = d && 'value' in d ? d.value : undefined;
        if (typeof x === 'function' && x.prototype && typeof x.prototype === 'object') apply(weakSetAdd, phaserProtos, [x.prototype]);
        else if (x && typeof x === 'object' && isPlain(x)) walk(x, depth + 1);
      }
    };
    walk(Phaser, 0);
    const classOf = (o) => {
      let p = getPrototypeOf(o);
      for (let d = 0; p && d < 12; d++) {
        if (apply(mapHas, byProto, [p])) return apply(mapGet, byProto, [p]);
        if (apply(weakSetHas, phaserProtos, [p])) return null;
        p = getPrototypeOf(p);
      }
      return null;
    };
    const onChain = (o, n) => {
      for (let p = getPrototypeOf(o), d = 0; p && p !== ObjectProto && d < 16; p = getPrototypeOf(p), d++) if (getOwnPropertyDescriptor(p, n)) return true;
      return false;
    };
    const reported = new MapC();
    let seen = 0;
    const visit = (o, depth) => {
      if (!o || typeof o !== 'object' || seen++ > 6000) return;
      const cls = classOf(o);
      for (let i = 0; cls && i < names.length; i++) {
        const n = names[i];
        const e = props[n];
        if (apply(mapHas, reported, [n]) || !getOwnPropertyDescriptor(o, n) || onChain(o, n)) continue;
        if (isArray(e.has) && apply(arrayIncludes, e.has, [cls])) continue;
        if (e.like && !onChain(o, e.like) && !getOwnPropertyDescriptor(o, e.like)) continue;
        const held = getOwnPropertyDescriptor(o, n);
        if ('value' in e && !(held && 'value' in held && held.value === e.value)) continue; // Phaser's own field of that name
        apply(mapSet, reported, [n, true]);
        const what = article(apply(strReplace, cls, [/^(GameObjects|Cameras\.Scene2D|Physics)\./, '']) + '');
        const kind = apply(strReplace, what, [/\./g, ' ']);
        misuse('never_fires', e.path + ' = ... (line ' + e.line + '): ' + kind + ' has no ' + n + ' (' + (e.like ? (e.like === n + 'X' ? 'its properties are ' + e.like + ' and ' + n + 'Y' : 'its property is ' + e.like) : e.owner)
          + '), and nothing in the program reads it: Phaser never looks at it there, so this sets nothing', e.like || 'a property ' + kind + ' has', true, e.line);
      }
      const d = getOwnPropertyDescriptor(o, 'body');
      if (d && d.value && typeof d.value === 'object' && depth < 6) visit(d.value, depth + 1);
      const l = getOwnPropertyDescriptor(o, 'list');
      if (l && isArray(l.value) && depth < 6) for (let k = 0; k < l.value.length && k < 2000; k++) visit(l.value[k], depth + 1);
    };
    const scenes = g && g.scene && isArray(g.scene.scenes) ? g.scene.scenes : [];
    for (let i = 0; i < scenes.length && i < 16; i++) {
      const sys = scenes[i] && scenes[i].sys;
      if (!sys) continue;
      const list = sys.displayList && isArray(sys.displayList.list) ? sys.displayList.list : [];
      for (let k = 0; k < list.length && k < 4000; k++) visit(list[k], 0);
      const cams = sys.cameras && isArray(sys.cameras.cameras) ? sys.cameras.cameras : [];
      for (let k = 0; k < cams.length && k < 16; k++) visit(cams[k], 0);
    }
  }
  // an object made interactive with a hit area of its own that lies wholly away from what it draws (a Graphics
  // drawing at fillRect(bx, by) from (0, 0) with a hit area Rectangle(0, 0, w, h), a hexagon drawn around its own
  // (0, 0) with a hit Polygon of world points): a hit area is in the object's own space, so clicks and drags on the
  // drawing never reach it
  function hitAreaBox(ha) {
    const t = ha.type;
    if (t === 0) { const r = NumberC(ha.radius); const x = NumberC(ha.x); const y = NumberC(ha.y); return r > 0 ? { x: x - r, y: y - r, right: x + r, bottom: y + r } : null; }
    if (t === 1) { const w = NumberC(ha.width) / 2; const h = NumberC(ha.height) / 2; const x = NumberC(ha.x); const y = NumberC(ha.y); return w > 0 && h > 0 ? { x: x - w, y: y - h, right: x + w, bottom: y + h } : null; }
    if (t === 5) { const w = NumberC(ha.width); const h = NumberC(ha.height); const x = NumberC(ha.x); const y = NumberC(ha.y); return w > 0 && h > 0 ? { x, y, right: x + w, bottom: y + h } : null; }
    const pts = t === 4 && isArray(ha.points) ? ha.points : t === 6 ? [{ x: ha.x1, y: ha.y1 }, { x: ha.x2, y: ha.y2 }, { x: ha.x3, y: ha.y3 }] : null;
    if (!pts || pts.length < 3) return null;
    let x0 = 1e15; let y0 = 1e15; let x1 = -1e15; let y1 = -1e15;
    for (let i = 0; i < pts.length && i < 1000; i++) {
      const px = NumberC(pts[i] && pts[i].x); const py = NumberC(pts[i] && pts[i].y);
      if (!isFiniteF(px) || !isFiniteF(py)) return null;
      x0 = mathMin(x0, px); y0 = mathMin(y0, py); x1 = mathMax(x1, px); y1 = mathMax(y1, py);
    }
    return x1 > x0 && y1 > y0 ? { x: x0, y: y0, right: x1, bottom: y1 } : null;
  }
  function hitAreaAway(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const input = shownList[i].sys.input;
      const candidates = input && isArray(input._list) ? input._list : null;
      for (let k = 0; candidates && k < candidates.length && k < 200; k++) {
        const o = candidates[k];
        // (a Container takes part once sized: its drawing is its children's bounds, its hit area from its display origin)
        const sizedContainer = o && o.type === 'Container' && NumberC(o.width) > 0 && NumberC(o.height) > 0 && o.list && o.list.length > 0;
        const io = o && !o.parentContainer && o.type !== 'Zone' && (o.type !== 'Container' || sizedContainer) && o.visible !== false && !o.rotation ? o.input : null;
        const ha = io && io.enabled && io.customHitArea && io.hitArea && typeof io.hitArea === 'object' ? io.hitArea : null;
        if (!ha || typeof o.listenerCount !== 'function') continue;
        let heard = !!io.draggable;
        for (let e = 0; e < POINTER_EVENTS.length && !heard; e++) heard = o.listenerCount(POINTER_EVENTS[e]) > 0;
        if (!heard) continue;
        const d = drawnBox(o);
        if (!d || d.emitter || !(d.right - d.x > 4) || !(d.bottom - d.y > 4)) continue;
        const local = hitAreaBox(ha);
        if (!local) continue;
        const sx = NumberC(o.scaleX); const sy = NumberC(o.scaleY);
        const ox = isFiniteF(NumberC(o.displayOriginX)) ? NumberC(o.displayOriginX) : 0;
        const oy = isFiniteF(NumberC(o.displayOriginY)) ? NumberC(o.displayOriginY) : 0;
        if (!(sx > 0) || !(sy > 0)) continue;
        const hit = { x: NumberC(o.x) + (local.x - ox) * sx, y: NumberC(o.y) + (local.y - oy) * sy, right: NumberC(o.x) + (local.right - ox) * sx, bottom: NumberC(o.y) + (local.bottom - oy) * sy };
        // overlapping: a circle or ellipse hit area that misses the drawing's middle and covers less than half of it
        // (a Circle(0, 0, r) on a shape whose local (0, 0) is its top-left corner: only a sliver takes clicks)
        let sliver = false;
        if (hit.right > d.x && hit.x < d.right && hit.bottom > d.y && hit.y < d.bottom) {
          // a rectangle the drawing's own size, moved half of it up and left (Rectangle(-w / 2, -h / 2, w, h): the
          // hit area starts at the top-left corner already), so only a quarter of the drawing takes clicks
          if (ha.type === 5) {
            const hw = hit.right - hit.x; const hh = hit.bottom - hit.y; const dw = d.right - d.x; const dh = d.bottom - d.y;
            const ow = mathMin(hit.right, d.right) - mathMax(hit.x, d.x); const oh = mathMin(hit.bottom, d.bottom) - mathMax(hit.y, d.y);
            if (!(mathAbs(hw - dw) <= 0.1 * dw && mathAbs(hh - dh) <= 0.1 * dh && ow * oh <= 0.3 * dw * dh)) continue;
            sliver = true;
          } else if (ha.type !== 0 && ha.type !== 1) continue;
        }
        if (!sliver && hit.right > d.x && hit.x < d.right && hit.bottom > d.y && hit.y < d.bottom) {
          const mx = (d.x + d.right) / 2; const my = (d.y + d.bottom) / 2;
          const hx = (hit.x + hit.right) / 2; const hy = (hit.y + hit.bottom) / 2;
          const rx = (hit.right - hit.x) / 2; const ry = (hit.bottom - hit.y) / 2;
          const inside = ((mx - hx) * (mx - hx)) / (rx * rx) + ((my - hy) * (my - hy)) / (ry * ry) <= 1;
          const ow = mathMin(hit.right, d.right) - mathMax(hit.x, d.x); const oh = mathMin(hit.bottom, d.bottom) - mathMax(hit.y, d.y);
          if (inside || !(rx > 0) || !(ry > 0) || ow * oh >= 0.5 * (d.right - d.x) * (d.bottom - d.y)) continue;
          sliver = true;
        }
        const graphics = o.type === 'Graphics';
        misuse('misplaced', article(str(o.type)) + ' at (' + mathRound(NumberC(o.x)) + ', ' + mathRound(NumberC(o.y)) + ') draws at (' + mathRound(d.x) + ', ' + mathRound(d.y) + ')..(' + mathRound(d.right) + ', '
          + mathRound(d.bottom) + ') but its hit area covers (' + mathRound(hit.x) + ', ' + mathRound(hit.y) + ')..(' + mathRound(hit.right) + ', ' + mathRound(hit.bottom)
          + (sliver ? '), which misses its middle' : '') + '): a hit area is in the ' + (graphics ? 'Graphics\' own space, from its position' : 'object\'s own space, from its top-left corner') + ', so clicks on what it draws never reach its handlers (a hit area where the drawing is'
          + (graphics ? ', or draw at (0, 0) and place the Graphics)' : ', in the object\'s own coordinates)'),
        'a hit area over the drawing', true, null);
        return;
      }
    }
  }
  // an object under a geometry mask drawn wholly away from it (a mask drawn at (0, 0) as if local to a container that
  // sits elsewhere: masks are in world space), so nothing of it is ever drawn
  function maskAway(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list } = shownList[i];
      // masked objects that tweens move go into their masks and out again (moles that pop up through the rims of
      // their holes, some of them not yet by the end of the run)
      let moved = false;
      for (let k = 0; k < list.length && k < 4000 && !moved; k++) moved = !!(list[k] && list[k].mask && apply(weakSetHas, tweenedObjects, [list[k]]));
      if (moved) continue;
      for (let k = 0; k < list.length && k < 4000; k++) {
        const o = list[k];
        const m = o && o.visible !== false && o.mask && !o.mask.invertAlpha ? o.mask.geometryMask : null;
        if (!m || m.type !== 'Graphics' || typeof o.getBounds !== 'function' || NumberC(o.scrollFactorX) !== NumberC(m.scrollFactorX)) continue;
        const mb = drawnBox(m);
        const b = o.getBounds();
        if (!mb || !b || !(b.width > 0) || !(b.height > 0) || !(mb.right - mb.x > 0)) continue;
        if (b.right > mb.x && b.x < mb.right && b.bottom > mb.y && b.y < mb.bottom) continue;
        misuse('hidden', article(str(o.type)) + ' at (' + mathRound(b.x) + ', ' + mathRound(b.y) + ')..(' + mathRound(b.right) + ', ' + mathRound(b.bottom) + ') is masked by a Graphics that draws only at ('
          + mathRound(mb.x) + ', ' + mathRound(mb.y) + ')..(' + mathRound(mb.right) + ', ' + mathRound(mb.bottom) + '): a geometry mask is in world space, not the masked object\'s, so nothing of it is drawn'
          + ' (draw the mask where the object is on the screen)', 'the mask drawn over the object', true, null);
        return;
      }
    }
  }
  // the opaque rectangles of a plain Container (not turned, scaled, masked or faded), in world space (their bounds)
  function containerCover(c) {
    if (c.visible === false || NumberC(c.alpha) < 1 || c.rotation || c.mask || NumberC(c.scaleX) !== 1 || NumberC(c.scaleY) !== 1 || c.parentContainer
        || c.scrollFactorX !== 1 || c.scrollFactorY !== 1) return null;
    const kids = getOwnPropertyDescriptor(c, 'list');
    const list = kids && isArray(kids.value) ? kids.value : [];
    const boxes = List();
    for (let i = 0; i < list.length && i < 64; i++) {
      const k = list[i];
      if (!k || k.type !== 'Rectangle') continue;
      const a = opaqueArea(k, true);
      for (let q = 0; a && q < a.boxes.length; q++) listPush(boxes, listAt(a.boxes, q));
    }
    return boxes.length ? { boxes, circles: List() } : null;
  }
  // a Graphics the program clears and draws again while the run goes (a progress bar), or an object it tweens, wholly
  // under one opaque shape drawn after it (the bar's frame made after the bar): what changes is never seen
  function backdropOver(sys, o, c, area) {
    const cam = sys.cameras && sys.cameras.main;
    if (!cam || c.input || (c.type !== 'Graphics' && c.type !== 'Rectangle' && apply(regexpTest, LOADS_IMAGES, [codeWithoutComments()]))) return false;
    const full = (area.x1 - area.x0) * (area.y1 - area.y0) >= 0.9 * NumberC(cam.width) * NumberC(cam.height);
    const a = apply(weakMapGet, bornAt, [o]); const b = apply(weakMapGet, bornAt, [c]);
    return full && !!a && !!b && mathAbs(a[0] - b[0]) <= 2;
  }
  // a Container placed in the view whose children all lie outside it: the children were given the screen
  // coordinates where they should appear (a dialog box at y = 450 in a container at y = 430), and a child's x, y are
  // from its container, so it is drawn below the canvas. Looked for every half second (a dialog may close again)
  let containerAwaySeen = null;
  function containerChildrenAway(g) {
    if (containerAwaySeen) return;
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam } = shownList[i];
      if (!cam || !cam.worldView) continue;
      for (let k = 0; k < list.length && k < 2000; k++) {
        const c = list[k];
        // (a hidden one too: a dialog the run never opens shows nothing when it is opened); one on the view's right or
        // bottom edge is a drawer waiting off screen, children and all
        if (!c || c.type !== 'Container' || c.rotation || !isArray(c.list) || c.list.length < 2 || c.mask) continue;
        const fixed = NumberC(c.scrollFactorX) === 0 && NumberC(c.scrollFactorY) === 0;
        if (!fixed && (NumberC(c.scrollFactorX) !== 1 || NumberC(c.scrollFactorY) !== 1)) continue;
        const v = fixed ? { x: 0, y: 0, right: NumberC(cam.width), bottom: NumberC(cam.height) } : cam.worldView;
        const cx = NumberC(c.x); const cy = NumberC(c.y);
        if (!(cx >= v.x && cx < v.right && cy >= v.y && cy < v.bottom) || NumberC(c.scaleX) !== 1 || NumberC(c.scaleY) !== 1) continue;
        let away = 0; let first = null;
        for (let j = 0; j < c.list.length && j < 200; j++) {
          const o = c.list[j];
          if (!o || o.visible === false) { away = -1; break; }
          // a child on its way in (letters dropping into a title from above the view) is where its tween has it
          if (c.scene && c.scene.sys && tweening(c.scene.sys, o)) { away = -1; break; }
          // a Graphics has no bounds: where its drawing is (moved by the containers round it)
          const d = o.type === 'Graphics' ? drawnBox(o) : null;
          if (o.type === 'Graphics' && !d) { away = -1; break; }
          if (!d && typeof o.getBounds !== 'function') { away = -1; break; }
          const b = d ? { x: d.x, y: d.y, right: d.right, bottom: d.bottom, width: d.right - d.x, height: d.bottom - d.y } : o.getBounds();
          if (!b || !(b.width > 0) || !(b.height > 0)) continue; // an empty text: nowhere yet
          if (b.right > v.x && b.x < v.right && b.bottom > v.y && b.y < v.bottom) { away = -1; break; }
          away++;
          if (!first) first = b;
        }
        if (away < 2) continue;
        containerAwaySeen = 'a Container at (' + mathRound(cx) + ', ' + mathRound(cy) + '), in the view, draws all ' + away + ' of its children outside it (one at (' + mathRound(first.x) + ', ' + mathRound(first.y)
          + ')): a child\'s x, y are from its container, so children placed at the screen coordinates where they should appear are drawn that far again from it (place them from the container\'s origin, or put the container at (0, 0))';
        misuse('misplaced', containerAwaySeen, 'children placed from the container', true, null);
        return;
      }
    }
  }
  // a Container fixed to the view (setScrollFactor(0)) holding interactive children whose own scroll factor is still 1:
  // Phaser hit-tests each child with its own scroll factor (the container's setScrollFactor(0) leaves its children's),
  // so once the camera has scrolled, a click on a drawn button lands where the button would be in the world
  let fixedContainerSeen = false;
  function fixedContainerClicksMiss(g) {
    if (fixedContainerSeen) return;
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam } = shownList[i];
      const sx = cam ? NumberC(cam.scrollX) : 0; const sy = cam ? NumberC(cam.scrollY) : 0;
      if (!cam || !(mathAbs(sx) >= 8 || mathAbs(sy) >= 8)) continue;
      for (let k = 0; k < list.length && k < 2000; k++) {
        const c = list[k];
        if (!c || c.type !== 'Container' || !isArray(c.list) || NumberC(c.scrollFactorX) !== 0 || NumberC(c.scrollFactorY) !== 0) continue;
        for (let j = 0; j < c.list.length && j < 200; j++) {
          const o = c.list[j];
          const input = o && o.input;
          if (!input || !input.enabled || o.visible === false || (NumberC(o.scrollFactorX) === 0 && NumberC(o.scrollFactorY) === 0)) continue;
          fixedContainerSeen = true;
          misuse('misplaced', 'a Container fixed to the view (scroll factor 0) holds ' + article(str(o.type)) + ' the player clicks whose own scroll factor is still ' + NumberC(o.scrollFactorX)
            + ': Phaser hit-tests each child with its own scroll factor, so with the camera scrolled by (' + mathRound(sx) + ', ' + mathRound(sy) + ') a click on it misses it'
            + ' (give the children the scroll factor too: container.each(c => c.setScrollFactor(0)))', 'children fixed to the view too', true, null);
          return;
        }
      }
    }
  }
  // sprite.chain(['attack', 'idle']) while it plays an animation that repeats forever: a chained animation starts when
  // the current one completes, which a loop never does (nothing in the program stops it)
  function chainBehindLoop(g) {
    if (apply(regexpTest, /\.(stop|stopAfterRepeat|stopAfterDelay|stopOnFrame|playAfterRepeat|playAfterDelay)\s*\(/, [codeWithoutComments()])) return;
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const list = shownList[i].list;
      for (let k = 0; k < list.length && k < 4000; k++) {
        const o = list[k];
        const d = o && typeof o === 'object' ? getOwnPropertyDescriptor(o, 'anims') : null;
        const a = d && d.value && typeof d.value === 'object' ? d.value : null;
        if (!a || !a.nextAnim || !a.isPlaying || !a.currentAnim || a._pendingStop || NumberC(a.repeat) !== -1) continue;
        const next = typeof a.nextAnim === 'string' ? a.nextAnim : a.nextAnim.key;
        misuse('never_fires', article(str(o.type)) + " plays '" + slice(str(a.currentAnim.key), 0, 30) + "', which repeats forever (repeat: -1), with '" + slice(str(next), 0, 30)
          + "' chained after it: a chained animation starts only when the current one completes, so it never plays (play() it, or end the loop first: stopAfterRepeat(), playAfterRepeat())", 'an animation that ends before the chain', true, null);
        return;
      }
    }
  }
  // a text fixed to the screen (a HUD: scrollFactor 0) drawn under a fog RenderTexture of the world (one the program
  // erase()s where the player has been) made after it or above it: where the HUD sits on the screen the fog is still
  // whole at the end, so the HUD is never seen
  function hudUnderFog(g) {
    if (!apply(regexpTest, /\.erase\s*\(/, [codeWithoutComments()])) return;
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam, oneCamera } = shownList[i];
      if (!oneCamera || !cam || NumberC(cam.zoom) !== 1) continue;
      const fogs = new MapC(); // RenderTexture -> its opaque cells, read once (its pixels, however many texts)
      const fogOf = (c) => { if (!apply(mapHas, fogs, [c])) apply(mapSet, fogs, [c, opaqueArea(c, false, 'fog')]); return apply(mapGet, fogs, [c]); };
      for (let k = 0; k < list.length && k < 2000; k++) {
        const o = list[k];
        if (!o || o.type !== 'Text' || str(o.text) === '' || o.visible === false || !(NumberC(o.alpha) > 0) || o.parentContainer || o.scrollFactorX !== 0 || o.scrollFactorY !== 0) continue;
        const b = drawnBox(o);
        if (!b || !(b.right - b.x > 2) || !(b.bottom - b.y > 2)) continue;
        const sx = NumberC(cam.scrollX); const sy = NumberC(cam.scrollY);
        const inWorld = { x: b.x + sx, y: b.y + sy, right: b.right + sx, bottom: b.bottom + sy };
        for (let j = 0; j < list.length && j < 2000; j++) {
          const c = list[j];
          if (!c || c.type !== 'RenderTexture' || j === k || NumberC(c.depth) < NumberC(o.depth) || (j < k && NumberC(c.depth) === NumberC(o.depth))) continue;
          const area = fogOf(c);
          if (!area || !paintsBox(area, inWorld)) continue;
          misuse('hidden', "a Text fixed to the screen ('" + slice(str(o.text), 0, 40) + "', at (" + mathRound(b.x) + ', ' + mathRound(b.y) + ') on the screen) lies under a fog RenderTexture drawn over it, whose pixels there are still opaque: '
            + 'the fog covers the HUD wherever the camera goes (make the text after the fog, or give it a higher depth)', 'the HUD drawn over the fog', true, null);
          return;
        }
      }
    }
  }
  // a Graphics the program clears and draws again at new places (a hover preview, a range circle following the
  // pointer) whose drawings all lay wholly under the opaque objects made after it, together (the tiles of a board), at
  // two places or more: wherever it goes it is never seen. Looked for twice a second while the game runs
  let previewSeen = false;
  function previewUnderCovers(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, oneCamera } = shownList[i];
      if (!oneCamera) continue;
      for (let k = 0; k < list.length && k < 2000; k++) {
        const o = list[k];
        if (!o || o.type !== 'Graphics' || o.visible === false || !(NumberC(o.alpha) > 0) || o.scrollFactorX !== 1 || o.parentContainer) continue;
        const st = apply(weakMapGet, graphicsState, [o]);
        if (!st || !st.places || st.places.length < 2) continue;
        const union = { boxes: List(), circles: List() };
        let together = 0;
        for (let j = k + 1; j < list.length && j < 2000 && together < 400; j++) {
          const c = list[j];
          if (!c || NumberC(c.depth) < NumberC(o.depth)) continue;
          const area = opaqueArea(c, false, true);
          if (!area || area.grid) continue;
          for (let q = 0; q < area.boxes.length; q++) listPush(union.boxes, listAt(area.boxes, q));
          for (let q = 0; q < area.circles.length; q++) listPush(union.circles, listAt(area.circles, q));
          together++;
        }
        if (together < 2) continue;
        let all = true;
        for (let q = 0; q < st.places.length && all; q++) all = paintsBox(union, listAt(st.places, q));
        if (!all) continue;
        const b = listAt(st.places, st.places.length - 1);
        previewSeen = true;
        misuse('hidden', 'a Graphics the program clears and draws again at new places (' + st.places.length + ' of them, the last at (' + mathRound(b.x) + ', ' + mathRound(b.y) + ')..(' + mathRound(b.right) + ', ' + mathRound(b.bottom)
          + ')) lies wholly under the ' + together + ' opaque objects made after it, which cover it together wherever it goes: what it draws is never seen (make it after them, or give it a higher depth)',
        'the moving drawing over the objects it marks', true, null);
        return;
      }
    }
  }
  // cellsOnly: only the redrawn Graphics whose fills all lie under later opaque objects (looked for while the input
  // phase goes on too: cell marks a click draws may be cleared again by the next click)
  function changingUnderCover(g, cellsOnly) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { sys, list, oneCamera } = shownList[i];
      if (!oneCamera) continue;
      const areas = new MapC(); // cover -> its opaque area (null: none), each read once
      const areaOf = (c) => {
        if (!apply(mapHas, areas, [c])) apply(mapSet, areas, [c, c.type === 'Container' ? containerCover(c) : opaqueArea(c, false, true)]);
        return apply(mapGet, areas, [c]);
      };
      let checked = 0;
      for (let k = 0; k < list.length && k < 2000 && checked < 32; k++) {
        const o = list[k];
        if (!o || o.visible === false || !(NumberC(o.alpha) > 0) || o.scrollFactorX !== 1 || o.parentContainer || o.type === 'Container' || o.type === 'Layer') continue;
        const st = o.type === 'Graphics' ? apply(weakMapGet, graphicsState, [o]) : null;
        const redrawn = st && st.cleared && st.lastDrawFrame > 2;
        if (cellsOnly && !redrawn) continue;
        const tweened = !redrawn && tweening(sys, o);
        // a Text is what the task names (a title, a score), and a moved object what it plays with (a kart): one under
        // a cover is lost even when it is not redrawn or tweened
        const text = o.type === 'Text' && str(o.text) !== '';
        // made empty and given its words while the game runs: what it shows changes, as a redrawn Graphics does
        const filled = text && apply(weakSetHas, textBornEmpty, [o]) && apply(weakSetHas, textSetLater, [o]);
        const born = o.type !== 'Graphics' && o.type !== 'Text' ? apply(weakMapGet, bornAt, [o]) : null;
        const moved = !!born && mathAbs(NumberC(o.x) - born[1]) + mathAbs(NumberC(o.y) - born[2]) > 4;
        if (!redrawn && !tweened && !text && !moved) continue;
        const b = drawnBox(o);
        if (!b || b.emitter || !(b.right - b.x > 2) || !(b.bottom - b.y > 2)) continue;
        checked++;
        let hidden = null;
        for (let j = k + 1; j < list.length && j < 2000 && !hidden && !cellsOnly; j++) {
          const c = list[j];
          if (!c || NumberC(c.depth) < NumberC(o.depth)) continue;
          const area = areaOf(c);
          if (!area || !paintsBox(area, b)) continue;
          // what is not redrawn or tweened: only under a backdrop the program drew over the whole view at the same time
          // (a card over its number, a dialog over the page, a loaded file's placeholder are not that)
          if (!redrawn && !tweened && !filled && !backdropOver(sys, o, c, area)) continue;
          hidden = c;
        }
        // a redrawn Graphics of several fills (cell highlights) each under an opaque object drawn after it (the tiles)
        let cells = 0;
        if (!hidden && redrawn && st.rects.length >= 2 && !st.transformed) {
          cells = st.rects.length;
          let first = null; let several = false; // the covers: cell marks lie under tiles, one each
          for (let r = 0; r < st.rects.length && cells; r++) {
            const q = listAt(st.rects, r);
            const rb = { x: NumberC(o.x) + q[0], y: NumberC(o.y) + q[1], right: NumberC(o.x) + q[0] + q[2], bottom: NumberC(o.y) + q[1] + q[3] };
            let under = null;
            for (let j = k + 1; j < list.length && j < 2000 && !under; j++) {
              const c = list[j];
              if (!c || c === o || NumberC(c.depth) < NumberC(o.depth)) continue;
              const area = areaOf(c);
              if (area && paintsBox(area, rb)) under = c;
            }
            if (!under) cells = 0;
            else if (!first) first = under;
            else if (under !== first) several = true;
          }
          // while the game runs only marks under several covers are told (bars under one HUD are told at the end)
          if (cellsOnly && !several) cells = 0;
        }
        if (!hidden && !cells) continue;
        if (cells) {
          misuse('hidden', 'a Graphics the program clears and draws again fills ' + cells + ' rectangles, and each lies wholly under an opaque object drawn after it (drawn at ('
            + mathRound(b.x) + ', ' + mathRound(b.y) + ')..(' + mathRound(b.right) + ', ' + mathRound(b.bottom) + ')): what it marks is never seen (make it after them, or give it a higher depth)',
          'the changing object drawn over what it marks', true, null);
          return true;
        }
        const c = hidden;
        const what = redrawn ? 'a Graphics the program clears and draws again' : tweened ? article(str(o.type)) + ' the program tweens'
          : filled ? "a Text made empty and filled in while the game runs ('" + slice(str(o.text), 0, 40) + "')" : text ? "a Text ('" + slice(str(o.text), 0, 40) + "')" : article(str(o.type)) + ' the program moves';
        misuse('hidden', what + ' (drawn at (' + mathRound(b.x) + ', ' + mathRound(b.y) + ')..(' + mathRound(b.right) + ', ' + mathRound(b.bottom)
          + ')) lies wholly under ' + (c.type === 'Graphics' ? 'the opaque fills of a Graphics' : 'an opaque ' + str(c.type)) + ' drawn after it: ' + (redrawn || tweened || filled ? 'what changes is never seen' : 'it is never seen') + ' (make the cover first, or give it a lower depth)',
        'the changing object drawn over its frame', true, null);
        return true;
      }
    }
  }
  // a second camera (a HUD camera) told to ignore the world objects made at the start, while objects made later (the
  // enemies a timer spawns) are never added to its ignore list: it draws them a second time, unscrolled and unzoomed
  function lateObjectsOnUiCamera(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { sys, list } = shownList[i];
      const cams = sys.cameras && isArray(sys.cameras.cameras) ? sys.cameras.cameras : [];
      const main = sys.cameras && sys.cameras.main;
      if (cams.length < 2 || !main) continue;
      for (let c = 0; c < cams.length && c < 8; c++) {
        const X = cams[c];
        const bit = X ? NumberC(X.id) : 0;
        if (!X || X === main || !(bit > 0) || !X.visible) continue;
        // a HUD camera: the whole view, not zoomed, scrolled or following (a minimap shows what spawns on purpose)
        const whole = NumberC(X.width) * NumberC(X.height) >= 0.9 * NumberC(main.width) * NumberC(main.height);
        if (!whole || NumberC(X.zoom) !== 1 || NumberC(X.scrollX) || NumberC(X.scrollY) || X._follow) continue;
        let early = 0;
        let late = null;
        for (let k = 0; k < list.length && k < 4000; k++) {
          const o = list[k];
          if (!o || o.scrollFactorX !== 1 || o.parentContainer) continue;
          const born = apply(weakMapGet, bornAt, [o]);
          if (!born) continue;
          const filter = NumberC(o.cameraFilter);
          if (born[0] <= 2 && (filter & bit)) early++;
          else if (born[0] > 2 && !late && o.visible !== false && NumberC(o.alpha) > 0 && !(filter & bit) && !(filter & NumberC(main.id)) && o.type !== 'Text') late = [o, born[0]];
        }
        if (early < 2 || !late) continue;
        misuse('misplaced', article(str(late[0].type)) + ' made while the run went (frame ' + late[1] + ') is drawn by a second camera that ignores the ' + early + ' world objects made at the start:'
          + ' ignore() applies to what exists when it is called, so this camera draws the later object a second time, out of place (ignore each new object on it too)',
        'new objects ignored by the second camera', true, null);
        return;
      }
    }
  }
  // a body with moves = false that the program gave a velocity, and no code ever lets it move again: a body that does
  // not move ignores velocity and gravity, so it stays where it is (a stone held in a sling and never released)
  function frozenBodies(g) {
    const code = codeWithoutComments();
    if (!apply(regexpTest, /\.moves\s*=\s*false\b/, [code]) || apply(regexpTest, /\.moves\s*=\s*(?!false\b)/, [code])) return;
    const scenes = g && g.scene && isArray(g.scene.scenes) ? g.scene.scenes : [];
    for (let i = 0; i < scenes.length && i < 16; i++) {
      const world = scenes[i] && scenes[i].physics && scenes[i].physics.world;
      const bodies = world && world.bodies && isArray(world.bodies.entries) ? world.bodies.entries : null;
      for (let k = 0; bodies && k < bodies.length && k < 4000; k++) {
        const b = bodies[k];
        if (!b || b.moves !== false || !b.enable || !b.velocity || !(NumberC(b.velocity.x) || NumberC(b.velocity.y))) continue;
        const o = b.gameObject;
        if (!o || !o.scene) continue;
        misuse('never_fires', 'a ' + str(o.type) + "'s body has moves = false and a velocity of (" + mathRound(NumberC(b.velocity.x)) + ', ' + mathRound(NumberC(b.velocity.y))
          + '), and the code never sets moves back: a body that does not move ignores its velocity and gravity, so it stays where it is (set body.moves = true when it should move)', 'body.moves = true', true, null);
        return;
      }
    }
  }
  // an invisible interactive Zone (or a view-wide dimming Rectangle made in the same frame) made after a visible button
  // and over it (a modal's click blocker made after the popup): with topOnly input only the topmost object under the
  // pointer gets it, so the button's handlers never run. A button visibly covered by something drawn between it and the Zone (the game behind a dimmed popup) is blocked
  // on purpose and left alone.
  function handlerless(o) {
    if (typeof o.listenerCount !== 'function' || !o.input || o.input.draggable || o.input.dropZone) return false;
    for (let i = 0; i < POINTER_EVENTS.length; i++) if (o.listenerCount(POINTER_EVENTS[i]) > 0) return false;
    return true;
  }
  // the scene's input plugin told of clicks on any object (gameobjectdown): a label's click reaches the program there
  function hearsObjects(input) {
    if (typeof input.listenerCount !== 'function') return true;
    const names = ['gameobjectdown', 'gameobjectup', 'gameobjectover', 'gameobjectout', 'dragstart', 'drag', 'drop'];
    for (let i = 0; i < names.length; i++) if (input.listenerCount(names[i]) > 0) return true;
    return false;
  }
  function blockedButtons(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { sys, list, cam } = shownList[i];
      const input = sys.input;
      const candidates = input && input.topOnly && isArray(input._list) ? input._list : null;
      if (!candidates) continue;
      const rootOf = (o) => { let r = o; for (let d = 0; d < 8 && r.parentContainer; d++) r = r.parentContainer; return r; };
      const indexOf = (o) => { for (let k = 0; k < list.length && k < 4000; k++) if (list[k] === o) return k; return -1; };
      const renders = (o) => { for (let p = o, d = 0; p && d < 8; p = p.parentContainer, d++) if (typeof p.willRender !== 'function' || !p.willRender(cam)) return false; return true; };
      const bornFrame = (o) => { const born = apply(weakMapGet, bornAt, [o]); return born ? born[0] : -1; };
      for (let z = 0; z < candidates.length && z < 200; z++) {
        const Z = candidates[z];
        if (!Z || !Z.input || !Z.input.enabled || Z.parentContainer || !renders(Z) || typeof Z.getBounds !== 'function') continue;
        const zb = Z.getBounds();
        // a dimming shape over the whole view made after the popup's own buttons, in the same frame (a modal's
        // overlay): the buttons made earlier (the game behind it) are blocked on purpose, the popup's are not
        const dimmer = Z.type === 'Rectangle' && Z.isFilled && NumberC(Z.fillAlpha) * NumberC(Z.alpha) < 1
          && zb.width * zb.height >= 0.9 * NumberC(cam.width) * NumberC(cam.height) && bornFrame(Z) > 2;
        // an interactive label with no pointer handler of its own over a button (setInteractive() for the hand
        // cursor): the topmost object takes the click and does nothing with it
        const idle = Z.type !== 'Zone' && !dimmer && handlerless(Z) && !hearsObjects(input);
        if (Z.type !== 'Zone' && !dimmer && !idle) continue;
        const zi = indexOf(Z);
        if (zi < 0) continue;
        for (let x = 0; x < candidates.length && x < 200; x++) {
          const X = candidates[x];
          if (!X || X === Z || X.type === 'Zone' || !X.input || !X.input.enabled || !renders(X) || typeof X.getBounds !== 'function' || typeof X.listenerCount !== 'function') continue;
          if (!(X.listenerCount('pointerdown') + X.listenerCount('pointerup') > 0)) continue;
          if (dimmer && bornFrame(X) !== bornFrame(Z)) continue;
          const root = rootOf(X);
          const xi = indexOf(root);
          if (xi < 0 || xi >= zi || NumberC(root.depth) > NumberC(Z.depth) || NumberC(root.scrollFactorX) !== NumberC(Z.scrollFactorX)) continue;
          const b = X.getBounds();
          const cx = b.x + b.width / 2;
          const cy = b.y + b.height / 2;
          if (!(cx >= zb.x && cx <= zb.right && cy >= zb.y && cy <= zb.bottom)) continue;
          let covered = false;
          for (let k = xi + 1; k < zi && !covered; k++) {
            const o = list[k];
            if (!o || o === root || o.visible === false || !(NumberC(o.alpha) > 0) || typeof o.getBounds !== 'function') continue;
            const ob = o.getBounds();
            covered = ob.x <= b.x && ob.y <= b.y && ob.right >= b.right && ob.bottom >= b.bottom;
          }
          if (covered) continue;
          misuse('never_fires', 'the pointer handlers of ' + article(str(X.type)) + ' at (' + mathRound(cx) + ', ' + mathRound(cy) + ') never run: '
            + (idle ? article(str(Z.type)) + ' made interactive with no pointer handler of its own (' : dimmer ? 'an interactive dimming Rectangle (' : 'an invisible Zone (') + mathRound(zb.width) + 'x' + mathRound(zb.height) + ') made after it lies over it, and with topOnly input only the topmost object under the pointer gets'
            + (idle ? ' the click, which it does nothing with (drop setInteractive() on the ' + str(Z.type) + ', or give it the same handler)' : ' it (make the blocker before the buttons, give them a higher depth, or this.children.bringToTop() what should be clicked)'), 'the button above the blocker', true, null);
          return;
        }
      }
    }
  }
  // the camera follows a container's child (whose x, y are relative to the container: the camera stays near (0, 0)),
  // or a body that collides with world bounds smaller than the camera's (the player never gets past the first screen)
  function cameraFollow(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { sys, cam } = shownList[i];
      const t = cam._follow;
      if (!t || typeof t !== 'object') continue;
      const box = t.parentContainer;
      if (box && mathAbs(NumberC(box.x)) + mathAbs(NumberC(box.y)) > 1) {
        misuse('misplaced', 'the camera follows ' + article(str(t.type)) + ' inside a Container: a child\'s x, y are relative to its container (' + mathRound(NumberC(t.x)) + ', '
          + mathRound(NumberC(t.y)) + '), so the camera follows that point near the top-left corner while the container moves away (follow the container)',
        'startFollow(container)', true, null);
        return;
      }
      const cb = cam.useBounds ? cam._bounds : null;
      // camera bounds that hold the camera away from what it follows: setBounds(0, 0, screen width, screen height) in a
      // bigger world keeps the view on the first screen while the target is elsewhere (from the start to the end)
      if (apply(weakSetHas, followedOffBeforeInput, [cam]) && followedOutOfBounds(cam)) {
        misuse('misplaced', 'the camera follows ' + article(str(t.type)) + ' at (' + mathRound(NumberC(t.x)) + ', ' + mathRound(NumberC(t.y)) + '), but its bounds (setBounds('
          + mathRound(NumberC(cb.x)) + ', ' + mathRound(NumberC(cb.y)) + ', ' + mathRound(NumberC(cb.width)) + ', ' + mathRound(NumberC(cb.height)) + ')) keep it from'
          + ' scrolling there: what it follows is off the view all run long (give the camera the size of the world, not of the screen)', 'camera bounds as big as the world', true, null);
        return;
      }
      // the followed object went past the camera's bounds into a part of the world the program drew (scenery out of
      // bounds that way): the camera stops at its bounds and the object leaves the view
      const beyond = cb && followedOutOfBounds(cam) ? drawnBeyondBounds(shownList[i].list, cb, t) : 0;
      if (beyond >= 3) {
        misuse('misplaced', 'the camera follows ' + article(str(t.type)) + ' that went to (' + mathRound(NumberC(t.x)) + ', ' + mathRound(NumberC(t.y)) + '), out of the camera\'s bounds (setBounds('
          + mathRound(NumberC(cb.x)) + ', ' + mathRound(NumberC(cb.y)) + ', ' + mathRound(NumberC(cb.width)) + ', ' + mathRound(NumberC(cb.height)) + ')), where the program drew ' + beyond
          + ' objects: the camera stops at its bounds, so what it follows leaves the view and that part of the world is never shown (bounds that hold the whole world)', 'camera bounds as big as the world', true, null);
        return;
      }
      // or into a part nothing was drawn in, for a second and more up to the end (a climber the bounds stop at y = 0);
      // not out through the bottom, where a player falls when the run is lost
      if (cb && t.active !== false && NumberC(t.alpha) > 0 && (apply(weakMapGet, followedAway, [cam]) || 0) >= 2 && followedOutOfBounds(cam)
        && !(NumberC(t.y) > NumberC(cb.y) + NumberC(cb.height))) {
        misuse('misplaced', 'the camera follows ' + article(str(t.type)) + ' that went to (' + mathRound(NumberC(t.x)) + ', ' + mathRound(NumberC(t.y)) + '), out of the camera\'s bounds (setBounds('
          + mathRound(NumberC(cb.x)) + ', ' + mathRound(NumberC(cb.y)) + ', ' + mathRound(NumberC(cb.width)) + ', ' + mathRound(NumberC(cb.height)) + ')), and has stayed out of the view since frame '
          + (S.frame - 30 * (apply(weakMapGet, followedAway, [cam]) || 0)) + ': the camera stops at its bounds, so what it should keep in view is lost (bounds around where it goes)', 'camera bounds around the followed object', true, null);
        return;
      }
      const world = sys.arcadePhysics && sys.arcadePhysics.world;
      const wb = world && world.bounds;
      const body = t.body;
      if (!wb || !cb || !body || !body.collideWorldBounds || !world.checkCollision) continue;
      // only along an axis the camera scrolls: bounds no taller than the view (a road kept to a strip of a side
      // scroller) stop no scrolling
      const zoom = NumberC(cam.zoom) || 1;
      const wider = NumberC(cb.width) > 1.2 * NumberC(wb.width) && world.checkCollision.right && NumberC(cb.width) > NumberC(cam.width) / zoom + 1;
      const taller = NumberC(cb.height) > 1.2 * NumberC(wb.height) && world.checkCollision.down && NumberC(cb.height) > NumberC(cam.height) / zoom + 1;
      if (!wider && !taller) continue;
      misuse('misplaced', 'the camera may scroll over ' + mathRound(NumberC(cb.width)) + 'x' + mathRound(NumberC(cb.height)) + ' but the physics world is '
        + mathRound(NumberC(wb.width)) + 'x' + mathRound(NumberC(wb.height)) + ', and the followed ' + str(t.type) + ' collides with the world bounds: it never'
        + ' gets past them (this.physics.world.setBounds(0, 0, ' + mathRound(NumberC(cb.width)) + ', ' + mathRound(NumberC(cb.height)) + '))', 'world bounds as big as the map', true, null);
      return;
    }
  }
  // the looks made every half second run only for programs that could need them (containers; a camera that follows
  // within bounds)
  let containerCode;
  function containersMade() {
    if (containerCode === undefined) containerCode = apply(regexpTest, /container\s*\(|Container\s*\(/, [codeWithoutComments()]);
    return containerCode;
  }
  let followWatchedCode;
  function followWatched() {
    if (followWatchedCode === undefined) followWatchedCode = apply(regexpTest, /startFollow/, [codeWithoutComments()]) && apply(regexpTest, /setBounds/, [codeWithoutComments()]);
    return followWatchedCode;
  }
  // the camera shows the world past an edge of the Arcade world's bounds where the program drew (platforms recycled
  // above a climber), while a moving body collides with that edge: the default bounds are the first screen, so the
  // body is stopped in the middle of the drawn world (a climber bumps its head on y = 0)
  let edgeWatched;
  function worldEdgeWatched() {
    if (edgeWatched === undefined) {
      const code = codeWithoutComments();
      edgeWatched = apply(regexpTest, /CollideWorldBounds|collideWorldBounds/, [code]) && apply(regexpTest, /scroll[XY]\b|setScroll|startFollow|centerOn|\.pan\s*\(/, [code]);
    }
    return edgeWatched;
  }
  function worldEdgeInView(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { sys, list, cam } = shownList[i];
      const world = sys.arcadePhysics && sys.arcadePhysics.world;
      const wb = world && world.bounds;
      const cc = world && world.checkCollision;
      const view = cam && cam.worldView;
      if (!wb || !cc || !view || NumberC(cam.zoom) !== 1) continue;
      // with the camera on the first screen, only bodies drawn past the edge (platforms) say the world goes on there:
      // panels, texts and buttons are a UI strip under a play area the program fenced in on purpose
      const firstScreen = NumberC(view.x) === 0 && NumberC(view.y) === 0;
      const x0 = NumberC(wb.x); const y0 = NumberC(wb.y); const x1 = x0 + NumberC(wb.width); const y1 = y0 + NumberC(wb.height);
      const sides = [['up', cc.up && NumberC(view.y) < y0 - 20, { x: (x0 + x1) / 2, y: y0 - 1 }], ['down', cc.down && NumberC(view.bottom) > y1 + 20, { x: (x0 + x1) / 2, y: y1 + 1 }],
        ['left', cc.left && NumberC(view.x) < x0 - 20, { x: x0 - 1, y: (y0 + y1) / 2 }], ['right', cc.right && NumberC(view.right) > x1 + 20, { x: x1 + 1, y: (y0 + y1) / 2 }]];
      for (let s = 0; s < sides.length; s++) {
        const [side, shown, past] = sides[s];
        if (!shown) continue;
        let mover = null;
        anyBody(world, (b) => {
          const o = b.gameObject;
          if (!b.collideWorldBounds || b.immovable || !b.moves || b.physicsType !== 0 || !o || o.visible === false) return false;
          mover = o;
          return true;
        });
        if (!mover || drawnBeyondBounds(list, wb, past, firstScreen) < 3) continue;
        misuse('misplaced', 'the camera shows the world past the ' + (side === 'up' ? 'top' : side === 'down' ? 'bottom' : side) + ' edge of the physics world\'s bounds ('
          + mathRound(x0) + ', ' + mathRound(y0) + ', ' + mathRound(x1 - x0) + 'x' + mathRound(y1 - y0) + '), where the program drew, but ' + article(str(mover.type))
          + ' collides with the world bounds there: it is stopped at that edge in the middle of the drawn world (physics.world.setBounds() as big as the world, or setBoundsCollision() for the sides that hold it)',
        'world bounds as big as the drawn world', true, null);
        return;
      }
    }
  }
  // a scene launched as an overlay (its create() ran after another's) but drawn under that other scene, whose opaque
  // view-sized rectangle then covers it all: scenes draw in the scene list's order, which launch() keeps
  function overlayDrawnUnder(g) {
    const shownList = shownScenes(g, true);
    const created = S.lifecycle.create.list;
    const order = (key) => { for (let i = 0; i < created.length; i++) if (listAt(created, i) === key) return i; return -1; };
    for (let i = 0; i < shownList.length; i++) {
      const under = shownList[i];
      if (under.sys.isPaused()) continue;
      const underKey = under.sys.settings && under.sys.settings.key;
      let texts = 0;
      for (let k = 0; k < under.list.length && k < 4000; k++) {
        const o = under.list[k];
        if (o && o.type === 'Text' && o.visible !== false && NumberC(o.alpha) > 0) texts++;
      }
      if (!texts) continue;
      for (let j = i + 1; j < shownList.length; j++) {
        const over = shownList[j];
        const overKey = over.sys.settings && over.sys.settings.key;
        // started after the other as an overlay, or both running from the start (a backdrop scene listed last)
        const overlay = order(underKey) > order(overKey) && order(overKey) >= 0;
        const vw = NumberC(over.cam.width);
        const vh = NumberC(over.cam.height);
        const wv = over.cam.worldView;
        const viewBox = wv ? { x: NumberC(wv.x), y: NumberC(wv.y), right: NumberC(wv.right), bottom: NumberC(wv.bottom) } : null;
        // its camera's own background, opaque (setBackgroundColor('#0b3d91')), covers all that is drawn before it
        const bg = over.cam.backgroundColor;
        if (overlay && over.cam.transparent === false && bg && NumberC(bg.alpha) >= 255 && over.cam.visible !== false && NumberC(over.cam.alpha) >= 1
            && NumberC(over.cam.x) <= 0 && NumberC(over.cam.y) <= 0 && vw >= NumberC(g.scale.width) && vh >= NumberC(g.scale.height)) {
          misuse('hidden', "scene '" + str(underKey) + "' was started after scene '" + str(overKey) + "' as an overlay, but it is drawn under it: scenes draw in the order of the game's scene list, and '"
            + str(overKey) + "' clears the whole view with its camera's opaque background, so the " + texts + " text(s) of '" + str(underKey) + "' cannot be seen (this.scene.bringToTop('"
            + str(underKey) + "'), or list it after '" + str(overKey) + "' in the game config)", 'the overlay scene drawn last', true, null);
          return;
        }
        for (let k = 0; k < over.list.length && k < 4000; k++) {
          const c = over.list[k];
          if (!c || c.visible === false) continue;
          // an opaque rectangle over the screen, or anything else opaque over the whole view (a starfield TileSprite)
          const rect = c.type === 'Rectangle' && c.isFilled && NumberC(c.fillAlpha) >= 1 && NumberC(c.alpha) >= 1 && c.blendMode === 0 && !c.rotation && !c.mask;
          const b = rect ? screenBox(c, over.cam) : null;
          const screen = rect && b.x <= 0 && b.y <= 0 && b.right >= vw && b.bottom >= vh;
          if (!screen) {
            if (rect || !viewBox || c.type === 'Rectangle') continue;
            const area = opaqueArea(c);
            if (!area || paintedShare(area, viewBox) < 0.999) continue;
          }
          const born = apply(weakMapGet, bornAt, [c]);
          if (!overlay && !(born && born[0] <= 2)) continue;
          misuse('hidden', "scene '" + str(underKey) + "' " + (overlay ? "was started after scene '" + str(overKey) + "' as an overlay" : "runs from the start alongside scene '" + str(overKey) + "'") + ", but it is drawn under it: scenes draw in"
             + " the order of the game's scene list, and '" + str(overKey) + "' covers the whole view with an opaque " + (c.type === 'Rectangle' ? 'rectangle' : str(c.type)) + ", so the " + texts + " text(s) of '"
            + str(underKey) + "' cannot be seen (this.scene.bringToTop('" + str(underKey) + "'), or list it after '" + str(overKey) + "' in the game config)",
          'the overlay scene drawn last', true, null);
          return;
        }
      }
    }
  }
  // a HUD text left in the world (scrollFactor 1) while the camera follows something away: placed on the first screen,
  // changed by the program during the run, and wholly off the view at the end (setScrollFactor(0) fixes it to the screen)
  function hudScrolledAway(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam, oneCamera } = shownList[i];
      const view = cam.worldView;
      if (!cam._follow || !view || !oneCamera || (NumberC(cam.scrollX) === 0 && NumberC(cam.scrollY) === 0)) continue;
      for (let k = 0; k < list.length && k < 4000; k++) {
        const o = list[k];
        if (!o || o.type !== 'Text' || o.visible === false || !(NumberC(o.alpha) > 0) || o.parentContainer || NumberC(o.scrollFactorX) !== 1) continue;
        const born = apply(weakMapGet, bornAt, [o]);
        const d = getOwnPropertyDescriptor(o, '_text');
        if (!born || born[3] === undefined || !d || mathAbs(NumberC(o.x) - born[1]) > 1 || mathAbs(NumberC(o.y) - born[2]) > 1) continue;
        if (!(born[1] >= 0 && born[1] <= NumberC(cam.width) && born[2] >= 0 && born[2] <= NumberC(cam.height))) continue;
        // a HUD: its text changed during the run, or it reads like one ('Coins: 0') in a corner of the first screen
        const corner = (born[1] <= 100 || born[1] >= NumberC(cam.width) - 100) && (born[2] <= 100 || born[2] >= NumberC(cam.height) - 100);
        if (d.value === born[3] && !(corner && apply(regexpTest, /^[^\n]{1,24}[:：]\s*\d/, [str(d.value)]))) continue;
        const b = o.getBounds();
        if (!(b.right <= view.x || b.x >= view.right || b.bottom <= view.y || b.y >= view.bottom)) continue;
        misuse('misplaced', "the Text '" + slice(apply(strReplaceAll, str(d.value), ['\n', ' ']), 0, 40) + "' reads like a HUD but sits in the world at ("
          + mathRound(NumberC(o.x)) + ', ' + mathRound(NumberC(o.y)) + '), and the following camera has scrolled to (' + mathRound(NumberC(cam.scrollX)) + ', '
          + mathRound(NumberC(cam.scrollY)) + '): it is off the screen (setScrollFactor(0) fixes it to the screen)', 'setScrollFactor(0)', true, null);
        return;
      }
    }
  }
  // texts the program made visible (setVisible(true)), checked half a second later (a card's back may fade away
  // meanwhile): still wholly under an opaque rectangle drawn after them (a number revealed under its tile, which was
  // recoloured instead of hidden)
  let revealed = List(); // [text, frame]
  function revealHook() {
    const Text = Phaser.GameObjects && Phaser.GameObjects.Text;
    const orig = Text && Text.prototype.setVisible;
    if (typeof orig !== 'function') return;
    Text.prototype.setVisible = cloak(function setVisible(value) {
      try { if (S && value && revealed.length < 32 && this && this.visible === false) listPush(revealed, [this, S.frame]); } catch (e) { /* ignore */ }
      return apply(orig, this, arguments);
    }, 'setVisible', orig.length, orig);
  }
  function revealedCovered(atEnd) {
    const later = List();
    for (let i = 0; i < revealed.length; i++) {
      const entry = listAt(revealed, i);
      const t = entry[0];
      if (S.frame - entry[1] < (atEnd ? 10 : 30)) { listPush(later, entry); continue; }
      const dl = t && t.displayList;
      const list = dl && isArray(dl.list) ? dl.list : null;
      if (!list || t.visible === false) continue;
      let k = -1;
      for (let j = 0; j < list.length && j < 4000 && k < 0; j++) if (list[j] === t) k = j;
      if (k >= 0 && coveredText(list, k, true)) { revealed = List(); return; }
    }
    revealed = later;
  }
  // at the end of the run: objects placed where they cannot be what the code draws. A Graphics left at (0, 0) but turned
  // (rotation), with its drawing away from (0, 0): it turns about the view's corner, the shape swings off. A view-sized
  // RenderTexture at (0, 0) with the centre origin it has had since 3.60: three quarters of it lie off the view.
  function misplacedObjects(g) {
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) {
      const { list, cam } = shownList[i];
      if (cam.worldView && underBackground(list, cam.worldView)) return;
      for (let k = 0; k < list.length && k < 4000; k++) {
        const o = list[k];
        if (!o || typeof o !== 'object' || o.visible === false || o.parentContainer) continue;
        // x or y NaN: Phaser draws the object nowhere (a value read from a field that is not there, undefined * 2)
        const nan = numberIsNaN(o.x) ? 'x' : numberIsNaN(o.y) ? 'y' : numberIsNaN(o.scaleX) ? 'scaleX' : numberIsNaN(o.scaleY) ? 'scaleY' : null;
        if (nan) {
          misuse('misplaced', 'a game object (' + str(o.type) + ")'s " + nan + ' is NaN at the end of the run, so it is drawn nowhere: something computed it from a value'
            + ' that is not a number (a field that is not there, undefined)', 'numbers for positions', true, null);
          return;
        }
        if (!(NumberC(o.alpha) > 0)) continue;
        // a shape made with no fill colour, given one through `fillColor =` (not setFillStyle): it stays unfilled and,
        // with no stroke either, draws nothing (an unfilled shape kept white is a hit area on purpose)
        if (SHAPE_TYPES[o.type] === true && o.isFilled === false && o.isStroked === false && typeof o.fillColor === 'number' && o.fillColor !== 0xffffff) {
          const line = codeLineOf(/\.fillColor\s*=[^=]/);
          // (turned off with setFillStyle() on purpose: the program never writes fillColor itself)
          if (line === null) continue;
          misuse('never_fires', 'a shape (' + str(o.type) + ') was given the fill colour ' + hexColour(o.fillColor) + ' with fillColor = ..., but it was made with no fill colour, so it is not filled'
            + ' and draws nothing (use setFillStyle(colour), which turns the fill on, or give the colour when making it)', 'setFillStyle(colour)', true, line);
          return;
        }
        if (o.type === 'Container' && (absoluteChildren(o, cam) || childrenOffView(o, cam))) return;
        if (o.type === 'Text' && (coveredText(list, k) || textOffScreen(o, cam, shownList[i].sys))) return;
        if (o.mask && maskShapeOnTop(list, k)) return;
        if (o.type === 'Graphics' && o.x === 0 && o.y === 0 && mathAbs(NumberC(o.rotation)) > 0.2) {
          const st = apply(weakMapGet, graphicsState, [o]);
          if (!st || st.transformed || !(st.maxX >= st.minX) || !(st.maxY >= st.minY)) continue;
          if (st.minX <= 0 && st.maxX >= 0 && st.minY <= 0 && st.maxY >= 0) continue; // drawn around its own origin
          const cx = mathRound((st.minX + st.maxX) / 2);
          const cy = mathRound((st.minY + st.maxY) / 2);
          misuse('misplaced', 'a Graphics at (0, 0) is turned (rotation ' + mathRound(NumberC(o.rotation) * 100) / 100 + ') about its own (0, 0), the view\'s'
            + ' top-left corner, so what it drew around (' + cx + ', ' + cy + ') swings away off the view (draw around (0, 0) and place the Graphics'
            + ' with setPosition(' + cx + ', ' + cy + '))', 'a Graphics turned about the centre of its drawing', true, null);
          return;
        }
        if (o.type === 'RenderTexture' && o.x === 0 && o.y === 0 && o.originX === 0.5 && o.originY === 0.5
            && NumberC(o.displayWidth) >= 0.9 * NumberC(cam.width) && NumberC(o.displayHeight) >= 0.9 * NumberC(cam.height)) {
          misuse('misplaced', 'a ' + mathRound(NumberC(o.displayWidth)) + 'x' + mathRound(NumberC(o.displayHeight)) + ' RenderTexture sits at (0, 0) with its origin'
            + ' at its centre (the default since Phaser 3.60): three quarters of it lie off the view, and what is drawn to it at view'
            + ' coordinates shows up and left of where it belongs (setOrigin(0), or place it at the view\'s centre)', 'setOrigin(0)', true, null);
          return;
        }
      }
    }
  }
  // at the end of the run: a visible text that shows 'undefined' or '[object Object]' (a value formatted before it was
  // set, an object where its field was meant; 'NaN' warns)
  const BROKEN_TEXT = /\bundefined\b|\bNaN\b|\[object Object\]/;
  const GAME_COUNT_NAN = /(score|best|record|hp|health|lives|life|gold|coins?|points|level|mana|ammo|combo|kills|得分|分数|最高分|最佳|纪录|生命|金币|关卡|血量|积分)\s*[:：=]?\s*NaN/i;
  // a scene field that is a plain object with the key '[object Object]': an object was used as a property name
  // (this.stock[good] with good an object), and every object turns into that same text, so all share one entry
  function objectKeyedAsText(g) {
    const OBJ = '[object Object]';
    const scenes = g.scene.scenes;
    const look = (o, path, depth) => {
      if (!o || typeof o !== 'object' || !isPlain(o)) return null;
      if (getOwnPropertyDescriptor(o, OBJ)) return path;
      if (depth >= 1) return null;
      const ks = objectKeys(o);
      for (let i = 0; i < ks.length && i < 64; i++) {
        const d = getOwnPropertyDescriptor(o, ks[i]);
        const found = d && 'value' in d ? look(d.value, path + '.' + ks[i], depth + 1) : null;
        if (found) return found;
      }
      return null;
    };
    for (let s = 0; s < scenes.length; s++) {
      const scene = scenes[s];
      const ks = objectKeys(scene);
      for (let i = 0; i < ks.length && i < 200; i++) {
        const d = getOwnPropertyDescriptor(scene, ks[i]);
        if (!d || !('value' in d) || ks[i] === 'sys') continue;
        const path = look(d.value, 'this.' + ks[i], 0);
        if (!path) continue;
        const parts = apply(strSplit, str(S.code), [slice(path, 4, path.length) + '[']);
        const line = parts.length > 1 ? apply(strSplit, parts[0], ['\n']).length : null;
        misuse('wrong_argument', path + " has a key '" + OBJ + "': an object was used as a property name, and every object turns into that same text, so"
          + ' all of them share one entry (key by one of its fields, such as its name or id, or use a Map)', 'a text or number key', true, line);
        return;
      }
    }
  }
  function brokenText(g) {
    const seen = { count: 0 };
    const visit = (list, depth) => {
      for (let i = 0; i < list.length && seen.count < 4000; i++) {
        seen.count++;
        const o = list[i];
        if (!o || typeof o !== 'object' || o.visible === false || !(NumberC(o.alpha) > 0)) continue;
        const kids = getOwnPropertyDescriptor(o, 'list');
        if (depth < 4 && kids && isArray(kids.value) && o.type === 'Container') { if (visit(kids.value, depth + 1)) return true; continue; }
        const d = getOwnPropertyDescriptor(o, '_text');
        const text = d && typeof d.value === 'string' ? d.value : null;
        const m = text === null ? null : apply(regexpExec, BROKEN_TEXT, [text]);
        if (!m) continue;
        const shown = apply(strReplaceAll, slice(text, 0, 80), ['\n', ' ']);
        // NaN may be honest arithmetic (0 / 0 in a vector demo with the pointer on the origin): only a warning, unless
        // it stands for a game's count (Best: NaN, 得分：NaN), which the player is shown instead of a number
        const count = m[0] === 'NaN' && apply(regexpTest, GAME_COUNT_NAN, [text]);
        misuse('broken_text', "a " + str(o.type) + " shows '" + shown + "' at the end of the run: '" + m[0] + "' is a value the program"
          + ' formatted before it was set, or read from a field that is not there' + (count ? ' (a number parsed from nothing, or computed from one: parseInt(null) is NaN)' : ''), 'text made of values that are set', m[0] !== 'NaN' || count, null);
        return true;
      }
      return false;
    };
    const shownList = shownScenes(g);
    for (let i = 0; i < shownList.length; i++) if (visit(shownList[i].list, 0)) return;
  }
  // timers of the scenes that have not fired yet when the run ends (what they will do was not seen): a wave that
  // makes its clickable enemies after a banner outlasts the run
  function unfiredTimers() {
    let n = 0;
    const scenes = S.game && S.game.scene && isArray(S.game.scene.scenes) ? S.game.scene.scenes : [];
    for (let i = 0; i < scenes.length && i < 16; i++) {
      const clock = scenes[i] && scenes[i].sys && scenes[i].sys.time;
      if (!clock) continue;
      const lists = [clock._active, clock._pendingInsertion];
      for (let k = 0; k < 2; k++) {
        const events = isArray(lists[k]) ? lists[k] : [];
        for (let j = 0; j < events.length && j < 400; j++) {
          const ev = events[j];
          if (!ev || ev.paused) continue;
          const repeats = ev.loop || ev.repeat === -1 ? 999999999999 : NumberC(ev.repeat);
          if (repeats > 0 ? ev.repeatCount === repeats : !ev.hasDispatched) n++;
        }
      }
    }
    return n;
  }
  // at the end of the run: handlers of events nothing emitted (nor the code, later), and the pointer handlers of
  // objects that were never interactive
  function deadHandlers() {
    const code = S.code || '';
    for (let i = 0; i < deadNames.length; i++) {
      const entry = listAt(deadNames, i);
      const name = entry[0];
      const why = entry[1];
      const line = entry[2];
      if (apply(mapHas, emittedNames, [name])) continue;
      if (emitsItself(code, name)) continue;
      misuse('never_fires', "on('" + slice(name, 0, 60) + "'): no Phaser object emits this event, the handler never runs: " + why, 'an event Phaser emits', true, line);
    }
    for (let i = 0; i < domListeners.length; i++) {
      const [el, name, line] = listAt(domListeners, i);
      const asked = apply(weakMapGet, domAsked, [el]);
      let found = false;
      for (let k = 0; asked && k < asked.length && !found; k++) found = listAt(asked, k) === name;
      if (found || emitsItself(code, name) || apply(weakSetHas, everInteractive, [el])) continue;
      misuse('never_fires', "a DOM element's on('" + name + "'): a DOMElement passes on its node's native events only once they are named with addListener('" + name
        + "'), and this one never was, so the handler never runs (element.addListener('" + name + "'))", "addListener('" + name + "')", true, line);
      break;
    }
    try { bodilessColliders(); } catch (e) { /* ignore */ }
    try { groupResetsKept(); } catch (e) { /* ignore */ }
    try { staleStaticBodies(); } catch (e) { /* ignore */ }
    try { timelinesNeverPlayed(); } catch (e) { /* ignore */ }
    try { graphicsLeftovers(); } catch (e) { /* ignore */ }
    try { neverShown(code); } catch (e) { /* ignore */ }
    try { texturesNeverMade(code); } catch (e) { /* ignore */ }
    for (let i = 0; i < sceneListeners.length; i++) {
      const entry = listAt(sceneListeners, i);
      const name = entry[1];
      if (apply(mapHas, emittedNames, [name])) continue;
      if (name === 'worldbounds') {
        if (anyBody(entry[0], (b) => b.onWorldBounds && b.collideWorldBounds)) continue;
        if (anyBody(entry[0], (b) => b.onWorldBounds)) {
          misuse('never_fires', "physics.world.on('worldbounds'): bodies have onWorldBounds = true but none collides with the world bounds (collideWorldBounds is false), and Arcade emits 'worldbounds' only for a body that does: the handler never runs (setCollideWorldBounds(true, 0, 0, true))", 'a body with collideWorldBounds and onWorldBounds', true, entry[2]);
          continue;
        }
        misuse('never_fires', "physics.world.on('worldbounds'): no body has onWorldBounds = true (setCollideWorldBounds(true, 0, 0, true) or body.onWorldBounds = true), so the world never emits it", 'a body with onWorldBounds', true, entry[2]);
        continue;
      }
      const needs = apply(mapGet, SCENE_INPUT, [name]);
      if (inputSeen[needs]) continue;
      const what = needs === 'interactive' ? 'no game object is ever interactive (setInteractive())'
        : needs === 'draggable' ? 'no game object is ever draggable (setInteractive({ draggable: true }) or this.input.setDraggable())'
          : 'no game object is ever a drop zone (setInteractive({ dropZone: true }) or zone.setDropZone())';
      const waiting = unfiredTimers();
      misuse('never_fires', "input.on('" + name + "'): " + what + ', so the handler never runs' + (waiting ? ' (or not before the run ended: '
        + waiting + ' timer' + (waiting > 1 ? 's' : '') + ' had not fired yet)' : ''), 'an ' + needs + ' game object', !waiting, entry[2]);
    }
    for (let i = 0; i < customListeners.length; i++) {
      const entry = listAt(customListeners, i);
      const on = apply(mapGet, customEmits, [entry[1]]);
      if (!on || !on.length) continue;
      // one handler of the name that the event reached: the wiring works (others may wait on objects not reached)
      let served = false;
      for (let k = 0; k < customListeners.length && !served; k++) {
        const other = listAt(customListeners, k);
        if (other[1] === entry[1] && listHas(on, other[0])) served = true;
      }
      if (served) continue;
      misuse('never_fires', "on('" + slice(entry[1], 0, 60) + "') listens on " + emitterName(entry[0]) + ", but the program emits '"
        + slice(entry[1], 0, 60) + "' only on " + emitterName(listAt(on, 0)) + ': each emitter calls only its own handlers, so this one never runs',
      'the emitter the event is emitted on', true, entry[2]);
    }
    let pendingInteractive = -1; // setInteractive() lines of the code that never ran: read once, when first needed
    for (let i = 0; i < deadListeners.length; i++) {
      const entry = listAt(deadListeners, i);
      const obj = entry[0];
      const name = entry[1];
      const line = entry[2];
      if (apply(weakSetHas, everInteractive, [obj])) {
        if (apply(mapHas, emittedNames, [name])) continue;
        if (apply(arrayIncludes, DRAG, [name]) && !apply(weakSetHas, everDraggable, [obj])) {
          misuse('never_fires', "on('" + name + "') on a game object that is interactive but never draggable (setInteractive({ draggable: true }) or this.input.setDraggable()): the handler never runs", 'a draggable game object', true, line);
        } else if (apply(arrayIncludes, DROP, [name]) && !inputSeen.dropZone) {
          misuse('never_fires', "on('" + name + "'): no game object is ever a drop zone (setInteractive({ dropZone: true }) or zone.setDropZone()), so the handler never runs", 'a drop zone', true, line);
        }
        continue;
      }
      let kind = 'game object';
      try { kind = str(obj.type || kind); } catch (e) { /* ignore */ }
      if (pendingInteractive < 0) pendingInteractive = interactiveNotRun();
      const pending = pendingInteractive;
      misuse('never_fires', "on('" + name + "') on a game object (" + kind + ') that is never made interactive (setInteractive()): Phaser sends it no pointer events, the handler never runs'
        + (pending ? ' (or not before the run ended: ' + pending + ' setInteractive() call' + (pending > 1 ? 's' : '') + ' in the code never ran)' : ''), 'an interactive game object', !pending, line);
    }
  }

  let S = null; // the state of the program being run

  // ------------------------------------------------------------------ reports to the host
  // E: an error; C: a console.error. Only failures travel this way, each with a nonce the page never sees: a
  // program that finds the binding in a frame of its own can neither forge a report nor remove one.
  const SEP = '\u001f';
  function field(v) { return v === undefined ? '' : apply(strReplaceAll, str(v), [SEP, ' ']); }
  function report(kind, a, b, c, d, e) {
    try { send(OPTS.nonce + SEP + kind + SEP + field(a) + SEP + field(b) + SEP + field(c) + SEP + field(d) + SEP + field(e)); } catch (err) { /* page closing */ }
  }
  function recordError(err, source) {
    if (!S) return;
    S.errorCount += 1;
    if (S.errorCount > 20) return;
    const text = errorText(err);
    report('E', source, S.stage || S.phase, S.frame, text[0], text[1]);
  }
  const seen = new WeakSetC();
  function markSeen(err) { try { if (err !== null && typeof err === 'object') apply(weakSetAdd, seen, [err]); } catch (e) { /* ignore */ } }
  function wasSeen(err) { return err !== null && typeof err === 'object' && apply(weakSetHas, seen, [err]); }
  function stageError(err, stage) {
    if (!S || wasSeen(err)) return;
    const saved = S.stage;
    S.stage = stage;
    recordError(err, stage);
    S.stage = saved;
    markSeen(err);
  }

  // the first listeners on window, capture phase: a program's own listener can neither run before them nor
  // stop them, and its preventDefault() does not hide the error from the harness
  apply(realAdd, G, ['error', function (ev) {
    // a script error is an ErrorEvent; an element whose resource fails (an <img>, a <script src>) fires a plain Event
    // that a browser reports as a failed request, not as an error of the program
    try { apply(errorEventMessage, ev, []); } catch (e) { return; }
    let err;
    try { err = apply(errorEventError, ev, []); } catch (e) { err = undefined; }
    if (wasSeen(err)) return;
    if (err === undefined || err === null) { try { err = apply(errorEventMessage, ev, []); } catch (e) { err = 'error event'; } }
    recordError(err, 'window.onerror');
    markSeen(err);
  }, true]);
  apply(realAdd, G, ['unhandledrejection', function (ev) {
    let reason;
    try { reason = apply(rejectionReason, ev, []); } catch (e) { reason = 'unhandled rejection'; }
    recordError(reason, 'unhandledrejection');
  }, true]);

  // a console error (console.error, a failed console.assert), of this page or of a frame in it (the frame guard)
  function consoleError(args, asserted) {
    if (!S || S.consoleErrors >= 20) return;
    S.consoleErrors += 1;
    let text = asserted ? 'Assertion failed:' : '';
    for (let k = asserted ? 1 : 0; k < args.length; k++) {
      const a = args[k];
      let part;
      try { part = (a && a.stack) ? str(a.stack) : str(a); } catch (e) { part = '[unprintable value]'; }
      text += (k ? ' ' : '') + part;
    }
    report('C', S.stage || S.phase, S.frame, slice(text, 0, 2000));
  }

  // the line of the first quoted occurrence of a text in the code that is a call's argument, ('text' or , 'text'
  // (a comment may quote it too); null: none
  function lineOfLiteral(code, text) { const at = quotedAt(code, text, /[(,]\s*$/); return at < 0 ? null : lineAt(code, at); }
  // Phaser's own console warnings: these are the only sign of a call that did nothing, certain unless the code loads
  // what they name from a file (the validator answers files with placeholders): [message, code that makes it
  // uncertain]. Phaser's other warnings (a frame missing from an atlas, a tileset from a map) are mostly about files.
  const PHASER_WARNINGS = [
    [/^Missing animation: /, /\b(animation|aseprite|fromJSON|createFromAseprite)\s*\(/],
    [/^Scene key not found: /, /\bsceneFile\s*\(/],
    [/^Container\.setInteractive must specify a Shape/, null],
    [/^ParticleEmitterManager was removed/, null],
    // a frame of a texture the program made itself (generateTexture, a canvas): a file's frames may be the placeholder's
    [/^Texture "[^"]*" has no frame "|^Frame "[^"]*" not found in texture "/, (text, code) => {
      const m = apply(regexpExec, /texture "([^"]*)"|^Texture "([^"]*)"/i, [text]);
      const key = m ? (m[1] !== undefined ? m[1] : m[2]) : null;
      // __MISSING: the frame asked of a texture that was not there (a file's, here a placeholder's key)
      return key === null || slice(key, 0, 2) === '__' || loadNames(code, key) || apply(regexpTest, /\.pack\s*\(|\baddPack\s*\(/, [code]);
    }, 'drop'],
  ];
  function phaserWarning(args) {
    if (S.phaserWarnings >= 40) return;
    S.phaserWarnings += 1;
    let text = str(args[0]);
    let k = 1;
    text = apply(strReplace, text, [/%[sodif]/g, () => (k < args.length ? str(args[k++]) : '')]);
    const lines = stackLines();
    let i = 0;
    while (i < lines.length && apply(strMatch, lines[i], [SCRIPT_NAME]) === null) i++;
    while (i < lines.length && apply(strMatch, lines[i], [SCRIPT_NAME]) !== null) i++;
    if (i >= lines.length || apply(strMatch, lines[i], [/phaser\.min\.js:\d+:\d+\)?$/]) === null) return; // the program's own
    let line = null;
    for (let j = i; j < lines.length && line === null; j++) line = programFrame(lines[j]);
    let certain = null;
    for (let j = 0; j < PHASER_WARNINGS.length; j++) {
      const rule = PHASER_WARNINGS[j];
      if (apply(regexpTest, rule[0], [text])) {
        const code = codeWithoutComments(); // a comment may name the loader call the code lacks
        certain = !rule[1] || !(typeof rule[1] === 'function' ? rule[1](text, code) : apply(regexpTest, rule[1], [code]));
        if (!certain && rule[2] === 'drop') return; // most likely the placeholder's doing: not even a warning
        break;
      }
    }
    if (certain === null) return; // the others: mostly about files, which the validator answers with placeholders
    // a scene change runs from Phaser's queue, after the program's call: the line that names the key
    if (line === null) { const named = apply(regexpExec, /: (.+)$/, [text]); if (named) line = lineOfLiteral(str(S.code), named[1]); }
    misuse('phaser_warning', 'Phaser: ' + slice(text, 0, 200) + (certain ? ' (the call did nothing)' : ''), 'a call Phaser can carry out', certain, line);
  }

  // console: every call counted, the first OPTS.consoleCap lines reach the real console; console.error is reported
  let consoleLines = 0;
  const consoleNames = ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table', 'assert'];
  const consoleWrapped = new MapC();
  for (let i = 0; i < consoleNames.length; i++) {
    const name = consoleNames[i];
    const orig = origConsole[name];
    if (typeof orig !== 'function') continue;
    const wrapped = cloak({ [name]() {
      consoleLines += 1;
      const failed = name === 'assert' && !arguments[0];
      if (name === 'error' || failed) consoleError(arguments, failed);
      else if (name === 'warn' && S) phaserWarning(arguments);
      if (consoleLines <= OPTS.consoleCap) return apply(orig, origConsole, arguments);
      return undefined;
    } }[name], name, 0);
    origConsole[name] = wrapped;
    apply(mapSet, consoleWrapped, [name, wrapped]);
  }
  // what the program tampered with so that part of its run could not be checked (the first found): its errors'
  // stacks, a game loop that never ran a frame, the console
  function tampering() {
    const out = [];
    if (S && S.errorsTampered) { defineProperty(out, 0, { value: S.errorsTampered, enumerable: true }); return out; }
    // a loop whose step the program replaced before it started (a browser binds that one) never runs a frame: the
    // game stands still, and whatever its update would do is never seen
    if (S && S.loopCalls >= 30 && !S.loopAdvanced) { defineProperty(out, 0, { value: 'game loop', enumerable: true }); return out; }
    const d = getOwnPropertyDescriptor(G, 'console');
    if (!d || d.value !== origConsole) { defineProperty(out, 0, { value: 'console', enumerable: true }); return out; }
    const e = getOwnPropertyDescriptor(origConsole, 'error');
    if (!e || e.value !== apply(mapGet, consoleWrapped, ['error'])) defineProperty(out, 0, { value: 'console.error', enumerable: true });
    return out;
  }

  // ------------------------------------------------------------------ Phaser hooks
  // TimeStep.start sets the loop up and then stops requestAnimationFrame: the harness steps it by hand
  // the browser's frame loop stops (the harness steps it); the flag keeps reading as a running loop, so a program
  // cannot tell from it, and a wake() after a sleep() starts no second loop beside the harness's steps
  function holdFrames(loop) { if (loop.raf) { loop.raf.stop(); loop.raf.isRunning = true; } }
  TimeStepProto.start = cloak(function start(callback) {
    apply(origStart, this, [callback]);
    holdFrames(this);
    apply(weakSetAdd, started, [this]);
  }, 'start', 1, origStart);
  const origWake = TimeStepProto.wake;
  TimeStepProto.wake = cloak(function wake(seamless) {
    const out = apply(origWake, this, [seamless]);
    if (apply(weakSetHas, started, [this])) holdFrames(this);
    return out;
  }, 'wake', 1, origWake);

  // scene lifecycle: which scenes ran preload / create / update, and where an error was thrown
  const SM = Phaser.Scenes.SceneManager.prototype;
  const origBoot = SM.bootScene;
  const origCreate = SM.create;
  function sceneKey(scene) {
    try { return scene && scene.sys && scene.sys.settings ? str(scene.sys.settings.key) : '?'; } catch (e) { return '?'; }
  }
  function noteLifecycle(which, key) {
    if (!S) return;
    const seenKeys = S.lifecycle[which];
    if (apply(mapHas, seenKeys.names, [key])) return;
    apply(mapSet, seenKeys.names, [key, true]);
    listPush(seenKeys.list, key);
  }
  SM.bootScene = cloak(function bootScene(scene) {
    const key = sceneKey(scene);
    if (S && scene && typeof scene.preload === 'function') { noteLifecycle('preload', key); S.stage = 'preload'; }
    try { return apply(origBoot, this, [scene]); } catch (err) { stageError(err, 'preload'); throw err; } finally { if (S && S.stage === 'preload') S.stage = null; }
  }, 'bootScene', 1, origBoot);
  SM.create = cloak(function create(scene) {
    const key = sceneKey(scene);
    if (S && scene && typeof scene.create === 'function') { noteLifecycle('create', key); S.stage = 'create'; }
    try { return apply(origCreate, this, [scene]); } catch (err) { stageError(err, 'create'); throw err; } finally {
      if (S) S.stage = null;
    }
  }, 'create', 1, origCreate);
  // a scene's update runs from Systems#step, which does what Phaser's own does (the events, then sys.sceneUpdate,
  // read and called the same way) and notes the update and its error: sys.sceneUpdate stays the scene's own
  // function (a wrapper there was one identity check away from telling the program it is being checked)
  const SysProto = Phaser.Scenes.Systems.prototype;
  const origSysStep = SysProto.step;
  const SceneEvents = Phaser.Scenes.Events;
  const PRE_UPDATE = SceneEvents.PRE_UPDATE;
  const UPDATE = SceneEvents.UPDATE;
  const POST_UPDATE = SceneEvents.POST_UPDATE;
  const NOOP = Phaser.Utils.NOOP;
  SysProto.step = cloak(function step(time, delta) {
    const events = this.events;
    events.emit(PRE_UPDATE, time, delta);
    events.emit(UPDATE, time, delta);
    const sceneUpdate = this.sceneUpdate;
    if (S && sceneUpdate !== NOOP) noteLifecycle('update', sceneKey(this.scene));
    try { sceneUpdate.call(this.scene, time, delta); } catch (err) { stageError(err, S ? S.phase : 'update'); throw err; }
    events.emit(POST_UPDATE, time, delta);
  }, 'step', 2, origSysStep);
  // one frame in renderEvery is drawn; on the others a scene still sorts its display list and emits its render
  // events, as Phaser's Systems#render does, and only its cameras do not draw
  const origSysRender = SysProto.render;
  const PRE_RENDER = SceneEvents.PRE_RENDER;
  const RENDER = SceneEvents.RENDER;
  SysProto.render = cloak(function render(renderer) {
    if (!S || !S.skipDraw) return apply(origSysRender, this, [renderer]);
    this.displayList.depthSort();
    this.events.emit(PRE_RENDER, renderer);
    this.events.emit(RENDER, renderer);
  }, 'render', 1, origSysRender);

  // ------------------------------------------------------------------ fake timers on the stepped clock
  function installTimers() {
    S.timers = new MapC();
    S.timerSeq = 0;
    S.now = 0;
    // shaped like the window's own: methods (no prototype, no `new`), their native lengths, bound to the window
    const T = {
      setTimeout(fn, ms, ...args) {
        if (this !== undefined && this !== null && this !== G) throw illegal(T.setTimeout);
        const id = ++S.timerSeq;
        apply(mapSet, S.timers, [id, { fn, at: S.now + (NumberC(ms) || 0), args, every: 0, raf: false }]);
        return id;
      },
      setInterval(fn, ms, ...args) {
        if (this !== undefined && this !== null && this !== G) throw illegal(T.setInterval);
        const id = ++S.timerSeq;
        const every = mathMax(1, NumberC(ms) || 0);
        apply(mapSet, S.timers, [id, { fn, at: S.now + every, args, every, raf: false }]);
        return id;
      },
      clearTimeout(id) { if (this !== undefined && this !== null && this !== G) throw illegal(T.clearTimeout); if (S) apply(mapDelete, S.timers, [id]); },
      clearInterval(id) { if (this !== undefined && this !== null && this !== G) throw illegal(T.clearInterval); if (S) apply(mapDelete, S.timers, [id]); },
      requestAnimationFrame(fn) {
        if (this !== undefined && this !== null && this !== G) throw illegal(T.requestAnimationFrame);
        const id = ++S.timerSeq;
        apply(mapSet, S.timers, [id, { fn, at: S.now, args: [], every: 0, raf: true }]);
        return id;
      },
      cancelAnimationFrame(id) { if (this !== undefined && this !== null && this !== G) throw illegal(T.cancelAnimationFrame); if (S) apply(mapDelete, S.timers, [id]); },
      // idle callbacks run after the next frame's work, with a deadline of the rest of the frame
      requestIdleCallback(fn) {
        if (this !== undefined && this !== null && this !== G) throw illegal(T.requestIdleCallback);
        if (typeof fn !== 'function') throw new TypeErrorC("Failed to execute 'requestIdleCallback' on 'Window': parameter 1 is not of type 'Function'.");
        const id = ++S.timerSeq;
        apply(mapSet, S.timers, [id, { fn, at: S.now + 1, args: null, every: 0, raf: false, idle: true }]);
        return id;
      },
      cancelIdleCallback(id) { if (this !== undefined && this !== null && this !== G) throw illegal(T.cancelIdleCallback); if (S) apply(mapDelete, S.timers, [id]); },
    };
    G.setTimeout = cloak(T.setTimeout, 'setTimeout', 1);
    G.setInterval = cloak(T.setInterval, 'setInterval', 1);
    G.clearTimeout = cloak(T.clearTimeout, 'clearTimeout', 0);
    G.clearInterval = cloak(T.clearInterval, 'clearInterval', 0);
    G.requestAnimationFrame = cloak(T.requestAnimationFrame, 'requestAnimationFrame', 1);
    G.cancelAnimationFrame = cloak(T.cancelAnimationFrame, 'cancelAnimationFrame', 1);
    if (typeof G.requestIdleCallback === 'function') {
      G.requestIdleCallback = cloak(T.requestIdleCallback, 'requestIdleCallback', 1);
      G.cancelIdleCallback = cloak(T.cancelIdleCallback, 'cancelIdleCallback', 1);
    }
    // the timers of the page's frames (frame_guard.js): the same queue, each run with its own window as `this`
    if (guard && guard.setTimers) {
      guard.setTimers({
        add(fn, ms, args, interval, self) {
          const id = ++S.timerSeq;
          const every = interval ? mathMax(1, ms) : 0;
          apply(mapSet, S.timers, [id, { fn, at: S.now + (interval ? every : ms), args, every, raf: false, self }]);
          return id;
        },
        frame(fn, self, shift) {
          const id = ++S.timerSeq;
          apply(mapSet, S.timers, [id, { fn, at: S.now, args: [], every: 0, raf: true, self, shift: NumberC(shift) || 0 }]);
          return id;
        },
        clear(id, self) { const t = S && apply(mapGet, S.timers, [id]); if (t && t.self === self) apply(mapDelete, S.timers, [id]); },
      });
    }
    // a task posted with a delay and a signal that aborts after a time wait on the page clock as well (on the wall
    // clock they came after the run)
    const after = (fn, ms) => apply(T.setTimeout, undefined, [fn, ms]);
    const Sched = G.Scheduler && G.Scheduler.prototype;
    const postTaskD = Sched && getOwnPropertyDescriptor(Sched, 'postTask');
    if (postTaskD && typeof postTaskD.value === 'function') {
      const realPost = postTaskD.value;
      const postTask = cloak({ postTask(callback, options) {
        let delay = 0;
        try { delay = options !== null && typeof options === 'object' ? NumberC(options.delay) || 0 : 0; } catch (e) { delay = 0; }
        if (!(delay > 0) || typeof callback !== 'function' || !S) return apply(realPost, this, arguments);
        const self = this;
        const now0 = objectAssign({}, options);
        now0.delay = 0;
        return new PromiseC((resolve, reject) => {
          after(() => { try { apply(promiseThen, apply(realPost, self, [callback, now0]), [resolve, reject]); } catch (err) { reject(err); } }, delay);
        });
      } }.postTask, 'postTask', 1);
      defineProperty(Sched, 'postTask', { value: postTask, writable: postTaskD.writable, enumerable: postTaskD.enumerable, configurable: postTaskD.configurable });
    }
    const timeoutD = G.AbortSignal && getOwnPropertyDescriptor(G.AbortSignal, 'timeout');
    if (timeoutD && typeof timeoutD.value === 'function' && typeof G.AbortController === 'function') {
      const realTimeout = timeoutD.value;
      const Controller = G.AbortController;
      const abort = Controller.prototype.abort;
      const signalOf = getOwnPropertyDescriptor(Controller.prototype, 'signal').get;
      const timeout = cloak({ timeout(ms) {
        apply(realTimeout, this, arguments); // the browser's checks of its argument (and its TypeError)
        if (!S) return apply(realTimeout, this, arguments);
        const controller = new Controller();
        after(() => apply(abort, controller, [new DOMExceptionC('signal timed out', 'TimeoutError')]), NumberC(ms) || 0);
        return apply(signalOf, controller, []);
      } }.timeout, 'timeout', 1);
      defineProperty(G.AbortSignal, 'timeout', { value: timeout, writable: timeoutD.writable, enumerable: timeoutD.enumerable, configurable: timeoutD.configurable });
    }
  }
  // an IdleDeadline (the browser's prototype; its two members answered for this frame)
  function idleDeadline() {
    const d = Object.create(IdleDeadline.prototype);
    const end = S.now + 10;
    defineProperty(d, 'timeRemaining', { value: cloak({ timeRemaining() { return mathMax(0, end - S.now); } }.timeRemaining, 'timeRemaining', 0) });
    defineProperty(d, 'didTimeout', { value: false });
    return d;
  }
  function runTimers() {
    // ids only grow: walk them in order without the (patchable) Map iterator
    const last = S.timerSeq;
    for (let id = S.timerLow; id <= last; id++) {
      if (!apply(mapHas, S.timers, [id])) { if (id === S.timerLow) S.timerLow = id + 1; continue; }
      const t = apply(mapGet, S.timers, [id]);
      if (t.at > S.now) continue;
      if (t.every) t.at += t.every; else apply(mapDelete, S.timers, [id]);
      if (t.self !== undefined) {
        // a frame's timer: none runs once its frame is gone (removed from the page)
        let gone = false;
        try { gone = t.self.closed === true; } catch (e) { gone = true; }
        if (gone) { apply(mapDelete, S.timers, [id]); continue; }
      }
      try {
        if (typeof t.fn === 'function') apply(t.fn, t.self || G, t.raf ? [(S.clock === undefined ? pageNow() : S.clock) - (t.shift || 0)] : (t.idle ? [idleDeadline()] : t.args));
      } catch (err) { recordError(err, 'timer'); }
    }
  }

  // listeners for load / DOMContentLoaded, which the program gets late (the page loaded before it ran)
  function trackListeners() {
    S.listeners = List();
    const tracked = cloak({
      addEventListener(type, fn, opts) {
        if (S && (this === G || this === doc) && (type === 'load' || type === 'DOMContentLoaded' || type === 'pageshow')) listPush(S.listeners, [this, type, fn]);
        return apply(realAdd, this, arguments);
      },
    }.addEventListener, 'addEventListener', 2);
    EventTarget.prototype.addEventListener = tracked;
  }

  // network APIs fail at once (deterministic) instead of whenever a routed answer arrives; nothing can leave
  // the browser anyway (see browser.py). Modal dialogs would block the page: answered at once.
  function setConstructor(proto, C) {
    try {
      const d = getOwnPropertyDescriptor(proto, 'constructor');
      if (d && 'value' in d) { d.value = C; defineProperty(proto, 'constructor', d); }
    } catch (e) { /* ignore */ }
  }
  // a constructor that always throws, with the statics and the prototype of the class it stands for
  function blockedClass(name) {
    const Orig = G[name];
    const Blocked = cloak(function () { throw new ErrorC('network access is blocked in the validator'); }, name, 1);
    if (typeof Orig !== 'function') return Blocked;
    const keys = Reflect.ownKeys(Orig);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === 'length' || k === 'name') continue;
      try { defineProperty(Blocked, k, getOwnPropertyDescriptor(Orig, k)); } catch (e) { /* ignore */ }
    }
    setConstructor(Orig.prototype, Blocked);
    try { Object.setPrototypeOf(Blocked, Object.getPrototypeOf(Orig)); } catch (e) { /* ignore */ }
    return Blocked;
  }
  function blockNetwork() {
    G.fetch = cloak({ fetch() { return apply(PromiseC.reject, PromiseC, [new TypeErrorC('network access is blocked in the validator')]); } }.fetch, 'fetch', 1);
    G.WebSocket = blockedClass('WebSocket');
    G.EventSource = blockedClass('EventSource');
    const D = {
      alert() { if (this !== undefined && this !== null && this !== G) throw illegal(D.alert); },
      confirm() { if (this !== undefined && this !== null && this !== G) throw illegal(D.confirm); return true; },
      prompt(msg, def) { if (this !== undefined && this !== null && this !== G) throw illegal(D.prompt); return def === undefined ? '' : str(def); },
    };
    G.alert = cloak(D.alert, 'alert', 0);
    G.confirm = cloak(D.confirm, 'confirm', 0);
    G.prompt = cloak(D.prompt, 'prompt', 0);
  }

  function patchGame(opts) {
    const Game = cloak(function Game(config) {
      config = objectAssign({}, config || {});
      if (opts.forceCanvas && config.type !== Phaser.HEADLESS) config.type = Phaser.CANVAS; // HEADLESS draws nothing, as in a browser
      else config.render = Object.assign({}, config.render || {}, { preserveDrawingBuffer: true }); // readable WebGL pixels
      if (opts.noAudio) config.audio = Object.assign({}, config.audio || {}, { noAudio: true });
      config.banner = false;
      // Phaser.Math.RND, else seeded from Date.now: one fixed seed shaped like Phaser's own (a program can read it)
      if (config.seed === undefined) config.seed = ['1063519883307.5386'];
      const game = construct(OrigGame, [config], new.target || Game);
      if (S) { S.gameCount += 1; if (S.gameCount === 1) S.game = game; listPush(S.games, game); }
      return game;
    }, 'Game', 1, OrigGame);
    // shaped like Phaser's own: same prototype object (whose constructor is this one), same statics
    const keys = Reflect.ownKeys(OrigGame);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 'length' || keys[i] === 'name') continue;
      try { defineProperty(Game, keys[i], getOwnPropertyDescriptor(OrigGame, keys[i])); } catch (e) { /* ignore */ }
    }
    setConstructor(OrigGame.prototype, Game);
    Phaser.Game = Game;
  }

  // ------------------------------------------------------------------ one page clock
  // What the program reads as the time (performance.now, Date.now, new Date(), Date() in every realm: frame_guard.js
  // patches them and asks this clock) is the wall time until the harness steps the game, then the stepped game time
  // (16.7 ms a frame, the time Phaser's loop and requestAnimationFrame callbacks get). Inside a frame it moves 0.1 ms
  // every 8 reads (a busy-wait ends) or by the whole milliseconds of wall time the frame has taken (a heavy loop
  // takes time; below a millisecond no wall-clock jitter, so a rerun reads the same times); it never goes back.
  // Phaser's TweenManager reads Date.now, so tweens run on game time.
  // While the page boots (the program's script, the game's boot, before the first frame) the clock stands at
  // BOOT_MS and moves only by its reads: how long a boot takes on a loaded machine is nothing the program sees, so
  // the game time of every frame (update's time, a position from Math.sin(time)) is the same in every run.
  const timeOrigin = perf.timeOrigin;
  const BOOT_MS = 40;
  function pageNow() {
    if (!S) return undefined;
    S.reads += 1;
    const v = S.clock === undefined ? BOOT_MS + mathFloor(S.reads / 8) / 10
      : S.clock + S.skew + mathMax(mathFloor(S.reads / 8) / 10, mathFloor(now() - S.frameReal));
    if (v > S.lastPage) S.lastPage = v;
    return S.lastPage;
  }
  // the browser's own rendering steps (observers, CSS animations) run on the monotonic clock from this document's
  // time origin plus the page time, and only go forward from the last document's: how far they run ahead of the page
  // clock, from the host's monotonic time and the last step it sent (page time here starts at BOOT_MS, whatever
  // the document's age)
  function timelineOffsetFor(opts) {
    if (typeof opts.frameTicks !== 'number' || typeof opts.hostNow !== 'number') return 0;
    const origin = opts.hostNow - now();
    return mathMax(0, mathCeil(opts.frameTicks + 17 - (origin + BOOT_MS)));
  }

  const H = Object.create(null);

  H.begin = function begin(opts) {
    CONTRACTS = readContracts(opts.contracts);
    S = {
      opts, errorCount: 0, consoleErrors: 0, phaserWarnings: 0, game: null, games: List(), gameCount: 0, frame: 0, phase: 'script', stage: null,
      lifecycle: { preload: { names: new MapC(), list: List() }, create: { names: new MapC(), list: List() }, update: { names: new MapC(), list: List() } }, schedule: List(), inputBuilt: false,
      inputEnd: 0, misuse: List(), timers: null, timerSeq: 0, timerLow: 1, now: 0, clock: undefined, loadWaits: 0, everDrawn: false,
      listeners: null, skew: 0, reads: 0, frameReal: 0, lastPage: 0, loopCalls: 0, loopAdvanced: false, skipDraw: false,
      pendingInput: List(), inputFrame: -1,
    };
    Math.random = seededRandom(0x5eed);
    S.timelineOffset = timelineOffsetFor(opts);
    if (guard) { guard.setClock(pageNow); guard.setErrorSink(consoleError); guard.setTimelineOffset(S.timelineOffset); }
    installTimers();
    trackListeners();
    patchGame(opts);
    nothingHooks();
    audioParamSetters();
    sizelessInteractive();
    styleCopies();
    textUpdates();
    storageWrites();
    stampHooks();
    easeNames();
    pathPastEnd();
    interpolationPastEnd();
    selfConstraints();
    justDownTakers();
    sleepingVelocities();
    placeholderFrames();
    blockNetwork();
    return true;
  };

  H.load = function load(code) {
    installContracts(code);
    S.code = str(code);
    const el = apply(createElement, doc, ['script']);
    // a classic script, as a page's own <script> (its top-level var and function declarations are on window)
    apply(textContentSet, el, [apply(strReplace, str(code), [SOURCE_URL, (m, a, b) => a + (b === 'URL' ? 'Url' : 'MappingUrl')])]);
    S.phase = 'script';
    const onloadBefore = G.onload;
    const pageshowBefore = G.onpageshow;
    apply(appendChild, body, [el]);
    apply(removeNode, el, []);
    // the page has loaded long ago: programs that wait for load / DOMContentLoaded get those events now
    const late = S.listeners;
    for (let i = 0; i < late.length; i++) {
      const entry = listAt(late, i);
      const target = entry[0];
      const type = entry[1];
      const fn = entry[2];
      try {
        const ev = type === 'pageshow' ? new PageTransitionEventC(type, { persisted: false }) : new EventC(type);
        if (typeof fn === 'function') apply(fn, target, [ev]);
        else if (fn && typeof fn.handleEvent === 'function') apply(fn.handleEvent, fn, [ev]);
      } catch (err) { recordError(err, 'script'); }
    }
    let onload;
    try { onload = G.onload; } catch (err) { onload = undefined; }
    if (typeof onload === 'function' && onload !== onloadBefore) {
      try { apply(onload, G, [new EventC('load')]); } catch (err) { recordError(err, 'script'); }
    }
    let onpageshow;
    try { onpageshow = G.onpageshow; } catch (err) { onpageshow = undefined; }
    if (typeof onpageshow === 'function' && onpageshow !== pageshowBefore) {
      try { apply(onpageshow, G, [new PageTransitionEventC('pageshow', { persisted: false })]); } catch (err) { recordError(err, 'script'); }
    }
    S.phase = 'boot';
    return S.gameCount + '|' + S.errorCount;
  };

  // begin + load in one protocol call; the answer is the rendering steps' offset (timelineOffsetFor)
  H.start = function start(opts, code) { H.begin(opts); H.load(code); return S.timelineOffset; };

  function game() { return S.game; }
  function loopOf(g) { try { return g.loop; } catch (e) { return null; } }

  H.waitBoot = function wait(timeoutMs) {
    return new PromiseC((resolve) => {
      const t0 = now();
      const poll = () => {
        const g = game();
        const loop = g ? loopOf(g) : null;
        if (loop && apply(weakSetHas, started, [loop])) { resolve('booted'); return; }
        // timers set while booting run on real time (the stepped clock starts with the first frame)
        S.now = now() - t0;
        runTimers();
        if (S.errorCount) { resolve('error'); return; }
        if (now() - t0 > timeoutMs) { resolve(g ? 'boot_timeout' : 'no_game'); return; }
        apply(realSetTimeout, G, [poll, 2]);
      };
      poll();
    });
  };

  // input schedule: pointer on interactive objects (down, drag, up), clicks on the canvas, key presses
  function canvasPoint(g, x, y) {
    const canvas = g.canvas;
    const rect = apply(getRect, canvas, []);
    const sx = rect.width / (g.scale.width || apply(canvasWidth.get, canvas, []) || 1);
    const sy = rect.height / (g.scale.height || apply(canvasHeight.get, canvas, []) || 1);
    return { x: rect.left + x * sx, y: rect.top + y * sy };
  }
  // with opts.trustedInput the events are handed to the host, which sends them through the browser's own input
  // pipeline (trusted, as a user's), before the frame is stepped
  function trusted(fields) {
    let out = '[';
    for (let i = 0; i < fields.length; i++) out += (i ? ',' : '') + (typeof fields[i] === 'string' ? apply(jsonStringify, undefined, [fields[i]]) : '' + fields[i]);
    listPush(S.pendingInput, out + ']');
  }
  function mouse(type, g, x, y, buttons, button) {
    const p = canvasPoint(g, x, y);
    if (S.opts.trustedInput) { trusted(['mouse', type, p.x, p.y, buttons || 0, button || 0]); return; }
    // (a real event's screen position: the window's place on the screen plus its frame above the page)
    const init = { bubbles: true, cancelable: true, clientX: p.x, clientY: p.y, button: button || 0, buttons, view: G,
      detail: type === 'mousemove' ? 0 : 1, screenX: p.x + screenLeft(), screenY: p.y + screenTop() + 87 };
    const target = type === 'mouseup' ? G : g.canvas;
    apply(dispatch, target, [new MouseEventC(type, init)]);
  }
  function wheel(g, x, y, dy) {
    const p = canvasPoint(g, x, y);
    if (S.opts.trustedInput) { trusted(['wheel', 'wheel', p.x, p.y, 0, dy]); return; }
    apply(dispatch, g.canvas, [new WheelEventC('wheel', { bubbles: true, cancelable: true, clientX: p.x, clientY: p.y, deltaY: dy, view: G })]);
  }
  const KEYS = [['ArrowLeft', 37], ['ArrowRight', 39], ['ArrowUp', 38], ['ArrowDown', 40], [' ', 32, 'Space'], ['w', 87, 'KeyW'], ['a', 65, 'KeyA'], ['s', 83, 'KeyS'], ['d', 68, 'KeyD'], ['Enter', 13],
    ['p', 80, 'KeyP'], ['Escape', 27], ['r', 82, 'KeyR'], ['Shift', 16, 'ShiftLeft']];
  function key(type, k) {
    if (S.opts.trustedInput) { trusted(['key', type, k[0], k[2] || k[0], k[1]]); return; }
    const ev = new KeyboardEventC(type, { key: k[0], code: k[2] || k[0], keyCode: k[1], which: k[1], bubbles: true, cancelable: true });
    apply(dispatch, G, [ev]);
  }
  // the centres of the interactive objects on screen (those inside containers too), at most `limit`, skipping
  // any within 4 px of a point in `skip`
  // the objects to click: the first `limit` interactive ones in display order; where there are more (a board of 88
  // tiles), the ones with a piece drawn on them come first (a unit standing on its tile is what a player selects)
  function interactiveTargets(g, limit, skip) {
    const found = List(); // [x, y, bounds, scene]
    const pieces = List(); // centres of the other objects shown, when there are more targets than clicks
    const near = (x, y) => {
      for (let i = 0; skip && i < skip.length; i++) if (mathAbs(skip[i][0] - x) < 4 && mathAbs(skip[i][1] - y) < 4) return true;
      return false;
    };
    const cap = skip ? limit : 400;
    const visit = (scene, list, depth) => {
      for (let i = 0; i < list.length && i < 4000; i++) {
        const obj = list[i];
        if (!obj) continue;
        if (obj.input && obj.input.enabled && typeof obj.getBounds === 'function') {
          if (found.length >= cap) continue;
          try {
            const b = obj.getBounds();
            const cam = scene.cameras && scene.cameras.main;
            const x = b.centerX - (cam ? cam.scrollX : 0);
            const y = b.centerY - (cam ? cam.scrollY : 0);
            if (isFiniteF(x) && isFiniteF(y) && !near(x, y)) listPush(found, [x, y, b]);
          } catch (err) { /* an object without bounds is skipped */ }
        } else if (!skip && obj.visible !== false && obj.type !== 'Container' && obj.type !== 'Graphics' && typeof obj.getBounds === 'function' && pieces.length < 400) {
          try { const b = obj.getBounds(); if (b.width > 0 && b.height > 0) listPush(pieces, [b.centerX, b.centerY, b.width * b.height]); } catch (err) { /* skipped */ }
        }
        if (depth < 4 && obj.type === 'Container' && isArray(obj.list)) visit(scene, obj.list, depth + 1);
      }
    };
    const scenes = g.scene.getScenes(true);
    for (let s = 0; s < scenes.length && found.length < cap; s++) {
      const scene = scenes[s];
      visit(scene, scene.sys && scene.sys.displayList ? scene.sys.displayList.list : [], 0);
    }
    const occupied = (t) => {
      const b = t[2];
      for (let i = 0; i < pieces.length; i++) {
        const p = listAt(pieces, i);
        if (p[0] > b.x && p[0] < b.right && p[1] > b.y && p[1] < b.bottom && p[2] < 0.9 * b.width * b.height) return true;
      }
      return false;
    };
    const first = new MapC(); // index in found -> clicked first
    let firstCount = 0;
    if (found.length > limit) for (let i = 0; i < found.length; i++) if (occupied(listAt(found, i))) { apply(mapSet, first, [i, true]); firstCount++; }
    // a few pieces are worth clicking first; pieces on most of the targets (labels on every button) say nothing
    const few = firstCount <= limit;
    const out = [];
    const take = (i) => { const t = listAt(found, i); defineProperty(out, out.length, { value: [t[0], t[1]], enumerable: true, writable: true, configurable: true }); };
    if (few) for (let i = 0; i < found.length && out.length < limit; i++) if (apply(mapHas, first, [i])) take(i);
    for (let i = 0; i < found.length && out.length < limit; i++) if (!few || !apply(mapHas, first, [i])) take(i);
    return out;
  }
  // keys the program asked for itself (addKey/addKeys, 'keydown-Q' listeners) beyond the usual ones, at most 8
  const KEY_EVENT = /^key(?:down|up)-(\w+)$/;
  function registeredKeys(g) {
    const codes = new MapC();
    const order = List();
    const named = Phaser.Input.Keyboard.KeyCodes;
    const scenes = g.scene.getScenes(false);
    for (let s = 0; s < scenes.length; s++) {
      const scene = scenes[s];
      const kb = scene.sys && scene.sys.input && scene.sys.input.keyboard;
      if (!kb) continue;
      const keys = kb.keys || [];
      for (let i = 0; i < keys.length; i++) { const k = keys[i]; if (k && typeof k.keyCode === 'number' && !apply(mapHas, codes, [k.keyCode])) { apply(mapSet, codes, [k.keyCode, true]); listPush(order, k.keyCode); } }
      const names = kb.eventNames ? kb.eventNames() : [];
      for (let i = 0; i < names.length; i++) {
        const m = apply(regexpExec, KEY_EVENT, [str(names[i])]);
        const code = m ? named[m[1]] : undefined;
        if (typeof code === 'number' && !apply(mapHas, codes, [code])) { apply(mapSet, codes, [code, true]); listPush(order, code); }
      }
    }
    for (let i = 0; i < KEYS.length; i++) apply(mapDelete, codes, [KEYS[i][1]]);
    const out = [];
    for (let i = 0; i < order.length && out.length < 8; i++) {
      const c = listAt(order, i);
      if (!apply(mapHas, codes, [c])) continue;
      const ch = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? StringC.fromCharCode(c) : '';
      defineProperty(out, out.length, { value: [ch ? (c >= 65 ? StringC.fromCharCode(c + 32) : ch) : 'Unidentified', c, ch ? (c >= 65 ? 'Key' + ch : 'Digit' + ch) : ''], enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  function act(f, fn) { listPush(S.schedule, { f, a: fn }); }
  function append(arr, v) { defineProperty(arr, arr.length, { value: v, enumerable: true, writable: true, configurable: true }); }
  // the centre of a game object on the canvas now (it may have moved since the schedule was built), or null
  function centreOf(obj, scene) {
    try {
      if (obj.active === false) return null;
      const b = obj.getBounds();
      const cam = scene.cameras && scene.cameras.main;
      const x = b.centerX - (cam ? cam.scrollX : 0);
      const y = b.centerY - (cam ? cam.scrollY : 0);
      return isFiniteF(x) && isFiniteF(y) ? { x, y } : null;
    } catch (err) { return null; }
  }
  // drags long enough to reach every drop zone the program registered: each draggable object (at most 3) is picked
  // up where it is at that moment, carried over 6 frames to the zone's centre and released there ('drop' handlers)
  function dropDrags(g, f) {
    const draggables = [];
    const zones = [];
    const scenes = g.scene.getScenes(true);
    for (let s = 0; s < scenes.length; s++) {
      const scene = scenes[s];
      const list = scene.sys && scene.sys.displayList ? scene.sys.displayList.list : [];
      for (let i = 0; i < list.length; i++) {
        const obj = list[i];
        const input = obj && obj.input;
        if (!input || !input.enabled || typeof obj.getBounds !== 'function') continue;
        if (input.dropZone) { if (zones.length < 4) append(zones, [obj, scene]); } else if (input.draggable && draggables.length < 3) append(draggables, [obj, scene]);
      }
    }
    for (let d = 0; d < draggables.length; d++) {
      for (let z = 0; z < zones.length; z++) {
        const item = draggables[d];
        const zone = zones[z];
        const drag = { from: null, to: null };
        act(f, () => {
          drag.from = centreOf(item[0], item[1]);
          drag.to = centreOf(zone[0], zone[1]);
          if (drag.from && drag.to) { mouse('mousemove', g, drag.from.x, drag.from.y, 0); mouse('mousedown', g, drag.from.x, drag.from.y, 1); }
        });
        for (let k = 1; k <= 6; k++) {
          act(f + k, () => {
            if (!drag.from || !drag.to) return;
            mouse('mousemove', g, drag.from.x + (drag.to.x - drag.from.x) * k / 6, drag.from.y + (drag.to.y - drag.from.y) * k / 6, 1);
          });
        }
        act(f + 7, () => { if (drag.from && drag.to) mouse('mouseup', g, drag.to.x, drag.to.y, 0); });
        f += 9;
      }
    }
    return f;
  }
  // a click released on the spot (pointerup / click handlers on the target), then a drag away from it
  function clickAndDrag(g, f, x, y) {
    act(f, () => { mouse('mousemove', g, x, y, 0); mouse('mousedown', g, x, y, 1); });
    act(f + 1, () => mouse('mouseup', g, x, y, 0));
    f += 3;
    act(f, () => { mouse('mousemove', g, x, y, 0); mouse('mousedown', g, x, y, 1); });
    for (let k = 1; k <= 3; k++) act(f + k, () => mouse('mousemove', g, x + 12 * k, y + 8 * k, 1));
    act(f + 4, () => mouse('mouseup', g, x + 36, y + 24, 0));
    return f + 6;
  }
  // at the end of the run, a click on each interactive object that appeared after the input phase (a button a
  // timer shows later): the run goes on for those clicks
  function buildLateClicks(g, startFrame) {
    const late = interactiveTargets(g, 4, S.clicked);
    let f = startFrame;
    for (let i = 0; i < late.length; i++) f = clickAndDrag(g, f, late[i][0], late[i][1]);
    return late.length ? f : 0;
  }
  function buildInputSchedule(g, startFrame) {
    const w = g.scale.width || 800;
    const h = g.scale.height || 600;
    let f = startFrame;
    const targets = interactiveTargets(g, 6, null);
    S.clicked = targets;
    const points = [];
    for (let i = 0; i < targets.length; i++) defineProperty(points, points.length, { value: targets[i], enumerable: true, writable: true, configurable: true });
    const fixed = [[w / 2, h / 2], [w * 0.25, h * 0.3], [w * 0.75, h * 0.7]];
    for (let i = 0; i < fixed.length; i++) defineProperty(points, points.length, { value: fixed[i], enumerable: true, writable: true, configurable: true });
    for (let i = 0; i < points.length; i++) f = clickAndDrag(g, f, points[i][0], points[i][1]);
    // a right click in the middle (context menus, secondary actions)
    act(f, () => { mouse('mousemove', g, w / 2, h / 2, 0); mouse('mousedown', g, w / 2, h / 2, 2, 2); });
    act(f + 1, () => mouse('mouseup', g, w / 2, h / 2, 0, 2));
    f += 3;
    f = dropDrags(g, f);
    // a mouse wheel turn, both ways, over the middle of the canvas
    act(f, () => { mouse('mousemove', g, w / 2, h / 2, 0); wheel(g, w / 2, h / 2, 120); });
    act(f + 1, () => wheel(g, w / 2, h / 2, -120));
    f += 3;
    const extra = registeredKeys(g);
    const keys = [];
    for (let i = 0; i < KEYS.length; i++) defineProperty(keys, keys.length, { value: KEYS[i], enumerable: true, writable: true, configurable: true });
    for (let i = 0; i < extra.length; i++) defineProperty(keys, keys.length, { value: extra[i], enumerable: true, writable: true, configurable: true });
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      act(f, () => key('keydown', k));
      act(f + 3, () => key('keyup', k));
      f += 4;
    }
    return f;
  }

  function isLoading(g) {
    try {
      const scenes = g.scene.scenes;
      for (let i = 0; i < scenes.length; i++) if (scenes[i].sys.settings.status === LOADING) return true;
      return false;
    } catch (err) { return false; }
  }

  // advance frames until the target frame or the time budget: returns quickly so a stall is visible outside.
  // Answer: "frame|done|loading|phase"
  // every game the program made runs, as in a browser: a second one beside the first, one made again after a
  // destroy(). The newest live game is the one whose canvas is sampled and whose objects get the input.
  function liveGames() {
    const out = List();
    for (let i = 0; i < S.games.length; i++) {
      const gg = listAt(S.games, i);
      let live = false;
      try { live = !gg.pendingDestroy && apply(weakSetHas, started, [gg.loop]); } catch (e) { live = false; }
      if (live) listPush(out, gg);
    }
    return out;
  }
  function booting() {
    for (let i = 0; i < S.games.length; i++) {
      const gg = listAt(S.games, i);
      try { if (!gg.pendingDestroy && !apply(weakSetHas, started, [gg.loop])) return true; } catch (e) { /* ignore */ }
    }
    return false;
  }
  function stepGame(gg, render) {
    const loop = loopOf(gg);
    S.skipDraw = !render;
    try {
      // as a browser's animation frame does: the callback the loop gave its RequestAnimationFrame when it started
      // (TimeStep#step or #stepLimitFPS, bound then), read at each frame; none while it sleeps (loop.sleep())
      if (!gg.pendingDestroy && loop && loop.running !== false) {
        const raf = loop.raf;
        const callback = raf ? raf.callback : undefined;
        const before = loop.frame;
        if (callback === undefined || callback === null) apply(origStep, loop, [S.clock]);
        else apply(callback, raf, [S.clock]);
        if (apply(weakSetHas, started, [loop])) S.loopCalls += 1; // (a loop that never started has no frames in a browser either)
        if (loop.frame !== before) S.loopAdvanced = true;
      }
    } catch (err) {
      if (!wasSeen(err)) recordError(err, 'step');
    } finally {
      S.skipDraw = false;
    }
  }

  H.advance = async function step(targetFrames, budgetMs, pauseEvery, paceMs) {
    const t0 = now();
    // a long input schedule (many drop zones) is played to its end, plus a few frames for its handlers
    if (S.inputEnd && S.inputEnd + 10 > targetFrames) targetFrames = S.inputEnd + 10;
    let g = game();
    if (!g) return S.frame + '|1|0|' + S.phase;
    const loop = loopOf(g);
    if (S.clock === undefined) {
      let last;
      try { last = loop.lastTime; } catch (e) { last = 0; }
      const booted = pageNow();
      // frame times on a 0.1 ms grid, as a browser coarsens them: deltas of 16.6 and 16.7 ms in a fixed pattern
      // (a delta of exactly 1000/60 every frame would tell a program it is being checked)
      S.tick0 = mathRound((typeof last === 'number' && last > 0 && last <= booted ? last : booted) * 10);
      S.ticks = 0;
      S.clock = S.tick0 / 10;
      // the page clock goes on from the boot time it showed so far (the program may have read it while booting),
      // aligned so that Date.now (whole ms) ticks over at the same frames in every run
      S.skew = mathMax(0, booted - (S.clock + FRAME_MS));
      S.frameReal = now();
      const date = timeOrigin + S.clock + S.skew;
      S.skew += mathFloor(date) + 1.55 - date;
    }
    while (S.frame < targetFrames) {
      if (S.errorCount && S.opts.stopOnError) return S.frame + '|1|0|' + S.phase;
      // a scene waiting for its loader, or a game made later still booting: hand the event loop back (files and
      // textures arrive as real events), count no frame
      if ((isLoading(g) || (S.games.length > 1 && booting())) && (S.loadWaits = S.loadWaits + 1) < S.opts.maxLoadWaits) {
        runTimers();
        return S.frame + '|0|1|' + S.phase;
      }
      if (S.opts.inputPhase && S.frame === S.opts.inputAfter && !S.inputBuilt) {
        S.inputBuilt = true;
        try { S.inputEnd = buildInputSchedule(g, S.frame); } catch (err) { recordError(err, 'harness'); }
      }
      if (S.inputBuilt && !S.lateBuilt && S.frame === targetFrames - 1 && S.frame > S.inputEnd) {
        S.lateBuilt = true;
        let end = 0;
        try { end = buildLateClicks(g, S.frame); } catch (err) { recordError(err, 'harness'); }
        if (end) { S.inputEnd = end; targetFrames = end + 10; }
      }
      S.phase = S.inputBuilt && S.frame <= S.inputEnd ? 'input' : (S.inputBuilt ? 'late_update' : 'update');
      if (S.inputFrame !== S.frame) {
        for (let i = 0; i < S.schedule.length; i++) {
          const a = listAt(S.schedule, i);
          if (a.f === S.frame) { try { a.a(); } catch (err) { recordError(err, 'input'); } }
        }
        if (S.pendingInput.length) {
          // the host sends these events and calls again: this frame is then stepped without its actions
          S.inputFrame = S.frame;
          let list = '';
          for (let i = 0; i < S.pendingInput.length; i++) list += (i ? ',' : '') + listAt(S.pendingInput, i);
          S.pendingInput = List();
          return S.frame + '|0|0|' + S.phase + '|' + (S.clock + S.skew) + '|' + now() + '|[' + list + ']';
        }
      }
      S.ticks += 1;
      S.clock = (S.tick0 + mathFloor(S.ticks * 500 / 3)) / 10;
      S.now += FRAME_MS;
      S.reads = 0;
      S.frameReal = now();
      const render = (S.frame % S.opts.renderEvery === 0) || S.frame === targetFrames - 1;
      try { runTimers(); } catch (err) { if (!wasSeen(err)) recordError(err, 'step'); }
      const games = S.games.length > 1 ? liveGames() : null;
      if (games === null) stepGame(g, render);
      else {
        for (let i = 0; i < games.length; i++) stepGame(listAt(games, i), render);
        if (games.length && g.pendingDestroy) { g = listAt(games, games.length - 1); S.game = g; }
      }
      // promise continuations run between frames, as after each animation frame of a browser (an async create()
      // awaiting a timer or a delayedCall goes on in the next frames, not after the run)
      for (let k = 0; k < 4; k++) await null;
      // a canvas is blank only if it never showed anything: sample it now and then (fades pass through empty frames)
      if (render && S.frame % 48 === 0 && !S.everDrawn) {
        const st = canvasStats(g, false);
        if (st.blank === false) S.everDrawn = true;
      }
      if (render) sampleSignature(g);
      if (S.opts.inputAfter > SPIN_FRAMES && S.frame >= S.opts.inputAfter - SPIN_FRAMES - 1 && S.frame < S.opts.inputAfter) { try { sampleSpins(g); } catch (e) { /* ignore */ } }
      if (revealed.length) { try { revealedCovered(false); } catch (e) { revealed = List(); } }
      if (sleepingPushes.length) { try { sleepingPushesLost(); } catch (e) { sleepingPushes.length = 0; } }
      if (S.frame % 30 === 29 && !previewSeen && clearedGraphics.length && S.frame >= S.opts.inputAfter) { try { previewUnderCovers(g); } catch (e) { previewSeen = true; } }
      if (groupResetNext < groupResetBodies.length) { try { groupResetsDue(); } catch (e) { groupResetNext = groupResetBodies.length; } }
      if (S.frame % 48 === 24 && !staleStaticSeen) { try { staleStaticBodies(true); } catch (e) { /* ignore */ } }
      if (S.frame === S.opts.inputAfter - 1) { try { noteZooms(g); } catch (e) { /* ignore */ } }
      // an overlay scene drawn under another may be closed again before the run ends (a pause menu the input resumes)
      if (S.frame % 30 === 15 && g && g.scene && isArray(g.scene.scenes) && g.scene.scenes.length > 1) { try { overlayDrawnUnder(g); } catch (e) { /* ignore */ } }
      // a camera scrolled past the world's edge may come back before the end (a climber falls, the game restarts)
      if (S.frame % 30 === 20 && worldEdgeWatched()) { try { worldEdgeInView(g); } catch (e) { /* ignore */ } }
      if (S.frame % 30 === 25 && followWatched()) { try { noteFollowedAway(g); } catch (e) { /* ignore */ } }
      if (S.frame % 30 === 5 && !containerAwaySeen && containersMade()) { try { containerChildrenAway(g); } catch (e) { /* ignore */ } }
      if (S.frame % 30 === 10 && !fixedContainerSeen && containersMade()) { try { fixedContainerClicksMiss(g); } catch (e) { /* ignore */ } }
      if (clearedGraphics.length && S.frame >= S.opts.inputAfter && !S.cellsSeen && (S.cellLooks || 0) < 12 && redrewCells()) { S.cellLooks = (S.cellLooks || 0) + 1; try { S.cellsSeen = changingUnderCover(g, true); } catch (e) { /* ignore */ } }
      S.frame++;
      if (paceMs) {
        // a worker runs on the wall clock: frames keep its pace, so its replies and its Date.now arrive at the frame
        // they would in a browser (the wait is a real task: its messages are handled in between)
        if (S.paceStart === undefined) { S.paceStart = now(); S.paceTicks = S.ticks; }
        const wait = S.paceStart + (S.ticks - S.paceTicks) * paceMs - now();
        if (wait > 0) await new PromiseC((resolve) => { apply(realSetTimeout, G, [resolve, wait]); });
      }
      if (now() - t0 > budgetMs || (pauseEvery && S.frame % pauseEvery === 0)) break;
    }
    // the page's time and the wall time now: the host gives the browser's own rendering steps the page's time
    return S.frame + '|' + (S.frame >= targetFrames ? 1 : 0) + '|0|' + S.phase + '|' + (S.clock + S.skew) + '|' + now();
  };

  // one 32-bit read per pixel (RGBA, in memory order) instead of four byte reads
  function pixelsOf(imageData) { return new Uint32ArrayC(apply(typedArrayBuffer, apply(imageDataData, imageData, []), [])); }

  // blank-canvas check on a small copy of the canvas (works for CANVAS and WebGL with preserveDrawingBuffer)
  const probe = apply(createElement, doc, ['canvas']);
  apply(canvasWidth.set, probe, [160]);
  apply(canvasHeight.set, probe, [120]);
  const probeCtx = apply(getContext, probe, ['2d', { willReadFrequently: true }]);
  function canvasOf(g) {
    try { const c = g.canvas; return c instanceof HTMLCanvasElement ? c : null; } catch (e) { return null; }
  }
  // the probe's bytes as text (one character per byte), so that "one colour everywhere" is a native string compare
  const bytesAsText = new TextDecoder('latin1');
  // colours on the probe, up to 65 (a report figure, decides nothing): sorted, then one native search per colour
  // instead of a lookup per pixel in the page's slowest tier (the harness's code is not optimised in a realm that
  // lives for a few hundred frames); no function of the program is called (no comparator, no iterator)
  function distinctColours(pixels) {
    const sorted = apply(typedArraySort, new Uint32ArrayC(pixels), []);
    let n = 0;
    for (let i = 0; i < sorted.length && n <= 64; n++) i = apply(typedArrayLastIndexOf, sorted, [sorted[i]]) + 1;
    return n;
  }
  function canvasStats(g, countColors) {
    const canvas = canvasOf(g);
    if (!canvas) return { blank: null, distinct_colors: 0 };
    try {
      apply(clearRect, probeCtx, [0, 0, 160, 120]);
      apply(drawImage, probeCtx, [canvas, 0, 0, 160, 120]);
      const imageData = apply(getImageData, probeCtx, [0, 0, 160, 120]);
      const text = apply(textDecode, bytesAsText, [apply(imageDataData, imageData, [])]);
      if (text === apply(strRepeat, slice(text, 0, 4), [160 * 120])) return { blank: true, distinct_colors: 1 };
      if (!countColors) return { blank: false, distinct_colors: null };
      return { blank: false, distinct_colors: distinctColours(pixelsOf(imageData)) };
    } catch (err) {
      return { blank: null, error: str(err) };
    }
  }

  // ------------------------------------------------------------------ canvas signatures (does the picture ever change?)
  // A tiny copy of the canvas (64x48) hashed now and then on rendered frames: often early (a short tween or a fade
  // is over in half a second), then every 48 frames. No screenshot, no pixels kept: one number per sample.
  const sigProbe = apply(createElement, doc, ['canvas']);
  apply(canvasWidth.set, sigProbe, [64]);
  apply(canvasHeight.set, sigProbe, [48]);
  const sigCtx = apply(getContext, sigProbe, ['2d', { willReadFrequently: true }]);
  function sampleSignature(g) {
    const f = S.frame;
    if (f < 96 ? f % 16 !== 0 : f % 48 !== 0) return;
    const canvas = canvasOf(g);
    if (!canvas) return;
    let text;
    try {
      apply(clearRect, sigCtx, [0, 0, 64, 48]);
      apply(drawImage, sigCtx, [canvas, 0, 0, 64, 48]);
      // the pixels as text (one character per byte): "the same picture" is a native string compare, no loop
      text = apply(textDecode, bytesAsText, [apply(imageDataData, apply(getImageData, sigCtx, [0, 0, 64, 48]), [])]);
    } catch (err) { return; }
    const sig = S.sig || (S.sig = { samples: 0, changes: 0, last: '', lastChange: null });
    if (sig.samples && text !== sig.last) { sig.changes += 1; sig.lastChange = f; }
    sig.samples += 1;
    sig.last = text;
  }
  // how fast each object on show turns (degrees per second of game time), from its rotation read every frame over the
  // half second before the input phase, the turns of each frame added up (a fast spin wraps many times): a task that
  // asks for a rate ("每秒 120 度") is checked against these. The rotation a frame draws is the object's own _rotation.
  const SPIN_FRAMES = 30;
  function sampleSpins(g) {
    const sp = S.spins || (S.spins = { last: new WeakMapC(), index: new WeakMapC(), totals: List(), t0: S.clock, t1: S.clock });
    sp.t1 = S.clock;
    let n = 0;
    const visit = (list, depth) => {
      for (let i = 0; i < list.length && n < 300; i++) {
        const o = list[i];
        if (!o || typeof o !== 'object') continue;
        n++;
        const r = o._rotation;
        if (typeof r === 'number' && isFiniteF(r)) {
          const prev = apply(weakMapGet, sp.last, [o]);
          if (prev !== undefined) {
            let d = (r - prev) * 180 / mathPI;
            d -= 360 * mathRound(d / 360);
            let k = apply(weakMapGet, sp.index, [o]);
            if (k === undefined) { k = sp.totals.length; apply(weakMapSet, sp.index, [o, k]); listPush(sp.totals, [str(o.type || 'object'), 0, 0]); }
            const e = listAt(sp.totals, k);
            e[1] += d;
            e[2] += 1;
          }
          apply(weakMapSet, sp.last, [o, r]);
        }
        if (depth < 2 && o.type === 'Container' && isArray(o.list)) visit(o.list, depth + 1);
      }
    };
    const scenes = g.scene.getScenes(true);
    for (let s = 0; s < scenes.length; s++) {
      const sys = scenes[s].sys;
      if (sys && sys.displayList) visit(sys.displayList.list, 0);
      if (sys && sys.cameras && isArray(sys.cameras.cameras)) visit(sys.cameras.cameras, 2);
    }
  }
  function spinReport(canvas) {
    const sp = S.spins;
    if (!sp) return;
    const seconds = (sp.t1 - sp.t0) / 1000;
    const out = [];
    for (let i = 0; i < sp.totals.length && out.length < 20; i++) {
      const e = listAt(sp.totals, i);
      if (seconds <= 0 || e[2] < SPIN_FRAMES - 2) continue;
      const rate = mathRound(e[1] / seconds * 10) / 10;
      if (mathAbs(rate) >= 1) append(out, { type: e[0], deg_per_s: rate });
    }
    canvas.spins = out;
    canvas.spin_seconds = mathRound(seconds * 1000) / 1000;
  }
  // every camera of the running scenes (at most 12): its viewport on the canvas, its zoom and the world it shows. A
  // task that asks for a minimap is checked against the small ones (taskfit minimap_view)
  function cameraReport(g, canvas) {
    const out = [];
    const scenes = g.scene.getScenes(true);
    for (let s = 0; s < scenes.length && out.length < 12; s++) {
      const sys = scenes[s].sys;
      const cams = sys && sys.cameras && isArray(sys.cameras.cameras) ? sys.cameras.cameras : [];
      for (let i = 0; i < cams.length && out.length < 12; i++) {
        const c = cams[i];
        const v = c && c.worldView;
        if (!c || !v || c.visible === false) continue;
        const n = (x) => (typeof x === 'number' && isFiniteF(x) ? mathRound(x * 1000) / 1000 : null);
        append(out, { main: c === sys.cameras.main, x: n(c.x), y: n(c.y), width: n(c.width), height: n(c.height), zoom: n(c.zoom),
          view_width: n(v.width), view_height: n(v.height) });
      }
    }
    canvas.cameras = out;
  }
  function signatureReport(canvas) {
    const sig = S.sig;
    canvas.samples = sig ? sig.samples : 0;
    canvas.changes = sig ? sig.changes : 0;
    canvas.last_change_frame = sig ? sig.lastChange : null;
  }

  // the run as JSON text (the host parses it): built from the harness's own records only
  H.finish = function finish(wantShot) {
    try { deadHandlers(); } catch (e) { /* ignore */ }
    const g = game();
    try { brokenText(g); } catch (e) { /* ignore */ }
    try { objectKeyedAsText(g); } catch (e) { /* ignore */ }
    try { misplacedObjects(g); } catch (e) { /* ignore */ }
    try { fallenImmovables(g); } catch (e) { /* ignore */ }
    try { fallenGroups(g); } catch (e) { /* ignore */ }
    try { touchingNeverSet(); } catch (e) { /* ignore */ }
    try { justDownStarved(); } catch (e) { /* ignore */ }
    try { frozenBodies(g); } catch (e) { /* ignore */ }
    try { tilesWithoutTileset(g); } catch (e) { /* ignore */ }
    try { unreadProperties(g); } catch (e) { /* ignore */ }
    try { hitAreaAway(g); } catch (e) { /* ignore */ }
    try { maskAway(g); } catch (e) { /* ignore */ }
    try { if (!S.cellsSeen) changingUnderCover(g); } catch (e) { /* ignore */ }
    try { hudUnderFog(g); } catch (e) { /* ignore */ }
    try { chainBehindLoop(g); } catch (e) { /* ignore */ }
    try { if (containersMade()) containerChildrenAway(g); } catch (e) { /* ignore */ }
    try { if (containersMade()) fixedContainerClicksMiss(g); } catch (e) { /* ignore */ }
    try { lateObjectsOnUiCamera(g); } catch (e) { /* ignore */ }
    try { cameraFollow(g); } catch (e) { /* ignore */ }
    try { worldEdgeInView(g); } catch (e) { /* ignore */ }
    try { blockedButtons(g); } catch (e) { /* ignore */ }
    try { overlayDrawnUnder(g); } catch (e) { /* ignore */ }
    try { hudScrolledAway(g); } catch (e) { /* ignore */ }
    try { if (revealed.length) revealedCovered(true); } catch (e) { /* ignore */ }
    let booted = false;
    try { booted = !!(g && g.isBooted); } catch (e) { booted = false; }
    const lifecycle = {
      preload: toArray(S.lifecycle.preload.list),
      create: toArray(S.lifecycle.create.list),
      update: toArray(S.lifecycle.update.list),
    };
    let canvas = null;
    let screenshot = null;
    const c = g ? canvasOf(g) : null;
    if (c) {
      const st = canvasStats(g, true);
      canvas = { width: apply(canvasWidth.get, c, []), height: apply(canvasHeight.get, c, []), blank: st.blank,
        distinct_colors: st.distinct_colors === undefined ? null : st.distinct_colors, blank_at_end: st.blank };
      if (st.error !== undefined) canvas.error = st.error;
      if (S.everDrawn && canvas.blank) canvas.blank = false;
      if (canvas.blank && !S.everDrawn) { try { coveredObjects(g); offView(g); } catch (e) { /* ignore */ } }
      signatureReport(canvas);
      try { spinReport(canvas); } catch (e) { /* ignore */ }
      try { if (g) cameraReport(g, canvas); } catch (e) { /* ignore */ }
      if (wantShot) { try { screenshot = apply(toDataURL, c, ['image/png']); } catch (err) { screenshot = null; } }
    }
    let signals = 'null';
    try { const s = G.__signals__; if (s !== undefined) signals = jsonStringify(s); } catch (err) { signals = encode({ error: str(err) }); }
    if (typeof signals !== 'string') signals = 'null';
    const tampered = tampering();
    if (S.stillHint && canvas && typeof canvas === 'object') canvas.still_hint = S.stillHint;
    return '{"game_created":' + (S.gameCount > 0) + ',"booted":' + booted + ',"frames":' + S.frame + ',"lifecycle":' + encode(lifecycle)
      + ',"canvas":' + encode(canvas) + ',"tampered":' + encode(tampered) + ',"screenshot":' + encode(screenshot)
      + ',"misuse":' + encode(toArray(S.misuse)) + ',"signals":' + signals + '}';
  };

  // reflection: member names of live Phaser classes and namespaces that the JSDoc dump may leave out
  H.reflect = function reflect(classNames, namespaceNames) {
    const resolve = (path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), window);
    const instance = {};
    const statics = {};
    let scene = null;
    try {
      const g = game();
      scene = g ? g.scene.getScenes(true)[0] || g.scene.scenes[0] : null;
    } catch (err) { scene = null; }
    const kindOf = (v) => (typeof v === 'function' ? 'function' : 'value');
    for (const name of classNames) {
      const C = resolve(name);
      if (typeof C !== 'function') continue;
      const names = {};
      for (let p = C.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const k of Object.getOwnPropertyNames(p)) {
          if (k === 'constructor' || names[k]) continue;
          const d = Object.getOwnPropertyDescriptor(p, k);
          names[k] = d && d.get ? 'value' : kindOf(d && d.value);
        }
      }
      for (const args of [[scene, 0, 0], [], [0, 0, 0]]) {
        try {
          const inst = new C(...args);
          for (const k of Object.getOwnPropertyNames(inst)) if (!names[k]) names[k] = kindOf(inst[k]);
          break;
        } catch (err) { /* needs other arguments */ }
      }
      instance[name] = names;
      const st = {};
      for (const k of Object.getOwnPropertyNames(C)) if (!['length', 'name', 'prototype', 'arguments', 'caller'].includes(k)) st[k] = kindOf(C[k]);
      statics[name] = st;
    }
    // objects made the usual way (this.add.X(), this.physics.add.X()) carry fields some constructors only set then
    const byCtor = new Map();
    for (const name of classNames) { const C = resolve(name); if (typeof C === 'function' && !byCtor.has(C)) byCtor.set(C, name); }
    const factories = scene ? [scene.add, scene.physics && scene.physics.add].filter(Boolean) : [];
    for (const factory of factories) {
      for (let p = Object.getPrototypeOf(factory); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const m of Object.getOwnPropertyNames(p)) {
          if (m === 'constructor' || typeof factory[m] !== 'function' || /^(existing|destroy|shutdown|boot|start)$/.test(m)) continue;
          for (const args of [[0, 0, '__DEFAULT'], [0, 0], [{}], []]) {
            try {
              const obj = factory[m](...args);
              const cls = obj && byCtor.get(obj.constructor);
              if (cls) {
                const names = instance[cls] || (instance[cls] = {});
                for (const k of Object.getOwnPropertyNames(obj)) if (!names[k]) names[k] = kindOf(obj[k]);
              }
              break;
            } catch (err) { /* try the next argument list */ }
          }
        }
      }
    }
    for (const name of namespaceNames) {
      const ns = resolve(name);
      if (!ns || (typeof ns !== 'object' && typeof ns !== 'function')) continue;
      const st = statics[name] || {};
      for (const k of Object.keys(ns)) if (!st[k]) st[k] = kindOf(ns[k]);
      statics[name] = st;
    }
    return jsonStringify({ instance, static: statics });
  };

  return Object.freeze(H);
})
