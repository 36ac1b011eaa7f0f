"""Hostile programs against L3: each must get the right verdict, and so must the canary programs that run after it on
the same page (a working one passes, broken ones fail), while a TCP and a UDP listener on 127.0.0.1 receive nothing.

The programs run on one page (``pages: 1``), in order: hostile, working canary, broken canary, next hostile, ...
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
from typing import Any

import pytest

from modelcall.validator.config import RuntimeConfig
from modelcall.validator.layers.base import Sample
from modelcall.validator.layers.runtime import RuntimeLayer

pytestmark = pytest.mark.browser


def game(create: str = "", update: str = "", top: str = "", after: str = "") -> str:
    """A small working game with hostile code at the top level, in create, in update or after the game starts."""
    return (f"{top}\nclass Main extends Phaser.Scene {{\n  constructor() {{ super('main'); this.n = 0; }}\n  preload() {{}}\n"
            f"  create() {{\n    this.add.graphics().fillStyle(0x3366ff).fillRect(20, 20, 120, 90);\n{create}\n  }}\n"
            f"  update() {{\n    this.n += 1;\n{update}\n  }}\n}}\n"
            f"const game = new Phaser.Game({{ type: Phaser.AUTO, width: 400, height: 300, scene: Main }});\n{after}\n")


# ---------------------------------------------------------------------------------------------------- canaries
CANARY_OK = game(create="""
    if (localStorage.getItem('poison') || sessionStorage.getItem('poison') || document.cookie.indexOf('poison') >= 0
        || window.name || history.length > 2) throw new Error('state leaked from an earlier program');
    if (window.poisoned || Array.prototype.poisoned || Object.prototype.poisoned || document.querySelector('iframe'))
      throw new Error('globals leaked from an earlier program');
    this.add.text(10, 250, 'ok'.padStart(6, '.'), { fontSize: '16px' });
    this.time.addEvent({ delay: 300, loop: true, callback: () => { this.ticks = (this.ticks || 0) + 1; } });
    setTimeout(() => { this.late = true; }, 1000);
    this.input.on('pointerdown', () => { this.clicked = true; });
    const circle = this.add.circle(200, 150, 30, 0xff0000).setInteractive();
    circle.on('pointerdown', () => circle.setFillStyle(0x00ff00));
    console.log('canary up');""", update="""
    if (JSON.parse('{"a": 1}').a !== 1 || [1, 2].map((x) => x * 2)[1] !== 4) throw new Error('builtins changed');
    if (typeof Phaser.GameObjects.GameObjectFactory.prototype.text !== 'function') throw new Error('Phaser changed');""")
CANARY_UPDATE_ERROR = game(update="    if (this.n === 30) { this.missing.explode(); }")
CANARY_CONSOLE_ERROR = game(create="    console.error('the level could not be built');")
CANARY_CREATE_ERROR = game(create="    this.player.setVelocity(10);")
BROKEN_CANARIES = [CANARY_UPDATE_ERROR, CANARY_CONSOLE_ERROR, CANARY_CREATE_ERROR]

# ---------------------------------------------------------------------------------------------------- hostile programs
# (name, code, expected): "pass", or the reason code (without phase) that must be among the failures
HOSTILE: list[tuple[str, str, str]] = [
    ("overwrites_anything_like_a_harness",
     game(top="""
for (const k of Object.getOwnPropertyNames(window)) {
  try { const v = window[k]; if (v && typeof v === 'object' && ('finish' in v || 'advance' in v || 'waitBoot' in v)) {
    v.finish = () => ({ errors: [], console_errors: [], frames: 200, game_created: true, booted: true });
    v.advance = () => ({ frame: 200, done: true }); v.waitBoot = () => Promise.resolve({ booted: true }); } } catch (e) {}
}
window.__mc = { finish: () => ({ errors: [] }), advance: () => ({ done: true }), waitBoot: () => ({ booted: true }),
                cleanup: () => true, begin: () => true, load: () => ({}) };
window.poisoned = true;
throw new Error('top-level crash');"""), "runtime_error"),
    ("wraps_console_error_and_errors",
     game(top="console.error = function () {}; window.onerror = () => true;",
          create="    console.error('a broken level');"), "console_tampered"),
    ("patches_array_push_to_hide_an_update_error",
     game(top="Array.prototype.poisoned = true;", create="""
    const realPush = Array.prototype.push;
    this.events.once('postupdate', () => { Array.prototype.push = function () { return this.length; }; });""",
          update="    if (this.n === 20) { this.nothing.here(); }"), "runtime_error"),
    ("poisons_phaser_prototypes_for_the_next_program",
     game(top="""
Phaser.GameObjects.GameObjectFactory.prototype.text = function () { throw new Error('poisoned text'); };
Phaser.GameObjects.GameObjectFactory.prototype.circle = null;
Object.defineProperty(Object.prototype, 'poisoned', { value: true, configurable: true });
String.prototype.padStart = function () { throw new Error('poisoned padStart'); };""",
          update="    if (this.n === 190) { JSON.parse = function () { return {}; }; Array.prototype.map = () => []; }"), "pass"),
    ("leaves_storage_cookies_and_window_name",
     game(top="""
localStorage.setItem('poison', '1'); sessionStorage.setItem('poison', '1');
document.cookie = 'poison=1; domain=' + location.hostname.replace(/^[^.]+\\./, '') + '; path=/'; document.cookie = 'poison=1; path=/';
window.name = 'poison'; history.pushState({}, '', '#a'); history.pushState({}, '', '#b');
try { indexedDB.open('poison'); } catch (e) {}"""), "pass"),
    ("timers_and_tasks_that_fire_after_it_ended",
     # an iframe's timers wait on the page clock too, 25 s: past the longest run (20 s of game time); the page clock
     # stops with the run's last frame (3.3 s of game time), so the tasks on it never reach 5 s
     game(top="""
const frame = document.body.appendChild(document.createElement('iframe'));
frame.contentWindow.setTimeout(() => { throw new Error('late iframe timer'); }, 25000);
const start = performance.now();
const tick = () => { if (performance.now() - start > 5000) throw new Error('late idle callback'); requestIdleCallback(tick); };
requestIdleCallback(tick);
const ch = new MessageChannel(); let pings = 0;
ch.port1.onmessage = () => { if (performance.now() - start > 5000) throw new Error('late message'); if (++pings < 1e6) setTimeout(() => ch.port2.postMessage(0), 0); };
ch.port2.postMessage(0);
Promise.resolve().then(() => new Promise((r) => frame.contentWindow.setTimeout(r, 25000))).then(() => { throw new Error('late rejection'); });"""),
     "pass"),
    # the same task loop, crashing at 1.5 s of page time: a browser runs into it, so the harness must too
    ("tasks_that_crash_after_a_second_and_a_half_of_page_time",
     game(top="""
const start = performance.now();
const ch = new MessageChannel(); let pings = 0;
ch.port1.onmessage = () => { if (performance.now() - start > 1500) throw new Error('late message'); if (++pings < 1e6) setTimeout(() => ch.port2.postMessage(0), 0); };
ch.port2.postMessage(0);"""), "runtime_error"),
    # (its worker throws after 5 s: after its own run of 3.3 s, which keeps a browser's pace because it has a worker)
    ("workers_that_keep_running",
     game(top="""
const src = "let n = 0; setInterval(() => { n++; if (n > 50) throw new Error('worker'); postMessage(n); }, 100); while (Date.now() < 0) {}";
const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
w.onmessage = () => {};
try { new SharedWorker(URL.createObjectURL(new Blob(['onconnect = (e) => e.ports[0].postMessage(1)'], { type: 'text/javascript' })), 'poison'); } catch (e) {}"""),
     "pass"),
    ("service_worker_and_frames",
     game(top="""
try { navigator.serviceWorker.register('/sw.js').catch(() => {}); } catch (e) {}
const f = document.createElement('iframe'); f.srcdoc = '<script>top.poisoned = true; setInterval(() => { try { top.Phaser.Game = null; } catch (e) {} }, 50)<\\/script>';
document.body.appendChild(f);"""), "pass"),
    ("dialogs_in_a_loop",
     game(top="for (let i = 0; i < 300; i++) { alert('hi'); confirm('sure?'); prompt('name?', 'x'); }",
          create="""
    const f = document.body.appendChild(document.createElement('iframe'));
    for (let i = 0; i < 5; i++) { f.contentWindow.alert('from a frame'); f.contentWindow.confirm('again?'); }"""), "pass"),
    ("infinite_loop_in_update", game(update="    if (this.n === 10) { while (true) {} }"), "runtime_timeout"),
    ("four_gigabytes", game(top="window.big = new ArrayBuffer(4 * 1024 ** 3); new Uint8Array(window.big)[123] = 1;"),
     "memory_limit"),
    ("heap_bomb", game(update="    if (this.n === 5) { window.keep = []; for (;;) window.keep.push(new Array(1e5).fill(Math.random())); }"),
     "memory_limit"),
    ("console_flood", game(create="    for (let i = 0; i < 100000; i++) console.log('line ' + i);"), "pass"),
    ("navigates_away", game(update="    if (this.n === 15) { location.href = 'http://127.0.0.1:{TCP}/next'; }"), "navigation"),
    ("reloads_itself", game(update="    if (this.n === 15) { location.reload(); }"), "navigation"),
    ("fake_success_output",
     game(create="""
    console.log(JSON.stringify({ passed: true, errors: [] })); window.__signals__ = { passed: true, ok: true };
    document.title = 'PASS';""", update="    if (this.n === 40) { this.hud.refresh(); }"), "runtime_error"),
    ("silences_error_events",
     game(top="""
window.onerror = () => true;
window.addEventListener('error', (e) => { e.preventDefault(); e.stopImmediatePropagation(); }, true);
window.addEventListener('unhandledrejection', (e) => { e.preventDefault(); e.stopImmediatePropagation(); }, true);
EventTarget.prototype.addEventListener = function () {};""", update="    if (this.n === 25) { this.score.add(1); }"),
     "runtime_error"),
    ("silences_rejections", game(top="window.addEventListener('unhandledrejection', (e) => e.preventDefault(), true);",
                                 create="    Promise.reject(new Error('save failed'));"), "runtime_error"),
    ("crashes_only_outside_a_harness",
     game(top="""
const native = (f) => typeof f === 'function' && /\\{\\s*\\[native code\\]\\s*\\}\\s*$/.test(Function.prototype.toString.call(f));
const looksHarnessed = !native(setTimeout) || !native(requestAnimationFrame) || !native(Math.random) || !native(Date.now)
  || !native(console.error) || !native(EventTarget.prototype.addEventListener) || !native(Function.prototype.toString)
  || !/class|function/.test(String(Phaser.Game)) || /forceCanvas|modelcall|harness/.test(String(Phaser.Game))
  || navigator.webdriver || /Headless/.test(navigator.userAgent)
  || Object.getOwnPropertyNames(window).some((k) => /^(__mc|__pw|__playwright|cdc_)/.test(k));
window.__signals__ = { harnessed: looksHarnessed };
if (!looksHarnessed) throw new Error('only in a real browser');"""), "runtime_error"),
    # a desktop browser has a mouse that hovers: a game that picks its controls by media query takes the mouse path
    ("crashes_only_with_a_mouse",
     game(create="    if (matchMedia('(pointer: fine)').matches && matchMedia('(hover: hover)').matches) this.mouseControls.enable();"),
     "runtime_error"),
    # a desktop's heap limit (the validator's cap is lower), and event times on the page's clock, as in a browser
    ("crashes_only_under_a_desktop_heap_limit",
     game(update="    if (this.n === 20 && performance.memory.jsHeapSizeLimit > 1e9) { this.enemy.hit(); }"), "runtime_error"),
    ("crashes_only_when_event_times_follow_the_clock",
     game(update="""    if (this.n === 100 && Math.abs(new Event('x').timeStamp - performance.now()) < 200
      && Math.abs(new File([], 'x').lastModified - Date.now()) < 200) { this.enemy.hit(); }"""), "runtime_error"),
    ("crashes_only_when_a_mark_follows_the_clock",
     game(update="    if (this.n === 100 && Math.abs(performance.mark('m').startTime - performance.now()) < 200) { this.enemy.hit(); }"),
     "runtime_error"),
    # the classic headless tells: a desktop Chrome has window.chrome, the PDF viewer's plugins, a window frame
    # around the page and a screen larger than the page
    ("crashes_only_in_a_desktop_chrome",
     game(top="""
const gpu = () => { const gl = document.createElement('canvas').getContext('webgl'); const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) + gl.getParameter(info.UNMASKED_VENDOR_WEBGL) : ''; };""", update="""    if (this.n === 20 && window.chrome && typeof chrome.loadTimes === 'function' && navigator.plugins.length === 5
      && navigator.plugins[0].name === 'PDF Viewer' && navigator.mimeTypes.namedItem('application/pdf')
      && navigator.pdfViewerEnabled && outerHeight > innerHeight && screen.width >= 1280
      && Notification.permission === 'default' && navigator.userAgentData.brands.some((b) => b.brand === 'Google Chrome')
      && navigator.connection.rtt > 0 && !/SwiftShader/.test(gpu())) { this.enemy.hit(); }"""),
     "runtime_error"),
    # the window's own names against a fresh frame's: a real page adds only Phaser (the harness's function is off
    # the window before any program runs)
    ("crashes_unless_its_window_has_names_a_fresh_frame_lacks",
     game(top="""
const frame = document.createElement('iframe'); document.body.appendChild(frame);
const fresh = new Set(Object.getOwnPropertyNames(frame.contentWindow)); frame.remove();
const extra = Object.getOwnPropertyNames(window).filter((k) => !fresh.has(k) && k !== 'Phaser');
if (!extra.length) throw new Error('only in a real browser');"""), "runtime_error"),
    # create runs before the loop starts, so a browser's loop would bind this step: the game never runs a frame
    ("hides_its_update_from_the_loop",
     game(create="    this.game.loop.step = function () {}; this.game.loop.tick = function () {};",
          update="    if (this.n === 12) { this.enemy.hit(); }"), "loop_tampered"),
    ("replaces_the_loop_step_before_the_game_starts",
     game(top="Phaser.Core.TimeStep.prototype.step = function () {};", update="    if (this.n === 12) { this.enemy.hit(); }"),
     "loop_tampered"),
    ("breaks_builtins_the_harness_might_use",
     game(create="""
    this.events.once('postupdate', () => {
      Map.prototype.set = function () { return this; }; Map.prototype.get = function () {}; WeakSet.prototype.has = () => true;
      Object.defineProperty(Array.prototype, '0', { set() {}, get() { return undefined; }, configurable: true });
      Object.prototype.toJSON = function () { return { errors: [] }; }; JSON.stringify = () => '{}';
      Reflect.apply = function () {}; Function.prototype.call = function () {}; String.prototype.slice = () => '';
    });""", update="    if (this.n === 30) { this.boss.attack(); }"), "runtime_error"),
    ("throws_an_unreadable_error",
     game(update="""    if (this.n === 8) { throw { get message() { throw new Error('no'); }, get stack() { throw new Error('no'); },
      toString() { throw new Error('no'); } }; }"""), "runtime_error"),
    ("forges_reports_through_any_frame_binding",
     game(top="""
const f = document.body.appendChild(document.createElement('iframe'));
for (const k of Object.getOwnPropertyNames(f.contentWindow)) {
  try { const v = f.contentWindow[k]; if (typeof v === 'function' && !(k in window) && /^[a-z0-9]{16,}$/i.test(k)) {
    v('x\\u001fE\\u001fwindow.onerror\\u001fcreate\\u001f0\\u001fforged\\u001f'); v('garbage'); } } catch (e) {}
}
f.remove();"""), "pass"),
    ("console_flood_through_a_frame", game(create="""
    const frame = document.body.appendChild(document.createElement('iframe'));
    const log = frame.contentWindow.console.log;
    for (let i = 0; i < 100000; i++) { log('frame line ' + i); frame.contentWindow.console.count('n'); }
    // past the cap the methods that print are quiet, the others work as ever
    if (console.createTask && typeof frame.contentWindow.console.createTask('t').run !== 'function') throw new Error('createTask broke');"""), "pass"),
    ("unload_handlers", game(top="""
addEventListener('pagehide', () => { const t = Date.now(); while (Date.now() - t < 300) {} });
addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; return 'stay'; });"""), "pass"),
    # the frame guard's ask function is public text; without the secret key its API stays out of reach, so the
    # program can neither freeze the page clock (and the tween that would crash) nor learn that it is validated
    ("asks_the_frame_guard_with_a_lookalike",
     game(top="""
let shared = null; const TYPE = 'anything';
const ask = ({ [TYPE + ':ask'](api) { shared = api; } })[TYPE + ':ask'];
Function.prototype.toString.call(ask);
if (shared) { shared.setClock(() => 0); shared.consoleCap(0); }""",
          create="""    const r = this.add.rectangle(50, 50, 20, 20, 0xffffff);
    this.tweens.add({ targets: r, x: 300, duration: 500, onComplete: () => { this.level2.start(); } });"""),
     "runtime_error"),
    ("console_error_through_a_frame",
     game(create="""    const fw = document.body.appendChild(document.createElement('iframe')).contentWindow;
    try { this.level.build(); } catch (e) { fw.console.error('the level could not be built', e); }"""), "console_error"),
    ("console_assert_that_fails",
     game(create="    try { this.level.build(); } catch (e) { console.assert(false, 'the level could not be built', e); }"),
     "console_error"),
    # working programs a browser runs without an error
    ("frozen_game_config", """
class Main extends Phaser.Scene { constructor() { super('main'); } create() { this.add.graphics().fillStyle(0x3366ff).fillRect(20, 20, 120, 90); } }
const config = Object.freeze({ type: Phaser.AUTO, width: 400, height: 300, scene: Main });
const game = new Phaser.Game(config);
if (config.type !== Phaser.AUTO || config.seed !== undefined) throw new Error('my config was changed');""", "pass"),
    ("starts_on_pageshow", """
class Main extends Phaser.Scene { constructor() { super('main'); } create() { this.add.graphics().fillStyle(0x3366ff).fillRect(20, 20, 120, 90); } }
window.addEventListener('pageshow', (e) => { if (e.persisted !== false) throw new Error('not a pageshow'); window.game = new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: Main }); });""",
     "pass"),
    ("top_level_declarations_on_window", """
var CONFIG = { colour: 0x3366ff };
function spawn(scene) { scene.add.graphics().fillStyle(window.CONFIG.colour).fillRect(20, 20, 120, 90); }
class Main extends Phaser.Scene { constructor() { super('main'); } create() { window['spawn'](this); } }
var game = new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: Main });
if (window.game !== game || document.currentScript.text.indexOf('var CONFIG') < 0) throw new Error('not a plain script');""", "pass"),
    ("an_image_element_that_fails_to_load",
     game(create="    const i = document.createElement('img'); i.src = 'assets/logo'; document.body.appendChild(i);"), "pass"),
    ("sleeps_its_game_loop",
     game(update="    if (this.n === 10) this.game.loop.sleep();\n    if (this.n === 50) this.enemy.hit();"), "pass"),
    # code that a browser runs later than the harness once did: awaited timers, a second game, a game made again
    ("crashes_after_an_async_chain_of_timers",
     game(create="""    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const after = (ms) => new Promise((r) => this.time.delayedCall(ms, r));
    (async () => { for (let i = 0; i < 5; i++) { await wait(100); await after(50); } this.boss.spawn(); })();"""),
     "runtime_error"),
    ("crashes_in_a_second_game_beside_a_decoy", """
class Decoy extends Phaser.Scene { constructor() { super('Decoy'); } create() { this.add.graphics().fillStyle(0x3366ff).fillRect(0, 0, 10, 10); } }
class Real extends Phaser.Scene { constructor() { super('Real'); this.n = 0; }
  create() { this.add.graphics().fillStyle(0x3366ff).fillRect(20, 20, 120, 90); }
  update() { this.n += 1; if (this.n === 20) this.enemy.hit(); } }
const decoy = new Phaser.Game({ type: Phaser.AUTO, width: 10, height: 10, scene: Decoy });
const game = new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: Real });""", "runtime_error"),
    ("crashes_in_a_game_made_again_after_destroy", """
class Level extends Phaser.Scene { constructor() { super('Level'); this.n = 0; }
  create() { this.add.graphics().fillStyle(0x3366ff).fillRect(20, 20, 120, 90); }
  update() { this.n += 1; if (this.n === 20) this.enemy.hit(); } }
class Menu extends Phaser.Scene { constructor() { super('Menu'); }
  create() { this.add.graphics().fillStyle(0x3366ff).fillRect(20, 20, 120, 90);
    this.time.delayedCall(300, () => { this.game.destroy(true); window.level = new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: Level }); }); } }
const game = new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: Menu });""", "runtime_error"),
    # input the harness once never sent: each handler crashes, as it would under a player's hand
    ("crashes_on_its_fifth_button",
     game(create="""    for (let i = 0; i < 5; i++) { const b = this.add.rectangle(40 + 70 * i, 200, 50, 40, 0x00aa00).setInteractive();
      b.on('pointerdown', () => { if (i === 4) this.shop.open(); }); }"""), "runtime_error"),
    ("crashes_on_a_button_in_a_container",
     game(create="""    const panel = this.add.container(320, 60); const btn = this.add.rectangle(0, 0, 80, 40, 0x00aa00).setInteractive();
    btn.on('pointerdown', () => this.shop.open()); panel.add([this.add.rectangle(0, 0, 120, 80, 0x333333), btn]);"""),
     "runtime_error"),
    ("crashes_on_a_button_shown_after_two_seconds",
     game(create="""    this.time.delayedCall(2000, () => { const b = this.add.rectangle(200, 150, 120, 60, 0xaa0000).setInteractive();
      b.on('pointerdown', () => this.restartMenu.show()); });"""), "runtime_error"),
    ("crashes_on_a_right_click", game(create="    this.input.on('pointerdown', (p) => { if (p.rightButtonDown()) this.menu.open(); });"),
     "runtime_error"),
    ("crashes_on_the_pause_key",
     game(create="    this.input.keyboard.on('keydown', (e) => { if (e.key === 'p' || e.key === 'Escape') this.pauseMenu.show(); });"),
     "runtime_error"),
    # memory outside the JavaScript heap: 30 canvases of 4096 x 4096 (about 2 GB of pixels)
    ("canvas_bomb", game(create="""    window.cs = []; for (let i = 0; i < 30; i++) { const c = document.createElement('canvas'); c.width = c.height = 4096;
      const x = c.getContext('2d'); x.fillStyle = '#f00'; x.fillRect(0, 0, 4096, 4096); window.cs.push(c); }"""),
     "memory_limit|runtime_timeout"),
    # the same memory taken and given back within one frame: the renderer's peak is what a desktop's would have to hold
    ("lets_go_of_its_canvases_before_anyone_looks", game(create="""    const cs = []; for (let i = 0; i < 24; i++) {
      const c = document.createElement('canvas'); c.width = c.height = 4096;
      const x = c.getContext('2d'); x.fillStyle = '#f00'; x.fillRect(0, 0, 4096, 4096); cs.push(c); }
    for (const c of cs) c.width = c.height = 0;"""), "memory_limit|runtime_timeout"),
    # textures live in the GPU process, which may drop some of them before the end of the run
    ("webgl_texture_bomb", game(create="""    const gl = document.createElement('canvas').getContext('webgl'); window.tx = [];
    const px = new Uint8Array(4096 * 4096 * 4);
    for (let i = 0; i < 30; i++) { const t = gl.createTexture(); gl.bindTexture(gl.TEXTURE_2D, t);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, 4096, 4096, 0, gl.RGBA, gl.UNSIGNED_BYTE, px); window.tx.push(t); }
    gl.finish();"""), "memory_limit|runtime_timeout"),
    # what only the browser's own rendering steps deliver (they never ran while the harness stepped the game)
    ("crashes_in_a_resize_observer", game(create="    new ResizeObserver(() => this.layout.refresh()).observe(this.game.canvas);"),
     "runtime_error"),
    ("crashes_in_an_intersection_observer",
     game(create="    new IntersectionObserver(() => this.hud.show()).observe(this.game.canvas);"), "runtime_error"),
    ("crashes_when_a_css_transition_ends",
     game(create="""    const d = document.body.appendChild(document.createElement('div')); d.textContent = 'Ready';
    d.style.transition = 'opacity 0.4s'; d.getBoundingClientRect(); d.style.opacity = '0';
    d.addEventListener('transitionend', () => this.level.begin());"""), "runtime_error"),
    ("crashes_when_a_web_animation_finishes",
     game(create="""    const d = document.body.appendChild(document.createElement('div')); d.textContent = 'Level 1';
    d.animate([{ transform: 'scale(1)' }, { transform: 'scale(2)' }], { duration: 1200 }).onfinish = () => this.level.begin();"""),
     "runtime_error"),
    ("crashes_in_an_iframe_animation_frame",
     game(create="""    const f = document.body.appendChild(document.createElement('iframe'));
    let n = 0; const tick = () => { if (++n === 100) this.hud.update(); f.contentWindow.requestAnimationFrame(tick); };
    f.contentWindow.requestAnimationFrame(tick);"""), "runtime_error"),
    # a worker works on the wall clock: its reply after 300 ms comes at frame 18 of a browser
    ("crashes_on_a_late_worker_reply",
     game(create="""    const w = new Worker(URL.createObjectURL(new Blob(["onmessage = () => setTimeout(() => postMessage(3), 300)"])));
    w.onmessage = (e) => this.level.build(e.data); w.postMessage('go');"""), "runtime_error"),
    ("crashes_only_when_its_worker_keeps_the_page_time",
     game(create="""    this.w = new Worker(URL.createObjectURL(new Blob(['onmessage = () => postMessage(Date.now())'])));
    this.w.onmessage = (e) => { if (Math.abs(e.data - Date.now()) < 200) this.enemy.hit(); };""",
          update="    if (this.n === 90) this.w.postMessage(0);"), "runtime_error"),
    # a program that reads whether its input is a user's: the browser's own input pipeline sends it then
    ("crashes_only_on_a_trusted_click",
     game(create="""    const b = this.add.rectangle(200, 150, 100, 60, 0x00ff00).setInteractive();
    b.on('pointerdown', (p) => { if (p.event.isTrusted) this.menu.open(); });"""), "runtime_error"),
    ("crashes_only_on_a_trusted_key",
     game(create="    this.input.keyboard.on('keydown-SPACE', (e) => { if (e.isTrusted && e.sourceCapabilities !== undefined) this.jump.go(); });"),
     "runtime_error"),
    ("crashes_only_when_a_trusted_drag_moves",
     game(create="""    const b = this.add.rectangle(200, 150, 100, 60, 0x00ff00).setInteractive({ draggable: true });
    b.on('drag', (p, x, y) => { if (p.event.isTrusted && p.event.sourceCapabilities) this.trail.add(x, y); });"""), "runtime_error"),
    # tasks that wait on a clock of their own: a delayed scheduler task, a signal that times out, a frame's timer
    ("crashes_in_a_delayed_scheduler_task", game(create="    scheduler.postTask(() => this.level.build(), { delay: 500 });"),
     "runtime_error"),
    ("crashes_when_a_signal_times_out",
     game(create="    AbortSignal.timeout(500).addEventListener('abort', () => this.level.build());"), "runtime_error"),
    ("crashes_in_a_frame_timer",
     game(create="""    const f = document.body.appendChild(document.createElement('iframe'));
    f.contentWindow.setTimeout(() => this.level.build(), 500);"""), "runtime_error"),
    # a removed frame's timers never run (in a browser neither)
    ("a_removed_frame_timer_never_runs",
     game(create="""    const f = document.body.appendChild(document.createElement('iframe'));
    f.contentWindow.setInterval(() => this.level.build(), 500); f.remove();"""), "pass"),
    ("crashes_in_an_idle_callback", game(create="    requestIdleCallback((deadline) => { if (deadline.timeRemaining() >= 0) this.score.reset(); });"),
     "runtime_error"),
    # a heavy loop measured on the page clock takes time, as in a browser (it once read 0 ms)
    ("crashes_only_when_a_heavy_loop_takes_no_time",
     game(update="""    if (this.n === 20) { const t = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) { x += i % 3; }
      this.x = x; if (performance.now() - t >= 1) this.enemy.hit(); }"""), "runtime_error"),
    # programs that look for signs of the harness in Phaser's own objects and crash only where they find none
    ("crashes_only_when_its_scene_update_is_its_own",
     game(update="    if (this.n === 20 && this.sys.sceneUpdate === this.update) { this.enemy.hit(); }"), "runtime_error"),
    ("crashes_only_when_frame_deltas_are_not_exactly_a_sixtieth",
     game(update="""    if (this.n === 20 && (Math.abs(this.game.loop.rawDelta - 1000 / 60) > 1e-6
      || Math.abs(this.game.loop.delta - 1000 / 60) > 1e-6)) { this.enemy.hit(); }"""), "runtime_error"),
    ("crashes_only_when_its_patched_loop_step_runs",
     game(top="let stepped = 0; const ownStep = Phaser.Core.TimeStep.prototype.step;\n"
              "Phaser.Core.TimeStep.prototype.step = function (time) { stepped += 1; return ownStep.call(this, time); };",
          update="    if (this.n === 20 && stepped > 0) { this.enemy.hit(); }"), "runtime_error"),
    ("crashes_only_when_every_frame_renders",
     game(create="    this.renders = 0; this.events.on('render', () => { this.renders += 1; });",
          update="""    if (this.n === 40 && this.renders >= 38 && !Object.prototype.hasOwnProperty.call(this.game.scene, 'render')) {
      this.enemy.hit(); }"""), "runtime_error"),
]

# packets: every API a page has to reach the host; the listeners must get nothing
NETWORK = game(top="""
const T = 'http://127.0.0.1:{TCP}', W = 'ws://127.0.0.1:{TCP}';
const tryIt = (f) => { try { const p = f(); if (p && p.catch) p.catch(() => {}); } catch (e) {} };
tryIt(() => new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:{UDP}' },
  { urls: 'turn:127.0.0.1:{TCP}?transport=tcp', username: 'u', credential: 'p' },
  { urls: 'turn:127.0.0.1:{UDP}?transport=udp', username: 'u', credential: 'p' }] })).createDataChannel
  && (() => { const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:{UDP}' },
      { urls: 'turn:127.0.0.1:{TCP}?transport=tcp', username: 'u', credential: 'p' }] });
      pc.createDataChannel('x'); pc.createOffer().then((o) => pc.setLocalDescription(o)).catch(() => {}); window.pc = pc; })();
tryIt(() => fetch(T + '/fetch'));
tryIt(() => { const x = new XMLHttpRequest(); x.open('GET', T + '/xhr'); x.send(); });
tryIt(() => new WebSocket(W + '/ws'));
tryIt(() => new EventSource(T + '/es'));
tryIt(() => navigator.sendBeacon(T + '/beacon', 'x'));
tryIt(() => { const i = new Image(); i.src = T + '/img.png'; });
tryIt(() => { const l = document.createElement('link'); l.rel = 'prefetch'; l.href = T + '/prefetch'; document.head.appendChild(l); });
tryIt(() => { const l = document.createElement('link'); l.rel = 'preconnect'; l.href = T; document.head.appendChild(l); });
tryIt(() => { const f = document.createElement('iframe'); f.src = T + '/frame'; document.body.appendChild(f); });
tryIt(() => { const f = document.createElement('iframe'); document.body.appendChild(f);
  const w = f.contentWindow; new w.WebSocket(W + '/frame-ws'); w.fetch(T + '/frame-fetch').catch(() => {});
  new w.EventSource(T + '/frame-es'); });
tryIt(() => window.open(T + '/popup'));
tryIt(() => { const src = "try { new WebSocket('" + W + "/worker-ws'); } catch (e) {} fetch('" + T + "/worker-fetch').catch(() => {});"
  + " try { const x = new XMLHttpRequest(); x.open('GET', '" + T + "/worker-xhr'); x.send(); } catch (e) {}";
  new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' }))); });
tryIt(() => { const a = document.createElement('a'); a.href = T + '/download'; a.download = 'x'; document.body.appendChild(a); a.click(); });
// a secure context has WebTransport: QUIC datagrams to an address (no name to resolve)
tryIt(() => { const t = new WebTransport('https://127.0.0.1:{UDP}/wt'); t.ready.catch(() => {}); t.closed.catch(() => {}); window.wt = t; });
""")


class Listener:
    """A TCP and a UDP socket on 127.0.0.1 that record every connection or datagram."""

    def __init__(self) -> None:
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(16)
        self.tcp.settimeout(0.2)
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.udp.settimeout(0.2)
        self.tcp_port = self.tcp.getsockname()[1]
        self.udp_port = self.udp.getsockname()[1]
        self.received: list[str] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True), threading.Thread(target=self._recv, daemon=True)]
        for thread in self._threads:
            thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, addr = self.tcp.accept()
            except OSError:
                continue
            self.received.append(f"tcp connection from {addr}")
            conn.close()

    def _recv(self) -> None:
        while not self._stop.is_set():
            try:
                data, addr = self.udp.recvfrom(4096)
            except OSError:
                continue
            self.received.append(f"udp datagram of {len(data)} bytes from {addr}")

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(2)
        self.tcp.close()
        self.udp.close()


@pytest.fixture(scope="module")
def listener():
    lis = Listener()
    yield lis
    lis.close()


def _pool_config(**extra: Any) -> RuntimeConfig:
    return RuntimeConfig(**{"pages": 1, "screenshots_dir": None, "memory_limit_mb": 256, "stall_timeout_s": 4.0, **extra})


def _verdicts(cfg: RuntimeConfig, codes: list[str]) -> tuple[list[tuple[bool, list[str], dict[str, Any]]], str]:
    from modelcall.validator.browser import BrowserPool

    from .conftest import _chromium_available

    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")
    layer = RuntimeLayer(cfg)
    with BrowserPool(cfg, screenshots=False) as pool:
        runs = pool.run(codes)
        guard = pool.network_guard
    out = []
    for run in runs:
        result = layer.check(Sample(code="", must_use=[], eval_hints=[], plan_apis=[], runtime=run))
        out.append((bool(result.ok), [i.code for i in result.errors], run))
    return out, guard


def test_hostile_programs_and_the_canaries_after_them(listener):
    codes: list[str] = []
    expected: list[tuple[str, str]] = []
    for n, (name, code, verdict) in enumerate(HOSTILE):
        codes.append(code.replace("{TCP}", str(listener.tcp_port)).replace("{UDP}", str(listener.udp_port)))
        expected.append((name, verdict))
        codes.append(CANARY_OK)
        expected.append((f"{name} -> working canary", "pass"))
        bad = BROKEN_CANARIES[n % len(BROKEN_CANARIES)]
        codes.append(bad)
        expected.append((f"{name} -> broken canary", {CANARY_UPDATE_ERROR: "runtime_error", CANARY_CONSOLE_ERROR: "console_error",
                                                     CANARY_CREATE_ERROR: "runtime_error"}[bad]))
    results, _guard = _verdicts(_pool_config(), codes)
    wrong = {}
    for (name, verdict), (ok, reasons, run) in zip(expected, results, strict=True):
        # "a|b": either reason (how far a bomb gets before its page blocks depends on the machine's load)
        right = ok if verdict == "pass" else (not ok and any(v in reasons for v in verdict.split("|")))
        if not right:
            wrong[name] = {"expected": verdict, "got": reasons or "pass", "errors": [e["message"][:120] for e in run["errors"][:2]],
                           "harness_error": run.get("harness_error")}
    assert wrong == {}, json.dumps(wrong, indent=1)
    time.sleep(0.5)
    assert listener.received == []


def test_the_harness_is_not_visible_to_the_program():
    probe = game(create=r"""
    const frame = document.body.appendChild(document.createElement('iframe'));
    const fresh = new Set(Object.getOwnPropertyNames(frame.contentWindow));
    const names = Object.getOwnPropertyNames(window).filter((k) => !/^\d+$/.test(k) && (!fresh.has(k) || /harness|modelcall|playwright|^__/i.test(k)));
    frame.remove();
    window.__signals__ = { names, webdriver: navigator.webdriver, ua: navigator.userAgent, count: Object.getOwnPropertyNames(window).length,
      timers: Function.prototype.toString.call(setTimeout), game: String(Phaser.Game).slice(0, 40), seed: String(this.game.config.seed) };
    this.events.once('update', () => { window.__signals__.stack = new Error().stack; });""", update="""
    if (this.n === 3) { window.__signals__.updateStack = new Error().stack; }""")
    # three times on one page: nothing of the programs before (a binding of an earlier harness, say) is on window
    results = _verdicts(_pool_config(), [probe] * 3)[0]
    for ok, reasons, _run in results:
        assert ok, reasons
    signals = results[0][2]["signals"]
    assert signals["names"] == ["Phaser"] and signals["webdriver"] is False and "Headless" not in signals["ua"]
    assert signals["timers"] == "function setTimeout() { [native code] }"
    assert "mc" not in signals["game"] and not re.search(r"modelcall|validat|harness", signals["seed"]), signals["seed"]
    # the stacks of its callbacks name no harness, validator or automation script
    for stack in (signals["stack"], signals["updateStack"]):
        assert "Main.update" in signals["updateStack"] and not re.search(r"harness|modelcall|validat|playwright|puppeteer|H\.", stack), stack
    assert [run["signals"] for _ok, _reasons, run in results] == [signals] * 3


@pytest.mark.parametrize("isolation", ["auto", "flags"])
def test_no_packet_leaves_the_browser(listener, isolation):
    cfg = _pool_config(network_isolation=isolation)
    code = NETWORK.replace("{TCP}", str(listener.tcp_port)).replace("{UDP}", str(listener.udp_port))
    results, guard = _verdicts(cfg, [code, CANARY_OK])
    assert guard in (("netns", "flags") if isolation == "auto" else ("flags",))
    assert results[1][0], results[1][1]  # the page still works after all that
    time.sleep(1.0)
    assert listener.received == []


# ---------------------------------------------------------------------------------------------------- detection
# Every way we know for a program to tell the harness's functions from the browser's own, each compared with what a
# fresh same-origin iframe (a realm the harness never touched) says about its own functions. `found` lists each
# difference; the program crashes only when it finds none (when it believes it runs in a plain browser).
DETECT = r"""
const frame = document.body.appendChild(document.createElement('iframe'));
const W = frame.contentWindow;
const toStrings = { top: Function.prototype.toString, frame: W.Function.prototype.toString };
const popup = window.open('');  // a window of its own (the host closes it later)
if (popup) toStrings.popup = popup.Function.prototype.toString;
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const attrs = (d) => d ? [d.writable, d.enumerable, d.configurable, typeof d.value, typeof d.get].join() : 'none';
const failure = (f) => { try { f(); return 'no error'; } catch (e) { return (e && e.constructor && e.constructor.name) + ': ' + (e && e.message); } };
const frames = (f) => { try { f(); return -1; } catch (e) { return String(e.stack).split('\n').length; } };
function differences(label, fn, twin, asConstructor) {
  // fn: the function in the page; twin: the same API of the fresh frame (untouched by anything)
  const out = [];
  const native = 'function ' + twin.name + '() { [native code] }';
  for (const [realm, ts] of Object.entries(toStrings)) {
    if (ts.call(fn) !== native) out.push(label + ': ' + realm + ' toString says ' + JSON.stringify(ts.call(fn).slice(0, 60)));
  }
  if (fn.name !== twin.name) out.push(label + ': name ' + fn.name);
  if (fn.length !== twin.length) out.push(label + ': length ' + fn.length + ' not ' + twin.length);
  if (Object.getOwnPropertyNames(fn).join() !== Object.getOwnPropertyNames(twin).join()) out.push(label + ': own properties ' + Object.getOwnPropertyNames(fn).join());
  for (const k of ['name', 'length', 'prototype']) if (attrs(Object.getOwnPropertyDescriptor(fn, k)) !== attrs(Object.getOwnPropertyDescriptor(twin, k))) out.push(label + ': descriptor of ' + k);
  if ((Object.getPrototypeOf(fn) === Function.prototype) !== (Object.getPrototypeOf(twin) === W.Function.prototype)) out.push(label + ': prototype chain');
  if (!asConstructor && failure(() => new fn()).replace(/^\w+: [\w.]+/, '') !== failure(() => new twin()).replace(/^\w+: [\w.]+/, '')) out.push(label + ': new says ' + failure(() => new fn()));
  if (asConstructor && own(twin, 'prototype') && fn.prototype.constructor !== fn) out.push(label + ': prototype.constructor');
  return out;
}
const windowTwins = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'fetch', 'alert', 'confirm', 'prompt'];
function detect() {
  let found = [];
  for (const k of windowTwins) {
    found = found.concat(differences(k, window[k], W[k]));
    if (attrs(Object.getOwnPropertyDescriptor(window, k)) !== attrs(Object.getOwnPropertyDescriptor(W, k))) found.push(k + ': window descriptor');
    if (failure(() => window[k].call({})) !== failure(() => W[k].call({}))) found.push(k + ': called on an object: ' + failure(() => window[k].call({})));
    if (frames(() => window[k].call({})) !== frames(() => W[k].call({}))) found.push(k + ': frames of its error when called on an object');
  }
  found = found.concat(differences('Date.now', Date.now, W.Date.now), differences('Math.random', Math.random, W.Math.random),
    differences('addEventListener', EventTarget.prototype.addEventListener, W.EventTarget.prototype.addEventListener),
    differences('Function.prototype.toString', Function.prototype.toString, W.Function.prototype.toString),
    differences('WebSocket', WebSocket, W.WebSocket, true), differences('EventSource', EventSource, W.EventSource, true));
  for (const k of ['log', 'error', 'warn', 'info', 'debug', 'count', 'table']) found = found.concat(differences('console.' + k, console[k], W.console[k]));
  if (Reflect.ownKeys(WebSocket).join() !== Reflect.ownKeys(W.WebSocket).join()) found.push('WebSocket: statics ' + Reflect.ownKeys(WebSocket).join());
  // toString of toString, across realms both ways, and the frames of its TypeError
  for (const [a, ts] of Object.entries(toStrings)) {
    for (const [b, other] of Object.entries(toStrings)) if (ts.call(other) !== 'function toString() { [native code] }') found.push(a + ' toString of the ' + b + ' toString');
  }
  if (frames(() => toStrings.top.call({})) !== frames(() => toStrings.frame.call({}))) found.push('toString TypeError frames');
  // Phaser.Game: Phaser's own source from every realm, its own prototype object and chain
  const game = toStrings.frame.call(Phaser.Game);
  if (game !== toStrings.top.call(Phaser.Game) || /forceCanvas|gameCount|harness|modelcall/.test(game)) found.push('Phaser.Game: frame toString ' + game.slice(0, 60));
  if (Object.getPrototypeOf(Phaser.Game) !== Function.prototype) found.push('Phaser.Game: prototype chain');
  if (Phaser.Game.prototype.constructor !== Phaser.Game) found.push('Phaser.Game: prototype.constructor');
  return found;
}
// Phaser's own loop, once the game runs: a browser keeps its requestAnimationFrame loop running
const loopStopped = (scene) => (scene.game.loop.raf.isRunning ? [] : ['the requestAnimationFrame loop is stopped']);
const found = detect();
// the checks are not vacuous: functions a program makes up are told apart from the frame's own by the same checks
const control = differences('fake setTimeout', { setTimeout(fn, ms) { return 1; } }.setTimeout, W.setTimeout)
  .concat(differences('fake now', function now() { return 0; }, W.Date.now));
frame.remove();
window.__signals__ = { found, control };
"""
DETECTS_THE_HARNESS = game(top=DETECT, update="""
    if (this.n === 5) { found.push(...loopStopped(this)); window.__signals__.found = found; }
    if (this.n === 10 && found.length === 0) { throw new Error('only in a plain browser'); }""")
SAME_WITHOUT_DETECTION = game(update="    if (this.n === 10) { throw new Error('only in a plain browser'); }")


def test_the_harness_cannot_be_told_from_a_plain_browser():
    """A program that crashes only where it finds no harness gets the verdict of the same program without the
    detection: every check of DETECT finds the page's functions the same as a fresh iframe's own."""
    codes = [DETECTS_THE_HARNESS, SAME_WITHOUT_DETECTION, CANARY_OK, CANARY_UPDATE_ERROR]
    (detect_ok, detect_reasons, run), (plain_ok, plain_reasons, _), (canary_ok, canary_reasons, _), (bad_ok, bad_reasons, _) = \
        _verdicts(_pool_config(), codes)[0]
    signals = run["signals"] or {}
    assert signals.get("found") == [], json.dumps(signals.get("found"), indent=1)
    assert len(signals.get("control", [])) >= 6, signals.get("control")
    assert (detect_ok, detect_reasons) == (plain_ok, plain_reasons) == (False, ["runtime_error"])
    assert canary_ok, canary_reasons
    assert not bad_ok and "runtime_error" in bad_reasons


def test_a_console_flood_from_a_worker_is_not_a_hang():
    flood = game(create="""
    const src = "for (let i = 0; i < 100000; i++) { console.log('worker line ' + i); } postMessage(1);";
    new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));""")
    results = _verdicts(_pool_config(), [flood, CANARY_OK, CANARY_CONSOLE_ERROR])[0]
    assert [(ok, reasons) for ok, reasons, _run in results] == [(True, []), (True, []), (False, ["console_error"])]
def test_cpu_time_is_capped_workers_included():
    spin = game(create="""
    const body = 'for (;;) {}';
    for (let i = 0; i < 2; i++) new Worker(URL.createObjectURL(new Blob([body], { type: 'text/javascript' })));""",
                # busy frames by work, not by the clock: inside a frame the page clock runs on reads, not on the wall
                update="    let x = 0; for (let i = 0; i < 4e6; i++) { x = (x + i) % 1009; } this.x = x;")
    results, _guard = _verdicts(_pool_config(cpu_limit_s=1.5), [spin, CANARY_OK, CANARY_CREATE_ERROR])
    (ok, reasons, run), canary, broken = results
    assert not ok and "cpu_limit" in reasons and "runtime_timeout" not in reasons, (reasons, run.get("timeout_reason"))
    assert "cap is 1.5 s" in run["cpu_limit"]
    assert canary[0], canary[1]
    assert not broken[0] and "runtime_error" in broken[1]


def test_cpu_time_of_the_gpu_process_is_capped():
    """A WebGL program's drawing is done by the GPU process (SwiftShader on a machine without a GPU): its CPU counts
    towards the cap too (Chromium 156 names that process 'GPU', which the cap once missed), while the renderer
    itself stays almost idle."""
    burn = game(create="""
    this.g = this.add.graphics();""", update="""
    this.g.clear();
    for (let i = 0; i < 400; i++) { this.g.fillStyle(0x010101 * (i % 200), 0.5).fillRect(0, 0, 400, 300); }""").replace(
        "type: Phaser.AUTO", "type: Phaser.WEBGL")
    results, _guard = _verdicts(_pool_config(cpu_limit_s=1.5, stall_timeout_s=20.0), [burn, CANARY_OK])
    (ok, reasons, run), canary = results
    assert not ok and "cpu_limit" in reasons, (reasons, run.get("timeout_reason"), run.get("cpu_s"))
    assert canary[0], canary[1]


def test_cpu_spent_only_while_reaching_for_timers_ends_the_run_without_a_verdict():
    """Past the usual 200 frames the run only reaches for timers the code schedules: a program whose drawing grows
    heavy only then (a hundred scenes added one a second, in WebGL) has the run cut by the CPU cap, not failed; the
    same drawing from the start fails."""
    heavy = """
    this.g.clear();
    for (let i = 0; i < 400; i++) { this.g.fillStyle(0x010101 * (i % 200), 0.5).fillRect(0, 0, 400, 300); }"""
    late = game(create="""
    this.g = this.add.graphics();
    this.time.delayedCall(50000, () => { this.done = true; });""", update="    if (this.n > 1500) {" + heavy + "\n    }").replace(
        "type: Phaser.AUTO", "type: Phaser.WEBGL")
    early = game(create="""
    this.g = this.add.graphics();
    this.time.delayedCall(12000, () => { this.done = true; });""", update=heavy).replace("type: Phaser.AUTO", "type: Phaser.WEBGL")
    from modelcall.validator.browser import BrowserPool
    from .conftest import _chromium_available

    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")
    cfg = _pool_config(cpu_limit_s=1.5, stall_timeout_s=20.0)
    with BrowserPool(cfg, screenshots=False) as pool:
        cut, failed = pool.run([late, early], frames=[3000, 3000])
    assert not cut.get("cpu_limit") and cut.get("reach_cut_at", 0) > 200 and not cut["errors"], (
        cut.get("cpu_limit"), cut.get("reach_cut_at"), cut.get("frames"), cut.get("timeout_reason"), cut.get("ms"))
    assert failed.get("cpu_limit") and "cap is 1.5 s" in failed["cpu_limit"], failed.get("frames")


# ---------------------------------------------------------------------------------------------------- one clock
# The harness steps frames much faster than the wall clock. Every clock a program can read in the page (Date.now,
# performance.now, new Date(), Date(), requestAnimationFrame's timestamp, the game loop's time, a frame's own clocks)
# must tell the same time, or a program learns that it is being validated from the gap and behaves only then.
CLOCKS = r"""
const frame = document.body.appendChild(document.createElement('iframe'));
const W = frame.contentWindow;
const shape = [];
const native = (f, name) => Function.prototype.toString.call(f) === 'function ' + name + '() { [native code] }';
if (!native(Date, 'Date') || !native(Date.now, 'now') || !native(performance.now, 'now') || !native(W.Date, 'Date')) shape.push('toString');
if (Date.length !== 7 || Date.name !== 'Date' || Object.getOwnPropertyNames(Date).join() !== 'length,name,prototype,now,parse,UTC') shape.push('Date statics ' + Object.getOwnPropertyNames(Date).join());
const proto = Object.getOwnPropertyDescriptor(Date, 'prototype');
if (proto.writable || proto.enumerable || proto.configurable || Date.prototype.constructor !== Date) shape.push('Date.prototype');
if (!(new Date() instanceof Date) || Object.getPrototypeOf(new Date()) !== Date.prototype || typeof Date() !== 'string') shape.push('instances');
class Stamp extends Date { label() { return 'at ' + this.getFullYear(); } }
if (new Stamp(2020, 5, 1).label() !== 'at 2020' || !(new Stamp() instanceof Date)) shape.push('subclass');
if (new Date(2021, 0, 2).getDate() !== 2 || Date.UTC(2000, 0) !== 946684800000 || Date.parse('2000-01-01T00:00:00Z') !== 946684800000) shape.push('arguments');
try { performance.now.call({}); shape.push('now on an object'); } catch (e) { if (!(e instanceof TypeError) || e.message !== 'Illegal invocation') shape.push('now error ' + e.message); }
if (Object.getPrototypeOf(Date) !== Function.prototype || Object.keys(window).includes('Date')) shape.push('Date on window');
const read = (scene) => {
  const wall = performance.timeOrigin + performance.now();
  return { date: Date.now(), wall, made: new Date().getTime(), text: Date.parse(Date()), loop: scene.time.now, perf: performance.now(),
           frameDate: W.Date.now(), frameWall: W.performance.timeOrigin + W.performance.now(), frameMade: new W.Date().getTime() };
};
window.__signals__ = { shape };
"""
CLOCK_PROGRAM = game(top=CLOCKS, create="    this.first = read(this); requestAnimationFrame((ts) => { this.raf = ts; });",
                     update="""
    if (this.n === 2) this.start = read(this);
    if (this.n === 182) {
      const end = read(this);
      const gaps = {};
      for (const k of ['date', 'wall', 'made', 'frameDate', 'frameWall', 'frameMade']) gaps[k] = Math.abs(end[k] - end.date);
      gaps.text = Math.abs(end.text - end.date) < 1000 ? 0 : end.text - end.date;
      gaps.loop = Math.abs((end.perf - end.loop) - (this.start.perf - this.start.loop));
      const ran = {};
      for (const k of ['date', 'wall', 'made', 'loop', 'perf', 'frameDate', 'frameWall', 'frameMade']) ran[k] = Math.round(end[k] - this.start[k]);
      window.__signals__ = { shape, gaps, ran, raf: typeof this.raf };
      let t = performance.now(); const until = t + 40; while (performance.now() < until) { t = performance.now(); }
    }""")


def test_every_clock_of_the_page_tells_the_same_time():
    (ok, reasons, run), = _verdicts(_pool_config(), [CLOCK_PROGRAM])[0]
    signals = run["signals"] or {}
    assert ok, (reasons, run["errors"][:2])
    assert signals["shape"] == [], signals["shape"]
    assert all(gap <= 2 for gap in signals["gaps"].values()), signals["gaps"]
    # 180 frames of game time (3 s) on every clock, though the harness steps them in a fraction of it
    assert all(2990 <= ran <= 3010 for ran in signals["ran"].values()), signals["ran"]
    assert signals["raf"] == "number"


BOOT_TIMES = """
    if (this.n === 1) window.__signals__ = { first: time, created: this.made, top: window.loadedAt };"""


def test_how_long_the_boot_took_is_not_in_the_game_clock():
    """A frame's game time does not count the wall time the page took to boot (a loaded machine, a heavy create()):
    a program that places things by absolute time (Math.sin(time / 600)) is in the same place in every run."""
    burn = "let spin = 0; for (let i = 0; i < 3e8; i++) spin += i & 1; window.spin = spin;"
    quick = game(top="window.loadedAt = performance.now();", create="    this.made = Date.now() % 100000;",
                 update=BOOT_TIMES).replace("update() {", "update(time) {")
    slow = game(top="window.loadedAt = performance.now();\n" + burn, create="    " + burn + "\n    this.made = Date.now() % 100000;",
                update=BOOT_TIMES).replace("update() {", "update(time) {")
    results, _guard = _verdicts(_pool_config(stall_timeout_s=20.0), [quick, slow, quick])
    firsts = []
    for ok, reasons, run in results:
        assert ok, (reasons, run["errors"][:2])
        firsts.append(run["signals"]["first"])
        assert run["signals"]["top"] == results[0][2]["signals"]["top"], [r[2]["signals"] for r in results]
    assert firsts[0] == firsts[1] == firsts[2] and 0 < firsts[0] < 120, firsts


TIMELINE_PROGRAM = game(create="""
    const d = document.body.appendChild(document.createElement('div')); d.textContent = 'Go';
    this.fade = d.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 500 });
    this.fade.onfinish = () => { this.finishedAt = performance.now(); };""", update="""
    if (this.n === 180) {
      const line = document.timeline.currentTime, now = performance.now();
      window.__signals__ = { lag: now - line, state: this.fade.playState, finished: this.finishedAt > 0,
                             started: this.fade.startTime <= line && this.fade.startTime > 0 };
    }""")


def test_animations_run_on_the_page_clock_in_every_document():
    """The browser's rendering steps run at the page's time, so a half-second Web Animation finishes within 3 s of
    game time; its times agree with performance.now also in later documents of the same page (whose steps must run
    after the first document's, which ran seconds ahead of the wall clock)."""
    results, _guard = _verdicts(_pool_config(), [TIMELINE_PROGRAM] * 3)
    for ok, reasons, run in results:
        assert ok, (reasons, run["errors"][:2])
        signals = run["signals"] or {}
        assert signals["state"] == "finished" and signals["finished"] and signals["started"], signals
        assert 0 <= signals["lag"] <= 16 * 17, signals  # at most the frames since the last rendering step
