// Rhythm practice: a beat every 400 ms; each beat flashes PERFECT, which shrinks back and fades out
class Beat extends Phaser.Scene {
  constructor() { super('beat'); }
  create() {
    this.count = 0;
    this.judgeText = this.add.text(300, 200, '', { fontSize: '40px', color: '#ffeb3b' }).setOrigin(0.5).setAlpha(0);
    this.countText = this.add.text(10, 10, 'Beats: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 400, loop: true, callback: () => this.judge('PERFECT') });
  }
  judge(label) {
    this.count++;
    this.countText.setText('Beats: ' + this.count);
    this.judgeText.setText(label).setAlpha(1).setScale(1.3);
    this.tweens.add({ targets: this.judgeText, scale: 1, alpha: 0, delay: 250, duration: 300 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Beat });
