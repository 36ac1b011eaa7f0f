const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let label, counter = 0;
function preload() {}
function create() {
  label = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
  this.add.graphics().lineStyle(2, 0xffffff).strokeRect(100, 100, 600, 400);
}
function update(time) {
  counter += 1;
  label.setText('帧 ' + counter + ' / ' + Math.floor(time));
}

new Phaser.Game(config);
