// each number is made before its tile; a click recolours the tile and shows the number, which stays under the tile
class Sweep extends Phaser.Scene {
  preload() {}

  create() {
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 6; c++) {
        const x = 200 + c * 70;
        const y = 150 + r * 70;
        const label = this.add.text(x, y, String((r * 6 + c) % 4 + 1), { fontSize: '28px', color: '#000000' }).setOrigin(0.5).setVisible(false);
        const tile = this.add.rectangle(x, y, 64, 64, 0x90a4ae).setInteractive();
        tile.on('pointerdown', () => {
          tile.setFillStyle(0xeceff1);
          label.setVisible(true);
        });
      }
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sweep });
