// Quick sums: type the answer with the number keys and press ENTER; a right answer scores a point
class Sums extends Phaser.Scene {
  constructor() { super('sums'); }
  create() {
    this.score = 0;
    this.q = this.add.text(300, 150, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.entry = this.add.text(300, 220, '_', { fontSize: '36px', color: '#ffeb3b' }).setOrigin(0.5);
    this.info = this.add.text(10, 10, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.ask();
    this.input.keyboard.on('keydown', (e) => {
      if (e.key >= '0' && e.key <= '9') this.entry.setText(this.typed += e.key);
      if (e.key !== 'Enter' || !this.typed) return;
      if (Number(this.typed) === this.answer) this.info.setText('Score: ' + (++this.score));
      this.ask();
    });
  }
  ask() {
    const a = Phaser.Math.Between(2, 9), b = Phaser.Math.Between(2, 9);
    this.answer = a * b;
    this.typed = '';
    this.q.setText(a + ' x ' + b + ' = ?');
    this.entry.setText('_');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Sums });
