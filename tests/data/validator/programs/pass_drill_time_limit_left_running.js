// Times-table drill: type the answer and press Enter within 4 seconds; right answers score, wrong or late answers count as misses, and a new question follows each time.
const TIME_LIMIT = 4000;

const drill = {
  create() {
    this.score = 0;
    this.misses = 0;
    this.entry = '';
    this.questionNumber = 0;

    this.questionText = this.add.text(400, 180, '', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.entryText = this.add.text(400, 290, '_', { fontSize: '56px', color: '#7fdbff' }).setOrigin(0.5);
    this.statusText = this.add.text(400, 380, '', { fontSize: '30px', color: '#ffe066' }).setOrigin(0.5);
    this.scoreText = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.timeBar = this.add.rectangle(200, 460, 400, 16, 0x2ecc40).setOrigin(0, 0.5);

    this.input.keyboard.on('keydown', event => {
      if (/^[0-9]$/.test(event.key) && this.entry.length < 3) {
        this.entry += event.key;
      } else if (event.key === 'Backspace') {
        this.entry = this.entry.slice(0, -1);
      } else if (event.key === 'Enter' && this.entry.length > 0) {
        this.submit();
      }
      this.entryText.setText(this.entry || '_');
    });

    this.ask();
  },

  update() {
    if (this.questionTimer) {
      this.timeBar.scaleX = 1 - this.questionTimer.getProgress();
    }
  },

  extend: {
    ask() {
      this.questionNumber++;
      this.a = Phaser.Math.Between(2, 12);
      this.b = Phaser.Math.Between(2, 12);
      this.entry = '';
      this.entryText.setText('_');
      this.questionText.setText(`${this.a} × ${this.b} = ?`);
      this.scoreText.setText(`Score: ${this.score}   Misses: ${this.misses}`);
      this.questionTimer = this.time.delayedCall(TIME_LIMIT, () => this.miss('Too slow!'));
    },

    submit() {
      this.questionTimer.remove();
      if (Number(this.entry) === this.a * this.b) {
        this.score++;
        this.statusText.setText('Correct!').setColor('#2ecc40');
        this.ask();
      } else {
        this.miss(`No - it was ${this.a * this.b}`);
      }
    },

    miss(reason) {
      this.misses++;
      this.statusText.setText(reason).setColor('#ff4136');
      this.ask();
    }
  }
};

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#001f3f', scene: drill });
