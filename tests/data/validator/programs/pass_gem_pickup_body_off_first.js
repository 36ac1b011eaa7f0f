// Collect the gems: walk over a gem with the arrow keys; it floats up and fades, and the counter goes up by one
class Cave extends Phaser.Scene {
  constructor() { super('cave'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x00e5ff, 1).fillTriangle(10, 0, 20, 12, 0, 12).fillTriangle(0, 12, 20, 12, 10, 26);
    g.generateTexture('gem', 20, 26);
    g.clear().fillStyle(0xffb300, 1).fillRect(0, 0, 26, 26).generateTexture('miner', 26, 26);
    g.destroy();
    this.gems = this.physics.add.staticGroup();
    for (let i = 0; i < 6; i++) this.gems.create(120 + i * 80, 240, 'gem');
    this.miner = this.physics.add.sprite(60, 240, 'miner');
    this.count = 0;
    this.label = this.add.text(10, 10, 'Gems: 0', { fontSize: '20px', color: '#ffffff' });
    this.physics.add.overlap(this.miner, this.gems, (miner, gem) => {
      gem.body.enable = false;
      this.count++;
      this.label.setText('Gems: ' + this.count);
      this.tweens.add({ targets: gem, y: gem.y - 30, alpha: 0, duration: 300, onComplete: () => gem.destroy() });
    });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.miner.setVelocityX(this.keys.right.isDown ? 160 : this.keys.left.isDown ? -160 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#263238', physics: { default: 'arcade' }, scene: Cave });
