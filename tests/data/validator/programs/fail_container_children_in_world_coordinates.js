// The HUD's parts are placed at screen positions and put in a container at the same place: children are relative to
// their container, so the panel is drawn twice as far out, off the view.
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    const bg = this.add.rectangle(600, 450, 180, 100, 0x000000, 0.6);
    const score = this.add.text(610, 420, 'Score: 0', { fontSize: '18px' });
    const lives = this.add.text(610, 450, 'Lives: 3', { fontSize: '18px' });
    this.panel = this.add.container(600, 450, [bg, score, lives]);
    this.add.circle(200, 300, 40, 0xaa44ff);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hud });
