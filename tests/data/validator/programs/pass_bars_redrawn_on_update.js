// Animated bar chart: four bars grow from 0 to new random heights every 2 seconds with a 700 ms tween.
let gfx;
let bars;
function preload() {}
function draw() {
  gfx.clear();
  bars.forEach((bar, i) => {
    gfx.fillStyle([0xef5350, 0x66bb6a, 0x42a5f5, 0xffca28][i], 1);
    gfx.fillRect(140 + i * 150, 500 - bar.h, 100, bar.h);
  });
}
function grow(scene) {
  bars.forEach((bar) => scene.tweens.add({ targets: bar, h: Phaser.Math.Between(60, 400), duration: 700, onUpdate: draw }));
}
function create() {
  gfx = this.add.graphics();
  bars = [{ h: 0 }, { h: 0 }, { h: 0 }, { h: 0 }];
  draw();
  grow(this);
  this.time.addEvent({ delay: 2000, loop: true, callback: () => grow(this) });
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: { preload, create } });
