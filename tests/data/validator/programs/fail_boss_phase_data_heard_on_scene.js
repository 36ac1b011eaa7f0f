// Boss phases: click the boss to hit it (40 HP); below 20 HP it turns red and enters phase 2
class Boss extends Phaser.Scene {
  constructor() { super('boss'); }
  create() {
    this.boss = this.add.rectangle(400, 260, 160, 160, 0x7e57c2).setInteractive();
    this.boss.setData('hp', 40);
    this.phase = 1;
    this.label = this.add.text(16, 16, 'HP 40  Phase 1', { fontSize: '22px', color: '#ffffff' });
    this.events.on('changedata-hp', (parent, value) => {
      if (value < 20 && this.phase === 1) { this.phase = 2; this.boss.setFillStyle(0xe53935); }
      this.label.setText('HP ' + value + '  Phase ' + this.phase);
    });
    this.boss.on('pointerdown', () => this.boss.setData('hp', Math.max(0, this.boss.getData('hp') - 3)));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a2e', scene: Boss });
