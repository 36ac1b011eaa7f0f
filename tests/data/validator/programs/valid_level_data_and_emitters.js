// the right ways: level data whose fields share the scene's names, a burst emitter of its own, an emitter made at
// (0, 0) that follows, a tween that persists to be replayed, camera events on the camera
const LEVELS = [
  { platforms: [[400, 580, 800, 40], [200, 420, 160, 20]], gems: [[200, 380], [600, 300]] },
  { platforms: [[400, 580, 800, 40], [600, 420, 160, 20]], gems: [[600, 380], [200, 300]] },
];

class Play extends Phaser.Scene {
  constructor() { super('play'); }

  preload() {}

  create(data) {
    const level = LEVELS[(data && data.index) || 0];
    this.platforms = this.physics.add.staticGroup();
    level.platforms.forEach(([x, y, w, h]) => this.platforms.add(this.add.rectangle(x, y, w, h, 0x795548)));
    this.gems = this.physics.add.group({ allowGravity: false });
    level.gems.forEach(([x, y]) => this.gems.add(this.add.circle(x, y, 10, 0xffdd00)));
    const g = this.add.graphics();
    g.fillStyle(0xffaa33).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
    this.trail = this.add.particles(0, 0, 'spark', { speed: 20, lifespan: 500, frequency: 30 });
    this.trail.startFollow(this.input.activePointer);
    this.burst = this.add.particles(0, 0, 'spark', { speed: 200, lifespan: 400, emitting: false });
    this.pop = this.tweens.add({ targets: this.gems.getChildren(), scale: 1.3, duration: 90, yoyo: true, paused: true, persist: true });
    this.input.on('pointerdown', (p) => {
      this.burst.explode(20, p.x, p.y);
      this.pop.play();
    });
    this.cameras.main.once('camerafadeincomplete', () => this.add.text(16, 16, 'Go!', { fontSize: '22px', color: '#ffffff' }));
    this.cameras.main.fadeIn(300);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Play });
