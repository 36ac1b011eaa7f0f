// a scene written with Phaser.Class: its own methods, called with the scene as this
var Puzzle = new Phaser.Class({
  Extends: Phaser.Scene,

  initialize: function Puzzle() {
    Phaser.Scene.call(this, { key: 'puzzle' });
  },

  preload: function () {},

  create: function () {
    this.moves = 0;
    this.label = this.add.text(16, 16, 'Moves: 0', { fontSize: '22px', color: '#ffffff' });
    for (var i = 0; i < 4; i++) {
      var tile = this.add.rectangle(250 + i * 100, 300, 90, 90, 0x3366aa).setInteractive();
      tile.on('pointerdown', function () { this.tryMove(); }, this);
    }
    this.tweens.add({ targets: this.label, alpha: 0.6, duration: 400, yoyo: true, onComplete: function () { this.checkSolved(); }, callbackScope: this });
  },

  tryMove: function () {
    this.moves += 1;
    this.label.setText('Moves: ' + this.moves);
  },

  checkSolved: function () {
    if (this.moves > 3) this.label.setText('Solved!');
  }
});

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Puzzle });
