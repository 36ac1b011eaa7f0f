// Quest log: a scrolling world map (arrow keys move the camera) with a fixed quest list panel on the right; the list is clipped to its panel and scrolls with the mouse wheel
class Map extends Phaser.Scene {
  constructor() { super('map'); }
  create() {
    this.cameras.main.setBounds(0, 0, 2400, 1800);
    for (let i = 0; i < 60; i++) this.add.circle(Phaser.Math.Between(0, 2400), Phaser.Math.Between(0, 1800), 20, 0x66bb6a);
    this.add.rectangle(560, 100, 220, 300, 0x000000, 0.6).setOrigin(0, 0).setScrollFactor(0);
    this.list = this.add.container(570, 110).setScrollFactor(0);
    for (let i = 0; i < 12; i++) this.list.add(this.add.text(0, i * 34, 'Quest ' + (i + 1), { fontSize: '20px', color: '#ffffff' }));
    const clip = this.make.graphics({ add: false });
    clip.fillStyle(0xffffff).fillRect(560, 100, 220, 300);
    this.list.setMask(clip.createGeometryMask());
    this.input.on('wheel', (pointer, objects, dx, dy) => { this.list.y = Phaser.Math.Clamp(this.list.y - dy * 0.5, 110 - 12 * 34 + 290, 110); });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const cam = this.cameras.main;
    if (this.cursors.left.isDown) cam.scrollX -= 6;
    if (this.cursors.right.isDown) cam.scrollX += 6;
    if (this.cursors.up.isDown) cam.scrollY -= 6;
    if (this.cursors.down.isDown) cam.scrollY += 6;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b5e20', scene: Map });
