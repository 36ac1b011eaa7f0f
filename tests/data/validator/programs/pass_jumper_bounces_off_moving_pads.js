// 跳跳乐：小人落在左右移动的弹板上会自动弹起（不会站在上面），按左右键控制方向，记录最高高度
class Jump extends Phaser.Scene {
  constructor() { super('jump'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x8bc34a).fillRect(0, 0, 80, 12).generateTexture('pad', 80, 12).clear();
    g.fillStyle(0xffeb3b).fillRect(0, 0, 20, 20).generateTexture('kid', 20, 20).destroy();
    this.pads = this.physics.add.group({ immovable: true, allowGravity: false });
    for (let i = 0; i < 5; i++) {
      this.pads.create(80 + i * 70, 380 - i * 70, 'pad').setVelocityX(i % 2 ? 60 : -60).setCollideWorldBounds(true).setBounce(1, 0);
    }
    this.kid = this.physics.add.sprite(80, 300, 'kid');
    this.physics.add.collider(this.kid, this.pads, (k) => { if (k.body.touching.down) k.setVelocityY(-520); });
    this.keys = this.input.keyboard.createCursorKeys();
    this.best = 0;
    this.label = this.add.text(10, 10, 'best: 0', { fontSize: '16px', color: '#fff' });
  }
  update() {
    this.kid.setVelocityX(this.keys.left.isDown ? -160 : this.keys.right.isDown ? 160 : 0);
    this.best = Math.max(this.best, Math.round(420 - this.kid.y));
    this.label.setText('best: ' + this.best);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 420, backgroundColor: '#0d47a1',
  physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Jump });
