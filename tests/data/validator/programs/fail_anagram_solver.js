// Anagram solver: type up to 9 letters (each appears as a tile; Backspace removes the last tile, Escape clears all). The panel on the right lists, longest first, every word from the built-in word list that can be spelled with the typed letters, using each typed letter at most as many times as it was typed; the number of matches is shown above the list.
const WORDS = ['stop', 'pots', 'tops', 'spot', 'post', 'opts', 'top', 'pot', 'opt', 'sit', 'its', 'tip', 'pit',
    'pits', 'spit', 'tips', 'trip', 'stir', 'rat', 'tar', 'art', 'star', 'rats', 'arts', 'tars', 'stare',
    'tears', 'rates', 'treat', 'tease', 'east', 'seat', 'teas', 'eats', 'sat', 'tea', 'eat', 'ate', 'listen',
    'silent', 'enlist', 'tinsel', 'inlets', 'lines', 'line', 'lint', 'tile', 'stone', 'notes', 'tones', 'onset',
    'one', 'note', 'tone', 'loop', 'pool', 'polo', 'pole', 'slope', 'poles', 'spoon', 'snoop', 'moon', 'noon',
    'toast', 'otter', 'street', 'tester', 'setter', 'letter', 'settle', 'little', 'pepper', 'paper'];
const MAX_LETTERS = 9;
const ROWS = 20;

class SolverScene extends Phaser.Scene {
    constructor() {
        super('Solver');
    }

    create() {
        this.letters = [];
        this.add.text(30, 30, 'Anagram Solver', { fontSize: '32px', color: '#ffffff', fontStyle: 'bold' });
        this.add.text(30, 75, 'Type letters - Backspace removes one - Esc clears', { fontSize: '16px', color: '#9fb0c8' });

        const panel = this.add.graphics();
        panel.fillStyle(0x243047, 1);
        panel.fillRoundedRect(470, 110, 310, 470, 10);
        this.countText = this.add.text(490, 125, '', { fontSize: '20px', color: '#ffd23f' });
        this.columns = [0, 1, 2, 3].map(k => this.add.text(486 + k * 74, 160, '', {
            fontFamily: 'Courier New, monospace', fontSize: '14px', color: '#ffffff', lineSpacing: 1
        }));

        this.tiles = this.add.container(30, 200);
        this.input.keyboard.on('keydown', this.onKey, this);
        this.redraw(false);
    }

    onKey(event) {
        if (event.key === 'Backspace') {
            this.letters.pop();
            this.redraw(false);
        } else if (event.key === 'Escape') {
            this.letters = [];
            this.redraw(false);
        } else if (/^[a-z]$/i.test(event.key) && this.letters.length < MAX_LETTERS) {
            this.letters.push(event.key.toLowerCase());
            this.redraw(true);
        }
    }

    redraw(popLast) {
        this.tiles.removeAll(true);
        this.letters.forEach((ch, i) => {
            const x = (i % 5) * 82;
            const y = Math.floor(i / 5) * 82;
            const bg = this.add.rectangle(x + 36, y + 36, 70, 70, 0xf2d16b).setStrokeStyle(3, 0x9a7b1f);
            const label = this.add.text(x + 36, y + 36, ch.toUpperCase(), { fontSize: '38px', color: '#3a2a00', fontStyle: 'bold' }).setOrigin(0.5);
            this.tiles.add([bg, label]);
            if (popLast && i === this.letters.length - 1) {
                this.tweens.add({ targets: [bg, label], scale: { from: 0.3, to: 1 }, duration: 160, ease: 'Back.Out' });
            }
        });
        this.solve();
    }

    canMake(word, letters) {
        const pool = letters;
        for (const ch of word) {
            const i = pool.indexOf(ch);
            if (i === -1) return false;
            pool.splice(i, 1);
        }
        return true;
    }

    solve() {
        this.columns.forEach(col => col.setText(''));
        if (this.letters.length === 0) {
            this.countText.setText('Matches: -');
            return;
        }
        const found = WORDS.filter(w => this.canMake(w, this.letters));
        found.sort((a, b) => b.length - a.length || a.localeCompare(b));
        this.countText.setText(`Matches: ${found.length}`);
        if (found.length === 0) {
            this.columns[0].setText('No words found');
            return;
        }
        for (let k = 0; k < this.columns.length; k++) {
            this.columns[k].setText(found.slice(k * ROWS, (k + 1) * ROWS).map(w => w.toUpperCase()).join('\n'));
        }
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#182033',
    scene: [SolverScene]
};

new Phaser.Game(config);
