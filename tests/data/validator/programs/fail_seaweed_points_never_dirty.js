// Seaweed sways at the bottom of the aquarium: ropes of 12 segments whose points wave with a sine.
class Aquarium extends Phaser.Scene {
  constructor() { super('aquarium'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x2e7d32).fillRect(0, 0, 240, 24).generateTexture('weed', 240, 24);
    g.destroy();
  }
  create() {
    this.weeds = [];
    for (let w = 0; w < 4; w++) {
      const rope = this.add.rope(100 + w * 180, 480, 'weed', null, 12, false, 0xa5d6a7, 0.9);
      rope.setAngle(-90);
      this.weeds.push(rope);
    }
    this.t = 0;
  }
  update(time, delta) {
    this.t += delta / 1000;
    this.weeds.forEach((rope, w) => {
      rope.points.forEach((p, i) => { p.y = Math.sin(this.t * 2 + i * 0.5 + w) * i * 1.5; });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#01579b', scene: Aquarium });
