// Cliff runner: the runner dashes over ground blocks that are recycled from a pool, with pits between them and crates on top; SPACE, UP or a click jumps, the pace quickens over time, falling into a pit or hitting a crate ends the run and shows the result screen, and the best distance is kept in localStorage.
const W = 800, H = 400, TOP = 300, RUNNER_X = 160;

class RunScene extends Phaser.Scene {
  constructor() { super('run'); }

  preload() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xe76f51).fillRect(0, 0, 32, 32).lineStyle(3, 0x6d3b2a).strokeRect(2, 2, 28, 28).lineBetween(2, 2, 30, 30);
    g.generateTexture('crate', 32, 32);
    g.destroy();
  }

  create() {
    this.speed = 280;
    this.travelled = 0;
    this.ended = false;
    this.runner = this.add.rectangle(RUNNER_X, TOP - 40, 26, 40, 0xf4a261);
    this.physics.add.existing(this.runner);
    this.segments = this.physics.add.group({ allowGravity: false, immovable: true });
    this.crates = this.physics.add.group({ allowGravity: false, immovable: true });
    let x = 0;
    for (let i = 0; i < 4; i++) {
      const seg = this.add.rectangle(0, TOP, 10, H - TOP, 0x2a9d8f).setOrigin(0, 0);
      this.segments.add(seg);
      Object.assign(seg.body.checkCollision, { left: false, right: false, down: false });
      x = this.placeSegment(seg, x, i === 0 ? 900 : 0) + Phaser.Math.Between(90, 140);
    }
    this.physics.add.collider(this.runner, this.segments);
    this.physics.add.overlap(this.runner, this.crates, () => this.endRun(), null, this);

    this.hud = this.add.text(16, 14, '', { fontFamily: 'Arial Black', fontSize: '18px', color: '#264653' });
    const jump = () => { if (this.runner.body.touching.down && !this.ended) this.runner.body.setVelocityY(-620); };
    this.input.keyboard.on('keydown-SPACE', jump);
    this.input.keyboard.on('keydown-UP', jump);
    this.input.on('pointerdown', jump);
  }

  placeSegment(seg, x, fixedWidth) {
    const width = fixedWidth || Phaser.Math.Between(420, 640);
    seg.setSize(width, H - TOP);
    seg.body.setSize(width, H - TOP);
    seg.body.reset(x, TOP);
    if (!fixedWidth) {
      const crate = this.crates.get(x + 100, TOP - 16, 'crate');
      crate.setActive(true).setVisible(true);
      crate.body.enable = true;
      crate.body.reset(x + 100, TOP - 16);
    }
    return x + width;
  }

  endRun() {
    if (this.ended) return;
    this.ended = true;
    const metres = Math.floor(this.travelled / 40);
    const best = Number(localStorage.getItem('cliff-best')) || 0;
    if (metres > best) localStorage.setItem('cliff-best', String(metres));
    this.scene.start('result', { metres });
  }

  update(time, delta) {
    if (this.ended) return;
    this.speed = Math.min(this.speed + 6 * delta / 1000, 420);
    this.travelled += this.speed * delta / 1000;
    this.runner.x = RUNNER_X;
    const segs = this.segments.getChildren();
    let farRight = Math.max(...segs.map((s) => s.x + s.width));
    segs.forEach((seg) => {
      seg.body.setVelocityX(-this.speed);
      if (seg.x + seg.width < -20) farRight = this.placeSegment(seg, farRight + Phaser.Math.Between(90, 140), 0);
    });
    this.crates.children.iterate((c) => {
      if (!c.active) return;
      c.body.setVelocityX(-this.speed);
      if (c.x < -40) { c.setActive(false).setVisible(false); c.body.enable = false; }
    });
    this.hud.setText(`${Math.floor(this.travelled / 40)} m`);
    if (this.runner.y > H + 30) this.endRun();
  }
}

class ResultScene extends Phaser.Scene {
  constructor() { super('result'); }
  create(data) {
    const best = Number(localStorage.getItem('cliff-best')) || 0;
    this.add.text(W / 2, 150, `${data.metres} m`, { fontFamily: 'Arial Black', fontSize: '56px', color: '#e76f51' }).setOrigin(0.5);
    this.add.text(W / 2, 230, `best ${best} m\nclick or SPACE to run again`, { fontFamily: 'Arial', fontSize: '22px', color: '#264653', align: 'center' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.start('run'));
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('run'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, backgroundColor: '#e9c46a',
  physics: { default: 'arcade', arcade: { gravity: { y: 2000 } } },
  scene: [RunScene, ResultScene]
});
