// Click the boss to hit it for 10 damage; its health is shown as a percentage of its 120 HP
const BOSS_MAX_HP = 120;
class Boss extends Phaser.Scene {
  create() {
    this.hp = BOSS_MAX_HP;
    this.boss = this.add.rectangle(400, 300, 160, 160, 0xaa3366).setInteractive();
    this.label = this.add.text(20, 20, 'Boss 100%', { fontSize: '24px', color: '#ffffff' });
    this.boss.on('pointerdown', () => {
      this.hp = Math.max(0, this.hp - 10);
      const percent = Math.round(this.hp / BOSS_MAX_HP * 100);
      this.label.setText('Boss ' + percent + '%');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Boss });
