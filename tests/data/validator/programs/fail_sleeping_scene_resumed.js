// the field sleeps while the shop is open, and the shop brings it back with resume(): it stays asleep
class Field extends Phaser.Scene {
  constructor() { super('map'); }
  preload() {}
  create() {
    this.hero = this.add.circle(400, 300, 20, 0x33dd66);
    this.input.keyboard.on('keydown-S', () => {
      this.scene.sleep();
      this.scene.launch('shop');
    });
  }
  update() { this.hero.x = 400 + Math.sin(this.time.now / 500) * 200; }
}

class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'Shop - click to leave', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.once('pointerdown', () => {
      this.scene.resume('map');
      this.scene.stop();
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Field, Shop] });
