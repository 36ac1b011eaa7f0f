// the HUD is fixed to the screen, but the camera zooms 2x about its centre: the text at (10, 10) lands off the canvas
class World extends Phaser.Scene {
  preload() {}

  create() {
    this.cameras.main.setZoom(2);
    this.hero = this.add.rectangle(400, 300, 20, 20, 0x33ff66);
    this.hud = this.add.text(10, 10, 'Coins: 0', { fontSize: '20px', color: '#ffffff' }).setScrollFactor(0);
    this.coins = 0;
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.hud.setText('Coins: ' + ++this.coins) });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: World });
