// Top-down blaster aimed with the mouse: holding the left button fires toward the pointer, each shot adds heat, at 100 heat the gun overheats and cannot fire until it has cooled below 30; a bar shows the heat.
const HEAT_PER_SHOT = 14;
const COOL_PER_SECOND = 25;
const FIRE_DELAY = 100;

class BlasterScene extends Phaser.Scene {
  constructor() { super('blaster'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x4477ff).fillCircle(20, 20, 20).fillStyle(0xdddddd).fillRect(20, 15, 26, 10);
    g.generateTexture('gunner', 46, 40);
    g.clear().fillStyle(0xff5522).fillCircle(4, 4, 4).generateTexture('plasma', 8, 8);
    g.destroy();
  }

  create() {
    this.heat = 0;
    this.overheated = false;
    this.nextShot = 0;
    this.shots = 0;
    this.gunner = this.add.image(400, 300, 'gunner').setOrigin(20 / 46, 0.5);
    this.plasma = this.physics.add.group({ defaultKey: 'plasma', maxSize: 50 });
    this.heatBar = this.add.graphics();
    this.status = this.add.text(10, 36, '', { fontSize: '16px', color: '#ffffff' });
  }

  fire(angle) {
    const p = this.plasma.get();
    if (!p) return;
    p.enableBody(true, this.gunner.x, this.gunner.y, true, true);
    this.physics.velocityFromRotation(angle, 500, p.body.velocity);
    this.shots++;
  }

  update(time, delta) {
    const pointer = this.input.activePointer;
    const angle = Phaser.Math.Angle.Between(this.gunner.x, this.gunner.y, pointer.worldX, pointer.worldY);
    this.gunner.setRotation(angle);

    this.heat = Math.max(0, this.heat - (COOL_PER_SECOND * delta) / 1000);
    if (pointer.isDown && !this.overheated && time >= this.nextShot) {
      this.fire(angle);
      this.nextShot = time + FIRE_DELAY;
      this.heat += HEAT_PER_SHOT;
      if (this.heat >= 100) {
        this.heat = 100;
        this.overheated = true;
      } else if (this.overheated && this.heat < 30) {
        this.overheated = false;
      }
    }

    this.plasma.children.each((p) => {
      if (p.active && (p.x < -10 || p.x > 810 || p.y < -10 || p.y > 610)) p.disableBody(true, true);
    });
    this.heatBar.clear();
    this.heatBar.fillStyle(0x333333).fillRect(10, 10, 200, 18);
    this.heatBar.fillStyle(this.overheated ? 0xff2222 : 0xffaa00).fillRect(10, 10, this.heat * 2, 18);
    this.status.setText(this.overheated ? 'OVERHEATED' : `Shots: ${this.shots}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#161616',
  physics: { default: 'arcade' },
  scene: BlasterScene
});
