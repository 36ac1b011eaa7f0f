// 尖刺与检查点：碰到尖刺后从最后到过的检查点重新开始
class SpikeScene extends Phaser.Scene {
  constructor() { super('spikes'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x42a5f5).fillRect(0, 0, 26, 36).generateTexture('hero', 26, 36);
    g.clear().fillStyle(0x9e9e9e).fillTriangle(0, 20, 10, 0, 20, 20).generateTexture('spike', 20, 20);
    g.clear().fillStyle(0xffee58).fillRect(0, 0, 8, 40).generateTexture('flag', 8, 40);
    g.clear().fillStyle(0x6d4c41).fillRect(0, 0, 800, 30).generateTexture('ground', 800, 30);
    g.destroy();
  }
  create() {
    this.checkpoint = this.checkpoint || { x: 50, y: 530 };
    this.dead = false;
    const ground = this.physics.add.staticImage(400, 585, 'ground');
    this.hero = this.physics.add.sprite(this.checkpoint.x, this.checkpoint.y, 'hero');
    this.physics.add.collider(this.hero, ground);
    const spikes = this.physics.add.staticGroup();
    [300, 560].forEach((x) => spikes.create(x, 560, 'spike'));
    const flags = this.physics.add.staticGroup();
    [420, 700].forEach((x) => flags.create(x, 550, 'flag'));
    this.physics.add.overlap(this.hero, flags, (hero, flag) => { this.checkpoint = { x: flag.x, y: 530 }; flag.setTint(0x66bb6a); });
    this.physics.add.overlap(this.hero, spikes, () => this.hitSpike());
    this.keys = this.input.keyboard.createCursorKeys();
  }
  hitSpike() {
    if (this.dead) return;
    this.dead = true;
    this.hero.setTint(0xff0000);
    this.time.delayedCall(400, () => this.scene.restart());
  }
  update() {
    if (this.dead) return;
    this.hero.setVelocityX(this.keys.left.isDown ? -180 : this.keys.right.isDown ? 180 : 0);
    if (this.keys.up.isDown && this.hero.body.blocked.down) this.hero.setVelocityY(-430);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } }, scene: SpikeScene });
