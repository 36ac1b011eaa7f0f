// A boss with 40 HP: each click hits it for 1, and the health bar at the top shrinks with its HP.
const MAX_HP = 40;
class Boss extends Phaser.Scene {
  constructor() { super('boss'); }
  preload() {}
  create() {
    this.hp = MAX_HP;
    this.boss = this.add.rectangle(400, 320, 180, 180, 0x993355);
    this.add.rectangle(400, 33, 404, 22).setStrokeStyle(2, 0xffffff);
    this.bar = this.add.graphics();
    this.input.on('pointerdown', () => { this.hp = Math.max(0, this.hp - 1); });
  }
  update() {
    const ratio = this.hp / MAX_HP;
    this.bar.clear();
    this.bar.fillStyle(ratio > 0.3 ? 0x33ff66 : 0xff3333, 1);
    this.bar.fillRect(200, 24, 400 * ratio, 18);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Boss });
