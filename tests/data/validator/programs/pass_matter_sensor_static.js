// Drop a ball with a click; it rolls down the grey ramp into the green goal box at the bottom right, and each goal adds a point.
class GoalScene extends Phaser.Scene {
  constructor() { super('goal'); }
  preload() {}
  create() {
    const ramp = this.add.rectangle(380, 330, 560, 16, 0x9e9e9e).setAngle(12);
    this.matter.add.gameObject(ramp, { isStatic: true });
    this.goal = this.add.rectangle(700, 560, 120, 40, 0x43a047, 0.6);
    this.matter.add.gameObject(this.goal, { isSensor: true, isStatic: true, label: 'goal' });
    this.goals = 0;
    this.label = this.add.text(16, 16, 'Goals: 0', { fontSize: '20px', color: '#ffffff' });
    this.matter.world.setBounds(0, 0, 800, 600);
    this.input.on('pointerdown', (pointer) => {
      const ball = this.add.circle(pointer.x, 60, 14, 0xffca28);
      this.matter.add.gameObject(ball, { shape: { type: 'circle', radius: 14 }, restitution: 0.3, label: 'ball' });
    });
    this.matter.world.on('collisionstart', (event) => {
      for (const pair of event.pairs) {
        const labels = [pair.bodyA.label, pair.bodyB.label];
        if (labels.includes('goal') && labels.includes('ball')) {
          this.goals += 1;
          this.label.setText('Goals: ' + this.goals);
        }
      }
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: GoalScene });
