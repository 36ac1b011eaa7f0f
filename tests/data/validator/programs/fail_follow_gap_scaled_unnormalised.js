// Task: Make a white triangle smoothly follow the mouse pointer with a follow speed of 80.
const FOLLOW_SPEED = 80;

const scene = {
  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff, 1);
    g.fillTriangle(40, 20, 0, 0, 0, 40);
    g.generateTexture('whiteTriangle', 40, 40);
    g.destroy();
  },

  create() {
    this.cameras.main.setBackgroundColor('#202830');
    this.triangle = this.add.image(400, 300, 'whiteTriangle');
    this.target = new Phaser.Math.Vector2(400, 300);

    this.input.on('pointermove', (pointer) => {
      this.target.set(pointer.worldX, pointer.worldY);
    });

    this.marker = this.add.circle(400, 300, 4, 0xff5577);
    this.add.text(16, 16, 'Move the mouse: the triangle follows at 80 px/s', {
      fontFamily: 'Arial',
      fontSize: '16px',
      color: '#cfd8dc'
    });
  },

  update(time, delta) {
    const dt = delta / 1000;
    this.marker.setPosition(this.target.x, this.target.y);

    const toTarget = this.target.clone().subtract(this.triangle);
    const distance = toTarget.length();
    if (distance < 0.5) {
      return;
    }

    const step = Math.min(FOLLOW_SPEED * dt, distance);
    toTarget.scale(step);
    this.triangle.x += toTarget.x;
    this.triangle.y += toTarget.y;
    this.triangle.rotation = Phaser.Math.Angle.Between(this.triangle.x, this.triangle.y, this.target.x, this.target.y);
  }
};

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene
});
