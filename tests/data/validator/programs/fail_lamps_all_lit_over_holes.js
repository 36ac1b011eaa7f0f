// Click each of the five lamps to light it; when all five are lit the text says "All lit!"
class Lamps extends Phaser.Scene {
  create() {
    this.lit = new Array(5);
    this.msg = this.add.text(40, 40, 'Light every lamp', { fontSize: '24px', color: '#ffffff' });
    for (let i = 0; i < 5; i++) {
      const lamp = this.add.circle(150 + i * 120, 300, 40, 0x444444).setInteractive();
      lamp.on('pointerdown', () => {
        lamp.setFillStyle(0xffee55);
        this.lit[i] = true;
        if (this.lit.every((on) => on)) this.msg.setText('All lit!');
      });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lamps });
