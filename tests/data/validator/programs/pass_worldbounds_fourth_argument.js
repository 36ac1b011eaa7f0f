// Apples fall from the trees; an apple that reaches the ground is counted as lost.
class Orchard extends Phaser.Scene {
  constructor() { super('orchard'); }
  preload() {}
  create() {
    this.lost = 0;
    this.label = this.add.text(10, 10, 'Lost: 0', { color: '#ffffff' });
    this.apples = this.physics.add.group();
    this.physics.world.on('worldbounds', (body, up, down) => {
      if (!down) return;
      body.gameObject.destroy();
      this.label.setText('Lost: ' + ++this.lost);
    });
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      const apple = this.add.circle(Phaser.Math.Between(40, 760), 20, 12, 0xdd2222);
      this.apples.add(apple);
      apple.body.setCollideWorldBounds(true, 0, 0, true);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Orchard });
