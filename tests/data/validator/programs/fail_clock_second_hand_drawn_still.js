// An analog clock whose second hand rotates one step every second
class Clock extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.lineStyle(4, 0xffffff).strokeCircle(400, 300, 150);
    for (let i = 0; i < 12; i++) {
      const a = Phaser.Math.DegToRad(i * 30);
      g.lineBetween(400 + Math.cos(a) * 130, 300 + Math.sin(a) * 130, 400 + Math.cos(a) * 145, 300 + Math.sin(a) * 145);
    }
    this.hand = this.add.rectangle(400, 300, 4, 130, 0xff4444).setOrigin(0.5, 1);
    this.hand.angle = new Date().getSeconds() * 6;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clock });
