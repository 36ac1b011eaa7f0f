// Flappy: SPACE flaps; every 1.5 s a pair of pipes slides in from the right; touching a pipe ends the run.
class Flappy extends Phaser.Scene {
  constructor() { super('flappy'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x44bb44).fillRect(0, 0, 60, 400);
    g.generateTexture('pipe', 60, 400);
    g.destroy();
  }
  create() {
    this.bird = this.physics.add.sprite(150, 300, '__WHITE').setDisplaySize(30, 24).setTint(0xffdd00);
    this.pipes = this.physics.add.group();
    this.physics.add.overlap(this.bird, this.pipes, () => this.physics.pause());
    this.input.keyboard.on('keydown-SPACE', () => this.bird.setVelocityY(-300));
    this.time.addEvent({ delay: 1500, loop: true, callback: this.addPair, callbackScope: this });
    this.addPair();
  }
  makePipe(x, y, originY) {
    const pipe = this.physics.add.image(x, y, 'pipe').setOrigin(0.5, originY);
    pipe.body.setAllowGravity(false);
    pipe.setVelocityX(-200);
    this.pipes.add(pipe);
  }
  addPair() {
    const gap = Phaser.Math.Between(150, 450);
    this.makePipe(840, gap - 80, 1);
    this.makePipe(840, gap + 80, 0);
  }
  update() {
    this.pipes.getChildren().slice().forEach((p) => { if (p.x < -60 || p.y > 1000) p.destroy(); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Flappy });
