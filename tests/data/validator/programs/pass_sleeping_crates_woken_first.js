// 点击屏幕：所有箱子向上弹起（Matter 物理；箱子开始时休眠，不会抖动）
class KickScene extends Phaser.Scene {
  constructor() { super('kick'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xcc8844, 1).fillRect(0, 0, 48, 48);
    g.generateTexture('crate', 48, 48);
    g.destroy();
    this.matter.world.setBounds(0, 0, 800, 600);
    this.crates = [];
    for (let i = 0; i < 6; i++) {
      const c = this.matter.add.image(120 + i * 110, 576, 'crate');
      c.setFriction(0.5);
      c.setToSleep(); // 静止等待玩家点击
      this.crates.push(c);
    }
    this.kicks = 0;
    this.info = this.add.text(16, 16, 'Click to kick the crates', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', () => {
      this.kicks++;
      this.crates.forEach((c) => {
        c.setAwake();
        c.setVelocity(Phaser.Math.Between(-3, 3), -12);
        c.setAngularVelocity(0.05);
      });
      this.info.setText('Kicks: ' + this.kicks);
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#223344',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, enableSleeping: true } },
  scene: KickScene,
});
