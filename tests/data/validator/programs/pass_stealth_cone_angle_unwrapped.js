// Task: Stealth game: sneak with WASD from the left side to the exit door on the right past a guard who turns to face left or right every 3 seconds; his 70° vision cone reaches 220 px and spotting the player ends the run (R restarts), reaching the exit wins.
const VIEW_RANGE = 220;
const HALF_FOV = Phaser.Math.DegToRad(35);

class StealthScene extends Phaser.Scene {
  constructor() {
    super('Stealth');
  }

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x7fd1ff).fillCircle(10, 10, 10).generateTexture('sneaker', 20, 20);
    g.clear().fillStyle(0xd04848).fillRect(0, 0, 26, 26).fillStyle(0xffffff).fillRect(18, 9, 8, 8);
    g.generateTexture('guard', 26, 26);
    g.destroy();

    this.cone = this.add.graphics();
    this.exit = this.add.rectangle(770, 225, 30, 80, 0x44cc66);
    this.physics.add.existing(this.exit, true);
    this.guard = this.add.image(520, 200, 'guard');
    this.facing = 0;
    this.turnTimer = this.time.addEvent({
      delay: 3000,
      loop: true,
      callback: () => {
        this.facing = this.facing === 0 ? Math.PI : 0;
        this.guard.setRotation(this.facing);
      },
    });

    this.player = this.physics.add.sprite(100, 140, 'sneaker').setCollideWorldBounds(true);
    this.physics.add.overlap(this.player, this.exit, () => this.endRun(true));
    this.keys = this.input.keyboard.addKeys('W,A,S,D');
    this.input.keyboard.on('keydown-R', () => this.scene.restart());

    this.state = 'sneaking';
    this.message = this.add.text(400, 40, 'Reach the green door unseen', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
  }

  canSee(target) {
    const distance = Phaser.Math.Distance.Between(this.guard.x, this.guard.y, target.x, target.y);
    if (distance > VIEW_RANGE) return false;
    const toTarget = Phaser.Math.Angle.Between(this.guard.x, this.guard.y, target.x, target.y);
    return Math.abs(Phaser.Math.Angle.Wrap(toTarget - this.facing)) <= HALF_FOV;
  }

  endRun(won) {
    if (this.state !== 'sneaking') return;
    this.state = won ? 'escaped' : 'caught';
    this.physics.pause();
    this.turnTimer.paused = true;
    this.player.setTint(won ? 0x88ff88 : 0xff4444);
    this.message.setText(won ? 'You escaped!' : 'Spotted! Press R to try again');
  }

  update() {
    this.cone.clear();
    this.cone.fillStyle(this.state === 'caught' ? 0xff3333 : 0xffee66, 0.25);
    this.cone.slice(this.guard.x, this.guard.y, VIEW_RANGE, this.facing - HALF_FOV, this.facing + HALF_FOV);
    this.cone.fillPath();
    if (this.state !== 'sneaking') return;

    const speed = 150;
    const { W, A, S, D } = this.keys;
    this.player.setVelocity(
      (D.isDown ? speed : 0) - (A.isDown ? speed : 0),
      (S.isDown ? speed : 0) - (W.isDown ? speed : 0),
    );
    if (this.canSee(this.player)) this.endRun(false);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#1d2430',
  physics: { default: 'arcade' },
  scene: StealthScene,
});
