// the ground is a drawn shape, but each dropped box is a bare Matter body styled with render: no box ever shows
class Drop extends Phaser.Scene {
  preload() {}

  create() {
    const ground = this.add.rectangle(400, 590, 800, 20, 0x557755);
    this.matter.add.gameObject(ground, { isStatic: true });
    this.count = 0;
    this.label = this.add.text(16, 16, 'Boxes: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      const box = this.matter.add.rectangle(p.x, 50, 40, 40, { render: { fillColor: 0xff8844 } });
      this.count += 1;
      this.label.setText('Boxes: ' + this.count + ' (' + Math.round(box.position.x) + ')');
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { debug: false } }, scene: Drop });
