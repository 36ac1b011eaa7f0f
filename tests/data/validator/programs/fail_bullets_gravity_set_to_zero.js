// 横版射击：场景有重力，玩家用左右方向键移动、上方向键跳跃，按空格朝面向的方向水平发射子弹，子弹直线飞行、不受重力影响；右侧漂浮的三个靶子被击中后消失并加 10 分，全部击落后显示“过关！”。
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87ceeb',
  physics: { default: 'arcade', arcade: { gravity: { y: 800 } } },
  scene: { preload, create, update }
};

let player, ground, bullets, targets, cursors, fireKey, scoreText;
let score = 0;
let facing = 1;

function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0x3949ab).fillRect(0, 0, 28, 44);
  g.generateTexture('hero', 28, 44);
  g.clear().fillStyle(0x4e342e).fillRect(0, 0, 800, 40);
  g.generateTexture('ground', 800, 40);
  g.clear().fillStyle(0x212121).fillRect(0, 0, 12, 4);
  g.generateTexture('bullet', 12, 4);
  g.clear().fillStyle(0xe53935).fillCircle(18, 18, 18).fillStyle(0xffffff).fillCircle(18, 18, 9);
  g.generateTexture('target', 36, 36);
  g.destroy();
}

function create() {
  ground = this.physics.add.staticImage(400, 580, 'ground');
  player = this.physics.add.sprite(100, 500, 'hero').setCollideWorldBounds(true);
  this.physics.add.collider(player, ground);

  targets = this.physics.add.group({ allowGravity: false, immovable: true });
  [[520, 538], [640, 538], [740, 538]].forEach(([x, y]) => {
    const t = targets.create(x, y, 'target');
    this.tweens.add({ targets: t, y: y - 10, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  });

  bullets = this.physics.add.group();
  this.physics.add.overlap(bullets, targets, (bullet, target) => {
    bullet.destroy();
    this.tweens.killTweensOf(target);
    target.destroy();
    score += 10;
    scoreText.setText('分数: ' + score);
    if (targets.countActive() === 0) {
      this.add.text(400, 240, '过关！', { fontSize: '64px', color: '#1b5e20' }).setOrigin(0.5);
    }
  });

  cursors = this.input.keyboard.createCursorKeys();
  fireKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
  scoreText = this.add.text(16, 16, '分数: 0', { fontSize: '24px', color: '#000000' });
}

function shoot(scene) {
  const bullet = bullets.create(player.x + facing * 20, player.y - 6, 'bullet');
  bullet.setGravityY(0);
  bullet.setVelocityX(facing * 600);
  scene.time.delayedCall(1500, () => bullet.destroy());
}

function update() {
  if (cursors.left.isDown) {
    player.setVelocityX(-200);
    facing = -1;
  } else if (cursors.right.isDown) {
    player.setVelocityX(200);
    facing = 1;
  } else {
    player.setVelocityX(0);
  }
  player.setFlipX(facing < 0);

  if (cursors.up.isDown && player.body.blocked.down) {
    player.setVelocityY(-450);
  }

  if (Phaser.Input.Keyboard.JustDown(fireKey)) {
    shoot(this);
  }
}

new Phaser.Game(config);
