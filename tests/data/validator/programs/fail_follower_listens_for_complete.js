// 敌人沿路径行走，走到终点时扣一条命
class PathScene extends Phaser.Scene {
  constructor() { super('path'); }
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff5252).fillCircle(12, 12, 12).generateTexture('foe', 24, 24);
    g.destroy();
    this.lives = 10;
    this.livesText = this.add.text(16, 16, '生命: 10', { fontSize: '20px', color: '#ffffff' });
    this.path = new Phaser.Curves.Path(0, 300).lineTo(300, 300).lineTo(300, 120).lineTo(800, 120);
    const road = this.add.graphics().lineStyle(24, 0x795548);
    this.path.draw(road);
    this.time.addEvent({ delay: 800, repeat: 5, callback: () => {
      const foe = this.add.follower(this.path, 0, 300, 'foe');
      foe.startFollow({ duration: 2000 });
      foe.on('complete', () => {
        foe.destroy();
        this.lives -= 1;
        this.livesText.setText('生命: ' + this.lives);
      });
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#33691e', scene: PathScene });
