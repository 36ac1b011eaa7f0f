// A funnel of two tilted static walls guides falling marbles into a cup.
class Funnel extends Phaser.Scene {
  constructor() { super('funnel'); }
  preload() {}
  create() {
    const wall = { isStatic: true, friction: 0.01 };
    this.matter.add.rectangle(250, 350, 300, 14, { ...wall, angle: 0.5 });
    this.matter.add.rectangle(550, 350, 300, 14, { ...wall, angle: -0.5 });
    this.add.rectangle(250, 350, 300, 14, 0x78909c).setRotation(0.5);
    this.add.rectangle(550, 350, 300, 14, 0x78909c).setRotation(-0.5);
    this.time.addEvent({ delay: 400, repeat: 12, callback: () => {
      const m = this.add.circle(Phaser.Math.Between(150, 650), 20, 10, 0x4fc3f7);
      this.matter.add.gameObject(m, { shape: { type: 'circle', radius: 10 }, restitution: 0.3 });
    } });
    this.matter.world.setBounds(0, 0, 800, 600);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Funnel });
