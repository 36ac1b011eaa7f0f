// Spend stat points: press ONE for strength, TWO for agility; five points to spend
class Stats extends Phaser.Scene {
  create() {
    this.points = 5;
    this.stats = { str: 1, agi: 1 };
    this.info = this.add.text(40, 40, '', { fontSize: '22px', color: '#ffffff' });
    const keys = this.input.keyboard.addKeys({ one: 'ONE', two: 'TWO' });
    keys.one.on('down', () => this.spend('str'));
    keys.two.on('down', () => this.spend('agi'));
    this.show();
  }
  spend(stat) {
    if (this.points === 0) return;
    this.points -= 1;
    this.stats[stat] += 1;
    this.show();
  }
  show() { this.info.setText(`STR ${this.stats.str}  AGI ${this.stats.agi}  points left ${this.points}`); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Stats });
