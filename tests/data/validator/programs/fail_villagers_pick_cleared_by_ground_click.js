// Villagers: click a villager to pick it (it turns gold); click the empty ground to drop the pick
class Village extends Phaser.Scene {
  constructor() { super('village'); }
  create() {
    this.picked = [];
    this.villagers = [];
    for (let i = 0; i < 5; i++) {
      const v = this.add.circle(100 + i * 100, 200, 16, 0x8d6e63).setInteractive();
      v.on('pointerdown', () => { this.picked.push(v); this.paint(); });
      this.villagers.push(v);
    }
    this.input.on('pointerdown', () => this.dropPick());
  }
  dropPick() { this.picked = []; this.paint(); }
  paint() { this.villagers.forEach((v) => v.setFillStyle(this.picked.includes(v) ? 0xffd54f : 0x8d6e63)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Village });
