// A shop popup that blocks the game behind it; the popup's buttons work. A drag handle with a local hit area.
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    this.gold = 120;
    this.goldText = this.add.text(20, 20, 'Gold: 120', { fontSize: '24px', color: '#ffd43b' });
    const buy = this.add.rectangle(400, 200, 300, 70, 0x5f3dc4).setInteractive();
    buy.on('pointerdown', () => this.open());
    this.blocker = this.add.zone(400, 300, 800, 600).setInteractive().setVisible(false);
    const dim = this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    const yes = this.add.rectangle(320, 340, 130, 54, 0x2b8a3e).setInteractive();
    yes.on('pointerdown', () => { this.gold -= 50; this.goldText.setText('Gold: ' + this.gold); this.close(); });
    this.popup = this.add.container(0, 0, [dim, yes]).setVisible(false);
    const handle = this.add.graphics({ x: 600, y: 500 });
    handle.fillStyle(0x3399ff, 1).fillCircle(0, 0, 30);
    handle.setInteractive(new Phaser.Geom.Circle(0, 0, 30), Phaser.Geom.Circle.Contains);
    this.input.setDraggable(handle);
    this.input.on('drag', (pointer, obj, x, y) => obj.setPosition(x, y));
  }
  open() { this.popup.setVisible(true); this.blocker.setVisible(true); }
  close() { this.popup.setVisible(false); this.blocker.setVisible(false); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Shop });
