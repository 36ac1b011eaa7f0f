// Click to drop fish food; the feeder holds 5 portions and clicking does nothing once it is empty
class Feeder extends Phaser.Scene {
  create() {
    this.portions = 5;
    this.label = this.add.text(20, 20, 'Food: 5', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', this.drop, this);
  }
  drop(pointer) {
    this.add.circle(pointer.x, pointer.y, 5, 0xddaa55);
    this.portions -= 1;
    this.label.setText('Food: ' + this.portions);
    if (this.portions === 0) this.input.off('pointerdown', this.drop, this);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Feeder });
