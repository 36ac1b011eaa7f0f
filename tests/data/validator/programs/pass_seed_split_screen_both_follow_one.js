// 实现分屏多人：两个玩家各占半屏，各自控制角色，速度 300，碰撞时双方弹开。
const SPEED = 300;
const BOUNCE_SPEED = 450;
const STUN_MS = 250;
const WORLD_W = 1600;
const WORLD_H = 1200;

class SplitScreenScene extends Phaser.Scene {
  constructor() {
    super('SplitScreenScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff5252).fillCircle(20, 20, 20).generateTexture('p1', 40, 40).clear();
    g.fillStyle(0x448aff).fillCircle(20, 20, 20).generateTexture('p2', 40, 40);
    g.destroy();
  }

  create() {
    this.physics.world.setBounds(0, 0, WORLD_W, WORLD_H);

    const grid = this.add.graphics();
    grid.lineStyle(1, 0x3a3a4a, 1);
    for (let x = 0; x <= WORLD_W; x += 80) grid.lineBetween(x, 0, x, WORLD_H);
    for (let y = 0; y <= WORLD_H; y += 80) grid.lineBetween(0, y, WORLD_W, y);

    this.player1 = this.physics.add.sprite(300, 600, 'p1').setCollideWorldBounds(true);
    this.player2 = this.physics.add.sprite(1300, 600, 'p2').setCollideWorldBounds(true);
    this.player1.setCircle(20);
    this.player2.setCircle(20);
    this.player1.stunnedUntil = 0;
    this.player2.stunnedUntil = 0;

    this.physics.add.collider(this.player1, this.player2, this.bump, null, this);

    const half = this.scale.width / 2;
    const cam1 = this.cameras.main;
    cam1.setViewport(0, 0, half, this.scale.height);
    cam1.setBounds(0, 0, WORLD_W, WORLD_H);
    cam1.startFollow(this.player1, true, 0.15, 0.15);

    const cam2 = this.cameras.add(half, 0, half, this.scale.height);
    cam2.setBounds(0, 0, WORLD_W, WORLD_H);
    cam2.setBackgroundColor('#1a1a2a');
    cam2.startFollow(this.player2, true, 0.15, 0.15);

    const label1 = this.add.text(10, 10, 'P1 (WASD)', { fontSize: '18px', color: '#ff8a80' }).setScrollFactor(0);
    const label2 = this.add.text(10, 10, 'P2 (Arrows)', { fontSize: '18px', color: '#82b1ff' }).setScrollFactor(0);
    cam1.ignore(label2);
    cam2.ignore(label1);

    this.keysP1 = this.input.keyboard.addKeys('W,A,S,D');
    this.keysP2 = this.input.keyboard.createCursorKeys();
  }

  bump(a, b) {
    const angle = Phaser.Math.Angle.Between(b.x, b.y, a.x, a.y);
    this.physics.velocityFromRotation(angle, BOUNCE_SPEED, a.body.velocity);
    this.physics.velocityFromRotation(angle + Math.PI, BOUNCE_SPEED, b.body.velocity);
    a.stunnedUntil = b.stunnedUntil = this.time.now + STUN_MS;
    this.cameras.cameras.forEach((cam) => cam.shake(120, 0.005));
  }

  drive(player, up, down, left, right) {
    if (this.time.now < player.stunnedUntil) return;
    const v = new Phaser.Math.Vector2(
      (right.isDown ? 1 : 0) - (left.isDown ? 1 : 0),
      (down.isDown ? 1 : 0) - (up.isDown ? 1 : 0)
    ).normalize().scale(SPEED);
    player.setVelocity(v.x, v.y);
  }

  update() {
    const k1 = this.keysP1;
    const k2 = this.keysP2;
    this.drive(this.player1, k1.W, k1.S, k1.A, k1.D);
    this.drive(this.player2, k2.up, k2.down, k2.left, k2.right);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#202030',
  physics: { default: 'arcade' },
  scene: SplitScreenScene
});
