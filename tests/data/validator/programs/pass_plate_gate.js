// Puzzle platformer: Left/Right arrows move, Up jumps. The pressure plate holds the gate open only while the player or the crate rests on it and the gate closes again as soon as the plate is empty; push the crate onto the plate, pass the gate and touch the green exit to win (R restarts).
class PlateGate extends Phaser.Scene {
  constructor() {
    super('PlateGate');
  }

  makeTexture(key, w, h, fill, line) {
    const g = this.add.graphics();
    g.fillStyle(fill, 1).fillRect(0, 0, w, h);
    g.lineStyle(2, line, 1).strokeRect(1, 1, w - 2, h - 2);
    g.generateTexture(key, w, h);
    g.destroy();
  }

  create() {
    this.makeTexture('ground', 32, 32, 0x4a3b2a, 0x2e2418);
    this.makeTexture('plate', 80, 12, 0xb0b0b0, 0x606060);
    this.makeTexture('crate', 40, 40, 0xc98a3c, 0x7a4e1c);
    this.makeTexture('gate', 24, 200, 0x8a2be2, 0x4b1580);
    this.makeTexture('hero', 28, 40, 0x3fa9f5, 0x1b5e8c);
    this.makeTexture('exit', 40, 60, 0x2ecc71, 0x1e8449);

    this.cameras.main.setBackgroundColor('#1d2333');
    this.add.text(16, 12, 'Put the crate on the plate to hold the gate open', { fontSize: '18px', color: '#ffffff' });
    this.stateText = this.add.text(16, 38, '', { fontSize: '16px', color: '#ffd166' });

    this.solids = this.physics.add.staticGroup();
    this.solids.create(130, 576, 'ground').setDisplaySize(260, 48).refreshBody();
    this.solids.create(570, 576, 'ground').setDisplaySize(460, 48).refreshBody();

    this.plate = this.physics.add.image(300, 558, 'plate').setImmovable(true);
    this.plate.body.setAllowGravity(false);
    this.add.rectangle(300, 580, 80, 40, 0x4a3b2a);

    this.gate = this.physics.add.staticImage(560, 452, 'gate');
    this.exit = this.physics.add.staticImage(730, 522, 'exit');

    this.crate = this.physics.add.image(180, 500, 'crate').setDragX(900).setCollideWorldBounds(true);
    this.player = this.physics.add.image(60, 500, 'hero').setCollideWorldBounds(true);

    const movers = [this.player, this.crate];
    this.physics.add.collider(movers, this.plate);
    this.physics.add.collider(movers, this.solids);
    this.physics.add.collider(movers, this.gate);
    this.physics.add.collider(this.player, this.crate);
    this.physics.add.overlap(this.player, this.exit, () => this.win());

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.won = false;
    this.gateOpen = false;
  }

  setGate(open) {
    if (open === this.gateOpen) return;
    this.gateOpen = open;
    this.gate.body.enable = !open;
    this.gate.setAlpha(open ? 0.2 : 1);
    this.plate.setTint(open ? 0xffe066 : 0xffffff);
  }

  win() {
    if (this.won) return;
    this.won = true;
    this.physics.pause();
    this.add.text(400, 260, 'Level clear!', { fontSize: '48px', color: '#2ecc71' }).setOrigin(0.5);
  }

  update() {
    if (this.won) return;
    const body = this.player.body;
    if (this.cursors.left.isDown) this.player.setVelocityX(-200);
    else if (this.cursors.right.isDown) this.player.setVelocityX(200);
    else this.player.setVelocityX(0);
    if (this.cursors.up.isDown && body.blocked.down) this.player.setVelocityY(-430);

    const pressed = this.plate.body.touching.up;
    this.setGate(pressed);
    this.stateText.setText(pressed ? 'Plate pressed: gate open' : 'Plate empty: gate closed');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: PlateGate
};

new Phaser.Game(config);
