// Dungeon: touch the slime to fight it in a battle scene; winning gives 10 gold back in the dungeon
class Dungeon extends Phaser.Scene {
  constructor() { super('dungeon'); }
  init(data) { this.loot = data && data.gold ? data.gold : 0; }
  create() {
    this.gold = 0;
    this.label = this.add.text(10, 10, 'Gold: 0', { fontSize: '20px', color: '#ffd54f' });
    const slime = this.add.circle(320, 200, 30, 0x66bb6a).setInteractive();
    slime.on('pointerdown', () => { this.scene.sleep(); this.scene.run('battle'); });
    this.events.on('wake', (sys, data) => { this.gold += data.gold; this.label.setText('Gold: ' + this.gold); });
  }
}
class Battle extends Phaser.Scene {
  constructor() { super('battle'); }
  create() {
    this.add.text(320, 180, 'Click to win!', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.input.once('pointerdown', () => { this.scene.stop(); this.scene.wake('dungeon', { gold: 10 }); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#212121', scene: [Dungeon, Battle] });
