// 实现分屏多人：两个玩家各占半屏，各自控制角色，速度 300，碰撞时双方弹开。
const VIEW_W = 800;
const VIEW_H = 600;
const HALF = VIEW_W / 2;
const WORLD_W = 1600;
const WORLD_H = 1200;
const SPEED = 300;
const BOUNCE_SPEED = 420;
const STUN_MS = 260;

window.__signals__ = window.__signals__ || [];

class SplitDuelScene extends Phaser.Scene {
  constructor() {
    super('SplitDuel');
    this.bumps = 0;
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff7043, 1).fillCircle(22, 22, 22);
    g.fillStyle(0xffffff, 1).fillTriangle(30, 14, 42, 22, 30, 30);
    g.generateTexture('hero-a', 44, 44);
    g.clear();
    g.fillStyle(0x42a5f5, 1).fillCircle(22, 22, 22);
    g.fillStyle(0xffffff, 1).fillTriangle(30, 14, 42, 22, 30, 30);
    g.generateTexture('hero-b', 44, 44);
    g.destroy();
  }

  create() {
    this.bumps = 0;
    this.physics.world.setBounds(0, 0, WORLD_W, WORLD_H);

    const floor = this.add.graphics();
    floor.fillStyle(0x263238, 1).fillRect(0, 0, WORLD_W, WORLD_H);
    floor.lineStyle(1, 0x37474f, 1);
    for (let x = 0; x <= WORLD_W; x += 100) floor.lineBetween(x, 0, x, WORLD_H);
    for (let y = 0; y <= WORLD_H; y += 100) floor.lineBetween(0, y, WORLD_W, y);
    floor.lineStyle(6, 0xffca28, 1).strokeRect(3, 3, WORLD_W - 6, WORLD_H - 6);

    this.p1 = this.physics.add.sprite(500, 600, 'hero-a');
    this.p2 = this.physics.add.sprite(1100, 600, 'hero-b');
    [this.p1, this.p2].forEach((p) => {
      p.setCircle(22);
      p.setCollideWorldBounds(true);
      p.setData('stunUntil', 0);
    });
    this.p2.setFlipX(true);

    this.physics.add.collider(this.p1, this.p2, this.bump, null, this);

    const cam1 = this.cameras.main;
    cam1.setViewport(0, 0, HALF - 2, VIEW_H);
    cam1.setBounds(0, 0, WORLD_W, WORLD_H);
    cam1.startFollow(this.p1, true, 0.2, 0.2);

    const cam2 = this.cameras.add(HALF + 2, 0, HALF - 2, VIEW_H);
    cam2.setBounds(0, 0, WORLD_W, WORLD_H);
    cam2.startFollow(this.p2, true, 0.2, 0.2);

    const style = { fontFamily: 'Arial', fontSize: '16px', color: '#ffffff', backgroundColor: '#00000088', padding: { x: 6, y: 3 } };
    this.label1 = this.add.text(8, 8, '', style).setScrollFactor(0);
    this.label2 = this.add.text(8, 8, '', style).setScrollFactor(0);
    cam1.ignore(this.label2);
    cam2.ignore(this.label1);

    const K = Phaser.Input.Keyboard.KeyCodes;
    this.keys1 = this.input.keyboard.addKeys({ up: K.W, down: K.S, left: K.A, right: K.D });
    this.keys2 = this.input.keyboard.addKeys({ up: K.UP, down: K.DOWN, left: K.LEFT, right: K.RIGHT });
    this.refreshLabels();
  }

  bump(a, b) {
    const angle = Phaser.Math.Angle.Between(b.x, b.y, a.x, a.y);
    this.physics.velocityFromRotation(angle, BOUNCE_SPEED, a.body.velocity);
    this.physics.velocityFromRotation(angle + Math.PI, BOUNCE_SPEED, b.body.velocity);
    const until = this.time.now + STUN_MS;
    a.setData('stunUntil', until);
    b.setData('stunUntil', until);
    this.bumps += 1;
    this.refreshLabels();
    window.__signals__.push({ event: 'bump', bumps: this.bumps, t: Math.round(this.time.now) });
  }

  drive(player, keys) {
    if (this.time.now < player.getData('stunUntil')) return;
    const dir = new Phaser.Math.Vector2(
      (keys.right.isDown ? 1 : 0) - (keys.left.isDown ? 1 : 0),
      (keys.down.isDown ? 1 : 0) - (keys.up.isDown ? 1 : 0)
    );
    if (dir.lengthSq() > 0) {
      dir.normalize().scale(SPEED);
      player.setRotation(dir.angle());
    }
    player.setVelocity(dir.x, dir.y);
  }

  refreshLabels() {
    this.label1.setText(`P1 (WASD)  碰撞: ${this.bumps}`);
    this.label2.setText(`P2 (方向键)  碰撞: ${this.bumps}`);
  }

  update() {
    this.drive(this.p1, this.keys1);
    this.drive(this.p2, this.keys2);
  }
}

const config = {
  type: Phaser.AUTO,
  width: VIEW_W,
  height: VIEW_H,
  backgroundColor: '#000000',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: SplitDuelScene
};

new Phaser.Game(config);
