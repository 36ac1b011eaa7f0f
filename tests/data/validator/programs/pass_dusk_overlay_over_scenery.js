// Day and night: every 8 seconds the meadow fades to night under a dark blue overlay (alpha 0.7) and back to day.
class MeadowScene extends Phaser.Scene {
  constructor() { super('meadow'); }
  preload() {}
  create() {
    this.drawMeadow();
    this.night = this.add.rectangle(400, 300, 800, 600, 0x0d1b4c).setAlpha(0);
    this.tweens.add({ targets: this.night, alpha: 0.7, duration: 4000, yoyo: true, repeat: -1 });
    this.clock = this.add.text(20, 20, 'Day', { fontSize: '22px', color: '#ffffff' });
  }
  drawMeadow() {
    this.add.rectangle(400, 180, 800, 360, 0x90caf9);
    this.add.rectangle(400, 480, 800, 240, 0x66bb6a);
    for (let i = 0; i < 6; i++) this.add.circle(80 + i * 130, 420, 18, 0xffee58);
  }
  update() {
    this.clock.setText(this.night.alpha > 0.35 ? 'Night' : 'Day');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: MeadowScene });
