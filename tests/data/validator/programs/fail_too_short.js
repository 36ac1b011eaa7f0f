new Phaser.Game({scene: {create() {}}});
