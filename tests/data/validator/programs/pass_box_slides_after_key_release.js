// Task: Move a gray rectangle with the arrow keys at speed 360, keeping it inside the canvas.
const SPEED = 360;

class ArrowScene extends Phaser.Scene {
  constructor() {
    super('ArrowScene');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x808080, 1);
    g.fillRect(0, 0, 64, 40);
    g.lineStyle(2, 0xbdbdbd, 1);
    g.strokeRect(1, 1, 62, 38);
    g.generateTexture('grayRect', 64, 40);
    g.destroy();
  }

  create() {
    this.cameras.main.setBackgroundColor('#222831');
    this.box = this.physics.add.image(400, 300, 'grayRect');
    this.box.setCollideWorldBounds(true);

    this.cursors = this.input.keyboard.createCursorKeys();

    this.add.text(16, 16, 'Arrow keys to move', {
      fontFamily: 'Arial',
      fontSize: '18px',
      color: '#eeeeee'
    });
  }

  update() {
    const body = this.box.body;
    body.setVelocity(0);

    if (this.cursors.left.isDown) {
      body.setVelocityX(-SPEED);
    } else if (this.cursors.right.isDown) {
      body.setVelocityX(SPEED);
    }

    if (this.cursors.up.isDown) {
      body.setVelocityY(-SPEED);
    } else if (this.cursors.down.isDown) {
      body.setVelocityY(SPEED);
    }

    // Keep diagonal movement at the same speed.
    if (body.velocity.x !== 0 && body.velocity.y !== 0) {
      body.velocity.normalize().scale(SPEED);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: ArrowScene
});
