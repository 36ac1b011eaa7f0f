// A sun with three planets that orbit it: put the planets in a Container at the sun and turn the container, 30 degrees a second.
const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000010', scene: { preload, create, update } };
const SUN = { x: 400, y: 300 };
function preload() {}
function create() {
  this.add.circle(SUN.x, SUN.y, 40, 0xffb300);
  this.system = this.add.container(SUN.x, SUN.y);
  [[90, 0x90caf9, 10], [150, 0xef5350, 14], [210, 0xa5d6a7, 18]].forEach(([r, color, size], i) => {
    const a = (i * Math.PI * 2) / 3;
    const planet = this.add.circle(Math.cos(a) * r, Math.sin(a) * r, size, color);
    this.system.add(planet);
  });
  this.add.text(12, 12, 'Orbits', { fontSize: '18px', color: '#ffffff' });
}
function update(time, delta) {
  this.system.angle += 30 * (delta / 1000);
}
new Phaser.Game(config);
