// A quiver of five arrows listed on screen; click an arrow's name to fire that one arrow and take it off the list
class Quiver extends Phaser.Scene {
  create() {
    this.arrows = ['Fire', 'Ice', 'Storm', 'Stone', 'Shadow'];
    this.rows = this.add.group();
    this.fired = this.add.text(400, 40, '', { fontSize: '22px', color: '#ffcc66' });
    this.list();
  }
  list() {
    this.rows.clear(true, true);
    this.arrows.forEach((name, i) => {
      const row = this.add.text(60, 80 + i * 40, name, { fontSize: '24px', color: '#ffffff' }).setInteractive();
      row.on('pointerdown', () => this.fire(i));
      this.rows.add(row);
    });
  }
  fire(slot) {
    const arrow = this.arrows[slot];
    this.arrows.splice(slot);
    this.fired.setText('Fired the ' + arrow + ' arrow');
    this.time.delayedCall(0, () => this.list());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Quiver });
