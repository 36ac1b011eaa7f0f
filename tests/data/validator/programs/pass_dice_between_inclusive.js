// 点击掷骰子：显示两个六面骰子的点数（1 到 6）和它们的和
class Dice extends Phaser.Scene {
  create() {
    this.sides = 6;
    this.result = this.add.text(400, 300, '点击掷骰子', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointerdown', () => {
      const a = this.roll();
      const b = this.roll();
      this.result.setText(`${a} + ${b} = ${a + b}`);
    });
  }
  roll() {
    return Phaser.Math.Between(1, this.sides);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dice });
