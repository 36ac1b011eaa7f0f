// Two-room maze: each room's walls come from level data; reach the exit to go to the next room
const ROOMS = [
  { start: [60, 300], exit: [740, 300], walls: [[400, 200, 20, 300]] },
  { start: [60, 80], exit: [740, 520], walls: [[250, 200, 20, 400], [550, 400, 20, 400]] }
];
class MazeRooms extends Phaser.Scene {
  constructor() { super('rooms'); }
  create() {
    this.roomIndex = 0;
    this.walls = this.physics.add.staticGroup();
    this.player = this.add.rectangle(0, 0, 24, 24, 0x4fc3f7);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.exit = this.add.rectangle(0, 0, 30, 30, 0x66bb6a);
    this.physics.add.existing(this.exit, true);
    this.physics.add.collider(this.player, this.walls);
    this.physics.add.overlap(this.player, this.exit, () => this.nextRoom());
    this.keys = this.input.keyboard.createCursorKeys();
    this.loadRoom();
  }
  loadRoom() {
    const room = ROOMS[this.roomIndex];
    this.walls.clear(true, true);
    room.walls.forEach(([x, y, w, h]) => this.walls.add(this.add.rectangle(x, y, w, h, 0x8d6e63)));
    this.player.body.reset(room.start[0], room.start[1]);
  }
  nextRoom() {
    this.roomIndex = (this.roomIndex + 1) % ROOMS.length;
    const room = ROOMS[this.roomIndex];
    this.exit.setPosition(room.exit[0], room.exit[1]);
    this.exit.body.updateFromGameObject();
    this.loadRoom();
  }
  update() {
    const k = this.keys, v = 180;
    this.player.body.setVelocity((k.left.isDown ? -v : 0) + (k.right.isDown ? v : 0), (k.up.isDown ? -v : 0) + (k.down.isDown ? v : 0));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', physics: { default: 'arcade' }, scene: MazeRooms });
