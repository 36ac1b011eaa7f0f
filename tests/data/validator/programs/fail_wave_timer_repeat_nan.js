// 每波敌人：每 1.5 秒生成一个敌人，一波共 8 个
class WaveScene extends Phaser.Scene {
  constructor() { super('wave'); }
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xef5350).fillCircle(12, 12, 12).generateTexture('foe', 24, 24);
    g.destroy();
    this.spawned = 0;
    this.startWave();
    this.waveSize = 8;
    this.info = this.add.text(16, 16, '敌人: 0 / 8', { fontSize: '20px', color: '#ffffff' });
  }
  startWave() {
    this.time.addEvent({
      delay: 1500,
      repeat: this.waveSize - 1,
      callback: () => {
        this.spawned++;
        this.add.image(Phaser.Math.Between(40, 760), Phaser.Math.Between(80, 560), 'foe');
        this.info.setText('敌人: ' + this.spawned + ' / 8');
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a2e', scene: WaveScene });
