// Click a crystal to split it into two crystals one tier smaller; tier 0 crystals vanish when clicked
const SIZES = [12, 20, 32];
class Crystals extends Phaser.Scene {
  create() {
    this.spawn({ x: 400, y: 300, tier: 2 });
  }
  spawn(opts) {
    const tier = opts.tier || 2;
    const c = this.add.circle(opts.x, opts.y, SIZES[tier], 0x66ffee).setInteractive();
    c.setData('tier', tier);
    c.on('pointerdown', () => this.split(c));
  }
  split(c) {
    const tier = c.getData('tier');
    c.destroy();
    if (tier > 0) {
      this.spawn({ x: c.x - 40, y: c.y, tier: tier - 1 });
      this.spawn({ x: c.x + 40, y: c.y, tier: tier - 1 });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Crystals });
