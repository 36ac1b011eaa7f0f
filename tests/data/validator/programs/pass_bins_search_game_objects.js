// Balls dropped into three bins that count them (the pair's bodies lead to their game objects).
class Bins extends Phaser.Scene {
  preload() {}
  create() {
    this.bins = [];
    this.counts = [0, 0, 0];
    this.labels = [];
    for (let i = 0; i < 3; i++) {
      const bin = this.add.rectangle(200 + i * 200, 560, 160, 40, 0x335577);
      this.matter.add.gameObject(bin, { isStatic: true, isSensor: true });
      this.bins.push(bin);
      this.labels.push(this.add.text(190 + i * 200, 500, '0', { fontSize: '24px', color: '#ffffff' }));
    }
    this.time.addEvent({ delay: 300, repeat: 8, callback: () => {
      const ball = this.add.circle(Phaser.Math.Between(150, 650), 40, 10, 0xffcc00);
      this.matter.add.gameObject(ball, { shape: { type: 'circle', radius: 10 } });
    } });
    this.matter.world.on('collisionstart', (event) => {
      for (const pair of event.pairs) {
        const i = this.bins.indexOf(pair.bodyA.gameObject);
        if (i >= 0) { this.counts[i] += 1; this.labels[i].setText(String(this.counts[i])); }
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter' }, scene: Bins });
