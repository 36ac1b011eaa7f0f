// Click to drop glowing spirits; spirits pass through each other but land on the floor
class Spirits extends Phaser.Scene {
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    this.spiritGroup = this.matter.world.nextGroup();
    this.add.text(20, 20, 'Click to drop a spirit', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      const spirit = this.add.circle(p.x, 60, 20, 0xaaffee, 0.8);
      this.matter.add.gameObject(spirit, { shape: { type: 'circle', radius: 20 } });
      spirit.setCollisionGroup(this.spiritGroup);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Spirits });
