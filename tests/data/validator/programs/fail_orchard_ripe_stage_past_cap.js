// Orchard: a tree grows through four stages, one every 2 seconds; click it when ripe to pick the fruit (+5 gold)
const STAGES = [0x795548, 0x8bc34a, 0x4caf50, 0xff7043];
const RIPE = STAGES.length;
class Orchard extends Phaser.Scene {
  constructor() { super('orchard'); }
  create() {
    this.gold = 0;
    this.tree = { stage: 0, shape: this.add.circle(300, 200, 50, STAGES[0]).setInteractive() };
    this.hud = this.add.text(10, 10, 'Gold: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 2000, loop: true, callback: () => {
      this.tree.stage = Math.min(this.tree.stage + 1, STAGES.length - 1);
      this.tree.shape.setFillStyle(STAGES[this.tree.stage]);
    } });
    this.tree.shape.on('pointerdown', () => {
      if (this.tree.stage === RIPE) {
        this.gold += 5;
        this.hud.setText('Gold: ' + this.gold);
        this.tree.stage = 0;
        this.tree.shape.setFillStyle(STAGES[0]);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Orchard });
