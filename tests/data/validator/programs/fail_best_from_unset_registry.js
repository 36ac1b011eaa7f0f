// Click the stars for 10 seconds; then show your score and the best score so far, and click to play again
class Stars extends Phaser.Scene {
  constructor() { super('Stars'); }
  create() {
    this.score = 0;
    const info = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    const star = this.add.star(400, 300, 5, 20, 40, 0xffee55).setInteractive();
    star.on('pointerdown', () => { this.score += 1; info.setText('Score: ' + this.score); star.setPosition(Phaser.Math.Between(60, 740), Phaser.Math.Between(80, 540)); });
    this.time.delayedCall(10000, () => this.finish());
  }
  finish() {
    const best = Math.max(this.registry.get('best'), this.score);
    this.registry.set('best', best);
    this.add.text(400, 300, `Score: ${this.score}\nBest: ${best}`, { fontSize: '32px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.restart());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Stars });
