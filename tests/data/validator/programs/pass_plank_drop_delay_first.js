// A rope bridge: a plank shakes when the hero lands on it and falls 500 ms later (arrow keys move, UP jumps).
class Bridge extends Phaser.Scene {
  constructor() { super('bridge'); }
  preload() {}
  create() {
    this.planks = this.physics.add.staticGroup();
    for (let i = 0; i < 8; i++) this.planks.add(this.add.rectangle(160 + i * 70, 420, 64, 14, 0xa1887f));
    this.hero = this.add.rectangle(160, 380, 22, 30, 0x90caf9);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, this.planks, this.stepOn, null, this);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  stepOn(hero, plank) {
    if (plank.getData('shaking')) return;
    plank.setData('shaking', true);
    plank.setFillStyle(0xff8a65);
    this.time.delayedCall(500, () => this.drop(plank));
  }
  drop(plank) {
    plank.body.enable = false;
    this.tweens.add({ targets: plank, y: 700, alpha: 0, duration: 600, onComplete: () => plank.destroy() });
  }
  update() {
    this.hero.body.setVelocityX(this.keys.left.isDown ? -160 : this.keys.right.isDown ? 160 : 0);
    if (this.keys.up.isDown && this.hero.body.blocked.down) this.hero.body.setVelocityY(-380);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Bridge });
