// Task: Combo practice: press J to attack a training dummy; presses within 500 ms of the previous attack chain jab (1 damage), cross (2) and uppercut (4) in that order, a longer pause restarts the chain at the jab, each hit pops a floating damage number and the dummy's 30 HP bar shrinks until KO.
const MOVES = [
  { name: 'Jab', damage: 1, reach: 30, color: 0xffffff },
  { name: 'Cross', damage: 2, reach: 44, color: 0xffd24a },
  { name: 'Uppercut', damage: 4, reach: 36, color: 0xff6a3d },
];
const COMBO_WINDOW = 500;
const DUMMY_HP = 30;

class DojoScene extends Phaser.Scene {
  constructor() {
    super('Dojo');
  }

  create() {
    this.add.rectangle(400, 390, 800, 120, 0x5a4632);
    this.fighter = this.add.container(300, 280);
    this.fist = this.add.rectangle(20, -20, 16, 12, 0xffffff);
    this.fighter.add([this.add.rectangle(0, 0, 40, 90, 0x3c7dd9), this.fist]);
    this.dummy = this.add.rectangle(380, 280, 44, 100, 0xc9a46b);
    this.hpBar = this.add.rectangle(330, 210, 100, 10, 0x55dd55).setOrigin(0, 0.5);
    this.add.rectangle(330, 210, 100, 10).setOrigin(0, 0.5).setStrokeStyle(2, 0xffffff);
    this.moveText = this.add.text(20, 20, 'Press J', { fontSize: '24px', color: '#ffffff' });

    this.dummyHp = DUMMY_HP;
    this.step = 0;
    this.comboTimer = null;
    this.busyUntil = 0;
    this.input.keyboard.on('keydown-J', this.attack, this);
  }

  attack() {
    if (this.time.now < this.busyUntil || this.dummyHp <= 0) return;
    if (this.comboTimer) {
      this.step = (this.step + 1) % MOVES.length;
      this.comboTimer.remove();
    } else {
      this.step = 0;
    }
    this.comboTimer = this.time.delayedCall(COMBO_WINDOW, () => {
      this.step = 0;
    });

    const move = MOVES[this.step];
    this.lastMove = move.name;
    this.busyUntil = this.time.now + 180;
    this.moveText.setText(`${move.name}!`);
    this.fist.setFillStyle(move.color);
    this.tweens.add({ targets: this.fist, x: 20 + move.reach, duration: 70, yoyo: true });
    this.hitDummy(move.damage);
  }

  hitDummy(damage) {
    this.dummyHp = Math.max(0, this.dummyHp - damage);
    this.hpBar.width = 100 * (this.dummyHp / DUMMY_HP);
    this.tweens.add({ targets: this.dummy, angle: 8, duration: 60, yoyo: true });

    const number = this.add.text(this.dummy.x, this.dummy.y - 60, `${damage}`, {
      fontSize: `${18 + damage * 4}px`,
      color: '#ffec6e',
      stroke: '#000000',
      strokeThickness: 4,
    }).setOrigin(0.5);
    this.tweens.add({
      targets: number,
      y: number.y - 40,
      alpha: 0,
      duration: 600,
      onComplete: () => number.destroy(),
    });

    if (this.dummyHp === 0) {
      this.moveText.setText('K.O.!');
      this.tweens.add({ targets: this.dummy, angle: 90, y: 320, duration: 400 });
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#22262e',
  scene: DojoScene,
});
