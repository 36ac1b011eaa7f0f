// 设置场景里选择难度（简单/困难），点“开始”后游戏场景按所选难度显示敌人速度
class Settings extends Phaser.Scene {
  constructor() { super('Settings'); }
  create() {
    this.difficulty = 'easy';
    const label = this.add.text(400, 240, '难度：简单', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5).setInteractive();
    label.on('pointerdown', () => {
      this.difficulty = this.difficulty === 'easy' ? 'hard' : 'easy';
      label.setText('难度：' + (this.difficulty === 'easy' ? '简单' : '困难'));
    });
    this.add.text(400, 360, '开始', { fontSize: '28px', color: '#88ff88' }).setOrigin(0.5).setInteractive().on('pointerdown', () => {
      this.data.set({ difficulty: this.difficulty });
      this.scene.start('Play');
    });
  }
}
class Play extends Phaser.Scene {
  constructor() { super('Play'); }
  create() {
    const speed = this.registry.get('difficulty') === 'hard' ? 300 : 150;
    this.add.text(400, 300, '敌人速度：' + speed, { fontSize: '30px', color: '#ffff88' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Settings, Play] });
