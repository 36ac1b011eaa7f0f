// Slingshot game with Arcade physics: press on the bird in the slingshot, drag it back (at most 100 px) and release to launch it with a speed proportional to the pull; it flies under gravity, bounces and rolls to a stop on the ground or a ledge, and once it has stopped (or left the screen) the next of your 3 birds is loaded; touching a pig destroys it (+500 points); destroying all 3 pigs shows "Level clear!", and running out of birds first shows "Out of birds".
const ANCHOR = { x: 150, y: 430 };
const MAX_PULL = 100;

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#9fd8f5',
  physics: { default: 'arcade', arcade: { gravity: { y: 800 } } },
  scene: {
    create() {
      const gfx = this.make.graphics({ x: 0, y: 0 }, false);
      gfx.fillStyle(0xd62828).fillCircle(14, 14, 14).fillStyle(0xffffff).fillCircle(20, 10, 4);
      gfx.generateTexture('bird', 28, 28);
      gfx.clear().fillStyle(0x70c040).fillCircle(16, 16, 16).fillStyle(0x2f6b1a).fillCircle(16, 20, 5);
      gfx.generateTexture('pig', 32, 32);
      gfx.destroy();

      this.solids = this.physics.add.staticGroup();
      [[400, 580, 800, 40], [560, 470, 90, 16], [680, 360, 90, 16], [740, 500, 70, 16]].forEach(([x, y, w, h]) => {
        const r = this.add.rectangle(x, y, w, h, x === 400 ? 0x5c8a2e : 0x8d6e4a);
        this.solids.add(r);
      });
      this.add.rectangle(ANCHOR.x, 500, 14, 140, 0x6b4226);

      this.pigs = this.physics.add.staticGroup();
      [[560, 446], [680, 336], [740, 476]].forEach(([x, y]) => {
        this.pigs.create(x, y, 'pig').setCircle(16).setData('points', 500);
      });

      this.bands = this.add.graphics();
      this.score = 0;
      this.birdsLeft = 3;
      this.state = 'idle';
      this.hud = this.add.text(16, 14, '', { fontSize: '22px', color: '#1b263b', fontStyle: 'bold' });
      this.msg = this.add.text(400, 220, '', { fontSize: '48px', color: '#1b263b', fontStyle: 'bold' }).setOrigin(0.5);

      this.loadBird = () => {
        this.birdsLeft -= 1;
        this.bird = this.physics.add.image(ANCHOR.x, ANCHOR.y, 'bird').setCircle(14);
        this.bird.body.setAllowGravity(false);
        this.bird.setBounce(0.3);
        this.birdColliders = [this.physics.add.collider(this.bird, this.solids), this.physics.add.overlap(this.bird, this.pigs, (bird, pig) => {
          this.score += pig.getData('points');
          pig.destroy();
          if (this.pigs.countActive() === 0) {
            this.state = 'over';
            this.msg.setText('Level clear!');
          }
          this.updateHud();
        })];
        this.state = 'ready';
        this.updateHud();
      };

      this.updateHud = () => this.hud.setText('Birds left: ' + this.birdsLeft + '   Score: ' + this.score);

      this.birdDone = () => {
        if (this.state === 'over') {
          return;
        }
        this.state = 'waiting';
        this.birdColliders.forEach((c) => c.destroy());
        this.bird.disableBody();
        this.tweens.add({ targets: this.bird, alpha: 0, duration: 400, onComplete: (tw, targets) => targets[0].destroy() });
        if (this.birdsLeft === 0) {
          this.state = 'over';
          this.msg.setText('Out of birds');
          return;
        }
        this.time.delayedCall(600, this.loadBird);
      };

      this.input.on('pointerdown', (p) => {
        if (this.state === 'ready' && Phaser.Math.Distance.Between(p.x, p.y, this.bird.x, this.bird.y) < 40) {
          this.state = 'aiming';
        }
      });
      this.input.on('pointermove', (p) => {
        if (this.state !== 'aiming') {
          return;
        }
        const pull = new Phaser.Math.Vector2(p.x - ANCHOR.x, p.y - ANCHOR.y).limit(MAX_PULL);
        this.bird.setPosition(ANCHOR.x + pull.x, ANCHOR.y + pull.y);
      });
      this.input.on('pointerup', () => {
        if (this.state !== 'aiming') {
          return;
        }
        const vx = (ANCHOR.x - this.bird.x) * 8;
        const vy = (ANCHOR.y - this.bird.y) * 8;
        if (Math.abs(vx) + Math.abs(vy) < 40) {
          this.bird.setPosition(ANCHOR.x, ANCHOR.y);
          this.state = 'ready';
          return;
        }
        this.bird.body.setAllowGravity(true);
        this.bird.setVelocity(vx, vy);
        this.state = 'flying';
      });

      this.loadBird();
    },

    update() {
      this.bands.clear();
      if (this.state === 'ready' || this.state === 'aiming') {
        this.bands.lineStyle(5, 0x3b2412);
        this.bands.lineBetween(ANCHOR.x - 12, ANCHOR.y, this.bird.x, this.bird.y);
        this.bands.lineBetween(ANCHOR.x + 12, ANCHOR.y, this.bird.x, this.bird.y);
      }
      if (this.state !== 'flying') {
        return;
      }
      const body = this.bird.body;
      const grounded = body.touching.down || body.blocked.down;
      body.setDragX(grounded ? 350 : 0);
      if (this.bird.x > 840 || this.bird.x < -40 || this.bird.y > 640) {
        this.birdDone();
      } else if (grounded && body.velocity.length() < 6) {
        this.birdDone();
      }
    }
  }
};

new Phaser.Game(config);
