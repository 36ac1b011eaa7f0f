// Rebirth: at 500 gold press R to restart the run and earn a rebirth point (+20% gold per point)
class RunScene extends Phaser.Scene {
  constructor() { super('run'); }
  init() {
    this.gold = 0;
    this.rebirths = 0;
  }
  create() {
    this.info = this.add.text(20, 20, '', { fontSize: '22px', color: '#fff' });
    this.add.rectangle(400, 300, 160, 80, 0xffb300).setInteractive().on('pointerdown', () => { this.gold += 10 * (1 + this.rebirths * 0.2); });
    this.input.keyboard.on('keydown-R', () => {
      if (this.gold < 500) return;
      this.rebirths += 1;
      this.scene.restart();
    });
  }
  update() { this.info.setText('Gold ' + Math.floor(this.gold) + '   Rebirths ' + this.rebirths); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: RunScene });
