// Dash skill: press SPACE to dash (the square jumps 120 px right); then the skill cools down for 2 seconds before it can be used again.
class DashScene extends Phaser.Scene {
  constructor() { super('dash'); }
  preload() {}
  create() {
    this.hero = this.add.rectangle(100, 300, 40, 40, 0x29b6f6);
    this.ready = true;
    this.status = this.add.text(20, 20, 'Dash ready', { fontSize: '20px', color: '#ffffff' });
    this.cooldown = this.time.addEvent({ delay: 2000, callback: this.onReady, callbackScope: this, paused: true });
    this.input.keyboard.on('keydown-SPACE', () => this.dash());
  }
  dash() {
    if (!this.ready) return;
    this.ready = false;
    this.hero.x = (this.hero.x + 120) % 800;
    this.status.setText('Cooling down...');
    this.cooldown.reset({ delay: 2000, callback: this.onReady, callbackScope: this });
  }
  onReady() {
    this.ready = true;
    this.status.setText('Dash ready');
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: DashScene });
