// 打地鼠：三个洞，地鼠从洞口下方弹出来（洞口以下被遮住），点中加分
class Moles extends Phaser.Scene {
  constructor() { super('moles'); }
  create() {
    this.score = 0;
    this.label = this.add.text(10, 10, 'score: 0', { fontSize: '18px', color: '#fff' });
    this.moles = [150, 300, 450].map((x) => {
      const m = this.make.graphics({ add: false });
      m.fillStyle(0xffffff).fillRect(x - 40, 100, 80, 120);
      const mole = this.add.circle(x, 280, 30, 0x8d6e63).setInteractive();
      mole.setMask(m.createGeometryMask());
      mole.on('pointerdown', () => { this.score += 1; this.label.setText('score: ' + this.score); mole.y = 280; });
      this.add.ellipse(x, 220, 90, 24, 0x3e2723);
      return mole;
    });
    this.time.addEvent({ delay: 900, loop: true, callback: () => {
      const mole = Phaser.Utils.Array.GetRandom(this.moles);
      this.tweens.add({ targets: mole, y: 180, duration: 200, yoyo: true, hold: 500 });
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 320, backgroundColor: '#33691e', scene: Moles });
