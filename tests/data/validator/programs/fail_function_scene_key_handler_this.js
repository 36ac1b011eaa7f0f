// SPACE flips the gravity: the scene is written as functions, and the key handler is a function () without a
// context, so `this` in it is the keyboard plugin and the scene's flag never changes.
function preload() {}
function create() {
  this.flipped = false;
  this.label = this.add.text(16, 16, 'Gravity: DOWN', { fontSize: '22px', color: '#ffffff' });
  this.input.keyboard.on('keydown-SPACE', function () {
    this.flipped = !this.flipped;
  });
}
function update() {
  this.physics.world.gravity.y = this.flipped ? -600 : 600;
  this.label.setText('Gravity: ' + (this.flipped ? 'UP' : 'DOWN'));
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: { preload, create, update } });
