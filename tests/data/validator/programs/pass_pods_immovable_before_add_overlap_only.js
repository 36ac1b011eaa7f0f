// Shoot the three gun pods (click to fire upwards from the ship); each pod takes three hits and its bar shrinks.
class Pods extends Phaser.Scene {
  constructor() { super('pods'); }
  preload() {}
  create() {
    this.pods = this.physics.add.group();
    [200, 400, 600].forEach((x) => {
      const pod = this.add.rectangle(x, 120, 60, 40, 0x8e24aa);
      this.physics.add.existing(pod);
      pod.body.setImmovable(true);
      pod.hp = 3;
      pod.bar = this.add.rectangle(x - 30, 90, 60, 6, 0x66bb6a).setOrigin(0, 0.5);
      this.pods.add(pod);
    });
    this.ship = this.add.triangle(400, 540, 0, 30, 20, 0, 40, 30, 0x4fc3f7);
    this.bullets = this.physics.add.group();
    this.input.on('pointerdown', (pointer) => {
      this.ship.x = pointer.x;
      const b = this.add.circle(this.ship.x, 520, 4, 0xffffff);
      this.bullets.add(b);
      b.body.setVelocityY(-420);
    });
    this.physics.add.overlap(this.bullets, this.pods, (b, pod) => {
      b.destroy();
      pod.hp -= 1;
      pod.bar.width = 20 * pod.hp;
      if (pod.hp <= 0) { pod.bar.destroy(); pod.destroy(); }
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Pods });
