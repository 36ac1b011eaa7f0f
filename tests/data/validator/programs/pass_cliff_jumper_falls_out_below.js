// Cliff run: the camera follows the runner along a long ledge; run off the end and you fall: "You fell! Click to retry"
class Cliff extends Phaser.Scene {
  constructor() { super('cliff'); }
  create() {
    this.physics.world.setBounds(0, 0, 3000, 500, true, true, true, false);
    this.cameras.main.setBounds(0, 0, 3000, 500);
    this.add.rectangle(150, 470, 300, 20, 0x795548);
    const ledge = this.physics.add.staticImage(150, 470, null).setDisplaySize(300, 20).refreshBody().setVisible(false);
    this.runner = this.add.rectangle(60, 420, 24, 36, 0xffc107);
    this.physics.add.existing(this.runner);
    this.runner.body.setVelocityX(180);
    this.physics.add.collider(this.runner, ledge);
    this.cameras.main.startFollow(this.runner);
    this.over = false;
    this.input.on('pointerdown', () => { if (this.over) this.scene.restart(); });
  }
  update() {
    if (!this.over && this.runner.y > 520) {
      this.over = true;
      this.add.text(this.cameras.main.scrollX + 400, 200, 'You fell! Click to retry', { fontSize: '28px', color: '#fff' }).setOrigin(0.5);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 500, backgroundColor: '#4fc3f7',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Cliff });
