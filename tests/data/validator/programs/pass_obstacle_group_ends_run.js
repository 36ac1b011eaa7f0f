// A runner jumps over cacti that slide in from the right; touching one ends the run (the cacti are obstacles, not platforms)
class Runner extends Phaser.Scene {
  constructor() { super('runner'); }
  preload() {}
  create() {
    this.over = false;
    this.ground = this.add.rectangle(400, 290, 800, 20, 0x555555);
    this.physics.add.existing(this.ground, true);
    this.runner = this.physics.add.sprite(100, 240, null).setSize(30, 40);
    this.physics.add.collider(this.runner, this.ground);
    this.cacti = this.physics.add.group({ allowGravity: false, immovable: true });
    this.physics.add.collider(this.runner, this.cacti, this.gameOver, null, this);
    this.time.addEvent({ delay: 1200, loop: true, callback: () => this.cacti.create(820, 260, null).setVelocityX(-300) });
    this.input.keyboard.on('keydown-SPACE', () => { if (this.runner.body.blocked.down) this.runner.setVelocityY(-500); });
  }
  gameOver() {
    this.over = true;
    this.physics.pause();
    this.add.text(400, 120, 'GAME OVER', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 300, backgroundColor: '#222222', physics: { default: 'arcade', arcade: { gravity: { y: 1200 } } }, scene: Runner });
