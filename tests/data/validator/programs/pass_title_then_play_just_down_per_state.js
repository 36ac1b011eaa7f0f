// Title screen: press SPACE to start; in play, SPACE fires a shot upward
class Main extends Phaser.Scene {
  constructor() { super('main'); }
  create() {
    this.state = 'title';
    this.title = this.add.text(200, 140, 'PRESS SPACE', { fontSize: '24px', color: '#ff0' }).setOrigin(0.5);
    this.ship = this.add.triangle(200, 260, 0, 20, 10, 0, 20, 20, 0x00ff88).setVisible(false);
    this.shots = 0;
    this.hud = this.add.text(8, 8, '', { fontSize: '14px', color: '#fff' });
    this.space = this.input.keyboard.addKey('SPACE');
  }
  fire() {
    const b = this.add.rectangle(this.ship.x, this.ship.y - 14, 4, 10, 0xffffff);
    this.tweens.add({ targets: b, y: -20, duration: 600, onComplete: () => b.destroy() });
    this.shots += 1;
    this.hud.setText('shots: ' + this.shots);
  }
  update() {
    if (this.state === 'title') {
      if (Phaser.Input.Keyboard.JustDown(this.space)) {
        this.state = 'play';
        this.title.setVisible(false);
        this.ship.setVisible(true);
      }
    }
    if (this.state === 'play') {
      if (Phaser.Input.Keyboard.JustDown(this.space)) this.fire();
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#000', scene: Main });
