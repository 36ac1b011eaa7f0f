// Two-player snakes and ladders on a 10x10 board: SPACE rolls a die for the player whose turn it is, the token walks square by square, ladders climb and snakes slide, an exact roll is needed to reach 100, and turns alternate until someone wins.
const CELL = 50, LEFT = 40, BOTTOM = 560;
const JUMPS = { 1: 38, 4: 14, 9: 31, 16: 6, 21: 42, 28: 84, 36: 44, 47: 26, 49: 11, 51: 67, 56: 53, 62: 19, 64: 60, 71: 91, 80: 100, 87: 24, 93: 73, 95: 75, 98: 78 };

function cellCenter(n) {
  const row = Math.floor((n - 1) / 10);
  let col = (n - 1) % 10;
  if (row % 2 === 1) col = 9 - col;
  return { x: LEFT + col * CELL + CELL / 2, y: BOTTOM - row * CELL - CELL / 2 };
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  scene: {
    create() {
      const g = this.add.graphics();
      for (let n = 1; n <= 100; n++) {
        const c = cellCenter(n);
        g.fillStyle((Math.floor((n - 1) / 10) + n) % 2 ? 0xfff3e0 : 0xffe0b2).fillRect(c.x - CELL / 2, c.y - CELL / 2, CELL, CELL);
        this.add.text(c.x - 22, c.y - 22, String(n), { fontSize: '11px', color: '#5d4037' });
      }
      Object.entries(JUMPS).forEach(([from, to]) => {
        const a = cellCenter(Number(from)), b = cellCenter(to);
        g.lineStyle(6, to > from ? 0x43a047 : 0xe53935, 0.8).lineBetween(a.x, a.y, b.x, b.y);
      });
      this.players = [
        { name: 'Red', pos: 0, token: this.add.circle(LEFT - 20, BOTTOM - 15, 12, 0xd32f2f).setStrokeStyle(2, 0xffffff) },
        { name: 'Blue', pos: 0, token: this.add.circle(LEFT - 20, BOTTOM - 45, 12, 0x1976d2).setStrokeStyle(2, 0xffffff) }
      ];
      this.turn = 0;
      this.moving = false;
      this.winner = null;
      this.info = this.add.text(590, 60, '', { fontSize: '22px', color: '#ffffff', wordWrap: { width: 200 } });
      this.dieText = this.add.text(640, 260, '-', { fontSize: '64px', color: '#ffd54f' });
      this.input.keyboard.on('keydown-SPACE', () => this.roll());
      this.showTurn();
    },
    extend: {
      showTurn() {
        this.info.setText(`${this.players[this.turn].name}'s turn\nSPACE to roll`);
      },
      roll() {
        if (this.moving || this.winner) return;
        const player = this.players[this.turn];
        const roll = Phaser.Math.Between(1, 6);
        this.dieText.setText(String(roll));
        if (player.pos + roll > 100) {
          this.info.setText(`${player.name} needs an exact roll`);
          this.moving = true;
          this.time.delayedCall(500, () => { this.moving = false; this.endTurn(); });
          return;
        }
        this.moving = true;
        const steps = [];
        for (let n = player.pos + 1; n <= player.pos + roll; n++) steps.push({ ...cellCenter(n), duration: 120 });
        player.pos += roll;
        this.tweens.chain({ targets: player.token, tweens: steps, onComplete: () => this.land(player) });
      },
      land(player) {
        const dest = JUMPS[player.pos];
        if (dest) {
          player.pos = dest;
          this.tweens.add({ targets: player.token, ...cellCenter(dest), duration: 400, onComplete: () => this.land(player) });
          return;
        }
        this.moving = false;
        if (player.pos === 100) {
          this.winner = player;
          this.info.setText(`${player.name} wins!`);
          return;
        }
        this.endTurn();
      },
      endTurn() {
        this.turn = (this.turn + 1) % this.players.length;
        this.showTurn();
      }
    }
  }
});
