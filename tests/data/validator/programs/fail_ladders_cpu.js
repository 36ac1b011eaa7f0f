// Snakes and ladders on a 30-square board against the computer: press SPACE (or click ROLL) to roll a die, your blue token hops square by square, a ladder's foot lifts it to the ladder's top and a snake's head slides it to the tail; then the red computer token takes exactly one turn by itself 0.7 s later; you need the exact number to land on 30 (a bigger roll leaves the token in place) and the first to reach 30 wins.
const CELL = 90;
const BX = 40;
const BY = 70;
const LAST = 30;
const JUMPS = { 3: 12, 8: 19, 15: 26, 17: 4, 21: 13, 27: 9 };

class TitleScene extends Phaser.Scene {
  constructor() {
    super('TitleScene');
  }

  create() {
    this.add.text(400, 250, 'SNAKES & LADDERS', { fontSize: '48px', color: '#ffd166', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(400, 330, 'You (blue) vs computer (red)\nPress SPACE to start', { fontSize: '24px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('BoardScene'));
  }
}

class BoardScene extends Phaser.Scene {
  constructor() {
    super('BoardScene');
  }

  create() {
    this.pos = [1, 1];
    this.turn = 0;
    this.busy = false;
    this.over = false;

    for (let sq = 1; sq <= LAST; sq++) {
      const { x, y } = this.centre(sq);
      this.add.rectangle(x, y, CELL - 2, CELL - 2, sq % 2 ? 0xfefae0 : 0xe9edc9);
      this.add.text(x - CELL / 2 + 6, y - CELL / 2 + 4, String(sq), { fontSize: '16px', color: '#555555' });
    }
    const g = this.add.graphics();
    Object.entries(JUMPS).forEach(([from, to]) => {
      const a = this.centre(Number(from));
      const b = this.centre(to);
      if (to > from) {
        g.lineStyle(6, 0x8d6e63, 1).lineBetween(a.x - 10, a.y, b.x - 10, b.y).lineBetween(a.x + 10, a.y, b.x + 10, b.y);
      } else {
        g.lineStyle(10, 0x2a9d8f, 0.85).lineBetween(a.x, a.y, b.x, b.y);
        g.fillStyle(0x1d6f65, 1).fillCircle(a.x, a.y, 12);
      }
    });

    this.tokens = [0x1d4ed8, 0xdc2626].map((color, who) => {
      const { x, y } = this.tokenXY(who, 1);
      return this.add.circle(x, y, 14, color).setStrokeStyle(3, 0xffffff);
    });

    this.dieText = this.add.text(690, 200, '-', { fontSize: '64px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    const button = this.add.rectangle(690, 320, 150, 56, 0x3a86ff).setInteractive({ useHandCursor: true });
    this.add.text(690, 320, 'ROLL', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    button.on('pointerdown', () => this.playerRoll());
    this.info = this.add.text(690, 420, '', { fontSize: '18px', color: '#ffffff', align: 'center', wordWrap: { width: 190 } }).setOrigin(0.5);
    this.say('Your turn: SPACE to roll');
    this.input.keyboard.on('keydown-SPACE', () => this.playerRoll());
  }

  centre(sq) {
    const row = Math.floor((sq - 1) / 6);
    const col = row % 2 === 0 ? (sq - 1) % 6 : 5 - ((sq - 1) % 6);
    return { x: BX + col * CELL + CELL / 2, y: BY + (4 - row) * CELL + CELL / 2 };
  }

  tokenXY(who, sq) {
    const c = this.centre(sq);
    return { x: c.x + (who === 0 ? -14 : 14), y: c.y + 10 };
  }

  say(msg) {
    this.info.setText(msg);
  }

  playerRoll() {
    if (this.turn !== 0 || this.busy || this.over) {
      return;
    }
    this.roll(0);
  }

  roll(who) {
    this.busy = true;
    const n = Phaser.Math.Between(1, 6);
    this.dieText.setText(String(n)).setColor(who === 0 ? '#93c5fd' : '#fca5a5');
    this.tweens.add({ targets: this.dieText, angle: { from: -20, to: 0 }, duration: 200 });
    const target = this.pos[who] + n;
    if (target > LAST) {
      this.say(`${who === 0 ? 'You' : 'Computer'} rolled ${n}: need an exact roll`);
      this.time.delayedCall(600, () => this.finishTurn(who));
      return;
    }
    const hops = [];
    for (let sq = this.pos[who] + 1; sq <= target; sq++) {
      const { x, y } = this.tokenXY(who, sq);
      hops.push({ x, y, duration: 170, ease: 'Quad.easeInOut', onComplete: () => this.landed(who) });
    }
    this.pos[who] = target;
    this.tweens.chain({ targets: this.tokens[who], tweens: hops });
  }

  landed(who) {
    const dest = JUMPS[this.pos[who]];
    if (dest === undefined) {
      this.finishTurn(who);
      return;
    }
    this.say(dest > this.pos[who] ? 'Up the ladder!' : 'Down the snake!');
    this.pos[who] = dest;
    const { x, y } = this.tokenXY(who, dest);
    this.tweens.add({ targets: this.tokens[who], x, y, duration: 500, ease: 'Sine.easeInOut', onComplete: () => this.finishTurn(who) });
  }

  finishTurn(who) {
    if (this.pos[who] === LAST) {
      this.over = true;
      this.say(who === 0 ? 'You win!' : 'The computer wins!');
      this.time.delayedCall(2500, () => this.scene.start('TitleScene'));
      return;
    }
    this.turn = 1 - who;
    this.busy = false;
    if (this.turn === 1) {
      this.say('Computer is rolling...');
      this.time.delayedCall(700, () => this.roll(1));
    } else {
      this.say('Your turn: SPACE to roll');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#22333b',
  scene: [TitleScene, BoardScene]
};

new Phaser.Game(config);
