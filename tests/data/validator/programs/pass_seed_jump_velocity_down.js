// 任务：实现一个简易平台跳跃：角色可左右移动与跳跃，重力为 500，移动速度 200，与地面碰撞不穿透。
const GRAVITY = 500;
const MOVE_SPEED = 200;
const JUMP_VELOCITY = -380;

class PlatformScene extends Phaser.Scene {
  constructor() {
    super('PlatformScene');
    this.jumps = 0;
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff7043, 1).fillRoundedRect(0, 0, 32, 48, 6);
    g.fillStyle(0xffffff, 1).fillRect(20, 10, 6, 6);
    g.generateTexture('hero', 32, 48);
    g.clear();
    g.fillStyle(0x6d4c41, 1).fillRect(0, 0, 200, 32);
    g.fillStyle(0x7cb342, 1).fillRect(0, 0, 200, 8);
    g.generateTexture('ledge', 200, 32);
    g.destroy();
  }

  create() {
    this.platforms = this.physics.add.group({ allowGravity: false, immovable: true });
    for (let x = 100; x < 800; x += 200) {
      this.platforms.create(x, 560, 'ledge');
    }
    this.platforms.create(250, 420, 'ledge');
    this.platforms.create(560, 300, 'ledge');

    this.player = this.physics.add.sprite(120, 460, 'hero');
    this.player.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.platforms);

    this.keys = this.input.keyboard.addKeys({
      left: Phaser.Input.Keyboard.KeyCodes.LEFT,
      right: Phaser.Input.Keyboard.KeyCodes.RIGHT,
      jump: Phaser.Input.Keyboard.KeyCodes.UP,
      jumpAlt: Phaser.Input.Keyboard.KeyCodes.SPACE
    });

    this.add.text(16, 16, '← → 移动   ↑ / 空格 跳跃', { fontSize: '20px', color: '#ffffff' });
    this.stateText = this.add.text(16, 44, '', { fontSize: '18px', color: '#c5e1a5' });
  }

  update() {
    const { left, right, jump, jumpAlt } = this.keys;
    const body = this.player.body;

    if (left.isDown) {
      this.player.setVelocityX(-MOVE_SPEED);
      this.player.setFlipX(true);
    } else if (right.isDown) {
      this.player.setVelocityX(MOVE_SPEED);
      this.player.setFlipX(false);
    } else {
      this.player.setVelocityX(0);
    }

    const onGround = body.touching.down;
    if ((jump.isDown || jumpAlt.isDown) && onGround) {
      this.player.setVelocityY(JUMP_VELOCITY);
      this.jumps += 1;
    }

    this.stateText.setText(`${onGround ? '着地' : '空中'}  跳跃次数: ${this.jumps}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87b5e0',
  physics: { default: 'arcade', arcade: { gravity: { y: GRAVITY }, debug: false } },
  scene: [PlatformScene]
});
