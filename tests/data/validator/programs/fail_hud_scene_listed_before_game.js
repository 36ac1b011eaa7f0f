// A starfield game with a HUD scene launched on top showing the lives.
class Boot extends Phaser.Scene {
  constructor() { super('Boot'); }
  preload() {}
  create() { this.scene.start('Game'); }
}
class Hud extends Phaser.Scene {
  constructor() { super('Hud'); }
  preload() {}
  create() { this.add.text(16, 16, 'Lives: 3', { fontSize: '22px', color: '#ffffff' }); }
}
class Game extends Phaser.Scene {
  constructor() { super('Game'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x000022).fillRect(0, 0, 64, 64).fillStyle(0xffffff).fillRect(10, 20, 2, 2).fillRect(40, 50, 2, 2);
    g.generateTexture('stars', 64, 64);
    g.destroy();
  }
  create() {
    this.sky = this.add.tileSprite(0, 0, 800, 600, 'stars').setOrigin(0);
    this.scene.launch('Hud');
  }
  update() { this.sky.tilePositionY -= 1; }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Boot, Hud, Game] });
