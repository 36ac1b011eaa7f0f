// Bees fly to the flower; a bee collects nectar when it reaches the flower
class Meadow extends Phaser.Scene {
  create() {
    this.flower = this.add.circle(600, 300, 20, 0xff66cc);
    this.nectar = 0;
    this.label = this.add.text(16, 16, 'Nectar: 0', { fontSize: '20px', color: '#ffffff' });
    this.bees = [];
    for (let i = 0; i < 3; i++) {
      const body = this.add.ellipse(0, 0, 30, 20, 0xffdd00);
      const wing = this.add.ellipse(0, -12, 16, 10, 0xffffff, 0.7);
      const bee = this.add.container(100, 150 + i * 150, [body, wing]);
      bee.setSize(30, 30);
      this.bees.push(bee);
    }
  }
  update(time, delta) {
    for (const bee of this.bees) {
      const d = Phaser.Math.Distance.Between(bee.x, bee.y, this.flower.x, this.flower.y);
      if (d < bee.width / 2 + 20) { this.nectar += 1; this.label.setText('Nectar: ' + this.nectar); bee.x = 100; continue; }
      bee.x += (this.flower.x - bee.x) * 0.02;
      bee.y += (this.flower.y - bee.y) * 0.02;
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Meadow });
