// Timing-bar game: a marker sweeps back and forth along a bar; press SPACE or click while it is inside the green zone to score, after each hit the zone jumps elsewhere, gets narrower and the marker sweeps faster, three misses end the game, and the best score is kept.
const W = 640, H = 360, BAR_LEFT = 80, BAR_RIGHT = 560, BAR_Y = 200;

function placeZone(scene) {
  const half = scene.zoneWidth / 2;
  scene.zone.setSize(scene.zoneWidth, 40);
  scene.zone.setPosition(Phaser.Math.Between(BAR_LEFT + half, BAR_RIGHT - half), BAR_Y);
}

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, backgroundColor: '#0b132b',
  scene: {
    key: 'timing',
    create() {
      this.score = 0;
      this.misses = 0;
      this.zoneWidth = 96;
      this.ended = false;
      this.best = Number(localStorage.getItem('timing-best')) || 0;

      this.add.rectangle((BAR_LEFT + BAR_RIGHT) / 2, BAR_Y, BAR_RIGHT - BAR_LEFT, 40, 0x3a506b).setStrokeStyle(2, 0x5bc0be);
      this.zone = this.add.rectangle(0, BAR_Y, this.zoneWidth, 40, 0x6fffe9);
      placeZone(this);
      this.marker = this.add.rectangle(BAR_LEFT, BAR_Y, 6, 64, 0xffffff);
      this.sweep = this.tweens.add({ targets: this.marker, x: BAR_RIGHT, duration: 1200, yoyo: true, repeat: -1 });

      this.info = this.add.text(W / 2, 60, '', { fontFamily: 'Trebuchet MS', fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
      this.flash = this.add.text(W / 2, 290, '', { fontFamily: 'Trebuchet MS', fontSize: '30px', color: '#6fffe9' }).setOrigin(0.5);
      this.refresh();

      this.input.keyboard.on('keydown-SPACE', this.press, this);
      this.input.on('pointerdown', this.press, this);
    },
    extend: {
      refresh() {
        this.info.setText(`score ${this.score}   misses ${this.misses}/3   best ${this.best}`);
      },
      press() {
        if (this.ended) {
          if (this.time.now > this.endedAt + 500) this.scene.restart();
          return;
        }
        const inside = Math.abs(this.marker.x - this.zone.x) <= this.zone.width / 2;
        if (inside) {
          this.score += 1;
          this.zoneWidth = Math.max(36, this.zoneWidth - 8);
          placeZone(this);
          this.sweep.timeScale /= 0.88;
          this.flash.setColor('#6fffe9').setText('HIT!');
        } else {
          this.misses += 1;
          this.cameras.main.shake(120, 0.01);
          this.flash.setColor('#ff5d73').setText('miss');
          if (this.misses >= 3) this.endGame();
        }
        this.refresh();
      },
      endGame() {
        this.ended = true;
        this.endedAt = this.time.now;
        this.sweep.pause();
        if (this.score > this.best) {
          this.best = this.score;
          localStorage.setItem('timing-best', String(this.best));
        }
        this.flash.setColor('#ffd166').setText(`game over - ${this.score} hits\npress to play again`).setAlign('center');
      }
    }
  }
});
