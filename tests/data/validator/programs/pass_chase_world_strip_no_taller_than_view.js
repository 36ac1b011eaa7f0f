// Street chase: the camera follows the cop as the arrow keys run him along a long street to catch the fleeing thief before the thief reaches the getaway van at the far end.
const WORLD_W = 3200;

class ChaseScene extends Phaser.Scene {
  constructor() {
    super('ChaseScene');
  }

  create() {
    this.add.rectangle(WORLD_W / 2, 300, WORLD_W, 600, 0x37474f);
    for (let x = 0; x < WORLD_W; x += 120) this.add.rectangle(x, 300, 60, 8, 0xffffff, 0.6);
    for (let x = 80; x < WORLD_W; x += 260) {
      this.add.rectangle(x, 40, 180, 70, 0x8d6e63);
      this.add.rectangle(x + 90, 560, 160, 70, 0x6d4c41);
    }
    this.van = this.add.rectangle(WORLD_W - 80, 300, 120, 70, 0xeceff1);

    this.cop = this.add.container(120, 300, [
      this.add.circle(0, 0, 18, 0x1e88e5),
      this.add.text(0, 0, 'P', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5)
    ]);
    this.cop.setSize(36, 36);
    this.physics.add.existing(this.cop);
    this.cop.body.setCollideWorldBounds(true);

    this.thief = this.add.container(420, 300, [
      this.add.circle(0, 0, 18, 0xe53935),
      this.add.text(0, 0, '$', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5)
    ]);
    this.thief.setSize(36, 36);
    this.physics.add.existing(this.thief);
    this.thief.body.setVelocityX(170);

    this.physics.world.setBounds(0, 80, WORLD_W, 440);
    this.cameras.main.setBounds(0, 0, WORLD_W, 600);
    this.cameras.main.startFollow(this.cop, true, 0.1, 0.1);

    this.physics.add.overlap(this.cop, this.thief, () => this.endChase(true));

    this.cursors = this.input.keyboard.createCursorKeys();
    this.result = null;
    this.status = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' }).setScrollFactor(0);
  }

  endChase(caught) {
    if (this.result) return;
    this.result = caught ? 'caught' : 'escaped';
    this.physics.pause();
    const msg = caught ? 'CAUGHT HIM!' : 'He got away...';
    this.add.text(400, 300, msg, { fontSize: '48px', color: '#ffeb3b' }).setOrigin(0.5).setScrollFactor(0);
  }

  update(time) {
    if (this.result) return;
    const speed = 250;
    const body = this.cop.body;
    body.setVelocity(0, 0);
    if (this.cursors.left.isDown) body.setVelocityX(-speed);
    else if (this.cursors.right.isDown) body.setVelocityX(speed);
    if (this.cursors.up.isDown) body.setVelocityY(-speed);
    else if (this.cursors.down.isDown) body.setVelocityY(speed);

    this.thief.body.setVelocityY(Math.sin(time / 400) * 120);
    this.thief.y = Phaser.Math.Clamp(this.thief.y, 110, 490);

    const gap = Math.max(0, Math.round((this.thief.x - this.cop.x) / 10));
    this.status.setText(`Gap: ${gap} m`);
    if (this.thief.x >= this.van.x) this.endChase(false);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: ChaseScene
});
