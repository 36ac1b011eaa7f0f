// the knob's own drag handler is written (pointer, gameObject, dragX): its second argument is dragX, its third dragY
class Slider extends Phaser.Scene {
  preload() {}

  create() {
    this.add.rectangle(400, 300, 400, 8, 0x888888);
    this.knob = this.add.circle(400, 300, 14, 0xffffff).setInteractive({ draggable: true });
    this.value = this.add.text(400, 340, '50%', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5, 0);
    this.knob.on('drag', (pointer, gameObject, dragX) => {
      this.knob.x = Phaser.Math.Clamp(dragX, 200, 600);
      this.value.setText(Math.round((this.knob.x - 200) / 4) + '%');
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slider });
