// Coin dash with 5 levels: the menu lists levels 1-5 and only unlocked ones can be clicked; clearing level N unlocks level N+1, saved in localStorage, and replaying an earlier level never locks a later one. In a level the arrow keys move the ball at 200 px/s (it stops when no key is held) and Space dashes at 600 px/s for 0.2 s, usable again after a 1 s cooldown. Collect 3 + level coins; the level timer counts time spent in that level, and after "Clear!" the game returns to the menu, where the keys work again in the next level.
const SAVE = 'coin_dash_unlocked';

class Menu extends Phaser.Scene {
  constructor() {
    super('menu');
  }

  create() {
    const unlocked = Number(localStorage.getItem(SAVE)) || 1;
    this.add.text(400, 80, 'COIN DASH', { fontSize: '54px', color: '#ffd54f' }).setOrigin(0.5);
    for (let lv = 1; lv <= 5; lv++) {
      const open = lv <= unlocked;
      const t = this.add.text(400, 160 + lv * 60, 'Level ' + lv + (open ? '' : '  (locked)'), { fontSize: '30px', color: open ? '#ffffff' : '#666666' }).setOrigin(0.5);
      if (open) {
        t.setInteractive({ useHandCursor: true });
        t.on('pointerdown', () => this.scene.start('level', { level: lv }));
      }
    }
  }
}

class Level extends Phaser.Scene {
  constructor() {
    super('level');
  }

  init(data) {
    this.level = data.level;
  }

  create() {
    this.input.keyboard.enabled = true;
    this.ball = this.add.circle(400, 300, 14, 0x4dd0e1);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true);
    this.coins = this.physics.add.staticGroup();
    for (let i = 0; i < 3 + this.level; i++) {
      this.coins.add(this.add.circle(Phaser.Math.Between(40, 760), Phaser.Math.Between(80, 560), 10, 0xffd54f));
    }
    this.physics.add.overlap(this.ball, this.coins, (b, coin) => {
      coin.destroy();
      if (this.coins.countActive() === 0) this.clear();
    });

    this.levelTime = 0;
    this.dashing = false;
    this.dashCooldown = null;
    this.done = false;
    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => this.dash());
  }

  dash() {
    if (this.dashCooldown || this.done) return;
    this.dashing = true;
    this.time.delayedCall(200, () => { this.dashing = false; });
    this.dashCooldown = this.time.delayedCall(1000, () => { this.dashCooldown = null; });
  }

  clear() {
    this.done = true;
    this.ball.body.setVelocity(0);
    this.input.keyboard.enabled = false;
    const stored = Number(localStorage.getItem(SAVE)) || 1;
    localStorage.setItem(SAVE, String(Math.max(stored, Math.min(this.level + 1, 5))));
    this.add.text(400, 300, 'Clear! ' + (this.levelTime / 1000).toFixed(2) + ' s', { fontSize: '48px', color: '#76ff03' }).setOrigin(0.5);
    this.time.delayedCall(1500, () => this.scene.start('menu'));
  }

  update(time, delta) {
    if (this.done) return;
    this.levelTime += delta;
    const c = this.cursors;
    const dir = new Phaser.Math.Vector2((c.right.isDown ? 1 : 0) - (c.left.isDown ? 1 : 0), (c.down.isDown ? 1 : 0) - (c.up.isDown ? 1 : 0));
    if (dir.lengthSq() === 0) {
      this.ball.body.setVelocity(0);
    } else {
      dir.normalize().scale(this.dashing ? 600 : 200);
      this.ball.body.setVelocity(dir.x, dir.y);
    }
    const ready = this.dashCooldown ? 'recharging' : 'ready';
    this.hud.setText('Level ' + this.level + '   Time: ' + (this.levelTime / 1000).toFixed(2) + ' s   Coins left: ' + this.coins.countActive() + '   Dash: ' + ready);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1b2f',
  physics: { default: 'arcade' },
  scene: [Menu, Level]
};

new Phaser.Game(config);
