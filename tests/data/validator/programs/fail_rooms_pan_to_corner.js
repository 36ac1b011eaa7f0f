// Room explorer: the world is a 2x2 grid of 800x600 rooms, each a different colour; move the hero with the arrow keys, and when the hero walks into another room the camera pans in 400 ms to show that whole room. The name of the current room is shown at the top.
const ROOMS = [
  { name: 'Hall', x: 0, y: 0, w: 800, h: 600, color: 0x264653 },
  { name: 'Library', x: 800, y: 0, w: 800, h: 600, color: 0x2a9d8f },
  { name: 'Cellar', x: 0, y: 600, w: 800, h: 600, color: 0x6d597a },
  { name: 'Garden', x: 800, y: 600, w: 800, h: 600, color: 0x606c38 },
];

class RoomsScene extends Phaser.Scene {
  constructor() { super('rooms'); }

  create() {
    const g = this.add.graphics();
    ROOMS.forEach((r) => {
      g.fillStyle(r.color).fillRect(r.x, r.y, r.w, r.h);
      g.lineStyle(6, 0x000000).strokeRect(r.x, r.y, r.w, r.h);
      this.add.text(r.x + 20, r.y + 560, r.name, { fontSize: '20px', color: '#ffffff' });
    });
    this.physics.world.setBounds(0, 0, 1600, 1200);
    this.hero = this.add.circle(400, 300, 16, 0xf4a261);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.cameras.main.setBounds(0, 0, 1600, 1200);
    this.room = ROOMS[0];
    this.label = this.add.text(400, 20, 'Room: ' + this.room.name, { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5, 0).setScrollFactor(0);
  }

  roomAt(x, y) {
    return ROOMS.find((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);
  }

  update() {
    const speed = 240;
    const body = this.hero.body;
    body.setVelocity(0);
    if (this.cursors.left.isDown) body.setVelocityX(-speed);
    else if (this.cursors.right.isDown) body.setVelocityX(speed);
    if (this.cursors.up.isDown) body.setVelocityY(-speed);
    else if (this.cursors.down.isDown) body.setVelocityY(speed);

    const room = this.roomAt(this.hero.x, this.hero.y);
    if (room && room !== this.room) {
      this.room = room;
      this.cameras.main.pan(room.x, room.y, 400, 'Sine.easeInOut');
      this.label.setText('Room: ' + room.name);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000',
  physics: { default: 'arcade' }, scene: RoomsScene,
});
