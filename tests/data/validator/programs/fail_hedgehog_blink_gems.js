// Platformer: Left/Right run, UP jumps; spiky hedgehogs roll back and forth on the ground and platforms, and touching one costs one of 3 hearts, after which you blink for 1.5 s and hedgehogs cannot hurt you (you still stand on the ground and platforms and move normally). Falling through the gap in the floor costs a heart and puts you back at the start. Collect all 5 gems to win; at 0 hearts GAME OVER (R restarts).
const START = { x: 60, y: 500 };
const HOGS = [
  { x: 200, y: 545, min: 40, max: 330, speed: 90 },
  { x: 600, y: 545, min: 470, max: 760, speed: -110 },
  { x: 560, y: 415, min: 470, max: 650, speed: 70 }
];
const GEMS = [[110, 520], [250, 390], [560, 380], [400, 260], [740, 520]];

class Hedgehogs extends Phaser.Scene {
  constructor() {
    super('Hedgehogs');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xf4a261).fillRect(0, 0, 26, 40).generateTexture('hero', 26, 40).clear();
    g.fillStyle(0x6d4c41).fillCircle(15, 15, 15).fillStyle(0x3e2723);
    for (let a = 0; a < 8; a++) {
      const r = (a / 8) * Math.PI * 2;
      g.fillTriangle(15 + Math.cos(r) * 10, 15 + Math.sin(r) * 10, 15 + Math.cos(r + 0.35) * 10, 15 + Math.sin(r + 0.35) * 10, 15 + Math.cos(r + 0.17) * 15, 15 + Math.sin(r + 0.17) * 15);
    }
    g.generateTexture('hog', 30, 30).clear();
    g.fillStyle(0x48cae4).fillTriangle(10, 0, 20, 10, 10, 20).fillTriangle(10, 0, 0, 10, 10, 20).generateTexture('gem', 20, 20).clear();
    g.fillStyle(0x2a9d8f).fillRect(0, 0, 16, 16).generateTexture('block', 16, 16).clear();
    g.fillStyle(0xe63946).fillCircle(7, 7, 7).generateTexture('life', 14, 14);
    g.destroy();

    this.hearts = 3;
    this.over = false;
    this.physics.world.setBoundsCollision(true, true, true, false);

    const solids = this.physics.add.staticGroup();
    [[0, 360, 560], [440, 800, 560], [150, 350, 430], [470, 650, 430], [300, 500, 300]].forEach(([from, to, top]) => {
      solids.create((from + to) / 2, top + 8, 'block').setDisplaySize(to - from, 16).refreshBody();
    });

    this.player = this.physics.add.sprite(START.x, START.y, 'hero').setCollideWorldBounds(true);
    this.hogs = this.physics.add.group();
    HOGS.forEach((h) => {
      const hog = this.hogs.create(h.x, h.y, 'hog');
      hog.setData({ min: h.min, max: h.max });
      hog.setVelocityX(h.speed);
    });
    this.gems = this.physics.add.staticGroup();
    GEMS.forEach(([x, y]) => this.gems.create(x, y, 'gem'));

    this.physics.add.collider(this.player, solids);
    this.physics.add.collider(this.hogs, solids);
    this.physics.add.overlap(this.player, this.hogs, this.touchHog, null, this);
    this.physics.add.overlap(this.player, this.gems, (player, gem) => {
      gem.disableBody(true, true);
      this.gemText.setText('Gems: ' + (GEMS.length - this.gems.countActive(true)) + '/' + GEMS.length);
      if (this.gems.countActive(true) === 0) this.end('ALL GEMS - YOU WIN!', '#90e0ef');
    });

    this.lifeIcons = [0, 1, 2].map((i) => this.add.image(20 + i * 22, 20, 'life'));
    this.gemText = this.add.text(790, 10, 'Gems: 0/5', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => { if (this.over) this.scene.restart(); });
  }

  touchHog(player) {
    this.loseHeart();
    if (this.over) return;
    player.body.checkCollision.none = true;
    this.tweens.add({
      targets: player,
      alpha: 0.2,
      duration: 125,
      yoyo: true,
      repeat: 5,
      onComplete: () => {
        player.setAlpha(1);
        player.body.checkCollision.none = false;
      }
    });
  }

  loseHeart() {
    this.hearts -= 1;
    this.lifeIcons.forEach((icon, i) => icon.setVisible(i < this.hearts));
    if (this.hearts <= 0) this.end('GAME OVER - R to restart', '#ff6b6b');
  }

  end(message, color) {
    this.over = true;
    this.physics.pause();
    this.add.text(400, 200, message, { fontSize: '36px', color }).setOrigin(0.5);
  }

  update() {
    if (this.over) return;
    this.hogs.getChildren().forEach((hog) => {
      if (hog.x <= hog.getData('min')) hog.setVelocityX(Math.abs(hog.body.velocity.x));
      else if (hog.x >= hog.getData('max')) hog.setVelocityX(-Math.abs(hog.body.velocity.x));
      hog.rotation += hog.body.velocity.x * 0.0006;
    });

    if (this.player.y > 640) {
      this.loseHeart();
      if (this.over) return;
      this.player.body.reset(START.x, START.y);
    }

    if (this.cursors.left.isDown) this.player.setVelocityX(-200);
    else if (this.cursors.right.isDown) this.player.setVelocityX(200);
    else this.player.setVelocityX(0);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && this.player.body.blocked.down) this.player.setVelocityY(-540);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1e2a38',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [Hedgehogs]
};

new Phaser.Game(config);
