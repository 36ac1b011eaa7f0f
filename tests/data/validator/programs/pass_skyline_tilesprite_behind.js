// An endless runner: the cat runs on the ground, SPACE jumps, a skyline scrolls behind and the score counts up.
class Runner extends Phaser.Scene {
  constructor() { super('runner'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x283593).fillRect(0, 0, 200, 480);
    g.fillStyle(0x111133).fillRect(20, 260, 40, 220).fillRect(90, 200, 50, 280);
    g.generateTexture('skyline', 200, 480);
    g.clear();
    g.fillStyle(0x8899aa).fillTriangle(0, 200, 100, 40, 200, 200);
    g.generateTexture('hills', 200, 200);
    g.clear();
    g.fillStyle(0xffa726).fillRect(0, 0, 40, 32);
    g.generateTexture('cat', 40, 32);
    g.destroy();
  }
  create() {
    this.score = 0;
    this.skyline = this.add.tileSprite(0, 0, 800, 480, 'skyline').setOrigin(0, 0);
    this.hills = this.add.tileSprite(0, 280, 800, 200, 'hills').setOrigin(0, 0);
    this.cat = this.physics.add.sprite(150, 440, 'cat');
    const ground = this.add.rectangle(400, 540, 800, 120, 0x444444);
    this.physics.add.existing(ground, true);
    this.physics.add.collider(this.cat, ground);
    this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => { if (this.cat.body.blocked.down) this.cat.setVelocityY(-420); });
  }
  update(time, delta) {
    this.skyline.tilePositionX += 0.05 * delta;
    this.hills.tilePositionX += 0.12 * delta;
    this.score += delta / 100;
    this.scoreText.setText('Score: ' + Math.floor(this.score));
  }
}
new Phaser.Game({
  type: Phaser.AUTO, width: 800, height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: Runner,
});
