// Level intro: the camera starts zoomed out and zooms in to 1 over 1.5 s, then "GO!" appears and the player can move
class Intro extends Phaser.Scene {
  constructor() { super('intro'); }
  create() {
    this.add.grid(400, 300, 800, 600, 50, 50, 0x1a237e, 1, 0x3949ab);
    this.hero = this.add.circle(400, 300, 16, 0xffeb3b);
    this.ready = false;
    this.keys = this.input.keyboard.createCursorKeys();
    const cam = this.cameras.main;
    cam.setZoom(0.4);
    cam.zoomTo(1, 1500, (camera, progress) => {
      if (progress === 1) {
        this.ready = true;
        this.add.text(400, 200, 'GO!', { fontSize: '48px', color: '#fff' }).setOrigin(0.5);
      }
    });
  }
  update() {
    if (!this.ready) return;
    if (this.keys.left.isDown) this.hero.x -= 3;
    if (this.keys.right.isDown) this.hero.x += 3;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000', scene: Intro });
