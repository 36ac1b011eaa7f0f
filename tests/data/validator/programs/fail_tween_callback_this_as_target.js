// onComplete is a function () using this as the plant, but a tween calls it with this = the Tween: nothing ripens
let plant;

function preload() {}

function create() {
  plant = this.add.rectangle(400, 300, 60, 60, 0x22c55e).setScale(0.1);
  plant.ripe = false;
  this.tweens.add({
    targets: plant,
    scale: 1,
    duration: 800,
    onComplete: function () {
      this.ripe = true;
      this.fillColor = 0xf97316;
    },
  });
  this.label = this.add.text(16, 16, 'Growing...', { fontSize: '22px', color: '#ffffff' });
}

function update() {
  if (plant.ripe) this.label.setText('Ripe! Click to harvest');
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create, update } });
