// Stack blocks: click to drop a block; the text shows how tall the stack stands above the floor
class Stack extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xcc8844).fillRect(0, 0, 60, 30).generateTexture('block', 60, 30).destroy();
    this.matter.world.setBounds(0, 0, 800, 560);
    this.blocks = [];
    this.info = this.add.text(20, 20, 'Height 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => this.blocks.push(this.matter.add.image(p.x, 60, 'block')));
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.measure() });
  }
  measure() {
    if (!this.blocks.length) return;
    const highest = Math.max(...this.blocks.map((b) => b.y));
    this.info.setText('Height ' + Math.round(560 - highest));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Stack });
