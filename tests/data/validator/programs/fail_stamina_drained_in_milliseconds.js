// Move a runner with the arrow keys; holding SHIFT sprints at double speed while a stamina bar drains 25 points per second, stamina refills 15 points per second when not sprinting, and once empty you cannot sprint until it is back to 30.
class RunScene extends Phaser.Scene {
  constructor() {
    super({ key: 'RunScene', physics: { default: 'arcade' } });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffb74d).fillCircle(20, 20, 20);
    g.fillStyle(0x000000).fillCircle(28, 14, 4);
    g.generateTexture('runner', 40, 40);
    g.destroy();
  }

  create() {
    this.maxStamina = 100;
    this.stamina = this.maxStamina;
    this.exhausted = false;
    this.walkSpeed = 200;

    this.runner = this.physics.add.image(100, 300, 'runner').setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();

    this.add.text(20, 14, 'Stamina', { fontSize: '18px', color: '#ffffff' });
    this.add.rectangle(110, 16, 300, 20, 0x333333).setOrigin(0);
    this.staminaBar = this.add.rectangle(110, 16, 300, 20, 0x29b6f6).setOrigin(0);
    this.add.text(20, 560, 'Arrows: move   SHIFT: sprint', { fontSize: '16px', color: '#aaaaaa' });
  }

  update(time, delta) {
    const dt = delta;
    const wantsSprint = this.cursors.shift.isDown;
    const moving = this.cursors.left.isDown || this.cursors.right.isDown || this.cursors.up.isDown || this.cursors.down.isDown;
    const sprinting = wantsSprint && moving && !this.exhausted;

    if (sprinting) {
      this.stamina = Math.max(0, this.stamina - 25 * dt);
      if (this.stamina === 0) this.exhausted = true;
    } else {
      this.stamina = Math.min(this.maxStamina, this.stamina + 15 * dt);
      if (this.exhausted && this.stamina >= 30) this.exhausted = false;
    }

    const speed = sprinting ? this.walkSpeed * 2 : this.walkSpeed;
    let vx = 0;
    let vy = 0;
    if (this.cursors.left.isDown) vx = -speed;
    else if (this.cursors.right.isDown) vx = speed;
    if (this.cursors.up.isDown) vy = -speed;
    else if (this.cursors.down.isDown) vy = speed;
    this.runner.setVelocity(vx, vy);

    this.staminaBar.setScale(this.stamina / this.maxStamina, 1);
    this.staminaBar.setFillStyle(this.exhausted ? 0xef5350 : 0x29b6f6);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#37474f',
  physics: { default: 'arcade' },
  scene: RunScene
});
