// Press SPACE to punch; punches less than 0.8 s apart build a streak, which drops back to 0 when the window runs out.
class Streak extends Phaser.Scene {
  constructor() { super('streak'); }
  preload() {}
  create() {
    this.streak = 0;
    this.window = null;
    this.label = this.add.text(400, 260, 'Streak 0', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', () => this.punch());
  }
  punch() {
    this.streak += 1;
    this.label.setText('Streak ' + this.streak);
    if (this.window) this.window.remove();
    this.window = this.time.addEvent({ delay: 800, callback: this.drop, callbackScope: this });
  }
  drop() {
    this.streak = 0;
    this.label.setText('Streak 0');
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Streak });
