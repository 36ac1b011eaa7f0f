// Task: Clicking anywhere on the canvas spawns a 64-pixel blue star at the click position.
const STAR_SIZE = 64;
const STAR_COLOR = 0x2f6bff;

function preload() {
  // Everything is drawn with shapes; nothing to load.
}

function create() {
  this.cameras.main.setBackgroundColor('#0d1b2a');
  this.data.set('stars', 0);

  const label = this.add.text(16, 16, 'Click anywhere to place a star (0)', {
    fontFamily: 'Arial',
    fontSize: '18px',
    color: '#e0e1dd'
  }).setDepth(10);

  this.stars = this.add.group();

  this.input.on('pointerdown', (pointer) => {
    const outer = STAR_SIZE;
    const star = this.add.star(pointer.worldX, pointer.worldY, 5, outer * 0.45, outer, STAR_COLOR);
    star.setStrokeStyle(2, 0xaecbff);
    this.stars.add(star);

    this.tweens.add({
      targets: star,
      scale: { from: 0.3, to: 1 },
      duration: 180,
      ease: 'Back.easeOut'
    });

    this.data.inc('stars');
  });

  this.data.events.on('changedata-stars', (parent, value) => {
    label.setText(`Click anywhere to place a star (${value})`);
  });
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload, create }
});
