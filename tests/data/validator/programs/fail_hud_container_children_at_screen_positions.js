// A HUD panel in the top-right corner shows the player's HP; SPACE takes 10 damage.
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    this.hp = 100;
    this.add.text(400, 300, 'Press SPACE to take damage', { fontSize: '24px', color: '#cccccc' }).setOrigin(0.5);
    const panel = this.add.rectangle(690, 55, 200, 70, 0x000000, 0.6).setStrokeStyle(2, 0xffffff);
    const label = this.add.text(600, 30, 'HP', { fontSize: '20px', color: '#ffffff' });
    this.bar = this.add.rectangle(640, 70, 140, 16, 0x2ecc71).setOrigin(0, 0.5);
    this.hpText = this.add.text(640, 30, '100 / 100', { fontSize: '16px', color: '#ffffff' });
    this.hud = this.add.container(600, 20, [panel, label, this.bar, this.hpText]).setScrollFactor(0);
    this.input.keyboard.on('keydown-SPACE', () => {
      this.hp = Math.max(0, this.hp - 10);
      this.bar.width = 140 * this.hp / 100;
      this.hpText.setText(this.hp + ' / 100');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hud });
