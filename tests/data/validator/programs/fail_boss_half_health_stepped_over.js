// Click the boss to hit it for 8 damage; at half of its 120 HP it turns red and enters phase 2
class Boss extends Phaser.Scene {
  create() {
    this.maxHp = 120;
    this.hp = this.maxHp;
    this.phase = 1;
    this.boss = this.add.rectangle(400, 300, 160, 160, 0x8888ff).setInteractive();
    this.info = this.add.text(16, 16, 'HP: 120  Phase 1', { fontSize: '22px', color: '#ffffff' });
    this.boss.on('pointerdown', () => {
      if (this.hp <= 0) return;
      this.hp -= 8;
      if (this.phase === 1 && this.hp === this.maxHp / 2) {
        this.phase = 2;
        this.boss.setFillStyle(0xff4444);
      }
      this.info.setText(`HP: ${Math.max(this.hp, 0)}  Phase ${this.phase}`);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Boss });
