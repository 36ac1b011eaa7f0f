// Draw a flower: 8 petals evenly spaced around the centre
function create() {
  const g = this.add.graphics();
  const cx = 400, cy = 300;
  const tip = new Phaser.Math.Vector2(cx, cy - 90);
  const step = Phaser.Math.PI2 / 8;
  g.fillStyle(0xff88cc, 1);
  for (let i = 0; i < 8; i++) {
    Phaser.Math.RotateAround(tip, cx, cy, step);
    g.fillCircle((tip.x + cx) / 2, (tip.y + cy) / 2, 26);
  }
  g.fillStyle(0xffdd33, 1).fillCircle(cx, cy, 24);
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#335533', scene: { create } });
