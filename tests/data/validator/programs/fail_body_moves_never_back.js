// the stone waits with moves = false; on release it gets a velocity but moves is never set back, so it stays put
class Sling extends Phaser.Scene {
  preload() {}

  create() {
    this.stone = this.add.circle(150, 420, 14, 0x777777);
    this.physics.add.existing(this.stone);
    this.stone.body.setAllowGravity(false);
    this.stone.body.moves = false;
    this.stone.setInteractive({ draggable: true });
    this.input.on('drag', (pointer, obj, x, y) => { obj.x = x; obj.y = y; });
    this.input.on('dragend', (pointer, obj) => {
      obj.body.setAllowGravity(true);
      obj.body.setVelocity((150 - obj.x) * 8, (420 - obj.y) * 8);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: Sling });
