// Walk up to the old man and press SPACE to talk: a dialogue box shows his lines one at a time, each SPACE shows the next line, and after the last line the box closes.
const LINES = [
  'Old Man: It is dangerous to go alone...',
  'Old Man: The cave to the north hides a locked door.',
  'Old Man: Bats guard the corridor, mind your hearts.',
  'Old Man: Take this key. It opens the north door.'
];

function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0x0984e3).fillRect(0, 0, 26, 26).fillStyle(0xffeaa7).fillRect(6, 4, 14, 10);
  g.generateTexture('hero', 26, 26).clear();
  g.fillStyle(0xd63031).fillRect(0, 8, 30, 26).fillStyle(0xf5f6fa).fillCircle(15, 9, 9);
  g.generateTexture('oldman', 30, 34);
  g.destroy();
}

function create() {
  this.talking = false;
  this.lineIndex = 0;
  this.hasKey = false;

  this.npc = this.physics.add.staticImage(400, 200, 'oldman');
  this.hero = this.physics.add.sprite(400, 330, 'hero').setCollideWorldBounds(true);
  this.physics.add.collider(this.hero, this.npc);

  this.box = this.add.container(400, 510).setVisible(false).setDepth(5);
  const panel = this.add.rectangle(0, 0, 740, 120, 0x000000, 0.85).setStrokeStyle(3, 0xffffff);
  this.lineText = this.add.text(-350, -44, '', {
    fontSize: '22px', color: '#ffffff', wordWrap: { width: 700 }
  });
  const hint = this.add.text(350, 44, 'SPACE', { fontSize: '14px', color: '#bbbbbb' }).setOrigin(1, 1);
  this.box.add([panel, this.lineText, hint]);

  this.cursors = this.input.keyboard.createCursorKeys();
  this.input.keyboard.on('keydown-SPACE', () => onSpace.call(this));
}

function onSpace() {
  if (!this.talking) {
    if (Phaser.Math.Distance.BetweenPoints(this.hero, this.npc) > 60) return;
    this.talking = true;
    this.lineIndex = 0;
    this.lineText.setText(LINES[this.lineIndex]);
    this.box.setVisible(true);
    return;
  }
  if (this.lineIndex >= LINES.length - 1) {
    this.talking = false;
    this.hasKey = true;
    this.box.setVisible(false);
    return;
  }
  this.lineText.setText(LINES[++this.lineIndex]);
}

function update() {
  if (this.talking) {
    this.hero.setVelocity(0, 0);
    return;
  }
  const speed = 160;
  const c = this.cursors;
  this.hero.setVelocity(
    c.left.isDown ? -speed : c.right.isDown ? speed : 0,
    c.up.isDown ? -speed : c.down.isDown ? speed : 0
  );
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#55efc4',
  physics: { default: 'arcade' },
  scene: { preload, create, update }
});
