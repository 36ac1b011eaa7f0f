// 点击画布留下一个小圆点，鼠标处显示一个圆环光标（每帧重画全部圆点）
const config = {
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#111111',
  scene: { create, update }
};
function create() {
  this.ink = this.add.graphics();
  this.points = [];
  this.info = this.add.text(12, 12, '圆点: 0', { fontSize: '18px', color: '#eeeeee' });
  this.input.on('pointerdown', (pointer) => {
    this.points.push({ x: pointer.x, y: pointer.y });
    this.ink.fillStyle(0xff4477, 1);
    this.ink.fillCircle(pointer.x, pointer.y, 6);
    this.info.setText('圆点: ' + this.points.length);
  });
}
function update() {
  const p = this.input.activePointer;
  this.ink.clear();
  this.ink.fillStyle(0xff4477, 1);
  this.points.forEach((d) => this.ink.fillCircle(d.x, d.y, 6));
  this.ink.lineStyle(2, 0xffffff, 0.5);
  this.ink.strokeCircle(p.x, p.y, 12);
}
new Phaser.Game(config);
