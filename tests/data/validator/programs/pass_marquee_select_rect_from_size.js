// 框选：按住鼠标拖出一个框，松开后框内的士兵变成选中（黄色）
class Select extends Phaser.Scene {
  constructor() { super('select'); }
  create() {
    this.soldiers = [];
    for (let i = 0; i < 16; i++) this.soldiers.push(this.add.circle(80 + (i % 8) * 60, 120 + Math.floor(i / 8) * 140, 10, 0x90a4ae));
    this.frame = this.add.graphics();
    this.input.on('pointerdown', (p) => { this.from = { x: p.x, y: p.y }; });
    this.input.on('pointermove', (p) => {
      if (!this.from || !p.isDown) return;
      this.frame.clear().lineStyle(1, 0x00e676, 1).strokeRect(this.from.x, this.from.y, p.x - this.from.x, p.y - this.from.y);
    });
    this.input.on('pointerup', (p) => {
      if (!this.from) return;
      const left = Math.min(this.from.x, p.x), top = Math.min(this.from.y, p.y);
      const rightX = Math.max(this.from.x, p.x), bottomY = Math.max(this.from.y, p.y);
      const box = new Phaser.Geom.Rectangle(left, top, rightX - left, bottomY - top);
      this.soldiers.forEach((s) => s.setFillStyle(Phaser.Geom.Rectangle.Contains(box, s.x, s.y) ? 0xffeb3b : 0x90a4ae));
      this.frame.clear();
      this.from = null;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Select });
