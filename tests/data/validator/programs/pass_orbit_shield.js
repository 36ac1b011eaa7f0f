// Orbiting shield: the arrow keys move the ship. Four shield orbs circle it at a 60 px radius, always evenly spaced 90 degrees apart, turning 180 degrees per second. Enemy pods along the screen edges fire bullets at the ship; an orb that touches a bullet destroys it (+5 points), and a bullet that reaches the ship costs one of 10 hit points. At 0 HP the game stops and a click restarts.
const ORBIT_R = 60;
const ORBIT_SPEED = Math.PI;

const OrbitScene = {
  key: 'orbit',

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xcdb4db, 1).fillCircle(14, 14, 14).fillStyle(0x5e548e, 1).fillCircle(14, 14, 6);
    g.generateTexture('core', 28, 28);
    g.clear().fillStyle(0x72efdd, 1).fillCircle(9, 9, 9);
    g.generateTexture('orb', 18, 18);
    g.clear().fillStyle(0xff5d8f, 1).fillCircle(5, 5, 5);
    g.generateTexture('spike', 10, 10);
    g.destroy();

    this.hp = 10;
    this.score = 0;
    this.spin = 0;
    this.running = true;

    this.pods = [[60, 40], [400, 30], [740, 40], [40, 300], [760, 300], [60, 560], [740, 560]].map(([x, y]) =>
      this.add.rectangle(x, y, 30, 30, 0x9d4edd).setStrokeStyle(2, 0xe0aaff));

    this.ship = this.physics.add.image(400, 300, 'core').setCollideWorldBounds(true);
    this.ship.body.setCircle(14);
    this.ring = new Phaser.Geom.Circle(this.ship.x, this.ship.y, ORBIT_R);
    this.orbs = this.physics.add.group();
    for (let i = 0; i < 4; i++) this.orbs.create(this.ship.x, this.ship.y, 'orb').body.setCircle(9);
    this.bullets = this.physics.add.group();

    this.physics.add.overlap(this.orbs, this.bullets, (orb, bullet) => {
      bullet.destroy();
      this.score += 5;
    });
    this.physics.add.overlap(this.ship, this.bullets, (ship, bullet) => {
      bullet.destroy();
      this.hp -= 1;
      this.ship.setTint(0xff4d6d);
      this.time.delayedCall(120, () => this.ship.clearTint());
      if (this.hp <= 0) this.finish();
    });

    this.volley = this.time.addEvent({ delay: 700, loop: true, callback: this.podFire, callbackScope: this });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(12, 568, '', { fontSize: '20px', color: '#ffffff' }).setDepth(5);
    this.banner = this.add.text(400, 200, '', { fontSize: '36px', color: '#ffffff', align: 'center' }).setOrigin(0.5).setDepth(5);
    this.input.on('pointerdown', () => {
      if (!this.running) this.scene.restart();
    });
  },

  extend: {
    podFire() {
      const pod = Phaser.Utils.Array.GetRandom(this.pods);
      const b = this.bullets.create(pod.x, pod.y, 'spike');
      b.body.setCircle(5);
      this.physics.moveToObject(b, this.ship, 190);
    },

    finish() {
      this.running = false;
      this.volley.remove();
      this.physics.pause();
      this.banner.setText('SHIP DOWN\nScore ' + this.score + '\nClick to restart');
    }
  },

  update(time, delta) {
    if (this.running) {
      const c = this.cursors;
      const vx = (c.left.isDown ? -1 : 0) + (c.right.isDown ? 1 : 0);
      const vy = (c.up.isDown ? -1 : 0) + (c.down.isDown ? 1 : 0);
      this.ship.setVelocity(vx * 240, vy * 240);

      this.spin += ORBIT_SPEED * (delta / 1000);
      if (this.spin > Math.PI * 2) this.spin -= Math.PI * 2;
    }

    this.ring.setPosition(this.ship.x, this.ship.y);
    Phaser.Actions.PlaceOnCircle(this.orbs.getChildren(), this.ring, this.spin, this.spin + Math.PI * 2);

    this.bullets.getChildren().slice().forEach((b) => {
      if (b.x < -20 || b.x > 820 || b.y < -20 || b.y > 620) b.destroy();
    });
    this.hud.setText('HP ' + this.hp + ' / 10     Score ' + this.score);
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14062b',
  physics: { default: 'arcade' },
  scene: OrbitScene
};

new Phaser.Game(config);
