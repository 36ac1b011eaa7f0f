// Meteor dodge: every 5 seconds the level goes up and everything falls 25% faster.
class Meteors extends Phaser.Scene {
  constructor() { super('meteors'); }
  preload() {}
  create() {
    this.level = 1;
    this.label = this.add.text(10, 10, 'Level 1', { color: '#ffffff' });
    this.meteors = this.physics.add.group();
    this.time.addEvent({ delay: 400, loop: true, callback: () => {
      const m = this.add.circle(Phaser.Math.Between(20, 780), -20, 14, 0x996655);
      this.meteors.add(m);
      m.body.setVelocityY(200);
    } });
    this.time.addEvent({ delay: 5000, loop: true, callback: () => {
      this.level += 1;
      this.physics.world.timeScale *= 1.25;
      this.label.setText('Level ' + this.level);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Meteors });
