// 点击气球得分，气球被点中后爆开（对象写法的场景）
const BalloonScene = {
  key: 'balloons',
  preload: function () {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xe91e63).fillEllipse(20, 26, 40, 52).generateTexture('balloon', 40, 52);
    g.destroy();
  },
  create: function () {
    this.score = 0;
    this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    for (let i = 0; i < 8; i++) {
      const b = this.add.image(80 + i * 90, Phaser.Math.Between(200, 500), 'balloon').setInteractive();
      b.on('pointerdown', () => this.pop(b));
    }
  },
  pop: function (balloon) {
    balloon.destroy();
    this.score += 10;
    this.scoreText.setText('Score: ' + this.score);
  }
};
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#4a148c', scene: BalloonScene });
