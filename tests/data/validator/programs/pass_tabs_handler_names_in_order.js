// Three tabs switch the page shown (the handler takes (pointer, gameObject)).
class Tabs extends Phaser.Scene {
  preload() {}
  create() {
    this.tabs = ['Items', 'Map', 'Quests'].map((t, i) => this.add.text(100 + i * 180, 60, t, { fontSize: '26px', color: '#ffffff', backgroundColor: '#37474f' }).setInteractive());
    this.page = this.add.text(100, 200, 'Items page', { fontSize: '30px', color: '#ffee58' });
    this.input.on('gameobjectdown', (pointer, gameObject) => {
      const i = this.tabs.indexOf(gameObject);
      if (i >= 0) this.page.setText(this.tabs[i].text + ' page');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Tabs });
