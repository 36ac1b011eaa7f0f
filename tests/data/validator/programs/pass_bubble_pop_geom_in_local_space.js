// Bubble pop: bubbles float up; click a bubble to pop it (+1 score)
class BubbleScene extends Phaser.Scene {
  constructor() { super('bubbles'); }
  create() {
    this.score = 0;
    this.bubbles = [];
    this.label = this.add.text(16, 16, 'Popped: 0', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 600, loop: true, callback: () => {
      const b = this.add.circle(Phaser.Math.Between(60, 740), 620, Phaser.Math.Between(20, 40), 0x66ccff, 0.8);
      b.speed = Phaser.Math.Between(40, 90);
      this.bubbles.push(b);
    } });
    this.input.on('pointerdown', (pointer) => {
      const hit = this.bubbles.find((b) => b.geom.contains(pointer.x - b.x, pointer.y - b.y));
      if (!hit) return;
      Phaser.Utils.Array.Remove(this.bubbles, hit);
      hit.destroy();
      this.score += 1;
      this.label.setText('Popped: ' + this.score);
    });
  }
  update(time, delta) {
    for (const b of [...this.bubbles]) {
      b.y -= b.speed * delta / 1000;
      if (b.y < -50) { Phaser.Utils.Array.Remove(this.bubbles, b); b.destroy(); }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0b1d33', scene: BubbleScene });
