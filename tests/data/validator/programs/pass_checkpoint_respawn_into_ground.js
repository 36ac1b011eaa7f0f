// Platformer with checkpoints: touching a flag turns it green, and hitting the spikes puts the player back at the last flag touched.
class CheckpointScene extends Phaser.Scene {
  constructor() {
    super('CheckpointScene');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x607d8b).fillRect(0, 0, 800, 40).generateTexture('ground', 800, 40);
    g.clear().fillStyle(0xffffff).fillRect(0, 0, 12, 48).generateTexture('flag', 12, 48);
    g.clear().fillStyle(0xb0bec5).fillTriangle(0, 20, 12, 0, 24, 20).generateTexture('spike', 24, 20);
    g.clear().fillStyle(0xff7043).fillRect(0, 0, 26, 32).generateTexture('hero', 26, 32);
    g.destroy();

    this.ground = this.physics.add.staticImage(400, 580, 'ground');
    this.flags = this.physics.add.staticGroup();
    [220, 460].forEach((x) => this.flags.create(x, 536, 'flag').setTint(0xe53935));
    this.spikes = this.physics.add.staticGroup();
    [600, 624, 648].forEach((x) => this.spikes.create(x, 550, 'spike'));

    this.player = this.physics.add.sprite(60, 540, 'hero').setCollideWorldBounds(true);
    this.checkpoint = { x: 60, y: 540 };
    this.deaths = 0;

    this.physics.add.collider(this.player, this.ground);
    this.physics.add.overlap(this.player, this.flags, this.touchFlag, null, this);
    this.physics.add.overlap(this.player, this.spikes, this.hitSpikes, null, this);

    this.label = this.add.text(16, 16, 'Deaths: 0', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  touchFlag(player, flag) {
    if (flag.getData('reached')) return;
    flag.setData('reached', true).setTint(0x66bb6a);
    this.checkpoint = flag.getCenter();
  }

  hitSpikes(player) {
    this.deaths += 1;
    this.label.setText(`Deaths: ${this.deaths}`);
    player.body.reset(this.checkpoint.x, this.checkpoint.y);
  }

  update() {
    const { left, right, up } = this.cursors;
    this.player.setVelocityX(left.isDown ? -190 : right.isDown ? 190 : 0);
    if (up.isDown && this.player.body.blocked.down) this.player.setVelocityY(-420);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: CheckpointScene
});
