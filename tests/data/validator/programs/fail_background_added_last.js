// the fish are made first, the opaque lake after them: every fish swims under the water
class Lake extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffaa33).fillEllipse(24, 12, 48, 24);
    g.generateTexture('fish', 48, 24);
    g.destroy();
    this.fish = this.add.group();
    for (let i = 0; i < 6; i++) this.fish.add(this.add.image(100 + i * 110, 250 + (i % 3) * 90, 'fish'));
    this.add.rectangle(400, 380, 800, 440, 0x1565c0);
    this.add.text(16, 16, 'Catch the fish', { fontSize: '22px', color: '#ffffff' });
  }

  update() {
    this.fish.getChildren().forEach((f) => { f.x = (f.x + 1) % 800; });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lake });
