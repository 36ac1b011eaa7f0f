// A portrait tapping game that fits any window: tap the falling coin before it lands.
const scene = {
  preload() {},
  create() {
    this.coin = this.add.circle(180, 0, 24, 0xffd700).setInteractive();
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.coin.on('pointerdown', () => {
      this.score += 1;
      this.label.setText('Score: ' + this.score);
      this.coin.y = 0;
      this.coin.x = Phaser.Math.Between(40, 320);
    });
  },
  update(time, delta) {
    this.coin.y += 0.15 * delta;
    if (this.coin.y > 640) { this.coin.y = 0; }
  }
};
new Phaser.Game({
  type: Phaser.AUTO,
  backgroundColor: '#223344',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 360, height: 640 },
  scene
});
