// Dodge the falling rocks: touching one costs a life, then the ship is shielded for a moment
const SETTINGS = { lives: 5, shield: 2000, rockSpeed: 220 }; // shield time in milliseconds
class Dodge extends Phaser.Scene {
  constructor() { super('dodge'); }
  create() {
    this.lives = SETTINGS.lives;
    this.shielded = false;
    this.ship = this.add.triangle(400, 540, 0, 30, 15, 0, 30, 30, 0x4fc3f7);
    this.physics.add.existing(this.ship);
    this.ship.body.setCollideWorldBounds(true);
    this.rocks = this.physics.add.group();
    this.time.addEvent({ delay: 600, loop: true, callback: () => {
      const r = this.add.circle(Phaser.Math.Between(20, 780), -20, 16, 0x8d6e63);
      this.rocks.add(r);
      r.body.setVelocityY(SETTINGS.rockSpeed);
    } });
    this.physics.add.overlap(this.ship, this.rocks, (ship, rock) => {
      if (this.shielded) return;
      rock.destroy();
      this.lives--;
      this.shielded = true;
      this.ship.setAlpha(0.4);
      this.time.delayedCall(SETTINGS.shield, () => { this.shielded = false; this.ship.setAlpha(1); });
    });
    this.label = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.ship.body.setVelocityX(this.keys.left.isDown ? -300 : this.keys.right.isDown ? 300 : 0);
    this.label.setText('Lives: ' + this.lives);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Dodge });
