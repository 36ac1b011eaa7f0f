// Graphics drawn the ways that show: paths filled and stroked (also two paths one after the other), shapes through
// Phaser's own methods, a path redrawn every frame after clear(), an empty texture made on purpose (an invisible
// hitbox), and a texture generated after its drawing.
class DrawScene extends Phaser.Scene {
  constructor() { super('draw'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x2a9d8f, 1).lineStyle(3, 0xe9c46a, 1);
    g.beginPath(); g.moveTo(100, 100); g.lineTo(200, 100); g.lineTo(150, 20); g.closePath(); g.fillPath(); g.strokePath();
    g.beginPath(); g.arc(300, 80, 40, 0, Math.PI * 2); g.strokePath();
    g.fillCircle(450, 80, 30).strokeRect(520, 50, 60, 60).fillPoints([{ x: 620, y: 110 }, { x: 680, y: 50 }, { x: 740, y: 110 }], true);
    const blank = this.make.graphics({ add: false });
    blank.generateTexture('hitbox', 64, 64);
    blank.destroy();
    this.add.image(400, 500, 'hitbox');
    const t = this.make.graphics({ add: false });
    t.fillStyle(0xf4a261, 1).fillRoundedRect(0, 0, 48, 24, 6);
    t.generateTexture('pill', 48, 24);
    t.clear();
    t.fillStyle(0xe76f51, 1).fillTriangle(0, 24, 12, 0, 24, 24);
    t.generateTexture('tri', 24, 24);
    t.destroy();
    this.add.image(200, 300, 'pill');
    this.add.image(300, 300, 'tri');
    this.wave = this.add.graphics();
    this.t = 0;
  }
  update() {
    this.t += 0.05;
    this.wave.clear().lineStyle(2, 0x8ecae6, 1);
    this.wave.beginPath();
    this.wave.moveTo(0, 400);
    for (let x = 0; x <= 800; x += 20) this.wave.lineTo(x, 400 + Math.sin(this.t + x / 60) * 20);
    this.wave.strokePath();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#264653', scene: DrawScene });
