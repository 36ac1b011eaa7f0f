// Task: a large scrolling world explored with the arrow keys, with a minimap in the top-right corner that shows the whole world and a rectangle marking the area the main camera currently shows.
const WORLD_W = 2400;
const WORLD_H = 1800;

function preload() {
  const g = this.make.graphics({}, false);
  g.fillStyle(0xff7043).fillCircle(14, 14, 14).generateTexture('hero', 28, 28).clear();
  g.fillStyle(0x2e7d32).fillCircle(20, 20, 20).generateTexture('tree', 40, 40).clear();
  g.fillStyle(0x78909c).fillRect(0, 0, 60, 40).generateTexture('rock', 60, 40).destroy();
}

function create() {
  this.physics.world.setBounds(0, 0, WORLD_W, WORLD_H);
  this.add.rectangle(0, 0, WORLD_W, WORLD_H, 0x33691e).setOrigin(0);
  this.add.grid(WORLD_W / 2, WORLD_H / 2, WORLD_W, WORLD_H, 200, 200, 0x000000, 0, 0x558b2f, 0.6);

  for (let i = 0; i < 60; i++) {
    const x = (i * 397) % WORLD_W;
    const y = (i * 613 + 120) % WORLD_H;
    this.add.image(x, y, i % 3 === 0 ? 'rock' : 'tree');
  }

  this.player = this.physics.add.sprite(WORLD_W / 2, WORLD_H / 2, 'hero').setCollideWorldBounds(true);
  this.cursors = this.input.keyboard.createCursorKeys();

  const cam = this.cameras.main;
  cam.setBounds(0, 0, WORLD_W, WORLD_H).setZoom(2);
  cam.startFollow(this.player, true);

  const mapW = 240;
  const mapH = mapW * (WORLD_H / WORLD_W);
  this.minimap = this.cameras.add(800 - mapW - 10, 10, mapW, mapH, false, 'minimap');
  this.minimap.setZoom(mapW / WORLD_W).centerOn(WORLD_W / 2, WORLD_H / 2);
  this.minimap.setBackgroundColor(0x102010);

  this.viewBox = this.add.rectangle(0, 0, 10, 10).setOrigin(0).setStrokeStyle(24, 0xffffff);
  cam.ignore(this.viewBox);
}

function update() {
  const speed = 300;
  const c = this.cursors;
  this.player.setVelocity(
    (c.right.isDown ? speed : 0) - (c.left.isDown ? speed : 0),
    (c.down.isDown ? speed : 0) - (c.up.isDown ? speed : 0)
  );

  const cam = this.cameras.main;
  this.viewBox.setPosition(cam.worldView.x, cam.worldView.y);
  this.viewBox.setSize(cam.displayWidth, cam.displayHeight);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  physics: { default: 'arcade' },
  scene: { preload, create, update }
});
