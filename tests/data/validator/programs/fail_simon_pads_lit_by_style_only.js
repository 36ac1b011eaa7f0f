// Simon: the four pads light up in a sequence
const PADS = [{ x: 200, y: 150, color: 0x22aa22, lit: 0x66ff66 }, { x: 420, y: 150, color: 0xaa2222, lit: 0xff6666 },
  { x: 200, y: 370, color: 0xaaaa22, lit: 0xffff66 }, { x: 420, y: 370, color: 0x2222aa, lit: 0x6666ff }];
function light(pad, on) {
  pad.g.fillStyle(on ? pad.lit : pad.color, 1);
}
class Simon extends Phaser.Scene {
  create() {
    this.pads = PADS.map((p) => {
      const g = this.add.graphics();
      g.fillStyle(p.color, 1).fillRoundedRect(p.x, p.y, 180, 180, 20);
      return { ...p, g };
    });
    let step = 0;
    this.time.addEvent({ delay: 600, loop: true, callback: () => {
      this.pads.forEach((pad, i) => light(pad, i === step % 4));
      step += 1;
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Simon });
