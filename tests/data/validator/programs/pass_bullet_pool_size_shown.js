// Shooter: SPACE fires; bullets come from a pool and go back to it off screen. Show the pool size and how many fly
class Shoot extends Phaser.Scene {
  constructor() { super('shoot'); }
  create() {
    this.bullets = this.add.group();
    for (let i = 0; i < 20; i++) this.bullets.add(this.add.rectangle(0, 0, 4, 12, 0xffee58).setActive(false).setVisible(false));
    this.ship = this.add.triangle(300, 360, 0, 20, 10, 0, 20, 20, 0xffffff);
    this.hud = this.add.text(10, 10, '', { color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      const b = this.bullets.getFirstDead(false);
      if (b) b.setPosition(this.ship.x, this.ship.y - 16).setActive(true).setVisible(true);
    });
  }
  update() {
    this.bullets.getChildren().forEach((b) => { if (b.active) { b.y -= 8; if (b.y < 0) this.bullets.killAndHide(b); } });
    this.hud.setText('pool: ' + this.bullets.getLength() + '  flying: ' + this.bullets.countActive(true));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Shoot });
