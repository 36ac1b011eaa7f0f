// Auto turret with lead: a turret at the bottom centre fires a shell every 0.8 s at the drone crossing the sky, aiming where the drone will be when the shell arrives, and counts its hits on screen.
const SHELL_SPEED = 420;

class TurretScene extends Phaser.Scene {
  constructor() {
    super('TurretScene');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x607d8b).fillCircle(24, 24, 24).generateTexture('base', 48, 48).clear();
    g.fillStyle(0xcfd8dc).fillRect(0, 0, 40, 10).generateTexture('barrel', 40, 10).clear();
    g.fillStyle(0xffca28).fillCircle(5, 5, 5).generateTexture('shell', 10, 10).clear();
    g.fillStyle(0x26c6da).fillRoundedRect(0, 0, 48, 20, 8).generateTexture('drone', 48, 20).clear();
    g.lineStyle(2, 0xff5252).strokeCircle(12, 12, 10).generateTexture('crosshair', 24, 24).destroy();

    this.barrel = this.add.image(0, 0, 'barrel').setOrigin(0, 0.5);
    this.turret = this.add.container(400, 540, [this.barrel, this.add.image(0, 0, 'base')]);
    this.turret.setDepth(1);
    this.crosshair = this.add.image(-50, -50, 'crosshair').setAlpha(0.7);

    this.drone = this.physics.add.image(80, 140, 'drone');
    this.drone.setVelocityX(190);
    this.shells = this.physics.add.group({ defaultKey: 'shell', maxSize: 12 });

    this.hits = 0;
    this.shots = 0;
    this.hudText = this.add.text(16, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.refreshHud();

    this.physics.add.overlap(this.drone, this.shells, (drone, shell) => {
      shell.disableBody(true, true);
      this.hits += 1;
      this.refreshHud();
      this.tweens.add({ targets: drone, alpha: 0.3, duration: 80, yoyo: true });
    });

    this.time.addEvent({ delay: 800, loop: true, callback: this.fire, callbackScope: this });
  }

  predictAim() {
    const { x, y } = this.drone;
    const { x: vx, y: vy } = this.drone.body.velocity;
    let px = x;
    let py = y;
    for (let i = 0; i < 5; i++) {
      const t = Phaser.Math.Distance.Between(this.turret.x, this.turret.y, px, py) / SHELL_SPEED;
      px = x + vx * t;
      py = y + vy * t;
    }
    return new Phaser.Math.Vector2(px, py);
  }

  fire() {
    const aim = this.predictAim();
    this.crosshair.setPosition(aim.x, aim.y);
    const angle = Phaser.Math.Angle.Between(this.turret.x, this.turret.y, aim.x, aim.y);
    this.barrel.setRotation(angle);

    const shell = this.shells.get(this.turret.x, this.turret.y);
    if (!shell) return;
    shell.enableBody(true, this.turret.x, this.turret.y, true, true);
    this.physics.velocityFromRotation(angle, SHELL_SPEED, shell.body.velocity);
    this.shots += 1;
    this.refreshHud();
  }

  refreshHud() {
    this.hudText.setText(`Shots: ${this.shots}   Hits: ${this.hits}`);
  }

  update() {
    this.physics.world.wrap(this.drone, 30);
    this.shells.children.each((s) => {
      if (s.active && (s.y < -20 || s.x < -20 || s.x > 820)) s.disableBody(true, true);
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0a1929',
  physics: { default: 'arcade' },
  scene: TurretScene
});
