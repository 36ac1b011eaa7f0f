// A square of confetti appears every 300 ms until there are 20 of them
class Party extends Phaser.Scene {
  constructor() { super('party'); }
  create() {
    this.add.text(10, 10, 'Confetti party!', { fontSize: '20px', color: '#ffffff' });
    this.add.text(10, 40, 'up to 20 pieces', { fontSize: '14px', color: '#bbbbbb' });
    this.timer = this.time.addEvent({ delay: 300, loop: true, callback: () => this.drop() });
  }
  drop() {
    if (this.children.length >= 20) { this.timer.remove(); return; }
    this.add.rectangle(Phaser.Math.Between(20, 580), Phaser.Math.Between(80, 380), 14, 14, Phaser.Display.Color.RandomRGB().color);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Party });
