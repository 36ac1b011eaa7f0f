// Walk over the potions, keys and gems lying in the room to pick them up; the inventory bar at the bottom shows how many of each kind the hero carries.
const KINDS = ['potion', 'key', 'gem'];
const ITEMS = [
  { kind: 'potion', x: 200, y: 250 }, { kind: 'gem', x: 280, y: 250 }, { kind: 'key', x: 360, y: 250 },
  { kind: 'gem', x: 440, y: 250 }, { kind: 'potion', x: 520, y: 250 }, { kind: 'gem', x: 600, y: 250 },
  { kind: 'key', x: 400, y: 420 }
];

class Cellar extends Phaser.Scene {
  constructor() { super('Cellar'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xe84393).fillCircle(10, 12, 9).fillStyle(0xdfe6e9).fillRect(7, 0, 6, 5);
    g.generateTexture('potion', 20, 22).clear();
    g.fillStyle(0xfdcb6e).fillCircle(6, 6, 6).fillRect(10, 4, 12, 4).fillRect(18, 8, 3, 4);
    g.generateTexture('key', 22, 12).clear();
    g.fillStyle(0x00cec9).fillTriangle(10, 0, 20, 10, 10, 20).fillTriangle(10, 0, 0, 10, 10, 20);
    g.generateTexture('gem', 20, 20).clear();
    g.fillStyle(0x6c5ce7).fillRect(0, 0, 26, 26).fillStyle(0xffeaa7).fillRect(5, 5, 16, 8);
    g.generateTexture('hero', 26, 26);
    g.destroy();
  }

  create() {
    this.inventory = {};
    this.pickups = this.physics.add.group();
    ITEMS.forEach(it => this.pickups.create(it.x, it.y, it.kind).setData('type', it.kind));

    this.hero = this.physics.add.sprite(100, 250, 'hero').setCollideWorldBounds(true);
    this.physics.add.overlap(this.hero, this.pickups, (hero, item) => {
      this.addItem(item.type);
      item.destroy();
    });

    this.buildBar();
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  buildBar() {
    this.bar = this.add.container(400, 555);
    this.bar.add(this.add.rectangle(0, 0, 420, 70, 0x000000, 0.6).setStrokeStyle(2, 0xffffff));
    this.countTexts = {};
    KINDS.forEach((kind, i) => {
      const x = -130 + i * 130;
      this.bar.add(this.add.rectangle(x, 0, 52, 52, 0x2d3436).setStrokeStyle(1, 0xb2bec3));
      this.bar.add(this.add.image(x - 8, 0, kind));
      const label = this.add.text(x + 6, 8, 'x0', { fontSize: '16px', color: '#ffffff' });
      this.countTexts[kind] = label;
      this.bar.add(label);
    });
  }

  addItem(kind) {
    this.inventory[kind] = (this.inventory[kind] || 0) + 1;
    KINDS.forEach(k => this.countTexts[k].setText(`x${this.inventory[k] || 0}`));
  }

  update() {
    const speed = 170;
    const c = this.cursors;
    this.hero.setVelocity(
      c.left.isDown ? -speed : c.right.isDown ? speed : 0,
      c.up.isDown ? -speed : c.down.isDown ? speed : 0
    );
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#4b3b2f',
  physics: { default: 'arcade' },
  scene: Cellar
});
