// Endless runner: crates slide in from the right and get faster every 2 seconds
class Runner extends Phaser.Scene {
  create() {
    this.speed = 200;
    this.crates = this.physics.add.group({ allowGravity: false });
    this.label = this.add.text(16, 16, 'Speed: 200', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 2000, loop: true, callback: () => { this.speed += 40; this.label.setText('Speed: ' + this.speed); } });
    this.time.addEvent({ delay: 900, loop: true, callback: () => {
      const crate = this.add.rectangle(820, 500, 40, 40, 0xaa7744);
      this.crates.add(crate);
      crate.body.setVelocityX(-this.speed);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Runner });
