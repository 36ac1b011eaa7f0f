// 无尽模式波次：每波敌人数从 15 开始，每波增加 1 个，速度从 300 逐渐提升，显示波次和击杀数。
const FIRST_WAVE_SIZE = 15;
const BASE_SPEED = 300;
const SPEED_STEP = 20;

const WaveScene = {
  key: 'WaveScene',

  preload: function () {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66d9ff, 1).fillRect(0, 0, 40, 16);
    g.generateTexture('ship', 40, 16);
    g.clear();
    g.fillStyle(0xfff3a0, 1).fillRect(0, 0, 4, 12);
    g.generateTexture('shot', 4, 12);
    g.clear();
    g.fillStyle(0xff5c7a, 1).fillTriangle(0, 0, 28, 0, 14, 24);
    g.generateTexture('enemy', 28, 24);
    g.destroy();
  },

  create: function () {
    this.rnd = new Phaser.Math.RandomDataGenerator(['endless-268']);
    this.wave = 0;
    this.kills = 0;
    this.escaped = 0;
    this.toSpawn = 0;
    this.lastShot = 0;

    this.ship = this.physics.add.image(400, 560, 'ship').setCollideWorldBounds(true);
    this.shots = this.physics.add.group({ defaultKey: 'shot', maxSize: 30 });
    this.enemies = this.physics.add.group({ defaultKey: 'enemy' });

    this.physics.add.overlap(this.shots, this.enemies, (shot, enemy) => {
      if (!shot.active || !enemy.active) return;
      shot.disableBody(true, true);
      this.retire(enemy);
    });

    this.keys = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(12, 10, '', { fontSize: '18px', color: '#e8f6ff' });
    this.add.text(12, 36, 'Left/Right move, hold SPACE to fire', { fontSize: '13px', color: '#8aa4b8' });

    this.spawnTimer = this.time.addEvent({ delay: 260, loop: true, callback: this.spawnOne, callbackScope: this });
    this.startWave();
  },

  update: function (time) {
    const k = this.keys;
    this.ship.setVelocityX(k.left.isDown ? -380 : k.right.isDown ? 380 : 0);

    if (k.space.isDown && time > this.lastShot + 140) {
      const shot = this.shots.get(this.ship.x, this.ship.y - 14);
      if (shot) {
        shot.enableBody(true, this.ship.x, this.ship.y - 14, true, true);
        shot.setVelocity(0, -640);
        this.lastShot = time;
      }
    }

    this.shots.getChildren().forEach((shot) => {
      if (shot.active && shot.y < -20) shot.disableBody(true, true);
    });

    this.enemies.getChildren().forEach((enemy) => {
      if (enemy.active && enemy.y > 620) {
        this.escaped += 1;
        this.retire(enemy);
      }
    });

    if (this.toSpawn === 0 && this.enemies.countActive(true) === 0) {
      this.startWave();
    }
  },

  extend: {
    waveSpeed: function () {
      return BASE_SPEED + (this.wave - 1) * SPEED_STEP;
    },

    startWave: function () {
      this.wave += 1;
      this.waveSize = FIRST_WAVE_SIZE + (this.wave - 1);
      this.toSpawn = this.waveSize;
      this.refreshHud();
    },

    spawnOne: function () {
      if (this.toSpawn <= 0) return;
      const x = this.rnd.between(30, 770);
      const enemy = this.enemies.get(x, -20);
      if (!enemy) return;
      enemy.enableBody(true, x, -20, true, true);
      enemy.setVelocity(0, this.waveSpeed());
      this.toSpawn -= 1;
    },

    retire: function (enemy) {
      enemy.disableBody(true, true);
      this.kills += 1;
      this.refreshHud();
    },

    refreshHud: function () {
      this.hud.setText('Wave ' + this.wave + '  (' + this.waveSize + ' enemies, speed ' + this.waveSpeed() + ')' +
        '   Kills: ' + this.kills + '   Escaped: ' + this.escaped);
      window.__signals__ = {
        wave: this.wave,
        waveSize: this.waveSize,
        speed: this.waveSpeed(),
        kills: this.kills,
        escaped: this.escaped
      };
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b1020',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: WaveScene
};

new Phaser.Game(config);
