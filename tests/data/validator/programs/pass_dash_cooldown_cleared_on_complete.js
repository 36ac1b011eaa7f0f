// Press SPACE to dash: the hero glows during a 0.6 s cooldown and cannot dash again until it ends
const config = {
  type: Phaser.AUTO, width: 600, height: 300, backgroundColor: '#202830',
  scene: {
    create() {
      this.hero = this.add.rectangle(100, 150, 30, 30, 0x44ddff);
      this.coolingDown = false;
      this.dashes = 0;
      this.info = this.add.text(10, 10, 'dashes: 0', { fontSize: '16px', color: '#fff' });
      this.input.keyboard.on('keydown-SPACE', () => {
        if (this.coolingDown) return;
        this.coolingDown = true;
        this.dashes++;
        this.info.setText('dashes: ' + this.dashes);
        this.hero.x = Math.min(560, this.hero.x + 80);
        this.tweens.add({
          targets: this.hero, alpha: 0.3, duration: 100, yoyo: true, repeat: 2,
          onYoyo: () => this.hero.setFillStyle(0x88eeff),
          onComplete: () => { this.hero.setAlpha(1).setFillStyle(0x44ddff); this.coolingDown = false; },
        });
      });
    },
  },
};
new Phaser.Game(config);
