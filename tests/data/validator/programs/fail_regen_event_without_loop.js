// A 5-cell health bar: SPACE takes one point away, one point comes back every 4 seconds.
const MAX_HP = 5;
const REGEN_MS = 4000;
new Phaser.Game({
  type: Phaser.AUTO, width: 640, height: 360, backgroundColor: '#222222',
  scene: {
    preload() {},
    create() {
      this.hp = MAX_HP;
      this.bar = this.add.graphics();
      const drawBar = () => {
        this.bar.clear();
        for (let i = 0; i < MAX_HP; i++) {
          this.bar.fillStyle(i < this.hp ? 0x44dd44 : 0x444444, 1);
          this.bar.fillRect(40 + i * 60, 40, 52, 24);
        }
      };
      drawBar();
      this.input.keyboard.on('keydown-SPACE', () => { this.hp = Math.max(0, this.hp - 1); drawBar(); });
      this.regen = this.time.addEvent({
        delay: REGEN_MS,
        callback: () => {
          if (this.hp < MAX_HP) { this.hp += 1; drawBar(); }
        },
      });
    },
  },
});
