// A lantern drifts through a dark mine, clearing the fog around it; the lamp-oil HUD is fixed to the screen but made
// before the fog, which is raised over it, so the HUD stays under black fog.
const MINE_W = 1600;
const MINE_H = 1200;

class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  preload() {}
  create() {
    for (let i = 0; i < 60; i++) this.add.rectangle(Phaser.Math.Between(0, MINE_W), Phaser.Math.Between(0, MINE_H), 40, 40, 0x6d4c41);
    this.oil = 100;
    this.elapsed = 0;
    this.hud = this.add.text(16, 16, 'Oil: 100', { fontSize: '22px', color: '#ffe082', backgroundColor: '#222222' }).setScrollFactor(0);
    const light = this.make.graphics({ add: false });
    light.fillStyle(0xffffff, 1).fillCircle(60, 60, 60);
    light.generateTexture('light', 120, 120);
    light.destroy();
    this.fog = this.add.renderTexture(0, 0, MINE_W, MINE_H).setOrigin(0).setDepth(10);
    this.fog.fill(0x000000, 1);
    this.lantern = this.add.circle(200, 200, 10, 0xffca28).setDepth(11);
    this.cameras.main.setBounds(0, 0, MINE_W, MINE_H).startFollow(this.lantern);
  }
  update(time, delta) {
    this.elapsed += delta;
    this.lantern.x = Math.min(MINE_W - 20, this.lantern.x + 0.12 * delta);
    this.lantern.y = 200 + Math.sin(this.elapsed / 600) * 120;
    this.fog.erase('light', this.lantern.x - 60, this.lantern.y - 60);
    this.oil = Math.max(0, this.oil - delta / 200);
    this.hud.setText('Oil: ' + Math.round(this.oil));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: Mine });
