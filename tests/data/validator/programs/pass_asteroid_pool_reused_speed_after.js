// Asteroid belt: rocks fly across from the right every 400 ms; a pool of 8 rocks is reused once they leave the screen
class Belt extends Phaser.Scene {
  constructor() { super('belt'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x9e9e9e).fillCircle(12, 12, 12).generateTexture('rock', 24, 24).destroy();
    this.rocks = this.physics.add.group({ maxSize: 8 });
    this.passed = 0;
    this.info = this.add.text(10, 10, 'passed: 0', { fontSize: '16px', color: '#fff' });
    this.time.addEvent({ delay: 400, loop: true, callback: () => this.launch() });
  }
  launch() {
    const y = Phaser.Math.Between(30, 370);
    let rock = this.rocks.getFirstDead(false);
    if (rock) {
      rock.enableBody(true, 620, y, true, true);
    } else if (this.rocks.getLength() < 8) {
      rock = this.rocks.create(620, y, 'rock');
    }
    if (rock) rock.setVelocityX(-Phaser.Math.Between(150, 250));
  }
  update() {
    this.rocks.getChildren().forEach((r) => {
      if (r.active && r.x < -20) {
        this.rocks.killAndHide(r);
        r.body.enable = false;
        this.passed += 1;
        this.info.setText('passed: ' + this.passed);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#000', physics: { default: 'arcade' }, scene: Belt });
