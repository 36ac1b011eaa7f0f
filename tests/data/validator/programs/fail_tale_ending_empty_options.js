// A short story: click an option to go to the next page; the last pages show THE END and a restart button
const PAGES = {
  start: { text: 'A door and a window.', options: [['Open the door', 'hall'], ['Climb out', 'yard']] },
  hall: { text: 'A dark hall. You found the treasure.', options: [] },
  yard: { text: 'The yard is empty. You go home.', options: [] },
};
class Tale extends Phaser.Scene {
  create() { this.show('start'); }
  show(id) {
    this.children.removeAll();
    const page = PAGES[id];
    this.add.text(40, 40, page.text, { fontSize: '24px', color: '#ffffff' });
    if (page.options) {
      page.options.forEach(([label, to], i) => {
        this.add.text(60, 140 + i * 50, label, { fontSize: '22px', color: '#88ccff' }).setInteractive().on('pointerdown', () => this.show(to));
      });
    } else {
      this.add.text(40, 140, 'THE END', { fontSize: '32px', color: '#ffcc00' });
      this.add.text(40, 200, 'Restart', { fontSize: '22px', color: '#88ccff' }).setInteractive().on('pointerdown', () => this.show('start'));
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Tale });
