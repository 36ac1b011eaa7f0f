// Title screen: a big 48px title and a smaller hint
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  create() {
    this.add.text(300, 150, 'STAR HOPPER', { font: 'Georgia', fontSize: '48px', color: '#ffeb3b' }).setOrigin(0.5);
    this.add.text(300, 260, 'click to start', { fontFamily: 'Georgia', fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Title });
