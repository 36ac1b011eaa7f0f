// Task: Stealth yard: a guard walks a rectangular patrol route looking the way he walks with a 60° vision cone of 200 px; while the player (arrow keys) is inside it and not hiding in a bush, an alert meter fills (it drains otherwise), and a full meter ends the game with "Caught!".
const RANGE = 200;
const HALF_FOV = Math.PI / 6;

class YardScene extends Phaser.Scene {
  constructor() {
    super('Yard');
  }

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xe05a47).fillRect(0, 0, 24, 24).fillStyle(0x000000).fillRect(18, 8, 6, 8);
    g.generateTexture('guard', 24, 24);
    g.clear().fillStyle(0xf5e6a8).fillCircle(9, 9, 9).generateTexture('thief', 18, 18);
    g.destroy();

    this.bushes = this.physics.add.staticGroup();
    [[90, 410], [400, 225], [700, 50]].forEach(([x, y]) => {
      this.bushes.add(this.add.circle(x, y, 28, 0x2f7a35));
    });

    const route = new Phaser.Curves.Path(150, 100).lineTo(650, 100).lineTo(650, 350).lineTo(150, 350).lineTo(150, 100);
    this.add.graphics().lineStyle(1, 0x555555).strokePoints(route.getPoints(), false);
    this.guard = this.add.follower(route, 150, 100, 'guard');
    this.guard.startFollow({ duration: 14000, repeat: -1, rotateToPath: true });
    this.cone = this.add.graphics();

    this.thief = this.physics.add.sprite(90, 350, 'thief').setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();

    this.alert = 0;
    this.caught = false;
    const meter = this.add.container(620, 420);
    this.meterFill = this.add.rectangle(-80, 0, 160, 14, 0xff4040).setOrigin(0, 0.5);
    meter.add([this.add.rectangle(0, 0, 164, 18, 0x222222), this.meterFill, this.add.text(-80, -30, 'ALERT', { fontSize: '16px' })]);
  }

  isHidden() {
    return this.physics.overlap(this.thief, this.bushes);
  }

  guardSees(target) {
    const { x, y, rotation } = this.guard;
    if (Phaser.Math.Distance.Between(x, y, target.x, target.y) > RANGE) return false;
    const angle = Phaser.Math.Angle.Between(x, y, target.x, target.y);
    return Math.abs(Phaser.Math.Angle.Wrap(angle - rotation)) < HALF_FOV;
  }

  update(time, delta) {
    const { x, y, rotation } = this.guard;
    this.cone.clear().fillStyle(0xfff27a, 0.22).slice(x, y, RANGE, rotation - HALF_FOV, rotation + HALF_FOV).fillPath();
    if (this.caught) return;

    const speed = 140;
    const c = this.cursors;
    this.thief.setVelocity((c.right.isDown - c.left.isDown) * speed, (c.down.isDown - c.up.isDown) * speed);
    this.thief.setAlpha(this.isHidden() ? 0.5 : 1);

    const seen = !this.isHidden() && this.guardSees(this.thief);
    const rate = seen ? 1.25 : -0.3;
    this.alert = Phaser.Math.Clamp(this.alert + rate * (delta / 1000), 0, 1);
    this.meterFill.scaleX = this.alert;

    if (this.alert >= 1) {
      this.caught = true;
      this.physics.pause();
      this.guard.pauseFollow();
      this.add.text(400, 225, 'Caught!', { fontSize: '56px', color: '#ff5050' }).setOrigin(0.5);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#3d5a3a',
  physics: { default: 'arcade' },
  scene: YardScene,
});
