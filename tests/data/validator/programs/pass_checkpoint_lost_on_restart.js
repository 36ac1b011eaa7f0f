// Task: Platformer with spikes and a checkpoint flag: touching the flag saves it as the respawn point, and touching spikes restarts the level with the player at the last checkpoint reached.
const TILE = 32;
const LEVEL = [
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '                         ',
  '               ###       ',
  '                         ',
  '        ###              ',
  '                         ',
  '                         ',
  '                         ',
  ' P         C     ^^    E ',
  '#########################'
];

class GauntletScene extends Phaser.Scene {
  constructor() {
    super('gauntlet');
  }

  init(data) {
    this.checkpoint = data.checkpoint || null;
    this.dying = false;
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x607d8b).fillRect(0, 0, TILE, TILE).lineStyle(2, 0x455a64).strokeRect(1, 1, TILE - 2, TILE - 2);
    g.generateTexture('block', TILE, TILE);
    g.clear().fillStyle(0xe0e0e0).fillTriangle(0, 16, 8, 0, 16, 16).fillTriangle(16, 16, 24, 0, 32, 16);
    g.generateTexture('spike', TILE, 16);
    g.clear().fillStyle(0xbdbdbd).fillRect(0, 0, 4, 48).fillStyle(0xffffff).fillTriangle(4, 0, 28, 10, 4, 20);
    g.generateTexture('flag', 28, 48);
    g.clear().fillStyle(0xffab40).fillRect(0, 0, 22, 30);
    g.generateTexture('runner', 22, 30);
    g.destroy();
  }

  create() {
    this.blocks = this.physics.add.staticGroup();
    this.spikes = this.physics.add.staticGroup();
    let start = { x: 0, y: 0 };

    LEVEL.forEach((row, ty) => {
      [...row].forEach((ch, tx) => {
        const x = tx * TILE + TILE / 2;
        const y = ty * TILE + TILE / 2;
        if (ch === '#') this.blocks.create(x, y, 'block');
        if (ch === '^') this.spikes.create(x, y + 8, 'spike');
        if (ch === 'P') start = { x, y };
        if (ch === 'C') this.flag = this.physics.add.staticImage(x, y - 8, 'flag');
        if (ch === 'E') this.exit = this.add.rectangle(x, y - 8, 28, 48, 0x69f0ae);
      });
    });
    this.physics.add.existing(this.exit, true);

    const spawn = this.checkpoint || start;
    this.player = this.physics.add.sprite(spawn.x, spawn.y, 'runner');
    this.physics.add.collider(this.player, this.blocks);
    this.physics.add.overlap(this.player, this.flag, this.saveCheckpoint, null, this);
    this.physics.add.overlap(this.player, this.spikes, this.die, null, this);
    this.physics.add.overlap(this.player, this.exit, () => {
      this.finished = true;
      this.label.setText('Level complete!');
    });

    if (this.checkpoint) this.flag.setTint(0x76ff03);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.finished = false;
    this.label = this.add.text(16, 16, `Deaths: ${this.registry.get('deaths') || 0}`, { fontSize: '18px', color: '#fff' });
  }

  saveCheckpoint(player, flag) {
    if (this.checkpoint) return;
    this.checkpoint = { x: flag.x, y: flag.y };
    flag.setTint(0x76ff03);
  }

  die() {
    if (this.dying) return;
    this.dying = true;
    this.registry.set('deaths', (this.registry.get('deaths') || 0) + 1);
    this.scene.restart({ checkpoint: this.checkpoint });
  }

  update() {
    const body = this.player.body;
    if (this.cursors.left.isDown) this.player.setVelocityX(-160);
    else if (this.cursors.right.isDown) this.player.setVelocityX(160);
    else this.player.setVelocityX(0);

    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && body.blocked.down) {
      this.player.setVelocityY(-450);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 576,
  backgroundColor: '#1a237e',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: GauntletScene
});
