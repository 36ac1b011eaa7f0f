// Blaster: SPACE fires bolts from a pool of 12; bolts that hit a block are removed, bolts that leave the top are put away
class Blaster extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x66ffff).fillRect(0, 0, 4, 14).generateTexture('bolt', 4, 14);
    g.destroy();
    this.ship = this.add.triangle(400, 560, 0, 30, 15, 0, 30, 30, 0xffffff);
    this.bolts = this.physics.add.group({ defaultKey: 'bolt', maxSize: 12 });
    this.blocks = this.physics.add.staticGroup();
    for (let i = 0; i < 6; i++) this.blocks.add(this.add.rectangle(100 + i * 120, 120, 60, 20, 0xaa66ff));
    this.physics.add.overlap(this.bolts, this.blocks, (bolt, block) => { bolt.disableBody(true, true); block.destroy(); });
    this.fire = this.input.keyboard.addKey('SPACE');
  }
  update() {
    if (Phaser.Input.Keyboard.JustDown(this.fire)) {
      const bolt = this.bolts.get(this.ship.x, 540);
      if (bolt) { bolt.enableBody(true, this.ship.x, 540, true, true); bolt.body.setVelocityY(-500); }
    }
    this.bolts.children.each((bolt) => {
      if (bolt.active && bolt.y < -20) {
        bolt.body.enable = false;
        bolt.setActive(false).setVisible(false);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Blaster });
