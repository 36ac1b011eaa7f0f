// Hero moves with the arrow keys and swings a sword with SPACE toward the direction it last moved; bushes hit by the swing are cut down and counted.
const SWING = {
  left: { x: -1, y: 0, angle: 180 },
  right: { x: 1, y: 0, angle: 0 },
  up: { x: 0, y: -1, angle: -90 },
  down: { x: 0, y: 1, angle: 90 }
};
const BUSHES = [[300, 300], [400, 170], [560, 430], [640, 260], [180, 470], [220, 140]];

class Meadow extends Phaser.Scene {
  constructor() {
    super({ key: 'Meadow' });
  }

  createTextures() {
    const g = this.add.graphics();
    g.fillStyle(0x4a90d9).fillRect(0, 0, 28, 28).fillStyle(0xffe0bd).fillRect(6, 4, 16, 10);
    g.generateTexture('hero', 28, 28).clear();
    g.fillStyle(0x1e6b2a).fillCircle(16, 16, 16).fillStyle(0x2f9e44).fillCircle(12, 12, 8);
    g.generateTexture('bush', 32, 32).clear();
    g.fillStyle(0xdfe6e9).fillRect(0, 3, 30, 4).fillStyle(0x8d6e63).fillRect(0, 0, 8, 10);
    g.generateTexture('sword', 30, 10);
    g.destroy();
  }

  create() {
    this.createTextures();
    this.bushes = this.physics.add.staticGroup();
    BUSHES.forEach(([x, y]) => this.bushes.create(x, y, 'bush'));

    this.hero = this.physics.add.sprite(400, 300, 'hero').setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, this.bushes);
    this.sword = this.add.image(0, 0, 'sword').setVisible(false).setDepth(2);

    this.facing = 'down';
    this.swinging = false;
    this.cutCount = 0;
    this.info = this.add.text(16, 16, 'Bushes cut: 0', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  update() {
    const speed = 160;
    const c = this.cursors;
    let vx = 0;
    let vy = 0;
    if (c.left.isDown) vx = -speed;
    else if (c.right.isDown) vx = speed;
    if (c.up.isDown) vy = -speed;
    else if (c.down.isDown) vy = speed;
    this.hero.setVelocity(vx, vy);

    this.facing = vx < 0 ? 'left' : vx > 0 ? 'right' : vy < 0 ? 'up' : 'down';

    if (Phaser.Input.Keyboard.JustDown(c.space) && !this.swinging) this.swing();
  }

  swing() {
    const dir = SWING[this.facing];
    const sx = this.hero.x + dir.x * 36;
    const sy = this.hero.y + dir.y * 36;
    this.sword.setPosition(sx, sy).setAngle(dir.angle).setVisible(true);
    this.swinging = true;

    const hitBox = new Phaser.Geom.Rectangle(sx - 16, sy - 16, 32, 32);
    const hit = this.bushes.getChildren().filter(b => Phaser.Geom.Rectangle.Overlaps(hitBox, b.getBounds()));
    hit.forEach(bush => {
      bush.destroy();
      this.cutCount += 1;
    });
    this.info.setText(`Bushes cut: ${this.cutCount}`);

    this.time.delayedCall(180, () => {
      this.sword.setVisible(false);
      this.swinging = false;
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#6ab04c',
  physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 0 } } },
  scene: [Meadow]
});
