// Puzzle platformer: arrow keys move and Up jumps; push crates onto the two floor plates. A plate lights up while a crate sits on it and the gate stays open only while both plates have a crate (there are three crates, so one is a spare); go through the gate to the star to finish, R restarts.
class TwinPlates extends Phaser.Scene {
  constructor() {
    super({ key: 'TwinPlates' });
  }

  create() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xa47148).fillRect(0, 0, 44, 44).lineStyle(4, 0x6f4518).strokeRect(2, 2, 40, 40);
    g.generateTexture('crate', 44, 44);
    g.clear().fillStyle(0xe0e1dd).fillRect(0, 0, 26, 42).fillStyle(0x1b263b).fillRect(14, 10, 6, 6);
    g.generateTexture('bot', 26, 42);
    g.destroy();

    this.cameras.main.setBackgroundColor('#0d1b2a');
    this.add.text(20, 16, 'Both plates need a crate to open the gate', { fontSize: '20px', color: '#e0e1dd' });
    this.info = this.add.text(20, 44, '', { fontSize: '16px', color: '#ffc300' });

    this.floor = this.add.rectangle(400, 580, 800, 40, 0x415a77);
    this.physics.add.existing(this.floor, true);

    this.plates = this.physics.add.staticGroup();
    [300, 540].forEach((x) => {
      const plate = this.add.rectangle(x, 556, 70, 8, 0x5c5c5c);
      this.plates.add(plate);
    });

    this.gate = this.add.rectangle(660, 470, 24, 180, 0xc1121f);
    this.physics.add.existing(this.gate, true);
    this.star = this.add.star(740, 530, 5, 10, 22, 0xffd60a);
    this.physics.add.existing(this.star, true);

    this.crates = this.physics.add.group({ dragX: 1200, collideWorldBounds: true });
    [40, 190, 420].forEach((x) => this.crates.create(x, 530, 'crate'));

    this.player = this.physics.add.sprite(100, 520, 'bot').setCollideWorldBounds(true);

    this.physics.add.collider(this.crates, this.floor);
    this.physics.add.collider(this.crates, this.crates);
    this.physics.add.collider(this.crates, this.gate);
    this.physics.add.collider(this.player, [this.floor, this.gate]);
    this.physics.add.collider(this.player, this.crates);
    this.physics.add.overlap(this.player, this.star, () => this.finish());

    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.done = false;
  }

  finish() {
    if (this.done) return;
    this.done = true;
    this.physics.pause();
    this.add.text(400, 250, 'Puzzle solved!', { fontSize: '44px', color: '#ffd60a' }).setOrigin(0.5);
  }

  plateHasCrate(plate) {
    return this.crates.getChildren().some((crate) => this.physics.overlap(crate, plate));
  }

  update() {
    if (this.done) return;
    const onGround = this.player.body.blocked.down || this.player.body.touching.down;
    const vx = this.keys.left.isDown ? -190 : this.keys.right.isDown ? 190 : 0;
    this.player.setVelocityX(vx);
    if (this.keys.up.isDown && onGround) this.player.setVelocityY(-440);

    const plates = this.plates.getChildren();
    plates.forEach((plate) => plate.setFillStyle(this.plateHasCrate(plate) ? 0x70e000 : 0x5c5c5c));
    const open = this.crates.getChildren().every((crate) => plates.some((plate) => this.physics.overlap(crate, plate)));

    this.gate.body.enable = !open;
    this.gate.setAlpha(open ? 0.15 : 1);
    const count = plates.filter((plate) => this.plateHasCrate(plate)).length;
    this.info.setText('Plates pressed: ' + count + ' / ' + plates.length + (open ? '  - gate open' : ''));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [TwinPlates]
};

new Phaser.Game(config);
