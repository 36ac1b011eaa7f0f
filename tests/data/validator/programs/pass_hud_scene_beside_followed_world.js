// Glide right over a long landscape (UP to climb); a separate HUD scene shows the distance flown in the corner.
class World extends Phaser.Scene {
  constructor() { super('world'); }
  preload() {}
  create() {
    for (let i = 0; i < 40; i++) this.add.rectangle(i * 100 + 50, 560, 90, Phaser.Math.Between(40, 160), 0x558b2f).setOrigin(0.5, 1);
    this.glider = this.add.triangle(100, 300, 0, 20, 40, 10, 0, 0, 0xffffff);
    this.physics.add.existing(this.glider);
    this.glider.body.setVelocityX(160);
    this.physics.world.setBounds(0, 0, 4000, 600);
    this.glider.body.setCollideWorldBounds(true);
    this.cameras.main.setBounds(0, 0, 4000, 600);
    this.cameras.main.startFollow(this.glider);
    this.keys = this.input.keyboard.createCursorKeys();
    this.scene.launch('hud');
  }
  update() {
    this.glider.body.setVelocityY(this.keys.up.isDown ? -120 : 60);
    this.registry.set('distance', Math.round(this.glider.x / 10));
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    this.distText = this.add.text(10, 10, 'Distance: 0 m', { fontSize: '20px', color: '#ffffff' });
  }
  update() {
    this.distText.setText('Distance: ' + this.registry.get('distance') + ' m');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#81d4fa', physics: { default: 'arcade' }, scene: [World, Hud] });
