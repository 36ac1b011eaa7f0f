// Dodger: each hit costs a life; when the lives run out the game starts over with 3
class Dodger extends Phaser.Scene {
  constructor() { super('dodger'); }
  create() {
    this.lives = 3;
    this.player = this.add.rectangle(320, 420, 40, 20, 0x4fc3f7);
    this.physics.add.existing(this.player);
    this.rocks = this.physics.add.group();
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      const r = this.add.circle(Phaser.Math.Between(20, 620), 0, 12, 0xa1887f);
      this.rocks.add(r);
      r.body.setVelocityY(240);
    } });
    this.physics.add.overlap(this.player, this.rocks, (p, rock) => this.hit(rock));
    this.keys = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(10, 10, '', { fontSize: '18px', color: '#ffffff' });
  }
  hit(rock) {
    rock.destroy();
    this.lives--;
    if (this.lives <= 0) this.scene.restart();
  }
  update() {
    this.player.body.setVelocityX(this.keys.left.isDown ? -300 : this.keys.right.isDown ? 300 : 0);
    this.hud.setText('Lives: ' + this.lives);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#1b1b1b', physics: { default: 'arcade' }, scene: Dodger });
