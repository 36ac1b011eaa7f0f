// 'SPACEBAR' is not one of Phaser's key names ('SPACE' is): addKey makes a key with no code that never goes down,
// so the ship never fires.
let ship, fireKey, cursors, bullets;
function preload() {}
function create() {
  ship = this.add.triangle(400, 540, 0, 30, 15, 0, 30, 30, 0x9be7ff);
  cursors = this.input.keyboard.createCursorKeys();
  fireKey = this.input.keyboard.addKey('SPACEBAR');
  bullets = this.add.group();
}
function update() {
  if (cursors.left.isDown) ship.x -= 5;
  if (cursors.right.isDown) ship.x += 5;
  if (Phaser.Input.Keyboard.JustDown(fireKey)) bullets.add(this.add.rectangle(ship.x, ship.y - 20, 4, 12, 0xffffff));
  bullets.getChildren().forEach((b) => { b.y -= 8; });
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000022',
  scene: { preload: preload, create: create, update: update } });
