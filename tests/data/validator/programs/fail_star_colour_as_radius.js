// add.star(x, y, points, innerRadius, outerRadius, fillColor) with the inner radius left out: no star shows
class Stars extends Phaser.Scene {
  preload() {}

  create() {
    this.count = 0;
    this.label = this.add.text(16, 16, 'Stars: 0', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 500, repeat: 9, callback: () => {
      this.add.star(Phaser.Math.Between(50, 750), Phaser.Math.Between(80, 550), 5, 22, 0xffe033);
      this.label.setText('Stars: ' + ++this.count);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Stars });
