// 大炮打靶：点击发射炮弹，风向随机（显示风力），炮弹受风力加速度影响偏移
class Cannon extends Phaser.Scene {
  constructor() { super('cannon'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x212121).fillCircle(5, 5, 5).generateTexture('shell', 10, 10).destroy();
    this.shells = this.physics.add.group();
    this.wind = Phaser.Math.Between(-120, 120);
    this.add.text(10, 10, 'wind: ' + this.wind, { fontSize: '16px', color: '#000' });
    this.input.on('pointerdown', () => {
      const shell = this.physics.add.image(60, 340, 'shell').setVelocity(260, -360).setAccelerationX(this.wind);
      this.shells.add(shell);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 380, backgroundColor: '#bbdefb',
  physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Cannon });
