// Press SPACE to catch a fish; a list on the right counts the catches of each kind
const KINDS = ['Carp', 'Pike', 'Perch'];
class Pond extends Phaser.Scene {
  create() {
    this.caught = {};
    this.turn = 0;
    this.list = this.add.text(560, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      const kind = KINDS[this.turn % KINDS.length];
      this.turn++;
      this.caught[kind] = (this.caught[kind] || 0) + 1;
      this.list.setText(Object.keys(this.caught).map((k) => k + ': ' + this.caught[k]).join('\n'));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pond });
