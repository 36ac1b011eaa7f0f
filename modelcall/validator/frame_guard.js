// modelcall L3 frame guard. The host injects this plain script with Page.addScriptToEvaluateOnNewDocument, so it
// runs first in every realm of the page (the top document, every iframe, srcdoc and about:blank frames included,
// popups), before Phaser, the harness and any script of the program.
//
// What it does in each realm:
// - Function.prototype.toString answers from one registry that all realms share: functions the harness or a guard
//   put in a page (fake timers, Date.now, Math.random, console wrappers, Phaser.Game, this toString itself) read as
//   native code whichever realm's toString a program asks, e.g. a fresh iframe's;
// - every console method is capped: the lines of all realms together reach the real console (and the protocol) up
//   to a cap, the rest are counted and dropped, so a flood through an iframe's console is not judged a hang.
//
// The realms find each other by an event that a child realm's guard dispatches on the top window with a callback
// as its detail; the top guard's listener (registered before any page script, so it runs first) answers with the
// shared registry and stops the event, so no listener of the program ever sees it. '__MODELCALL_GUARD_KEY__' may be
// replaced by the host with a random token per browser (the event type): a program would need it to even ask.
(function () {
  'use strict';
  const G = globalThis;
  const TYPE = '__MODELCALL_GUARD_KEY__';
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const WeakMapC = WeakMap;
  const weakMapGet = WeakMap.prototype.get;
  const weakMapSet = WeakMap.prototype.set;
  const strIndexOf = String.prototype.indexOf;
  const strSlice = String.prototype.slice;
  const nativeToString = Function.prototype.toString;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const addListener = EventTarget.prototype.addEventListener;
  const CustomEventC = CustomEvent;
  const eventDetail = getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
  const stopImmediate = Event.prototype.stopImmediatePropagation;
  const mathMaxOf = Math.max;
  const captureStackOf = Error.captureStackTrace;
  const errorStack = (e) => { try { return e.stack; } catch (x) { return undefined; } };
  const nameOf = (fn) => { const d = getOwnPropertyDescriptor(fn, 'name'); return d && typeof d.value === 'string' ? d.value : ''; };

  // ------------------------------------------------------------------ the shared registry (top realm) or a link to it
  let shared = null;
  let root = null;
  try { root = G.top; if (root && root !== G) void root.document; } catch (e) { root = null; }  // cross-origin: own root
  // a popup of the page (window.open) links to the page that opened it
  try { const opener = root === G ? G.opener : null; if (opener && opener.top) { void opener.top.document; root = opener.top; } } catch (e) { /* cross-origin */ }
  // the function a realm asks with; the same source text in every realm (the top guard knows it when it sees it)
  const makeAsk = () => ({ [TYPE + ':ask'](api) { shared = api; } })[TYPE + ':ask'];
  try { apply(dispatch, root || G, [new CustomEventC(TYPE, { detail: makeAsk() })]); } catch (e) { shared = null; }
  if (!shared && root && root !== G) {
    // a popup while window.open runs: the opener dispatches no events yet, so it asks its toString instead
    try { apply(getOwnPropertyDescriptor(root.Function.prototype, 'toString').value, makeAsk(), []); } catch (e) { shared = null; }
  }
  if (shared && (!root || root === G)) return; // this window already has its guard (a reused window)
  if (!shared && (!root || root === G)) {
    const registry = new WeakMapC(); // function -> its text (a string) or the function whose source it shows
    let lines = 0;
    let cap = 1000;
    let pageClock = null; // the harness's clock while it steps a game (the top realm's performance.now terms)
    let errorSink = null;
    let timelineOffset = 0; // how far the browser's own rendering steps run ahead of this document's page clock
    let pageTimers = null; // the harness's timers on the page clock, for the other realms' setTimeout / setInterval
    const topPerf = G.performance;
    const topOrigin = topPerf ? topPerf.timeOrigin : 0;
    const wallNow = topPerf ? G.Performance.prototype.now : null;
    shared = Object.freeze({
      like(fn) {
        const v = apply(weakMapGet, registry, [fn]);
        if (v === undefined) return undefined;
        return typeof v === 'string' ? v : apply(nativeToString, v, []);
      },
      cloak(fn, like) { apply(weakMapSet, registry, [fn, like]); return fn; },
      line() { lines += 1; return lines <= cap; },
      consoleCap(n) { cap = n; lines = 0; },
      setClock(fn) { pageClock = typeof fn === 'function' ? fn : null; },
      setErrorSink(fn) { errorSink = typeof fn === 'function' ? fn : null; }, // console errors of the other realms
      consoleError(args, asserted) { if (errorSink) { try { errorSink(args, asserted); } catch (e) { /* ignore */ } } },
      clock() { return pageClock ? pageClock() : undefined; },
      setTimers(api) { pageTimers = api && typeof api.add === 'function' ? api : null; },
      timers() { return pageTimers; },
      setTimelineOffset(ms) { timelineOffset = typeof ms === 'number' && ms > 0 ? ms : 0; },
      timelineOffset() { return timelineOffset; },
      origin: topOrigin,
      wallNow() { return apply(wallNow, topPerf, []); }, // the harness's own timing (budgets, boot): the wall clock
    });
    apply(addListener, G, [TYPE, function (ev) {
      let reply;
      try { reply = apply(eventDetail, ev, []); } catch (e) { return; }
      if (typeof reply !== 'function') return;
      apply(stopImmediate, ev, []);
      try { apply(reply, undefined, [shared]); } catch (e) { /* a broken asker gets nothing */ }
    }, true]);
  }
  if (!shared) return; // no top guard to link to: this realm is left as the browser made it

  const askText = apply(nativeToString, makeAsk(), []);
  const isRoot = !root || root === G;
  const like = shared.like;
  const register = shared.cloak;
  const line = shared.line;
  // one realm guarded twice (a window reused by a document.open or a srcdoc load): the first guard stays
  if (like(G.Function.prototype.toString) !== undefined) return;

  // ------------------------------------------------------------------ Function.prototype.toString
  const toString = {
    toString() {
      if (typeof this === 'function') {
        const text = like(this);
        if (text !== undefined) return text;
        const source = apply(nativeToString, this, []);
        // a guard's ask: its source is public, so the name (the secret key) must match too
        if (isRoot && source === askText && nameOf(this) === TYPE + ':ask') { try { apply(this, undefined, [shared]); } catch (e) { /* ignore */ } }
        return source;
      }
      try {
        return apply(nativeToString, this, []);
      } catch (err) {
        // the native TypeError, without this function's frame (the line after the builtin's own frame)
        const stack = errorStack(err);
        if (typeof stack === 'string') {
          const first = apply(strIndexOf, stack, ['\n    at ']);
          const second = first < 0 ? -1 : apply(strIndexOf, stack, ['\n    at ', first + 1]);
          const third = second < 0 ? -1 : apply(strIndexOf, stack, ['\n    at ', second + 1]);
          if (second >= 0) {
            const rest = third < 0 ? '' : apply(strSlice, stack, [third]);
            try { defineProperty(err, 'stack', { value: apply(strSlice, stack, [0, second]) + rest, writable: true, configurable: true, enumerable: false }); } catch (e) { /* ignore */ }
          }
        }
        throw err;
      }
    },
  }.toString;
  register(toString, 'function toString() { [native code] }');
  defineProperty(G.Function.prototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });

  // a browser's accessor or method answered by `answer` instead, looking native (name, length, toString, descriptor)
  const getterOf = (name, fn) => getOwnPropertyDescriptor({ get [name]() { return fn(this); } }, name).get;
  const replaceGetter = (target, name, answer) => {
    const d = target && getOwnPropertyDescriptor(target, name);
    if (!d || typeof d.get !== 'function') return;
    const real = d.get;
    const get = getterOf(name, (self) => answer(self, real));
    register(get, 'function get ' + name + '() { [native code] }');
    defineProperty(target, name, { get, set: d.set, enumerable: d.enumerable, configurable: d.configurable });
  };
  const replaceMethod = (target, name, answer) => {
    const d = target && getOwnPropertyDescriptor(target, name);
    if (!d || typeof d.value !== 'function') return;
    const real = d.value;
    const method = { [name](a) {
      try {
        return answer(this, real, arguments);
      } catch (err) {
        // the browser's error (Illegal invocation, a bad argument) as it would be thrown: without this function's frame
        if (err !== null && typeof err === 'object') { try { apply(captureStackOf, undefined, [err, method]); } catch (e) { /* ignore */ } }
        throw err;
      }
    } }[name];
    defineProperty(method, 'length', { value: real.length, configurable: true });
    register(method, 'function ' + name + '() { [native code] }');
    defineProperty(target, name, { value: method, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable });
  };

  // ------------------------------------------------------------------ one clock for every realm
  // performance.now, Date.now, new Date() and Date() read the page's clock: the wall clock, or while the harness
  // steps a game, its game time (harness.js pageNow), in every realm alike, so no frame or clock tells the two apart
  const Perf = G.Performance;
  const perfObj = G.performance;
  const OrigDate = G.Date;
  if (Perf && perfObj && typeof OrigDate === 'function') {
    const realNow = Perf.prototype.now;
    const myOrigin = perfObj.timeOrigin;
    const dateToString = OrigDate.prototype.toString;
    const construct = Reflect.construct;
    const TypeErrorC = G.TypeError;
    const captureStack = G.Error.captureStackTrace; // taken before any page script can replace it
    const floor = Math.floor;
    const mathMax = Math.max;
    const clock = shared.clock;
    const offset = myOrigin - shared.origin;
    const pageNow = () => { const t = clock(); return t === undefined ? apply(realNow, perfObj, []) : t - offset; };
    const pageDateNow = () => floor(myOrigin + pageNow());
    const now = {
      now() {
        if (this !== perfObj) { const err = new TypeErrorC('Illegal invocation'); apply(captureStack, undefined, [err, now]); throw err; }
        return pageNow();
      },
    }.now;
    register(now, 'function now() { [native code] }');
    defineProperty(Perf.prototype, 'now', { value: now, writable: true, configurable: true, enumerable: true });
    const dateNow = { now() { return pageDateNow(); } }.now;
    register(dateNow, 'function now() { [native code] }');
    // the time of a Date made without arguments is the clock's; all else is the realm's own Date (same prototype
    // object, statics, subclasses)
    const PageDate = function Date(...args) {
      if (new.target === undefined) return apply(dateToString, construct(OrigDate, [pageDateNow()]), []);
      return construct(OrigDate, args.length ? args : [pageDateNow()], new.target === PageDate ? OrigDate : new.target);
    };
    register(PageDate, 'function Date() { [native code] }');
    const keys = Reflect.ownKeys(OrigDate);
    for (let i = 0; i < keys.length; i++) {
      try { defineProperty(PageDate, keys[i], getOwnPropertyDescriptor(OrigDate, keys[i])); } catch (e) { /* ignore */ }
    }
    defineProperty(PageDate, 'now', { value: dateNow, writable: true, configurable: true, enumerable: false });
    defineProperty(OrigDate.prototype, 'constructor', { value: PageDate, writable: true, configurable: true, enumerable: false });
    Object.setPrototypeOf(PageDate, Object.getPrototypeOf(OrigDate));
    defineProperty(G, 'Date', { value: PageDate, writable: true, configurable: true, enumerable: false });
    // an event's timeStamp (Phaser times a pointer's press with it) and a new File's lastModified (Date.now() when a
    // program makes one) are on the same clock: the moment first read, in page time, and the same on later reads
    const fixedOnFirstRead = (proto, name, round) => {
      const seen = new WeakMapC();
      replaceGetter(proto, name, (self, real) => {
        const wall = apply(real, self, []); // Illegal invocation on anything else, as the browser's
        if (clock() === undefined) return wall;
        let t = apply(weakMapGet, seen, [self]);
        if (t === undefined) { t = round(wall - (apply(realNow, perfObj, []) - pageNow())); apply(weakMapSet, seen, [self, t]); }
        return t;
      });
    };
    fixedOnFirstRead(G.Event && G.Event.prototype, 'timeStamp', (t) => t);
    fixedOnFirstRead(G.File && G.File.prototype, 'lastModified', floor);
    // a mark without a time of its own is made at the page's now (getEntries and measure then agree with now())
    replaceMethod(Perf.prototype, 'mark', (self, real, args) => {
      const options = args[1];
      const plain = options === undefined || options === null || typeof options === 'object' || typeof options === 'function';
      if (args.length < 1 || !plain || clock() === undefined) return apply(real, self, args);
      let startTime;
      let detail = null;
      if (options !== undefined && options !== null) { detail = options.detail; startTime = options.startTime; }
      if (startTime === undefined) startTime = mathMax(pageNow(), 0);
      return apply(real, self, [args[0], { detail, startTime }]);
    });
  }

  // ------------------------------------------------------------------ the animation timeline
  // The host lets the browser run its own rendering steps (observers, CSS transitions, Web Animations) on the page's
  // time. Their frame times only go forward, also from one program's document to the next (which starts back at the
  // wall time), so a document's steps may run a fixed offset ahead of its page clock: the times a program can read
  // off the timeline are shown without it (durations and an animation's own currentTime are differences: unchanged).
  const timelineOffset = shared.timelineOffset;
  const AnimationProto = G.Animation && G.Animation.prototype;
  const mathRoundOf = Math.round;
  const shift = (v, by) => mathRoundOf((v + by) * 1e6) / 1e6; // (no float noise in the digits a program prints)
  const minus = (v) => (typeof v === 'number' && timelineOffset() ? mathMaxOf(shift(v, -timelineOffset()), 0) : v);
  replaceGetter(G.AnimationTimeline && G.AnimationTimeline.prototype, 'currentTime', (self, real) => minus(apply(real, self, [])));
  replaceGetter(G.AnimationPlaybackEvent && G.AnimationPlaybackEvent.prototype, 'timelineTime', (self, real) => {
    const v = apply(real, self, []);
    return self.isTrusted === true ? minus(v) : v; // an event the program made says what it was given
  });
  const startTime = AnimationProto && getOwnPropertyDescriptor(AnimationProto, 'startTime');
  if (startTime && typeof startTime.get === 'function' && typeof startTime.set === 'function') {
    const realSet = startTime.set;
    replaceGetter(AnimationProto, 'startTime', (self, real) => {
      const v = apply(real, self, []);
      return typeof v === 'number' && timelineOffset() ? shift(v, -timelineOffset()) : v;
    });
    const set = getOwnPropertyDescriptor({ set startTime(v) {
      apply(realSet, this, [typeof v === 'number' && timelineOffset() ? shift(v, timelineOffset()) : v]);
    } }, 'startTime').set;
    register(set, 'function set startTime() { [native code] }');
    defineProperty(AnimationProto, 'startTime', { get: getOwnPropertyDescriptor(AnimationProto, 'startTime').get, set,
      enumerable: startTime.enumerable, configurable: startTime.configurable });
  }
  // an iframe's animation frames: the harness's stepped frames while it steps the game (as the top window's), else
  // the browser's own rendering steps
  if (!isRoot && typeof G.requestAnimationFrame === 'function') {
    let frameShift = 0;
    try { frameShift = G.performance.timeOrigin - shared.origin; } catch (e) { frameShift = 0; }
    replaceMethod(G, 'requestAnimationFrame', (self, real, args) => {
      const fn = args[0];
      if (typeof fn !== 'function' || (self !== undefined && self !== null && self !== G)) return apply(real, self, args);
      const api = shared.timers();
      if (api) return api.frame(fn, G, frameShift); // (its times on this frame's own performance.now)
      return apply(real, self, [function (t) { return apply(fn, this, [minus(t)]); }]);
    });
    replaceMethod(G, 'cancelAnimationFrame', (self, real, args) => {
      const api = shared.timers();
      if (api && (self === undefined || self === null || self === G)) api.clear(args[0], G);
      return apply(real, self, args);
    });
  }

  // ------------------------------------------------------------------ a frame's timers
  // an iframe's setTimeout and setInterval wait on the page clock, as the top window's do (on the wall clock they
  // came after the run)
  if (!isRoot) {
    const arraySlice = Array.prototype.slice;
    const timer = (interval) => (self, real, args) => {
      const api = shared.timers();
      if (!api || typeof args[0] !== 'function' || (self !== undefined && self !== null && self !== G)) return apply(real, self, args);
      return api.add(args[0], +args[1] || 0, apply(arraySlice, args, [2]), interval, G);
    };
    replaceMethod(G, 'setTimeout', timer(false));
    replaceMethod(G, 'setInterval', timer(true));
    for (const name of ['clearTimeout', 'clearInterval']) {
      replaceMethod(G, name, (self, real, args) => {
        const api = shared.timers();
        if (api && (self === undefined || self === null || self === G)) api.clear(args[0], G);
        return apply(real, self, args);
      });
    }
  }

  // ------------------------------------------------------------------ performance.memory
  // the heap cap of the validator (runtime.memory_limit_mb) is not a desktop's: the limit reads as a 64-bit desktop
  // Chrome's 4 GB; what is used stays the real figure
  let memoryInfo = null;
  try { memoryInfo = perfObj && perfObj.memory; } catch (e) { memoryInfo = null; }
  const MemoryProto = memoryInfo && Object.getPrototypeOf(memoryInfo);
  replaceGetter(MemoryProto, 'jsHeapSizeLimit', (self, real) => { apply(real, self, []); return 4294705152; });

  // ------------------------------------------------------------------ a desktop Chrome's window
  // The headless shell has no window.chrome, no PDF viewer (navigator.plugins and mimeTypes are empty) and no frame
  // around the page (outer size = inner size); a desktop Chrome's are shown instead.
  replaceGetter(G, 'outerHeight', (self, real) => apply(real, self, []) + 87); // a tab strip and a toolbar
  // a fresh profile has not been asked about notifications: 'default', as navigator.permissions already says
  // ('prompt') and as requestPermission() answers; the headless shell's 'denied' contradicted both
  replaceGetter(G.Notification, 'permission', (self, real) => {
    const value = apply(real, self, []);
    return value === 'denied' ? 'default' : value;
  });
  // the software GPU's name (SwiftShader) is a well-known sign of a headless or virtual machine: a common desktop
  // GPU's is shown for the debug-info renderer and vendor (the unmasked names; the masked ones are the same anyway)
  for (const GL of [G.WebGLRenderingContext, G.WebGL2RenderingContext]) {
    replaceMethod(GL && GL.prototype, 'getParameter', (self, real, args) => {
      const value = apply(real, self, args);
      if (typeof value !== 'string' || (args[0] !== 0x9246 && args[0] !== 0x9245)) return value;
      const renderer = args[0] === 0x9246 ? value : apply(real, self, [0x9246]);
      if (typeof renderer !== 'string' || apply(strIndexOf, renderer, ['SwiftShader']) < 0) return value;
      return args[0] === 0x9246 ? 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)' : 'Google Inc. (Intel)';
    });
  }
  // with no network there is no estimate of it (rtt 0): a desktop's broadband reads about 50 ms and 10 Mbit/s
  const NetInfo = G.NetworkInformation && G.NetworkInformation.prototype;
  replaceGetter(NetInfo, 'rtt', (self, real) => { const v = apply(real, self, []); return v === 0 ? 50 : v; });
  replaceGetter(NetInfo, 'downlink', (self, real) => { const v = apply(real, self, []); return v === 0 ? 10 : v; });
  if (G.chrome === undefined) {
    const epoch = (t) => (t > 0 ? t : 0);
    const timingOf = () => { try { return perfObj.timing; } catch (e) { return null; } };
    const loadTimes = register([function () {
      const t = timingOf() || {};
      return { requestTime: epoch(t.navigationStart) / 1000, startLoadTime: epoch(t.navigationStart) / 1000,
        commitLoadTime: epoch(t.responseStart) / 1000, finishDocumentLoadTime: epoch(t.domContentLoadedEventEnd) / 1000,
        finishLoadTime: epoch(t.loadEventEnd) / 1000, firstPaintTime: epoch(t.domContentLoadedEventEnd) / 1000,
        firstPaintAfterLoadTime: 0, navigationType: 'Other', wasFetchedViaSpdy: false, wasNpnNegotiated: false,
        npnNegotiatedProtocol: 'unknown', wasAlternateProtocolAvailable: false, connectionInfo: 'http/1.1' };
    }][0], 'function () { [native code] }');
    const csi = register([function () {
      const t = timingOf() || {};
      return { startE: epoch(t.navigationStart), onloadT: epoch(t.domContentLoadedEventEnd),
        pageT: perfObj ? perfObj.now() : 0, tran: 15 };
    }][0], 'function () { [native code] }');
    const app = {
      isInstalled: false,
      getDetails() { return null; },
      getIsInstalled() { return false; },
      installState(callback) { if (typeof callback === 'function') callback('not_installed'); },
      runningState() { return 'cannot_run'; },
      InstallState: { DISABLED: 'disabled', INSTALLED: 'installed', NOT_INSTALLED: 'not_installed' },
      RunningState: { CANNOT_RUN: 'cannot_run', READY_TO_RUN: 'ready_to_run', RUNNING: 'running' },
    };
    for (const name of ['getDetails', 'getIsInstalled', 'installState', 'runningState']) {
      register(app[name], 'function ' + name + '() { [native code] }');
    }
    defineProperty(G, 'chrome', { value: { loadTimes, csi, app }, writable: true, enumerable: true, configurable: false });
  }
  // the PDF viewer's plugins and MIME types, as every desktop Chrome lists them
  const Nav = G.Navigator && G.Navigator.prototype;
  const protoOf = (name) => G[name] && G[name].prototype;
  const PluginArrayProto = protoOf('PluginArray');
  const PluginProto = protoOf('Plugin');
  const MimeArrayProto = protoOf('MimeTypeArray');
  const MimeProto = protoOf('MimeType');
  let realPlugins = null;
  try { realPlugins = G.navigator.plugins; } catch (e) { realPlugins = null; }
  if (Nav && PluginArrayProto && PluginProto && MimeArrayProto && MimeProto && realPlugins && realPlugins.length === 0) {
    const fake = new WeakMapC(); // fake object -> its data
    const data = (self) => apply(weakMapGet, fake, [self]);
    const list = (proto, items, nameOf) => {
      const obj = Object.create(proto);
      for (let i = 0; i < items.length; i++) defineProperty(obj, i, { value: items[i], writable: false, enumerable: true, configurable: true });
      for (let i = 0; i < items.length; i++) {
        const key = nameOf(items[i]);
        if (!(key in obj)) defineProperty(obj, key, { value: items[i], writable: false, enumerable: false, configurable: true });
      }
      return obj;
    };
    const DESCRIPTION = 'Portable Document Format';
    const plugins = [];
    for (const name of ['PDF Viewer', 'Chrome PDF Viewer', 'Chromium PDF Viewer', 'Microsoft Edge PDF Viewer', 'WebKit built-in PDF']) {
      const plugin = Object.create(PluginProto);
      const mimes = [];
      for (const type of ['application/pdf', 'text/pdf']) {
        const mime = Object.create(MimeProto);
        apply(weakMapSet, fake, [mime, { type, suffixes: 'pdf', description: DESCRIPTION, plugin }]);
        mimes.push(mime);
      }
      apply(weakMapSet, fake, [plugin, { name, filename: 'internal-pdf-viewer', description: DESCRIPTION, items: mimes }]);
      for (let i = 0; i < mimes.length; i++) defineProperty(plugin, i, { value: mimes[i], writable: false, enumerable: true, configurable: true });
      for (let i = 0; i < mimes.length; i++) defineProperty(plugin, data(mimes[i]).type, { value: mimes[i], writable: false, enumerable: false, configurable: true });
      plugins.push(plugin);
    }
    const pluginArray = list(PluginArrayProto, plugins, (p) => data(p).name);
    apply(weakMapSet, fake, [pluginArray, { items: plugins, key: 'name' }]);
    const mimeArray = list(MimeArrayProto, data(plugins[0]).items, (m) => data(m).type);
    apply(weakMapSet, fake, [mimeArray, { items: data(plugins[0]).items, key: 'type' }]);
    // the prototypes' own accessors and methods answer for the fakes and leave every other object to the browser
    const field = (name) => (self, real) => { const d = data(self); return d ? d[name] : apply(real, self, []); };
    for (const name of ['name', 'filename', 'description']) replaceGetter(PluginProto, name, field(name));
    for (const name of ['type', 'suffixes', 'description']) replaceGetter(MimeProto, name, field(name));
    replaceGetter(MimeProto, 'enabledPlugin', field('plugin'));
    for (const proto of [PluginProto, PluginArrayProto, MimeArrayProto]) {
      replaceGetter(proto, 'length', (self, real) => { const d = data(self); return d ? d.items.length : apply(real, self, []); });
      replaceMethod(proto, 'item', (self, real, args) => {
        const d = data(self);
        if (!d) return apply(real, self, args);
        const i = args.length ? (args[0] >>> 0) : 0;
        return i < d.items.length ? d.items[i] : null;
      });
      replaceMethod(proto, 'namedItem', (self, real, args) => {
        const d = data(self);
        if (!d) return apply(real, self, args);
        const key = d.key || 'type';
        for (let i = 0; i < d.items.length; i++) if (data(d.items[i])[key] === '' + args[0]) return d.items[i];
        return null;
      });
    }
    replaceGetter(Nav, 'plugins', (self, real) => { apply(real, self, []); return pluginArray; });
    replaceGetter(Nav, 'mimeTypes', (self, real) => { apply(real, self, []); return mimeArray; });
    replaceGetter(Nav, 'pdfViewerEnabled', (self, real) => { apply(real, self, []); return true; });
  }

  // ------------------------------------------------------------------ console, capped across all realms
  // the methods that print (each line crosses the protocol); createTask, context, time, profile... return or do
  // something else and stay as they are
  const PRINT = ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed',
    'groupEnd', 'count', 'countReset', 'assert', 'timeLog', 'timeEnd', 'clear'];
  const con = G.console;
  if (con && typeof con === 'object') {
    const names = PRINT;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const d = getOwnPropertyDescriptor(con, name);
      const orig = d && d.value;
      if (typeof orig !== 'function') continue;
      const reports = !isRoot && (name === 'error' || name === 'assert'); // the top realm's are the harness's own
      const wrapped = {
        [name]() {
          if (reports && (name === 'error' || !arguments[0])) shared.consoleError(arguments, name === 'assert');
          if (line()) return apply(orig, this, arguments);
          return undefined;
        },
      }[name];
      defineProperty(wrapped, 'length', { value: orig.length, configurable: true });
      register(wrapped, 'function ' + name + '() { [native code] }');
      defineProperty(con, name, { value: wrapped, writable: d.writable, configurable: d.configurable, enumerable: d.enumerable });
    }
  }
})();
