// Typing tutor: type the sentence shown ('the quick brown fox, who was very lazy, jumps over the dog.'); a correct key turns that character green and moves the yellow cursor on, a wrong key counts as an error, flashes the cursor red and does not advance. When the last character is typed a result screen shows words per minute ((characters / 5) / minutes since the first key) and accuracy (correct keys / all character keys pressed, as a whole percent); Enter starts again.
const SENTENCE = 'the quick brown fox, who was very lazy, jumps over the dog.';
const PER_LINE = 30;
const CHAR_W = 24;

class LessonScene extends Phaser.Scene {
    constructor() {
        super('Lesson');
    }

    create() {
        this.pos = 0;
        this.correct = 0;
        this.pressed = 0;
        this.startTime = null;
        this.cameras.main.setBackgroundColor('#1d2333');

        this.add.text(400, 70, 'Typing Tutor', { fontSize: '36px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
        this.add.text(400, 115, 'Type the sentence exactly as shown', { fontSize: '18px', color: '#9aa4c0' }).setOrigin(0.5);

        const left = 400 - (PER_LINE * CHAR_W) / 2;
        this.chars = [];
        for (let i = 0; i < SENTENCE.length; i++) {
            const col = i % PER_LINE;
            const row = Math.floor(i / PER_LINE);
            const shown = SENTENCE[i] === ' ' ? '\u00b7' : SENTENCE[i];
            const t = this.add.text(left + col * CHAR_W + CHAR_W / 2, 220 + row * 70, shown, {
                fontFamily: 'Courier New, monospace', fontSize: '32px', color: '#7d869c'
            }).setOrigin(0.5);
            this.chars.push(t);
        }

        this.cursor = this.add.rectangle(0, 0, CHAR_W - 4, 5, 0xffd400);
        this.statsText = this.add.text(400, 450, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
        this.placeCursor();
        this.updateStats();

        this.input.keyboard.on('keydown', this.onKey, this);
    }

    placeCursor() {
        const t = this.chars[this.pos];
        this.cursor.setPosition(t.x, t.y + 24);
    }

    onKey(event) {
        if (event.keyCode < Phaser.Input.Keyboard.KeyCodes.SPACE) return;
        const ch = String.fromCharCode(event.keyCode).toLowerCase();
        if (this.startTime === null) {
            this.startTime = this.time.now;
        }
        this.pressed += 1;

        if (ch === SENTENCE[this.pos]) {
            this.chars[this.pos].setColor('#5cff7a');
            this.correct += 1;
            this.pos += 1;
            if (this.pos === SENTENCE.length) {
                this.finish();
                return;
            }
            this.placeCursor();
        } else {
            this.cursor.setFillStyle(0xff3b3b);
            this.time.delayedCall(180, () => this.cursor.setFillStyle(0xffd400));
        }
        this.updateStats();
    }

    updateStats() {
        const errors = this.pressed - this.correct;
        const acc = this.pressed === 0 ? 100 : Math.round((this.correct / this.pressed) * 100);
        this.statsText.setText(`Progress: ${this.pos}/${SENTENCE.length}    Errors: ${errors}    Accuracy: ${acc}%`);
    }

    finish() {
        const minutes = (this.time.now - this.startTime) / 60000;
        const wpm = Math.round((SENTENCE.length / 5) / Math.max(minutes, 1 / 600));
        const accuracy = Math.round((this.correct / this.pressed) * 100);
        this.scene.start('Result', { wpm, accuracy, errors: this.pressed - this.correct });
    }
}

class ResultScene extends Phaser.Scene {
    constructor() {
        super('Result');
    }

    create(data) {
        this.cameras.main.setBackgroundColor('#14281d');
        this.add.text(400, 150, 'Lesson complete!', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
        this.add.text(400, 260, `Speed: ${data.wpm} WPM`, { fontSize: '32px', color: '#5cff7a' }).setOrigin(0.5);
        this.add.text(400, 320, `Accuracy: ${data.accuracy}%`, { fontSize: '32px', color: '#ffd400' }).setOrigin(0.5);
        this.add.text(400, 370, `Errors: ${data.errors}`, { fontSize: '24px', color: '#cccccc' }).setOrigin(0.5);
        this.add.text(400, 470, 'Press ENTER to try again', { fontSize: '22px', color: '#9aa4c0' }).setOrigin(0.5);
        this.input.keyboard.once('keydown-ENTER', () => this.scene.start('Lesson'));
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#1d2333',
    scene: [LessonScene, ResultScene]
};

new Phaser.Game(config);
