// modelcall L3 harness: runs inside the warm page after the pinned phaser.min.js.
// It steps Phaser games with a fake clock (no real time), drives synthetic input, records what happened and
// cleans up after each sample so that one page can run many samples.
(function () {
  'use strict';
  const realSetTimeout = window.setTimeout.bind(window);
  const realClearTimeout = window.clearTimeout.bind(window);
  const realTimers = {
    setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, setInterval: window.setInterval,
    clearInterval: window.clearInterval, requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  const realAdd = EventTarget.prototype.addEventListener;
  const realRemove = EventTarget.prototype.removeEventListener;
  const realConsoleError = console.error.bind(console);
  const realRandom = Math.random;
  const realDateNow = Date.now;
  // each sample draws the same random sequence (mulberry32): a bug that depends on random positions gets the same
  // verdict on every run, on a warm page or a fresh one, and in the cache
  function seededRandom(seed) {
    let a = seed >>> 0;
    return function random() {
      a = (a + 0x6D2B79F5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const OrigGame = Phaser.Game;
  const FRAME_MS = 1000 / 60;
  const baseWindowKeys = new Set(Object.getOwnPropertyNames(window));
  const baseBodyChildren = new Set(Array.from(document.body.childNodes));

  // TimeStep.start sets the loop up and then stops requestAnimationFrame: the harness steps it by hand
  const origStart = Phaser.Core.TimeStep.prototype.start;
  Phaser.Core.TimeStep.prototype.start = function (callback) {
    origStart.call(this, callback);
    if (this.raf) this.raf.stop();
    this.__mcStarted = true;
  };

  // scene lifecycle: which scenes ran preload / create / update
  const SM = Phaser.Scenes.SceneManager.prototype;
  const origBoot = SM.bootScene;
  SM.bootScene = function (scene) {
    const key = scene && scene.sys && scene.sys.settings ? scene.sys.settings.key : '?';
    if (S && scene && typeof scene.preload === 'function') { S.lifecycle.preload.add(key); S.stage = 'preload'; }
    try { return origBoot.call(this, scene); } catch (err) { stageError(err, 'preload'); throw err; } finally { if (S && S.stage === 'preload') S.stage = null; }
  };
  const origCreate = SM.create;
  SM.create = function (scene) {
    const key = scene && scene.sys && scene.sys.settings ? scene.sys.settings.key : '?';
    if (S && scene && typeof scene.create === 'function') { S.lifecycle.create.add(key); S.stage = 'create'; }
    try { return origCreate.call(this, scene); } catch (err) { stageError(err, 'create'); throw err; } finally {
      if (S) S.stage = null;
      const sys = scene && scene.sys;
      if (sys && typeof scene.update === 'function' && !sys.__mcWrapped) {
        const inner = sys.sceneUpdate;
        sys.__mcWrapped = true;
        sys.sceneUpdate = function (time, delta) {
          if (S) S.lifecycle.update.add(key);
          try { return inner.call(this, time, delta); } catch (err) { stageError(err, S ? S.phase : 'update'); throw err; }
        };
      }
    }
  };

  let S = null; // the state of the sample being run

  // an error thrown inside a lifecycle method is recorded where it happened (once: the flag stops duplicates)
  function stageError(err, stage) {
    if (!S || (err && typeof err === 'object' && err.__mcSeen)) return;
    const saved = S.stage;
    S.stage = stage;
    recordError(errorInfo(err, stage));
    S.stage = saved;
    try { if (err && typeof err === 'object') err.__mcSeen = true; } catch (e) { /* frozen */ }
  }

  function errorInfo(err, source) {
    if (err && typeof err === 'object') return { message: String(err.message || err), stack: String(err.stack || ''), source };
    return { message: String(err), stack: '', source };
  }

  function recordError(info) {
    if (!S) return;
    const phase = S.stage ? S.stage + '@' + S.phase : S.phase;
    info.phase = S.stage || S.phase;
    info.where = phase;
    info.frame = S.frame;
    if (S.errors.length < 20) S.errors.push(info);
  }

  realAdd.call(window, 'error', (ev) => {
    if (ev.error && typeof ev.error === 'object' && ev.error.__mcSeen) return;
    recordError(errorInfo(ev.error || ev.message, 'window.onerror'));
  });
  realAdd.call(window, 'unhandledrejection', (ev) => {
    recordError(errorInfo(ev.reason, 'unhandledrejection'));
  });
  console.error = function (...args) {
    if (S && S.consoleErrors.length < 20) {
      S.consoleErrors.push({ message: args.map((a) => (a && a.stack) ? a.stack : String(a)).join(' ').slice(0, 2000), phase: S.stage || S.phase, frame: S.frame });
    }
    return realConsoleError(...args);
  };

  // fake timers: user setTimeout / setInterval / requestAnimationFrame run on the stepped clock
  function installTimers() {
    S.timers = new Map();
    S.timerSeq = 0;
    S.now = 0;
    S.bootNow = 0;
    window.setTimeout = function (fn, ms, ...args) { const id = ++S.timerSeq; S.timers.set(id, { fn, at: S.now + (Number(ms) || 0), args, every: 0 }); return id; };
    window.setInterval = function (fn, ms, ...args) { const id = ++S.timerSeq; const every = Math.max(1, Number(ms) || 0); S.timers.set(id, { fn, at: S.now + every, args, every }); return id; };
    window.clearTimeout = function (id) { if (S) S.timers.delete(id); };
    window.clearInterval = window.clearTimeout;
    window.requestAnimationFrame = function (fn) { const id = ++S.timerSeq; S.timers.set(id, { fn, at: S.now, args: null, raf: true, every: 0 }); return id; };
    window.cancelAnimationFrame = function (id) { if (S) S.timers.delete(id); };
  }
  function restoreTimers() {
    for (const [k, v] of Object.entries(realTimers)) window[k] = v;
  }
  function runTimers() {
    for (const [id, t] of Array.from(S.timers.entries())) {
      if (!S.timers.has(id) || t.at > S.now) continue;
      if (t.every) t.at += t.every; else S.timers.delete(id);
      try {
        if (typeof t.fn === 'function') { if (t.raf) t.fn(performance.now()); else t.fn(...(t.args || [])); }
      } catch (err) { recordError(errorInfo(err, 'timer')); }
    }
  }

  function trackListeners() {
    S.listeners = [];
    EventTarget.prototype.addEventListener = function (type, fn, opts) {
      if (S) S.listeners.push([this, type, fn, opts]);
      return realAdd.call(this, type, fn, opts);
    };
  }

  // network APIs fail at once (deterministic) instead of whenever a routed answer arrives
  const realNet = {
    fetch: window.fetch, XMLHttpRequest: window.XMLHttpRequest, WebSocket: window.WebSocket, EventSource: window.EventSource,
    alert: window.alert, confirm: window.confirm, prompt: window.prompt,
  };
  function blockNetwork() {
    window.fetch = function () { return Promise.reject(new TypeError('network access is blocked in the validator')); };
    const Blocked = function () { throw new Error('network access is blocked in the validator'); };
    window.WebSocket = Blocked;
    window.EventSource = Blocked;
    // modal dialogs would block the page: answered at once
    window.alert = function () {};
    window.confirm = function () { return true; };
    window.prompt = function (msg, def) { return def === undefined ? '' : String(def); };
  }
  function restoreNetwork() {
    for (const [k, v] of Object.entries(realNet)) window[k] = v;
  }

  function patchGame(opts) {
    const Game = function (config) {
      config = config || {};
      if (opts.forceCanvas) config.type = Phaser.CANVAS;
      else config.render = Object.assign({}, config.render || {}, { preserveDrawingBuffer: true }); // readable WebGL pixels
      if (opts.noAudio) config.audio = Object.assign({}, config.audio || {}, { noAudio: true });
      config.banner = false;
      if (config.seed === undefined) config.seed = ['modelcall-validator']; // Phaser.Math.RND, else seeded from Date.now
      const game = new OrigGame(config);
      S.games.push(game);
      return game;
    };
    Game.prototype = OrigGame.prototype;
    Object.setPrototypeOf(Game, OrigGame);
    Phaser.Game = Game;
  }

  const H = {};
  window.__mc = H;

  H.begin = function (opts) {
    S = {
      opts, errors: [], consoleErrors: [], games: [], frame: 0, phase: 'script', stage: null,
      lifecycle: { preload: new Set(), create: new Set(), update: new Set() }, schedule: [], inputLog: [],
    };
    Math.random = seededRandom(0x5eed);
    // game time, not wall time: Phaser's TweenManager (3.60+) reads Date.now, so tweens (and their onComplete)
    // must advance with the stepped frames, or a 1.5 s tween never ends in 200 fast frames
    S.dateBase = realDateNow();
    Date.now = function () { return S ? Math.floor(S.dateBase + (S.now || 0)) : realDateNow(); };
    installTimers();
    trackListeners();
    patchGame(opts);
    blockNetwork();
    window.__signals__ = undefined;
    return true;
  };

  H.load = function (code) {
    const el = document.createElement('script');
    // a function scope isolates top-level declarations between samples on one page; same line numbers
    el.textContent = '(function () {' + code + '\n}).call(window);';
    S.phase = 'script';
    const onloadBefore = window.onload;
    const firstListener = S.listeners.length;
    document.body.appendChild(el);
    el.remove();
    // the page has loaded long ago: programs that wait for load / DOMContentLoaded get those events now
    const late = S.listeners.slice(firstListener).filter(([t, type]) => (t === window || t === document) && (type === 'load' || type === 'DOMContentLoaded'));
    for (const [target, type, fn] of late) {
      try { if (typeof fn === 'function') fn.call(target, new Event(type)); else if (fn && fn.handleEvent) fn.handleEvent(new Event(type)); } catch (err) { recordError(errorInfo(err, 'script')); }
    }
    if (typeof window.onload === 'function' && window.onload !== onloadBefore) {
      try { window.onload(new Event('load')); } catch (err) { recordError(errorInfo(err, 'script')); }
    }
    S.phase = 'boot';
    return { games: S.games.length, errors: S.errors.length };
  };

  function game() { return S.games[0] || null; }

  H.waitBoot = function (timeoutMs) {
    return new Promise((resolve) => {
      const t0 = performance.now();
      const poll = () => {
        const g = game();
        if (g && g.loop && g.loop.__mcStarted) { resolve({ booted: true }); return; }
        // timers set while booting run on real time (the stepped clock starts with the first frame)
        S.now = performance.now() - t0;
        runTimers();
        if (S.errors.length) { resolve({ booted: false, reason: 'error' }); return; }
        if (performance.now() - t0 > timeoutMs) { resolve({ booted: false, reason: g ? 'boot_timeout' : 'no_game' }); return; }
        realSetTimeout(poll, 2);
      };
      poll();
    });
  };

  // input schedule: pointer on interactive objects (down, drag, up), clicks on the canvas, key presses
  function canvasPoint(g, x, y) {
    const canvas = g.canvas;
    const rect = canvas.getBoundingClientRect();
    const sx = rect.width / (g.scale.width || canvas.width || 1);
    const sy = rect.height / (g.scale.height || canvas.height || 1);
    return { x: rect.left + x * sx, y: rect.top + y * sy };
  }
  function mouse(type, g, x, y, buttons) {
    const p = canvasPoint(g, x, y);
    const init = { bubbles: true, cancelable: true, clientX: p.x, clientY: p.y, button: 0, buttons, view: window };
    const target = type === 'mouseup' ? window : g.canvas;
    target.dispatchEvent(new MouseEvent(type, init));
  }
  function wheel(g, x, y, dy) {
    const p = canvasPoint(g, x, y);
    g.canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: p.x, clientY: p.y, deltaY: dy, view: window }));
  }
  const KEYS = [['ArrowLeft', 37], ['ArrowRight', 39], ['ArrowUp', 38], ['ArrowDown', 40], [' ', 32, 'Space'], ['w', 87, 'KeyW'], ['a', 65, 'KeyA'], ['s', 83, 'KeyS'], ['d', 68, 'KeyD'], ['Enter', 13]];
  function key(type, k) {
    const ev = new KeyboardEvent(type, { key: k[0], code: k[2] || k[0], keyCode: k[1], which: k[1], bubbles: true, cancelable: true });
    window.dispatchEvent(ev);
  }
  function interactiveTargets(g) {
    const out = [];
    for (const scene of g.scene.getScenes(true)) {
      const list = scene.sys && scene.sys.displayList ? scene.sys.displayList.list : [];
      for (const obj of list) {
        if (obj && obj.input && obj.input.enabled && typeof obj.getBounds === 'function') {
          try {
            const b = obj.getBounds();
            const cam = scene.cameras && scene.cameras.main;
            const x = b.centerX - (cam ? cam.scrollX : 0);
            const y = b.centerY - (cam ? cam.scrollY : 0);
            if (isFinite(x) && isFinite(y)) out.push({ x, y, draggable: !!obj.input.draggable });
          } catch (err) { /* an object without bounds is skipped */ }
        }
        if (out.length >= 3) return out;
      }
    }
    return out;
  }
  // keys the program asked for itself (addKey/addKeys, 'keydown-Q' listeners) beyond the usual ones, at most 8
  function registeredKeys(g) {
    const codes = new Set();
    const named = Phaser.Input.Keyboard.KeyCodes;
    for (const scene of g.scene.getScenes(false)) {
      const kb = scene.sys && scene.sys.input && scene.sys.input.keyboard;
      if (!kb) continue;
      for (const k of kb.keys || []) if (k && typeof k.keyCode === 'number') codes.add(k.keyCode);
      for (const name of kb.eventNames ? kb.eventNames() : []) {
        const m = /^key(?:down|up)-(\w+)$/.exec(String(name));
        if (m && typeof named[m[1]] === 'number') codes.add(named[m[1]]);
      }
    }
    for (const k of KEYS) codes.delete(k[1]);
    return [...codes].slice(0, 8).map((c) => {
      const ch = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? String.fromCharCode(c) : '';
      return [ch ? ch.toLowerCase() : 'Unidentified', c, ch ? (c >= 65 ? 'Key' + ch : 'Digit' + ch) : ''];
    });
  }
  function buildInputSchedule(g, startFrame) {
    const w = g.scale.width || 800;
    const h = g.scale.height || 600;
    const acts = [];
    let f = startFrame;
    const targets = interactiveTargets(g);
    const points = targets.map((t) => [t.x, t.y]).concat([[w / 2, h / 2], [w * 0.25, h * 0.3], [w * 0.75, h * 0.7]]);
    for (const [x, y] of points.slice(0, 5)) {
      // a click released on the spot (pointerup / click handlers on the target), then a drag away from it
      acts.push({ f: f, a: () => { mouse('mousemove', g, x, y, 0); mouse('mousedown', g, x, y, 1); } });
      acts.push({ f: f + 1, a: () => mouse('mouseup', g, x, y, 0) });
      f += 3;
      acts.push({ f: f, a: () => { mouse('mousemove', g, x, y, 0); mouse('mousedown', g, x, y, 1); } });
      for (let i = 1; i <= 3; i++) acts.push({ f: f + i, a: () => mouse('mousemove', g, x + 12 * i, y + 8 * i, 1) });
      acts.push({ f: f + 4, a: () => mouse('mouseup', g, x + 36, y + 24, 0) });
      f += 6;
    }
    // a mouse wheel turn, both ways, over the middle of the canvas
    acts.push({ f, a: () => { mouse('mousemove', g, w / 2, h / 2, 0); wheel(g, w / 2, h / 2, 120); } });
    acts.push({ f: f + 1, a: () => wheel(g, w / 2, h / 2, -120) });
    f += 3;
    for (const k of KEYS.concat(registeredKeys(g))) {
      acts.push({ f, a: () => key('keydown', k) });
      acts.push({ f: f + 3, a: () => key('keyup', k) });
      f += 4;
    }
    return { acts, end: f };
  }

  function isLoading(g) {
    try {
      return g.scene.scenes.some((s) => s.sys.settings.status === Phaser.Scenes.LOADING);
    } catch (err) { return false; }
  }

  // advance frames until the target frame or the time budget: returns quickly so a stall is visible outside
  H.advance = function (targetFrames, budgetMs) {
    const t0 = performance.now();
    const g = game();
    if (!g) return { frame: S.frame, done: true, reason: 'no_game' };
    const loop = g.loop;
    if (S.clock === undefined) S.clock = (loop.lastTime || performance.now());
    while (S.frame < targetFrames) {
      if (S.errors.length && S.opts.stopOnError) return { frame: S.frame, done: true, reason: 'error' };
      // a scene waiting for its loader: hand the event loop back (files arrive as real events), count no frame
      if (isLoading(g) && (S.loadWaits = (S.loadWaits || 0) + 1) < S.opts.maxLoadWaits) {
        runTimers();
        return { frame: S.frame, done: false, loading: true };
      }
      if (S.opts.inputPhase && S.frame === S.opts.inputAfter && !S.inputBuilt) {
        S.inputBuilt = true;
        try { const sched = buildInputSchedule(g, S.frame); S.schedule = sched.acts; S.inputEnd = sched.end; } catch (err) { recordError(errorInfo(err, 'harness')); }
      }
      S.phase = S.inputBuilt && S.frame <= (S.inputEnd || 0) ? 'input' : (S.inputBuilt ? 'late_update' : 'update');
      for (const act of S.schedule) if (act.f === S.frame) { try { act.a(); } catch (err) { recordError(errorInfo(err, 'input')); } }
      S.clock += FRAME_MS;
      S.now += FRAME_MS;
      const render = (S.frame % S.opts.renderEvery === 0) || S.frame === targetFrames - 1;
      const renderer = g.renderer;
      const origRender = g.scene.render;
      if (!render) g.scene.render = function () {};
      try {
        runTimers();
        if (!g.pendingDestroy) loop.step(S.clock);
      } catch (err) {
        if (!(err && typeof err === 'object' && err.__mcSeen)) recordError(errorInfo(err, 'step'));
      } finally {
        if (!render) g.scene.render = origRender;
      }
      void renderer;
      // a canvas is blank only if it never showed anything: sample it now and then (fades pass through empty frames)
      if (render && S.frame % 48 === 0 && !S.everDrawn && g.canvas) {
        const st = canvasStats(g.canvas);
        if (st.blank === false) S.everDrawn = true;
      }
      S.frame++;
      if (performance.now() - t0 > budgetMs) break;
    }
    return { frame: S.frame, done: S.frame >= targetFrames, phase: S.phase };
  };

  // blank-canvas check on a small copy of the canvas (works for CANVAS and WebGL with preserveDrawingBuffer)
  const probe = document.createElement('canvas');
  probe.width = 160;
  probe.height = 120;
  function canvasStats(canvas) {
    try {
      const ctx = probe.getContext('2d', { willReadFrequently: true });
      ctx.clearRect(0, 0, probe.width, probe.height);
      ctx.drawImage(canvas, 0, 0, probe.width, probe.height);
      const data = ctx.getImageData(0, 0, probe.width, probe.height).data;
      const colors = new Set();
      for (let o = 0; o < data.length; o += 4) {
        colors.add((data[o] << 24) ^ (data[o + 1] << 16) ^ (data[o + 2] << 8) ^ data[o + 3]);
        if (colors.size > 64) break;
      }
      return { blank: colors.size <= 1, distinct_colors: colors.size };
    } catch (err) {
      return { blank: null, error: String(err) };
    }
  }

  H.finish = function (wantShot) {
    const g = game();
    const out = {
      game_created: S.games.length > 0,
      booted: !!(g && g.isBooted),
      frames: S.frame,
      errors: S.errors,
      console_errors: S.consoleErrors,
      lifecycle: { preload: [...S.lifecycle.preload], create: [...S.lifecycle.create], update: [...S.lifecycle.update] },
      signals: null,
      canvas: null,
      screenshot: null,
    };
    try { out.signals = window.__signals__ === undefined ? null : JSON.parse(JSON.stringify(window.__signals__)); } catch (err) { out.signals = { error: String(err) }; }
    if (g && g.canvas) {
      out.canvas = Object.assign({ width: g.canvas.width, height: g.canvas.height }, canvasStats(g.canvas));
      out.canvas.blank_at_end = out.canvas.blank;
      if (S.everDrawn && out.canvas.blank) out.canvas.blank = false;
      if (wantShot) { try { out.screenshot = g.canvas.toDataURL('image/png'); } catch (err) { out.screenshot = null; } }
    }
    return out;
  };

  // tear the sample down so the next one starts clean on the same page
  H.cleanup = function () {
    if (!S) return true;
    for (const g of S.games) {
      try { g.destroy(true, false); if (g.runDestroy) g.runDestroy(); } catch (err) { /* already half destroyed */ }
    }
    EventTarget.prototype.addEventListener = realAdd;
    for (const [target, type, fn, opts] of S.listeners) { try { realRemove.call(target, type, fn, opts); } catch (err) { /* ignore */ } }
    restoreTimers();
    restoreNetwork();
    Math.random = realRandom;
    Date.now = realDateNow;
    window.onload = null;
    try { localStorage.clear(); sessionStorage.clear(); } catch (err) { /* storage disabled */ }
    Phaser.Game = OrigGame;
    for (const k of Object.getOwnPropertyNames(window)) {
      if (!baseWindowKeys.has(k) && k !== '__mc') { try { delete window[k]; } catch (err) { /* non-configurable */ } }
    }
    for (const node of Array.from(document.body.childNodes)) if (!baseBodyChildren.has(node)) node.remove();
    for (const node of Array.from(document.head.childNodes)) if (node.tagName === 'STYLE' || node.tagName === 'CANVAS') node.remove();
    S = null;
    return true;
  };

  // reflection: member names of live Phaser classes and namespaces that the JSDoc dump may leave out
  H.reflect = function (classNames, namespaceNames) {
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
    return { instance, static: statics };
  };
})();
