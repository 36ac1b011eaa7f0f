// 标题场景有“开始”和“设置”按钮，设置里切换音效开关（存在 registry 里），游戏场景显示当前的音效设置
const Title = {
  key: 'Title',
  create() {
    this.registry.set('soundOn', true);
    this.add.text(400, 260, '开始', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Play'));
    this.add.text(400, 340, '设置', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Options'));
  }
};
const Options = {
  key: 'Options',
  create() {
    const label = this.add.text(400, 260, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5).setInteractive();
    const show = () => label.setText('音效：' + (this.registry.get('soundOn') ? '开' : '关'));
    label.on('pointerdown', () => { this.registry.set('soundOn', !this.registry.get('soundOn')); show(); });
    show();
    this.add.text(400, 380, '返回', { fontSize: '26px', color: '#aaaaaa' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Title'));
  }
};
const Play = {
  key: 'Play',
  create() {
    this.add.text(400, 300, '音效：' + (this.registry.get('soundOn') ? '开' : '关'), { fontSize: '30px', color: '#ffff88' }).setOrigin(0.5);
  }
};
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Title, Options, Play] });
