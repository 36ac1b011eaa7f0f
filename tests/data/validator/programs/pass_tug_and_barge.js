// Harbour tug: a tug and a barge sit on a row of 9 berths; Right moves the tug one berth right, and when the barge is right in front of it the tug pushes the barge along so both move one berth together; Left backs the tug one berth away on its own; the barge cannot be pushed past the last berth, and pushing it onto the green berth 9 scores a delivery and puts a new barge at berth 3 with the tug back at berth 1.
const STEP = 80;
const FIRST_X = 80;
const LAST = 8;
const WATER_Y = 330;

class HarbourScene extends Phaser.Scene {
  constructor() {
    super('harbour');
  }

  create() {
    this.deliveries = 0;
    this.busy = false;
    for (let i = 0; i <= LAST; i++) {
      const x = FIRST_X + i * STEP;
      this.add.rectangle(x, WATER_Y + 50, STEP - 8, 14, i === LAST ? 0x43a047 : 0x8d6e63);
      this.add.text(x, WATER_Y + 75, String(i + 1), { fontSize: '18px', color: '#e3f2fd' }).setOrigin(0.5);
    }
    this.tug = this.add.container(0, WATER_Y, [
      this.add.rectangle(0, 0, 60, 34, 0xd32f2f).setStrokeStyle(2, 0x212121),
      this.add.rectangle(-6, -26, 24, 20, 0xfafafa),
      this.add.rectangle(-6, -44, 8, 16, 0x212121)
    ]);
    this.barge = this.add.container(0, WATER_Y, [
      this.add.rectangle(0, 0, 68, 30, 0x5d4037).setStrokeStyle(2, 0x212121),
      this.add.rectangle(0, -22, 50, 16, 0xffb74d)
    ]);
    this.hud = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.msg = this.add.text(400, 160, '', { fontSize: '28px', color: '#fff176' }).setOrigin(0.5);
    this.add.text(400, 560, 'Right: forward / push    Left: back up', { fontSize: '18px', color: '#e3f2fd' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-RIGHT', () => this.forward());
    this.input.keyboard.on('keydown-LEFT', () => this.back());
    this.reset();
  }

  reset() {
    this.tugAt = 0;
    this.bargeAt = 2;
    this.tug.x = FIRST_X + this.tugAt * STEP;
    this.barge.x = FIRST_X + this.bargeAt * STEP;
    this.refresh();
  }

  forward() {
    if (this.busy) return;
    if (this.tugAt + 1 === this.bargeAt) {
      if (this.bargeAt === LAST) return;
      this.busy = true;
      this.tugAt += 1;
      this.bargeAt += 1;
      this.tweens.add({
        targets: [this.tug, this.barge],
        x: '+=' + STEP,
        duration: 260,
        onComplete: () => this.arrived()
      });
    } else {
      this.busy = true;
      this.tugAt += 1;
      this.tweens.add({ targets: this.tug, x: '+=' + STEP, duration: 200, onComplete: () => this.arrived() });
    }
    this.refresh();
  }

  back() {
    if (this.busy || this.tugAt === 0) return;
    this.busy = true;
    this.tugAt -= 1;
    this.tweens.add({ targets: this.tug, x: '-=' + STEP, duration: 200, onComplete: () => this.arrived() });
    this.refresh();
  }

  arrived() {
    if (this.bargeAt === LAST) {
      this.deliveries += 1;
      this.msg.setText('Delivered! (' + this.deliveries + ')');
      this.time.delayedCall(700, () => {
        this.msg.setText('');
        this.reset();
        this.busy = false;
      });
      return;
    }
    this.busy = false;
    this.refresh();
  }

  refresh() {
    this.hud.setText('Tug: berth ' + (this.tugAt + 1) + '   Barge: berth ' + (this.bargeAt + 1) + '   Deliveries: ' + this.deliveries);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0277bd',
  scene: HarbourScene
};

new Phaser.Game(config);
