// Dodge the red blocks with the arrow keys; when one hits you, a results screen shows how long you lasted.
const playScene = {
  key: 'play',
  preload: function () {},
  create: function () {
    this.started = this.time.now;
    this.hero = this.add.rectangle(400, 550, 30, 30, 0x4fc3f7);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.blocks = this.physics.add.group();
    this.time.addEvent({ delay: 400, loop: true, callback: () => {
      const b = this.add.rectangle(Phaser.Math.Between(20, 780), -20, 40, 20, 0xe53935);
      this.blocks.add(b);
      b.body.setVelocityY(300);
    } });
    this.physics.add.overlap(this.hero, this.blocks, () => {
      this.scene.start('results', { seconds: ((this.time.now - this.started) / 1000).toFixed(1) });
    });
    this.keys = this.input.keyboard.createCursorKeys();
  },
  update: function () {
    this.hero.body.setVelocityX(this.keys.left.isDown ? -300 : this.keys.right.isDown ? 300 : 0);
  }
};
const resultsScene = {
  key: 'results',
  init: (data) => {
    this.seconds = data.seconds;
  },
  preload: function () {},
  create: function () {
    this.add.text(400, 280, 'You lasted ' + this.seconds + ' s', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
  }
};
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: [playScene, resultsScene] });
