// A ghost marks where the mouse was when the level began and drifts back there when you press SPACE
class Haunt extends Phaser.Scene {
  constructor() { super('haunt'); }
  create() {
    this.ghost = this.add.circle(100, 100, 14, 0xe0e0e0);
    this.home = this.input.activePointer.position.clone();
    this.back = false;
    this.input.keyboard.on('keydown-SPACE', () => { this.back = true; });
    this.input.on('pointermove', (p) => { if (!this.back) this.ghost.setPosition(p.x, p.y); });
  }
  update() {
    if (!this.back) return;
    this.ghost.x += (this.home.x - this.ghost.x) * 0.1;
    this.ghost.y += (this.home.y - this.ghost.y) * 0.1;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Haunt });
