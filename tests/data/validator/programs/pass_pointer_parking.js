// Parking practice: while the mouse button is held the car drives forward at 150 px/s and turns toward the pointer at up to 180 degrees per second; releasing the button stops it. A car that is stopped with its whole body inside the green bay counts as parked, and the next of 3 bays appears; after the third bay the time taken is shown and R starts again.
const BAYS = [
  { x: 620, y: 90, w: 110, h: 130 },
  { x: 90, y: 380, w: 130, h: 110 },
  { x: 560, y: 420, w: 110, h: 130 }
];

class Parking extends Phaser.Scene {
  constructor() {
    super('parking');
  }

  create() {
    this.cameras.main.setBackgroundColor('#424242');
    const g = this.add.graphics();
    g.fillStyle(0xfdd835, 1).fillRoundedRect(0, 0, 64, 34, 6);
    g.fillStyle(0x263238, 1).fillRect(40, 4, 14, 26);
    g.generateTexture('car', 64, 34);
    g.destroy();

    this.bayIndex = 0;
    this.bayRect = new Phaser.Geom.Rectangle();
    this.bayView = this.add.rectangle(0, 0, 10, 10).setOrigin(0).setStrokeStyle(4, 0x66bb6a).setFillStyle(0x66bb6a, 0.2);
    this.car = this.add.image(300, 300, 'car');
    this.car.rotation = 0;
    this.elapsed = 0;
    this.done = false;
    this.hud = this.add.text(16, 560, '', { fontSize: '20px', color: '#ffffff' });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.showBay();
  }

  showBay() {
    const b = BAYS[this.bayIndex];
    this.bayRect.setTo(b.x, b.y, b.w, b.h);
    this.bayView.setPosition(b.x, b.y).setSize(b.w, b.h);
  }

  update(time, delta) {
    if (this.done) return;
    const dt = delta / 1000;
    this.elapsed += delta;
    const p = this.input.activePointer;
    const driving = p.isDown;
    if (driving) {
      const target = Phaser.Math.Angle.Between(this.car.x, this.car.y, p.worldX, p.worldY);
      this.car.rotation = Phaser.Math.Angle.RotateTo(this.car.rotation, target, Math.PI * dt);
      this.car.x += Math.cos(this.car.rotation) * 150 * dt;
      this.car.y += Math.sin(this.car.rotation) * 150 * dt;
      this.car.x = Phaser.Math.Clamp(this.car.x, 20, 780);
      this.car.y = Phaser.Math.Clamp(this.car.y, 20, 580);
    }

    const carBounds = this.car.getBounds();
    const inside = Phaser.Geom.Rectangle.ContainsRect(this.bayRect, carBounds);
    this.bayView.setFillStyle(0x66bb6a, inside ? 0.5 : 0.2);
    if (inside && !driving) {
      this.bayIndex++;
      if (this.bayIndex === BAYS.length) {
        this.done = true;
        this.add.text(400, 300, 'All 3 bays parked in ' + (this.elapsed / 1000).toFixed(1) + ' s\nR to play again', { fontSize: '34px', color: '#ffffff', align: 'center', backgroundColor: '#000000' }).setOrigin(0.5);
      } else {
        this.showBay();
      }
    }
    this.hud.setText('Bay ' + Math.min(this.bayIndex + 1, BAYS.length) + ' / ' + BAYS.length + '   Time: ' + (this.elapsed / 1000).toFixed(1) + ' s   hold mouse to drive');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Parking
};

new Phaser.Game(config);
