// Pinball plunger: hold SPACE to charge (up to one second), let go to launch the ball; a longer hold launches harder
class Plunger extends Phaser.Scene {
  create() {
    this.ball = this.matter.add.circle(760, 520, 14, { restitution: 0.5 });
    this.matter.world.setBounds(0, 0, 800, 600);
    this.power = this.add.text(20, 20, 'Hold SPACE', { fontSize: '22px', color: '#ffffff' });
    const space = this.input.keyboard.addKey('SPACE');
    space.on('up', () => {
      const charge = Math.min(space.duration / 1000, 1);
      this.matter.body.setVelocity(this.ball, { x: 0, y: -25 * charge });
      this.power.setText('Launched at ' + Math.round(charge * 100) + '%');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Plunger });
