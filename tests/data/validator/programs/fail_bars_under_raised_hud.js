// HP and MP bars redrawn every frame inside the bottom HUD; the HUD container is raised to depth 10, the bars left at 0
class Battle extends Phaser.Scene {
  constructor() { super('battle'); }
  preload() {}
  create() {
    this.hp = 80;
    this.mp = 0;
    const panel = this.add.rectangle(400, 540, 800, 120, 0x1b1b2f);
    const label = this.add.text(20, 490, 'HP / MP', { fontSize: '18px', color: '#ffffff' });
    this.hud = this.add.container(0, 0, [panel, label]).setDepth(10);
    this.bars = this.add.graphics();
    this.time.addEvent({ delay: 200, loop: true, callback: () => { this.mp = Math.min(100, this.mp + 5); } });
  }
  update() {
    this.bars.clear();
    this.bars.fillStyle(0xe03131);
    this.bars.fillRect(120, 500, 3 * this.hp, 16);
    this.bars.fillStyle(0x1c7ed6);
    this.bars.fillRect(120, 540, 3 * this.mp, 16);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#10101a', scene: Battle });
