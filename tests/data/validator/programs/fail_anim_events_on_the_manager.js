// The target should reset when its hit animation completes, but the handler is on this.anims (the animation manager),
// which never emits 'animationcomplete': the sprite does.
class Range extends Phaser.Scene {
  constructor() { super('range'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    for (let i = 0; i < 4; i++) g.fillStyle(0xff0000 + i * 0x3300).fillCircle(i * 40 + 20, 20, 18 - i * 3);
    g.generateTexture('target', 160, 40);
    g.destroy();
    this.textures.get('target').add(0, 0, 0, 0, 40, 40);
    for (let i = 1; i < 4; i++) this.textures.get('target').add(i, 0, i * 40, 0, 40, 40);
  }
  create() {
    this.anims.create({ key: 'hit', frames: this.anims.generateFrameNumbers('target', { frames: [0, 1, 2, 3] }), frameRate: 12 });
    this.target = this.add.sprite(400, 300, 'target', 0).setScale(3);
    this.hits = 0;
    this.label = this.add.text(16, 16, 'Hits: 0', { fontSize: '20px' });
    this.anims.on('animationcomplete', () => { this.target.setFrame(0); this.hits += 1; this.label.setText('Hits: ' + this.hits); });
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.target.play('hit') });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Range });
