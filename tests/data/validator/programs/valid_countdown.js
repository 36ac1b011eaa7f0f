const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let remaining = 5, label, timer;
function preload() {}
function create() {
  label = this.add.text(400, 300, '5', { fontSize: '64px' }).setOrigin(0.5);
  timer = this.time.addEvent({ delay: 1000, repeat: 4, callback: () => {
    remaining -= 1;
    label.setText(remaining > 0 ? String(remaining) : '结束!');
  } });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
