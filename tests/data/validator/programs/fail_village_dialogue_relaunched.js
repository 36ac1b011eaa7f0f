// Village map: walk with the arrow keys to the villager and press SPACE to open a dialogue scene over the map that shows three lines one SPACE at a time, then closes and lets the player walk again.
const VILLAGER_LINES = [
  'Welcome to Mossbrook, traveller!',
  'The old bridge to the east washed away last spring.',
  'Take the forest path north instead. Safe travels!'
];

class MapScene extends Phaser.Scene {
  constructor() { super('Map'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x6a994e, 1).fillRect(0, 0, 800, 600);
    g.fillStyle(0xbc9a6c, 1).fillRect(0, 280, 800, 60);
    g.fillStyle(0x386641, 1);
    [[90, 120], [220, 90], [620, 110], [700, 470], [150, 480]].forEach(([x, y]) => g.fillCircle(x, y, 36));

    this.villager = this.add.circle(520, 310, 18, 0xf2cc8f).setStrokeStyle(3, 0x3d405b);
    this.add.text(520, 270, 'Villager', { fontSize: '14px', color: '#ffffff' }).setOrigin(0.5);
    this.player = this.add.rectangle(200, 310, 26, 26, 0x457b9d);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);

    this.hint = this.add.text(400, 570, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.talks = 0;

    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.nearVillager()) {
        this.talks += 1;
        this.player.body.setVelocity(0, 0);
        this.scene.launch('Dialogue', { lines: VILLAGER_LINES });
      }
    });
  }

  nearVillager() {
    return Phaser.Math.Distance.Between(this.player.x, this.player.y, this.villager.x, this.villager.y) < 70;
  }

  update() {
    const speed = 180;
    const body = this.player.body;
    body.setVelocity(0, 0);
    if (this.cursors.left.isDown) body.setVelocityX(-speed);
    else if (this.cursors.right.isDown) body.setVelocityX(speed);
    if (this.cursors.up.isDown) body.setVelocityY(-speed);
    else if (this.cursors.down.isDown) body.setVelocityY(speed);
    this.hint.setText(this.nearVillager() ? 'Press SPACE to talk' : '');
  }
}

class DialogueScene extends Phaser.Scene {
  constructor() { super('Dialogue'); }

  init(data) {
    this.lines = data.lines;
    this.index = 0;
  }

  create() {
    this.add.rectangle(400, 500, 760, 150, 0x000000, 0.8).setStrokeStyle(2, 0xffffff);
    this.lineText = this.add.text(40, 450, '', { fontSize: '22px', color: '#ffffff', wordWrap: { width: 720 } });
    this.add.text(760, 560, 'SPACE', { fontSize: '14px', color: '#cccccc' }).setOrigin(1, 0.5);
    this.showLine();
    this.input.keyboard.on('keydown-SPACE', () => {
      this.index += 1;
      if (this.index < this.lines.length) {
        this.showLine();
      } else {
        this.scene.resume('Map');
        this.scene.stop();
      }
    });
  }

  showLine() {
    this.lineText.setText(this.lines[this.index]);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: [MapScene, DialogueScene]
});
