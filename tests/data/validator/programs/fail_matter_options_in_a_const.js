// the pillars' options are kept in a const with { static: true }: Matter's key is isStatic, the bridge falls
class Bridge extends Phaser.Scene {
  preload() {}

  create() {
    const pillarOpts = { static: true, friction: 1 };
    const left = this.add.rectangle(150, 450, 40, 300, 0x776655);
    const right = this.add.rectangle(650, 450, 40, 300, 0x776655);
    this.matter.add.gameObject(left, pillarOpts);
    this.matter.add.gameObject(right, pillarOpts);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter' }, scene: Bridge });
