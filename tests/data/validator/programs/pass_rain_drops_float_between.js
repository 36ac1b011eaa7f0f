// 下雨：每 100ms 在画面顶部随机位置落下一滴雨（x 在画面宽度的 10%~90% 之间）
const W = 640, H = 400;
class Rain extends Phaser.Scene {
  constructor() { super('rain'); }
  create() {
    this.time.addEvent({ delay: 100, loop: true, callback: () => {
      const x = Phaser.Math.FloatBetween(0.1, 0.9) * W;
      const drop = this.add.rectangle(x, -10, 2, 12, 0x90caf9);
      this.tweens.add({ targets: drop, y: H + 10, duration: 900, onComplete: () => drop.destroy() });
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W, height: H, backgroundColor: '#263238', scene: Rain });
