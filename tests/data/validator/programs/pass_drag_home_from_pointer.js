// Task: A draggable yellow rectangle changes colour while being dragged and returns to its starting position when released.
const RECT_W = 140;
const RECT_H = 90;
const IDLE_COLOR = 0xffd400;
const DRAG_COLOR = 0xff6b35;

class DragRectScene extends Phaser.Scene {
  constructor() {
    super('DragRect');
  }

  preload() {}

  create() {
    this.rect = this.add.graphics({ x: 400, y: 300 });
    this.paint(IDLE_COLOR);

    const hitArea = new Phaser.Geom.Rectangle(-RECT_W / 2, -RECT_H / 2, RECT_W, RECT_H);
    this.rect.setInteractive({
      hitArea: hitArea,
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      draggable: true,
      useHandCursor: true
    });

    this.home = new Phaser.Math.Vector2();

    this.rect.on(Phaser.Input.Events.GAMEOBJECT_DRAG_START, (pointer) => {
      this.tweens.killTweensOf(this.rect);
      this.home.set(this.rect.x, this.rect.y);
      this.paint(DRAG_COLOR);
    });

    this.rect.on(Phaser.Input.Events.GAMEOBJECT_DRAG, (pointer, dragX, dragY) => {
      this.rect.setPosition(dragX, dragY);
    });

    this.rect.on(Phaser.Input.Events.GAMEOBJECT_DRAG_END, () => {
      this.paint(IDLE_COLOR);
      this.tweens.add({
        targets: this.rect,
        x: this.home.x,
        y: this.home.y,
        duration: 300,
        ease: 'Cubic.easeOut'
      });
    });

    this.add.text(400, 40, 'Drag the rectangle and let go', {
      fontFamily: 'Arial',
      fontSize: '22px',
      color: '#ffffff'
    }).setOrigin(0.5);
  }

  paint(color) {
    this.currentColor = color;
    this.rect.clear();
    this.rect.fillStyle(color, 1);
    this.rect.fillRoundedRect(-RECT_W / 2, -RECT_H / 2, RECT_W, RECT_H, 12);
    this.rect.lineStyle(3, 0x333333, 1);
    this.rect.strokeRoundedRect(-RECT_W / 2, -RECT_H / 2, RECT_W, RECT_H, 12);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e3440',
  scene: DragRectScene
});
