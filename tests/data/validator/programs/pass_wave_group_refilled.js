// Waves of drones: bolts destroy drones; each wave refills the one drones group
class Waves extends Phaser.Scene {
  constructor() { super('waves'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(20, 20, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.bolts = this.physics.add.group();
    this.drones = this.physics.add.group();
    this.physics.add.overlap(this.bolts, this.drones, (bolt, drone) => {
      bolt.destroy();
      drone.destroy();
      this.score += 10;
      this.label.setText('Score: ' + this.score);
    });
    this.startWave();
    this.time.addEvent({ delay: 300, loop: true, callback: () => {
      const bolt = this.add.rectangle(400, 560, 4, 14, 0xffff66);
      this.bolts.add(bolt);
      bolt.body.setVelocityY(-400);
    } });
  }
  startWave() {
    this.drones.clear(true, true);
    for (let i = 0; i < 6; i++) this.drones.add(this.add.rectangle(150 + i * 100, 120, 40, 24, 0xff4466));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0a0a1a', physics: { default: 'arcade' }, scene: Waves });
