// SPACE flips the gravity (the key handler is given the scene as its context).
function preload() {}
function create() {
  this.flipped = false;
  this.label = this.add.text(16, 16, 'Gravity: DOWN', { fontSize: '22px', color: '#ffffff' });
  this.input.keyboard.on('keydown-SPACE', function () {
    this.flipped = !this.flipped;
  }, this);
}
function update() {
  this.physics.world.gravity.y = this.flipped ? -600 : 600;
  this.label.setText('Gravity: ' + (this.flipped ? 'UP' : 'DOWN'));
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: { preload, create, update } });
