// 'pointertap' is PixiJS's event: a Phaser game object emits pointerdown / pointerup, so the score never moves
class Tap extends Phaser.Scene {
  preload() {}

  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    const target = this.add.circle(400, 300, 50, 0xff4466).setInteractive();
    target.on('pointertap', () => {
      this.score += 1;
      this.label.setText('Score: ' + this.score);
      target.setPosition(Phaser.Math.Between(60, 740), Phaser.Math.Between(60, 540));
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Tap });
