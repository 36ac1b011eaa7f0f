// Whack-a-mole for 5 seconds, then a game-over screen whose button plays again.
class Whack extends Phaser.Scene {
  constructor() { super('Whack'); }
  preload() {}
  create() {
    this.score = 0;
    const mole = this.add.circle(400, 300, 40, 0x996633).setInteractive();
    mole.on('pointerdown', () => { this.score += 1; mole.setPosition(Phaser.Math.Between(60, 740), Phaser.Math.Between(60, 540)); });
    this.time.delayedCall(5000, () => this.scene.start('GameOver', { score: this.score }));
  }
}
class GameOver extends Phaser.Scene {
  constructor() { super('GameOver'); }
  preload() {}
  create(data) {
    this.add.text(400, 250, 'Score: ' + (data.score || 0), { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    const again = this.add.text(400, 350, 'Play again', { fontSize: '28px', color: '#ffff66' }).setOrigin(0.5).setInteractive();
    again.on('pointerdown', () => this.scene.restart('Whack'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Whack, GameOver] });
