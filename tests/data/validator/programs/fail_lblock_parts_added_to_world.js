// An L-shaped block made of two parts falls and lands on the ground as one piece
class LBlock extends Phaser.Scene {
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    const tall = this.matter.add.rectangle(400, 100, 30, 90);
    const foot = this.matter.add.rectangle(430, 130, 30, 30);
    this.block = this.matter.body.create({ parts: [tall, foot] });
    this.matter.world.add(this.block);
    this.add.text(20, 20, 'L block', { fontSize: '22px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: LBlock });
