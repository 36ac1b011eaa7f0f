// onRepeat is a function () with no callbackScope: `this` is the tween, so the scene's bounce counter never moves.
class Bouncer extends Phaser.Scene {
  constructor() { super('bouncer'); }
  preload() {}
  create() {
    this.bounces = 0;
    this.label = this.add.text(16, 16, 'Bounces: 0', { fontSize: '24px' });
    const ball = this.add.circle(400, 100, 20, 0xff8800);
    this.tweens.add({
      targets: ball, y: 500, duration: 300, ease: 'Quad.easeIn', yoyo: true, repeat: -1,
      onRepeat: function () { this.bounces += 1; },
    });
  }
  update() { this.label.setText('Bounces: ' + this.bounces); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bouncer });
