// Drone waves: every 2 s a drone flies down from the top (pool of 6); click a drone to shoot it, it fades out and goes back to the pool
class Waves extends Phaser.Scene {
  constructor() { super('waves'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff7043).fillRect(0, 0, 36, 24).generateTexture('drone', 36, 24).destroy();
  }
  create() {
    this.drones = this.physics.add.group({ defaultKey: 'drone', maxSize: 6 });
    this.kills = 0;
    this.label = this.add.text(16, 16, 'Kills: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 2000, loop: true, callback: () => {
      const d = this.drones.get(Phaser.Math.Between(60, 740), -20);
      if (!d) return;
      d.enableBody(true, d.x, -20, true, true);
      d.setVelocityY(90);
      d.setInteractive();
    } });
    this.input.on('gameobjectdown', (pointer, d) => {
      d.disableInteractive();
      d.body.stop();
      this.kills += 1;
      this.label.setText('Kills: ' + this.kills);
      this.tweens.add({ targets: d, alpha: 0, duration: 200, onComplete: () => d.disableBody(true, true) });
    });
  }
  update() {
    this.drones.children.each((d) => { if (d.active && d.y > 640) d.disableBody(true, true); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', physics: { default: 'arcade' }, scene: Waves });
