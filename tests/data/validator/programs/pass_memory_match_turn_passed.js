// Two-player memory: players take turns flipping two cards; a matching pair scores a point and the same player goes again, a miss passes the turn.
const BACK = 0x264653;
const FRONT = 0xf4f1de;

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2d6a4f',
  scene: {
    create() {
      const values = Phaser.Utils.Array.Shuffle([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
      this.cards = [];
      this.open = [];
      this.scores = [0, 0];
      this.current = 0;
      this.busy = false;

      values.forEach((value, i) => {
        const x = 175 + (i % 4) * 150;
        const y = 170 + Math.floor(i / 4) * 170;
        const card = this.add.rectangle(x, y, 110, 150, BACK).setStrokeStyle(4, 0xe9c46a).setInteractive();
        card.label = this.add.text(x, y, String(value), { fontSize: '56px', color: '#264653' }).setOrigin(0.5).setVisible(false);
        card.value = value;
        card.matched = false;
        card.on('pointerdown', () => this.flip(card));
        this.cards.push(card);
      });

      this.status = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
      this.showStatus();
    },

    extend: {
      flip(card) {
        if (this.busy || card.matched || this.open.includes(card)) return;
        this.open.push(card);
        this.tweens.add({
          targets: card,
          scaleX: 0,
          duration: 120,
          yoyo: true,
          onYoyo: () => {
            card.setFillStyle(FRONT);
            card.label.setVisible(true);
          }
        });
        if (this.open.length === 2) {
          this.busy = true;
          this.time.delayedCall(800, () => this.resolve());
        }
      },

      resolve() {
        const [a, b] = this.open;
        if (a.value === b.value) {
          a.matched = true;
          b.matched = true;
          this.scores[this.current] += 1;
          a.setStrokeStyle(4, 0x2a9d8f);
          b.setStrokeStyle(4, 0x2a9d8f);
        } else {
          [a, b].forEach(c => {
            c.setFillStyle(BACK);
            c.label.setVisible(false);
          });
          this.current = 1 - this.current;
        }
        this.open = [];
        this.busy = false;
        this.showStatus();
      },

      showStatus() {
        const [p1, p2] = this.scores;
        if (this.cards.every(c => c.matched)) {
          const result = p1 === p2 ? 'Draw!' : `Player ${p1 > p2 ? 1 : 2} wins!`;
          this.status.setText(`P1 ${p1} - ${p2} P2   ${result}`);
          return;
        }
        this.status.setText(`P1 ${p1} - ${p2} P2   Player ${this.current + 1}'s turn`);
      }
    }
  }
};

new Phaser.Game(config);
