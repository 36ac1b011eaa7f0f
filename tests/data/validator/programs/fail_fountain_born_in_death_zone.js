// Particle fountain: a nozzle at (400, 500) sprays 60 droplets per second upward within 12 degrees of vertical at the jet speed (350 px/s at start) under 500 px/s^2 gravity; droplets vanish as soon as they fall into the pool (y >= 540); UP/DOWN arrows change the jet speed by 50 between 200 and 500, and the speed is shown.
const W = 800;
const H = 600;
const POOL_TOP = 540;
const NOZZLE = { x: 400, y: 500 };

const fountainScene = {
  key: 'Fountain',

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('droplet', 8, 8);
    g.destroy();
  },

  create() {
    this.jetSpeed = 350;
    this.add.rectangle(W / 2, (POOL_TOP + H) / 2, W, H - POOL_TOP, 0x1d4e89);
    this.add.rectangle(W / 2, POOL_TOP, W, 4, 0x5fa8d3);
    this.add.rectangle(NOZZLE.x, NOZZLE.y + 22, 26, 44, 0x6c757d);

    this.pool = new Phaser.Geom.Rectangle(0, POOL_TOP, W, H - POOL_TOP);
    this.jet = this.add.particles(NOZZLE.x, NOZZLE.y, 'droplet', {
      angle: { min: -102, max: -78 },
      speed: this.jetSpeed,
      gravityY: 500,
      lifespan: 4000,
      frequency: 1000 / 60,
      quantity: 1,
      scale: { start: 1, end: 0.5 },
      tint: [0x90e0ef, 0x48cae4, 0xcaf0f8],
      deathZone: { type: 'onLeave', source: this.pool }
    });

    this.label = this.add.text(16, 14, '', { fontFamily: 'Tahoma', fontSize: '20px', color: '#caf0f8' });
    this.add.text(16, 42, 'UP / DOWN: jet speed', { fontFamily: 'Tahoma', fontSize: '14px', color: '#90e0ef' });
    this.input.keyboard.on('keydown-UP', () => this.setJet(this.jetSpeed + 50));
    this.input.keyboard.on('keydown-DOWN', () => this.setJet(this.jetSpeed - 50));
    this.setJet(this.jetSpeed);
  },

  extend: {
    setJet(speed) {
      this.jetSpeed = Phaser.Math.Clamp(speed, 200, 500);
      this.jet.setParticleSpeed(this.jetSpeed);
      const height = Math.round((this.jetSpeed * this.jetSpeed) / (2 * 500));
      this.label.setText(`Jet speed: ${this.jetSpeed} px/s   (about ${height} px high)`);
    }
  }
};

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#0b132b',
  scene: fountainScene
});
