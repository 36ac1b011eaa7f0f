// Each click replaces the dialogue's two choices with two new ones (the old ones are destroyed).
class Talk extends Phaser.Scene {
  preload() {}
  create() {
    this.choices = [];
    this.step = 0;
    this.show();
  }
  show() {
    this.choices.forEach((b) => b.destroy());
    this.choices = ['Yes', 'No'].map((t, i) => {
      const b = this.add.text(300 + i * 160, 400, t + ' ' + this.step, { fontSize: '26px', color: '#ffffff', backgroundColor: '#334455' }).setInteractive();
      b.on('pointerdown', () => { this.step += 1; this.show(); });
      return b;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Talk });
