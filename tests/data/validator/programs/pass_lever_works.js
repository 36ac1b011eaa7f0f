// Three-level lever puzzle platformer: arrows move, Up jumps, E pulls a lever you are touching, which toggles its bridge or wall on and off; touching the exit freezes the controls and shows "Level complete" for one second, then the next level starts with the controls working again.
const STAGES = [
  { lever: 150, floor: [[0, 300], [500, 300]], blocks: [{ x: 400, y: 570, w: 200, h: 20, on: false }] },
  { lever: 90, floor: [[0, 800]], blocks: [{ x: 560, y: 430, w: 24, h: 260, on: true }] },
  { lever: 560, floor: [[0, 300], [500, 300]], blocks: [{ x: 400, y: 570, w: 200, h: 20, on: true }, { x: 640, y: 430, w: 24, h: 260, on: true }] }
];

class LeverWorks extends Phaser.Scene {
  constructor() {
    super('LeverWorks');
  }

  init(data) {
    this.stageNo = data.stage || 0;
  }

  create() {
    const stage = STAGES[this.stageNo];
    this.input.keyboard.enabled = true;
    this.add.text(16, 14, 'Level ' + (this.stageNo + 1) + ' of ' + STAGES.length + '   E: pull lever', { fontSize: '20px', color: '#f8f9fa' });

    this.add.rectangle(400, 590, 800, 20, 0xd00000);
    this.ground = this.physics.add.staticGroup();
    stage.floor.forEach(([x, w]) => this.ground.add(this.add.rectangle(x + w / 2, 580, w, 40, 0x495057)));

    this.toggles = this.physics.add.staticGroup();
    stage.blocks.forEach((b) => {
      const block = this.add.rectangle(b.x, b.y, b.w, b.h, 0x4cc9f0);
      this.toggles.add(block);
      this.setBlock(block, b.on);
    });

    this.lever = this.add.rectangle(stage.lever, 560, 10, 36, 0xadb5bd).setOrigin(0.5, 1).setAngle(-30);
    this.physics.add.existing(this.lever, true);
    this.leverOn = false;

    this.exit = this.add.rectangle(740, 520, 40, 80, 0x80ed99);
    this.physics.add.existing(this.exit, true);

    if (!this.textures.exists('hero')) {
      this.make.graphics({ x: 0, y: 0 }, false).fillStyle(0xffbe0b).fillRect(0, 0, 24, 36).generateTexture('hero', 24, 36).destroy();
    }
    this.hero = this.physics.add.sprite(40, 520, 'hero').setCollideWorldBounds(true);
    this.physics.world.setBoundsCollision(true, true, true, false);

    this.physics.add.collider(this.hero, [this.ground, this.toggles]);
    this.physics.add.overlap(this.hero, this.exit, () => this.reachExit());

    this.cursors = this.input.keyboard.createCursorKeys();
    this.useKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.E);
    this.finished = false;
  }

  setBlock(block, on) {
    block.setData('on', on);
    block.body.enable = on;
    block.setAlpha(on ? 1 : 0.2);
  }

  pullLever() {
    this.leverOn = !this.leverOn;
    this.lever.setAngle(this.leverOn ? 30 : -30);
    this.toggles.getChildren().forEach((block) => this.setBlock(block, !block.getData('on')));
  }

  reachExit() {
    if (this.finished) return;
    this.finished = true;
    this.input.keyboard.enabled = false;
    this.hero.setVelocity(0, 0);
    const last = this.stageNo === STAGES.length - 1;
    this.add.text(400, 260, last ? 'All levels complete!' : 'Level complete', { fontSize: '40px', color: '#80ed99' }).setOrigin(0.5);
    if (!last) this.time.delayedCall(1000, () => this.scene.restart({ stage: this.stageNo + 1 }));
  }

  update() {
    if (this.finished) {
      this.hero.setVelocityX(0);
      return;
    }
    const body = this.hero.body;
    if (this.cursors.left.isDown) this.hero.setVelocityX(-190);
    else if (this.cursors.right.isDown) this.hero.setVelocityX(190);
    else this.hero.setVelocityX(0);
    if (this.cursors.up.isDown && body.blocked.down) this.hero.setVelocityY(-480);

    if (Phaser.Input.Keyboard.JustDown(this.useKey) && this.physics.overlap(this.hero, this.lever)) {
      this.pullLever();
    }
    if (this.hero.y > 640) this.scene.restart({ stage: this.stageNo });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#212529',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: LeverWorks
};

new Phaser.Game(config);
