// the panel's container sits at (400, 300) and its children were given screen positions: all drawn off to the right
class Panel extends Phaser.Scene {
  preload() {}

  create() {
    const panel = this.add.container(400, 300);
    panel.add(this.add.rectangle(410, 310, 300, 200, 0x223355));
    panel.add(this.add.text(300, 220, 'Settings', { fontSize: '26px', color: '#ffffff' }));
    panel.add(this.add.rectangle(400, 360, 120, 40, 0x44aa44));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Panel });
