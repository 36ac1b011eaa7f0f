// Dodge the falling blocks with the arrow keys for 30 seconds; press P to pause, which freezes the blocks and the countdown
class Rain extends Phaser.Scene {
  create() {
    this.left = 30;
    this.paused = false;
    this.player = this.add.rectangle(400, 560, 40, 20, 0x66ff66);
    this.physics.add.existing(this.player);
    this.blocks = this.physics.add.group();
    this.clock = this.add.text(16, 16, 'Time: 30', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, repeat: 29, callback: this.tick, callbackScope: this });
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.blocks.create(Phaser.Math.Between(20, 780), 0, null).setVelocityY(200) });
    this.input.keyboard.on('keydown-P', this.togglePause, this);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  tick() {
    this.left -= 1;
    this.clock.setText('Time: ' + this.left);
  }
  togglePause() {
    this.paused = !this.paused;
    this.time.paused = this.paused;
    if (this.paused) this.physics.pause();
    else this.physics.resume();
  }
  update() {
    if (this.paused) return;
    this.player.body.setVelocityX((this.cursors.right.isDown - this.cursors.left.isDown) * 250);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Rain });
