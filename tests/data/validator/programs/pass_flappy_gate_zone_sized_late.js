// Flappy-style game: tap or press SPACE to flap the bird through the gaps of pipe pairs that scroll in from the right (pipes are pooled and reused); passing a pair scores a point, hitting a pipe or the ground ends the run, and the best score is kept in localStorage.
const W = 480, H = 640, GAP = 170, PIPE_SPEED = 200, FLAP = 330;

class FlappyScene extends Phaser.Scene {
  constructor() { super('flappy'); }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffd23f).fillCircle(16, 16, 15).fillStyle(0x222222).fillCircle(22, 11, 3);
    g.fillStyle(0xff7b00).fillTriangle(28, 14, 28, 20, 34, 17);
    g.generateTexture('bird', 34, 32);
    g.clear().fillStyle(0x3aa845).fillRect(0, 0, 64, 420).lineStyle(4, 0x1f6b2a).strokeRect(2, 2, 60, 416);
    g.generateTexture('pipe', 64, 420);
    g.destroy();
  }

  create() {
    this.score = 0;
    this.best = Number(localStorage.getItem('flappy-best')) || 0;
    this.alive = true;
    this.cameras.main.setBackgroundColor('#70c5ce');

    this.pipes = this.physics.add.group({ allowGravity: false, immovable: true });
    this.gates = this.physics.add.group({ allowGravity: false });
    this.bird = this.physics.add.sprite(120, H / 2, 'bird').setCircle(14, 2, 2).setDepth(2);
    this.ground = this.add.rectangle(W / 2, H - 20, W, 40, 0xded895).setDepth(3);
    this.physics.add.existing(this.ground, true);

    this.physics.add.collider(this.bird, this.pipes, this.crash, null, this);
    this.physics.add.collider(this.bird, this.ground, this.crash, null, this);
    this.physics.add.overlap(this.bird, this.gates, this.passGate, null, this);

    const style = { fontFamily: 'Arial', fontSize: '40px', color: '#ffffff', stroke: '#000000', strokeThickness: 5 };
    this.scoreText = this.add.text(W / 2, 50, '0', style).setOrigin(0.5).setDepth(5);
    this.bestText = this.add.text(W / 2, 92, `Best ${this.best}`, { ...style, fontSize: '20px', strokeThickness: 3 }).setOrigin(0.5).setDepth(5);

    this.input.on('pointerdown', this.flap, this);
    this.input.keyboard.on('keydown-SPACE', this.flap, this);
    this.spawner = this.time.addEvent({ delay: 1500, loop: true, callback: this.spawnPair, callbackScope: this });
    this.spawnPair();
  }

  flap() {
    if (!this.alive) { this.scene.restart(); return; }
    this.bird.setVelocityY(-FLAP);
  }

  takePipe(x, y, originY) {
    const pipe = this.pipes.get(x, y, 'pipe');
    pipe.setActive(true).setVisible(true).setOrigin(0.5, originY);
    pipe.body.enable = true;
    pipe.body.reset(x, y);
    pipe.setVelocityX(-PIPE_SPEED);
  }

  spawnPair() {
    const x = W + 40;
    const gapY = Phaser.Math.Between(150, H - 190);
    this.takePipe(x, gapY - GAP / 2, 1);
    this.takePipe(x, gapY + GAP / 2, 0);

    let gate = this.gates.getFirstDead(false);
    if (!gate) {
      gate = this.add.zone(x, gapY).setSize(8, GAP);
      this.physics.add.existing(gate);
      this.gates.add(gate);
    }
    gate.setActive(true);
    gate.body.enable = true;
    gate.body.reset(x + 32, gapY);
    gate.body.setVelocityX(-PIPE_SPEED);
  }

  passGate(bird, gate) {
    gate.setActive(false);
    gate.body.enable = false;
    this.score += 1;
    this.scoreText.setText(String(this.score));
  }

  crash() {
    if (!this.alive) return;
    this.alive = false;
    this.physics.pause();
    this.spawner.remove();
    this.bird.setTint(0xff4444);
    if (this.score > this.best) {
      this.best = this.score;
      localStorage.setItem('flappy-best', String(this.best));
    }
    this.bestText.setText(`Best ${this.best}`);
    this.add.text(W / 2, H / 2, 'GAME OVER\ntap to retry', { fontFamily: 'Arial', fontSize: '34px', color: '#fff', align: 'center', stroke: '#000', strokeThickness: 5 }).setOrigin(0.5).setDepth(6);
  }

  update() {
    if (!this.alive) return;
    this.bird.setAngle(Phaser.Math.Clamp(this.bird.body.velocity.y / 8, -25, 80));
    if (this.bird.y < -20) this.crash();
    this.pipes.getChildren().forEach((p) => {
      if (p.active && p.x < -40) { p.setActive(false).setVisible(false); p.body.enable = false; }
    });
    this.gates.getChildren().forEach((g) => {
      if (g.active && g.x < -40) { g.setActive(false); g.body.enable = false; }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, parent: document.body,
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: FlappyScene
});
