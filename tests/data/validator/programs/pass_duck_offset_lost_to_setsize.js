// Task: Dodge the boss's blasts: a cannon fires high and low energy blasts at the hero in a fixed pattern; hold DOWN to duck (the hero's hurtbox shrinks to its lower half so high blasts pass over), press UP to jump over low blasts; each hit costs one of 3 lives and surviving 12 blasts wins.
const PATTERN = ['high', 'low', 'high', 'high', 'low', 'low'];
const GROUND_Y = 380;

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#251a2e',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: {
    preload() {
      const g = this.make.graphics({ add: false });
      g.fillStyle(0x6fd36f).fillRect(6, 0, 28, 24).fillRect(0, 24, 40, 56);
      g.generateTexture('hero', 40, 80);
      g.clear().fillStyle(0x6fd36f).fillRect(6, 40, 28, 16).fillRect(0, 56, 40, 24);
      g.generateTexture('heroDuck', 40, 80);
      g.clear().fillStyle(0xff5ab4).fillRoundedRect(0, 0, 36, 14, 7);
      g.generateTexture('blast', 36, 14);
      g.destroy();
    },

    create() {
      this.add.rectangle(400, GROUND_Y + 35, 800, 70, 0x4a3b52);
      this.add.rectangle(740, GROUND_Y - 60, 70, 120, 0x8a8aa0);

      this.hero = this.physics.add.sprite(200, GROUND_Y - 40, 'hero');
      this.blasts = this.physics.add.group();
      this.physics.add.overlap(this.hero, this.blasts, (hero, blast) => {
        blast.destroy();
        this.lives -= 1;
        hero.setTint(0xff4444);
        this.time.delayedCall(150, () => hero.clearTint());
        if (this.lives <= 0) this.finish('Defeated');
      });

      this.cursors = this.input.keyboard.createCursorKeys();
      this.lives = 3;
      this.fired = 0;
      this.dodged = 0;
      this.ducking = false;
      this.jumping = false;
      this.done = false;
      this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
      this.time.addEvent({ delay: 1400, repeat: 11, callback: () => this.fireBlast() });

      this.fireBlast = () => {
        const kind = PATTERN[this.fired % PATTERN.length];
        const y = kind === 'high' ? GROUND_Y - 62 : GROUND_Y - 12;
        const blast = this.blasts.create(700, y, 'blast').setData('kind', kind);
        blast.setVelocityX(-260);
        this.fired += 1;
      };
      this.finish = (text) => {
        this.done = true;
        this.physics.pause();
        this.add.text(400, 200, text, { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
      };
    },

    update() {
      this.hud.setText(`Lives ${this.lives}   Dodged ${this.dodged}/12`);
      if (this.done) return;
      const wantDuck = this.cursors.down.isDown && !this.jumping;
      if (wantDuck !== this.ducking) {
        this.ducking = wantDuck;
        this.hero.setTexture(wantDuck ? 'heroDuck' : 'hero');
        if (wantDuck) {
          this.hero.body.setSize(40, 40);
          this.hero.body.setOffset(0, 40);
        } else {
          this.hero.body.setSize(40, 80);
        }
      }
      if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && !this.jumping && !this.ducking) {
        this.jumping = true;
        this.tweens.add({
          targets: this.hero,
          y: GROUND_Y - 160,
          duration: 350,
          ease: 'Quad.easeOut',
          yoyo: true,
          onComplete: () => { this.jumping = false; },
        });
      }

      this.blasts.getChildren().slice().forEach((blast) => {
        if (blast.x < -30) {
          blast.destroy();
          this.dodged += 1;
        }
      });
      if (this.dodged + (3 - this.lives) === 12 && this.lives > 0) this.finish('You survived!');
    },
  },
};

new Phaser.Game(config);
