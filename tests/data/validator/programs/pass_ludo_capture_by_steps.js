// Two-player Ludo race: SPACE rolls the die, then press 1 or 2 (or click a token) to move one of your two tokens; a 6 is needed to leave the base and earns another roll, landing on an opponent's square sends that token home, and the first to bring both tokens round the 40-square track wins.
const CELL = 44, OX = 60, OY = 40, TRACK = 40, HOME = 40;

function ringCell(i) {
  if (i < 10) return { c: i, r: 0 };
  if (i < 20) return { c: 10, r: i - 10 };
  if (i < 30) return { c: 30 - i, r: 10 };
  return { c: 0, r: 40 - i };
}

class LudoScene extends Phaser.Scene {
  constructor() { super('Ludo'); }

  create() {
    const g = this.add.graphics();
    for (let i = 0; i < TRACK; i++) {
      const { c, r } = ringCell(i);
      g.fillStyle(i === 0 ? 0xef9a9a : i === 20 ? 0xfff59d : 0xeceff1).fillRect(OX + c * CELL + 1, OY + r * CELL + 1, CELL - 2, CELL - 2);
    }
    g.fillStyle(0x90a4ae).fillRect(OX + 4 * CELL, OY + 4 * CELL, CELL * 3, CELL * 3);
    this.players = [
      { name: 'Red', start: 0, color: 0xd32f2f, base: { x: OX + 2.5 * CELL, y: OY + 2.5 * CELL } },
      { name: 'Yellow', start: 20, color: 0xfbc02d, base: { x: OX + 8.5 * CELL, y: OY + 8.5 * CELL } }
    ];
    this.players.forEach(p => {
      p.tokens = [0, 1].map(k => {
        const token = { pos: -1, index: k };
        token.view = this.add.circle(0, 0, 14, p.color).setStrokeStyle(3, 0x212121).setInteractive();
        token.view.on('pointerdown', () => this.choose(k));
        return token;
      });
      p.tokens.forEach(t => this.place(p, t));
    });
    this.turn = 0;
    this.roll = 0;
    this.winner = null;
    this.info = this.add.text(590, 60, '', { fontSize: '22px', color: '#ffffff', wordWrap: { width: 200 } });
    this.input.keyboard.on('keydown-SPACE', () => this.rollDie());
    this.input.keyboard.on('keydown-ONE', () => this.choose(0));
    this.input.keyboard.on('keydown-TWO', () => this.choose(1));
    this.say(`Red: SPACE to roll`);
  }

  square(player, pos) { return (player.start + pos) % TRACK; }

  place(player, token) {
    let x, y;
    if (token.pos < 0) { x = player.base.x + (token.index ? 20 : -20); y = player.base.y; }
    else if (token.pos >= HOME) { x = OX + 5.5 * CELL + (token.index ? 12 : -12); y = OY + 5.5 * CELL + (player.start ? 16 : -16); }
    else { const { c, r } = ringCell(this.square(player, token.pos)); x = OX + c * CELL + CELL / 2; y = OY + r * CELL + CELL / 2; }
    this.tweens.add({ targets: token.view, x, y, duration: 200 });
  }

  canMove(token) {
    if (token.pos < 0) return this.roll === 6;
    return token.pos < HOME && token.pos + this.roll <= HOME;
  }

  rollDie() {
    if (this.roll || this.winner) return;
    const player = this.players[this.turn];
    this.roll = Phaser.Math.Between(1, 6);
    if (!player.tokens.some(t => this.canMove(t))) {
      this.say(`${player.name} rolled ${this.roll}: no move`);
      this.time.delayedCall(700, () => this.nextTurn());
    } else this.say(`${player.name} rolled ${this.roll}: press 1 or 2`);
  }

  choose(k) {
    const player = this.players[this.turn];
    const token = player.tokens[k];
    if (!this.roll || this.winner || !this.canMove(token)) return;
    token.pos = token.pos < 0 ? 0 : token.pos + this.roll;
    this.place(player, token);
    if (token.pos < HOME) this.capture(player, token);
    if (player.tokens.every(t => t.pos >= HOME)) {
      this.winner = player;
      this.say(`${player.name} wins!`);
      return;
    }
    if (this.roll === 6) { this.roll = 0; this.say(`${player.name} rolled a 6: roll again`); }
    else this.nextTurn();
  }

  capture(player, token) {
    const opponent = this.players[1 - this.turn];
    opponent.tokens.forEach(o => {
      if (o.pos >= 0 && o.pos < HOME && this.square(opponent, o.pos) === this.square(player, token.pos)) {
        o.pos = -1;
        this.place(opponent, o);
      }
    });
  }

  nextTurn() {
    this.roll = 0;
    this.turn = 1 - this.turn;
    this.say(`${this.players[this.turn].name}: SPACE to roll`);
  }

  say(text) { this.info.setText(text); }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f', scene: [LudoScene] });
