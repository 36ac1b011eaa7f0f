// Climb the ladders with UP and DOWN while standing in front of one; LEFT and RIGHT walk.
class Ladders extends Phaser.Scene {
  constructor() { super('ladders'); }
  preload() {}
  create() {
    this.ladders = this.physics.add.staticGroup();
    for (const x of [200, 600]) {
      this.add.rectangle(x, 350, 40, 500, 0x8d6e63);
      this.ladders.add(this.add.zone(x, 350, 40, 500));
    }
    this.hero = this.add.rectangle(120, 570, 24, 32, 0x4fc3f7);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.hero.body;
    const onLadder = this.physics.overlap(this.hero, this.ladders);
    body.setAllowGravity(!onLadder);
    body.setVelocityX(this.keys.left.isDown ? -160 : this.keys.right.isDown ? 160 : 0);
    if (onLadder) body.setVelocityY(this.keys.up.isDown ? -140 : this.keys.down.isDown ? 140 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Ladders });
