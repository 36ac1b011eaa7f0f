// Title menu: the three items slide in one after another; then UP/DOWN choose and ENTER starts (here: plays the intro again)
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  create() {
    this.index = 0;
    this.items = ['Play', 'Options', 'Credits'].map((label, i) => this.add.text(-200, 160 + i * 60, label, { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5));
    this.cursor = this.add.text(200, 160, '>', { fontSize: '32px', color: '#ffeb3b' }).setOrigin(0.5).setVisible(false);
    this.tweens.chain({
      tweens: this.items.map((t) => ({ targets: t, x: 300, duration: 300, ease: 'Back.easeOut' })),
      onComplete: () => this.enableMenu()
    });
  }
  enableMenu() {
    this.cursor.setVisible(true);
    this.input.keyboard.on('keydown-UP', () => this.select(Phaser.Math.Wrap(this.index - 1, 0, 3)));
    this.input.keyboard.on('keydown-DOWN', () => this.select(Phaser.Math.Wrap(this.index + 1, 0, 3)));
    this.input.keyboard.on('keydown-ENTER', () => this.scene.restart());
    this.select(0);
  }
  select(i) {
    this.index = i;
    this.cursor.setY(this.items[i].y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Title });
