// A times-table quiz: pick a table with the number keys 2-9, then answer ten questions by typing the product and pressing Enter (Backspace deletes); the score is kept and a results screen shows it at the end.
class MenuScene extends Phaser.Scene {
    constructor() { super('Menu'); }

    create() {
        this.add.text(400, 180, 'Times Tables', { fontSize: '56px', color: '#ffd166' }).setOrigin(0.5);
        this.add.text(400, 300, 'Press 2 - 9 to choose a table', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
        this.input.keyboard.on('keydown', (event) => {
            const table = Number(event.key);
            if (table >= 2 && table <= 9) {
                this.scene.start('Quiz', { table });
            }
        });
    }
}

class QuizScene extends Phaser.Scene {
    constructor() { super('Quiz'); }

    init(data) {
        this.table = data.table;
        this.questions = Phaser.Utils.Array.Shuffle(Phaser.Utils.Array.NumberArray(1, 10));
        this.index = 0;
        this.locked = false;
    }

    create() {
        this.data.set('score', 0);
        this.scoreText = this.add.text(20, 20, 'Score: 0', { fontSize: '24px', color: '#06d6a0' });
        this.data.events.on('changedata-score', (scene, value) => this.scoreText.setText(`Score: ${value}`));

        this.progressText = this.add.text(780, 20, '', { fontSize: '24px', color: '#aaaaaa' }).setOrigin(1, 0);
        this.questionText = this.add.text(400, 220, '', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
        this.answerText = this.add.text(400, 330, '', { fontSize: '56px', color: '#ffd166' }).setOrigin(0.5);
        this.feedback = this.add.text(400, 430, '', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);

        this.input.keyboard.on('keydown', this.handleKey, this);
        this.askQuestion();
    }

    askQuestion() {
        this.multiplier = this.questions[this.index];
        this.typed = 0;
        this.hasTyped = false;
        this.locked = false;
        this.feedback.setText('');
        this.questionText.setText(`${this.multiplier} × ${this.table} = ?`);
        this.progressText.setText(`Question ${this.index + 1} / ${this.questions.length}`);
        this.showTyped();
    }

    handleKey(event) {
        if (this.locked) {
            return;
        }
        if (/^[0-9]$/.test(event.key) && this.typed < 1000) {
            this.typed += Number(event.key);
            this.hasTyped = true;
        } else if (event.key === 'Backspace') {
            this.typed = Math.floor(this.typed / 10);
            this.hasTyped = this.typed > 0;
        } else if (event.key === 'Enter' && this.hasTyped) {
            this.checkAnswer();
            return;
        }
        this.showTyped();
    }

    showTyped() {
        this.answerText.setText(this.hasTyped ? String(this.typed) : '_');
    }

    checkAnswer() {
        this.locked = true;
        const correct = this.multiplier * this.table;
        if (this.typed === correct) {
            this.data.inc('score');
            this.feedback.setColor('#06d6a0').setText('Correct!');
        } else {
            this.feedback.setColor('#ef476f').setText(`Not quite: ${this.multiplier} × ${this.table} = ${correct}`);
        }
        this.time.delayedCall(800, () => {
            this.index++;
            if (this.index < this.questions.length) {
                this.askQuestion();
            } else {
                this.scene.start('Result', { score: this.data.get('score'), total: this.questions.length, table: this.table });
            }
        });
    }
}

class ResultScene extends Phaser.Scene {
    constructor() { super('Result'); }

    create(data) {
        this.add.text(400, 200, `${data.table} times table`, { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
        this.resultText = this.add.text(400, 290, `${data.score} / ${data.total}`, { fontSize: '72px', color: '#ffd166' }).setOrigin(0.5);
        this.add.text(400, 400, 'Press SPACE to play again', { fontSize: '24px', color: '#aaaaaa' }).setOrigin(0.5);
        this.input.keyboard.once('keydown-SPACE', () => this.scene.start('Menu'));
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#073b4c',
    scene: [MenuScene, QuizScene, ResultScene]
});
