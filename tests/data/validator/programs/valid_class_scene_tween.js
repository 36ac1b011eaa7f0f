class MainScene extends Phaser.Scene {
  constructor() { super({ key: 'main' }); }
  preload() {}
  create() {
    this.box = this.add.rectangle(200, 300, 80, 80, 0xff8800);
    this.tweens.add({ targets: this.box, x: 600, duration: 1500, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.label = this.add.text(20, 20, '补间动画', { fontSize: '24px', color: '#ffffff' });
  }
  update() {
    this.label.setText('x = ' + Math.round(this.box.x));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: MainScene });
