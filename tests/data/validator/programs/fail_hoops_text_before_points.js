// Click the hoop to score a basket worth 3 points; the score is shown at the top
class Hoops extends Phaser.Scene {
  create() {
    this.points = 0;
    this.label = this.add.text(20, 20, 'Points: 0', { fontSize: '26px', color: '#ffffff' });
    const hoop = this.add.circle(400, 260, 50, 0xff8800).setInteractive();
    hoop.on('pointerdown', () => this.basket(hoop));
  }
  basket(hoop) {
    this.label.setText('Points: ' + this.points);
    this.points += 3;
    this.tweens.add({ targets: hoop, scale: 1.2, duration: 100, yoyo: true });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hoops });
