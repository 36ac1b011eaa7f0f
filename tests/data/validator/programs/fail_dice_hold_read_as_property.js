// Dice: click a die to hold it (it turns gold); ROLL re-rolls only the dice not held
class Dice extends Phaser.Scene {
  constructor() { super('dice'); }
  create() {
    this.dice = [];
    for (let i = 0; i < 5; i++) {
      const die = this.add.text(100 + i * 100, 180, '1', { fontSize: '48px', color: '#ffffff', backgroundColor: '#333333', padding: { x: 16, y: 8 } }).setOrigin(0.5).setInteractive();
      die.setData('held', false);
      die.on('pointerdown', () => { die.setData('held', !die.getData('held')); die.setColor(die.getData('held') ? '#ffd54f' : '#ffffff'); });
      this.dice.push(die);
    }
    const roll = this.add.text(300, 320, 'ROLL', { fontSize: '32px', color: '#80cbc4' }).setOrigin(0.5).setInteractive();
    roll.on('pointerdown', () => this.dice.forEach((die) => { if (!die.held) die.setText(String(Phaser.Math.Between(1, 6))); }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Dice });
