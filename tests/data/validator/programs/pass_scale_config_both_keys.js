// A portrait tapping game that fits any window (an old key beside the real one changes nothing).
const scene = {
  preload() {},
  create() {
    this.coin = this.add.circle(180, 0, 24, 0xffd700);
  },
  update(time, delta) {
    this.coin.y = (this.coin.y + 0.15 * delta) % 640;
  }
};
new Phaser.Game({
  type: Phaser.AUTO,
  backgroundColor: '#223344',
  scale: { mode: Phaser.Scale.FIT, scaleMode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 360, height: 640 },
  scene
});
