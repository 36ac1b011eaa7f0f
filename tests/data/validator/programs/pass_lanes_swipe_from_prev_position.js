// Three-lane runner: the car switches lanes with the LEFT/RIGHT arrow keys or by swiping left/right, road blocks from a pool come down the lanes and get faster every 5 dodged, each dodged block scores, a crash returns to the title screen, and the best score is kept.
const W = 360, H = 640, LANES = [90, 180, 270], SWIPE_MIN = 40;

class TitleScene extends Phaser.Scene {
  constructor() { super('title'); }
  create(data) {
    const best = Math.max(this.registry.get('best') || 0, data.score || 0);
    this.registry.set('best', best);
    this.add.text(W / 2, 200, 'LANE DASH', { fontFamily: 'Impact', fontSize: '52px', color: '#ffbe0b' }).setOrigin(0.5);
    const last = data.score === undefined ? '' : `last run: ${data.score}\n`;
    this.add.text(W / 2, 330, `${last}best: ${best}\n\ntap or press any key`, { fontFamily: 'Arial', fontSize: '22px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.start('road'));
    this.input.keyboard.once('keydown', () => this.scene.start('road'));
  }
}

class RoadScene extends Phaser.Scene {
  constructor() { super('road'); }

  create() {
    this.lane = 1;
    this.score = 0;
    this.speed = 260;
    this.crashed = false;
    if (!this.textures.exists('block')) {
      const t = this.make.graphics({}, false);
      t.fillStyle(0xfb5607).fillRect(0, 0, 56, 36).fillStyle(0xffffff).fillRect(6, 14, 44, 8);
      t.generateTexture('block', 56, 36);
      t.destroy();
    }
    const g = this.add.graphics();
    g.fillStyle(0x3a3a3a).fillRect(45, 0, 270, H);
    g.fillStyle(0xffffff, 0.6);
    for (let y = 0; y < H; y += 40) { g.fillRect(133, y, 4, 22); g.fillRect(223, y, 4, 22); }

    this.car = this.add.rectangle(LANES[1], 540, 44, 70, 0x3a86ff).setStrokeStyle(3, 0xffffff);
    this.physics.add.existing(this.car);
    this.car.body.setAllowGravity(false);
    this.blocks = this.physics.add.group({ allowGravity: false });
    this.physics.add.overlap(this.car, this.blocks, this.crash, null, this);

    this.scoreText = this.add.text(12, 10, 'score 0', { fontFamily: 'Arial', fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-LEFT', () => this.shift(-1));
    this.input.keyboard.on('keydown-RIGHT', () => this.shift(1));
    this.input.on('pointerup', (pointer) => {
      const dx = pointer.x - pointer.downX;
      const dy = pointer.y - pointer.downY;
      if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) > Math.abs(dy)) this.shift(Math.sign(dx));
    });
    this.spawner = this.time.addEvent({ delay: 900, loop: true, callback: this.spawnRow, callbackScope: this });
  }

  shift(dir) {
    if (this.crashed) return;
    this.lane = Phaser.Math.Clamp(this.lane + dir, 0, LANES.length - 1);
    this.tweens.add({ targets: this.car, x: LANES[this.lane], duration: 110, ease: 'Quad.easeOut' });
  }

  spawnRow() {
    const open = Phaser.Math.Between(0, 2);
    LANES.forEach((x, i) => {
      if (i === open || Phaser.Math.Between(0, 1) === 0) return;
      const block = this.blocks.get(x, -40, 'block');
      block.enableBody(true, x, -40, true, true);
    });
  }

  crash() {
    if (this.crashed) return;
    this.crashed = true;
    this.physics.pause();
    this.spawner.remove();
    this.car.setFillStyle(0xff006e);
    this.time.delayedCall(700, () => this.scene.start('title', { score: this.score }));
  }

  update() {
    if (this.crashed) return;
    this.blocks.children.iterate((block) => {
      if (!block.active) return;
      block.setVelocityY(this.speed);
      if (block.y > H + 40) {
        block.disableBody(true, true);
        this.score += 1;
        this.scoreText.setText(`score ${this.score}`);
        if (this.score % 5 === 0) this.speed += 40;
      }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, backgroundColor: '#2b9348',
  physics: { default: 'arcade' },
  scene: [TitleScene, RoadScene]
});
