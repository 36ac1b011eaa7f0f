// Ladder platformer: SPACE grabs the ladder when standing by it, otherwise SPACE jumps
class ClimbScene extends Phaser.Scene {
  constructor() { super('climb'); }

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x90caf9).fillRect(0, 0, 28, 44).generateTexture('kid', 28, 44);
    g.clear().fillStyle(0x6d4c41).fillRect(0, 0, 800, 40).generateTexture('floor', 800, 40);
    g.clear().fillStyle(0xffcc80).fillRect(0, 0, 30, 300).generateTexture('ladder', 30, 300);
    g.destroy();
    this.ladder = this.add.image(600, 410, 'ladder');
    this.floor = this.physics.add.staticImage(400, 580, 'floor');
    this.kid = this.physics.add.sprite(200, 500, 'kid').setCollideWorldBounds(true);
    this.physics.add.collider(this.kid, this.floor);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.space = this.input.keyboard.addKey('SPACE');
    this.climbing = false;
    this.status = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' });
  }

  update() {
    const body = this.kid.body;
    const byLadder = Math.abs(this.kid.x - this.ladder.x) < 24;
    const pressed = Phaser.Input.Keyboard.JustDown(this.space);
    if (pressed && byLadder) {
      this.climbing = !this.climbing;
      body.setAllowGravity(!this.climbing);
    }
    if (this.climbing) {
      this.kid.setVelocity(0, this.cursors.up.isDown ? -140 : this.cursors.down.isDown ? 140 : 0);
    } else {
      this.kid.setVelocityX(this.cursors.left.isDown ? -200 : this.cursors.right.isDown ? 200 : 0);
      if (pressed && body.blocked.down) this.kid.setVelocityY(-420);
    }
    this.status.setText(this.climbing ? 'climbing' : byLadder ? 'SPACE: grab the ladder' : 'SPACE: jump');
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: ClimbScene });
