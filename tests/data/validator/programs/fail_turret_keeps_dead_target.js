// Tower defence: a laser turret locks on to the nearest enemy in range, rotates toward it and zaps it until it dies or leaves range, then picks a new target.
class Turret extends Phaser.GameObjects.Image {
  constructor(scene, x, y) {
    super(scene, x, y, 'turret');
    scene.add.existing(this);
    this.range = 170;
    this.fireDelay = 450;
    this.nextShot = 0;
    this.target = null;
  }

  acquire(enemies) {
    let best = null;
    let bestDist = this.range;
    enemies.getChildren().forEach((e) => {
      const d = Phaser.Math.Distance.Between(this.x, this.y, e.x, e.y);
      if (e.active && d < bestDist) {
        best = e;
        bestDist = d;
      }
    });
    return best;
  }

  update(time, enemies) {
    if (this.target) {
      const d = Phaser.Math.Distance.Between(this.x, this.y, this.target.x, this.target.y);
      if (d > this.range) this.target = null;
    }
    if (!this.target) this.target = this.acquire(enemies);
    if (!this.target) return;
    this.rotation = Phaser.Math.Angle.Between(this.x, this.y, this.target.x, this.target.y);
    if (time >= this.nextShot) {
      this.nextShot = time + this.fireDelay;
      this.scene.zap(this, this.target);
    }
  }
}

class TurretScene extends Phaser.Scene {
  constructor() {
    super('Turret');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x90be6d).fillRect(0, 8, 40, 12).fillStyle(0x577590).fillCircle(14, 14, 14).generateTexture('turret', 40, 28);
    g.clear().fillStyle(0xf94144).fillRect(0, 0, 26, 26).generateTexture('creep', 26, 26);
    g.destroy();
  }

  create() {
    this.add.rectangle(400, 400, 800, 50, 0x4a4e69);
    this.enemies = this.physics.add.group();
    this.beam = this.add.graphics();
    this.turret = new Turret(this, 400, 280);
    this.kills = 0;
    this.escaped = 0;
    this.hud = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' });

    this.time.addEvent({
      delay: 1200,
      loop: true,
      callback: () => {
        const e = this.enemies.create(-20, 400, 'creep');
        e.hp = 3;
        e.setVelocityX(55);
      }
    });
  }

  zap(turret, enemy) {
    this.beam.clear().lineStyle(3, 0xff006e).lineBetween(turret.x, turret.y, enemy.x, enemy.y);
    this.tweens.add({ targets: this.beam, alpha: { from: 1, to: 0 }, duration: 200 });
    enemy.hp -= 1;
    if (enemy.hp === 0) {
      enemy.disableBody(true, true);
      this.kills += 1;
    }
  }

  update(time) {
    this.turret.update(time, this.enemies);
    this.enemies.getChildren().forEach((e) => {
      if (e.active && e.x > 820) {
        e.disableBody(true, true);
        this.escaped += 1;
      }
    });
    this.hud.setText(`Kills: ${this.kills}   Escaped: ${this.escaped}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#22223b',
  physics: { default: 'arcade' },
  scene: TurretScene
});
