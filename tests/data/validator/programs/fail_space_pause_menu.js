// 暂停菜单：按空格键暂停并显示菜单（继续/重新开始/返回主菜单三个选项）。
class MenuScene extends Phaser.Scene {
  constructor() { super('MenuScene'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x7ee081, 1).fillRect(0, 0, 26, 26);
    g.generateTexture('runner', 26, 26);
    g.clear();
    g.fillStyle(0xffd166, 1).fillCircle(9, 9, 9);
    g.generateTexture('gem', 18, 18);
    g.destroy();
  }

  create() {
    window.__signals__ = { scene: 'menu', score: 0, paused: false };
    this.add.rectangle(400, 300, 800, 600, 0x1d1433);
    this.add.text(400, 200, 'GEM DASH', { fontSize: '56px', color: '#ffd166' }).setOrigin(0.5);
    const play = this.add.text(400, 330, '[ PLAY ]', { fontSize: '30px', color: '#ffffff' })
      .setOrigin(0.5).setInteractive({ useHandCursor: true });
    play.on('pointerdown', () => this.scene.start('GameScene'));
    this.add.text(400, 400, 'Arrow keys move, SPACE pauses', { fontSize: '16px', color: '#b9b2d6' }).setOrigin(0.5);
  }
}

class GameScene extends Phaser.Scene {
  constructor() { super('GameScene'); }

  preload() {}

  create() {
    this.score = 0;
    this.elapsed = 0;
    this.add.rectangle(400, 300, 800, 600, 0x12263a);
    this.player = this.physics.add.image(400, 300, 'runner').setCollideWorldBounds(true);
    this.gem = this.physics.add.image(0, 0, 'gem');
    this.rnd = new Phaser.Math.RandomDataGenerator(['gem-dash']);
    this.moveGem();
    this.physics.add.overlap(this.player, this.gem, () => {
      this.score += 1;
      this.moveGem();
    });
    this.spinner = this.add.rectangle(760, 40, 30, 30, 0xff6b9a);
    this.tweens.add({ targets: this.spinner, angle: 360, duration: 1500, repeat: -1 });
    this.hud = this.add.text(12, 10, '', { fontSize: '18px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => {
      this.scene.launch('PauseScene');
      this.scene.pause();
      window.__signals__.paused = true;
    });
  }

  moveGem() {
    this.gem.setPosition(this.rnd.between(40, 760), this.rnd.between(60, 560));
  }

  update(time, delta) {
    this.elapsed += delta;
    const c = this.cursors;
    this.player.setVelocity(
      (c.right.isDown ? 220 : 0) - (c.left.isDown ? 220 : 0),
      (c.down.isDown ? 220 : 0) - (c.up.isDown ? 220 : 0)
    );
    this.hud.setText('Score: ' + this.score + '   Time: ' + (this.elapsed / 1000).toFixed(1) + 's');
    window.__signals__ = { scene: 'game', score: this.score, time: Math.floor(this.elapsed), paused: false };
  }
}

class PauseScene extends Phaser.Scene {
  constructor() { super('PauseScene'); }

  preload() {}

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    this.add.rectangle(400, 300, 320, 300, 0x2a2140).setStrokeStyle(3, 0xffd166);
    this.add.text(400, 190, 'PAUSED', { fontSize: '36px', color: '#ffd166' }).setOrigin(0.5);

    const options = [
      ['Continue', () => {
        this.scene.resume('GameScene');
        this.scene.stop();
      }],
      ['Restart', () => {
        this.scene.start('GameScene');
      }],
      ['Main Menu', () => {
        this.scene.start('MenuScene');
      }]
    ];

    options.forEach(([label, action], i) => {
      const item = this.add.text(400, 260 + i * 55, label, { fontSize: '26px', color: '#ffffff' })
        .setOrigin(0.5).setInteractive({ useHandCursor: true });
      item.on('pointerover', () => item.setColor('#ffd166'));
      item.on('pointerout', () => item.setColor('#ffffff'));
      item.on('pointerdown', action);
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: [MenuScene, GameScene, PauseScene]
};

new Phaser.Game(config);
