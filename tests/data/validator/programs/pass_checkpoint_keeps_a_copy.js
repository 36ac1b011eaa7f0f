// 检查点：碰到旗子记录位置，掉进坑里后回到最后的检查点
class Level extends Phaser.Scene {
  constructor() { super({ key: 'Level' }); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x44dd88).fillRect(0, 0, 28, 40).generateTexture('runner', 28, 40);
    g.clear().fillStyle(0x8d6e63).fillRect(0, 0, 200, 32).generateTexture('ledge', 200, 32);
    g.clear().fillStyle(0xffeb3b).fillRect(0, 0, 12, 48).generateTexture('flag', 12, 48);
    g.destroy();
  }

  create() {
    this.physics.world.setBounds(0, 0, 800, 700);
    const ledges = this.physics.add.staticGroup();
    ledges.create(100, 560, 'ledge');
    ledges.create(420, 560, 'ledge');
    ledges.create(720, 560, 'ledge');
    this.runner = this.physics.add.sprite(80, 500, 'runner');
    this.physics.add.collider(this.runner, ledges);
    this.flags = this.physics.add.staticGroup();
    this.flags.create(420, 520, 'flag');
    this.flags.create(720, 520, 'flag');
    this.checkpoint = null;
    this.physics.add.overlap(this.runner, this.flags, (runner, flag) => {
      this.checkpoint = { x: flag.x, y: flag.y - 40 }; // 记录检查点
      flag.setTint(0x00ff00);
    });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.add.text(16, 16, '方向键移动，↑ 跳跃', { fontSize: '18px', color: '#fff' });
  }

  update() {
    const body = this.runner.body;
    if (this.cursors.left.isDown) this.runner.setVelocityX(-180);
    else if (this.cursors.right.isDown) this.runner.setVelocityX(180);
    else this.runner.setVelocityX(0);
    if (this.cursors.up.isDown && body.blocked.down) this.runner.setVelocityY(-420);
    // 掉进坑：回到检查点（没有检查点就回到起点）
    if (this.runner.y > 650) {
      if (this.checkpoint) this.runner.body.reset(this.checkpoint.x, this.checkpoint.y);
      else this.runner.body.reset(80, 500);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: [Level]
});
