// 太空飞船收集宝石：飞船碰到宝石时宝石消失并加分
const GemScene = {
  key: 'gems',
  preload: function () {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillTriangle(16, 0, 32, 32, 0, 32).generateTexture('ship', 32, 32);
    g.clear().fillStyle(0x00e5ff).fillCircle(10, 10, 10).generateTexture('gem', 20, 20);
    g.destroy();
  },
  create: function () {
    this.score = 0;
    this.ship = this.physics.add.image(400, 500, 'ship').setCollideWorldBounds(true);
    this.gems = this.physics.add.group();
    for (let i = 0; i < 12; i++) this.gems.create(Phaser.Math.Between(40, 760), Phaser.Math.Between(60, 400), 'gem');
    this.physics.add.overlap(this.ship, this.gems, this.collectGem, null, this);
    this.keys = this.input.keyboard.createCursorKeys();
    this.scoreText = this.add.text(16, 16, '分数: 0', { fontSize: '20px', color: '#fff' });
  },
  update: function () {
    const v = 260, k = this.keys;
    this.ship.setVelocity((k.left.isDown ? -v : 0) + (k.right.isDown ? v : 0), (k.up.isDown ? -v : 0) + (k.down.isDown ? v : 0));
  },
  extend: {
    collectGem: function (ship, gem) {
      gem.disableBody(true, true);
      this.score += 10;
      this.scoreText.setText('分数: ' + this.score);
    }
  }
};

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0b1020', physics: { default: 'arcade' }, scene: GemScene });
