// Puzzle platformer: Left/Right arrows move, Up jumps from the ground. A lift slides left and right over the pit at 100 px/s and a player standing still on it rides along without sliding off. There are 3 crates but only 2 pressure plates: the exit door opens only while every plate has a crate resting on it (the third crate can be anywhere). Falling into the pit or pressing R restarts; reaching the open door wins.
class LiftPlates extends Phaser.Scene {
  constructor() {
    super('liftplates');
  }

  create() {
    this.cameras.main.setBackgroundColor('#263238');
    this.solids = this.physics.add.staticGroup();
    [[150, 580, 300, 40], [650, 580, 300, 40]].forEach(([x, y, w, h]) => this.solids.add(this.add.rectangle(x, y, w, h, 0x546e7a)));
    this.add.rectangle(400, 590, 200, 20, 0xd84315);

    this.lift = this.add.rectangle(360, 520, 110, 16, 0xffb300);
    this.physics.add.existing(this.lift);
    this.lift.body.setAllowGravity(false).setImmovable(true).setVelocityX(100);

    this.plates = [560, 640].map((x) => this.add.rectangle(x, 556, 56, 8, 0x9e9e9e));
    this.door = this.add.rectangle(760, 510, 40, 100, 0x6a1b9a);

    this.player = this.add.rectangle(60, 520, 26, 38, 0x4fc3f7);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);

    this.crates = [80, 520, 720].map((x) => {
      const c = this.add.rectangle(x, 530, 34, 34, 0x8d6e63).setStrokeStyle(2, 0x4e342e);
      this.physics.add.existing(c);
      c.body.setCollideWorldBounds(true).setDragX(600);
      return c;
    });

    const movers = [this.player, ...this.crates];
    this.physics.add.collider(movers, this.solids);
    this.physics.add.collider(movers, this.lift);
    this.physics.add.collider(this.player, this.crates);
    this.physics.add.collider(this.crates, this.crates);

    this.won = false;
    this.info = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  onPlate(plate) {
    return this.crates.some((c) => Math.abs(c.x - plate.x) < 30 && c.body.blocked.down && Math.abs(c.body.bottom - 560) < 4);
  }

  update() {
    if (this.won) return;
    const lb = this.lift.body;
    if (this.lift.x >= 440 && lb.velocity.x > 0) lb.setVelocityX(-100);
    if (this.lift.x <= 360 && lb.velocity.x < 0) lb.setVelocityX(100);

    const pb = this.player.body;
    if (this.cursors.left.isDown) pb.setVelocityX(-180);
    else if (this.cursors.right.isDown) pb.setVelocityX(180);
    else pb.setVelocityX(0);
    if (this.cursors.up.isDown && pb.blocked.down) pb.setVelocityY(-420);

    const open = this.plates.every((p) => this.onPlate(p));
    this.plates.forEach((p) => p.setFillStyle(this.onPlate(p) ? 0x76ff03 : 0x9e9e9e));
    this.door.setFillStyle(open ? 0x00e676 : 0x6a1b9a);
    this.info.setText(open ? 'Door open!' : 'Put crates on both plates');

    if (this.player.y > 570) {
      this.scene.restart();
      return;
    }
    if (open && Math.abs(this.player.x - this.door.x) < 30) {
      this.won = true;
      this.physics.pause();
      this.add.text(400, 260, 'You escaped!', { fontSize: '48px', color: '#00e676' }).setOrigin(0.5);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: LiftPlates
};

new Phaser.Game(config);
