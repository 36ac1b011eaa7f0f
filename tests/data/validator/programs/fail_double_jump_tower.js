// Double-jump platformer: Left/Right move, SPACE jumps from the ground and you may jump exactly once more in mid-air (a third press does nothing until you land, and walking off a ledge also leaves you just that one air jump). A small dot above the hero shows whether the air jump is still available. Climb the floating platforms to the flag at the top right to see LEVEL CLEAR.
const MAX_JUMPS = 2;
const GROUND_JUMP = 480;
const AIR_JUMP = 430;
const MOVE = 190;

class Tower extends Phaser.Scene {
  constructor() {
    super({ key: 'Tower' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffb347).fillRect(0, 0, 24, 36);
    g.fillStyle(0x222222).fillRect(14, 8, 5, 5);
    g.generateTexture('climber', 24, 36);
    g.clear();
    g.fillStyle(0x5d7a99).fillRect(0, 0, 120, 16);
    g.generateTexture('step', 120, 16);
    g.clear();
    g.fillStyle(0x36495e).fillRect(0, 0, 800, 40);
    g.generateTexture('base', 800, 40);
    g.clear();
    g.fillStyle(0xdddddd).fillRect(0, 0, 4, 60);
    g.fillStyle(0xff4d4d).fillTriangle(4, 0, 40, 12, 4, 24);
    g.generateTexture('flag', 40, 60);
    g.destroy();
  }

  create() {
    this.cleared = false;
    this.airJumps = 0;

    const steps = this.physics.add.staticGroup();
    steps.create(400, 580, 'base');
    [[170, 420], [380, 280], [600, 150]].forEach(([x, y]) => steps.create(x, y, 'step'));

    this.hero = this.physics.add.sprite(60, 520, 'climber');
    this.hero.setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, steps);

    this.flag = this.physics.add.staticImage(640, 112, 'flag');
    this.physics.add.overlap(this.hero, this.flag, this.reachFlag, null, this);

    this.dot = this.add.circle(0, 0, 5, 0x7cf47c);
    this.info = this.add.text(16, 12, 'SPACE: jump (once more in the air)', { fontSize: '18px', color: '#ffffff' });
    this.jumpCountText = this.add.text(16, 36, 'Jumps used: 0', { fontSize: '16px', color: '#cccccc' });
    this.jumpsUsed = 0;

    this.keys = this.input.keyboard.addKeys({
      left: Phaser.Input.Keyboard.KeyCodes.LEFT,
      right: Phaser.Input.Keyboard.KeyCodes.RIGHT,
      jump: Phaser.Input.Keyboard.KeyCodes.SPACE
    });
  }

  reachFlag() {
    if (this.cleared) return;
    this.cleared = true;
    this.physics.pause();
    this.add.rectangle(400, 300, 420, 120, 0x000000, 0.7);
    this.add.text(400, 300, 'LEVEL CLEAR', { fontSize: '44px', color: '#ffe066' }).setOrigin(0.5);
  }

  puff(x, y) {
    const ring = this.add.circle(x, y, 6).setStrokeStyle(2, 0xffffff);
    this.tweens.add({ targets: ring, scale: 3, alpha: 0, duration: 300, onComplete: () => ring.destroy() });
  }

  update() {
    if (this.cleared) return;
    const body = this.hero.body;
    const onFloor = body.blocked.down;

    if (this.keys.left.isDown) this.hero.setVelocityX(-MOVE);
    else if (this.keys.right.isDown) this.hero.setVelocityX(MOVE);
    else this.hero.setVelocityX(0);

    if (onFloor) {
      this.airJumps = MAX_JUMPS;
      this.jumpsUsed = 0;
    }

    if (Phaser.Input.Keyboard.JustDown(this.keys.jump)) {
      if (onFloor) {
        this.hero.setVelocityY(-GROUND_JUMP);
        this.jumpsUsed += 1;
      } else if (this.airJumps > 0) {
        this.airJumps -= 1;
        this.jumpsUsed += 1;
        this.hero.setVelocityY(-AIR_JUMP);
        this.puff(this.hero.x, body.bottom);
      }
    }

    this.jumpCountText.setText('Jumps used: ' + this.jumpsUsed);
    this.dot.setPosition(this.hero.x, this.hero.y - 28);
    this.dot.setFillStyle(this.airJumps > 0 ? 0x7cf47c : 0x555555);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#141d26',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [Tower]
};

new Phaser.Game(config);
