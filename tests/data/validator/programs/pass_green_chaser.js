// 实现 AI 对战：绿色AI 角色以 160 速度追踪玩家，玩家收集 15 个物品获胜，被 AI 碰到失败。
const AI_SPEED = 160;
const PLAYER_SPEED = 220;
const ITEM_GOAL = 15;

class ChaseScene extends Phaser.Scene {
  constructor() {
    super('ChaseScene');
  }

  preload() {
    const g = this.add.graphics();
    g.fillStyle(0x5aa9ff, 1).fillCircle(14, 14, 14);
    g.generateTexture('player', 28, 28);
    g.clear();
    g.fillStyle(0x2ecc40, 1).fillTriangle(0, 0, 34, 15, 0, 30);
    g.generateTexture('ai', 34, 30);
    g.clear();
    g.fillStyle(0xffe066, 1).fillCircle(8, 8, 8);
    g.generateTexture('item', 16, 16);
    g.destroy();
  }

  create() {
    this.state = 'playing';
    this.collected = 0;
    const rnd = new Phaser.Math.RandomDataGenerator(['chase-263']);

    this.player = this.physics.add.sprite(120, 300, 'player').setCollideWorldBounds(true);
    this.ai = this.physics.add.sprite(700, 300, 'ai').setCollideWorldBounds(true);
    this.ai.body.setCircle(14, 3, 1);

    this.items = this.physics.add.group();
    let placed = 0;
    while (placed < ITEM_GOAL) {
      const x = rnd.between(40, 760);
      const y = rnd.between(70, 570);
      if (Phaser.Math.Distance.Between(x, y, 120, 300) < 60) continue;
      this.items.create(x, y, 'item');
      placed++;
    }

    this.physics.add.overlap(this.player, this.items, this.collect, null, this);
    this.physics.add.overlap(this.player, this.ai, this.caught, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(12, 10, '', { fontSize: '18px', color: '#ffffff' });
    this.banner = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffffff', align: 'center' })
      .setOrigin(0.5).setDepth(10);
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.refresh();
  }

  collect(player, item) {
    if (this.state !== 'playing') return;
    item.disableBody(true, true);
    this.collected++;
    if (this.collected >= ITEM_GOAL) {
      this.finish('won', 'YOU WIN!\nPress R to play again');
    }
    this.refresh();
  }

  caught() {
    if (this.state !== 'playing') return;
    this.finish('lost', 'CAUGHT BY THE AI\nPress R to retry');
  }

  finish(state, message) {
    this.state = state;
    this.player.setVelocity(0);
    this.ai.setVelocity(0);
    this.ai.setAcceleration(0);
    this.banner.setText(message).setColor(state === 'won' ? '#7dff9a' : '#ff6b6b');
    this.refresh();
  }

  refresh() {
    this.hud.setText('Items: ' + this.collected + ' / ' + ITEM_GOAL + '   AI speed: ' + Math.round(this.ai.body.speed));
    window.__signals__ = {
      state: this.state,
      collected: this.collected,
      goal: ITEM_GOAL,
      aiSpeed: Math.round(this.ai.body.speed),
      aiTargetSpeed: AI_SPEED
    };
  }

  update() {
    if (this.state !== 'playing') return;

    const c = this.cursors;
    const vx = (c.left.isDown ? -1 : 0) + (c.right.isDown ? 1 : 0);
    const vy = (c.up.isDown ? -1 : 0) + (c.down.isDown ? 1 : 0);
    const dir = new Phaser.Math.Vector2(vx, vy).normalize();
    this.player.setVelocity(dir.x * PLAYER_SPEED, dir.y * PLAYER_SPEED);

    this.ai.rotation = Phaser.Math.Angle.Between(this.ai.x, this.ai.y, this.player.x, this.player.y);
    this.physics.moveToObject(this.ai, this.player, AI_SPEED);

    this.refresh();
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14202b',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: ChaseScene
};

new Phaser.Game(config);
