// Word search: a 10x10 letter grid hides the 6 listed words (across, down or diagonal, some backwards); press on a word's first letter and release on its last letter. The selection must be a straight line (across, down or diagonal) and is drawn while dragging, with its letters shown above the grid. If the selected letters spell a listed word (read either way) the word is crossed off the list and its letters stay highlighted; finding all 6 shows ALL FOUND with the time taken.
const WORDS = ['PHASER', 'CANVAS', 'SPRITE', 'TWEEN', 'PIXEL', 'SCENE'];
const PLACED = [
    { word: 'PHASER', r: 0, c: 1, dr: 0, dc: 1 },
    { word: 'CANVAS', r: 2, c: 9, dr: 1, dc: 0 },
    { word: 'SPRITE', r: 2, c: 0, dr: 1, dc: 1 },
    { word: 'TWEEN', r: 9, c: 8, dr: 0, dc: -1 },
    { word: 'PIXEL', r: 1, c: 7, dr: 1, dc: 0 },
    { word: 'SCENE', r: 8, c: 1, dr: -1, dc: 0 }
];
const N = 10, CELL = 50, OX = 40, OY = 70;

class SearchScene extends Phaser.Scene {
    constructor() {
        super('Search');
    }

    create() {
        this.grid = [];
        for (let r = 0; r < N; r++) this.grid.push(new Array(N).fill(null));
        for (const p of PLACED) {
            for (let i = 0; i < p.word.length; i++) this.grid[p.r + p.dr * i][p.c + p.dc * i] = p.word[i];
        }
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        for (let r = 0; r < N; r++) {
            for (let c = 0; c < N; c++) {
                if (!this.grid[r][c]) this.grid[r][c] = alphabet[Phaser.Math.Between(0, 25)];
            }
        }

        this.found = [];
        this.foundLines = [];
        this.start = null;
        this.elapsed = 0;
        this.done = false;

        this.marks = this.add.graphics();
        this.sel = this.add.graphics();
        for (let r = 0; r < N; r++) {
            for (let c = 0; c < N; c++) {
                this.add.text(OX + c * CELL + CELL / 2, OY + r * CELL + CELL / 2, this.grid[r][c], { fontSize: '28px', color: '#222222', fontStyle: 'bold' }).setOrigin(0.5);
            }
        }
        this.selText = this.add.text(OX + 250, 35, '', { fontSize: '26px', color: '#1d4ed8', fontStyle: 'bold' }).setOrigin(0.5);
        this.listTexts = WORDS.map((w, i) => this.add.text(600, 110 + i * 44, w, { fontSize: '28px', color: '#222222' }));
        this.timeText = this.add.text(600, 40, '', { fontSize: '24px', color: '#444444' });

        this.input.on('pointerdown', (p) => {
            if (!this.done) this.start = this.cellAt(p);
        });
        this.input.on('pointermove', (p) => {
            if (this.start) this.drawSelection(this.start, this.cellAt(p));
        });
        this.input.on('pointerup', (p) => {
            if (this.start) this.finishSelection(this.start, this.cellAt(p));
            this.start = null;
        });
    }

    cellAt(p) {
        const c = Phaser.Math.Clamp(Math.floor((p.x - OX) / CELL), 0, N - 1);
        const r = Phaser.Math.Clamp(Math.floor((p.y - OY) / CELL), 0, N - 1);
        return { r, c };
    }

    lineCells(a, b) {
        const dr = b.r - a.r, dc = b.c - a.c;
        if (dr !== 0 && dc !== 0 && Math.abs(dr) !== Math.abs(dc)) return null;
        const len = Math.max(Math.abs(dr), Math.abs(dc));
        const sr = Math.sign(dr), sc = Math.sign(dc);
        const cells = [];
        for (let i = 0; i <= len; i++) cells.push({ r: a.r + sr * i, c: a.c + sc * i });
        return cells;
    }

    centre(cell) {
        return { x: OX + cell.c * CELL + CELL / 2, y: OY + cell.r * CELL + CELL / 2 };
    }

    drawSelection(a, b) {
        this.sel.clear();
        const cells = this.lineCells(a, b);
        if (!cells) {
            this.selText.setText('');
            return;
        }
        const p = this.centre(a), q = this.centre(b);
        this.sel.lineStyle(40, 0x60a5fa, 0.45).lineBetween(p.x, p.y, q.x, q.y);
        this.sel.fillStyle(0x60a5fa, 0.45).fillCircle(p.x, p.y, 20).fillCircle(q.x, q.y, 20);
        this.selText.setText(cells.map(k => this.grid[k.r][k.c]).join(''));
    }

    finishSelection(a, b) {
        this.sel.clear();
        this.selText.setText('');
        const cells = this.lineCells(a, b);
        if (!cells) return;
        const text = cells.map(k => this.grid[k.r][k.c]).join('');
        const reversed = text.split('').reverse().join('');
        const word = WORDS.find(w => (w === text || w === reversed) && !this.found.includes(w));
        if (!word) return;

        this.found.push(word);
        const p = this.centre(a), q = this.centre(b);
        this.marks.lineStyle(40, 0xfacc15, 0.6).lineBetween(p.x, p.y, q.x, q.y);
        this.marks.fillStyle(0xfacc15, 0.6).fillCircle(p.x, p.y, 20).fillCircle(q.x, q.y, 20);
        const label = this.listTexts[WORDS.indexOf(word)];
        label.setColor('#9ca3af');
        this.add.rectangle(label.x - 4, label.y + label.height / 2, label.width + 8, 3, 0x9ca3af).setOrigin(0, 0.5);
        if (this.found.length === WORDS.length) {
            this.done = true;
            this.add.text(300, 300, `ALL FOUND in ${Math.floor(this.elapsed / 1000)} s`, {
                fontSize: '44px', color: '#15803d', fontStyle: 'bold', backgroundColor: '#ffffffdd', padding: { x: 16, y: 10 }
            }).setOrigin(0.5);
        }
    }

    update(time, delta) {
        if (!this.done) this.elapsed += delta;
        this.timeText.setText(`Time: ${Math.floor(this.elapsed / 1000)} s`);
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#f5f0e6',
    scene: SearchScene
};

new Phaser.Game(config);
