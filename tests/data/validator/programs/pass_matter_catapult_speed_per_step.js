// Catapult (Matter): hold SPACE to charge, release to throw the stone at the tower of crates and knock them over
const SPEED_PER_POWER = 0.12; // Matter counts pixels per step
class Catapult extends Phaser.Scene {
  constructor() { super('catapult'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x795548).fillCircle(14, 14, 14).generateTexture('stone', 28, 28).destroy();
  }
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    for (let i = 0; i < 5; i++) this.matter.add.rectangle(620, 560 - i * 42, 40, 40, { friction: 0.6 });
    this.stone = this.matter.add.image(120, 480, 'stone', null, { shape: { type: 'circle', radius: 14 } });
    this.power = 40;
    this.bar = this.add.graphics();
    this.space = this.input.keyboard.addKey('SPACE');
    this.space.on('up', () => {
      this.stone.setVelocity(this.power * SPEED_PER_POWER * 0.8, -this.power * SPEED_PER_POWER * 0.6);
      this.power = 40;
    });
    this.add.text(16, 16, 'Hold SPACE to charge, release to throw', { fontSize: '18px', color: '#ffffff' });
  }
  update(time, delta) {
    if (this.space.isDown) this.power = Math.min(120, this.power + delta * 0.05);
    this.bar.clear().fillStyle(0xffca28).fillRect(16, 48, this.power * 2, 10);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#87ceeb',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Catapult });
