// Climb forever: ledges that fall below the screen come back above the top (arrow keys move, the frog bounces up).
class Climb extends Phaser.Scene {
  constructor() { super('climb'); }
  preload() {}
  create() {
    this.ledges = this.physics.add.staticGroup();
    for (let i = 0; i < 8; i++) this.ledges.add(this.add.rectangle(Phaser.Math.Between(60, 740), 560 - i * 80, 100, 14, 0x8bc34a));
    this.frog = this.add.rectangle(400, 500, 26, 26, 0x4caf50);
    this.physics.add.existing(this.frog);
    this.physics.add.collider(this.frog, this.ledges, () => { if (this.frog.body.touching.down) this.frog.body.setVelocityY(-520); });
    this.cameras.main.startFollow(this.frog, false, 0, 1);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.frog.body.setVelocityX(this.keys.left.isDown ? -220 : this.keys.right.isDown ? 220 : 0);
    const top = Math.min(...this.ledges.getChildren().map((l) => l.y));
    this.ledges.children.iterate((l) => {
      if (l.y > this.cameras.main.scrollY + 650) {
        l.y = top - 80;
        l.x = Phaser.Math.Between(60, 740);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Climb });
