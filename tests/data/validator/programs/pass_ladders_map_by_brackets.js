// Two-player snakes and ladders on a 10x10 board: players alternate rolling with SPACE, tokens move the rolled number of squares, a ladder's foot climbs to its top and a snake's head slides to its tail, overshooting 100 bounces back, and the first to land on 100 wins.
const CELL = 50, LEFT = 150, TOP = 40;
const JUMPS = new Map([
  [4, 14], [9, 31], [21, 42], [28, 84], [51, 67], [72, 91], [80, 99],
  [17, 7], [54, 34], [62, 19], [64, 60], [87, 24], [93, 73], [95, 75], [98, 79]
]);

function squareXY(n) {
  const row = Math.floor((n - 1) / 10);
  let col = (n - 1) % 10;
  if (row % 2 === 1) col = 9 - col;
  return { x: LEFT + col * CELL + CELL / 2, y: TOP + (9 - row) * CELL + CELL / 2 };
}

class BoardScene extends Phaser.Scene {
  constructor() { super('Board'); }

  create() {
    const g = this.add.graphics();
    for (let n = 1; n <= 100; n++) {
      const { x, y } = squareXY(n);
      g.fillStyle(n % 2 ? 0xfefae0 : 0xe9edc9).fillRect(x - CELL / 2, y - CELL / 2, CELL, CELL);
      this.add.text(x - 22, y - 22, n, { fontSize: '11px', color: '#6c584c' });
    }
    for (const [from, to] of JUMPS) {
      const a = squareXY(from), b = squareXY(to);
      g.lineStyle(6, to > from ? 0x2a9d8f : 0xe63946, 0.8).lineBetween(a.x, a.y, b.x, b.y);
    }
    this.pos = [1, 1];
    this.turn = 0;
    this.busy = false;
    this.tokens = [0xf4a261, 0x457b9d].map((c, i) => {
      const { x, y } = squareXY(1);
      return this.add.circle(x + (i ? 8 : -8), y + 8, 11, c).setStrokeStyle(2, 0x000000);
    });
    this.registry.set({ roll: '-', message: 'Player 1: press SPACE to roll' });
    this.input.keyboard.on('keydown-SPACE', () => this.takeTurn());
    this.scene.launch('Hud');
  }

  slide(p, square, onComplete) {
    const { x, y } = squareXY(square);
    this.tweens.add({ targets: this.tokens[p], x: x + (p ? 8 : -8), y: y + 8, duration: 350, ease: 'Sine.easeInOut', onComplete });
  }

  takeTurn() {
    if (this.busy || this.winner !== undefined) return;
    this.busy = true;
    const p = this.turn;
    const roll = Phaser.Math.Between(1, 6);
    let target = this.pos[p] + roll;
    if (target > 100) target = 200 - target;
    this.pos[p] = target;
    this.registry.set('roll', roll);
    this.slide(p, target, () => {
      const dest = JUMPS.get(this.pos[p]);
      if (dest) {
        this.pos[p] = dest;
        this.slide(p, dest, () => this.finishTurn(p));
      } else {
        this.finishTurn(p);
      }
    });
  }

  finishTurn(p) {
    if (this.pos[p] === 100) {
      this.winner = p;
      this.registry.set('message', `Player ${p + 1} reaches 100 and wins!`);
      return;
    }
    this.turn = 1 - p;
    this.busy = false;
    this.registry.set('message', `Player ${this.turn + 1}: press SPACE to roll`);
  }
}

class HudScene extends Phaser.Scene {
  constructor() { super('Hud'); }

  create() {
    this.rollText = this.add.text(700, 80, this.registry.get('roll'), { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.msg = this.add.text(400, 570, this.registry.get('message'), { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    const onChange = (parent, key, value) => {
      if (key === 'message') this.msg.setText(value);
      if (key === 'roll') this.rollText.setText(value);
    };
    this.registry.events.on('changedata', onChange);
    this.events.once('shutdown', () => this.registry.events.off('changedata', onChange));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#283618', scene: [BoardScene, HudScene] });
