// Matter 物理：几个木箱落在地面上，可以用鼠标拖动木箱（鼠标弹簧）
class Crates extends Phaser.Scene {
  constructor() { super('crates'); }
  create() {
    this.matter.world.setBounds(0, 0, 500, 320);
    for (let i = 0; i < 5; i++) {
      this.matter.add.rectangle(80 + i * 80, 60 + (i % 2) * 40, 40, 40, { restitution: 0.2, render: { fillColor: 0xb07030 } });
    }
    this.matter.add.mouseSpring({ stiffness: 0.2 });
    this.add.text(10, 10, 'drag the crates', { fontSize: '16px', color: '#fff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 500, height: 320, backgroundColor: '#1b2631',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Crates });
