// Drive the tank around a large arena with the arrow keys; the turret always points at the mouse and clicking fires.
const ARENA = 2400;
class Tank extends Phaser.Scene {
  constructor() { super('tank'); }
  preload() {}
  create() {
    this.physics.world.setBounds(0, 0, ARENA, ARENA);
    for (let i = 0; i < 60; i++) this.add.rectangle(Phaser.Math.Between(0, ARENA), Phaser.Math.Between(0, ARENA), 40, 40, 0x5d4037);
    this.hull = this.add.rectangle(1200, 1200, 50, 36, 0x689f38);
    this.physics.add.existing(this.hull);
    this.hull.body.setCollideWorldBounds(true);
    this.turret = this.add.rectangle(1200, 1200, 44, 10, 0x33691e).setOrigin(0.1, 0.5);
    this.cameras.main.setBounds(0, 0, ARENA, ARENA);
    this.cameras.main.startFollow(this.hull);
    this.shells = this.physics.add.group();
    this.input.on('pointerdown', () => {
      const shell = this.add.circle(this.hull.x, this.hull.y, 5, 0xffeb3b);
      this.shells.add(shell);
      this.physics.velocityFromRotation(this.aim(), 500, shell.body.velocity);
    });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  aim() {
    const p = this.input.activePointer;
    return Phaser.Math.Angle.Between(this.hull.x, this.hull.y, p.worldX, p.worldY);
  }
  update() {
    this.hull.body.setVelocity((this.keys.right.isDown ? 160 : 0) - (this.keys.left.isDown ? 160 : 0), (this.keys.down.isDown ? 160 : 0) - (this.keys.up.isDown ? 160 : 0));
    this.turret.setPosition(this.hull.x, this.hull.y).setRotation(this.aim());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Tank });
