// Drag the knob along the bar to blend from red to blue; the box shows the blend
const BAR = { left: 200, right: 600 };
class Blend extends Phaser.Scene {
  create() {
    this.from = Phaser.Display.Color.ValueToColor(0xff0000);
    this.to = Phaser.Display.Color.ValueToColor(0x0000ff);
    this.t = 0;
    this.box = this.add.rectangle(400, 200, 200, 120, 0xff0000);
    this.add.rectangle(400, 420, BAR.right - BAR.left, 6, 0x999999);
    const knob = this.add.circle(BAR.left, 420, 16, 0xffffff).setInteractive({ draggable: true });
    knob.on('drag', (pointer, x) => {
      knob.x = Phaser.Math.Clamp(x, BAR.left, BAR.right);
      this.t = (knob.x - BAR.left) / (BAR.right - BAR.left);
      const c = Phaser.Display.Color.Interpolate.ColorWithColor(this.from, this.to, 100, this.t * 100);
      this.box.setFillStyle(Phaser.Display.Color.GetColor(c.r, c.g, c.b));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Blend });
