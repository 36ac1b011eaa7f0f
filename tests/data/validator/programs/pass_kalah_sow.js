// Kalah (mancala) for two players: 6 pits per side with 4 seeds each; click a non-empty pit on your side and its seeds are sown one at a time counter-clockwise (skipping the opponent's store); a last seed in your own store gives you another turn, a last seed in one of your empty pits captures it plus the opposite pit's seeds if that pit is not empty; when a side is empty the rest go to their owner's store and the bigger store wins.
const STORE = [6, 13];
const NAMES = ['South', 'North'];

class Kalah extends Phaser.Scene {
  constructor() {
    super('Kalah');
  }

  create() {
    this.pits = [4, 4, 4, 4, 4, 4, 0, 4, 4, 4, 4, 4, 4, 0];
    this.turn = 0;
    this.busy = false;
    this.over = false;

    this.add.rectangle(400, 300, 760, 300, 0x8d5524).setStrokeStyle(6, 0x5e3a18);
    this.labels = [];
    this.holes = [];
    for (let i = 0; i < 14; i++) {
      const { x, y } = this.pitPos(i);
      const isStore = i === 6 || i === 13;
      const hole = isStore
        ? this.add.rectangle(x, y, 80, 220, 0x5e3a18)
        : this.add.circle(x, y, 40, 0x5e3a18);
      if (!isStore) {
        hole.setInteractive({ useHandCursor: true });
        hole.on('pointerdown', () => this.sow(i));
      }
      this.holes.push(hole);
      this.labels.push(this.add.text(x, y, '', { fontSize: '30px', color: '#ffe8c2', fontStyle: 'bold' }).setOrigin(0.5));
    }
    this.add.text(400, 470, 'SOUTH (you click the bottom row)', { fontSize: '18px', color: '#ffd6a5' }).setOrigin(0.5);
    this.add.text(400, 130, 'NORTH (top row)', { fontSize: '18px', color: '#ffd6a5' }).setOrigin(0.5);
    this.status = this.add.text(400, 540, '', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.refresh();
    this.say(NAMES[this.turn] + ' to move');
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  pitPos(i) {
    if (i < 6) return { x: 175 + i * 90, y: 370 };
    if (i === 6) return { x: 720, y: 300 };
    if (i < 13) return { x: 175 + (12 - i) * 90, y: 230 };
    return { x: 80, y: 300 };
  }

  owns(player, i) {
    return player === 0 ? i >= 0 && i <= 5 : i >= 7 && i <= 12;
  }

  say(msg) {
    this.status.setText(msg);
  }

  refresh(flash) {
    this.pits.forEach((n, i) => this.labels[i].setText(String(n)));
    this.holes.forEach((h, i) => {
      if (i !== 6 && i !== 13) {
        h.setFillStyle(this.owns(this.turn, i) && !this.over ? 0x6f4420 : 0x5e3a18);
      }
    });
    if (flash !== undefined) {
      this.tweens.add({ targets: this.labels[flash], scale: { from: 1.5, to: 1 }, duration: 150 });
    }
  }

  sow(pit) {
    if (this.busy || this.over || !this.owns(this.turn, pit) || this.pits[pit] === 0) {
      return;
    }
    this.busy = true;
    let seeds = this.pits[pit];
    this.pits[pit] = 0;
    this.refresh();
    let idx = pit;
    const skip = STORE[1 - this.turn];
    this.time.addEvent({
      delay: 160,
      repeat: seeds - 1,
      callback: () => {
        idx = (idx + 1) % 14;
        if (idx === skip) {
          idx = (idx + 1) % 14;
        }
        this.pits[idx] += 1;
        this.refresh(idx);
        seeds -= 1;
        if (seeds === 0) {
          this.finishMove(idx);
        }
      }
    });
  }

  finishMove(last) {
    const me = this.turn;
    if (last === STORE[me]) {
      this.busy = false;
      if (!this.checkEnd()) {
        this.say(NAMES[me] + ' lands in the store: move again!');
      }
      return;
    }
    const opposite = 12 - last;
    let prefix = '';
    if (this.owns(me, last) && this.pits[last] === 1 && this.pits[opposite] > 0) {
      this.pits[STORE[me]] += this.pits[opposite] + 1;
      this.pits[last] = 0;
      this.pits[opposite] = 0;
      prefix = NAMES[me] + ' captures!  ';
      this.cameras.main.flash(150, 255, 220, 150);
    }
    this.turn = 1 - me;
    this.busy = false;
    this.refresh();
    if (!this.checkEnd()) {
      this.say(prefix + NAMES[this.turn] + ' to move');
    }
  }

  checkEnd() {
    const southEmpty = this.pits.slice(0, 6).every((n) => n === 0);
    const northEmpty = this.pits.slice(7, 13).every((n) => n === 0);
    if (!southEmpty && !northEmpty) {
      return false;
    }
    for (let i = 0; i < 6; i++) {
      this.pits[6] += this.pits[i];
      this.pits[i] = 0;
      this.pits[13] += this.pits[i + 7];
      this.pits[i + 7] = 0;
    }
    this.over = true;
    this.refresh();
    const s = this.pits[6];
    const n = this.pits[13];
    this.say((s === n ? 'Draw' : (s > n ? 'South wins' : 'North wins')) + ` ${s} - ${n}   (R: new game)`);
    return true;
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2d1e12',
  scene: Kalah
};

new Phaser.Game(config);
