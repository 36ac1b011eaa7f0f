// Word chain against the clock: the chain starts with TIGER; type a word (letters only, Backspace deletes, Enter submits) that starts with the last letter of the previous word, is in the game's word list and was not used yet this game; an accepted word scores its length and refills the 10-second timer bar. When the bar runs out the game ends showing the score and the best score (saved in localStorage); Space starts a new game.
const DICT = new Set(('apple arrow anchor actor angel ankle banana basket bread brick candle carrot circle cloud desert dragon drum eagle earth egg elbow engine forest frog garden giraffe glove grape guitar hammer honey horse igloo island iron jacket jelly jungle kettle kite knight ladder lemon lizard magnet melon mirror monkey needle nest night ocean olive onion orange owl panda paper pencil piano pepper queen quilt rabbit radio river robot rocket rose salad sandal shadow snake spoon star stone sugar table tiger tomato tower train tulip umbrella uncle violin wagon window wolf yacht yogurt zebra ant dog cat hat tent tree treasure echo elephant eraser hotel hero lamp lion nut net torch tooth tray ruler rain road ring yellow yard yarn game gate goat ghost glass gift door duck dream dune kid kangaroo king key moon mouse map maze shell sock soap sun tea toast trumpet')
    .split(' ').map(w => w.toUpperCase()));
const LETTER = /[a-z]/i;
const TURN_MS = 10000;
const BEST_KEY = 'wordchain.best';

class ChainScene extends Phaser.Scene {
    constructor() {
        super('Chain');
    }

    create() {
        this.chain = ['TIGER'];
        this.used = new Set(this.chain);
        this.typed = '';
        this.score = 0;
        this.over = false;

        this.add.text(400, 40, 'Word Chain', { fontSize: '36px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
        this.chainText = this.add.text(400, 130, '', { fontSize: '22px', color: '#a8c7ff' }).setOrigin(0.5);
        this.needText = this.add.text(400, 200, '', { fontSize: '26px', color: '#ffd23f' }).setOrigin(0.5);
        this.typedText = this.add.text(400, 290, '', { fontSize: '48px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
        this.msgText = this.add.text(400, 360, '', { fontSize: '22px', color: '#ff7a7a' }).setOrigin(0.5);
        this.scoreText = this.add.text(400, 420, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
        this.bar = this.add.graphics();

        this.turnTimer = this.time.delayedCall(TURN_MS, this.endGame, [], this);
        this.input.keyboard.on('keydown', this.onKey, this);
        this.refresh();
    }

    onKey(event) {
        if (this.over) {
            if (event.key === ' ') this.scene.restart();
            return;
        }
        if (event.key === 'Enter') {
            this.submit();
        } else if (event.key === 'Backspace') {
            this.typed = this.typed.slice(0, -1);
        } else if (event.key.length === 1 && LETTER.test(event.key) && this.typed.length < 14) {
            this.typed += event.key.toUpperCase();
        }
        this.refresh();
    }

    lastLetter() {
        const prev = this.chain[this.chain.length - 1];
        return prev[prev.length - 1];
    }

    submit() {
        const word = this.typed;
        this.typed = '';
        if (!word) return;
        if (word[0] !== this.lastLetter()) return this.msgText.setText(`${word} must start with ${this.lastLetter()}`);
        if (!DICT.has(word)) return this.msgText.setText(`${word} is not in the word list`);
        if (this.used.has(word)) return this.msgText.setText(`${word} was already used`);

        this.chain.push(word);
        this.used.add(word);
        this.score += word.length;
        this.msgText.setText('');
        this.turnTimer.remove();
        this.turnTimer = this.time.delayedCall(TURN_MS, this.endGame, [], this);
        this.tweens.add({ targets: this.scoreText, scale: { from: 1.3, to: 1 }, duration: 200 });
    }

    endGame() {
        this.over = true;
        const best = Math.max(this.score, Number(localStorage.getItem(BEST_KEY)) || 0);
        localStorage.setItem(BEST_KEY, String(best));
        this.msgText.setText('');
        this.add.rectangle(400, 300, 520, 220, 0x000000, 0.85).setStrokeStyle(3, 0xffd23f);
        this.add.text(400, 250, "TIME'S UP", { fontSize: '44px', color: '#ff5a5a', fontStyle: 'bold' }).setOrigin(0.5);
        this.add.text(400, 310, `Score: ${this.score}    Best: ${best}`, { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
        this.add.text(400, 360, 'Press SPACE to play again', { fontSize: '20px', color: '#cccccc' }).setOrigin(0.5);
    }

    refresh() {
        this.chainText.setText(this.chain.slice(-5).join('  >  '));
        this.needText.setText(`Next word starts with: ${this.lastLetter()}`);
        this.typedText.setText(this.typed || '_');
        this.scoreText.setText(`Score: ${this.score}    Words: ${this.chain.length - 1}`);
    }

    update() {
        const left = this.over ? 0 : 1 - this.turnTimer.getProgress();
        this.bar.clear();
        this.bar.fillStyle(0x333b4f, 1).fillRect(150, 470, 500, 24);
        this.bar.fillStyle(left > 0.3 ? 0x4cd964 : 0xff5a5a, 1).fillRect(150, 470, 500 * left, 24);
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#1a1f2e',
    scene: ChainScene
};

new Phaser.Game(config);
