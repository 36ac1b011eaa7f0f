// Task: A draggable cyan triangle that changes colour while being dragged and returns to its starting position when released.
class DragScene extends Phaser.Scene {
  constructor() {
    super('DragScene');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x00e5ff, 1);
    g.fillTriangle(45, 0, 90, 80, 0, 80);
    g.generateTexture('cyanTriangle', 90, 80);
    g.destroy();
  }

  create() {
    this.cameras.main.setBackgroundColor('#102027');
    const { width, height } = this.scale;

    this.triangle = this.add.image(0, 0, 'cyanTriangle');
    this.home = new Phaser.Math.Vector2(this.triangle.x, this.triangle.y);
    this.triangle.setPosition(width / 2, height / 2);
    this.triangle.setInteractive({ draggable: true, useHandCursor: true });

    this.input.on('dragstart', (pointer, obj) => {
      this.tweens.killTweensOf(obj);
      obj.setTintFill(0xffb300);
    });

    this.input.on('drag', (pointer, obj, dragX, dragY) => {
      obj.setPosition(dragX, dragY);
    });

    this.input.on('dragend', (pointer, obj) => {
      obj.clearTint();
      this.tweens.add({
        targets: obj,
        x: this.home.x,
        y: this.home.y,
        duration: 300,
        ease: 'Cubic.easeOut'
      });
    });

    this.add.text(width / 2, 40, 'Drag the triangle', {
      fontFamily: 'Arial',
      fontSize: '20px',
      color: '#b2ebf2'
    }).setOrigin(0.5);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: DragScene
});
