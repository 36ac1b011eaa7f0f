// 大炮：按空格发射炮弹，以 900 的速度向右上方飞出，打中右边的靶子得分
const LAUNCH_SPEED = 900;
const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#a5d6a7',
  physics: { default: 'arcade', arcade: { gravity: { y: 400 } } }, scene: { create } };

function create() {
  const target = this.add.rectangle(760, 420, 30, 120, 0xd32f2f);
  this.physics.add.existing(target, true);
  let score = 0;
  const label = this.add.text(16, 16, '得分 0', { fontSize: '22px', color: '#1b5e20' });
  const balls = this.physics.add.group();
  this.physics.add.overlap(balls, target, (ball) => {
    ball.destroy();
    score += 1;
    label.setText('得分 ' + score);
  });
  this.input.keyboard.on('keydown-SPACE', () => {
    const ball = this.add.circle(60, 520, 12, 0x212121);
    balls.add(ball);
    ball.body.setMaxVelocity(LAUNCH_SPEED, 600); // 下落不要太快
    ball.body.setVelocity(LAUNCH_SPEED, -260);
  });
}

new Phaser.Game(config);
