// A hero in a 2000x1500 world the camera follows fires at the click; the aim uses pointer.x / pointer.y, screen coordinates
class Arena extends Phaser.Scene {
  constructor() { super('arena'); }
  preload() {}
  create() {
    this.physics.world.setBounds(0, 0, 2000, 1500);
    this.cameras.main.setBounds(0, 0, 2000, 1500);
    for (let i = 0; i < 40; i++) this.add.circle(Phaser.Math.Between(0, 2000), Phaser.Math.Between(0, 1500), 6, 0x445566);
    this.hero = this.add.rectangle(1000, 750, 30, 30, 0x44ff88);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.cameras.main.startFollow(this.hero);
    this.shots = this.physics.add.group();
    this.input.on('pointerdown', (pointer) => {
      const angle = Phaser.Math.Angle.Between(this.hero.x, this.hero.y, pointer.x, pointer.y);
      const shot = this.add.circle(this.hero.x, this.hero.y, 5, 0xffee55);
      this.shots.add(shot);
      this.physics.velocityFromRotation(angle, 500, shot.body.velocity);
    });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const k = this.keys;
    this.hero.body.setVelocity(((k.right.isDown ? 1 : 0) - (k.left.isDown ? 1 : 0)) * 200, ((k.down.isDown ? 1 : 0) - (k.up.isDown ? 1 : 0)) * 200);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a22', physics: { default: 'arcade' }, scene: Arena });
