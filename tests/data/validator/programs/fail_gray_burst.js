// 灰色敌人死亡时触发粒子爆炸效果：发射 10 个粒子向四周扩散后消失，持续 4 秒。
const PARTICLES_PER_DEATH = 10;
const PARTICLE_LIFE_MS = 4000;
const ENEMY_HP = 2;
const BULLET_SPEED = 520;

const arena = {
  key: 'arena',

  preload: function () {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8d8d8d, 1).fillRoundedRect(0, 0, 40, 34, 8);
    g.fillStyle(0x5a5a5a, 1).fillRect(8, 10, 8, 8).fillRect(24, 10, 8, 8);
    g.generateTexture('grayEnemy', 40, 34);
    g.clear();
    g.fillStyle(0x4fc3f7, 1).fillTriangle(0, 28, 18, 0, 36, 28);
    g.generateTexture('turret', 36, 28);
    g.clear();
    g.fillStyle(0xfff59d, 1).fillCircle(4, 4, 4);
    g.generateTexture('shot', 8, 8);
    g.clear();
    g.fillStyle(0xd6d6d6, 1).fillCircle(5, 5, 5);
    g.generateTexture('shard', 10, 10);
    g.destroy();
  },

  create: function () {
    this.kills = 0;
    this.bursts = 0;
    const rnd = new Phaser.Math.RandomDataGenerator(['gray-279']);

    this.enemies = this.physics.add.group({ collideWorldBounds: true, bounceX: 1, bounceY: 1 });
    for (let i = 0; i < 7; i++) {
      const enemy = this.enemies.create(rnd.between(80, 720), rnd.between(70, 360), 'grayEnemy');
      enemy.setVelocity(rnd.pick([-1, 1]) * rnd.between(50, 90), rnd.pick([-1, 1]) * rnd.between(30, 60));
      enemy.setData('hp', ENEMY_HP);
    }
    this.physics.world.setBounds(0, 0, 800, 440);

    this.turret = this.add.image(400, 560, 'turret');
    this.shots = this.physics.add.group({ defaultKey: 'shot', maxSize: 20 });

    this.deathBurst = this.add.particles(0, 0, 'shard', {
      emitting: false,
      speed: 70,
      angle: { start: 0, end: 360 },
      lifespan: PARTICLE_LIFE_MS,
      scale: { start: 1.2, end: 0.4 },
      alpha: { start: 1, end: 0 }
    });
    this.deathBurst.setDepth(10);

    this.physics.add.overlap(this.shots, this.enemies, (shot, enemy) => {
      shot.disableBody(true, true);
      this.hitEnemy(enemy);
    });

    this.input.on('pointerdown', (pointer) => {
      if (!pointer.leftButtonDown()) return;
      const shot = this.shots.get(this.turret.x, this.turret.y - 16);
      if (!shot) return;
      shot.enableBody(true, this.turret.x, this.turret.y - 16, true, true);
      const angle = Phaser.Math.Angle.Between(this.turret.x, this.turret.y, pointer.worldX, pointer.worldY);
      this.physics.velocityFromRotation(angle, BULLET_SPEED, shot.body.velocity);
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());

    this.add.text(12, 570, '点击射击灰色敌人（每个 2 血）  R 重来', { fontSize: '15px', color: '#9e9e9e' });
    this.hud = this.add.text(12, 10, '', { fontSize: '18px', color: '#eeeeee' });
  },

  update: function () {
    this.turret.rotation = Phaser.Math.Angle.Between(this.turret.x, this.turret.y,
      this.input.activePointer.worldX, this.input.activePointer.worldY) + Math.PI / 2;

    this.shots.getChildren().forEach((shot) => {
      if (shot.active && (shot.y < -10 || shot.x < -10 || shot.x > 810)) shot.disableBody(true, true);
    });

    const alive = this.deathBurst.getAliveParticleCount();
    this.hud.setText('击杀: ' + this.kills + '   剩余敌人: ' + this.enemies.countActive(true) + '   存活粒子: ' + alive);
    window.__signals__ = {
      kills: this.kills,
      enemiesLeft: this.enemies.countActive(true),
      bursts: this.bursts,
      particlesAlive: alive,
      particlesPerDeath: PARTICLES_PER_DEATH,
      particleLifeMs: PARTICLE_LIFE_MS
    };
  },

  extend: {
    hitEnemy: function (enemy) {
      if (!enemy.active) return;
      const hp = enemy.getData('hp') - 1;
      enemy.setData('hp', hp);
      if (hp > 0) {
        this.tweens.add({ targets: enemy, alpha: 0.4, duration: 70, yoyo: true });
        return;
      }
      enemy.disableBody(true, true);
      this.kills += 1;
      this.bursts += 1;
      this.deathBurst.explode(PARTICLES_PER_DEATH, enemy.x, enemy.y);
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1d22',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: arena
};

new Phaser.Game(config);
