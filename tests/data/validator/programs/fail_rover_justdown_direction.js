// Rover: hold the arrow keys to drive the rover around at 200 px/s
let rover, keys;
function create() {
  rover = this.add.rectangle(400, 300, 40, 28, 0x8bc34a);
  keys = this.input.keyboard.createCursorKeys();
}
function update(time, delta) {
  const dt = delta / 1000;
  let dx = 0, dy = 0;
  if (Phaser.Input.Keyboard.JustDown(keys.left)) dx = -1;
  if (Phaser.Input.Keyboard.JustDown(keys.right)) dx = 1;
  if (Phaser.Input.Keyboard.JustDown(keys.up)) dy = -1;
  if (Phaser.Input.Keyboard.JustDown(keys.down)) dy = 1;
  rover.x = Phaser.Math.Clamp(rover.x + dx * 200 * dt, 20, 780);
  rover.y += dy * 200 * dt;
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#4e342e', scene: { create, update } });
