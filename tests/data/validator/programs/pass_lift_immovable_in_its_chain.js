// Task: Platformer with an elevator: standing on the lift and pressing E moves it smoothly to the other floor carrying the player, who must ride up to open the treasure chest on the upper floor.
const LIFT_SPEED = 120;
const LIFT_BOTTOM_Y = 588;
const LIFT_TOP_Y = 288;

class LiftScene extends Phaser.Scene {
  constructor() {
    super('lift');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xb0bec5).fillRect(0, 0, 100, 16).fillStyle(0xffca28).fillRect(0, 0, 100, 3);
    g.generateTexture('lift', 100, 16);
    g.clear().fillStyle(0xce93d8).fillRect(0, 0, 24, 34);
    g.generateTexture('rider', 24, 34);
    g.clear().fillStyle(0x8d6e63).fillRect(0, 0, 36, 26).fillStyle(0xffd54f).fillRect(15, 8, 6, 8);
    g.generateTexture('chest', 36, 26);
    g.destroy();
  }

  create() {
    this.floors = this.physics.add.staticGroup();
    this.floors.add(this.add.rectangle(170, 590, 340, 20, 0x455a64));
    this.floors.add(this.add.rectangle(620, 590, 360, 20, 0x455a64));
    this.floors.add(this.add.rectangle(165, 290, 330, 20, 0x455a64));
    this.add.rectangle(390, 440, 100, 300, 0x000000, 0.25);

    this.lift = this.physics.add.image(390, LIFT_BOTTOM_Y, 'lift').setImmovable(true);
    this.lift.body.setAllowGravity(false);
    this.liftTarget = null;

    this.player = this.physics.add.sprite(620, 550, 'rider').setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.floors);
    this.physics.add.collider(this.player, this.lift);

    this.chest = this.physics.add.staticImage(70, 267, 'chest');
    this.physics.add.overlap(this.player, this.chest, () => {
      if (this.chestOpened) return;
      this.chestOpened = true;
      this.chest.setTint(0xfff176);
      this.add.text(400, 140, 'Treasure found!', { fontSize: '38px', color: '#ffd54f' }).setOrigin(0.5);
    });
    this.chestOpened = false;

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-E', () => this.useLift());
    this.hint = this.add.text(16, 16, 'Stand on the lift and press E', { fontSize: '16px', color: '#fff' });
  }

  useLift() {
    const onLift = this.player.body.touching.down && this.lift.body.touching.up;
    if (this.liftTarget !== null || !onLift) return;
    const atBottom = Math.abs(this.lift.y - LIFT_BOTTOM_Y) < 1;
    this.liftTarget = atBottom ? LIFT_TOP_Y : LIFT_BOTTOM_Y;
    this.lift.setVelocityY(atBottom ? -LIFT_SPEED : LIFT_SPEED);
  }

  update() {
    if (this.liftTarget !== null) {
      const goingUp = this.lift.body.velocity.y < 0;
      if ((goingUp && this.lift.y <= this.liftTarget) || (!goingUp && this.lift.y >= this.liftTarget)) {
        this.lift.body.reset(this.lift.x, this.liftTarget);
        this.liftTarget = null;
      }
    }

    const { left, right, up } = this.cursors;
    this.player.setVelocityX(left.isDown ? -170 : right.isDown ? 170 : 0);
    if (up.isDown && (this.player.body.blocked.down || this.player.body.touching.down)) {
      this.player.setVelocityY(-360);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1a2e',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: LiftScene
});
