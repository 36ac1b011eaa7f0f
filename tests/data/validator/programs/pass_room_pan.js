// Top-down dungeon of four 800x600 rooms in a 2x2 grid joined by doorways: the arrow keys move the hero at 200 px/s (he stops when no key is held) and walls block him. When the hero walks into another room the camera pans smoothly over 500 ms so that room exactly fills the screen, and a HUD shows the room's name.
const ROOMS = [
  { name: 'Crypt', x: 0, y: 0, w: 800, h: 600, color: 0x2d2a3e },
  { name: 'Armoury', x: 800, y: 0, w: 800, h: 600, color: 0x3e2d2a },
  { name: 'Well', x: 0, y: 600, w: 800, h: 600, color: 0x2a3e33 },
  { name: 'Throne', x: 800, y: 600, w: 800, h: 600, color: 0x3e3a2a }
];

class Dungeon extends Phaser.Scene {
  constructor() {
    super('dungeon');
  }

  create() {
    for (const r of ROOMS) {
      this.add.rectangle(r.x, r.y, r.w, r.h, r.color).setOrigin(0);
      this.add.text(r.x + r.w / 2, r.y + 80, r.name, { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5).setAlpha(0.25);
    }

    this.walls = this.physics.add.staticGroup();
    const wall = (x, y, w, h) => {
      const rect = this.add.rectangle(x, y, w, h, 0x777788).setOrigin(0);
      this.walls.add(rect);
    };
    wall(0, 0, 1600, 20);
    wall(0, 1180, 1600, 20);
    wall(0, 0, 20, 1200);
    wall(1580, 0, 20, 1200);
    wall(790, 0, 20, 240);
    wall(790, 360, 20, 480);
    wall(790, 960, 20, 240);
    wall(0, 590, 340, 20);
    wall(460, 590, 680, 20);
    wall(1260, 590, 340, 20);

    const g = this.add.graphics();
    g.fillStyle(0x4fc3f7, 1).fillCircle(16, 16, 16);
    g.generateTexture('hero', 32, 32);
    g.destroy();
    this.hero = this.physics.add.image(400, 300, 'hero');
    this.hero.body.setCircle(16);
    this.physics.add.collider(this.hero, this.walls);

    this.cameras.main.setBounds(0, 0, 1600, 1200);
    this.currentRoom = ROOMS[0];
    this.cameras.main.centerOn(this.currentRoom.x + 400, this.currentRoom.y + 300);

    this.hud = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffe082' }).setScrollFactor(0).setDepth(10);
    this.hud.setText('Room: ' + this.currentRoom.name);
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  roomAt(x, y) {
    return ROOMS.find((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);
  }

  update() {
    const speed = 200;
    const c = this.cursors;
    let vx = 0;
    let vy = 0;
    if (c.left.isDown) vx = -1;
    else if (c.right.isDown) vx = 1;
    if (c.up.isDown) vy = -1;
    else if (c.down.isDown) vy = 1;
    if (vx === 0 && vy === 0) {
      this.hero.setVelocity(0);
    } else {
      const v = new Phaser.Math.Vector2(vx, vy).normalize().scale(speed);
      this.hero.setVelocity(v.x, v.y);
    }

    const room = this.roomAt(this.hero.x, this.hero.y);
    if (room && room !== this.currentRoom) {
      this.currentRoom = room;
      this.cameras.main.pan(room.x + room.w / 2, room.y + room.h / 2, 500, 'Sine.easeInOut', true);
      this.hud.setText('Room: ' + room.name);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: Dungeon
};

new Phaser.Game(config);
