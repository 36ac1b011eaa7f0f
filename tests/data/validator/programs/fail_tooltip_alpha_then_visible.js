// Hovering a skill icon shows a tooltip with its name above it; moving away hides it.
class Skills extends Phaser.Scene {
  constructor() { super('skills'); }
  preload() {}
  create() {
    const box = this.add.rectangle(0, 0, 160, 40, 0x222222).setStrokeStyle(2, 0xffffff);
    this.tipText = this.add.text(0, 0, '', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5);
    this.tooltip = this.add.container(0, 0, [box, this.tipText]);
    this.tooltip.setDepth(10).setAlpha(0);
    ['Fireball', 'Frost', 'Heal'].forEach((name, i) => {
      const icon = this.add.rectangle(250 + i * 150, 400, 64, 64, [0xdd4422, 0x44aadd, 0x44dd66][i]).setInteractive();
      icon.on('pointerover', () => {
        this.tipText.setText(name);
        this.tooltip.setPosition(icon.x, icon.y - 70);
        this.tooltip.setVisible(true);
      });
      icon.on('pointerout', () => this.tooltip.setVisible(false));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Skills });
