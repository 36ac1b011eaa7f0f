// 限时收集：在 8 秒内收集所有物品，玩家速度 200，超时显示失败。
const TIME_LIMIT = 8000;
const PLAYER_SPEED = 200;

class CollectScene extends Phaser.Scene {
  constructor() {
    super('CollectScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x4caf50, 1).fillRect(0, 0, 32, 32);
    g.generateTexture('player', 32, 32);
    g.clear();
    g.fillStyle(0xffeb3b, 1).fillCircle(10, 10, 10);
    g.generateTexture('item', 20, 20);
    g.destroy();
  }

  create() {
    this.finished = false;

    this.player = this.physics.add.sprite(120, 300, 'player');
    this.player.setCollideWorldBounds(true);

    // Items laid out so that all of them can be reached within the time limit
    this.items = this.physics.add.group();
    const spots = [[190, 300], [250, 300], [310, 300], [370, 300], [430, 300], [490, 300]];
    spots.forEach(([x, y]) => this.items.create(x, y, 'item'));

    this.physics.add.overlap(this.player, this.items, this.collectItem, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();

    this.timerText = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' });
    this.countText = this.add.text(16, 46, '', { fontSize: '18px', color: '#cccccc' });
    this.messageText = this.add.text(400, 200, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);

    this.timeLimitEvent = this.time.delayedCall(TIME_LIMIT, this.onTimeUp, [], this);
    this.refreshHud();
  }

  collectItem(player, item) {
    item.disableBody(true, true);
    this.refreshHud();

    if (this.items.countActive(true) === 0) {
      this.finished = true;
      this.timeLimitEvent.remove(false);
      this.physics.pause();
      this.messageText.setColor('#76ff03').setText('You win!');
    }
  }

  onTimeUp() {
    this.finished = true;
    this.physics.pause();
    this.player.setTint(0xff0000);
    this.messageText.setColor('#ff5252').setText('Time up - you failed!');
  }

  refreshHud() {
    const left = this.finished ? 0 : this.timeLimitEvent.getRemainingSeconds();
    this.timerText.setText(`Time: ${left.toFixed(1)}s`);
    this.countText.setText(`Items left: ${this.items.countActive(true)}`);
  }

  update() {
    if (this.finished) return;

    const body = this.player.body;
    body.setVelocity(0);
    if (this.cursors.left.isDown) body.setVelocityX(-PLAYER_SPEED);
    else if (this.cursors.right.isDown) body.setVelocityX(PLAYER_SPEED);
    if (this.cursors.up.isDown) body.setVelocityY(-PLAYER_SPEED);
    else if (this.cursors.down.isDown) body.setVelocityY(PLAYER_SPEED);

    this.refreshHud();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#202830',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: CollectScene
});
