// Auto-runner: crates and hanging bars come at the runner from recycled pools; SPACE or UP jumps over crates, holding DOWN slides under bars; the speed rises over time, the distance in metres is shown, a hit ends the run, R restarts, and the best distance is kept.
const W = 800, H = 400, GROUND_Y = 340, JUMP = 620;
const PATTERN = ['crate', 'crate', 'bar', 'crate', 'bar', 'bar', 'crate', 'bar'];

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, backgroundColor: '#1d2b53',
  physics: { default: 'arcade', arcade: { gravity: { y: 2000 } } },
  scene: {
    key: 'run',
    preload() {
      const g = this.add.graphics();
      g.fillStyle(0xffa300).fillRect(0, 0, 28, 48).fillStyle(0xffffff).fillRect(18, 8, 6, 6);
      g.generateTexture('runner', 28, 48);
      g.clear().fillStyle(0x8f563b).fillRect(0, 0, 40, 40).lineStyle(3, 0x5a3420).strokeRect(1, 1, 38, 38);
      g.generateTexture('crate', 40, 40);
      g.clear().fillStyle(0xc2c3c7).fillRect(0, 0, 70, 36).fillStyle(0xff004d).fillRect(0, 30, 70, 6);
      g.generateTexture('bar', 70, 36);
      g.destroy();
    },
    create() {
      this.speed = 300;
      this.distance = 0;
      this.nextSpawnAt = 500;
      this.patternIndex = 0;
      this.jumpQueued = false;
      this.over = false;
      this.best = Number(localStorage.getItem('runner-best')) || 0;

      const ground = this.add.rectangle(W / 2, GROUND_Y + 30, W, 60, 0x29adff);
      this.physics.add.existing(ground, true);
      this.runner = this.physics.add.sprite(140, GROUND_Y, 'runner').setOrigin(0.5, 1);
      this.physics.add.collider(this.runner, ground);

      this.crates = this.physics.add.group({ allowGravity: false, immovable: true });
      this.bars = this.physics.add.group({ allowGravity: false, immovable: true });
      this.physics.add.overlap(this.runner, [this.crates, this.bars], this.hit, null, this);

      this.hud = this.add.text(16, 12, '', { fontFamily: 'monospace', fontSize: '20px', color: '#fff1e8' });
      this.keys = this.input.keyboard.addKeys('DOWN');
      const queueJump = () => { this.jumpQueued = true; };
      this.input.keyboard.on('keydown-SPACE', queueJump);
      this.input.keyboard.on('keydown-UP', queueJump);
      this.input.keyboard.on('keydown-R', () => { if (this.over) this.scene.restart(); });
      this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.speed = Math.min(this.speed + 15, 600); } });
    },
    update(time, delta) {
      if (this.over) return;
      const body = this.runner.body;
      const onGround = body.blocked.down || body.touching.down;
      this.sliding = this.keys.DOWN.isDown && onGround;
      this.runner.setScale(1, this.sliding ? 0.5 : 1);

      if (this.jumpQueued && onGround && !this.sliding) {
        this.runner.setVelocityY(-JUMP);
      }

      this.distance += this.speed * delta / 1000;
      if (this.distance >= this.nextSpawnAt) this.spawn();
      [this.crates, this.bars].forEach((pool) => pool.getChildren().forEach((o) => {
        if (!o.active) return;
        o.setVelocityX(-this.speed);
        if (o.x < -60) {
          pool.killAndHide(o);
          o.body.enable = false;
        }
      }));
      this.hud.setText(`${Math.floor(this.distance / 50)} m   best ${this.best} m   speed ${this.speed}`);
    },
    extend: {
      spawn() {
        const type = PATTERN[this.patternIndex++ % PATTERN.length];
        const pool = type === 'crate' ? this.crates : this.bars;
        const y = type === 'crate' ? GROUND_Y - 20 : GROUND_Y - 48;
        const o = pool.get(W + 50, y, type);
        o.setActive(true).setVisible(true);
        o.body.enable = true;
        o.body.reset(W + 50, y);
        this.nextSpawnAt += Phaser.Math.Between(480, 640);
      },
      hit() {
        if (this.over) return;
        this.over = true;
        this.physics.pause();
        this.runner.setTint(0xff004d);
        const metres = Math.floor(this.distance / 50);
        if (metres > this.best) {
          this.best = metres;
          localStorage.setItem('runner-best', String(metres));
        }
        this.hud.setText(`${metres} m   best ${this.best} m`);
        this.add.text(W / 2, H / 2 - 40, 'CRASH!  press R to run again', { fontFamily: 'monospace', fontSize: '26px', color: '#ffec27' }).setOrigin(0.5);
      }
    }
  }
});
