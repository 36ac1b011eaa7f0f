// Press Q to complete a quest worth 350 XP; each level needs 100 x level XP, leftover XP carries over so one reward can raise several levels, and an XP bar with the level is shown.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  scene: {
    create() {
      this.level = 1;
      this.xp = 0;
      this.quests = 0;

      this.levelText = this.add.text(400, 180, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
      this.xpText = this.add.text(400, 330, '', { fontSize: '20px', color: '#b2ebf2' }).setOrigin(0.5);
      this.add.text(400, 480, 'Press Q to turn in a quest (+350 XP)', { fontSize: '22px', color: '#ffcc80' }).setOrigin(0.5);
      this.bar = this.add.graphics();

      this.input.keyboard.on('keydown-Q', () => {
        this.quests += 1;
        this.gainXp(350);
      });

      this.redraw();
    },

    extend: {
      xpToNext() {
        return 100 * this.level;
      },

      gainXp(amount) {
        this.xp += amount;
        while (this.xp >= this.xpToNext()) {
          this.xp -= this.xpToNext();
          this.level += 1;
          this.flashLevel();
        }
        this.redraw();
      },

      flashLevel() {
        this.levelText.setScale(1.4);
        this.tweens.add({ targets: this.levelText, scale: 1, duration: 300, ease: 'Back.easeOut' });
      },

      redraw() {
        const need = this.xpToNext();
        const ratio = Phaser.Math.Clamp(this.xp / need, 0, 1);
        this.levelText.setText(`Level ${this.level}`);
        this.xpText.setText(`XP ${this.xp} / ${need}`);
        this.bar.clear();
        this.bar.fillStyle(0x37474f, 1).fillRect(200, 270, 400, 30);
        this.bar.fillStyle(0x4fc3f7, 1).fillRect(200, 270, 400 * ratio, 30);
        this.bar.lineStyle(2, 0xffffff, 1).strokeRect(200, 270, 400, 30);
      }
    }
  }
};

new Phaser.Game(config);
