// A ten-tick countdown (10 s) and a one-minute "game over" timer: the run follows the first within its budget
// and stops at the budget for the second without a verdict on it.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#203040',
  scene: { preload: preload, create: create, update: update }
};

let left = 10;
let label;

function preload() {}

function create() {
  label = this.add.text(400, 300, String(left), { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
  this.time.addEvent({ delay: 1000, repeat: 9, callback: () => { left -= 1; label.setText(String(left)); } });
  this.time.delayedCall(60000, () => { label.setText('GAME OVER'); });
}

function update() {
  label.setAlpha(left > 0 ? 1 : 0.5);
}

new Phaser.Game(config);
