// A gate of two posts slides left and right; balls dropped from the top bounce off the posts (Matter)
class GateScene extends Phaser.Scene {
  constructor() { super('gate'); }
  create() {
    const Body = Phaser.Physics.Matter.Matter.Body;
    this.Body = Body;
    this.gateX = 400;
    this.postL = this.matter.add.rectangle(0, 0, 16, 80, { isStatic: true });
    this.postR = this.matter.add.rectangle(0, 0, 16, 80, { isStatic: true });
    this.gfx = this.add.graphics();
    this.tweens.add({ targets: this, gateX: { from: 200, to: 600 }, duration: 2000, yoyo: true, repeat: -1 });
    this.time.addEvent({ delay: 400, loop: true, callback: () => {
      const ball = this.add.circle(Phaser.Math.Between(150, 650), 20, 10, 0xffca28);
      this.matter.add.gameObject(ball, { shape: { type: 'circle', radius: 10 }, restitution: 0.6 });
    } });
  }
  update() {
    const x = this.gateX, y = 420;
    this.Body.setPosition(this.postL, { x: x - 60, y });
    this.Body.setPosition(this.postR, { x: x + 60, y });
    this.gfx.clear().fillStyle(0x90a4ae).fillRect(x - 68, y - 40, 16, 80).fillRect(x + 52, y - 40, 16, 80);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: GateScene });
