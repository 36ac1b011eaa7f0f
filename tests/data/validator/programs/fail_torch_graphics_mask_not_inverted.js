// Dark cave: the whole cave is dark except a torch light (radius 120) around the explorer, who moves with WASD and looks for 5 gems.
const W = 800;
const H = 600;
class CaveScene extends Phaser.Scene {
  constructor() { super('cave'); }
  preload() {}
  create() {
    this.gems = [];
    for (let i = 0; i < 5; i++) {
      this.gems.push(this.add.star(Phaser.Math.Between(60, W - 60), Phaser.Math.Between(60, H - 60), 5, 8, 16, 0x00e5ff));
    }
    this.explorer = this.add.circle(W / 2, H / 2, 14, 0xffeb3b);
    this.darkness = this.add.graphics();
    this.darkness.fillStyle(0x000000, 1);
    this.darkness.fillRect(0, 0, W, H);
    this.darkness.setDepth(5);
    this.torch = this.make.graphics({ add: false });
    this.torch.fillStyle(0xffffff);
    this.torch.fillCircle(0, 0, 120);
    this.darkness.setMask(this.torch.createGeometryMask());
    this.keys = this.input.keyboard.addKeys('W,A,S,D');
    this.found = 0;
    this.hud = this.add.text(12, 12, 'Gems: 0 / 5', { fontSize: '20px', color: '#ffffff' }).setDepth(10);
  }
  update(time, delta) {
    const v = 0.2 * delta;
    if (this.keys.A.isDown) this.explorer.x -= v;
    if (this.keys.D.isDown) this.explorer.x += v;
    if (this.keys.W.isDown) this.explorer.y -= v;
    if (this.keys.S.isDown) this.explorer.y += v;
    this.torch.setPosition(this.explorer.x, this.explorer.y);
    this.gems = this.gems.filter((g) => {
      if (Phaser.Math.Distance.Between(g.x, g.y, this.explorer.x, this.explorer.y) > 24) return true;
      g.destroy();
      this.found += 1;
      this.hud.setText('Gems: ' + this.found + ' / 5');
      return false;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W, height: H, backgroundColor: '#4e342e', scene: CaveScene });
