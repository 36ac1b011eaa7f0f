const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const color = new Phaser.Display.Color(120, 200, 40);
  const g = this.add.graphics();
  g.fillStyle(Phaser.Display.Color.GetColor(color.r, color.g, color.b), 1);
  g.fillRect(100, 100, 200, 150);
  this.add.text(100, 300, 'r=' + color.r + ' g=' + color.g + ' b=' + color.b, { fontSize: '20px' });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
