// Boss fight: the boss changes its colour and its shot rate as its health falls (three phases)
const STAGES = [
  { at: 1.0, tint: 0xffffff, rate: 900 },
  { at: 0.6, tint: 0xffb74d, rate: 600 },
  { at: 0.3, tint: 0xff1744, rate: 300 },
];
class Boss extends Phaser.Scene {
  constructor() { super('boss'); }
  create() {
    this.hp = 100;
    this.boss = this.add.rectangle(300, 120, 120, 60, 0xffffff);
    this.label = this.add.text(10, 10, 'HP 100', { fontSize: '18px', color: '#ffffff' });
    this.input.on('pointerdown', () => this.hit(10));
  }
  hit(amount) {
    this.hp = Math.max(0, this.hp - amount);
    const ratio = this.hp / 100;
    const stage = STAGES.findIndex((s) => ratio <= s.at);
    this.boss.setFillStyle(STAGES[stage].tint);
    this.label.setText('HP ' + this.hp + '  phase ' + (stage + 1));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Boss });
