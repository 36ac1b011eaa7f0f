// The star's outline is traced with moveTo / lineTo and closed, but never filled or stroked (fillPath() left out):
// the generated texture is empty and every star the timer spawns is invisible.
let stars;
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0xffd60a, 1);
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 24 : 10;
    const a = -Math.PI / 2 + i * Math.PI / 5;
    if (i === 0) g.moveTo(25 + Math.cos(a) * r, 25 + Math.sin(a) * r);
    else g.lineTo(25 + Math.cos(a) * r, 25 + Math.sin(a) * r);
  }
  g.closePath();
  g.generateTexture('star', 50, 50);
  g.destroy();
  stars = this.add.group();
  this.time.addEvent({ delay: 500, loop: true, callback: () => stars.add(this.add.image(Phaser.Math.Between(40, 760), Phaser.Math.Between(40, 560), 'star')) });
}
function update() {}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#03045e', scene: { preload, create, update } });
