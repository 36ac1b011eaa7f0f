// Two cards change places when you press SPACE
class Swap extends Phaser.Scene {
  create() {
    this.a = this.add.rectangle(250, 300, 120, 160, 0xff6666);
    this.b = this.add.rectangle(550, 300, 120, 160, 0x6666ff);
    this.a.setData('slot', 0);
    this.b.setData('slot', 1);
    this.input.keyboard.on('keydown-SPACE', () => {
      this.a.setData('slot', this.b.getData('slot'));
      this.b.setData('slot', this.a.getData('slot'));
      [this.a, this.b].forEach((c) => this.tweens.add({ targets: c, x: 250 + c.getData('slot') * 300, duration: 200 }));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Swap });
