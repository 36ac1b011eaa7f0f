// an object scene's overlap callback is a function () with no context: this.collected goes to the window
const config = {
  type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' },
  scene: {
    preload() {},
    create() {
      this.collected = 0;
      this.player = this.add.rectangle(100, 300, 30, 30, 0x33aaff);
      this.physics.add.existing(this.player);
      this.player.body.setVelocityX(200);
      this.gems = this.physics.add.group();
      for (let i = 0; i < 5; i++) this.gems.add(this.add.circle(250 + i * 100, 300, 10, 0xffdd00));
      this.label = this.add.text(16, 16, 'Gems: 0', { fontSize: '22px', color: '#ffffff' });
      this.physics.add.overlap(this.player, this.gems, function (player, gem) {
        gem.destroy();
        this.collected++;
      });
    },
    update() { this.label.setText('Gems: ' + this.collected); },
  },
};

new Phaser.Game(config);
