// A floor of 40x40 tiles in a checker pattern
function create() {
  const g = this.add.graphics();
  for (let row = 0; row < 10; row++) {
    for (let col = 0; col < 14; col++) {
      const x = 20 + col * 40;
      const y = 20 + row * 40;
      g.fillStyle((row + col) % 2 ? 0x334455 : 0x556677, 1);
      g.fillRect(x, y, x + 40, y + 40);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 440, scene: { create } });
