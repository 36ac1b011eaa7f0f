// Task: Platformer where a moving platform, which starts when the player steps onto it, ferries the player across a wide pit to the goal flag on the far side.
const FERRY_SPEED = 90;
const FERRY_END_X = 580;

class FerryScene extends Phaser.Scene {
  constructor() {
    super({ key: 'ferry' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffca28).fillRect(0, 0, 24, 32);
    g.generateTexture('traveller', 24, 32);
    g.clear().fillStyle(0x26a69a).fillRect(0, 0, 120, 16);
    g.generateTexture('raft', 120, 16);
    g.clear().fillStyle(0x795548).fillRect(0, 0, 160, 140);
    g.generateTexture('cliff', 160, 140);
    g.destroy();
  }

  create() {
    this.cliffs = this.physics.add.staticGroup();
    this.cliffs.create(80, 530, 'cliff');
    this.cliffs.create(720, 530, 'cliff');

    this.ferry = this.physics.add.image(220, 468, 'raft').setImmovable(true);
    this.ferry.body.setAllowGravity(false);
    this.ferryStarted = false;

    this.player = this.physics.add.sprite(60, 440, 'traveller');
    this.physics.add.collider(this.player, this.cliffs);
    this.physics.add.collider(this.player, this.ferry, this.onFerry, null, this);

    this.goal = this.add.rectangle(760, 430, 12, 60, 0xef5350);
    this.physics.add.existing(this.goal, true);
    this.physics.add.overlap(this.player, this.goal, this.reachGoal, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.won = false;
    this.falls = this.registry.get('falls') || 0;
    this.hud = this.add.text(16, 16, `Ride the raft across! Falls: ${this.falls}`, { fontSize: '18px', color: '#fff' });
  }

  onFerry(player, ferry) {
    if (!this.ferryStarted && player.body.touching.down) {
      this.ferryStarted = true;
      ferry.setVelocityX(FERRY_SPEED);
    }
  }

  reachGoal() {
    if (this.won) return;
    this.won = true;
    this.hud.setText('You crossed the pit!');
  }

  update() {
    if (this.ferry.x >= FERRY_END_X) {
      this.ferry.setVelocityX(0);
      this.ferry.x = FERRY_END_X;
    }

    if (this.cursors.left.isDown) {
      this.player.setVelocityX(-160);
    } else if (this.cursors.right.isDown) {
      this.player.setVelocityX(160);
    } else {
      this.player.setVelocityX(0);
    }
    if (this.cursors.up.isDown && this.player.body.blocked.down) {
      this.player.setVelocityY(-380);
    }

    if (this.player.y > 640) {
      this.registry.set('falls', this.falls + 1);
      this.scene.restart();
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  physics: { default: 'arcade', arcade: { gravity: { y: 800 } } },
  scene: FerryScene
});
