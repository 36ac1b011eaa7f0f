// A trampoline pad squashes for a moment (a yoyo tween of its scaleY) each time a ball lands on it; its static
// body keeps the pad's full size (refreshBody() after setScale), which is what the balls bounce on.
class Bounce extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x43a047, 1).fillRect(0, 0, 40, 16);
    g.generateTexture('pad', 40, 16);
    g.destroy();
    this.pad = this.physics.add.staticImage(400, 520, 'pad').setScale(6, 1).refreshBody();
    this.balls = this.physics.add.group({ bounceY: 0.9, collideWorldBounds: true });
    for (let i = 0; i < 3; i++) this.balls.add(this.add.circle(300 + i * 100, 100 + i * 40, 12, 0xffa726));
    this.physics.add.collider(this.balls, this.pad, () => {
      if (!this.tweens.isTweening(this.pad)) this.tweens.add({ targets: this.pad, scaleY: 0.5, duration: 80, yoyo: true });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Bounce });
