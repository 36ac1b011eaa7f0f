// Two-player tug-of-war key mashing: P1 mashes A and P2 mashes L, every press pulls the knot 10 px toward that player, dragging it past your line wins the round, presses are ignored during the 1.5 s pause after a round, and the first to 3 rounds wins.
const STEP = 10;
const LINE = 150;
const TARGET = 3;
const CX = 400;

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#8ecae6',
  scene: {
    key: 'Tug',

    create() {
      this.add.rectangle(CX, 390, 800, 120, 0x6a994e);
      this.add.rectangle(CX - LINE, 300, 6, 140, 0xff006e);
      this.add.rectangle(CX + LINE, 300, 6, 140, 0x3a86ff);
      this.add.rectangle(CX, 300, 2, 140, 0xffffff, 0.6);
      this.rope = this.add.rectangle(CX, 300, 620, 8, 0x9c6644);
      this.knot = this.add.circle(CX, 300, 14, 0xffbe0b).setStrokeStyle(3, 0x000000);
      this.add.rectangle(CX - 330, 290, 40, 80, 0xff006e);
      this.add.rectangle(CX + 330, 290, 40, 80, 0x3a86ff);
      this.add.text(CX - 330, 350, 'P1: mash A', { fontSize: '18px', color: '#000' }).setOrigin(0.5);
      this.add.text(CX + 330, 350, 'P2: mash L', { fontSize: '18px', color: '#000' }).setOrigin(0.5);
      this.scoreText = this.add.text(CX, 40, 'P1 0 - 0 P2', { fontSize: '32px', color: '#023047' }).setOrigin(0.5);
      this.info = this.add.text(CX, 120, 'PULL!', { fontSize: '36px', color: '#023047' }).setOrigin(0.5);

      this.data.set({ offset: 0, p1: 0, p2: 0 });
      this.data.events.on('changedata-offset', (scene, value) => {
        this.rope.x = CX + value;
        this.knot.x = CX + value;
      });
      this.data.events.on('changedata', () => {
        this.scoreText.setText(`P1 ${this.data.get('p1')} - ${this.data.get('p2')} P2`);
      });

      this.input.keyboard.on('keydown-A', () => this.pull(-1));
      this.input.keyboard.on('keydown-L', () => this.pull(1));
    },

    extend: {
      pull(dir) {
        this.data.inc('offset', dir * STEP);
        this.tweens.add({ targets: this.knot, scale: 1.25, duration: 50, yoyo: true });
        const offset = this.data.get('offset');
        if (offset <= -LINE) this.roundWon('p1');
        else if (offset >= LINE) this.roundWon('p2');
      },

      roundWon(who) {
        this.data.inc(who);
        this.input.keyboard.enabled = false;
        const label = who === 'p1' ? 'P1' : 'P2';
        if (this.data.get(who) >= TARGET) {
          this.info.setText(`${label} wins the match!`);
          return;
        }
        this.info.setText(`${label} takes the round...`);
        this.time.delayedCall(1500, () => {
          this.data.set('offset', 0);
          this.info.setText('PULL!');
          this.input.keyboard.enabled = true;
        });
      }
    }
  }
});
