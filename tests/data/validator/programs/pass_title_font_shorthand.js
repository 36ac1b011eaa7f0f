// Title screen: a big bold title and a smaller hint, fonts given as CSS shorthand
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  create() {
    this.add.text(300, 150, 'STAR HOPPER', { font: 'bold 48px Georgia', color: '#ffeb3b' }).setOrigin(0.5);
    const hint = this.add.text(300, 260, 'click to start', { color: '#ffffff' }).setOrigin(0.5);
    hint.setFont('20px Georgia');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Title });
