// Passive income: the score goes up by 5 every second on its own; the label shows the score.
const config = { type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#1a237e', scene: { preload, create, update } };
function preload() {}
function create() {
  this.score = 0;
  this.label = this.add.text(20, 20, 'Score: 0', { fontSize: '28px', color: '#ffffff' });
  this.time.addEvent({
    delay: 1000,
    loop: true,
    callbackScope: this,
    callback: function () {
      this.score += 5;
    }
  });
}
function update() {
  this.label.setText('Score: ' + this.score);
}
new Phaser.Game(config);
