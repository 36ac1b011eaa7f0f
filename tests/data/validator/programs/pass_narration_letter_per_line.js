// An opening narration that types each sentence of the prologue letter by letter into a text box with a timer event, waits for a click before the next sentence, and shows a "Begin" button after the last one.
const PROLOGUE = [
  'Long ago, the seven towers kept the sky from falling.',
  'One by one, their keepers vanished into the mist.',
  'Now only the seventh tower still burns its signal fire.',
  'And tonight, someone has climbed its stairs to put it out.'
];
const CHAR_DELAY = 35;

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#05060f',
  scene: {
    create() {
      const stars = this.add.graphics();
      for (let i = 0; i < 80; i++) {
        stars.fillStyle(0xffffff, Phaser.Math.FloatBetween(0.2, 0.9));
        stars.fillCircle(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 300), Phaser.Math.FloatBetween(0.5, 1.8));
      }
      this.add.rectangle(400, 330, 60, 240, 0x3a3a4a);
      const fire = this.add.circle(400, 200, 16, 0xff9933);
      this.tweens.add({ targets: fire, scale: 1.3, alpha: 0.7, duration: 500, yoyo: true, repeat: -1 });

      this.add.rectangle(400, 500, 720, 130, 0x000000, 0.8).setStrokeStyle(2, 0x8888aa);
      this.narration = this.add.text(60, 450, '', { fontSize: '22px', color: '#e6e6ff', wordWrap: { width: 680 } });
      this.hint = this.add.text(740, 548, 'click', { fontSize: '14px', color: '#8888aa' }).setOrigin(1, 0).setVisible(false);
      this.beginButton = this.add.text(400, 80, 'BEGIN', {
        fontSize: '36px', color: '#05060f', backgroundColor: '#ffcc66', padding: { x: 24, y: 10 }
      }).setOrigin(0.5).setInteractive({ useHandCursor: true }).setVisible(false);
      this.beginButton.on('pointerdown', () => {
        this.started = true;
        this.cameras.main.fadeOut(600);
      });

      this.sentence = 0;
      this.typing = false;

      const typeSentence = () => {
        const line = PROLOGUE[this.sentence];
        let index = 0;
        this.typing = true;
        this.hint.setVisible(false);
        this.narration.setText('');
        this.time.addEvent({
          delay: CHAR_DELAY,
          repeat: line.length - 1,
          callback: () => {
            this.narration.appendText(line[index], false);
            index++;
            if (index === line.length) {
              this.typing = false;
              if (this.sentence === PROLOGUE.length - 1) this.beginButton.setVisible(true);
              else this.hint.setVisible(true);
            }
          }
        });
      };

      this.input.on('pointerdown', () => {
        if (this.typing || this.sentence >= PROLOGUE.length - 1) return;
        this.sentence++;
        typeSentence();
      });

      typeSentence();
    }
  }
});
