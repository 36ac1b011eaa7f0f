// 果园：树下散落 10 个苹果，玩家用方向键移动篮子接住苹果，显示剩余苹果数
class Orchard extends Phaser.Scene {
  constructor() { super('orchard'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xe53935, 1).fillCircle(10, 10, 10);
    g.generateTexture('apple', 20, 20);
    g.clear().fillStyle(0x8d6e63, 1).fillRect(0, 0, 60, 20);
    g.generateTexture('basket', 60, 20);
    g.destroy();
  }
  create() {
    this.apples = this.physics.add.staticGroup({ key: 'apple', repeat: 10, setXY: { x: 40, y: 360, stepX: 52 } });
    this.basket = this.physics.add.image(300, 330, 'basket').setCollideWorldBounds(true);
    this.left = this.add.text(10, 10, '剩余苹果: ' + this.apples.countActive(), { fontSize: '20px', color: '#ffffff' });
    this.physics.add.overlap(this.basket, this.apples, (basket, apple) => {
      apple.disableBody(true, true);
      this.left.setText('剩余苹果: ' + this.apples.countActive());
    });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const vx = this.cursors.left.isDown ? -240 : this.cursors.right.isDown ? 240 : 0;
    this.basket.setVelocityX(vx);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#33691e', physics: { default: 'arcade' }, scene: Orchard });
