// Two rooms: walk right (arrow keys) through the door on the right edge of room A into room B, and back through the left edge.
class RoomA extends Phaser.Scene {
  constructor() { super({ key: 'RoomA' }); }
  preload() {}
  create() {
    this.add.text(16, 16, 'Room A', { fontSize: '22px', color: '#ffffff' });
    this.hero = this.add.rectangle(100, 300, 30, 30, 0xffca28);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update(time, delta) {
    if (this.cursors.right.isDown) this.hero.x += 0.3 * delta;
    if (this.cursors.left.isDown) this.hero.x = Math.max(20, this.hero.x - 0.3 * delta);
    if (this.hero.x > 780) this.scene.start('RoomB');
  }
}
class RoomB extends Phaser.Scene {
  constructor() { super({ key: 'roomB' }); }
  preload() {}
  create() {
    this.add.text(16, 16, 'Room B', { fontSize: '22px', color: '#ffffff' });
    this.hero = this.add.rectangle(40, 300, 30, 30, 0xffca28);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update(time, delta) {
    if (this.cursors.left.isDown) this.hero.x -= 0.3 * delta;
    if (this.hero.x < 20) this.scene.start('RoomA');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: [RoomA, RoomB] });
