// Aquarium: 8 fish swim toward the mouse pointer as it moves over the tank (no click needed) at 120 px/s, each keeping its own offset around the pointer, facing the way they swim; a fish stops once it is within 6 px of its spot and never leaves the tank.
const W = 800;
const H = 600;
const FISH_SPEED = 120;
const OFFSETS = [
  { x: -60, y: -30 }, { x: -20, y: -45 }, { x: 25, y: -35 }, { x: 65, y: -15 },
  { x: -55, y: 25 }, { x: -10, y: 40 }, { x: 30, y: 30 }, { x: 70, y: 45 }
];
const COLOURS = [0xff8c42, 0xffd23f, 0x3bceac, 0xee4266, 0x9b5de5, 0xf15bb5, 0x00bbf9, 0xfee440];

function preload() {
  const g = this.make.graphics({ x: 0, y: 0 }, false);
  g.fillStyle(0xffffff, 1);
  g.fillEllipse(16, 12, 30, 18);
  g.fillTriangle(28, 12, 40, 2, 40, 22);
  g.fillStyle(0x000000, 1);
  g.fillCircle(8, 10, 2);
  g.generateTexture('fish', 40, 24);
  g.clear();
  g.lineStyle(2, 0xffffff, 0.8);
  g.strokeCircle(5, 5, 4);
  g.generateTexture('bubble', 10, 10);
  g.destroy();
}

function create() {
  this.add.rectangle(W / 2, H - 20, W, 40, 0xc2b280);
  for (let i = 0; i < 7; i++) {
    const weed = this.add.rectangle(60 + i * 115, H - 40, 10, 70 + (i % 3) * 25, 0x2d6a4f).setOrigin(0.5, 1);
    this.tweens.add({ targets: weed, angle: { from: -6, to: 6 }, duration: 1400 + i * 90, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  this.add.particles(0, 0, 'bubble', {
    x: { min: 40, max: W - 40 }, y: H - 40, speedY: { min: -90, max: -50 }, lifespan: 5000,
    frequency: 300, scale: { min: 0.6, max: 1.4 }, alpha: { start: 0.9, end: 0.2 }
  });

  this.physics.world.setBounds(0, 0, W, H - 40);
  this.fish = this.physics.add.group();
  OFFSETS.forEach((offset, i) => {
    const fish = this.fish.create(100 + i * 80, 150 + (i % 3) * 90, 'fish');
    fish.setTint(COLOURS[i]);
    fish.setCollideWorldBounds(true);
    fish.setData('offset', offset);
  });

  this.add.text(12, 10, 'Move the pointer over the tank - the fish will follow', {
    fontFamily: 'Arial', fontSize: '18px', color: '#e0fbfc'
  });
}

function update() {
  const pointer = this.input.activePointer;
  this.fish.getChildren().forEach((fish) => {
    const offset = fish.getData('offset');
    const tx = Phaser.Math.Clamp(pointer.downX + offset.x, 20, W - 20);
    const ty = Phaser.Math.Clamp(pointer.downY + offset.y, 20, H - 52);
    const dist = Phaser.Math.Distance.Between(fish.x, fish.y, tx, ty);
    if (dist < 6) {
      fish.body.setVelocity(0, 0);
      return;
    }
    this.physics.moveTo(fish, tx, ty, FISH_SPEED);
    if (Math.abs(fish.body.velocity.x) > 1) fish.setFlipX(fish.body.velocity.x > 0);
  });
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#0a4c6a',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: { preload: preload, create: create, update: update }
});
