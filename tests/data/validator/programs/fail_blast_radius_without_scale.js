// Missile defence: click to set off a blast that grows; missiles inside a blast are destroyed
class Defence extends Phaser.Scene {
  constructor() { super('defence'); }
  create() {
    this.blasts = [];
    this.missiles = [];
    this.saved = 0;
    this.time.addEvent({ delay: 700, loop: true, callback: () => {
      const m = this.add.circle(Phaser.Math.Between(40, 600), 0, 4, 0xff5252);
      this.tweens.add({ targets: m, y: 480, duration: 5000, onComplete: () => m.destroy() });
      this.missiles.push(m);
    } });
    this.input.on('pointerdown', (p) => {
      const blast = this.add.circle(p.x, p.y, 5, 0xffeb3b, 0.6);
      this.blasts.push(blast);
      this.tweens.add({ targets: blast, scale: 10, duration: 600, yoyo: true, onComplete: () => { blast.destroy(); this.blasts.splice(this.blasts.indexOf(blast), 1); } });
    });
    this.label = this.add.text(10, 10, '', { fontSize: '18px', color: '#ffffff' });
  }
  update() {
    this.missiles = this.missiles.filter((m) => {
      if (!m.active) return false;
      const hit = this.blasts.some((b) => Phaser.Math.Distance.Between(m.x, m.y, b.x, b.y) < b.radius);
      if (hit) { m.destroy(); this.saved++; return false; }
      return true;
    });
    this.label.setText('Destroyed: ' + this.saved);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#000000', scene: Defence });
