// Vertical shooter with smart bombs: the arrow keys move the ship, Z fires, and X uses a bomb (3 per game, shown in the HUD). Enemy drones drift down and shoot bullets aimed at the ship; a bomb flashes the screen white, destroys every drone on screen (+50 each) and removes every enemy bullet on screen. A bullet or drone touching the ship costs one of 3 lives; at 0 lives the game stops and Enter restarts.
const state = {};

const scene = {
  key: 'bombs',

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x90e0ef, 1).fillTriangle(15, 0, 30, 28, 0, 28).generateTexture('jet', 30, 28);
    g.clear().fillStyle(0xe9ff70, 1).fillRect(0, 0, 4, 12).generateTexture('laser', 4, 12);
    g.clear().fillStyle(0xff006e, 1).fillCircle(14, 14, 14).fillStyle(0x3a0ca3, 1).fillCircle(14, 14, 6).generateTexture('drone', 28, 28);
    g.clear().fillStyle(0xffbe0b, 1).fillCircle(5, 5, 5).generateTexture('pellet', 10, 10);
    g.destroy();

    state.lives = 3;
    state.bombs = 3;
    state.score = 0;
    state.over = false;
    state.lastShot = 0;

    state.ship = this.physics.add.image(400, 540, 'jet').setCollideWorldBounds(true);
    state.lasers = this.physics.add.group({ defaultKey: 'laser', maxSize: 20 });
    state.drones = this.physics.add.group();
    state.enemyBullets = this.physics.add.group();

    this.physics.add.overlap(state.lasers, state.drones, (laser, drone) => {
      laser.disableBody(true, true);
      drone.destroy();
      state.score += 50;
    });
    this.physics.add.overlap(state.ship, state.enemyBullets, (ship, bullet) => {
      bullet.destroy();
      loseLife(this);
    });
    this.physics.add.overlap(state.ship, state.drones, (ship, drone) => {
      drone.destroy();
      loseLife(this);
    });

    state.spawn = this.time.addEvent({ delay: 900, loop: true, callback: () => spawnDrone(this) });
    state.volley = this.time.addEvent({ delay: 700, loop: true, callback: () => dronesShoot(this) });

    state.keys = this.input.keyboard.createCursorKeys();
    state.fire = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.Z);
    this.input.keyboard.on('keydown-X', () => useBomb(this));
    this.input.keyboard.on('keydown-ENTER', () => {
      if (state.over) this.scene.restart();
    });

    state.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' });
    state.banner = this.add.text(400, 280, '', { fontSize: '38px', color: '#ff595e', align: 'center' }).setOrigin(0.5);
  },

  update(time) {
    state.hud.setText('Score ' + state.score + '   Lives ' + state.lives + '   Bombs ' + state.bombs);
    if (state.over) return;
    const k = state.keys;
    const vx = (k.left.isDown ? -1 : 0) + (k.right.isDown ? 1 : 0);
    const vy = (k.up.isDown ? -1 : 0) + (k.down.isDown ? 1 : 0);
    state.ship.setVelocity(vx * 280, vy * 280);

    if (state.fire.isDown && time - state.lastShot > 140) {
      const l = state.lasers.get(state.ship.x, state.ship.y - 16);
      if (l) {
        l.enableBody(true, state.ship.x, state.ship.y - 16, true, true);
        l.setVelocityY(-560);
        state.lastShot = time;
      }
    }
    state.lasers.getChildren().forEach((l) => { if (l.active && l.y < -10) l.disableBody(true, true); });
    state.drones.getChildren().slice().forEach((d) => { if (d.y > 640) d.destroy(); });
    state.enemyBullets.getChildren().slice().forEach((b) => {
      if (b.y > 620 || b.y < -20 || b.x < -20 || b.x > 820) b.destroy();
    });
  }
};

function spawnDrone(s) {
  const d = state.drones.create(Phaser.Math.Between(40, 760), -20, 'drone');
  d.setVelocity(Phaser.Math.Between(-30, 30), Phaser.Math.Between(50, 90));
}

function dronesShoot(s) {
  state.drones.getChildren().forEach((d) => {
    if (d.y < 20 || Math.random() > 0.5) return;
    const b = state.enemyBullets.create(d.x, d.y + 12, 'pellet');
    s.physics.moveToObject(b, state.ship, 170);
  });
}

function useBomb(s) {
  if (state.over || state.bombs <= 0) return;
  state.bombs -= 1;
  s.cameras.main.flash(250, 255, 255, 255);
  state.drones.getChildren().slice().forEach((d) => {
    if (d.y > 0) {
      state.score += 50;
      d.destroy();
    }
  });
  state.enemyBullets.clear(true, true);
}

function loseLife(s) {
  if (state.over) return;
  state.lives -= 1;
  s.cameras.main.shake(150, 0.01);
  if (state.lives <= 0) {
    state.over = true;
    state.spawn.remove();
    state.volley.remove();
    s.physics.pause();
    state.banner.setText('GAME OVER\nScore ' + state.score + '\nEnter: restart');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#001219',
  physics: { default: 'arcade' },
  scene
};

new Phaser.Game(config);
