// 实现一个简易平台跳跃：角色可左右移动与跳跃，重力为 1000，移动速度 160，与地面碰撞不穿透。
const GRAVITY = 1000;
const MOVE_SPEED = 160;
const JUMP_SPEED = 520;

class LedgeHopperScene extends Phaser.Scene {
  constructor() {
    super('LedgeHopper');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x66bb6a, 1).fillRoundedRect(0, 0, 28, 40, 6);
    g.fillStyle(0x1b5e20, 1).fillRect(17, 10, 5, 5);
    g.generateTexture('hopper', 28, 40);
    g.clear();
    g.fillStyle(0x8d6e63, 1).fillRect(0, 0, 64, 24);
    g.fillStyle(0x7cb342, 1).fillRect(0, 0, 64, 6);
    g.generateTexture('ground-tile', 64, 24);
    g.destroy();
  }

  create() {
    this.jumps = 0;
    this.landings = 0;
    this.wasOnFloor = false;

    this.add.rectangle(400, 300, 800, 600, 0x90caf9);

    this.platforms = this.physics.add.staticGroup();
    for (let x = 32; x < 800; x += 64) {
      this.platforms.create(x, 588, 'ground-tile');
    }
    [[180, 470], [244, 470], [420, 360], [484, 360], [640, 255], [704, 255]].forEach(([x, y]) => {
      this.platforms.create(x, y, 'ground-tile');
    });

    this.player = this.physics.add.sprite(120, 120, 'hopper');
    this.player.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.platforms);

    const KC = Phaser.Input.Keyboard.KeyCodes;
    this.keys = this.input.keyboard.addKeys({
      left: KC.LEFT,
      right: KC.RIGHT,
      jump: KC.UP,
      jumpAlt: KC.SPACE,
      a: KC.A,
      d: KC.D
    });

    this.hud = this.add.text(12, 10, '', { fontFamily: 'Arial', fontSize: '18px', color: '#0d47a1' });
    this.add.text(12, 34, '←/→ 或 A/D 移动，↑ 或 空格 跳跃', { fontFamily: 'Arial', fontSize: '14px', color: '#1a237e' });
  }

  update() {
    const body = this.player.body;
    const left = this.keys.left.isDown || this.keys.a.isDown;
    const right = this.keys.right.isDown || this.keys.d.isDown;

    if (left && !right) {
      this.player.setVelocityX(-MOVE_SPEED);
      this.player.setFlipX(true);
    } else if (right && !left) {
      this.player.setVelocityX(MOVE_SPEED);
      this.player.setFlipX(false);
    } else {
      this.player.setVelocity(0);
    }

    const onFloor = body.blocked.down || body.touching.down;
    if (onFloor && !this.wasOnFloor) this.landings += 1;
    this.wasOnFloor = onFloor;

    const jumpPressed = Phaser.Input.Keyboard.JustDown(this.keys.jump) || Phaser.Input.Keyboard.JustDown(this.keys.jumpAlt);
    if (jumpPressed && onFloor) {
      this.player.setVelocityY(-JUMP_SPEED);
      this.jumps += 1;
    }

    this.hud.setText(`跳跃: ${this.jumps}  落地: ${this.landings}  ${onFloor ? '在地面' : '空中'}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#90caf9',
  physics: {
    default: 'arcade',
    arcade: { gravity: { y: GRAVITY }, debug: false }
  },
  scene: [LedgeHopperScene]
};

new Phaser.Game(config);
