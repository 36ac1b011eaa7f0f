// the files are queued in create() and this.load.start() is never called: nothing loads, the bar stays at 0%
class Loading extends Phaser.Scene {
  constructor() { super('loading'); }

  preload() {}

  create() {
    const bar = this.add.rectangle(200, 300, 0, 24, 0x00e5ff).setOrigin(0, 0.5);
    this.add.rectangle(400, 300, 404, 28).setStrokeStyle(2, 0xffffff);
    this.load.on('progress', (value) => { bar.width = 400 * value; });
    this.load.once('complete', () => this.scene.start('main'));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#0ff"/></svg>';
    for (let i = 0; i < 5; i++) this.load.svg('ball' + i, 'data:image/svg+xml;base64,' + btoa(svg));
  }
}

class Main extends Phaser.Scene {
  constructor() { super('main'); }
  preload() {}
  create() { for (let i = 0; i < 5; i++) this.add.image(120 + i * 140, 300, 'ball' + i); }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Loading, Main] });
