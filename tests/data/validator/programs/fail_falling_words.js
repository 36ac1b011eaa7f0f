// Falling words: a new word appears at a random x along the top every 1.5 s and falls to the red bottom line over 8 s. Typing a word's first letter targets the lowest word that starts with it (it turns yellow and shows only its letters still to type); typing its remaining letters destroys it for +1 point per letter, a wrong letter releases the target. Each word that reaches the bottom line costs one of 3 lives; at 0 lives the words stop, GAME OVER shows and R restarts.
const WORDS = ['apple', 'river', 'stone', 'cloud', 'tiger', 'piano', 'lemon', 'grape', 'house', 'night',
    'storm', 'brick', 'candle', 'forest', 'planet', 'rocket', 'silver', 'window', 'garden', 'bottle',
    'yellow', 'zebra', 'quiet', 'jungle', 'mango', 'ocean', 'pencil', 'violin', 'kettle', 'button'];
const BOTTOM = 540;

function create() {
    this.words = [];
    this.target = null;
    this.score = 0;
    this.lives = 3;
    this.over = false;

    const g = this.add.graphics();
    g.lineStyle(3, 0xff4d4d, 1);
    g.lineBetween(0, BOTTOM, 800, BOTTOM);

    this.hud = this.add.text(16, 560, '', { fontSize: '22px', color: '#ffffff' });
    this.refreshHud = () => this.hud.setText(`Score: ${this.score}    Lives: ${this.lives}`);
    this.refreshHud();

    this.spawnTimer = this.time.addEvent({ delay: 1500, loop: true, callback: spawnWord, callbackScope: this });
    spawnWord.call(this);

    this.input.keyboard.on('keydown', onKey, this);
}

function spawnWord() {
    const text = Phaser.Utils.Array.GetRandom(WORDS);
    const word = this.add.text(Phaser.Math.Between(40, 680), 30, text, {
        fontFamily: 'Courier New, monospace', fontSize: '28px', color: '#ffffff'
    });
    word.setData({ word: text, typed: 0 });
    const fall = this.tweens.add({
        targets: word,
        y: BOTTOM - 32,
        duration: 8000,
        onComplete: () => landed.call(this, word)
    });
    word.setData('fall', fall);
    this.words.push(word);
}

function showWord(w) {
    w.setText(w.getData('word').slice(w.getData('typed')));
}

function onKey(event) {
    if (this.over) {
        if (event.key === 'r' || event.key === 'R') this.scene.restart();
        return;
    }
    const ch = event.key.toLowerCase();
    if (event.key.length !== 1 || ch < 'a' || ch > 'z') return;

    if (!this.target) {
        let lowest = null;
        for (const w of this.words) {
            if (w.getData('word')[0] === ch && (!lowest || w.y > lowest.y)) lowest = w;
        }
        if (!lowest) return;
        this.target = lowest;
        lowest.setColor('#ffd23f');
        lowest.setData('typed', 1);
    } else {
        const w = this.target;
        const n = w.getData('typed');
        if (w.getData('word')[n] === ch) {
            w.setData('typed', n + 1);
        } else {
            w.setData('typed', 0);
            w.setColor('#ffffff');
            showWord(w);
            this.target = null;
            return;
        }
    }

    const w = this.target;
    if (w.getData('typed') === w.getData('word').length) {
        destroyWord.call(this, w);
    } else {
        showWord(w);
    }
}

function destroyWord(w) {
    this.score += w.getData('word').length;
    this.refreshHud();
    this.target = null;
    Phaser.Utils.Array.Remove(this.words, w);
    const pop = this.add.text(w.x, w.y, '+' + w.getData('word').length, { fontSize: '24px', color: '#5cff7a' });
    this.tweens.add({ targets: pop, y: pop.y - 40, alpha: 0, duration: 500, onComplete: () => pop.destroy() });
    w.destroy();
}

function landed(w) {
    Phaser.Utils.Array.Remove(this.words, w);
    if (this.target === w) this.target = null;
    w.destroy();
    this.lives -= 1;
    this.refreshHud();
    this.cameras.main.flash(150, 120, 0, 0);
    if (this.lives <= 0) gameOver.call(this);
}

function gameOver() {
    this.over = true;
    this.spawnTimer.remove();
    this.tweens.killAll();
    this.add.text(400, 260, 'GAME OVER', { fontSize: '56px', color: '#ff4d4d' }).setOrigin(0.5);
    this.add.text(400, 320, `Score: ${this.score}  -  press R to restart`, { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#101828',
    scene: { create: create }
};

new Phaser.Game(config);
