// Slingshot: drag the stone back from the sling and release to launch it the opposite way (a longer pull throws harder); stones fly under gravity and knock targets off their posts; you have 3 stones, knocking every target down wins and running out of stones loses.
const SLING = { x: 150, y: 420 };
const MAX_PULL = 120;
const STONES = 3;

class SlingScene extends Phaser.Scene {
  constructor() {
    super('sling');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x9e9e9e).fillCircle(10, 10, 10).generateTexture('stone', 20, 20);
    g.clear().fillStyle(0xffca28).fillRect(0, 0, 30, 30).lineStyle(3, 0xe65100).strokeRect(0, 0, 30, 30);
    g.generateTexture('target', 30, 30);
    g.destroy();

    this.add.rectangle(400, 590, 800, 20, 0x6d4c41);
    this.add.rectangle(SLING.x, SLING.y + 60, 12, 120, 0x5d4037);
    this.band = this.add.graphics();

    this.targets = this.physics.add.staticGroup();
    [[520, 430], [620, 380], [720, 330]].forEach(([x, y]) => {
      this.add.rectangle(x, (y + 580) / 2 + 8, 10, 580 - y - 14, 0x795548);
      this.targets.create(x, y, 'target');
    });

    this.ammo = STONES;
    this.over = false;
    this.ammoText = this.add.text(16, 16, `Stones: ${this.ammo}`, { fontSize: '22px', color: '#ffffff' });
    this.msg = this.add.text(400, 200, '', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);

    this.stone = this.physics.add.image(SLING.x, SLING.y, 'stone').setCircle(10);
    this.stone.body.setAllowGravity(false);
    this.loaded = true;
    this.physics.add.overlap(this.stone, this.targets, (stone, target) => {
      target.disableBody(true, false);
      this.tweens.add({ targets: target, y: target.y + 200, angle: 180, alpha: 0, duration: 500 });
    });

    this.input.on('pointerdown', (p) => {
      this.pulling = this.loaded && Phaser.Math.Distance.Between(p.x, p.y, SLING.x, SLING.y) < 40;
    });
    this.input.on('pointermove', (p) => {
      if (!this.pulling) return;
      const pull = new Phaser.Math.Vector2(p.x - SLING.x, p.y - SLING.y).limit(MAX_PULL);
      this.stone.setPosition(SLING.x + pull.x, SLING.y + pull.y);
      this.band.clear().lineStyle(4, 0x3e2723).lineBetween(SLING.x, SLING.y, this.stone.x, this.stone.y);
    });
    this.input.on('pointerup', () => {
      if (!this.pulling) return;
      this.pulling = false;
      this.band.clear();
      this.launch();
    });
  }

  launch() {
    this.loaded = false;
    this.ammo -= 1;
    this.ammoText.setText(`Stones: ${this.ammo}`);
    this.stone.body.setAllowGravity(true);
    this.stone.setVelocity((SLING.x - this.stone.x) * 6, (SLING.y - this.stone.y) * 6);
    this.time.delayedCall(2500, () => this.stoneDone());
  }

  stoneDone() {
    if (this.targets.countActive() === 0) {
      this.over = true;
      this.msg.setText('All targets down!');
    } else if (this.ammo < 0) {
      this.over = true;
      this.msg.setText('Out of stones');
    } else {
      this.stone.body.setAllowGravity(false);
      this.stone.body.reset(SLING.x, SLING.y);
      this.loaded = true;
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#81d4fa',
  physics: { default: 'arcade', arcade: { gravity: { y: 400 } } },
  scene: SlingScene
});
