// Slingshot: drag the bird back and release; it flies toward the tower of crates.
class Sling extends Phaser.Scene {
  constructor() { super('sling'); }
  preload() {}
  create() {
    this.matter.world.setBounds(0, 0, 1000, 600);
    this.bird = this.add.circle(150, 400, 18, 0xe53935);
    this.matter.add.gameObject(this.bird, { shape: { type: 'circle', radius: 18 } });
    this.bird.setStatic(true);
    for (let i = 0; i < 5; i++) this.matter.add.rectangle(800, 560 - i * 42, 40, 40);
    this.input.on('pointerup', (pointer) => {
      this.bird.setStatic(false);
      this.bird.body.velocity.x = (150 - pointer.x) * 0.25;
      this.bird.body.velocity.y = (400 - pointer.y) * 0.25;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 1000, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Sling });
