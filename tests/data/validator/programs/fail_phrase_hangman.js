// Hangman with two-word phrases: the phrase is shown as underscores, one per letter, with a wide gap between the two words; press a letter key to guess. A right letter reveals every place it appears; a wrong letter adds one of 6 parts (head, body, two arms, two legs) to the Graphics stick figure; a letter already tried does nothing. When every letter is revealed YOU WIN shows and Wins goes up by 1; after the 6th part YOU LOSE shows with the phrase; N starts a new phrase.
const PHRASES = ['GOLDEN TICKET', 'PAPER PLANE', 'SNOW GLOBE', 'MAGIC CARPET', 'STRAWBERRY JAM',
    'FIRE ENGINE', 'PIRATE SHIP', 'COFFEE BREAK', 'HONEY BADGER', 'LEMON TREE'];
const MAX_MISSES = 6;

class HangmanScene extends Phaser.Scene {
    constructor() {
        super('Hangman');
    }

    create() {
        const last = this.registry.get('lastPhrase');
        this.phrase = Phaser.Utils.Array.GetRandom(PHRASES.filter(p => p !== last));
        this.registry.set('lastPhrase', this.phrase);
        this.guessed = new Set();
        this.misses = 0;
        this.state = 'playing';

        const gallows = this.add.graphics();
        gallows.lineStyle(6, 0x8b5a2b, 1);
        gallows.lineBetween(80, 360, 260, 360);
        gallows.lineBetween(120, 360, 120, 80);
        gallows.lineBetween(120, 80, 220, 80);
        gallows.lineStyle(3, 0xcccccc, 1);
        gallows.lineBetween(220, 80, 220, 115);
        this.figure = this.add.graphics();

        this.phraseText = this.add.text(520, 200, '', { fontFamily: 'Courier New, monospace', fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
        this.triedText = this.add.text(520, 290, '', { fontSize: '20px', color: '#aab2c8' }).setOrigin(0.5);
        this.missText = this.add.text(520, 330, '', { fontSize: '20px', color: '#ff9a9a' }).setOrigin(0.5);
        this.banner = this.add.text(400, 460, '', { fontSize: '44px', color: '#ffd23f', fontStyle: 'bold' }).setOrigin(0.5);
        this.scoreText = this.add.text(400, 560, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);

        this.input.keyboard.on('keydown', this.onKey, this);
        this.refresh();
    }

    onKey(event) {
        const key = event.key.toUpperCase();
        if (this.state !== 'playing') {
            if (key === 'N') this.scene.restart();
            return;
        }
        if (key.length !== 1 || key < 'A' || key > 'Z' || this.guessed.has(key)) return;
        this.guessed.add(key);

        if (!this.phrase.includes(key)) {
            this.misses += 1;
            this.drawFigure();
            if (this.misses >= MAX_MISSES) {
                this.state = 'lost';
                this.registry.set('losses', (this.registry.get('losses') || 0) + 1);
                this.banner.setText('YOU LOSE').setColor('#ff5a5a');
            }
        } else if ([...this.phrase].every(ch => this.guessed.has(ch))) {
            this.state = 'won';
            this.registry.set('wins', (this.registry.get('wins') || 0) + 1);
            this.banner.setText('YOU WIN').setColor('#5cff7a');
            this.tweens.add({ targets: this.banner, scale: { from: 0.6, to: 1 }, duration: 300, ease: 'Back.Out' });
        }
        this.refresh();
    }

    refresh() {
        const shown = [...this.phrase].map(ch => {
            if (ch === ' ') return '  ';
            return (this.guessed.has(ch) || this.state === 'lost') ? ch : '_';
        });
        this.phraseText.setText(shown.join(' '));
        this.triedText.setText('Tried: ' + [...this.guessed].sort().join(' '));
        this.missText.setText(`Misses: ${this.misses} / ${MAX_MISSES}`);
        const wins = this.registry.get('wins') || 0;
        const losses = this.registry.get('losses') || 0;
        const hint = this.state === 'playing' ? 'Type letters to guess' : 'Press N for a new phrase';
        this.scoreText.setText(`Wins: ${wins}   Losses: ${losses}   -   ${hint}`);
    }

    drawFigure() {
        const g = this.figure;
        g.clear();
        g.lineStyle(4, 0xffffff, 1);
        const m = this.misses;
        if (m >= 1) g.strokeCircle(220, 140, 25);
        if (m >= 2) g.lineBetween(220, 165, 220, 255);
        if (m >= 3) g.lineBetween(220, 190, 185, 225);
        if (m >= 4) g.lineBetween(220, 190, 255, 225);
        if (m >= 5) g.lineBetween(220, 255, 190, 310);
        if (m >= 6) g.lineBetween(220, 255, 250, 310);
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#22283a',
    scene: HangmanScene
};

new Phaser.Game(config);
