// Jetpack runner: hold the mouse button or SPACE to fire the jetpack and rise, release to fall; a ring of pooled coins streams in from the right and collected coins are reused, zapper bars from a pool must be dodged, the speed grows with the distance, and the best distance is kept.
const W = 800, H = 450, FLOOR = 420, COIN_GAP = 80, COIN_COUNT = 12, RING = COIN_GAP * COIN_COUNT;
const COIN_ROWS = [FLOOR - 30, 250, 130, 250];
const ZAPPERS = [100, 100, 340, 220, 100, 340];

class JetpackScene extends Phaser.Scene {
  constructor() { super('jetpack'); }

  preload() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xe0e1dd).fillRoundedRect(6, 0, 22, 40, 6).fillStyle(0xff6b35).fillRect(0, 10, 8, 22);
    g.generateTexture('pilot', 30, 40);
    g.clear().fillStyle(0xffd60a).fillCircle(10, 10, 10).fillStyle(0xffc300).fillCircle(10, 10, 5);
    g.generateTexture('coin', 20, 20);
    g.clear().fillStyle(0x7b2cbf).fillRect(0, 0, 16, 160).fillStyle(0xe0aaff).fillRect(5, 0, 6, 160);
    g.generateTexture('zapper', 16, 160);
    g.destroy();
  }

  create() {
    this.speed = 260;
    this.distance = 0;
    this.collected = 0;
    this.rowIndex = 0;
    this.zapIndex = 0;
    this.dead = false;
    this.best = Number(localStorage.getItem('jet-best')) || 0;

    this.physics.world.setBounds(0, 20, W, FLOOR - 20);
    this.add.rectangle(W / 2, (FLOOR + H) / 2, W, H - FLOOR, 0x415a77);
    this.player = this.physics.add.sprite(150, FLOOR - 20, 'pilot').setCollideWorldBounds(true);
    this.player.body.setMaxVelocityY(420);

    this.coins = this.physics.add.group({ allowGravity: false });
    for (let i = 0; i < COIN_COUNT; i++) {
      const coin = this.coins.create(0, 0, 'coin');
      this.placeCoin(coin, W + 40 + i * COIN_GAP);
    }
    this.zappers = this.physics.add.group({ allowGravity: false, immovable: true });

    this.physics.add.overlap(this.player, this.coins, this.collect, null, this);
    this.physics.add.overlap(this.player, this.zappers, this.die, null, this);

    this.space = this.input.keyboard.addKey('SPACE');
    this.hud = this.add.text(12, 26, '', { fontFamily: 'Courier New', fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 2200, loop: true, callback: this.spawnZapper, callbackScope: this });
  }

  placeCoin(coin, x) {
    coin.enableBody(true, x, COIN_ROWS[Math.floor(this.rowIndex++ / 4) % COIN_ROWS.length], true, true);
  }

  spawnZapper() {
    if (this.dead) return;
    const y = ZAPPERS[this.zapIndex++ % ZAPPERS.length];
    const zap = this.zappers.get(W + 30, y, 'zapper');
    zap.enableBody(true, W + 30, y, true, true);
  }

  collect(player, coin) {
    coin.disableBody(true, true);
    this.collected += 1;
  }

  die() {
    if (this.dead) return;
    this.dead = true;
    this.physics.pause();
    this.player.setTint(0xff0054);
    const metres = Math.floor(this.distance);
    if (metres > this.best) {
      this.best = metres;
      localStorage.setItem('jet-best', String(metres));
    }
    this.add.text(W / 2, H / 2, `ZAPPED! ${metres} m, ${this.collected} coins\nbest ${this.best} m - click or SPACE`, {
      fontFamily: 'Courier New', fontSize: '24px', color: '#ffd60a', align: 'center', backgroundColor: '#0d1b2a'
    }).setOrigin(0.5);
    this.time.delayedCall(400, () => {
      this.input.once('pointerdown', () => this.scene.restart());
      this.input.keyboard.once('keydown-SPACE', () => this.scene.restart());
    });
  }

  update(time, delta) {
    if (this.dead) return;
    const thrust = this.input.activePointer.isDown || this.space.isDown;
    this.player.setAccelerationY(thrust ? -2200 : 0);

    this.speed = Math.min(560, this.speed + 8 * delta / 1000);
    this.distance += this.speed * delta / 1000 / 20;

    this.coins.children.iterate((coin) => {
      if (coin.x < -20) this.placeCoin(coin, coin.x + RING);
      coin.setVelocityX(-this.speed);
    });
    this.zappers.children.iterate((zap) => {
      if (!zap.active) return;
      zap.setVelocityX(-this.speed);
      if (zap.x < -30) zap.disableBody(true, true);
    });
    this.hud.setText(`${Math.floor(this.distance)} m   coins ${this.collected}   best ${this.best} m`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, backgroundColor: '#1b263b',
  physics: { default: 'arcade', arcade: { gravity: { y: 1100 } } },
  scene: JetpackScene
});
