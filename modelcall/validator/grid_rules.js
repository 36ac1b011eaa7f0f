'use strict';
// Whole-program checks of games on a board of cells: a row and a column handed over each other's name, a snapshot of
// the board that shares its rows, a cleared row whose replacement is never looked at, a flat index whose neighbours
// wrap round into the next row, a line's end checked one cell past the last one read, a box's first cell taken as its
// index, the opened cells of a minefield counted up to every cell, mines too, and a line through the last piece counted
// only forwards along each direction, a reversi line flipped with no own disc closing it, a map of text rows read
// as map[x][y], a centred object's x over the cell size compared with whole cell numbers, a solved test that asks the
// gap to hold the last number, a run of equal cells looked at only when a different cell ends it, and a piece put on a
// cell from constants while the cell fields every move steps from stay as they were,
// a capture by the steps two tokens walked from their own starts, a double buffer shared after the swap, and a floor
// tile counted as a wall by hasTileAt(), and a thing moved into a cell the scan has still to reach (sand that falls to
// the bottom in one pass).
// Round 68: an occupied set never told of a move, a reach search that expands the places at its limit, and the start
// cell counted in both directions of a line.
// Round 69: a slide that asks about the cell it is on and stops inside the wall.
// Round 69's left-overs: a copy that runs the way it writes, a clear behind a guard that returns on a filled slot,
// a turn made by a transpose alone, and 2048's slide that merges a merged tile again.
// Round 70: a mirror index one off, a tile region given no size, an L-corridor whose legs both start from one end, a
// random point used as a tile, and an explored set kept across floors.
// Round 71: a line of cells walked one short of its end.
// Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const { walk, memberPath, lineOf, literalValue } = require('./game_state');
const { RuleSet, escape, memberPattern } = require('./rule_set');

function walkDecls(ast) {
  const out = [];
  walk(ast, (n) => { if (n.type === 'VariableDeclarator') out.push(n); });
  return out;
}

class GridRules extends RuleSet {
  run() {
    if (/\b(row|col|r|c|x|y)\s*,\s*(row|col|r|c|x|y)\b/.test(this.code)) this.coordinatesSwappedByName();
    if (/\[\s*\.\.\.\s*[\w.]+\s*\]|\.slice\s*\(\s*\)|Array\.from\s*\(/.test(this.code) && /\]\s*\[/.test(this.code)) this.snapshotSharesRows();
    if (/\.splice\s*\(/.test(this.code) && /\.unshift\s*\(/.test(this.code)) this.clearedRowNotLookedAtAgain();
    if (/\)\s*\*\s*[\w.]+\s*\+\s*\(?\s*\w+\s*\+\s*\w+/.test(this.code)) this.flatNeighbourWraps();
    if (/=\s*\w+\s*\+\s*\d\s*\*\s*\w+\s*;/.test(this.code)) this.lineEndOnePastLast();
    if (/Math\s*\.\s*floor\s*\(\s*\w+\s*\/\s*\d\s*\)\s*;/.test(this.code)) this.boxIndexAsFirstCell();
    if (/\b(MINES?|BOMBS?|MINE_COUNT|NUM_MINES|MINES_COUNT)\s*=\s*\d/.test(this.code)) this.openedCountedToEveryCell();
    if (/1\s*\+\s*[\w.]+\s*\(/.test(this.code) && /\[\s*1\s*,\s*-\s*1\s*\]|\[\s*-\s*1\s*,\s*1\s*\]/.test(this.code)) this.lineCountedOneWay();
    if (/\[\s*\w*x\s*\]\s*\[\s*\w*y\s*\]/.test(this.code)) this.textRowsReadByColumn();
    if (/while\s*\(/.test(this.code) && /===?\s*(opponent|other|enemy|them|opp)\w*\s*\)/i.test(this.code)) this.lineFlippedUnclosed();
    if (/===\s*[\w.]+\.[xy]\s*\/\s*\w+/.test(this.code)) this.centredPositionAsCell();
    if (/\.every\s*\(\s*\(\s*\w+\s*,\s*\w+\s*\)\s*=>\s*\w+\s*===\s*\w+\s*\+\s*1\s*\)/.test(this.code)) this.solvedCountsTheGap();
    if (/(\+\+|\+=\s*1\b)/.test(this.code) && /=\s*1\s*;/.test(this.code) && />=\s*(3|[A-Z_]+)\b/.test(this.code)) this.lastRunNeverChecked();
    if (/this\s*\.\s*\w+\s*\*\s*[A-Z_]+\b/.test(this.code)) this.placedOffItsCell();
    if (/%/.test(this.code) && /(start|START|offset|OFFSET|entry|ENTRY)/.test(this.code)) this.captureByStepsWalked();
    if (/hasTileAt\s*\(/.test(this.code) && /make\s*\.\s*tilemap\s*\(\s*\{[^}]*data/.test(this.code)) this.floorTileCountedAsWall();
    if (/this\s*\.\s*\w+\s*=\s*this\s*\.\s*\w+\s*;/.test(this.code)) this.bufferSharedAfterSwap();
    if (/\[\s*\w+\s*[+-]\s*[\w.]+\s*\](\s*\[[^\]]+\])?\s*=[^=]/.test(this.code)) this.movedIntoTheNextCellRead();
    if (/new\s+Set\s*\(/.test(this.code) && /\.\s*has\s*\(/.test(this.code)) this.occupiedSetGoesStale();
    if (/\.\s*(shift|pop)\s*\(\s*\)/.test(this.code) && /\.\s*\w+\s*>\s*[\w.]+\s*\)\s*(continue|break)/.test(this.code)) this.reachOneStepTooFar();
    if (/-\s*\w+\s*,\s*-\s*\w+/.test(this.code)) this.startCountedBothWays();
    if (/while\s*\(\s*!\s*this\s*\.\s*\w+\s*\(\s*\w+\s*,\s*\w+\s*\)\s*\)/.test(this.code)) this.slideStopsInsideTheWall();
    if (/\bfor\s*\(/.test(this.code) && /\]\s*=\s*[\w.]+(\[[^\]]+\])+\s*;/.test(this.code)) this.copiedForwardOverItself();
    if (/\)\s*return\b/.test(this.code) && /\]\s*=\s*(0|null|''|"")\s*;/.test(this.code)) this.clearBehindItsGuard();
    if (/rotat|turn|spin|clockwise/i.test(this.code) && /\]\s*\[|\.map\s*\(/.test(this.code)) this.rotatedByTranspose();
    if (/\*=\s*2\b|\*\s*2\s*;/.test(this.code) && /while\s*\(/.test(this.code)) this.mergedTileMergesAgain();
    if (/mirror|symmetr|reflect|flip|opposite/i.test(this.code)) this.mirrorOneOff();
    if (/tilemap/i.test(this.code) && /\.(replaceByIndex|fill|swapByIndex|randomize|shuffle|weightedRandomize)\s*\(/.test(this.code)) this.tileRegionToMapEnd();
    if (/Tunnel|Corridor|carve|dig/i.test(this.code)) this.corridorLegsFromOneEnd();
    if (/getRandomPoint\s*\(|Rectangle\s*\.\s*Random\s*\(/.test(this.code)) this.randomPointAsTile();
    if (/seen|explored|visited|revealed|discovered/i.test(this.code)) this.exploredKeptAcrossFloors();
    if (/Math\s*\.\s*abs\s*\(\s*\w+\s*\)\s*(,|:)\s*Math\s*\.\s*abs/.test(this.code)) this.selectionShortOfItsEnd();
    return this.found;
  }

  // const br = Math.floor(r / 3); for (let i = br; i < br + 3; i++): the box's index (0, 1, 2) is used as its first
  // row, so the loop looks at the wrong three rows (Math.floor(r / 3) * 3)
  boxIndexAsFirstCell() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*Math\s*\.\s*floor\s*\(\s*(\w+)\s*\/\s*(\d)\s*\)\s*;/g)) {
      const [, box, cell, n] = m;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const loop = new RegExp(`for\\s*\\(\\s*(?:let|var)\\s+(\\w+)\\s*=\\s*${box}\\s*;\\s*\\1\\s*<\\s*${box}\\s*\\+\\s*${n}\\s*;`).exec(after);
      if (!loop) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${box} = Math.floor(${cell} / ${n}) (line ${line}) is the box's number (0, 1, 2, …), and the loop from ${box} to ${box} + ${n} (line ${line + after.slice(0, loop.index).split('\n').length - 1}) reads it as the box's first cell: it looks at the wrong ${n} cells, so a clash inside the box is never seen (Math.floor(${cell} / ${n}) * ${n})`, line, `Math.floor(${cell} / ${n}) * ${n}`);
      return;
    }
  }

  // FLOORS = [['#####', '#..>#', ...]] (each string a row) and this.map[x][y] !== '#': the first index picks a row, so
  // x is taken as the row and y as the column, and the walls tested are not the ones drawn (this.map[y][x])
  textRowsReadByColumn() {
    // maps written as lists of text rows
    const rowsOf = /\[\s*(['"`][^'"`\n]{3,}['"`]\s*,\s*){2,}['"`][^'"`\n]{3,}['"`]\s*,?\s*\]/;
    if (!rowsOf.test(this.code)) return;
    for (const m of this.code.matchAll(/(this\.\w+|\b[A-Za-z_]\w*)\s*\[\s*(\w*x)\s*\]\s*\[\s*(\w*y)\s*\]/g)) {
      const [, map, x, y] = m;
      if (x.slice(0, -1) !== y.slice(0, -1)) continue;
      const esc = map.replace(/[.$]/g, '\\$&');
      // the same map read the other way elsewhere (map[y][x], row.forEach((ch, x)) is how its rows go
      if (!new RegExp(`${esc}\\s*\\[\\s*\\w*y\\s*\\]\\s*\\[\\s*\\w*x\\s*\\]|${esc}\\s*\\.\\s*forEach\\s*\\(\\s*\\(\\s*row\\s*,\\s*y\\s*\\)`).test(this.code)) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0]} (line ${line}) reads ${map} column first, but its rows come first (${map} is read as [${y.replace(/y$/, '')}y][${x.replace(/x$/, '')}x] elsewhere): x picks a row and y a column, so the cell tested is not the one drawn (${map}[${y}][${x}])`, line, `${map}[${y}][${x}]`);
      return;
    }
  }

  // while (inside(rr, cc) && board[rr][cc] === opponent) { line.push([rr, cc]); ... } if (line.length > 0 &&
  // inside(rr, cc)) flips.push(...line): the run of the opponent's discs is taken whatever ends it, an empty cell too,
  // so lines that no disc of the player's closes are flipped (&& board[rr][cc] === player)
  lineFlippedUnclosed() {
    walk(this.ast, (n, parent) => {
      if (this.found.some((f) => f.expected === 'closed by the own disc') || n.type !== 'WhileStatement' || !parent || !Array.isArray(parent.body)) return;
      const test = /([\w.]+(?:\[[^\]]+\])+)\s*===?\s*((opponent|other|enemy|them|opp)\w*)\s*$/i.exec(this.text(n.test));
      if (!test) return;
      const run = /(\w+)\s*\.\s*push\s*\(/.exec(this.text(n.body));
      if (!run) return;
      const next = parent.body[parent.body.indexOf(n) + 1];
      if (!next || next.type !== 'IfStatement') return;
      const cond = this.text(next.test);
      if (!new RegExp(`\\b${run[1]}\\s*\\.\\s*length`).test(cond) || !/push\s*\(\s*\.\.\.|\.concat\s*\(|forEach|for\s*\(/.test(this.text(next.consequent))) return;
      if (/===?\s*(player|me|own|current|turn|colou?r|self|mine|who|p)\w*\b|!==?\s*0|!==?\s*EMPTY/i.test(cond.replace(test[1], ''))) return;
      if (new RegExp(`${test[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*===?`).test(cond)) return;
      this.add('never_fires', true, `if (${cond}) (line ${lineOf(next)}) takes the run of ${test[2]}'s discs (line ${lineOf(n)}) whatever cell ends it, an empty one too: lines that no disc of the player's closes are flipped (&& the cell after the run holds the player's disc)`, lineOf(next), 'closed by the own disc');
    });
  }

  // [[0, 1], [1, 0], [1, 1], [1, -1]].some(([dr, dc]) => 1 + this.countFrom(row, col, dr, dc) >= 4): from the piece
  // just dropped each line is counted one way only, so a four finished in its middle or at its far end is missed (add
  // this.countFrom(row, col, -dr, -dc))
  lineCountedOneWay() {
    const m = /1\s*\+\s*([\w.]+)\s*\(\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*\)\s*>=?\s*(\d)/.exec(this.code);
    if (!m) return;
    const [, count, , , dr, dc] = m;
    if (new RegExp(`-\\s*${dr}\\b|-\\s*${dc}\\b`).test(this.code)) return;
    // four directions, none the reverse of another: each line is walked from one side only
    const dirs = /\[\s*(\[\s*-?\d\s*,\s*-?\d\s*\]\s*,\s*){3}\[\s*-?\d\s*,\s*-?\d\s*\]\s*\]/.exec(this.code);
    if (!dirs) return;
    const pairs = [...dirs[0].matchAll(/\[\s*(-?\d)\s*,\s*(-?\d)\s*\]/g)].map((p) => [Number(p[1]), Number(p[2])]);
    if (pairs.some(([a, b], i) => pairs.some(([c, d], j) => i !== j && a === -c && b === -d))) return;
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0]} (line ${line}) counts each line from the piece just placed in one direction only (${dirs[0].replace(/\s+/g, ' ')}): a line finished in its middle or at its far end is never seen (add ${count}(…, -${dr}, -${dc}))`, line, `${count}(…, -${dr}, -${dc})`);
  }

  // if (this.data.get('opened') === COLS * ROWS) win(), with MINES = 10 of the cells mines that are never opened (a
  // mine ends the game): the count stops ten short, so the field is never cleared (COLS * ROWS - MINES)
  openedCountedToEveryCell() {
    const mines = /\b(MINES?|BOMBS?|MINE_COUNT|NUM_MINES|MINES_COUNT)\s*=\s*(\d+)/.exec(this.code);
    if (!mines || Number(mines[2]) <= 0) return;
    const DIM = '(?:COLS|ROWS|W|H|WIDTH|HEIGHT|SIZE|GRID_W|GRID_H|COLUMNS|GRID|N|this\\.(?:cols|rows|size|width|height))';
    const re = new RegExp(`(===?|>=)\\s*(${DIM}\\s*\\*\\s*${DIM})\\s*\\)`, 'g');
    for (const m of this.code.matchAll(re)) {
      const line = this.lineAt(m.index);
      const before = this.code.slice(Math.max(0, m.index - 80), m.index);
      if (!/open|reveal|uncover|clear|safe/i.test(before)) continue;
      const shown = this.code.slice(this.code.lastIndexOf('\n', m.index) + 1, m.index + m[0].length).trim();
      this.add('never_fires', true, `${shown} (line ${line}) waits for every cell to be opened, but ${mines[2]} of them are mines (${mines[1]}) that are never opened: the count stops ${mines[2]} short and the field is never cleared (${m[2]} - ${mines[1]})`, line, `${m[2]} - ${mines[1]}`);
      return;
    }
  }

  // const i = (row + dr) * SIZE + (col + dc); if (i >= 0 && i < SIZE * SIZE) lights[i] = !lights[i]: the flat index
  // stays on the board when col + dc runs off its left or right side, and lands at the other end of the row above or
  // below, so a light on an edge toggles one on the far edge (check row + dr and col + dc each against the board)
  flatNeighbourWraps() {
    for (const d of walkDecls(this.ast)) {
      if (d.id.type !== 'Identifier' || !d.init) continue;
      const m = /^\(\s*(\w+)\s*\+\s*(\w+)\s*\)\s*\*\s*([\w.]+)\s*\+\s*\(?\s*(\w+)\s*\+\s*(\w+)\s*\)?$/.exec(this.text(d.init));
      if (!m) continue;
      const [, row, dr, , col, dc] = m;
      const i = d.id.name;
      const after = this.code.slice(d.end, d.end + 400);
      // the flat index is checked against the board's ends, and the column on its own is not
      const bounds = new RegExp(`\\b${i}\\s*>=?\\s*0\\s*&&\\s*${i}\\s*<=?\\s*[\\w.*\\s]+|\\b${i}\\s*<=?\\s*[\\w.*\\s]+&&\\s*${i}\\s*>=?\\s*0`).exec(after);
      if (!bounds) continue;
      const fnText = this.code.slice(Math.max(0, d.start - 300), d.end + 400);
      if (new RegExp(`${col}\\s*\\+\\s*${dc}\\s*(<|>|>=|<=)|(<|>|>=|<=)\\s*${col}\\s*\\+\\s*${dc}|=\\s*${col}\\s*\\+\\s*${dc}\\s*[;,]`).test(fnText)) continue;
      this.add('wrong_argument', true, `${i} = ${this.text(d.init)} (line ${lineOf(d)}) is checked only as a whole (${bounds[0].trim()}): when ${col} + ${dc} runs off the left or right side, ${i} is still on the board and lands at the other end of the row above or below, so an edge cell takes a neighbour from the far edge (check ${row} + ${dr} and ${col} + ${dc} each against the board)`, lineOf(d), `${col} + ${dc} checked against the board`);
      return;
    }
  }

  // const endR = r + 4 * dr with the line read by while (k < 4 && board[r + k * dr][c + k * dc] === p): the cells read
  // go up to r + 3 * dr, and the end checked is one past them, so a line of four that ends on the board's edge is
  // never counted (r + 3 * dr)
  lineEndOnePastLast() {
    for (const d of walkDecls(this.ast)) {
      if (d.id.type !== 'Identifier' || !d.init) continue;
      const m = /^(\w+)\s*\+\s*(\d)\s*\*\s*(\w+)$/.exec(this.text(d.init));
      if (!m) continue;
      const [, start, n, step] = m;
      const end = d.id.name;
      const after = this.code.slice(d.end, d.end + 500);
      if (!new RegExp(`\\b${end}\\s*(>=|<|<=|>)`).test(after)) continue;
      // the cells read: start + k * step with k running below n
      const read = new RegExp(`\\b(\\w+)\\s*<\\s*${n}\\b[^;]*\\[\\s*${start}\\s*\\+\\s*\\1\\s*\\*\\s*${step}\\s*\\]|\\b(\\w+)\\s*<\\s*${n}\\s*;[^)]*\\)[^]*?\\[\\s*${start}\\s*\\+\\s*\\2\\s*\\*\\s*${step}\\s*\\]`).exec(after);
      if (!read) continue;
      this.add('never_fires', true, `${end} = ${this.text(d.init)} (line ${lineOf(d)}) is checked against the board, but the cells read go from ${start} up to ${start} + ${Number(n) - 1} * ${step} (${read[1] || read[2]} < ${n}): the end checked is one past the last cell, so a line that ends on the board's edge is never counted (${start} + ${Number(n) - 1} * ${step})`, lineOf(d), `${start} + ${Number(n) - 1} * ${step}`);
      return;
    }
  }

  // function playAt(scene, row, col) called as playAt(this, col, row): the two are handed over each other's name, so
  // every mark lands on the mirrored cell (playAt(this, row, col))
  coordinatesSwappedByName() {
    const PAIRS = [['row', 'col'], ['r', 'c'], ['x', 'y'], ['row', 'column'], ['gridX', 'gridY'], ['gx', 'gy'], ['tx', 'ty'], ['cx', 'cy']];
    const calls = [];
    walk(this.ast, (n, parent, key, ctx) => { if (n.type === 'CallExpression') calls.push({ n, ctx }); });
    for (const c of calls) {
      const callee = c.n.callee;
      const own = callee.type === 'Identifier' || (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'ThisExpression');
      if (!own || c.n.arguments.length < 2) continue;
      const fn = this.facts.namedFunction(callee.type === 'Identifier' ? callee.name : callee.property.name);
      if (!fn || fn === c.ctx.fn) continue;
      const params = fn.params.map((p) => (p.type === 'Identifier' ? p.name : null));
      const args = c.n.arguments.map((a) => (a.type === 'Identifier' ? a.name : null));
      for (const [a, b] of PAIRS) {
        const pa = params.indexOf(a);
        const pb = params.indexOf(b);
        if (pa < 0 || pb < 0 || args[pa] !== b || args[pb] !== a) continue;
        this.add('wrong_argument', true, `${this.text(c.n)} (line ${lineOf(c.n)}) hands ${b} where ${this.text(callee)}() takes ${a} and ${a} where it takes ${b} (line ${lineOf(fn)}: ${this.text(callee).split('.').pop()}(${params.map((p) => p || '…').join(', ')})): the two are swapped, so it acts on the mirrored cell`, lineOf(c.n), `${a} and ${b} in the order the function takes them`);
        return;
      }
    }
  }

  // const before = [...this.grid] (rows of arrays), the move writes this.grid[r][c], then JSON.stringify(before) !==
  // JSON.stringify(this.grid): a spread copies the outer array only, the rows are the same arrays, so the snapshot
  // changes with the grid and the move is never seen (this.grid.map((row) => [...row]))
  snapshotSharesRows() {
    for (const d of walkDecls(this.ast)) {
      const init = d.init;
      if (!init || d.id.type !== 'Identifier') continue;
      let source = null;
      if (init.type === 'ArrayExpression' && init.elements.length === 1 && init.elements[0] && init.elements[0].type === 'SpreadElement') source = memberPath(init.elements[0].argument);
      else if (init.type === 'CallExpression' && init.callee.type === 'MemberExpression' && !init.callee.computed && init.callee.property.name === 'slice' && !init.arguments.length) source = memberPath(init.callee.object);
      else if (init.type === 'CallExpression' && memberPath(init.callee) === 'Array.from' && init.arguments.length === 1) source = memberPath(init.arguments[0]);
      if (!source) continue;
      const esc = source.replace(/[.$]/g, (ch) => '\\' + ch);
      // the grid holds rows (grid[r][c]) and a cell is written in place
      if (!new RegExp(`${esc}\\s*\\[[^\\]]+\\]\\s*\\[[^\\]]+\\]\\s*=[^=]`).test(this.code)) continue;
      const name = d.id.name;
      // the snapshot is compared with the grid afterwards
      const compared = new RegExp(`JSON\\.stringify\\s*\\(\\s*${name}\\s*\\)\\s*[!=]==?\\s*JSON\\.stringify\\s*\\(\\s*${esc}\\s*\\)|JSON\\.stringify\\s*\\(\\s*${esc}\\s*\\)\\s*[!=]==?\\s*JSON\\.stringify\\s*\\(\\s*${name}\\s*\\)|\\b${name}\\s*\\[[^\\]]+\\]\\s*\\[[^\\]]+\\]\\s*[!=]==?|[!=]==?\\s*${name}\\s*\\[[^\\]]+\\]\\s*\\[`).exec(this.code);
      if (!compared) continue;
      // rows that are made again in between (grid[r] = [...]) are new arrays; only in-place cell writes go unseen
      if (new RegExp(`${esc}\\s*\\[[^\\]]+\\]\\s*=[^=]|${esc}\\s*=[^=]`).test(this.code.slice(d.end))) continue;
      const line = this.lineAt(compared.index);
      this.add('never_fires', true, `${this.text(d)} (line ${lineOf(d)}) copies only the outer array of ${source}: its rows are the same arrays, so the cells written afterwards change the copy too, and the comparison with ${name} at line ${line} never sees a change (${source}.map((row) => [...row]))`, lineOf(d), `${source}.map((row) => [...row])`);
      return;
    }
  }

  // for (let r = ROWS - 1; r >= 0; r--) { if (full(r)) { grid.splice(r, 1); grid.unshift(emptyRow()); } }: the row
  // above drops into r, and the loop moves on to r - 1, so of two full rows one above the other the second is never
  // looked at and stays (r++ after the unshift, to look at r again)
  clearedRowNotLookedAtAgain() {
    walk(this.ast, (n) => {
      if (this.found.some((f) => f.expected === 'r looked at again') || n.type !== 'ForStatement' || !n.update) return;
      const up = n.update;
      const v = up.type === 'UpdateExpression' && up.operator === '--' && up.argument.type === 'Identifier' ? up.argument.name
        : up.type === 'AssignmentExpression' && up.operator === '-=' && up.left.type === 'Identifier' && this.facts.numberOf(up.right) === 1 ? up.left.name : null;
      if (!v) return;
      let hit = null;
      walk(n.body, (m, parent, key, ctx) => {
        if (hit || ctx.fn || m.type !== 'IfStatement') return;
        const body = this.text(m.consequent);
        const splice = new RegExp(`([\\w.]+)\\s*\\.\\s*splice\\s*\\(\\s*${v}\\s*,\\s*1\\s*\\)`).exec(body);
        if (!splice) return;
        const esc = splice[1].replace(/[.$]/g, (ch) => '\\' + ch);
        if (!new RegExp(`${esc}\\s*\\.\\s*unshift\\s*\\(`).test(body)) return;
        if (new RegExp(`\\b${v}\\s*(\\+\\+|\\+=|=[^=])|\\+\\+\\s*${v}\\b`).test(body)) return;
        hit = { m, grid: splice[1] };
      });
      if (!hit) return;
      this.add('never_fires', true, `${this.text(hit.m.test)} then ${hit.grid}.splice(${v}, 1) and ${hit.grid}.unshift(...) (line ${lineOf(hit.m)}) in a loop that goes on with ${v}-- (line ${lineOf(n)}): the row above drops into ${v} and is never looked at, so of two full rows one above the other only one is cleared (${v}++ after the unshift, to look at ${v} again)`, lineOf(hit.m), 'r looked at again');
    });
  }

  // for (let y = 0; y < ROWS - 1; y++) ... grid[y + 1][x] = grid[y][x]; grid[y][x] = 0: the grain moved into row y + 1 is
  // the one the loop looks at next, so it is moved again on every row and reaches the bottom in one step (scan from
  // the far end: for (let y = ROWS - 2; y >= 0; y--))
  movedIntoTheNextCellRead() {
    const EMPTY = new Set([0, null, '', false, undefined, -1]);
    const cellOf = (n) => { // grid[a][b] -> {base, indices}
      const indices = [];
      while (n && n.type === 'MemberExpression' && n.computed) { indices.unshift(n.property); n = n.object; }
      const base = n && memberPath(n);
      return base && indices.length ? { base, indices } : null;
    };
    walk(this.ast, (loop) => {
      if (this.found.some((f) => f.expected === 'scanned from the far end') || loop.type !== 'ForStatement' || !loop.update) return;
      const up = loop.update;
      const v = up.type === 'UpdateExpression' && up.argument.type === 'Identifier' ? up.argument.name
        : up.type === 'AssignmentExpression' && ['+=', '-='].includes(up.operator) && up.left.type === 'Identifier' && this.facts.numberOf(up.right) === 1 ? up.left.name : null;
      if (!v) return;
      const ahead = (up.operator === '++' || up.operator === '+=') ? '+' : '-';
      const body = this.text(loop.body);
      if (/moved|updated|processed|visited|stepped|settled|done\b|frame|tick/i.test(body)) return;
      if (new RegExp(`\\b${v}\\s*(\\+\\+|--|[-+]?=[^=])|(\\+\\+|--)\\s*${v}\\b|\\bbreak\\b`).test(body)) return;
      const writes = [];
      walk(loop.body, (m, parent, key, ctx) => {
        if (ctx.fn || m.type !== 'AssignmentExpression' || m.operator !== '=') return;
        const cell = cellOf(m.left);
        if (cell) writes.push({ m, cell });
      });
      for (const w of writes) {
        const p = w.cell.indices.findIndex((i) => i.type === 'BinaryExpression' && i.operator === ahead && i.left.type === 'Identifier' && i.left.name === v
          && (this.facts.numberOf(i.right) > 0 || (i.right.type !== 'Literal' && this.facts.numberOf(i.right) == null)));
        if (p < 0) continue;
        // the cell it came from: the same array, the loop's own index where the target has the one ahead
        const sameCell = (c) => c && c.base === w.cell.base && c.indices.length === w.cell.indices.length
          && c.indices[p].type === 'Identifier' && c.indices[p].name === v;
        const readsSource = sameCell(cellOf(w.m.right));
        const value = literalValue(w.m.right);
        const clearsSource = !(value.ok && EMPTY.has(value.value)) && writes.some((o) => o !== w && sameCell(o.cell)
          && literalValue(o.m.right).ok && EMPTY.has(literalValue(o.m.right).value));
        if (!readsSource && !clearsSource) continue;
        const line = lineOf(w.m);
        const target = this.text(w.m.left);
        this.add('state_not_updated', true, `${target} = … (line ${line}) moves what is in ${w.cell.base}'s cell at ${v} into the cell at ${this.text(w.cell.indices[p])}, which the loop over ${v} (line ${lineOf(loop)}) has still to look at in the same ${w.cell.base}: the same thing is moved again at every step of the loop and goes all the way to the end in one pass (go over ${v} from the far end, so a moved thing is not met again)`, line, 'scanned from the far end');
        return;
      }
    });
  }

  // this.food.setPosition(cell.x * CELL + CELL / 2, ...) and head.x === this.food.x / CELL: the food sits in the middle
  // of its cell, so its x over CELL is always n.5 and never equals a whole cell number (Math.floor(this.food.x / CELL))
  centredPositionAsCell() {
    for (const m of this.code.matchAll(/===\s*([\w.]+)\.([xy])\s*\/\s*(\w+)(?!\s*[-+*/(])/g)) {
      const [, obj, axis, size] = m;
      const esc = escape(obj);
      const centred = new RegExp(`${esc}\\s*\\.\\s*(setPosition\\s*\\(|${axis}\\s*=(?!=))[^;]*\\*\\s*${size}\\s*\\+\\s*${size}\\s*\\/\\s*2\\b`).exec(this.code);
      if (!centred) continue;
      const line = this.lineAt(m.index);
      this.add('never_fires', true, `the test on line ${line} compares a whole cell number with ${obj}.${axis} / ${size}, but ${obj} is placed in the middle of its cell (… * ${size} + ${size} / 2, line ${this.lineAt(centred.index)}): ${obj}.${axis} / ${size} is always n.5, so the test never holds (Math.floor(${obj}.${axis} / ${size}))`, line, `Math.floor(${obj}.${axis} / ${size})`);
      return;
    }
  }

  // board = [1..15, 0] and isSolved() { return this.board.every((n, i) => n === i + 1); }: the gap is kept as 0 in the
  // last cell, which this asks to be 16, so the solved board never counts as solved (n === (i + 1) % 16)
  solvedCountsTheGap() {
    const m = /([\w.]+)\s*\.\s*every\s*\(\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*=>\s*\2\s*===\s*\3\s*\+\s*1\s*\)/.exec(this.code);
    if (!m) return;
    const board = escape(m[1]);
    if (!new RegExp(`${board}\\s*\\.\\s*indexOf\\s*\\(\\s*0\\s*\\)|${board}\\s*\\[[^\\]]+\\]\\s*=\\s*0\\s*;|\\.concat\\s*\\(\\s*0\\s*\\)|,\\s*0\\s*\\]\\s*;`).test(this.code)) return;
    const line = this.lineAt(m.index);
    this.add('never_fires', true, `${m[0]} (line ${line}) asks every cell to hold its number + 1, but the gap is kept as 0 in ${m[1]}: the last cell of a solved board holds 0, not ${m[1]}.length, so the puzzle never counts as solved (${m[2]} === (${m[3]} + 1) % ${m[1]}.length)`, line, `${m[2]} === (${m[3]} + 1) % ${m[1]}.length`);
  }

  // let run = 1; for (let i = 1; i < cells.length; i++) { if (same) { run++; continue; } if (run >= 3) mark(...);
  // run = 1; }: a run is only looked at when a different cell ends it, so one that reaches the end of the line is
  // never checked, and matches at the right or bottom edge are missed (check run >= 3 once more after the loop)
  lastRunNeverChecked() {
    walk(this.ast, (loop) => {
      if (this.found.some((f) => f.expected === 'check the last run after the loop') || loop.type !== 'ForStatement' || !loop.body || loop.body.type !== 'BlockStatement') return;
      const body = this.text(loop.body);
      const grow = /(?<![\w.$])(\w+)\s*(\+\+|\+=\s*1\b)/.exec(body);
      if (!grow) return;
      const run = grow[1];
      const test = new RegExp(`if\\s*\\(\\s*${run}\\s*>=\\s*(\\d+|[A-Z_][A-Z0-9_]*)\\s*\\)`).exec(body);
      if (!test || !new RegExp(`(?<![\\w.$])${run}\\s*=\\s*1\\s*;`).test(body.slice(test.index))) return;
      // the loop's test reaches one past the end (i <= cells.length) so the end closes the last run itself
      if (loop.test && /<=/.test(this.text(loop.test))) return;
      const fn = this.functions().filter((f) => f.node.start < loop.start && loop.end < f.node.end).pop();
      const after = fn ? this.code.slice(loop.end, fn.node.body.end) : '';
      if (new RegExp(`(?<![\\w.$])${run}\\b`).test(after)) return;
      const line = this.lineAt(loop.body.start + test.index);
      this.add('never_fires', true, `if (${run} >= ${test[1]}) (line ${line}) looks at a run only when a different cell ends it, and nothing looks at ${run} after the loop: a run that reaches the end of the line is never checked, so matches at the last cells are missed (check ${run} >= ${test[1]} once more after the loop)`, line, 'check the last run after the loop');
    });
  }

  // hop() moves this.row and this.col and tweens the frog to this.col * CELL + CELL / 2, but sendHome() puts the frog
  // at START_ROW * CELL + CELL / 2 and leaves this.row as it was: the next hop starts from the old cell, and the frog
  // jumps back to where it was sent home from (set this.row and this.col where the frog is placed)
  placedOffItsCell() {
    const placed = new Map();
    const note = (who, field, size) => {
      const key = who.replace(/\s+/g, '');
      if (!placed.has(key)) placed.set(key, { fields: new Set(), sizes: new Set() });
      placed.get(key).fields.add(field);
      placed.get(key).sizes.add(size);
    };
    const fromField = /^this\s*\.\s*(\w+)\s*\*\s*([A-Z_][A-Z0-9_]*)\b/;
    walk(this.ast, (n) => {
      if (n.type !== 'ObjectExpression') return;
      const props = new Map(n.properties.filter((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier').map((p) => [p.key.name, p.value]));
      if (!props.has('targets')) return;
      for (const axis of ['x', 'y']) {
        const m = props.has(axis) && fromField.exec(this.text(props.get(axis)).trim());
        if (m) note(this.text(props.get('targets')), m[1], m[2]);
      }
    });
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+)\s*\.\s*setPosition\s*\(\s*this\s*\.\s*(\w+)\s*\*\s*([A-Z_][A-Z0-9_]*)\b[^,;]*,\s*this\s*\.\s*(\w+)\s*\*\s*([A-Z_][A-Z0-9_]*)\b/g)) {
      note(m[1], m[2], m[3]);
      note(m[1], m[4], m[5]);
    }
    for (const m of this.code.matchAll(/(this\s*\.\s*\w+)\s*\.\s*[xy]\s*=\s*this\s*\.\s*(\w+)\s*\*\s*([A-Z_][A-Z0-9_]*)\b/g)) note(m[1], m[2], m[3]);
    for (const [who, { fields, sizes }] of placed) {
      if (!/^this\.\w+$/.test(who)) continue;
      const names = [...fields].join('|');
      const setsField = new RegExp(`this\\s*\\.\\s*(${names})\\s*(=[^=]|\\+=|-=|\\+\\+|--)|(\\+\\+|--)\\s*this\\s*\\.\\s*(${names})\\b`);
      const stepped = new RegExp(`this\\s*\\.\\s*(${names})\\s*(\\+=|-=|\\+\\+|--)|(\\+\\+|--)\\s*this\\s*\\.\\s*(${names})\\b|this\\s*\\.\\s*(${names})\\s*=[^=;][^;]*this\\s*\\.\\s*\\5\\b`);
      const w = memberPattern(who);
      if (!stepped.test(this.code) || new RegExp(`this\\s*\\.\\s*(${names})\\s*=[^=;][^;]*${w}\\s*\\.\\s*[xy]\\b`).test(this.code)) continue;
      for (const m of this.code.matchAll(new RegExp(`${w}\\s*(?:\\.\\s*body\\s*)?\\.\\s*(?:setPosition|reset)\\s*\\(([^;]*)\\)\\s*;`, 'g'))) {
        const args = m[1];
        const ids = args.match(/[A-Za-z_$][\w$]*/g) || [];
        if (!ids.length || !ids.every((id) => /^[A-Z_][A-Z0-9_]*$/.test(id)) || ![...sizes].some((k) => ids.includes(k))) continue;
        const at = this.functionAt(m.index);
        if (!at || setsField.test(at.text)) continue;
        const stale = at.name && !/^(create|init|constructor)$/.test(at.name)
          ? [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${at.name}\\s*\\(`, 'g'))].map((c) => this.functionAt(c.index)).find((f) => f && !setsField.test(f.text))
          : (!at.name ? at : null);
        if (!stale) continue;
        const line = this.lineAt(m.index);
        this.add('state_not_updated', true, `${m[0].trim()} (line ${line}) puts ${who} on a cell from constants, but leaves this.${[...fields].join(' and this.')} as they were, while every move steps from them (line ${this.lineAt(stepped.exec(this.code).index)}): the next move starts from the old cell and ${who} jumps back there (set this.${[...fields].join(' and this.')} where ${who} is placed)`, line, `this.${[...fields][0]} = ... with the placement`);
        return;
      }
    }
  }

  // square(player, pos) { return (player.start + pos) % TRACK; } and capture: o.pos === token.pos: each token's pos
  // counts the steps from its own player's start, so equal steps are different squares for two players, and two
  // tokens on one square have different steps (compare this.square(opponent, o.pos) with this.square(player, token.pos))
  captureByStepsWalked() {
    const relative = new Set();
    let square = null;
    walk(this.ast, (n) => {
      if (n.type !== 'BinaryExpression' || n.operator !== '%' || n.left.type !== 'BinaryExpression' || n.left.operator !== '+') return;
      const sides = [n.left.left, n.left.right];
      const start = sides.find((s) => /start|offset|entry/i.test(this.text(s)));
      const steps = sides.find((s) => s !== start);
      if (!start || !steps) return;
      if (steps.type === 'MemberExpression' && !steps.computed) relative.add(`.${steps.property.name}`);
      if (steps.type === 'MemberExpression' && steps.computed) relative.add(`${this.text(steps.object).replace(/\s+/g, '')}[]`);
      if (steps.type === 'Identifier') {
        const fn = this.functionAt(n.start);
        const at = fn ? fn.node.params.findIndex((p) => p.type === 'Identifier' && p.name === steps.name) : -1;
        if (at < 0 || !fn.name) return;
        walk(this.ast, (c) => {
          if (c.type !== 'CallExpression' || !c.arguments[at]) return;
          const name = c.callee.type === 'Identifier' ? c.callee.name : c.callee.type === 'MemberExpression' && !c.callee.computed ? c.callee.property.name : null;
          const a = c.arguments[at];
          if (name === fn.name && a.type === 'MemberExpression' && !a.computed) relative.add(`.${a.property.name}`);
        });
      }
      square = square || n;
    });
    if (!relative.size) return;
    const keyOf = (s) => s.type === 'MemberExpression' && !s.computed ? `.${s.property.name}` : s.type === 'MemberExpression' && s.computed ? `${this.text(s.object).replace(/\s+/g, '')}[]` : null;
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
      const k = keyOf(n.left);
      if (!k || k !== keyOf(n.right) || !relative.has(k) || this.text(n.left) === this.text(n.right)) return;
      const fn = this.functionAt(n.start);
      if (!fn || !/home|capture|hit|knock|send|base|-1|=\s*0\b/i.test(fn.text)) return;
      const line = lineOf(n);
      this.add('wrong_argument', true, `${this.text(n)} (line ${line}) compares the steps two tokens have walked, each from its own player's start (line ${lineOf(square)}: ${this.text(square)}): equal steps are different squares, and two tokens on one square have different steps (compare the squares)`, line, 'the board squares compared');
    });
  }

  // this.map = this.make.tilemap({ data: this.grid, ... }) with 0 for floor and 1 for wall, and blocked(x, y) { return
  // this.layer.hasTileAt(x, y); }: every cell of a map made from numbers holds a tile, floor too (only -1 is empty), so
  // every cell is blocked (getTileAt(x, y).index === WALL)
  floorTileCountedAsWall() {
    if (/=\s*-\s*1\b|fill\s*\(\s*-\s*1\b|\?\s*-\s*1\b|:\s*-\s*1\s*[;)]|return\s+-\s*1\b/.test(this.code) || /removeTileAt\s*\(|putTileAt\s*\(\s*-/.test(this.code)) return;
    const at = /(\w+(?:\s*\.\s*\w+)*)\s*\.\s*hasTileAt\s*\(/.exec(this.code);
    const fn = this.functionAt(at.index);
    if (!fn || !/block|wall|solid|obstacle|free|walk|pass|open/i.test((fn.name || '') + fn.text)) return;
    const line = this.lineAt(at.index);
    this.add('wrong_argument', true, `${at[0]}…) (line ${line}) is true for every cell of a map made from numbers: the floor's number is a tile too (only -1 is an empty cell), so every cell counts as taken (getTileAt(x, y).index, compared with the wall's number)`, line, 'getTileAt(x, y).index === WALL');
  }

  // step() { ... this.next[r][c] = rule(this.grid); ... this.grid = this.next; }: after the first swap both names hold
  // one array, so every later generation is written into the board it is read from ([this.grid, this.next] =
  // [this.next, this.grid])
  bufferSharedAfterSwap() {
    for (const fn of this.functions()) {
      for (const m of fn.text.matchAll(/this\s*\.\s*(\w+)\s*=\s*this\s*\.\s*(\w+)\s*;/g)) {
        const [, shown, next] = m;
        if (shown === next) continue;
        const before = fn.text.slice(0, m.index);
        if (!new RegExp(`this\\s*\\.\\s*${next}\\s*\\[[^\\]]+\\](\\s*\\[[^\\]]+\\])?\\s*=[^=]`).test(before) || !new RegExp(`this\\s*\\.\\s*${shown}\\s*\\[`).test(before)) continue;
        const remade = [...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${next}\\s*=(?!=)`, 'g'))].filter((w) => !['create', 'init', 'constructor'].includes((this.functionAt(w.index) || {}).name));
        if (remade.length || new RegExp(`\\[\\s*this\\s*\\.\\s*${shown}\\s*,\\s*this\\s*\\.\\s*${next}\\s*\\]`).test(this.code)) continue;
        const line = this.lineIn(fn, m.index);
        this.add('state_not_updated', true, `${m[0]} (line ${line}) makes this.${shown} the very array that this.${next} is: from the next step on, the new cells are written into the board they are read from (swap them: [this.${shown}, this.${next}] = [this.${next}, this.${shown}])`, line, `[this.${shown}, this.${next}] = [this.${next}, this.${shown}]`);
        return;
      }
    }
  }

  // const taken = new Set([...this.reds].map((u) => key(u.c, u.r))); for (const foe of this.reds) { … if
  // (!taken.has(k)) … [foe.c, foe.r] = next; }: the set is a snapshot taken before anyone moves and is never told of a
  // move, so a later unit can step onto the cell an earlier one has just moved to (taken.delete(old); taken.add(new))
  occupiedSetGoesStale() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*new\s+Set\s*\(([^;]*)\)\s*;/g)) {
      const [, set, source] = m;
      const fn = this.functionAt(m.index);
      if (!fn) continue;
      const rest = this.code.slice(m.index + m[0].length, fn.node.end);
      const loop = /for\s*\(\s*(?:const|let)\s+(\w+)\s+of\s+([\w.]+)\s*\)\s*\{|([\w.]+)\s*\.\s*forEach\s*\(\s*\(?\s*(\w+)/.exec(rest);
      if (!loop) continue;
      const mover = loop[1] || loop[4];
      const list = (loop[2] || loop[3]).replace(/\s+/g, '');
      if (!source.replace(/\s+/g, '').includes(list)) continue;
      const start = m.index + m[0].length + loop.index;
      const close = this.code.indexOf('{', start + loop[0].length - 1);
      let depth = 0; let end = close;
      for (; end < this.code.length; end++) {
        if (this.code[end] === '{') depth++;
        else if (this.code[end] === '}' && --depth === 0) break;
      }
      const body = this.code.slice(close, end);
      if (!new RegExp(`\\b${set}\\s*\\.\\s*has\\s*\\(`).test(body)) continue;
      if (new RegExp(`\\b${set}\\s*\\.\\s*(add|delete|clear)\\s*\\(|\\b${set}\\s*=`).test(body)) continue;
      const moves = new RegExp(`(?<![=!<>])\\b${mover}\\s*\\.\\s*(\\w+)\\s*(=(?!=)|\\+=|-=)|\\[\\s*${mover}\\s*\\.\\s*\\w+\\s*,[^\\]]*\\]\\s*=(?!=)|\\b${mover}\\s*\\.\\s*(setPosition|moveTo)\\s*\\(`).exec(body);
      if (!moves) continue;
      const line = this.lineAt(m.index);
      this.add('state_not_updated', true, `${set} = new Set(…) (line ${line}) lists the occupied places once, before the loop over ${list}; the loop moves each ${mover} (line ${this.lineAt(close + moves.index)}) and asks ${set}.has(…) without ever telling ${set} of a move, so a later one can step onto the place an earlier one has just moved to (delete the old place and add the new one after each move)`, line, `${set}.add`);
      return;
    }
  }

  // const cur = open.shift(); if (cur.d > MOVE) continue; … seen.set(k, cur.d + 1): a place at distance MOVE still
  // hands out its neighbours, which are recorded at MOVE + 1, so the reach shows (and allows) one step more than MOVE
  // (cur.d >= MOVE)
  reachOneStepTooFar() {
    for (const m of this.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*[\w.]+\s*\.\s*(?:shift|pop)\s*\(\s*\)\s*;\s*if\s*\(\s*\1\s*\.\s*(\w+)\s*>\s*([\w.]+)\s*\)\s*(?:continue|break)\s*;/g)) {
      const [, cur, dist, limit] = m;
      const fn = this.functionAt(m.index);
      if (!fn) continue;
      const after = this.code.slice(m.index + m[0].length, fn.node.end);
      const next = `${cur}\\s*\\.\\s*${dist}\\s*\\+\\s*1`;
      if (!new RegExp(`\\.\\s*(set|add)\\s*\\([^;]*${next}|\\]\\s*=\\s*${next}`).test(after)) continue;
      // a reader that keeps only what is within the limit
      if (new RegExp(`<=\\s*${escape(limit)}\\b|<\\s*${escape(limit)}\\s*\\+\\s*1|>\\s*${escape(limit)}\\s*\\)\\s*(return|continue)|${escape(limit)}\\s*>=`).test(this.code.slice(0, fn.node.start) + this.code.slice(fn.node.end))) continue;
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `if (${cur}.${dist} > ${limit}) (line ${line}) lets a place at distance ${limit} go on to its neighbours, which are recorded at ${limit} + 1: the reach takes in places one step past ${limit} (${cur}.${dist} >= ${limit})`, line, `${cur}.${dist} >= ${limit}`);
      return;
    }
  }

  // forward = this.run(r, c, dr, dc), backward = this.run(r, c, -dr, -dc) where run() starts its walk on (r, c) itself,
  // and forward.length + backward.length >= 5: the new stone is in both runs, so four in a row already win
  // (forward.length + backward.length - 1 >= 5)
  startCountedBothWays() {
    for (const f of this.functions()) {
      const calls = [...f.text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*this\s*\.\s*(\w+)\s*\(\s*(\w+)\s*,\s*(\w+)\s*,\s*(-\s*)?(\w+)\s*,\s*(-\s*)?(\w+)/g)];
      for (const a of calls) {
        const b = calls.find((k) => k !== a && k[2] === a[2] && k[3] === a[3] && k[4] === a[4] && k[6] === a[6] && k[8] === a[8] && !a[5] && k[5]);
        if (!b) continue;
        const walker = this.functions().find((g) => g.name === a[2]);
        const params = walker && walker.node.params.map((p) => p.type === 'Identifier' ? p.name : null);
        if (!params || params.length < 4) continue;
        // the walk begins on the cell it is given: let rr = r; … while (… grid[rr][cc] === who) { count or push; rr += dr }
        if (!new RegExp(`(?:let|var)\\s+\\w+\\s*=\\s*${params[0]}\\s*[;,]`).test(walker.text) || new RegExp(`=\\s*${params[0]}\\s*\\+\\s*${params[2]}`).test(walker.text)) continue;
        const total = new RegExp(`\\b${a[1]}(\\s*\\.\\s*length)?\\s*\\+\\s*${b[1]}(\\s*\\.\\s*length)?\\s*(>=|>|===)\\s*(\\w+)|\\b${b[1]}(\\s*\\.\\s*length)?\\s*\\+\\s*${a[1]}(\\s*\\.\\s*length)?\\s*(>=|>|===)\\s*(\\w+)`).exec(f.text);
        if (!total) continue;
        const line = this.lineIn(f, total.index);
        this.add('off_by_one', true, `${total[0]} (line ${line}): ${a[2]}() starts its walk on the cell it is given (line ${this.lineAt(walker.node.start)}), so the cell itself is in both ${a[1]} and ${b[1]} and is counted twice: a run one short already counts (subtract 1)`, line, '- 1');
        return;
      }
    }
  }

  // while (!this.isRock(x, y)) { x += dx; y += dy; } this.cell = { x, y }: the loop asks about the cell it is on, so it
  // stops only once it stands inside the rock, and the slider ends up in the wall (ask about the next cell:
  // !this.isRock(x + dx, y + dy), or step back one after the loop)
  slideStopsInsideTheWall() {
    for (const m of this.code.matchAll(/while\s*\(\s*!\s*this\s*\.\s*(\w+)\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*\)\s*\{([^{}]*)\}/g)) {
      const [, test, x, y, body] = m;
      const steps = new RegExp(`\\b${x}\\s*\\+=\\s*(\\w+)`).exec(body);
      const stepsY = new RegExp(`\\b${y}\\s*\\+=\\s*(\\w+)`).exec(body);
      if (!steps || !stepsY || !/^(is)?(rock|wall|solid|blocked|block|obstacle|occupied)/i.test(test)) continue;
      const after = this.code.slice(m.index + m[0].length, m.index + m[0].length + 300);
      if (new RegExp(`\\b${x}\\s*-=\\s*${steps[1]}|\\b${x}\\s*-\\s*${steps[1]}`).test(after)) continue;
      const line = this.lineAt(m.index);
      this.add('off_by_one', true, `while (!this.${test}(${x}, ${y})) (line ${line}) asks about the cell the slider is on and steps on until that cell is blocked, so it stops inside the ${test.replace(/^is/, '').toLowerCase()} and the slider ends up in it (ask about the next cell: !this.${test}(${x} + ${steps[1]}, ${y} + ${stepsY[1]}))`, line, `this.${test}(${x} + ${steps[1]}, ${y} + ${stepsY[1]})`);
      return;
    }
  }

  // for (let c = from; c !== gap; c += step) board[c + step] = board[c]: each step copies into the slot the next step
  // reads, so every slot from the start on gets the first value and the others are lost (copy from the far end back)
  copiedForwardOverItself() {
    walk(this.ast, (n) => {
      if (this.found.length || n.type !== 'ForStatement' || !n.update) return;
      const step = stepOf(n.update, this);
      if (!step) return;
      const body = n.body.type === 'BlockStatement' ? n.body.body : [n.body];
      const writes = body.filter((st) => st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression');
      for (const st of writes) {
        const a = st.expression;
        if (a.operator !== '=' || a.left.type !== 'MemberExpression' || a.right.type !== 'MemberExpression') continue;
        let moved = null;
        walk(a.left, (m) => {
          if (m.type !== 'MemberExpression' || !m.computed || m.property.type !== 'BinaryExpression') return;
          const p = m.property;
          if (!['+', '-'].includes(p.operator) || p.left.type !== 'Identifier' || p.left.name !== step.index) return;
          moved = { node: p, sign: p.operator === '+' ? 1 : -1, by: this.text(p.right).replace(/\s+/g, '') };
        });
        if (!moved || moved.sign * (moved.by === step.by ? 1 : 0) !== step.sign) continue;
        const read = this.text(a.left).slice(0, moved.node.start - a.left.start) + step.index + this.text(a.left).slice(moved.node.end - a.left.start);
        if (read.replace(/\s+/g, '') !== this.text(a.right).replace(/\s+/g, '')) continue;
        const base = this.text(a.left).slice(0, this.text(a.left).indexOf('[')).replace(/\s+/g, '');
        // a swap that carries one value along (the slot read is written back after) is a real move
        const others = body.filter((o) => o !== st && new RegExp(`${memberPattern(base)}\\s*\\[`).test(this.text(o)) && /(?<![=!<>])=(?!=)/.test(this.text(o)));
        if (others.length || body.some((o) => o.type === 'VariableDeclaration' && new RegExp(memberPattern(base)).test(this.text(o)))) continue;
        const line = lineOf(a);
        this.add('state_not_updated', true, `${this.text(a).replace(/\s+/g, ' ')} (line ${line}) moves ${step.index} by ${step.sign > 0 ? '+' : '-'}${step.by} each pass, the same way as the slot it writes: each pass writes the slot the next pass reads, so every slot after the first gets the first one's value and the others are lost (copy from the far end back towards the start)`, line, 'copy from the far end back');
        return;
      }
    });
  }

  // if (this.grid[r][c] !== 0) return; … else if (key === 'Backspace') this.grid[r][c] = 0: past the guard the cell
  // is already 0, so the clear (and any overwrite) can never change a filled cell (test the fixed givens instead)
  clearBehindItsGuard() {
    for (const f of this.functions()) {
      const body = f.node.body.body;
      for (let i = 0; i < body.length; i++) {
        const g = body[i];
        if (g.type !== 'IfStatement' || g.alternate) continue;
        const exit = g.consequent.type === 'BlockStatement' && g.consequent.body.length === 1 ? g.consequent.body[0] : g.consequent;
        if (exit.type !== 'ReturnStatement') continue;
        const guarded = guardedValue(g.test, this);
        if (!guarded) continue;
        const rest = body.slice(i + 1);
        const writes = [];
        rest.forEach((st) => walk(st, (n) => {
          if (n.type === 'AssignmentExpression' && this.text(n.left).replace(/\s+/g, '') === guarded.text) writes.push(n);
        }));
        const clear = writes.find((n) => n.operator === '=' && guarded.empties.includes(this.text(n.right).trim()));
        if (!clear || writes.some((n) => n !== clear && n.start < clear.start && !apart(f.node, n, clear))) continue;
        const names = guarded.text.match(/[A-Za-z_$][\w$]*/g).filter((v) => v !== 'this');
        if (rest.some((st) => st.start < clear.start && names.some((v) => new RegExp(`(?<![\\w$.])${v}\\s*(=(?!=)|\\+\\+|--|\\+=|-=)`).test(this.text(st).slice(0, clear.start - st.start))))) continue;
        const line = lineOf(clear);
        this.add('never_fires', true, `${this.text(clear)} (line ${line}) clears ${guarded.text}, but ${this.text(g.test)} (line ${lineOf(g)}) has already returned whenever it holds anything: the clear only ever runs on an empty slot, so a filled one can never be cleared or changed (test what locks the slot, such as the given values, not the slot itself)`, line, 'guard on what locks the slot');
        return;
      }
    }
  }

  // rotate(m) { return m[0].map((_, c) => m.map((row) => row[c])); }: rows and columns swapped is a mirror along the
  // diagonal, not a turn (a T points the other way, an L becomes a J, a second press puts it back); reverse the rows
  rotatedByTranspose() {
    const forms = [
      /(\w+)\s*\[\s*0\s*\]\s*\.\s*map\s*\(\s*\(\s*\w+\s*,\s*(\w+)\s*\)\s*=>\s*\{?\s*(?:return\s+)?\1\s*\.\s*map\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\3\s*\[\s*\2\s*\]\s*\)\s*;?\s*\}?\s*\)/,
      /\w+\s*\[\s*(\w+)\s*\]\s*\[\s*(\w+)\s*\]\s*=\s*\w+\s*\[\s*\2\s*\]\s*\[\s*\1\s*\]\s*;/,
    ];
    for (const f of this.functions()) {
      if (!f.name || !/rotat|turn|spin|clockwise|cw\b/i.test(f.name) || /reverse|length\s*-\s*1?\s*-|-\s*1\s*-/.test(f.text)) continue;
      const m = forms.map((re) => re.exec(f.text)).find(Boolean);
      if (!m) continue;
      // a caller may turn the rows over before handing them in
      if (this.calls.some((c) => c.name === f.name && c.n.arguments.some((a) => /reverse/.test(this.text(a))))) continue;
      const line = this.lineIn(f, m.index);
      this.add('wrong_argument', true, `${f.name}() (line ${line}) swaps rows and columns (${m[0].replace(/\s+/g, ' ').slice(0, 70)}): that mirrors the shape along its diagonal instead of turning it, so pieces point the wrong way, an L becomes a J and a second turn puts the first back (reverse each new row for a clockwise turn, or the rows first for an anticlockwise one)`, line, 'transpose and reverse');
      return;
    }
  }

  // 2048's slide tile by tile: while (j > 0 && out[j - 1] === 0) move it; if (j > 0 && out[j - 1] === out[j])
  // { out[j - 1] *= 2; … } with nothing marking the merged tile: the next tile slides up against it and merges again,
  // so 2 2 4 gives 8 instead of 4 4 (a merged flag per cell, or merge only past the last merge)
  mergedTileMergesAgain() {
    for (const f of this.functions()) {
      const slide = /while\s*\(\s*(\w+)\s*>\s*0\s*&&\s*(\w+)\s*\[\s*\1\s*-\s*1\s*\]\s*===?\s*(0|null)\s*\)/.exec(f.text);
      if (!slide) continue;
      const [, j, out] = slide;
      const merge = new RegExp(`${out}\\s*\\[\\s*${j}\\s*-\\s*1\\s*\\]\\s*===?\\s*${out}\\s*\\[\\s*${j}\\s*\\]\\s*\\)\\s*\\{?\\s*${out}\\s*\\[\\s*${j}\\s*-\\s*1\\s*\\]\\s*(\\*=\\s*2|=\\s*${out}\\s*\\[\\s*${j}\\s*-\\s*1\\s*\\]\\s*\\*\\s*2|\\+=\\s*${out}\\s*\\[\\s*${j}\\s*\\])`).exec(f.text);
      if (!merge) continue;
      if (/merg|combin|lock|joined|used|limit|barrier|stop|last|done|fused|blocked/i.test(f.text.replace(/\w+\s*\(/g, '('))) continue;
      const line = this.lineIn(f, merge.index);
      this.add('state_not_updated', true, `${out}[${j} - 1] merges with ${out}[${j}] (line ${line}) and nothing marks the tile it made: the next tile slides up to it and merges again in the same move, so 2 2 4 gives 8 instead of 4 4 (a merged flag per cell, or no merge into a cell merged this move)`, line, 'merged flag per cell');
      return;
    }
  }

  // const mc = GRID - c; with c from 0 to GRID - 1: the mirror of column 0 is GRID (off the grid) and of the last is 1,
  // so every mirrored cell lands one off and the edge gets none (GRID - 1 - c)
  mirrorOneOff() {
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([A-Z][A-Z_\d]*|[\w.]*(?:cols|rows|size|width|height|count)\w*)\s*-\s*(\w+)\s*;/gi)) {
        const [, v, n, i] = m;
        if (/^\d/.test(n) || !/mirror|symmetr|reflect|flip|opposite/i.test(f.text + ' ' + (f.name || '')) && !/^(m[a-z]?|mirror\w*|opp\w*|flip\w*|sym\w*|rev\w*)$/i.test(v)) continue;
        // the index runs 0 … n - 1: a loop or a guard that says so
        const en = escape(n);
        const ranged = new RegExp(`\\b${i}\\s*<\\s*${en}\\b|\\b${i}\\s*>=\\s*${en}\\b|${en}\\s*>\\s*${i}\\b`).test(f.text);
        if (!ranged) continue;
        const used = new RegExp(`\\[\\s*${v}\\s*\\]|\\(\\s*${v}\\s*,|,\\s*${v}\\s*[,)]`).exec(f.text);
        if (!used || new RegExp(`\\b${v}\\s*-\\s*1\\b|\\b${v}\\s*-=|\\b${v}\\s*--`).test(f.text)) continue;
        const line = this.lineIn(f, m.index);
        this.add('off_by_one', true, `${v} = ${n} - ${i} (line ${line}) mirrors ${i}, which runs from 0 to ${n} - 1: the mirror of 0 comes out as ${n}, one past the last, and of the last as 1, so every mirrored cell lands one off (${n} - 1 - ${i})`, line, `${n} - 1 - ${i}`);
        return;
      }
    }
  }

  // this.map.replaceByIndex(DOOR, FLOOR, nx, ny): with a start tile and no width and height, the region runs to the
  // map's right and bottom edges, so every door from there on opens with the first key (…, nx, ny, 1, 1)
  tileRegionToMapEnd() {
    const FIRST = { replaceByIndex: 2, fill: 1, swapByIndex: 2, randomize: 0, shuffle: 0, weightedRandomize: 1 };
    for (const c of this.calls) {
      if (!(c.name in FIRST) || !c.on || !/map|layer|ground|wall|floor|tiles|level|dungeon|world/i.test(c.on.split('.').pop())) continue;
      const args = c.n.arguments;
      const at = FIRST[c.name];
      if (args.length !== at + 2) continue;
      const [x, y] = [args[at], args[at + 1]].map((a) => this.text(a));
      if (x === '0' && y === '0') continue;
      const line = lineOf(c.n);
      this.add('wrong_argument', true, `${c.on}.${c.name}(…, ${x}, ${y}) (line ${line}) gives the region's first tile and no width or height: they default to the map's, so the region runs from (${x}, ${y}) to the right and bottom edges of the map instead of the one tile (…, ${x}, ${y}, 1, 1)`, line, `${x}, ${y}, 1, 1`);
      return;
    }
  }

  // this.hTunnel(a.x, b.x, a.y); this.vTunnel(a.y, b.y, a.x): both legs of the L start from a, one along a's row and one
  // along a's column, so they never meet at a corner and the corridor stops short of b (vTunnel(a.y, b.y, b.x))
  corridorLegsFromOneEnd() {
    const re = /(\w+)\s*\(\s*(\w+)\s*\.\s*x\s*,\s*(\w+)\s*\.\s*x\s*,\s*\2\s*\.\s*y\s*\)\s*;\s*(?:this\s*\.\s*)?(\w+)\s*\(\s*\2\s*\.\s*y\s*,\s*\3\s*\.\s*y\s*,\s*\2\s*\.\s*x\s*\)|(\w+)\s*\(\s*(\w+)\s*\.\s*y\s*,\s*(\w+)\s*\.\s*y\s*,\s*\6\s*\.\s*x\s*\)\s*;\s*(?:this\s*\.\s*)?(\w+)\s*\(\s*\6\s*\.\s*x\s*,\s*\7\s*\.\s*x\s*,\s*\6\s*\.\s*y\s*\)/g;
    for (const m of this.code.matchAll(re)) {
      const [first, second] = m[1] ? [m[1], m[4]] : [m[5], m[8]];
      if (first === second) continue;
      const a = m[2] || m[6];
      const b = m[3] || m[7];
      const line = this.lineAt(m.index);
      this.add('wrong_argument', true, `${m[0].replace(/\s+/g, ' ')} (line ${line}): both legs of the L start from ${a}, one along its row and one along its column, so they meet only at ${a} and the corridor never reaches ${b} (the second leg runs along ${b}'s ${m[1] ? 'column' : 'row'})`, line, `second leg at ${b}`);
      return;
    }
  }

  // const spot = room.getRandomPoint(); const gx = spot.x; … bread at gx * T, and eaten when the hero's tile equals gx:
  // a random point is fractional (3.27), so the item sits between tiles and no whole-tile step ever lands on it
  // (Math.floor, or Between on whole tiles)
  randomPointAsTile() {
    for (const f of this.functions()) {
      for (const m of f.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*(?:[\w.]+\s*\.\s*getRandomPoint\s*\(\s*\)|Phaser\s*\.\s*Geom\s*\.\s*Rectangle\s*\.\s*Random\s*\([^)]*\))\s*;/g)) {
        const p = m[1];
        const after = f.text.slice(m.index);
        const names = [`${p}\\s*\\.\\s*[xy]`];
        for (const a of after.matchAll(new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${p}\\s*\\.\\s*[xy]\\s*;`, 'g'))) names.push(`(?<![\\w$.])${a[1]}`);
        const tile = names.map((n) => new RegExp(`${n}\\s*\\*\\s*([A-Z][A-Z_]*|\\w*(tile|cell|grid|size)\\w*)\\b`, 'i').exec(after)).find(Boolean);
        if (!tile || new RegExp(`(floor|round|trunc|ceil)\\s*\\(\\s*${p}\\s*\\.`).test(after)) continue;
        const line = this.lineIn(f, m.index);
        this.add('wrong_argument', true, `${m[0].replace(/^(const|let|var)\s+/, '').replace(/;$/, '')} (line ${line}) is a point anywhere in the rectangle, with fractional x and y, and ${tile[0]} (line ${this.lineIn(f, m.index + tile.index)}) treats it as a whole tile: the thing sits between tiles and a tile-by-tile step never lands on it (Math.floor each, or Between over whole tiles)`, line, 'Math.floor');
        return;
      }
    }
  }

  // create() { this.seen = new Set(); this.newFloor(); } with newFloor() digging a fresh map: the explored tiles of the
  // old floor stay in the set, so a new floor starts with those places already shown (a new Set in newFloor())
  exploredKeptAcrossFloors() {
    const m = /this\s*\.\s*(\w*(?:seen|explored|visited|revealed|discovered)\w*)\s*=\s*new\s+Set\s*\(\s*\)/i.exec(this.code);
    if (!m) return;
    const field = m[1];
    const home = this.functionAt(m.index);
    if (!home || !/^(create|init|constructor)$/.test(home.name || '')) return;
    if ([...this.code.matchAll(new RegExp(`this\\s*\\.\\s*${field}\\s*(=(?!=)|\\.\\s*clear\\s*\\()`, 'g'))].length > 1) return;
    const floor = this.functions().find((f) => f.name && /^(new|next|build|make|generate|load|enter|go)\w*(floor|level|map|stage|depth|dungeon|cave|room)s?$/i.test(f.name)
      && this.calls.some((c) => c.name === f.name && (!c.ctx.fn || c.ctx.fn !== home.node)));
    if (!floor || !new RegExp(`this\\s*\\.\\s*${field}\\s*\\.\\s*(add|has)\\s*\\(`).test(this.code)) return;
    const line = this.lineAt(m.index);
    this.add('state_not_updated', true, `this.${field} = new Set() (line ${line}) is made once in ${home.name}(), and ${floor.name}() (line ${this.lineAt(floor.node.start)}) makes a new ${/level/i.test(floor.name) ? 'level' : 'floor'} without emptying it: the places marked on the old one stay marked, so the new one starts partly shown (a new Set in ${floor.name}())`, line, `this.${field} = new Set() in ${floor.name}()`);
  }

  // const len = Math.max(Math.abs(dr), Math.abs(dc)); for (let i = 0; i < len; i++) cells.push(start + i * step): a line
  // from the first cell to the last holds len + 1 cells, so the last one is left out (i <= len)
  selectionShortOfItsEnd() {
    for (const f of this.functions()) {
      // the distance between the two end cells in steps: Math.max(|dr|, |dc|), or |dc| / |dr| along the line
      for (const d of f.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*((?:[^;?]*\?\s*)?Math\s*\.\s*(?:max\s*\(\s*Math\s*\.\s*)?abs\s*\(\s*\w+\s*\)[^;]*);/g)) {
        if (!/abs\s*\(\s*\w+\s*\)\s*(,|:)\s*Math\s*\.\s*abs/.test(d[2])) continue;
        const loop = new RegExp(`for\\s*\\(\\s*let\\s+(\\w+)\\s*=\\s*0\\s*;\\s*\\1\\s*<\\s*${d[1]}\\s*;[^)]*\\)\\s*\\{?([^]{0,240})`).exec(f.text.slice(d.index));
        // each pass makes the cell start + step * i and keeps it
        if (!loop || !new RegExp(`[+]\\s*\\w+\\s*\\*\\s*${loop[1]}\\b|[+]\\s*${loop[1]}\\s*\\*`).test(loop[2]) || !/\.\s*push\s*\(|\]\s*=/.test(loop[2])) continue;
        const line = this.lineIn(f, d.index + loop.index);
        this.add('off_by_one', true, `for (let ${loop[1]} = 0; ${loop[1]} < ${d[1]}; …) (line ${line}) walks ${d[1]} steps from the first cell, with ${d[1]} the distance to the last (line ${this.lineIn(f, d.index)}): the line holds ${d[1]} + 1 cells, so the last one is left out (${loop[1]} <= ${d[1]})`, line, `${loop[1]} <= ${d[1]}`);
        return;
      }
    }
  }
}

// a for loop's update as {index, sign, by}: i++ -> up by 1, c -= step -> down by step
function stepOf(update, rules) {
  if (update.type === 'UpdateExpression' && update.argument.type === 'Identifier') {
    return { index: update.argument.name, sign: update.operator === '++' ? 1 : -1, by: '1' };
  }
  if (update.type === 'AssignmentExpression' && ['+=', '-='].includes(update.operator) && update.left.type === 'Identifier') {
    return { index: update.left.name, sign: update.operator === '+=' ? 1 : -1, by: rules.text(update.right).replace(/\s+/g, '') };
  }
  return null;
}

// the slot a guard returns on when it holds something: if (grid[r][c] !== 0) return -> grid[r][c], cleared by = 0
function guardedValue(test, rules) {
  const slot = (n) => n.type === 'MemberExpression' && n.computed;
  if (slot(test)) return { text: rules.text(test).replace(/\s+/g, ''), empties: ['0', 'null', "''", '""', 'false', 'undefined'] };
  if (test.type !== 'BinaryExpression' || !slot(test.left) || test.right.type !== 'Literal') return null;
  const text = rules.text(test.left).replace(/\s+/g, '');
  const v = test.right.value;
  if (['!==', '!='].includes(test.operator) && v === 0) return { text, empties: ['0'] };
  if (['!==', '!='].includes(test.operator) && v === null) return { text, empties: test.operator === '!=' ? ['null', 'undefined'] : ['null'] };
  if (['!==', '!='].includes(test.operator) && v === '') return { text, empties: ["''", '""'] };
  if (test.operator === '>' && v === 0) return { text, empties: ['0'] };
  return null;
}

// whether two nodes sit in different branches of one if/else inside fn (so only one of them runs)
function apart(fn, a, b) {
  let split = false;
  walk(fn, (n) => {
    if (split || n.type !== 'IfStatement' || !n.alternate) return;
    const inside = (branch, x) => branch.start <= x.start && x.end <= branch.end;
    if ((inside(n.consequent, a) && inside(n.alternate, b)) || (inside(n.consequent, b) && inside(n.alternate, a))) split = true;
  });
  return split;
}

function gridFindings(ast, code, facts) {
  return new GridRules(ast, code, facts).run();
}

module.exports = { gridFindings };
