// 虫群：虫子从右边飞来，每 3 秒出虫速度加快（生成间隔缩短 100ms，最低 300ms），点击虫子消灭
class Swarm extends Phaser.Scene {
  constructor() { super('swarm'); }
  create() {
    this.every = 1200;
    this.killed = 0;
    this.label = this.add.text(10, 10, 'killed: 0', { fontSize: '16px', color: '#fff' });
    this.spawner = this.time.addEvent({ delay: this.every, loop: true, callback: () => {
      const bug = this.add.circle(620, Phaser.Math.Between(40, 360), 10, 0x76ff03).setInteractive();
      bug.on('pointerdown', () => { bug.destroy(); this.killed += 1; this.label.setText('killed: ' + this.killed); });
      this.tweens.add({ targets: bug, x: -20, duration: 3000, onComplete: () => bug.destroy() });
    } });
    this.time.addEvent({ delay: 3000, loop: true, callback: () => { this.every = Math.max(300, this.every - 100); this.spawner.delay = this.every; } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#1b1b1b', scene: Swarm });
