// Fireball: click to cast; the skill then cools down for 2 seconds (the button is grey) before it can be cast again.
const COOLDOWN_SECONDS = 2;
class SkillScene extends Phaser.Scene {
  constructor() { super('skill'); }
  preload() {}
  create() {
    this.ready = true;
    this.casts = 0;
    this.button = this.add.circle(400, 300, 50, 0xff7043).setInteractive();
    this.label = this.add.text(400, 400, 'Casts: 0', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.button.on('pointerdown', () => this.cast());
  }
  cast() {
    if (!this.ready) return;
    this.ready = false;
    this.casts += 1;
    this.label.setText('Casts: ' + this.casts);
    this.button.setFillStyle(0x757575);
    this.time.delayedCall(COOLDOWN_SECONDS, () => {
      this.ready = true;
      this.button.setFillStyle(0xff7043);
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: SkillScene });
