'use strict';
// Whole-program checks of what a game saves, loads and starts again from: a number read back from localStorage as text
// and then added to (the digits are joined, not summed), a saved record read under a field name it was never saved
// with, a run started from a shallow copy of a template whose nested objects the run then changes, and a saved on/off
// setting read back as text ("false" is truthy), and a field set in play for create() to read after a bare
// this.scene.restart() while init(data) sets it from a data key nothing ever hands in,
// and an end of the run that goes to the result scene without the method that saves the best, and a save time taken
// from the scene clock and then subtracted from Date.now(), and the level after this one saved as the progress
// whatever was open before, and defaults written over by Object.assign(DEFAULTS, …).
// Round 68: a saved 0 that keeps the current value (|| this.score).
// Round 69: a stored 0 handed back as unset by a getter's || default while the program tests for 0.
// Round 71: the scene clock saved and subtracted after a reload.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, lineOf } = require('./game_state');
const { RuleSet, escape } = require('./rule_set');

const READ = /^localStorage\s*\.\s*getItem\s*\(\s*([\w.'"`-]+)\s*\)(\s*\|\|\s*(\d+|['"]\d*['"]))?$/;

class SaveRules extends RuleSet {
  run() {
    if (/localStorage\s*\.\s*getItem\s*\(/.test(this.code)) {
      this.savedTextAddedTo();
      this.fieldReadUnderOtherName();
    }
    if (/\{\s*\.\.\.\s*[A-Z_][A-Z0-9_]*\s*\}/.test(this.code)) this.templateSharedByShallowCopy();
    if (/localStorage\s*\.\s*getItem\s*\(/.test(this.code) && /:\s*(true|false)\b/.test(this.code)) this.savedFlagReadAsText();
    if (/\binit\s*(?::\s*function\s*)?\(\s*\w+\s*\)/.test(this.code) && /\.scene\s*\.\s*restart\s*\(\s*\)/.test(this.code)) this.restartDropsCarriedState();
    if (/scene\s*\.\s*start\s*\(/.test(this.code) && /localStorage\s*\.\s*setItem|registry\s*\.\s*set\s*\(/.test(this.code)) this.endWithoutSave();
    if (/localStorage\s*\.\s*setItem/.test(this.code) && /Date\s*\.\s*now\s*\(\s*\)\s*-/.test(this.code)) this.savedTimeFromSceneClock();
    if (/localStorage\s*\.\s*setItem\s*\(/.test(this.code) && /(unlock|progress|reached|highest)/i.test(this.code)) this.progressSavedDownwards();
    if (/Object\s*\.\s*assign\s*\(\s*[A-Z_]/.test(this.code)) this.defaultsWrittenOver();
    if (/\|\|\s*this\s*\.\s*\w+\s*;/.test(this.code)) this.savedZeroKeepsCurrent();
    if (/return\s+\w+\s*\|\|\s*[\w.]+\s*;/.test(this.code)) this.zeroReadAsUnset();
    if (/time\s*\.\s*now\b/.test(this.code) && /localStorage\s*\.\s*setItem/.test(this.code)) this.sceneClockSaved();
    return this.found;
  }

  // loadGems() { return localStorage.getItem(KEY) || 0; } with this.gems = this.loadGems() and this.gems += 1: getItem
  // gives text, so a saved "5" plus 1 is "51" (Number(localStorage.getItem(KEY)) || 0)
  savedTextAddedTo() {
    const texts = new Set();
    for (const fn of this.functions()) {
      const m = /^\s*(?:try\s*\{\s*)?return\s+([^;]+);/.exec(fn.text.slice(1));
      if (fn.name && m && READ.test(m[1].trim())) texts.add(`${fn.name}()`);
    }
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.left.type !== 'MemberExpression') return;
      const value = this.text(n.right).trim();
      const viaMethod = /^this\.(\w+)\s*\(\s*\)$/.exec(value);
      if (!READ.test(value) && !(viaMethod && texts.has(`${viaMethod[1]}()`))) return;
      const field = this.text(n.left);
      const esc = escape(field);
      if (new RegExp(`${esc}\\s*=\\s*(Number|parseInt|parseFloat)\\s*\\(|${esc}\\s*=\\s*\\+`).test(this.code)) return;
      const added = new RegExp(`${esc}\\s*\\+=\\s*(\\d+|[\\w.]+)\\s*;|${esc}\\s*=\\s*${esc}\\s*\\+\\s*(\\d+|[\\w.]+)\\s*;`).exec(this.code);
      if (!added) return;
      const line = this.lineAt(added.index);
      this.add('wrong_argument', true, `${field} = ${value} (line ${lineOf(n)}) holds what localStorage gives back, text, once a save exists, and ${added[0].trim()} (line ${line}) then joins digits instead of adding: a saved 5 plus 1 becomes "51" (Number(...) when it is read)`, line, 'Number(localStorage.getItem(...))');
    });
  }

  // localStorage.setItem(KEY, JSON.stringify({ gold, miners, time: Date.now() })) and, on load, data.savedAt: the
  // record has no savedAt, so what depends on it is undefined (NaN) and never given (read the field it was saved as)
  fieldReadUnderOtherName() {
    const saved = new Map();
    walk(this.ast, (n) => {
      if (n.type !== 'CallExpression' || !/localStorage\s*\.\s*setItem$/.test(this.text(n.callee)) || n.arguments.length < 2) return;
      const key = this.text(n.arguments[0]);
      const value = n.arguments[1];
      if (value.type !== 'CallExpression' || !/JSON\s*\.\s*stringify$/.test(this.text(value.callee)) || !value.arguments[0]) return;
      const obj = this.recordOf(value.arguments[0]);
      if (obj) saved.set(key, obj);
    });
    if (!saved.size) return;
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'VariableDeclarator' && n.type !== 'AssignmentExpression') return;
      const target = n.type === 'VariableDeclarator' ? n.id : n.left;
      const value = n.type === 'VariableDeclarator' ? n.init : n.right;
      if (!value || target.type !== 'Identifier') return;
      const read = /^JSON\s*\.\s*parse\s*\(\s*localStorage\s*\.\s*getItem\s*\(\s*([\w.'"`-]+)\s*\)\s*(\|\|[^)]*)?\)$/.exec(this.text(value).trim());
      if (!read || !saved.has(read[1])) return;
      const keys = saved.get(read[1]);
      const name = target.name;
      const scope = this.functions().filter((f) => f.node.start < n.start && n.end < f.node.end).pop();
      const from = scope ? scope.node.body.start : 0;
      for (const m of this.code.slice(from, scope ? scope.node.body.end : this.code.length).matchAll(new RegExp(`(?<![\\w.$])${name}\\s*\\.\\s*([A-Za-z_$][\\w$]*)`, 'g'))) {
        m.index += from;
        const field = m[1];
        if (keys.has(field) || ['hasOwnProperty', 'toString', 'length'].includes(field)) continue;
        const line = this.lineAt(m.index);
        this.add('never_fires', true, `${name}.${field} (line ${line}) reads a field the save never writes: localStorage.setItem(${read[1]}, …) stores ${[...keys].join(', ')} only, so ${name}.${field} is undefined (read ${[...keys].find((k) => k.toLowerCase().includes('time') || k.toLowerCase().includes('at')) || 'the field it was saved as'})`, line, `a field the save writes`);
        return;
      }
    });
  }

  // the field names of a record saved as an object literal, or as a local made from one and given more fields after;
  // null when it is anything else (its fields are not known)
  recordOf(n) {
    let obj = n;
    let name = null;
    if (n.type === 'Identifier') {
      name = n.name;
      let init = null;
      walk(this.ast, (d) => { if (d.type === 'VariableDeclarator' && d.id.type === 'Identifier' && d.id.name === name && d.init) init = d.init; });
      obj = init;
    }
    if (!obj || obj.type !== 'ObjectExpression' || obj.properties.some((p) => p.type !== 'Property' || p.computed)) return null;
    const keys = new Set(obj.properties.map((p) => p.key.name || String(p.key.value)));
    if (name) {
      for (const m of this.code.matchAll(new RegExp(`\\b${name}\\s*\\.\\s*(\\w+)\\s*=[^=]|\\b${name}\\s*\\[`, 'g'))) {
        if (!m[1]) return null;
        keys.add(m[1]);
      }
    }
    return keys;
  }

  // const NEW_RUN = { coins: 0, owned: { drill: 0 } }; this.run = { ...NEW_RUN }; this.run.owned.drill += 1: the spread
  // copies the top level only, so run.owned is NEW_RUN.owned itself, and a new run starts with what the old one bought
  // (structuredClone(NEW_RUN))
  templateSharedByShallowCopy() {
    for (const m of this.code.matchAll(/([\w.]+)\s*=\s*\{\s*\.\.\.\s*([A-Z_][A-Z0-9_]*)\s*\}/g)) {
      const [, copy, template] = m;
      const decl = new RegExp(`\\b(?:const|let|var)\\s+${template}\\s*=\\s*\\{`).exec(this.code);
      if (!decl) continue;
      let obj = null;
      walk(this.ast, (n) => { if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === template && n.init && n.init.type === 'ObjectExpression') obj = n.init; });
      if (!obj) continue;
      const nested = obj.properties.filter((p) => p.type === 'Property' && !p.computed && ['ObjectExpression', 'ArrayExpression'].includes(p.value.type)).map((p) => p.key.name || String(p.key.value));
      for (const key of nested) {
        const esc = escape(`${copy}.${key}`);
        const changed = new RegExp(`${esc}\\s*(\\.\\s*\\w+|\\[[^\\]]+\\])\\s*(\\+\\+|--|\\+=|-=|=[^=])|(\\+\\+|--)\\s*${esc}\\s*(\\.\\s*\\w+|\\[[^\\]]+\\])|${esc}\\s*\\.\\s*(push|splice|pop|shift|unshift)\\s*\\(`).exec(this.code);
        if (!changed) continue;
        const line = this.lineAt(changed.index);
        this.add('state_not_updated', true, `${m[0]} (line ${this.lineAt(m.index)}) copies only the top of ${template}: ${copy}.${key} is ${template}.${key} itself, so ${changed[0].trim()} (line ${line}) changes the template, and a new run starts with what the last one had (structuredClone(${template}))`, line, `structuredClone(${template})`);
        return;
      }
    }
  }

  // const DEFAULTS = { showFps: false, ... }; loadSetting(key) { const raw = localStorage.getItem(PREFIX + key); return
  // raw === null ? DEFAULTS[key] : raw; }: getItem gives text, so a toggle saved as false comes back as "false", which
  // is truthy, and shows ON after a reload (JSON.parse(raw))
  savedFlagReadAsText() {
    if (/JSON\s*\.\s*parse\s*\(|===?\s*['"](true|false)['"]|['"](true|false)['"]\s*===?/.test(this.code)) return;
    const flags = /\b(\w+)\s*:\s*(true|false)\b/.exec(this.code.replace(/\{[^{}]*\b(type|physics|arcade|debug|pixelArt|antialias|useHandCursor|draggable|loop|yoyo|repeat|add|fontStyle|wordWrap|visible|active)\b[^{}]*\}/g, ''));
    if (!flags) return;
    for (const fn of this.functions()) {
      const m = /(?:const|let|var)\s+(\w+)\s*=\s*localStorage\s*\.\s*getItem\s*\([^;]*\)\s*;/.exec(fn.text);
      if (!m) continue;
      const raw = m[1];
      const ret = new RegExp(`return\\s+([^;]*?)(?<![\\w.$])${raw}\\s*;`).exec(fn.text.slice(m.index));
      if (!ret || /Number|parseInt|parseFloat|\+\s*$/.test(ret[1])) continue;
      if (!/setItem\s*\([^;]*JSON\s*\.\s*stringify|setItem\s*\([^,]+,\s*(\w+)\s*\)/.test(this.code)) continue;
      const line = this.lineIn(fn, m.index + ret.index);
      this.add('wrong_argument', true, `${fn.name || 'the loader'}() hands back ${raw}, what localStorage.getItem() gives (line ${line}), as the saved value: it is text, so an on/off setting saved as false (${flags[1]}) comes back as "false", which is truthy, and shows as on after a reload (JSON.parse(${raw}))`, line, `JSON.parse(${raw})`);
      return;
    }
  }

  // init(data) { this.checkpoint = data.checkpoint || null; }, the flag's touch sets this.checkpoint, create() spawns
  // at it, and death calls this.scene.restart(): no call anywhere hands a checkpoint in, so init() sets it back to null
  // and the player always starts over at the level's start (this.scene.restart({ checkpoint: this.checkpoint }))
  restartDropsCarriedState() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'ClassBody' && n.type !== 'ObjectExpression') return;
      const members = n.type === 'ClassBody' ? n.body : n.properties;
      const method = (name) => members.map((m) => ((m.type === 'MethodDefinition' || m.type === 'Property') && !m.computed && m.key.name === name ? m.value : null))
        .find((f) => f && /Function/.test(f.type) && f.body.type === 'BlockStatement');
      const init = method('init');
      const create = method('create');
      if (!init || !create || init.params.length !== 1 || init.params[0].type !== 'Identifier') return;
      const data = init.params[0].name;
      const body = this.code.slice(n.start, n.end);
      const restarts = [...body.matchAll(/this\s*\.\s*scene\s*\.\s*restart\s*\(\s*([^)]*)\)/g)];
      if (!restarts.length || restarts.some((m) => m[1].trim())) return;
      const inInit = this.text(init.body);
      for (const m of inInit.matchAll(new RegExp(`this\\s*\\.\\s*(\\w+)\\s*=\\s*${data}\\s*\\.\\s*(\\w+)\\s*(?:(?:\\|\\||\\?\\?)\\s*(null|false|true|-?\\d+|'[^']*'|"[^"]*"|\\{[^{}]*\\}|\\[[^\\[\\]]*\\]))?\\s*;`, 'g'))) {
        const [, field, key] = m;
        if (new RegExp(`(?<![\\w$.])${key}\\s*:|[{,]\\s*${key}\\s*[,}]|(?<!\\bthis\\s*)\\.\\s*${key}\\s*=[^=]`).test(this.code.slice(0, init.start) + this.code.slice(init.end))) continue;
        const esc = `this\\s*\\.\\s*${field}\\b`;
        const uses = [...body.matchAll(new RegExp(esc, 'g'))].map((u) => u.index + n.start).filter((i) => i < init.start || i > init.end);
        const owner = (i) => members.find((f) => f.value && f.value.start <= i && i < f.value.end);
        const setAt = uses.find((i) => /^\s*(=[^=]|\+=|-=|\+\+|--)/.test(this.code.slice(i).replace(new RegExp(`^${esc}`), '')) && owner(i) && owner(i).value !== create);
        if (setAt === undefined) continue;
        const setter = owner(setAt).value;
        const readInCreate = uses.some((i) => create.start <= i && i < create.end);
        if (!readInCreate || uses.some((i) => !(create.start <= i && i < create.end) && !(setter.start <= i && i < setter.end))) continue;
        const line = this.lineAt(setAt);
        const restartLine = this.lineAt(n.start + restarts[0].index);
        this.add('state_not_updated', true, `this.${field} is set during play (line ${line}) and read only by create(), which runs again after this.scene.restart() (line ${restartLine}); but init() sets it from ${data}.${key} (line ${this.lineAt(init.start)}) and no call ever hands a ${key} in, so every restart throws it away and the game starts over as if it were never set (this.scene.restart({ ${key}: this.${field} }))`, restartLine, `this.scene.restart({ ${key}: this.${field} })`);
        return;
      }
    });
  }

  // endRun() { ...; if (metres > best) localStorage.setItem('cliff-best', ...); this.scene.start('result', ...); } and
  // update(): if (this.runner.y > H + 30) this.scene.start('result', ...): falling into a pit goes to the result screen
  // without the save endRun() does, so a best run that ends in a pit is never kept (call this.endRun())
  endWithoutSave() {
    const SAVE = /localStorage\s*\.\s*setItem\s*\(|registry\s*\.\s*set\s*\(\s*['"`]\w*(best|high|record|top)/i;
    for (const ender of this.functions()) {
      if (!ender.name || ['create', 'init', 'preload', 'update', 'constructor'].includes(ender.name) || !SAVE.test(ender.text)) continue;
      const start = /scene\s*\.\s*start\s*\(\s*(['"`])(\w+)\1/.exec(ender.text);
      if (!start || this.functionAt(ender.node.body.start + start.index) !== ender || this.functionAt(ender.node.body.start + ender.text.search(SAVE)) !== ender) continue;
      const again = new RegExp(`scene\\s*\\.\\s*start\\s*\\(\\s*(['"\`])${start[2]}\\1`, 'g');
      for (const m of this.code.matchAll(again)) {
        const fn = this.functionAt(m.index);
        if (!fn || fn === ender || (ender.node.start <= m.index && m.index < ender.node.end) || SAVE.test(fn.text)) continue;
        if (new RegExp(`this\\s*\\.\\s*${ender.name}\\s*\\(`).test(fn.text)) continue;
        const line = this.lineAt(m.index);
        this.add('never_fires', true, `${m[0]}…) (line ${line}) goes to '${start[2]}' without ${ender.name}(), which saves the best before going there (line ${this.lineIn(ender, ender.text.search(SAVE))}): a run that ends this way is never kept (call this.${ender.name}())`, line, `this.${ender.name}()`);
        return;
      }
    }
  }

  // localStorage.setItem('honey', JSON.stringify({ …, savedAt: this.time.now })) and on load Date.now() - data.savedAt:
  // the scene clock counts milliseconds since the game started, not since 1970, so the time away comes out as decades
  // and every load pays the whole offline bonus (savedAt: Date.now())
  savedTimeFromSceneClock() {
    for (const m of this.code.matchAll(/(\w+)\s*:\s*((?:this|scene|this\.scene|\w+)\s*\.\s*time\s*\.\s*now|(?:this|scene)\s*\.\s*game\s*\.\s*loop\s*\.\s*time|performance\s*\.\s*now\s*\(\s*\))/g)) {
      const [, field, clock] = m;
      const fn = this.functionAt(m.index);
      if (!fn || !/localStorage\s*\.\s*setItem|JSON\s*\.\s*stringify/.test(fn.text)) continue;
      // read back and taken from Date.now(): Date.now() - data.savedAt, or a name given from it
      const direct = new RegExp(`Date\\s*\\.\\s*now\\s*\\(\\s*\\)\\s*-\\s*[\\w.]*\\b${field}\\b`).exec(this.code);
      const named = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=[^;]*\\.\\s*${field}\\b`).exec(this.code);
      const via = named && new RegExp(`Date\\s*\\.\\s*now\\s*\\(\\s*\\)\\s*-\\s*${named[1]}\\b`).exec(this.code);
      const read = direct || via;
      if (!read) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${field}: ${clock.replace(/\s+/g, '')} (line ${line}) saves the time on a clock that counts from when the game started, and Date.now() - … (line ${this.lineAt(read.index)}) takes it from the time since 1970: the time away comes out as decades on every load (${field}: Date.now())`, line, `${field}: Date.now()`);
      return;
    }
  }

  // clearLevel() { const next = this.index + 2; localStorage.setItem(SAVE_KEY, String(Math.min(next, LEVELS.length))) }:
  // the level after this one is saved as the progress even when more was open before, so replaying an early level
  // locks the later ones again (Math.max(loadUnlocked(), next))
  progressSavedDownwards() {
    for (const fn of this.functions()) {
      const set = /localStorage\s*\.\s*setItem\s*\(\s*([\w.'"-]+)\s*,([^;]*)\)\s*;/.exec(fn.text);
      if (!set || !/(unlock|progress|reached|highest|level)/i.test(set[1] + this.code.slice(0, 400))) continue;
      const next = /(?:const|let|var)\s+(\w+)\s*=\s*this\s*\.\s*\w*(?:index|level|stage|Index|Level|Stage)\w*\s*\+\s*\d\s*;/.exec(fn.text);
      const value = set[2];
      const fromLevel = next ? new RegExp(`\\b${next[1]}\\b`).test(value) : /this\s*\.\s*\w*(index|level|stage|Index|Level|Stage)\w*\s*\+\s*\d/.test(value);
      if (!fromLevel) continue;
      // kept only when higher: Math.max with what is stored, or a test against it
      if (/Math\s*\.\s*max\s*\(|getItem|(?<![=>])>=?\s*[\w.(]|<=?\s*[\w.(]*(stored|saved|unlocked|best|load)/i.test(fn.text.replace(/Math\s*\.\s*min\s*\([^;]*/, ''))) continue;
      const line = this.lineIn(fn, set.index);
      this.add('state_not_updated', true, `localStorage.setItem(${set[1]}, …) (line ${line}) saves the level after this one as the progress, whatever was open before: replaying an early level saves a lower value and locks the later levels again (save Math.max(what is stored, …))`, line, 'Math.max with what is stored');
      return;
    }
  }

  // return Object.assign(DEFAULTS, stored): assign() writes into its first argument and returns it, so the settings are
  // the DEFAULTS object itself and every change rewrites the defaults, and a reset to them resets to the current
  // values (Object.assign({}, DEFAULTS, stored))
  defaultsWrittenOver() {
    for (const m of this.code.matchAll(/Object\s*\.\s*assign\s*\(\s*([A-Z][A-Z0-9_]*)\s*,/g)) {
      const ds = this.decls.get(m[1]);
      const init = ds && ds.length === 1 ? ds[0].init : null;
      if (!init || init.type !== 'ObjectExpression' || !/DEFAULT|INITIAL|BASE|START|TEMPLATE/.test(m[1])) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `Object.assign(${m[1]}, …) (line ${line}) writes into ${m[1]} itself and hands it back: what is built on it is the ${m[1]} object, so every later change rewrites the defaults, and going back to ${m[1]} goes back to the current values (Object.assign({}, ${m[1]}, …))`, line, `Object.assign({}, ${m[1]}, …)`);
      return;
    }
  }

  // load(): this.score = Number(data.score) || this.score: a saved 0 is falsy, so loading a save made at 0 keeps the
  // score the game has now instead of restoring 0 (?? or a test for undefined)
  savedZeroKeepsCurrent() {
    for (const m of this.code.matchAll(/(this\s*\.\s*(\w+))\s*=\s*((?:Number|parseInt|parseFloat)\s*\(\s*)?(\w+)\s*\.\s*(\w+)\s*\)?\s*\|\|\s*this\s*\.\s*\2\s*;/g)) {
      const [, path, , , source, key] = m;
      const fn = this.functionAt(m.index);
      const scope = fn ? fn.text : this.code;
      if (!new RegExp(`${source}\\s*=\\s*JSON\\s*\\.\\s*parse|${source}\\s*=\\s*[^;]*(localStorage|getItem|load)`).test(scope) && !/load|restore/i.test(fn && fn.name || '')) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${m[0].trim()} (line ${line}): a saved ${key} of 0 is falsy, so loading it keeps the ${key} the game has now instead of restoring 0 (${source}.${key} ?? ${path}, or test for undefined)`, line, '??');
      return;
    }
  }

  // getDurability() { const d = this.data.get('hoeDurability'); return d || MAX_DUR; } and if (d <= 0) "broken": a
  // stored 0 is falsy, so the getter hands back MAX_DUR and the tool never breaks (d === undefined ? MAX_DUR : d, ??)
  zeroReadAsUnset() {
    for (const f of this.functions()) {
      if (!f.name) continue;
      const m = /return\s+(\w+)\s*\|\|\s*([\w.]+)\s*;/.exec(f.text);
      if (!m) continue;
      const [, v, fallback] = m;
      if (/^0$|^null$|^false$|^''$/.test(fallback)) continue;
      if (!new RegExp(`(?:const|let|var)\\s+${v}\\s*=\\s*[^;]*(\\.get\\s*\\(|getData\\s*\\(|getItem\\s*\\()`).test(f.text)) continue;
      // zero is a state the program asks about: the getter's result tested against 0
      const asked = new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*this\\s*\\.\\s*${f.name}\\s*\\(\\s*\\)[^]*?\\b\\1\\s*(<=|===|==|<)\\s*0\\b|this\\s*\\.\\s*${f.name}\\s*\\(\\s*\\)\\s*(<=|===|==|<)\\s*0\\b`).exec(this.code);
      if (!asked) continue;
      const line = this.lineIn(f, m.index);
      this.add('state_not_updated', true, `return ${v} || ${fallback} (line ${line}) in ${f.name}(): a stored 0 is falsy, so ${f.name}() hands back ${fallback} where it should give 0, and the program's test for 0 (line ${this.lineAt(asked.index)}) never passes (${v} === undefined ? ${fallback} : ${v}, or ${v} ?? ${fallback})`, line, `${v} ?? ${fallback}`);
      return;
    }
  }

  // const data = Object.assign({ savedAt: this.time.now }, this.meters); localStorage.setItem(…) and on load
  // this.time.now - saved.savedAt: the scene clock counts from when the page loaded, so after a reload the time away
  // comes out 0 or negative (Date.now(), the wall clock)
  sceneClockSaved() {
    const saved = /(\w+)\s*:\s*(?:this\s*\.\s*)?(?:time|game\s*\.\s*loop)\s*\.\s*now\b/.exec(this.code);
    if (!saved) return;
    const back = new RegExp(`time\\s*\\.\\s*now\\s*-\\s*[\\w.]+\\s*\\.\\s*${saved[1]}\\b|[\\w.]+\\s*\\.\\s*${saved[1]}\\s*-\\s*(?:this\\s*\\.\\s*)?time\\s*\\.\\s*now`).exec(this.code);
    if (!back) return;
    const line = this.lineAt(saved.index);
    this.add('wrong_argument', true, `${saved[0]} (line ${line}) saves the scene clock with the game, and ${back[0]} (line ${this.lineAt(back.index)}) measures the time away with it: the scene clock starts again from 0 when the page loads, so the time away comes out 0 or less (Date.now(), the wall clock, on both sides)`, line, 'Date.now()');
  }
}

function saveFindings(ast, code, facts) {
  return new SaveRules(ast, code, facts).run();
}

module.exports = { saveFindings };
