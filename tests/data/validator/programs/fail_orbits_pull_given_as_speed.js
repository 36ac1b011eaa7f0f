// Gravity sandbox: drag anywhere and release to launch a planet from the drag start with velocity = 2 x the drag vector (px/s); every planet is pulled toward the central sun with acceleration 2,000,000 / r^2 px/s^2, so a sideways launch orbits; planets that touch the sun (r < 36) are swallowed, at most 10 planets exist (the oldest goes), and counts are shown.
const W = 800;
const H = 600;
const G = 2000000;
const SUN_RADIUS = 30;
const MAX_PLANETS = 10;
const COLOURS = [0x4cc9f0, 0xf72585, 0xb5e48c, 0xffd166, 0xcdb4db, 0xff9f1c];

class OrbitScene extends Phaser.Scene {
  constructor() {
    super('Orbit');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffc300, 1).fillCircle(SUN_RADIUS, SUN_RADIUS, SUN_RADIUS);
    g.generateTexture('sun', SUN_RADIUS * 2, SUN_RADIUS * 2);
    g.clear().fillStyle(0xffffff, 1).fillCircle(6, 6, 6);
    g.generateTexture('planet', 12, 12);
    g.destroy();
  }

  create() {
    this.sun = this.add.image(W / 2, H / 2, 'sun');
    this.tweens.add({ targets: this.sun, scale: 1.08, duration: 900, yoyo: true, repeat: -1 });
    this.trails = this.add.graphics();
    this.aim = this.add.graphics();
    this.planets = this.physics.add.group();
    this.launched = 0;
    this.swallowed = 0;
    this.dragStart = null;
    this.info = this.add.text(10, 10, '', { fontFamily: 'Verdana', fontSize: '16px', color: '#ffffff' });

    this.input.on('pointerdown', (pointer) => {
      this.dragStart = new Phaser.Math.Vector2(pointer.x, pointer.y);
    });
    this.input.on('pointermove', (pointer) => {
      if (!this.dragStart) return;
      this.aim.clear().lineStyle(2, 0xffffff, 0.7);
      this.aim.lineBetween(this.dragStart.x, this.dragStart.y, pointer.x, pointer.y);
      this.aim.fillStyle(0xffffff, 1).fillCircle(this.dragStart.x, this.dragStart.y, 6);
    });
    this.input.on('pointerup', (pointer) => {
      if (!this.dragStart) return;
      const vx = (pointer.x - this.dragStart.x) * 2;
      const vy = (pointer.y - this.dragStart.y) * 2;
      this.launch(this.dragStart.x, this.dragStart.y, vx, vy);
      this.dragStart = null;
      this.aim.clear();
    });
  }

  launch(x, y, vx, vy) {
    if (this.planets.getLength() >= MAX_PLANETS) {
      this.planets.getChildren()[0].destroy();
    }
    const planet = this.planets.create(x, y, 'planet');
    planet.setTint(COLOURS[this.launched % COLOURS.length]);
    planet.body.setVelocity(vx, vy);
    planet.setData('trail', []);
    this.launched++;
  }

  update() {
    this.trails.clear();
    this.planets.getChildren().slice().forEach((planet) => {
      const dist = Phaser.Math.Distance.Between(planet.x, planet.y, this.sun.x, this.sun.y);
      if (dist < SUN_RADIUS + 6) {
        this.swallowed++;
        planet.destroy();
        return;
      }
      if (dist > 2000) {
        planet.destroy();
        return;
      }
      this.physics.moveToObject(planet, this.sun, G / (dist * dist));

      const trail = planet.getData('trail');
      trail.push({ x: planet.x, y: planet.y });
      if (trail.length > 60) trail.shift();
      this.trails.lineStyle(2, planet.tintTopLeft, 0.5).strokePoints(trail);
    });
    this.info.setText(`Planets: ${this.planets.getLength()}   Launched: ${this.launched}   Swallowed: ${this.swallowed}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#03071e',
  physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 0 } } },
  scene: OrbitScene
});
