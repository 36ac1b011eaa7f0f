// Three ability slots: click one to use it; each slot keeps its own use count in its data manager and shows it
class Slots extends Phaser.Scene {
  create() {
    ['Dash', 'Shield', 'Blast'].forEach((name, i) => {
      const slot = this.add.container(160 + i * 240, 300);
      const box = this.add.rectangle(0, 0, 180, 100, 0x335577).setInteractive();
      const label = this.add.text(-70, -20, name + ': 0', { fontSize: '24px', color: '#ffffff' });
      slot.add([box, label]);
      slot.setData({ name, uses: 0 });
      slot.on('changedata-uses', (obj, value) => label.setText(name + ': ' + value));
      box.on('pointerdown', () => slot.incData('uses'));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slots });
